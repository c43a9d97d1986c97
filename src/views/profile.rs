//! A city's profile: its published results, cycle by cycle, grouped as the framework is.
use std::collections::BTreeMap;

use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::framework::Framework;
use crate::i18n::format::{count, number, signed};
use crate::read::ProfileCycle;
use crate::tr;
use crate::views::words;

/// Mean consensus score per area of focus, for one cycle.
pub fn by_focus_area(fw: &Framework, c: &ProfileCycle) -> BTreeMap<String, f64> {
    let mut sums: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    for s in &c.scores {
        let fa: String = s.measurement.split('.').take(2).collect::<Vec<_>>().join(".");
        if fw.focus_area(&fa).is_some() {
            let e = sums.entry(fa).or_insert((0.0, 0));
            e.0 += f64::from(s.score.value());
            e.1 += 1;
        }
    }
    sums.into_iter().map(|(k, (s, n))| (k, s / n as f64)).collect()
}

/// Bars per area of focus (1 to 5), with the previous cycle's value as a thin marker.
fn chart(fw: &Framework, now: &BTreeMap<String, f64>, before: Option<&BTreeMap<String, f64>>) -> Markup {
    let rows = now
        .iter()
        .map(|(code, v)| {
            let title = fw.focus_area(code).map(|f| f.title.clone()).unwrap_or_default();
            let previous = before.and_then(|b| b.get(code)).copied();
            let text = match previous {
                Some(p) => tr!(
                    "profile-chart-value-previous",
                    value = number(*v, 1),
                    previous = number(p, 1),
                    change = signed(v - p, 1),
                ),
                None => number(*v, 1),
            };
            super::charts::Bar {
                label: format!("{code} {title}"),
                value: Some(*v),
                previous,
                text,
            }
        })
        .collect();
    let title = tr!("profile-chart-title");
    let description = tr!("profile-chart-description");
    let previous_legend = tr!("profile-chart-previous-legend");
    super::charts::bars(&super::charts::BarChart {
        title: &title,
        description: &description,
        min: 1.0,
        max: 5.0,
        ticks: super::charts::score_ticks(),
        rows,
        previous_legend: Some(&previous_legend),
    })
}

/// Every experts'-review measurement across the city's published cycles, oldest first: the city
/// against its own earlier cycles, never against another city.
fn over_time(fw_of: &dyn Fn(&str) -> Option<Framework>, cycles: &[ProfileCycle]) -> Markup {
    let mut ordered: Vec<&ProfileCycle> = cycles.iter().collect();
    ordered.sort_by_key(|c| (c.published_at, c.cycle_id));
    let series = crate::read::series(cycles);
    let name = |code: &str| {
        ordered
            .iter()
            .rev()
            .find_map(|c| fw_of(&c.edition).and_then(|f| f.measurement(code).map(|m| m.name.clone())))
            .unwrap_or_default()
    };
    // Per area of focus, the mean consensus score of each cycle, titled from the newest edition.
    let means: Vec<BTreeMap<String, f64>> = ordered
        .iter()
        .map(|c| fw_of(&c.edition).map(|f| by_focus_area(&f, c)).unwrap_or_default())
        .collect();
    let newest = ordered.iter().rev().find_map(|c| fw_of(&c.edition));
    let mut focus_areas: Vec<String> = means.iter().flat_map(|m| m.keys().cloned()).collect();
    focus_areas.sort();
    focus_areas.dedup();
    let title = |code: &str| {
        newest
            .as_ref()
            .and_then(|f| f.focus_area(code).map(|a| format!("{code} {}", a.title)))
            .unwrap_or_else(|| code.to_owned())
    };
    let statistics: Vec<(&String, &Vec<crate::read::SeriesPoint>)> = series
        .iter()
        .filter(|(_, p)| p.iter().any(|x| x.values.is_some()))
        .collect();
    let unit = |code: &str| {
        newest
            .as_ref()
            .and_then(|f| f.measurement(code).and_then(|m| m.unit.clone()))
            .unwrap_or_default()
    };
    html! {
        section class="over-time" {
            h2 { (tr!("profile-over-time")) }
            @if ordered.len() > 1 && !focus_areas.is_empty() {
                h3 { (tr!("profile-each-focus-area")) }
                p class="muted" { (tr!("profile-each-focus-area-hint")) }
                div class="trends" {
                    @for fa in &focus_areas {
                        (super::charts::trend(&title(fa), 1.0, 5.0, &ordered.iter().zip(&means).map(|(c, m)| super::charts::TrendPoint {
                            label: c.name.clone(),
                            value: m.get(fa).copied(),
                        }).collect::<Vec<_>>()))
                    }
                }
            }
            h3 { (tr!("profile-each-measurement")) }
            p class="muted" { (tr!("profile-each-measurement-hint")) }
            (table_over_time(&tr!("profile-scores-over-time"), &ordered, series.iter().filter(|(_, p)| p.iter().any(|x| x.score.is_some())).map(|(code, points)| {
                let head = html! { span class="code" { (code) } " " (name(code)) };
                let cells = ordered.iter().map(|c| {
                    points.iter().find(|p| p.cycle_id == c.cycle_id).and_then(|p| p.score).map(|s| count(usize::from(s)))
                }).collect();
                (head, cells)
            }).collect()))
            @if !statistics.is_empty() {
                h3 { (tr!("profile-statistics")) }
                p class="muted" { (tr!("profile-statistics-hint")) }
                (table_over_time(&tr!("profile-statistics-over-time"), &ordered, statistics.iter().map(|(code, points)| {
                    let head = html! { span class="code" { (code) } " " (name(code)) " " span class="muted" { (unit(code)) } };
                    let cells = ordered.iter().map(|c| {
                        points.iter().find(|p| p.cycle_id == c.cycle_id)
                            .and_then(|p| p.values.as_ref())
                            .and_then(|v| v.get(crate::domain::report::SINGLE_VALUE).or_else(|| v.values().next()))
                            .map(|v| v.to_string())
                    }).collect();
                    (head, cells)
                }).collect()))
            }
        }
    }
}

/// One row per measurement, one column per published cycle (oldest first), "—" where a cycle has
/// no value.
fn table_over_time(label: &str, cycles: &[&ProfileCycle], rows: Vec<(Markup, Vec<Option<String>>)>) -> Markup {
    html! {
        div class="table-scroll" tabindex="0" role="region" aria-label=(label) {
            table class="data" {
                thead { tr { th scope="col" { (tr!("profile-col-measurement")) } @for c in cycles { th scope="col" class="num" { (c.name) } } } }
                tbody {
                    @for (head, cells) in rows {
                        tr {
                            th scope="row" { (head) }
                            @for cell in cells {
                                td class="num" {
                                    @match cell {
                                        Some(v) => { (v) }
                                        None => { span class="muted" { "—" } }
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

/// The city's action plans, per published cycle, and whether the viewer writes them (the city's
/// own users; the secretariat reads).
pub struct Actions<'a> {
    pub plans: &'a BTreeMap<i32, BTreeMap<String, String>>,
    pub writable: bool,
    pub csrf: &'a str,
}

pub fn profile(
    shell: &Shell,
    city_id: i32,
    city: &str,
    fw_of: &dyn Fn(&str) -> Option<Framework>,
    cycles: &[ProfileCycle],
    actions: &Actions,
) -> Markup {
    page(
        shell,
        &tr!("profile-page-title", city = city),
        html! {
            h1 { (city) }
            p class="lead" { (tr!("profile-lead", city = city)) }
            p class="no-print" {
                a href=(format!("/cities/{city_id}/profile.csv")) download { (tr!("profile-download-csv")) } " · "
                a href=(format!("/cities/{city_id}/profile.json")) download { (tr!("profile-download-json")) }
            }
            @if cycles.is_empty() { p { (tr!("profile-none-published")) } }
            @if cycles.len() > 1 {
                nav aria-label=(tr!("profile-published-cycles")) class="no-print" {
                    p { (tr!("profile-history")) " "
                        @for (i, c) in cycles.iter().enumerate().rev() {
                            a href=(format!("#cycle-{}", c.cycle_id)) { (c.name) }
                            @if let Some(t) = c.published_at { " (" (crate::views::cycles::date(Some(t))) ")" }
                            @if i > 0 { " · " }
                        }
                    }
                }
            }
            @if cycles.len() > 1 {
                (over_time(fw_of, cycles))
            }
            @for (i, c) in cycles.iter().enumerate().rev() {
                @if let Some(fw) = fw_of(&c.edition) {
                    @let now = by_focus_area(&fw, c);
                    @let before = if i > 0 { fw_of(&cycles[i - 1].edition).map(|f| by_focus_area(&f, &cycles[i - 1])) } else { None };
                    section class="profile-cycle" id=(format!("cycle-{}", c.cycle_id)) {
                        h2 { (c.name) }
                        @if let Some(t) = c.published_at { p class="muted" { (tr!("profile-published", date = crate::views::cycles::date(Some(t)))) } }
                        p class="no-print" { a href=(format!("/cities/{city_id}/letter/{}", c.cycle_id)) { (tr!("profile-letter-link", cycle = c.name.as_str())) } }
                        (chart(&fw, &now, before.as_ref()))
                        // Grouped as the framework is: area, area of focus, key feature.
                        @let scores: BTreeMap<&str, &crate::read::ProfileScore> = c.scores.iter().map(|s| (s.measurement.as_str(), s)).collect();
                        @for area in &fw.areas {
                            @if area.focus_areas.iter().flat_map(|f| &f.features).flat_map(|k| &k.measurements).any(|m| scores.contains_key(m.code.as_str())) {
                                h3 { (area.code) ". " (area.title) }
                                @for fa in &area.focus_areas {
                                    @if fa.features.iter().flat_map(|k| &k.measurements).any(|m| scores.contains_key(m.code.as_str())) {
                                        section class="focus-area" {
                                            h4 { (fa.code) " " (fa.title) }
                                            @for feature in &fa.features {
                                                @let rated: Vec<_> = feature.measurements.iter().filter_map(|m| scores.get(m.code.as_str()).map(|s| (m, *s))).collect();
                                                @if !rated.is_empty() {
                                                    p class="feature muted" { (tr!("profile-key-feature", code = feature.code.as_str(), title = feature.title.as_str())) }
                                                    @for (m, s) in rated {
                                                        article class="measurement" {
                                                            h5 { span class="code" { (s.measurement) } " " (m.name) }
                                                            p { strong class=(format!("score score-{}", s.score.value())) { (count(usize::from(s.score.value()))) " " (words::score(s.score)) } " " span class="muted" { "(" (words::method(s.method)) ")" } }
                                                            @if let Some(own) = s.self_score.and_then(|v| crate::domain::score::Score::try_from(i64::from(v)).ok()) {
                                                                p class="muted" { (tr!("profile-own-rating", score = count(usize::from(own.value())), label = words::score(own))) }
                                                            }
                                                            @if let Some(plan) = actions.plans.get(&c.cycle_id).and_then(|p| p.get(&s.measurement)) {
                                                                p { strong { (tr!("profile-action-plan")) " " } span lang=[c.language.as_deref()] dir="auto" { (plan) } }
                                                            }
                                                            p lang=[c.language.as_deref()] dir="auto" { (s.feedback) }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        @if actions.writable && !c.scores.is_empty() {
                            details class="no-print action-plan" {
                                summary { (tr!("profile-action-plan-summary", cycle = c.name.as_str())) }
                                form method="post" action=(format!("/cities/{city_id}/actions/{}", c.cycle_id)) class="form" {
                                    (csrf_field(actions.csrf))
                                    @for s in &c.scores {
                                        div {
                                            label for=(format!("a-{}-{}", c.cycle_id, s.measurement)) { (s.measurement) " " (fw.measurement(&s.measurement).map(|m| m.name.clone()).unwrap_or_default()) }
                                            textarea lang=[c.language.as_deref()] dir="auto" id=(format!("a-{}-{}", c.cycle_id, s.measurement)) name=(format!("a.{}", s.measurement)) rows="2" maxlength="5000" {
                                                (actions.plans.get(&c.cycle_id).and_then(|p| p.get(&s.measurement)).cloned().unwrap_or_default())
                                            }
                                        }
                                    }
                                    button type="submit" class="button secondary" { (tr!("profile-save-action-plan")) }
                                }
                            }
                        }
                        @if !c.statistics.is_empty() {
                            h3 { (tr!("profile-statistics-reported")) }
                            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("profile-table-scroll")) { table class="data" {
                                thead { tr {
                                    th scope="col" { (tr!("profile-col-measurement")) } th scope="col" { (tr!("profile-col-year")) }
                                    th scope="col" { (tr!("profile-col-values")) } th scope="col" { (tr!("profile-col-source")) }
                                    th scope="col" { (tr!("profile-col-checked")) }
                                } }
                                tbody {
                                    @for (code, st) in &c.statistics {
                                        tr {
                                            td { (code) " " (fw.measurement(code).map(|m| m.name.clone()).unwrap_or_default()) }
                                            td { (st.year.map(|y| y.to_string()).unwrap_or_default()) }
                                            td {
                                                @match &st.not_available {
                                                    Some(na) => { (tr!("profile-not-available")) " " span dir="auto" { (na.reason) } }
                                                    None => { (st.values.iter().map(|(k, v)| format!("{k}: {v} {}", fw.measurement(code).and_then(|m| m.unit.clone()).unwrap_or_default())).collect::<Vec<_>>().join("; ")) }
                                                }
                                            }
                                            td {
                                                @if let Some(src) = st.source { (super::reports::figure_source(src)) }
                                                @if let Some(p) = &st.provider { @if st.source.is_some() { ", " } span dir="auto" { (p) } }
                                            }
                                            td { (words::check_status(c.verification.get(code).copied().unwrap_or(crate::domain::figures::CheckStatus::Unchecked))) }
                                        }
                                    }
                                }
                            } }
                        }
                    }
                }
            }
        },
    )
}

/// A city's results letter for one published cycle: one block per measurement (its score, label
/// and the panel's statement), in the framework's order, made to print on a few A4 pages.
pub fn letter(shell: &Shell, city_id: i32, city: &str, fw: &Framework, c: &ProfileCycle) -> Markup {
    let scores: BTreeMap<&str, &crate::read::ProfileScore> =
        c.scores.iter().map(|s| (s.measurement.as_str(), s)).collect();
    page(
        shell,
        &tr!("profile-letter-title", city = city, cycle = c.name.as_str()),
        html! {
            article class="letter" {
                p class="no-print" {
                    a href=(format!("/cities/{city_id}/profile")) { (tr!("profile-letter-back")) }
                    " · " (tr!("profile-letter-print"))
                }
                p class="muted" { (tr!("profile-letter-network")) }
                h1 { (tr!("profile-letter-heading", city = city, cycle = c.name.as_str())) }
                @if let Some(t) = c.published_at { p class="muted" { (tr!("profile-published", date = crate::views::cycles::date(Some(t)))) } }
                p { (tr!("profile-letter-intro", city = city)) }
                @for m in fw.measurements() {
                    @if let Some(s) = scores.get(m.code.as_str()) {
                        section class="letter-item" {
                            h2 { span class="code" { (s.measurement) } " " (m.name) }
                            p { strong { (count(usize::from(s.score.value()))) " " (words::score(s.score)) } " " span class="muted" { "(" (words::method(s.method)) ")" } }
                            @if !s.feedback.is_empty() { p lang=[c.language.as_deref()] dir="auto" { (s.feedback) } }
                        }
                    }
                }
            }
        },
    )
}
