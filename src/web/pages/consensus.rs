//! Reconciliation pages for panel chairs and the secretariat: the queue, an item (ratings of every
//! round, moderation, the statement), and the agreement dashboard (secretariat).
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::Markup;
use serde::Deserialize;

use crate::domain::rating::reviewer_label;
use crate::domain::score::Score;
use crate::startup::AppState;
use crate::store::{self, StoreError, cycles::Cycle, sessions::Session};
use crate::views::consensus::{DashboardView, HistoryRow, ItemPageView, QueueRow, QueueView, dashboard, item, queue};
use crate::web::api::items::visible_item;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn, shell_for};
use crate::web::error::{AppError, PageError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cycles/{id}/reconcile", get(queue_page))
        .route("/cycles/{id}/agreement", get(dashboard_page))
        .route("/reconcile/items/{id}", get(item_page))
        .route("/reconcile/items/{id}/moderate", post(moderate))
        .route("/reconcile/items/{id}/feedback", post(feedback))
}

fn id(raw: &str) -> Result<i32, PageError> {
    raw.parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(PageError(AppError::NotFound("page")))
}

/// The panels the viewer reconciles: all for the secretariat, those they chair for an expert.
fn panels_of(session: &Session, cycle: &Cycle) -> Result<Option<Vec<i32>>, PageError> {
    if session.user.actor().is_secretariat() {
        return Ok(None);
    }
    let chaired: Vec<i32> = cycle
        .panels
        .iter()
        .filter(|p| p.chair == Some(session.user.id))
        .map(|p| p.id)
        .collect();
    if chaired.is_empty() {
        Err(PageError(AppError::forbidden(
            "This page is for panel chairs and the secretariat.",
        )))
    } else {
        Ok(Some(chaired))
    }
}

#[derive(Deserialize, Default)]
struct QueueQuery {
    status: Option<String>,
    panel: Option<String>,
    measurement: Option<String>,
    sort: Option<String>,
}

async fn queue_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(raw): Path<String>,
    Query(q): Query<QueueQuery>,
) -> Result<Markup, PageError> {
    let cycle = store::cycles::get(&state.db, id(&raw)?)
        .await?
        .ok_or(PageError(AppError::NotFound("cycle")))?;
    let allowed = panels_of(&session, &cycle)?;
    store::consensus::settle(&state.db, &cycle).await?;
    let status = q.status.clone().unwrap_or_default();
    let panel = q.panel.as_deref().and_then(|p| p.parse::<i32>().ok());
    let measurement = q.measurement.clone().unwrap_or_default();
    let mut summaries: Vec<_> = store::consensus::summaries(&state.db, &cycle)
        .await?
        .into_iter()
        .filter(|s| allowed.as_ref().is_none_or(|p| p.contains(&s.item.panel_id)))
        .filter(|s| status.is_empty() || s.status == status)
        .filter(|s| panel.is_none_or(|p| s.item.panel_id == p))
        .filter(|s| measurement.is_empty() || s.item.measurement.starts_with(measurement.trim()))
        .collect();
    if q.sort.as_deref() == Some("spread") {
        summaries.sort_by_key(|s| std::cmp::Reverse(s.stats.map_or(0, |x| x.spread)));
    }
    let mut rows = Vec::new();
    for s in summaries {
        let city = store::cities::get(&state.db, s.item.city_id)
            .await?
            .map(|c| c.name)
            .unwrap_or_default();
        let panel = cycle
            .panels
            .iter()
            .find(|p| p.id == s.item.panel_id)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        let consensus = s
            .consensus
            .as_ref()
            .and_then(|c| {
                c.score
                    .map(|score| format!("{score} ({})", c.method.clone().unwrap_or_default()))
            })
            .unwrap_or_default();
        rows.push(QueueRow {
            id: s.item.id,
            city,
            panel,
            measurement: s.item.measurement.clone(),
            scores: s.scores.iter().map(u8::to_string).collect::<Vec<_>>().join(", "),
            median: s.stats.map(|x| x.median.to_string()).unwrap_or_default(),
            spread: s.stats.map(|x| x.spread),
            status: s.status,
            consensus,
            has_feedback: s.consensus.as_ref().is_some_and(|c| c.feedback.is_some()),
        });
    }
    let panels = cycle
        .panels
        .iter()
        .filter(|p| allowed.as_ref().is_none_or(|a| a.contains(&p.id)))
        .map(|p| (p.id, p.name.clone()))
        .collect();
    Ok(queue(
        &shell_for(Some(&session)),
        &QueueView {
            cycle_id: cycle.id,
            cycle: &cycle.name,
            rows,
            panels,
            status: &status,
            panel,
            measurement: &measurement,
        },
    ))
}

async fn render_item(state: &AppState, session: &Session, raw: &str, error: Option<&str>) -> Result<Markup, PageError> {
    let seen = visible_item(state, &session.user, raw).await?;
    if !(seen.is_chair || session.user.actor().is_secretariat()) {
        return Err(PageError(AppError::forbidden(
            "This page is for the panel's chair and the secretariat.",
        )));
    }
    store::consensus::settle(&state.db, &seen.cycle).await?;
    let fresh = store::ratings::item(&state.db, seen.item.id)
        .await?
        .ok_or(PageError(AppError::NotFound("item")))?;
    let summary = store::consensus::summary(&state.db, &seen.cycle, &fresh).await?;
    let ratings = store::ratings::ratings_of(&state.db, fresh.id).await?;
    let mut order: Vec<i32> = Vec::new();
    for r in &ratings {
        if !order.contains(&r.expert) {
            order.push(r.expert);
        }
    }
    let history = ratings
        .iter()
        .filter(|r| r.submitted)
        .map(|r| HistoryRow {
            reviewer: reviewer_label(order.iter().position(|e| *e == r.expert).unwrap_or(0)),
            round: r.round,
            score: r.score,
            justification: r.justification.clone(),
        })
        .collect();
    let city = store::cities::get(&state.db, fresh.city_id)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let framework = state.framework_of(&seen.cycle)?;
    let name = framework
        .measurement(&fresh.measurement)
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let c = summary.consensus.clone();
    Ok(item(
        &shell_for(Some(session)),
        &ItemPageView {
            id: fresh.id,
            cycle_id: seen.cycle.id,
            title: format!("{city}: {} {name}", fresh.measurement),
            status: summary.status,
            median: summary
                .stats
                .map(|s| s.median.to_string())
                .unwrap_or_else(|| "—".into()),
            history,
            consensus: c
                .as_ref()
                .and_then(|c| {
                    c.score
                        .map(|s| format!("{s} ({})", c.method.clone().unwrap_or_default()))
                })
                .unwrap_or_else(|| "—".into()),
            rationale: c.as_ref().and_then(|c| c.rationale.clone()),
            feedback: c.as_ref().and_then(|c| c.feedback.clone()).unwrap_or_default(),
            can_moderate: summary.status == "moderation",
            can_write: matches!(
                seen.cycle.state,
                crate::domain::cycle::CycleState::Reviewing | crate::domain::cycle::CycleState::Reconciling
            ),
            csrf: &session.csrf_token,
            error,
        },
    ))
}

async fn item_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(raw): Path<String>,
) -> Result<Markup, PageError> {
    render_item(&state, &session, &raw, None).await
}

#[derive(Deserialize)]
struct ModerateForm {
    #[serde(default)]
    score: String,
    #[serde(default)]
    rationale: String,
}

async fn moderate(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(raw): Path<String>,
    CsrfForm(form): CsrfForm<ModerateForm>,
) -> Result<Response, PageError> {
    let seen = visible_item(&state, &session.user, &raw).await?;
    if !(seen.is_chair || session.user.actor().is_secretariat()) {
        return Err(PageError(AppError::forbidden(
            "This is for the panel's chair and the secretariat.",
        )));
    }
    let score = form.score.parse::<i64>().ok().and_then(|s| Score::try_from(s).ok());
    let rationale = form.rationale.trim();
    let result = match score {
        None => Err("Choose a score.".to_owned()),
        Some(s) => {
            match store::consensus::moderate(
                &state.db,
                session.user.id,
                &seen.cycle,
                &seen.item,
                i16::from(s.value()),
                rationale,
            )
            .await
            {
                Ok(()) => Ok(()),
                Err(StoreError::Conflict { message, .. } | StoreError::Invalid { message, .. }) => Err(message),
                Err(e) => return Err(e.into()),
            }
        }
    };
    match result {
        Ok(()) => {
            store::sessions::set_flash(&state.db, session.id, "The consensus is set.").await?;
            Ok(Redirect::to(&format!("/reconcile/items/{}", seen.item.id)).into_response())
        }
        Err(m) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            render_item(&state, &session, &raw, Some(&m)).await?,
        )
            .into_response()),
    }
}

#[derive(Deserialize)]
struct FeedbackForm {
    #[serde(default)]
    statement: String,
}

async fn feedback(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(raw): Path<String>,
    CsrfForm(form): CsrfForm<FeedbackForm>,
) -> Result<Response, PageError> {
    let seen = visible_item(&state, &session.user, &raw).await?;
    if !(seen.is_chair || session.user.actor().is_secretariat()) {
        return Err(PageError(AppError::forbidden(
            "This is for the panel's chair and the secretariat.",
        )));
    }
    match store::consensus::set_feedback(&state.db, session.user.id, &seen.cycle, &seen.item, &form.statement).await {
        Ok(()) => {
            store::sessions::set_flash(&state.db, session.id, "The statement is saved.").await?;
            Ok(Redirect::to(&format!("/reconcile/items/{}", seen.item.id)).into_response())
        }
        Err(StoreError::Conflict { message, .. }) => Ok((
            StatusCode::CONFLICT,
            render_item(&state, &session, &raw, Some(&message)).await?,
        )
            .into_response()),
        Err(StoreError::Invalid { message, .. }) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            render_item(&state, &session, &raw, Some(&message)).await?,
        )
            .into_response()),
        Err(e) => Err(e.into()),
    }
}

async fn dashboard_page(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path(raw): Path<String>,
) -> Result<Markup, PageError> {
    let cycle = store::cycles::get(&state.db, id(&raw)?)
        .await?
        .ok_or(PageError(AppError::NotFound("cycle")))?;
    let (all, per_panel, _) = store::consensus::agreement(&state.db, &cycle).await?;
    let mut dist: std::collections::BTreeMap<String, [usize; 5]> = std::collections::BTreeMap::new();
    for item in store::ratings::items_of_cycle(&state.db, cycle.id).await? {
        let counts = dist.entry(item.measurement.clone()).or_insert([0; 5]);
        for r in store::ratings::ratings_of(&state.db, item.id).await? {
            if r.round == 1 && r.submitted && (1..=5).contains(&r.score) {
                counts[(r.score - 1) as usize] += 1;
            }
        }
    }
    let names: std::collections::BTreeMap<i32, String> = store::users::list(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let deviation = store::consensus::expert_deviation(&state.db, &cycle)
        .await?
        .into_iter()
        .map(|(e, (s, a, n))| (names.get(&e).cloned().unwrap_or_default(), s, a, n))
        .collect();
    Ok(dashboard(
        &p.shell(),
        &DashboardView {
            cycle_id: cycle.id,
            cycle: &cycle.name,
            alpha_first: all.alpha_first_round,
            alpha_final: all.alpha_final,
            exact: all.exact,
            adjacent: all.adjacent,
            per_panel: per_panel
                .iter()
                .map(|(id, a)| {
                    let name = cycle
                        .panels
                        .iter()
                        .find(|p| p.id == *id)
                        .map(|p| p.name.clone())
                        .unwrap_or_default();
                    (name, a.alpha_final)
                })
                .collect(),
            distribution: dist.into_iter().collect(),
            deviation,
        },
    ))
}
