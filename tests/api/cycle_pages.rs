//! The cycle workflow through the pages, as people do it: the secretariat opens a cycle, a city
//! coordinator writes, saves and submits; the secretariat returns the report with a message; the
//! city corrects and resubmits; every step is in the audit log.
use lcreview::domain::user::Role;
use reqwest::StatusCode;

use crate::helpers::{EXPERT_REVIEW_CODES, TestApp};
use crate::pages::{dev_app, hidden, sign_in};

async fn text(b: &reqwest::Client, app: &TestApp, path: &str) -> String {
    b.get(app.url(path)).send().await.unwrap().text().await.unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers()["location"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_report_goes_round_through_the_pages() {
    let app = dev_app().await;
    let sec_token = app.secretariat().await;
    let cork = app.city(&sec_token, "Cork", "IE").await;
    let limerick = app.city(&sec_token, "Limerick", "IE").await;
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (coord_id, _) = app.seed_user("coord@cork.example.org", Role::City, Some(cork)).await;
    let (other_id, _) = app
        .seed_user("coord@limerick.example.org", Role::City, Some(limerick))
        .await;
    let (expert_id, _) = app.seed_user("expert@example.org", Role::Expert, None).await;

    // The secretariat opens a cycle with both cities.
    let (sec, csrf) = sign_in(&app, sec_id).await;
    let r = sec
        .post(app.url("/cycles"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Review 2026"),
            ("city_ids", &cork.to_string()),
            ("city_ids", &limerick.to_string()),
            ("panel_size", ""),
            ("submission", "2026-12-31"),
            ("review", ""),
            ("reconciliation", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
    let cycle_path = location(&r);
    let page = text(&sec, &app, &cycle_path).await;
    assert!(
        page.contains("Review 2026") && page.contains("2026-12-31") && page.contains("Move to: Collecting reports")
    );
    // Every move asks first, saying what it will do; nothing changes until it is confirmed.
    let r = sec
        .post(app.url(&format!("{cycle_path}/transition")))
        .form(&[("csrf_token", csrf.as_str()), ("to", "collecting")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let confirm = r.text().await.unwrap();
    assert!(
        confirm.contains("Please confirm") && confirm.contains("told by e-mail"),
        "{confirm}"
    );
    assert!(confirm.contains("name=\"confirm\" value=\"yes\""));
    assert!(
        text(&sec, &app, &cycle_path)
            .await
            .contains("Move to: Collecting reports"),
        "still a draft"
    );
    let r = sec
        .post(app.url(&format!("{cycle_path}/transition")))
        .form(&[("csrf_token", csrf.as_str()), ("to", "collecting"), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // A refused transition shows the reason.
    let r = sec
        .post(app.url(&format!("{cycle_path}/transition")))
        .form(&[("csrf_token", csrf.as_str()), ("to", "reviewing"), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(r.text().await.unwrap().contains("no city has submitted"));

    // The coordinator finds the report on their home page.
    let (city, city_csrf) = sign_in(&app, coord_id).await;
    let home = text(&city, &app, "/").await;
    let report_path = format!("{cycle_path}/reports/{cork}");
    assert!(home.contains(&format!("href=\"{report_path}\"")), "{home}");
    let editor = text(&city, &app, &report_path).await;
    assert!(editor.contains("Leadership") && editor.contains("Adult literacy rate"));

    // Save a partial draft (with a statistic), then try to submit: refused, listing what is missing.
    let version = hidden(&editor, "version");
    let r = city
        .post(app.url(&report_path))
        .form(&[
            ("csrf_token", city_csrf.as_str()),
            ("version", version.as_str()),
            ("language", "en"),
            ("n.3.1.1.a.text", "The mayor chairs the lifelong learning council."),
            ("n.3.1.1.a.links", "https://cork.example.org/council"),
            ("s.1.1.1.a.year", "2025"),
            ("s.1.1.1.a.v.Total", "96,5"),
            ("action", "submit"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("The draft is saved, but not submitted") && page.contains("3.2.2.b"),
        "{page}"
    );
    assert!(
        page.contains("The mayor chairs the lifelong learning council."),
        "the draft is kept"
    );
    assert!(page.contains("value=\"96.5\""), "decimal comma read: {page}");

    // A bad number is refused and nothing typed is lost.
    let version = hidden(&page, "version");
    let r = city
        .post(app.url(&report_path))
        .form(&[
            ("csrf_token", city_csrf.as_str()),
            ("version", version.as_str()),
            ("language", "en"),
            ("n.3.1.1.a.text", "Changed text"),
            ("s.1.1.1.a.v.Total", "lots"),
            ("action", "save"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(page.contains("is not a number") && page.contains("Changed text") && page.contains("value=\"lots\""));
    // The rest is saved (field by field): the changed narrative is in the draft, the bad number is
    // flagged beside its statistic, and the page carries the new version.
    assert!(
        page.contains("The draft is saved, except 1 thing(s) marked below"),
        "{page}"
    );
    assert!(page.contains("id=\"e-1.1.1.a\""), "the problem beside its measurement");
    let version = hidden(&page, "version");
    let saved = text(&city, &app, &report_path).await;
    assert!(saved.contains("Changed text") && !saved.contains("value=\"lots\""));
    // A bad evidence link costs only itself: the narrative beside it is kept.
    let r = city
        .post(app.url(&report_path))
        .form(&[
            ("csrf_token", city_csrf.as_str()),
            ("version", version.as_str()),
            ("language", "en"),
            ("n.3.1.1.a.text", "Changed text, with links."),
            ("n.3.1.1.a.links", "https://cork.example.org/council\nnot a link"),
            ("action", "save"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("`not a link` is not a web address") && page.contains("aria-invalid=\"true\""),
        "{page}"
    );
    let version = hidden(&page, "version");
    let saved = text(&city, &app, &report_path).await;
    assert!(saved.contains("Changed text, with links.") && saved.contains("https://cork.example.org/council"));
    assert!(!saved.contains("not a link"));

    // Complete and submit.
    let mut fields: Vec<(String, String)> = vec![
        ("csrf_token".into(), city_csrf.clone()),
        ("version".into(), version.clone()),
        ("language".into(), "en".into()),
        ("action".into(), "submit".into()),
    ];
    for code in EXPERT_REVIEW_CODES {
        fields.push((format!("n.{code}.text"), format!("Evidence for {code}.")));
    }
    let r = city.post(app.url(&report_path)).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
    let page = text(&city, &app, &report_path).await;
    assert!(page.contains("submitted and locked") && !page.contains("Submit the report"));

    // Other people: another city and an expert get 404.
    let (other, _) = sign_in(&app, other_id).await;
    assert_eq!(
        other.get(app.url(&report_path)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let (expert, _) = sign_in(&app, expert_id).await;
    assert_eq!(
        expert.get(app.url(&report_path)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        expert.get(app.url(&cycle_path)).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );

    // The secretariat returns it with a message.
    let page = text(&sec, &app, &cycle_path).await;
    assert!(page.contains("Return for correction"));
    let r = sec
        .post(app.url(&format!("{report_path}/return")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("message", "Please add links for <3.1.2.a>."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // The city reads the message (escaped), corrects and resubmits.
    let page = text(&city, &app, &report_path).await;
    assert!(page.contains("Please add links for &lt;3.1.2.a&gt;."), "{page}");
    let version = hidden(&page, "version");
    for f in &mut fields {
        if f.0 == "version" {
            f.1 = version.clone();
        }
    }
    fields.push(("n.3.1.2.a.links".into(), "https://cork.example.org/strategy".into()));
    let r = city.post(app.url(&report_path)).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);

    // Every step is in the audit log, which the secretariat can filter.
    let log = text(&sec, &app, "/audit?object_type=submission").await;
    for action in ["submission.save", "submission.submit", "submission.return"] {
        assert!(log.contains(action), "{action} missing");
    }
    assert!(!log.contains("cycle.create"), "filtered");
    let log = text(&sec, &app, "/audit").await;
    assert!(log.contains("cycle.create") && log.contains("cycle.transition"));
    assert_eq!(
        city.get(app.url("/audit")).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
}
