//! Two app processes on one database, requests spread over both: the assignment is confirmed once,
//! no rating is lost or doubled, and every e-mail is sent once. On PostgreSQL (the way lcreview runs
//! on several machines) when TEST_DATABASE_URL says so, and on one SQLite file otherwise.
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, full_report, json_of};
use crate::mail::SmtpServer;
use lcreview::domain::user::Role;

/// The second node: the real `lcreview serve` binary, in its own process.
struct Process {
    child: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl Process {
    async fn start(database_url: &str, smtp_port: u16) -> Process {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_lcreview"))
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .current_dir(dir.path())
            .env("DATABASE_URL", database_url)
            .env("LCREVIEW_LOG__FILTER", "warn")
            .env("LCREVIEW_MAIL__SMTP_HOST", "127.0.0.1")
            .env("LCREVIEW_MAIL__SMTP_PORT", smtp_port.to_string())
            .env("LCREVIEW_MAIL__SMTP_TLS", "none")
            .env("LCREVIEW_MAIL__POLL_SECS", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server binary starts");
        let address = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::new();
        for _ in 0..150 {
            if client
                .get(format!("{address}/healthz"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return Process {
                    child,
                    address,
                    _dir: dir,
                };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the second node did not start");
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn two_nodes_confirm_once_keep_every_rating_and_send_each_mail_once() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|s| smtp.configure(s)).await;
    let other = Process::start(&app.database_url, smtp.port).await;
    let nodes = [app.address.clone(), other.address.clone()];
    let client = app.client.clone();

    // Setup on the first node: one city, one panel (3.1) of three experts, the report submitted,
    // an assignment proposed.
    let sec = app.secretariat().await;
    let city = i64::from(app.city(&sec, "Cork", "IE").await);
    let mut experts = Vec::new();
    for i in 0..3 {
        let (id, token) = app
            .seed_user(&format!("node-reviewer{i}@example.org"), Role::Expert, None)
            .await;
        let body = json!({"country": "BR", "languages": ["en"], "expertise": ["3.1"], "capacity": 5});
        let r = app
            .put(&format!("/api/v1/experts/{id}/profile"), Some(&token), &body)
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        experts.push((id, token));
    }
    let c = json_of(
        app.create_cycle(&sec, &json!({"name": "Two nodes", "city_ids": [city], "panel_size": 3}))
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
    app.update_panel(&sec, cycle, panels[0], &json!({"members": members}))
        .await;
    for p in &panels[1..] {
        app.update_panel(&sec, cycle, *p, &json!({"members": [], "measurements": []}))
            .await;
    }
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    let (_, coordinator) = app
        .seed_user("coord@cork.example.org", Role::City, Some(city as i32))
        .await;
    let mut report = full_report("en");
    report["narratives"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| k.starts_with("3.1."));
    app.save_submission(&coordinator, cycle, city, &report).await;
    assert_eq!(app.submit(&coordinator, cycle, city).await.status(), StatusCode::OK);
    let r = app
        .post(&format!("/api/v1/cycles/{cycle}/assignment/run"), Some(&sec), None)
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    // Eight confirmations at once, spread over both nodes: exactly one takes effect.
    let mut confirms = tokio::task::JoinSet::new();
    for i in 0..8 {
        let (client, url, sec) = (
            client.clone(),
            format!("{}/api/v1/cycles/{cycle}/assignment/confirm", nodes[i % 2]),
            sec.clone(),
        );
        confirms.spawn(async move { client.post(url).bearer_auth(sec).send().await.unwrap().status() });
    }
    let mut statuses = Vec::new();
    while let Some(s) = confirms.join_next().await {
        statuses.push(s.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "one confirmation takes effect: {statuses:?}"
    );
    assert!(
        statuses
            .iter()
            .all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT),
        "{statuses:?}"
    );
    let confirmed = entity::bundle_expert::Entity::find()
        .filter(entity::bundle_expert::Column::Stage.eq("confirmed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(confirmed, 3, "three places, confirmed once");
    assert_eq!(entity::review_item::Entity::find().count(&app.db).await.unwrap(), 3);

    // Every reviewer saves every item ten times as a draft, alternately through each node, all at
    // once; then submits it twice at once, through both nodes: a submission is final for the round.
    assert_eq!(app.transition(&sec, cycle, "reviewing").await.status(), StatusCode::OK);
    let items: Vec<i64> = entity::review_item::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|i| i64::from(i.id))
        .collect();
    let mut writes = tokio::task::JoinSet::new();
    for (e, (_, token)) in experts.iter().enumerate() {
        for item in &items {
            for n in 0..10usize {
                let url = format!("{}/api/v1/items/{item}/rating", nodes[(e + n) % 2]);
                let body = json!({
                    "score": 1 + (n % 5),
                    "justification": format!("Draft {n} by reviewer {e}: the report shows a funded strategy with results."),
                    "submit": false
                });
                let (client, token) = (client.clone(), token.clone());
                writes.spawn(async move {
                    let r = client.put(url).bearer_auth(token).json(&body).send().await.unwrap();
                    (r.status(), body)
                });
            }
        }
    }
    let mut acknowledged: Vec<Value> = Vec::new();
    while let Some(r) = writes.join_next().await {
        let (status, body) = r.unwrap();
        // A write may lose a race on the rating's version only if the client asked for a version;
        // these do not, so every one must be accepted.
        assert_eq!(status, StatusCode::OK, "{body}");
        acknowledged.push(body);
    }
    let mut submits = tokio::task::JoinSet::new();
    for (e, (_, token)) in experts.iter().enumerate() {
        for item in &items {
            for node in &nodes {
                let url = format!("{node}/api/v1/items/{item}/rating");
                let body = json!({
                    "score": 3,
                    "justification": format!("Final by reviewer {e} on item {item}: the report shows a funded strategy."),
                    "submit": true
                });
                let (client, token) = (client.clone(), token.clone());
                submits.spawn(async move {
                    let r = client.put(url).bearer_auth(token).json(&body).send().await.unwrap();
                    (r.status(), body)
                });
            }
        }
    }
    let mut submitted = 0;
    while let Some(r) = submits.join_next().await {
        let (status, body) = r.unwrap();
        assert!(
            status == StatusCode::OK || status == StatusCode::CONFLICT,
            "{status} {body}"
        );
        if status == StatusCode::OK {
            submitted += 1;
            acknowledged.push(body);
        }
    }
    assert_eq!(
        submitted, 9,
        "each rating submitted once, through one node or the other"
    );
    let ratings = entity::rating::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(ratings.len(), 9, "one rating per reviewer and item, none doubled");
    assert!(ratings.iter().all(|r| r.submitted));
    let versions = entity::rating_version::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(
        versions.len(),
        acknowledged.len(),
        "every acknowledged save is kept once"
    );
    for a in acknowledged.iter().filter(|a| a["submit"] == false) {
        let j = a["justification"].as_str().unwrap();
        assert_eq!(
            versions.iter().filter(|v| v.justification == j).count(),
            3,
            "each draft text was sent for three items: {j}"
        );
    }
    for r in &ratings {
        assert!(
            versions
                .iter()
                .any(|v| v.rating_id == r.id && v.justification == r.justification && v.submitted),
            "the current rating is its acknowledged submission"
        );
    }

    // Each expert's assignment notice and the city's receipt are sent once, though both nodes run
    // a sender.
    let messages = smtp.wait_for(4).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let all = smtp.messages();
    assert_eq!(
        all.len(),
        4,
        "each notice exactly once ({} then {})",
        messages.len(),
        all.len()
    );
    let sent = entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Status.eq("sent"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(sent, 4);
}
