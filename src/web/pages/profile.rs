//! `/cities/{id}/profile`: a city's published results, for its users and the secretariat.
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use maud::Markup;

use crate::web::AppState;
use crate::web::auth::session::SignedIn;
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cities/{id}/profile", get(profile_page))
        .route("/cities/{id}/profile.json", get(profile_json))
        .route("/cities/{id}/profile.csv", get(profile_csv))
        .route("/cities/{id}/letter/{cycle}", get(letter))
}

/// The results letter of one published cycle: the city's users and the secretariat, as the profile.
async fn letter(
    State(state): State<AppState>,
    signed: SignedIn,
    Ids((Id(id), Id(cycle_id))): Ids<(Id, Id)>,
) -> Result<Markup, PageError> {
    let (city, cycles) = crate::app::profile::profile(&state, &signed.0.user, id).await?;
    let c = cycles
        .iter()
        .find(|c| c.cycle_id == cycle_id)
        .ok_or(PageError(crate::app::AppError::NotFound("cycle")))?;
    let fw = state
        .frameworks
        .get(&c.edition)
        .ok_or(PageError(crate::app::AppError::NotFound("cycle")))?;
    Ok(crate::views::profile::letter(
        &signed.shell(),
        city.id,
        &city.name,
        fw,
        c,
    ))
}

async fn profile_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Ids(Id(id)): Ids<Id>,
) -> Result<Markup, PageError> {
    let (city, cycles) = crate::app::profile::profile(&state, &signed.0.user, id).await?;
    let fw_of = |edition: &str| state.frameworks.get(edition).cloned();
    Ok(crate::views::profile::profile(
        &signed.shell(),
        city.id,
        &city.name,
        &fw_of,
        &cycles,
    ))
}

/// The page's downloads, for the signed-in reader (the API's routes take a token instead); the
/// same answers and the same access rule.
async fn profile_json(
    State(state): State<AppState>,
    signed: SignedIn,
    Ids(Id(id)): Ids<Id>,
) -> Result<impl IntoResponse, PageError> {
    let body = crate::web::api::profile::profile_json(&state, &signed.0.user, id)
        .await
        .map_err(PageError)?;
    let filename = format!("attachment; filename=\"profile-{}.json\"", body.0.city_id());
    Ok(([(header::CONTENT_DISPOSITION, filename)], body))
}

async fn profile_csv(
    State(state): State<AppState>,
    signed: SignedIn,
    Ids(Id(id)): Ids<Id>,
) -> Result<impl IntoResponse, PageError> {
    crate::web::api::profile::profile_csv_for(&state, &signed.0.user, id)
        .await
        .map_err(PageError)
}
