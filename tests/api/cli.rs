//! The command line, run as a person would: the real binary, against the test's database.
use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::{TestApp, json_of};

fn lcreview(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lcreview"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("LCREVIEW_LOG__FILTER", "warn")
        .output()
        .expect("run lcreview")
}

fn create_user(database_url: &str, email: &str, role: &str) -> std::process::Output {
    lcreview(
        database_url,
        &["admin", "create-user", "--email", email, "--name", "N", "--role", role],
    )
}

fn last_line(out: &std::process::Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout.lines().last().unwrap_or_default().trim().to_owned()
}

#[tokio::test]
async fn admin_commands_give_a_token_that_works_on_the_api() {
    let app = TestApp::spawn().await;
    let url = app.database_url.clone();
    let id = tokio::task::spawn_blocking(move || {
        let created = lcreview(
            &url,
            &[
                "admin",
                "create-user",
                "--email",
                "Head@Secretariat.example.org",
                "--name",
                "Head of Secretariat",
                "--role",
                "secretariat",
            ],
        );
        let id = last_line(&created);
        let token = last_line(&lcreview(
            &url,
            &["admin", "issue-token", "--email", "head@secretariat.example.org"],
        ));
        (id, token)
    })
    .await
    .unwrap();
    let (id, token) = id;
    assert!(id.parse::<i32>().is_ok(), "the last line is the id: {id}");
    let me = json_of(app.me(&token).await).await;
    assert_eq!(me["id"].to_string(), id);
    assert_eq!(me["role"], "secretariat");
    assert_eq!(me["email"], "head@secretariat.example.org");
    // The token acts with the secretariat's role.
    assert_eq!(app.list_cities(&token).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn admin_commands_refuse_bad_input_clearly() {
    let app = TestApp::spawn().await;
    let url = app.database_url.clone();
    let outputs = tokio::task::spawn_blocking(move || {
        [
            create_user(&url, "nope", "expert"),
            create_user(&url, "c@example.org", "city"),
            lcreview(&url, &["admin", "issue-token", "--email", "nobody@example.org"]),
            create_user(&url, "c@example.org", "king"),
        ]
    })
    .await
    .unwrap();
    let expectations = ["not a valid e-mail", "city_id", "no user has the e-mail", "king"];
    for (out, expected) in outputs.iter().zip(expectations) {
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "expected {expected:?} in: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[tokio::test]
async fn migrations_are_listed_reverted_and_applied_again() {
    let app = TestApp::spawn().await;
    let url = app.database_url.clone();
    let out = tokio::task::spawn_blocking(move || lcreview(&url, &["migrate", "status"]))
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(stdout.lines().all(|l| l.starts_with("applied ")), "{stdout}");
    assert!(stdout.contains("foundation"), "{stdout}");

    // Every migration can be reverted and applied again.
    let url = app.database_url.clone();
    let (down, status, up) = tokio::task::spawn_blocking(move || {
        let n = String::from_utf8_lossy(&lcreview(&url, &["migrate", "status"]).stdout)
            .lines()
            .count();
        let steps = n.to_string();
        (
            lcreview(&url, &["migrate", "down", "--steps", &steps]),
            lcreview(&url, &["migrate", "status"]),
            lcreview(&url, &["migrate", "up"]),
        )
    })
    .await
    .unwrap();
    assert!(down.status.success(), "{}", String::from_utf8_lossy(&down.stderr));
    let status = String::from_utf8_lossy(&status.stdout);
    assert!(status.lines().all(|l| l.starts_with("pending ")), "{status}");
    assert!(up.status.success(), "{}", String::from_utf8_lossy(&up.stderr));
}

#[test]
fn a_wrong_setting_stops_start_up_naming_it() {
    let out = Command::new(env!("CARGO_BIN_EXE_lcreview"))
        .args(["serve"])
        .env("LCREVIEW_SERVER__BIND", "not-an-address")
        .output()
        .expect("run lcreview");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("server.bind"), "{stderr}");
}

fn csv_file(dir: &tempfile::TempDir, name: &str, content: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, content).unwrap();
    path.display().to_string()
}

#[tokio::test]
async fn importing_cities_and_users_from_csv() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let cities = csv_file(
        &dir,
        "cities.csv",
        "name,country,region,languages\nCork,IE,Europe and North America,en;ga\nHangzhou,cn,Asia and the Pacific,zh\nLyon,FR,,fr en\n",
    );
    let users = csv_file(
        &dir,
        "users.csv",
        "email,name,role,city\nana@cork.example.org,Ana,city,Cork\nli@example.cn,Li Wei,expert,\nboss@unesco.example.org,Boss,secretariat,\n",
    );
    let url = app.database_url.clone();
    let (c, u) = tokio::task::spawn_blocking(move || {
        (
            lcreview(&url, &["import", "cities", &cities]),
            lcreview(&url, &["import", "users", &users]),
        )
    })
    .await
    .unwrap();
    assert_eq!(last_line(&c), "imported 3 cities");
    assert_eq!(last_line(&u), "imported 3 users");
    let sec = app.secretariat().await;
    let listed = json_of(app.list_cities(&sec).await).await;
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Cork", "Hangzhou", "Lyon"]);
    let users = json_of(app.get("/api/v1/users", Some(&sec)).await).await;
    let ana = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == "ana@cork.example.org")
        .unwrap();
    assert_eq!(ana["city_id"], listed[0]["id"]);
}

#[tokio::test]
async fn a_csv_with_a_bad_row_writes_nothing_and_names_every_bad_line() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let cities = csv_file(
        &dir,
        "cities.csv",
        "name,country,region,languages\nCork,IE,,en\nNowhere,XX,,en\nLyon,FR,,\nCork,ie,,ga\nGood,DE,,de\n",
    );
    let users = csv_file(
        &dir,
        "users.csv",
        "email,name,role,city\nok@example.org,Ok,expert,\nbad-email,X,expert,\nc@example.org,C,city,Atlantis\nk@example.org,K,king,\n",
    );
    let url = app.database_url.clone();
    let (c, u) = tokio::task::spawn_blocking(move || {
        (
            lcreview(&url, &["import", "cities", &cities]),
            lcreview(&url, &["import", "users", &users]),
        )
    })
    .await
    .unwrap();
    assert!(!c.status.success());
    let err = String::from_utf8_lossy(&c.stderr);
    assert!(err.contains("nothing was written"), "{err}");
    for needle in [
        "line 3: country",
        "line 4: languages",
        "line 5: Cork (IE) appears twice",
    ] {
        assert!(err.contains(needle), "{needle:?} in {err}");
    }
    assert!(
        !err.contains("line 2") && !err.contains("line 6"),
        "good rows are not reported: {err}"
    );
    assert!(!u.status.success());
    let err = String::from_utf8_lossy(&u.stderr);
    for needle in ["line 3:", "line 4: no city", "line 5:"] {
        assert!(err.contains(needle), "{needle:?} in {err}");
    }
    let sec = app.secretariat().await;
    assert_eq!(json_of(app.list_cities(&sec).await).await, serde_json::json!([]));
    let users = json_of(app.get("/api/v1/users", Some(&sec)).await).await;
    assert_eq!(users.as_array().unwrap().len(), 1, "only the test's own account");
}
