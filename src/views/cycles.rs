//! Review cycles: the secretariat's list and cycle page.
use crate::domain::assignment::affinity::{AffinityRule, Continuity, MAX_WEIGHT};
use maud::{Markup, html};
use time::OffsetDateTime;

use super::layout::{Shell, csrf_field, page};
use crate::domain::cycle::{CycleState, DeadlineKind};
use crate::domain::report::ReportState;
use crate::format::deadline;
use crate::i18n::format::count;
use crate::read::City;
use crate::read::Cycle;
use crate::tr;
use crate::views::words;

pub use crate::format::date;

/// An accessible progress bar: the native element, with the numbers in words beside it.
pub fn progress_bar(label: &str, done: usize, total: usize) -> Markup {
    html! {
        div class="progress" {
            label { (label) " "
                progress max=(total.max(1)) value=(done) { (tr!("cycles-progress-of", done = done, total = total)) }
                " " span class="muted" { (tr!("cycles-progress-of", done = done, total = total)) }
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
        div { label for="edition" { (tr!("cycles-edition")) }
              select id="edition" name="edition" {
                  @for (name, default) in editions {
                      option value=(name) selected[chosen == name || (chosen.is_empty() && *default)] {
                          (name) @if *default { " " (tr!("cycles-edition-default")) }
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
        &tr!("cycles-title"),
        html! {
            h1 { (tr!("cycles-title")) }
            @if cycles.is_empty() {
                p { (tr!("cycles-none")) }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("cycles-table-scroll")) { table class="data" {
                    thead { tr {
                        th scope="col" { (tr!("cycles-col-cycle")) } th scope="col" { (tr!("cycles-col-state")) }
                        th scope="col" { (tr!("cycles-col-reports-submitted")) } th scope="col" { (tr!("cycles-submission-deadline")) }
                    } }
                    tbody {
                        @for c in cycles {
                            tr {
                                td { a href=(format!("/cycles/{}", c.id)) { (c.name) } }
                                td { (words::cycle_state(c.state)) }
                                td { (tr!("cycles-progress-of", done = c.progress.submitted, total = c.progress.cities)) }
                                td { (deadline(c.deadlines.submission, Some(&form.zone))) }
                            }
                        }
                    }
                } }
            }
            h2 { (tr!("cycles-new")) }
            @if let Some(e) = &form.error { div class="alert" role="alert" { (e) } }
            form method="post" action="/cycles" class="form" {
                (csrf_field(csrf))
                div { label for="name" { (tr!("cycles-name")) } input type="text" id="name" name="name" required value=(form.name); }
                fieldset {
                    legend { (tr!("cycles-participating-cities")) }
                    @if cities.is_empty() { p class="muted" { (tr!("cycles-register-cities-first")) } }
                    @for c in cities {
                        div {
                            input type="checkbox" id=(format!("city-{}", c.id)) name="city_ids" value=(c.id) checked[form.city_ids.contains(&c.id)];
                            " " label for=(format!("city-{}", c.id)) class="inline-label" { (c.name) " (" (c.country) ")" }
                        }
                    }
                }
                div { label for="panel_size" { (tr!("cycles-panel-size-new")) " " span class="hint" { (tr!("cycles-panel-size-new-hint")) } }
                      input type="number" id="panel_size" name="panel_size" min="2" max="7" value=(form.panel_size); }
                (edition_select(editions, &form.edition))
                fieldset {
                    legend { (tr!("cycles-deadlines")) " " span class="hint" { (tr!("cycles-deadlines-hint", zone = form.zone.as_str())) } }
                    div { label for="submission" { (words::deadline_kind(DeadlineKind::Submission)) } input type="datetime-local" id="submission" name="submission" value=(form.submission); }
                    div { label for="review" { (words::deadline_kind(DeadlineKind::Review)) } input type="datetime-local" id="review" name="review" value=(form.review); }
                    div { label for="reconciliation" { (words::deadline_kind(DeadlineKind::Reconciliation)) } input type="datetime-local" id="reconciliation" name="reconciliation" value=(form.reconciliation); }
                    input type="hidden" name="zone" value=(form.zone);
                }
                div { button type="submit" class="button" { (tr!("cycles-open-as-draft")) } }
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
        parts.push(tr!("cycles-figures-to-check", count = to_check));
    }
    if queried > 0 {
        parts.push(tr!("cycles-figures-queried", count = queried));
    }
    if verified > 0 {
        parts.push(tr!("cycles-figures-verified", count = verified));
    }
    join(&parts)
}

/// Names or phrases in a row, as the reader's language separates them ("A, B", "A、B", "A، B").
pub fn join<S: AsRef<str>>(items: &[S]) -> String {
    let separator = tr!("cycles-list-separator");
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(&separator)
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
            p class="muted" { a href="/cycles" { (tr!("cycles-title")) } " › " (cycle.name) }
            h1 { (cycle.name) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            dl class="facts" {
                dt { (tr!("cycles-col-state")) } dd { strong { (words::cycle_state(cycle.state)) } }
                dt { (tr!("cycles-framework")) } dd { (cycle.edition) }
                dt { (tr!("cycles-experts-per-bundle")) } dd { (count(usize::from(cycle.panel_size))) }
                dt { (tr!("cycles-affinity-legend")) } dd { (affinity_summary(cycle.affinity)) }
                dt { (tr!("cycles-submission-deadline")) } dd { (deadline(cycle.deadlines.submission, Some(zone))) }
                dt { (tr!("cycles-review-deadline")) } dd { (deadline(cycle.deadlines.review, Some(zone))) }
                dt { (tr!("cycles-reconciliation-deadline")) } dd { (deadline(cycle.deadlines.reconciliation, Some(zone))) }
            }
            (progress_bar(&tr!("cycles-reports-submitted-progress"), cycle.progress.submitted, cycle.progress.cities))
            @if !v.out_of_review.is_empty() {
                div class="alert" role="status" {
                    strong { (tr!("cycles-out-of-review")) } " "
                    (tr!("cycles-out-of-review-cities", cities = join(v.out_of_review)))
                }
            }
            @if let Some(next) = cycle.state.next() {
                form method="post" action=(format!("/cycles/{}/transition", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    input type="hidden" name="to" value=(next.as_str());
                    input type="hidden" name="version" value=(cycle.version);
                    @if next == CycleState::Reviewing && v.unfilled_bundles > 0 {
                        p { (tr!("cycles-short-bundles", count = v.unfilled_bundles)) }
                        div { input type="checkbox" id="allow_underfilled" name="allow_underfilled" value="true";
                              " " label for="allow_underfilled" class="inline-label" { (tr!("cycles-start-short")) } }
                        div { label for="underfilled_reason" { (tr!("cycles-short-why")) " " span class="hint" { (tr!("cycles-short-why-hint")) } }
                              textarea dir="auto" id="underfilled_reason" name="reason" rows="2" {} }
                    }
                    div { button type="submit" class="button" { (tr!("cycles-move-to", state = words::cycle_state(next))) } }
                }
            }
            @if cycle.state == CycleState::Reconciling {
                form method="post" action=(format!("/cycles/{}/close-round", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    p { (tr!("cycles-close-rounds-text")) }
                    div { button type="submit" class="button secondary" { (tr!("cycles-close-rounds")) } }
                }
            }
            p {
                a class="button secondary" href=(format!("/cycles/{}/assignment", cycle.id)) { (tr!("cycles-link-assignment")) }
                " " a class="button secondary" href=(format!("/cycles/{}/guidance", cycle.id)) { (tr!("cycles-link-guidance")) }
                @if cycle.state >= CycleState::Reviewing {
                    " " a class="button secondary" href=(format!("/cycles/{}/reconcile", cycle.id)) { (tr!("cycles-link-reconciliation")) }
                    " " a class="button secondary" href=(format!("/cycles/{}/agreement", cycle.id)) { (tr!("cycles-link-agreement")) }
                    " " a class="button secondary" href=(format!("/cycles/{}/ratings.csv", cycle.id)) { (tr!("cycles-link-ratings-csv")) }
                }
            }
            @if let Some(r) = v.ratings {
                h2 { (tr!("cycles-ratings")) }
                (progress_bar(&tr!("cycles-ratings-submitted-progress"), r.done, r.due))
                div class="two-columns" {
                    div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("cycles-table-scroll")) { table class="data" {
                        caption { (tr!("cycles-by-panel")) }
                        tbody { @for (name, done, due) in &r.per_panel { tr { th scope="row" { (name) } td { (progress_bar("", *done, *due)) } } } }
                    } }
                    div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("cycles-table-scroll")) { table class="data" {
                        caption { (tr!("cycles-by-city")) }
                        tbody { @for (name, done, due) in &r.per_city { tr { th scope="row" { (name) } td { (progress_bar("", *done, *due)) } } } }
                    } }
                }
                @if !r.behind.is_empty() {
                    h3 { (tr!("cycles-behind")) }
                    ul { @for (name, n) in &r.behind { li { (tr!("cycles-behind-expert", name = name.as_str(), count = *n)) } } }
                    @if cycle.state == CycleState::Reviewing {
                        form method="post" action=(format!("/cycles/{}/remind", cycle.id)) {
                            (csrf_field(csrf))
                            button type="submit" class="button secondary" { (tr!("cycles-remind-now")) }
                        }
                    }
                }
            }
            @if matches!(cycle.state, CycleState::Reviewing | CycleState::Reconciling) {
                h2 { (tr!("cycles-extensions")) }
                @if v.extensions.is_empty() { p class="muted" { (tr!("cycles-extensions-none")) } }
                ul {
                    @for (id, name, until) in v.extensions {
                        li {
                            (tr!("cycles-extension-until", name = name.as_str(), until = deadline(Some(*until), Some(zone))))
                            form method="post" action=(format!("/cycles/{}/extensions/{}/remove", cycle.id, id)) class="inline" {
                                (csrf_field(csrf))
                                " " button type="submit" class="button secondary" { (tr!("cycles-extension-withdraw")) }
                            }
                        }
                    }
                }
                @if !v.assigned.is_empty() {
                    form method="post" action=(format!("/cycles/{}/extensions", cycle.id)) class="form" {
                        (csrf_field(csrf))
                        div { label for="ext-user" { (tr!("cycles-extension-expert")) }
                              select id="ext-user" name="user_id" { @for (id, name) in v.assigned { option value=(id) { (name) } } } }
                        div { label for="ext-until" { (tr!("cycles-extension-until-label")) " " span class="hint" { "(" (zone) ")" } }
                              input type="datetime-local" id="ext-until" name="until" required; }
                        input type="hidden" name="zone" value=(zone);
                        div { button type="submit" class="button secondary" { (tr!("cycles-extension-give")) } }
                    }
                }
            }
            @if cycle.state < CycleState::Published {
                h2 { (tr!("cycles-change")) }
                form method="post" action=(format!("/cycles/{}/edit", cycle.id)) class="form" {
                    (csrf_field(csrf))
                    div { label for="name" { (tr!("cycles-name")) } input type="text" id="name" name="name" value=(cycle.name) required; }
                    @if cycle.state == CycleState::Draft {
                        (edition_select(v.editions, &cycle.edition))
                    }
                    fieldset {
                        legend { (tr!("cycles-deadlines-in", zone = zone)) }
                        (deadline_input("submission", &words::deadline_kind(DeadlineKind::Submission), cycle.deadlines.submission, zone, open(DeadlineKind::Submission)))
                        (deadline_input("review", &words::deadline_kind(DeadlineKind::Review), cycle.deadlines.review, zone, open(DeadlineKind::Review)))
                        (deadline_input("reconciliation", &words::deadline_kind(DeadlineKind::Reconciliation), cycle.deadlines.reconciliation, zone, open(DeadlineKind::Reconciliation)))
                        div { label for="zone" { (tr!("cycles-zone")) }
                              select id="zone" name="zone" { @for z in v.zones { option value=(z) selected[z == zone] { (z) } } } }
                    }
                    @if v.settings_editable {
                        div { label for="panel_size" { (tr!("cycles-experts-per-bundle")) " " span class="hint" { (tr!("cycles-panel-size-hint")) } }
                              input type="number" id="panel_size" name="panel_size" min="2" max="7" value=(cycle.panel_size); }
                        div { label for="min_justification" { (tr!("cycles-min-justification")) " " span class="hint" { (tr!("cycles-min-justification-hint")) } }
                              input type="number" id="min_justification" name="min_justification" min="0" max="2000" value=(cycle.min_justification_chars); }
                        div { label for="max_spread" { (tr!("cycles-max-spread")) }
                              input type="number" id="max_spread" name="max_spread" min="0" max="4" value=(cycle.max_spread); }
                        div { label for="revision_rounds" { (tr!("cycles-revision-rounds")) }
                              input type="number" id="revision_rounds" name="revision_rounds" min="0" max="3" value=(cycle.revision_rounds); }
                        div { input type="checkbox" id="conflict_same_country" name="conflict_same_country" value="true" checked[cycle.conflict_same_country];
                              " " label for="conflict_same_country" class="inline-label" { (tr!("cycles-conflict-same-country")) } }
                        (affinity_fields(cycle.affinity))
                    }
                    @if cycle.state <= CycleState::Collecting {
                        fieldset {
                            legend { (tr!("cycles-participating-cities")) }
                            @for c in v.all_cities {
                                div { input type="checkbox" id=(format!("city-{}", c.id)) name="city_ids" value=(c.id) checked[cycle.city_ids.contains(&c.id)];
                                      " " label for=(format!("city-{}", c.id)) class="inline-label" { (c.name) " (" (c.country) ")" } }
                            }
                        }
                    }
                    div { button type="submit" class="button secondary" { (tr!("cycles-save")) } }
                }
            }
            h2 id="cities" { (tr!("cycles-cities")) }
            @let (q, report, sort) = v.filter;
            form method="get" action=(format!("/cycles/{}#cities", cycle.id)) class="filters" role="search" {
                div { label for="city-q" { (tr!("cycles-col-city")) } input type="search" id="city-q" name="q" value=(q); }
                div { label for="city-report" { (tr!("cycles-col-report")) }
                    select id="city-report" name="report" {
                        option value="" { (tr!("cycles-filter-any")) }
                        @for st in [ReportState::Draft, ReportState::Submitted, ReportState::Returned] {
                            option value=(st.as_str()) selected[report == st.as_str()] { (words::report_state(st)) }
                        }
                    }
                }
                div { label for="city-sort" { (tr!("cycles-order")) }
                    select id="city-sort" name="sort" {
                        option value="name" selected[sort.is_empty() || sort == "name"] { (tr!("cycles-order-name")) }
                        option value="state" selected[sort == "state"] { (tr!("cycles-order-state")) }
                        option value="submitted" selected[sort == "submitted"] { (tr!("cycles-order-submitted")) }
                    }
                }
                button type="submit" class="button secondary" { (tr!("cycles-filter-show")) }
            }
            p class="muted" { (tr!("cycles-cities-shown", shown = v.rows.len(), total = cycle.city_ids.len())) }
            @let bulk = cycle.state == CycleState::Collecting && !v.rows.is_empty();
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("cycles-table-scroll")) { table class="data" {
                thead { tr {
                    @if bulk { th scope="col" { span class="visually-hidden" { (tr!("cycles-col-select")) } } }
                    th scope="col" { (tr!("cycles-col-city")) } th scope="col" { (tr!("cycles-col-report")) } th scope="col" { (tr!("cycles-col-submitted")) }
                    th scope="col" { (tr!("cycles-col-figures")) }
                    @if v.answered.is_some() { th scope="col" { (tr!("cycles-col-action-plan")) } }
                    th scope="col" { (tr!("cycles-col-actions")) }
                } }
                tbody {
                    @for row in v.rows {
                        tr {
                            @if bulk {
                                td { input type="checkbox" name="city_ids" value=(row.city.id) form="bulk" id=(format!("sel-{}", row.city.id)) aria-label=(tr!("cycles-select-city", city = row.city.name.as_str())); }
                            }
                            td { (row.city.name) " (" (row.city.country) ")" }
                            td { a href=(format!("/cycles/{}/reports/{}", cycle.id, row.city.id)) { (words::report_state(row.state)) } }
                            td { (date(row.submitted_at)) }
                            td {
                                @let line = figures_line(row.state, row.figures);
                                @if line == "—" { (line) } @else {
                                    a href=(format!("/cycles/{}/reports/{}#checks", cycle.id, row.city.id)) { (line) }
                                }
                            }
                            @if let Some(answered) = v.answered {
                                td { (tr!("cycles-answered", answered = answered.get(&row.city.id).copied().unwrap_or(0), total = cycle.reviewed_measurements().len())) }
                            }
                            td {
                                @if row.state == ReportState::Submitted && cycle.state == CycleState::Collecting {
                                    form method="post" action=(format!("/cycles/{}/reports/{}/return", cycle.id, row.city.id)) {
                                        (csrf_field(csrf))
                                        label for=(format!("msg-{}", row.city.id)) { (tr!("cycles-return-message")) }
                                        textarea dir="auto" id=(format!("msg-{}", row.city.id)) name="message" rows="2" required {}
                                        button type="submit" class="button secondary" { (tr!("cycles-return")) }
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
                        legend { (tr!("cycles-bulk")) }
                        div { input type="radio" id="bulk-remind" name="action" value="remind" checked; " " label for="bulk-remind" class="inline-label" { (tr!("cycles-bulk-remind")) } }
                        div { input type="radio" id="bulk-return" name="action" value="return"; " " label for="bulk-return" class="inline-label" { (tr!("cycles-bulk-return")) } }
                        div { label for="bulk-message" { (tr!("cycles-bulk-message")) " " span class="hint" { (tr!("cycles-bulk-message-hint")) } } textarea dir="auto" id="bulk-message" name="message" rows="2" {} }
                    }
                    button type="submit" class="button secondary" { (tr!("cycles-bulk-continue")) }
                }
            }
            h2 { (tr!("cycles-panels")) }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("cycles-table-scroll")) { table class="data" {
                thead { tr { th scope="col" { (tr!("cycles-col-panel")) } th scope="col" { (tr!("cycles-col-measurements")) } th scope="col" { (tr!("cycles-col-members")) } } }
                tbody {
                    @for p in &cycle.panels {
                        tr {
                            td { a href=(format!("/cycles/{}/panels/{}", cycle.id, p.id)) { (p.name) } }
                            td { (p.measurements.join(", ")) }
                            td { (count(p.members.len())) }
                        }
                    }
                }
            } }
        },
    )
}

/// The cycle's affinity rule in one line: each weight, and the stance on previous reviewers (with
/// its weight when it counts).
fn affinity_summary(rule: AffinityRule) -> String {
    let w = rule.weights;
    let continuity = match rule.continuity {
        Continuity::Off => words::continuity(rule.continuity),
        _ => format!("{} ({})", words::continuity(rule.continuity), w.continuity),
    };
    tr!(
        "cycles-affinity-summary",
        expertise = w.expertise,
        region = w.region,
        native = w.native_language,
        continuity = continuity
    )
}

/// The cycle's affinity rule as form fields: a weight per term and the stance on previous reviewers.
fn affinity_fields(rule: AffinityRule) -> Markup {
    let w = rule.weights;
    let weight = |name: &str, label: String, value: u8| {
        html! {
            div { label for=(name) { (label) }
                  input type="number" id=(name) name=(name) min="0" max=(MAX_WEIGHT) value=(value); }
        }
    };
    html! {
        fieldset {
            legend { (tr!("cycles-affinity-legend")) }
            p class="hint" { (tr!("cycles-affinity-hint")) }
            (weight("weight_expertise", tr!("cycles-weight-expertise"), w.expertise))
            (weight("weight_region", tr!("cycles-weight-region"), w.region))
            (weight("weight_native_language", tr!("cycles-weight-native-language"), w.native_language))
            (weight("weight_continuity", tr!("cycles-weight-continuity"), w.continuity))
            div { label for="continuity" { (tr!("cycles-continuity")) }
                select id="continuity" name="continuity" {
                    @for c in Continuity::ALL {
                        option value=(c.as_str()) selected[c == rule.continuity] { (words::continuity(c)) }
                    }
                }
            }
        }
    }
}
