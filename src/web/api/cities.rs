//! The city register: `POST/GET /api/v1/cities`, `GET /api/v1/cities/{id}`.
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::domain::city::NewCity;
use crate::read::City;
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::{ApiUser, Id, Ids, Json, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_city, list_cities))
        .routes(routes!(get_city))
        .routes(routes!(set_institutions))
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
    /// The city government and the partner institutions named in its report: an expert who works
    /// for one of them does not review the city.
    institutions: Vec<String>,
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
            institutions: c.institutions,
            created_at: crate::format::rfc3339(Some(c.created_at)).unwrap_or_default(),
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
    /// The city government and partner institutions (optional).
    #[serde(default)]
    institutions: Vec<String>,
}

/// Registers a city (secretariat only). A city of that name already registered in that country is 409.
#[utoipa::path(post, path = "/api/v1/cities", tag = "cities", request_body = CreateCity,
    security(("bearer" = [])), responses((status = 201, body = CityBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn create_city(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Json(body): Json<CreateCity>,
) -> ApiResult<(StatusCode, axum::Json<CityBody>)> {
    let new = NewCity::parse(&body.name, &body.country, body.region.as_deref(), &body.languages)
        .and_then(|c| c.with_institutions(&body.institutions))
        .map_err(|(field, message)| AppError::invalid(field, message))?;
    let city = app::cities::register(&app, &staff, new).await?;
    Ok((StatusCode::CREATED, axum::Json(city.into())))
}

/// The cities the caller may see: all for the secretariat, their own for a city user.
#[utoipa::path(get, path = "/api/v1/cities", tag = "cities", security(("bearer" = [])),
    responses((status = 200, body = [CityBody]), ApiErrors))]
async fn list_cities(ApiUser(caller): ApiUser, State(app): State<App>) -> ApiResult<axum::Json<Vec<CityBody>>> {
    let cities = app::cities::list(&app, &caller).await?;
    Ok(axum::Json(cities.into_iter().map(CityBody::from).collect()))
}

/// One city: the secretariat, or that city's own users.
#[utoipa::path(get, path = "/api/v1/cities/{id}", tag = "cities", security(("bearer" = [])),
    params(("id" = i32, Path, description = "The city's id")),
    responses((status = 200, body = CityBody), ApiErrors))]
async fn get_city(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<CityBody>> {
    Ok(axum::Json(app::cities::get(&app, &caller, id).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Institutions {
    institutions: Vec<String>,
}

/// Records the city's institutions (the secretariat, or the city's own users). Experts who work for
/// one of them are taken off the city's bundles in the assignments in force.
#[utoipa::path(put, path = "/api/v1/cities/{id}/institutions", tag = "cities", request_body = Institutions,
    security(("bearer" = [])), params(("id" = i32, Path, description = "The city's id")),
    responses((status = 200, body = CityBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id, city_id = id))]
async fn set_institutions(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: crate::web::extract::JsonBody,
) -> ApiResult<axum::Json<CityBody>> {
    let city = app::cities::get(&app, &caller, id).await?;
    let body: Institutions = body.parse()?;
    let (after, _) = app::cities::set_institutions(&app, &caller, city.id, &body.institutions).await?;
    Ok(axum::Json(after.into()))
}
