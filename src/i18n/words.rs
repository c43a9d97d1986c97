//! The domain's names (roles, states, statuses, the scale) in the reader's language: the domain
//! has codes (`as_str`), people read these. Outside a language scope (the API) they are English.
use crate::domain::assignment::affinity::Continuity;
use crate::domain::consensus::Method;
use crate::domain::cycle::{CycleState, DeadlineKind};
use crate::domain::discussion::Author;
use crate::domain::figures::CheckStatus;
use crate::domain::framework::Source;
use crate::domain::item::QueueStatus;
use crate::domain::report::ReportState;
use crate::domain::score::Score;
use crate::domain::user::Role;
use crate::tr;

pub fn role(role: Role) -> String {
    match role {
        Role::Secretariat => tr!("role-secretariat"),
        Role::Expert => tr!("role-expert"),
        Role::City => tr!("role-city"),
    }
}

pub fn cycle_state(state: CycleState) -> String {
    match state {
        CycleState::Draft => tr!("cycle-state-draft"),
        CycleState::Collecting => tr!("cycle-state-collecting"),
        CycleState::Reviewing => tr!("cycle-state-reviewing"),
        CycleState::Reconciling => tr!("cycle-state-reconciling"),
        CycleState::Published => tr!("cycle-state-published"),
        CycleState::Archived => tr!("cycle-state-archived"),
    }
}

/// A UNESCO region in the reader's language; anything else as it is.
pub fn region(region: &str) -> String {
    match region {
        "Africa" => tr!("region-africa"),
        "Arab States" => tr!("region-arab-states"),
        "Asia and the Pacific" => tr!("region-asia-pacific"),
        "Europe and North America" => tr!("region-europe-north-america"),
        "Latin America and the Caribbean" => tr!("region-latin-america-caribbean"),
        other => other.to_owned(),
    }
}

/// A cycle's stance on the reviewers of its cities' previous cycle.
pub fn continuity(c: Continuity) -> String {
    match c {
        Continuity::Off => tr!("continuity-off"),
        Continuity::Prefer => tr!("continuity-prefer"),
        Continuity::Avoid => tr!("continuity-avoid"),
    }
}

pub fn deadline_kind(kind: DeadlineKind) -> String {
    match kind {
        DeadlineKind::Submission => tr!("deadline-submission"),
        DeadlineKind::Review => tr!("deadline-review"),
        DeadlineKind::Reconciliation => tr!("deadline-reconciliation"),
    }
}

pub fn report_state(state: ReportState) -> String {
    match state {
        ReportState::Draft => tr!("report-state-draft"),
        ReportState::Submitted => tr!("report-state-submitted"),
        ReportState::Returned => tr!("report-state-returned"),
    }
}

pub fn queue_status(status: QueueStatus) -> String {
    match status {
        QueueStatus::Open => tr!("queue-status-open"),
        QueueStatus::Agreed => tr!("queue-status-agreed"),
        QueueStatus::Disagreement => tr!("queue-status-disagreement"),
        QueueStatus::Moderation => tr!("queue-status-moderation"),
        QueueStatus::Moderated => tr!("queue-status-moderated"),
    }
}

pub fn method(method: Method) -> String {
    match method {
        Method::Agreed => tr!("method-agreed"),
        Method::AgreedAfterRevision => tr!("method-agreed-after-revision"),
        Method::Moderated => tr!("method-moderated"),
    }
}

pub fn source(source: Source) -> String {
    match source {
        Source::Official => tr!("source-official"),
        Source::Survey => tr!("source-survey"),
        Source::OfficialOrSurvey => tr!("source-official-or-survey"),
        Source::ExpertReview => tr!("source-expert-review"),
    }
}

pub fn check_status(status: CheckStatus) -> String {
    match status {
        CheckStatus::Unchecked => tr!("check-status-unchecked"),
        CheckStatus::Verified => tr!("check-status-verified"),
        CheckStatus::Queried => tr!("check-status-queried"),
        CheckStatus::Answered => tr!("check-status-answered"),
        CheckStatus::Changed => tr!("check-status-changed"),
    }
}

/// The scale's word for a score (5 Excellent … 1 Poor).
pub fn score(score: Score) -> String {
    match score.value() {
        5 => tr!("score-5"),
        4 => tr!("score-4"),
        3 => tr!("score-3"),
        2 => tr!("score-2"),
        _ => tr!("score-1"),
    }
}

/// A co-reviewer by letter only ("Reviewer A"): never a name.
pub fn reviewer(index: usize) -> String {
    tr!(
        "reviewer-letter",
        letter = crate::domain::rating::reviewer_letters(index)
    )
}

pub fn author(author: Author) -> String {
    match author {
        Author::You => tr!("author-you"),
        Author::Reviewer(Some(i)) => reviewer(i),
        Author::Reviewer(None) => tr!("author-a-reviewer"),
        Author::Chair => tr!("author-chair"),
        Author::Secretariat => tr!("author-secretariat"),
    }
}
