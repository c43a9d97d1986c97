//! Review cycles: the secretariat's list and cycle page.
use maud::{Markup, html};
use time::OffsetDateTime;

use super::layout::{Shell, csrf_field, page};
use crate::domain::cycle::CycleState;
use crate::domain::report::ReportState;
use crate::read::City;
use crate::read::Cycle;

pub use crate::format::date;

/// An accessible progress bar: the native element, with the numbers in words beside it.
pub fn progress_bar(label: &str, done: usize, total: usize) -> Markup {
    html! {
        div class="progress" {
            label { (label) " "
                progress max=(total.max(1)) value=(done) { (done) " of " (total) }
                " " span class="muted" { (done) " of " (total) }
            }
        }
    }
}

#[derive(Default)]
pub struct CycleForm {
    pub name: String,
    pub city_ids: Vec<i32>,
    pub panel_size: String,
    pub submission: String,
    pub review: String,
    pub reconciliation: String,
    pub error: Option<String>,
}

pub fn list(shell: &Shell, csrf: &str, cycles: &[Cycle], cities: &[City], form: &CycleForm) -> Markup {
    page(
        shell,
        "Review cycles",
        html! {
            h1 { "Review cycles" }
            @if cycles.is_empty() {
                p { "No cycle yet." }
            } @else {
                table class="data" {
                    thead { tr { th scope="col" { "Cycle" } th scope="col" { "State" } th scope="col" { "Reports submitted" } th scope="col" { "Submission deadline" } } }
                    tbody {
                        @for c in cycles {
                            tr {
                                td { a href=(format!("/cycles/{}", c.id)) { (c.name) } }
                                td { (c.state.label()) }
                                td { (c.progress.submitted) " of " (c.progress.cities) }
                                td { (date(c.deadlines.submission)) }
                            }
                        }
                    }
                }
            }
            h2 { "Open a new cycle" }
            @if let Some(e) = &form.error { div class="alert" role="alert" { (e) } }
            form method="post" action="/cycles" class="form" {
                (csrf_field(csrf))
                div { label for="name" { "Name" } input type="text" id="name" name="name" required value=(form.name); }
                fieldset {
                    legend { "Participating cities" }
                    @if cities.is_empty() { p class="muted" { "Register cities first." } }
                    @for c in cities {
                        div {
                            input type="checkbox" id=(format!("city-{}", c.id)) name="city_ids" value=(c.id) checked[form.city_ids.contains(&c.id)];
                            " " label for=(format!("city-{}", c.id)) class="inline-label" { (c.name) " (" (c.country) ")" }
                        }
                    }
                }
                div { label for="panel_size" { "Experts per city and panel " span class="hint" { "(2 to 7; 3 if empty)" } }
                      input type="number" id="panel_size" name="panel_size" min="2" max="7" value=(form.panel_size); }
                div { label for="submission" { "Submission deadline" } input type="date" id="submission" name="submission" value=(form.submission); }
                div { label for="review" { "Review deadline" } input type="date" id="review" name="review" value=(form.review); }
                div { label for="reconciliation" { "Reconciliation deadline" } input type="date" id="reconciliation" name="reconciliation" value=(form.reconciliation); }
                div { button type="submit" class="button" { "Open the cycle (as a draft)" } }
            }
        },
    )
}

/// A row of the cycle page: a participating city and its report.
pub struct CityReport {
    pub city: City,
    pub state: ReportState,
    pub submitted_at: Option<OffsetDateTime>,
}

/// First-round rating progress, for the secretariat.
pub struct RatingProgressView {
    pub done: usize,
    pub due: usize,
    /// (panel name, done, due)
    pub per_panel: Vec<(String, usize, usize)>,
    /// (city name, done, due)
    pub per_city: Vec<(String, usize, usize)>,
    /// (expert name, ratings still to submit)
    pub behind: Vec<(String, usize)>,
}

pub fn detail(
    shell: &Shell,
    csrf: &str,
    cycle: &Cycle,
    rows: &[CityReport],
    ratings: Option<&RatingProgressView>,
    error: Option<&str>,
) -> Markup {
    page(
        shell,
        &cycle.name,
        html! {
            p class="muted" { a href="/cycles" { "Review cycles" } " › " (cycle.name) }
            h1 { (cycle.name) }
            @if let Some(e) = error { div class="alert" role="alert" { (e) } }
            dl class="facts" {
                dt { "State" } dd { strong { (cycle.state.label()) } }
                dt { "Framework" } dd { (cycle.edition) }
                dt { "Experts per bundle" } dd { (cycle.panel_size) }
                dt { "Submission deadline" } dd { (date(cycle.deadlines.submission)) }
                dt { "Review deadline" } dd { (date(cycle.deadlines.review)) }
                dt { "Reconciliation deadline" } dd { (date(cycle.deadlines.reconciliation)) }
            }
            (progress_bar("Reports submitted:", cycle.progress.submitted, cycle.progress.cities))
            @if let Some(next) = cycle.state.next() {
                form method="post" action=(format!("/cycles/{}/transition", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    input type="hidden" name="to" value=(next.as_str());
                    input type="hidden" name="version" value=(cycle.version);
                    div { button type="submit" class="button" { "Move to: " (next.label()) } }
                }
            }
            p {
                a class="button secondary" href=(format!("/cycles/{}/assignment", cycle.id)) { "Assignment of experts" }
                @if cycle.state >= CycleState::Reviewing {
                    " " a class="button secondary" href=(format!("/cycles/{}/reconcile", cycle.id)) { "Reconciliation" }
                    " " a class="button secondary" href=(format!("/cycles/{}/agreement", cycle.id)) { "Agreement" }
                }
            }
            @if let Some(r) = ratings {
                h2 { "Ratings" }
                (progress_bar("Ratings submitted:", r.done, r.due))
                div class="two-columns" {
                    table class="data" {
                        caption { "By panel" }
                        tbody { @for (name, done, due) in &r.per_panel { tr { th scope="row" { (name) } td { (progress_bar("", *done, *due)) } } } }
                    }
                    table class="data" {
                        caption { "By city" }
                        tbody { @for (name, done, due) in &r.per_city { tr { th scope="row" { (name) } td { (progress_bar("", *done, *due)) } } } }
                    }
                }
                @if !r.behind.is_empty() {
                    h3 { "Experts with ratings still to submit" }
                    ul { @for (name, n) in &r.behind { li { (name) ": " (n) } } }
                    @if cycle.state == CycleState::Reviewing {
                        form method="post" action=(format!("/cycles/{}/remind", cycle.id)) {
                            (csrf_field(csrf))
                            button type="submit" class="button secondary" { "Remind them now by e-mail" }
                        }
                    }
                }
            }
            h2 { "Cities and their reports" }
            table class="data" {
                thead { tr { th scope="col" { "City" } th scope="col" { "Report" } th scope="col" { "Submitted" } th scope="col" { "Actions" } } }
                tbody {
                    @for row in rows {
                        tr {
                            td { (row.city.name) " (" (row.city.country) ")" }
                            td { a href=(format!("/cycles/{}/reports/{}", cycle.id, row.city.id)) { (row.state.label()) } }
                            td { (date(row.submitted_at)) }
                            td {
                                @if row.state == ReportState::Submitted && cycle.state == CycleState::Collecting {
                                    form method="post" action=(format!("/cycles/{}/reports/{}/return", cycle.id, row.city.id)) {
                                        (csrf_field(csrf))
                                        label for=(format!("msg-{}", row.city.id)) { "Return for correction, with a message:" }
                                        textarea id=(format!("msg-{}", row.city.id)) name="message" rows="2" required {}
                                        button type="submit" class="button secondary" { "Return" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { "Panels" }
            table class="data" {
                thead { tr { th scope="col" { "Panel" } th scope="col" { "Measurements" } th scope="col" { "Members" } } }
                tbody {
                    @for p in &cycle.panels {
                        tr {
                            td { a href=(format!("/cycles/{}/panels/{}", cycle.id, p.id)) { (p.name) } }
                            td { (p.measurements.join(", ")) }
                            td { (p.members.len()) }
                        }
                    }
                }
            }
        },
    )
}
