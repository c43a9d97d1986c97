//! Rating: `/api/v1/me/items`, `/api/v1/items/{id}`, `PUT /api/v1/items/{id}/rating`.
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::domain::rating::Rating;
use crate::format::rfc3339;
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult};
use crate::web::extract::{ApiUser, Id, Ids, JsonBody, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_items))
        .routes(routes!(get_item))
        .routes(routes!(put_rating))
        .routes(routes!(reopen))
}

#[derive(Serialize, ToSchema)]
struct MyItem {
    id: i32,
    cycle_id: i32,
    city_id: i32,
    measurement: String,
    panel_id: i32,
    round: i16,
    /// open, draft or submitted.
    status: String,
    deadline: Option<String>,
}

/// The caller's own review items (experts; others get an empty list).
#[utoipa::path(get, path = "/api/v1/me/items", tag = "rating", security(("bearer" = [])),
    responses((status = 200, body = [MyItem]), ApiErrors))]
async fn my_items(ApiUser(caller): ApiUser, State(app): State<App>) -> ApiResult<axum::Json<Vec<MyItem>>> {
    let items = app::reviews::my_items(&app, &caller).await?;
    Ok(axum::Json(
        items
            .into_iter()
            .map(|m| MyItem {
                id: m.item.id,
                cycle_id: m.item.cycle_id,
                city_id: m.item.city_id,
                measurement: m.item.measurement,
                panel_id: m.item.panel_id,
                round: m.round,
                status: m.status.as_str().to_owned(),
                deadline: rfc3339(m.deadline),
            })
            .collect(),
    ))
}

#[derive(Serialize, ToSchema)]
#[schema(as = ItemNarrativeBody)]
struct NarrativeBody {
    text: String,
    evidence_links: Vec<String>,
    /// The city's own rating (self-assessment), for a reviewer only once their own rating is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    self_score: Option<u8>,
}

#[derive(Serialize, ToSchema)]
struct RatingBody {
    score: u8,
    justification: String,
    confidence: Option<String>,
    submitted: bool,
    version: i32,
    round: i16,
}

impl From<&Rating> for RatingBody {
    fn from(r: &Rating) -> Self {
        RatingBody {
            score: r.score.value(),
            justification: r.justification.clone(),
            confidence: r.confidence.map(|c| c.as_str().to_owned()),
            submitted: r.submitted,
            version: r.version,
            round: r.round,
        }
    }
}

#[derive(Serialize, ToSchema)]
struct OtherRating {
    /// "Reviewer A", "Reviewer B" …: never a name, e-mail or id.
    reviewer: String,
    score: u8,
    justification: String,
    round: i16,
}

#[derive(Serialize, ToSchema)]
struct ItemBody {
    id: i32,
    cycle_id: i32,
    city_id: i32,
    panel_id: i32,
    measurement: String,
    measurement_name: String,
    definition: String,
    /// The round ratings go to now; null outside the rating phases.
    round: Option<i16>,
    deadline: Option<String>,
    /// The city's narrative and evidence for this measurement.
    narrative: Option<NarrativeBody>,
    my_rating: Option<RatingBody>,
    /// The other reviewers' submitted ratings: empty until the caller submitted their own (in a
    /// revision round: the previous round's, to revise against).
    others: Vec<OtherRating>,
    /// The median of the ratings shown.
    median: Option<u8>,
    /// rating | revision | moderation | done
    stage: String,
    /// The city's last published result for this measurement and its action plan; null: none.
    previous: Option<PreviousBody>,
}

#[derive(Serialize, ToSchema)]
struct PreviousBody {
    cycle_id: i32,
    cycle: String,
    score: u8,
    feedback: String,
    /// What the city said it would do; null: it did not answer.
    actions: Option<String>,
}

/// A review item: the city's narrative, the caller's rating, and, once the caller submitted theirs,
/// the others' (anonymised).
#[utoipa::path(get, path = "/api/v1/items/{id}", tag = "rating", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = ItemBody), ApiErrors))]
async fn get_item(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<ItemBody>> {
    let access = app::reviews::visible_item(&app, &caller, id).await?;
    let v = app::reviews::item_view(&app, &caller, &access).await?;
    Ok(axum::Json(ItemBody {
        id: v.item.id,
        cycle_id: v.item.cycle_id,
        city_id: v.item.city_id,
        panel_id: v.item.panel_id,
        measurement: v.item.measurement.clone(),
        measurement_name: v.measurement_name,
        definition: v.definition,
        round: v.round,
        deadline: rfc3339(v.deadline),
        narrative: v.narrative.map(|n| NarrativeBody {
            text: n.text,
            evidence_links: n.evidence_links,
            self_score: n.self_score,
        }),
        my_rating: v.my_rating.as_ref().map(RatingBody::from),
        others: v
            .others
            .into_iter()
            .map(|o| OtherRating {
                reviewer: o.reviewer,
                score: o.score.value(),
                justification: o.justification,
                round: o.round,
            })
            .collect(),
        median: v.median,
        stage: v.item.stage.as_str().to_owned(),
        previous: v.previous.map(|p| PreviousBody {
            cycle_id: p.cycle_id,
            cycle: p.cycle,
            score: p.score.value(),
            feedback: p.feedback,
            actions: p.actions,
        }),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PutRating {
    /// 1 (Poor) to 5 (Excellent).
    score: i64,
    justification: String,
    /// low, medium or high.
    #[serde(default)]
    confidence: Option<String>,
    submit: bool,
    /// Your rating's version, as last read; stale: 409. Omitted: no check.
    #[serde(default)]
    version: Option<i32>,
}

/// Rates an item (its reviewers, while the round is open): save a draft, or submit.
#[utoipa::path(put, path = "/api/v1/items/{id}/rating", tag = "rating", request_body = PutRating,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 200, body = RatingBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id, item = id))]
async fn put_rating(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<RatingBody>> {
    let access = app::reviews::visible_item(&app, &caller, id).await?;
    app::reviews::require_reviewer(&access)?;
    let body: PutRating = body.parse()?;
    let input = app::reviews::parse_rating(
        &access.cycle,
        body.score,
        &body.justification,
        body.confidence.as_deref(),
        body.submit,
    )?;
    let saved = app::reviews::save_rating(&app, &caller, &access, input, body.version).await?;
    Ok(axum::Json(RatingBody::from(&saved)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Reopen {
    /// The reviewer whose submitted rating of the current round becomes a draft again.
    user_id: i32,
    /// Why (audited, and sent to the reviewer): at least 10 characters.
    reason: String,
}

/// Reopens a reviewer's submitted rating of the item's current round, to correct a mistake (the
/// secretariat): it becomes a draft again, and the reviewer is told why.
#[utoipa::path(post, path = "/api/v1/items/{id}/reopen", tag = "rating", request_body = Reopen,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 200, body = RatingBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id(), item = id))]
async fn reopen(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<RatingBody>> {
    let caller = staff
        .user()
        .cloned()
        .ok_or_else(|| crate::app::AppError::internal("a signed-in secretariat"))?;
    let access = app::reviews::visible_item(&app, &caller, id).await?;
    let body: Reopen = body.parse()?;
    let reopened = app::reviews::reopen(&app, &staff, &access, body.user_id, &body.reason).await?;
    Ok(axum::Json(RatingBody::from(&reopened)))
}
