//! `/cities/{id}/profile`: a city's published results, for its users and the secretariat.
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use maud::Markup;

use crate::tr;
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
        .route("/cities/{id}/actions/{cycle}", axum::routing::post(save_actions))
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
    let (city, cycles, actions) = crate::app::profile::profile_with_actions(&state, &signed.0.user, id).await?;
    let fw_of = |edition: &str| state.frameworks.get(edition).cloned();
    Ok(crate::views::profile::profile(
        &signed.shell(),
        city.id,
        &city.name,
        &fw_of,
        &cycles,
        &crate::views::profile::Actions {
            plans: &actions,
            writable: signed.0.user.city_id == Some(city.id),
            csrf: &signed.0.csrf_token,
        },
    ))
}

/// The city's action plan for a published cycle, from its profile page.
async fn save_actions(
    State(state): State<AppState>,
    signed: SignedIn,
    Ids((Id(id), Id(cycle_id))): Ids<(Id, Id)>,
    crate::web::auth::csrf::CsrfForm(fields): crate::web::auth::csrf::CsrfForm<Vec<(String, String)>>,
) -> Result<axum::response::Response, PageError> {
    let actions: std::collections::BTreeMap<String, String> = fields
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix("a.").map(|code| (code.to_owned(), v)))
        .collect();
    let back = format!("/cities/{id}/profile#cycle-{cycle_id}");
    match crate::app::actions::set(&state, &signed.0.user, id, cycle_id, &actions).await {
        Ok(_) => super::done(&state, &signed.0, &tr!("profile-saved"), &back).await,
        Err(e) => {
            let (_, message) = super::refusal(e)?;
            super::done(
                &state,
                &signed.0,
                &tr!("profile-not-saved", message = message.as_str()),
                &back,
            )
            .await
        }
    }
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
