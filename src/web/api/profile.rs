//! A city's profile: `GET /api/v1/cities/{id}/profile` and `.../profile.csv`. Published cycles only;
//! that city's users and the secretariat; never a reviewer's identity.
use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::format::rfc3339;
use crate::read::{ProfileCycle, User};
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::{ApiUser, Id, Ids, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(profile))
        .routes(routes!(profile_csv))
        .routes(routes!(get_actions, put_actions))
        .routes(routes!(network_series))
}

#[derive(Serialize, ToSchema)]
struct ProfileCity {
    id: i32,
    name: String,
    country: String,
    region: Option<String>,
}

#[derive(Serialize, ToSchema)]
struct ScoreBody {
    measurement: String,
    score: u8,
    /// Excellent, Very good, Good, Fair or Poor.
    label: String,
    /// agreed, agreed_after_revision or moderated.
    method: String,
    feedback: String,
    /// The city's own rating in its report (self-assessment), beside the consensus; null: none.
    self_score: Option<u8>,
}

#[derive(Serialize, ToSchema)]
#[schema(as = ProfileStatisticBody)]
struct StatisticBody {
    year: Option<i32>,
    values: BTreeMap<String, f64>,
    /// official | survey, where the city said.
    source: Option<String>,
    provider: Option<String>,
    /// Why the city has no such figure; null: it has one (or said nothing).
    not_available: Option<String>,
    /// The secretariat's check: unchecked | verified | queried | answered | changed.
    verification: String,
}

#[derive(Serialize, ToSchema)]
#[schema(as = ProfileCycleBody)]
struct CycleBody {
    cycle_id: i32,
    name: String,
    published_at: Option<String>,
    scores: Vec<ScoreBody>,
    statistics: BTreeMap<String, StatisticBody>,
}

#[derive(Serialize, ToSchema)]
#[schema(as = CityProfileBody)]
pub struct ProfileBody {
    city: ProfileCity,
    cycles: Vec<CycleBody>,
    /// Every measurement across the published cycles, oldest first: `{cycle_id, score}` for the
    /// experts' review, `{cycle_id, values}` for a statistic.
    series: BTreeMap<String, Vec<SeriesPointBody>>,
}

#[derive(Serialize, ToSchema)]
struct SeriesPointBody {
    cycle_id: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    values: Option<BTreeMap<String, f64>>,
}

fn cycle_body(c: ProfileCycle) -> CycleBody {
    let verification = c.verification;
    CycleBody {
        cycle_id: c.cycle_id,
        name: c.name,
        published_at: rfc3339(c.published_at),
        scores: c
            .scores
            .into_iter()
            .map(|s| ScoreBody {
                label: s.score.label().to_owned(),
                measurement: s.measurement,
                score: s.score.value(),
                method: s.method.as_str().to_owned(),
                feedback: s.feedback,
                self_score: s.self_score,
            })
            .collect(),
        statistics: c
            .statistics
            .into_iter()
            .map(|(k, v)| {
                let checked = verification.get(&k).copied();
                (
                    k,
                    StatisticBody {
                        verification: checked
                            .unwrap_or(crate::domain::figures::CheckStatus::Unchecked)
                            .as_str()
                            .to_owned(),
                        year: v.year,
                        values: v.values,
                        source: v.source.map(|f| f.as_str().to_owned()),
                        provider: v.provider,
                        not_available: v.not_available.map(|n| n.reason),
                    },
                )
            })
            .collect(),
    }
}

/// The city's published review results: consensus scores with labels and feedback, and the
/// statistics it reported, per published cycle.
#[utoipa::path(get, path = "/api/v1/cities/{id}/profile", tag = "profile", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = ProfileBody), ApiErrors))]
async fn profile(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<ProfileBody>> {
    profile_json(&app, &caller, id).await
}

/// The profile as JSON for `caller`: the API's answer, and the page's download for a signed-in user.
pub async fn profile_json(app: &App, caller: &User, city_id: i32) -> ApiResult<axum::Json<ProfileBody>> {
    let (city, cycles) = app::profile::profile(app, caller, city_id).await?;
    Ok(axum::Json(ProfileBody {
        city: ProfileCity {
            id: city.id,
            name: city.name,
            country: city.country,
            region: city.region,
        },
        series: crate::read::series(&cycles)
            .into_iter()
            .map(|(code, points)| {
                (
                    code,
                    points
                        .into_iter()
                        .map(|p| SeriesPointBody {
                            cycle_id: p.cycle_id,
                            score: p.score,
                            values: p.values,
                        })
                        .collect(),
                )
            })
            .collect(),
        cycles: cycles.into_iter().map(cycle_body).collect(),
    }))
}

impl ProfileBody {
    pub fn city_id(&self) -> i32 {
        self.city.id
    }
}

/// The same as CSV: one row per measurement and cycle.
#[utoipa::path(get, path = "/api/v1/cities/{id}/profile.csv", tag = "profile", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, description = "CSV, one row per measurement and cycle: cycle_id, cycle, published_at, measurement, score, label, method, feedback, self_score (experts' review), year, values, source, provider, not_available, verification (statistics)", content_type = "text/csv"),
        ApiErrors))]
async fn profile_csv(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<impl IntoResponse> {
    profile_csv_for(&app, &caller, id).await
}

/// The profile as CSV for `caller` (see `profile_json`).
pub async fn profile_csv_for(app: &App, caller: &User, city_id: i32) -> ApiResult<impl IntoResponse + use<>> {
    let (city, cycles) = app::profile::profile(app, caller, city_id).await?;
    let internal = |e: csv::Error| AppError::Internal(e.into());
    // Through the one CSV writer: feedback that starts like a formula stays text.
    let mut w = crate::export::Csv::with_header(&[
        "cycle_id",
        "cycle",
        "published_at",
        "measurement",
        "score",
        "label",
        "method",
        "feedback",
        "self_score",
        "year",
        "values",
        "source",
        "provider",
        "not_available",
        "verification",
    ])
    .map_err(internal)?;
    for c in cycles {
        let published = rfc3339(c.published_at).unwrap_or_default();
        for s in &c.scores {
            w.row([
                c.cycle_id.to_string(),
                c.name.clone(),
                published.clone(),
                s.measurement.clone(),
                s.score.value().to_string(),
                s.score.label().to_owned(),
                s.method.as_str().to_owned(),
                s.feedback.clone(),
                s.self_score.map(|v| v.to_string()).unwrap_or_default(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ])
            .map_err(internal)?;
        }
        // The statistics the city reported, one row each: no score, the figures and their provenance.
        for (code, st) in &c.statistics {
            let values = st
                .values
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            w.row([
                c.cycle_id.to_string(),
                c.name.clone(),
                published.clone(),
                code.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                st.year.map(|y| y.to_string()).unwrap_or_default(),
                values,
                st.source.map(|f| f.as_str().to_owned()).unwrap_or_default(),
                st.provider.clone().unwrap_or_default(),
                st.not_available.as_ref().map(|n| n.reason.clone()).unwrap_or_default(),
                c.verification
                    .get(code)
                    .copied()
                    .unwrap_or(crate::domain::figures::CheckStatus::Unchecked)
                    .as_str()
                    .to_owned(),
            ])
            .map_err(internal)?;
        }
    }
    let bytes = w.into_bytes().map_err(internal)?;
    let filename = format!("attachment; filename=\"profile-{}.csv\"", city.id);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, filename),
        ],
        bytes,
    ))
}

#[derive(Serialize, serde::Deserialize, ToSchema)]
struct ActionsBody {
    /// Measurement code → what the city will do about its feedback.
    actions: std::collections::BTreeMap<String, String>,
}

/// A city's action plan for a published cycle (that city's users and the secretariat).
#[utoipa::path(get, path = "/api/v1/cities/{id}/actions/{cycle_id}", tag = "profile", security(("bearer" = [])),
    params(("id" = i32, Path), ("cycle_id" = i32, Path)), responses((status = 200, body = ActionsBody), ApiErrors))]
async fn get_actions(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
) -> ApiResult<axum::Json<ActionsBody>> {
    let (Id(id), Id(cycle_id)) = ids;
    let actions = app::actions::get(&app, &caller, id, cycle_id).await?;
    Ok(axum::Json(ActionsBody { actions }))
}

/// Writes the city's action plan for a published cycle (that city's own users): one text per
/// measurement with a published score, up to 5,000 characters; an empty text takes it out.
#[utoipa::path(put, path = "/api/v1/cities/{id}/actions/{cycle_id}", tag = "profile", request_body = ActionsBody,
    security(("bearer" = [])), params(("id" = i32, Path), ("cycle_id" = i32, Path)),
    responses((status = 200, body = ActionsBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn put_actions(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(ids): Ids<(Id, Id)>,
    body: crate::web::extract::JsonBody,
) -> ApiResult<axum::Json<ActionsBody>> {
    let (Id(id), Id(cycle_id)) = ids;
    let body: ActionsBody = body.parse()?;
    let actions = app::actions::set(&app, &caller, id, cycle_id, &body.actions).await?;
    Ok(axum::Json(ActionsBody { actions }))
}

#[derive(Serialize, ToSchema)]
struct NetworkCycleBody {
    cycle_id: i32,
    name: String,
}

#[derive(Serialize, ToSchema)]
struct NetworkPointBody {
    cycle_id: i32,
    /// How many cities got each consensus score, 1 (Poor) to 5 (Excellent).
    counts: [usize; 5],
    /// The median score, when any city has one.
    median: Option<u8>,
}

#[derive(Serialize, ToSchema)]
struct NetworkSeriesBody {
    /// The published cycles, oldest first.
    cycles: Vec<NetworkCycleBody>,
    /// Per experts'-review measurement, one point per published cycle: counts only, no city named.
    series: BTreeMap<String, Vec<NetworkPointBody>>,
}

/// The network over time (the secretariat): how the published consensus scores are spread across
/// cities, per measurement and cycle. Anonymous distributions only; never a ranking.
#[utoipa::path(get, path = "/api/v1/network/series", tag = "profile", security(("bearer" = [])),
    responses((status = 200, body = NetworkSeriesBody), ApiErrors))]
async fn network_series(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
) -> ApiResult<axum::Json<NetworkSeriesBody>> {
    let net = app::profile::network_series(&app, &staff).await?;
    let ids: Vec<i32> = net.cycles.iter().map(|(id, _)| *id).collect();
    Ok(axum::Json(NetworkSeriesBody {
        cycles: net
            .cycles
            .into_iter()
            .map(|(cycle_id, name)| NetworkCycleBody { cycle_id, name })
            .collect(),
        series: net
            .series
            .into_iter()
            .map(|(code, row)| {
                let points = ids
                    .iter()
                    .zip(row)
                    .map(|(id, counts)| NetworkPointBody {
                        cycle_id: *id,
                        median: crate::domain::score::median_of_counts(&counts),
                        counts,
                    })
                    .collect();
                (code, points)
            })
            .collect(),
    }))
}
