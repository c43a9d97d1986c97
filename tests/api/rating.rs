//! Rating through the API: visibility before and after one's own submission, anonymity, phases,
//! deadlines, validation, versions, concurrency.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of};

struct World {
    app: TestApp,
    sec: String,
    cycle: i64,
    city: i64,
    /// (id, token, e-mail) of the two assigned experts, and of one who is not assigned.
    assigned: Vec<(i32, String, String)>,
    outsider: (i32, String),
    coordinator: String,
}

const JUSTIFICATION: &str = "The report shows a city-wide strategy with a budget, a timeline and named owners.";

async fn world(start_review: bool) -> World {
    // Dev sign-in on, so the page tests can sign in as these people. The third expert has no
    // capacity: a panel member who is not assigned.
    let app = TestApp::spawn_with(|s| s.auth.dev_login = true).await;
    let c = crate::helpers::one_panel_cycle(&app, &[5, 5, 0], 2, None, start_review).await;
    let mut experts = c.experts;
    let outsider = experts.pop().unwrap();
    World {
        app,
        sec: c.sec,
        cycle: c.cycle,
        city: c.city,
        assigned: experts,
        outsider: (outsider.0, outsider.1),
        coordinator: c.coordinator,
    }
}

async fn my_items(w: &World, token: &str) -> Vec<Value> {
    json_of(w.app.get("/api/v1/me/items", Some(token)).await)
        .await
        .as_array()
        .unwrap()
        .clone()
}

async fn rate(w: &World, token: &str, item: i64, body: Value) -> reqwest::Response {
    w.app
        .put(&format!("/api/v1/items/{item}/rating"), Some(token), &body)
        .await
}

async fn item(w: &World, token: &str, item: i64) -> reqwest::Response {
    w.app.get(&format!("/api/v1/items/{item}"), Some(token)).await
}

#[tokio::test]
async fn others_appear_anonymised_only_after_ones_own_submission() {
    let w = world(true).await;
    let (a, b) = (&w.assigned[0], &w.assigned[1]);
    let items = my_items(&w, &a.1).await;
    assert_eq!(items.len(), 3, "three measurements in the panel");
    assert!(
        items
            .iter()
            .all(|i| i["status"] == "open" && i["round"] == 1 && i["city_id"] == w.city)
    );
    let id = items[0]["id"].as_i64().unwrap();

    let view = json_of(item(&w, &a.1, id).await).await;
    assert!(
        view["narrative"]["text"]
            .as_str()
            .unwrap()
            .starts_with("What the city does")
    );
    assert_eq!(view["others"], json!([]));
    assert_eq!(view["my_rating"], Value::Null);

    // B submits; A, with only a draft, still sees nothing of B.
    let r = rate(
        &w,
        &b.1,
        id,
        json!({"score": 2, "justification": JUSTIFICATION, "submit": true}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = rate(
        &w,
        &a.1,
        id,
        json!({"score": 4, "justification": JUSTIFICATION, "confidence": "high", "submit": false}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let saved = json_of(r).await;
    assert_eq!(
        (
            saved["submitted"].as_bool(),
            saved["version"].as_i64(),
            saved["round"].as_i64()
        ),
        (Some(false), Some(1), Some(1))
    );
    assert_eq!(json_of(item(&w, &a.1, id).await).await["others"], json!([]));
    assert_eq!(my_items(&w, &a.1).await[0]["status"], "draft");

    // Once A submits, B's rating appears as "Reviewer …", never as a person.
    let r = rate(
        &w,
        &a.1,
        id,
        json!({"score": 4, "justification": JUSTIFICATION, "submit": true, "version": 1}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let view = json_of(item(&w, &a.1, id).await).await;
    let others = view["others"].as_array().unwrap();
    assert_eq!(others.len(), 1);
    assert_eq!(others[0]["score"], 2);
    assert!(others[0]["reviewer"].as_str().unwrap().starts_with("Reviewer "));
    let text = view.to_string();
    assert!(
        !text.contains(&b.2) && !text.contains("Test expert"),
        "no e-mail or name: {text}"
    );
    assert!(others[0].get("expert").is_none() && others[0].get("user_id").is_none() && others[0].get("id").is_none());
    // B now sees A the same way.
    let seen_by_b = json_of(item(&w, &b.1, id).await).await;
    assert_eq!(seen_by_b["others"][0]["score"], 4);
    assert_ne!(
        seen_by_b["others"][0]["reviewer"], others[0]["reviewer"],
        "each has their own letter"
    );
}

#[tokio::test]
async fn only_reviewers_rate_and_others_see_nothing() {
    let w = world(true).await;
    let id = my_items(&w, &w.assigned[0].1).await[0]["id"].as_i64().unwrap();
    let body = json!({"score": 3, "justification": JUSTIFICATION, "submit": true});
    // An expert not on the bundle, a city user: the item does not exist for them.
    assert_error(item(&w, &w.outsider.1, id).await, StatusCode::NOT_FOUND, "not_found").await;
    assert_error(
        rate(&w, &w.outsider.1, id, body.clone()).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(item(&w, &w.coordinator, id).await, StatusCode::NOT_FOUND, "not_found").await;
    assert_error(
        rate(&w, &w.coordinator, id, body.clone()).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_eq!(my_items(&w, &w.outsider.1).await.len(), 0);
    // The secretariat reads items but does not rate them.
    assert_eq!(item(&w, &w.sec, id).await.status(), StatusCode::OK);
    assert_error(
        rate(&w, &w.sec, id, body.clone()).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(item(&w, &w.sec, 99999).await, StatusCode::NOT_FOUND, "not_found").await;
    assert_error(item(&w, &w.sec, 0).await, StatusCode::NOT_FOUND, "not_found").await;
}

#[tokio::test]
async fn ratings_are_validated_and_versions_checked() {
    let w = world(true).await;
    let a = &w.assigned[0].1;
    let id = my_items(&w, a).await[0]["id"].as_i64().unwrap();
    for (body, field) in [
        (
            json!({"score": 6, "justification": JUSTIFICATION, "submit": false}),
            "score",
        ),
        (
            json!({"score": 0, "justification": JUSTIFICATION, "submit": false}),
            "score",
        ),
        (
            json!({"score": 3, "justification": "Too short.", "submit": true}),
            "justification",
        ),
        (
            json!({"score": 3, "justification": "x".repeat(10_001), "submit": false}),
            "justification",
        ),
        (
            json!({"score": 3, "justification": JUSTIFICATION, "confidence": "sure", "submit": false}),
            "confidence",
        ),
        (
            json!({"score": "three", "justification": JUSTIFICATION, "submit": false}),
            "score",
        ),
        (json!({"score": 3, "justification": JUSTIFICATION}), "submit"),
    ] {
        assert_invalid(rate(&w, a, id, body).await, field).await;
    }
    // Three saves: three versions kept; a stale version is refused.
    for (v, score) in [(None, 2), (Some(1), 3), (Some(2), 4)] {
        let mut body = json!({"score": score, "justification": JUSTIFICATION, "submit": false});
        if let Some(v) = v {
            body["version"] = json!(v);
        }
        assert_eq!(rate(&w, a, id, body).await.status(), StatusCode::OK);
    }
    let stale = rate(
        &w,
        a,
        id,
        json!({"score": 5, "justification": JUSTIFICATION, "submit": true, "version": 1}),
    )
    .await;
    assert_error(stale, StatusCode::CONFLICT, "stale_version").await;
    let versions = entity::rating_version::Entity::find().all(&w.app.db).await.unwrap();
    let scores: Vec<i16> = versions.iter().map(|v| v.score).collect();
    assert_eq!(scores, [2, 3, 4]);
    // Each save audited beside its version row (one statement with it on PostgreSQL), by its expert.
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let audited = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::ObjectType.eq("rating"))
        .order_by_asc(entity::audit_log::Column::Id)
        .all(&w.app.db)
        .await
        .unwrap();
    let seen: Vec<(String, Option<i32>, Option<i32>, Value)> = audited
        .iter()
        .map(|e| {
            let after: Value = serde_json::from_str(e.after.as_deref().unwrap()).unwrap();
            (
                e.action.clone(),
                e.actor_user_id,
                e.token_issued_by,
                after["version"].clone(),
            )
        })
        .collect();
    let expert = Some(w.assigned[0].0);
    assert_eq!(
        seen,
        [1, 2, 3].map(|v| ("rating.save".to_owned(), expert, None, json!(v)))
    );
    assert!(
        audited.iter().all(|e| e.object_id == versions[0].rating_id.to_string()),
        "{audited:?}"
    );
    // The whole entry, as written (the first save's fast path and the locked path write the same).
    let item = id;
    assert_eq!(
        audited.iter().map(|e| e.after.clone().unwrap()).collect::<Vec<_>>(),
        [(1, 2), (2, 3), (3, 4)].map(|(version, score)| {
            json!({"item_id": item, "round": 1, "score": score, "submitted": false, "version": version}).to_string()
        })
    );
}

#[tokio::test]
async fn no_rating_outside_the_rating_phase_or_after_the_deadline() {
    let w = world(false).await;
    let a = &w.assigned[0].1;
    // Assigned and confirmed, but review has not started.
    let items = json_of(w.app.get("/api/v1/me/items", Some(a)).await).await;
    assert_eq!(items, json!([]), "nothing to do before review starts");
    use sea_orm::QueryOrder;
    let first = entity::review_item::Entity::find()
        .order_by_asc(entity::review_item::Column::Id)
        .one(&w.app.db)
        .await
        .unwrap()
        .unwrap();
    // The item is not the reviewer's to see yet: it holds the city's narrative.
    let body = json!({"score": 3, "justification": JUSTIFICATION, "submit": true});
    assert_error(
        rate(&w, a, first.id.into(), body.clone()).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;

    assert_eq!(
        w.app.transition(&w.sec, w.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    // Reconciling needs every first-round rating, or the deadline.
    let r = w.app.transition(&w.sec, w.cycle, "reconciling").await;
    let err = assert_error(r, StatusCode::CONFLICT, "illegal_transition").await;
    assert!(err["error"]["message"].as_str().unwrap().contains("3 item(s)"), "{err}");
    // The deadline passes.
    let past = "2020-01-01T00:00:00Z";
    w.app
        .db
        .execute_unprepared(&format!("UPDATE cycles SET review_deadline = '{past}'"))
        .await
        .unwrap();
    assert_error(
        rate(&w, a, first.id.into(), body).await,
        StatusCode::CONFLICT,
        "deadline_passed",
    )
    .await;
}

#[tokio::test]
async fn concurrent_submissions_of_different_experts_are_all_kept() {
    let w = world(true).await;
    let (a, b) = (&w.assigned[0].1, &w.assigned[1].1);
    let id = my_items(&w, a).await[0]["id"].as_i64().unwrap();
    let body = |s: i64| json!({"score": s, "justification": JUSTIFICATION, "submit": true});
    let (ra, rb) = tokio::join!(rate(&w, a, id, body(5)), rate(&w, b, id, body(1)));
    assert_eq!((ra.status(), rb.status()), (StatusCode::OK, StatusCode::OK));
    let ratings = entity::rating::Entity::find().all(&w.app.db).await.unwrap();
    let mut scores: Vec<i16> = ratings.iter().map(|r| r.score).collect();
    scores.sort_unstable();
    assert_eq!(scores, [1, 5]);
}

#[tokio::test]
async fn an_expert_rates_through_the_pages() {
    use crate::pages::{hidden, sign_in};
    let w = world(true).await;
    let (a_id, b_token) = (w.assigned[0].0, w.assigned[1].1.clone());
    let (browser, _) = sign_in(&w.app, a_id).await;
    let home = browser.get(w.app.url("/")).send().await.unwrap().text().await.unwrap();
    let link = format!("/reviews/{}/{}/", w.cycle, w.city);
    assert!(home.contains(&link) && home.contains("0 of 3"), "{home}");
    let start = home.find(&link).unwrap();
    let path = home[start..].split('"').next().unwrap().to_owned();
    let page = browser
        .get(w.app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("What the city does") && page.contains("5 Excellent") && page.contains("1 Poor"));
    let items = my_items(&w, &w.assigned[0].1).await;
    let id = items[0]["id"].as_i64().unwrap();
    let csrf = hidden(&page, "csrf_token");

    // Too short: refused, the typed text kept, nothing saved.
    let r = browser
        .post(w.app.url(&format!("/items/{id}/rating")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("score", "4"),
            ("justification", "Short."),
            ("action", "submit"),
            ("version", "0"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(page.contains("at least 50") && page.contains("Short."));
    assert_eq!(entity::rating::Entity::find().all(&w.app.db).await.unwrap().len(), 0);

    // B submits first; A submits and then sees B as "Reviewer …".
    rate(
        &w,
        &b_token,
        id,
        json!({"score": 2, "justification": JUSTIFICATION, "submit": true}),
    )
    .await;
    let r = browser
        .post(w.app.url(&format!("/items/{id}/rating")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("score", "4"),
            ("justification", JUSTIFICATION),
            ("confidence", "medium"),
            ("action", "submit"),
            ("version", "0"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = browser
        .get(w.app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("The other reviewers") && page.contains("Reviewer "),
        "{page}"
    );
    assert!(!page.contains(&w.assigned[1].2), "no co-reviewer e-mail");

    // Past the deadline, in French: the refusal is decided inside the write (on SQLite, on the
    // writers' own thread) and still speaks the reviewer's language.
    w.app
        .db
        .execute_unprepared(&format!(
            "UPDATE users SET language = 'fr' WHERE id = {a_id}; UPDATE cycles SET review_deadline = '2020-01-01T00:00:00Z'"
        ))
        .await
        .unwrap();
    let other = items[1]["id"].as_i64().unwrap();
    let r = browser
        .post(w.app.url(&format!("/items/{other}/rating")))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("score", "3"),
            ("justification", JUSTIFICATION),
            ("action", "submit"),
            ("version", "0"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let page = r.text().await.unwrap();
    assert!(page.contains("l’échéance de ce tour est passée"), "{page}");

    // The outsider has no such page.
    let (outsider, _) = sign_in(&w.app, w.outsider.0).await;
    assert_eq!(
        outsider.get(w.app.url(&path)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );

    // The secretariat follows progress on the cycle page.
    let (sec_id, _) = w.app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (sec, _) = sign_in(&w.app, sec_id).await;
    let page = sec
        .get(w.app.url(&format!("/cycles/{}", w.cycle)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Ratings submitted:")
            && page.contains("2 of 6")
            && page.contains("Experts with ratings still to submit"),
        "{page}"
    );
    // Remind now: queued in the outbox (this test runs no SMTP server), for the two experts behind.
    let csrf = hidden(&page, "csrf_token");
    let r = sec
        .post(w.app.url(&format!("/cycles/{}/remind", w.cycle)))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    // A mass e-mail asks first, naming whom it goes to; nothing is queued until confirmed.
    assert_eq!(r.status(), StatusCode::OK);
    let confirm = r.text().await.unwrap();
    assert!(
        confirm.contains("2 expert(s) with ratings still to submit"),
        "{confirm}"
    );
    let queued = entity::outbox::Entity::find().all(&w.app.db).await.unwrap();
    assert!(!queued.iter().any(|m| m.kind == "reminder"));
    let r = sec
        .post(w.app.url(&format!("/cycles/{}/remind", w.cycle)))
        .form(&[("csrf_token", csrf.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let queued = entity::outbox::Entity::find().all(&w.app.db).await.unwrap();
    let reminders: Vec<_> = queued.iter().filter(|m| m.kind == "reminder").collect();
    assert_eq!(reminders.len(), 2);
}

/// For the one-trip write's tests: the first item `token`'s expert rates, with its cycle's version.
async fn first_item(w: &World, token: &str) -> (entity::review_item::Model, i32) {
    let id = my_items(w, token).await[0]["id"].as_i64().unwrap() as i32;
    let item = entity::review_item::Entity::find_by_id(id)
        .one(&w.app.db)
        .await
        .unwrap()
        .unwrap();
    let cycle = entity::cycle::Entity::find_by_id(item.cycle_id)
        .one(&w.app.db)
        .await
        .unwrap()
        .unwrap();
    (item, cycle.version)
}

/// How many ratings, rating versions and ratings' audit entries there are.
async fn rating_rows(db: &sea_orm::DatabaseConnection) -> (usize, usize, usize) {
    (
        entity::rating::Entity::find().all(db).await.unwrap().len(),
        entity::rating_version::Entity::find().all(db).await.unwrap().len(),
        entity::audit_log::Entity::find()
            .all(db)
            .await
            .unwrap()
            .iter()
            .filter(|e| e.object_type == "rating")
            .count(),
    )
}

/// A draft (or a submission) of score 3 with a justification long enough.
fn rating_input(submit: bool) -> lcreview::domain::rating::RatingInput {
    lcreview::domain::rating::RatingInput {
        score: lcreview::domain::score::Score::try_from(3).unwrap(),
        justification: lcreview::domain::rating::Justification::parse(JUSTIFICATION, 0).unwrap(),
        confidence: None,
        submit,
    }
}

/// The one-trip write of a first-round rating writes nothing — no rating, no version row, no audit
/// entry — when the cycle has moved on since the request read it, when the caller is not (or no
/// longer) a reviewer of the item, when the version expected is not the rating's, or when the
/// rating is submitted; the locked path then decides. When it writes, it writes all three.
#[tokio::test]
async fn the_one_trip_write_writes_nothing_unless_its_guard_holds() {
    use lcreview::domain::rating::RatingInput;
    use lcreview::store::ratings::one_trip::{FirstRound, write};
    let w = world(true).await;
    let (expert, token, _) = &w.assigned[0];
    let (item, version) = first_item(&w, token).await;
    let id = item.id;
    let draft = rating_input(false);
    let submitted = rating_input(true);
    async fn attempt(
        db: &sea_orm::DatabaseConnection,
        item: &entity::review_item::Model,
        (expert, cycle_version, expected_version): (i32, i32, Option<i32>),
        input: &RatingInput,
    ) -> Option<(i32, bool)> {
        let write_it = FirstRound {
            item_id: item.id,
            cycle_id: item.cycle_id,
            city_id: item.city_id,
            panel_id: item.panel_id,
            cycle_version,
            expert,
            input,
            expected_version,
            at: lcreview::store::now(),
            token_issuer: None,
        };
        write(db, &write_it).await.unwrap().map(|r| (r.version, r.submitted))
    }
    let db = &w.app.db;
    // The cycle moved on (a transition, new deadlines, other panels) since the read.
    assert_eq!(attempt(db, &item, (*expert, version + 1, None), &draft).await, None);
    // Another bundle's values than the item's (the guard looks the bundle up by them).
    let mut elsewhere = item.clone();
    elsewhere.city_id += 1000;
    assert_eq!(attempt(db, &elsewhere, (*expert, version, None), &draft).await, None);
    // Not a reviewer of the item.
    assert_eq!(attempt(db, &item, (w.outsider.0, version, None), &draft).await, None);
    assert_eq!(rating_rows(db).await, (0, 0, 0));
    // All as read: written, with its version row and audit entry.
    assert_eq!(
        attempt(db, &item, (*expert, version, Some(0)), &draft).await,
        Some((1, false))
    );
    assert_eq!(rating_rows(db).await, (1, 1, 1));
    // A first save expected, or another version than the rating's: nothing.
    assert_eq!(attempt(db, &item, (*expert, version, Some(0)), &draft).await, None);
    assert_eq!(attempt(db, &item, (*expert, version, Some(2)), &draft).await, None);
    assert_eq!(rating_rows(db).await, (1, 1, 1));
    assert_eq!(
        attempt(db, &item, (*expert, version, Some(1)), &submitted).await,
        Some((2, true))
    );
    // Submitted is final.
    assert_eq!(attempt(db, &item, (*expert, version, None), &draft).await, None);
    assert_eq!(rating_rows(db).await, (1, 2, 2));
    // And the API still says why, through the locked path.
    let again = rate(
        &w,
        token,
        i64::from(id),
        json!({"score": 2, "justification": JUSTIFICATION, "submit": false}),
    )
    .await;
    assert_error(again, StatusCode::CONFLICT, "rating_submitted").await;
}

/// A one-trip write that fails part-way (here its last statement, the audit entry, refused by a
/// trigger) keeps nothing of what it wrote before, and leaves no transaction open on its connection:
/// on a pool of one connection, the same write goes through once the trigger is gone.
#[tokio::test]
async fn a_one_trip_write_that_fails_keeps_nothing_and_leaves_its_connection_usable() {
    use lcreview::store::ratings::one_trip::{FirstRound, write};
    let w = world(true).await;
    let (expert, token, _) = &w.assigned[0];
    let (item, version) = first_item(&w, token).await;
    let mut settings = crate::helpers::settings_for(&w.app.database_url);
    settings.database.max_connections = 1;
    let one = lcreview::store::db::connect(&settings.database).await.unwrap();
    let postgres = one.get_database_backend() == sea_orm::DbBackend::Postgres;
    let (refuse, allow) = if postgres {
        (
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$; \
             CREATE TRIGGER refuse BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse()",
            "DROP TRIGGER refuse ON audit_log",
        )
    } else {
        (
            "CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'refused'); END",
            "DROP TRIGGER refuse",
        )
    };
    let input = rating_input(false);
    let rating = FirstRound {
        item_id: item.id,
        cycle_id: item.cycle_id,
        city_id: item.city_id,
        panel_id: item.panel_id,
        cycle_version: version,
        expert: *expert,
        input: &input,
        expected_version: None,
        at: lcreview::store::now(),
        token_issuer: None,
    };
    one.execute_unprepared(refuse).await.unwrap();
    assert!(write(&one, &rating).await.is_err());
    one.execute_unprepared(allow).await.unwrap();
    assert_eq!(
        rating_rows(&w.app.db).await,
        (0, 0, 0),
        "the failed write's rating, version row and audit entry are gone"
    );
    let saved = write(&one, &rating).await.unwrap().unwrap();
    assert_eq!((saved.version, saved.submitted), (1, false));
    assert_eq!(rating_rows(&w.app.db).await, (1, 1, 1));
}
