//! The secretariat's view of the whole network: how far each cycle has got, and how published
//! scores are spread. Counts only; it never lists cities by score.
use maud::{Markup, html};

use super::layout::{Shell, page};
use crate::i18n::format::count;
use crate::tr;

pub struct CycleRow {
    pub id: i32,
    pub name: String,
    pub state: String,
    pub cities: usize,
    pub draft: usize,
    pub submitted: usize,
    pub returned: usize,
}

pub struct NetworkView {
    pub cycles: Vec<CycleRow>,
    /// The published cycles one can choose from, newest first: (id, name).
    pub published: Vec<(i32, String)>,
    pub chosen: Option<(i32, String)>,
    /// (measurement code and name, cities per score 1..=5)
    pub histogram: Vec<(String, [usize; 5])>,
    pub over_time: OverTime,
}

/// The network over time, anonymous: published cycles oldest first, the mean score per area of
/// focus per cycle, and per measurement each cycle's distribution.
#[derive(Default)]
pub struct OverTime {
    pub cycles: Vec<String>,
    /// (area of focus code and title, mean per cycle)
    pub focus_areas: Vec<(String, Vec<Option<f64>>)>,
    /// (measurement code and name, counts per cycle)
    pub measurements: Vec<(String, Vec<crate::domain::score::Counts>)>,
}

fn over_time(o: &OverTime) -> Markup {
    use crate::domain::score::median_of_counts;
    html! {
        h2 { (tr!("network-over-time")) }
        @if o.cycles.len() < 2 {
            p { (tr!("network-over-time-empty")) }
        } @else {
            p class="muted" { (tr!("network-over-time-hint")) }
            div class="trends" {
                @for (title, means) in &o.focus_areas {
                    (super::charts::trend(title, 1.0, 5.0, &o.cycles.iter().zip(means).map(|(c, v)| super::charts::TrendPoint { label: c.clone(), value: *v }).collect::<Vec<_>>()))
                }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("network-over-time-table")) {
                table class="data" {
                    caption { (tr!("network-over-time-caption")) }
                    thead { tr { th scope="col" { (tr!("network-col-measurement")) } @for c in &o.cycles { th scope="col" { (c) } } } }
                    tbody {
                        @for (name, row) in &o.measurements {
                            tr {
                                th scope="row" { (name) }
                                @for counts in row {
                                    td {
                                        @match median_of_counts(counts) {
                                            Some(m) => {
                                                (tr!("network-median")) " " strong { (count(usize::from(m))) } " · " (tr!("network-cities", count = counts.iter().sum::<usize>()))
                                                br;
                                                span class="muted" { (counts.iter().enumerate().map(|(i, n)| format!("{}: {}", count(i + 1), count(*n))).collect::<Vec<_>>().join(", ")) }
                                            }
                                            None => { span class="muted" { "—" } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn network(shell: &Shell, v: &NetworkView) -> Markup {
    page(
        shell,
        &tr!("network-page-title"),
        html! {
            h1 { (tr!("network-heading")) }
            p class="lead" { (tr!("network-lead")) }
            h2 { (tr!("network-cities-per-state")) }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("network-table-scroll")) { table class="data" {
                thead { tr {
                    th scope="col" { (tr!("network-col-cycle")) } th scope="col" { (tr!("network-col-state")) }
                    th scope="col" { (tr!("network-col-cities")) } th scope="col" { (tr!("network-col-draft")) }
                    th scope="col" { (tr!("network-col-submitted")) } th scope="col" { (tr!("network-col-returned")) }
                } }
                tbody {
                    @for c in &v.cycles {
                        tr {
                            td { a href=(format!("/cycles/{}", c.id)) { (c.name) } }
                            td { (c.state) } td { (count(c.cities)) } td { (count(c.draft)) } td { (count(c.submitted)) } td { (count(c.returned)) }
                        }
                    }
                }
            } }
            h2 { (tr!("network-published-scores")) }
            @if v.published.is_empty() {
                p { (tr!("network-none-published")) }
            } @else {
                form method="get" action="/network" class="inline" {
                    label for="cycle" { (tr!("network-cycle")) " " }
                    select id="cycle" name="cycle" {
                        @for (id, name) in &v.published {
                            option value=(id) selected[v.chosen.as_ref().is_some_and(|c| c.0 == *id)] { (name) }
                        }
                    }
                    " " button type="submit" { (tr!("network-show")) }
                }
                @if let Some((_, name)) = &v.chosen {
                    p class="muted" { (tr!("network-distribution-hint", cycle = name.as_str())) }
                    (super::consensus::distribution(&v.histogram, &tr!("network-distribution-title")))
                }
            }
            (over_time(&v.over_time))
        },
    )
}
