//! Review cycles: the secretariat's list and cycle page.
use maud::{Markup, html};
use time::OffsetDateTime;

use super::layout::{Shell, csrf_field, page};
use crate::domain::cycle::{CycleState, DeadlineKind};
use crate::domain::report::ReportState;
use crate::format::deadline;
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
    /// The time zone the deadlines are entered in (the person's).
    pub zone: String,
    /// The framework edition chosen ("" for the default).
    pub edition: String,
    pub error: Option<String>,
}

/// The framework editions to choose from: (name, whether it is the server's default).
pub type Editions<'a> = &'a [(String, bool)];

fn edition_select(editions: Editions, chosen: &str) -> Markup {
    html! {
        div { label for="edition" { "Framework edition" }
              select id="edition" name="edition" {
                  @for (name, default) in editions {
                      option value=(name) selected[chosen == name || (chosen.is_empty() && *default)] {
                          (name) @if *default { " (default)" }
                      }
                  }
              } }
    }
}

pub fn list(
    shell: &Shell,
    csrf: &str,
    cycles: &[Cycle],
    cities: &[City],
    editions: Editions,
    form: &CycleForm,
) -> Markup {
    page(
        shell,
        "Review cycles",
        html! {
            h1 { "Review cycles" }
            @if cycles.is_empty() {
                p { "No cycle yet." }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                    thead { tr { th scope="col" { "Cycle" } th scope="col" { "State" } th scope="col" { "Reports submitted" } th scope="col" { "Submission deadline" } } }
                    tbody {
                        @for c in cycles {
                            tr {
                                td { a href=(format!("/cycles/{}", c.id)) { (c.name) } }
                                td { (c.state.label()) }
                                td { (c.progress.submitted) " of " (c.progress.cities) }
                                td { (deadline(c.deadlines.submission, Some(&form.zone))) }
                            }
                        }
                    }
                } }
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
                (edition_select(editions, &form.edition))
                fieldset {
                    legend { "Deadlines " span class="hint" { "(day and time in " (form.zone) "; optional)" } }
                    div { label for="submission" { "Submission" } input type="datetime-local" id="submission" name="submission" value=(form.submission); }
                    div { label for="review" { "Review" } input type="datetime-local" id="review" name="review" value=(form.review); }
                    div { label for="reconciliation" { "Reconciliation" } input type="datetime-local" id="reconciliation" name="reconciliation" value=(form.reconciliation); }
                    input type="hidden" name="zone" value=(form.zone);
                }
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
    /// The report's figures: (to look at, queried and waiting for the city, verified).
    pub figures: (usize, usize, usize),
}

/// A report's figures in a few words, for the secretariat's list.
fn figures_line(report: ReportState, (to_check, queried, verified): (usize, usize, usize)) -> String {
    if report == ReportState::Draft || to_check + queried + verified == 0 {
        return "—".to_owned();
    }
    let mut parts = Vec::new();
    if to_check > 0 {
        parts.push(format!("{to_check} to check"));
    }
    if queried > 0 {
        parts.push(format!("{queried} queried"));
    }
    if verified > 0 {
        parts.push(format!("{verified} verified"));
    }
    parts.join(", ")
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

/// What the cycle page shows besides the cycle: the reports, the ratings' progress, and the
/// forms of what may change now.
pub struct CyclePageView<'a> {
    pub csrf: &'a str,
    pub cycle: &'a Cycle,
    pub rows: &'a [CityReport],
    pub ratings: Option<&'a RatingProgressView>,
    pub error: Option<&'a str>,
    /// The viewer's time zone (deadlines are shown and entered in it) and the zones to choose from.
    pub zone: &'a str,
    pub zones: &'a [String],
    /// Every city of the register, for the participating cities (draft or collecting).
    pub all_cities: &'a [City],
    /// The panel size and the rules may still change (no assignment confirmed).
    pub settings_editable: bool,
    /// Bundles of covered reports short of k experts.
    pub unfilled_bundles: usize,
    /// The current round's personal extensions: (expert id, name, until).
    pub extensions: &'a [(i32, String, OffsetDateTime)],
    /// The framework editions (while draft, the cycle may move to another).
    pub editions: Editions<'a>,
    /// The experts with bundles in force: (id, name).
    pub assigned: &'a [(i32, String)],
    /// The cities out of the review (their report not submitted once review started).
    pub out_of_review: &'a [String],
    /// The cities' search, report-state filter and order, as asked.
    pub filter: (&'a str, &'a str, &'a str),
    /// Once published: per city, how many measurements its action plan answers.
    pub answered: Option<&'a std::collections::BTreeMap<i32, usize>>,
}

fn deadline_input(name: &str, label: &str, value: Option<OffsetDateTime>, zone: &str, open: bool) -> Markup {
    html! {
        div {
            label for=(name) { (label) " " span class="hint" { "(" (deadline(value, Some(zone))) ")" } }
            input type="datetime-local" id=(name) name=(name) value=(crate::format::local_value(value, zone)) disabled[!open];
        }
    }
}

pub fn detail(shell: &Shell, v: &CyclePageView) -> Markup {
    let cycle = v.cycle;
    let csrf = v.csrf;
    let zone = v.zone;
    let open = |kind: DeadlineKind| cycle.state <= kind.last_state();
    page(
        shell,
        &cycle.name,
        html! {
            p class="muted" { a href="/cycles" { "Review cycles" } " › " (cycle.name) }
            h1 { (cycle.name) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            dl class="facts" {
                dt { "State" } dd { strong { (cycle.state.label()) } }
                dt { "Framework" } dd { (cycle.edition) }
                dt { "Experts per bundle" } dd { (cycle.panel_size) }
                dt { "Submission deadline" } dd { (deadline(cycle.deadlines.submission, Some(zone))) }
                dt { "Review deadline" } dd { (deadline(cycle.deadlines.review, Some(zone))) }
                dt { "Reconciliation deadline" } dd { (deadline(cycle.deadlines.reconciliation, Some(zone))) }
            }
            (progress_bar("Reports submitted:", cycle.progress.submitted, cycle.progress.cities))
            @if !v.out_of_review.is_empty() {
                div class="alert" role="status" {
                    strong { "Out of the review: " }
                    (v.out_of_review.join(", "))
                    ". Their report was not submitted when the review started (or was returned): it has no part in this cycle's review, and its draft figures never reach the city's profile."
                }
            }
            @if let Some(next) = cycle.state.next() {
                form method="post" action=(format!("/cycles/{}/transition", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    input type="hidden" name="to" value=(next.as_str());
                    input type="hidden" name="version" value=(cycle.version);
                    @if next == CycleState::Reviewing && v.unfilled_bundles > 0 {
                        p { (v.unfilled_bundles) " bundle(s) have fewer experts than the panel size. Fill them on the assignment page, or start the review with them short:" }
                        div { input type="checkbox" id="allow_underfilled" name="allow_underfilled" value="true";
                              " " label for="allow_underfilled" class="inline-label" { "Start the review with the short bundles" } }
                        div { label for="underfilled_reason" { "Why " span class="hint" { "(at least 10 characters; kept in the audit log)" } }
                              textarea dir="auto" id="underfilled_reason" name="reason" rows="2" {} }
                    }
                    div { button type="submit" class="button" { "Move to: " (next.label()) } }
                }
            }
            @if cycle.state == CycleState::Reconciling {
                form method="post" action=(format!("/cycles/{}/close-round", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    p { "Close every open revision round now, as at its deadline: those who did not resubmit keep their previous score." }
                    div { button type="submit" class="button secondary" { "Close the revision rounds now" } }
                }
            }
            p {
                a class="button secondary" href=(format!("/cycles/{}/assignment", cycle.id)) { "Assignment of experts" }
                " " a class="button secondary" href=(format!("/cycles/{}/guidance", cycle.id)) { "Scoring guidance" }
                @if cycle.state >= CycleState::Reviewing {
                    " " a class="button secondary" href=(format!("/cycles/{}/reconcile", cycle.id)) { "Reconciliation" }
                    " " a class="button secondary" href=(format!("/cycles/{}/agreement", cycle.id)) { "Agreement" }
                    " " a class="button secondary" href=(format!("/cycles/{}/ratings.csv", cycle.id)) { "Every rating (CSV, with reviewers' names)" }
                }
            }
            @if let Some(r) = v.ratings {
                h2 { "Ratings" }
                (progress_bar("Ratings submitted:", r.done, r.due))
                div class="two-columns" {
                    div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                        caption { "By panel" }
                        tbody { @for (name, done, due) in &r.per_panel { tr { th scope="row" { (name) } td { (progress_bar("", *done, *due)) } } } }
                    } }
                    div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                        caption { "By city" }
                        tbody { @for (name, done, due) in &r.per_city { tr { th scope="row" { (name) } td { (progress_bar("", *done, *due)) } } } }
                    } }
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
            @if matches!(cycle.state, CycleState::Reviewing | CycleState::Reconciling) {
                h2 { "Personal extensions of the current round" }
                @if v.extensions.is_empty() { p class="muted" { "None." } }
                ul {
                    @for (id, name, until) in v.extensions {
                        li {
                            (name) ": until " (deadline(Some(*until), Some(zone)))
                            form method="post" action=(format!("/cycles/{}/extensions/{}/remove", cycle.id, id)) class="inline" {
                                (csrf_field(csrf))
                                " " button type="submit" class="button secondary" { "Withdraw" }
                            }
                        }
                    }
                }
                @if !v.assigned.is_empty() {
                    form method="post" action=(format!("/cycles/{}/extensions", cycle.id)) class="form" {
                        (csrf_field(csrf))
                        div { label for="ext-user" { "Expert" }
                              select id="ext-user" name="user_id" { @for (id, name) in v.assigned { option value=(id) { (name) } } } }
                        div { label for="ext-until" { "May rate until " span class="hint" { "(" (zone) ")" } }
                              input type="datetime-local" id="ext-until" name="until" required; }
                        input type="hidden" name="zone" value=(zone);
                        div { button type="submit" class="button secondary" { "Give this extension" } }
                    }
                }
            }
            @if cycle.state < CycleState::Published {
                h2 { "Change the cycle" }
                form method="post" action=(format!("/cycles/{}/edit", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    div { label for="name" { "Name" } input type="text" id="name" name="name" value=(cycle.name) required; }
                    @if cycle.state == CycleState::Draft {
                        (edition_select(v.editions, &cycle.edition))
                    }
                    fieldset {
                        legend { "Deadlines, in " (zone) }
                        (deadline_input("submission", "Submission", cycle.deadlines.submission, zone, open(DeadlineKind::Submission)))
                        (deadline_input("review", "Review", cycle.deadlines.review, zone, open(DeadlineKind::Review)))
                        (deadline_input("reconciliation", "Reconciliation", cycle.deadlines.reconciliation, zone, open(DeadlineKind::Reconciliation)))
                        div { label for="zone" { "Time zone of these fields" }
                              select id="zone" name="zone" { @for z in v.zones { option value=(z) selected[z == zone] { (z) } } } }
                    }
                    @if v.settings_editable {
                        div { label for="panel_size" { "Experts per bundle " span class="hint" { "(2 to 7)" } }
                              input type="number" id="panel_size" name="panel_size" min="2" max="7" value=(cycle.panel_size); }
                        div { label for="min_justification" { "Shortest justification of a submitted rating " span class="hint" { "(characters)" } }
                              input type="number" id="min_justification" name="min_justification" min="0" max="2000" value=(cycle.min_justification_chars); }
                        div { label for="max_spread" { "Ratings agree when they are at most this far apart" }
                              input type="number" id="max_spread" name="max_spread" min="0" max="4" value=(cycle.max_spread); }
                        div { label for="revision_rounds" { "Revision rounds before moderation" }
                              input type="number" id="revision_rounds" name="revision_rounds" min="0" max="3" value=(cycle.revision_rounds); }
                        div { input type="checkbox" id="conflict_same_country" name="conflict_same_country" value="true" checked[cycle.conflict_same_country];
                              " " label for="conflict_same_country" class="inline-label" { "Experts do not review cities of their own country" } }
                    }
                    @if cycle.state <= CycleState::Collecting {
                        fieldset {
                            legend { "Participating cities" }
                            @for c in v.all_cities {
                                div { input type="checkbox" id=(format!("city-{}", c.id)) name="city_ids" value=(c.id) checked[cycle.city_ids.contains(&c.id)];
                                      " " label for=(format!("city-{}", c.id)) class="inline-label" { (c.name) " (" (c.country) ")" } }
                            }
                        }
                    }
                    div { button type="submit" class="button secondary" { "Save the changes" } }
                }
            }
            h2 id="cities" { "Cities and their reports" }
            @let (q, report, sort) = v.filter;
            form method="get" action=(format!("/cycles/{}#cities", cycle.id)) class="filters" role="search" {
                div { label for="city-q" { "City" } input type="search" id="city-q" name="q" value=(q); }
                div { label for="city-report" { "Report" }
                    select id="city-report" name="report" {
                        option value="" { "any" }
                        @for st in [ReportState::Draft, ReportState::Submitted, ReportState::Returned] {
                            option value=(st.as_str()) selected[report == st.as_str()] { (st.label()) }
                        }
                    }
                }
                div { label for="city-sort" { "Order" }
                    select id="city-sort" name="sort" {
                        option value="name" selected[sort.is_empty() || sort == "name"] { "by name" }
                        option value="state" selected[sort == "state"] { "by report state" }
                        option value="submitted" selected[sort == "submitted"] { "latest submitted first" }
                    }
                }
                button type="submit" class="button secondary" { "Show" }
            }
            p class="muted" { (v.rows.len()) " of " (cycle.city_ids.len()) " cities shown." }
            @let bulk = cycle.state == CycleState::Collecting && !v.rows.is_empty();
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                thead { tr {
                    @if bulk { th scope="col" { span class="visually-hidden" { "Select" } } }
                    th scope="col" { "City" } th scope="col" { "Report" } th scope="col" { "Submitted" }
                    th scope="col" { "Figures" }
                    @if v.answered.is_some() { th scope="col" { "Action plan" } }
                    th scope="col" { "Actions" }
                } }
                tbody {
                    @for row in v.rows {
                        tr {
                            @if bulk {
                                td { input type="checkbox" name="city_ids" value=(row.city.id) form="bulk" id=(format!("sel-{}", row.city.id)) aria-label=(format!("Select {}", row.city.name)); }
                            }
                            td { (row.city.name) " (" (row.city.country) ")" }
                            td { a href=(format!("/cycles/{}/reports/{}", cycle.id, row.city.id)) { (row.state.label()) } }
                            td { (date(row.submitted_at)) }
                            td {
                                @let line = figures_line(row.state, row.figures);
                                @if line == "—" { (line) } @else {
                                    a href=(format!("/cycles/{}/reports/{}#checks", cycle.id, row.city.id)) { (line) }
                                }
                            }
                            @if let Some(answered) = v.answered {
                                td { (answered.get(&row.city.id).copied().unwrap_or(0)) " of " (cycle.reviewed_measurements().len()) " answered" }
                            }
                            td {
                                @if row.state == ReportState::Submitted && cycle.state == CycleState::Collecting {
                                    form method="post" action=(format!("/cycles/{}/reports/{}/return", cycle.id, row.city.id)) {
                                        (csrf_field(csrf))
                                        label for=(format!("msg-{}", row.city.id)) { "Return for correction, with a message:" }
                                        textarea dir="auto" id=(format!("msg-{}", row.city.id)) name="message" rows="2" required {}
                                        button type="submit" class="button secondary" { "Return" }
                                    }
                                }
                            }
                        }
                    }
                }
            } }
            @if bulk {
                form id="bulk" method="post" action=(format!("/cycles/{}/reports/bulk", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    fieldset {
                        legend { "With the selected cities" }
                        div { input type="radio" id="bulk-remind" name="action" value="remind" checked; " " label for="bulk-remind" class="inline-label" { "Remind them to submit their report (those not submitted)" } }
                        div { input type="radio" id="bulk-return" name="action" value="return"; " " label for="bulk-return" class="inline-label" { "Return their submitted reports for correction" } }
                        div { label for="bulk-message" { "Message " span class="hint" { "(for a return: what to correct)" } } textarea dir="auto" id="bulk-message" name="message" rows="2" {} }
                    }
                    button type="submit" class="button secondary" { "Continue" }
                }
            }
            h2 { "Panels" }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
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
            } }
        },
    )
}
