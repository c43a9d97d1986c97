//! Everyone is told (issue 17): each event that asks someone to act sends its message once, to the
//! right people only, with links on the service's public address, naming no reviewer to a city and
//! no co-reviewer to an expert; daily digests; the outbox and the templates for the secretariat.
use std::time::Duration;

use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of, one_panel_cycle};
use crate::mail::SmtpServer;

const PUBLIC: &str = "https://review.example.org";
const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

fn header<'a>(raw: &'a str, name: &str) -> Option<&'a str> {
    raw.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")))
}

/// The messages sent to `email`.
fn to<'a>(messages: &'a [String], email: &str) -> Vec<&'a String> {
    messages
        .iter()
        .filter(|m| header(m, "To").is_some_and(|t| t.contains(email)))
        .collect()
}

/// The plain-text part of a raw message, its quoted-printable soft breaks joined.
fn text_of(raw: &str) -> String {
    raw.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=")
}

async fn outbox_of_kind(app: &TestApp, kind: &str) -> Vec<entity::outbox::Model> {
    entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Kind.eq(kind))
        .all(&app.db)
        .await
        .unwrap()
}

/// Waits until the outbox holds no message waiting to be sent (at most 20 s).
async fn drained(app: &TestApp) {
    for _ in 0..200 {
        let waiting = entity::outbox::Entity::find()
            .filter(entity::outbox::Column::Status.is_in(["pending", "sending"]))
            .all(&app.db)
            .await
            .unwrap();
        if waiting.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox did not drain");
}

#[tokio::test]
async fn a_cycle_tells_each_person_what_concerns_them_once_with_the_public_address() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| {
        smtp.configure(s);
        s.auth.public_url = PUBLIC.into();
    })
    .await;
    // The whole cycle, with a disagreement on every item so that revision requests go out.
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    // An invitation names who invited and where to sign in.
    let r = app
        .create_user(
            &c.sec,
            &json!({"email": "aissatou@example.org", "name": "Aïssatou Diop", "role": "expert"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let items: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(&c.experts[0].1)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    for item in &items {
        for (e, s) in c.experts.iter().zip([1, 3, 5]) {
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
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    drained(&app).await;
    let messages = smtp.messages();

    let invited = to(&messages, "aissatou@example.org");
    assert_eq!(invited.len(), 1);
    let body = text_of(invited[0]);
    assert!(body.contains(&format!("{PUBLIC}/signin")), "{body}");
    assert!(body.contains("invited you"), "{body}");

    // The city: the cycle is open, its receipt; no reviewer anywhere.
    let city = to(&messages, "coord@cork.example.org");
    let subjects: Vec<&str> = city.iter().filter_map(|m| header(m, "Subject")).collect();
    assert_eq!(
        city.len(),
        1,
        "the coordinator was created after the cycle opened: {subjects:?}"
    );
    assert!(subjects[0].contains("received"), "{subjects:?}");
    for m in &city {
        for (_, _, email) in &c.experts {
            assert!(!m.contains(email.as_str()), "a reviewer named to the city");
        }
        let body = text_of(m);
        assert!(
            !body.contains("reviewer0") && !body.contains("http://127.0.0.1"),
            "{body}"
        );
    }

    // Each expert: one assignment notice and one revision request, naming no co-reviewer.
    for (_, _, email) in &c.experts {
        let mine = to(&messages, email);
        let subjects: Vec<&str> = mine.iter().filter_map(|m| header(m, "Subject")).collect();
        assert_eq!(mine.len(), 2, "{email}: {subjects:?}");
        assert!(
            subjects.iter().any(|s| s.contains("Your review assignment")),
            "{subjects:?}"
        );
        assert!(subjects.iter().any(|s| s.contains("Revision round 2")), "{subjects:?}");
        for m in &mine {
            for (_, _, other) in c.experts.iter().filter(|(_, _, e)| e != email) {
                assert!(!m.contains(other.as_str()), "a co-reviewer named to {email}");
            }
            let body = text_of(m);
            assert!(body.contains(PUBLIC) && !body.contains("http://127.0.0.1"), "{body}");
        }
    }
    // Each message was sent once: as many in the mailbox as the outbox says were sent.
    let sent = entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Status.eq("sent"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(sent.len(), messages.len());
}

#[tokio::test]
async fn cities_hear_that_a_cycle_opened_that_their_report_is_in_and_why_it_came_back() {
    let app = TestApp::spawn_with(|s| s.auth.public_url = PUBLIC.into()).await;
    let sec = app.secretariat().await;
    let cork = app.city(&sec, "Cork", "IE").await;
    let (_, coord) = app.seed_user("coord@cork.example.org", Role::City, Some(cork)).await;
    app.seed_user("deputy@cork.example.org", Role::City, Some(cork)).await;
    let dublin = app.city(&sec, "Dublin", "IE").await;
    app.seed_user("coord@dublin.example.org", Role::City, Some(dublin))
        .await;
    let c = json_of(
        app.create_cycle(&sec, &json!({"name": "Review 2026", "city_ids": [cork]}))
            .await,
    )
    .await;
    let cycle = c["id"].as_i64().unwrap();
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    let opened = outbox_of_kind(&app, "cycle_opened").await;
    let mut who: Vec<&str> = opened.iter().map(|m| m.to_address.as_str()).collect();
    who.sort_unstable();
    assert_eq!(who, ["coord@cork.example.org", "deputy@cork.example.org"], "not Dublin");
    assert!(
        opened[0]
            .body_text
            .contains(&format!("{PUBLIC}/cycles/{cycle}/reports/{cork}"))
    );

    let report = crate::helpers::full_report("en");
    let cork = i64::from(cork);
    assert_eq!(
        app.save_submission(&coord, cycle, cork, &report).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&coord, cycle, cork).await.status(), StatusCode::OK);
    assert_eq!(outbox_of_kind(&app, "submission_receipt").await.len(), 2);
    let message = "Please add the 2025 budget figures to 3.1.2 <and> the links.";
    assert_eq!(
        app.return_report(&sec, cycle, cork, message).await.status(),
        StatusCode::OK
    );
    let returned = outbox_of_kind(&app, "report_returned").await;
    assert_eq!(returned.len(), 2);
    assert!(
        returned[0].body_text.contains(&format!("> {message}")),
        "{}",
        returned[0].body_text
    );
    assert!(returned[0].body_html.contains("&lt;and&gt;"), "escaped in HTML");
}

#[tokio::test]
async fn every_revision_round_is_asked_for_and_reminders_come_before_the_reconciliation_deadline() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, false).await;
    let patch = |body: Value| {
        let app = &app;
        let (sec, cycle) = (c.sec.clone(), c.cycle);
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
    // Two revision rounds are allowed; confirmed already, so this is refused...
    assert_eq!(
        patch(json!({"rule": {"revision_rounds": 2}})).await.status(),
        StatusCode::CONFLICT
    );
    // ...and is set directly, as if chosen before confirmation.
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared("UPDATE cycles SET revision_rounds = 2")
        .await
        .unwrap();
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    let items: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(&c.experts[0].1)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    let rate = |token: String, item: i64, score: i64| {
        let app = &app;
        async move {
            app.put(
                &format!("/api/v1/items/{item}/rating"),
                Some(&token),
                &json!({"score": score, "justification": J, "submit": true}),
            )
            .await
        }
    };
    for item in &items {
        for (e, s) in c.experts.iter().zip([1, 3, 5]) {
            assert_eq!(rate(e.1.clone(), *item, s).await.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let asked = outbox_of_kind(&app, "revision").await;
    assert_eq!(asked.len(), 3, "one request per reviewer for all three items");
    assert!(asked.iter().all(|m| m.subject.contains("Revision round 2: 3 item(s)")));

    // The reconciliation deadline in a day: the 2-day reminder goes to those who have not revised.
    let deadline = (time::OffsetDateTime::now_utc() + time::Duration::days(1))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    assert_eq!(
        patch(json!({"deadlines": {"reconciliation": deadline}})).await.status(),
        StatusCode::OK
    );
    // Reviewer 0 revises everything (still disagreeing); reviewers 1 and 2 have not yet.
    for item in &items {
        assert_eq!(rate(c.experts[0].1.clone(), *item, 1).await.status(), StatusCode::OK);
    }
    let now = time::OffsetDateTime::now_utc();
    let queued = lcreview::app::reviews::due_reminders(&app.app, now).await.unwrap();
    assert_eq!(queued, 2);
    assert_eq!(
        lcreview::app::reviews::due_reminders(&app.app, now).await.unwrap(),
        0,
        "once"
    );
    let reminders = outbox_of_kind(&app, "reminder").await;
    let mut who: Vec<&str> = reminders.iter().map(|m| m.to_address.as_str()).collect();
    who.sort_unstable();
    assert_eq!(who, [c.experts[1].2.as_str(), c.experts[2].2.as_str()]);
    assert!(
        reminders[0].body_text.contains("revision round"),
        "{}",
        reminders[0].body_text
    );

    // The others keep 1, 3, 5: the items go to a third round, and everyone is asked again.
    for item in &items {
        for e in &c.experts[1..] {
            let s = if e.0 == c.experts[1].0 { 3 } else { 5 };
            assert_eq!(rate(e.1.clone(), *item, s).await.status(), StatusCode::OK);
        }
    }
    // One request per reviewer for the round, however many items reach it (and when).
    let asked = outbox_of_kind(&app, "revision").await;
    assert_eq!(
        asked.len(),
        6,
        "{:?}",
        asked.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert_eq!(
        asked.iter().filter(|m| m.subject.contains("Revision round 3")).count(),
        3,
        "{:?}",
        asked.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_daily_digest_gathers_held_messages_once_across_two_nodes() {
    let app = TestApp::spawn().await;
    let other = app.sibling(|_| {}).await;
    let c = crate::helpers::one_panel_submitted(&app, &[5, 5, 5], 3, None, &["en"]).await;
    let (digest_id, digest_token, digest_email) = c.experts[0].clone();
    assert_invalid(
        app.put(
            "/api/v1/me/preferences",
            Some(&digest_token),
            &json!({"mail_digest": "weekly"}),
        )
        .await,
        "mail_digest",
    )
    .await;
    let me = json_of(
        app.put(
            "/api/v1/me/preferences",
            Some(&digest_token),
            &json!({"mail_digest": "daily", "time_zone": "Asia/Shanghai"}),
        )
        .await,
    )
    .await;
    assert_eq!(me["mail_digest"], "daily");
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
    // The assignment notice is held for them; the others get theirs at once.
    let notices = outbox_of_kind(&app, "assignment").await;
    let mine: Vec<_> = notices.iter().filter(|m| m.to_address == digest_email).collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].status, "held");
    assert_eq!(mine[0].user_id, Some(digest_id));
    assert!(
        notices
            .iter()
            .filter(|m| m.to_address != digest_email)
            .all(|m| m.status == "pending")
    );
    // Before their next digest hour nothing goes; after it, both nodes try at once: one digest.
    let held_at = mine[0].created_at;
    assert_eq!(
        lcreview::app::notify::send_digests(&app.app, held_at).await.unwrap(),
        0,
        "held since the last digest hour: waits for the next"
    );
    let later = held_at + time::Duration::days(1);
    let (a, b) = tokio::join!(
        lcreview::app::notify::send_digests(&app.app, later),
        lcreview::app::notify::send_digests(&other.app, later)
    );
    assert_eq!(a.unwrap() + b.unwrap(), 1);
    let digests = outbox_of_kind(&app, "digest").await;
    assert_eq!(digests.len(), 1);
    assert_eq!(digests[0].to_address, digest_email);
    assert!(
        digests[0].body_text.contains("Your review assignment"),
        "{}",
        digests[0].body_text
    );
    assert!(digests[0].body_text.contains("Cork"));
    let carried = entity::outbox::Entity::find_by_id(mine[0].id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(carried.status, "digested");
    assert_eq!(carried.digest_id, Some(digests[0].id));
    assert_eq!(lcreview::app::notify::send_digests(&app.app, later).await.unwrap(), 0);
    // Back to one message per event: anything held goes out at once.
    let r = app
        .put(
            "/api/v1/me/preferences",
            Some(&digest_token),
            &json!({"mail_digest": "immediate"}),
        )
        .await;
    assert_eq!(json_of(r).await["mail_digest"], "immediate");
}

#[tokio::test]
async fn a_failed_message_is_retried_shown_as_failed_and_sent_again_by_hand() {
    // An SMTP server that is not there: every attempt fails.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_with(|s| {
        s.mail.smtp_host = "127.0.0.1".into();
        s.mail.smtp_port = port;
        s.mail.smtp_tls = lcreview::config::SmtpTls::None;
        s.mail.poll_secs = 1;
        s.mail.max_attempts = 2;
        s.mail.retry_secs = 1;
    })
    .await;
    let sec = app.secretariat().await;
    let r = app
        .create_user(
            &sec,
            &json!({"email": "ana@example.org", "name": "Ana", "role": "expert"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let mut failed = Vec::new();
    for _ in 0..100 {
        failed = json_of(app.get("/api/v1/outbox?status=failed", Some(&sec)).await)
            .await
            .as_array()
            .unwrap()
            .clone();
        if !failed.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(failed.len(), 1, "given up after the last attempt");
    let m = &failed[0];
    assert_eq!(m["to"], "ana@example.org");
    assert_eq!(m["kind"], "invitation");
    assert_eq!(m["attempts"], 2);
    assert!(m["last_error"].as_str().is_some_and(|e| !e.is_empty()), "{m}");
    // Sent again by hand: queued with its attempts from zero; a message not failed is refused.
    let id = m["id"].as_i64().unwrap();
    let again = json_of(app.post(&format!("/api/v1/outbox/{id}/retry"), Some(&sec), None).await).await;
    assert!(again["status"] == "pending" || again["status"] == "sending", "{again}");
    assert_error(
        app.post(&format!("/api/v1/outbox/{id}/retry"), Some(&sec), None).await,
        StatusCode::CONFLICT,
        "not_failed",
    )
    .await;
    assert_error(
        app.post("/api/v1/outbox/99999/retry", Some(&sec), None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    // Filters are checked; the outbox and the templates are the secretariat's.
    assert_invalid(app.get("/api/v1/outbox?status=lost", Some(&sec)).await, "status").await;
    assert_invalid(app.get("/api/v1/outbox?limit=many", Some(&sec)).await, "limit").await;
    let (_, expert) = app.seed_user("e@example.org", Role::Expert, None).await;
    for path in ["/api/v1/outbox", "/api/v1/mail/templates"] {
        assert_error(app.get(path, Some(&expert)).await, StatusCode::FORBIDDEN, "forbidden").await;
    }
}

#[tokio::test]
async fn the_secretariat_previews_every_message() {
    use crate::pages::{dev_app, sign_in};
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let all = json_of(app.get("/api/v1/mail/templates", Some(&sec)).await).await;
    let kinds: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, lcreview::mail::templates::KINDS);
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (b, _) = sign_in(&app, sec_id).await;
    let list = b
        .get(app.url("/mail/templates"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for k in kinds {
        assert!(list.contains(&format!("/mail/templates/{k}")), "{k}");
        let page = b.get(app.url(&format!("/mail/templates/{k}"))).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK, "{k}");
        let html = b
            .get(app.url(&format!("/mail/templates/{k}/html")))
            .send()
            .await
            .unwrap();
        assert_eq!(html.status(), StatusCode::OK, "{k}");
    }
    assert_eq!(
        b.get(app.url("/mail/templates/nonsense"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    let outbox = b.get(app.url("/outbox")).send().await.unwrap();
    assert_eq!(outbox.status(), StatusCode::OK);
}
