//! An expert's profile: where they come from (for conflicts), what they read, what they know, how
//! much they can take on.
use serde::Serialize;

use super::city::{CountryCode, LanguageCode, parse_languages, parse_region};
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
    /// UNESCO regions the expert knows well; `None`: as stored (a client that does not send them
    /// keeps them).
    pub regions: Option<Vec<String>>,
    /// Those of `languages` the expert reads natively; `None`: as stored.
    pub native_languages: Option<Vec<LanguageCode>>,
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
            regions: None,
            native_languages: None,
        })
    }

    /// The regions the expert knows well, each a UNESCO region, none twice.
    pub fn with_regions(mut self, regions: &[String]) -> Result<ExpertProfile, (&'static str, String)> {
        let mut out: Vec<String> = Vec::with_capacity(regions.len());
        for r in regions {
            let region = parse_region(r).map_err(|e| ("regions", e))?;
            if out.iter().any(|o| o == region) {
                return Err(("regions", tr!("error-region-twice", region = region)));
            }
            out.push(region.to_owned());
        }
        self.regions = Some(out);
        Ok(self)
    }

    /// The languages the expert reads natively: among those they read, none twice.
    pub fn with_native_languages(mut self, native: &[String]) -> Result<ExpertProfile, (&'static str, String)> {
        let mut out: Vec<LanguageCode> = Vec::with_capacity(native.len());
        for item in native {
            let code = LanguageCode::try_from(item.as_str()).map_err(|e| ("native_languages", e))?;
            if !self.languages.contains(&code) {
                return Err(("native_languages", tr!("error-native-not-read", code = code.as_str())));
            }
            if !out.contains(&code) {
                out.push(code);
            }
        }
        self.native_languages = Some(out);
        Ok(self)
    }

    /// Fills what this change left out from the profile as stored: the regions as they were, the
    /// native languages still among the languages now read.
    pub fn keeping(mut self, stored_regions: &[String], stored_native: &[String]) -> ExpertProfile {
        if self.regions.is_none() {
            self.regions = Some(stored_regions.to_vec());
        }
        if self.native_languages.is_none() {
            let kept = stored_native
                .iter()
                .filter_map(|l| LanguageCode::try_from(l.as_str()).ok())
                .filter(|l| self.languages.contains(l))
                .collect();
            self.native_languages = Some(kept);
        }
        self
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

    #[test]
    fn regions_and_native_languages_are_checked_and_kept_when_not_sent() {
        let fw = Framework::from_toml(KEY_FEATURES_2013).unwrap();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let base = ExpertProfile::parse(&fw, "SN", None, None, &s(&["fr", "en"]), &[], 3).unwrap();
        let p = base
            .clone()
            .with_regions(&s(&["africa", "Arab States"]))
            .unwrap()
            .with_native_languages(&s(&["fr"]))
            .unwrap();
        assert_eq!(p.regions, Some(s(&["Africa", "Arab States"])));
        assert_eq!(p.native_languages.as_ref().map(Vec::len), Some(1));
        assert_eq!(base.clone().with_regions(&s(&["Oceania"])).unwrap_err().0, "regions");
        assert_eq!(
            base.clone().with_regions(&s(&["Africa", "africa"])).unwrap_err().0,
            "regions"
        );
        // Natively only what one reads at all.
        assert_eq!(
            base.clone().with_native_languages(&s(&["ar"])).unwrap_err().0,
            "native_languages"
        );
        // Not sent: kept as stored, a native language no longer read dropped.
        let kept = base.keeping(&s(&["Africa"]), &s(&["fr", "wo"]));
        assert_eq!(kept.regions, Some(s(&["Africa"])));
        assert_eq!(
            kept.native_languages
                .unwrap()
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>(),
            vec!["fr"]
        );
    }
}
