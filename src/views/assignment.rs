//! The secretariat's assignment page: the proposal (or the assignment in force) as a table of
//! cities × panels with expert names, each expert's load as an SVG bar chart, unfilled bundles with
//! their reasons; and the form to change one bundle.
use std::collections::BTreeMap;

use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::i18n::format::number;
use crate::read::Assignment;
use crate::read::{Cycle, Fit};
use crate::tr;
use crate::views::words;

/// Why the solver chose an expert for a bundle, in words under their name: each term of the
/// affinity it maximised, and the affinity ("expertise: 3.1, 3.2, 2 of 3 areas of focus; knows the
/// region (Africa); reads French natively; affinity 8 of 10").
fn why_this_expert(fit: Option<&Fit>) -> Markup {
    let Some(fit) = fit else {
        return html! {};
    };
    let mut parts = Vec::new();
    if fit.panel_areas > 0 {
        parts.push(if fit.shared_areas.is_empty() {
            tr!("assignment-why-no-expertise")
        } else {
            tr!(
                "assignment-why-expertise",
                codes = fit.shared_areas.join(&tr!("list-separator")),
                shared = fit.shared_areas.len(),
                areas = fit.panel_areas
            )
        });
    }
    if let Some(region) = &fit.region {
        parts.push(tr!("assignment-why-region", region = words::region(region)));
    }
    if let Some(language) = &fit.native {
        parts.push(tr!(
            "assignment-why-native",
            language = crate::i18n::format::language_name(language).unwrap_or_else(|| language.clone())
        ));
    }
    match fit.reviewed_before {
        Some(true) => parts.push(tr!("assignment-why-reviewed")),
        Some(false) => parts.push(tr!("assignment-why-new")),
        None => {}
    }
    parts.push(tr!(
        "assignment-why-affinity",
        affinity = fit.affinity,
        max = crate::domain::assignment::AFFINITY_MAX
    ));
    html! {
        " "
        span class="muted why" { (tr!("assignment-why", parts = parts.join(&tr!("assignment-why-separator")))) }
    }
}

pub struct AssignmentView<'a> {
    pub cycle: &'a Cycle,
    /// The proposal if there is one, else the assignment in force.
    pub shown: Option<&'a Assignment>,
    pub is_proposal: bool,
    pub has_confirmed: bool,
    /// City id → name, for the submitted reports.
    pub cities: &'a BTreeMap<i32, String>,
    /// User id → name.
    pub names: &'a BTreeMap<i32, String>,
    /// User id → capacity (experts with a profile).
    pub capacity: &'a BTreeMap<i32, i32>,
    /// (city, panel) → expert → the terms of their affinity ("why this expert").
    pub why: &'a BTreeMap<(i32, i32), BTreeMap<i32, Fit>>,
    pub csrf: &'a str,
    pub error: Option<&'a str>,
}

/// Horizontal bars: each expert's load against their capacity.
pub fn load_chart(loads: &[(String, u32, u32)]) -> Markup {
    let max = loads.iter().map(|(_, l, c)| (*l).max(*c)).max().unwrap_or(1).max(1);
    let title = tr!("assignment-chart-title");
    let description = tr!("assignment-chart-description");
    let legend = tr!("assignment-chart-capacity");
    super::charts::bars(&super::charts::BarChart {
        title: &title,
        description: &description,
        min: 0.0,
        max: f64::from(max),
        ticks: (0..=4)
            .map(|i| number(f64::from(max) * f64::from(i) / 4.0, 0))
            .collect(),
        rows: loads
            .iter()
            .map(|(name, load, cap)| super::charts::Bar {
                label: name.clone(),
                value: Some(f64::from(*load)),
                previous: Some(f64::from(*cap)),
                text: tr!("assignment-load-of", load = *load, capacity = *cap),
            })
            .collect(),
        previous_legend: Some(&legend),
    })
}

pub fn assignment(shell: &Shell, v: &AssignmentView) -> Markup {
    let c = v.cycle;
    let name = |id: &i32| {
        v.names
            .get(id)
            .cloned()
            .unwrap_or_else(|| tr!("assignment-user-id", id = id.to_string()))
    };
    let panels: Vec<_> = c.panels.iter().filter(|p| !p.measurements.is_empty()).collect();
    page(
        shell,
        &tr!("assignment-title", cycle = c.name.as_str()),
        html! {
            p class="muted" { a href="/cycles" { (tr!("assignment-breadcrumb-cycles")) } " › " a href=(format!("/cycles/{}", c.id)) { (c.name) } " › " (tr!("assignment-breadcrumb")) }
            h1 { (tr!("assignment-heading")) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            p { (tr!("assignment-intro", count = c.panel_size)) }
            // Only what the cycle's state allows is offered; otherwise, why not.
            @let collecting = c.state == crate::domain::cycle::CycleState::Collecting;
            @let proposal_has_bundles = v.is_proposal && v.shown.is_some_and(|a| !a.bundles.is_empty());
            @if collecting {
                div class="actions-inline" {
                    form method="post" action=(format!("/cycles/{}/assignment/run", c.id)) class="inline" {
                        (csrf_field(v.csrf))
                        button type="submit" class="button secondary" { (tr!("assignment-run")) }
                    }
                    @if proposal_has_bundles {
                        " "
                        form method="post" action=(format!("/cycles/{}/assignment/confirm", c.id)) class="inline" {
                            (csrf_field(v.csrf))
                            button type="submit" class="button" { (tr!("assignment-confirm")) }
                        }
                    }
                }
                @if v.is_proposal && !proposal_has_bundles {
                    p class="muted" { (tr!("assignment-proposal-empty")) }
                }
            } @else {
                p class="muted" { (tr!("assignment-not-collecting", state = words::cycle_state(c.state))) }
            }
            @match v.shown {
                None => { p { (tr!("assignment-none")) } }
                Some(a) => {
                    h2 { @if v.is_proposal { (tr!("assignment-proposal")) } @else { (tr!("assignment-in-force")) } }
                    p class="muted" { (tr!("assignment-objective", objective = a.objective)) }
                    div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("assignment-table-scroll")) { table class="data" {
                        thead { tr { th scope="col" { (tr!("assignment-col-city")) } @for p in &panels { th scope="col" { (p.name) } } } }
                        tbody {
                            @for (city_id, city) in v.cities {
                                @if a.bundles.iter().any(|b| b.city_id == *city_id) {
                                    tr {
                                        th scope="row" { (city) }
                                        @for p in &panels {
                                            td {
                                                @if let Some(b) = a.bundles.iter().find(|b| b.city_id == *city_id && b.panel_id == p.id) {
                                                    ul class="plain" {
                                                        @for e in &b.experts {
                                                            li { (name(e)) (why_this_expert(v.why.get(&(*city_id, p.id)).and_then(|f| f.get(e)))) }
                                                        }
                                                    }
                                                    @if b.experts.len() < usize::from(c.panel_size) {
                                                        span class="warn" { (tr!("assignment-missing", count = usize::from(c.panel_size) - b.experts.len())) } " "
                                                    }
                                                    @if c.state < crate::domain::cycle::CycleState::Published {
                                                        a href=(format!("/cycles/{}/assignment/{}/{}", c.id, city_id, p.id)) { (tr!("assignment-change")) span class="visually-hidden" { " " (tr!("assignment-change-which", city = city.as_str(), panel = p.name.as_str())) } }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    } }
                    @if !a.unassigned.is_empty() {
                        h2 { (tr!("assignment-unfilled")) }
                        ul { @for u in &a.unassigned { li { (u.reason()) } } }
                    }
                    h2 { (tr!("assignment-load")) }
                    @let loads = {
                        let mut count: BTreeMap<i32, u32> = BTreeMap::new();
                        for b in &a.bundles { for e in &b.experts { *count.entry(*e).or_insert(0) += 1; } }
                        let mut rows: Vec<(String, u32, u32)> = v.capacity.iter()
                            .map(|(id, cap)| (name(id), count.get(id).copied().unwrap_or(0), u32::try_from(*cap).unwrap_or(0)))
                            .collect();
                        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                        rows
                    };
                    (load_chart(&loads))
                }
            }
            @if v.has_confirmed && v.is_proposal {
                p class="muted" { (tr!("assignment-confirm-adds")) }
            }
            @if v.has_confirmed && !v.is_proposal && c.state < crate::domain::cycle::CycleState::Published {
                @if let Some(a) = v.shown {
                    @let experts: std::collections::BTreeSet<i32> = a.bundles.iter().flat_map(|b| b.experts.iter().copied()).collect();
                    @if !experts.is_empty() {
                        h2 { (tr!("assignment-withdraw-heading")) }
                        p { (tr!("assignment-withdraw-text")) }
                        form method="post" action=(format!("/cycles/{}/assignment/withdraw", c.id)) class="form" {
                            (csrf_field(v.csrf))
                            div { label for="withdraw-expert" { (tr!("assignment-withdraw-expert")) }
                                  select id="withdraw-expert" name="expert_id" { @for e in &experts { option value=(e) { (name(e)) } } } }
                            div { button type="submit" class="button secondary" { (tr!("assignment-withdraw")) } }
                        }
                    }
                }
            }
        },
    )
}

pub struct BundleFormView<'a> {
    pub cycle: &'a Cycle,
    pub city: &'a str,
    pub city_id: i32,
    pub panel: &'a str,
    pub panel_id: i32,
    /// (user id, name, checked)
    pub members: Vec<(i32, String, bool)>,
    pub csrf: &'a str,
    pub error: Option<&'a str>,
}

pub fn bundle_form(shell: &Shell, v: &BundleFormView) -> Markup {
    page(
        shell,
        &tr!("assignment-bundle-title"),
        html! {
            p class="muted" { a href=(format!("/cycles/{}/assignment", v.cycle.id)) { (tr!("assignment-breadcrumb")) } }
            h1 { (tr!("assignment-bundle-heading", panel = v.panel, city = v.city)) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            form method="post" class="form" {
                (csrf_field(v.csrf))
                fieldset {
                    legend { (tr!("assignment-bundle-choose", count = v.cycle.panel_size)) }
                    @for (id, name, checked) in &v.members {
                        div {
                            input type="checkbox" id=(format!("e-{id}")) name="experts" value=(id) checked[*checked];
                            " " label for=(format!("e-{id}")) class="inline-label" { (name) }
                        }
                    }
                }
                p class="muted" { (tr!("assignment-bundle-rules")) }
                div { button type="submit" class="button" { (tr!("assignment-bundle-save")) } }
            }
        },
    )
}
