//! People: their role, e-mail address and name.
use std::fmt;

use serde::Serialize;

use super::text::Subject;
use crate::tr;

/// What a person does in lcreview. Authorization starts from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Staff running the review.
    Secretariat,
    /// An independent reviewer.
    Expert,
    /// A city's coordinator, bound to one city.
    City,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Secretariat => "secretariat",
            Role::Expert => "expert",
            Role::City => "city",
        }
    }
}

impl TryFrom<&str> for Role {
    type Error = String;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        match s {
            "secretariat" => Ok(Role::Secretariat),
            "expert" => Ok(Role::Expert),
            "city" => Ok(Role::City),
            other => Err(tr!("error-role-unknown", value = other)),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An e-mail address, checked and lower-cased: sign-in matches addresses case-insensitively, and
/// storing one form keeps the uniqueness rule simple on every database.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Email {
    type Error = String;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let s = s.trim();
        if s.len() > 254 {
            return Err(tr!("error-email-too-long"));
        }
        // email_address implements RFC 5322's grammar; we also want a dotted domain, since an
        // invitation to `someone@localhost` is surely a typo here.
        let parsed = email_address::EmailAddress::parse_with_options(
            s,
            email_address::Options::default()
                .without_display_text()
                .without_domain_literal(),
        )
        .map_err(|e| tr!("error-email-invalid", value = s, reason = e.to_string()))?;
        if !parsed.domain().contains('.') {
            return Err(tr!("error-email-no-dot", value = s));
        }
        Ok(Email(s.to_lowercase()))
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What lcreview needs from a completed sign-in at an OpenID provider.
pub struct VerifiedIdentity {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
}

/// An account to create, already checked field by field.
pub struct NewUser {
    pub email: Email,
    pub name: PersonName,
    pub role: Role,
    pub city_id: Option<i32>,
}

impl NewUser {
    /// From plain text, for callers without a form to point at (the command line, the demo, the
    /// benchmarks): the first part that is not valid is the error.
    pub fn parse(email: &str, name: &str, role: Role, city_id: Option<i32>) -> Result<NewUser, String> {
        Ok(NewUser {
            email: Email::try_from(email)?,
            name: PersonName::try_from(name)?,
            role,
            city_id,
        })
    }
}

/// Whether free text (which may span lines) holds a control character other than a tab or a line
/// break: a NUL, say, which no reader wants and PostgreSQL cannot store.
pub fn has_stray_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// A printable one-line text of bounded length, trimmed: for names of people, cities, regions.
pub(crate) fn one_line(what: Subject, s: &str, max_chars: usize) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err(tr!("error-line-empty", what = what.words()));
    }
    if s.chars().count() > max_chars {
        return Err(tr!("error-line-too-long", what = what.words(), max = max_chars));
    }
    if s.chars().any(char::is_control) {
        return Err(tr!("error-line-control", what = what.words()));
    }
    Ok(s.to_owned())
}

/// A person's display name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PersonName(String);

impl PersonName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for PersonName {
    type Error = String;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        one_line(Subject::Name, s, 200).map(PersonName)
    }
}

/// Whether a role may (or must) be bound to a city. City coordinators act for exactly one city;
/// the secretariat acts for none. An expert's home city is part of their profile, not their account.
pub fn check_city_binding(role: Role, has_city: bool) -> Result<(), String> {
    match (role, has_city) {
        (Role::City, false) => Err(tr!("error-city-user-needs-city")),
        (Role::Secretariat | Role::Expert, true) => Err(tr!("error-city-only-city-users", role = role.as_str())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for r in [Role::Secretariat, Role::Expert, Role::City] {
            assert_eq!(Role::try_from(r.as_str()), Ok(r));
        }
        assert!(Role::try_from("admin").is_err());
        assert!(Role::try_from("Expert").is_err());
    }

    #[test]
    fn emails_are_checked_and_lowercased() {
        assert_eq!(
            Email::try_from(" Ana.Silva@Example.ORG ").unwrap().as_str(),
            "ana.silva@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@localhost",
            "Ana <ana@example.org>",
            "a b@example.org",
        ] {
            assert!(Email::try_from(bad).is_err(), "{bad:?} accepted");
        }
        assert!(Email::try_from(format!("{}@example.org", "a".repeat(250)).as_str()).is_err());
    }

    #[test]
    fn names_are_one_trimmed_line() {
        assert_eq!(PersonName::try_from("  Zhang Wei ").unwrap().as_str(), "Zhang Wei");
        assert!(PersonName::try_from("   ").is_err());
        assert!(PersonName::try_from("a\nb").is_err());
        assert!(PersonName::try_from("x".repeat(201).as_str()).is_err());
        assert!(PersonName::try_from("é".repeat(200).as_str()).is_ok());
    }

    #[test]
    fn only_city_users_are_bound_to_a_city() {
        assert!(check_city_binding(Role::City, true).is_ok());
        assert!(check_city_binding(Role::City, false).is_err());
        assert!(check_city_binding(Role::Expert, false).is_ok());
        assert!(check_city_binding(Role::Expert, true).is_err());
        assert!(check_city_binding(Role::Secretariat, true).is_err());
    }
}
