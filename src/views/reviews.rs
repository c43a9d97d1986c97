//! The expert's side: their bundles with progress, and the review page of a bundle (the city's
//! narrative beside the rating form, for each measurement).
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::score::Score;
use crate::tr;
use crate::views::words;

pub struct BundleRow {
    pub href: String,
    pub cycle: String,
    pub city: String,
    pub panel: String,
    pub rated: usize,
    pub total: usize,
    /// "First ratings" or "Revision (round 2)".
    pub round: String,
    pub deadline: String,
}

/// A panel the expert chairs, with what waits for them.
pub struct ChairRow {
    pub cycle: String,
    pub panel: String,
    pub queue_href: String,
    /// (label, count, link to the queue filtered by that status).
    pub counts: Vec<(String, usize, String)>,
    pub to_moderate: usize,
    pub moderate_href: String,
    pub without_statement: usize,
    /// The statement editor, at the first item without a statement.
    pub write_href: Option<String>,
}

/// The words for a round: the first ratings, or a revision round.
pub fn round_text(round: i16) -> String {
    if round <= 1 {
        tr!("reviews-round-first")
    } else {
        tr!("reviews-round-revision", round = round)
    }
}

/// A score's words, "4 Very good", from its value (empty words for a value off the scale).
fn score_words(score: u8) -> String {
    Score::try_from(i64::from(score)).map(words::score).unwrap_or_default()
}

pub fn home(shell: &Shell, rows: &[BundleRow], chaired: &[ChairRow]) -> Markup {
    let title = tr!("reviews-home-title");
    page(
        shell,
        &title,
        html! {
            h1 { (title) }
            @if rows.is_empty() {
                p { (tr!("reviews-home-empty")) }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("reviews-table-scroll")) { table class="data" {
                    thead { tr {
                        th scope="col" { (tr!("reviews-col-city")) } th scope="col" { (tr!("reviews-col-panel")) }
                        th scope="col" { (tr!("reviews-col-cycle")) } th scope="col" { (tr!("reviews-col-round")) }
                        th scope="col" { (tr!("reviews-col-submitted")) } th scope="col" { (tr!("reviews-col-deadline")) }
                    } }
                    tbody {
                        @for r in rows {
                            @let progress = tr!("reviews-progress", rated = r.rated, total = r.total);
                            tr {
                                td { a href=(r.href) { (r.city) } }
                                td { (r.panel) }
                                td { (r.cycle) }
                                td { (r.round) }
                                td { progress max=(r.total.max(1)) value=(r.rated) { (progress) } " " (progress) }
                                td { (r.deadline) }
                            }
                        }
                    }
                } }
            }
            @if !chaired.is_empty() {
                h2 { (tr!("reviews-chaired-heading")) }
                @for c in chaired {
                    section class="chaired" {
                        h3 { (c.panel) " · " (c.cycle) }
                        ul class="plain counts" {
                            @for (label, n, href) in &c.counts {
                                li { a href=(href) { (tr!("reviews-chaired-count", status = label.as_str())) " " strong { (n) } } }
                            }
                        }
                        p {
                            a href=(c.moderate_href) { (tr!("reviews-chaired-to-moderate", count = c.to_moderate)) }
                            " · "
                            @match &c.write_href {
                                Some(href) => { a href=(href) { (tr!("reviews-chaired-write", count = c.without_statement)) } }
                                None => { (tr!("reviews-chaired-all-written")) }
                            }
                            " · "
                            a href=(c.queue_href) { (tr!("reviews-chaired-all-items")) }
                        }
                    }
                }
            }
            p {
                a href="/history" { (tr!("reviews-link-history")) } " · "
                a href="/profile" { (tr!("reviews-link-profile")) } " · "
                a href="/framework" { (tr!("reviews-link-framework")) }
            }
        },
    )
}

pub struct OtherView {
    pub reviewer: String,
    pub score: u8,
    pub justification: String,
}

/// A comment in an item's discussion.
pub struct CommentView {
    pub author: String,
    pub mine: bool,
    pub round: i16,
    pub body: String,
    pub at: String,
}

/// An item's discussion, for the review page and the chair's item page.
pub struct DiscussionView {
    pub item_id: i32,
    pub open: bool,
    pub comments: Vec<CommentView>,
}

/// The discussion of an item: its comments and, while it is open, a form to add one.
pub fn discussion(d: &DiscussionView, csrf: &str) -> Markup {
    html! {
        section class="discussion" aria-labelledby=(format!("d-{}", d.item_id)) {
            h3 id=(format!("d-{}", d.item_id)) { (tr!("reviews-discussion-heading")) }
            p class="muted" { (tr!("reviews-discussion-intro")) }
            @if d.comments.is_empty() {
                p class="muted" { (tr!("reviews-discussion-empty")) }
            } @else {
                ol class="plain comments" {
                    @for c in &d.comments {
                        li class=@if c.mine { "mine" } {
                            p class="meta" { strong { (c.author) } " · " (tr!("reviews-comment-round", round = c.round)) " · " (c.at) }
                            @for para in c.body.split("\n\n") { p dir="auto" { (para) } }
                        }
                    }
                }
            }
            @if d.open {
                form method="post" action=(format!("/items/{}/comments", d.item_id)) class="form" {
                    (csrf_field(csrf))
                    div {
                        label for=(format!("cm-{}", d.item_id)) { (tr!("reviews-comment-label")) }
                        textarea dir="auto" id=(format!("cm-{}", d.item_id)) name="body" rows="3" maxlength="4000" required {}
                    }
                    button type="submit" class="button secondary" { (tr!("reviews-comment-add")) }
                }
            }
        }
    }
}

/// What a score level means for a measurement.
pub struct GuidanceView {
    pub score: u8,
    pub label: String,
    pub text: String,
}

pub struct ItemView {
    pub id: i32,
    pub code: String,
    pub name: String,
    pub definition: String,
    pub narrative: Option<(String, Vec<String>)>,
    /// The city's own rating, once the reviewer's own is in.
    pub self_score: Option<u8>,
    /// The city's last published result: (cycle, score, statement, its action plan).
    pub last_cycle: Option<(String, u8, String, Option<String>)>,
    pub score: Option<u8>,
    pub justification: String,
    pub confidence: String,
    pub submitted: bool,
    /// This item takes a rating now (its round is open and before its deadline).
    pub open: bool,
    pub version: i32,
    pub others: Vec<OtherView>,
    pub error: Option<String>,
    /// The item's round: 1 for the first ratings, 2, 3 … in revision.
    pub round: i16,
    /// The caller's label among the reviewers ("Reviewer B"), once they have one.
    pub my_label: Option<String>,
    /// In a revision round: the caller's own rating of the round before (score, justification).
    pub previous: Option<(u8, String)>,
    /// After a conflict (the rating changed elsewhere): the version saved now, beside what was typed.
    pub saved: Option<(u8, String)>,
    pub guidance: Vec<GuidanceView>,
    pub discussion: Option<DiscussionView>,
}

pub struct ReviewView<'a> {
    /// The report's language (ISO 639-1), for the narratives' `lang`.
    pub language: Option<&'a str>,
    pub cycle_id: i32,
    pub cycle: &'a str,
    pub city: &'a str,
    pub panel: &'a str,
    /// "First ratings" or "Revision (round 2)", when a round is open.
    pub round: Option<String>,
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
            p class="muted" { a href="/" { (tr!("reviews-home-title")) } " › " (v.cycle) }
            h1 { (tr!("reviews-bundle-heading", city = v.city, panel = v.panel)) @if let Some(r) = &v.round { " — " (r) } }
            p { (tr!("reviews-deadline")) " " strong { (v.deadline) } (tr!("reviews-instructions-after-deadline", excellent = score_words(5), poor = score_words(1), min = v.min_chars)) }
            p { a href=(format!("/cycles/{}/guidance", v.cycle_id)) { (tr!("reviews-guidance-link")) } }
            p class="muted" { (tr!("reviews-drafts-kept")) }
            @if !v.open { p class="flash" { (tr!("reviews-rating-closed")) } }
            @for item in &v.items {
                section class="measurement review-item" id=(format!("item-{}", item.id)) {
                    h2 { span class="code" { (item.code) } " " (item.name) }
                    p class="muted" { (item.definition) }
                    h3 { (tr!("reviews-city-report")) }
                    @match &item.narrative {
                        Some((text, links)) => {
                            div class="narrative" dir="auto" lang=[v.language] { @for para in text.split("\n\n") { p dir="auto" { (para) } } }
                            @if !links.is_empty() {
                                ul class="links" { @for l in links { li { a href=(l) rel="noopener noreferrer nofollow" target="_blank" { (l) } } } }
                            }
                        }
                        None => { p class="muted" { (tr!("reviews-no-narrative")) } }
                    }
                    @if let Some((cycle, score, feedback, plan)) = &item.last_cycle {
                        div class="previous" {
                            p { strong { (tr!("reviews-last-cycle", cycle = cycle.as_str(), score = *score, label = score_words(*score))) } }
                            @if !feedback.is_empty() { p dir="auto" { (tr!("reviews-last-statement")) " " (feedback) } }
                            p dir="auto" { (tr!("reviews-last-action-plan")) " " @match plan { Some(p) => { (p) } None => { span class="muted" { (tr!("reviews-last-action-plan-none")) } } } }
                        }
                    }
                    @if let Some(own) = item.self_score {
                        p class="muted" { (tr!("reviews-self-rating", score = own, label = score_words(own))) }
                    }
                    h3 {
                        (tr!("reviews-your-rating"))
                        @if item.round > 1 { " " (tr!("reviews-your-rating-revision", round = item.round)) }
                        @if let Some(l) = &item.my_label { span class="muted" { " " (tr!("reviews-you-are", label = l.as_str())) } }
                    }
                    @if let Some((score, text)) = &item.previous {
                        div class="previous" {
                            p { strong { (tr!("reviews-previous-rating", round = item.round - 1, score = *score, label = score_words(*score))) } }
                            p { (text) }
                            p class="muted" { (tr!("reviews-previous-hint")) }
                        }
                    }
                    @if let Some(e) = &item.error { div class="alert" role="alert" { (e) } }
                    @if let Some((score, text)) = &item.saved {
                        div class="alert conflict" {
                            p { strong { (tr!("reviews-saved-version", score = *score, label = score_words(*score))) } }
                            p { (text) }
                            p { (tr!("reviews-saved-version-hint")) }
                        }
                    }
                    @if !item.guidance.is_empty() {
                        details class="guidance" {
                            summary { (tr!("reviews-guidance-summary")) }
                            dl {
                                @for g in &item.guidance {
                                    dt { (g.score) " " (g.label) }
                                    dd { (g.text) }
                                }
                            }
                        }
                    }
                    @if item.submitted && item.open { p class="flash" { (tr!("reviews-item-submitted")) } }
                    @if !item.open { p class="flash" { (tr!("reviews-item-closed")) } }
                    form method="post" action=(format!("/items/{}/rating", item.id)) class="form rating-form"
                        data-draft=(format!("/items/{}/draft", item.id)) data-key=(format!("lcreview-draft-{}-{}", item.id, item.round)) {
                        (csrf_field(v.csrf))
                        input type="hidden" name="version" value=(item.version);
                        fieldset {
                            legend { (tr!("reviews-score")) }
                            @for s in Score::all().rev() {
                                div {
                                    input type="radio" id=(format!("s-{}-{}", item.id, s.value())) name="score" value=(s.value())
                                        checked[item.score == Some(s.value())] disabled[!item.open] required;
                                    " " label for=(format!("s-{}-{}", item.id, s.value())) class="inline-label" { (s.value()) " " (words::score(s)) }
                                }
                            }
                        }
                        div {
                            label for=(format!("j-{}", item.id)) { (tr!("reviews-justification")) " " span class="hint" { (tr!("reviews-justification-hint", min = v.min_chars)) } }
                            textarea dir="auto" id=(format!("j-{}", item.id)) name="justification" rows="5" maxlength="10000" readonly[!item.open] { (item.justification) }
                        }
                        div {
                            label for=(format!("c-{}", item.id)) { (tr!("reviews-confidence")) " " span class="hint" { (tr!("reviews-confidence-hint")) } }
                            select id=(format!("c-{}", item.id)) name="confidence" disabled[!item.open] {
                                option value="" { "—" }
                                @for (c, text) in [("low", tr!("reviews-confidence-low")), ("medium", tr!("reviews-confidence-medium")), ("high", tr!("reviews-confidence-high"))] {
                                    option value=(c) selected[item.confidence == c] { (text) }
                                }
                            }
                        }
                        @if item.open {
                            div {
                                button type="submit" name="action" value="save" class="button secondary" formnovalidate { (tr!("reviews-save-draft")) }
                                " "
                                button type="submit" name="action" value="submit" class="button" { (tr!("reviews-submit")) }
                                " "
                                span class="autosave muted" aria-live="polite" {}
                            }
                        }
                    }
                    @if !item.others.is_empty() {
                        h3 { (tr!("reviews-others-heading")) }
                        ul class="plain others" {
                            @for o in &item.others {
                                li {
                                    strong { (tr!("reviews-other-rating", reviewer = o.reviewer.as_str(), score = o.score, label = score_words(o.score))) }
                                    p dir="auto" { (o.justification) }
                                }
                            }
                        }
                    }
                    @if let Some(d) = &item.discussion { (discussion(d, v.csrf)) }
                }
            }
            // The script's words, in the reader's language: it fills `{message}` and `{status}`.
            script src=(super::layout::SCRIPT_URL.as_str()) defer
                data-restored=(tr!("reviews-js-restored"))
                data-kept=(tr!("reviews-js-kept"))
                data-saving=(tr!("reviews-js-saving"))
                data-saved=(tr!("reviews-draft-saved"))
                data-not-saved=(tr!("reviews-not-saved", message = "{message}"))
                data-not-saved-status=(tr!("reviews-js-not-saved-status", status = "{status}"))
                data-offline=(tr!("reviews-js-offline")) {}
        },
    )
}

/// One past item on the expert's history page.
pub struct PastRow {
    pub cycle: String,
    pub city: String,
    pub measurement: String,
    pub name: String,
    pub mine: String,
    pub justification: String,
    pub consensus: String,
}

/// The expert's past reviews: their own ratings and the consensus reached, per published cycle.
pub fn history(shell: &Shell, rows: &[PastRow]) -> Markup {
    let title = tr!("reviews-history-title");
    page(
        shell,
        &title,
        html! {
            h1 { (title) }
            p { (tr!("reviews-history-intro")) }
            @if rows.is_empty() {
                p class="muted" { (tr!("reviews-history-empty")) }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("reviews-table-scroll")) { table class="data" {
                    thead { tr {
                        th scope="col" { (tr!("reviews-col-cycle")) } th scope="col" { (tr!("reviews-col-city")) }
                        th scope="col" { (tr!("reviews-col-measurement")) } th scope="col" { (tr!("reviews-col-your-rating")) }
                        th scope="col" { (tr!("reviews-col-consensus")) }
                    } }
                    tbody {
                        @for r in rows {
                            tr {
                                td { (r.cycle) }
                                td { (r.city) }
                                td { span class="code" { (r.measurement) } " " (r.name) }
                                td { strong { (r.mine) } details { summary { (tr!("reviews-history-justification")) } p dir="auto" { (r.justification) } } }
                                td { (r.consensus) }
                            }
                        }
                    }
                } }
            }
        },
    )
}

/// One measurement on the guidance page.
pub struct GuidanceBlock {
    pub code: String,
    pub name: String,
    /// (score, label, text, written for this cycle).
    pub levels: Vec<(u8, String, String, bool)>,
}

/// A cycle's scoring guidance: what each score means per measurement; the secretariat edits it here.
pub fn guidance_page(
    shell: &Shell,
    cycle_id: i32,
    cycle: &str,
    blocks: &[GuidanceBlock],
    editable: bool,
    csrf: &str,
) -> Markup {
    page(
        shell,
        &tr!("reviews-guidance-page-title", cycle = cycle),
        html! {
            p class="muted" { (cycle) }
            h1 { (tr!("reviews-guidance-heading")) }
            p { (tr!("reviews-guidance-intro")) }
            @if editable { p { (tr!("reviews-guidance-edit-hint")) } }
            @for b in blocks {
                section class="measurement" id=(format!("g-{}", b.code)) {
                    h2 { span class="code" { (b.code) } " " (b.name) }
                    @if editable {
                        form method="post" action=(format!("/cycles/{}/guidance/{}", cycle_id, b.code)) class="form" {
                            (csrf_field(csrf))
                            @for (score, label, text, custom) in &b.levels {
                                div {
                                    label for=(format!("g-{}-{}", b.code, score)) { (score) " " (label) @if !custom { span class="hint" { " " (tr!("reviews-guidance-default")) } } }
                                    textarea dir="auto" id=(format!("g-{}-{}", b.code, score)) name=(format!("level_{score}")) rows="2" maxlength="2000" { @if *custom { (text) } }
                                    @if !custom { p class="hint" { (text) } }
                                }
                            }
                            button type="submit" class="button secondary" { (tr!("reviews-guidance-save", code = b.code.as_str())) }
                        }
                    } @else {
                        dl {
                            @for (score, label, text, custom) in &b.levels {
                                dt { (score) " " (label) @if !custom { span class="hint" { " " (tr!("reviews-guidance-default")) } } }
                                dd { (text) }
                            }
                        }
                    }
                }
            }
        },
    )
}
