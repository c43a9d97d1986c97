//! Formatting shared by the views, the API and the e-mails: dates and instants as people and
//! scripts read them. Pure functions, no I/O.
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A day, `2026-11-29`, or a dash when there is none.
pub fn date(t: Option<OffsetDateTime>) -> String {
    t.map(|t| format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day()))
        .unwrap_or_else(|| "—".into())
}

/// An instant as RFC 3339, for the API.
pub fn rfc3339(t: Option<OffsetDateTime>) -> Option<String> {
    t.and_then(|t| t.format(&Rfc3339).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_instants() {
        let t = time::macros::datetime!(2026-03-04 05:06:07 UTC);
        assert_eq!(date(Some(t)), "2026-03-04");
        assert_eq!(date(None), "—");
        assert_eq!(rfc3339(Some(t)).as_deref(), Some("2026-03-04T05:06:07Z"));
        assert_eq!(rfc3339(None), None);
    }
}
