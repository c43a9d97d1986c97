//! Dates and numbers as the reader's language writes them ("29 nov. 2026", "29 нояб. 2026 г.",
//! "2026年11月29日"; "1 234,5"), by ICU4X and the Unicode CLDR's data, always in the Gregorian
//! calendar (deadlines are Gregorian dates for everyone in the network).
use std::cell::RefCell;
use std::collections::HashMap;
use std::str::FromStr;
use std::thread::LocalKey;

use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{T, YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_experimental::displaynames::multi::LanguageDisplayNames;

use super::{Locale, current};

type DateFormatter = FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, YMD>;
type DateTimeFormatter = FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, YMDT>;
type TimeFormatter = icu_datetime::NoCalendarFormatter<T>;

fn icu_locale(locale: Locale) -> icu_locale_core::Locale {
    // A 24-hour clock for everyone: deadlines are read across time zones and "17:00" is never
    // mistaken. International English ("31 Dec 2026"), not the United States' usage. Arabic with
    // the digits 0–9, as the United Nations' Arabic documents write figures, so a number reads the
    // same in a sentence, a table and a date.
    let tag = match locale {
        Locale::En => "en-001-u-hc-h23",
        Locale::Ar => "ar-u-hc-h23-nu-latn",
        Locale::Zh => "zh-u-hc-h23",
        Locale::Fr => "fr-u-hc-h23",
        Locale::Ru => "ru-u-hc-h23",
        Locale::Es => "es-u-hc-h23",
    };
    icu_locale_core::Locale::try_from_str(tag).unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

// Formatters are built once per thread and language: building one reads its data, formatting is cheap.
thread_local! {
    static DATES: RefCell<HashMap<Locale, Option<DateFormatter>>> = RefCell::new(HashMap::new());
    static DATE_TIMES: RefCell<HashMap<Locale, Option<DateTimeFormatter>>> = RefCell::new(HashMap::new());
    static NUMBERS: RefCell<HashMap<Locale, Option<DecimalFormatter>>> = RefCell::new(HashMap::new());
    static TIMES: RefCell<HashMap<Locale, Option<TimeFormatter>>> = RefCell::new(HashMap::new());
    static LANGUAGES: RefCell<HashMap<Locale, Option<LanguageDisplayNames>>> = RefCell::new(HashMap::new());
}

/// Runs `work` with the current language's formatter from `cache`, built by `build` the first time on
/// this thread (None where the data lacks the language: each caller then writes a plain form).
fn with_formatter<F: 'static, R>(
    cache: &'static LocalKey<RefCell<HashMap<Locale, Option<F>>>>,
    build: impl FnOnce(icu_locale_core::Locale) -> Option<F>,
    work: impl FnOnce(Option<&F>) -> R,
) -> R {
    let locale = current();
    cache.with(|cache| {
        let mut cache = cache.borrow_mut();
        let formatter = cache.entry(locale).or_insert_with(|| build(icu_locale(locale)));
        work(formatter.as_ref())
    })
}

/// A time of day, to the minute ("17:00").
pub fn time_of_day(hour: u8, minute: u8) -> String {
    with_formatter(
        &TIMES,
        |l| TimeFormatter::try_new(l.into(), T::medium().with_time_precision(TimePrecision::Minute)).ok(),
        |f| match (f, Time::try_new(hour, minute, 0, 0)) {
            (Some(f), Ok(t)) => f.format(&t).to_string(),
            _ => format!("{hour:02}:{minute:02}"),
        },
    )
}

/// A language's name in the current language, from an ISO 639 code ("fr" → "French", "français",
/// "francés"); None where the CLDR has no name for it.
pub fn language_name(code: &str) -> Option<String> {
    let language: icu_locale_core::subtags::Language = code.parse().ok()?;
    with_formatter(
        &LANGUAGES,
        |l| LanguageDisplayNames::try_new(l.into(), Default::default()).ok(),
        |names| names?.of(language).map(str::to_owned),
    )
}

/// A day in the current language ("29 Nov 2026"); ISO 8601 should the data lack the language.
pub fn date(year: i32, month: u8, day: u8) -> String {
    with_formatter(
        &DATES,
        |l| DateFormatter::try_new(l.into(), YMD::medium()).ok(),
        |f| match (f, Date::try_new_gregorian(year, month, day)) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => format!("{year:04}-{month:02}-{day:02}"),
        },
    )
}

/// A day and a time of day, to the minute, in the current language ("29 Nov 2026, 17:00").
pub fn date_time(year: i32, month: u8, day: u8, hour: u8, minute: u8) -> String {
    let input = Date::try_new_gregorian(year, month, day)
        .ok()
        .zip(Time::try_new(hour, minute, 0, 0).ok())
        .map(|(date, time)| DateTime { date, time });
    with_formatter(
        &DATE_TIMES,
        |l| DateTimeFormatter::try_new(l.into(), YMDT::medium().with_time_precision(TimePrecision::Minute)).ok(),
        |f| match (f, input) {
            (Some(f), Some(dt)) => f.format(&dt).to_string(),
            _ => format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}"),
        },
    )
}

/// A number with `decimals` digits after the point, grouped and pointed as the current language
/// does ("12,345.5", "12 345,5"). The digits are fixed so a column of figures lines up and "4.0" says
/// the mean is not rounded to a whole.
pub fn number(value: f64, decimals: usize) -> String {
    let plain = format!("{value:.decimals$}");
    with_formatter(
        &NUMBERS,
        |l| DecimalFormatter::try_new(l.into(), Default::default()).ok(),
        |f| match (f, Decimal::from_str(&plain)) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => plain.clone(),
        },
    )
}

/// A change, with its sign always written ("+0.5", "-1.0"), as [`number`] otherwise.
pub fn signed(value: f64, decimals: usize) -> String {
    let sign = if value.is_sign_negative() && value != 0.0 {
        ""
    } else {
        "+"
    };
    format!("{sign}{}", number(value, decimals))
}

/// A whole number (a count) in the current language.
pub fn count(value: usize) -> String {
    number(value as f64, 0)
}
