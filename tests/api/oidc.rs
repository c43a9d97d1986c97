//! Sign-in against a real OpenID provider (npm `oidc-provider`, run by `tests/oidc/provider.mjs`):
//! the full round trip, and the refusals: state mismatch, nonce mismatch, replayed callback,
//! unverified and unknown e-mail addresses.
use std::process::Stdio;
use std::time::Duration;

use lcreview::config::ProviderSettings;
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, EntityTrait};
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::helpers::TestApp;

struct Provider {
    issuer: String,
    _process: tokio::process::Child,
}

async fn start_provider(redirect_uri: &str) -> Provider {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oidc");
    assert!(
        std::path::Path::new(dir).join("node_modules/oidc-provider").exists(),
        "the test provider is not installed: run `bash tests/run.sh` (it runs npm ci in tests/oidc)"
    );
    let mut child = tokio::process::Command::new("node")
        .arg("provider.mjs")
        .arg(redirect_uri)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start node");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let issuer = tokio::time::timeout(Duration::from_secs(20), async {
        while let Some(line) = lines.next_line().await.expect("read") {
            if let Some(issuer) = line.strip_prefix("ISSUER ") {
                return issuer.to_owned();
            }
        }
        panic!("the provider exited before it was ready");
    })
    .await
    .expect("the provider starts");
    // Keep draining its output: a closed pipe would kill it at its next line.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Provider {
        issuer,
        _process: child,
    }
}

/// The app with one provider, `test`, configured.
async fn app_with_provider() -> (TestApp, Provider) {
    let listener = TestApp::listener().await;
    let address = format!("http://{}", listener.local_addr().unwrap());
    let provider = start_provider(&format!("{address}/auth/test/callback")).await;
    let issuer = provider.issuer.clone();
    let app = TestApp::spawn_on(listener, move |s| {
        s.auth.providers = vec![ProviderSettings {
            id: "test".into(),
            display_name: "Test Provider".into(),
            issuer,
            client_id: "lcreview-test".into(),
            client_secret: "lcreview-test-secret".into(),
        }];
    })
    .await;
    (app, provider)
}

fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .unwrap_or_else(|| panic!("no redirect ({})", r.status()))
        .to_str()
        .unwrap()
        .to_owned()
}

/// Absolute URL for a redirect target, relative to the server that answered.
fn absolute(base: &str, target: &str) -> String {
    if target.starts_with("http") {
        target.to_owned()
    } else {
        format!("{base}{target}")
    }
}

/// Runs the sign-in as a browser would, up to (not including) the app's callback. Returns the
/// callback URL the provider sends the browser to.
async fn authorize(app: &TestApp, provider: &Provider, b: &reqwest::Client, login: &str, next: &str) -> String {
    let r = b
        .get(app.url(&format!("/auth/test/start?next={next}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let mut url = location(&r);
    assert!(url.starts_with(&provider.issuer), "to the provider: {url}");
    assert!(
        url.contains("code_challenge_method=S256") && url.contains("nonce=") && url.contains("state="),
        "{url}"
    );
    // Follow the provider's redirects; at its interaction, sign in as `login`.
    for _ in 0..10 {
        if url.starts_with(&app.address) {
            return url;
        }
        if url.contains("/interaction/") {
            url = format!("{url}?login={login}");
        }
        let r = b.get(&url).send().await.unwrap();
        assert!(
            r.status().is_redirection(),
            "{} at {url}: {}",
            r.status(),
            r.text().await.unwrap()
        );
        url = absolute(&provider.issuer, &location(&r));
    }
    panic!("too many redirects");
}

async fn count<E: EntityTrait>(app: &TestApp, _table: E) -> u64 {
    E::find().all(&app.db).await.unwrap().len() as u64
}

#[tokio::test]
async fn an_invited_user_signs_in_and_out_through_the_provider() {
    let (app, provider) = app_with_provider().await;
    let (user_id, _) = app.seed_user("ana@cities.example.org", Role::Expert, None).await;
    let b = browser();

    // The sign-in page offers the provider.
    let page = b.get(app.url("/signin")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Sign in with Test Provider"));

    let callback = authorize(&app, &provider, &b, "ana@cities.example.org", "/framework").await;
    let r = b.get(&callback).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
    assert_eq!(location(&r), "/framework", "back where the person was going");
    let home = b.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("<h1>Your reviews</h1>"), "{home}");

    // The provider's subject is now linked to the user.
    let links = entity::user_identity::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].user_id, links[0].subject.as_str()),
        (user_id, "sub-ana@cities.example.org")
    );

    // A second sign-in goes through the link, and gets a new session.
    let b2 = browser();
    let callback = authorize(&app, &provider, &b2, "ana@cities.example.org", "/").await;
    assert_eq!(b2.get(&callback).send().await.unwrap().status(), StatusCode::SEE_OTHER);
    assert_eq!(count(&app, entity::session::Entity).await, 2);
    assert_eq!(count(&app, entity::user_identity::Entity).await, 1);

    // Sign-out ends the first browser's session only.
    let csrf = {
        let marker = "name=\"csrf_token\" value=\"";
        let i = home.find(marker).unwrap() + marker.len();
        home[i..].split('"').next().unwrap().to_owned()
    };
    b.post(app.url("/signout"))
        .form(&[("csrf_token", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(count(&app, entity::session::Entity).await, 1);
}

#[tokio::test]
async fn a_replayed_callback_is_refused() {
    let (app, provider) = app_with_provider().await;
    app.seed_user("ana@cities.example.org", Role::Expert, None).await;
    let b = browser();
    let callback = authorize(&app, &provider, &b, "ana@cities.example.org", "/").await;
    assert_eq!(b.get(&callback).send().await.unwrap().status(), StatusCode::SEE_OTHER);
    // The same code again, from the same browser and from another one.
    assert_eq!(b.get(&callback).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(
        browser().get(&callback).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(count(&app, entity::session::Entity).await, 1);
}

#[tokio::test]
async fn a_state_mismatch_is_refused_before_the_code_is_exchanged() {
    let (app, provider) = app_with_provider().await;
    app.seed_user("ana@cities.example.org", Role::Expert, None).await;
    let b = browser();
    let callback = authorize(&app, &provider, &b, "ana@cities.example.org", "/").await;
    let forged = regex_replace_state(&callback, "forged-state");
    let r = b.get(&forged).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(count(&app, entity::session::Entity).await, 0);
    // The sign-in in progress was used up by the forged attempt: the genuine callback fails too.
    assert_eq!(b.get(&callback).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(count(&app, entity::session::Entity).await, 0);
}

fn regex_replace_state(url: &str, new_state: &str) -> String {
    let (base, query) = url.split_once('?').unwrap();
    let params: Vec<String> = query
        .split('&')
        .map(|p| {
            if p.starts_with("state=") {
                format!("state={new_state}")
            } else {
                p.to_owned()
            }
        })
        .collect();
    format!("{base}?{}", params.join("&"))
}

#[tokio::test]
async fn a_nonce_mismatch_is_refused() {
    let (app, provider) = app_with_provider().await;
    app.seed_user("ana@cities.example.org", Role::Expert, None).await;
    let b = browser();
    let callback = authorize(&app, &provider, &b, "ana@cities.example.org", "/").await;
    // The ID token carries the nonce the provider was given; the app now expects another one, as if
    // the token had been issued for a different sign-in.
    app.db
        .execute_unprepared("UPDATE oidc_logins SET nonce = 'another-nonce'")
        .await
        .unwrap();
    let r = b.get(&callback).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(r.text().await.unwrap().contains("could not be verified"));
    assert_eq!(count(&app, entity::session::Entity).await, 0);
}

#[tokio::test]
async fn people_who_were_not_invited_get_no_account() {
    let (app, provider) = app_with_provider().await;
    // Invited, but the provider does not vouch for the address: no link.
    app.seed_user("unverified.bo@cities.example.org", Role::Expert, None)
        .await;
    let users_before = count(&app, entity::user::Entity).await;
    for login in ["stranger@elsewhere.example.org", "unverified.bo@cities.example.org"] {
        let b = browser();
        let callback = authorize(&app, &provider, &b, login, "/").await;
        let r = b.get(&callback).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{login}");
        assert!(r.text().await.unwrap().contains("not invited"), "{login}");
    }
    assert_eq!(count(&app, entity::session::Entity).await, 0);
    assert_eq!(count(&app, entity::user_identity::Entity).await, 0);
    assert_eq!(count(&app, entity::user::Entity).await, users_before);
}

#[tokio::test]
async fn a_disabled_user_cannot_sign_in() {
    let (app, provider) = app_with_provider().await;
    let (id, _) = app.seed_user("ana@cities.example.org", Role::Expert, None).await;
    lcreview::store::users::set_disabled(&app.db, None, id, true)
        .await
        .unwrap();
    let b = browser();
    let callback = authorize(&app, &provider, &b, "ana@cities.example.org", "/").await;
    let r = b.get(&callback).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(r.text().await.unwrap().contains("disabled"));
    assert_eq!(count(&app, entity::session::Entity).await, 0);
    // Nor is the provider's account linked to the disabled user, to be used once they are enabled.
    assert_eq!(count(&app, entity::user_identity::Entity).await, 0);
}

#[tokio::test]
async fn a_second_account_of_one_provider_does_not_link_to_a_linked_user() {
    let (app, provider) = app_with_provider().await;
    app.seed_user("ana@cities.example.org", Role::Secretariat, None).await;
    let b = browser();
    let callback = authorize(&app, &provider, &b, "ana@cities.example.org", "/").await;
    assert_eq!(b.get(&callback).send().await.unwrap().status(), StatusCode::SEE_OTHER);
    // Another account of the same provider, with the same verified address: refused, and said so.
    for other in ["second:ana@cities.example.org", "third:ana@cities.example.org"] {
        let b = browser();
        let callback = authorize(&app, &provider, &b, other, "/").await;
        let r = b.get(&callback).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{other}");
        assert!(r.text().await.unwrap().contains("already linked"), "{other}");
    }
    assert_eq!(count(&app, entity::user_identity::Entity).await, 1);
    assert_eq!(count(&app, entity::session::Entity).await, 1);
}

#[tokio::test]
async fn sign_in_goes_back_to_a_path_of_this_service_only() {
    let (app, provider) = app_with_provider().await;
    app.seed_user("ana@cities.example.org", Role::Expert, None).await;
    for next in [
        "%2F%09%2Fevil.example",
        "%2F%2Fevil.example",
        "%2F%5Cevil.example",
        "https%3A%2F%2Fevil.example",
    ] {
        let b = browser();
        let callback = authorize(&app, &provider, &b, "ana@cities.example.org", next).await;
        let r = b.get(&callback).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{next}");
        assert_eq!(location(&r), "/", "{next}");
    }
}

#[tokio::test]
async fn an_unknown_provider_is_404() {
    let (app, _provider) = app_with_provider().await;
    let r = browser().get(app.url("/auth/nope/start")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}
