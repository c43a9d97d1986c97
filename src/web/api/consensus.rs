//! Reconciliation and consensus: `/api/v1/cycles/{id}/items`, `/items/{id}/consensus`,
//! `/items/{id}/feedback`, `/cycles/{id}/agreement`.
use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use super::items::visible_item;
use crate::domain::score::Score;
use crate::startup::AppState;
use crate::store::{self, consensus::Agreement, cycles::Cycle, users::User};
use crate::web::error::{ApiResult, AppError, ErrorBody};
use crate::web::extract::{ApiUser, JsonBody};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_items))
        .routes(routes!(moderate))
        .routes(routes!(feedback))
        .routes(routes!(agreement))
}

#[derive(Serialize, ToSchema)]
struct ConsensusBody {
    score: Option<i16>,
    method: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct QueueItem {
    id: i32,
    city_id: i32,
    measurement: String,
    panel_id: i32,
    /// The scores the rule applies to now, anonymous.
    scores: Vec<u8>,
    median: Option<u8>,
    spread: Option<u8>,
    /// open, agreed, disagreement, moderation or moderated.
    status: String,
    consensus: Option<ConsensusBody>,
    /// Whether the city's feedback statement is written.
    has_feedback: bool,
}

#[derive(Deserialize, IntoParams)]
struct StatusFilter {
    status: Option<String>,
}

fn id_of(raw: &str, what: &'static str) -> Result<i32, AppError> {
    raw.parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(AppError::NotFound(what))
}

/// The panels whose items the caller may moderate: all for the secretariat, those they chair for an
/// expert; anyone else may not (403).
fn moderated_panels(caller: &User, cycle: &Cycle) -> Result<Option<Vec<i32>>, AppError> {
    if caller.actor().is_secretariat() {
        return Ok(None);
    }
    let chaired: Vec<i32> = cycle
        .panels
        .iter()
        .filter(|p| p.chair == Some(caller.id))
        .map(|p| p.id)
        .collect();
    if chaired.is_empty() {
        Err(AppError::forbidden("only panel chairs and the secretariat reconcile"))
    } else {
        Ok(Some(chaired))
    }
}

/// The reconciliation queue: the items of the cycle (of the caller's panels, for a chair), with
/// their scores, statistics, status and consensus. `?status=` filters.
#[utoipa::path(get, path = "/api/v1/cycles/{id}/items", tag = "consensus", security(("bearer" = [])),
    params(("id" = i32, Path), StatusFilter),
    responses((status = 200, body = [QueueItem]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn list_items(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Query(filter): Query<StatusFilter>,
) -> ApiResult<axum::Json<Vec<QueueItem>>> {
    let cycle = store::cycles::get(&state.db, id_of(&raw, "cycle")?).await?;
    let Some(cycle) = cycle else {
        // Say nothing about existence to those who may not reconcile at all.
        return if caller.actor().is_secretariat() || caller.role == crate::domain::user::Role::Expert {
            Err(AppError::NotFound("cycle"))
        } else {
            Err(AppError::forbidden("only panel chairs and the secretariat reconcile"))
        };
    };
    let panels = moderated_panels(&caller, &cycle)?;
    store::consensus::settle(&state.db, &cycle).await?;
    let out = store::consensus::summaries(&state.db, &cycle)
        .await?
        .into_iter()
        .filter(|s| panels.as_ref().is_none_or(|p| p.contains(&s.item.panel_id)))
        .filter(|s| filter.status.as_deref().is_none_or(|f| f == s.status))
        .map(|s| QueueItem {
            id: s.item.id,
            city_id: s.item.city_id,
            measurement: s.item.measurement.clone(),
            panel_id: s.item.panel_id,
            median: s.stats.map(|x| x.median),
            spread: s.stats.map(|x| x.spread),
            scores: s.scores,
            status: s.status.to_owned(),
            has_feedback: s.consensus.as_ref().is_some_and(|c| c.feedback.is_some()),
            consensus: s.consensus.filter(|c| c.score.is_some()).map(|c| ConsensusBody {
                score: c.score,
                method: c.method,
            }),
        })
        .collect();
    Ok(axum::Json(out))
}

/// The item, if the caller may moderate it (its panel's chair, or the secretariat).
async fn moderatable(state: &AppState, caller: &User, raw: &str) -> Result<super::items::SeenItem, AppError> {
    let seen = visible_item(state, caller, raw).await?;
    if !(seen.is_chair || caller.actor().is_secretariat()) {
        return Err(AppError::forbidden(
            "only the panel's chair and the secretariat do this",
        ));
    }
    Ok(seen)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Moderate {
    score: i64,
    rationale: String,
}

#[derive(Serialize, ToSchema)]
struct Done {
    ok: bool,
}

/// Moderation: sets the consensus of an item that disagrees after its last revision round (409
/// otherwise), with a written rationale.
#[utoipa::path(post, path = "/api/v1/items/{id}/consensus", tag = "consensus", request_body = Moderate,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 200, body = Done), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn moderate(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    body: JsonBody,
) -> ApiResult<axum::Json<Done>> {
    let seen = moderatable(&state, &caller, &raw).await?;
    let body: Moderate = body.parse()?;
    let score = Score::try_from(body.score).map_err(|e| AppError::invalid("score", e))?;
    let rationale = body.rationale.as_str();
    store::consensus::settle(&state.db, &seen.cycle).await?;
    store::consensus::moderate(
        &state.db,
        caller.id,
        &seen.cycle,
        &seen.item,
        i16::from(score.value()),
        rationale,
    )
    .await?;
    Ok(axum::Json(Done { ok: true }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Feedback {
    /// The statement the city reads with its score.
    statement: String,
}

/// Writes the feedback statement for the city (the panel's chair or the secretariat).
#[utoipa::path(put, path = "/api/v1/items/{id}/feedback", tag = "consensus", request_body = Feedback,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 200, body = Done), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn feedback(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    body: JsonBody,
) -> ApiResult<axum::Json<Done>> {
    let seen = moderatable(&state, &caller, &raw).await?;
    let body: Feedback = body.parse()?;
    store::consensus::set_feedback(&state.db, caller.id, &seen.cycle, &seen.item, &body.statement).await?;
    Ok(axum::Json(Done { ok: true }))
}

#[derive(Serialize, ToSchema)]
struct AlphaBody {
    first_round: Option<f64>,
    #[serde(rename = "final")]
    final_: Option<f64>,
}

#[derive(Serialize, ToSchema)]
struct AgreementBody {
    krippendorff_alpha_ordinal: AlphaBody,
    exact_agreement: Option<f64>,
    adjacent_agreement: Option<f64>,
    items: usize,
}

impl From<&Agreement> for AgreementBody {
    fn from(a: &Agreement) -> Self {
        AgreementBody {
            krippendorff_alpha_ordinal: AlphaBody {
                first_round: a.alpha_first_round,
                final_: a.alpha_final,
            },
            exact_agreement: a.exact,
            adjacent_agreement: a.adjacent,
            items: a.items,
        }
    }
}

#[derive(Serialize, ToSchema)]
struct CycleAgreement {
    krippendorff_alpha_ordinal: AlphaBody,
    exact_agreement: Option<f64>,
    adjacent_agreement: Option<f64>,
    items: usize,
    /// Panel id → the same figures.
    per_panel: BTreeMap<String, AgreementBody>,
    /// Measurement code → the same figures.
    per_measurement: BTreeMap<String, AgreementBody>,
    /// Expert user id → deviation of their final scores from the consensus (secretariat only).
    /// Each expert's deviation from the consensus: for the secretariat only (absent for a chair).
    #[serde(skip_serializing_if = "Option::is_none")]
    per_expert: Option<BTreeMap<String, DeviationBody>>,
}

#[derive(Serialize, ToSchema)]
struct DeviationBody {
    /// Mean of (the expert's final score − the consensus): positive is lenient, negative strict.
    mean_signed: f64,
    mean_absolute: f64,
    items: usize,
}

/// Agreement statistics (secretariat): Krippendorff's alpha, ordinal, on first-round and final
/// ratings; exact and adjacent agreement of the first round; per panel and measurement; and each
/// expert's deviation from the consensus.
#[utoipa::path(get, path = "/api/v1/cycles/{id}/agreement", tag = "consensus", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, body = CycleAgreement), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn agreement(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<CycleAgreement>> {
    let cycle = store::cycles::get(&state.db, id_of(&raw, "cycle")?)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    // The panel chairs read the statistics too; who deviated how is for the secretariat alone.
    let chairs = cycle.panels.iter().any(|p| p.chair == Some(caller.id));
    if !caller.actor().is_secretariat() && !chairs {
        return Err(AppError::forbidden(
            "agreement statistics are for the panel chairs and the secretariat",
        ));
    }
    let (all, panels, measurements) = store::consensus::agreement(&state.db, &cycle).await?;
    let body = AgreementBody::from(&all);
    Ok(axum::Json(CycleAgreement {
        krippendorff_alpha_ordinal: body.krippendorff_alpha_ordinal,
        exact_agreement: body.exact_agreement,
        adjacent_agreement: body.adjacent_agreement,
        items: body.items,
        per_panel: panels
            .iter()
            .map(|(k, v)| (k.to_string(), AgreementBody::from(v)))
            .collect(),
        per_measurement: measurements
            .iter()
            .map(|(k, v)| (k.clone(), AgreementBody::from(v)))
            .collect(),
        per_expert: if !caller.actor().is_secretariat() {
            None
        } else {
            Some(
                store::consensus::expert_deviation(&state.db, &cycle)
                    .await?
                    .into_iter()
                    .map(|(e, (signed, abs, n))| {
                        let body = DeviationBody {
                            mean_signed: signed,
                            mean_absolute: abs,
                            items: n,
                        };
                        (e.to_string(), body)
                    })
                    .collect(),
            )
        },
    }))
}
