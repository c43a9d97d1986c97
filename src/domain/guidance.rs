//! Scoring guidance: what each score level means for a measurement. The secretariat may write it
//! per measurement and level for a cycle; where it has not, the service's default applies, drawn
//! from the framework's scale (Excellent … Poor), which is all the source document gives.
use super::score::Score;
use crate::tr;

/// The longest guidance text for one level, in characters.
pub const MAX_CHARS: usize = 2000;

/// The default meaning of a level, for any measurement: the scale's label and a reading of it
/// against the city's evidence. The framework names the levels only; these sentences are ours, and
/// the secretariat replaces them per measurement where a panel needs more. Shown from here, never
/// stored: in the reader's language on a page, in English in the API.
pub fn default_text(score: Score) -> String {
    match score.value() {
        5 => tr!("refusals-guidance-default-5"),
        4 => tr!("refusals-guidance-default-4"),
        3 => tr!("refusals-guidance-default-3"),
        2 => tr!("refusals-guidance-default-2"),
        _ => tr!("refusals-guidance-default-1"),
    }
}

/// One level's guidance: the secretariat's text if any, else the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Level {
    pub score: Score,
    pub text: String,
    /// Written by the secretariat for this cycle (false: the default).
    pub custom: bool,
}

/// The five levels of a measurement, best first, from the secretariat's texts (`(score, text)`).
pub fn levels(custom: &[(u8, String)]) -> Vec<Level> {
    Score::all()
        .rev()
        .map(|score| match custom.iter().find(|(s, _)| *s == score.value()) {
            Some((_, text)) => Level {
                score,
                text: text.clone(),
                custom: true,
            },
            None => Level {
                score,
                text: default_text(score),
                custom: false,
            },
        })
        .collect()
}

/// A level's text as written: trimmed; empty means "back to the default".
pub fn parse_text(text: &str) -> Result<Option<String>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    super::text::bounded(super::text::Subject::Guidance, text, 1, MAX_CHARS).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_has_guidance_best_first() {
        let l = levels(&[(3, "Strategy adopted, budget not yet.".into())]);
        assert_eq!(l.iter().map(|l| l.score.value()).collect::<Vec<_>>(), [5, 4, 3, 2, 1]);
        assert!(l[2].custom && l[2].text.starts_with("Strategy"));
        assert!(l.iter().filter(|l| !l.custom).all(|l| !l.text.is_empty()));
    }

    #[test]
    fn the_default_is_said_in_the_reader_s_language() {
        let best = Score::try_from(5_i64).unwrap();
        assert!(default_text(best).starts_with("Fully in place"));
        let fr = crate::i18n::with(crate::i18n::Locale::Fr, || default_text(best));
        assert!(fr.starts_with("Pleinement en place"), "{fr}");
    }

    #[test]
    fn empty_text_restores_the_default() {
        assert_eq!(parse_text("   "), Ok(None));
        assert_eq!(parse_text(" x "), Ok(Some("x".into())));
        assert!(parse_text(&"y".repeat(MAX_CHARS + 1)).is_err());
    }
}
