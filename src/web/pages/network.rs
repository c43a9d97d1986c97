//! `/network`: the secretariat's anonymous view of the whole network.
use axum::Router;
use axum::extract::{Query, State};
use axum::routing::get;
use maud::Markup;
use serde::Deserialize;

use crate::domain::cycle::CycleState;
use crate::views::network::{CycleRow, NetworkView};
use crate::web::AppState;
use crate::web::auth::session::SecretariatPage;
use crate::web::error::PageError;

pub fn router() -> Router<AppState> {
    Router::new().route("/network", get(network_page))
}

#[derive(Deserialize, Default)]
struct NetworkQuery {
    cycle: Option<String>,
}

#[tracing::instrument(skip_all)]
async fn network_page(
    State(state): State<AppState>,
    page: SecretariatPage,
    Query(q): Query<NetworkQuery>,
) -> Result<Markup, PageError> {
    let wanted = q.cycle.and_then(|c| c.trim().parse::<i32>().ok());
    let net = crate::app::profile::network(&state, page.staff(), wanted).await?;
    let cycles = &net.cycles;
    let published: Vec<_> = cycles
        .iter()
        .filter(|c| matches!(c.state, CycleState::Published | CycleState::Archived))
        .collect();
    let chosen = net.chosen.as_ref();
    let histogram = net
        .histogram
        .iter()
        .map(|(code, name, counts)| (format!("{code} {}", name.chars().take(26).collect::<String>()), *counts))
        .collect();
    let view = NetworkView {
        cycles: cycles
            .iter()
            .map(|c| CycleRow {
                id: c.id,
                name: c.name.clone(),
                state: c.state.label(),
                cities: c.progress.cities,
                draft: c.progress.draft,
                submitted: c.progress.submitted,
                returned: c.progress.returned,
            })
            .collect(),
        published: published.iter().map(|c| (c.id, c.name.clone())).collect(),
        chosen: chosen.map(|c| (c.id, c.name.clone())),
        histogram,
    };
    Ok(crate::views::network::network(&page.shell(), &view))
}
