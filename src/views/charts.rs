//! Bar charts that stay legible on a phone: the words and numbers are HTML text (full size, ink on
//! white), and each bar is a small SVG without text, stretched to the width there is. An axis with
//! its scale, a caption, and a legend for the previous cycle's mark, readable without hovering.
use maud::{Markup, html};

use crate::i18n::format::number;
use crate::tr;
use crate::views::words;

/// One bar: its label, its value on the chart's scale, the previous value (a thin mark), and the
/// value as written beside it.
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub previous: Option<f64>,
    pub text: String,
}

pub struct BarChart<'a> {
    pub title: &'a str,
    /// What the bars measure, in a sentence.
    pub description: &'a str,
    /// The scale: where a bar starts and ends (a 1–5 score starts at 1, not 0).
    pub min: f64,
    pub max: f64,
    /// The axis labels, evenly spread from `min` to `max`.
    pub ticks: Vec<String>,
    pub rows: Vec<Bar>,
    /// What the thin mark is, when some bar has one.
    pub previous_legend: Option<&'a str>,
}

/// Where `v` falls on the scale, in percent.
fn percent(v: f64, min: f64, max: f64) -> f64 {
    if max <= min {
        return 0.0;
    }
    ((v - min) / (max - min) * 100.0).clamp(0.0, 100.0)
}

pub fn bars(c: &BarChart) -> Markup {
    let has_previous = c.rows.iter().any(|r| r.previous.is_some());
    html! {
        figure class="bar-chart" {
            figcaption { strong { (c.title) } " " span class="muted" { (c.description) } }
            @if has_previous && let Some(legend) = c.previous_legend {
                p class="legend" {
                    span class="key key-now" aria-hidden="true" {} " " (tr!("charts-this-cycle")) " "
                    span class="key key-previous" aria-hidden="true" {} " " (legend)
                }
            }
            ul class="plain bars" {
                @for r in &c.rows {
                    li class="bar-item" {
                        span class="bar-label" { (r.label) }
                        svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false" {
                            rect x="0" y="0" width="100" height="10" class="chart-capacity" {}
                            @if let Some(v) = r.value {
                                rect x="0" y="1" width=(format!("{:.2}", percent(v, c.min, c.max))) height="8" class="chart-load" {}
                            }
                            @if let Some(p) = r.previous {
                                rect x=(format!("{:.2}", (percent(p, c.min, c.max) - 0.6).max(0.0))) y="0" width="1.2" height="10" class="chart-previous" {}
                            }
                        }
                        span class="bar-value" { (r.text) }
                    }
                }
                li class="bar-item bar-axis" aria-hidden="true" {
                    span class="bar-label" {}
                    span class="ticks" { @for t in &c.ticks { span { (t) } } }
                    span class="bar-value" {}
                }
            }
        }
    }
}

/// One point of a small chart over time: its label (a cycle) and its value, if it had one.
pub struct TrendPoint {
    pub label: String,
    pub value: Option<f64>,
}

/// A small chart of one quantity over time (a line through the cycles that have a value), for small
/// multiples. The values are written out under it, so nothing is read from the line alone.
pub fn trend(title: &str, min: f64, max: f64, points: &[TrendPoint]) -> Markup {
    let n = points.len().max(2) as f64 - 1.0;
    let at = |i: usize, v: f64| (i as f64 / n * 96.0 + 2.0, 38.0 - percent(v, min, max) * 0.36);
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.value.map(|v| at(i, v)))
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect();
    html! {
        figure class="trend" {
            figcaption { (title) }
            svg viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true" focusable="false" {
                rect x="0" y="0" width="100" height="40" class="chart-capacity" {}
                polyline points=(line.join(" ")) class="trend-line" {}
                @for (i, p) in points.iter().enumerate() {
                    @if let Some(v) = p.value {
                        @let (x, y) = at(i, v);
                        circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="1.6" class="trend-point" {}
                    }
                }
            }
            p class="trend-values" {
                @for (i, p) in points.iter().enumerate() {
                    @if i > 0 { " · " }
                    (tr!("charts-trend-point", label = p.label.as_str())) " "
                    @match p.value { Some(v) => { strong { (number(v, 1)) } } None => { "—" } }
                }
            }
        }
    }
}

/// The 1–5 score scale's axis labels.
pub fn score_ticks() -> Vec<String> {
    crate::domain::score::Score::all()
        .map(|s| format!("{} {}", s.value(), words::score(s)))
        .collect()
}
