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
        },
    )
}
