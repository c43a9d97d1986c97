//! Experts' profiles and conflicts of interest: `/api/v1/experts…`.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::domain::expert::ExpertProfile;
use crate::domain::visibility::Access;
use crate::startup::AppState;
use crate::store::{
    self,
    experts::{DeclaredConflict, Profile},
    users::User,
};
use crate::web::error::{ApiResult, AppError, ErrorBody};
use crate::web::extract::{ApiUser, JsonBody, Secretariat};

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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DeclareConflict {
    city_id: i32,
    reason: String,
}

/// Resolves the path's expert for this caller: 403 for roles with no business here, 404 for an
/// expert the caller may not see or a user who is not an expert.
async fn target(state: &AppState, caller: &User, raw: &str) -> Result<i32, AppError> {
    let id = raw
        .parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(AppError::NotFound("expert"))?;
    match caller.actor().expert_access(id) {
        Access::Allowed => {}
        Access::Forbidden => {
            return Err(AppError::forbidden(
                "experts' profiles are for the secretariat and the experts",
            ));
        }
        Access::Hidden => return Err(AppError::NotFound("expert")),
    }
    match store::users::get(&state.db, id).await? {
        Some(u) if u.role == crate::domain::user::Role::Expert => Ok(id),
        _ => Err(AppError::NotFound("expert")),
    }
}

/// Every expert's profile (secretariat only).
#[utoipa::path(get, path = "/api/v1/experts", tag = "experts", security(("bearer" = [])),
    responses((status = 200, body = [ProfileBody]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
async fn list_experts(_caller: Secretariat, State(state): State<AppState>) -> ApiResult<axum::Json<Vec<ProfileBody>>> {
    let profiles = store::experts::list_profiles(&state.db).await?;
    Ok(axum::Json(profiles.into_iter().map(ProfileBody::from).collect()))
}

/// An expert's profile: the secretariat, or the expert themself. 404 until one is set.
#[utoipa::path(get, path = "/api/v1/experts/{user_id}/profile", tag = "experts", security(("bearer" = [])),
    params(("user_id" = i32, Path)),
    responses((status = 200, body = ProfileBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn get_profile(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<ProfileBody>> {
    let id = target(&state, &caller, &raw).await?;
    let profile = store::experts::get_profile(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("profile"))?;
    Ok(axum::Json(profile.into()))
}

/// Sets an expert's profile: the secretariat, or the expert themself.
#[utoipa::path(put, path = "/api/v1/experts/{user_id}/profile", tag = "experts", request_body = PutProfile,
    security(("bearer" = [])), params(("user_id" = i32, Path)),
    responses((status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 200, body = ProfileBody), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn put_profile(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    body: JsonBody,
) -> ApiResult<axum::Json<ProfileBody>> {
    let id = target(&state, &caller, &raw).await?;
    let body: PutProfile = body.parse()?;
    let profile = ExpertProfile::parse(
        state.frameworks.default_edition(),
        &body.country,
        body.city_id,
        body.institution.as_deref(),
        &body.languages,
        &body.expertise,
        body.capacity,
    )
    .map_err(|(field, message)| AppError::invalid(field, message))?;
    let saved = store::experts::set_profile(&state.db, Some(caller.id), id, profile).await?;
    Ok(axum::Json(saved.into()))
}

/// An expert's declared conflicts of interest.
#[utoipa::path(get, path = "/api/v1/experts/{user_id}/conflicts", tag = "experts", security(("bearer" = [])),
    params(("user_id" = i32, Path)),
    responses((status = 200, body = [ConflictBody]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn list_conflicts(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> ApiResult<axum::Json<Vec<ConflictBody>>> {
    let id = target(&state, &caller, &raw).await?;
    let list = store::experts::conflicts(&state.db, Some(id)).await?;
    Ok(axum::Json(list.into_iter().map(ConflictBody::from).collect()))
}

/// Declares a conflict of interest with a city: the secretariat, or the expert themself.
#[utoipa::path(post, path = "/api/v1/experts/{user_id}/conflicts", tag = "experts", request_body = DeclareConflict,
    security(("bearer" = [])), params(("user_id" = i32, Path)),
    responses((status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 201, body = ConflictBody), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn declare_conflict(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Path(raw): Path<String>,
    body: JsonBody,
) -> ApiResult<(StatusCode, axum::Json<ConflictBody>)> {
    let id = target(&state, &caller, &raw).await?;
    let body: DeclareConflict = body.parse()?;
    let saved = store::experts::declare_conflict(&state.db, Some(caller.id), id, body.city_id, &body.reason).await?;
    Ok((StatusCode::CREATED, axum::Json(saved.into())))
}
