//! Integrity of blind review (issue 14): chairs who review see nothing before their own rating,
//! chairs in conflict are no chairs for that city, conflicts found late take the expert off at once,
//! a submitted rating is final (the secretariat can reopen it), and one rating is never agreement.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{OnePanelCycle, TestApp, assert_error, assert_invalid, json_of, one_panel_cycle};
use crate::pages::{dev_app, hidden, sign_in};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

async fn items(app: &TestApp, token: &str) -> Vec<i64> {
    json_of(app.get("/api/v1/me/items", Some(token)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

async fn rate(
    app: &TestApp,
    token: &str,
    item: i64,
    score: i64,
    justification: &str,
    submit: bool,
) -> reqwest::Response {
    app.put(
        &format!("/api/v1/items/{item}/rating"),
        Some(token),
        &json!({"score": score, "justification": justification, "submit": submit}),
    )
    .await
}

async fn queue(app: &TestApp, token: &str, cycle: i64) -> Vec<Value> {
    json_of(app.get(&format!("/api/v1/cycles/{cycle}/items"), Some(token)).await)
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The experts of the bundle in force (Cork, the one panel in use).
async fn bundle(app: &TestApp, c: &OnePanelCycle) -> Vec<i64> {
    let a = json_of(
        app.get(&format!("/api/v1/cycles/{}/assignment", c.cycle), Some(&c.sec))
            .await,
    )
    .await;
    a["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["city_id"] == c.city)
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
async fn a_chair_who_reviews_sees_no_score_before_their_own_rating_is_in() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, Some(0), true).await;
    let (chair_id, chair) = (c.experts[0].0, c.experts[0].1.clone());
    let item = items(&app, &chair).await[0];
    // The two other reviewers rate, each with a text that must not reach the chair yet.
    for (n, e) in c.experts[1..].iter().enumerate() {
        let text = format!("SECRET-JUSTIFICATION-{n}: {J}");
        assert_eq!(
            rate(&app, &e.1, item, 2 + n as i64 * 3, &text, true).await.status(),
            StatusCode::OK
        );
    }
    // The queue: the item is listed, with no score, median or spread, and it is the chair's own.
    let row = queue(&app, &chair, c.cycle)
        .await
        .into_iter()
        .find(|i| i["id"] == item)
        .unwrap();
    assert_eq!(row["scores"], json!([]), "{row}");
    assert!(row["median"].is_null() && row["spread"].is_null(), "{row}");
    assert_eq!(row["own_item"], true);
    // The secretariat sees them, in score order.
    let sec_row = queue(&app, &c.sec, c.cycle)
        .await
        .into_iter()
        .find(|i| i["id"] == item)
        .unwrap();
    assert_eq!(sec_row["scores"], json!([2, 5]));
    // The item itself: nothing of the others.
    let view = json_of(app.get(&format!("/api/v1/items/{item}"), Some(&chair)).await).await;
    assert_eq!(view["others"], json!([]));
    assert!(view["median"].is_null());
    // The chair's pages: the queue and the item page show no score and no justification.
    let (b, _) = sign_in(&app, chair_id).await;
    for path in [
        format!("/cycles/{}/reconcile", c.cycle),
        format!("/reconcile/items/{item}"),
        format!("/reviews/{}/{}/{}", c.cycle, c.city, row["panel_id"]),
    ] {
        let page = b.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
        assert!(
            !page.contains("SECRET-JUSTIFICATION"),
            "{path} leaks a justification: {page}"
        );
        assert!(!page.contains("2, 5"), "{path} leaks the scores");
    }
    // Once the chair's own rating is in, the round opens to them, letters in order of submission
    // and the list in score order.
    assert_eq!(rate(&app, &chair, item, 4, J, true).await.status(), StatusCode::OK);
    let row = queue(&app, &chair, c.cycle)
        .await
        .into_iter()
        .find(|i| i["id"] == item)
        .unwrap();
    assert_eq!(row["scores"], json!([2, 4, 5]));
    let view = json_of(app.get(&format!("/api/v1/items/{item}"), Some(&chair)).await).await;
    let others: Vec<(String, i64)> = view["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["reviewer"].as_str().unwrap().to_owned(), o["score"].as_i64().unwrap()))
        .collect();
    assert_eq!(others, [("Reviewer A".into(), 2), ("Reviewer B".into(), 5)]);
    // The chair reviewed the item: the secretariat moderates it, and the API says so.
    assert_error(
        app.post(
            &format!("/api/v1/items/{item}/consensus"),
            Some(&chair),
            Some(&json!({"score": 3, "rationale": "The panel weighed the evidence."})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "own_item",
    )
    .await;
}

#[tokio::test]
async fn letters_go_to_submitted_ratings_only_so_a_draft_leaves_no_gap() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let e = &c.experts;
    let item = items(&app, &e[0].1).await[0];
    // Reviewer 2 saves a draft first (any length: a draft has no minimum); 0 and 1 submit.
    assert_eq!(
        rate(&app, &e[2].1, item, 3, "A first thought.", false).await.status(),
        StatusCode::OK
    );
    assert_eq!(rate(&app, &e[0].1, item, 4, J, true).await.status(), StatusCode::OK);
    assert_eq!(rate(&app, &e[1].1, item, 5, J, true).await.status(), StatusCode::OK);
    let view = json_of(app.get(&format!("/api/v1/items/{item}"), Some(&e[0].1)).await).await;
    let labels: Vec<&str> = view["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["reviewer"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Reviewer B"], "no gap that would betray the draft: {view}");
    assert_eq!(rate(&app, &e[2].1, item, 3, J, true).await.status(), StatusCode::OK);
    let view = json_of(app.get(&format!("/api/v1/items/{item}"), Some(&e[0].1)).await).await;
    let labels: Vec<&str> = view["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["reviewer"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Reviewer C", "Reviewer B"], "in score order (3, 5): {view}");
}

#[tokio::test]
async fn a_submitted_rating_is_final_and_only_the_secretariat_reopens_it_with_a_reason() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5], 2, None, true).await;
    let (expert_id, expert) = (c.experts[0].0, c.experts[0].1.clone());
    let item = items(&app, &expert).await[0];
    assert_eq!(rate(&app, &expert, item, 4, J, true).await.status(), StatusCode::OK);
    for submit in [true, false] {
        assert_error(
            rate(&app, &expert, item, 5, J, submit).await,
            StatusCode::CONFLICT,
            "rating_submitted",
        )
        .await;
    }
    let reopen = |token: String, body: Value| {
        let app = &app;
        async move {
            app.post(&format!("/api/v1/items/{item}/reopen"), Some(&token), Some(&body))
                .await
        }
    };
    // Only the secretariat; a reason is needed; the user must review the item.
    assert_error(
        reopen(
            expert.clone(),
            json!({"user_id": expert_id, "reason": "I made a typing mistake."}),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_invalid(
        reopen(c.sec.clone(), json!({"user_id": expert_id, "reason": ""})).await,
        "reason",
    )
    .await;
    assert_invalid(reopen(c.sec.clone(), json!({"user_id": expert_id})).await, "reason").await;
    assert_invalid(
        reopen(
            c.sec.clone(),
            json!({"user_id": c.experts[1].0 + 100, "reason": "A mistake to correct."}),
        )
        .await,
        "user_id",
    )
    .await;
    // Nothing changed meanwhile.
    let view = json_of(app.get(&format!("/api/v1/items/{item}"), Some(&expert)).await).await;
    assert_eq!(view["my_rating"]["submitted"], true);
    // Reopened: a draft again, changed, submitted again.
    let r = reopen(
        c.sec.clone(),
        json!({"user_id": expert_id, "reason": "The expert scored the wrong measurement."}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["submitted"], false);
    assert_eq!(rate(&app, &expert, item, 2, J, true).await.status(), StatusCode::OK);
    // The expert was told why, and the audit log keeps the reason.
    let mails = entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Kind.eq("rating_reopened"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].to_address == c.experts[0].2 && mails[0].body_text.contains("wrong measurement"));
    let audit = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::Action.eq("rating.reopen"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audit.len(), 1);
    assert!(audit[0].after.as_deref().unwrap_or("").contains("wrong measurement"));
    // A round no longer open cannot be reopened.
    assert_eq!(
        rate(&app, &c.experts[1].1, item, 2, J, true).await.status(),
        StatusCode::OK
    );
    for i in items(&app, &expert).await.into_iter().filter(|i| *i != item) {
        for e in &c.experts {
            rate(&app, &e.1, i, 3, J, true).await;
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    assert_error(
        reopen(
            c.sec.clone(),
            json!({"user_id": expert_id, "reason": "Too late for this one."}),
        )
        .await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
}

#[tokio::test]
async fn a_chair_in_conflict_with_a_city_is_no_chair_for_it() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5, 5], 3, None, false).await;
    let assigned = bundle(&app, &c).await;
    let (chair_id, chair) = c
        .experts
        .iter()
        .find(|e| !assigned.contains(&i64::from(e.0)))
        .map(|e| (e.0, e.1.clone()))
        .unwrap();
    let cycle = json_of(app.get_cycle(&c.sec, c.cycle).await).await;
    let panel = cycle["panels"][0]["id"].as_i64().unwrap();
    let members: Vec<i32> = c.experts.iter().map(|e| e.0).collect();
    assert_eq!(
        app.update_panel(&c.sec, c.cycle, panel, &json!({"members": members, "chair": chair_id}))
            .await
            .status(),
        StatusCode::OK
    );
    let r = app
        .post(
            &format!("/api/v1/experts/{chair_id}/conflicts"),
            Some(&chair),
            Some(&json!({"city_id": c.city, "reason": "My sister leads Cork's learning festival."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(json_of(r).await["removed_from"], json!([]), "the chair reviews nothing");
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    let item = items(&app, &c.experts.iter().find(|e| e.0 != chair_id).unwrap().1).await[0];
    // No access to the city's items, out of the queue, no statement, no moderation.
    assert_error(
        app.get(&format!("/api/v1/items/{item}"), Some(&chair)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_eq!(queue(&app, &chair, c.cycle).await, Vec::<Value>::new());
    assert_error(
        app.put(
            &format!("/api/v1/items/{item}/feedback"),
            Some(&chair),
            &json!({"statement": "Good."}),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.post(
            &format!("/api/v1/items/{item}/consensus"),
            Some(&chair),
            Some(&json!({"score": 3, "rationale": "The panel weighed the evidence."})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let (b, _) = sign_in(&app, chair_id).await;
    assert_eq!(
        b.get(app.url(&format!("/reconcile/items/{item}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    let page = b
        .get(app.url(&format!("/cycles/{}/reconcile", c.cycle)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("Cork"), "{page}");
}

#[tokio::test]
async fn a_conflict_declared_mid_review_takes_the_expert_off_and_refills_the_place() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5, 5], 3, None, true).await;
    let assigned = bundle(&app, &c).await;
    let leaving = c
        .experts
        .iter()
        .find(|e| assigned.contains(&i64::from(e.0)))
        .unwrap()
        .clone();
    let spare = c
        .experts
        .iter()
        .find(|e| !assigned.contains(&i64::from(e.0)))
        .unwrap()
        .clone();
    let item = items(&app, &leaving.1).await[0];
    assert_eq!(
        rate(&app, &leaving.1, item, 1, &format!("LEAVING-RATING: {J}"), true)
            .await
            .status(),
        StatusCode::OK
    );
    // Bad input changes nothing: a conflict with a city that does not exist.
    assert_invalid(
        app.post(
            &format!("/api/v1/experts/{}/conflicts", leaving.0),
            Some(&leaving.1),
            Some(&json!({"city_id": 99999, "reason": "No such city."})),
        )
        .await,
        "city_id",
    )
    .await;
    assert_eq!(bundle(&app, &c).await, assigned);
    let r = app
        .post(
            &format!("/api/v1/experts/{}/conflicts", leaving.0),
            Some(&leaving.1),
            Some(&json!({"city_id": c.city, "reason": "I was just hired by Cork's city council."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let body = json_of(r).await;
    let removed = body["removed_from"].as_array().unwrap();
    assert_eq!(removed.len(), 1, "{body}");
    assert_eq!(removed[0]["city_id"], c.city);
    // Off at once: the items, the bundle's page and the report are no longer theirs.
    assert_error(
        app.get(&format!("/api/v1/items/{item}"), Some(&leaving.1)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        rate(&app, &leaving.1, item, 3, J, true).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get_submission(&leaving.1, c.cycle, c.city).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert!(items(&app, &leaving.1).await.is_empty());
    // The place is refilled by the spare member, who is told.
    let now = bundle(&app, &c).await;
    assert!(
        now.contains(&i64::from(spare.0)) && !now.contains(&i64::from(leaving.0)),
        "{now:?}"
    );
    assert!(items(&app, &spare.1).await.contains(&item));
    let notices = entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Kind.eq("assignment"))
        .filter(entity::outbox::Column::ToAddress.eq(spare.2.clone()))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(notices.len(), 1, "the new reviewer is told");
    // Their rating is kept, set aside: out of the consensus and of everyone's view but the
    // secretariat's history.
    let kept = entity::rating::Entity::find()
        .filter(entity::rating::Column::ExpertUserId.eq(leaving.0))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(kept.len(), 1);
    assert!(kept[0].set_aside_at.is_some());
    for e in c.experts.iter().filter(|e| e.0 != leaving.0) {
        for i in items(&app, &e.1).await {
            assert_eq!(rate(&app, &e.1, i, 4, J, true).await.status(), StatusCode::OK);
        }
    }
    let row = queue(&app, &c.sec, c.cycle)
        .await
        .into_iter()
        .find(|i| i["id"] == item)
        .unwrap();
    assert_eq!(row["scores"], json!([4, 4, 4]), "the set-aside 1 does not count: {row}");
    let (b, _) = sign_in(&app, {
        let (id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
        id
    })
    .await;
    let page = b
        .get(app.url(&format!("/reconcile/items/{item}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("LEAVING-RATING") && page.contains("set aside"), "{page}");
    let audit = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::Action.eq("assignment.conflict"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audit.len(), 1);
}

#[tokio::test]
async fn in_reconciliation_a_late_conflict_settles_the_round_without_them_and_one_rating_is_not_agreement() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5], 2, None, true).await;
    let (a, b) = (c.experts[0].clone(), c.experts[1].clone());
    let list = items(&app, &a.1).await;
    // The first item disagrees (1 against 5); the others agree.
    for (n, i) in list.iter().enumerate() {
        let (sa, sb) = if n == 0 { (1, 5) } else { (3, 3) };
        assert_eq!(rate(&app, &a.1, *i, sa, J, true).await.status(), StatusCode::OK);
        assert_eq!(rate(&app, &b.1, *i, sb, J, true).await.status(), StatusCode::OK);
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let row = queue(&app, &c.sec, c.cycle)
        .await
        .into_iter()
        .find(|i| i["id"] == list[0])
        .unwrap();
    assert_eq!(row["status"], "disagreement");
    // A revises; B then declares a conflict: B is taken off (no refill in reconciliation), B's
    // ratings are set aside, and the round, complete without B, settles on A's score alone:
    // one rating is never agreement, so it goes to moderation.
    assert_eq!(rate(&app, &a.1, list[0], 2, J, true).await.status(), StatusCode::OK);
    let r = app
        .post(
            &format!("/api/v1/experts/{}/conflicts", b.0),
            Some(&b.1),
            Some(&json!({"city_id": c.city, "reason": "I advised Cork's strategy last month."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(json_of(r).await["removed_from"].as_array().unwrap().len(), 1);
    let row = queue(&app, &c.sec, c.cycle)
        .await
        .into_iter()
        .find(|i| i["id"] == list[0])
        .unwrap();
    assert_eq!(row["status"], "moderation", "{row}");
    assert_eq!(row["scores"], json!([2]));
}

#[tokio::test]
async fn a_changed_home_city_or_a_shared_institution_is_a_conflict_too() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5, 5, 5], 3, None, true).await;
    let assigned = bundle(&app, &c).await;
    let on: Vec<_> = c
        .experts
        .iter()
        .filter(|e| assigned.contains(&i64::from(e.0)))
        .cloned()
        .collect();
    // An expert's institution, then the city records it among its own (its coordinator does).
    let profile = |city_id: Option<i64>, institution: &str| {
        json!({"country": "BR", "city_id": city_id, "institution": institution, "languages": ["en"],
               "expertise": ["3.1"], "capacity": 5})
    };
    assert_eq!(
        app.put(
            &format!("/api/v1/experts/{}/profile", on[0].0),
            Some(&on[0].1),
            &profile(None, "Munster Technological University")
        )
        .await
        .status(),
        StatusCode::OK
    );
    assert_eq!(bundle(&app, &c).await, assigned, "no conflict yet");
    let r = app
        .put(
            &format!("/api/v1/cities/{}/institutions", c.city),
            Some(&c.coordinator),
            &json!({"institutions": ["Cork City Council", "munster  technological university"]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["institutions"].as_array().unwrap().len(), 2);
    let now = bundle(&app, &c).await;
    assert!(!now.contains(&i64::from(on[0].0)) && now.len() == 3, "{now:?}");
    // Another expert moves to Cork: their home city.
    assert_eq!(
        app.put(
            &format!("/api/v1/experts/{}/profile", on[1].0),
            Some(&on[1].1),
            &profile(Some(c.city), "")
        )
        .await
        .status(),
        StatusCode::OK
    );
    let now = bundle(&app, &c).await;
    assert!(!now.contains(&i64::from(on[1].0)) && now.len() == 3, "{now:?}");
    // Bad input: a list with a name twice is refused and changes nothing.
    assert_invalid(
        app.put(
            &format!("/api/v1/cities/{}/institutions", c.city),
            Some(&c.coordinator),
            &json!({"institutions": ["UCC", "ucc"]}),
        )
        .await,
        "institutions",
    )
    .await;
    // Another city's users may not touch Cork's list; experts may not either.
    assert_error(
        app.put(
            &format!("/api/v1/cities/{}/institutions", c.city),
            Some(&on[2].1),
            &json!({"institutions": []}),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn the_institutions_page_keeps_the_list() {
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let city = app.city(&sec, "Cork", "IE").await;
    let (coord, _) = app.seed_user("coord@cork.example.org", Role::City, Some(city)).await;
    let (b, _) = sign_in(&app, coord).await;
    let page = b
        .get(app.url(&format!("/cities/{city}/institutions")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = hidden(&page, "csrf_token");
    let r = b
        .post(app.url(&format!("/cities/{city}/institutions")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("institutions", "Cork City Council\nUniversity College Cork\n"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let city_body = json_of(app.get(&format!("/api/v1/cities/{city}"), Some(&sec)).await).await;
    assert_eq!(
        city_body["institutions"],
        json!(["Cork City Council", "University College Cork"])
    );
    let home = b.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("University College Cork"), "{home}");
}
