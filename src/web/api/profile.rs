//! A city's profile: `GET /api/v1/cities/{id}/profile` and `.../profile.csv`. Published cycles only;
//! that city's users and the secretariat; never a reviewer's identity.
use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::domain::score::Score;
use crate::domain::visibility::Access;
use crate::startup::AppState;
use crate::store::{self, cities::City, profile::ProfileCycle, users::User};
use crate::web::error::{ApiResult, AppError, ErrorBody};
use crate::web::extract::ApiUser;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(profile))
        .routes(routes!(profile_csv))
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
    score: i16,
    /// Excellent, Very good, Good, Fair or Poor.
    label: String,
    /// agreed, agreed_after_revision or moderated.
    method: String,
    feedback: String,
}

#[derive(Serialize, ToSchema)]
#[schema(as = ProfileStatisticBody)]
struct StatisticBody {
    year: Option<i32>,
    values: BTreeMap<String, f64>,
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
}

fn label(score: i16) -> String {
    Score::try_from(i64::from(score))
        .map(|s| s.label().to_owned())
        .unwrap_or_default()
}

fn rfc3339(t: Option<time::OffsetDateTime>) -> Option<String> {
    t.and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
}

async fn visible_city(state: &AppState, caller: &User, raw: &str) -> Result<City, AppError> {
    let id = raw
        .parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(AppError::NotFound("city"))?;
    match caller.actor().city_access(id) {
        Access::Allowed => {}
        Access::Forbidden => {
            return Err(AppError::forbidden(
                "a city's profile is for its users and the secretariat",
            ));
        }
        Access::Hidden => return Err(AppError::NotFound("city")),
    }
    store::cities::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("city"))
}

fn cycle_body(c: ProfileCycle) -> CycleBody {
    CycleBody {
        cycle_id: c.cycle_id,
        name: c.name,
        published_at: rfc3339(c.published_at),
        scores: c
            .scores
            .into_iter()
            .map(|s| ScoreBody {
                label: label(s.score),
                measurement: s.measurement,
                score: s.score,
                method: s.method,
                feedback: s.feedback,
            })
            .collect(),
        statistics: c
            .statistics
            .into_iter()
            .map(|(k, v)| {
                (
                    k,
                    StatisticBody {
                        year: v.year,
                        values: v.values,
                    },
                )
            })
            .collect(),
    }
}

/// The city's published review results: consensus scores with labels and feedback, and the
/// statistics it reported, per published cycle.
#[utoipa::path(get, path = "/api/v1/cities/{id}/profile", tag = "profile", security(("bearer" = [])),
    params(("id" = i32, Path)),
    responses((status = 200, body = ProfileBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn profile(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<ProfileBody>> {
    profile_json(&state, &caller, &raw).await
}

/// The profile as JSON for `caller`: the API's answer, and the page's download for a signed-in user.
pub async fn profile_json(state: &AppState, caller: &User, raw: &str) -> ApiResult<axum::Json<ProfileBody>> {
    let city = visible_city(state, caller, raw).await?;
    let cycles = store::profile::cycles(&state.db, city.id).await?;
    Ok(axum::Json(ProfileBody {
        city: ProfileCity {
            id: city.id,
            name: city.name,
            country: city.country,
            region: city.region,
        },
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
    responses((status = 200, description = "CSV: cycle_id, cycle, published_at, measurement, score, label, method, feedback", content_type = "text/csv"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn profile_csv(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<impl IntoResponse> {
    profile_csv_for(&state, &caller, &raw).await
}

/// The profile as CSV for `caller` (see `profile_json`).
pub async fn profile_csv_for(state: &AppState, caller: &User, raw: &str) -> ApiResult<impl IntoResponse + use<>> {
    let city = visible_city(state, caller, raw).await?;
    let cycles = store::profile::cycles(&state.db, city.id).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let internal = |e: csv::Error| AppError::Internal(e.into());
    w.write_record([
        "cycle_id",
        "cycle",
        "published_at",
        "measurement",
        "score",
        "label",
        "method",
        "feedback",
    ])
    .map_err(internal)?;
    for c in cycles {
        let published = rfc3339(c.published_at).unwrap_or_default();
        for s in &c.scores {
            w.write_record([
                c.cycle_id.to_string(),
                c.name.clone(),
                published.clone(),
                s.measurement.clone(),
                s.score.to_string(),
                label(s.score),
                s.method.clone(),
                s.feedback.clone(),
            ])
            .map_err(internal)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!(e.to_string())))?;
    let filename = format!("attachment; filename=\"profile-{}.csv\"", city.id);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, filename),
        ],
        bytes,
    ))
}
