//! Review cycles and their reports: `/api/v1/cycles…`.
use crate::domain::assignment::affinity::{AffinityChange, AffinityRule, Continuity};
use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::domain::cycle::{CycleSettings, CycleState, Deadlines};
use crate::domain::report::{Narrative, ReportContent, Statistic};
use crate::format::rfc3339;
use crate::read::{Cycle, Submission};
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::{ApiUser, Id, Ids, Json, JsonBody, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_cycle, list_cycles))
        .routes(routes!(get_cycle, patch_cycle))
        .routes(routes!(set_extension, remove_extension))
        .routes(routes!(close_round))
        .routes(routes!(update_panel))
        .routes(routes!(transition))
        .routes(routes!(get_submission, save_submission))
        .routes(routes!(submit_submission))
        .routes(routes!(return_submission))
        .routes(routes!(list_checks))
        .routes(routes!(check_figure))
        .routes(routes!(answer_query))
}

#[derive(Serialize, ToSchema)]
struct RuleBody {
    /// Ratings agree when max − min is at most this.
    max_spread: u8,
    /// Revision rounds before moderation.
    revision_rounds: u8,
}

#[derive(Serialize, Deserialize, ToSchema, Default)]
struct DeadlinesBody {
    /// RFC 3339.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>)]
    submission: Option<OffsetDateTime>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>)]
    review: Option<OffsetDateTime>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[schema(value_type = Option<String>)]
    reconciliation: Option<OffsetDateTime>,
}

#[derive(Serialize, ToSchema)]
struct PanelBody {
    id: i32,
    name: String,
    measurements: Vec<String>,
    members: Vec<i32>,
    chair: Option<i32>,
}

#[derive(Serialize, ToSchema)]
struct ProgressBody {
    cities: usize,
    draft: usize,
    submitted: usize,
    returned: usize,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
enum StateBody {
    Draft,
    Collecting,
    Reviewing,
    Reconciling,
    Published,
    Archived,
}

impl From<CycleState> for StateBody {
    fn from(s: CycleState) -> Self {
        match s {
            CycleState::Draft => StateBody::Draft,
            CycleState::Collecting => StateBody::Collecting,
            CycleState::Reviewing => StateBody::Reviewing,
            CycleState::Reconciling => StateBody::Reconciling,
            CycleState::Published => StateBody::Published,
            CycleState::Archived => StateBody::Archived,
        }
    }
}

#[derive(Serialize, ToSchema)]
struct CycleBody {
    id: i32,
    name: String,
    state: StateBody,
    /// The framework edition the cycle is pinned to.
    edition: String,
    panel_size: u8,
    conflict_same_country: bool,
    rule: RuleBody,
    min_justification_chars: u16,
    /// The same: the shortest justification a submitted rating may have.
    min_justification: u16,
    deadlines: DeadlinesBody,
    /// What the assignment maximises besides filling every place: see `affinity` in the request.
    affinity: AffinityBody,
    city_ids: Vec<i32>,
    /// From review on: the participating cities whose report is not submitted. They have no part in
    /// the cycle's review (their items are hidden and count nowhere).
    out_of_review: Vec<i32>,
    panels: Vec<PanelBody>,
    progress: ProgressBody,
    /// Incremented by every change.
    version: i32,
    created_at: String,
}

impl From<Cycle> for CycleBody {
    fn from(c: Cycle) -> Self {
        CycleBody {
            id: c.id,
            name: c.name,
            state: c.state.into(),
            edition: c.edition,
            panel_size: c.panel_size,
            conflict_same_country: c.conflict_same_country,
            rule: RuleBody {
                max_spread: c.max_spread,
                revision_rounds: c.revision_rounds,
            },
            min_justification_chars: c.min_justification_chars,
            min_justification: c.min_justification_chars,
            deadlines: DeadlinesBody {
                submission: c.deadlines.submission,
                review: c.deadlines.review,
                reconciliation: c.deadlines.reconciliation,
            },
            affinity: c.affinity.into(),
            city_ids: c.city_ids,
            out_of_review: c.out_of_review,
            panels: c
                .panels
                .into_iter()
                .map(|p| PanelBody {
                    id: p.id,
                    name: p.name,
                    measurements: p.measurements,
                    members: p.members,
                    chair: p.chair,
                })
                .collect(),
            progress: ProgressBody {
                cities: c.progress.cities,
                draft: c.progress.draft,
                submitted: c.progress.submitted,
                returned: c.progress.returned,
            },
            version: c.version,
            created_at: rfc3339(Some(c.created_at)).unwrap_or_default(),
        }
    }
}

/// How much each term of an expert's fit counts (0–10 each).
#[derive(Serialize, ToSchema)]
struct WeightsBody {
    /// The share of the panel's areas of focus in the expert's expertise.
    expertise: u8,
    /// The expert knows the city's UNESCO region.
    region: u8,
    /// The expert reads the report's language natively.
    native_language: u8,
    /// The continuity stance is met (counts only when `continuity` is not `off`).
    continuity: u8,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
enum ContinuityBody {
    /// Who reviewed the city in its previous cycle does not matter.
    Off,
    /// The same reviewers again, for comparability.
    Prefer,
    /// Other reviewers, for fresh eyes.
    Avoid,
}

/// The affinity the assignment maximises: a weighted mean of the terms, 0–10 per (city, panel,
/// expert), explained on the assignment page.
#[derive(Serialize, ToSchema)]
struct AffinityBody {
    weights: WeightsBody,
    continuity: ContinuityBody,
}

impl From<AffinityRule> for AffinityBody {
    fn from(a: AffinityRule) -> Self {
        AffinityBody {
            weights: WeightsBody {
                expertise: a.weights.expertise,
                region: a.weights.region,
                native_language: a.weights.native_language,
                continuity: a.weights.continuity,
            },
            continuity: match a.continuity {
                Continuity::Off => ContinuityBody::Off,
                Continuity::Prefer => ContinuityBody::Prefer,
                Continuity::Avoid => ContinuityBody::Avoid,
            },
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct WeightsInput {
    expertise: Option<i64>,
    region: Option<i64>,
    native_language: Option<i64>,
    continuity: Option<i64>,
}

/// Parts of the affinity rule; what is left out stays as it is (defaults: expertise 6, region 2,
/// native language 2, continuity 2, continuity `off`).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AffinityInput {
    weights: Option<WeightsInput>,
    /// `off`, `prefer` or `avoid`.
    continuity: Option<String>,
}

impl From<AffinityInput> for AffinityChange {
    fn from(a: AffinityInput) -> Self {
        let w = a.weights;
        AffinityChange {
            expertise: w.as_ref().and_then(|w| w.expertise),
            region: w.as_ref().and_then(|w| w.region),
            native_language: w.as_ref().and_then(|w| w.native_language),
            continuity_weight: w.as_ref().and_then(|w| w.continuity),
            continuity: a.continuity,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RuleInput {
    max_spread: Option<i64>,
    revision_rounds: Option<i64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct CreateCycle {
    name: String,
    city_ids: Vec<i32>,
    /// Experts per (city, panel) bundle, 2–7; default 3.
    panel_size: Option<i64>,
    /// Whether an expert may not review a city of their own country; default true.
    conflict_same_country: Option<bool>,
    rule: Option<RuleInput>,
    /// Minimum length of a rating's justification; default 50.
    min_justification_chars: Option<i64>,
    #[serde(default)]
    deadlines: Option<DeadlinesBody>,
    /// The framework edition (see `GET /api/v1/framework/editions`); default: the server's.
    #[serde(default)]
    edition: Option<String>,
    /// What the assignment weighs; default weights, continuity `off`.
    #[serde(default)]
    affinity: Option<AffinityInput>,
}

/// Opens a new review cycle in draft, with the four default panels (secretariat only).
#[utoipa::path(post, path = "/api/v1/cycles", tag = "cycles", request_body = CreateCycle, security(("bearer" = [])),
    responses((status = 201, body = CycleBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn create_cycle(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Json(body): Json<CreateCycle>,
) -> ApiResult<(StatusCode, axum::Json<CycleBody>)> {
    let d = body.deadlines.unwrap_or_default();
    let settings = CycleSettings::parse(
        &body.name,
        body.panel_size,
        body.conflict_same_country,
        body.rule.as_ref().and_then(|r| r.max_spread),
        body.rule.as_ref().and_then(|r| r.revision_rounds),
        body.min_justification_chars,
        Deadlines {
            submission: d.submission,
            review: d.review,
            reconciliation: d.reconciliation,
        },
    )
    .map_err(|(field, message)| AppError::invalid(field, message))?;
    let settings = match body.affinity {
        Some(a) => settings.with_affinity(
            AffinityRule::parse(AffinityRule::default(), &a.into())
                .map_err(|(field, message)| AppError::invalid(field, message))?,
        ),
        None => settings,
    };
    let cycle = app::cycles::create_on(&app, &staff, settings, &body.city_ids, body.edition.as_deref()).await?;
    Ok((StatusCode::CREATED, axum::Json(cycle.into())))
}

/// Every review cycle, newest first (secretariat only).
#[utoipa::path(get, path = "/api/v1/cycles", tag = "cycles", security(("bearer" = [])),
    responses((status = 200, body = [CycleBody]), ApiErrors))]
async fn list_cycles(Secretariat(staff): Secretariat, State(app): State<App>) -> ApiResult<axum::Json<Vec<CycleBody>>> {
    let cycles = app::cycles::list(&app, &staff).await?;
    Ok(axum::Json(cycles.into_iter().map(CycleBody::from).collect()))
}

/// One review cycle (secretariat only).
#[utoipa::path(get, path = "/api/v1/cycles/{id}", tag = "cycles", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = CycleBody), ApiErrors))]
async fn get_cycle(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<CycleBody>> {
    Ok(axum::Json(app::cycles::get(&app, &caller, id).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct UpdatePanel {
    /// User ids of the panel's experts.
    members: Vec<i32>,
    /// A member who chairs the panel; null for no chair; absent: unchanged.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i32>)]
    chair: Option<Option<i32>>,
    /// Experts'-review measurement codes; omitted: unchanged.
    measurements: Option<Vec<String>>,
}

/// A field that may be absent (None), null (Some(None)) or a value: serde reads a present field
/// through this, and `default` gives None for an absent one.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// Sets a panel's members, chair and measurements (secretariat; draft or collecting only, else 409).
#[utoipa::path(put, path = "/api/v1/cycles/{id}/panels/{panel_id}", tag = "cycles", request_body = UpdatePanel,
    security(("bearer" = [])), params(("id" = i32, Path), ("panel_id" = i32, Path)),
    responses((status = 200, body = CycleBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn update_panel(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
    body: JsonBody,
) -> ApiResult<axum::Json<CycleBody>> {
    let (Id(id), Id(panel_id)) = ids;
    let (cycle, panel) = app::cycles::panel(&app, &staff, id, panel_id).await?;
    let body: UpdatePanel = body.parse()?;
    let change = app::cycles::PanelChange {
        members: body.members,
        chair: body.chair,
        measurements: body.measurements,
    };
    let cycle = app::cycles::update_panel(&app, &staff, &cycle, panel.id, change).await?;
    Ok(axum::Json(cycle.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct TransitionBody {
    /// collecting, reviewing, reconciling, published or archived.
    #[schema(value_type = TargetState)]
    to: String,
    /// To reviewing: go ahead although some bundles have fewer than k experts (with `reason`).
    #[serde(default)]
    allow_underfilled: bool,
    /// Why the short bundles may go to review (at least 10 characters; needed only when some bundle
    /// is short); audited.
    #[serde(default)]
    #[schema(pattern = "^[^\\x00]*$")]
    reason: Option<String>,
}

/// The states a cycle can be moved to (for the OpenAPI document; the handler parses the text and
/// names a wrong one in its 422).
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "snake_case")]
enum TargetState {
    Collecting,
    Reviewing,
    Reconciling,
    Published,
    Archived,
}

/// Moves the cycle to its next state, or 409 with the reason it cannot (secretariat only).
#[utoipa::path(post, path = "/api/v1/cycles/{id}/transition", tag = "cycles", request_body = TransitionBody,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 200, body = CycleBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn transition(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<CycleBody>> {
    let cycle = app::cycles::open(&app, &staff, id).await?;
    let body: TransitionBody = body.parse()?;
    let to = CycleState::parse(&body.to)
        .filter(|s| *s != CycleState::Draft)
        .ok_or_else(|| AppError::invalid("to", format!("`{}` is not a state a cycle can move to", body.to)))?;
    let short = app::cycles::ShortBundles {
        allow: body.allow_underfilled,
        reason: body.reason,
    };
    let cycle = app::cycles::transition_with(&app, &staff, cycle.id, to, &short).await?;
    Ok(axum::Json(cycle.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DeadlinesPatch {
    /// RFC 3339, or null to remove the deadline; absent: unchanged.
    #[serde(default, deserialize_with = "patch_instant")]
    #[schema(value_type = Option<String>)]
    submission: Option<Option<OffsetDateTime>>,
    #[serde(default, deserialize_with = "patch_instant")]
    #[schema(value_type = Option<String>)]
    review: Option<Option<OffsetDateTime>>,
    #[serde(default, deserialize_with = "patch_instant")]
    #[schema(value_type = Option<String>)]
    reconciliation: Option<Option<OffsetDateTime>>,
}

/// A field that may be absent (unchanged), null (removed) or an RFC 3339 instant.
fn patch_instant<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<OffsetDateTime>>, D::Error> {
    let raw: Option<String> = Option::deserialize(d)?;
    match raw {
        None => Ok(Some(None)),
        Some(s) => OffsetDateTime::parse(&s, &time::format_description::well_known::Rfc3339)
            .map(|t| Some(Some(t)))
            .map_err(|_| serde::de::Error::custom(format!("`{s}` is not an RFC 3339 instant"))),
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RulePatch {
    max_spread: Option<i64>,
    revision_rounds: Option<i64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PatchCycle {
    name: Option<String>,
    deadlines: Option<DeadlinesPatch>,
    /// Replaces the participating cities (draft or collecting).
    city_ids: Option<Vec<i32>>,
    panel_size: Option<i64>,
    conflict_same_country: Option<bool>,
    rule: Option<RulePatch>,
    /// The shortest justification a submitted rating may have.
    min_justification: Option<i64>,
    /// Another framework edition (while draft only; the panels take its default measurements).
    edition: Option<String>,
    /// Parts of the affinity rule (until the assignment is confirmed).
    affinity: Option<AffinityInput>,
}

/// Changes a cycle mid-flight (secretariat): deadlines while their phase is under way (a new one in
/// the past: 422; one of a phase the cycle left: 409); the cities while draft or collecting
/// (removing one whose report is submitted: 409); the panel size, the rules and the minimum
/// justification until the assignment is confirmed (409 after). Audited; the people concerned are
/// told by e-mail.
#[utoipa::path(patch, path = "/api/v1/cycles/{id}", tag = "cycles", request_body = PatchCycle,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 200, body = CycleBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn patch_cycle(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<CycleBody>> {
    let cycle = app::cycles::open(&app, &staff, id).await?;
    let body: PatchCycle = body.parse()?;
    let mut deadlines = Vec::new();
    if let Some(d) = body.deadlines {
        use crate::domain::cycle::DeadlineKind;
        for (kind, v) in [
            (DeadlineKind::Submission, d.submission),
            (DeadlineKind::Review, d.review),
            (DeadlineKind::Reconciliation, d.reconciliation),
        ] {
            if let Some(at) = v {
                deadlines.push((kind, at));
            }
        }
    }
    let patch = app::cycles::CyclePatch {
        name: body.name,
        edition: body.edition,
        deadlines,
        city_ids: body.city_ids,
        panel_size: body.panel_size,
        conflict_same_country: body.conflict_same_country,
        max_spread: body.rule.as_ref().and_then(|r| r.max_spread),
        revision_rounds: body.rule.as_ref().and_then(|r| r.revision_rounds),
        min_justification: body.min_justification,
        affinity: body.affinity.map(AffinityChange::from),
    };
    Ok(axum::Json(
        app::cycles::update(&app, &staff, cycle.id, patch).await?.into(),
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ExtensionBody {
    /// RFC 3339: later than the current round's deadline.
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String)]
    until: OffsetDateTime,
}

#[derive(Serialize, ToSchema)]
struct ExtensionSet {
    user_id: i32,
    until: String,
}

/// Gives one expert until `until` to rate in the current round (secretariat). The round needs a
/// deadline, and `until` must come after it (else 422). The expert is told.
#[utoipa::path(put, path = "/api/v1/cycles/{id}/extensions/{user_id}", tag = "cycles", request_body = ExtensionBody,
    security(("bearer" = [])), params(("id" = i32, Path), ("user_id" = i32, Path)),
    responses((status = 200, body = ExtensionSet), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn set_extension(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
    body: JsonBody,
) -> ApiResult<axum::Json<ExtensionSet>> {
    let (Id(id), Id(user_id)) = ids;
    let cycle = app::cycles::open(&app, &staff, id).await?;
    let body: ExtensionBody = body.parse()?;
    app::cycles::set_extension(&app, &staff, cycle.id, user_id, body.until).await?;
    Ok(axum::Json(ExtensionSet {
        user_id,
        until: rfc3339(Some(body.until)).unwrap_or_default(),
    }))
}

/// Withdraws a personal extension of the current round (secretariat); 404 when there is none.
#[utoipa::path(delete, path = "/api/v1/cycles/{id}/extensions/{user_id}", tag = "cycles",
    security(("bearer" = [])), params(("id" = i32, Path), ("user_id" = i32, Path)),
    responses((status = 204, description = "Withdrawn"), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn remove_extension(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
) -> ApiResult<StatusCode> {
    let (Id(id), Id(user_id)) = ids;
    let cycle = app::cycles::open(&app, &staff, id).await?;
    app::cycles::remove_extension(&app, &staff, cycle.id, user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct CloseRound {
    /// Only these items; omitted: every item of the cycle in a revision round.
    #[serde(default)]
    items: Option<Vec<i32>>,
}

#[derive(Serialize, ToSchema)]
struct Closed {
    /// How many items settled.
    settled: usize,
}

/// Closes revision rounds now, as at the deadline (secretariat, while reconciling; 409 otherwise):
/// those who did not resubmit keep their previous score. No body: every item in a revision round.
#[utoipa::path(post, path = "/api/v1/cycles/{id}/close-round", tag = "consensus", request_body = Option<CloseRound>,
    security(("bearer" = [])), params(("id" = i32, Path)),
    responses((status = 200, body = Closed), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn close_round(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<Closed>> {
    let cycle = app::cycles::open(&app, &staff, id).await?;
    let body: CloseRound = if body.0.iter().all(u8::is_ascii_whitespace) {
        CloseRound { items: None }
    } else {
        body.parse()?
    };
    let settled = app::consensus::close_round(&app, &staff, cycle.id, body.items.as_deref()).await?;
    Ok(axum::Json(Closed { settled }))
}

#[derive(Serialize, Deserialize, ToSchema, Clone)]
struct NarrativeBody {
    #[serde(default)]
    text: String,
    #[serde(default)]
    evidence_links: Vec<String>,
    /// The city's own rating of the measurement, 1 (Poor) to 5 (Excellent), optional: reviewers
    /// see it only once their own rating is in; the profile shows it beside the consensus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    self_score: Option<i64>,
}

#[derive(Serialize, Deserialize, ToSchema, Clone)]
struct StatisticBody {
    /// The reference year.
    year: Option<i32>,
    /// Breakdown name → value; a measurement without breakdowns uses `Total`. A percentage is 0–100,
    /// a rating 1–5, anything else never negative; a percentage's total lies between its parts.
    #[serde(default)]
    values: BTreeMap<String, f64>,
    /// official | survey: required where the framework allows either.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    /// Who provided the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    provider: Option<String>,
    /// The figure is not available, and why (then no values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not_available: Option<NotAvailableBody>,
}

#[derive(Serialize, Deserialize, ToSchema, Clone)]
struct NotAvailableBody {
    reason: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
enum ReportStateBody {
    Draft,
    Submitted,
    Returned,
}

#[derive(Serialize, ToSchema)]
struct SubmissionBody {
    city_id: i32,
    state: ReportStateBody,
    /// ISO 639-1: the language the report is written in.
    language: Option<String>,
    narratives: BTreeMap<String, NarrativeBody>,
    statistics: BTreeMap<String, StatisticBody>,
    version: i32,
    /// The secretariat's message when the report was returned for correction.
    return_message: Option<String>,
    submitted_at: Option<String>,
}

impl From<Submission> for SubmissionBody {
    fn from(s: Submission) -> Self {
        use crate::domain::report::ReportState;
        SubmissionBody {
            city_id: s.city_id,
            state: match s.state {
                ReportState::Draft => ReportStateBody::Draft,
                ReportState::Submitted => ReportStateBody::Submitted,
                ReportState::Returned => ReportStateBody::Returned,
            },
            language: s.content.language,
            narratives: s
                .content
                .narratives
                .into_iter()
                .map(|(k, n)| {
                    (
                        k,
                        NarrativeBody {
                            text: n.text,
                            evidence_links: n.evidence_links,
                            self_score: n.self_score.map(i64::from),
                        },
                    )
                })
                .collect(),
            statistics: s
                .content
                .statistics
                .into_iter()
                .map(|(k, v)| {
                    (
                        k,
                        StatisticBody {
                            year: v.year,
                            values: v.values,
                            source: v.source.map(|f| f.as_str().to_owned()),
                            provider: v.provider,
                            not_available: v.not_available.map(|n| NotAvailableBody { reason: n.reason }),
                        },
                    )
                })
                .collect(),
            version: s.version,
            return_message: s.return_message,
            submitted_at: rfc3339(s.submitted_at),
        }
    }
}

/// A statistic as sent, read into the report's terms (422 naming an unknown source).
fn statistic_of(code: &str, st: StatisticBody) -> Result<Statistic, AppError> {
    let source = match st.source.as_deref() {
        None => None,
        Some(v) => Some(crate::domain::report::FigureSource::parse(v).ok_or_else(|| {
            crate::app::AppError::invalid(
                format!("statistics.{code}.source"),
                format!("`{v}` is not a source: official or survey"),
            )
        })?),
    };
    Ok(Statistic {
        year: st.year,
        values: st.values,
        source,
        provider: st.provider,
        not_available: st
            .not_available
            .map(|n| crate::domain::report::NotAvailable { reason: n.reason }),
    })
}

#[derive(Deserialize, ToSchema)]
struct SaveSubmission {
    language: Option<String>,
    #[serde(default)]
    narratives: BTreeMap<String, NarrativeBody>,
    #[serde(default)]
    statistics: BTreeMap<String, StatisticBody>,
    /// The version read; a stale one gets 409. Omitted: no check.
    version: Option<i32>,
    // Fields of the GET response may be sent back as they were; they are not the caller's to set.
    #[serde(default)]
    #[allow(dead_code)]
    city_id: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    state: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    return_message: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    submitted_at: Option<serde_json::Value>,
}

/// A city's report in a cycle: that city's users and the secretariat.
#[utoipa::path(get, path = "/api/v1/cycles/{id}/submissions/{city_id}", tag = "reports", security(("bearer" = [])),
    params(("id" = i32, Path), ("city_id" = i32, Path)),
    responses((status = 200, body = SubmissionBody), ApiErrors))]
async fn get_submission(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
) -> ApiResult<axum::Json<SubmissionBody>> {
    let (Id(id), Id(city_id)) = ids;
    let access = app::reports::visible(&app, &caller, id, city_id).await?;
    Ok(axum::Json(access.report.into()))
}

/// Saves the report as a draft: the city's users, while the cycle collects (409 otherwise, and when
/// submitted or stale). Every key is checked against the framework (422 naming it).
#[utoipa::path(put, path = "/api/v1/cycles/{id}/submissions/{city_id}", tag = "reports", request_body = SaveSubmission,
    security(("bearer" = [])), params(("id" = i32, Path), ("city_id" = i32, Path)),
    responses((status = 200, body = SubmissionBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn save_submission(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
    body: JsonBody,
) -> ApiResult<axum::Json<SubmissionBody>> {
    let (Id(id), Id(city_id)) = ids;
    let access = app::reports::visible(&app, &caller, id, city_id).await?;
    app::reports::require_writer(&caller, &access)?;
    let body: SaveSubmission = body.parse()?;
    let mut narratives = BTreeMap::new();
    for (k, n) in body.narratives {
        let self_score = match n.self_score {
            None => None,
            Some(v) => Some(u8::try_from(v).ok().filter(|s| (1..=5).contains(s)).ok_or_else(|| {
                crate::app::AppError::invalid(
                    format!("narratives.{k}.self_score"),
                    format!("the city's own rating is 1 (Poor) to 5 (Excellent), not {v}"),
                )
            })?),
        };
        narratives.insert(
            k,
            Narrative {
                text: n.text,
                evidence_links: n.evidence_links,
                self_score,
            },
        );
    }
    let statistics = body
        .statistics
        .into_iter()
        .map(|(k, st)| statistic_of(&k, st).map(|st| (k, st)))
        .collect::<Result<BTreeMap<_, _>, _>>()?;
    let content = ReportContent {
        language: body.language,
        narratives,
        statistics,
    };
    let saved = app::reports::save_draft(&app, &caller, &access, content, body.version).await?;
    Ok(axum::Json(saved.into()))
}

/// Submits the report; it is then locked (city users, while collecting). 422 lists the
/// experts'-review measurements that still lack a narrative.
#[utoipa::path(post, path = "/api/v1/cycles/{id}/submissions/{city_id}/submit", tag = "reports",
    security(("bearer" = [])), params(("id" = i32, Path), ("city_id" = i32, Path)),
    responses((status = 200, body = SubmissionBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn submit_submission(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
) -> ApiResult<axum::Json<SubmissionBody>> {
    let (Id(id), Id(city_id)) = ids;
    let access = app::reports::visible(&app, &caller, id, city_id).await?;
    let saved = app::reports::submit(&app, &caller, &access).await?;
    Ok(axum::Json(saved.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct ReturnBody {
    /// What the city should correct.
    message: String,
}

/// Returns a submitted report to its city for correction, with a message (secretariat only).
#[utoipa::path(post, path = "/api/v1/cycles/{id}/submissions/{city_id}/return", tag = "reports",
    request_body = ReturnBody, security(("bearer" = [])), params(("id" = i32, Path), ("city_id" = i32, Path)),
    responses((status = 200, body = SubmissionBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn return_submission(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
    body: JsonBody,
) -> ApiResult<axum::Json<SubmissionBody>> {
    let (Id(id), Id(city_id)) = ids;
    let access = app::reports::visible(&app, &caller, id, city_id).await?;
    let staff = app::Staff::of(&caller).map_err(|_| AppError::forbidden("only the secretariat returns reports"))?;
    let body: ReturnBody = body.parse()?;
    let saved = app::reports::return_for_correction(&app, &staff, &access, &body.message).await?;
    Ok(axum::Json(saved.into()))
}

#[derive(Serialize, ToSchema)]
struct CheckedFigureBody {
    measurement: String,
    /// unchecked | verified | queried | answered (the city answered or changed the figure since the
    /// question) | changed (the figure changed since it was verified).
    status: String,
    /// The secretariat's open or last question.
    #[serde(skip_serializing_if = "Option::is_none")]
    question: Option<String>,
    /// The city's answer to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    answer: Option<String>,
}

impl From<crate::read::CheckedFigure> for CheckedFigureBody {
    fn from(c: crate::read::CheckedFigure) -> Self {
        CheckedFigureBody {
            measurement: c.measurement,
            status: c.status.as_str().to_owned(),
            question: c.question,
            answer: c.answer,
        }
    }
}

#[derive(Serialize, ToSchema)]
struct ChecksBody {
    /// One per figure the report gives.
    figures: Vec<CheckedFigureBody>,
}

/// Where each figure of a report stands: verified, queried, answered … (whoever may read the
/// report). Names no one.
#[utoipa::path(get, path = "/api/v1/cycles/{id}/submissions/{city_id}/checks", tag = "reports",
    security(("bearer" = [])), params(("id" = i32, Path), ("city_id" = i32, Path)),
    responses((status = 200, body = ChecksBody), ApiErrors))]
async fn list_checks(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
) -> ApiResult<axum::Json<ChecksBody>> {
    let (Id(id), Id(city_id)) = ids;
    let access = app::reports::visible(&app, &caller, id, city_id).await?;
    let figures = app::reports::figures(&app, &access).await?;
    Ok(axum::Json(ChecksBody {
        figures: figures.into_iter().map(Into::into).collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct CheckBody {
    /// verified | query
    status: String,
    /// What the city should check (a query).
    question: Option<String>,
}

/// The secretariat verifies a figure of a submitted report, or queries it with a question (the
/// city's users are e-mailed). 409 `report_state` for a draft or an archived cycle.
#[utoipa::path(put, path = "/api/v1/cycles/{id}/submissions/{city_id}/checks/{measurement}", tag = "reports",
    request_body = CheckBody, security(("bearer" = [])),
    params(("id" = i32, Path), ("city_id" = i32, Path), ("measurement" = String, Path)),
    responses((status = 200, body = CheckedFigureBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn check_figure(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id, String)>,
    body: JsonBody,
) -> ApiResult<axum::Json<CheckedFigureBody>> {
    let (Id(id), Id(city_id), code) = ids;
    let access = app::reports::visible(&app, &caller, id, city_id).await?;
    let staff = app::Staff::of(&caller).map_err(|_| AppError::forbidden("only the secretariat checks figures"))?;
    let body: CheckBody = body.parse()?;
    let decision = crate::domain::figures::Decision::parse(&body.status, body.question.as_deref())
        .map_err(|(field, message)| AppError::invalid(field, message))?;
    let checked = app::reports::check_figure(&app, &staff, &access, &code, decision).await?;
    Ok(axum::Json(checked.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AnswerBody {
    /// The city's answer, in words.
    answer: String,
    /// A corrected figure, replacing the report's.
    statistic: Option<StatisticBody>,
}

/// The city answers the secretariat's question about a figure, in words and optionally with a
/// corrected figure (written into the report even when it is locked). 409 `no_query` when there is
/// no open question.
#[utoipa::path(post, path = "/api/v1/cycles/{id}/submissions/{city_id}/checks/{measurement}/answer", tag = "reports",
    request_body = AnswerBody, security(("bearer" = [])),
    params(("id" = i32, Path), ("city_id" = i32, Path), ("measurement" = String, Path)),
    responses((status = 200, body = SubmissionBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn answer_query(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id, String)>,
    body: JsonBody,
) -> ApiResult<axum::Json<SubmissionBody>> {
    let (Id(id), Id(city_id), code) = ids;
    let access = app::reports::visible(&app, &caller, id, city_id).await?;
    app::reports::require_writer(&caller, &access)?;
    let body: AnswerBody = body.parse()?;
    let corrected = body.statistic.map(|st| statistic_of(&code, st)).transpose()?;
    let saved = app::reports::answer_query(&app, &caller, &access, &code, &body.answer, corrected).await?;
    Ok(axum::Json(saved.into()))
}
