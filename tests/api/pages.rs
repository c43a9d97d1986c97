//! Pages, sessions and CSRF, through dev sign-in (the OpenID Connect round trip is tested apart).
use lcreview::domain::user::Role;
use reqwest::StatusCode;

use crate::helpers::TestApp;

/// A browser: a client with its own cookie jar.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name} field")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

pub async fn dev_app() -> TestApp {
    TestApp::spawn_with(|s| s.auth.dev_login = true).await
}

/// Opens the sign-in page and posts its dev form, as a browser would.
async fn post_dev_signin(app: &TestApp, b: &reqwest::Client, user_id: i32) -> reqwest::Response {
    let page = b.get(app.url("/signin")).send().await.unwrap().text().await.unwrap();
    let csrf = hidden(&page, "csrf_token");
    b.post(app.url("/auth/dev"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("user_id", &user_id.to_string()),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap()
}

/// Signs in through the dev form; returns the browser and the CSRF token of the signed-in session.
pub async fn sign_in(app: &TestApp, user_id: i32) -> (reqwest::Client, String) {
    let b = browser();
    let r = post_dev_signin(app, &b, user_id).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
    let home = b.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    let session_csrf = hidden(&home, "csrf_token");
    (b, session_csrf)
}

#[tokio::test]
async fn each_role_lands_on_its_home_page_and_signs_out() {
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let city = app.city(&sec, "Cork", "IE").await;
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (expert_id, _) = app.seed_user("expert@example.org", Role::Expert, None).await;
    let (city_id, _) = app.seed_user("coord@cork.example.org", Role::City, Some(city)).await;

    for (id, expected) in [(sec_id, "Secretariat"), (expert_id, "Your reviews"), (city_id, "Cork")] {
        let (b, csrf) = sign_in(&app, id).await;
        let home = b.get(app.url("/")).send().await.unwrap().text().await.unwrap();
        assert!(home.contains(&format!("<h1>{expected}</h1>")), "{expected}: {home}");
        assert!(home.contains("Sign out"));

        // Sign-out without the CSRF token is refused and changes nothing.
        let r = b.post(app.url("/signout")).form(&[("x", "y")]).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        let still = b.get(app.url("/")).send().await.unwrap().text().await.unwrap();
        assert!(still.contains("Sign out"));

        let r = b
            .post(app.url("/signout"))
            .form(&[("csrf_token", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let after = b.get(app.url("/")).send().await.unwrap().text().await.unwrap();
        assert!(after.contains("href=\"/signin\""), "signed out: {after}");
    }
}

#[tokio::test]
async fn logout_kills_the_session_on_the_server() {
    let app = dev_app().await;
    let (id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (b, csrf) = sign_in(&app, id).await;
    assert_eq!(
        b.get(app.url("/admin/users")).send().await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(entity_sessions(&app).await.len(), 1);
    b.post(app.url("/signout"))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert!(entity_sessions(&app).await.is_empty(), "the session row is gone");
    let r = b.get(app.url("/admin/users")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/signin?next=%2Fadmin%2Fusers")
    );
}

async fn entity_sessions(app: &TestApp) -> Vec<(i32, i32)> {
    use sea_orm::EntityTrait;
    entity::session::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| (s.id, s.user_id))
        .collect()
}

#[tokio::test]
async fn secretariat_pages_are_for_the_secretariat() {
    let app = dev_app().await;
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (expert_id, _) = app.seed_user("expert@example.org", Role::Expert, None).await;

    let anonymous = browser();
    let r = anonymous.get(app.url("/admin/cities")).send().await.unwrap();
    assert_eq!(
        r.status(),
        StatusCode::SEE_OTHER,
        "anonymous visitors are sent to sign in"
    );

    let (expert, expert_csrf) = sign_in(&app, expert_id).await;
    assert_eq!(
        expert.get(app.url("/admin/users")).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    let r = expert
        .post(app.url("/admin/cities"))
        .form(&[
            ("csrf_token", expert_csrf.as_str()),
            ("name", "X"),
            ("country", "FR"),
            ("languages", "fr"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let (sec, csrf) = sign_in(&app, sec_id).await;
    let r = sec
        .post(app.url("/admin/cities"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Lyon"),
            ("country", "fr"),
            ("region", ""),
            ("languages", "fr, en"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = sec
        .get(app.url("/admin/cities"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Lyon was registered.") && page.contains("<td>Lyon</td>"),
        "{page}"
    );

    // A refused form comes back with the input kept and the reason shown.
    let r = sec
        .post(app.url("/admin/cities"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("name", "Nowhere"),
            ("country", "XX"),
            ("languages", "fr"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(page.contains("country") && page.contains("value=\"Nowhere\""));

    // A CSRF token from another session is refused.
    let r = sec
        .post(app.url("/admin/cities"))
        .form(&[
            ("csrf_token", expert_csrf.as_str()),
            ("name", "Nice"),
            ("country", "FR"),
            ("languages", "fr"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn inviting_and_disabling_users_from_the_pages() {
    let app = dev_app().await;
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (expert_id, expert_token) = app.seed_user("expert@example.org", Role::Expert, None).await;
    let (sec, csrf) = sign_in(&app, sec_id).await;
    let (expert, _) = sign_in(&app, expert_id).await;

    let r = sec
        .post(app.url("/admin/users"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", "new@example.org"),
            ("name", "<b>New</b>"),
            ("role", "expert"),
            ("city_id", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = sec
        .get(app.url("/admin/users"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("&lt;b&gt;New&lt;/b&gt;") && !page.contains("<b>New</b>"),
        "names are escaped"
    );

    let r = sec
        .post(app.url(&format!("/admin/users/{expert_id}/disable")))
        .form(&[("csrf_token", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Their session and their API token stop working at once.
    assert!(
        !expert
            .get(app.url("/"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("Sign out")
    );
    assert_eq!(app.me(&expert_token).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn dev_sign_in_does_not_exist_unless_configured() {
    let app = TestApp::spawn().await;
    let (id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let b = browser();
    let r = b.get(app.url("/signin")).send().await.unwrap();
    let csrf = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .find_map(|v| {
            v.to_str()
                .unwrap()
                .strip_prefix("lcr_csrf=")
                .map(|c| c.split(';').next().unwrap().to_owned())
        })
        .expect("the sign-in page sets its CSRF cookie");
    assert!(!r.text().await.unwrap().contains("/auth/dev"));
    // Even with a valid CSRF token, there is no dev sign-in to reach.
    let r = b
        .post(app.url("/auth/dev"))
        .form(&[("csrf_token", csrf), ("user_id", id.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(entity_sessions(&app).await.is_empty());
}

#[tokio::test]
async fn session_cookies_are_http_only_and_lax() {
    let app = dev_app().await;
    let (id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let r = post_dev_signin(&app, &browser(), id).await;
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("lcr_session="))
        .expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http on loopback: {cookie}");
}

#[tokio::test]
async fn idle_and_old_sessions_end() {
    use sea_orm::ConnectionTrait;
    let app = dev_app().await;
    let (id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    for column in ["last_seen_at", "expires_at"] {
        let (b, _) = sign_in(&app, id).await;
        assert_eq!(
            b.get(app.url("/admin/users")).send().await.unwrap().status(),
            StatusCode::OK
        );
        // Idle past auth.session_idle_minutes (120), or past the absolute end of the session.
        let past = (time::OffsetDateTime::now_utc() - time::Duration::hours(3))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        let sql = format!("UPDATE sessions SET {column} = '{past}'");
        app.db.execute_unprepared(&sql).await.unwrap();
        let r = b.get(app.url("/admin/users")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{column}");
        assert!(
            entity_sessions(&app).await.is_empty(),
            "the expired session is deleted ({column})"
        );
    }
}

/// A time `hours` ago as the database stores it, for setting a session's times by hand.
fn hours_ago(hours: i64) -> String {
    (time::OffsetDateTime::now_utc() - time::Duration::hours(hours))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// The app with a signed-in secretariat member's browser (one session).
async fn app_with_a_session() -> (TestApp, reqwest::Client) {
    let app = dev_app().await;
    let (id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (b, _) = sign_in(&app, id).await;
    (app, b)
}

/// A session seen again after a while moves its last-seen time on (what idle expiry counts from),
/// written after the answer; a page view within the granularity writes nothing.
#[tokio::test]
async fn a_session_seen_again_moves_its_last_seen_time_on() {
    use sea_orm::{ConnectionTrait, EntityTrait};
    let (app, b) = app_with_a_session().await;
    let last_seen = || async {
        entity::session::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .last_seen_at
    };
    let signed_in = last_seen().await;
    assert_eq!(
        b.get(app.url("/admin/users")).send().await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(last_seen().await, signed_in, "seen again at once: nothing written");
    // Last seen an hour ago (within the idle lifetime of two hours): the next page moves it on.
    let sql = format!("UPDATE sessions SET last_seen_at = '{}'", hours_ago(1));
    app.db.execute_unprepared(&sql).await.unwrap();
    let before = last_seen().await;
    assert!(before < signed_in);
    assert_eq!(
        b.get(app.url("/admin/users")).send().await.unwrap().status(),
        StatusCode::OK
    );
    let mut moved = false;
    for _ in 0..100 {
        if last_seen().await >= signed_in {
            moved = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(moved, "the last-seen time was moved on after the page view");
}

/// A one-time message is shown on the next page and cleared before that page's answer: a reload
/// right after does not show it again, even when the same view also moved the last-seen time on.
#[tokio::test]
async fn a_one_time_message_is_shown_once() {
    use sea_orm::ConnectionTrait;
    let (app, b) = app_with_a_session().await;
    let page = || async {
        b.get(app.url("/admin/users"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    // Last seen just now, or an hour ago (within the idle lifetime, so the view also moves it on).
    for overdue in [false, true] {
        let seen = hours_ago(if overdue { 1 } else { 0 });
        let sql = format!("UPDATE sessions SET flash = 'Saved: twelve experts.', last_seen_at = '{seen}'");
        app.db.execute_unprepared(&sql).await.unwrap();
        assert!(
            page().await.contains("Saved: twelve experts."),
            "shown (overdue: {overdue})"
        );
        assert!(
            !page().await.contains("Saved: twelve experts."),
            "not shown twice (overdue: {overdue})"
        );
    }
}

#[tokio::test]
async fn over_https_cookies_are_secure_and_host_prefixed() {
    // (Dev sign-in never runs behind an https address: the server would refuse to start.)
    let app = TestApp::spawn_with(|s| {
        s.auth.public_url = "https://lcreview.example.org".into();
    })
    .await;
    // The cookie the sign-in page sets shows the attributes every lcreview cookie has over https.
    let r = browser().get(app.url("/signin")).send().await.unwrap();
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("__Host-lcr_csrf="))
        .expect("a __Host- prefixed cookie");
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain="), "host-only: {cookie}");
}

/// A page reached by `crawl`.
pub struct Crawled {
    pub path: String,
    pub html: bool,
    pub body: String,
}

/// Every same-site page reachable by links from `/` as `b`'s user (at most `limit`), each fetched
/// once; none may answer 5xx. Sign-out, the stylesheet and the API (which takes tokens) are skipped.
pub async fn crawl(app: &TestApp, b: &reqwest::Client, limit: usize) -> Vec<Crawled> {
    let mut seen = std::collections::BTreeSet::new();
    let mut queue = std::collections::VecDeque::from(["/".to_owned()]);
    let mut pages = Vec::new();
    while let Some(path) = queue.pop_front() {
        if seen.len() >= limit || !seen.insert(path.clone()) {
            continue;
        }
        let r = b.get(app.url(&path)).send().await.unwrap();
        assert!(!r.status().is_server_error(), "{path}: {}", r.status());
        let html = r
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
        let body = r.text().await.unwrap();
        for link in body.split("href=\"").skip(1).filter_map(|x| x.split('"').next()) {
            let link = link.split('#').next().unwrap_or(link).replace("&amp;", "&");
            let own = link.starts_with('/') && !link.starts_with("//");
            let skipped = ["/static/", "/signout", "/api/"].iter().any(|p| link.starts_with(p));
            if own && !skipped && !seen.contains(&link) {
                queue.push_back(link);
            }
        }
        pages.push(Crawled { path, html, body });
    }
    pages
}
