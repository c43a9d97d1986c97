//! The translation layer: every page, message and e-mail takes its words from the Fluent catalogues
//! under `src/i18n/locales/<language>/`, in one of UNESCO's six languages.
//!
//! The language of the work at hand is kept in a task-local: a page request runs inside
//! [`scope`] with the reader's language (their preference, else their browser's, else English), an
//! e-mail is rendered inside [`with`] with its recipient's. Views and messages then ask [`t`] or
//! [`tr!`] without every function between the handler and the word carrying the language along;
//! anything outside such a scope (the JSON API, the command line, logs) gets English, which is the
//! catalogues' fallback and the language of the API's error messages.
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

pub mod format;
pub mod words;

fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./src/i18n/locales",
        fallback_language: "en",
        // No Unicode isolation marks around placeables: names and numbers are set in HTML, where
        // `dir="auto"` and `<bdi>` isolate them, and in e-mail text, where the marks would be noise.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// One of the six languages of the service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Locale {
    /// In UNESCO's order (alphabetical in English), as the switcher lists them.
    pub const ALL: [Locale; 6] = [Locale::Ar, Locale::Zh, Locale::En, Locale::Fr, Locale::Ru, Locale::Es];

    /// The ISO 639-1 code, as in `lang="…"`, the API and the preference.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    /// Accepts a code in any case, with or without a region (`fr-CA`, `zh-Hans-CN`): the language is
    /// what counts, as every catalogue is written for all its regions.
    pub fn parse(code: &str) -> Option<Locale> {
        let primary = code
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Arabic is written right to left; the other five left to right.
    pub fn dir(self) -> &'static str {
        if self == Locale::Ar { "rtl" } else { "ltr" }
    }

    /// The language's name in itself, as a switcher shows it so that everyone finds theirs.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    fn langid(self) -> &'static LanguageIdentifier {
        static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
            Locale::ALL
                .iter()
                .map(|l| l.code().parse().unwrap_or_default())
                .collect()
        });
        let i = Locale::ALL.iter().position(|l| *l == self).unwrap_or(2);
        &IDS[i]
    }

    /// The best of the six for an `Accept-Language` header, or None when it names none of them.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        fluent_langneg::accepted_languages::parse(header)
            .iter()
            .find_map(|id| Locale::parse(id.language.as_str()))
    }
}

tokio::task_local! {
    static CURRENT: Locale;
}

/// The language of the work at hand: English outside any scope.
pub fn current() -> Locale {
    CURRENT.try_with(|l| *l).unwrap_or(Locale::En)
}

/// Runs `work` (a request) in `locale`.
pub async fn scope<F: Future>(locale: Locale, work: F) -> F::Output {
    CURRENT.scope(locale, work).await
}

/// Runs `work` (rendering an e-mail, a file) in `locale`.
pub fn with<R>(locale: Locale, work: impl FnOnce() -> R) -> R {
    CURRENT.sync_scope(locale, work)
}

/// The text of `key` in the current language, English where the language lacks it (the catalogue
/// test keeps every key in all six), or the key itself where no catalogue has it, so a mistake shows
/// on the page rather than failing it.
pub fn t(key: &str) -> String {
    lookup(key, None)
}

/// The text of `key` with its placeables filled.
pub fn t_args(key: &str, args: Vec<(&'static str, FluentValue<'_>)>) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> =
        args.into_iter().map(|(k, v)| (Cow::Borrowed(k), v)).collect();
    lookup(key, Some(&map))
}

fn lookup(key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>) -> String {
    CATALOGUES
        .try_lookup_complete(current().langid(), key, args)
        .unwrap_or_else(|| {
            tracing::warn!(key, "no text in any catalogue for this key");
            key.to_owned()
        })
}

/// A value for a placeable: text as it is, numbers for plural rules and figures.
pub fn arg<'a, T: Into<FluentValue<'a>>>(value: T) -> FluentValue<'a> {
    value.into()
}

/// `tr!("key")` or `tr!("key", name = value, …)`: the text of a catalogue key in the current
/// language. Keys are literals, so the catalogue test can find every one in the code.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::i18n::t($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args($key, vec![$((stringify!($name), $crate::i18n::arg($value))),+])
    };
}

#[cfg(test)]
mod tests;
