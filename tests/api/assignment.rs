//! The assignment workflow through the API: run, inspect, adjust, confirm, then review may start.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_error, assert_invalid, full_report, json_of};

struct World {
    app: TestApp,
    sec: String,
    cycle: i64,
    cities: Vec<i64>,
    experts: Vec<(i32, String)>,
    panels: Vec<i64>,
}

/// Three cities in three countries, eight experts, two panels used (the others emptied), k = 2.
async fn world() -> World {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let mut cities = Vec::new();
    for (name, country, langs) in [
        ("Cork", "IE", vec!["en"]),
        ("Lyon", "FR", vec!["fr", "en"]),
        ("Hangzhou", "CN", vec!["zh", "en"]),
    ] {
        let r = app
            .create_city(&sec, &json!({"name": name, "country": country, "languages": langs}))
            .await;
        cities.push(json_of(r).await["id"].as_i64().unwrap());
    }
    let mut experts = Vec::new();
    for (i, (country, langs, expertise)) in [
        ("BR", vec!["en", "pt"], vec!["3.1"]),
        ("BR", vec!["en"], vec!["3.1"]),
        ("DE", vec!["en", "fr"], vec![]),
        ("IE", vec!["en"], vec!["3.1"]),
        ("FR", vec!["en", "fr"], vec!["3.2", "3.3"]),
        ("KE", vec!["en", "zh"], vec!["3.2"]),
        ("JP", vec!["en", "zh"], vec!["3.3"]),
        ("MX", vec!["en"], vec!["3.2", "3.3"]),
    ]
    .into_iter()
    .enumerate()
    {
        let (id, token) = app
            .seed_user(&format!("expert{i}@example.org"), Role::Expert, None)
            .await;
        let r = app
            .put(
                &format!("/api/v1/experts/{id}/profile"),
                Some(&token),
                &json!({"country": country, "languages": langs, "expertise": expertise, "capacity": 3}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        experts.push((id, token));
    }
    let c = json_of(
        app.create_cycle(&sec, &json!({"name": "2026", "city_ids": cities, "panel_size": 2}))
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
    let ids: Vec<i32> = experts.iter().map(|(id, _)| *id).collect();
    // Panel 0 (3.1.x) gets experts 0-3, panel 1 (3.2.x, 3.3.5) experts 4-7; panels 2 and 3 are emptied
    // of measurements so that this small world has two panels.
    let set = |p: usize, members: &[i32], measurements: Option<Vec<&str>>| {
        let mut body = json!({"members": members});
        if let Some(m) = measurements {
            body["measurements"] = json!(m);
        }
        (panels[p], body)
    };
    for (panel, body) in [
        set(0, &ids[0..4], None),
        set(1, &ids[4..8], None),
        set(2, &[], Some(vec![])),
        set(3, &[], Some(vec![])),
    ] {
        assert_eq!(
            app.update_panel(&sec, cycle, panel, &body).await.status(),
            StatusCode::OK
        );
    }
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    World {
        app,
        sec,
        cycle,
        cities,
        experts,
        panels,
    }
}

async fn submit(w: &World, city: i64, language: &str) {
    let (_, token) = w
        .app
        .seed_user(&format!("coord{city}@example.org"), Role::City, Some(city as i32))
        .await;
    let mut report = full_report(language);
    // Only the narratives of the measurements this cycle reviews (panels 0 and 1).
    let reviewed = [
        "3.1.1.a", "3.1.2.a", "3.1.3.a", "3.2.1.a", "3.2.2.a", "3.2.2.b", "3.3.5.a",
    ];
    report["narratives"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| reviewed.contains(&k.as_str()));
    assert_eq!(
        w.app.save_submission(&token, w.cycle, city, &report).await.status(),
        StatusCode::OK
    );
    assert_eq!(w.app.submit(&token, w.cycle, city).await.status(), StatusCode::OK);
}

async fn run(w: &World) -> Value {
    let r = w
        .app
        .post(
            &format!("/api/v1/cycles/{}/assignment/run", w.cycle),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    json_of(r).await
}

fn experts_of(a: &Value, city: i64, panel: i64) -> Vec<i64> {
    a["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["city_id"] == city && b["panel_id"] == panel)
        .map(|b| {
            b["experts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e.as_i64().unwrap())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn run_confirm_then_review_can_start() {
    let w = world().await;
    let app = &w.app;
    let cork = w.cities[0];
    submit(&w, cork, "en").await;
    let proposal = run(&w).await;
    assert_eq!(run(&w).await, proposal, "same input, same proposal");
    assert_eq!(proposal["bundles"].as_array().unwrap().len(), 2);
    // Panel 0 for Cork: expert 3 is Irish (same country), so two of experts 0-2; the two with
    // expertise in 3.1 are preferred.
    let ids: Vec<i64> = w.experts.iter().map(|(id, _)| i64::from(*id)).collect();
    assert_eq!(experts_of(&proposal, cork, w.panels[0]), vec![ids[0], ids[1]]);
    assert_eq!(proposal["unassigned"], json!([]));

    // Not in force yet: reviewing is refused, the assignment in force is empty.
    let body = assert_error(
        app.transition(&w.sec, w.cycle, "reviewing").await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("confirmed assignment")
    );
    let in_force = json_of(
        app.get(&format!("/api/v1/cycles/{}/assignment", w.cycle), Some(&w.sec))
            .await,
    )
    .await;
    assert_eq!(in_force["bundles"], json!([]));

    let r = app
        .post(
            &format!("/api/v1/cycles/{}/assignment/confirm", w.cycle),
            Some(&w.sec),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let in_force = json_of(
        app.get(&format!("/api/v1/cycles/{}/assignment", w.cycle), Some(&w.sec))
            .await,
    )
    .await;
    assert_eq!(in_force["bundles"], proposal["bundles"]);
    // Review items: one per (city, reviewed measurement): 7.
    use sea_orm::EntityTrait;
    let items = entity::review_item::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(items.len(), 7);

    // Assigned experts still cannot read the report before review starts; then they can.
    let assigned = experts_of(&in_force, cork, w.panels[0])[0] as i32;
    let token = &w.experts.iter().find(|(id, _)| *id == assigned).unwrap().1;
    assert_error(
        app.get_submission(token, w.cycle, cork).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_eq!(
        app.transition(&w.sec, w.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    assert_eq!(app.get_submission(token, w.cycle, cork).await.status(), StatusCode::OK);
    // An expert who is not assigned to the city still sees nothing.
    let outsider = &w.experts[3].1;
    assert_error(
        app.get_submission(outsider, w.cycle, cork).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // Running again is a collecting-time action.
    let r = app
        .post(
            &format!("/api/v1/cycles/{}/assignment/run", w.cycle),
            Some(&w.sec),
            None,
        )
        .await;
    assert_error(r, StatusCode::CONFLICT, "cycle_state").await;
}

#[tokio::test]
async fn unfilled_bundles_say_why() {
    let w = world().await;
    let hangzhou = w.cities[2];
    // The report is in Chinese: in panel 0 nobody reads Chinese.
    submit(&w, hangzhou, "zh").await;
    let proposal = run(&w).await;
    let unassigned = proposal["unassigned"].as_array().unwrap();
    assert_eq!(unassigned.len(), 1, "{proposal}");
    assert_eq!(unassigned[0]["panel_id"], w.panels[0]);
    let reason = unassigned[0]["reason"].as_str().unwrap();
    assert!(
        reason.contains("Hangzhou")
            && reason.contains("0 eligible expert(s), 2 needed")
            && reason.contains("4 by language"),
        "{reason}"
    );
    // Panel 1 has two experts reading Chinese: filled.
    assert_eq!(experts_of(&proposal, hangzhou, w.panels[1]).len(), 2);
}

#[tokio::test]
async fn manual_changes_obey_the_hard_constraints() {
    let w = world().await;
    let app = &w.app;
    let (cork, lyon) = (w.cities[0], w.cities[1]);
    submit(&w, cork, "en").await;
    submit(&w, lyon, "fr").await;
    run(&w).await;
    let ids: Vec<i32> = w.experts.iter().map(|(id, _)| *id).collect();
    let path = |city: i64, panel: i64| format!("/api/v1/cycles/{}/assignment/bundles/{city}/{panel}", w.cycle);
    let p0 = w.panels[0];
    for (experts, constraint) in [
        (vec![ids[0], ids[3]], "conflict"),           // expert 3 is Irish, Cork is in Ireland
        (vec![ids[0], ids[4]], "panel"),              // expert 4 is in the other panel
        (vec![ids[0], ids[1], ids[2]], "panel size"), // more than k = 2
        (vec![ids[0], ids[0]], "twice"),
    ] {
        let r = app
            .put(&path(cork, p0), Some(&w.sec), &json!({"experts": experts}))
            .await;
        let body = assert_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
        assert!(
            body["error"]["message"].as_str().unwrap().contains(constraint),
            "{constraint}: {body}"
        );
    }
    // Lyon's report is in French: expert 1 reads only English.
    let r = app
        .put(&path(lyon, p0), Some(&w.sec), &json!({"experts": [ids[1], ids[2]]}))
        .await;
    let body = assert_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    assert!(
        body["error"]["message"].as_str().unwrap().contains("language"),
        "{body}"
    );
    // A bundle may be left short: it stays listed with the places it lacks.
    let r = app
        .put(&path(cork, p0), Some(&w.sec), &json!({"experts": [ids[0]]}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let body = json_of(r).await;
    let short = body["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["city_id"] == cork && b["panel_id"] == p0)
        .unwrap();
    assert_eq!(short["missing"], 1, "{short}");
    // A valid change is kept.
    let r = app
        .put(&path(cork, p0), Some(&w.sec), &json!({"experts": [ids[1], ids[0]]}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        experts_of(&json_of(r).await, cork, p0),
        vec![i64::from(ids[0]), i64::from(ids[1])]
    );
    // Capacity: expert 2 also sits on Lyon's panel-0 bundle (the only one there who reads French).
    // With a capacity of 1, they cannot also take Cork's.
    let r = app
        .put(
            &format!("/api/v1/experts/{}/profile", ids[2]),
            Some(&w.sec),
            &json!({"country": "DE", "languages": ["en", "fr"], "expertise": [], "capacity": 1}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = app
        .put(&path(cork, p0), Some(&w.sec), &json!({"experts": [ids[0], ids[2]]}))
        .await;
    let body = assert_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    assert!(
        body["error"]["message"].as_str().unwrap().contains("capacity"),
        "{body}"
    );
    // Unknown bundles and other roles.
    assert_error(
        app.put(&path(4242, p0), Some(&w.sec), &json!({"experts": []})).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.put(&path(cork, p0), Some(&w.experts[0].1), &json!({"experts": []}))
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_invalid(
        app.put(&path(cork, p0), Some(&w.sec), &json!({"people": []})).await,
        "people",
    )
    .await;
}

#[tokio::test]
async fn a_withdrawn_expert_is_replaced_and_nothing_else_moves() {
    let w = world().await;
    let app = &w.app;
    let (cork, lyon) = (w.cities[0], w.cities[1]);
    submit(&w, cork, "en").await;
    submit(&w, lyon, "fr").await;
    run(&w).await;
    let before = json_of(
        app.post(
            &format!("/api/v1/cycles/{}/assignment/confirm", w.cycle),
            Some(&w.sec),
            None,
        )
        .await,
    )
    .await;
    let p0 = w.panels[0];
    let leaving = experts_of(&before, cork, p0)[0];
    let r = app
        .post(
            &format!("/api/v1/cycles/{}/assignment/withdraw", w.cycle),
            Some(&w.sec),
            Some(&json!({"expert_id": leaving})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let after = json_of(r).await;
    for b in before["bundles"].as_array().unwrap() {
        let (city, panel) = (b["city_id"].as_i64().unwrap(), b["panel_id"].as_i64().unwrap());
        let old = experts_of(&before, city, panel);
        let new = experts_of(&after, city, panel);
        assert!(!new.contains(&leaving));
        if old.contains(&leaving) {
            for e in old.iter().filter(|e| **e != leaving) {
                assert!(new.contains(e), "kept the others");
            }
        } else {
            assert_eq!(old, new, "bundle ({city}, {panel}) untouched");
        }
    }
    // Cork panel 0 has a replacement (expert 2 reads English and has room).
    assert_eq!(experts_of(&after, cork, p0).len(), 2);
    let again = app
        .post(
            &format!("/api/v1/cycles/{}/assignment/withdraw", w.cycle),
            Some(&w.sec),
            Some(&json!({"expert_id": leaving})),
        )
        .await;
    assert_invalid(again, "expert_id").await;
}
