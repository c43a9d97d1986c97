//! The assignment pages (secretariat): run, inspect, adjust one bundle, confirm.
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::Markup;

use super::{done, refusal};
use crate::app::{self, AppResult};
use crate::tr;
use crate::views::assignment::{AssignmentView, BundleFormView, assignment, bundle_form};
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::SecretariatPage;
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cycles/{id}/assignment", get(page))
        .route("/cycles/{id}/assignment/run", post(run))
        .route("/cycles/{id}/assignment/confirm", post(confirm))
        .route("/cycles/{id}/assignment/withdraw", post(withdraw))
        .route(
            "/cycles/{id}/assignment/{city}/{panel}",
            get(bundle_page).post(set_bundle),
        )
}

async fn render(
    state: &AppState,
    p: &SecretariatPage,
    cycle_id: i32,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let v = app::assignment::page(state, p.staff(), cycle_id).await?;
    let shown = v.proposal.as_ref().or(v.confirmed.as_ref());
    Ok(assignment(
        &p.shell(),
        &AssignmentView {
            cycle: &v.cycle,
            shown,
            is_proposal: v.proposal.is_some(),
            has_confirmed: v.confirmed.is_some(),
            cities: &v.cities,
            names: &v.names,
            capacity: &v.capacity,
            why: &v.why,
            csrf: &p.0.csrf_token,
            error,
        },
    ))
}

async fn page(State(state): State<AppState>, p: SecretariatPage, Ids(Id(id)): Ids<Id>) -> Result<Markup, PageError> {
    render(&state, &p, id, None).await
}

#[derive(serde::Deserialize)]
struct Empty {}

/// A refusal the secretariat can act on (wrong state, nothing to confirm): the page again, with why.
async fn outcome<T>(
    state: &AppState,
    p: &SecretariatPage,
    cycle_id: i32,
    result: AppResult<T>,
    message: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(_) => done(state, &p.0, message, &format!("/cycles/{cycle_id}/assignment")).await,
        Err(e) => {
            let (_, message) = refusal(e)?;
            Ok((
                axum::http::StatusCode::CONFLICT,
                render(state, p, cycle_id, Some(&message)).await?,
            )
                .into_response())
        }
    }
}

async fn run(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let result = app::assignment::run(&state, p.staff(), id).await;
    outcome(&state, &p, id, result, &tr!("assignment-done-run")).await
}

async fn confirm(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let result = app::assignment::confirm(&state, p.staff(), id).await;
    outcome(&state, &p, id, result, &tr!("assignment-done-confirm")).await
}

#[derive(serde::Deserialize)]
struct WithdrawForm {
    #[serde(default)]
    expert_id: String,
}

async fn withdraw(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, PageError> {
    let result = match form.expert_id.trim().parse::<i32>() {
        Ok(expert) => app::assignment::withdraw(&state, p.staff(), id, expert).await,
        Err(_) => Err(crate::app::AppError::invalid(
            "expert_id",
            tr!("assignment-choose-expert"),
        )),
    };
    outcome(&state, &p, id, result, &tr!("assignment-done-withdraw")).await
}

async fn bundle_view(
    state: &AppState,
    p: &SecretariatPage,
    ids: (i32, i32, i32),
    checked: Option<&[i32]>,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let (cycle_id, city_id, panel_id) = ids;
    let bundle = app::assignment::bundle(state, p.staff(), cycle_id, city_id, panel_id).await?;
    let (cycle, panel) = app::cycles::panel(state, p.staff(), cycle_id, panel_id).await?;
    let city = app::cities::get(state, &p.0.user, city_id).await?;
    let names = app::assignment::names(state, p.staff()).await?;
    let checked = checked.unwrap_or(&bundle.experts);
    let members = panel
        .members
        .iter()
        .map(|m| (*m, names.get(m).cloned().unwrap_or_default(), checked.contains(m)))
        .collect();
    Ok(bundle_form(
        &p.shell(),
        &BundleFormView {
            cycle: &cycle,
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
    Ids((Id(cycle), Id(city), Id(panel))): Ids<(Id, Id, Id)>,
) -> Result<Markup, PageError> {
    bundle_view(&state, &p, (cycle, city, panel), None, None).await
}

async fn set_bundle(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids((Id(cycle), Id(city), Id(panel))): Ids<(Id, Id, Id)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let experts: Vec<i32> = fields
        .iter()
        .filter(|(k, _)| k == "experts")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    match app::assignment::set_bundle(&state, p.staff(), cycle, city, panel, &experts).await {
        Ok(_) => {
            done(
                &state,
                &p.0,
                &tr!("assignment-done-bundle"),
                &format!("/cycles/{cycle}/assignment"),
            )
            .await
        }
        Err(e) => {
            let (_, message) = refusal(e)?;
            let page = bundle_view(&state, &p, (cycle, city, panel), Some(&experts), Some(&message)).await?;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
