//! Reconciliation pages: the queue, an item (ratings, history, moderation, statement), and the
//! agreement dashboard.
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::score::Score;

pub struct QueueRow {
    pub id: i32,
    pub city: String,
    pub panel: String,
    pub measurement: String,
    pub scores: String,
    pub median: String,
    pub spread: Option<u8>,
    pub status: &'static str,
    pub consensus: String,
    pub has_feedback: bool,
    /// The viewer reviewed this item: its scores stay hidden until their own is in, and the
    /// secretariat moderates it.
    pub own_item: bool,
}

pub struct QueueView<'a> {
    pub cycle_id: i32,
    pub cycle: &'a str,
    pub rows: Vec<QueueRow>,
    pub panels: Vec<(i32, String)>,
    pub status: &'a str,
    pub panel: Option<i32>,
    pub measurement: &'a str,
    /// The city searched for.
    pub city: &'a str,
    pub sort: &'a str,
    /// The secretariat, in reconciliation: items in a revision round can be selected and their
    /// round closed now.
    pub can_close: bool,
    pub csrf: &'a str,
}

pub fn queue(shell: &Shell, v: &QueueView) -> Markup {
    page(
        shell,
        "Reconciliation",
        html! {
            p class="muted" { a href=(format!("/cycles/{}", v.cycle_id)) { (v.cycle) } " › Reconciliation" }
            h1 { "Reconciliation" }
            form method="get" class="filters" {
                label { "Status "
                    select name="status" {
                        @for s in ["", "open", "agreed", "disagreement", "moderation", "moderated"] {
                            option value=(s) selected[v.status == s] {
                                @match crate::domain::item::QueueStatus::parse(s) { Some(st) => { (st.label()) } None => { "any" } }
                            }
                        }
                    }
                }
                label { "Panel "
                    select name="panel" {
                        option value="" { "any" }
                        @for (id, name) in &v.panels { option value=(id) selected[v.panel == Some(*id)] { (name) } }
                    }
                }
                label { "City " input type="search" name="city" value=(v.city); }
                label { "Measurement " input type="text" name="measurement" value=(v.measurement); }
                label { "Sort " select name="sort" {
                    option value="" selected[v.sort.is_empty()] { "by city" }
                    option value="measurement" selected[v.sort == "measurement"] { "by measurement" }
                    option value="spread" selected[v.sort == "spread"] { "by spread, largest first" }
                } }
                button type="submit" class="button secondary" { "Show" }
            }
            p class="muted" { (v.rows.len()) " item(s) shown." }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                thead { tr { @if v.can_close { th scope="col" { span class="visually-hidden" { "Select" } } } th scope="col" { "City" } th scope="col" { "Panel" } th scope="col" { "Measurement" } th scope="col" { "Scores" } th scope="col" { "Median" } th scope="col" { "Spread" } th scope="col" { "Status" } th scope="col" { "Consensus" } th scope="col" { "Statement" } } }
                tbody {
                    @for r in &v.rows {
                        tr {
                            @if v.can_close {
                                td { @if r.status == "disagreement" {
                                    input type="checkbox" name="item_ids" value=(r.id) form="close-rounds" aria-label=(format!("Select {} {}", r.city, r.measurement));
                                } }
                            }
                            td { a href=(format!("/reconcile/items/{}", r.id)) { (r.city) } }
                            td { (r.panel) } td { (r.measurement) } td { (r.scores) } td { (r.median) }
                            td { @if let Some(s) = r.spread { (s) } }
                            td { (r.status) @if r.own_item { br; span class="muted" { "you review it: the secretariat moderates" } } }
                            td { (r.consensus) }
                            td { @if r.has_feedback { "written" } @else { span class="warn" { "missing" } } }
                        }
                    }
                }
            } }
            @if v.can_close && v.rows.iter().any(|r| r.status == "disagreement") {
                form id="close-rounds" method="post" action=(format!("/cycles/{}/close-round", v.cycle_id)) class="form" {
                    (super::layout::csrf_field(v.csrf))
                    p { "Items in a revision round can be selected above and their round closed now, as at its deadline." }
                    button type="submit" class="button secondary" { "Close the revision round of the selected items" }
                }
            }
        },
    )
}

pub struct HistoryRow {
    pub reviewer: String,
    pub round: i16,
    pub score: u8,
    pub justification: String,
    pub set_aside: bool,
}

pub struct ItemPageView<'a> {
    pub id: i32,
    pub cycle_id: i32,
    pub title: String,
    pub status: &'static str,
    pub median: String,
    pub history: Vec<HistoryRow>,
    pub consensus: String,
    pub rationale: Option<String>,
    pub feedback: String,
    pub can_moderate: bool,
    pub can_write: bool,
    /// The viewer reviewed this item: the secretariat moderates it.
    pub own_item: bool,
    /// For the secretariat: the reviewers whose submitted rating of the open round can be reopened
    /// (id, name).
    pub reopenable: Vec<(i32, String)>,
    pub csrf: &'a str,
    pub error: Option<&'a str>,
    /// The city's narrative for the measurement and its evidence links.
    pub narrative: Option<(String, Vec<String>)>,
    /// Where the item stands in its panel's order: (position, total, previous, next).
    pub nav: Option<(usize, usize, Option<String>, Option<String>)>,
    pub discussion: Option<super::reviews::DiscussionView>,
}

pub fn item(shell: &Shell, v: &ItemPageView) -> Markup {
    page(
        shell,
        &v.title,
        html! {
            p class="muted" { a href=(format!("/cycles/{}/reconcile", v.cycle_id)) { "Reconciliation" } }
            h1 { (v.title) }
            @if let Some((position, total, previous, next)) = &v.nav {
                nav class="editor-nav" aria-label="The panel's items" {
                    @match previous { Some(h) => { a href=(h) rel="prev" { "← Previous item" } } None => { span class="muted" { "← Previous item" } } }
                    span { "Item " (position) " of " (total) " of the panel" }
                    @match next { Some(h) => { a href=(h) rel="next" { "Next item →" } } None => { span class="muted" { "Next item →" } } }
                }
            }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            dl class="facts" {
                dt { "Status" } dd { (v.status) }
                dt { "Median now" } dd { (v.median) }
                dt { "Consensus" } dd { (v.consensus) }
                @if let Some(r) = &v.rationale { dt { "Rationale" } dd { (r) } }
            }
            details class="narrative-box" open[v.can_write] {
                summary { "The city's report for this measurement" }
                @match &v.narrative {
                    Some((text, links)) => {
                        div class="narrative" dir="auto" { @for para in text.split("\n\n") { p dir="auto" { (para) } } }
                        @if !links.is_empty() {
                            ul class="links" { @for l in links { li { a href=(l) rel="noopener noreferrer nofollow" target="_blank" { (l) } } } }
                        }
                    }
                    None => { p class="muted" { "No narrative." } }
                }
            }
            h2 { "Ratings, every round" }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                thead { tr { th scope="col" { "Reviewer" } th scope="col" { "Round" } th scope="col" { "Score" } th scope="col" { "Justification" } } }
                tbody { @for h in &v.history { tr {
                    td { (h.reviewer) @if h.set_aside { " " span class="warn" { "(set aside: conflict of interest)" } } }
                    td { (h.round) } td { (h.score) } td dir="auto" { (h.justification) }
                } } }
            } }
            @if v.own_item {
                p class="muted" { "You review this item: you see its ratings once yours for the round is in, and the secretariat, not you, sets its consensus if it comes to moderation." }
            }
            @if !v.reopenable.is_empty() {
                h2 { "Reopen a submitted rating" }
                p { "A submitted rating is final for its round. To let a reviewer correct a mistake, reopen it: it becomes a draft again and the reviewer is told why." }
                form method="post" action=(format!("/reconcile/items/{}/reopen", v.id)) class="form" {
                    (csrf_field(v.csrf))
                    div { label for="reopen-user" { "Reviewer" }
                        select id="reopen-user" name="user_id" required {
                            @for (id, name) in &v.reopenable { option value=(id) { (name) } }
                        }
                    }
                    div { label for="reopen-reason" { "Reason " span class="hint" { "(sent to the reviewer; at least 10 characters)" } }
                          textarea dir="auto" id="reopen-reason" name="reason" rows="3" required minlength="10" {} }
                    div { button type="submit" class="button secondary" { "Reopen the rating" } }
                }
            }
            @if v.can_moderate {
                h2 { "Moderation" }
                p { "The ratings still disagree after the last revision round: set the consensus score, with your rationale." }
                form method="post" action=(format!("/reconcile/items/{}/moderate", v.id)) class="form" {
                    (csrf_field(v.csrf))
                    fieldset { legend { "Score" }
                        @for s in Score::all().rev() {
                            div { input type="radio" id=(format!("m-{}", s.value())) name="score" value=(s.value()) required;
                                  " " label for=(format!("m-{}", s.value())) class="inline-label" { (s.value()) " " (s.label()) } }
                        }
                    }
                    div { label for="rationale" { "Rationale" } textarea dir="auto" id="rationale" name="rationale" rows="4" required minlength="10" {} }
                    div { button type="submit" class="button" { "Set the consensus" } }
                }
            }
            @if let Some(d) = &v.discussion { (super::reviews::discussion(d, v.csrf)) }
            @if v.can_write {
                h2 { "Feedback statement for the city" }
                form method="post" action=(format!("/reconcile/items/{}/feedback", v.id)) class="form" {
                    (csrf_field(v.csrf))
                    div { label for="statement" { "Statement " span class="hint" { "(the city reads it with its score)" } }
                          textarea dir="auto" id="statement" name="statement" rows="5" required { (v.feedback) } }
                    div {
                        button type="submit" class="button secondary" { "Save the statement" }
                        " "
                        button type="submit" name="then" value="next" class="button" { "Save and go to the next without one" }
                    }
                }
            }
        },
    )
}

/// Horizontal bars from 0 to 1 (alpha can be negative: drawn from 0, labelled).
fn alpha_bars(rows: &[(String, Option<f64>)]) -> Markup {
    super::charts::bars(&super::charts::BarChart {
        title: "Agreement per panel",
        description: "Krippendorff's alpha (ordinal) of the final ratings, from 0 (chance) to 1 (full agreement)",
        min: 0.0,
        max: 1.0,
        ticks: ["0", "0.25", "0.5", "0.75", "1"].map(str::to_owned).to_vec(),
        rows: rows
            .iter()
            .map(|(name, a)| super::charts::Bar {
                label: name.clone(),
                value: a.map(|a| a.clamp(0.0, 1.0)),
                previous: None,
                text: a.map_or_else(|| "n/a".to_owned(), |a| format!("{a:.3}")),
            })
            .collect(),
        previous_legend: None,
    })
}

/// Per row, how many gave each score 1 to 5: a table, which reads at any width.
pub fn distribution(rows: &[(String, [usize; 5])], title: &str) -> Markup {
    html! {
        div class="table-scroll" tabindex="0" role="region" aria-label=(title) {
            table class="data distribution" {
                caption { (title) }
                thead { tr { th scope="col" { "" } @for s in crate::domain::score::Score::all() { th scope="col" class="num" { (s.value()) " " (s.label()) } } } }
                tbody {
                    @for (name, counts) in rows {
                        tr {
                            th scope="row" { (name) }
                            @for n in counts { td class="num" { (n) } }
                        }
                    }
                }
            }
        }
    }
}

pub struct DashboardView<'a> {
    pub cycle_id: i32,
    pub cycle: &'a str,
    pub alpha_first: Option<f64>,
    pub alpha_final: Option<f64>,
    pub exact: Option<f64>,
    pub adjacent: Option<f64>,
    pub per_panel: Vec<(String, Option<f64>)>,
    pub distribution: Vec<(String, [usize; 5])>,
    /// (expert name, mean signed deviation, mean absolute deviation, items)
    pub deviation: Vec<(String, f64, f64, usize)>,
}

fn fmt(x: Option<f64>) -> String {
    x.map_or("n/a".into(), |x| format!("{x:.3}"))
}

pub fn dashboard(shell: &Shell, v: &DashboardView) -> Markup {
    page(
        shell,
        "Agreement",
        html! {
            p class="muted" { a href=(format!("/cycles/{}", v.cycle_id)) { (v.cycle) } " › Agreement" }
            h1 { "Agreement between reviewers" }
            dl class="facts" {
                dt { "Krippendorff's alpha (ordinal), first round" } dd { (fmt(v.alpha_first)) }
                dt { "Krippendorff's alpha (ordinal), final" } dd { (fmt(v.alpha_final)) }
                dt { "Exact agreement, first round" } dd { (fmt(v.exact)) }
                dt { "Adjacent agreement (within one point)" } dd { (fmt(v.adjacent)) }
            }
            h2 { "Alpha per panel (final ratings)" }
            (alpha_bars(&v.per_panel))
            h2 { "Score distribution per measurement (first round)" }
            (distribution(&v.distribution, "First-round scores per measurement (1 Poor to 5 Excellent)"))
            h2 { "Each expert's deviation from the consensus" }
            p class="muted" { "For the secretariat only. Positive: more lenient than the consensus; negative: stricter." }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                thead { tr { th scope="col" { "Expert" } th scope="col" { "Mean deviation" } th scope="col" { "Mean absolute deviation" } th scope="col" { "Items" } } }
                tbody { @for (name, s, a, n) in &v.deviation { tr { td { (name) } td { (format!("{s:+.2}")) } td { (format!("{a:.2}")) } td { (n) } } } }
            } }
        },
    )
}
