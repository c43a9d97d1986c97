//! Assignment of experts: `/api/v1/cycles/{id}/assignment…` (secretariat only).
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::read::Assignment;
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult};
use crate::web::extract::{Id, Ids, JsonBody, Secretariat};

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
    /// Places the bundle lacks: the panel size minus its experts (0 when full).
    missing: usize,
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
                .iter()
                .map(|b| BundleBody {
                    city_id: b.city_id,
                    panel_id: b.panel_id,
                    experts: b.experts.clone(),
                    missing: a.missing(b),
                })
                .collect(),
            objective: a.objective,
            unassigned: a
                .unassigned
                .into_iter()
                .map(|u| UnassignedBody {
                    city_id: u.city_id,
                    panel_id: u.panel_id,
                    reason: u.reason(),
                })
                .collect(),
        }
    }
}

/// The assignment in force (empty until one is confirmed).
#[utoipa::path(get, path = "/api/v1/cycles/{id}/assignment", tag = "assignment", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = AssignmentBody), ApiErrors))]
async fn get_assignment(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<AssignmentBody>> {
    Ok(axum::Json(app::assignment::in_force(&app, &staff, id).await?.into()))
}

/// Proposes an assignment for the submitted reports not yet covered (while collecting). Same input,
/// same proposal. Not in force until confirmed.
#[utoipa::path(post, path = "/api/v1/cycles/{id}/assignment/run", tag = "assignment", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = AssignmentBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn run(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<AssignmentBody>> {
    Ok(axum::Json(app::assignment::run(&app, &staff, id).await?.into()))
}

/// Puts the last proposal in force and creates the review items (while collecting).
#[utoipa::path(post, path = "/api/v1/cycles/{id}/assignment/confirm", tag = "assignment", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = AssignmentBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn confirm(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<AssignmentBody>> {
    Ok(axum::Json(app::assignment::confirm(&app, &staff, id).await?.into()))
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
    responses((status = 200, body = AssignmentBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn set_bundle(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id, Id)>,
    body: JsonBody,
) -> ApiResult<axum::Json<AssignmentBody>> {
    let (Id(id), Id(city), Id(panel)) = ids;
    let cycle = app::cycles::open(&app, &staff, id).await?;
    let body: SetBundle = body.parse()?;
    let updated = app::assignment::set_bundle(&app, &staff, cycle.id, city, panel, &body.experts).await?;
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
    responses((status = 200, body = AssignmentBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn withdraw(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<AssignmentBody>> {
    let cycle = app::cycles::open(&app, &staff, id).await?;
    let body: Withdraw = body.parse()?;
    let after = app::assignment::withdraw(&app, &staff, cycle.id, body.expert_id).await?;
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
    responses((status = 200, body = Reminded), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn remind(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<Reminded>> {
    let cycle = app::cycles::open(&app, &staff, id).await?;
    let body: Remind = if body.0.is_empty() {
        Remind { expert_id: None }
    } else {
        body.parse()?
    };
    let queued = app::cycles::remind(&app, &staff, cycle.id, body.expert_id).await?;
    Ok(axum::Json(Reminded { queued }))
}
