//! Read models: what pages and API answers show, as plain data. The store produces them, the
//! application layer passes them on, the views and the API render them. They import nothing but
//! the domain, so every layer above may use them and none below needs to.
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::domain::consensus::{Method, Stats};
use crate::domain::cycle::{CycleState, Deadlines};
use crate::domain::item::QueueStatus;
use crate::domain::report::{ReportContent, ReportState, Statistic};
use crate::domain::score::Score;
use crate::domain::user::Role;
use crate::domain::visibility::Actor;

pub use crate::domain::item::Item;
pub use crate::domain::rating::Rating;

/// A person's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub city_id: Option<i32>,
    pub disabled: bool,
    /// The person's language for pages and e-mails; None: the browser's choice.
    pub language: Option<String>,
    /// The person's time zone (IANA); deadlines are shown in it. None: UTC.
    pub time_zone: Option<String>,
    /// Reminders and assignment changes as one daily digest instead of one message each.
    pub mail_digest: bool,
}

impl User {
    pub fn actor(&self) -> Actor {
        Actor {
            user_id: self.id,
            role: self.role,
            city_id: self.city_id,
        }
    }
}

/// A live session, as a request sees it.
#[derive(Clone, Debug)]
pub struct Session {
    pub id: i32,
    pub user: User,
    pub csrf_token: String,
    /// The one-time message left for this page view, if any (already cleared in the database).
    pub flash: Option<String>,
}

/// A city of the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct City {
    pub id: i32,
    pub name: String,
    pub country: String,
    pub region: Option<String>,
    pub languages: Vec<String>,
    /// The city government and the partner institutions named in its report.
    pub institutions: Vec<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl City {
    /// What the conflict rules need to know about the city.
    pub fn ties(&self) -> crate::domain::conflicts::CityTies {
        crate::domain::conflicts::CityTies {
            id: self.id,
            country: self.country.clone(),
            institutions: self.institutions.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Panel {
    pub id: i32,
    pub name: String,
    pub measurements: Vec<String>,
    pub members: Vec<i32>,
    pub chair: Option<i32>,
}

/// Reports of a cycle by state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub cities: usize,
    pub draft: usize,
    pub submitted: usize,
    pub returned: usize,
}

/// A review cycle with its settings and panels. `city_ids` and `progress` are filled only when the
/// whole cycle was read (`store::cycles::get`), not for work on one item (`get_core`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cycle {
    pub id: i32,
    pub name: String,
    pub edition: String,
    pub state: CycleState,
    pub panel_size: u8,
    pub conflict_same_country: bool,
    pub max_spread: u8,
    pub revision_rounds: u8,
    pub min_justification_chars: u16,
    /// What the assignment weighs besides the hard constraints.
    pub affinity: crate::domain::assignment::affinity::AffinityRule,
    #[serde(skip)]
    pub deadlines: Deadlines,
    pub city_ids: Vec<i32>,
    /// From review on: the participating cities whose report is not submitted, out of the review.
    pub out_of_review: Vec<i32>,
    pub panels: Vec<Panel>,
    pub progress: Progress,
    pub version: i32,
    #[serde(skip)]
    pub created_at: OffsetDateTime,
    #[serde(skip)]
    pub published_at: Option<OffsetDateTime>,
}

impl Cycle {
    /// The experts'-review measurements this cycle reviews: those mapped to a panel.
    pub fn reviewed_measurements(&self) -> BTreeSet<String> {
        self.panels
            .iter()
            .flat_map(|p| p.measurements.iter().cloned())
            .collect()
    }

    pub fn panel(&self, id: i32) -> Option<&Panel> {
        self.panels.iter().find(|p| p.id == id)
    }

    /// The panel's name, or an empty string for a panel that is not the cycle's.
    pub fn panel_name(&self, id: i32) -> String {
        self.panel(id).map(|p| p.name.clone()).unwrap_or_default()
    }

    /// The panels `user` chairs.
    pub fn chaired_by(&self, user: i32) -> Vec<i32> {
        self.panels
            .iter()
            .filter(|p| p.chair == Some(user))
            .map(|p| p.id)
            .collect()
    }

    pub fn consensus_rule(&self) -> crate::domain::cycle::ConsensusRule {
        crate::domain::cycle::ConsensusRule {
            max_spread: self.max_spread,
            revision_rounds: self.revision_rounds,
        }
    }
}

/// A city's report in a cycle.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Submission {
    pub cycle_id: i32,
    pub city_id: i32,
    pub state: ReportState,
    pub content: ReportContent,
    pub version: i32,
    pub return_message: Option<String>,
    #[serde(skip)]
    pub submitted_at: Option<OffsetDateTime>,
    #[serde(skip)]
    pub updated_at: OffsetDateTime,
}

/// Where one reported figure stands: the secretariat's check, its question and the city's answer.
/// It names no one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckedFigure {
    pub measurement: String,
    pub status: crate::domain::figures::CheckStatus,
    pub question: Option<String>,
    pub answer: Option<String>,
}

/// An expert's profile as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Profile {
    pub user_id: i32,
    pub country: String,
    pub city_id: Option<i32>,
    pub institution: Option<String>,
    pub languages: Vec<String>,
    pub expertise: Vec<String>,
    pub capacity: i32,
    /// UNESCO regions the expert knows well.
    pub regions: Vec<String>,
    /// Those of `languages` read natively.
    pub native_languages: Vec<String>,
}

impl Profile {
    /// What the conflict rules need to know about the expert, with the conflicts declared.
    pub fn ties(&self, declared: &[DeclaredConflict]) -> crate::domain::conflicts::ExpertTies {
        crate::domain::conflicts::ExpertTies {
            country: self.country.clone(),
            home_city: self.city_id,
            institution: self.institution.clone(),
            declared: declared
                .iter()
                .filter(|c| c.expert_id == self.user_id)
                .map(|c| c.city_id)
                .collect(),
        }
    }
}

/// A conflict of interest an expert or the secretariat declared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeclaredConflict {
    pub id: i32,
    pub expert_id: i32,
    pub city_id: i32,
    pub reason: String,
    pub declared_by: Option<i32>,
}

/// One (city, panel) and its experts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    pub city_id: i32,
    pub panel_id: i32,
    pub experts: Vec<i32>,
}

/// Why an expert suits a (city, panel): the terms of the affinity the solver maximised.
pub use crate::domain::assignment::affinity::Fit;

/// A bundle the solver could not fill, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unassigned {
    pub city_id: i32,
    pub panel_id: i32,
    /// The reason in words, as runs saved before reasons were kept as counts have it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(default)]
    pub shortfall: Option<crate::domain::assignment::build::Shortfall>,
}

impl Unassigned {
    /// Why, in the reader's language (English in the API).
    pub fn reason(&self) -> String {
        self.shortfall
            .as_ref()
            .map_or_else(|| self.reason.clone(), |s| s.explain())
    }
}

/// A bundle an expert was taken off (a conflict found after assignment).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RemovedFrom {
    pub cycle_id: i32,
    pub city_id: i32,
    pub panel_id: i32,
    pub expert_id: i32,
}

/// A proposal, or the assignment in force: every bundle of every covered report, filled or not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub bundles: Vec<Bundle>,
    pub objective: i64,
    pub unassigned: Vec<Unassigned>,
    /// The cycle's k, for how many places each bundle lacks (0 when the store read it alone).
    pub panel_size: usize,
}

impl Assignment {
    /// How many places a bundle lacks.
    pub fn missing(&self, bundle: &Bundle) -> usize {
        self.panel_size.saturating_sub(bundle.experts.len())
    }

    /// Bundles with fewer experts than the panel size.
    pub fn unfilled(&self) -> usize {
        self.bundles.iter().filter(|b| self.missing(b) > 0).count()
    }
}

/// How far the first round of a cycle has come: submitted ratings against those due, per panel and
/// per city, and the experts with ratings still to submit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RatingProgress {
    pub done: usize,
    pub due: usize,
    pub per_panel: BTreeMap<i32, (usize, usize)>,
    pub per_city: BTreeMap<i32, (usize, usize)>,
    /// Expert id → ratings still to submit.
    pub behind: BTreeMap<i32, usize>,
}

/// An item's consensus record, as far as it goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsensusRecord {
    pub score: Option<Score>,
    pub method: Option<Method>,
    pub rationale: Option<String>,
    pub feedback: Option<String>,
}

/// An item as the reconciliation queue shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemSummary {
    pub item: Item,
    /// The scores the rule is applied to now (the latest round's), anonymous.
    pub scores: Vec<u8>,
    pub stats: Option<Stats>,
    pub status: QueueStatus,
    pub consensus: Option<ConsensusRecord>,
    /// Who rates it now, and every rating it has had: for deciding what a viewer may see of it.
    #[serde(skip)]
    pub reviewers: Vec<i32>,
    #[serde(skip)]
    pub ratings: Vec<Rating>,
}

/// Agreement figures for a set of items: alpha (ordinal) on first-round and final ratings, and
/// exact and adjacent agreement of the first round.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Agreement {
    pub alpha_first_round: Option<f64>,
    pub alpha_final: Option<f64>,
    pub exact: Option<f64>,
    pub adjacent: Option<f64>,
    pub items: usize,
}

/// A cycle's agreement: overall, per panel and per measurement.
pub type CycleAgreement = (Agreement, BTreeMap<i32, Agreement>, BTreeMap<String, Agreement>);

/// One measurement's published result on a city's profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProfileScore {
    pub measurement: String,
    pub score: Score,
    pub method: Method,
    pub feedback: String,
    /// The city's own rating of the measurement in its submitted report (self-assessment).
    pub self_score: Option<u8>,
}

/// One published cycle on a city's profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProfileCycle {
    pub cycle_id: i32,
    pub name: String,
    pub edition: String,
    #[serde(skip)]
    pub published_at: Option<OffsetDateTime>,
    pub scores: Vec<ProfileScore>,
    pub statistics: BTreeMap<String, Statistic>,
    /// Where each statistic stands with the secretariat (verified, queried …).
    pub verification: BTreeMap<String, crate::domain::figures::CheckStatus>,
    /// The report's language: the panel writes its statements to the city in it, and the city its
    /// action plan, so the page marks them with it (`lang`).
    #[serde(skip)]
    pub language: Option<String>,
}

/// A row of the audit log, for reading.
#[derive(Clone, Debug, Serialize)]
pub struct AuditEntry {
    pub id: i32,
    pub actor: Option<i32>,
    /// The actor used an API token that this user (the secretariat) issued for them.
    pub token_issued_by: Option<i32>,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub at: OffsetDateTime,
}

/// What to show of the audit log. Empty strings and None mean "any".
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub action: Option<String>,
    pub actor: Option<i32>,
}

/// An e-mail to send, as the outbox keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub to: String,
    /// The user it is for, when it is for a user of the service.
    pub user_id: Option<i32>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub kind: &'static str,
    /// Set for messages that must exist once only (a reminder point for one expert).
    pub dedupe_key: Option<String>,
    /// Held for the recipient's daily digest rather than sent on its own.
    pub held: bool,
}

/// What the secretariat sees of a message (never its body: it may be long, and the subject and
/// kind say what it is).
#[derive(Clone, Debug)]
pub struct OutboxEntry {
    pub id: i32,
    pub to: String,
    pub user_id: Option<i32>,
    pub subject: String,
    pub kind: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: OffsetDateTime,
    pub sent_at: Option<OffsetDateTime>,
    pub next_attempt_at: OffsetDateTime,
}

/// A personal API token as its owner and the secretariat see it (never its secret).
#[derive(Clone, Debug)]
pub struct ApiToken {
    pub id: i32,
    pub user_id: i32,
    pub label: Option<String>,
    pub created_at: OffsetDateTime,
    pub last_used_at: Option<OffsetDateTime>,
    pub expires_at: Option<OffsetDateTime>,
    /// Who issued it, when not its owner.
    pub issued_by: Option<i32>,
}

/// An OpenID Connect sign-in between the redirect to the provider and its callback.
pub struct PendingLogin {
    pub provider: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub next_path: String,
}

/// What the audit log's ids stand for, so a person reads names: users, cities, cycles. Three
/// statements whatever the page shows.
#[derive(Default)]
pub struct AuditNames {
    pub users: std::collections::HashMap<i32, String>,
    pub cities: std::collections::HashMap<i32, String>,
    pub cycles: std::collections::HashMap<i32, String>,
}

impl AuditNames {
    /// The object's name, for the types that have one.
    pub fn object(&self, object_type: &str, id: &str) -> Option<&str> {
        let id: i32 = id.parse().ok()?;
        match object_type {
            "user" | "expert" => self.users.get(&id),
            "city" => self.cities.get(&id),
            "cycle" => self.cycles.get(&id),
            _ => None,
        }
        .map(String::as_str)
    }
}

/// One point of a measurement's series on a city's profile: a published cycle's consensus score
/// (experts' review) or reported values (statistics).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SeriesPoint {
    pub cycle_id: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<std::collections::BTreeMap<String, f64>>,
}

/// Every measurement of a city across its published cycles (oldest first), from its profile's
/// cycles: the series the profile shows and downloads. Never another city's.
pub fn series(cycles: &[ProfileCycle]) -> BTreeMap<String, Vec<SeriesPoint>> {
    let mut ordered: Vec<&ProfileCycle> = cycles.iter().collect();
    ordered.sort_by_key(|c| (c.published_at, c.cycle_id));
    let mut out: BTreeMap<String, Vec<SeriesPoint>> = BTreeMap::new();
    for c in ordered {
        for s in &c.scores {
            out.entry(s.measurement.clone()).or_default().push(SeriesPoint {
                cycle_id: c.cycle_id,
                score: Some(s.score.value()),
                values: None,
            });
        }
        for (code, st) in &c.statistics {
            if st.values.is_empty() {
                continue;
            }
            out.entry(code.clone()).or_default().push(SeriesPoint {
                cycle_id: c.cycle_id,
                score: None,
                values: Some(st.values.clone()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Unassigned;

    #[test]
    fn a_run_saved_with_reasons_in_words_still_reads() {
        let old: Unassigned = serde_json::from_str(
            r#"{"city_id": 1, "panel_id": 2, "reason": "Policy panel, Cork: 1 eligible expert(s), 3 needed"}"#,
        )
        .unwrap();
        assert_eq!(old.reason(), "Policy panel, Cork: 1 eligible expert(s), 3 needed");
        assert_eq!(old.shortfall, None);
    }
}
