//! An expert's profile: where they come from (for conflicts), what they read, what they know, how
//! much they can take on.
use serde::Serialize;

use super::city::{CountryCode, LanguageCode, parse_languages};
use super::framework::Framework;
use super::text::Subject;
use super::user::one_line;
use crate::tr;

/// A checked profile. (field, message) on refusal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExpertProfile {
    pub country: CountryCode,
    pub city_id: Option<i32>,
    pub institution: Option<String>,
    pub languages: Vec<LanguageCode>,
    /// Areas of focus (`3.1`, `2.4` …) the expert is competent in.
    pub expertise: Vec<String>,
    /// The most (city, panel) bundles the expert takes in one cycle.
    pub capacity: u16,
}

pub const MAX_CAPACITY: i64 = 500;

impl ExpertProfile {
    pub fn parse(
        framework: &Framework,
        country: &str,
        city_id: Option<i32>,
        institution: Option<&str>,
        languages: &[String],
        expertise: &[String],
        capacity: i64,
    ) -> Result<ExpertProfile, (&'static str, String)> {
        let country = CountryCode::try_from(country).map_err(|e| ("country", e))?;
        let institution = match institution.map(str::trim) {
            None | Some("") => None,
            Some(i) => Some(one_line(Subject::Institution, i, 300).map_err(|e| ("institution", e))?),
        };
        let languages = parse_languages(languages).map_err(|e| ("languages", e))?;
        let mut areas: Vec<String> = Vec::with_capacity(expertise.len());
        for code in expertise {
            if framework.focus_area(code).is_none() {
                return Err(("expertise", tr!("error-expertise-unknown", code = code.as_str())));
            }
            if areas.contains(code) {
                return Err(("expertise", tr!("error-expertise-twice", code = code.as_str())));
            }
            areas.push(code.clone());
        }
        if !(0..=MAX_CAPACITY).contains(&capacity) {
            return Err((
                "capacity",
                tr!("error-capacity-range", max = MAX_CAPACITY, value = capacity),
            ));
        }
        Ok(ExpertProfile {
            country,
            city_id,
            institution,
            languages,
            expertise: areas,
            capacity: capacity as u16,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::KEY_FEATURES_2013;

    #[test]
    fn profiles_are_checked_field_by_field() {
        let fw = Framework::from_toml(KEY_FEATURES_2013).unwrap();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let ok = ExpertProfile::parse(
            &fw,
            "br",
            None,
            Some(" USP "),
            &s(&["pt", "en"]),
            &s(&["3.1", "3.2"]),
            4,
        )
        .unwrap();
        assert_eq!(
            (ok.country.as_str(), ok.institution.as_deref(), ok.capacity),
            ("BR", Some("USP"), 4)
        );
        let field = |r: Result<ExpertProfile, (&'static str, String)>| r.unwrap_err().0;
        assert_eq!(
            field(ExpertProfile::parse(&fw, "Brazil", None, None, &s(&["pt"]), &[], 1)),
            "country"
        );
        assert_eq!(
            field(ExpertProfile::parse(&fw, "BR", None, None, &[], &[], 1)),
            "languages"
        );
        assert_eq!(
            field(ExpertProfile::parse(
                &fw,
                "BR",
                None,
                None,
                &s(&["pt"]),
                &s(&["3.9"]),
                1
            )),
            "expertise"
        );
        assert_eq!(
            field(ExpertProfile::parse(
                &fw,
                "BR",
                None,
                None,
                &s(&["pt"]),
                &s(&["3.1", "3.1"]),
                1
            )),
            "expertise"
        );
        assert_eq!(
            field(ExpertProfile::parse(&fw, "BR", None, None, &s(&["pt"]), &[], -1)),
            "capacity"
        );
    }
}
