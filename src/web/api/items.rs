//! Rating: `/api/v1/me/items`, `/api/v1/items/{id}`, `PUT /api/v1/items/{id}/rating`.
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::domain::rating::{Confidence, Justification, RatingInput};
use crate::domain::score::Score;
use crate::domain::user::Role;
use crate::domain::visibility::Access;
use crate::startup::AppState;
use crate::store::{
    self,
    cycles::Cycle,
    ratings::{Item, Rating},
    users::User,
};
use crate::web::error::{ApiResult, AppError, ErrorBody};
use crate::web::extract::{ApiUser, JsonBody};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_items))
        .routes(routes!(get_item))
        .routes(routes!(put_rating))
}

fn rfc3339(t: Option<time::OffsetDateTime>) -> Option<String> {
    t.and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
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
    responses((status = 200, body = [MyItem]), (status = 401, body = ErrorBody)))]
async fn my_items(ApiUser(caller): ApiUser, State(state): State<AppState>) -> ApiResult<axum::Json<Vec<MyItem>>> {
    if caller.role != Role::Expert {
        return Ok(axum::Json(vec![]));
    }
    let mut out = Vec::new();
    let mut cycles: std::collections::HashMap<i32, Option<Cycle>> = std::collections::HashMap::new();
    for (item, mine) in store::ratings::items_of_expert(&state.db, caller.id).await? {
        if let std::collections::hash_map::Entry::Vacant(slot) = cycles.entry(item.cycle_id) {
            slot.insert(store::cycles::get_core(&state.db, item.cycle_id).await?);
        }
        let Some(Some(cycle)) = cycles.get(&item.cycle_id) else {
            continue;
        };
        // Items are the experts' work from review on; before that there is nothing to do.
        let Some((round, deadline)) = store::ratings::current_round(cycle, &item) else {
            continue;
        };
        let current = mine.filter(|r| r.round == round);
        out.push(MyItem {
            id: item.id,
            cycle_id: item.cycle_id,
            city_id: item.city_id,
            measurement: item.measurement,
            panel_id: item.panel_id,
            round,
            status: store::ratings::status(current.as_ref()).as_str().to_owned(),
            deadline: rfc3339(deadline),
        });
    }
    Ok(axum::Json(out))
}

/// An item the caller may see, with what the caller is to it.
pub struct SeenItem {
    pub item: Item,
    pub cycle: Cycle,
    pub is_reviewer: bool,
    pub is_chair: bool,
}

/// The item, if the caller is one of its reviewers, its panel's chair or the secretariat; 404 otherwise.
pub async fn visible_item(state: &AppState, caller: &User, raw: &str) -> Result<SeenItem, AppError> {
    let hidden = || AppError::NotFound("item");
    let id = raw.parse::<i32>().ok().filter(|i| *i > 0).ok_or_else(hidden)?;
    let item = store::ratings::item(&state.db, id).await?.ok_or_else(hidden)?;
    let cycle = store::cycles::get_core(&state.db, item.cycle_id)
        .await?
        .ok_or_else(hidden)?;
    let is_reviewer = store::ratings::reviewers(&state.db, &item).await?.contains(&caller.id);
    let is_chair = cycle
        .panels
        .iter()
        .any(|p| p.id == item.panel_id && p.chair == Some(caller.id));
    let review_started = cycle.state >= crate::domain::cycle::CycleState::Reviewing;
    match caller.actor().item_access(is_reviewer, is_chair, review_started) {
        Access::Allowed => Ok(SeenItem {
            item,
            cycle,
            is_reviewer,
            is_chair,
        }),
        _ => Err(hidden()),
    }
}

#[derive(Serialize, ToSchema)]
#[schema(as = ItemNarrativeBody)]
struct NarrativeBody {
    text: String,
    evidence_links: Vec<String>,
}

#[derive(Serialize, ToSchema)]
struct RatingBody {
    score: i16,
    justification: String,
    confidence: Option<String>,
    submitted: bool,
    version: i32,
    round: i16,
}

impl From<&Rating> for RatingBody {
    fn from(r: &Rating) -> Self {
        RatingBody {
            score: r.score,
            justification: r.justification.clone(),
            confidence: r.confidence.clone(),
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
    score: i16,
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
}

/// A review item: the city's narrative, the caller's rating, and, once the caller submitted theirs,
/// the others' (anonymised).
#[utoipa::path(get, path = "/api/v1/items/{id}", tag = "rating", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, body = ItemBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn get_item(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<ItemBody>> {
    let seen = visible_item(&state, &caller, &raw).await?;
    Ok(axum::Json(item_body(&state, &caller, &seen).await?))
}

async fn item_body(state: &AppState, caller: &User, seen: &SeenItem) -> Result<ItemBody, AppError> {
    let (item, cycle) = (&seen.item, &seen.cycle);
    let framework = state.framework_of(cycle)?;
    let m = framework.measurement(&item.measurement);
    let report = store::submissions::get(&state.db, cycle.id, item.city_id).await?;
    let narrative = report
        .and_then(|r| r.content.narratives.get(&item.measurement).cloned())
        .map(|n| NarrativeBody {
            text: n.text,
            evidence_links: n.evidence_links,
        });
    let round_now = store::ratings::current_round(cycle, item);
    let ratings = store::ratings::ratings_of(&state.db, item.id).await?;
    // The round whose ratings are discussed: the current one, or the item's last.
    let round = round_now.map(|(r, _)| r).unwrap_or(item.round);
    let mine = ratings.iter().find(|r| r.expert == caller.id && r.round == round);
    let (others, median) =
        store::ratings::others_for(&ratings, &caller.actor(), round, seen.is_reviewer, seen.is_chair);
    let others = others
        .into_iter()
        .map(|o| OtherRating {
            reviewer: o.reviewer,
            score: o.score,
            justification: o.justification,
            round: o.round,
        })
        .collect();
    Ok(ItemBody {
        id: item.id,
        cycle_id: item.cycle_id,
        city_id: item.city_id,
        panel_id: item.panel_id,
        measurement: item.measurement.clone(),
        measurement_name: m.map(|m| m.name.clone()).unwrap_or_default(),
        definition: m.map(|m| m.definition.clone()).unwrap_or_default(),
        round: round_now.map(|(r, _)| r),
        deadline: rfc3339(round_now.and_then(|(_, d)| d)),
        narrative,
        my_rating: mine.map(RatingBody::from),
        others,
        median,
        stage: item.stage.clone(),
    })
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
    responses((status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 200, body = RatingBody), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id, item = %raw))]
async fn put_rating(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    body: JsonBody,
) -> ApiResult<axum::Json<RatingBody>> {
    let seen = visible_item(&state, &caller, &raw).await?;
    if !seen.is_reviewer {
        return Err(AppError::forbidden("only the item's reviewers rate it"));
    }
    let body: PutRating = body.parse()?;
    let input = parse_rating(
        &body.justification,
        body.score,
        body.confidence.as_deref(),
        body.submit,
        &seen.cycle,
    )?;
    let saved = store::ratings::save(&state.db, &seen.cycle, &seen.item, caller.id, input, body.version).await?;
    Ok(axum::Json(RatingBody::from(&saved)))
}

/// Checks a rating's fields, naming the one at fault.
pub fn parse_rating(
    justification: &str,
    score: i64,
    confidence: Option<&str>,
    submit: bool,
    cycle: &Cycle,
) -> Result<RatingInput, AppError> {
    Ok(RatingInput {
        score: Score::try_from(score).map_err(|e| AppError::invalid("score", e))?,
        justification: Justification::parse(justification, usize::from(cycle.min_justification_chars))
            .map_err(|e| AppError::invalid("justification", e))?,
        confidence: match confidence.filter(|c| !c.is_empty()) {
            None => None,
            Some(c) => Some(Confidence::parse(c).ok_or_else(|| {
                AppError::invalid(
                    "confidence",
                    format!("`{c}` is not a confidence; use low, medium or high"),
                )
            })?),
        },
        submit,
    })
}
