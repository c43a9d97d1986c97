//! HTML pages, one module per feature, merged here.
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::app::AppError;
use crate::read::Session;
use crate::web::error::PageError;

use crate::views;
use crate::web::AppState;

mod admin;
mod assignment;
mod audit;
mod consensus;
mod cycles;
mod experts;
mod framework;
mod home;
mod mail;
mod network;
mod profile;
mod reviews;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(home::router())
        .merge(admin::router())
        .merge(cycles::router())
        .merge(assignment::router())
        .merge(experts::router())
        .merge(reviews::router())
        .merge(consensus::router())
        .merge(profile::router())
        .merge(network::router())
        .merge(audit::router())
        .merge(mail::router())
        .merge(framework::router())
        .route("/static/style.css", get(stylesheet))
        .route("/static/review.js", get(script))
}

async fn script() -> impl IntoResponse {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        views::layout::SCRIPT,
    )
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            // The page links it with a content digest in the URL, so it never goes stale.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        views::layout::STYLESHEET,
    )
}

/// A refusal a person can act on: its status (422 invalid input, 409 the state does not allow it)
/// and the message to show beside the form. Anything else is an error page.
pub(crate) fn refusal(e: AppError) -> Result<(StatusCode, String), PageError> {
    match e {
        e @ AppError::Invalid { .. } => Ok((StatusCode::UNPROCESSABLE_ENTITY, e.page_message())),
        AppError::Conflict { message, .. } => Ok((StatusCode::CONFLICT, message)),
        other => Err(PageError(other)),
    }
}

/// After a change: a message for the next page, and on to `to` (post/redirect/get, so a reload does
/// not submit the form again).
pub(crate) async fn done(state: &AppState, session: &Session, message: &str, to: &str) -> Result<Response, PageError> {
    crate::app::auth::flash(state, session, message).await?;
    Ok(Redirect::to(to).into_response())
}
