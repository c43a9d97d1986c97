//! `/framework`: the framework document, readable without signing in: cities and experts should
//! know what they are measured against.
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

use crate::startup::AppState;
use crate::views;

pub fn router() -> Router<AppState> {
    Router::new().route("/framework", get(framework_page))
}

async fn framework_page(State(state): State<AppState>) -> Markup {
    views::framework::framework(state.frameworks.default_edition())
}
