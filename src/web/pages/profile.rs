//! `/cities/{id}/profile`: a city's published results, for its users and the secretariat.
use axum::Router;
use axum::extract::{Path, State};
use axum::routing::get;
use maud::Markup;

use crate::domain::visibility::Access;
use crate::startup::AppState;
use crate::store;
use crate::web::auth::session::SignedIn;
use crate::web::error::{AppError, PageError};

pub fn router() -> Router<AppState> {
    Router::new().route("/cities/{id}/profile", get(profile_page))
}

async fn profile_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(raw): Path<String>,
) -> Result<Markup, PageError> {
    let id = raw
        .parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(PageError(AppError::NotFound("city")))?;
    match signed.0.user.actor().city_access(id) {
        Access::Allowed => {}
        Access::Forbidden => {
            return Err(PageError(AppError::forbidden(
                "A city's profile is for its users and the secretariat.",
            )));
        }
        Access::Hidden => return Err(PageError(AppError::NotFound("city"))),
    }
    let city = store::cities::get(&state.db, id)
        .await?
        .ok_or(PageError(AppError::NotFound("city")))?;
    let cycles = store::profile::cycles(&state.db, id).await?;
    let fw_of = |edition: &str| state.frameworks.get(edition).cloned();
    Ok(crate::views::profile::profile(
        &signed.shell(),
        city.id,
        &city.name,
        &fw_of,
        &cycles,
    ))
}
