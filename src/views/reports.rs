//! The report editor: a city writes its report; the secretariat reads it.
use std::collections::BTreeMap;

use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::figures::CheckStatus;
use crate::domain::framework::{Framework, Source};
use crate::domain::report::{FigureSource, ReportState, breakdowns_of};
use crate::i18n::format::count;
use crate::read::CheckedFigure;
use crate::tr;
use crate::views::words;

/// Where a figure comes from, as the city says (where the framework allows either).
pub fn figure_source(source: FigureSource) -> String {
    match source {
        FigureSource::Official => tr!("reports-figure-source-official"),
        FigureSource::Survey => tr!("reports-figure-source-survey"),
    }
}

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
    /// Where each figure stands (the secretariat's checks).
    pub figures: Vec<CheckedFigure>,
    /// The viewer checks figures here (the secretariat, the report in, the cycle not archived).
    pub may_check: bool,
    /// The viewer answers the secretariat's questions (the city's users, the cycle not archived).
    pub may_answer: bool,
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
        &tr!("reports-page-title", city = v.city_name),
        html! {
            p class="muted" { (v.cycle_name) }
            h1 { (tr!("reports-heading", city = v.city_name)) }
            p { (tr!("reports-state")) " " strong { (words::report_state(v.state)) } }
            @if let (ReportState::Returned, Some(msg)) = (v.state, v.return_message) {
                div class="alert" role="alert" {
                    strong { (tr!("reports-returned")) " " } (msg)
                }
            }
            @if v.state == ReportState::Submitted {
                p class="flash" { (tr!("reports-submitted-locked")) }
            }
            // Questions about figures are answered at the end of the page: say so at the top.
            @let open: Vec<&CheckedFigure> = v.figures.iter().filter(|f| f.status == CheckStatus::Queried).collect();
            @if v.may_answer && !open.is_empty() {
                div class="alert" role="status" {
                    strong { (tr!("reports-questions-open", count = open.len())) " " }
                    @for (i, f) in open.iter().enumerate() {
                        @if i > 0 { (tr!("reports-list-separator")) }
                        a href=(format!("#answer-{}", f.measurement)) { (f.measurement) }
                    }
                    (tr!("reports-sentence-end"))
                }
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
                    label for="language" { (tr!("reports-language")) }
                    (field_error(v, "language"))
                    select id="language" name="language" disabled[ro] aria-invalid=[v.field_errors.get("language").map(|_| "true")] {
                        option value="" { "—" }
                        @for l in v.languages {
                            option value=(l) selected[&v.form.language == l] { (crate::format::language_names(&[l])) }
                        }
                    }
                }
                h2 { (tr!("reports-narratives")) }
                p class="muted" { (tr!("reports-narratives-hint")) }
                @for m in v.framework.measurements().filter(|m| m.source == Source::ExpertReview && v.reviewed.contains(m.code.as_str())) {
                    @let code = m.code.as_str();
                    @let (text, links, own) = v.form.narratives.get(code).cloned().unwrap_or_default();
                    section class="measurement" id=(format!("m-{code}")) {
                        h3 { span class="code" { (code) } " " (m.name) }
                        p class="muted" { (m.definition) }
                        (field_error(v, code))
                        label for=(format!("n-{code}")) { (tr!("reports-narrative")) }
                        textarea dir="auto" id=(format!("n-{code}")) name=(format!("n.{code}.text")) rows="6" readonly[ro] { (text) }
                        label for=(format!("l-{code}")) { (tr!("reports-links")) " " span class="hint" { (tr!("reports-links-hint")) } }
                        textarea dir="auto" id=(format!("l-{code}")) name=(format!("n.{code}.links")) rows="2" readonly[ro]
                            aria-invalid=[v.field_errors.get(code).map(|_| "true")] aria-describedby=[v.field_errors.get(code).map(|_| format!("e-{code}"))] { (links) }
                        label for=(format!("s-{code}")) { (tr!("reports-self-rating")) " " span class="hint" { (tr!("reports-self-rating-hint")) } }
                        select id=(format!("s-{code}")) name=(format!("n.{code}.self")) disabled[ro] {
                            option value="" { "—" }
                            @for s in crate::domain::score::Score::all().rev() {
                                option value=(s.value()) selected[own == s.value().to_string()] { (count(usize::from(s.value()))) " " (words::score(s)) }
                            }
                        }
                    }
                }
                h2 { (tr!("reports-statistics")) }
                p class="muted" { (tr!("reports-statistics-hint")) }
                @for m in v.framework.measurements().filter(|m| m.source != Source::ExpertReview) {
                    @let code = m.code.as_str();
                    @let (year, values) = v.form.statistics.get(code).cloned().unwrap_or_default();
                    section class="measurement statistic" id=(format!("m-{code}")) {
                        h3 { span class="code" { (code) } " " (m.name) }
                        p class="muted" { (m.definition) " — " (m.unit.as_deref().unwrap_or("")) }
                        @if let Some(f) = v.figures.iter().find(|f| f.measurement == code) {
                            (check_note(f))
                        }
                        (field_error(v, code))
                        div class="stat-fields" {
                            div {
                                // Each field names its measurement for assistive technology, not only "Year".
                                label for=(format!("y-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } (tr!("reports-year")) }
                                input type="number" id=(format!("y-{code}")) name=(format!("s.{code}.year")) min="1950" max="2100" value=(year) readonly[ro];
                            }
                            @let meta = v.form.stat_meta.get(code).cloned().unwrap_or_default();
                            @if m.source == Source::OfficialOrSurvey {
                                div {
                                    label for=(format!("src-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } (tr!("reports-source")) }
                                    select id=(format!("src-{code}")) name=(format!("s.{code}.source")) disabled[ro] {
                                        option value="" { "—" }
                                        option value="official" selected[meta.source == "official"] { (figure_source(FigureSource::Official)) }
                                        option value="survey" selected[meta.source == "survey"] { (figure_source(FigureSource::Survey)) }
                                    }
                                }
                            }
                            div {
                                label for=(format!("p-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } (tr!("reports-provided-by")) }
                                input type="text" id=(format!("p-{code}")) name=(format!("s.{code}.provider")) maxlength="200" value=(meta.provider) readonly[ro];
                            }
                            div {
                                input type="checkbox" id=(format!("na-{code}")) name=(format!("s.{code}.na")) value="yes" checked[meta.not_available] disabled[ro];
                                " " label for=(format!("na-{code}")) class="inline-label" { span class="visually-hidden" { (code) " " (m.name) ": " } (tr!("reports-not-available")) }
                            }
                            div {
                                label for=(format!("nar-{code}")) { span class="visually-hidden" { (code) " " (m.name) ": " } (tr!("reports-why-not-available")) }
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
                        button type="submit" name="action" value="save" class="button secondary" { (tr!("reports-save-draft")) }
                        " "
                        button type="submit" name="action" value="submit" class="button" { (tr!("reports-submit")) }
                    }
                }
            }
            @if v.may_check { (checking(v)) }
            @if v.may_answer { (answering(v)) }
        },
    )
}

/// A figure's check, beside it in the report.
fn check_note(f: &CheckedFigure) -> Markup {
    html! {
        p class=(format!("check check-{}", f.status.as_str())) {
            strong { (words::check_status(f.status)) }
            @if let Some(q) = &f.question {
                @if f.status != CheckStatus::Verified {
                    br; (tr!("reports-question")) " " span dir="auto" { (q) }
                }
            }
            @if let Some(a) = &f.answer {
                br; (tr!("reports-answer")) " " span dir="auto" { (a) }
            }
        }
    }
}

/// A figure in one line: year, values, or why it is not available.
fn figure_line(v: &ReportView, code: &str) -> String {
    let Some((year, values)) = v.form.statistics.get(code) else {
        return v
            .form
            .stat_meta
            .get(code)
            .filter(|m| m.not_available)
            .map(|m| tr!("reports-not-available-reason", reason = m.reason.as_str()))
            .unwrap_or_default();
    };
    let values: Vec<String> = values.iter().map(|(b, x)| format!("{b} {x}")).collect();
    format!("{year}: {}", values.join(", "))
}

/// The secretariat's list of the report's figures, each verified or queried in its own form.
fn checking(v: &ReportView) -> Markup {
    let base = format!("/cycles/{}/reports/{}/checks", v.cycle_id, v.city_id);
    let waiting = v.figures.iter().filter(|f| f.status.needs_secretariat()).count();
    html! {
        section id="checks" {
            h2 { (tr!("reports-checking")) }
            p class="muted" { (tr!("reports-checking-hint", count = v.figures.len(), waiting = waiting)) }
            div class="table-scroll" {
                table {
                    thead { tr {
                        th { (tr!("reports-col-measurement")) } th { (tr!("reports-col-figure")) }
                        th { (tr!("reports-col-stands")) } th { (tr!("reports-col-decision")) }
                    } }
                    tbody {
                        @for f in &v.figures {
                            @let code = f.measurement.as_str();
                            tr id=(format!("check-{code}")) {
                                td { span class="code" { (code) } }
                                td { (figure_line(v, code)) }
                                td { (check_note(f)) }
                                td {
                                    form method="post" action=(format!("{base}/{code}")) class="inline" {
                                        (csrf_field(v.csrf))
                                        input type="hidden" name="status" value="verified";
                                        button type="submit" class="button secondary" { (tr!("reports-verified")) span class="visually-hidden" { " " (code) } }
                                    }
                                    form method="post" action=(format!("{base}/{code}")) {
                                        (csrf_field(v.csrf))
                                        input type="hidden" name="status" value="query";
                                        label for=(format!("q-{code}")) { (tr!("reports-question-label", code = code)) }
                                        textarea dir="auto" id=(format!("q-{code}")) name="question" rows="2" maxlength="2000" required {}
                                        button type="submit" class="button secondary" { (tr!("reports-send-question")) }
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

/// The city's answers to the secretariat's open questions, each with an optional corrected figure.
fn answering(v: &ReportView) -> Markup {
    let open: Vec<&CheckedFigure> = v
        .figures
        .iter()
        .filter(|f| matches!(f.status, CheckStatus::Queried | CheckStatus::Answered) && f.question.is_some())
        .collect();
    html! {
        @if !open.is_empty() {
            section id="questions" {
                h2 { (tr!("reports-questions")) }
                p class="muted" { (tr!("reports-questions-hint")) }
                @for f in open {
                    @let code = f.measurement.as_str();
                    @let (year, values) = v.form.statistics.get(code).cloned().unwrap_or_default();
                    form method="post" action=(format!("/cycles/{}/reports/{}/checks/{code}/answer", v.cycle_id, v.city_id)) class="form" id=(format!("answer-{code}")) {
                        (csrf_field(v.csrf))
                        h3 { span class="code" { (code) } }
                        (check_note(f))
                        label for=(format!("a-{code}")) { (tr!("reports-answer-label", code = code)) }
                        textarea dir="auto" id=(format!("a-{code}")) name="answer" rows="3" maxlength="2000" required {}
                        fieldset {
                            legend { (tr!("reports-corrected")) " " span class="hint" { (tr!("reports-corrected-hint")) } }
                            label for=(format!("ay-{code}")) { (tr!("reports-year")) }
                            input type="number" id=(format!("ay-{code}")) name="year" min="1950" max="2100" value=(year);
                            @for (i, b) in breakdowns_of(v.framework, code).iter().enumerate() {
                                label for=(format!("av-{code}-{i}")) { (b) }
                                input type="text" inputmode="decimal" id=(format!("av-{code}-{i}")) name=(format!("v.{b}"))
                                    value=(values.get(b).cloned().unwrap_or_default());
                            }
                        }
                        button type="submit" class="button" { (tr!("reports-send-answer")) }
                    }
                }
            }
        }
    }
}
