//! Reconciliation pages: the queue, an item (ratings, history, moderation, statement), and the
//! agreement dashboard.
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::item::QueueStatus;
use crate::domain::score::Score;
use crate::i18n::format::{count, number, signed};
use crate::tr;
use crate::views::words;

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

/// An item's status as the queue and the item page write it (in English its code: "disagreement").
fn status_text(code: &str) -> String {
    match QueueStatus::parse(code) {
        Some(QueueStatus::Open) => tr!("consensus-status-open"),
        Some(QueueStatus::Agreed) => tr!("consensus-status-agreed"),
        Some(QueueStatus::Disagreement) => tr!("consensus-status-disagreement"),
        Some(QueueStatus::Moderation) => tr!("consensus-status-moderation"),
        Some(QueueStatus::Moderated) => tr!("consensus-status-moderated"),
        None => code.to_owned(),
    }
}

pub fn queue(shell: &Shell, v: &QueueView) -> Markup {
    let title = tr!("consensus-queue-title");
    page(
        shell,
        &title,
        html! {
            p class="muted" { a href=(format!("/cycles/{}", v.cycle_id)) { (v.cycle) } " › " (title) }
            h1 { (title) }
            form method="get" class="filters" {
                label { (tr!("consensus-filter-status")) " "
                    select name="status" {
                        @for s in ["", "open", "agreed", "disagreement", "moderation", "moderated"] {
                            option value=(s) selected[v.status == s] {
                                @match QueueStatus::parse(s) { Some(st) => { (words::queue_status(st)) } None => { (tr!("consensus-filter-any")) } }
                            }
                        }
                    }
                }
                label { (tr!("consensus-filter-panel")) " "
                    select name="panel" {
                        option value="" { (tr!("consensus-filter-any")) }
                        @for (id, name) in &v.panels { option value=(id) selected[v.panel == Some(*id)] { (name) } }
                    }
                }
                label { (tr!("consensus-filter-city")) " " input type="search" name="city" value=(v.city); }
                label { (tr!("consensus-filter-measurement")) " " input type="text" name="measurement" value=(v.measurement); }
                label { (tr!("consensus-filter-sort")) " " select name="sort" {
                    option value="" selected[v.sort.is_empty()] { (tr!("consensus-sort-city")) }
                    option value="measurement" selected[v.sort == "measurement"] { (tr!("consensus-sort-measurement")) }
                    option value="spread" selected[v.sort == "spread"] { (tr!("consensus-sort-spread")) }
                } }
                button type="submit" class="button secondary" { (tr!("consensus-filter-show")) }
            }
            p class="muted" { (tr!("consensus-items-shown", count = v.rows.len())) }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("consensus-table-scroll")) { table class="data" {
                thead { tr {
                    @if v.can_close { th scope="col" { span class="visually-hidden" { (tr!("consensus-col-select")) } } }
                    th scope="col" { (tr!("consensus-col-city")) } th scope="col" { (tr!("consensus-col-panel")) }
                    th scope="col" { (tr!("consensus-col-measurement")) } th scope="col" { (tr!("consensus-col-scores")) }
                    th scope="col" { (tr!("consensus-col-median")) } th scope="col" { (tr!("consensus-col-spread")) }
                    th scope="col" { (tr!("consensus-col-status")) } th scope="col" { (tr!("consensus-col-consensus")) }
                    th scope="col" { (tr!("consensus-col-statement")) }
                } }
                tbody {
                    @for r in &v.rows {
                        tr {
                            @if v.can_close {
                                td { @if r.status == "disagreement" {
                                    input type="checkbox" name="item_ids" value=(r.id) form="close-rounds"
                                        aria-label=(tr!("consensus-select-item", city = r.city.as_str(), measurement = r.measurement.as_str()));
                                } }
                            }
                            td { a href=(format!("/reconcile/items/{}", r.id)) { (r.city) } }
                            td { (r.panel) } td { (r.measurement) } td { (r.scores) } td { (r.median) }
                            td { @if let Some(s) = r.spread { (s) } }
                            td { (status_text(r.status)) @if r.own_item { br; span class="muted" { (tr!("consensus-own-item-short")) } } }
                            td { (r.consensus) }
                            td { @if r.has_feedback { (tr!("consensus-statement-written")) } @else { span class="warn" { (tr!("consensus-statement-missing")) } } }
                        }
                    }
                }
            } }
            @if v.can_close && v.rows.iter().any(|r| r.status == "disagreement") {
                form id="close-rounds" method="post" action=(format!("/cycles/{}/close-round", v.cycle_id)) class="form" {
                    (super::layout::csrf_field(v.csrf))
                    p { (tr!("consensus-close-rounds-hint")) }
                    button type="submit" class="button secondary" { (tr!("consensus-close-rounds")) }
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
            p class="muted" { a href=(format!("/cycles/{}/reconcile", v.cycle_id)) { (tr!("consensus-queue-title")) } }
            h1 { (v.title) }
            @if let Some((position, total, previous, next)) = &v.nav {
                nav class="editor-nav" aria-label=(tr!("consensus-item-nav")) {
                    @match previous { Some(h) => { a href=(h) rel="prev" { (tr!("consensus-item-previous")) } } None => { span class="muted" { (tr!("consensus-item-previous")) } } }
                    span { (tr!("consensus-item-position", position = *position, total = *total)) }
                    @match next { Some(h) => { a href=(h) rel="next" { (tr!("consensus-item-next")) } } None => { span class="muted" { (tr!("consensus-item-next")) } } }
                }
            }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            dl class="facts" {
                dt { (tr!("consensus-fact-status")) } dd { (status_text(v.status)) }
                dt { (tr!("consensus-fact-median")) } dd { (v.median) }
                dt { (tr!("consensus-fact-consensus")) } dd { (v.consensus) }
                @if let Some(r) = &v.rationale { dt { (tr!("consensus-fact-rationale")) } dd { (r) } }
            }
            details class="narrative-box" open[v.can_write] {
                summary { (tr!("consensus-narrative")) }
                @match &v.narrative {
                    Some((text, links)) => {
                        div class="narrative" dir="auto" { @for para in text.split("\n\n") { p dir="auto" { (para) } } }
                        @if !links.is_empty() {
                            ul class="links" { @for l in links { li { a href=(l) rel="noopener noreferrer nofollow" target="_blank" { (l) } } } }
                        }
                    }
                    None => { p class="muted" { (tr!("consensus-no-narrative")) } }
                }
            }
            h2 { (tr!("consensus-ratings-heading")) }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("consensus-table-scroll")) { table class="data" {
                thead { tr {
                    th scope="col" { (tr!("consensus-col-reviewer")) } th scope="col" { (tr!("consensus-col-round")) }
                    th scope="col" { (tr!("consensus-col-score")) } th scope="col" { (tr!("consensus-col-justification")) }
                } }
                tbody { @for h in &v.history { tr {
                    td { (h.reviewer) @if h.set_aside { " " span class="warn" { (tr!("consensus-set-aside")) } } }
                    td { (h.round) } td { (h.score) } td dir="auto" { (h.justification) }
                } } }
            } }
            @if v.own_item {
                p class="muted" { (tr!("consensus-own-item")) }
            }
            @if !v.reopenable.is_empty() {
                h2 { (tr!("consensus-reopen-heading")) }
                p { (tr!("consensus-reopen-intro")) }
                form method="post" action=(format!("/reconcile/items/{}/reopen", v.id)) class="form" {
                    (csrf_field(v.csrf))
                    div { label for="reopen-user" { (tr!("consensus-reopen-reviewer")) }
                        select id="reopen-user" name="user_id" required {
                            @for (id, name) in &v.reopenable { option value=(id) { (name) } }
                        }
                    }
                    div { label for="reopen-reason" { (tr!("consensus-reopen-reason")) " " span class="hint" { (tr!("consensus-reopen-reason-hint")) } }
                          textarea dir="auto" id="reopen-reason" name="reason" rows="3" required minlength="10" {} }
                    div { button type="submit" class="button secondary" { (tr!("consensus-reopen-button")) } }
                }
            }
            @if v.can_moderate {
                h2 { (tr!("consensus-moderation-heading")) }
                p { (tr!("consensus-moderation-intro")) }
                form method="post" action=(format!("/reconcile/items/{}/moderate", v.id)) class="form" {
                    (csrf_field(v.csrf))
                    fieldset { legend { (tr!("consensus-moderation-score")) }
                        @for s in Score::all().rev() {
                            div { input type="radio" id=(format!("m-{}", s.value())) name="score" value=(s.value()) required;
                                  " " label for=(format!("m-{}", s.value())) class="inline-label" { (s.value()) " " (words::score(s)) } }
                        }
                    }
                    div { label for="rationale" { (tr!("consensus-moderation-rationale")) } textarea dir="auto" id="rationale" name="rationale" rows="4" required minlength="10" {} }
                    div { button type="submit" class="button" { (tr!("consensus-moderation-button")) } }
                }
            }
            @if let Some(d) = &v.discussion { (super::reviews::discussion(d, v.csrf)) }
            @if v.can_write {
                h2 { (tr!("consensus-statement-heading")) }
                form method="post" action=(format!("/reconcile/items/{}/feedback", v.id)) class="form" {
                    (csrf_field(v.csrf))
                    div { label for="statement" { (tr!("consensus-statement-label")) " " span class="hint" { (tr!("consensus-statement-hint")) } }
                          textarea dir="auto" id="statement" name="statement" rows="5" required { (v.feedback) } }
                    div {
                        button type="submit" class="button secondary" { (tr!("consensus-statement-save")) }
                        " "
                        button type="submit" name="then" value="next" class="button" { (tr!("consensus-statement-save-next")) }
                    }
                }
            }
        },
    )
}

/// Horizontal bars from 0 to 1 (alpha can be negative: drawn from 0, labelled).
fn alpha_bars(rows: &[(String, Option<f64>)]) -> Markup {
    let title = tr!("consensus-alpha-chart-title");
    let description = tr!("consensus-alpha-chart-description");
    super::charts::bars(&super::charts::BarChart {
        title: &title,
        description: &description,
        min: 0.0,
        max: 1.0,
        ticks: [0.0, 0.25, 0.5, 0.75, 1.0]
            .map(|t| crate::i18n::format::number(t, 2))
            .to_vec(),
        rows: rows
            .iter()
            .map(|(name, a)| super::charts::Bar {
                label: name.clone(),
                value: a.map(|a| a.clamp(0.0, 1.0)),
                previous: None,
                text: fmt(*a),
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
                thead { tr { th scope="col" { "" } @for s in Score::all() { th scope="col" class="num" { (s.value()) " " (words::score(s)) } } } }
                tbody {
                    @for (name, counts) in rows {
                        tr {
                            th scope="row" { (name) }
                            @for n in counts { td class="num" { (count(*n)) } }
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

/// The scale's word for a score ("Poor" for 1), for captions that name the scale's ends.
fn scale_word(score: i64) -> String {
    Score::try_from(score).map(words::score).unwrap_or_default()
}

/// A statistic with three decimals, or "n/a" without one.
fn fmt(x: Option<f64>) -> String {
    x.map_or_else(|| tr!("consensus-not-available"), |x| number(x, 3))
}

pub fn dashboard(shell: &Shell, v: &DashboardView) -> Markup {
    let title = tr!("consensus-agreement-title");
    page(
        shell,
        &title,
        html! {
            p class="muted" { a href=(format!("/cycles/{}", v.cycle_id)) { (v.cycle) } " › " (title) }
            h1 { (tr!("consensus-agreement-heading")) }
            dl class="facts" {
                dt { (tr!("consensus-alpha-first")) } dd { (fmt(v.alpha_first)) }
                dt { (tr!("consensus-alpha-final")) } dd { (fmt(v.alpha_final)) }
                dt { (tr!("consensus-exact-agreement")) } dd { (fmt(v.exact)) }
                dt { (tr!("consensus-adjacent-agreement")) } dd { (fmt(v.adjacent)) }
            }
            h2 { (tr!("consensus-alpha-per-panel")) }
            (alpha_bars(&v.per_panel))
            h2 { (tr!("consensus-distribution-heading")) }
            (distribution(&v.distribution, &tr!("consensus-distribution-caption", poor = scale_word(1), excellent = scale_word(5))))
            h2 { (tr!("consensus-deviation-heading")) }
            p class="muted" { (tr!("consensus-deviation-intro")) }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("consensus-table-scroll")) { table class="data" {
                thead { tr {
                    th scope="col" { (tr!("consensus-col-expert")) } th scope="col" { (tr!("consensus-col-mean-deviation")) }
                    th scope="col" { (tr!("consensus-col-mean-absolute-deviation")) } th scope="col" { (tr!("consensus-col-items")) }
                } }
                tbody { @for (name, s, a, n) in &v.deviation { tr { td { (name) } td { (signed(*s, 2)) } td { (number(*a, 2)) } td { (count(*n)) } } } }
            } }
        },
    )
}
