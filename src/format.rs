//! Formatting shared by the views, the API and the e-mails: dates and instants as people and
//! scripts read them. Pure functions, no I/O.
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A day as the reader's language writes it ("29 Nov 2026", "29 nov. 2026"), or a dash for none.
pub fn date(t: Option<OffsetDateTime>) -> String {
    t.map(|t| crate::i18n::format::date(t.year(), u8::from(t.month()), t.day()))
        .unwrap_or_else(|| "—".into())
}

/// Whether `name` is a time zone of the IANA database (`Europe/Paris`, `Asia/Shanghai`, `UTC`).
pub fn is_time_zone(name: &str) -> bool {
    !name.is_empty() && jiff::tz::db().get(name).is_ok()
}

/// Every time zone name, for a chooser.
pub fn time_zones() -> Vec<String> {
    let mut all: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    all.sort();
    all
}

fn zoned(t: OffsetDateTime, zone: &str) -> Option<jiff::Zoned> {
    let tz = jiff::tz::db().get(zone).ok()?;
    let ts = jiff::Timestamp::from_second(t.unix_timestamp()).ok()?;
    Some(ts.to_zoned(tz))
}

/// A deadline as a person reads it, in their language: the day and time in their zone, and the
/// time in UTC beside it ("31 Dec 2026, 17:00 Europe/Paris (16:00 UTC)"), the UTC date too when the
/// zone is on another day; in UTC alone without a zone. A dash for none.
pub fn deadline(t: Option<OffsetDateTime>, zone: Option<&str>) -> String {
    use crate::i18n::format::{date_time, time_of_day};
    let Some(t) = t else {
        return "—".into();
    };
    let utc = format!(
        "{} UTC",
        date_time(t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute())
    );
    match zone.filter(|z| *z != "UTC").and_then(|z| zoned(t, z).map(|zd| (z, zd))) {
        Some((z, zd)) => {
            let same_day = i32::from(zd.year()) == t.year()
                && zd.month().unsigned_abs() == u8::from(t.month())
                && zd.day().unsigned_abs() == t.day();
            // UTC beside the local time; its date too when the zone has moved to another day.
            let beside = if same_day {
                format!("{} UTC", time_of_day(t.hour(), t.minute()))
            } else {
                utc
            };
            let local = date_time(
                i32::from(zd.year()),
                zd.month().unsigned_abs(),
                zd.day().unsigned_abs(),
                zd.hour().unsigned_abs(),
                zd.minute().unsigned_abs(),
            );
            format!("{local} {z} ({beside})")
        }
        None => utc,
    }
}

/// The moment a person means by a day and time on a clock in `zone` (a `datetime-local` field:
/// `2026-12-31T17:00`); None when it does not read, or names no moment.
pub fn parse_local(value: &str, zone: &str) -> Option<OffsetDateTime> {
    let civil: jiff::civil::DateTime = value.trim().parse().ok()?;
    let tz = jiff::tz::db().get(zone).ok()?;
    let ts = civil.to_zoned(tz).ok()?.timestamp();
    OffsetDateTime::from_unix_timestamp(ts.as_second()).ok()
}

/// The `datetime-local` value of an instant on a clock in `zone`, for a form showing it again.
pub fn local_value(t: Option<OffsetDateTime>, zone: &str) -> String {
    t.and_then(|t| zoned(t, zone))
        .map(|z| {
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                z.year(),
                z.month(),
                z.day(),
                z.hour(),
                z.minute()
            )
        })
        .unwrap_or_default()
}

/// The last moment at or before `now` when a clock in `zone` (UTC without one) showed `hour`:00,
/// the time of day when a person's daily digest goes out.
pub fn last_local_hour(now: OffsetDateTime, zone: Option<&str>, hour: u8) -> OffsetDateTime {
    let tz = zone
        .and_then(|z| jiff::tz::db().get(z).ok())
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let moment = (|| {
        let here = jiff::Timestamp::from_second(now.unix_timestamp())
            .ok()?
            .to_zoned(tz.clone());
        let today = here
            .date()
            .at(i8::try_from(hour).ok()?, 0, 0, 0)
            .to_zoned(tz.clone())
            .ok()?;
        let at = if today.timestamp() <= here.timestamp() {
            today
        } else {
            today
                .date()
                .yesterday()
                .ok()?
                .at(i8::try_from(hour).ok()?, 0, 0, 0)
                .to_zoned(tz)
                .ok()?
        };
        OffsetDateTime::from_unix_timestamp(at.timestamp().as_second()).ok()
    })();
    // A clock that cannot show that hour (no such zone data): a day ago, so nothing waits forever.
    moment.unwrap_or(now - time::Duration::days(1))
}

/// An instant as RFC 3339, for the API.
pub fn rfc3339(t: Option<OffsetDateTime>) -> Option<String> {
    t.and_then(|t| t.format(&Rfc3339).ok())
}

/// Languages by their names in the reader's language, not their ISO 639-1 codes: `fr, wo, ar` →
/// "French, Wolof, Arabic", « français, wolof, arabe » (the Unicode CLDR's names; the English name
/// where the CLDR has none in that language; a code no standard knows is shown as it is).
pub fn language_names<S: AsRef<str>>(codes: &[S]) -> String {
    codes
        .iter()
        .map(|c| {
            let c = c.as_ref();
            crate::i18n::format::language_name(c)
                .or_else(|| isolang::Language::from_639_1(c).map(|l| l.to_name().to_owned()))
                .unwrap_or_else(|| c.to_owned())
        })
        .collect::<Vec<_>>()
        .join(&crate::tr!("list-separator"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_instants() {
        let t = time::macros::datetime!(2026-03-04 05:06:07 UTC);
        assert_eq!(date(Some(t)), "4 Mar 2026");
        assert_eq!(
            crate::i18n::with(crate::i18n::Locale::Zh, || date(Some(t))),
            "2026年3月4日"
        );
        assert_eq!(date(None), "—");
        assert_eq!(rfc3339(Some(t)).as_deref(), Some("2026-03-04T05:06:07Z"));
        assert_eq!(rfc3339(None), None);
    }

    #[test]
    fn deadlines_in_a_zone_with_utc_beside() {
        let t = time::macros::datetime!(2026-12-31 16:00 UTC);
        assert_eq!(
            deadline(Some(t), Some("Europe/Paris")),
            "31 Dec 2026, 17:00 Europe/Paris (16:00 UTC)"
        );
        assert_eq!(deadline(Some(t), None), "31 Dec 2026, 16:00 UTC");
        assert_eq!(deadline(Some(t), Some("Nowhere/Else")), "31 Dec 2026, 16:00 UTC");
        assert_eq!(deadline(None, Some("UTC")), "—");
        // In the reader's language.
        assert_eq!(
            crate::i18n::with(crate::i18n::Locale::Fr, || deadline(Some(t), Some("Europe/Paris"))),
            "31 déc. 2026, 17:00 Europe/Paris (16:00 UTC)"
        );
        // Across midnight and a summer-time change.
        assert_eq!(
            deadline(
                Some(time::macros::datetime!(2026-07-01 23:30 UTC)),
                Some("Asia/Shanghai")
            ),
            "2 Jul 2026, 07:30 Asia/Shanghai (1 Jul 2026, 23:30 UTC)"
        );
        assert_eq!(parse_local("2026-12-31T17:00", "Europe/Paris"), Some(t));
        assert_eq!(
            parse_local("2026-07-01T19:30", "America/New_York"),
            Some(time::macros::datetime!(2026-07-01 23:30 UTC))
        );
        assert_eq!(parse_local("31/12/2026", "UTC"), None);
        assert_eq!(local_value(Some(t), "Europe/Paris"), "2026-12-31T17:00");
        assert!(is_time_zone("Africa/Dakar") && !is_time_zone("Mars/Olympus"));
    }

    #[test]
    fn the_last_digest_hour_on_a_persons_clock() {
        let now = time::macros::datetime!(2026-07-01 05:30 UTC);
        // 07:00 in Shanghai (UTC+8) is 23:00 UTC: today's has passed (13:30 there).
        assert_eq!(
            last_local_hour(now, Some("Asia/Shanghai"), 7),
            time::macros::datetime!(2026-06-30 23:00 UTC)
        );
        // 07:00 UTC has not come yet today: yesterday's.
        assert_eq!(
            last_local_hour(now, None, 7),
            time::macros::datetime!(2026-06-30 07:00 UTC)
        );
        assert_eq!(
            last_local_hour(now, Some("UTC"), 5),
            time::macros::datetime!(2026-07-01 05:00 UTC)
        );
    }
}

#[cfg(test)]
mod language_name_tests {
    #[test]
    fn codes_become_names() {
        assert_eq!(
            super::language_names(&["fr", "wo", "ar", "xx"]),
            "French, Wolof, Arabic, xx"
        );
        // In the reader's language, with its own list punctuation.
        use crate::i18n::{Locale, with};
        assert_eq!(
            with(Locale::Fr, || super::language_names(&["fr", "wo", "ar"])),
            "français, wolof, arabe"
        );
        assert_eq!(
            with(Locale::Zh, || super::language_names(&["fr", "ar"])),
            "法语、阿拉伯语"
        );
        assert_eq!(
            with(Locale::Ar, || super::language_names(&["fr", "ar"])),
            "الفرنسية، العربية"
        );
    }
}
