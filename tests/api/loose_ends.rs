//! Loose ends (issue 24): a panel's chair kept unless changed, the edition a cycle uses, anonymous
//! scores in score order, the chairs' statistics, and country names as the UN writes them.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of, one_panel_cycle};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

fn panel_of(cycle: &Value, id: i64) -> Value {
    cycle["panels"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .cloned()
        .unwrap()
}

#[tokio::test]
async fn an_absent_chair_stays_and_a_null_chair_goes() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let (a, _) = app.seed_user("a@example.org", Role::Expert, None).await;
    let (b, _) = app.seed_user("b@example.org", Role::Expert, None).await;
    let c = json_of(
        app.create_cycle(&sec, &json!({"name": "Review 2026", "city_ids": []}))
            .await,
    )
    .await;
    let (cycle, panel) = (c["id"].as_i64().unwrap(), c["panels"][0]["id"].as_i64().unwrap());
    let set = |body: Value| {
        let app = &app;
        let sec = sec.clone();
        async move { app.update_panel(&sec, cycle, panel, &body).await }
    };
    let after = json_of(set(json!({"members": [a, b], "chair": a})).await).await;
    assert_eq!(panel_of(&after, panel)["chair"], a);
    // Absent: unchanged.
    let after = json_of(set(json!({"members": [a, b]})).await).await;
    assert_eq!(panel_of(&after, panel)["chair"], a);
    // Absent, but the chair leaves the panel: say what to do.
    let e = assert_error(
        set(json!({"members": [b]})).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert!(
        e["error"]["message"].as_str().unwrap().contains("\"chair\": null"),
        "{e}"
    );
    // Null: no chair.
    let after = json_of(set(json!({"members": [a, b], "chair": null})).await).await;
    assert!(panel_of(&after, panel)["chair"].is_null());
}

#[tokio::test]
async fn a_cycle_chooses_its_framework_edition_while_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("next.toml");
    std::fs::write(
        &file,
        lcreview::domain::framework::KEY_FEATURES_2013
            .replace("edition = \"key-features-2013\"", "edition = \"key-features-next\""),
    )
    .unwrap();
    let app = TestApp::spawn_with(|s| s.framework.extra_files = vec![file.clone()]).await;
    let sec = app.secretariat().await;
    assert_invalid(
        app.create_cycle(
            &sec,
            &json!({"name": "R", "city_ids": [], "edition": "key-features-1999"}),
        )
        .await,
        "edition",
    )
    .await;
    let c = json_of(
        app.create_cycle(
            &sec,
            &json!({"name": "R", "city_ids": [], "edition": "key-features-next"}),
        )
        .await,
    )
    .await;
    assert_eq!(c["edition"], "key-features-next");
    let cycle = c["id"].as_i64().unwrap();
    let patch = |body: Value| {
        let app = &app;
        let sec = sec.clone();
        async move {
            app.client
                .patch(app.url(&format!("/api/v1/cycles/{cycle}")))
                .bearer_auth(sec)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let moved = json_of(patch(json!({"edition": "key-features-2013"})).await).await;
    assert_eq!(moved["edition"], "key-features-2013");
    // The panels keep their measurements (the new edition's defaults).
    let mapped: usize = moved["panels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["measurements"].as_array().unwrap().len())
        .sum();
    assert_eq!(mapped, 18);
    assert_invalid(patch(json!({"edition": "nope"})).await, "edition").await;
    // Once collecting, the reports follow the edition they have.
    assert_eq!(
        app.transition(&sec, cycle, "collecting").await.status(),
        StatusCode::CONFLICT
    );
    let cork = app.city(&sec, "Cork", "IE").await;
    assert_eq!(patch(json!({"city_ids": [cork]})).await.status(), StatusCode::OK);
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    assert_error(
        patch(json!({"edition": "key-features-next"})).await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
}

#[tokio::test]
async fn anonymous_scores_come_in_score_order() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, Some(0), true).await;
    let items: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(&c.experts[0].1)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    // The experts in id order give 5, 1, 3 on one item and 1, 5, 3 on another.
    for (item, scores) in [(items[0], [5, 1, 3]), (items[1], [1, 5, 3]), (items[2], [4, 4, 4])] {
        for (e, s) in c.experts.iter().zip(scores) {
            let r = app
                .put(
                    &format!("/api/v1/items/{item}/rating"),
                    Some(&e.1),
                    &json!({"score": s, "justification": J, "submit": true}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    }
    let queue = json_of(
        app.get(&format!("/api/v1/cycles/{}/items", c.cycle), Some(&c.sec))
            .await,
    )
    .await;
    for i in queue.as_array().unwrap() {
        let scores: Vec<i64> = i["scores"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_i64().unwrap())
            .collect();
        let mut sorted = scores.clone();
        sorted.sort_unstable();
        assert_eq!(scores, sorted, "{i}");
    }
    // A reviewer's view of the others: in score order too.
    let view = json_of(
        app.get(&format!("/api/v1/items/{}", items[1]), Some(&c.experts[2].1))
            .await,
    )
    .await;
    let others: Vec<i64> = view["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["score"].as_i64().unwrap())
        .collect();
    assert_eq!(others, [1, 5], "{view}");
}

#[tokio::test]
async fn a_chair_reads_their_own_panels_figures_from_reconciliation_on() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, Some(0), true).await;
    let chair = c.experts[0].1.clone();
    let path = format!("/api/v1/cycles/{}/agreement", c.cycle);
    let e = assert_error(app.get(&path, Some(&chair)).await, StatusCode::FORBIDDEN, "forbidden").await;
    assert!(
        e["error"]["message"].as_str().unwrap().contains("reconciliation"),
        "{e}"
    );
    // A reviewer who chairs nothing, and a city whatever the cycle: 403.
    assert_error(
        app.get(&path, Some(&c.experts[1].1)).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    for p in [path.clone(), "/api/v1/cycles/9999/agreement".to_owned()] {
        assert_error(
            app.get(&p, Some(&c.coordinator)).await,
            StatusCode::FORBIDDEN,
            "forbidden",
        )
        .await;
    }
    let items: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(&chair)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    for item in &items {
        for e in &c.experts {
            let r = app
                .put(
                    &format!("/api/v1/items/{item}/rating"),
                    Some(&e.1),
                    &json!({"score": 4, "justification": J, "submit": true}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let mine = json_of(app.get(&path, Some(&chair)).await).await;
    let panels: Vec<&String> = mine["per_panel"].as_object().unwrap().keys().collect();
    assert_eq!(panels.len(), 1, "their one panel: {mine}");
    assert!(mine.get("per_expert").is_none_or(Value::is_null), "{mine}");
    let all = json_of(app.get(&path, Some(&c.sec)).await).await;
    assert!(all["per_expert"].is_object(), "{all}");
}

#[tokio::test]
async fn a_real_world_list_imports_with_un_country_names_and_a_dry_run_writes_nothing() {
    let app = TestApp::spawn().await;
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/gnlc-cities.csv");
    let url = app.database_url.clone();
    let dry = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_lcreview"))
            .args(["import", "cities", file, "--dry-run"])
            .env("DATABASE_URL", &url)
            .env("LCREVIEW_LOG__FILTER", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let out = String::from_utf8_lossy(&dry.stdout).to_string();
    assert!(dry.status.success(), "{out}{}", String::from_utf8_lossy(&dry.stderr));
    assert!(
        out.contains("line 2: Benguérir (Morocco, Arab States), ar, fr"),
        "{out}"
    );
    assert!(out.contains("Sông Công (Viet Nam"), "{out}");
    assert!(
        out.contains("26 of 26 line(s) can be imported; nothing was written"),
        "{out}"
    );
    let sec = app.secretariat().await;
    assert_eq!(json_of(app.list_cities(&sec).await).await.as_array().unwrap().len(), 0);

    let url = app.database_url.clone();
    let real = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_lcreview"))
            .args(["import", "cities", file])
            .env("DATABASE_URL", &url)
            .env("LCREVIEW_LOG__FILTER", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(real.status.success(), "{}", String::from_utf8_lossy(&real.stderr));
    let cities = json_of(app.list_cities(&sec).await).await;
    let by_name = |n: &str| {
        cities
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == n)
            .cloned()
            .unwrap_or_else(|| panic!("{n}"))
    };
    assert_eq!(cities.as_array().unwrap().len(), 26);
    for (name, country) in [
        ("Benguérir", "MA"),
        ("Yeonsu-gu", "KR"),
        ("Sông Công", "VN"),
        ("Isfahan", "IR"),
        ("Abidjan", "CI"),
        ("Bristol", "GB"),
        ("Peñalolén", "CL"),
    ] {
        assert_eq!(by_name(name)["country"], country, "{name}");
    }
    assert_eq!(by_name("Medellín")["region"], "Latin America and the Caribbean");

    // A bad line: every problem reported by line in a dry run, with a failing exit.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "name,country,region,languages\nAtlantis,Kingdom of Atlantis,Arab States,ar\nLyon,France,Europe,fr\n",
    )
    .unwrap();
    let url = app.database_url.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_lcreview"))
            .args(["import", "cities", bad.to_str().unwrap(), "--dry-run"])
            .env("DATABASE_URL", &url)
            .env("LCREVIEW_LOG__FILTER", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!out.status.success());
    assert!(text.contains("line 2: cannot be imported: country:"), "{text}");
    assert!(text.contains("line 3: cannot be imported: region:"), "{text}");
}
