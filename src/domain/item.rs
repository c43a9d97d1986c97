//! A review item's life: (cycle, city, experts'-review measurement), rated in a first round, maybe
//! revised in further rounds, maybe moderated, and done once it has a consensus. The stage is what
//! the item waits for; the round is the round its ratings go to.
use std::fmt;

use serde::Serialize;
use time::OffsetDateTime;

use super::consensus::Method;
use super::cycle::{CycleState, Deadlines};

/// What an item waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// First-round ratings (the cycle is in review, or the round has not been settled yet).
    Rating,
    /// A revision round: its reviewers keep or revise their scores.
    Revision,
    /// Disagreement after the last revision round, or too few ratings: a moderator decides.
    Moderation,
    /// It has a consensus.
    Done,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Rating, Stage::Revision, Stage::Moderation, Stage::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Rating => "rating",
            Stage::Revision => "revision",
            Stage::Moderation => "moderation",
            Stage::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Settled: nothing more happens to the item's ratings by rule; a person (moderator) or nobody acts.
    pub fn is_settled(self) -> bool {
        matches!(self, Stage::Moderation | Stage::Done)
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A review item as the rules see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: i32,
    pub cycle_id: i32,
    pub city_id: i32,
    pub panel_id: i32,
    pub measurement: String,
    pub stage: Stage,
    /// The item's current round: 1, then 2, 3 … in revision.
    pub round: i16,
}

/// The round an item's ratings go to now, and until when: the first round while the cycle is in
/// review; the item's revision round while reconciling, if it is in one. None: the item takes no
/// rating now (before review, once its round is settled, after reconciliation).
pub fn current_round(state: CycleState, deadlines: &Deadlines, item: &Item) -> Option<(i16, Option<OffsetDateTime>)> {
    match state {
        CycleState::Reviewing => Some((1, deadlines.review)),
        CycleState::Reconciling if item.stage == Stage::Revision => Some((item.round, deadlines.reconciliation)),
        _ => None,
    }
}

/// An item's place in reconciliation, as the queue shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueStatus {
    /// First-round ratings are missing.
    Open,
    /// The rule holds (first round or after revision), or it was agreed.
    Agreed,
    /// In a revision round (or, before reconciling, ratings that will not agree).
    Disagreement,
    /// Waiting for a moderator.
    Moderation,
    Moderated,
}

impl QueueStatus {
    /// Where an item stands: decided (moderated or agreed), waiting for a moderator, in a revision
    /// round, or, before reconciliation settles it, open until every first-round rating is in and
    /// then agreed or not by the rule as it would apply now.
    pub fn of(stage: Stage, decided: Option<Method>, first_round_complete: bool, rule_holds: bool) -> QueueStatus {
        match (stage, decided) {
            (_, Some(Method::Moderated)) => QueueStatus::Moderated,
            (_, Some(_)) => QueueStatus::Agreed,
            (Stage::Moderation, None) => QueueStatus::Moderation,
            (Stage::Revision, None) => QueueStatus::Disagreement,
            _ if !first_round_complete => QueueStatus::Open,
            _ if rule_holds => QueueStatus::Agreed,
            _ => QueueStatus::Disagreement,
        }
    }

    pub const ALL: [QueueStatus; 5] = [
        QueueStatus::Open,
        QueueStatus::Agreed,
        QueueStatus::Disagreement,
        QueueStatus::Moderation,
        QueueStatus::Moderated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QueueStatus::Open => "open",
            QueueStatus::Agreed => "agreed",
            QueueStatus::Disagreement => "disagreement",
            QueueStatus::Moderation => "moderation",
            QueueStatus::Moderated => "moderated",
        }
    }

    pub fn parse(s: &str) -> Option<QueueStatus> {
        QueueStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl fmt::Display for QueueStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(stage: Stage, round: i16) -> Item {
        Item {
            id: 1,
            cycle_id: 1,
            city_id: 1,
            panel_id: 1,
            measurement: "3.1.1.a".into(),
            stage,
            round,
        }
    }

    #[test]
    fn stages_and_statuses_read_back() {
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.as_str()), Some(s));
        }
        for s in QueueStatus::ALL {
            assert_eq!(QueueStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(Stage::parse("reviewing"), None);
    }

    #[test]
    fn ratings_go_to_the_first_round_in_review_and_to_revision_rounds_in_reconciliation() {
        let d = Deadlines::default();
        assert_eq!(
            current_round(CycleState::Reviewing, &d, &item(Stage::Rating, 1)),
            Some((1, None))
        );
        assert_eq!(current_round(CycleState::Collecting, &d, &item(Stage::Rating, 1)), None);
        assert_eq!(
            current_round(CycleState::Reconciling, &d, &item(Stage::Revision, 2)),
            Some((2, None))
        );
        assert_eq!(current_round(CycleState::Reconciling, &d, &item(Stage::Done, 1)), None);
        assert_eq!(
            current_round(CycleState::Reconciling, &d, &item(Stage::Moderation, 2)),
            None
        );
        assert_eq!(
            current_round(CycleState::Published, &d, &item(Stage::Revision, 2)),
            None
        );
    }
}
