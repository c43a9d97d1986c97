//! The assignment pages (secretariat): run, inspect, adjust one bundle, confirm.
use std::collections::BTreeMap;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::Markup;

use crate::startup::AppState;
use crate::store::{self, StoreError, assignment::Stage, cycles::Cycle};
use crate::views::assignment::{AssignmentView, BundleFormView, assignment, bundle_form};
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::SecretariatPage;
use crate::web::error::{AppError, PageError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cycles/{id}/assignment", get(page))
        .route("/cycles/{id}/assignment/run", post(run))
        .route("/cycles/{id}/assignment/confirm", post(confirm))
        .route(
            "/cycles/{id}/assignment/{city}/{panel}",
            get(bundle_page).post(set_bundle),
        )
}

fn id(raw: &str, what: &'static str) -> Result<i32, PageError> {
    raw.parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(PageError(AppError::NotFound(what)))
}

async fn cycle(state: &AppState, raw: &str) -> Result<Cycle, PageError> {
    store::cycles::get(&state.db, id(raw, "cycle")?)
        .await?
        .ok_or(PageError(AppError::NotFound("cycle")))
}

async fn names(state: &AppState) -> Result<BTreeMap<i32, String>, PageError> {
    Ok(store::users::list(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect())
}

async fn render(
    state: &AppState,
    p: &SecretariatPage,
    cycle: &Cycle,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let proposal = store::assignment::get(&state.db, cycle.id, Stage::Proposal).await?;
    let confirmed = store::assignment::get(&state.db, cycle.id, Stage::Confirmed).await?;
    let mut cities = BTreeMap::new();
    for id in &cycle.city_ids {
        if let Some(c) = store::cities::get(&state.db, *id).await? {
            cities.insert(c.id, c.name);
        }
    }
    let members: std::collections::BTreeSet<i32> =
        cycle.panels.iter().flat_map(|p| p.members.iter().copied()).collect();
    let capacity: BTreeMap<i32, i32> = store::experts::list_profiles(&state.db)
        .await?
        .into_iter()
        .filter(|pr| members.contains(&pr.user_id))
        .map(|pr| (pr.user_id, pr.capacity))
        .collect();
    let names = names(state).await?;
    let shown = proposal.as_ref().or(confirmed.as_ref());
    Ok(assignment(
        &p.shell(),
        &AssignmentView {
            cycle,
            shown,
            is_proposal: proposal.is_some(),
            has_confirmed: confirmed.is_some(),
            cities: &cities,
            names: &names,
            capacity: &capacity,
            csrf: &p.0.csrf_token,
            error,
        },
    ))
}

async fn page(State(state): State<AppState>, p: SecretariatPage, Path(raw): Path<String>) -> Result<Markup, PageError> {
    let cycle = cycle(&state, &raw).await?;
    render(&state, &p, &cycle, None).await
}

#[derive(serde::Deserialize)]
struct Empty {}

/// A refusal the secretariat can act on (wrong state, nothing to confirm): the page again, with why.
async fn outcome<T>(
    state: &AppState,
    p: &SecretariatPage,
    cycle: &Cycle,
    result: Result<T, StoreError>,
    done: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(_) => {
            store::sessions::set_flash(&state.db, p.0.id, done).await?;
            Ok(Redirect::to(&format!("/cycles/{}/assignment", cycle.id)).into_response())
        }
        Err(StoreError::Conflict { message, .. } | StoreError::Invalid { message, .. }) => {
            Ok((StatusCode::CONFLICT, render(state, p, cycle, Some(&message)).await?).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn run(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path(raw): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let cycle = cycle(&state, &raw).await?;
    let framework = state.framework_of(&cycle)?;
    let result = store::assignment::run(&state.db, Some(p.0.user.id), framework, &cycle).await;
    outcome(
        &state,
        &p,
        &cycle,
        result,
        "A new proposal is ready: check it, change bundles if needed, then confirm.",
    )
    .await
}

async fn confirm(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path(raw): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let cycle = cycle(&state, &raw).await?;
    let result =
        store::assignment::confirm(&state.db, Some(p.0.user.id), &cycle, &state.settings.auth.public_url).await;
    outcome(
        &state,
        &p,
        &cycle,
        result,
        "The assignment is in force; the review items exist.",
    )
    .await
}

async fn bundle_view(
    state: &AppState,
    p: &SecretariatPage,
    cycle: &Cycle,
    city_id: i32,
    panel_id: i32,
    checked: &[i32],
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let hidden = || PageError(AppError::NotFound("bundle"));
    let panel = cycle.panels.iter().find(|x| x.id == panel_id).ok_or_else(hidden)?;
    let city = store::cities::get(&state.db, city_id).await?.ok_or_else(hidden)?;
    let names = names(state).await?;
    let members = panel
        .members
        .iter()
        .map(|m| (*m, names.get(m).cloned().unwrap_or_default(), checked.contains(m)))
        .collect();
    Ok(bundle_form(
        &p.shell(),
        &BundleFormView {
            cycle,
            city: &city.name,
            city_id,
            panel: &panel.name,
            panel_id,
            members,
            csrf: &p.0.csrf_token,
            error,
        },
    ))
}

async fn bundle_page(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path((raw, city, panel)): Path<(String, String, String)>,
) -> Result<Markup, PageError> {
    let cycle = cycle(&state, &raw).await?;
    let (city, panel) = (id(&city, "bundle")?, id(&panel, "bundle")?);
    let current = match store::assignment::get(&state.db, cycle.id, Stage::Proposal).await? {
        Some(a) => Some(a),
        None => store::assignment::get(&state.db, cycle.id, Stage::Confirmed).await?,
    };
    let bundle = current
        .and_then(|a| a.bundles.into_iter().find(|b| b.city_id == city && b.panel_id == panel))
        .ok_or(PageError(AppError::NotFound("bundle")))?;
    bundle_view(&state, &p, &cycle, city, panel, &bundle.experts, None).await
}

async fn set_bundle(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path((raw, city, panel)): Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let cycle = cycle(&state, &raw).await?;
    let (city, panel) = (id(&city, "bundle")?, id(&panel, "bundle")?);
    let experts: Vec<i32> = fields
        .iter()
        .filter(|(k, _)| k == "experts")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    match store::assignment::set_bundle(&state.db, Some(p.0.user.id), &cycle, city, panel, &experts).await {
        Ok(_) => {
            store::sessions::set_flash(&state.db, p.0.id, "The bundle was changed.").await?;
            Ok(Redirect::to(&format!("/cycles/{}/assignment", cycle.id)).into_response())
        }
        Err(StoreError::Invalid { message, .. } | StoreError::Conflict { message, .. }) => {
            let page = bundle_view(&state, &p, &cycle, city, panel, &experts, Some(&message)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
