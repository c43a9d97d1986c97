//! Reconciliation pages for panel chairs and the secretariat: the queue, an item (ratings of every
//! round, moderation, the statement), and the agreement dashboard (secretariat).
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::Markup;
use serde::Deserialize;

use super::{done, refusal};
use crate::app::{self, AppError};
use crate::domain::cycle::CycleState;
use crate::domain::item::QueueStatus;
use crate::domain::score::Score;
use crate::read::{ConsensusRecord, Session};
use crate::tr;
use crate::views::consensus::{DashboardView, HistoryRow, ItemPageView, QueueRow, QueueView, dashboard, item, queue};
use crate::views::words;
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn, shell_for};
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cycles/{id}/reconcile", get(queue_page))
        .route("/cycles/{id}/agreement", get(dashboard_page))
        .route("/reconcile/items/{id}", get(item_page))
        .route("/reconcile/items/{id}/moderate", post(moderate))
        .route("/reconcile/items/{id}/feedback", post(feedback))
        .route("/reconcile/items/{id}/reopen", post(reopen))
}

/// "4 (agreed)", or empty without a score.
fn consensus_text(c: Option<&ConsensusRecord>) -> Option<String> {
    let c = c?;
    let score = c.score?;
    Some(tr!(
        "consensus-score-method",
        score = score.value(),
        method = c.method.map(words::method).unwrap_or_default()
    ))
}

/// A page only the panel's chairs and the secretariat reach (403 for everyone else).
fn for_reconcilers(e: AppError) -> PageError {
    match e {
        AppError::Forbidden(_) => PageError(AppError::forbidden(tr!("consensus-forbidden-queue"))),
        other => PageError(other),
    }
}

#[derive(Deserialize, Default)]
struct QueueQuery {
    status: Option<String>,
    panel: Option<String>,
    measurement: Option<String>,
    city: Option<String>,
    sort: Option<String>,
}

async fn queue_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
    Query(q): Query<QueueQuery>,
) -> Result<Markup, PageError> {
    let status = q.status.clone().unwrap_or_default();
    let panel = q.panel.as_deref().and_then(|p| p.parse::<i32>().ok());
    let measurement = q.measurement.clone().unwrap_or_default();
    let filter = app::consensus::QueueFilter {
        status: QueueStatus::parse(&status),
        panel,
        measurement: Some(measurement.clone()).filter(|m| !m.trim().is_empty()),
        by_spread: q.sort.as_deref() == Some("spread"),
    };
    let (cycle, rows) = app::consensus::queue(&state, &session.user, id, &filter)
        .await
        .map_err(for_reconcilers)?;
    // An unknown status matches nothing, as the filter's form only offers known ones.
    let unknown_status = !status.is_empty() && filter.status.is_none();
    let allowed = app::consensus::reconciled_panels(&session.user, &cycle).map_err(for_reconcilers)?;
    let city = q.city.clone().unwrap_or_default();
    let needle = city.trim().to_lowercase();
    let mut rows = rows;
    match q.sort.as_deref() {
        Some("measurement") => rows.sort_by(|a, b| {
            a.summary
                .item
                .measurement
                .cmp(&b.summary.item.measurement)
                .then_with(|| a.city.cmp(&b.city))
        }),
        Some("spread") => {}
        _ => rows.sort_by(|a, b| {
            a.city
                .cmp(&b.city)
                .then_with(|| a.summary.item.measurement.cmp(&b.summary.item.measurement))
        }),
    }
    let rows = rows
        .into_iter()
        .filter(|_| !unknown_status)
        .filter(|r| needle.is_empty() || r.city.to_lowercase().contains(&needle))
        .map(|r| {
            let s = r.summary;
            QueueRow {
                id: s.item.id,
                city: r.city,
                panel: r.panel,
                measurement: s.item.measurement.clone(),
                scores: s.scores.iter().map(u8::to_string).collect::<Vec<_>>().join(", "),
                median: s.stats.map(|x| x.median.to_string()).unwrap_or_default(),
                spread: s.stats.map(|x| x.spread),
                status: s.status.as_str(),
                consensus: consensus_text(s.consensus.as_ref()).unwrap_or_default(),
                has_feedback: s.consensus.as_ref().is_some_and(|c| c.feedback.is_some()),
                own_item: r.own_item,
            }
        })
        .collect();
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
            city: &city,
            sort: q.sort.as_deref().unwrap_or_default(),
            can_close: session.user.actor().is_secretariat() && cycle.state == CycleState::Reconciling,
            csrf: &session.csrf_token,
        },
    ))
}

async fn render_item(state: &AppState, session: &Session, id: i32, error: Option<&str>) -> Result<Markup, PageError> {
    let v = app::consensus::item_page(state, &session.user, id)
        .await
        .map_err(|e| match e {
            AppError::Forbidden(_) => PageError(AppError::forbidden(tr!("consensus-forbidden-item-page"))),
            other => PageError(other),
        })?;
    let nav = app::workspace::neighbours(state, &session.user, &v.access).await?;
    let talk = app::workspace::discussion(state, &session.user, &v.access).await?;
    let zone = session.user.time_zone.as_deref();
    let discussion =
        (talk.open || !talk.comments.is_empty()).then(|| super::reviews::discussion_view(v.access.item.id, talk, zone));
    let s = &v.summary;
    let c = s.consensus.as_ref();
    Ok(item(
        &shell_for(Some(session)),
        &ItemPageView {
            id: s.item.id,
            cycle_id: v.cycle.id,
            title: tr!(
                "consensus-item-title",
                city = v.city.as_str(),
                measurement = s.item.measurement.as_str(),
                name = v.measurement_name.as_str()
            ),
            status: s.status.as_str(),
            median: s.stats.map(|x| x.median.to_string()).unwrap_or_else(|| "—".into()),
            history: v
                .history
                .into_iter()
                .map(|h| HistoryRow {
                    reviewer: h.reviewer,
                    round: h.round,
                    score: h.score.value(),
                    justification: h.justification,
                    set_aside: h.set_aside,
                })
                .collect(),
            consensus: consensus_text(c).unwrap_or_else(|| "—".into()),
            rationale: c.and_then(|c| c.rationale.clone()),
            feedback: c.and_then(|c| c.feedback.clone()).unwrap_or_default(),
            can_moderate: s.status == QueueStatus::Moderation && !v.own_item,
            own_item: v.own_item,
            reopenable: v.reopenable.clone(),
            can_write: matches!(v.cycle.state, CycleState::Reviewing | CycleState::Reconciling),
            csrf: &session.csrf_token,
            error,
            narrative: v.narrative.clone().map(|n| (n.text, n.evidence_links)),
            nav: (nav.position > 0).then(|| {
                let href = |id: Option<i32>| id.map(|i| format!("/reconcile/items/{i}"));
                (nav.position, nav.total, href(nav.previous), href(nav.next))
            }),
            discussion,
        },
    ))
}

async fn item_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
) -> Result<Markup, PageError> {
    render_item(&state, &session, id, None).await
}

/// The item for a chair's or the secretariat's change (403 for anyone else).
async fn moderatable(state: &AppState, session: &Session, id: i32) -> Result<app::reviews::ItemAccess, PageError> {
    app::consensus::moderatable(state, &session.user, id)
        .await
        .map_err(|e| match e {
            AppError::Forbidden(_) => PageError(AppError::forbidden(tr!("consensus-forbidden-change"))),
            other => PageError(other),
        })
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
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<ModerateForm>,
) -> Result<Response, PageError> {
    let access = moderatable(&state, &session, id).await?;
    app::consensus::require_moderator(&state, &session.user, &access).await?;
    let score = form.score.parse::<i64>().ok().and_then(|s| Score::try_from(s).ok());
    let result = match score {
        None => Err(tr!("consensus-choose-score")),
        Some(s) => match app::consensus::moderate(&state, &session.user, &access, s, &form.rationale).await {
            Ok(()) => Ok(()),
            Err(e) => Err(refusal(e)?.1),
        },
    };
    match result {
        Ok(()) => {
            done(
                &state,
                &session,
                &tr!("consensus-set"),
                &format!("/reconcile/items/{id}"),
            )
            .await
        }
        Err(m) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            render_item(&state, &session, id, Some(&m)).await?,
        )
            .into_response()),
    }
}

#[derive(Deserialize)]
struct FeedbackForm {
    #[serde(default)]
    statement: String,
    /// "next": on to the panel's next item without a statement once saved.
    #[serde(default)]
    then: String,
}

async fn feedback(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<FeedbackForm>,
) -> Result<Response, PageError> {
    let access = moderatable(&state, &session, id).await?;
    match app::consensus::set_feedback(&state, &session.user, &access, &form.statement).await {
        Ok(()) => {
            let mut to = format!("/reconcile/items/{id}");
            let mut message = tr!("consensus-statement-saved");
            if form.then == "next" {
                match app::workspace::neighbours(&state, &session.user, &access)
                    .await?
                    .next_without_statement
                {
                    Some(next) => to = format!("/reconcile/items/{next}#statement"),
                    None => message = tr!("consensus-statement-saved-last"),
                }
            }
            done(&state, &session, &message, &to).await
        }
        Err(e) => {
            let (status, message) = refusal(e)?;
            Ok((status, render_item(&state, &session, id, Some(&message)).await?).into_response())
        }
    }
}

#[derive(Deserialize)]
struct ReopenForm {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    reason: String,
}

async fn reopen(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<ReopenForm>,
) -> Result<Response, PageError> {
    let access = app::reviews::visible_item(&state, &p.0.user, id).await?;
    let reviewer = form
        .user_id
        .trim()
        .parse::<i32>()
        .map_err(|_| PageError(AppError::invalid("user_id", tr!("consensus-choose-reviewer"))))?;
    match app::reviews::reopen(&state, p.staff(), &access, reviewer, &form.reason).await {
        Ok(_) => {
            done(
                &state,
                &p.0,
                &tr!("consensus-reopened"),
                &format!("/reconcile/items/{id}"),
            )
            .await
        }
        Err(e) => {
            let (status, message) = refusal(e)?;
            Ok((status, render_item(&state, &p.0, id, Some(&message)).await?).into_response())
        }
    }
}

async fn dashboard_page(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
) -> Result<Markup, PageError> {
    let d = app::consensus::dashboard(&state, p.staff(), id).await?;
    let (all, per_panel, _) = &d.figures;
    Ok(dashboard(
        &p.shell(),
        &DashboardView {
            cycle_id: d.cycle.id,
            cycle: &d.cycle.name,
            alpha_first: all.alpha_first_round,
            alpha_final: all.alpha_final,
            exact: all.exact,
            adjacent: all.adjacent,
            per_panel: per_panel
                .iter()
                .map(|(id, a)| (d.cycle.panel_name(*id), a.alpha_final))
                .collect(),
            distribution: d.distribution.clone().into_iter().collect(),
            deviation: d.deviation.clone(),
        },
    ))
}
