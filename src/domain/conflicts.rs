//! Who may not review which city, and why. Applied alike to the automatic assignment and to every
//! manual change of it.
use std::collections::BTreeSet;
use std::fmt;

/// What conflict rules need to know about an expert.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExpertTies {
    pub country: String,
    pub home_city: Option<i32>,
    pub institution: Option<String>,
    /// Cities the expert or the secretariat declared a conflict with.
    pub declared: BTreeSet<i32>,
}

/// What conflict rules need to know about a city.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CityTies {
    pub id: i32,
    pub country: String,
    /// Institutions the city's report names as its own (its university, its council …), if recorded.
    pub institutions: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Conflict {
    /// The expert's own city.
    HomeCity,
    /// A city of the expert's country, when the cycle rules those out.
    SameCountry,
    /// The expert works for an institution of the city.
    SameInstitution,
    /// Declared by the expert or the secretariat.
    Declared,
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Conflict::HomeCity => "their own city",
            Conflict::SameCountry => "same country",
            Conflict::SameInstitution => "same institution",
            Conflict::Declared => "declared conflict",
        })
    }
}

impl Conflict {
    /// The conflict in the reader's language, as a refusal names it (the `Display` is for files and
    /// the audit log).
    pub fn words(self) -> String {
        match self {
            Conflict::HomeCity => crate::tr!("error-conflict-home-city"),
            Conflict::SameCountry => crate::tr!("error-conflict-same-country"),
            Conflict::SameInstitution => crate::tr!("error-conflict-same-institution"),
            Conflict::Declared => crate::tr!("error-conflict-declared"),
        }
    }
}

/// The first conflict that keeps `expert` from reviewing `city`, if any.
pub fn conflict(expert: &ExpertTies, city: &CityTies, same_country_rule: bool) -> Option<Conflict> {
    if expert.home_city == Some(city.id) {
        return Some(Conflict::HomeCity);
    }
    if expert.declared.contains(&city.id) {
        return Some(Conflict::Declared);
    }
    if same_country_rule && expert.country.eq_ignore_ascii_case(&city.country) {
        return Some(Conflict::SameCountry);
    }
    if let Some(inst) = &expert.institution
        && city.institutions.iter().any(|i| super::city::same_institution(i, inst))
    {
        return Some(Conflict::SameInstitution);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expert() -> ExpertTies {
        ExpertTies {
            country: "BR".into(),
            home_city: Some(1),
            institution: Some("USP".into()),
            declared: [7].into_iter().collect(),
        }
    }

    fn city(id: i32, country: &str) -> CityTies {
        CityTies {
            id,
            country: country.into(),
            institutions: vec![],
        }
    }

    #[test]
    fn each_kind_of_conflict() {
        let e = expert();
        assert_eq!(conflict(&e, &city(1, "BR"), false), Some(Conflict::HomeCity));
        assert_eq!(conflict(&e, &city(7, "FR"), false), Some(Conflict::Declared));
        assert_eq!(conflict(&e, &city(2, "br"), true), Some(Conflict::SameCountry));
        assert_eq!(
            conflict(&e, &city(2, "BR"), false),
            None,
            "the cycle allows same-country review"
        );
        let mut c = city(3, "FR");
        c.institutions = vec![" usp ".into()];
        assert_eq!(conflict(&e, &c, true), Some(Conflict::SameInstitution));
        assert_eq!(conflict(&e, &city(4, "FR"), true), None);
    }
}
