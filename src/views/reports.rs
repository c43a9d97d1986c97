//! The report editor: a city writes its report; the secretariat reads it.
use std::collections::BTreeMap;

use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::framework::{Framework, Source};
use crate::domain::report::{ReportState, breakdowns_of};

/// What the form shows: the saved report, or what was just typed when it could not be saved.
#[derive(Default, Clone)]
pub struct ReportForm {
    pub language: String,
    /// code → (text, links one per line, the city's own rating "1".."5" or "")
    pub narratives: BTreeMap<String, (String, String, String)>,
    /// code → (year, breakdown → value)
    pub statistics: BTreeMap<String, (String, BTreeMap<String, String>)>,
    /// code → where a figure comes from, who provided it, and "not available" with its reason.
    pub stat_meta: BTreeMap<String, StatMeta>,
    pub version: i32,
}

/// A statistic's provenance, as the form shows it.
#[derive(Default, Clone)]
pub struct StatMeta {
    /// "", "official" or "survey".
    pub source: String,
    pub provider: String,
    pub not_available: bool,
    pub reason: String,
}

pub struct ReportView<'a> {
    pub cycle_id: i32,
    pub cycle_name: &'a str,
    pub city_id: i32,
    pub city_name: &'a str,
    pub languages: &'a [String],
    pub framework: &'a Framework,
    pub reviewed: &'a std::collections::BTreeSet<String>,
    pub state: ReportState,
    pub return_message: Option<&'a str>,
    /// May the viewer change it now (their city, collecting, not locked)?
    pub editable: bool,
    pub form: ReportForm,
    pub error: Option<String>,
    /// Problems beside their field: measurement code (or `language`) → messages.
    pub field_errors: BTreeMap<String, Vec<String>>,
    pub csrf: &'a str,
}

/// The problems of one field, beside it (its id is what the field's `aria-describedby` names).
fn field_error(v: &ReportView, key: &str) -> Markup {
    html! {
        @if let Some(messages) = v.field_errors.get(key) {
            div class="alert field-error" id=(format!("e-{key}")) {
                @for m in messages { p { (m) } }
            }
        }
    }
}

pub fn editor(shell: &Shell, v: &ReportView) -> Markup {
    let ro = !v.editable;
    page(
        shell,
        &format!("{} — report", v.city_name),
        html! {
            p class="muted" { (v.cycle_name) }
            h1 { "Report of " (v.city_name) }
            p { "State: " strong { (v.state.label()) } }
            @if let (ReportState::Returned, Some(msg)) = (v.state, v.return_message) {
                div class="alert" role="alert" {
                    strong { "Returned by the secretariat for correction: " } (msg)
                }
            }
            @if v.state == ReportState::Submitted {
                p class="flash" { "This report is submitted and locked. The secretariat can return it for correction." }
            }
            @if let Some(e) = &v.error {
                div class="alert" role="alert" {
                    p { (e) }
                    @if !v.field_errors.is_empty() {
                        ul { @for (key, messages) in &v.field_errors {
                            li { a href=(if key == "language" { "#language".to_owned() } else { format!("#m-{key}") }) { (key) } ": " (messages.join("; ")) }
                        } }
                    }
                }
            }
            form method="post" action=(format!("/cycles/{}/reports/{}", v.cycle_id, v.city_id)) class="report" {
                (csrf_field(v.csrf))
                input type="hidden" name="version" value=(v.form.version);
                div class="form" {
                    label for="language" { "Language of the report" }
                    (field_error(v, "language"))
                    select id="language" name="language" disabled[ro] aria-invalid=[v.field_errors.get("language").map(|_| "true")] {
                        option value="" { "—" }
                        @for l in v.languages {
                            option value=(l) selected[&v.form.language == l] { (crate::format::language_names(&[l])) }
                        }
                    }
                }
                h2 { "Narratives, for the experts' review" }
                p class="muted" { "Describe, with evidence, what the city does. Each is read and rated 1–5 by a panel of independent experts." }
                @for m in v.framework.measurements().filter(|m| m.source == Source::ExpertReview && v.reviewed.contains(m.code.as_str())) {
                    @let code = m.code.as_str();
                    @let (text, links, own) = v.form.narratives.get(code).cloned().unwrap_or_default();
                    section class="measurement" id=(format!("m-{code}")) {
                        h3 { span class="code" { (code) } " " (m.name) }
                        p class="muted" { (m.definition) }
                        (field_error(v, code))
                        label for=(format!("n-{code}")) { "Narrative" }
                        textarea dir="auto" id=(format!("n-{code}")) name=(format!("n.{code}.text")) rows="6" readonly[ro] { (text) }
                        label for=(format!("l-{code}")) { "Evidence links " span class="hint" { "(one web address per line)" } }
                        textarea dir="auto" id=(format!("l-{code}")) name=(format!("n.{code}.links")) rows="2" readonly[ro]
                            aria-invalid=[v.field_errors.get(code).map(|_| "true")] aria-describedby=[v.field_errors.get(code).map(|_| format!("e-{code}"))] { (links) }
                        label for=(format!("s-{code}")) { "The city's own rating " span class="hint" { "(optional; reviewers see it only after their own rating, the profile beside the consensus)" } }
                        select id=(format!("s-{code}")) name=(format!("n.{code}.self")) disabled[ro] {
                            option value="" { "—" }
                            @for s in crate::domain::score::Score::all().rev() {
                                option value=(s.value()) selected[own == s.value().to_string()] { (s.value()) " " (s.label()) }
                            }
                        }
                    }
                }
                h2 { "Statistics" }
                p class="muted" { "Leave empty what the city does not report." }
                @for m in v.framework.measurements().filter(|m| m.source != Source::ExpertReview) {
                    @let code = m.code.as_str();
                    @let (year, values) = v.form.statistics.get(code).cloned().unwrap_or_default();
                    section class="measurement statistic" id=(format!("m-{code}")) {
                        h3 { span class="code" { (code) } " " (m.name) }
                        p class="muted" { (m.definition) " — " (m.unit.as_deref().unwrap_or("")) }
                        (field_error(v, code))
                        div class="stat-fields" {
                            div {
                                // Each field names its measurement for assistive technology, not only "Year".
                                label for=(format!("y-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } "Year" }
                                input type="number" id=(format!("y-{code}")) name=(format!("s.{code}.year")) min="1950" max="2100" value=(year) readonly[ro];
                            }
                            @let meta = v.form.stat_meta.get(code).cloned().unwrap_or_default();
                            @if m.source == Source::OfficialOrSurvey {
                                div {
                                    label for=(format!("src-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } "Source" }
                                    select id=(format!("src-{code}")) name=(format!("s.{code}.source")) disabled[ro] {
                                        option value="" { "—" }
                                        option value="official" selected[meta.source == "official"] { "Official data" }
                                        option value="survey" selected[meta.source == "survey"] { "Survey" }
                                    }
                                }
                            }
                            div {
                                label for=(format!("p-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } "Provided by" }
                                input type="text" id=(format!("p-{code}")) name=(format!("s.{code}.provider")) maxlength="200" value=(meta.provider) readonly[ro];
                            }
                            div {
                                input type="checkbox" id=(format!("na-{code}")) name=(format!("s.{code}.na")) value="yes" checked[meta.not_available] disabled[ro];
                                " " label for=(format!("na-{code}")) class="inline-label" { span class="visually-hidden" { (code) " " (m.name) ": " } "Not available" }
                            }
                            div {
                                label for=(format!("nar-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } "Why not available" }
                                input type="text" id=(format!("nar-{code}")) name=(format!("s.{code}.na_reason")) maxlength="500" value=(meta.reason) readonly[ro];
                            }
                            @for (i, b) in breakdowns_of(v.framework, code).iter().enumerate() {
                                div {
                                    label for=(format!("v-{code}-{i}")) { span class="visually-hidden" { (code) " " (m.name) ": " } (b) }
                                    input type="text" inputmode="decimal" id=(format!("v-{code}-{i}")) name=(format!("s.{code}.v.{b}"))
                                        value=(values.get(b).cloned().unwrap_or_default()) readonly[ro];
                                }
                            }
                        }
                    }
                }
                @if v.editable {
                    div class="actions" {
                        button type="submit" name="action" value="save" class="button secondary" { "Save draft" }
                        " "
                        button type="submit" name="action" value="submit" class="button" { "Submit the report" }
                    }
                }
            }
        },
    )
}
