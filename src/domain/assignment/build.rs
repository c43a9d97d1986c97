//! From a cycle's data to a solver [`Instance`], applying every hard constraint, and keeping the
//! reasons each expert was excluded so an unfilled bundle can be explained.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::affinity::{AffinityRule, History, fit};
use super::{BundleNeed, EligiblePair, ExpertCapacity, Instance};
use crate::domain::conflicts::{CityTies, Conflict, ExpertTies, conflict};
use crate::tr;

/// An expert as assignment sees them.
#[derive(Clone, Debug, Default)]
pub struct ExpertInput {
    pub id: i32,
    pub ties: ExpertTies,
    pub languages: Vec<String>,
    /// Those of `languages` the expert reads natively.
    pub native_languages: Vec<String>,
    /// The UNESCO regions the expert knows well.
    pub regions: Vec<String>,
    /// Areas of focus.
    pub expertise: Vec<String>,
    pub capacity: u32,
}

/// A panel: its members, and the areas of focus of its measurements.
#[derive(Clone, Debug, Default)]
pub struct PanelInput {
    pub id: i32,
    pub name: String,
    pub members: Vec<i32>,
    pub areas: Vec<String>,
}

impl PanelInput {
    /// A panel as the builder wants it: the areas of focus its measurements belong to, read from the
    /// framework (a measurement code is its feature's code and a letter, `3.1.2.a`).
    pub fn of(
        framework: &crate::domain::framework::Framework,
        id: i32,
        name: &str,
        members: &[i32],
        measurements: &[String],
    ) -> PanelInput {
        let mut areas: Vec<String> = measurements
            .iter()
            .filter_map(|m| {
                let fa = m.rsplitn(3, '.').nth(2)?;
                framework.focus_area(fa).map(|f| f.code.clone())
            })
            .collect();
        areas.sort();
        areas.dedup();
        PanelInput {
            id,
            name: name.to_owned(),
            members: members.to_vec(),
            areas,
        }
    }
}

/// A submitted report: the city and the language it is written in.
#[derive(Clone, Debug, Default)]
pub struct ReportInput {
    pub city: CityTies,
    pub city_name: String,
    pub language: String,
    /// The city's UNESCO region, if recorded.
    pub region: Option<String>,
}

/// Why experts of a panel cannot take a bundle, counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exclusions {
    pub members: usize,
    pub without_profile: usize,
    pub conflicts: BTreeMap<Conflict, usize>,
    pub language: usize,
    pub eligible: usize,
}

/// A bundle of the instance: which city and panel it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundleKey {
    pub city_id: i32,
    pub panel_id: i32,
}

pub struct Built {
    pub instance: Instance,
    /// Instance bundle id (its index here) → the (city, panel) it stands for.
    pub keys: Vec<BundleKey>,
    pub exclusions: Vec<Exclusions>,
}

/// Why an expert may not take a bundle: the hard constraints other than capacity (which depends on
/// the rest of the assignment) and the panel size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ineligible {
    /// Not a member of the bundle's panel.
    NotMember,
    /// No profile yet: languages and capacity unknown.
    NoProfile,
    Conflict(Conflict),
    /// Does not read the language the report is written in.
    Language,
}

/// Whether `expert` (None: no profile) may review `report` for a panel they are (or are not) a
/// member of. The one rule for the solver's instance and for every manual change.
pub fn eligibility(
    expert: Option<&ExpertInput>,
    is_member: bool,
    report: &ReportInput,
    same_country: bool,
) -> Result<(), Ineligible> {
    if !is_member {
        return Err(Ineligible::NotMember);
    }
    let expert = expert.ok_or(Ineligible::NoProfile)?;
    if let Some(c) = conflict(&expert.ties, &report.city, same_country) {
        return Err(Ineligible::Conflict(c));
    }
    if !expert.languages.contains(&report.language) {
        return Err(Ineligible::Language);
    }
    Ok(())
}

/// What a cycle decides about its assignment besides who is eligible: k, the conflict rule, the
/// affinity, and who reviewed its cities before.
#[derive(Clone, Debug)]
pub struct Rules<'a> {
    pub k: u32,
    pub same_country: bool,
    pub affinity: AffinityRule,
    pub history: &'a History,
}

/// One bundle per (report, panel). Experts without a profile cannot be assigned (no languages, no
/// capacity known).
pub fn build(reports: &[ReportInput], panels: &[PanelInput], experts: &[ExpertInput], rules: &Rules) -> Built {
    let (k, same_country) = (rules.k, rules.same_country);
    let by_id: BTreeMap<i32, &ExpertInput> = experts.iter().map(|e| (e.id, e)).collect();
    let mut instance = Instance {
        experts: experts
            .iter()
            .map(|e| ExpertCapacity {
                id: i64::from(e.id),
                capacity: e.capacity,
                load: 0,
            })
            .collect(),
        ..Default::default()
    };
    let mut keys = Vec::new();
    let mut exclusions = Vec::new();
    for report in reports {
        for panel in panels {
            let bundle = keys.len() as i64;
            keys.push(BundleKey {
                city_id: report.city.id,
                panel_id: panel.id,
            });
            instance.bundles.push(BundleNeed { id: bundle, k });
            let mut ex = Exclusions {
                members: panel.members.len(),
                ..Default::default()
            };
            for member in &panel.members {
                let expert = by_id.get(member).copied();
                match eligibility(expert, true, report, same_country) {
                    Ok(()) => {}
                    Err(Ineligible::NoProfile | Ineligible::NotMember) => {
                        ex.without_profile += 1;
                        continue;
                    }
                    Err(Ineligible::Conflict(c)) => {
                        *ex.conflicts.entry(c).or_insert(0) += 1;
                        continue;
                    }
                    Err(Ineligible::Language) => {
                        ex.language += 1;
                        continue;
                    }
                }
                let Some(expert) = expert else { continue };
                ex.eligible += 1;
                instance.eligible.push(EligiblePair {
                    bundle,
                    expert: i64::from(expert.id),
                    affinity: fit(rules.affinity, expert, panel, report, rules.history).affinity,
                });
            }
            exclusions.push(ex);
        }
    }
    Built {
        instance,
        keys,
        exclusions,
    }
}

/// Why a bundle is not (fully) filled, kept as counts (with the panel's and the city's names) so it
/// is told in each reader's language when it is shown, not in the language of whoever ran the solver.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shortfall {
    pub panel: String,
    pub city: String,
    pub needed: u32,
    pub assigned: usize,
    pub eligible: usize,
    pub members: usize,
    pub conflicts: Vec<(Conflict, usize)>,
    pub language: usize,
    pub without_profile: usize,
}

pub fn shortfall(panel: &str, city: &str, ex: &Exclusions, k: u32, assigned: usize) -> Shortfall {
    Shortfall {
        panel: panel.to_owned(),
        city: city.to_owned(),
        needed: k,
        assigned,
        eligible: ex.eligible,
        members: ex.members,
        conflicts: ex.conflicts.iter().map(|(c, n)| (*c, *n)).collect(),
        language: ex.language,
        without_profile: ex.without_profile,
    }
}

impl Shortfall {
    /// In words: "Policy & leadership panel, Cork: 2 eligible expert(s), 3 needed; 4 excluded by
    /// conflict (3 same country, 1 declared conflict), 1 by language".
    pub fn explain(&self) -> String {
        let (panel, city) = (self.panel.as_str(), self.city.as_str());
        let mut s = if self.eligible < self.needed as usize {
            tr!(
                "shortfall-too-few",
                panel = panel,
                city = city,
                eligible = self.eligible,
                needed = self.needed
            )
        } else {
            tr!(
                "shortfall-at-capacity",
                panel = panel,
                city = city,
                eligible = self.eligible,
                assigned = self.assigned,
                needed = self.needed
            )
        };
        let separator = tr!("list-separator");
        let mut parts = Vec::new();
        if self.members == 0 {
            parts.push(tr!("shortfall-no-member"));
        }
        let conflicts: usize = self.conflicts.iter().map(|(_, n)| n).sum();
        if conflicts > 0 {
            let detail: Vec<String> = self
                .conflicts
                .iter()
                .map(|(c, n)| match c {
                    Conflict::HomeCity => tr!("shortfall-home-city", count = *n),
                    Conflict::SameCountry => tr!("shortfall-same-country", count = *n),
                    Conflict::SameInstitution => tr!("shortfall-same-institution", count = *n),
                    Conflict::Declared => tr!("shortfall-declared", count = *n),
                })
                .collect();
            parts.push(tr!(
                "shortfall-conflicts",
                count = conflicts,
                detail = detail.join(&separator)
            ));
        }
        if self.language > 0 {
            parts.push(tr!("shortfall-language", count = self.language));
        }
        if self.without_profile > 0 {
            parts.push(tr!("shortfall-without-profile", count = self.without_profile));
        }
        if !parts.is_empty() {
            s.push_str(&tr!("shortfall-then"));
            s.push_str(&parts.join(&separator));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expert(id: i32, country: &str, langs: &[&str], expertise: &[&str]) -> ExpertInput {
        ExpertInput {
            id,
            ties: ExpertTies {
                country: country.into(),
                ..Default::default()
            },
            languages: langs.iter().map(|s| s.to_string()).collect(),
            expertise: expertise.iter().map(|s| s.to_string()).collect(),
            capacity: 5,
            ..Default::default()
        }
    }

    #[test]
    fn constraints_are_applied_and_counted() {
        let reports = vec![ReportInput {
            city: CityTies {
                id: 1,
                country: "IE".into(),
                institutions: vec![],
            },
            city_name: "Cork".into(),
            language: "en".into(),
            region: None,
        }];
        let panels = vec![PanelInput {
            id: 10,
            name: "Policy".into(),
            members: vec![1, 2, 3, 4],
            areas: vec!["3.1".into(), "3.2".into()],
        }];
        let experts = vec![
            expert(1, "IE", &["en"], &["3.1"]),
            expert(2, "FR", &["fr"], &["3.1"]),
            expert(3, "BR", &["en", "pt"], &["3.1", "3.2"]),
        ];
        let history = History::default();
        let rules = Rules {
            k: 3,
            same_country: true,
            affinity: AffinityRule::expertise_only(),
            history: &history,
        };
        let built = build(&reports, &panels, &experts, &rules);
        assert_eq!(
            built.keys,
            vec![BundleKey {
                city_id: 1,
                panel_id: 10
            }]
        );
        assert_eq!(
            built.instance.eligible,
            vec![EligiblePair {
                bundle: 0,
                expert: 3,
                affinity: 10
            }]
        );
        let ex = &built.exclusions[0];
        assert_eq!((ex.members, ex.without_profile, ex.language, ex.eligible), (4, 1, 1, 1));
        assert_eq!(ex.conflicts.get(&Conflict::SameCountry), Some(&1));
        let text = shortfall("Policy", "Cork", ex, 3, 1).explain();
        assert_eq!(
            text,
            "Policy panel, Cork: 1 eligible expert(s), 3 needed; 1 excluded by conflict (1 same country), 1 by language, 1 without a profile"
        );
        // Told in the reader's language, from the same counts.
        let french = crate::i18n::with(crate::i18n::Locale::Fr, || {
            shortfall("Policy", "Cork", ex, 3, 1).explain()
        });
        assert!(
            french.starts_with("Groupe « Policy », Cork : 1 expert admissible, 3 requis ; "),
            "{french}"
        );
        assert!(french.contains("1 du même pays"), "{french}");
    }
}
