use std::collections::{HashMap, HashSet};

use lcreview::domain::framework::{Framework, KEY_FEATURES_2013};
use lcreview::store::{self, framework::LoadOutcome};
use reqwest::StatusCode;
use sea_orm::TransactionTrait;
use serde_json::Value;

use crate::helpers::{TestApp, assert_error, json_of};

fn measurements(fw: &Value) -> Vec<&Value> {
    fw["areas"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["focus_areas"].as_array().unwrap())
        .flat_map(|fa| fa["features"].as_array().unwrap())
        .flat_map(|f| f["measurements"].as_array().unwrap())
        .collect()
}

#[tokio::test]
async fn the_framework_needs_a_signed_in_caller() {
    let app = TestApp::spawn().await;
    assert_error(app.framework(None).await, StatusCode::UNAUTHORIZED, "unauthorized").await;
    let bad = format!("lcr_{}", "A".repeat(43));
    assert_error(
        app.framework(Some(&bad)).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_error(
        app.framework(Some("not-a-token")).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn the_framework_has_the_documented_shape_and_counts() {
    let app = TestApp::spawn().await;
    // Any role may read it.
    let city = app.city(&app.secretariat().await, "Cork", "IE").await;
    let (_, token) = app
        .seed_user(
            "coordinator@cork.example.org",
            lcreview::domain::user::Role::City,
            Some(city),
        )
        .await;
    let r = app.framework(Some(&token)).await;
    assert_eq!(r.status(), StatusCode::OK);
    let fw = json_of(r).await;

    assert_eq!(fw["edition"], "key-features-2013");
    let scale: Vec<(i64, &str)> = fw["scale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["value"].as_i64().unwrap(), s["label"].as_str().unwrap()))
        .collect();
    assert_eq!(
        scale,
        [
            (5, "Excellent"),
            (4, "Very good"),
            (3, "Good"),
            (2, "Fair"),
            (1, "Poor")
        ]
    );

    let areas = fw["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 3);
    let focus: Vec<&Value> = areas
        .iter()
        .flat_map(|a| a["focus_areas"].as_array().unwrap())
        .collect();
    assert_eq!(focus.len(), 12);
    let focus_codes: Vec<&str> = focus.iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(
        focus_codes,
        [
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3"
        ]
    );
    let features: Vec<&Value> = focus.iter().flat_map(|f| f["features"].as_array().unwrap()).collect();
    assert_eq!(features.len(), 42);
    assert_eq!(features.first().unwrap()["code"], "1.1.1");
    assert_eq!(features.last().unwrap()["code"], "3.3.5");

    let ms = measurements(&fw);
    assert_eq!(ms.len(), 60);
    let codes: HashSet<&str> = ms.iter().map(|m| m["code"].as_str().unwrap()).collect();
    assert_eq!(codes.len(), 60, "codes are unique");
    let mut by_source: HashMap<&str, usize> = HashMap::new();
    for m in &ms {
        *by_source.entry(m["source"].as_str().unwrap()).or_default() += 1;
        // Every measurement has the contract's fields.
        for key in ["code", "name", "definition", "source", "unit", "breakdowns"] {
            assert!(m.get(key).is_some(), "{} lacks {key}", m["code"]);
        }
        if m["source"] == "expert_review" {
            assert!(
                m["unit"].is_null() && m["breakdowns"].as_array().unwrap().is_empty(),
                "{m}"
            );
        } else {
            assert!(m["unit"].is_string(), "a statistic has a unit: {m}");
        }
    }
    assert_eq!(by_source["official"], 24);
    assert_eq!(by_source["survey"], 16);
    assert_eq!(by_source["official_or_survey"], 2);
    assert_eq!(by_source["expert_review"], 18);
}

#[tokio::test]
async fn a_sample_of_measurements_matches_the_seed() {
    let app = TestApp::spawn().await;
    let fw = json_of(app.framework(Some(&app.secretariat().await)).await).await;
    let ms: HashMap<String, &Value> = measurements(&fw)
        .into_iter()
        .map(|m| (m["code"].as_str().unwrap().to_owned(), m))
        .collect();
    // (code, name, source, unit, breakdowns), read off the seed's table.
    type Expected<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, &'a [&'a str]);
    let sample: [Expected; 12] = [
        (
            "1.1.1.a",
            "Adult literacy rate",
            "official",
            Some("%"),
            &["Male", "Female", "Total"],
        ),
        (
            "1.1.2.b",
            "Participation in volunteering and community activities",
            "survey",
            Some("%"),
            &[],
        ),
        (
            "1.2.1.a",
            "Gross Domestic Product (GDP) per capita",
            "official",
            Some("US$"),
            &[],
        ),
        (
            "1.2.4.a",
            "Participation in cultural activities",
            "official_or_survey",
            None,
            &[],
        ),
        (
            "1.3.3.a",
            "Education for sustainable development",
            "expert_review",
            None,
            &[],
        ),
        (
            "2.1.1.a",
            "Enrolment in pre-primary education",
            "official",
            Some("%"),
            &["Boys", "Girls", "Total"],
        ),
        (
            "2.1.4.a",
            "Support for disadvantaged groups",
            "expert_review",
            None,
            &[],
        ),
        ("2.1.4.b", "Support for senior citizens", "expert_review", None, &[]),
        ("3.1.1.a", "Leadership", "expert_review", None, &[]),
        ("3.2.2.a", "Stakeholders' participation", "expert_review", None, &[]),
        ("3.2.2.b", "Private sectors' commitment", "expert_review", None, &[]),
        ("3.3.5.a", "International partnership", "expert_review", None, &[]),
    ];
    for (code, name, source, unit, breakdowns) in sample {
        let m = ms.get(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(m["name"], name, "{code}");
        assert_eq!(m["source"], source, "{code}");
        if let Some(unit) = unit {
            assert_eq!(m["unit"], unit, "{code}");
        }
        let got: Vec<&str> = m["breakdowns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_str().unwrap())
            .collect();
        assert_eq!(got, breakdowns, "{code}");
        assert!(!m["definition"].as_str().unwrap().is_empty());
    }
    assert_eq!(
        ms["1.1.1.a"]["definition"],
        "Total number of literate persons aged 15 and above, expressed as a percentage of the total population of that age group"
    );
}

#[tokio::test]
async fn the_framework_response_is_stable() {
    let app = TestApp::spawn().await;
    let fw = json_of(app.framework(Some(&app.secretariat().await)).await).await;
    insta::assert_json_snapshot!("framework_key_features_2013", fw);
}

#[tokio::test]
async fn unknown_editions_are_404_and_editions_are_listed() {
    let app = TestApp::spawn().await;
    let token = app.secretariat().await;
    assert_error(
        app.get("/api/v1/framework?edition=nope", Some(&token)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let list = json_of(app.get("/api/v1/framework/editions", Some(&token)).await).await;
    assert_eq!(
        list,
        serde_json::json!([{"edition": "key-features-2013", "title": "Key Features of Learning Cities (2013)", "default": true}])
    );
}

#[tokio::test]
async fn the_framework_page_is_a_readable_document() {
    let app = TestApp::spawn().await;
    let r = app.get("/framework", None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let html = r.text().await.unwrap();
    let fw = Framework::from_toml(KEY_FEATURES_2013).unwrap();
    for m in fw.measurements() {
        assert!(html.contains(&format!("id=\"m-{}\"", m.code)), "{} missing", m.code);
    }
    for area in &fw.areas {
        assert!(html.contains(&area.title));
    }
    assert!(html.contains("Experts&#39; review") || html.contains("Experts' review"));
    assert!(html.contains("Excellent") && html.contains("Poor"));
    assert!(html.contains("<main") && html.contains("lang=\"en\""));
}

#[tokio::test]
async fn loading_is_idempotent_and_a_used_edition_cannot_change() {
    let app = TestApp::spawn().await;
    let original = Framework::from_toml(KEY_FEATURES_2013).unwrap();

    // Loading the same content again (as every start does) changes nothing.
    let txn = app.db.begin().await.unwrap();
    assert_eq!(
        store::framework::load(&txn, &original).await.unwrap(),
        LoadOutcome::Unchanged
    );
    txn.commit().await.unwrap();
    assert_eq!(store::framework::read_all(&app.db).await.unwrap().len(), 1);
    assert_eq!(store::framework::read_all(&app.db).await.unwrap()[0], original);

    // Before any cycle uses it, an edition may be corrected...
    let corrected =
        Framework::from_toml(&KEY_FEATURES_2013.replace("name = \"Leadership\"", "name = \"Political leadership\""))
            .unwrap();
    let txn = app.db.begin().await.unwrap();
    assert_eq!(
        store::framework::load(&txn, &corrected).await.unwrap(),
        LoadOutcome::Replaced
    );
    txn.commit().await.unwrap();
    let stored = store::framework::read_all(&app.db).await.unwrap();
    assert_eq!(stored[0].measurement("3.1.1.a").unwrap().name, "Political leadership");
    assert_eq!(stored[0].measurements().count(), 60);

    // ...but once a cycle pins it, its content is frozen: new content needs a new edition name.
    store::framework::lock(&app.db, "key-features-2013").await.unwrap();
    let txn = app.db.begin().await.unwrap();
    let err = store::framework::load(&txn, &original).await.unwrap_err();
    drop(txn);
    assert!(err.to_string().contains("new edition name"), "{err}");
    let stored = store::framework::read_all(&app.db).await.unwrap();
    assert_eq!(stored[0], corrected, "nothing changed");

    // The same content is still accepted (a restart of the same version).
    let txn = app.db.begin().await.unwrap();
    assert_eq!(
        store::framework::load(&txn, &corrected).await.unwrap(),
        LoadOutcome::Unchanged
    );
    txn.commit().await.unwrap();
}

#[tokio::test]
async fn a_changed_locked_edition_stops_start_up_with_a_clear_message() {
    let app = TestApp::spawn().await;
    store::framework::lock(&app.db, "key-features-2013").await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("changed.toml");
    std::fs::write(
        &file,
        KEY_FEATURES_2013.replace("name = \"Leadership\"", "name = \"Changed\""),
    )
    .unwrap();
    let mut settings = crate::helpers::settings_for(&app.database_url);
    settings.framework.extra_files = vec![file];
    let err = match lcreview::startup::Application::build(settings).await {
        Ok(_) => panic!("start-up should fail"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        err.contains("key-features-2013") && err.contains("new edition name"),
        "{err}"
    );
}

#[tokio::test]
async fn extra_editions_load_beside_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("next.toml");
    std::fs::write(
        &file,
        KEY_FEATURES_2013.replace("edition = \"key-features-2013\"", "edition = \"key-features-next\""),
    )
    .unwrap();
    let app = TestApp::spawn_with(|s| s.framework.extra_files = vec![file.clone()]).await;
    let token = app.secretariat().await;
    let list = json_of(app.get("/api/v1/framework/editions", Some(&token)).await).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    let next = json_of(
        app.get("/api/v1/framework?edition=key-features-next", Some(&token))
            .await,
    )
    .await;
    assert_eq!(next["edition"], "key-features-next");
    assert_eq!(measurements(&next).len(), 60);
}
