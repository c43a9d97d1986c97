//! Security hardening (issue 15): dev sign-in only where nobody else can reach it, no open
//! redirect, tokens that expire and can be revoked (and say who issued them), exports safe to open
//! in a spreadsheet, cache and transport headers, rate limits, an append-only audit log, and the
//! clean-up of ended sessions.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of, one_panel_cycle};
use crate::pages::{browser, dev_app, hidden};

#[tokio::test]
async fn dev_sign_in_refuses_to_start_where_others_could_reach_it() {
    let (_db, url) = crate::helpers::TestDatabase::create().await;
    // Listening on every address.
    let mut s = crate::helpers::settings_for(&url);
    s.auth.dev_login = true;
    let listener = tokio::net::TcpListener::bind("0.0.0.0:0").await.unwrap();
    let err = lcreview::startup::Application::build_on(s, listener)
        .await
        .err()
        .expect("refused")
        .to_string();
    assert!(err.contains("not a loopback address"), "{err}");
    // Behind an https address (a reverse proxy: every request comes from loopback).
    let mut s = crate::helpers::settings_for(&url);
    s.auth.dev_login = true;
    s.auth.public_url = "https://review.example.org".into();
    let err = lcreview::startup::Application::build_on(s, TestApp::listener().await)
        .await
        .err()
        .expect("refused")
        .to_string();
    assert!(err.contains("https"), "{err}");
    // The real binary, dev sign-in from the environment and the address from `--bind`.
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_lcreview"))
            .args(["serve", "--bind", "0.0.0.0:0"])
            .env("DATABASE_URL", &url)
            .env("LCREVIEW_AUTH__DEV_LOGIN", "true")
            .env("LCREVIEW_LOG__FILTER", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("loopback"), "{stderr}");
}

#[tokio::test]
async fn after_sign_in_the_browser_goes_to_a_path_of_this_service_only() {
    let app = dev_app().await;
    let (id, _) = app.seed_user("ana@example.org", Role::Secretariat, None).await;
    for (next, expected) in [
        ("/admin/users", "/admin/users"),
        ("/\t/evil.example", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("https://evil.example", "/"),
        ("/\u{1}x", "/"),
        ("/ /evil.example", "/"),
        ("/é", "/"),
    ] {
        let b = browser();
        let page = b.get(app.url("/signin")).send().await.unwrap().text().await.unwrap();
        let csrf = hidden(&page, "csrf_token");
        let r = b
            .post(app.url("/auth/dev"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("user_id", &id.to_string()),
                ("next", next),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(r.headers()["location"], expected, "{next:?}");
    }
    // Signed in already: `/signin?next=` with a tab goes home, and control characters are no 500.
    let (b, _) = crate::pages::sign_in(&app, id).await;
    for q in ["%2F%09%2Fevil.example", "%2F%01x", "%0d%0aSet-Cookie:x=1"] {
        let r = b.get(app.url(&format!("/signin?next={q}"))).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{q}");
        assert_eq!(r.headers()["location"], "/", "{q}");
    }
}

#[tokio::test]
async fn tokens_expire_are_listed_and_revoked_and_never_come_back() {
    let app = TestApp::spawn().await;
    let (ana, ana_token) = app.seed_user("ana@example.org", Role::Expert, None).await;
    // A person issues their own; the lifetime is checked.
    for days in [0, 366] {
        assert_invalid(
            app.post(
                &format!("/api/v1/users/{ana}/tokens"),
                Some(&ana_token),
                Some(&json!({"expires_in_days": days})),
            )
            .await,
            "expires_in_days",
        )
        .await;
    }
    let issued = json_of(
        app.post(
            &format!("/api/v1/users/{ana}/tokens"),
            Some(&ana_token),
            Some(&json!({"label": "my scripts", "expires_in_days": 30})),
        )
        .await,
    )
    .await;
    let second = issued["token"].as_str().unwrap().to_owned();
    assert!(issued["expires_at"].is_string(), "{issued}");
    let listed = json_of(app.get("/api/v1/me/tokens", Some(&ana_token)).await).await;
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
    assert!(!listed.to_string().contains(&second), "never the secret");
    // Expired: 401 at once.
    app.db
        .execute_unprepared(&format!(
            "UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00Z' WHERE id = {}",
            issued["id"]
        ))
        .await
        .unwrap();
    assert_error(app.me(&second).await, StatusCode::UNAUTHORIZED, "unauthorized").await;
    // Revoked by its owner: 401; someone else's: 404.
    let other = json_of(
        app.post(&format!("/api/v1/users/{ana}/tokens"), Some(&ana_token), None)
            .await,
    )
    .await;
    let (_, bo_token) = app.seed_user("bo@example.org", Role::Expert, None).await;
    let path = format!("/api/v1/tokens/{}", other["id"]);
    let delete = |token: String| {
        let app = &app;
        let path = path.clone();
        async move {
            app.client
                .delete(app.url(&path))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    assert_error(delete(bo_token).await, StatusCode::NOT_FOUND, "not_found").await;
    assert_eq!(delete(ana_token.clone()).await.status(), StatusCode::NO_CONTENT);
    assert_error(
        app.me(other["token"].as_str().unwrap()).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    // Disabled and enabled again: the tokens out there stay dead.
    let staff = lcreview::app::Staff::operator();
    for disabled in [true, false] {
        lcreview::app::users::set_disabled(&app.app, &staff, ana, disabled)
            .await
            .unwrap();
    }
    assert_error(app.me(&ana_token).await, StatusCode::UNAUTHORIZED, "unauthorized").await;
}

#[tokio::test]
async fn a_token_issued_for_someone_else_needs_a_reason_and_both_names_are_audited() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let (ana, _) = app.seed_user("ana@example.org", Role::Expert, None).await;
    let sec_id = json_of(app.me(&sec).await).await["id"].as_i64().unwrap();
    assert_invalid(
        app.post(&format!("/api/v1/users/{ana}/tokens"), Some(&sec), None).await,
        "reason",
    )
    .await;
    let issued = json_of(
        app.post(
            &format!("/api/v1/users/{ana}/tokens"),
            Some(&sec),
            Some(&json!({"reason": "Ana's import script runs on the secretariat's server."})),
        )
        .await,
    )
    .await;
    let token = issued["token"].as_str().unwrap();
    let r = app
        .put(
            &format!("/api/v1/experts/{ana}/profile"),
            Some(token),
            &json!({"country": "BR", "languages": ["en"], "expertise": ["3.1"], "capacity": 3}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let entries = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::Action.eq("expert.profile"))
        .all(&app.db)
        .await
        .unwrap();
    let entry = entries.last().expect("the profile change is audited");
    assert_eq!(entry.actor_user_id, Some(ana));
    assert_eq!(entry.token_issued_by.map(i64::from), Some(sec_id));
    let issue = entity::audit_log::Entity::find()
        .filter(entity::audit_log::Column::Action.eq("token.issue"))
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        issue
            .iter()
            .any(|e| e.after.as_deref().is_some_and(|a| a.contains("secretariat's server"))),
        "the reason is in the log"
    );
}

#[tokio::test]
async fn signed_in_answers_are_not_cached_and_https_sends_hsts() {
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let r = app.me(&sec).await;
    assert_eq!(r.headers()["cache-control"], "no-store");
    let (id, _) = app.seed_user("ana@example.org", Role::Secretariat, None).await;
    let (b, _) = crate::pages::sign_in(&app, id).await;
    let r = b.get(app.url("/admin/users")).send().await.unwrap();
    assert_eq!(r.headers()["cache-control"], "no-store");
    assert!(r.headers().get("strict-transport-security").is_none(), "not over http");
    // The stylesheet is the same for everyone and may be cached.
    let css = b.get(app.url("/static/style.css")).send().await.unwrap();
    assert_ne!(
        css.headers().get("cache-control").map(|v| v.to_str().unwrap()),
        Some("no-store")
    );
    let https = TestApp::spawn_with(|s| s.auth.public_url = "https://review.example.org".into()).await;
    let r = https.get("/healthz", None).await;
    assert!(
        r.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age="),
        "{:?}",
        r.headers()
    );
}

#[tokio::test]
async fn sign_in_and_bad_tokens_are_rate_limited_per_address() {
    let app = TestApp::spawn_with(|s| {
        s.auth.dev_login = true;
        s.auth.requests_per_minute = 30;
    })
    .await;
    let b = browser();
    let mut statuses = Vec::new();
    for _ in 0..31 {
        statuses.push(b.get(app.url("/signin")).send().await.unwrap());
    }
    assert!(
        statuses[..30].iter().all(|r| r.status() == StatusCode::OK),
        "30 a minute are fine"
    );
    let last = statuses.pop().unwrap();
    assert_eq!(last.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(last.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    // Guessing tokens: 401s, then 429.
    let mut last = None;
    for i in 0..31 {
        let r = app.me(&format!("lcr_{i:0>40}")).await;
        last = Some(r.status());
        if i < 30 {
            assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        }
    }
    assert_eq!(last, Some(StatusCode::TOO_MANY_REQUESTS));
    // Valid tokens are never limited.
    let sec = app.secretariat().await;
    for _ in 0..40 {
        assert_eq!(app.me(&sec).await.status(), StatusCode::OK);
    }
}

#[tokio::test]
async fn the_audit_log_refuses_changes_in_the_database_itself() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    app.city(&sec, "Cork", "IE").await;
    for sql in ["UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log"] {
        let err = app.db.execute_unprepared(sql).await.expect_err(sql).to_string();
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    let n = entity::audit_log::Entity::find().all(&app.db).await.unwrap().len();
    assert!(n > 0);
}

#[tokio::test]
async fn ended_sessions_and_abandoned_sign_ins_are_purged() {
    let app = dev_app().await;
    let (id, _) = app.seed_user("ana@example.org", Role::Expert, None).await;
    let (live, _) = crate::pages::sign_in(&app, id).await;
    crate::pages::sign_in(&app, id).await;
    // One session ends within the hour; one sign-in is left at the provider now. The purge is asked
    // about two hours from now, when the other session has been seen again: the background worker,
    // which purges with the real time (its first pass may come at any moment here), leaves all
    // three alone, so what the purge reports is its own.
    let now = time::OffsetDateTime::now_utc();
    let at = now + time::Duration::hours(2);
    // Microseconds, as the service writes them.
    let ts = |t: time::OffsetDateTime| {
        let t = t.replace_nanosecond(t.nanosecond() / 1000 * 1000).unwrap();
        t.format(&time::format_description::well_known::Rfc3339).unwrap()
    };
    app.db
        .execute_unprepared(&format!(
            "UPDATE sessions SET expires_at = '{}' WHERE id = (SELECT MIN(id) FROM sessions WHERE user_id = {id})",
            ts(now + time::Duration::hours(1))
        ))
        .await
        .unwrap();
    app.db
        .execute_unprepared(&format!(
            "UPDATE sessions SET expires_at = '{}', last_seen_at = '{}' \
             WHERE id = (SELECT MAX(id) FROM sessions WHERE user_id = {id})",
            ts(now + time::Duration::hours(3)),
            ts(at)
        ))
        .await
        .unwrap();
    app.db
        .execute_unprepared(&format!(
            "INSERT INTO oidc_logins (browser_hash, provider, state, nonce, pkce_verifier, next_path, created_at) \
             VALUES ('h', 'test', 's', 'n', 'v', '/', '{}')",
            ts(now)
        ))
        .await
        .unwrap();
    let (sessions, sign_ins) = lcreview::app::auth::purge(&app.app, at).await.unwrap();
    assert_eq!((sessions, sign_ins), (1, 1));
    assert_eq!(entity::session::Entity::find().all(&app.db).await.unwrap().len(), 1);
    assert_eq!(live.get(app.url("/")).send().await.unwrap().status(), StatusCode::OK);
}

#[tokio::test]
async fn exports_and_imports_keep_spreadsheet_formulas_inert() {
    let app = TestApp::spawn().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let items: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(&c.experts[0].1)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    let j = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";
    for item in &items {
        for e in &c.experts {
            let r = app
                .put(
                    &format!("/api/v1/items/{item}/rating"),
                    Some(&e.1),
                    &json!({"score": 4, "justification": j, "submit": true}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let formulas = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+1+1",
    ];
    for (item, f) in items.iter().zip(formulas) {
        let r = app
            .put(
                &format!("/api/v1/items/{item}/feedback"),
                Some(&c.sec),
                &json!({"statement": f}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "published").await.status(),
        StatusCode::OK
    );
    let csv = app
        .get(&format!("/api/v1/cities/{}/profile.csv", c.city), Some(&c.coordinator))
        .await
        .text()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let feedback: Vec<String> = reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| !r[4].is_empty())
        .map(|r| r[7].to_owned())
        .collect();
    assert_eq!(feedback.len(), 3);
    for f in feedback {
        assert!(f.starts_with('\''), "{f}");
    }
    // The import refuses such a cell, naming its line.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cities.csv");
    std::fs::write(&file, "name,country,region,languages\n=cmd|' /C calc'!A0,IE,,en\n").unwrap();
    let err = lcreview::app::import::cities(&app.db, &file)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 2") && err.contains("formula"), "{err}");
}

/// A token's last use is written after the answer, through the writers' queue: it shows in the
/// owner's list shortly after the token's first use, and a token never used shows none.
#[tokio::test]
async fn a_tokens_last_use_is_recorded_after_the_answer() {
    let app = TestApp::spawn().await;
    let (ana, ana_token) = app.seed_user("ana@example.org", Role::Expert, None).await;
    let issued = json_of(
        app.post(
            &format!("/api/v1/users/{ana}/tokens"),
            Some(&ana_token),
            Some(&json!({"label": "used once"})),
        )
        .await,
    )
    .await;
    let second = issued["token"].as_str().unwrap().to_owned();
    let last_used = |listed: &serde_json::Value| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == issued["id"])
            .map(|t| t["last_used_at"].clone())
            .unwrap()
    };
    let listed = json_of(app.get("/api/v1/me/tokens", Some(&ana_token)).await).await;
    assert!(last_used(&listed).is_null(), "{listed}");
    assert_eq!(app.me(&second).await.status(), StatusCode::OK);
    let mut seen = serde_json::Value::Null;
    for _ in 0..100 {
        let listed = json_of(app.get("/api/v1/me/tokens", Some(&ana_token)).await).await;
        seen = last_used(&listed);
        if seen.is_string() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(seen.is_string(), "the token's use was not recorded: {seen}");
}
