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
    pub counts: Vec<(&'static str, usize, String)>,
    pub to_moderate: usize,
    pub moderate_href: String,
    pub without_statement: usize,
    /// The statement editor, at the first item without a statement.
    pub write_href: Option<String>,
}

/// The words for a round: the first ratings, or a revision round.
pub fn round_text(round: i16) -> String {
    if round <= 1 {
        "First ratings".to_owned()
    } else {
        format!("Revision (round {round})")
    }
}

pub fn home(shell: &Shell, rows: &[BundleRow], chaired: &[ChairRow]) -> Markup {
    page(
        shell,
        "Your reviews",
        html! {
            h1 { "Your reviews" }
            @if rows.is_empty() {
                p { "You have no review to do now. When a cycle you are assigned to starts its review, your cities and panels appear here with their deadline." }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                    thead { tr { th scope="col" { "City" } th scope="col" { "Panel" } th scope="col" { "Cycle" } th scope="col" { "Round" } th scope="col" { "Submitted" } th scope="col" { "Deadline" } } }
                    tbody {
                        @for r in rows {
                            tr {
                                td { a href=(r.href) { (r.city) } }
                                td { (r.panel) }
                                td { (r.cycle) }
                                td { (r.round) }
                                td { progress max=(r.total.max(1)) value=(r.rated) { (r.rated) " of " (r.total) } " " (r.rated) " of " (r.total) }
                                td { (r.deadline) }
                            }
                        }
                    }
                } }
            }
            @if !chaired.is_empty() {
                h2 { "Panels you chair" }
                @for c in chaired {
                    section class="chaired" {
                        h3 { (c.panel) " · " (c.cycle) }
                        ul class="plain counts" {
                            @for (label, n, href) in &c.counts {
                                li { a href=(href) { (label) ": " strong { (n) } } }
                            }
                        }
                        p {
                            a href=(c.moderate_href) { (c.to_moderate) " item(s) waiting for your moderation" }
                            " · "
                            @match &c.write_href {
                                Some(href) => { a href=(href) { "Write statements (" (c.without_statement) " to write)" } }
                                None => { "Every decided item has its statement." }
                            }
                            " · "
                            a href=(c.queue_href) { "All the panel's items" }
                        }
                    }
                }
            }
            p { a href="/history" { "Your past reviews" } " · " a href="/profile" { "Your profile" } " · " a href="/framework" { "The framework" } }
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
            h3 id=(format!("d-{}", d.item_id)) { "Discussion" }
            p class="muted" { "Among the item's reviewers and the panel's chair, by their part, never by name. The city never sees it." }
            @if d.comments.is_empty() {
                p class="muted" { "No comment yet." }
            } @else {
                ol class="plain comments" {
                    @for c in &d.comments {
                        li class=@if c.mine { "mine" } {
                            p class="meta" { strong { (c.author) } " · round " (c.round) " · " (c.at) }
                            @for para in c.body.split("\n\n") { p dir="auto" { (para) } }
                        }
                    }
                }
            }
            @if d.open {
                form method="post" action=(format!("/items/{}/comments", d.item_id)) class="form" {
                    (csrf_field(csrf))
                    div {
                        label for=(format!("cm-{}", d.item_id)) { "Your comment" }
                        textarea dir="auto" id=(format!("cm-{}", d.item_id)) name="body" rows="3" maxlength="4000" required {}
                    }
                    button type="submit" class="button secondary" { "Add the comment" }
                }
            }
        }
    }
}

/// What a score level means for a measurement.
pub struct GuidanceView {
    pub score: u8,
    pub label: &'static str,
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
            p class="muted" { a href="/" { "Your reviews" } " › " (v.cycle) }
            h1 { (v.city) ": " (v.panel) @if let Some(r) = &v.round { " — " (r) } }
            p { "Deadline: " strong { (v.deadline) } ". Rate each measurement from the city's report, 5 Excellent to 1 Poor, with a justification of at least " (v.min_chars) " characters to submit (a draft may be shorter). You see the other reviewers' ratings once you have submitted yours." }
            p { a href=(format!("/cycles/{}/guidance", v.cycle_id)) { "What each score means, for every measurement of the cycle" } }
            p class="muted" { "Drafts are kept as you type (in this browser, and on the server once a score is chosen); you are warned before leaving a page with unsaved text." }
            @if !v.open { p class="flash" { "Rating is closed for this round." } }
            @for item in &v.items {
                section class="measurement review-item" id=(format!("item-{}", item.id)) {
                    h2 { span class="code" { (item.code) } " " (item.name) }
                    p class="muted" { (item.definition) }
                    h3 { "The city's report" }
                    @match &item.narrative {
                        Some((text, links)) => {
                            div class="narrative" dir="auto" lang=[v.language] { @for para in text.split("\n\n") { p dir="auto" { (para) } } }
                            @if !links.is_empty() {
                                ul class="links" { @for l in links { li { a href=(l) rel="noopener noreferrer nofollow" target="_blank" { (l) } } } }
                            }
                        }
                        None => { p class="muted" { "No narrative." } }
                    }
                    @if let Some((cycle, score, feedback, plan)) = &item.last_cycle {
                        div class="previous" {
                            p { strong { "In " (cycle) ": " (score) " " (Score::try_from(i64::from(*score)).map(Score::label).unwrap_or("")) } }
                            @if !feedback.is_empty() { p dir="auto" { "The panel's statement: " (feedback) } }
                            p dir="auto" { "The city's action plan: " @match plan { Some(p) => { (p) } None => { span class="muted" { "none given" } } } }
                        }
                    }
                    @if let Some(own) = item.self_score {
                        p class="muted" { "The city's own rating: " (own) " " (Score::try_from(i64::from(own)).map(Score::label).unwrap_or("")) }
                    }
                    h3 {
                        "Your rating"
                        @if item.round > 1 { " — revision, round " (item.round) }
                        @if let Some(l) = &item.my_label { span class="muted" { " (you are " (l) ")" } }
                    }
                    @if let Some((score, text)) = &item.previous {
                        div class="previous" {
                            p { strong { "Your rating of round " (item.round - 1) ": " (score) " " (Score::try_from(i64::from(*score)).map(Score::label).unwrap_or("")) } }
                            p { (text) }
                            p class="muted" { "The form starts from it: keep your score or revise it, and say why for this round." }
                        }
                    }
                    @if let Some(e) = &item.error { div class="alert" role="alert" { (e) } }
                    @if let Some((score, text)) = &item.saved {
                        div class="alert conflict" {
                            p { strong { "The version saved now (changed elsewhere): " (score) " " (Score::try_from(i64::from(*score)).map(Score::label).unwrap_or("")) } }
                            p { (text) }
                            p { "The form below keeps what you typed: submit it to replace the saved version, or copy what you need." }
                        }
                    }
                    @if !item.guidance.is_empty() {
                        details class="guidance" {
                            summary { "What each score means for this measurement" }
                            dl {
                                @for g in &item.guidance {
                                    dt { (g.score) " " (g.label) }
                                    dd { (g.text) }
                                }
                            }
                        }
                    }
                    @if item.submitted && item.open { p class="flash" { "Submitted. You may still change it until the deadline." } }
                    @if !item.open { p class="flash" { "This item takes no rating now: it is settled, or waits for the other reviewers' revisions." } }
                    form method="post" action=(format!("/items/{}/rating", item.id)) class="form rating-form"
                        data-draft=(format!("/items/{}/draft", item.id)) data-key=(format!("lcreview-draft-{}-{}", item.id, item.round)) {
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
                            textarea dir="auto" id=(format!("j-{}", item.id)) name="justification" rows="5" maxlength="10000" readonly[!item.open] { (item.justification) }
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
                                " "
                                span class="autosave muted" aria-live="polite" {}
                            }
                        }
                    }
                    @if !item.others.is_empty() {
                        h3 { "The other reviewers" }
                        ul class="plain others" {
                            @for o in &item.others {
                                li { strong { (o.reviewer) ": " (o.score) " " (Score::try_from(i64::from(o.score)).map(Score::label).unwrap_or("")) } p dir="auto" { (o.justification) } }
                            }
                        }
                    }
                    @if let Some(d) = &item.discussion { (discussion(d, v.csrf)) }
                }
            }
            script src=(super::layout::SCRIPT_URL.as_str()) defer {}
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
    page(
        shell,
        "Your past reviews",
        html! {
            h1 { "Your past reviews" }
            p { "Your own last rating of each item you reviewed in published cycles, beside the consensus the panel reached. Only you see this page." }
            @if rows.is_empty() {
                p class="muted" { "Nothing yet: your reviews appear here once their cycle is published." }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                    thead { tr { th scope="col" { "Cycle" } th scope="col" { "City" } th scope="col" { "Measurement" } th scope="col" { "Your rating" } th scope="col" { "Consensus" } } }
                    tbody {
                        @for r in rows {
                            tr {
                                td { (r.cycle) }
                                td { (r.city) }
                                td { span class="code" { (r.measurement) } " " (r.name) }
                                td { strong { (r.mine) } details { summary { "Your justification" } p dir="auto" { (r.justification) } } }
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
    pub levels: Vec<(u8, &'static str, String, bool)>,
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
        &format!("Scoring guidance — {cycle}"),
        html! {
            p class="muted" { (cycle) }
            h1 { "Scoring guidance" }
            p { "What each score means for each measurement of this cycle. Where the secretariat has written nothing, the service's default applies (marked \"default\")." }
            @if editable { p { "Write a level's text to replace the default for this cycle; empty a field to restore it. Reviewers see the text beside their rating form." } }
            @for b in blocks {
                section class="measurement" id=(format!("g-{}", b.code)) {
                    h2 { span class="code" { (b.code) } " " (b.name) }
                    @if editable {
                        form method="post" action=(format!("/cycles/{}/guidance/{}", cycle_id, b.code)) class="form" {
                            (csrf_field(csrf))
                            @for (score, label, text, custom) in &b.levels {
                                div {
                                    label for=(format!("g-{}-{}", b.code, score)) { (score) " " (label) @if !custom { span class="hint" { " (default)" } } }
                                    textarea dir="auto" id=(format!("g-{}-{}", b.code, score)) name=(format!("level_{score}")) rows="2" maxlength="2000" { @if *custom { (text) } }
                                    @if !custom { p class="hint" { (text) } }
                                }
                            }
                            button type="submit" class="button secondary" { "Save the guidance of " (b.code) }
                        }
                    } @else {
                        dl {
                            @for (score, label, text, custom) in &b.levels {
                                dt { (score) " " (label) @if !custom { span class="hint" { " (default)" } } }
                                dd { (text) }
                            }
                        }
                    }
                }
            }
        },
    )
}
