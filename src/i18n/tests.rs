use super::*;

#[test]
fn codes_parse_with_or_without_a_region() {
    assert_eq!(Locale::parse("fr"), Some(Locale::Fr));
    assert_eq!(Locale::parse("FR-ca"), Some(Locale::Fr));
    assert_eq!(Locale::parse("zh-Hans-CN"), Some(Locale::Zh));
    assert_eq!(Locale::parse("ar_EG"), Some(Locale::Ar));
    assert_eq!(Locale::parse("de"), None);
    assert_eq!(Locale::parse(""), None);
    for l in Locale::ALL {
        assert_eq!(Locale::parse(l.code()), Some(l));
    }
}

#[test]
fn the_browser_s_first_language_of_the_six_wins() {
    assert_eq!(
        Locale::from_accept_language("de-DE, ru;q=0.8, en;q=0.5"),
        Some(Locale::Ru)
    );
    assert_eq!(Locale::from_accept_language("es-419,es;q=0.9"), Some(Locale::Es));
    assert_eq!(Locale::from_accept_language("de, it"), None);
    assert_eq!(Locale::from_accept_language(""), None);
    assert_eq!(Locale::from_accept_language(";;;q=x,,"), None);
}

#[test]
fn only_arabic_is_right_to_left() {
    for l in Locale::ALL {
        assert_eq!(l.dir() == "rtl", l == Locale::Ar, "{l:?}");
    }
}

#[test]
fn words_follow_the_scope_and_english_is_outside_it() {
    assert_eq!(current(), Locale::En);
    assert_eq!(t("nav-home"), "Home");
    assert_eq!(with(Locale::Fr, || t("nav-home")), "Accueil");
    assert_eq!(with(Locale::Zh, current), Locale::Zh);
    // An unknown key shows itself rather than failing the page.
    assert_eq!(t("no-such-key"), "no-such-key");
}

#[test]
fn placeables_are_filled_without_isolation_marks() {
    assert_eq!(crate::tr!("reviewer-letter", letter = "B"), "Reviewer B");
}

#[test]
fn dates_and_numbers_in_the_reader_s_language() {
    use super::format::{date, number};
    assert_eq!(date(2026, 11, 29), "29 Nov 2026");
    assert_eq!(with(Locale::Fr, || date(2026, 11, 29)), "29 nov. 2026");
    assert!(with(Locale::Zh, || date(2026, 11, 29)).contains("2026年11月29日"));
    assert!(with(Locale::Ru, || date(2026, 11, 29)).contains("нояб"));
    assert_eq!(number(12345.5, 1), "12,345.5");
    assert_eq!(with(Locale::Fr, || number(12345.5, 1)), "12\u{202f}345,5");
    assert_eq!(with(Locale::Es, || number(2.5, 2)), "2,50");
    assert_eq!(number(3.0, 1), "3.0");
    assert_eq!(with(Locale::Ar, || number(3.5, 1)), "3.5");
    assert_eq!(format::date_time(2026, 12, 31, 17, 5), "31 Dec 2026, 17:05");
    assert_eq!(with(Locale::Ar, || format::time_of_day(17, 5)), "17:05");
    assert_eq!(format::signed(0.5, 1), "+0.5");
    assert_eq!(with(Locale::Fr, || format::signed(-0.5, 1)), "-0,5");
}
