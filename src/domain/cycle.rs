//! A review cycle's life: `draft → collecting → reviewing → reconciling → published → archived`.
//! Every transition is decided here, from facts the store gathers; an illegal one is refused with a
//! reason a person can act on. Writes that only some states allow ask here too.
use std::fmt;

use serde::Serialize;
use time::OffsetDateTime;

use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum CycleState {
    Draft,
    Collecting,
    Reviewing,
    Reconciling,
    Published,
    Archived,
}

impl CycleState {
    pub const ALL: [CycleState; 6] = [
        CycleState::Draft,
        CycleState::Collecting,
        CycleState::Reviewing,
        CycleState::Reconciling,
        CycleState::Published,
        CycleState::Archived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CycleState::Draft => "draft",
            CycleState::Collecting => "collecting",
            CycleState::Reviewing => "reviewing",
            CycleState::Reconciling => "reconciling",
            CycleState::Published => "published",
            CycleState::Archived => "archived",
        }
    }

    pub fn parse(s: &str) -> Option<CycleState> {
        CycleState::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The one state that may follow this one.
    pub fn next(self) -> Option<CycleState> {
        match self {
            CycleState::Draft => Some(CycleState::Collecting),
            CycleState::Collecting => Some(CycleState::Reviewing),
            CycleState::Reviewing => Some(CycleState::Reconciling),
            CycleState::Reconciling => Some(CycleState::Published),
            CycleState::Published => Some(CycleState::Archived),
            CycleState::Archived => None,
        }
    }

    /// Panels (members, chair, measurements) are set up before review starts.
    pub fn panels_editable(self) -> bool {
        matches!(self, CycleState::Draft | CycleState::Collecting)
    }

    /// Cities write, submit, and have reports returned only while the cycle collects.
    pub fn collects_reports(self) -> bool {
        self == CycleState::Collecting
    }

    /// The state as a message names it, in the reader's language ("the cycle is collecting"; in
    /// English the state's code, as the API spells it).
    pub fn in_message(self) -> String {
        match self {
            CycleState::Draft => tr!("error-cycle-state-draft"),
            CycleState::Collecting => tr!("error-cycle-state-collecting"),
            CycleState::Reviewing => tr!("error-cycle-state-reviewing"),
            CycleState::Reconciling => tr!("error-cycle-state-reconciling"),
            CycleState::Published => tr!("error-cycle-state-published"),
            CycleState::Archived => tr!("error-cycle-state-archived"),
        }
    }
}

impl fmt::Display for CycleState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the store knows about a cycle when a transition is asked for. Later steps of the workflow
/// (assignment, consensus) fill in their facts; until they exist, their facts say "not ready".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TransitionFacts {
    pub participating_cities: usize,
    /// Experts'-review measurements mapped to a panel.
    pub mapped_measurements: usize,
    pub submitted_reports: usize,
    /// Submitted reports not covered by the confirmed assignment (all of them when none is confirmed).
    pub submitted_reports_unassigned: usize,
    pub assignment_confirmed: bool,
    /// Bundles of covered reports with fewer than k experts.
    pub bundles_unfilled: usize,
    /// The secretariat accepts them short, with a reason (moving to reviewing).
    pub underfilled_accepted: bool,
    /// Review items whose first-round ratings are not all submitted.
    pub items_without_all_ratings: usize,
    pub review_deadline_passed: bool,
    pub items_without_consensus: usize,
    pub items_without_feedback: usize,
}

/// Why a transition is refused, with a code scripts may act on (`illegal_transition` unless a more
/// precise one applies, e.g. `bundles_unfilled`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct TransitionRefused {
    pub code: &'static str,
    pub message: String,
}

fn refuse(msg: impl Into<String>) -> Result<(), TransitionRefused> {
    Err(TransitionRefused {
        code: "illegal_transition",
        message: msg.into(),
    })
}

/// Decides whether the cycle may move from `from` to `to`.
pub fn check_transition(from: CycleState, to: CycleState, facts: &TransitionFacts) -> Result<(), TransitionRefused> {
    if from == to {
        return refuse(tr!("error-transition-already", state = from.in_message()));
    }
    if from.next() != Some(to) {
        return refuse(match from.next() {
            Some(next) => tr!(
                "error-transition-only-next",
                from = from.in_message(),
                next = next.in_message(),
                to = to.in_message()
            ),
            None => tr!("error-transition-final", state = from.in_message()),
        });
    }
    match to {
        CycleState::Collecting => {
            if facts.participating_cities == 0 {
                return refuse(tr!("error-transition-no-city"));
            }
            if facts.mapped_measurements == 0 {
                return refuse(tr!("error-transition-no-measurement"));
            }
        }
        CycleState::Reviewing => {
            if facts.submitted_reports == 0 {
                return refuse(tr!("error-transition-no-report"));
            }
            if !facts.assignment_confirmed {
                return refuse(tr!("error-transition-no-assignment"));
            }
            if facts.submitted_reports_unassigned > 0 {
                return refuse(tr!(
                    "error-transition-reports-unassigned",
                    count = facts.submitted_reports_unassigned
                ));
            }
            if facts.bundles_unfilled > 0 && !facts.underfilled_accepted {
                return Err(TransitionRefused {
                    code: "bundles_unfilled",
                    message: tr!("error-transition-bundles-unfilled", count = facts.bundles_unfilled),
                });
            }
        }
        CycleState::Reconciling => {
            if facts.items_without_all_ratings > 0 && !facts.review_deadline_passed {
                return refuse(tr!(
                    "error-transition-ratings-missing",
                    count = facts.items_without_all_ratings
                ));
            }
        }
        CycleState::Published => {
            if facts.items_without_consensus > 0 {
                return refuse(tr!(
                    "error-transition-consensus-missing",
                    count = facts.items_without_consensus
                ));
            }
            if facts.items_without_feedback > 0 {
                return refuse(tr!(
                    "error-transition-feedback-missing",
                    count = facts.items_without_feedback
                ));
            }
        }
        CycleState::Draft | CycleState::Archived => {}
    }
    Ok(())
}

/// The consensus rule's parameters (product.md: agreed when spread ≤ 1; one revision round).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ConsensusRule {
    pub max_spread: u8,
    pub revision_rounds: u8,
}

impl Default for ConsensusRule {
    fn default() -> Self {
        ConsensusRule {
            max_spread: 1,
            revision_rounds: 1,
        }
    }
}

/// The dates a cycle runs to. Each is optional; those given must come in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Deadlines {
    pub submission: Option<OffsetDateTime>,
    pub review: Option<OffsetDateTime>,
    pub reconciliation: Option<OffsetDateTime>,
}

impl Deadlines {
    pub fn get(&self, kind: DeadlineKind) -> Option<OffsetDateTime> {
        match kind {
            DeadlineKind::Submission => self.submission,
            DeadlineKind::Review => self.review,
            DeadlineKind::Reconciliation => self.reconciliation,
        }
    }

    pub fn set(&mut self, kind: DeadlineKind, at: Option<OffsetDateTime>) {
        match kind {
            DeadlineKind::Submission => self.submission = at,
            DeadlineKind::Review => self.review = at,
            DeadlineKind::Reconciliation => self.reconciliation = at,
        }
    }

    /// Those given come in order: submission, review, reconciliation. The error names the field.
    pub fn check_order(&self) -> Result<(), (&'static str, String)> {
        let ordered = |a: Option<OffsetDateTime>, b: Option<OffsetDateTime>| match (a, b) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        if !ordered(self.submission, self.review) || !ordered(self.submission, self.reconciliation) {
            return Err(("deadlines.review", tr!("error-deadline-review-order")));
        }
        if !ordered(self.review, self.reconciliation) {
            return Err(("deadlines.reconciliation", tr!("error-deadline-reconciliation-order")));
        }
        Ok(())
    }
}

/// Which deadline: each closes a phase of the cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeadlineKind {
    Submission,
    Review,
    Reconciliation,
}

impl DeadlineKind {
    pub const ALL: [DeadlineKind; 3] = [
        DeadlineKind::Submission,
        DeadlineKind::Review,
        DeadlineKind::Reconciliation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::Submission => "submission",
            DeadlineKind::Review => "review",
            DeadlineKind::Reconciliation => "reconciliation",
        }
    }

    pub fn field(self) -> &'static str {
        match self {
            DeadlineKind::Submission => "deadlines.submission",
            DeadlineKind::Review => "deadlines.review",
            DeadlineKind::Reconciliation => "deadlines.reconciliation",
        }
    }

    /// The last state in which this deadline still means something.
    pub fn last_state(self) -> CycleState {
        match self {
            DeadlineKind::Submission => CycleState::Collecting,
            DeadlineKind::Review => CycleState::Reviewing,
            DeadlineKind::Reconciliation => CycleState::Reconciling,
        }
    }

    /// The round whose deadline it is, in the state the cycle is in (the one a personal extension
    /// extends): the review deadline while reviewing, the reconciliation deadline while reconciling.
    pub fn of_round(state: CycleState) -> Option<DeadlineKind> {
        match state {
            CycleState::Reviewing => Some(DeadlineKind::Review),
            CycleState::Reconciling => Some(DeadlineKind::Reconciliation),
            _ => None,
        }
    }

    pub fn parse(s: &str) -> Option<DeadlineKind> {
        DeadlineKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Why a change to a running cycle is refused: the value (422, naming the field) or the cycle's
/// state (409), with what to do instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeRefused {
    Invalid { field: &'static str, message: String },
    State(String),
}

/// A deadline may move (later or earlier) in any state before the cycle leaves the phase it
/// closes; never into the past.
pub fn check_deadline_change(
    kind: DeadlineKind,
    state: CycleState,
    new: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Result<(), ChangeRefused> {
    if state > kind.last_state() {
        return Err(ChangeRefused::State(tr!(
            "error-deadline-gone",
            kind = kind.as_str(),
            state = state.in_message()
        )));
    }
    if new.is_some_and(|t| t < now) {
        return Err(ChangeRefused::Invalid {
            field: kind.field(),
            message: tr!("error-deadline-past"),
        });
    }
    Ok(())
}

/// The panel size, the conflict rule, the consensus rule and the minimum justification shape the
/// assignment and the ratings: they may change until an assignment is confirmed.
pub fn check_settings_change(state: CycleState, assignment_confirmed: bool) -> Result<(), ChangeRefused> {
    if assignment_confirmed || state > CycleState::Collecting {
        return Err(ChangeRefused::State(tr!("error-settings-frozen")));
    }
    Ok(())
}

/// The participating cities change while the cycle is a draft or collects reports.
pub fn check_cities_change(state: CycleState) -> Result<(), ChangeRefused> {
    if state > CycleState::Collecting {
        return Err(ChangeRefused::State(tr!(
            "error-cities-frozen",
            state = state.in_message()
        )));
    }
    Ok(())
}

/// A personal extension lets one expert rate in the current round after its deadline, until
/// `until`: a round must be open, have a deadline, and `until` come after it.
pub fn check_extension(
    state: CycleState,
    deadlines: &Deadlines,
    until: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<DeadlineKind, ChangeRefused> {
    let Some(kind) = DeadlineKind::of_round(state) else {
        return Err(ChangeRefused::State(tr!(
            "error-extension-no-round",
            state = state.in_message()
        )));
    };
    let Some(deadline) = deadlines.get(kind) else {
        return Err(ChangeRefused::Invalid {
            field: "until",
            message: tr!("error-extension-no-deadline", kind = kind.as_str()),
        });
    };
    if until <= deadline || until <= now {
        return Err(ChangeRefused::Invalid {
            field: "until",
            message: tr!("error-extension-too-early", deadline = deadline.date().to_string()),
        });
    }
    Ok(kind)
}

/// The moment a round closes for one expert: its deadline, or their extension if later.
pub fn deadline_for(deadline: Option<OffsetDateTime>, extension: Option<OffsetDateTime>) -> Option<OffsetDateTime> {
    match (deadline, extension) {
        (Some(d), Some(e)) => Some(d.max(e)),
        (d, _) => d,
    }
}

/// A cycle's settings, checked. Which input is wrong is named in the error: (field, message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CycleSettings {
    pub name: String,
    pub panel_size: u8,
    pub conflict_same_country: bool,
    pub rule: ConsensusRule,
    pub min_justification_chars: u16,
    pub deadlines: Deadlines,
    /// What the assignment weighs (see [`crate::domain::assignment::affinity`]).
    pub affinity: crate::domain::assignment::affinity::AffinityRule,
}

pub const DEFAULT_PANEL_SIZE: u8 = 3;
pub const DEFAULT_MIN_JUSTIFICATION: u16 = 50;

impl CycleSettings {
    pub fn parse(
        name: &str,
        panel_size: Option<i64>,
        conflict_same_country: Option<bool>,
        max_spread: Option<i64>,
        revision_rounds: Option<i64>,
        min_justification_chars: Option<i64>,
        deadlines: Deadlines,
    ) -> Result<CycleSettings, (&'static str, String)> {
        let name = super::user::one_line(super::text::Subject::CycleName, name, 200).map_err(|e| ("name", e))?;
        let panel_size = match panel_size {
            None => DEFAULT_PANEL_SIZE,
            Some(k @ 2..=7) => k as u8,
            Some(k) => return Err(("panel_size", tr!("error-panel-size-range", value = k))),
        };
        let max_spread = match max_spread {
            None => 1,
            Some(s @ 0..=4) => s as u8,
            Some(s) => {
                return Err(("rule.max_spread", tr!("error-max-spread-range", value = s)));
            }
        };
        let revision_rounds = match revision_rounds {
            None => 1,
            Some(r @ 0..=3) => r as u8,
            Some(r) => {
                return Err(("rule.revision_rounds", tr!("error-revision-rounds-range", value = r)));
            }
        };
        let min_justification_chars = match min_justification_chars {
            None => DEFAULT_MIN_JUSTIFICATION,
            Some(m @ 0..=2000) => m as u16,
            Some(m) => {
                return Err((
                    "min_justification_chars",
                    tr!("error-min-justification-range", value = m),
                ));
            }
        };
        let d = deadlines;
        d.check_order()?;
        Ok(CycleSettings {
            name,
            panel_size,
            conflict_same_country: conflict_same_country.unwrap_or(true),
            rule: ConsensusRule {
                max_spread,
                revision_rounds,
            },
            min_justification_chars,
            deadlines: d,
            affinity: Default::default(),
        })
    }

    /// The same settings with this affinity rule (checked when it was parsed).
    pub fn with_affinity(mut self, affinity: crate::domain::assignment::affinity::AffinityRule) -> CycleSettings {
        self.affinity = affinity;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CycleState::*;

    fn ready() -> TransitionFacts {
        TransitionFacts {
            participating_cities: 3,
            mapped_measurements: 18,
            submitted_reports: 3,
            submitted_reports_unassigned: 0,
            assignment_confirmed: true,
            bundles_unfilled: 0,
            underfilled_accepted: false,
            items_without_all_ratings: 0,
            review_deadline_passed: false,
            items_without_consensus: 0,
            items_without_feedback: 0,
        }
    }

    #[test]
    fn only_the_next_state_is_legal() {
        for from in CycleState::ALL {
            for to in CycleState::ALL {
                let result = check_transition(from, to, &ready());
                assert_eq!(result.is_ok(), from.next() == Some(to), "{from} -> {to}: {result:?}");
            }
        }
    }

    #[test]
    fn refusals_say_why() {
        let err = |from, to, facts: TransitionFacts| check_transition(from, to, &facts).unwrap_err().message;
        assert!(err(Draft, Reviewing, ready()).contains("only move to collecting"));
        assert_eq!(
            err(Draft, Reviewing, ready()),
            "a draft cycle can only move to collecting, not to reviewing"
        );
        assert_eq!(
            err(Archived, Draft, ready()),
            "an archived cycle cannot change any more"
        );
        let es = crate::i18n::with(crate::i18n::Locale::Es, || err(Draft, Reviewing, ready()));
        assert_eq!(
            es,
            "un ciclo en estado «borrador» solo puede pasar al estado «recopilación de informes», no al estado «evaluación»"
        );
        assert!(err(Archived, Draft, ready()).contains("cannot change"));
        assert!(err(Draft, Draft, ready()).contains("already"));
        assert!(
            err(
                Draft,
                Collecting,
                TransitionFacts {
                    participating_cities: 0,
                    ..ready()
                }
            )
            .contains("no participating city")
        );
        assert!(
            err(
                Draft,
                Collecting,
                TransitionFacts {
                    mapped_measurements: 0,
                    ..ready()
                }
            )
            .contains("mapped")
        );
        assert!(
            err(
                Collecting,
                Reviewing,
                TransitionFacts {
                    submitted_reports: 0,
                    ..ready()
                }
            )
            .contains("submitted")
        );
        assert!(
            err(
                Collecting,
                Reviewing,
                TransitionFacts {
                    assignment_confirmed: false,
                    ..ready()
                }
            )
            .contains("confirmed assignment")
        );
        assert!(
            err(
                Collecting,
                Reviewing,
                TransitionFacts {
                    submitted_reports_unassigned: 2,
                    ..ready()
                }
            )
            .contains("2 submitted report(s)")
        );
        assert!(
            err(
                Reviewing,
                Reconciling,
                TransitionFacts {
                    items_without_all_ratings: 4,
                    ..ready()
                }
            )
            .contains("4 item(s)")
        );
        assert!(
            check_transition(
                Reviewing,
                Reconciling,
                &TransitionFacts {
                    items_without_all_ratings: 4,
                    review_deadline_passed: true,
                    ..ready()
                }
            )
            .is_ok()
        );
        assert!(
            err(
                Reconciling,
                Published,
                TransitionFacts {
                    items_without_consensus: 1,
                    ..ready()
                }
            )
            .contains("consensus")
        );
        assert!(
            err(
                Reconciling,
                Published,
                TransitionFacts {
                    items_without_feedback: 1,
                    ..ready()
                }
            )
            .contains("feedback")
        );
    }

    #[test]
    fn short_bundles_need_an_explicit_yes() {
        let short = TransitionFacts {
            bundles_unfilled: 2,
            ..ready()
        };
        let e = check_transition(Collecting, Reviewing, &short).unwrap_err();
        assert_eq!(e.code, "bundles_unfilled");
        assert!(e.message.contains("2 bundle(s)"));
        let accepted = TransitionFacts {
            underfilled_accepted: true,
            ..short
        };
        assert!(check_transition(Collecting, Reviewing, &accepted).is_ok());
    }

    #[test]
    fn writes_follow_the_state() {
        assert!(Draft.panels_editable() && Collecting.panels_editable() && !Reviewing.panels_editable());
        assert!(Collecting.collects_reports() && !Draft.collects_reports() && !Reviewing.collects_reports());
        for s in CycleState::ALL {
            assert_eq!(CycleState::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn deadlines_move_until_their_phase_is_left_and_never_into_the_past() {
        let now = OffsetDateTime::UNIX_EPOCH + time::Duration::days(100);
        let later = Some(now + time::Duration::days(3));
        let earlier = Some(now - time::Duration::days(3));
        use DeadlineKind::*;
        assert!(check_deadline_change(Submission, Collecting, later, now).is_ok());
        assert!(check_deadline_change(Review, Reviewing, later, now).is_ok());
        assert!(check_deadline_change(Reconciliation, Reviewing, later, now).is_ok());
        assert!(
            check_deadline_change(Review, Reviewing, None, now).is_ok(),
            "removing it"
        );
        assert!(matches!(
            check_deadline_change(Submission, Reviewing, later, now),
            Err(ChangeRefused::State(_))
        ));
        assert!(matches!(
            check_deadline_change(Review, Reconciling, later, now),
            Err(ChangeRefused::State(_))
        ));
        assert!(matches!(
            check_deadline_change(Reconciliation, Published, later, now),
            Err(ChangeRefused::State(_))
        ));
        assert_eq!(
            check_deadline_change(Review, Reviewing, earlier, now),
            Err(ChangeRefused::Invalid {
                field: "deadlines.review",
                message: "a new deadline cannot be in the past; choose a later moment".into()
            })
        );
    }

    #[test]
    fn settings_and_cities_change_only_early() {
        assert!(check_settings_change(Draft, false).is_ok());
        assert!(check_settings_change(Collecting, false).is_ok());
        assert!(check_settings_change(Collecting, true).is_err());
        assert!(check_settings_change(Reviewing, false).is_err());
        assert!(check_cities_change(Collecting).is_ok());
        assert!(check_cities_change(Reviewing).is_err());
    }

    #[test]
    fn extensions_follow_the_open_rounds_deadline() {
        let now = OffsetDateTime::UNIX_EPOCH + time::Duration::days(100);
        let deadlines = Deadlines {
            submission: None,
            review: Some(now - time::Duration::days(1)),
            reconciliation: None,
        };
        let after = now + time::Duration::days(2);
        assert_eq!(
            check_extension(Reviewing, &deadlines, after, now),
            Ok(DeadlineKind::Review)
        );
        assert!(matches!(
            check_extension(Reviewing, &deadlines, now - time::Duration::days(2), now),
            Err(ChangeRefused::Invalid { field: "until", .. })
        ));
        assert!(
            matches!(
                check_extension(Reconciling, &deadlines, after, now),
                Err(ChangeRefused::Invalid { field: "until", .. })
            ),
            "no reconciliation deadline: nothing to extend"
        );
        assert!(matches!(
            check_extension(Collecting, &deadlines, after, now),
            Err(ChangeRefused::State(_))
        ));
        assert_eq!(deadline_for(deadlines.review, Some(after)), Some(after));
        assert_eq!(deadline_for(deadlines.review, None), deadlines.review);
        assert_eq!(deadline_for(None, Some(after)), None, "no deadline, nothing to extend");
    }

    #[test]
    fn settings_have_defaults_and_bounds() {
        let none = Deadlines::default();
        let s = CycleSettings::parse("2026 review", None, None, None, None, None, none).unwrap();
        assert_eq!(
            (s.panel_size, s.conflict_same_country, s.rule),
            (3, true, ConsensusRule::default())
        );
        assert_eq!(s.min_justification_chars, 50);
        let field = |r: Result<CycleSettings, (&'static str, String)>| r.unwrap_err().0;
        assert_eq!(
            field(CycleSettings::parse("x", Some(1), None, None, None, None, none)),
            "panel_size"
        );
        assert_eq!(
            field(CycleSettings::parse("x", Some(8), None, None, None, None, none)),
            "panel_size"
        );
        assert!(CycleSettings::parse("x", Some(7), None, None, None, None, none).is_ok());
        assert_eq!(
            field(CycleSettings::parse("x", None, None, Some(5), None, None, none)),
            "rule.max_spread"
        );
        assert_eq!(
            field(CycleSettings::parse("x", None, None, None, Some(-1), None, none)),
            "rule.revision_rounds"
        );
        assert_eq!(
            field(CycleSettings::parse(" ", None, None, None, None, None, none)),
            "name"
        );
        let t = OffsetDateTime::UNIX_EPOCH;
        let backwards = Deadlines {
            submission: Some(t + time::Duration::days(10)),
            review: Some(t),
            reconciliation: None,
        };
        assert_eq!(
            field(CycleSettings::parse("x", None, None, None, None, None, backwards)),
            "deadlines.review"
        );
    }
}
