//! HTML pages, one module per feature, merged here.
use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use crate::startup::AppState;
use crate::views;

mod admin;
mod assignment;
mod audit;
mod consensus;
mod cycles;
mod experts;
mod framework;
mod home;
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
        .merge(framework::router())
        .route("/static/style.css", get(stylesheet))
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            // The page links it with a content digest in the URL, so it never goes stale.
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        views::layout::STYLESHEET,
    )
}
