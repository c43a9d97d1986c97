//! The secretariat's view of the whole network: how far each cycle has got, and how published
//! scores are spread. Counts only; it never lists cities by score.
use maud::{Markup, html};

use super::layout::{Shell, page};

pub struct CycleRow {
    pub id: i32,
    pub name: String,
    pub state: &'static str,
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
        h2 { "The network over time" }
        @if o.cycles.len() < 2 {
            p { "Once two cycles are published, this shows how the scores across cities moved from one to the next." }
        } @else {
            p class="muted" { "Across all cities of each published cycle, oldest first: the mean consensus score per area of focus, then each measurement's spread. Counts only: no city is named." }
            div class="trends" {
                @for (title, means) in &o.focus_areas {
                    (super::charts::trend(title, 1.0, 5.0, &o.cycles.iter().zip(means).map(|(c, v)| super::charts::TrendPoint { label: c.clone(), value: *v }).collect::<Vec<_>>()))
                }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label="Scores across cities over time" {
                table class="data" {
                    caption { "Per measurement and cycle: the median score, the number of cities, and how many got each score from 1 to 5" }
                    thead { tr { th scope="col" { "Measurement" } @for c in &o.cycles { th scope="col" { (c) } } } }
                    tbody {
                        @for (name, row) in &o.measurements {
                            tr {
                                th scope="row" { (name) }
                                @for counts in row {
                                    td {
                                        @match median_of_counts(counts) {
                                            Some(m) => {
                                                "median " strong { (m) } " · " (counts.iter().sum::<usize>()) " cities"
                                                br;
                                                span class="muted" { (counts.iter().enumerate().map(|(i, n)| format!("{}: {n}", i + 1)).collect::<Vec<_>>().join(", ")) }
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
        "Network",
        html! {
            h1 { "The network" }
            p class="lead" { "Where each cycle stands, and how the published consensus scores are spread across cities. Cities are counted, never ranked or named here." }
            h2 { "Cities per state" }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                thead { tr {
                    th scope="col" { "Cycle" } th scope="col" { "State" } th scope="col" { "Cities" }
                    th scope="col" { "Reports in draft" } th scope="col" { "Submitted" } th scope="col" { "Returned" }
                } }
                tbody {
                    @for c in &v.cycles {
                        tr {
                            td { a href=(format!("/cycles/{}", c.id)) { (c.name) } }
                            td { (c.state) } td { (c.cities) } td { (c.draft) } td { (c.submitted) } td { (c.returned) }
                        }
                    }
                }
            } }
            h2 { "Published scores across cities" }
            @if v.published.is_empty() {
                p { "No cycle is published yet." }
            } @else {
                form method="get" action="/network" class="inline" {
                    label for="cycle" { "Cycle " }
                    select id="cycle" name="cycle" {
                        @for (id, name) in &v.published {
                            option value=(id) selected[v.chosen.as_ref().is_some_and(|c| c.0 == *id)] { (name) }
                        }
                    }
                    " " button type="submit" { "Show" }
                }
                @if let Some((_, name)) = &v.chosen {
                    p class="muted" { "Number of cities with each consensus score, per measurement, in " (name) "." }
                    (super::consensus::distribution(&v.histogram, "Cities per consensus score (1 Poor to 5 Excellent)"))
                }
            }
            (over_time(&v.over_time))
        },
    )
}
