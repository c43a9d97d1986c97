//! The secretariat's assignment page: the proposal (or the assignment in force) as a table of
//! cities × panels with expert names, each expert's load as an SVG bar chart, unfilled bundles with
//! their reasons; and the form to change one bundle.
use std::collections::BTreeMap;

use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::read::Assignment;
use crate::read::Cycle;

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
    pub csrf: &'a str,
    pub error: Option<&'a str>,
}

/// Horizontal bars: each expert's load against their capacity.
pub fn load_chart(loads: &[(String, u32, u32)]) -> Markup {
    let max = loads.iter().map(|(_, l, c)| (*l).max(*c)).max().unwrap_or(1).max(1);
    super::charts::bars(&super::charts::BarChart {
        title: "Bundles per expert",
        description: "the bar is the expert's bundles, the thin mark their capacity",
        min: 0.0,
        max: f64::from(max),
        ticks: (0..=4)
            .map(|i| format!("{:.0}", f64::from(max) * f64::from(i) / 4.0))
            .collect(),
        rows: loads
            .iter()
            .map(|(name, load, cap)| super::charts::Bar {
                label: name.clone(),
                value: Some(f64::from(*load)),
                previous: Some(f64::from(*cap)),
                text: format!("{load} of {cap}"),
            })
            .collect(),
        previous_legend: Some("Capacity (the thin mark)"),
    })
}

pub fn assignment(shell: &Shell, v: &AssignmentView) -> Markup {
    let c = v.cycle;
    let name = |id: &i32| v.names.get(id).cloned().unwrap_or_else(|| format!("user {id}"));
    let panels: Vec<_> = c.panels.iter().filter(|p| !p.measurements.is_empty()).collect();
    page(
        shell,
        &format!("Assignment — {}", c.name),
        html! {
            p class="muted" { a href="/cycles" { "Review cycles" } " › " a href=(format!("/cycles/{}", c.id)) { (c.name) } " › Assignment" }
            h1 { "Assignment of experts" }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            p {
                "Each submitted report gets " (c.panel_size) " experts per panel: panel members without a conflict "
                "of interest, who read the report's language and have room left; affinity (expertise in the "
                "panel's areas of focus) is maximised and load balanced."
            }
            // Only what the cycle's state allows is offered; otherwise, why not.
            @let collecting = c.state == crate::domain::cycle::CycleState::Collecting;
            @let proposal_has_bundles = v.is_proposal && v.shown.is_some_and(|a| !a.bundles.is_empty());
            @if collecting {
                div class="actions-inline" {
                    form method="post" action=(format!("/cycles/{}/assignment/run", c.id)) class="inline" {
                        (csrf_field(v.csrf))
                        button type="submit" class="button secondary" { "Run the assignment" }
                    }
                    @if proposal_has_bundles {
                        " "
                        form method="post" action=(format!("/cycles/{}/assignment/confirm", c.id)) class="inline" {
                            (csrf_field(v.csrf))
                            button type="submit" class="button" { "Confirm this proposal" }
                        }
                    }
                }
                @if v.is_proposal && !proposal_has_bundles {
                    p class="muted" { "This proposal assigns nothing, so there is nothing to confirm: add panel members or wait for submitted reports, then run it again." }
                }
            } @else {
                p class="muted" { "The assignment is run and confirmed while reports are collected; the cycle is now " (c.state.label()) "." }
            }
            @match v.shown {
                None => { p { "No assignment yet. Run one once reports are submitted." } }
                Some(a) => {
                    h2 { @if v.is_proposal { "Proposal (not yet in force)" } @else { "Assignment in force" } }
                    p class="muted" { "Objective: " (a.objective) " (affinity minus load-balancing penalty; higher is better)." }
                    div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                        thead { tr { th scope="col" { "City" } @for p in &panels { th scope="col" { (p.name) } } } }
                        tbody {
                            @for (city_id, city) in v.cities {
                                @if a.bundles.iter().any(|b| b.city_id == *city_id) {
                                    tr {
                                        th scope="row" { (city) }
                                        @for p in &panels {
                                            td {
                                                @if let Some(b) = a.bundles.iter().find(|b| b.city_id == *city_id && b.panel_id == p.id) {
                                                    ul class="plain" { @for e in &b.experts { li { (name(e)) } } }
                                                    @if b.experts.len() < usize::from(c.panel_size) {
                                                        span class="warn" { (usize::from(c.panel_size) - b.experts.len()) " missing" } " "
                                                    }
                                                    @if c.state < crate::domain::cycle::CycleState::Published {
                                                        a href=(format!("/cycles/{}/assignment/{}/{}", c.id, city_id, p.id)) { "change" span class="visually-hidden" { " the experts of " (city) ", " (p.name) } }
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
                        h2 { "Bundles without enough experts" }
                        ul { @for u in &a.unassigned { li { (u.reason) } } }
                    }
                    h2 { "Load per expert" }
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
                p class="muted" { "Confirming adds the proposal to the assignment already in force." }
            }
            @if v.has_confirmed && !v.is_proposal && c.state < crate::domain::cycle::CycleState::Published {
                @if let Some(a) = v.shown {
                    @let experts: std::collections::BTreeSet<i32> = a.bundles.iter().flat_map(|b| b.experts.iter().copied()).collect();
                    @if !experts.is_empty() {
                        h2 { "Withdraw an expert" }
                        p { "The expert leaves every bundle of this cycle and its panels. While reports are collected or reviewed, only their places are filled again, by the same rules; in reconciliation nobody replaces them and their last submitted scores stand. They are told by e-mail." }
                        form method="post" action=(format!("/cycles/{}/assignment/withdraw", c.id)) class="form" {
                            (csrf_field(v.csrf))
                            div { label for="withdraw-expert" { "Expert" }
                                  select id="withdraw-expert" name="expert_id" { @for e in &experts { option value=(e) { (name(e)) } } } }
                            div { button type="submit" class="button secondary" { "Withdraw" } }
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
        "Change a bundle",
        html! {
            p class="muted" { a href=(format!("/cycles/{}/assignment", v.cycle.id)) { "Assignment" } }
            h1 { (v.panel) " panel — " (v.city) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            form method="post" class="form" {
                (csrf_field(v.csrf))
                fieldset {
                    legend { "Choose up to " (v.cycle.panel_size) " experts of the panel" }
                    @for (id, name, checked) in &v.members {
                        div {
                            input type="checkbox" id=(format!("e-{id}")) name="experts" value=(id) checked[*checked];
                            " " label for=(format!("e-{id}")) class="inline-label" { (name) }
                        }
                    }
                }
                p class="muted" { "The same rules hold as for the automatic assignment: no conflict of interest, the report's language, capacity." }
                div { button type="submit" class="button" { "Save" } }
            }
        },
    )
}
