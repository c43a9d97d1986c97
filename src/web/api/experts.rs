//! Experts' profiles and conflicts of interest: `/api/v1/experts…`.
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::domain::expert::ExpertProfile;
use crate::read::{DeclaredConflict, Profile};
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::{ApiUser, Id, Ids, JsonBody, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_experts))
        .routes(routes!(get_profile, put_profile))
        .routes(routes!(list_conflicts, declare_conflict))
}

#[derive(Serialize, ToSchema)]
#[schema(as = ExpertProfileBody)]
struct ProfileBody {
    user_id: i32,
    /// ISO 3166-1 alpha-2.
    country: String,
    /// The expert's home city, if it is registered.
    city_id: Option<i32>,
    institution: Option<String>,
    /// ISO 639-1 codes of the languages the expert reads.
    languages: Vec<String>,
    /// Areas of focus (`3.1`, `2.4` …).
    expertise: Vec<String>,
    /// The most (city, panel) bundles per cycle.
    capacity: i32,
    /// UNESCO regions the expert knows well (the assignment's region term).
    regions: Vec<String>,
    /// Those of `languages` the expert reads natively (the assignment's native-language term).
    native_languages: Vec<String>,
}

impl From<Profile> for ProfileBody {
    fn from(p: Profile) -> Self {
        ProfileBody {
            user_id: p.user_id,
            country: p.country,
            city_id: p.city_id,
            institution: p.institution,
            languages: p.languages,
            expertise: p.expertise,
            capacity: p.capacity,
            regions: p.regions,
            native_languages: p.native_languages,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PutProfile {
    country: String,
    #[serde(default)]
    city_id: Option<i32>,
    #[serde(default)]
    institution: Option<String>,
    languages: Vec<String>,
    expertise: Vec<String>,
    capacity: i64,
    /// UNESCO regions the expert knows well; left out: unchanged.
    #[serde(default)]
    regions: Option<Vec<String>>,
    /// Among `languages`, those read natively; left out: unchanged (less any no longer read).
    #[serde(default)]
    native_languages: Option<Vec<String>>,
    // The GET response's own field may be sent back unchanged.
    #[serde(default)]
    #[allow(dead_code)]
    user_id: Option<serde_json::Value>,
}

#[derive(Serialize, ToSchema)]
struct ConflictBody {
    id: i32,
    city_id: i32,
    reason: String,
}

impl From<DeclaredConflict> for ConflictBody {
    fn from(c: DeclaredConflict) -> Self {
        ConflictBody {
            id: c.id,
            city_id: c.city_id,
            reason: c.reason,
        }
    }
}

/// A bundle the expert was taken off because of the conflict.
#[derive(Serialize, ToSchema)]
struct RemovedBody {
    cycle_id: i32,
    city_id: i32,
    panel_id: i32,
}

#[derive(Serialize, ToSchema)]
struct DeclaredBody {
    id: i32,
    city_id: i32,
    reason: String,
    /// The bundles of assignments in force the expert was taken off at once (their ratings of the
    /// city set aside, their places refilled while the cycle collects or reviews).
    removed_from: Vec<RemovedBody>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DeclareConflict {
    city_id: i32,
    reason: String,
}

/// Every expert's profile (secretariat only).
#[utoipa::path(get, path = "/api/v1/experts", tag = "experts", security(("bearer" = [])),
    responses((status = 200, body = [ProfileBody]), ApiErrors))]
async fn list_experts(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
) -> ApiResult<axum::Json<Vec<ProfileBody>>> {
    let profiles = app::experts::profiles(&app, &staff).await?;
    Ok(axum::Json(profiles.into_iter().map(ProfileBody::from).collect()))
}

/// An expert's profile: the secretariat, or the expert themself. 404 until one is set.
#[utoipa::path(get, path = "/api/v1/experts/{user_id}/profile", tag = "experts", security(("bearer" = [])),
    params(("user_id" = i32, Path)), responses((status = 200, body = ProfileBody), ApiErrors))]
async fn get_profile(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<ProfileBody>> {
    let profile = app::experts::profile(&app, &caller, id)
        .await?
        .ok_or(AppError::NotFound("profile"))?;
    Ok(axum::Json(profile.into()))
}

/// Sets an expert's profile: the secretariat, or the expert themself.
#[utoipa::path(put, path = "/api/v1/experts/{user_id}/profile", tag = "experts", request_body = PutProfile,
    security(("bearer" = [])), params(("user_id" = i32, Path)),
    responses((status = 200, body = ProfileBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn put_profile(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<axum::Json<ProfileBody>> {
    let expert = app::experts::visible_expert(&app, &caller, id).await?;
    let body: PutProfile = body.parse()?;
    let profile = ExpertProfile::parse(
        app.frameworks.default_edition(),
        &body.country,
        body.city_id,
        body.institution.as_deref(),
        &body.languages,
        &body.expertise,
        body.capacity,
    )
    .and_then(|p| match &body.regions {
        Some(r) => p.with_regions(r),
        None => Ok(p),
    })
    .and_then(|p| match &body.native_languages {
        Some(n) => p.with_native_languages(n),
        None => Ok(p),
    })
    .map_err(|(field, message)| AppError::invalid(field, message))?;
    let saved = app::experts::set_profile(&app, &caller, expert.id, profile).await?;
    Ok(axum::Json(saved.into()))
}

/// An expert's declared conflicts of interest.
#[utoipa::path(get, path = "/api/v1/experts/{user_id}/conflicts", tag = "experts", security(("bearer" = [])),
    params(("user_id" = i32, Path)), responses((status = 200, body = [ConflictBody]), ApiErrors))]
async fn list_conflicts(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<Vec<ConflictBody>>> {
    let list = app::experts::conflicts(&app, &caller, id).await?;
    Ok(axum::Json(list.into_iter().map(ConflictBody::from).collect()))
}

/// Declares a conflict of interest with a city: the secretariat, or the expert themself. Declared
/// twice: 409.
#[utoipa::path(post, path = "/api/v1/experts/{user_id}/conflicts", tag = "experts", request_body = DeclareConflict,
    security(("bearer" = [])), params(("user_id" = i32, Path)),
    responses((status = 201, body = DeclaredBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn declare_conflict(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<(StatusCode, axum::Json<DeclaredBody>)> {
    let expert = app::experts::visible_expert(&app, &caller, id).await?;
    let body: DeclareConflict = body.parse()?;
    let (saved, removed) = app::experts::declare_conflict(&app, &caller, expert.id, body.city_id, &body.reason).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(DeclaredBody {
            id: saved.id,
            city_id: saved.city_id,
            reason: saved.reason,
            removed_from: removed
                .into_iter()
                .map(|r| RemovedBody {
                    cycle_id: r.cycle_id,
                    city_id: r.city_id,
                    panel_id: r.panel_id,
                })
                .collect(),
        }),
    ))
}
