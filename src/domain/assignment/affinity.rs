//! What makes one expert better suited than another to review a city's part of the framework, and
//! how much each reason weighs: the affinity the solver maximises, and the same terms in words on the
//! assignment page ("why this expert"), computed by one function so the page never explains a
//! choice the solver did not make.
//!
//! Four terms, each between 0 and 1, per (city, panel, expert):
//! - **expertise**: the share of the panel's areas of focus in the expert's expertise;
//! - **region**: the expert knows the city's UNESCO region (context: its institutions, its policies,
//!   what is usual there);
//! - **native language**: the expert reads the report's language natively, not as a second language
//!   (nuance in narratives is what review is about);
//! - **continuity**, a cycle setting: *prefer* the expert who reviewed this city on these areas in
//!   its previous cycle (comparable scores from one cycle to the next), *avoid* them (fresh eyes), or
//!   leave it out.
//!
//! The affinity is their weighted mean, scaled to 0..=[`AFFINITY_MAX`] and rounded: weights are
//! small integers a cycle sets, and a term the cycle leaves out (weight 0, or continuity off) weighs
//! nothing. Being a mean, the scale stays put whatever the weights, so one bundle more on an expert
//! ([`super::LOAD_STEP`]) costs the same against it.
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::AFFINITY_MAX;
use super::build::{ExpertInput, PanelInput, ReportInput};
use crate::tr;

/// The heaviest weight a term may have.
pub const MAX_WEIGHT: u8 = 10;

/// A cycle's stance on the reviewers of the city's previous cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Continuity {
    /// Who reviewed the city before does not matter.
    #[default]
    Off,
    /// The same reviewers again, for comparability across cycles.
    Prefer,
    /// Other reviewers, for fresh eyes.
    Avoid,
}

impl Continuity {
    pub fn as_str(self) -> &'static str {
        match self {
            Continuity::Off => "off",
            Continuity::Prefer => "prefer",
            Continuity::Avoid => "avoid",
        }
    }

    pub const ALL: [Continuity; 3] = [Continuity::Off, Continuity::Prefer, Continuity::Avoid];
}

impl TryFrom<&str> for Continuity {
    type Error = String;

    fn try_from(s: &str) -> Result<Self, String> {
        Continuity::ALL
            .into_iter()
            .find(|c| c.as_str() == s.trim())
            .ok_or_else(|| tr!("error-continuity-unknown", value = s))
    }
}

/// How much each term counts (0..=[`MAX_WEIGHT`] each).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Weights {
    pub expertise: u8,
    pub region: u8,
    pub native_language: u8,
    pub continuity: u8,
}

impl Default for Weights {
    /// Expertise first; region and native reading as tie-breakers that can still outweigh a
    /// single area of focus; continuity as much as either once a cycle turns it on.
    fn default() -> Self {
        Weights {
            expertise: 6,
            region: 2,
            native_language: 2,
            continuity: 2,
        }
    }
}

/// A cycle's affinity: the weights and the continuity stance. Made by [`AffinityRule::parse`] only.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct AffinityRule {
    pub weights: Weights,
    pub continuity: Continuity,
}

/// A change to an affinity rule, as received: each part optional.
#[derive(Clone, Debug, Default)]
pub struct AffinityChange {
    pub expertise: Option<i64>,
    pub region: Option<i64>,
    pub native_language: Option<i64>,
    pub continuity_weight: Option<i64>,
    pub continuity: Option<String>,
}

impl AffinityRule {
    /// Only the expertise term: the affinity of the first versions (and of the benchmark's
    /// `--affinity areas` instances).
    pub fn expertise_only() -> AffinityRule {
        AffinityRule {
            weights: Weights {
                expertise: 1,
                region: 0,
                native_language: 0,
                continuity: 0,
            },
            continuity: Continuity::Off,
        }
    }

    /// `base` with `change` applied, each weight checked: (field, message) on refusal.
    pub fn parse(base: AffinityRule, change: &AffinityChange) -> Result<AffinityRule, (&'static str, String)> {
        let weight = |field: &'static str, value: Option<i64>, current: u8| match value {
            None => Ok(current),
            Some(w @ 0..=10) => Ok(w as u8),
            Some(w) => Err((field, tr!("error-weight-range", value = w, max = MAX_WEIGHT))),
        };
        let w = base.weights;
        let weights = Weights {
            expertise: weight("affinity.weights.expertise", change.expertise, w.expertise)?,
            region: weight("affinity.weights.region", change.region, w.region)?,
            native_language: weight(
                "affinity.weights.native_language",
                change.native_language,
                w.native_language,
            )?,
            continuity: weight("affinity.weights.continuity", change.continuity_weight, w.continuity)?,
        };
        let continuity = match change.continuity.as_deref() {
            None => base.continuity,
            Some(s) => Continuity::try_from(s).map_err(|e| ("affinity.continuity", e))?,
        };
        Ok(AffinityRule { weights, continuity })
    }

    /// The weight continuity has in this cycle: none while it is off.
    fn continuity_weight(self) -> u32 {
        match self.continuity {
            Continuity::Off => 0,
            _ => u32::from(self.weights.continuity),
        }
    }

    /// The affinity of a fit's terms: their weighted mean on 0..=AFFINITY_MAX, rounded half up.
    pub fn affinity(&self, terms: &Terms) -> u32 {
        let w = &self.weights;
        let wc = self.continuity_weight();
        let total = u32::from(w.expertise) + u32::from(w.region) + u32::from(w.native_language) + wc;
        if total == 0 {
            return 0;
        }
        // Over the common denominator total × areas, in integers: no float rounding decides a tie.
        let areas = terms.panel_areas.max(1) as u64;
        let shared = (terms.shared_areas as u64).min(areas);
        let whole = u64::from(w.region) * u64::from(terms.region)
            + u64::from(w.native_language) * u64::from(terms.native)
            + u64::from(wc) * u64::from(terms.continuity);
        let numerator = u64::from(w.expertise) * shared + whole * areas;
        let denominator = u64::from(total) * areas;
        ((u64::from(AFFINITY_MAX) * numerator * 2 + denominator) / (denominator * 2)) as u32
    }
}

/// The terms of one (city, panel, expert), as numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Terms {
    pub shared_areas: usize,
    pub panel_areas: usize,
    pub region: bool,
    pub native: bool,
    /// Whether the continuity stance is met: reviewed before (prefer) or not (avoid).
    pub continuity: bool,
}

/// Who reviewed which city before: (city, expert) → the areas of focus of the panels they reviewed
/// it on, in the city's previous cycle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    pub reviewed: BTreeMap<(i32, i32), BTreeSet<String>>,
}

impl History {
    /// Whether `expert` reviewed `city` in its previous cycle on any of `areas`.
    pub fn reviewed(&self, city: i32, expert: i32, areas: &[String]) -> bool {
        self.reviewed
            .get(&(city, expert))
            .is_some_and(|seen| areas.iter().any(|a| seen.contains(a)))
    }
}

/// Why an expert suits a (city, panel): each term in terms a reader can check, and the affinity
/// they make.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fit {
    /// The panel's areas of focus in the expert's expertise.
    pub shared_areas: Vec<String>,
    /// How many areas of focus the panel has.
    pub panel_areas: usize,
    /// The city's region, when the expert knows it.
    pub region: Option<String>,
    /// The report's language, when the expert reads it natively.
    pub native: Option<String>,
    /// Whether the expert reviewed the city on these areas in its previous cycle; `None` when the
    /// cycle leaves continuity out.
    pub reviewed_before: Option<bool>,
    pub affinity: u32,
}

/// The fit of `expert` for `panel` of `report`'s city under `rule`: the one computation behind both
/// the solver's affinity and the page's explanation. A term the rule gives no weight names nothing:
/// it played no part in the choice.
pub fn fit(
    rule: AffinityRule,
    expert: &ExpertInput,
    panel: &PanelInput,
    report: &ReportInput,
    history: &History,
) -> Fit {
    let f = terms_of(rule, expert, panel, report, history);
    let w = rule.weights;
    Fit {
        shared_areas: if w.expertise > 0 { f.shared_areas } else { Vec::new() },
        panel_areas: if w.expertise > 0 { f.panel_areas } else { 0 },
        region: f.region.filter(|_| w.region > 0),
        native: f.native.filter(|_| w.native_language > 0),
        reviewed_before: f.reviewed_before.filter(|_| rule.continuity_weight() > 0),
        affinity: f.affinity,
    }
}

fn terms_of(
    rule: AffinityRule,
    expert: &ExpertInput,
    panel: &PanelInput,
    report: &ReportInput,
    history: &History,
) -> Fit {
    let shared_areas: Vec<String> = panel
        .areas
        .iter()
        .filter(|a| expert.expertise.contains(a))
        .cloned()
        .collect();
    let region = report.region.as_ref().filter(|r| expert.regions.contains(r)).cloned();
    let native = Some(&report.language)
        .filter(|l| !l.is_empty() && expert.native_languages.contains(l))
        .cloned();
    let reviewed_before =
        (rule.continuity != Continuity::Off).then(|| history.reviewed(report.city.id, expert.id, &panel.areas));
    let terms = Terms {
        shared_areas: shared_areas.len(),
        panel_areas: panel.areas.len(),
        region: region.is_some(),
        native: native.is_some(),
        continuity: match (rule.continuity, reviewed_before) {
            (Continuity::Prefer, Some(before)) => before,
            (Continuity::Avoid, Some(before)) => !before,
            _ => false,
        },
    };
    Fit {
        affinity: rule.affinity(&terms),
        shared_areas,
        panel_areas: panel.areas.len(),
        region,
        native,
        reviewed_before,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn terms(shared: usize, areas: usize, region: bool, native: bool, continuity: bool) -> Terms {
        Terms {
            shared_areas: shared,
            panel_areas: areas,
            region,
            native,
            continuity,
        }
    }

    #[test]
    fn expertise_alone_is_the_share_of_the_panels_areas() {
        let rule = AffinityRule::expertise_only();
        assert_eq!(rule.affinity(&terms(2, 2, true, true, true)), 10);
        assert_eq!(rule.affinity(&terms(1, 2, false, false, false)), 5);
        assert_eq!(rule.affinity(&terms(0, 3, true, false, false)), 0);
        assert_eq!(rule.affinity(&terms(1, 3, false, false, false)), 3);
        assert_eq!(rule.affinity(&terms(2, 3, false, false, false)), 7);
        assert_eq!(rule.affinity(&terms(0, 0, false, false, false)), 0);
    }

    #[test]
    fn default_weights_make_a_mean_of_the_terms() {
        let rule = AffinityRule::default();
        // Continuity is off by default: 6 + 2 + 2 weigh.
        assert_eq!(rule.affinity(&terms(3, 3, true, true, true)), 10);
        assert_eq!(rule.affinity(&terms(3, 3, false, false, true)), 6);
        assert_eq!(rule.affinity(&terms(0, 3, true, true, false)), 4);
        // 6·(1/3) + 2 = 4 of 10.
        assert_eq!(rule.affinity(&terms(1, 3, true, false, false)), 4);
        let prefer = AffinityRule {
            continuity: Continuity::Prefer,
            ..Default::default()
        };
        // 6 + 2 of 12 → 6.67 → 7.
        assert_eq!(prefer.affinity(&terms(3, 3, false, false, true)), 7);
        assert_eq!(prefer.affinity(&terms(3, 3, false, false, false)), 5);
        let nothing = AffinityRule::parse(
            AffinityRule::default(),
            &AffinityChange {
                expertise: Some(0),
                region: Some(0),
                native_language: Some(0),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(nothing.affinity(&terms(3, 3, true, true, true)), 0);
    }

    #[test]
    fn rules_are_checked_and_changed_part_by_part() {
        let base = AffinityRule::default();
        let changed = AffinityRule::parse(
            base,
            &AffinityChange {
                region: Some(5),
                continuity: Some("avoid".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(changed.weights.region, 5);
        assert_eq!(changed.weights.expertise, 6);
        assert_eq!(changed.continuity, Continuity::Avoid);
        let err = AffinityRule::parse(
            base,
            &AffinityChange {
                expertise: Some(11),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert_eq!(err.0, "affinity.weights.expertise");
        let err = AffinityRule::parse(
            base,
            &AffinityChange {
                continuity_weight: Some(-1),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert_eq!(err.0, "affinity.weights.continuity");
        let err = AffinityRule::parse(
            base,
            &AffinityChange {
                continuity: Some("sometimes".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert_eq!(err.0, "affinity.continuity");
    }

    #[test]
    fn the_fit_names_what_counts() {
        let expert = ExpertInput {
            id: 7,
            languages: vec!["fr".into(), "en".into()],
            native_languages: vec!["fr".into()],
            regions: vec!["Africa".into()],
            expertise: vec!["3.1".into()],
            capacity: 5,
            ..Default::default()
        };
        let panel = PanelInput {
            id: 1,
            name: "Policy".into(),
            members: vec![7],
            areas: vec!["3.1".into(), "3.2".into()],
        };
        let mut report = ReportInput {
            city: crate::domain::conflicts::CityTies {
                id: 3,
                ..Default::default()
            },
            city_name: "Dakar".into(),
            language: "fr".into(),
            region: Some("Africa".into()),
        };
        let mut history = History::default();
        history.reviewed.insert((3, 7), BTreeSet::from(["3.2".to_string()]));
        let rule = AffinityRule::default();
        let f = fit(rule, &expert, &panel, &report, &history);
        assert_eq!(f.shared_areas, vec!["3.1".to_string()]);
        assert_eq!(f.region.as_deref(), Some("Africa"));
        assert_eq!(f.native.as_deref(), Some("fr"));
        assert_eq!(f.reviewed_before, None);
        // 6·½ + 2 + 2 = 7 of 10.
        assert_eq!(f.affinity, 7);
        let prefer = AffinityRule {
            continuity: Continuity::Prefer,
            ..Default::default()
        };
        let f = fit(prefer, &expert, &panel, &report, &history);
        assert_eq!(f.reviewed_before, Some(true));
        // (3 + 2 + 2 + 2) / 12 = 7.5 → 8.
        assert_eq!(f.affinity, 8);
        let avoid = AffinityRule {
            continuity: Continuity::Avoid,
            ..Default::default()
        };
        assert_eq!(fit(avoid, &expert, &panel, &report, &history).affinity, 6);
        // A term without weight is not given as a reason.
        let no_region = AffinityRule::parse(
            rule,
            &AffinityChange {
                region: Some(0),
                ..Default::default()
            },
        )
        .unwrap();
        let f = fit(no_region, &expert, &panel, &report, &history);
        assert_eq!((f.region, f.native.as_deref()), (None, Some("fr")));
        report.language = "en".into();
        report.region = Some("Arab States".into());
        let f = fit(rule, &expert, &panel, &report, &history);
        assert_eq!((f.region, f.native, f.affinity), (None, None, 3));
    }

    proptest! {
        /// Whatever the weights, the affinity stays on the scale, and a term met never lowers it.
        #[test]
        fn affinity_is_on_the_scale_and_monotone(
            w in prop::array::uniform4(0u8..=MAX_WEIGHT),
            areas in 0usize..8,
            shared in 0usize..8,
            flags in prop::array::uniform3(any::<bool>()),
            continuity in prop::sample::select(Continuity::ALL.to_vec()),
        ) {
            let rule = AffinityRule {
                weights: Weights { expertise: w[0], region: w[1], native_language: w[2], continuity: w[3] },
                continuity,
            };
            let shared = shared.min(areas);
            let t = terms(shared, areas, flags[0], flags[1], flags[2]);
            let a = rule.affinity(&t);
            prop_assert!(a <= AFFINITY_MAX);
            let better = [
                Terms { region: true, ..t },
                Terms { native: true, ..t },
                Terms { continuity: true, ..t },
                Terms { shared_areas: (shared + 1).min(areas), ..t },
            ];
            for b in better {
                prop_assert!(rule.affinity(&b) >= a);
            }
        }
    }
}
