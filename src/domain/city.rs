//! Cities and the codes that describe them: ISO 3166-1 alpha-2 countries, ISO 639-1 languages.
use std::fmt;

use serde::Serialize;

use super::user::one_line;

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
            Err(format!(
                "`{s}` is not an ISO 3166-1 alpha-2 country code (like CN, BR, DE)"
            ))
        }
    }
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
            Err(format!("`{s}` is not an ISO 639-1 language code (like en, fr, zh)"))
        }
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A list of languages: at least one, no repeats, in the order given.
pub fn parse_languages(items: &[String]) -> Result<Vec<LanguageCode>, String> {
    if items.is_empty() {
        return Err("at least one language is needed".into());
    }
    let mut out: Vec<LanguageCode> = Vec::with_capacity(items.len());
    for item in items {
        let code = LanguageCode::try_from(item.as_str())?;
        if out.contains(&code) {
            return Err(format!("language `{code}` is listed twice"));
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
        let name = one_line("an institution's name", raw, 200)?;
        if out.iter().any(|o| same_institution(o, &name)) {
            return Err(format!("{name} is listed twice"));
        }
        out.push(name);
    }
    if out.len() > MAX_INSTITUTIONS {
        return Err(format!("at most {MAX_INSTITUTIONS} institutions, not {}", out.len()));
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
            name: one_line("a city's name", name, 200).map_err(|e| ("name", e))?,
            country: CountryCode::try_from(country).map_err(|e| ("country", e))?,
            region: match region.map(str::trim) {
                None | Some("") => None,
                Some(r) => Some(one_line("a region", r, 200).map_err(|e| ("region", e))?),
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
