//! An expert's rating of a review item: a score on the scale, a written justification, an optional
//! confidence. Every save is a new version; the last one counts.
use serde::Serialize;
use time::OffsetDateTime;

use super::score::Score;
use crate::tr;

/// Why a submitted rating cannot be changed: submitting is final for the round. (In English, as the
/// store refuses with it; `submitted_is_final` says it in the reader's language.)
pub const SUBMITTED_IS_FINAL: &str = "your rating for this round is submitted, and final: you have seen the other ratings, so a \
     change would no longer be independent. If it holds a mistake, ask the secretariat to reopen it";

/// `SUBMITTED_IS_FINAL` in the reader's language.
pub fn submitted_is_final() -> String {
    tr!("error-rating-submitted-final")
}

/// The longest justification accepted.
pub const MAX_JUSTIFICATION: usize = 10_000;

/// A justification of at least the cycle's minimum length (in characters, after trimming). A
/// draft has no minimum: it is work in progress (`Justification::draft`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Justification(String);

impl Justification {
    pub fn parse(text: &str, min_chars: usize) -> Result<Justification, String> {
        let text = text.trim();
        if super::user::has_stray_control(text) {
            return Err(tr!("error-justification-control"));
        }
        let n = text.chars().count();
        if n < min_chars {
            return Err(tr!("error-justification-too-short", min = min_chars, count = n));
        }
        if n > MAX_JUSTIFICATION {
            return Err(tr!("error-justification-too-long", max = MAX_JUSTIFICATION, count = n));
        }
        Ok(Justification(text.to_owned()))
    }

    /// A draft's text: any length up to the maximum, no control characters.
    pub fn draft(text: &str) -> Result<Justification, String> {
        Justification::parse(text, 0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Confidence> {
        [Confidence::Low, Confidence::Medium, Confidence::High]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

/// A rating as an expert submits it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RatingInput {
    pub score: Score,
    pub justification: Justification,
    pub confidence: Option<Confidence>,
    pub submit: bool,
}

/// One reviewer's rating of an item in one round. Every save is also kept as a version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rating {
    pub id: i32,
    pub expert: i32,
    pub round: i16,
    pub score: Score,
    pub justification: String,
    pub confidence: Option<Confidence>,
    pub submitted: bool,
    pub version: i32,
    #[serde(skip)]
    pub created_at: OffsetDateTime,
    /// When it was first submitted (a reopened rating keeps it): reviewer letters follow it.
    #[serde(skip)]
    pub first_submitted_at: Option<OffsetDateTime>,
    /// Set aside because its expert was found in conflict with the city: kept in the history, out
    /// of the consensus, the statistics and every co-reviewer's view.
    pub set_aside: bool,
}

impl Rating {
    /// Whether this rating counts: submitted, and not set aside.
    pub fn counts(&self) -> bool {
        self.submitted && !self.set_aside
    }

    /// Where the expert stands on the item with this rating of the round (None: not rated yet).
    pub fn status(rating: Option<&Rating>) -> ItemStatus {
        match rating {
            None => ItemStatus::Open,
            Some(r) if r.submitted => ItemStatus::Submitted,
            Some(_) => ItemStatus::Draft,
        }
    }
}

/// Where an expert stands on one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Not rated yet.
    Open,
    /// Saved, not submitted.
    Draft,
    Submitted,
}

impl ItemStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Open => "open",
            ItemStatus::Draft => "draft",
            ItemStatus::Submitted => "submitted",
        }
    }
}

/// The letters of the `index`-th reviewer (A … Z, AA, AB …), by which co-reviewers are named to each
/// other ("Reviewer A", `i18n::words::reviewer`). Letters follow the order in which reviewers first
/// submitted a rating of the item (`visibility::letters`), which says nothing about who they are.
pub fn reviewer_letters(index: usize) -> String {
    let mut n = index;
    let mut letters = String::new();
    loop {
        letters.insert(0, (b'A' + (n % 26) as u8) as char);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    letters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn justifications_have_bounds() {
        assert!(
            Justification::parse("too short", 50)
                .unwrap_err()
                .contains("at least 50")
        );
        let ok = Justification::parse(&format!("  {}  ", "a".repeat(50)), 50).unwrap();
        assert_eq!(ok.as_str().len(), 50);
        assert!(
            Justification::parse(&"é".repeat(49), 50).is_err(),
            "characters, not bytes"
        );
        assert!(
            Justification::parse(&"x".repeat(10_001), 0)
                .unwrap_err()
                .contains("at most")
        );
        assert!(Justification::parse("", 0).is_ok());
        assert!(Justification::parse("line one\nline two\twith a tab", 0).is_ok());
        assert!(
            Justification::parse("a NUL \0 in the middle", 0)
                .unwrap_err()
                .contains("control characters")
        );
    }

    #[test]
    fn labels() {
        assert_eq!(crate::i18n::words::reviewer(0), "Reviewer A");
        assert_eq!(crate::i18n::words::reviewer(2), "Reviewer C");
        assert_eq!(crate::i18n::words::reviewer(25), "Reviewer Z");
        assert_eq!(crate::i18n::words::reviewer(26), "Reviewer AA");
        assert_eq!(Confidence::parse("high"), Some(Confidence::High));
        assert_eq!(Confidence::parse("certain"), None);
    }
}
