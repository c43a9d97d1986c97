//! Reconciliation and consensus: `/api/v1/cycles/{id}/items`, `/items/{id}/consensus`,
//! `/items/{id}/feedback`, `/cycles/{id}/agreement`.
use std::collections::BTreeMap;

use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::domain::item::QueueStatus;
use crate::domain::score::Score;
use crate::read::Agreement;
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::{ApiUser, Id, Ids, JsonBody};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_items))
        .routes(routes!(moderate))
        .routes(routes!(feedback))
        .routes(routes!(agreement))
        .routes(routes!(ratings_csv))
}

#[derive(Serialize, ToSchema)]
struct ConsensusBody {
    score: Option<u8>,
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
    /// The caller reviewed this item: they see its scores only once their own rating of the round
    /// is in, and the secretariat moderates it, not them.
    own_item: bool,
}

#[derive(Deserialize, IntoParams)]
struct StatusFilter {
    status: Option<String>,
}

/// The reconciliation queue: the items of the cycle (of the caller's panels, for a chair), with
/// their scores, statistics, status and consensus. `?status=` filters.
#[utoipa::path(get, path = "/api/v1/cycles/{id}/items", tag = "consensus", security(("bearer" = [])),
    params(("id" = i32, Path), StatusFilter),
    responses((status = 200, body = [QueueItem]), ApiErrors))]
async fn list_items(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    Query(filter): Query<StatusFilter>,
) -> ApiResult<axum::Json<Vec<QueueItem>>> {
    // An unknown status matches no item, as before there were statuses to parse.
    let status = match filter.status.as_deref() {
        None => None,
        Some(s) => match QueueStatus::parse(s) {
            Some(s) => Some(s),
            None => {
                app::consensus::reconciled_cycle(&app, &caller, id).await?;
                return Ok(axum::Json(vec![]));
            }
        },
    };
    let filter = app::consensus::QueueFilter {
        status,
        ..Default::default()
    };
    let (_, rows) = app::consensus::queue(&app, &caller, id, &filter).await?;
    let out = rows
        .into_iter()
        .map(|r| {
            let s = r.summary;
            QueueItem {
                id: s.item.id,
                city_id: s.item.city_id,
                measurement: s.item.measurement.clone(),
                panel_id: s.item.panel_id,
                median: s.stats.map(|x| x.median),
                spread: s.stats.map(|x| x.spread),
                scores: s.scores,
                status: s.status.as_str().to_owned(),
                has_feedback: s.consensus.as_ref().is_some_and(|c| c.feedback.is_some()),
                own_item: r.own_item,
                consensus: s.consensus.filter(|c| c.score.is_some()).map(|c| ConsensusBody {
                    score: c.score.map(Score::value),
                    method: c.method.map(|m| m.as_str().to_owned()),
                }),
            }
        })
        .collect();
    Ok(axum::Json(out))
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
    responses((status = 200, body = Done), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn moderate(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<Done>> {
    let access = app::consensus::moderatable(&app, &caller, id).await?;
    app::consensus::require_moderator(&app, &caller, &access).await?;
    let body: Moderate = body.parse()?;
    let score = Score::try_from(body.score).map_err(|e| AppError::invalid("score", e))?;
    app::consensus::moderate(&app, &caller, &access, score, &body.rationale).await?;
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
    responses((status = 200, body = Done), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn feedback(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<Done>> {
    let access = app::consensus::moderatable(&app, &caller, id).await?;
    let body: Feedback = body.parse()?;
    app::consensus::set_feedback(&app, &caller, &access, &body.statement).await?;
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

/// Agreement statistics (the panel chairs and the secretariat): Krippendorff's alpha, ordinal, on
/// first-round and final ratings; exact and adjacent agreement of the first round; per panel and
/// measurement; and, for the secretariat only, each expert's deviation from the consensus.
#[utoipa::path(get, path = "/api/v1/cycles/{id}/agreement", tag = "consensus", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = CycleAgreement), ApiErrors))]
async fn agreement(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<CycleAgreement>> {
    let ((all, panels, measurements), deviation) = app::consensus::agreement(&app, &caller, id).await?;
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
        per_expert: deviation.map(|d| {
            d.into_iter()
                .map(|(e, (signed, abs, n))| {
                    let body = DeviationBody {
                        mean_signed: signed,
                        mean_absolute: abs,
                        items: n,
                    };
                    (e.to_string(), body)
                })
                .collect()
        }),
    }))
}

/// Every rating of a cycle as CSV, with each reviewer's id, name and e-mail (the secretariat only:
/// reviewer identities reach nobody else).
#[utoipa::path(get, path = "/api/v1/cycles/{id}/ratings.csv", tag = "consensus", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, description = "CSV: city, country, panel, measurement, round, reviewer_id, reviewer_name, reviewer_email, score, label, confidence, submitted, set_aside, justification", content_type = "text/csv"),
        ApiErrors))]
async fn ratings_csv(
    crate::web::extract::Secretariat(staff): crate::web::extract::Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::response::Response> {
    ratings_csv_for(&app, &staff, id).await
}

/// The ratings export, for the API and for the secretariat's page link alike.
pub async fn ratings_csv_for(app: &App, staff: &app::Staff, cycle_id: i32) -> ApiResult<axum::response::Response> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let (cycle, rows) = app::consensus::ratings_export(app, staff, cycle_id).await?;
    let internal = |e: csv::Error| AppError::Internal(e.into());
    let mut w = crate::export::Csv::with_header(&[
        "city",
        "country",
        "panel",
        "measurement",
        "round",
        "reviewer_id",
        "reviewer_name",
        "reviewer_email",
        "score",
        "label",
        "confidence",
        "submitted",
        "set_aside",
        "justification",
    ])
    .map_err(internal)?;
    for r in rows {
        w.row([
            r.city,
            r.country,
            r.panel,
            r.measurement,
            r.round.to_string(),
            r.reviewer_id.to_string(),
            r.reviewer_name,
            r.reviewer_email,
            r.score.value().to_string(),
            r.score.label().to_owned(),
            r.confidence.unwrap_or_default(),
            r.submitted.to_string(),
            r.set_aside.to_string(),
            r.justification,
        ])
        .map_err(internal)?;
    }
    let bytes = w.into_bytes().map_err(internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"ratings-cycle-{}.csv\"", cycle.id),
            ),
        ],
        bytes,
    )
        .into_response())
}
