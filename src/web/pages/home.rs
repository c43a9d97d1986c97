use axum::Router;
use axum::extract::State;
use axum::routing::get;
use maud::Markup;

use crate::domain::framework::Source;
use crate::startup::AppState;
use crate::views::home::{HomeView, home};

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(start_page))
}

async fn start_page(State(state): State<AppState>) -> Markup {
    let fw = state.frameworks.default_edition();
    home(&HomeView {
        edition_title: &fw.title,
        measurement_count: fw.measurements().count(),
        expert_review_count: fw.measurements().filter(|m| m.source == Source::ExpertReview).count(),
    })
}
