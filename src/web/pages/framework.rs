//! `/framework`: the framework document, readable without signing in: cities and experts should
//! know what they are measured against.
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

use crate::views;
use crate::web::AppState;
use crate::web::auth::session::Visitor;

pub fn router() -> Router<AppState> {
    Router::new().route("/framework", get(framework_page))
}

async fn framework_page(State(state): State<AppState>, visitor: Visitor) -> Markup {
    views::framework::framework(&visitor.shell(), state.frameworks.default_edition())
}
