//! Hostile input: script payloads in every text field come back escaped on every page; NUL
//! characters and non-object bodies are refused with 422 (PostgreSQL could not store a NUL).
use lcreview::domain::user::{Email, PersonName, Role};
use lcreview::store;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_error, full_report, json_of};
use crate::pages::{crawl, dev_app, sign_in};

/// What an attacker would type: an element, an attribute break-out and an event handler.
const XSS: &str = r#"<script>alert("xss")</script><img src=x onerror=alert(1)>"'"#;

async fn user(app: &TestApp, email: &str, role: Role, city: Option<i32>) -> (i32, String) {
    let u = store::users::insert(
        &app.db,
        None,
        lcreview::domain::user::NewUser {
            email: Email::try_from(email).unwrap(),
            name: PersonName::try_from(XSS).unwrap(),
            role,
            city_id: city,
        },
    )
    .await
    .unwrap();
    (u.id, store::tokens::issue(&app.db, None, u.id, None).await.unwrap())
}

#[tokio::test]
async fn script_in_every_text_field_comes_back_escaped_on_every_page() {
    let app = dev_app().await;
    let (sec_id, sec) = user(&app, "sec@example.org", Role::Secretariat, None).await;
    let r = app
        .create_city(
            &sec,
            &json!({"name": XSS, "country": "IE", "region": "Europe and North America", "languages": ["en"]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let city = json_of(r).await["id"].as_i64().unwrap();
    let other_city = i64::from(app.city(&sec, "Espoo", "FI").await);
    let (coord_id, coord) = user(&app, "coord@example.org", Role::City, Some(city as i32)).await;
    let mut experts = Vec::new();
    for i in 0..2 {
        let (id, token) = user(&app, &format!("expert{i}@example.org"), Role::Expert, None).await;
        let profile =
            json!({"country": "BR", "languages": ["en"], "expertise": ["3.1"], "capacity": 3, "institution": XSS});
        let r = app
            .put(&format!("/api/v1/experts/{id}/profile"), Some(&token), &profile)
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        let reason = format!("{XSS} I advised this city's council.");
        let r = app
            .post(
                &format!("/api/v1/experts/{id}/conflicts"),
                Some(&token),
                Some(&json!({"city_id": other_city, "reason": reason})),
            )
            .await;
        assert!(r.status().is_success(), "{}", r.status());
        experts.push((id, token));
    }
    let c = json_of(
        app.create_cycle(&sec, &json!({"name": XSS, "city_ids": [city], "panel_size": 2}))
            .await,
    )
    .await;
    let cycle = c["id"].as_i64().unwrap();
    let panels: Vec<i64> = c["panels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    let members: Vec<i32> = experts.iter().map(|e| e.0).collect();
    app.update_panel(
        &sec,
        cycle,
        panels[0],
        &json!({"members": members, "chair": members[0]}),
    )
    .await;
    for p in &panels[1..] {
        app.update_panel(&sec, cycle, *p, &json!({"members": [], "measurements": []}))
            .await;
    }
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    let mut report = full_report("en");
    let narratives = report["narratives"].as_object_mut().unwrap();
    narratives.retain(|k, _| k.starts_with("3.1."));
    for n in narratives.values_mut() {
        n["text"] = json!(format!("{XSS} The city's strategy, budget and results."));
    }
    assert_eq!(
        app.save_submission(&coord, cycle, city, &report).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&coord, cycle, city).await.status(), StatusCode::OK);
    let r = app
        .post(
            &format!("/api/v1/cycles/{cycle}/submissions/{city}/return"),
            Some(&sec),
            Some(&json!({"message": XSS})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(app.submit(&coord, cycle, city).await.status(), StatusCode::OK);
    app.post(&format!("/api/v1/cycles/{cycle}/assignment/run"), Some(&sec), None)
        .await;
    let r = app
        .post(&format!("/api/v1/cycles/{cycle}/assignment/confirm"), Some(&sec), None)
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(app.transition(&sec, cycle, "reviewing").await.status(), StatusCode::OK);

    // Ratings that disagree on one item, so that it goes through revision to moderation.
    let justification = format!("{XSS} The report documents a strategy with a budget.");
    let items: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(&experts[0].1)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(items.len(), 3);
    for (e, (_, token)) in experts.iter().enumerate() {
        for (n, item) in items.iter().enumerate() {
            let score = if n == 0 && e == 1 { 1 } else { 4 };
            let body = json!({"score": score, "justification": justification, "submit": true});
            let r = app
                .put(&format!("/api/v1/items/{item}/rating"), Some(token), &body)
                .await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&sec, cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    for (e, (_, token)) in experts.iter().enumerate() {
        let score = if e == 1 { 1 } else { 4 };
        let body = json!({"score": score, "justification": justification, "submit": true});
        let r = app
            .put(&format!("/api/v1/items/{}/rating", items[0]), Some(token), &body)
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    let r = app
        .post(
            &format!("/api/v1/items/{}/consensus", items[0]),
            Some(&sec),
            Some(&json!({"score": 3, "rationale": format!("{XSS} after the panel's discussion")})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    for item in &items {
        let r = app
            .put(
                &format!("/api/v1/items/{item}/feedback"),
                Some(&sec),
                &json!({"statement": format!("{XSS} Keep funding the strategy.")}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }

    // Every page each role reaches, before and after publication.
    let mut shown = 0;
    for published in [false, true] {
        if published {
            assert_eq!(app.transition(&sec, cycle, "published").await.status(), StatusCode::OK);
        }
        for who in [sec_id, experts[0].0, experts[1].0, coord_id] {
            let (b, _) = sign_in(&app, who).await;
            // Downloads (CSV, JSON) carry the text as it is, as data, not markup.
            for page in crawl(&app, &b, 200).await.into_iter().filter(|p| p.html) {
                let (path, html) = (page.path, page.body);
                assert!(
                    !html.contains("<script>alert") && !html.contains("<img src=x"),
                    "{path} shows the payload unescaped"
                );
                if html.contains("&lt;script&gt;alert") {
                    shown += 1;
                }
            }
        }
    }
    assert!(shown >= 20, "the payload was rendered (escaped) on only {shown} pages");
}

#[tokio::test]
async fn nul_characters_and_bodies_that_are_not_objects_are_refused() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let r = app
        .create_city(
            &sec,
            &json!({"name": "Gh\u{0}ent", "country": "BE", "languages": ["nl"]}),
        )
        .await;
    let body = assert_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    assert_eq!(body["error"]["field"], "name", "{body}");
    // serde would read an array as a struct's fields in order: the API takes objects only.
    let r = app.create_city(&sec, &json!(["Ghent", "BE", null, ["nl"]])).await;
    assert_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    assert!(
        store::cities::list(&app.db, None).await.unwrap().is_empty(),
        "nothing was created"
    );
}
