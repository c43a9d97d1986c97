//! The expert's side: their bundles with progress, and the review page of a bundle (the city's
//! narrative beside the rating form, for each measurement).
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::score::Score;

pub struct BundleRow {
    pub href: String,
    pub cycle: String,
    pub city: String,
    pub panel: String,
    pub rated: usize,
    pub total: usize,
    pub deadline: String,
}

pub fn home(shell: &Shell, rows: &[BundleRow]) -> Markup {
    page(
        shell,
        "Your reviews",
        html! {
            h1 { "Your reviews" }
            @if rows.is_empty() {
                p { "You have no review to do now. When a cycle you are assigned to starts its review, your cities and panels appear here with their deadline." }
            } @else {
                table class="data" {
                    thead { tr { th scope="col" { "City" } th scope="col" { "Panel" } th scope="col" { "Cycle" } th scope="col" { "Submitted" } th scope="col" { "Deadline" } } }
                    tbody {
                        @for r in rows {
                            tr {
                                td { a href=(r.href) { (r.city) } }
                                td { (r.panel) }
                                td { (r.cycle) }
                                td { progress max=(r.total.max(1)) value=(r.rated) { (r.rated) " of " (r.total) } " " (r.rated) " of " (r.total) }
                                td { (r.deadline) }
                            }
                        }
                    }
                }
            }
            p { a href="/profile" { "Your profile" } " · " a href="/framework" { "The framework" } }
        },
    )
}

pub struct OtherView {
    pub reviewer: String,
    pub score: u8,
    pub justification: String,
}

pub struct ItemView {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub definition: String,
    pub narrative: Option<(String, Vec<String>)>,
    pub score: Option<u8>,
    pub justification: String,
    pub confidence: String,
    pub submitted: bool,
    /// This item takes a rating now (its round is open and before its deadline).
    pub open: bool,
    pub version: i32,
    pub others: Vec<OtherView>,
    pub error: Option<String>,
}

pub struct ReviewView<'a> {
    pub cycle: &'a str,
    pub city: &'a str,
    pub panel: &'a str,
    pub deadline: String,
    pub open: bool,
    pub min_chars: u16,
    pub items: Vec<ItemView>,
    pub csrf: &'a str,
}

pub fn review(shell: &Shell, v: &ReviewView) -> Markup {
    page(
        shell,
        &format!("{} — {}", v.city, v.panel),
        html! {
            p class="muted" { a href="/" { "Your reviews" } " › " (v.cycle) }
            h1 { (v.city) ": " (v.panel) }
            p { "Deadline: " strong { (v.deadline) } ". Rate each measurement from the city's report, 5 Excellent to 1 Poor, with a justification of at least " (v.min_chars) " characters. You see the other reviewers' ratings once you have submitted yours." }
            @if !v.open { p class="flash" { "Rating is closed for this round." } }
            @for item in &v.items {
                section class="measurement review-item" id=(format!("item-{}", item.id)) {
                    h2 { span class="code" { (item.code) } " " (item.name) }
                    p class="muted" { (item.definition) }
                    h3 { "The city's report" }
                    @match &item.narrative {
                        Some((text, links)) => {
                            div class="narrative" { @for para in text.split("\n\n") { p { (para) } } }
                            @if !links.is_empty() {
                                ul class="links" { @for l in links { li { a href=(l) rel="noopener noreferrer nofollow" target="_blank" { (l) } } } }
                            }
                        }
                        None => { p class="muted" { "No narrative." } }
                    }
                    h3 { "Your rating" }
                    @if let Some(e) = &item.error { div class="alert" role="alert" { (e) } }
                    @if item.submitted && item.open { p class="flash" { "Submitted. You may still change it until the deadline." } }
                    @if !item.open { p class="flash" { "This item takes no rating now: it is settled, or waits for the other reviewers' revisions." } }
                    form method="post" action=(format!("/items/{}/rating", item.id)) class="form" {
                        (csrf_field(v.csrf))
                        input type="hidden" name="version" value=(item.version);
                        fieldset {
                            legend { "Score" }
                            @for s in Score::all().rev() {
                                div {
                                    input type="radio" id=(format!("s-{}-{}", item.id, s.value())) name="score" value=(s.value())
                                        checked[item.score == Some(s.value())] disabled[!item.open] required;
                                    " " label for=(format!("s-{}-{}", item.id, s.value())) class="inline-label" { (s.value()) " " (s.label()) }
                                }
                            }
                        }
                        div {
                            label for=(format!("j-{}", item.id)) { "Justification " span class="hint" { "(at least " (v.min_chars) " characters)" } }
                            textarea id=(format!("j-{}", item.id)) name="justification" rows="5" minlength=(v.min_chars) maxlength="10000" readonly[!item.open] { (item.justification) }
                        }
                        div {
                            label for=(format!("c-{}", item.id)) { "Confidence " span class="hint" { "(optional)" } }
                            select id=(format!("c-{}", item.id)) name="confidence" disabled[!item.open] {
                                option value="" { "—" }
                                @for c in ["low", "medium", "high"] { option value=(c) selected[item.confidence == c] { (c) } }
                            }
                        }
                        @if item.open {
                            div {
                                button type="submit" name="action" value="save" class="button secondary" formnovalidate { "Save draft" }
                                " "
                                button type="submit" name="action" value="submit" class="button" { "Submit" }
                            }
                        }
                    }
                    @if !item.others.is_empty() {
                        h3 { "The other reviewers" }
                        ul class="plain others" {
                            @for o in &item.others {
                                li { strong { (o.reviewer) ": " (o.score) " " (Score::try_from(i64::from(o.score)).map(Score::label).unwrap_or("")) } p { (o.justification) } }
                            }
                        }
                    }
                }
            }
        },
    )
}
