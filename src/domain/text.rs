//! Free text people write (reasons, rationales, statements, messages): trimmed, within bounds,
//! without stray control characters. One rule for every such field, API and pages alike.

use crate::tr;

/// What a bounded text is, as a message names it ("a reason must not contain control characters").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Action,
    Answer,
    Comment,
    Guidance,
    Label,
    Message,
    Question,
    Rationale,
    Reason,
    Statement,
    // One-line texts (`user::one_line`).
    CityName,
    CycleName,
    Institution,
    InstitutionName,
    Name,
}

impl Subject {
    /// The subject in the reader's language, in the form the messages of `bounded` and
    /// `user::one_line` take it.
    pub fn words(self) -> String {
        match self {
            Subject::Action => tr!("error-text-action"),
            Subject::Answer => tr!("error-text-answer"),
            Subject::Comment => tr!("error-text-comment"),
            Subject::Guidance => tr!("error-text-guidance"),
            Subject::Label => tr!("error-text-label"),
            Subject::Message => tr!("error-text-message"),
            Subject::Question => tr!("error-text-question"),
            Subject::Rationale => tr!("error-text-rationale"),
            Subject::Reason => tr!("error-text-reason"),
            Subject::Statement => tr!("error-text-statement"),
            Subject::CityName => tr!("error-text-city-name"),
            Subject::CycleName => tr!("error-text-cycle-name"),
            Subject::Institution => tr!("error-text-institution"),
            Subject::InstitutionName => tr!("error-text-institution-name"),
            Subject::Name => tr!("error-text-name"),
        }
    }
}

/// `text` trimmed, if it has `min..=max` characters and no control character but tabs and line
/// breaks; else a message naming `what`.
pub fn bounded(what: Subject, text: &str, min: usize, max: usize) -> Result<String, String> {
    let text = text.trim();
    if super::user::has_stray_control(text) {
        return Err(tr!("error-text-control", what = what.words()));
    }
    let n = text.chars().count();
    if n < min || n > max {
        return Err(tr!(
            "error-text-length",
            what = what.words(),
            min = min.max(1),
            max = max,
            count = n
        ));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_and_control_characters() {
        assert_eq!(bounded(Subject::Reason, "  why  ", 1, 10).unwrap(), "why");
        assert!(bounded(Subject::Reason, "   ", 1, 10).unwrap_err().contains("1 to 10"));
        assert!(
            bounded(Subject::Rationale, "short", 10, 100)
                .unwrap_err()
                .contains("10 to 100")
        );
        assert!(
            bounded(Subject::Reason, &"é".repeat(11), 1, 10).is_err(),
            "characters, not bytes"
        );
        assert!(bounded(Subject::Reason, "line\nbreak\tand tab", 1, 100).is_ok());
        assert!(
            bounded(Subject::Reason, "a NUL \0", 1, 100)
                .unwrap_err()
                .contains("control")
        );
    }

    #[test]
    fn messages_in_english_outside_a_language_scope_and_in_the_reader_s_inside() {
        use crate::i18n::{Locale, with};
        assert_eq!(
            bounded(Subject::Reason, "", 10, 2000).unwrap_err(),
            "a reason has 10 to 2000 characters (this one has 0)"
        );
        assert_eq!(
            bounded(Subject::Comment, "a NUL \0", 1, 10).unwrap_err(),
            "a comment must not contain control characters"
        );
        assert_eq!(
            with(Locale::Fr, || bounded(Subject::Reason, "abc", 10, 2000).unwrap_err()),
            "le motif doit compter de 10 à 2000 caractères (3 caractères actuellement)"
        );
        assert_eq!(
            with(Locale::Ru, || bounded(Subject::Answer, "abc", 10, 2000).unwrap_err()),
            "текст ответа должен содержать от 10 до 2000 символов (сейчас 3 символа)"
        );
    }
}
