//! `/network`: the secretariat's anonymous view of the whole network.
use axum::Router;
use axum::extract::{Query, State};
use axum::routing::get;
use maud::Markup;
use serde::Deserialize;

use crate::domain::cycle::CycleState;
use crate::views::network::{CycleRow, NetworkView, OverTime};
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
    let series = crate::app::profile::network_series(&state, page.staff()).await?;
    let view = NetworkView {
        over_time: over_time(series),
        cycles: cycles
            .iter()
            .map(|c| CycleRow {
                id: c.id,
                name: c.name.clone(),
                state: crate::views::words::cycle_state(c.state),
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

/// The page's view of the network over time: per area of focus the mean of all its measurements'
/// scores across cities, per measurement the counts, named from the newest edition.
fn over_time(net: crate::app::profile::NetworkSeries) -> OverTime {
    let name = |code: &str| {
        net.framework
            .as_ref()
            .and_then(|f| f.measurement(code).map(|m| format!("{code} {}", m.name)))
            .unwrap_or_else(|| code.to_owned())
    };
    let mut by_area: std::collections::BTreeMap<String, Vec<crate::domain::score::Counts>> = Default::default();
    for (code, row) in &net.series {
        let fa: String = code.split('.').take(2).collect::<Vec<_>>().join(".");
        let sums = by_area.entry(fa).or_insert_with(|| vec![[0; 5]; row.len()]);
        for (sum, counts) in sums.iter_mut().zip(row) {
            for (s, c) in sum.iter_mut().zip(counts) {
                *s += c;
            }
        }
    }
    OverTime {
        cycles: net.cycles.iter().map(|(_, n)| n.clone()).collect(),
        focus_areas: by_area
            .into_iter()
            .map(|(fa, sums)| {
                let title = net
                    .framework
                    .as_ref()
                    .and_then(|f| f.focus_area(&fa).map(|a| format!("{fa} {}", a.title)))
                    .unwrap_or_else(|| fa.clone());
                (title, sums.iter().map(crate::domain::score::mean_of_counts).collect())
            })
            .collect(),
        measurements: net.series.iter().map(|(code, row)| (name(code), row.clone())).collect(),
    }
}
