//! Real cycles are messy (issue 16): a cycle changed mid-flight, a late expert's personal extension,
//! a silent reviewer who no longer blocks publication, rounds closed by the worker on any node,
//! bundles the solver could not fill, reports returned after confirmation, withdrawal in every phase.
use std::time::Duration;

use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::helpers::{
    OnePanelCycle, TestApp, assert_error, assert_invalid, json_of, one_panel_cycle, one_panel_submitted,
};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

/// RFC 3339 for `seconds` from now (negative: in the past).
fn from_now(seconds: i64) -> String {
    (OffsetDateTime::now_utc() + time::Duration::seconds(seconds))
        .format(&Rfc3339)
        .unwrap()
}

async fn patch(app: &TestApp, token: &str, cycle: i64, body: &Value) -> reqwest::Response {
    app.patch_cycle(token, cycle, body).await
}

async fn items_of(app: &TestApp, token: &str) -> Vec<i64> {
    json_of(app.get("/api/v1/me/items", Some(token)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

async fn rate(app: &TestApp, token: &str, item: i64, score: i64) -> reqwest::Response {
    app.put(
        &format!("/api/v1/items/{item}/rating"),
        Some(token),
        &json!({"score": score, "justification": J, "submit": true}),
    )
    .await
}

async fn queue(app: &TestApp, token: &str, cycle: i64) -> Vec<Value> {
    json_of(app.get(&format!("/api/v1/cycles/{cycle}/items"), Some(token)).await)
        .await
        .as_array()
        .cloned()
        .unwrap()
}

async fn assignment(app: &TestApp, c: &OnePanelCycle) -> Value {
    json_of(
        app.get(&format!("/api/v1/cycles/{}/assignment", c.cycle), Some(&c.sec))
            .await,
    )
    .await
}

async fn put_bundle(app: &TestApp, c: &OnePanelCycle, city: i64, panel: i64, experts: &[i32]) -> reqwest::Response {
    app.put(
        &format!("/api/v1/cycles/{}/assignment/bundles/{city}/{panel}", c.cycle),
        Some(&c.sec),
        &json!({"experts": experts}),
    )
    .await
}

async fn withdraw(app: &TestApp, c: &OnePanelCycle, expert: i32) -> reqwest::Response {
    app.post(
        &format!("/api/v1/cycles/{}/assignment/withdraw", c.cycle),
        Some(&c.sec),
        Some(&json!({"expert_id": expert})),
    )
    .await
}

/// Every item of the cycle rated by every reviewer: the scores per reviewer, the same on each item.
async fn rate_all(app: &TestApp, c: &OnePanelCycle, scores: &[i64]) -> Vec<i64> {
    let items = items_of(app, &c.experts[0].1).await;
    for item in &items {
        for (e, s) in c.experts.iter().zip(scores) {
            assert_eq!(rate(app, &e.1, *item, *s).await.status(), StatusCode::OK);
        }
    }
    items
}

async fn mails_of_kind(app: &TestApp, kind: &str) -> Vec<entity::outbox::Model> {
    entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Kind.eq(kind))
        .all(&app.db)
        .await
        .unwrap()
}

/// Dublin joins the collecting cycle and submits its report (the 3.1 narratives); (city, coordinator).
async fn dublin_joins(app: &TestApp, c: &OnePanelCycle) -> (i64, String) {
    let dublin = i64::from(app.city(&c.sec, "Dublin", "IE").await);
    assert_eq!(
        patch(app, &c.sec, c.cycle, &json!({"city_ids": [c.city, dublin]}))
            .await
            .status(),
        StatusCode::OK
    );
    let (_, coord) = app
        .seed_user(
            "coord@dublin.example.org",
            Role::City,
            Some(i32::try_from(dublin).unwrap()),
        )
        .await;
    let mut report = crate::helpers::full_report("en");
    report["narratives"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| k.starts_with("3.1."));
    assert_eq!(
        app.save_submission(&coord, c.cycle, dublin, &report).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&coord, c.cycle, dublin).await.status(), StatusCode::OK);
    (dublin, coord)
}

#[tokio::test]
async fn a_cycle_changes_mid_flight_within_its_rules() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let cork = i64::from(app.city(&sec, "Cork", "IE").await);
    let dublin = i64::from(app.city(&sec, "Dublin", "IE").await);
    let c = json_of(
        app.create_cycle(&sec, &json!({"name": "Review 2026", "city_ids": [cork]}))
            .await,
    )
    .await;
    let cycle = c["id"].as_i64().unwrap();

    // A draft: anything may change; a deadline in the past or out of order is refused naming it.
    assert_invalid(
        patch(
            &app,
            &sec,
            cycle,
            &json!({"deadlines": {"submission": from_now(-3600)}}),
        )
        .await,
        "deadlines.submission",
    )
    .await;
    let r = patch(
        &app,
        &sec,
        cycle,
        &json!({"deadlines": {"submission": from_now(7200), "review": from_now(3600)}}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let submission = from_now(86_400);
    let body = json_of(
        patch(
            &app,
            &sec,
            cycle,
            &json!({"name": "Review 2026 (extended)", "panel_size": 2, "min_justification": 30,
                    "rule": {"max_spread": 2}, "deadlines": {"submission": submission}}),
        )
        .await,
    )
    .await;
    assert_eq!(body["name"], "Review 2026 (extended)");
    assert_eq!(body["panel_size"], 2);
    assert_eq!(body["min_justification"], 30);
    assert_eq!(body["rule"]["max_spread"], 2);
    assert!(body["deadlines"]["submission"].is_string(), "{body}");
    assert_invalid(patch(&app, &sec, cycle, &json!({"panel_size": 0})).await, "panel_size").await;
    assert_invalid(
        patch(&app, &sec, cycle, &json!({"city_ids": [cork, cork]})).await,
        "city_ids",
    )
    .await;
    assert_invalid(
        patch(&app, &sec, cycle, &json!({"city_ids": [cork, 9999]})).await,
        "city_ids",
    )
    .await;

    // Collecting: Dublin joins late; its coordinator is told the cycle is open, and gets a draft.
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    let (_, dublin_coord) = app
        .seed_user("coord@dublin.example.org", Role::City, Some(dublin as i32))
        .await;
    let (_, cork_coord) = app
        .seed_user("coord@cork.example.org", Role::City, Some(cork as i32))
        .await;
    let body = json_of(patch(&app, &sec, cycle, &json!({"city_ids": [cork, dublin]})).await).await;
    assert_eq!(body["city_ids"], json!([cork, dublin]), "{body}");
    let told = mails_of_kind(&app, "cycle_opened").await;
    assert!(
        told.iter().any(|m| m.to_address == "coord@dublin.example.org"),
        "{told:?}"
    );
    let draft = json_of(app.get_submission(&dublin_coord, cycle, dublin).await).await;
    assert_eq!(draft["state"], "draft", "{draft}");
    // A city whose report is in may not be dropped; one without may.
    let report = crate::helpers::full_report("en");
    assert_eq!(
        app.save_submission(&cork_coord, cycle, cork, &report).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&cork_coord, cycle, cork).await.status(), StatusCode::OK);
    let body = assert_error(
        patch(&app, &sec, cycle, &json!({"city_ids": [dublin]})).await,
        StatusCode::CONFLICT,
        "report_submitted",
    )
    .await;
    assert!(
        body["error"]["message"].as_str().unwrap().contains("return it first"),
        "{body}"
    );
    assert_eq!(
        patch(&app, &sec, cycle, &json!({"city_ids": [cork]})).await.status(),
        StatusCode::OK
    );
    // The changes are audited with before and after.
    let audited = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::ObjectType.eq("cycle"))
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        audited.iter().any(|a| a.before.is_some() && a.after.is_some()),
        "{audited:?}"
    );
}

#[tokio::test]
async fn once_confirmed_and_in_review_only_the_open_deadlines_move() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, false).await;
    // Confirmed: the panel size and the rules shape what was confirmed.
    for body in [
        json!({"panel_size": 2}),
        json!({"rule": {"revision_rounds": 2}}),
        json!({"min_justification": 10}),
        json!({"conflict_same_country": false}),
    ] {
        let e = assert_error(
            patch(&app, &c.sec, c.cycle, &body).await,
            StatusCode::CONFLICT,
            "cycle_state",
        )
        .await;
        assert!(
            e["error"]["message"]
                .as_str()
                .unwrap()
                .contains("until an assignment is"),
            "{e}"
        );
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    // The submission phase is over: its deadline is history; the cities are fixed.
    let e = assert_error(
        patch(
            &app,
            &c.sec,
            c.cycle,
            &json!({"deadlines": {"submission": from_now(3600)}}),
        )
        .await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    assert!(
        e["error"]["message"].as_str().unwrap().contains("past that phase"),
        "{e}"
    );
    assert_error(
        patch(&app, &c.sec, c.cycle, &json!({"city_ids": []})).await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    // The review deadline moves (never into the past), and each reviewer is told.
    assert_invalid(
        patch(&app, &c.sec, c.cycle, &json!({"deadlines": {"review": from_now(-60)}})).await,
        "deadlines.review",
    )
    .await;
    let body = json_of(
        patch(
            &app,
            &c.sec,
            c.cycle,
            &json!({"deadlines": {"review": from_now(7 * 86_400), "reconciliation": from_now(14 * 86_400)}}),
        )
        .await,
    )
    .await;
    assert!(body["deadlines"]["review"].is_string(), "{body}");
    let told = mails_of_kind(&app, "deadline_changed").await;
    for (_, _, email) in &c.experts {
        assert!(told.iter().any(|m| &m.to_address == email), "{email}: {told:?}");
    }
    // A deadline may be removed (null), and an unknown cycle is 404.
    let body = json_of(patch(&app, &c.sec, c.cycle, &json!({"deadlines": {"reconciliation": null}})).await).await;
    assert!(body["deadlines"]["reconciliation"].is_null(), "{body}");
    assert_error(
        patch(&app, &c.sec, 9999, &json!({"name": "x"})).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // Only the secretariat changes a cycle.
    assert_error(
        patch(&app, &c.experts[0].1, c.cycle, &json!({"name": "Mine"})).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn a_personal_extension_lets_one_late_expert_rate_after_the_deadline() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let ext = |user: i32| format!("/api/v1/cycles/{}/extensions/{user}", c.cycle);
    let (late_id, late) = (c.experts[0].0, c.experts[0].1.clone());
    // No deadline yet: nobody needs an extension.
    assert_invalid(
        app.put(&ext(late_id), Some(&c.sec), &json!({"until": from_now(3600)}))
            .await,
        "until",
    )
    .await;
    assert_eq!(
        patch(&app, &c.sec, c.cycle, &json!({"deadlines": {"review": from_now(2)}}))
            .await
            .status(),
        StatusCode::OK
    );
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let items = items_of(&app, &late).await;
    assert_error(
        rate(&app, &late, items[0], 4).await,
        StatusCode::CONFLICT,
        "deadline_passed",
    )
    .await;
    // An extension ends after the deadline and in the future.
    assert_invalid(
        app.put(&ext(late_id), Some(&c.sec), &json!({"until": from_now(-600)}))
            .await,
        "until",
    )
    .await;
    assert_error(
        app.put(&ext(late_id), Some(&c.experts[1].1), &json!({"until": from_now(3600)}))
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let r = app
        .put(&ext(late_id), Some(&c.sec), &json!({"until": from_now(3600)}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(rate(&app, &late, items[0], 4).await.status(), StatusCode::OK);
    // The others are still held to the deadline; the late expert was told.
    assert_error(
        rate(&app, &c.experts[1].1, items[0], 4).await,
        StatusCode::CONFLICT,
        "deadline_passed",
    )
    .await;
    assert!(
        mails_of_kind(&app, "extension")
            .await
            .iter()
            .any(|m| m.to_address == c.experts[0].2)
    );
    // Withdrawn, the extension ends.
    let r = app
        .client
        .delete(app.url(&ext(late_id)))
        .bearer_auth(&c.sec)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_error(
        rate(&app, &late, items[1], 4).await,
        StatusCode::CONFLICT,
        "deadline_passed",
    )
    .await;
}

/// Reviewers 0 and 2 disagree on every item (1 and 5); reviewer 1 says 3. In the revision round,
/// reviewers 0 and 2 come to 3; reviewer 1 says nothing.
async fn reconciling_with_a_silent_reviewer(app: &TestApp, c: &OnePanelCycle) -> Vec<i64> {
    let items = rate_all(app, c, &[1, 3, 5]).await;
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    for item in &items {
        for e in [&c.experts[0], &c.experts[2]] {
            assert_eq!(rate(app, &e.1, *item, 3).await.status(), StatusCode::OK);
        }
    }
    items
}

#[tokio::test]
async fn a_silent_reviewer_no_longer_keeps_a_cycle_from_publication() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let items = reconciling_with_a_silent_reviewer(&app, &c).await;
    // No reconciliation deadline: the round waits for reviewer 1, and publication with it.
    for i in queue(&app, &c.sec, c.cycle).await {
        assert!(i["status"] == "disagreement" && i["consensus"].is_null(), "{i}");
    }
    assert_error(
        app.transition(&c.sec, c.cycle, "published").await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    // Closing one item's round settles that one only; an item of no cycle is refused by name.
    let close = |body: Option<Value>| {
        let app = &app;
        let (sec, cycle) = (c.sec.clone(), c.cycle);
        async move {
            app.post(
                &format!("/api/v1/cycles/{cycle}/close-round"),
                Some(&sec),
                body.as_ref(),
            )
            .await
        }
    };
    assert_invalid(close(Some(json!({"items": [9999]}))).await, "items").await;
    assert_error(
        app.post(
            &format!("/api/v1/cycles/{}/close-round", c.cycle),
            Some(&c.experts[0].1),
            None,
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let one = json_of(close(Some(json!({"items": [items[0]]}))).await).await;
    assert_eq!(one["settled"], 1);
    let all = json_of(close(None).await).await;
    assert_eq!(all["settled"], items.len() as i64 - 1);
    assert_eq!(json_of(close(None).await).await["settled"], 0);
    // The silent reviewer counts with their first score (3, 3, 3): agreed after revision.
    for i in queue(&app, &c.sec, c.cycle).await {
        assert_eq!(
            i["consensus"],
            json!({"score": 3, "method": "agreed_after_revision"}),
            "{i}"
        );
    }
    // Too late for the silent reviewer.
    assert_error(
        rate(&app, &c.experts[1].1, items[0], 3).await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    for item in &items {
        let r = app
            .put(
                &format!("/api/v1/items/{item}/feedback"),
                Some(&c.sec),
                &json!({"statement": "Keep the council's yearly review public."}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "published").await.status(),
        StatusCode::OK
    );
    // After reconciling, closing rounds is refused, saying why.
    let e = assert_error(close(None).await, StatusCode::CONFLICT, "cycle_state").await;
    assert!(e["error"]["message"].as_str().unwrap().contains("reconciling"), "{e}");
}

#[tokio::test]
async fn the_worker_closes_a_round_at_its_deadline_once_across_two_nodes() {
    let app = TestApp::spawn_with(|s| s.worker.tick_secs = 1).await;
    let other = app.sibling(|s| s.worker.tick_secs = 1).await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let items = reconciling_with_a_silent_reviewer(&app, &c).await;
    assert_eq!(
        patch(
            &other,
            &c.sec,
            c.cycle,
            &json!({"deadlines": {"reconciliation": from_now(2)}})
        )
        .await
        .status(),
        StatusCode::OK
    );
    // Before the deadline, nothing settles; reading the queue (on either node) writes nothing.
    for node in [&app, &other] {
        for i in queue(node, &c.sec, c.cycle).await {
            assert!(i["status"] == "disagreement" && i["consensus"].is_null(), "{i}");
        }
    }
    let mut settled = false;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let q = queue(&app, &c.sec, c.cycle).await;
        if q.iter().all(|i| i["consensus"]["method"] == "agreed_after_revision") {
            settled = true;
            break;
        }
    }
    assert!(settled, "the worker did not close the round within 10 s");
    // Two more ticks of both workers, then: each item settled once after its first round.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    for item in &items {
        let settles = entity::audit_log::Entity::find()
            .filter(entity::audit_log::Column::Action.eq("item.settle"))
            .filter(entity::audit_log::Column::ObjectId.eq(item.to_string()))
            .all(&app.db)
            .await
            .unwrap();
        // The first round (at the reconciling transition), then the revision round, once.
        assert_eq!(settles.len(), 2, "item {item}: {settles:?}");
    }
}

#[tokio::test]
async fn an_empty_bundle_is_listed_filled_by_hand_and_reviewed() {
    let app = TestApp::spawn().await;
    // The experts read French only: the solver can place nobody on Cork's English report.
    let c = one_panel_submitted(&app, &[5, 5, 5], 3, None, &["fr"]).await;
    let run = json_of(
        app.post(
            &format!("/api/v1/cycles/{}/assignment/run", c.cycle),
            Some(&c.sec),
            None,
        )
        .await,
    )
    .await;
    let bundle = run["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["city_id"] == c.city)
        .cloned()
        .unwrap_or_else(|| panic!("the empty bundle is listed: {run}"));
    assert_eq!(bundle["experts"], json!([]));
    assert_eq!(bundle["missing"], 3);
    assert!(
        run["unassigned"].to_string().contains("language"),
        "the cause is given: {run}"
    );
    let panel = bundle["panel_id"].as_i64().unwrap();
    let ids: Vec<i32> = c.experts.iter().map(|e| e.0).collect();
    // By hand, the same hard constraints: nobody who cannot read the report.
    let e = assert_error(
        put_bundle(&app, &c, c.city, panel, &ids).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert!(e.to_string().contains("language"), "{e}");
    for (id, token, _) in &c.experts {
        let r = app
            .put(
                &format!("/api/v1/experts/{id}/profile"),
                Some(token),
                &json!({"country": "BR", "languages": ["fr", "en"], "expertise": ["3.1"], "capacity": 5}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    // Never more than k, nor anyone twice.
    assert_invalid(put_bundle(&app, &c, c.city, panel, &[ids[0], ids[0]]).await, "experts").await;
    let filled = json_of(put_bundle(&app, &c, c.city, panel, &ids[..2]).await).await;
    let listed = filled["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["city_id"] == c.city)
        .cloned()
        .unwrap();
    assert_eq!(listed["missing"], 1, "{filled}");
    assert_eq!(put_bundle(&app, &c, c.city, panel, &ids).await.status(), StatusCode::OK);
    assert_eq!(
        app.post(
            &format!("/api/v1/cycles/{}/assignment/confirm", c.cycle),
            Some(&c.sec),
            None
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    let items = rate_all(&app, &c, &[4, 4, 4]).await;
    assert_eq!(items.len(), 3);
}

#[tokio::test]
async fn short_bundles_go_to_review_only_when_the_secretariat_says_so() {
    let app = TestApp::spawn().await;
    // Two experts for a panel of three: the bundle stays one short.
    let c = one_panel_cycle(&app, &[5, 5], 3, None, false).await;
    let a = assignment(&app, &c).await;
    assert_eq!(a["bundles"][0]["missing"], 1, "{a}");
    let e = assert_error(
        app.transition(&c.sec, c.cycle, "reviewing").await,
        StatusCode::CONFLICT,
        "bundles_unfilled",
    )
    .await;
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("accept them short with a reason"),
        "{e}"
    );
    let go = |body: Value| {
        let app = &app;
        let (sec, cycle) = (c.sec.clone(), c.cycle);
        async move {
            app.post(&format!("/api/v1/cycles/{cycle}/transition"), Some(&sec), Some(&body))
                .await
        }
    };
    // The reason is asked for only where the "yes" counts.
    assert_error(
        go(json!({"to": "published", "allow_underfilled": true, "reason": null})).await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    assert_invalid(
        go(json!({"to": "reviewing", "allow_underfilled": true})).await,
        "reason",
    )
    .await;
    assert_invalid(
        go(json!({"to": "reviewing", "allow_underfilled": true, "reason": "short"})).await,
        "reason",
    )
    .await;
    let r = go(json!({"to": "reviewing", "allow_underfilled": true,
                      "reason": "No third English reader is free this cycle."}))
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let audited = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::Action.eq("cycle.accept_short_bundles"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 1);
    // The two reviewers rate; their items keep every measurement.
    let items = rate_all(&app, &c, &[4, 4]).await;
    assert_eq!(items.len(), 3);
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    for i in queue(&app, &c.sec, c.cycle).await {
        assert_eq!(i["consensus"]["score"], 4, "{i}");
    }
}

/// The ids of every review item in the app's database.
async fn all_items(app: &TestApp) -> Vec<i64> {
    entity::review_item::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|i| i64::from(i.id))
        .collect()
}

#[tokio::test]
async fn a_returned_report_is_out_of_review_until_resubmitted() {
    // Returned after confirmation, then submitted again before review: reviewed as usual.
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, false).await;
    let reviewer = c.experts[0].1.clone();
    let items = all_items(&app).await;
    assert_eq!(items.len(), 3);
    assert_eq!(
        app.return_report(&c.sec, c.cycle, c.city, "Add the budget figures to 3.1.2, please.")
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.submit(&c.coordinator, c.cycle, c.city).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    assert_eq!(items_of(&app, &reviewer).await.len(), 3);
    let item = format!("/api/v1/items/{}", items[0]);
    assert_eq!(app.get(&item, Some(&reviewer)).await.status(), StatusCode::OK);
    let cycle = json_of(app.get_cycle(&c.sec, c.cycle).await).await;
    assert_eq!(cycle["out_of_review"], json!([]), "{cycle}");
    // Once reviewing, no report can be returned.
    let e = assert_error(
        app.return_report(&c.sec, c.cycle, c.city, "Once more, please.").await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    assert!(e["error"]["message"].as_str().unwrap().contains("collects"), "{e}");
}

#[tokio::test]
async fn a_report_still_returned_when_review_starts_has_no_part_in_it() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, false).await;
    let reviewer = c.experts[0].1.clone();
    let items = all_items(&app).await;
    // Dublin is in and covered, so review can start without Cork.
    let (dublin, dublin_coord) = dublin_joins(&app, &c).await;
    for step in ["run", "confirm"] {
        let r = app
            .post(
                &format!("/api/v1/cycles/{}/assignment/{step}", c.cycle),
                Some(&c.sec),
                None,
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        app.return_report(
            &c.sec,
            c.cycle,
            c.city,
            "The 3.1.3 narrative is still missing its links."
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    // Listed as out of review; its items 404 to its reviewers (the secretariat still sees them).
    let cycle = json_of(app.get_cycle(&c.sec, c.cycle).await).await;
    assert_eq!(cycle["out_of_review"], json!([c.city]), "{cycle}");
    let item = format!("/api/v1/items/{}", items[0]);
    assert_error(
        app.get(&item, Some(&reviewer)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        rate(&app, &reviewer, items[0], 4).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let listed = items_of(&app, &reviewer).await;
    assert!(listed.iter().all(|i| !items.contains(i)), "{listed:?}");
    assert_eq!(app.get(&item, Some(&c.sec)).await.status(), StatusCode::OK);
    // Too late to submit it now.
    assert_error(
        app.submit(&c.coordinator, c.cycle, c.city).await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    // Nothing waits for it: reconciliation and publication go ahead without its items.
    let dublins = items_of(&app, &reviewer).await;
    assert_eq!(dublins.len(), 3);
    for item in &dublins {
        for (_, token, _) in &c.experts {
            assert_eq!(rate(&app, token, *item, 4).await.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let q = queue(&app, &c.sec, c.cycle).await;
    assert!(q.iter().all(|i| i["city_id"] == dublin) && q.len() == 3, "{q:?}");
    for item in &dublins {
        let r = app
            .put(
                &format!("/api/v1/items/{item}/feedback"),
                Some(&c.sec),
                &json!({"statement": "Keep the council's yearly review public."}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "published").await.status(),
        StatusCode::OK
    );
    // The city's draft statistics never reach its profile.
    let profile = json_of(
        app.get(&format!("/api/v1/cities/{}/profile", c.city), Some(&c.coordinator))
            .await,
    )
    .await;
    assert!(!profile.to_string().contains("96.5"), "{profile}");
    // Dublin's submitted statistics do.
    let profile = json_of(
        app.get(&format!("/api/v1/cities/{dublin}/profile"), Some(&dublin_coord))
            .await,
    )
    .await;
    assert!(profile.to_string().contains("96.5"), "{profile}");
}

#[tokio::test]
async fn withdrawal_works_in_every_phase_and_takes_the_expert_off_the_panel() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5, 5], 3, None, true).await;
    let before = assignment(&app, &c).await;
    let bundle: Vec<i64> = serde_json::from_value(before["bundles"][0]["experts"].clone()).unwrap();
    let spare = c.experts.iter().find(|e| !bundle.contains(&i64::from(e.0))).unwrap().0;
    // Reviewing: withdrawn and replaced by the spare expert, off the panel for later runs.
    let first = i32::try_from(bundle[0]).unwrap();
    let a = json_of(withdraw(&app, &c, first).await).await;
    let now: Vec<i64> = serde_json::from_value(a["bundles"][0]["experts"].clone()).unwrap();
    assert!(now.contains(&i64::from(spare)) && !now.contains(&bundle[0]), "{a}");
    let cycle = json_of(app.get_cycle(&c.sec, c.cycle).await).await;
    let members = cycle["panels"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["members"].as_array().unwrap().clone())
        .collect::<Vec<_>>();
    assert!(!members.contains(&json!(first)), "{cycle}");
    let token_of = |id: i64| c.experts.iter().find(|e| i64::from(e.0) == id).unwrap().1.clone();
    let items = items_of(&app, &token_of(now[0])).await;
    assert_error(
        app.get(&format!("/api/v1/items/{}", items[0]), Some(&token_of(bundle[0])))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // The three reviewers disagree; in reconciliation one is withdrawn: no refill, and the round
    // settles without them.
    for item in &items {
        for (e, s) in now.iter().zip([1, 3, 5]) {
            assert_eq!(rate(&app, &token_of(*e), *item, s).await.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let gone = i32::try_from(now[1]).unwrap();
    let a = json_of(withdraw(&app, &c, gone).await).await;
    let after: Vec<i64> = serde_json::from_value(a["bundles"][0]["experts"].clone()).unwrap();
    assert_eq!(after.len(), 2, "no refill while reconciling: {a}");
    assert_error(
        app.get(&format!("/api/v1/items/{}", items[0]), Some(&token_of(now[1])))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    for item in &items {
        for e in [now[0], now[2]] {
            assert_eq!(rate(&app, &token_of(e), *item, 3).await.status(), StatusCode::OK);
        }
    }
    // The withdrawn reviewer counts as not resubmitting: the round completed without them.
    for i in queue(&app, &c.sec, c.cycle).await {
        assert_eq!(i["consensus"]["score"], 3, "{i}");
    }
    // Published: nothing to withdraw from.
    for item in &items {
        app.put(
            &format!("/api/v1/items/{item}/feedback"),
            Some(&c.sec),
            &json!({"statement": "Keep the council's yearly review public."}),
        )
        .await;
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "published").await.status(),
        StatusCode::OK
    );
    assert_error(
        withdraw(&app, &c, i32::try_from(now[0]).unwrap()).await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
}

#[tokio::test]
async fn a_proposal_counts_the_loads_already_in_force() {
    let app = TestApp::spawn().await;
    // Three experts with room for one bundle each, all of it taken by Cork.
    let c = one_panel_cycle(&app, &[1, 1, 1], 3, None, false).await;
    let (dublin, _) = dublin_joins(&app, &c).await;
    let run = json_of(
        app.post(
            &format!("/api/v1/cycles/{}/assignment/run", c.cycle),
            Some(&c.sec),
            None,
        )
        .await,
    )
    .await;
    let bundle = run["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["city_id"] == dublin)
        .cloned()
        .unwrap_or_else(|| panic!("{run}"));
    assert_eq!(bundle["missing"], 3, "{run}");
    let panel = bundle["panel_id"].as_i64().unwrap();
    let e = assert_error(
        put_bundle(&app, &c, dublin, panel, &[c.experts[0].0]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert!(e.to_string().contains("capacity"), "{e}");
}

#[tokio::test]
async fn the_cycle_page_takes_deadlines_in_a_time_zone_extensions_and_withdrawals() {
    use crate::pages::{dev_app, hidden, sign_in};
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5, 5], 3, None, true).await;
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (b, _) = sign_in(&app, sec_id).await;
    let page = b
        .get(app.url(&format!("/cycles/{}", c.cycle)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = hidden(&page, "csrf_token");
    // 17:00 in Shanghai is 09:00 UTC.
    let r = b
        .post(app.url(&format!("/cycles/{}/edit", c.cycle)))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Review 2026"),
            ("review", "2030-03-01T17:00"),
            ("zone", "Asia/Shanghai"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cycle = json_of(app.get_cycle(&c.sec, c.cycle).await).await;
    let review = OffsetDateTime::parse(cycle["deadlines"]["review"].as_str().unwrap(), &Rfc3339).unwrap();
    assert_eq!(review, time::macros::datetime!(2030-03-01 09:00 UTC), "{cycle}");
    // A time that is no time is refused on the page, naming the field, and nothing changes.
    let r = b
        .post(app.url(&format!("/cycles/{}/edit", c.cycle)))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Review 2026"),
            ("review", "tomorrow evening"),
            ("zone", "Asia/Shanghai"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("Not changed"));
    // An extension from the page, in the same zone.
    let r = b
        .post(app.url(&format!("/cycles/{}/extensions", c.cycle)))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("user_id", c.experts[0].0.to_string().as_str()),
            ("until", "2030-03-08T17:00"),
            ("zone", "Asia/Shanghai"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = b
        .get(app.url(&format!("/cycles/{}", c.cycle)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let remove = format!("/cycles/{}/extensions/{}/remove", c.cycle, c.experts[0].0);
    assert!(
        page.contains(&remove),
        "the extension is listed with its removal: {page}"
    );
    // Shown in the reader's zone (none chosen: UTC).
    assert!(page.contains("8 Mar 2030, 09:00 UTC"), "{page}");
    // A withdrawal from the assignment page.
    let a = assignment(&app, &c).await;
    let gone = a["bundles"][0]["experts"][0].as_i64().unwrap();
    let r = b
        .post(app.url(&format!("/cycles/{}/assignment/withdraw", c.cycle)))
        .form(&[("csrf_token", csrf.as_str()), ("expert_id", gone.to_string().as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let a = assignment(&app, &c).await;
    assert!(
        !a["bundles"][0]["experts"].as_array().unwrap().contains(&json!(gone)),
        "{a}"
    );
    // Without the CSRF token, nothing.
    let r = b
        .post(app.url(&format!("/cycles/{}/close-round", c.cycle)))
        .form(&[("items", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_expert_reads_deadlines_in_their_own_time_zone() {
    use crate::pages::{dev_app, sign_in};
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    assert_eq!(
        patch(
            &app,
            &c.sec,
            c.cycle,
            &json!({"deadlines": {"review": "2030-03-01T09:00:00Z"}})
        )
        .await
        .status(),
        StatusCode::OK
    );
    let me = &c.experts[0].1;
    assert_invalid(
        app.put(
            "/api/v1/me/preferences",
            Some(me),
            &json!({"time_zone": "Mars/Olympus"}),
        )
        .await,
        "time_zone",
    )
    .await;
    assert_invalid(
        app.put("/api/v1/me/preferences", Some(me), &json!({"language": "tlh"}))
            .await,
        "language",
    )
    .await;
    let body = json_of(
        app.put(
            "/api/v1/me/preferences",
            Some(me),
            &json!({"time_zone": "Asia/Shanghai", "language": "zh"}),
        )
        .await,
    )
    .await;
    assert_eq!(body["time_zone"], "Asia/Shanghai", "{body}");
    let (b, _) = sign_in(&app, c.experts[0].0).await;
    let home = b.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    // In their zone and in their language (Chinese), with UTC beside.
    assert!(home.contains("2030年3月1日 17:00 Asia/Shanghai (09:00 UTC)"), "{home}");
    assert!(home.contains("<html lang=\"zh\""), "{home}");
}
