//! An edition's text in another language: a file beside the edition (`key-features-2013.fr.toml`)
//! carrying translated titles, measurement names, definitions and units by code.
//!
//! The English edition stays canonical: it alone is stored, hashed and pinned by cycles; a
//! translation only changes what people read. Whatever a translation lacks is shown in English, and
//! a translation that names a code the edition does not have is refused, so a typo cannot hide a
//! text. The translations made for this project are unofficial, and the pages say so.
use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::framework::{Framework, FrameworkError};

/// The built-in edition's translations, made for this project (unofficial), compiled in beside it.
pub const BUILT_IN: [(&str, &str); 5] = [
    ("ar", include_str!("../../config/frameworks/key-features-2013.ar.toml")),
    ("zh", include_str!("../../config/frameworks/key-features-2013.zh.toml")),
    ("fr", include_str!("../../config/frameworks/key-features-2013.fr.toml")),
    ("ru", include_str!("../../config/frameworks/key-features-2013.ru.toml")),
    ("es", include_str!("../../config/frameworks/key-features-2013.es.toml")),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    edition: String,
    language: String,
    title: Option<String>,
    #[serde(default)]
    titles: BTreeMap<String, String>,
    #[serde(default)]
    measurements: BTreeMap<String, RawMeasurementText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasurementText {
    name: Option<String>,
    definition: Option<String>,
    unit: Option<String>,
}

/// A checked translation: the edition with its text replaced where the translation has one.
#[derive(Clone, Debug)]
pub struct Translation {
    /// The language's ISO 639-1 code.
    pub language: String,
    pub framework: Framework,
}

fn invalid(msg: String) -> FrameworkError {
    FrameworkError::Invalid(msg)
}

/// A translated text, or the English where the translation has none or a blank one.
fn pick(translated: Option<&String>, english: &str) -> String {
    translated
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .map_or_else(|| english.to_owned(), str::to_owned)
}

impl Translation {
    /// Parses `text` as a translation of `edition`; refuses another edition's, a language not among
    /// `languages`, and any code the edition does not have.
    pub fn from_toml(text: &str, edition: &Framework, languages: &[&str]) -> Result<Translation, FrameworkError> {
        let raw: RawTranslation = toml::from_str(text).map_err(|e| FrameworkError::Syntax(e.to_string()))?;
        if raw.edition != edition.edition {
            return Err(invalid(format!(
                "this translation is of edition `{}`, not `{}`",
                raw.edition, edition.edition
            )));
        }
        if !languages.contains(&raw.language.as_str()) {
            return Err(invalid(format!(
                "`{}` is not a language of the service ({})",
                raw.language,
                languages.join(", ")
            )));
        }
        let mut codes: HashSet<&str> = HashSet::new();
        for area in &edition.areas {
            codes.insert(&area.code);
            for fa in &area.focus_areas {
                codes.insert(&fa.code);
                for f in &fa.features {
                    codes.insert(&f.code);
                }
            }
        }
        if let Some(code) = raw.titles.keys().find(|c| !codes.contains(c.as_str())) {
            return Err(invalid(format!(
                "the edition has no area, area of focus or key feature `{code}`"
            )));
        }
        for (code, text) in &raw.measurements {
            let Some(m) = edition.measurement(code) else {
                return Err(invalid(format!("the edition has no measurement `{code}`")));
            };
            if text.unit.is_some() && m.unit.is_none() {
                return Err(invalid(format!("measurement {code} has no unit to translate")));
            }
        }
        let mut fw = edition.clone();
        if let Some(title) = &raw.title {
            fw.title = pick(Some(title), &edition.title);
        }
        for area in &mut fw.areas {
            area.title = pick(raw.titles.get(&area.code), &area.title);
            for fa in &mut area.focus_areas {
                fa.title = pick(raw.titles.get(&fa.code), &fa.title);
                for f in &mut fa.features {
                    f.title = pick(raw.titles.get(&f.code), &f.title);
                    for m in &mut f.measurements {
                        if let Some(t) = raw.measurements.get(m.code.as_str()) {
                            m.name = pick(t.name.as_ref(), &m.name);
                            m.definition = pick(t.definition.as_ref(), &m.definition);
                            if let Some(unit) = &m.unit {
                                m.unit = Some(pick(t.unit.as_ref(), unit));
                            }
                        }
                    }
                }
            }
        }
        Ok(Translation {
            language: raw.language,
            framework: fw,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::KEY_FEATURES_2013;

    const SIX: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

    fn edition() -> Framework {
        Framework::from_toml(KEY_FEATURES_2013).unwrap()
    }

    #[test]
    fn translated_where_given_english_elsewhere() {
        let text = r#"
            edition = "key-features-2013"
            language = "fr"
            title = "Caractéristiques clés des villes apprenantes (2013)"
            [titles]
            "1.1.1" = "Alphabétisation"
            [measurements."1.1.1.a"]
            name = "Taux d'alphabétisation des adultes"
        "#;
        let en = edition();
        let fr = Translation::from_toml(text, &en, &SIX).unwrap();
        assert_eq!(fr.language, "fr");
        let m = fr.framework.measurement("1.1.1.a").unwrap();
        assert_eq!(m.name, "Taux d'alphabétisation des adultes");
        // Not translated: the English stays.
        assert_eq!(m.definition, en.measurement("1.1.1.a").unwrap().definition);
        assert_eq!(fr.framework.features().next().unwrap().title, "Alphabétisation");
        assert_eq!(fr.framework.areas[0].title, en.areas[0].title);
        // Codes, sources and the canonical content are untouched.
        assert_eq!(fr.framework.measurements().count(), en.measurements().count());
        assert_eq!(fr.framework.edition, en.edition);
    }

    #[test]
    fn the_built_in_translations_load_and_cover_every_text() {
        let en = edition();
        for (language, text) in BUILT_IN {
            let t = Translation::from_toml(text, &en, &SIX).unwrap_or_else(|e| panic!("{language}: {e}"));
            assert_eq!(t.language, language);
            // Every text is given (tests/i18n.rs checks the codes); a few words are the same in
            // both languages ("Leadership" in French), so only most must differ.
            let mut differing = 0;
            for (ours, theirs) in en.measurements().zip(t.framework.measurements()) {
                assert_eq!(ours.code, theirs.code);
                assert_ne!(ours.definition, theirs.definition, "{language}: {}", ours.code);
                differing += usize::from(ours.name != theirs.name);
            }
            assert!(differing >= 55, "{language}: only {differing} of 60 names translated");
            for (ours, theirs) in en.features().zip(t.framework.features()) {
                assert_ne!(ours.title, theirs.title, "{language}: {}", ours.code);
            }
        }
    }

    #[test]
    fn unknown_codes_other_editions_and_languages_are_refused() {
        let en = edition();
        let bad = [
            ("edition = \"other\"\nlanguage = \"fr\"", "edition `other`"),
            (
                "edition = \"key-features-2013\"\nlanguage = \"de\"",
                "`de` is not a language",
            ),
            (
                "edition = \"key-features-2013\"\nlanguage = \"fr\"\n[titles]\n\"9.9\" = \"x\"",
                "no area, area of focus or key feature `9.9`",
            ),
            (
                "edition = \"key-features-2013\"\nlanguage = \"fr\"\n[measurements.\"1.1.1.z\"]\nname = \"x\"",
                "no measurement `1.1.1.z`",
            ),
            (
                "edition = \"key-features-2013\"\nlanguage = \"fr\"\n[measurements.\"1.1.1.a\"]\nnom = \"x\"",
                "TOML",
            ),
        ];
        for (text, expected) in bad {
            let e = Translation::from_toml(text, &en, &SIX).unwrap_err().to_string();
            assert!(e.contains(expected), "{e}");
        }
    }
}
