//! The city register: `POST/GET /api/v1/cities`, `GET /api/v1/cities/{id}`.
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::domain::city::NewCity;
use crate::domain::visibility::Access;
use crate::startup::AppState;
use crate::store::{self, cities::City};
use crate::web::error::{ApiResult, AppError, ErrorBody};
use crate::web::extract::{ApiUser, Id, Json, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_city, list_cities))
        .routes(routes!(get_city))
}

#[derive(Serialize, ToSchema)]
struct CityBody {
    id: i32,
    name: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    region: Option<String>,
    /// ISO 639-1 codes of the languages the city's reports may be written in.
    languages: Vec<String>,
    created_at: String,
}

impl From<City> for CityBody {
    fn from(c: City) -> Self {
        CityBody {
            id: c.id,
            name: c.name,
            country: c.country,
            region: c.region,
            languages: c.languages,
            created_at: c
                .created_at
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_default(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct CreateCity {
    name: String,
    /// ISO 3166-1 alpha-2, e.g. `CN`.
    country: String,
    #[serde(default)]
    region: Option<String>,
    /// ISO 639-1 codes, at least one, e.g. `["en", "fr"]`.
    languages: Vec<String>,
}

fn denied(access: Access) -> AppError {
    match access {
        Access::Forbidden => AppError::forbidden("your role may not read the city register"),
        _ => AppError::NotFound("city"),
    }
}

/// Registers a city (secretariat only).
#[utoipa::path(post, path = "/api/v1/cities", tag = "cities", request_body = CreateCity,
    security(("bearer" = [])),
    responses(
        (status = 201, body = CityBody),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, description = "A city of that name is already registered in that country", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    ))]
#[tracing::instrument(skip_all, fields(actor = caller.id))]
async fn create_city(
    Secretariat(caller): Secretariat,
    State(state): State<AppState>,
    Json(body): Json<CreateCity>,
) -> ApiResult<(StatusCode, axum::Json<CityBody>)> {
    let new = NewCity::parse(&body.name, &body.country, body.region.as_deref(), &body.languages)
        .map_err(|(field, message)| AppError::invalid(field, message))?;
    let city = store::cities::create(&state.db, Some(caller.id), new).await?;
    tracing::info!(city_id = city.id, "city registered");
    Ok((StatusCode::CREATED, axum::Json(city.into())))
}

/// The cities the caller may see: all for the secretariat, their own for a city user.
#[utoipa::path(get, path = "/api/v1/cities", tag = "cities", security(("bearer" = [])),
    responses((status = 200, body = [CityBody]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
async fn list_cities(ApiUser(caller): ApiUser, State(state): State<AppState>) -> ApiResult<axum::Json<Vec<CityBody>>> {
    let scope = caller.actor().city_list_scope().map_err(denied)?;
    let cities = store::cities::list(&state.db, scope).await?;
    Ok(axum::Json(cities.into_iter().map(CityBody::from).collect()))
}

/// One city: the secretariat, or that city's own users.
#[utoipa::path(get, path = "/api/v1/cities/{id}", tag = "cities", security(("bearer" = [])),
    params(("id" = i32, Path, description = "The city's id")),
    responses((status = 200, body = CityBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
async fn get_city(
    ApiUser(caller): ApiUser,
    State(state): State<AppState>,
    Id(id): Id,
) -> ApiResult<axum::Json<CityBody>> {
    match caller.actor().city_access(id) {
        Access::Allowed => {}
        denial => return Err(denied(denial)),
    }
    let city = store::cities::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound("city"))?;
    Ok(axum::Json(city.into()))
}
