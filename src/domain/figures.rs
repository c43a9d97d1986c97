//! The secretariat's verification of the figures a city reports. A figure is verified, or queried
//! with a question the city answers (in words, with a corrected figure, or both). A check holds for
//! the figure as it was when made: once the city changes the figure, a verification no longer holds
//! and a query counts as answered, so nobody relies on a check of a number that is not there.
use serde::Serialize;

use super::cycle::CycleState;
use super::report::{ReportState, Statistic};
use crate::tr;

/// The longest question or answer, in characters.
pub const MAX_CHARS: usize = 2000;

/// What the secretariat decided about a figure.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    Verified,
    Query { question: String },
}

impl Decision {
    /// A decision from the API's or the form's words: `verified`, or `query` with a question.
    pub fn parse(status: &str, question: Option<&str>) -> Result<Decision, (&'static str, String)> {
        match status {
            "verified" => Ok(Decision::Verified),
            "query" | "queried" => {
                let question =
                    super::text::bounded(super::text::Subject::Question, question.unwrap_or(""), 1, MAX_CHARS)
                        .map_err(|e| ("question", tr!("error-figure-question", problem = e)))?;
                Ok(Decision::Query { question })
            }
            other => Err(("status", tr!("error-figure-decision", value = other))),
        }
    }
}

/// A check as kept: the decision, the city's answer to a query, and the figure as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureCheck {
    pub decision: Decision,
    pub answer: Option<String>,
    pub figure: Statistic,
}

/// Where a reported figure stands, for the secretariat, the city and the profile CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// Not looked at yet.
    Unchecked,
    /// Verified, and still the figure that was verified.
    Verified,
    /// Queried; the city has not answered yet.
    Queried,
    /// Queried, and the city answered or changed the figure since: the secretariat looks again.
    Answered,
    /// Verified, but the figure changed since: to be checked again.
    Changed,
}

impl CheckStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckStatus::Unchecked => "unchecked",
            CheckStatus::Verified => "verified",
            CheckStatus::Queried => "queried",
            CheckStatus::Answered => "answered",
            CheckStatus::Changed => "changed",
        }
    }

    /// The secretariat has something to do about it.
    pub fn needs_secretariat(self) -> bool {
        matches!(
            self,
            CheckStatus::Unchecked | CheckStatus::Answered | CheckStatus::Changed
        )
    }
}

/// Where the figure `current` stands given its last check.
pub fn status(check: Option<&FigureCheck>, current: &Statistic) -> CheckStatus {
    let Some(check) = check else {
        return CheckStatus::Unchecked;
    };
    let same = &check.figure == current;
    match (&check.decision, same) {
        (Decision::Verified, true) => CheckStatus::Verified,
        (Decision::Verified, false) => CheckStatus::Changed,
        (Decision::Query { .. }, true) if check.answer.is_none() => CheckStatus::Queried,
        (Decision::Query { .. }, _) => CheckStatus::Answered,
    }
}

/// Figures are checked once the report is in (submitted, or returned for correction after it was),
/// until the cycle is archived. `Err` says why not.
pub fn may_check(cycle: CycleState, report: ReportState) -> Result<(), String> {
    if cycle == CycleState::Archived {
        return Err(tr!("error-figure-cycle-archived"));
    }
    if report == ReportState::Draft {
        return Err(tr!("error-figure-not-submitted"));
    }
    Ok(())
}

/// A city answers a query while it is open (not yet verified) and the cycle is not archived, even
/// when the report is locked: a figure's correction does not touch what the experts review.
pub fn may_answer(cycle: CycleState, check: Option<&FigureCheck>) -> Result<(), String> {
    if cycle == CycleState::Archived {
        return Err(tr!("error-figure-cycle-archived"));
    }
    match check.map(|c| &c.decision) {
        Some(Decision::Query { .. }) => Ok(()),
        _ => Err(tr!("error-figure-no-question")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(v: f64) -> Statistic {
        Statistic {
            year: Some(2025),
            values: [("Total".to_owned(), v)].into(),
            ..Default::default()
        }
    }

    fn check(decision: Decision, answer: Option<&str>, v: f64) -> FigureCheck {
        FigureCheck {
            decision,
            answer: answer.map(str::to_owned),
            figure: figure(v),
        }
    }

    fn query() -> Decision {
        Decision::Query {
            question: "Is this the 2025 figure?".into(),
        }
    }

    #[test]
    fn a_check_holds_for_the_figure_it_saw() {
        assert_eq!(status(None, &figure(40.0)), CheckStatus::Unchecked);
        let verified = check(Decision::Verified, None, 40.0);
        assert_eq!(status(Some(&verified), &figure(40.0)), CheckStatus::Verified);
        assert_eq!(status(Some(&verified), &figure(41.0)), CheckStatus::Changed);
        let queried = check(query(), None, 40.0);
        assert_eq!(status(Some(&queried), &figure(40.0)), CheckStatus::Queried);
        // A corrected figure answers a query, and so do words alone.
        assert_eq!(status(Some(&queried), &figure(42.0)), CheckStatus::Answered);
        let answered = check(query(), Some("It is, from the census."), 40.0);
        assert_eq!(status(Some(&answered), &figure(40.0)), CheckStatus::Answered);
        assert!(CheckStatus::Answered.needs_secretariat());
        assert!(!CheckStatus::Queried.needs_secretariat());
        assert!(!CheckStatus::Verified.needs_secretariat());
    }

    #[test]
    fn decisions_parse_from_words() {
        assert_eq!(Decision::parse("verified", None), Ok(Decision::Verified));
        assert_eq!(
            Decision::parse("query", Some("  Which year?  ")),
            Ok(Decision::Query {
                question: "Which year?".into()
            })
        );
        assert_eq!(Decision::parse("query", None).unwrap_err().0, "question");
        assert_eq!(Decision::parse("query", Some("   ")).unwrap_err().0, "question");
        assert_eq!(Decision::parse("fine", None).unwrap_err().0, "status");
        assert_eq!(
            Decision::parse("query", Some(&"x".repeat(MAX_CHARS + 1)))
                .unwrap_err()
                .0,
            "question"
        );
    }

    #[test]
    fn when_figures_are_checked_and_answered() {
        assert!(may_check(CycleState::Collecting, ReportState::Draft).is_err());
        assert!(may_check(CycleState::Collecting, ReportState::Submitted).is_ok());
        assert!(may_check(CycleState::Published, ReportState::Submitted).is_ok());
        assert!(may_check(CycleState::Archived, ReportState::Submitted).is_err());
        let queried = check(query(), None, 1.0);
        let verified = check(Decision::Verified, None, 1.0);
        assert!(may_answer(CycleState::Reviewing, Some(&queried)).is_ok());
        assert!(may_answer(CycleState::Reviewing, Some(&verified)).is_err());
        assert!(may_answer(CycleState::Reviewing, None).is_err());
        assert!(may_answer(CycleState::Archived, Some(&queried)).is_err());
    }
}
