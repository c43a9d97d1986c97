//! Six languages: pages follow the person's choice, else the browser's, else English; Arabic is
//! right to left; the switcher keeps a choice (on the profile, or in a visitor's cookie); the API
//! stays English; the framework is shown translated and said to be unofficial; languages are named
//! in the reader's language.
use lcreview::domain::user::Role;
use lcreview::i18n::{self, Locale};
use lcreview::tr;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, REFERER};
use serde_json::json;

use crate::helpers::{TestApp, json_of};
use crate::pages::{dev_app, sign_in};

fn in_(locale: Locale, work: impl FnOnce() -> String) -> String {
    i18n::with(locale, work)
}

/// The `<html>` element's language and direction.
fn html_lang(page: &str) -> (String, String) {
    let start = page.find("<html").expect("an html element");
    let tag = &page[start..start + page[start..].find('>').expect("the tag's end")];
    let attr = |name: &str| {
        let marker = format!("{name}=\"");
        tag.find(&marker)
            .map(|i| tag[i + marker.len()..].split('"').next().unwrap_or_default().to_owned())
            .unwrap_or_default()
    };
    (attr("lang"), attr("dir"))
}

/// A page as a browser asking for `accept` gets it (200, and a `Vary` that keeps languages apart).
async fn page_in(app: &TestApp, b: &reqwest::Client, path: &str, accept: Option<&str>) -> String {
    let mut r = b.get(app.url(path));
    if let Some(a) = accept {
        r = r.header(ACCEPT_LANGUAGE, a);
    }
    let r = r.send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    assert!(
        r.headers()
            .get_all("vary")
            .iter()
            .any(|v| v.to_str().unwrap_or_default().contains("Accept-Language")),
        "pages vary by language"
    );
    r.text().await.unwrap()
}

#[tokio::test]
async fn a_visitor_reads_the_browser_s_language_or_the_one_chosen_on_the_switcher() {
    let app = dev_app().await;
    let b = crate::pages::browser();

    let fr = page_in(&app, &b, "/signin", Some("fr-CA, en;q=0.5")).await;
    assert_eq!(html_lang(&fr), ("fr".into(), "ltr".into()));
    assert!(
        fr.contains(&in_(Locale::Fr, || tr!("nav-framework"))),
        "French navigation"
    );
    assert!(!fr.contains(">Framework<"), "no English navigation left");

    let ar = page_in(&app, &b, "/framework", Some("ar-EG")).await;
    assert_eq!(html_lang(&ar), ("ar".into(), "rtl".into()));
    let zh = page_in(&app, &b, "/framework", Some("zh-Hans-CN,zh;q=0.9")).await;
    assert_eq!(html_lang(&zh), ("zh".into(), "ltr".into()));
    // None of the six: English.
    let en = page_in(&app, &b, "/signin", Some("de-DE, it;q=0.8")).await;
    assert_eq!(html_lang(&en), ("en".into(), "ltr".into()));
    assert!(en.contains(">Framework<"));

    // Every page offers the six languages, each named in itself.
    for name in ["العربية", "中文", "English", "Français", "Русский", "Español"] {
        assert!(en.contains(name), "the switcher lacks {name}");
    }

    // The switcher: a cookie, and back to the page it was used on; it beats the browser's choice.
    let r = b
        .get(app.url("/language/ru"))
        .header(REFERER, app.url("/framework?x=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/framework?x=1");
    let ru = page_in(&app, &b, "/signin", Some("fr")).await;
    assert_eq!(html_lang(&ru).0, "ru");
    // Another site as the referrer: home, never there.
    let r = b
        .get(app.url("/language/es"))
        .header(REFERER, "https://evil.example/x")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/x");
    let r = b.get(app.url("/language/xx")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_person_s_choice_beats_the_browser_and_is_kept_on_their_profile() {
    let app = dev_app().await;
    let (id, token) = app.seed_user("expert@example.org", Role::Expert, None).await;
    let (b, csrf) = sign_in(&app, id).await;

    // No choice yet: the browser's.
    let home = page_in(&app, &b, "/", Some("ru")).await;
    assert_eq!(html_lang(&home).0, "ru");
    assert!(home.contains(&in_(Locale::Ru, || tr!("nav-history"))));

    // Chosen through the API: the choice wins over the browser.
    let r = app
        .put("/api/v1/me/preferences", Some(&token), &json!({"language": "es"}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let home = page_in(&app, &b, "/", Some("ru")).await;
    assert_eq!(html_lang(&home).0, "es");

    // Chosen on the switcher (a form with its CSRF token): kept on the profile, said in that language.
    let r = b
        .post(app.url("/language"))
        .header(REFERER, app.url("/history"))
        .form(&[("csrf_token", csrf.as_str()), ("language", "ar")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/history");
    let page = b.get(app.url("/history")).send().await.unwrap().text().await.unwrap();
    assert_eq!(html_lang(&page), ("ar".into(), "rtl".into()));
    assert!(
        page.contains(&in_(Locale::Ar, || tr!("settings-language-saved"))),
        "the message in Arabic"
    );
    let me = json_of(app.me(&token).await).await;
    assert_eq!(me["language"], "ar");

    // Without the token, or an unknown language: refused, nothing changed.
    let r = b
        .post(app.url("/language"))
        .form(&[("language", "fr")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = b
        .post(app.url("/language"))
        .form(&[("csrf_token", csrf.as_str()), ("language", "xx")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json_of(app.me(&token).await).await["language"], "ar");

    // The JSON API stays English whatever the browser asks: its messages go with its codes.
    let r = app
        .client
        .put(app.url("/api/v1/me/preferences"))
        .bearer_auth(&token)
        .header(ACCEPT_LANGUAGE, "fr")
        .json(&json!({"language": "klingon"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = r.json().await.unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("is not a language of the service"),
        "{body}"
    );
}

#[tokio::test]
async fn the_framework_in_translation_is_said_to_be_unofficial_and_languages_are_named() {
    let app = dev_app().await;
    let b = crate::pages::browser();
    let fr = page_in(&app, &b, "/framework", Some("fr")).await;
    let translation: toml::Table = toml::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/config/frameworks/key-features-2013.fr.toml"
        ))
        .unwrap(),
    )
    .unwrap();
    let name = translation["measurements"]["1.1.1.a"]["name"].as_str().unwrap();
    assert!(fr.contains(name), "the French name of 1.1.1.a");
    assert!(
        !fr.contains("Adult literacy rate"),
        "no English name where a French one exists"
    );
    assert!(fr.contains(&in_(Locale::Fr, || tr!("framework-unofficial"))));
    // English: the canonical text, no notice.
    let en = page_in(&app, &b, "/framework", None).await;
    assert!(en.contains("Adult literacy rate"));
    assert!(!en.contains(&tr!("framework-unofficial")));
    // The API's framework is the canonical English one, whatever the browser asks.
    let sec = app.secretariat().await;
    let r = app
        .client
        .get(app.url("/api/v1/framework"))
        .bearer_auth(&sec)
        .header(ACCEPT_LANGUAGE, "fr")
        .send()
        .await
        .unwrap();
    let fw: serde_json::Value = r.json().await.unwrap();
    assert!(fw.to_string().contains("Adult literacy rate"));

    // Languages by their names in the reader's language.
    let r = app
        .create_city(
            &sec,
            &json!({"name": "Dakar", "country": "SN", "languages": ["fr", "wo", "ar"]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (sb, _) = sign_in(&app, sec_id).await;
    let page = page_in(&app, &sb, "/admin/cities", Some("fr")).await;
    assert!(page.contains("français, wolof, arabe"), "French names of the languages");
    let page = page_in(&app, &sb, "/admin/cities", Some("en")).await;
    assert!(page.contains("French, Wolof, Arabic"));
}
