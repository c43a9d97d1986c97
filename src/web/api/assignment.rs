//! Assignment of experts: `/api/v1/cycles/{id}/assignment…` (secretariat only).
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::startup::AppState;
use crate::store::{
    self,
    assignment::{Assignment, Stage},
    cycles::Cycle,
};
use crate::web::error::{ApiResult, AppError, ErrorBody};
use crate::web::extract::{JsonBody, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_assignment))
        .routes(routes!(run))
        .routes(routes!(confirm))
        .routes(routes!(set_bundle))
        .routes(routes!(withdraw))
        .routes(routes!(remind))
}

#[derive(Serialize, ToSchema)]
struct BundleBody {
    city_id: i32,
    panel_id: i32,
    /// User ids of the bundle's experts.
    experts: Vec<i32>,
}

#[derive(Serialize, ToSchema)]
struct UnassignedBody {
    city_id: i32,
    panel_id: i32,
    /// Why the bundle lacks experts, e.g. "Policy & leadership panel, Cork: 2 eligible expert(s), 3 needed; …".
    reason: String,
}

#[derive(Serialize, ToSchema)]
struct AssignmentBody {
    bundles: Vec<BundleBody>,
    /// Σ affinity − load-balancing penalty (higher is better).
    objective: i64,
    unassigned: Vec<UnassignedBody>,
}

impl From<Assignment> for AssignmentBody {
    fn from(a: Assignment) -> Self {
        AssignmentBody {
            bundles: a
                .bundles
                .into_iter()
                .map(|b| BundleBody {
                    city_id: b.city_id,
                    panel_id: b.panel_id,
                    experts: b.experts,
                })
                .collect(),
            objective: a.objective,
            unassigned: a
                .unassigned
                .into_iter()
                .map(|u| UnassignedBody {
                    city_id: u.city_id,
                    panel_id: u.panel_id,
                    reason: u.reason,
                })
                .collect(),
        }
    }
}

fn id_of(raw: &str, what: &'static str) -> Result<i32, AppError> {
    raw.parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(AppError::NotFound(what))
}

async fn cycle(state: &AppState, raw: &str) -> Result<Cycle, AppError> {
    store::cycles::get(&state.db, id_of(raw, "cycle")?)
        .await?
        .ok_or(AppError::NotFound("cycle"))
}

/// The assignment in force (empty until one is confirmed).
#[utoipa::path(get, path = "/api/v1/cycles/{id}/assignment", tag = "assignment", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, body = AssignmentBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn get_assignment(
    _caller: Secretariat,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<AssignmentBody>> {
    let cycle = cycle(&state, &raw).await?;
    let a = store::assignment::get(&state.db, cycle.id, Stage::Confirmed)
        .await?
        .unwrap_or(Assignment {
            bundles: vec![],
            objective: 0,
            unassigned: vec![],
        });
    Ok(axum::Json(a.into()))
}

/// Proposes an assignment for the submitted reports not yet covered (while collecting). Same input,
/// same proposal. Not in force until confirmed.
#[utoipa::path(post, path = "/api/v1/cycles/{id}/assignment/run", tag = "assignment", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, body = AssignmentBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn run(
    Secretariat(caller): Secretariat,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<AssignmentBody>> {
    let cycle = cycle(&state, &raw).await?;
    let framework = state.framework_of(&cycle)?;
    let started = std::time::Instant::now();
    let proposal = store::assignment::run(&state.db, Some(caller.id), framework, &cycle).await?;
    tracing::info!(
        cycle_id = cycle.id,
        bundles = proposal.bundles.len(),
        unassigned = proposal.unassigned.len(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "assignment proposed"
    );
    Ok(axum::Json(proposal.into()))
}

/// Puts the last proposal in force and creates the review items (while collecting).
#[utoipa::path(post, path = "/api/v1/cycles/{id}/assignment/confirm", tag = "assignment", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, body = AssignmentBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn confirm(
    Secretariat(caller): Secretariat,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<AssignmentBody>> {
    let cycle = cycle(&state, &raw).await?;
    let in_force =
        store::assignment::confirm(&state.db, Some(caller.id), &cycle, &state.settings.auth.public_url).await?;
    Ok(axum::Json(in_force.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct SetBundle {
    experts: Vec<i32>,
}

/// Sets one bundle's experts by hand: the proposal before confirmation, the assignment in force
/// after. 422 names the hard constraint a change breaks (panel, conflict, capacity, language).
#[utoipa::path(put, path = "/api/v1/cycles/{id}/assignment/bundles/{city_id}/{panel_id}", tag = "assignment",
    request_body = SetBundle, security(("bearer" = [])),
    params(("id" = i32, Path), ("city_id" = i32, Path), ("panel_id" = i32, Path)),
    responses((status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 200, body = AssignmentBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn set_bundle(
    Secretariat(caller): Secretariat,
    State(state): State<AppState>,
    Path((raw, city, panel)): Path<(String, String, String)>,
    body: JsonBody,
) -> ApiResult<axum::Json<AssignmentBody>> {
    let cycle = cycle(&state, &raw).await?;
    let (city, panel) = (id_of(&city, "bundle")?, id_of(&panel, "bundle")?);
    let body: SetBundle = body.parse()?;
    let updated = store::assignment::set_bundle(&state.db, Some(caller.id), &cycle, city, panel, &body.experts).await?;
    Ok(axum::Json(updated.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Withdraw {
    expert_id: i32,
}

/// Withdraws an expert from the assignment in force: only their places are filled again; every
/// other bundle stays as it is.
#[utoipa::path(post, path = "/api/v1/cycles/{id}/assignment/withdraw", tag = "assignment", request_body = Withdraw,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 200, body = AssignmentBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn withdraw(
    Secretariat(caller): Secretariat,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    body: JsonBody,
) -> ApiResult<axum::Json<AssignmentBody>> {
    let cycle = cycle(&state, &raw).await?;
    let body: Withdraw = body.parse()?;
    let framework = state.framework_of(&cycle)?;
    let after = store::assignment::withdraw(&state.db, Some(caller.id), framework, &cycle, body.expert_id).await?;
    Ok(axum::Json(after.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Remind {
    /// Only this expert; omitted: every expert of the cycle with ratings still to submit.
    #[serde(default)]
    expert_id: Option<i32>,
}

#[derive(Serialize, ToSchema)]
struct Reminded {
    /// How many reminders were queued.
    queued: usize,
}

/// Reminds now, by e-mail, the experts with ratings still to submit (the secretariat; in review).
#[utoipa::path(post, path = "/api/v1/cycles/{id}/remind", tag = "rating", request_body = Option<Remind>,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 200, body = Reminded), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn remind(
    Secretariat(caller): Secretariat,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    body: JsonBody,
) -> ApiResult<axum::Json<Reminded>> {
    let cycle = cycle(&state, &raw).await?;
    let body: Remind = if body.0.is_empty() {
        Remind { expert_id: None }
    } else {
        body.parse()?
    };
    if cycle.state != crate::domain::cycle::CycleState::Reviewing {
        return Err(AppError::Conflict {
            code: "cycle_state",
            message: format!("reminders go out while the cycle is in review; it is {}", cycle.state),
        });
    }
    let queued =
        crate::mail::worker::remind(&state.db, &cycle, body.expert_id, None, &state.settings.auth.public_url).await?;
    tracing::info!(cycle_id = cycle.id, queued, "reminders queued");
    Ok(axum::Json(Reminded { queued }))
}
