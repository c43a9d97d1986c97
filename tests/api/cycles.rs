use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_error, assert_invalid, full_report, json_of};

struct World {
    app: TestApp,
    sec: String,
    cork: i64,
    lyon: i64,
    cork_user: String,
    lyon_user: String,
    expert: String,
    expert_id: i32,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let cork = app.city(&sec, "Cork", "IE").await;
    let lyon = json_of(
        app.create_city(
            &sec,
            &json!({"name": "Lyon", "country": "FR", "languages": ["fr", "en"]}),
        )
        .await,
    )
    .await["id"]
        .as_i64()
        .unwrap() as i32;
    let (_, cork_user) = app.seed_user("coord@cork.example.org", Role::City, Some(cork)).await;
    let (_, lyon_user) = app.seed_user("coord@lyon.example.org", Role::City, Some(lyon)).await;
    let (expert_id, expert) = app.seed_user("expert@example.org", Role::Expert, None).await;
    World {
        app,
        sec,
        cork: cork.into(),
        lyon: lyon.into(),
        cork_user,
        lyon_user,
        expert,
        expert_id,
    }
}

async fn cycle(w: &World) -> Value {
    let r = w
        .app
        .create_cycle(&w.sec, &json!({"name": "2026 review", "city_ids": [w.cork, w.lyon]}))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    json_of(r).await
}

async fn collecting(w: &World) -> i64 {
    let id = cycle(w).await["id"].as_i64().unwrap();
    assert_eq!(
        w.app.transition(&w.sec, id, "collecting").await.status(),
        StatusCode::OK
    );
    id
}

#[tokio::test]
async fn a_new_cycle_has_the_default_panels_and_settings() {
    let w = world().await;
    let c = cycle(&w).await;
    insta::assert_json_snapshot!("new_cycle", c, {
        ".id" => "[id]", ".created_at" => "[time]", ".city_ids" => "[cities]", ".panels[].id" => "[id]"
    });
    assert_eq!(
        json_of(w.app.get_cycle(&w.sec, c["id"].as_i64().unwrap()).await).await,
        c
    );
    // The edition is now pinned: its content can no longer change.
    let edition = entity::framework_edition::Entity::find()
        .one(&w.app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(edition.locked_at.is_some());
}

#[tokio::test]
async fn bad_cycles_are_refused_naming_the_field() {
    let w = world().await;
    let base = |extra: Value| {
        let mut b = json!({"name": "x", "city_ids": [w.cork]});
        b.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        b
    };
    for (extra, field) in [
        (json!({"panel_size": 1}), "panel_size"),
        (json!({"panel_size": 8}), "panel_size"),
        (json!({"rule": {"max_spread": 9}}), "rule.max_spread"),
        (json!({"city_ids": [w.cork, w.cork]}), "city_ids"),
        (json!({"city_ids": [424242]}), "city_ids"),
        (json!({"name": ""}), "name"),
        (
            json!({"deadlines": {"submission": "2026-12-01T00:00:00Z", "review": "2026-11-01T00:00:00Z"}}),
            "deadlines.review",
        ),
        (
            json!({"deadlines": {"submission": "next week"}}),
            "deadlines.submission",
        ),
    ] {
        assert_invalid(w.app.create_cycle(&w.sec, &base(extra.clone())).await, field).await;
    }
    assert_error(
        w.app.create_cycle(&w.expert, &base(json!({}))).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        w.app.get_cycle(&w.cork_user, 1).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(w.app.get_cycle(&w.sec, 999).await, StatusCode::NOT_FOUND, "not_found").await;
}

#[tokio::test]
async fn every_legal_and_illegal_transition() {
    let w = world().await;
    let id = cycle(&w).await["id"].as_i64().unwrap();
    // From draft, only collecting.
    for to in ["reviewing", "reconciling", "published", "archived"] {
        let body = assert_error(
            w.app.transition(&w.sec, id, to).await,
            StatusCode::CONFLICT,
            "illegal_transition",
        )
        .await;
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("only move to collecting"),
            "{body}"
        );
    }
    assert_invalid(w.app.transition(&w.sec, id, "draft").await, "to").await;
    assert_invalid(w.app.transition(&w.sec, id, "finished").await, "to").await;
    assert_error(
        w.app.transition(&w.expert, id, "collecting").await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    let r = w.app.transition(&w.sec, id, "collecting").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["state"], "collecting");
    assert_error(
        w.app.transition(&w.sec, id, "collecting").await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    // Reviewing is guarded: a submitted report, and a confirmed assignment covering it.
    let body = assert_error(
        w.app.transition(&w.sec, id, "reviewing").await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no city has submitted"),
        "{body}"
    );
    w.app
        .save_submission(&w.cork_user, id, w.cork, &full_report("en"))
        .await;
    assert_eq!(w.app.submit(&w.cork_user, id, w.cork).await.status(), StatusCode::OK);
    let body = assert_error(
        w.app.transition(&w.sec, id, "reviewing").await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("confirmed assignment"),
        "{body}"
    );

    // A cycle with no city cannot open.
    let empty = json_of(
        w.app
            .create_cycle(&w.sec, &json!({"name": "empty", "city_ids": []}))
            .await,
    )
    .await;
    let body = assert_error(
        w.app
            .transition(&w.sec, empty["id"].as_i64().unwrap(), "collecting")
            .await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no participating city")
    );

    // Every transition is audited.
    let entries = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::Action.eq("cycle.transition"))
        .all(&w.app.db)
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert!(entries[0].after.as_deref().unwrap().contains("collecting"));
}

#[tokio::test]
async fn panels_take_experts_a_chair_and_measurements_until_review() {
    let w = world().await;
    let c = cycle(&w).await;
    let id = c["id"].as_i64().unwrap();
    let panel = c["panels"][0]["id"].as_i64().unwrap();
    let other = c["panels"][1]["id"].as_i64().unwrap();
    let e = w.expert_id;
    let r = w
        .app
        .update_panel(
            &w.sec,
            id,
            panel,
            &json!({"members": [e], "chair": e, "measurements": ["3.1.1.a", "3.1.2.a"]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let updated = json_of(r).await;
    assert_eq!(updated["panels"][0]["members"], json!([e]));
    assert_eq!(updated["panels"][0]["chair"], json!(e));
    assert_eq!(updated["panels"][0]["measurements"], json!(["3.1.1.a", "3.1.2.a"]));

    let (city_user_id, _) = w.app.seed_user("c2@example.org", Role::City, Some(w.cork as i32)).await;
    for (body, field) in [
        (json!({"members": [city_user_id]}), "members"),
        (json!({"members": [99999]}), "members"),
        (json!({"members": [e], "chair": city_user_id}), "chair"),
        (
            json!({"members": [], "chair": null, "measurements": ["1.1.1.a"]}),
            "measurements",
        ),
        (
            json!({"members": [], "chair": null, "measurements": ["3.2.1.a"]}),
            "measurements",
        ),
    ] {
        assert_invalid(w.app.update_panel(&w.sec, id, panel, &body).await, field).await;
    }
    // 3.2.1.a belongs to the other panel; moving it there is fine.
    assert_eq!(
        w.app
            .update_panel(&w.sec, id, other, &json!({"members": [], "measurements": ["3.2.1.a"]}))
            .await
            .status(),
        StatusCode::OK
    );
    assert_error(
        w.app.update_panel(&w.sec, id, 99999, &json!({"members": []})).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        w.app.update_panel(&w.expert, id, panel, &json!({"members": []})).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn a_report_round_trip_draft_submit_return_resubmit() {
    let w = world().await;
    let id = collecting(&w).await;
    let app = &w.app;

    let empty = json_of(app.get_submission(&w.cork_user, id, w.cork).await).await;
    assert_eq!(empty["state"], "draft");
    let version = empty["version"].as_i64().unwrap();

    // A partial draft saves; submitting it lists what is missing.
    let partial = json!({"language": "en", "narratives": {"3.1.1.a": {"text": "Our strategy", "evidence_links": []}}, "version": version});
    let r = app.save_submission(&w.cork_user, id, w.cork, &partial).await;
    assert_eq!(r.status(), StatusCode::OK);
    let saved = json_of(r).await;
    assert_eq!(saved["version"].as_i64().unwrap(), version + 1);
    let body = assert_error(
        app.submit(&w.cork_user, id, w.cork).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    let message = body["error"]["message"].as_str().unwrap();
    assert!(message.contains("3.2.2.b") && !message.contains("3.1.1.a"), "{message}");

    // A stale version is refused; the right one saves.
    let mut full = full_report("en");
    full["version"] = json!(version);
    assert_error(
        app.save_submission(&w.cork_user, id, w.cork, &full).await,
        StatusCode::CONFLICT,
        "stale_version",
    )
    .await;
    full["version"] = saved["version"].clone();
    assert_eq!(
        app.save_submission(&w.cork_user, id, w.cork, &full).await.status(),
        StatusCode::OK
    );
    let r = app.submit(&w.cork_user, id, w.cork).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["state"], "submitted");

    // Locked once submitted.
    full["version"] = Value::Null;
    assert_error(
        app.save_submission(&w.cork_user, id, w.cork, &full).await,
        StatusCode::CONFLICT,
        "report_locked",
    )
    .await;
    assert_error(
        app.submit(&w.cork_user, id, w.cork).await,
        StatusCode::CONFLICT,
        "report_locked",
    )
    .await;

    // The secretariat returns it with a message; the city reads it, corrects and resubmits.
    assert_invalid(app.return_report(&w.sec, id, w.cork, "  ").await, "message").await;
    assert_error(
        app.return_report(&w.cork_user, id, w.cork, "no").await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let r = app
        .return_report(&w.sec, id, w.cork, "Please add evidence for 3.1.2.a.")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let returned = json_of(app.get_submission(&w.cork_user, id, w.cork).await).await;
    assert_eq!(returned["state"], "returned");
    assert_eq!(returned["return_message"], "Please add evidence for 3.1.2.a.");
    assert_error(
        app.return_report(&w.sec, id, w.cork, "again").await,
        StatusCode::CONFLICT,
        "report_state",
    )
    .await;
    assert_eq!(
        app.save_submission(&w.cork_user, id, w.cork, &full).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&w.cork_user, id, w.cork).await.status(), StatusCode::OK);

    // Every step is in the audit log.
    let actions: Vec<String> = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::ObjectType.eq("submission"))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "submission.save",
            "submission.save",
            "submission.submit",
            "submission.return",
            "submission.save",
            "submission.submit"
        ]
    );
    let progress = json_of(app.get_cycle(&w.sec, id).await).await["progress"].clone();
    assert_eq!(
        progress,
        json!({"cities": 2, "draft": 1, "submitted": 1, "returned": 0})
    );
}

#[tokio::test]
async fn report_content_is_checked_against_the_framework() {
    let w = world().await;
    let id = collecting(&w).await;
    for (body, field) in [
        (json!({"narratives": {"9.9.9.a": {"text": "x"}}}), "narratives.9.9.9.a"),
        (json!({"narratives": {"1.1.1.a": {"text": "x"}}}), "narratives.1.1.1.a"),
        (
            json!({"statistics": {"3.1.1.a": {"year": 2025, "values": {"Total": 1}}}}),
            "statistics.3.1.1.a",
        ),
        (
            json!({"statistics": {"1.1.1.a": {"year": 2025, "values": {"Boys": 1}}}}),
            "statistics.1.1.1.a.values.Boys",
        ),
        (
            json!({"statistics": {"1.1.1.a": {"year": 2025, "values": {"Male": "many"}}}}),
            "statistics.1.1.1.a.values.Male",
        ),
        (
            json!({"narratives": {"3.1.1.a": {"text": "x", "evidence_links": ["ftp://x"]}}}),
            "narratives.3.1.1.a.evidence_links",
        ),
        (json!({"language": "de"}), "language"),
    ] {
        assert_invalid(w.app.save_submission(&w.cork_user, id, w.cork, &body).await, field).await;
    }
    // Nothing was written.
    let report = json_of(w.app.get_submission(&w.cork_user, id, w.cork).await).await;
    assert_eq!(report["version"], 1);
}

#[tokio::test]
async fn a_city_reaches_only_its_own_report_and_only_while_collecting() {
    let w = world().await;
    let id = cycle(&w).await["id"].as_i64().unwrap();
    // In draft, the city may read but not write.
    assert_eq!(
        w.app.get_submission(&w.cork_user, id, w.cork).await.status(),
        StatusCode::OK
    );
    assert_error(
        w.app
            .save_submission(&w.cork_user, id, w.cork, &full_report("en"))
            .await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    w.app.transition(&w.sec, id, "collecting").await;

    // Another city's report, a city not in the cycle, a cycle that does not exist: all 404.
    assert_error(
        w.app.get_submission(&w.cork_user, id, w.lyon).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        w.app
            .save_submission(&w.cork_user, id, w.lyon, &full_report("fr"))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        w.app.submit(&w.cork_user, id, w.lyon).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        w.app.get_submission(&w.lyon_user, 999, w.lyon).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        w.app.get_submission(&w.lyon_user, id, 4242).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // Experts see no report before they are assigned in review.
    assert_error(
        w.app.get_submission(&w.expert, id, w.cork).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // The secretariat reads every report, but writes none.
    assert_eq!(w.app.get_submission(&w.sec, id, w.lyon).await.status(), StatusCode::OK);
    assert_error(
        w.app.save_submission(&w.sec, id, w.lyon, &full_report("fr")).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // Lyon writes in French, one of its languages.
    assert_eq!(
        w.app
            .save_submission(&w.lyon_user, id, w.lyon, &full_report("fr"))
            .await
            .status(),
        StatusCode::OK
    );
}
