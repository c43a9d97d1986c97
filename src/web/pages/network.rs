//! `/network`: the secretariat's anonymous view of the whole network.
use axum::Router;
use axum::extract::{Query, State};
use axum::routing::get;
use maud::Markup;
use serde::Deserialize;

use crate::domain::cycle::CycleState;
use crate::startup::AppState;
use crate::store;
use crate::views::network::{CycleRow, NetworkView};
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
    let cycles = store::cycles::list(&state.db, None).await?;
    let published: Vec<_> = cycles
        .iter()
        .filter(|c| matches!(c.state, CycleState::Published | CycleState::Archived))
        .collect();
    // A cycle that is not published (or does not exist) is not offered: fall back to the newest.
    let wanted = q.cycle.and_then(|c| c.trim().parse::<i32>().ok());
    let chosen = published
        .iter()
        .find(|c| Some(c.id) == wanted)
        .or_else(|| published.iter().max_by_key(|c| (c.published_at, c.id)))
        .copied();
    let histogram = match chosen {
        Some(c) => {
            let fw = state.framework_of(c)?;
            store::profile::histogram(&state.db, c)
                .await?
                .into_iter()
                .map(|(code, counts)| {
                    let name = fw.measurement(&code).map(|m| m.name.clone()).unwrap_or_default();
                    (format!("{code} {}", name.chars().take(26).collect::<String>()), counts)
                })
                .collect()
        }
        None => Vec::new(),
    };
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
