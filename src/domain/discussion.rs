//! The discussion of an item: when its reviewers and its panel's chair may talk about a
//! disagreement, what a comment may hold, and how its author is named (never by name: the blind
//! rule holds in the discussion as in the ratings).
use super::cycle::CycleState;
use super::item::Stage;

/// The shortest and longest comment, in characters.
pub const MIN_CHARS: usize = 2;
pub const MAX_CHARS: usize = 4000;

/// An item's discussion is open while the item is in a revision round or waits for moderation, in
/// reconciliation: before that the first ratings must stay independent, after it there is nothing
/// left to decide.
pub fn is_open(state: CycleState, stage: Stage) -> bool {
    state == CycleState::Reconciling && matches!(stage, Stage::Revision | Stage::Moderation)
}

/// A comment's text: trimmed, 2 to 4,000 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentBody(String);

impl CommentBody {
    pub fn parse(text: &str) -> Result<CommentBody, String> {
        super::text::bounded(super::text::Subject::Comment, text, MIN_CHARS, MAX_CHARS).map(CommentBody)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What an author is to the item, as the discussion names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Author {
    /// The viewer themself.
    You,
    /// One of the item's reviewers: their letter's index (`visibility::letters`), if they have one.
    Reviewer(Option<usize>),
    /// The panel's chair (not a reviewer of the item).
    Chair,
    Secretariat,
}

impl Author {
    /// Who `author` is to the item, seen by `viewer`: `letters` are the reviewers with a letter, in
    /// order; `reviewers` all the item's reviewers; `chair` the panel's chair.
    pub fn of(author: i32, viewer: i32, letters: &[i32], reviewers: &[i32], chair: Option<i32>) -> Author {
        if author == viewer {
            Author::You
        } else if reviewers.contains(&author) || letters.contains(&author) {
            Author::Reviewer(letters.iter().position(|e| *e == author))
        } else if chair == Some(author) {
            Author::Chair
        } else {
            Author::Secretariat
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_only_for_disagreements_in_reconciliation() {
        for state in [CycleState::Reviewing, CycleState::Published, CycleState::Collecting] {
            for stage in Stage::ALL {
                assert!(!is_open(state, stage), "{state} {stage}");
            }
        }
        assert!(is_open(CycleState::Reconciling, Stage::Revision));
        assert!(is_open(CycleState::Reconciling, Stage::Moderation));
        assert!(!is_open(CycleState::Reconciling, Stage::Rating));
        assert!(!is_open(CycleState::Reconciling, Stage::Done));
    }

    #[test]
    fn a_comment_is_trimmed_and_bounded() {
        assert_eq!(
            CommentBody::parse("  ok  ").map(|c| c.as_str().to_owned()),
            Ok("ok".into())
        );
        assert!(CommentBody::parse(" x ").is_err());
        assert!(CommentBody::parse(&"x".repeat(MAX_CHARS + 1)).is_err());
        assert!(CommentBody::parse("bell\u{7}").is_err());
    }

    #[test]
    fn authors_are_named_by_their_part_never_by_name() {
        let (letters, reviewers) = ([7, 3], [3, 7, 9]);
        assert_eq!(Author::of(3, 3, &letters, &reviewers, Some(5)), Author::You);
        assert_eq!(
            crate::i18n::words::author(Author::of(7, 3, &letters, &reviewers, Some(5))),
            "Reviewer A"
        );
        assert_eq!(
            crate::i18n::words::author(Author::of(3, 7, &letters, &reviewers, Some(5))),
            "Reviewer B"
        );
        assert_eq!(
            crate::i18n::words::author(Author::of(9, 3, &letters, &reviewers, Some(5))),
            "A reviewer"
        );
        assert_eq!(
            crate::i18n::words::author(Author::of(5, 3, &letters, &reviewers, Some(5))),
            "The panel's chair"
        );
        // A chair who reviews the item speaks as a reviewer: their letter, not their part.
        assert_eq!(
            crate::i18n::words::author(Author::of(7, 3, &letters, &reviewers, Some(7))),
            "Reviewer A"
        );
        assert_eq!(
            crate::i18n::words::author(Author::of(1, 3, &letters, &reviewers, Some(5))),
            "The secretariat"
        );
    }
}
