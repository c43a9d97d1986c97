//! Cities and the codes that describe them: ISO 3166-1 alpha-2 countries, ISO 639-1 languages.
use std::fmt;

use serde::Serialize;

use super::text::Subject;
use super::user::one_line;
use crate::tr;

/// An ISO 3166-1 alpha-2 country code, upper-case (`CN`, `BR`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country's English short name, for pages.
    pub fn name(&self) -> &'static str {
        isocountry::CountryCode::for_alpha2(&self.0).map_or("", |c| c.name())
    }
}

impl TryFrom<&str> for CountryCode {
    type Error = String;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let upper = s.trim().to_ascii_uppercase();
        // for_alpha2 alone would also accept some non-two-letter inputs in older versions; be explicit.
        if upper.len() == 2 && isocountry::CountryCode::for_alpha2(&upper).is_ok() {
            Ok(CountryCode(upper))
        } else {
            Err(tr!("error-country-code", value = s))
        }
    }
}

/// Formal prefixes of the names the UN and UNESCO give states ("Kingdom of Morocco", "Arab Republic
/// of Egypt"): a name that is one of these followed by a short name is that short name.
const FORMAL_PREFIXES: [&str; 20] = [
    "kingdom of",
    "republic of",
    "state of",
    "federal republic of",
    "federative republic of",
    "arab republic of",
    "hashemite kingdom of",
    "islamic republic of",
    "principality of",
    "grand duchy of",
    "sultanate of",
    "commonwealth of",
    "independent state of",
    "democratic republic of",
    "democratic socialist republic of",
    "people's republic of",
    "people's democratic republic of",
    "socialist republic of",
    "united republic of",
    "oriental republic of",
];

/// Short names that stand for more than one state: never reached by dropping a formal prefix
/// ("Democratic People's Republic of Korea" is not the Republic of Korea).
const AMBIGUOUS: [&str; 2] = ["korea", "congo"];

/// `s` as letters and digits only, lower-case, accents dropped: "Côte d'Ivoire" → "cotedivoire".
fn folded(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Whether two city names name the same city as people type them: case, accents, spacing and
/// punctuation aside ("Benguérir" and "benguerir").
pub fn same_name(a: &str, b: &str) -> bool {
    let (fa, fb) = (folded(a), folded(b));
    !fa.is_empty() && fa == fb
}

/// The alpha-2 code of a state named as the UN and UNESCO write it, short or formal, or as the
/// `celes` crate knows it (official names and common aliases), accents and case aside.
fn alpha2_of_name(name: &str) -> Option<&'static str> {
    let lookup = |n: &str| -> Option<&'static str> {
        let key = folded(n);
        if key.len() < 3 {
            return None;
        }
        [key.clone(), format!("the{key}")]
            .iter()
            .find_map(|k| k.parse::<celes::Country>().ok())
            .map(|c| c.alpha2)
    };
    let trimmed = name.trim();
    // The UN's list form, "Iran (Islamic Republic of)": read as "Islamic Republic of Iran".
    if let Some((outer, inner)) = trimmed
        .strip_suffix(')')
        .and_then(|t| t.split_once('('))
        .map(|(o, i)| (o.trim(), i.trim()))
        .filter(|(o, i)| !o.is_empty() && !i.is_empty())
    {
        return alpha2_of_name(&format!("{inner} {outer}")).or_else(|| alpha2_of_name(outer));
    }
    let without_the = trimmed
        .strip_prefix("the ")
        .or_else(|| trimmed.strip_prefix("The "))
        .unwrap_or(trimmed);
    if let Some(code) = lookup(without_the) {
        return Some(code);
    }
    let lower = without_the.to_lowercase().replace('\u{2019}', "'");
    FORMAL_PREFIXES.iter().find_map(|prefix| {
        let rest = lower.strip_prefix(prefix)?.trim();
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        if AMBIGUOUS.contains(&rest) {
            return None;
        }
        lookup(rest)
    })
}

impl CountryCode {
    /// A country as people write it in a register: an ISO 3166-1 alpha-2 code, or an English name
    /// as the UN and UNESCO write it, short or formal ("Viet Nam", "Republic of Korea", "Kingdom of
    /// Morocco", "Côte d'Ivoire", "United Kingdom of Great Britain and Northern Ireland").
    pub fn from_code_or_name(s: &str) -> Result<CountryCode, String> {
        if let Ok(code) = CountryCode::try_from(s) {
            return Ok(code);
        }
        alpha2_of_name(s)
            .and_then(|a2| CountryCode::try_from(a2).ok())
            .ok_or_else(|| tr!("error-country-code-or-name", value = s))
    }
}

/// The five regions of UNESCO's work, as it names them.
pub const REGIONS: [&str; 5] = [
    "Africa",
    "Arab States",
    "Asia and the Pacific",
    "Europe and North America",
    "Latin America and the Caribbean",
];

/// A UNESCO region, case and spacing aside, in its canonical spelling.
pub fn parse_region(s: &str) -> Result<&'static str, String> {
    let wanted = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    REGIONS
        .iter()
        .copied()
        .find(|r| r.to_lowercase() == wanted)
        .ok_or_else(|| tr!("error-region-unknown", value = s, regions = REGIONS.join(", ")))
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 639-1 language code, lower-case (`en`, `zh`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn name(&self) -> &'static str {
        isolang::Language::from_639_1(&self.0).map_or("", |l| l.to_name())
    }
}

impl TryFrom<&str> for LanguageCode {
    type Error = String;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let lower = s.trim().to_ascii_lowercase();
        if lower.len() == 2 && isolang::Language::from_639_1(&lower).is_some() {
            Ok(LanguageCode(lower))
        } else {
            Err(tr!("error-language-code", value = s))
        }
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A list of languages: at least one, no repeats, in the order given.
/// Codes as people type them in one field: "en, pt", "en;pt" or "en pt".
pub fn split_codes(field: &str) -> Vec<String> {
    field
        .split([',', ';', ' '])
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

pub fn parse_languages(items: &[String]) -> Result<Vec<LanguageCode>, String> {
    if items.is_empty() {
        return Err(tr!("error-languages-empty"));
    }
    let mut out: Vec<LanguageCode> = Vec::with_capacity(items.len());
    for item in items {
        let code = LanguageCode::try_from(item.as_str())?;
        if out.contains(&code) {
            return Err(tr!("error-language-twice", code = code.as_str()));
        }
        out.push(code);
    }
    Ok(out)
}

/// The most institutions a city records.
pub const MAX_INSTITUTIONS: usize = 50;

/// A city's institutions, checked: the city government and the partner institutions named in its
/// report, each a name on one line, none twice (case and spacing aside). An expert who works for one
/// of them is in conflict with the city.
pub fn parse_institutions(items: &[String]) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for raw in items {
        if raw.trim().is_empty() {
            continue;
        }
        let name = one_line(Subject::InstitutionName, raw, 200)?;
        if out.iter().any(|o| same_institution(o, &name)) {
            return Err(tr!("error-institution-twice", name = name.as_str()));
        }
        out.push(name);
    }
    if out.len() > MAX_INSTITUTIONS {
        return Err(tr!(
            "error-institutions-too-many",
            max = MAX_INSTITUTIONS,
            count = out.len()
        ));
    }
    Ok(out)
}

/// Whether two institution names name the same institution: case and spacing aside.
pub fn same_institution(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

/// A city as the secretariat registers it, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCity {
    pub name: String,
    pub country: CountryCode,
    pub region: Option<String>,
    pub languages: Vec<LanguageCode>,
    pub institutions: Vec<String>,
}

/// Which input field a problem is in, and what is wrong: the API names the field in its 422.
pub type FieldError = (&'static str, String);

impl NewCity {
    pub fn parse(name: &str, country: &str, region: Option<&str>, languages: &[String]) -> Result<NewCity, FieldError> {
        Ok(NewCity {
            name: one_line(Subject::CityName, name, 200).map_err(|e| ("name", e))?,
            country: CountryCode::try_from(country).map_err(|e| ("country", e))?,
            region: match region.map(str::trim) {
                None | Some("") => None,
                Some(r) => Some(parse_region(r).map_err(|e| ("region", e))?.to_owned()),
            },
            languages: parse_languages(languages).map_err(|e| ("languages", e))?,
            institutions: Vec::new(),
        })
    }

    /// The same, with the city's institutions.
    pub fn with_institutions(mut self, institutions: &[String]) -> Result<NewCity, FieldError> {
        self.institutions = parse_institutions(institutions).map_err(|e| ("institutions", e))?;
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_iso_alpha2() {
        assert_eq!(CountryCode::try_from("cn").unwrap().as_str(), "CN");
        assert_eq!(CountryCode::try_from("BR").unwrap().name(), "Brazil");
        for bad in ["", "C", "CHN", "XX", "12", "China"] {
            assert!(CountryCode::try_from(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn countries_as_the_un_and_unesco_write_them() {
        for (name, code) in [
            ("Republic of Korea", "KR"),
            ("Viet Nam", "VN"),
            ("Kingdom of Morocco", "MA"),
            ("Côte d'Ivoire", "CI"),
            ("Cote d’Ivoire", "CI"),
            ("Islamic Republic of Iran", "IR"),
            ("Iran (Islamic Republic of)", "IR"),
            ("Bolivia (Plurinational State of)", "BO"),
            ("United Kingdom of Great Britain and Northern Ireland", "GB"),
            ("the Netherlands", "NL"),
            ("Arab Republic of Egypt", "EG"),
            ("Federative Republic of Brazil", "BR"),
            ("People's Republic of China", "CN"),
            ("China", "CN"),
            ("Democratic People's Republic of Korea", "KP"),
            ("Russian Federation", "RU"),
            ("kr", "KR"),
        ] {
            assert_eq!(
                CountryCode::from_code_or_name(name).map(|c| c.as_str().to_owned()),
                Ok(code.to_owned()),
                "{name}"
            );
        }
        for bad in ["", "Atlantis", "Kingdom of Atlantis", "Republic of", "XX"] {
            assert!(CountryCode::from_code_or_name(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn codes_are_split_as_typed() {
        assert_eq!(split_codes("en, pt;fr  es"), vec!["en", "pt", "fr", "es"]);
        assert!(split_codes(" , ").is_empty());
    }

    #[test]
    fn regions_are_unesco_regions() {
        assert_eq!(parse_region(" asia and  the pacific "), Ok("Asia and the Pacific"));
        assert_eq!(parse_region("Arab States"), Ok("Arab States"));
        assert!(parse_region("Europe").unwrap_err().contains("Europe and North America"));
    }

    #[test]
    fn languages_are_iso_639_1() {
        assert_eq!(LanguageCode::try_from("EN").unwrap().as_str(), "en");
        assert_eq!(LanguageCode::try_from("fr").unwrap().name(), "French");
        for bad in ["", "e", "eng", "xx", "english"] {
            assert!(LanguageCode::try_from(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn institutions_are_names_once_each() {
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_institutions(&v(&[" Cork City Council ", "", "University College Cork"])).unwrap(),
            v(&["Cork City Council", "University College Cork"])
        );
        assert!(parse_institutions(&v(&["UCC", "ucc "])).unwrap_err().contains("twice"));
        assert!(parse_institutions(&v(&["two\nlines"])).is_err());
        assert!(same_institution(" University  of  Porto", "university of porto"));
        assert!(!same_institution("University of Porto", "Porto Business School"));
    }

    #[test]
    fn a_city_needs_a_language_and_no_repeats() {
        let langs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let ok = NewCity::parse(" Cork ", "ie", Some("  "), &langs(&["en", "ga"])).unwrap();
        assert_eq!(ok.name, "Cork");
        assert_eq!(ok.region, None);
        assert_eq!(NewCity::parse("Cork", "IE", None, &[]).unwrap_err().0, "languages");
        assert_eq!(
            NewCity::parse("Cork", "IE", None, &langs(&["en", "EN"])).unwrap_err().0,
            "languages"
        );
        assert_eq!(
            NewCity::parse("Cork", "Ireland", None, &langs(&["en"])).unwrap_err().0,
            "country"
        );
        assert_eq!(NewCity::parse("", "IE", None, &langs(&["en"])).unwrap_err().0, "name");
    }
}
