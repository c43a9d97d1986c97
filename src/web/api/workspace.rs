//! The reviewer's and the chair's workspace: scoring guidance (`/api/v1/cycles/{id}/guidance`), an
//! item's discussion (`/api/v1/items/{id}/comments`), the caller's chaired panels
//! (`/api/v1/me/panels`) and their past reviews (`/api/v1/me/history`).
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::format::rfc3339;
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult};
use crate::web::extract::{ApiUser, Id, Ids, JsonBody, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_guidance))
        .routes(routes!(put_guidance))
        .routes(routes!(list_comments, add_comment))
        .routes(routes!(my_panels))
        .routes(routes!(my_history))
}

#[derive(Serialize, ToSchema)]
struct LevelBody {
    score: u8,
    /// Excellent, Very good, Good, Fair, Poor.
    label: String,
    text: String,
    /// Written by the secretariat for this cycle; false: the service's default.
    custom: bool,
}

#[derive(Serialize, ToSchema)]
struct MeasurementGuidanceBody {
    measurement: String,
    name: String,
    /// Best first (5 … 1).
    levels: Vec<LevelBody>,
}

fn guidance_body(g: app::workspace::MeasurementGuidance) -> MeasurementGuidanceBody {
    MeasurementGuidanceBody {
        measurement: g.code,
        name: g.name,
        levels: g
            .levels
            .into_iter()
            .map(|l| LevelBody {
                score: l.score.value(),
                label: l.score.label().to_owned(),
                text: l.text,
                custom: l.custom,
            })
            .collect(),
    }
}

/// What each score level means for each measurement a cycle reviews (its experts and the
/// secretariat).
#[utoipa::path(get, path = "/api/v1/cycles/{id}/guidance", tag = "rating", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = [MeasurementGuidanceBody]), ApiErrors))]
async fn get_guidance(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<Vec<MeasurementGuidanceBody>>> {
    let (_, g) = app::workspace::guidance(&app, &caller, id).await?;
    Ok(axum::Json(g.into_iter().map(guidance_body).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PutLevel {
    /// 1 (Poor) to 5 (Excellent).
    score: i64,
    /// Up to 2,000 characters; empty: back to the default.
    text: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PutGuidance {
    /// The levels to write; levels not listed keep their text.
    levels: Vec<PutLevel>,
}

/// Writes a measurement's scoring guidance for a cycle (the secretariat; until publication).
#[utoipa::path(put, path = "/api/v1/cycles/{id}/guidance/{measurement}", tag = "rating",
    request_body = PutGuidance, security(("bearer" = [])),
    params(("id" = i32, Path), ("measurement" = String, Path)),
    responses((status = 200, body = MeasurementGuidanceBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn put_guidance(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(ids): Ids<(Id, String)>,
    body: JsonBody,
) -> ApiResult<axum::Json<MeasurementGuidanceBody>> {
    let (Id(id), code) = ids;
    let body: PutGuidance = body.parse()?;
    let levels: Vec<(i64, String)> = body.levels.into_iter().map(|l| (l.score, l.text)).collect();
    let g = app::workspace::set_guidance(&app, &staff, id, &code, &levels).await?;
    Ok(axum::Json(guidance_body(g)))
}

#[derive(Serialize, ToSchema)]
struct CommentBody {
    id: i32,
    /// "You", "Reviewer A", "The panel's chair", "The secretariat": never a name, e-mail or id.
    author: String,
    mine: bool,
    round: i16,
    body: String,
    created_at: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct DiscussionBody {
    /// Whether it takes comments now: the item is in a revision round or waits for moderation.
    open: bool,
    comments: Vec<CommentBody>,
}

fn comment_body(c: app::workspace::Comment) -> CommentBody {
    CommentBody {
        id: c.id,
        author: c.author,
        mine: c.mine,
        round: c.round,
        body: c.body,
        created_at: rfc3339(Some(c.at)),
    }
}

/// An item's discussion among its reviewers and its panel's chair (and the secretariat).
#[utoipa::path(get, path = "/api/v1/items/{id}/comments", tag = "rating", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = DiscussionBody), ApiErrors))]
async fn list_comments(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<DiscussionBody>> {
    let access = app::reviews::visible_item(&app, &caller, id).await?;
    let d = app::workspace::discussion(&app, &caller, &access).await?;
    Ok(axum::Json(DiscussionBody {
        open: d.open,
        comments: d.comments.into_iter().map(comment_body).collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct NewComment {
    /// 2 to 4,000 characters.
    body: String,
}

/// Adds a comment to an item's discussion (while it is in a revision round or waits for
/// moderation); the item's other reviewers and its chair are told by e-mail.
#[utoipa::path(post, path = "/api/v1/items/{id}/comments", tag = "rating", request_body = NewComment,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 201, body = CommentBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id, item = id))]
async fn add_comment(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<(StatusCode, axum::Json<CommentBody>)> {
    let access = app::reviews::visible_item(&app, &caller, id).await?;
    let body: NewComment = body.parse()?;
    let c = app::workspace::comment(&app, &caller, &access, &body.body).await?;
    Ok((StatusCode::CREATED, axum::Json(comment_body(c))))
}

#[derive(Serialize, ToSchema)]
struct StatusCount {
    /// open, agreed, disagreement, moderation, moderated.
    status: String,
    count: usize,
}

#[derive(Serialize, ToSchema)]
struct ChairedPanelBody {
    cycle_id: i32,
    cycle: String,
    panel_id: i32,
    panel: String,
    counts: Vec<StatusCount>,
    /// Waiting for the chair's moderation (items the chair reviewed go to the secretariat).
    to_moderate: usize,
    /// Decided items without a feedback statement.
    without_statement: usize,
    first_without_statement: Option<i32>,
}

/// The panels the caller chairs in cycles under review or reconciliation, with what waits for them
/// (experts; others get an empty list).
#[utoipa::path(get, path = "/api/v1/me/panels", tag = "consensus", security(("bearer" = [])),
    responses((status = 200, body = [ChairedPanelBody]), ApiErrors))]
async fn my_panels(ApiUser(caller): ApiUser, State(app): State<App>) -> ApiResult<axum::Json<Vec<ChairedPanelBody>>> {
    let panels = app::workspace::chaired_panels(&app, &caller).await?;
    Ok(axum::Json(
        panels
            .into_iter()
            .map(|p| ChairedPanelBody {
                cycle_id: p.cycle_id,
                cycle: p.cycle,
                panel_id: p.panel_id,
                panel: p.panel,
                counts: p
                    .counts
                    .into_iter()
                    .map(|(s, n)| StatusCount {
                        status: s.as_str().to_owned(),
                        count: n,
                    })
                    .collect(),
                to_moderate: p.to_moderate,
                without_statement: p.without_statement,
                first_without_statement: p.first_without_statement,
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
struct PastItemBody {
    cycle_id: i32,
    cycle: String,
    city: String,
    measurement: String,
    measurement_name: String,
    /// The caller's last submitted rating of the item.
    score: u8,
    round: i16,
    justification: String,
    /// The consensus the panel reached (null: none).
    consensus: Option<u8>,
}

/// The caller's own past reviews: their last rating of each item in published and archived cycles,
/// with the consensus reached (experts; others get an empty list).
#[utoipa::path(get, path = "/api/v1/me/history", tag = "rating", security(("bearer" = [])),
    responses((status = 200, body = [PastItemBody]), ApiErrors))]
async fn my_history(ApiUser(caller): ApiUser, State(app): State<App>) -> ApiResult<axum::Json<Vec<PastItemBody>>> {
    let past = app::workspace::history(&app, &caller).await?;
    Ok(axum::Json(
        past.into_iter()
            .map(|p| PastItemBody {
                cycle_id: p.cycle_id,
                cycle: p.cycle,
                city: p.city,
                measurement: p.measurement,
                measurement_name: p.measurement_name,
                score: p.score.value(),
                round: p.round,
                justification: p.justification,
                consensus: p.consensus.map(|c| c.value()),
            })
            .collect(),
    ))
}
