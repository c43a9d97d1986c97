//! The *Key Features of Learning Cities* framework: its types, and the loader that turns an edition's
//! data file into a checked [`Framework`].
//!
//! The framework is data, not code: each edition is a TOML file in `config/frameworks/`. A review
//! cycle pins the edition it uses, so an edition's content must never change once a cycle uses it;
//! the loader computes a content hash so the store can tell a changed file from an unchanged one.
use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The built-in edition, compiled into the binary so the service runs from any directory.
pub const KEY_FEATURES_2013: &str = include_str!("../../config/frameworks/key-features-2013.toml");

/// Where a measurement's value comes from, as the framework's "Source of data" column says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Official data provided by city authorities.
    Official,
    /// Survey results.
    Survey,
    /// Official data provided by city authorities, or survey results.
    OfficialOrSurvey,
    /// Experts' review: rated 1–5 by a panel. These are the qualitative indicators.
    ExpertReview,
}

impl Source {
    pub const ALL: [Source; 4] = [
        Source::Official,
        Source::Survey,
        Source::OfficialOrSurvey,
        Source::ExpertReview,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Official => "official",
            Source::Survey => "survey",
            Source::OfficialOrSurvey => "official_or_survey",
            Source::ExpertReview => "expert_review",
        }
    }

    pub fn parse(s: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// A measurement's code: its feature's code, a dot and a letter in the framework's order
/// (`3.2.2.a`). Parsing checks the shape; whether the code exists is the framework's business.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct MeasurementCode(String);

impl MeasurementCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code of the key feature this measurement belongs to (`3.2.2`).
    pub fn feature_code(&self) -> &str {
        // The shape was checked at construction: the last two characters are ".x".
        &self.0[..self.0.len() - 2]
    }

    /// The letter that orders the measurement within its feature.
    pub fn letter(&self) -> char {
        self.0.chars().last().unwrap_or('a')
    }
}

impl TryFrom<&str> for MeasurementCode {
    type Error = String;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let parts: Vec<&str> = s.split('.').collect();
        let numeric_ok = parts.len() == 4
            && parts[..3]
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()) && !p.starts_with('0'));
        let letter_ok = parts.len() == 4 && parts[3].len() == 1 && parts[3].bytes().all(|b| b.is_ascii_lowercase());
        if numeric_ok && letter_ok {
            Ok(MeasurementCode(s.to_owned()))
        } else {
            Err(format!(
                "`{s}` is not a measurement code (expected a feature code and a letter, like 3.2.2.a)"
            ))
        }
    }
}

impl fmt::Display for MeasurementCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScaleLevel {
    pub value: u8,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Measurement {
    pub code: MeasurementCode,
    pub name: String,
    pub definition: String,
    pub source: Source,
    pub unit: Option<String>,
    pub breakdowns: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Feature {
    pub code: String,
    pub title: String,
    pub measurements: Vec<Measurement>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FocusArea {
    pub code: String,
    pub title: String,
    pub features: Vec<Feature>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Area {
    pub code: String,
    pub title: String,
    pub focus_areas: Vec<FocusArea>,
}

/// One edition of the framework, checked: codes are unique and nested, every measurement is
/// consistent with its source, and the rating scale is exactly 5 … 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Framework {
    pub edition: String,
    pub title: String,
    pub scale: Vec<ScaleLevel>,
    pub areas: Vec<Area>,
}

/// Why an edition's data was refused. Each message names the place in the data.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FrameworkError {
    #[error("the framework file is not valid TOML of the expected shape: {0}")]
    Syntax(String),
    #[error("{0}")]
    Invalid(String),
}

// The file's shape, as written by people. It is turned into the checked types above.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFramework {
    edition: String,
    title: String,
    scale: Vec<RawScale>,
    areas: Vec<RawArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    value: u8,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    code: String,
    title: String,
    focus_areas: Vec<RawFocusArea>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFocusArea {
    code: String,
    title: String,
    features: Vec<RawFeature>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeature {
    code: String,
    title: String,
    measurements: Vec<RawMeasurement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasurement {
    code: String,
    name: String,
    definition: String,
    source: String,
    unit: Option<String>,
    #[serde(default)]
    breakdowns: Vec<String>,
}

fn invalid(msg: impl Into<String>) -> FrameworkError {
    FrameworkError::Invalid(msg.into())
}

fn non_blank(what: &str, value: String) -> Result<String, FrameworkError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(invalid(format!("{what} is empty")))
    } else {
        Ok(trimmed.to_owned())
    }
}

/// `child` must be `parent` followed by a dot and a positive number, like `3.2` under `3`.
fn is_child_code(parent: &str, child: &str) -> bool {
    child
        .strip_prefix(parent)
        .and_then(|rest| rest.strip_prefix('.'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0'))
}

impl Framework {
    /// Parses and checks an edition's TOML data file.
    pub fn from_toml(text: &str) -> Result<Framework, FrameworkError> {
        let raw: RawFramework = toml::from_str(text).map_err(|e| FrameworkError::Syntax(e.to_string()))?;
        Framework::check(raw)
    }

    fn check(raw: RawFramework) -> Result<Framework, FrameworkError> {
        let edition = non_blank("the edition name", raw.edition)?;
        if !edition
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(invalid(format!(
                "edition name `{edition}` may use only lower-case letters, digits and '-'"
            )));
        }
        let title = non_blank("the edition title", raw.title)?;

        // The scale is the one the rating model (Score 1..=5) is built on: exactly 5, 4, 3, 2, 1.
        let values: Vec<u8> = raw.scale.iter().map(|s| s.value).collect();
        if values != [5, 4, 3, 2, 1] {
            return Err(invalid(format!(
                "the scale must list the values 5, 4, 3, 2, 1 in that order; found {values:?}"
            )));
        }
        let scale = raw
            .scale
            .into_iter()
            .map(|s| {
                Ok(ScaleLevel {
                    value: s.value,
                    label: non_blank(&format!("the label of scale value {}", s.value), s.label)?,
                })
            })
            .collect::<Result<Vec<_>, FrameworkError>>()?;

        let mut seen = HashSet::new();
        let mut unique = |code: &str| -> Result<(), FrameworkError> {
            if seen.insert(code.to_owned()) {
                Ok(())
            } else {
                Err(invalid(format!("code {code} appears twice")))
            }
        };

        let mut areas = Vec::with_capacity(raw.areas.len());
        for (ai, a) in raw.areas.into_iter().enumerate() {
            let expected = (ai + 1).to_string();
            if a.code != expected {
                return Err(invalid(format!(
                    "area number {} has code `{}`, expected `{expected}`",
                    ai + 1,
                    a.code
                )));
            }
            unique(&a.code)?;
            let mut focus_areas = Vec::with_capacity(a.focus_areas.len());
            for fa in a.focus_areas {
                if !is_child_code(&a.code, &fa.code) {
                    return Err(invalid(format!(
                        "area of focus `{}` is not under area {}",
                        fa.code, a.code
                    )));
                }
                unique(&fa.code)?;
                let mut features = Vec::with_capacity(fa.features.len());
                for f in fa.features {
                    if !is_child_code(&fa.code, &f.code) {
                        return Err(invalid(format!(
                            "feature `{}` is not under area of focus {}",
                            f.code, fa.code
                        )));
                    }
                    unique(&f.code)?;
                    if f.measurements.is_empty() {
                        return Err(invalid(format!("feature {} has no measurement", f.code)));
                    }
                    let mut measurements = Vec::with_capacity(f.measurements.len());
                    for (mi, m) in f.measurements.into_iter().enumerate() {
                        measurements.push(check_measurement(&f.code, mi, m)?);
                        unique(measurements[mi].code.as_str())?;
                    }
                    features.push(Feature {
                        title: non_blank(&format!("the title of feature {}", f.code), f.title)?,
                        code: f.code,
                        measurements,
                    });
                }
                focus_areas.push(FocusArea {
                    title: non_blank(&format!("the title of area of focus {}", fa.code), fa.title)?,
                    code: fa.code,
                    features,
                });
            }
            areas.push(Area {
                title: non_blank(&format!("the title of area {}", a.code), a.title)?,
                code: a.code,
                focus_areas,
            });
        }
        if areas.is_empty() {
            return Err(invalid("the framework has no area"));
        }
        Ok(Framework {
            edition,
            title,
            scale,
            areas,
        })
    }

    /// A digest of the whole content: equal for equal content, whatever the file's layout or comments.
    pub fn content_hash(&self) -> String {
        // serde_json writes struct fields in declaration order, so this is canonical.
        let json = serde_json::to_vec(self).unwrap_or_default();
        hex::encode(Sha256::digest(json))
    }

    pub fn focus_areas(&self) -> impl Iterator<Item = &FocusArea> {
        self.areas.iter().flat_map(|a| &a.focus_areas)
    }

    pub fn features(&self) -> impl Iterator<Item = &Feature> {
        self.focus_areas().flat_map(|fa| &fa.features)
    }

    pub fn measurements(&self) -> impl Iterator<Item = &Measurement> {
        self.features().flat_map(|f| &f.measurements)
    }

    pub fn measurement(&self, code: &str) -> Option<&Measurement> {
        self.measurements().find(|m| m.code.as_str() == code)
    }

    pub fn focus_area(&self, code: &str) -> Option<&FocusArea> {
        self.focus_areas().find(|fa| fa.code == code)
    }

    pub fn scale_label(&self, value: u8) -> Option<&str> {
        self.scale.iter().find(|s| s.value == value).map(|s| s.label.as_str())
    }
}

fn check_measurement(feature: &str, index: usize, m: RawMeasurement) -> Result<Measurement, FrameworkError> {
    let code = MeasurementCode::try_from(m.code.as_str()).map_err(invalid)?;
    let expected_letter = (b'a' + index as u8) as char;
    if code.feature_code() != feature || code.letter() != expected_letter {
        return Err(invalid(format!(
            "measurement `{code}` should be {feature}.{expected_letter}: codes are the feature's code and letters in order"
        )));
    }
    let source = Source::parse(&m.source).ok_or_else(|| {
        invalid(format!(
            "measurement {code} has source `{}`; expected one of official, survey, official_or_survey, expert_review",
            m.source
        ))
    })?;
    let unit = m.unit.map(|u| u.trim().to_owned()).filter(|u| !u.is_empty());
    // Experts rate these on the scale; a unit or breakdown would make no sense for them. Every other
    // measurement is a number the city reports, which means nothing without its unit.
    match (source, &unit) {
        (Source::ExpertReview, Some(_)) => {
            return Err(invalid(format!(
                "measurement {code} is an experts' review and cannot have a unit"
            )));
        }
        (Source::ExpertReview, None) if !m.breakdowns.is_empty() => {
            return Err(invalid(format!(
                "measurement {code} is an experts' review and cannot have breakdowns"
            )));
        }
        (Source::Official | Source::Survey | Source::OfficialOrSurvey, None) => {
            return Err(invalid(format!("measurement {code} is a statistic and needs a unit")));
        }
        _ => {}
    }
    let mut breakdowns = Vec::with_capacity(m.breakdowns.len());
    for b in m.breakdowns {
        let b = non_blank(&format!("a breakdown of measurement {code}"), b)?;
        if breakdowns.contains(&b) {
            return Err(invalid(format!("measurement {code} lists breakdown `{b}` twice")));
        }
        breakdowns.push(b);
    }
    Ok(Measurement {
        name: non_blank(&format!("the name of measurement {code}"), m.name)?,
        definition: non_blank(&format!("the definition of measurement {code}"), m.definition)?,
        code,
        source,
        unit,
        breakdowns,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Framework {
        Framework::from_toml(KEY_FEATURES_2013).expect("the built-in edition loads")
    }

    #[test]
    fn builtin_edition_has_the_documented_shape() {
        let fw = builtin();
        assert_eq!(fw.edition, "key-features-2013");
        assert_eq!(fw.areas.len(), 3);
        assert_eq!(fw.focus_areas().count(), 12);
        assert_eq!(fw.features().count(), 42);
        assert_eq!(fw.measurements().count(), 60);
        let count = |s| fw.measurements().filter(|m| m.source == s).count();
        assert_eq!(count(Source::Official), 24);
        assert_eq!(count(Source::Survey), 16);
        assert_eq!(count(Source::OfficialOrSurvey), 2);
        assert_eq!(count(Source::ExpertReview), 18);
        let labels: Vec<_> = fw.scale.iter().map(|s| (s.value, s.label.as_str())).collect();
        assert_eq!(
            labels,
            [
                (5, "Excellent"),
                (4, "Very good"),
                (3, "Good"),
                (2, "Fair"),
                (1, "Poor")
            ]
        );
    }

    #[test]
    fn the_default_panels_measurements_are_experts_reviews() {
        // product.md's default panel mapping names these; all must exist and be experts' review.
        let fw = builtin();
        for code in [
            "3.1.1.a", "3.1.2.a", "3.1.3.a", "3.2.1.a", "3.2.2.a", "3.2.2.b", "3.3.5.a", "2.1.4.a", "2.1.4.b",
            "3.3.2.a", "3.3.3.a", "1.3.3.a", "2.2.1.b", "2.3.1.b", "2.3.2.a", "2.5.1.a", "2.6.1.a", "2.6.3.a",
        ] {
            let m = fw.measurement(code).unwrap_or_else(|| panic!("{code} missing"));
            assert_eq!(m.source, Source::ExpertReview, "{code}");
        }
        assert_eq!(
            fw.measurement("3.2.2.a").map(|m| m.name.as_str()),
            Some("Stakeholders' participation")
        );
        assert_eq!(
            fw.measurement("3.2.2.b").map(|m| m.name.as_str()),
            Some("Private sectors' commitment")
        );
    }

    #[test]
    fn content_hash_ignores_layout_but_not_content() {
        let a = builtin();
        let reformatted = format!("# a comment\n{}", KEY_FEATURES_2013.replace("\n\n", "\n"));
        assert_eq!(
            a.content_hash(),
            Framework::from_toml(&reformatted).unwrap().content_hash()
        );
        let changed = KEY_FEATURES_2013.replace("Adult literacy rate", "Adult literacy");
        assert_ne!(a.content_hash(), Framework::from_toml(&changed).unwrap().content_hash());
    }

    #[test]
    fn measurement_codes_parse_strictly() {
        let ok = MeasurementCode::try_from("3.2.2.b").unwrap();
        assert_eq!(ok.feature_code(), "3.2.2");
        assert_eq!(ok.letter(), 'b');
        for bad in [
            "",
            "3.2.2",
            "3.2.2.",
            "3.2.2.B",
            "3.2.2.ab",
            "3.2.x.a",
            "03.2.2.a",
            "3..2.a",
            "1.1.1.a.b",
        ] {
            assert!(MeasurementCode::try_from(bad).is_err(), "{bad:?} accepted");
        }
    }

    const MINI: &str = r#"
edition = "mini"
title = "Mini"
[[scale]]
value = 5
label = "Excellent"
[[scale]]
value = 4
label = "Very good"
[[scale]]
value = 3
label = "Good"
[[scale]]
value = 2
label = "Fair"
[[scale]]
value = 1
label = "Poor"
[[areas]]
code = "1"
title = "Area"
[[areas.focus_areas]]
code = "1.1"
title = "Focus"
[[areas.focus_areas.features]]
code = "1.1.1"
title = "Feature"
[[areas.focus_areas.features.measurements]]
code = "1.1.1.a"
name = "Literacy"
definition = "Share of literate adults"
source = "official"
unit = "%"
breakdowns = ["Male", "Female", "Total"]
[[areas.focus_areas.features.measurements]]
code = "1.1.1.b"
name = "Policy"
definition = "Quality of the policy"
source = "expert_review"
"#;

    #[test]
    fn a_small_valid_edition_loads() {
        let fw = Framework::from_toml(MINI).unwrap();
        assert_eq!(fw.measurements().count(), 2);
        assert_eq!(fw.scale_label(3), Some("Good"));
    }

    fn refused(text: &str) -> String {
        match Framework::from_toml(text) {
            Ok(_) => panic!("accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn inconsistent_editions_are_refused_with_the_place_named() {
        assert!(refused(&MINI.replace("code = \"1.1.1.b\"", "code = \"1.1.1.c\"")).contains("1.1.1.b"));
        assert!(refused(&MINI.replace("code = \"1.1.1.b\"", "code = \"1.1.1.a\"")).contains("1.1.1.a"));
        assert!(
            refused(&MINI.replace("source = \"official\"", "source = \"official data\"")).contains("official data")
        );
        assert!(refused(&MINI.replace("unit = \"%\"", "")).contains("needs a unit"));
        assert!(
            refused(&MINI.replace("source = \"expert_review\"", "source = \"expert_review\"\nunit = \"%\""))
                .contains("cannot have a unit")
        );
        assert!(refused(&MINI.replace("value = 2", "value = 6")).contains("5, 4, 3, 2, 1"));
        assert!(refused(&MINI.replace("code = \"1.1.1\"", "code = \"1.2.1\"")).contains("not under"));
        assert!(refused(&MINI.replace("\"Male\", \"Female\"", "\"Male\", \"Male\"")).contains("twice"));
        assert!(refused(&MINI.replace("title = \"Mini\"", "title = \"Mini\"\nextra = 1")).contains("extra"));
        assert!(refused(&MINI.replace("edition = \"mini\"", "edition = \"Mini 2\"")).contains("edition name"));
    }
}
