//! The test harness: the real application on port 0, against a fresh database per test: a new SQLite
//! file, or, when TEST_DATABASE_URL is set (postgres://…), a new PostgreSQL database dropped afterwards.
//! One helper per API call.
use lcreview::config::Settings;
use lcreview::domain::user::{Email, PersonName, Role};
use lcreview::startup::Application;
use lcreview::store;
use reqwest::{Response, StatusCode};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use serde_json::{Value, json};

pub struct TestApp {
    pub address: String,
    /// The application layer of the app under test, for setting up what no API call makes.
    pub app: lcreview::app::App,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    pub database_url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    /// The owner of the test database (None for a second node on another node's database).
    _database: Option<TestDatabase>,
}

/// A database that exists for one test.
pub enum TestDatabase {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDatabase {
    pub async fn create() -> (TestDatabase, String) {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(base) if base.starts_with("postgres") => {
                let template = postgres_template(&base).await;
                let name = format!("lcr_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(&base).await.expect("connect to TEST_DATABASE_URL");
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
                    .await
                    .expect("create the test database");
                admin.close().await.ok();
                let url = with_database(&base, &name);
                (TestDatabase::Postgres { admin_url: base, name }, url)
            }
            _ => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}/lcreview.db", dir.path().display());
                (TestDatabase::Sqlite(dir), url)
            }
        }
    }
}

/// PostgreSQL: every test's database is a copy (`CREATE DATABASE … TEMPLATE`) of one made once per
/// test process, migrated and with the built-in framework loaded, as the app leaves a new database
/// at start: the app still runs its start-up on the copy, and finds nothing to do. Copying takes
/// half the time applying the migrations does. A process's template outlives it; the next process
/// drops those whose process is gone.
async fn postgres_template(base: &str) -> String {
    static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let admin = Database::connect(base).await.expect("connect to TEST_DATABASE_URL");
            let prefix = "lcr_template_";
            let stale = admin
                .query_all_raw(sea_orm::Statement::from_string(
                    admin.get_database_backend(),
                    format!("SELECT datname FROM pg_database WHERE datname LIKE '{prefix}%'"),
                ))
                .await
                .expect("list the test templates");
            for row in stale {
                let name: String = row.try_get("", "datname").expect("a database's name");
                let pid = name.trim_start_matches(prefix).split('_').next().unwrap_or_default();
                if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
                    // Another process may be dropping it too: either way it goes.
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                }
            }
            let name = format!("{prefix}{}_{}", std::process::id(), uuid::Uuid::new_v4().simple());
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create the test template");
            admin.close().await.ok();
            let settings = settings_for(&with_database(base, &name));
            let db = lcreview::startup::open_database(&settings)
                .await
                .expect("migrate the test template");
            lcreview::startup::load_frameworks(&db, &settings)
                .await
                .expect("load the framework into the test template");
            // A database being copied must have no one connected to it (PostgreSQL waits a few
            // seconds for leaving sessions to end).
            db.close().await.ok();
            name
        })
        .await
        .clone()
}

/// `postgres://u@host:5432/postgres?x` → `postgres://u@host:5432/NAME?x`
fn with_database(base: &str, name: &str) -> String {
    let (head, query) = match base.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (base, None),
    };
    let authority_start = head.find("://").map_or(0, |i| i + 3);
    let root = match head[authority_start..].find('/') {
        Some(slash) => &head[..authority_start + slash],
        None => head,
    };
    match query {
        Some(q) => format!("{root}/{name}?{q}"),
        None => format!("{root}/{name}"),
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let TestDatabase::Postgres { admin_url, name } = self {
            let (admin_url, name) = (admin_url.clone(), name.clone());
            // Drop runs inside the test's runtime, which cannot block on async work: use a thread
            // with a runtime of its own. FORCE ends the app's pooled connections.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let admin = Database::connect(&admin_url).await.ok()?;
                    admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await
                        .ok()?;
                    admin.close().await.ok()
                })
            })
            .join();
        }
    }
}

pub fn settings_for(database_url: &str) -> Settings {
    let mut settings = Settings::load(None, &[]).expect("default settings");
    settings.database.url = database_url.to_owned();
    settings.database.max_connections = 5;
    settings.server.bind = "127.0.0.1:0".parse().expect("address");
    // Tests sign many people in from one address; the rate limit has a test of its own.
    settings.auth.requests_per_minute = 10_000;
    settings
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
        TestApp::spawn_on(TestApp::listener().await, adjust).await
    }

    /// A loopback listener for the app, bound before the app is configured.
    pub async fn listener() -> tokio::net::TcpListener {
        tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind")
    }

    /// Starts the app on a listener bound beforehand, so that what is configured in `adjust` may
    /// depend on the app's address (an OpenID provider's redirect URI names it).
    pub async fn spawn_on(listener: tokio::net::TcpListener, adjust: impl FnOnce(&mut Settings)) -> TestApp {
        if std::env::var("TEST_LOG").is_ok() {
            lcreview::telemetry::init(&Settings::load(None, &[]).expect("settings").log);
        }
        let (database, url) = TestDatabase::create().await;
        let address = format!("http://{}", listener.local_addr().expect("address"));
        let mut settings = settings_for(&url);
        settings.auth.public_url = address.clone();
        adjust(&mut settings);
        let app = Application::build_on(settings, listener)
            .await
            .expect("the application starts");
        let db = app.db();
        let application = app.app();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(app.run_until(async {
            let _ = rx.await;
        }));
        TestApp {
            address,
            app: application,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            db,
            database_url: url,
            shutdown: Some(tx),
            _database: Some(database),
        }
    }

    /// A second node of the same deployment: another application on this app's database, with its
    /// own settings (its background worker included). The first node owns the database.
    pub async fn sibling(&self, adjust: impl FnOnce(&mut Settings)) -> TestApp {
        let listener = TestApp::listener().await;
        let address = format!("http://{}", listener.local_addr().expect("address"));
        let mut settings = settings_for(&self.database_url);
        settings.auth.public_url = address.clone();
        adjust(&mut settings);
        let app = Application::build_on(settings, listener)
            .await
            .expect("the second node starts");
        let db = app.db();
        let application = app.app();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(app.run_until(async {
            let _ = rx.await;
        }));
        TestApp {
            address,
            app: application,
            client: self.client.clone(),
            db,
            database_url: self.database_url.clone(),
            shutdown: Some(tx),
            _database: None,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Creates a user directly through the store (as `lcreview admin create-user` does) and returns
    /// the user's id and a fresh API token.
    pub async fn seed_user(&self, email: &str, role: Role, city_id: Option<i32>) -> (i32, String) {
        let user = store::users::insert(
            &self.db,
            None,
            lcreview::domain::user::NewUser {
                email: Email::try_from(email).expect("email"),
                name: PersonName::try_from(format!("Test {}", role.as_str()).as_str()).expect("name"),
                role,
                city_id,
            },
        )
        .await
        .expect("seed user");
        let token = store::tokens::issue(&self.db, None, user.id, None)
            .await
            .expect("token");
        (user.id, token)
    }

    /// A secretariat member's token.
    pub async fn secretariat(&self) -> String {
        self.seed_user("secretariat@unesco.example.org", Role::Secretariat, None)
            .await
            .1
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Response {
        let mut req = self.client.get(self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.expect("request")
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Option<&Value>) -> Response {
        let mut req = self.client.post(self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        req.send().await.expect("request")
    }

    /// POST with a raw body and content type, for malformed input.
    pub async fn post_raw(
        &self,
        path: &str,
        token: &str,
        content_type: &str,
        body: impl Into<reqwest::Body>,
    ) -> Response {
        self.client
            .post(self.url(path))
            .bearer_auth(token)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn framework(&self, token: Option<&str>) -> Response {
        self.get("/api/v1/framework", token).await
    }

    pub async fn create_user(&self, token: &str, body: &Value) -> Response {
        self.post("/api/v1/users", Some(token), Some(body)).await
    }

    /// A token for `user_id`, issued by the caller with a reason (needed when it is someone else's).
    pub async fn issue_token(&self, token: &str, user_id: &str) -> Response {
        self.post(
            &format!("/api/v1/users/{user_id}/tokens"),
            Some(token),
            Some(&json!({"reason": "Scripts of the test suite act for this user."})),
        )
        .await
    }

    pub async fn me(&self, token: &str) -> Response {
        self.get("/api/v1/me", Some(token)).await
    }

    pub async fn create_city(&self, token: &str, body: &Value) -> Response {
        self.post("/api/v1/cities", Some(token), Some(body)).await
    }

    pub async fn list_cities(&self, token: &str) -> Response {
        self.get("/api/v1/cities", Some(token)).await
    }

    pub async fn get_city(&self, token: &str, id: &str) -> Response {
        self.get(&format!("/api/v1/cities/{id}"), Some(token)).await
    }

    /// Registers a city and returns its id.
    pub async fn city(&self, token: &str, name: &str, country: &str) -> i32 {
        let r = self
            .create_city(token, &json!({"name": name, "country": country, "languages": ["en"]}))
            .await;
        assert_eq!(r.status(), StatusCode::CREATED);
        json_of(r).await["id"].as_i64().expect("id") as i32
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub async fn json_of(r: Response) -> Value {
    let status = r.status();
    let text = r.text().await.expect("body");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({status}): {e}: {text}"))
}

/// Asserts an error response: status, the contract's body shape, and its code.
pub async fn assert_error(r: Response, status: StatusCode, code: &str) -> Value {
    assert_eq!(r.status(), status, "status");
    let body = json_of(r).await;
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(
        body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
        "an error has a message: {body}"
    );
    body
}

/// Asserts a 422 that names `field`.
pub async fn assert_invalid(r: Response, field: &str) {
    let body = assert_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    assert_eq!(body["error"]["field"], field, "{body}");
    assert!(
        body["error"]["message"].as_str().unwrap_or("").contains(field),
        "{body}"
    );
}

#[test]
fn database_urls_are_rewritten() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
        "postgres://postgres@127.0.0.1:5432/x"
    );
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432", "x"),
        "postgres://postgres@127.0.0.1:5432/x"
    );
    assert_eq!(
        with_database("postgres://h/db?sslmode=disable", "x"),
        "postgres://h/x?sslmode=disable"
    );
}

impl TestApp {
    pub async fn put(&self, path: &str, token: Option<&str>, body: &Value) -> Response {
        let mut req = self.client.put(self.url(path)).json(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.expect("request")
    }

    /// `PATCH /api/v1/cycles/{id}`.
    pub async fn patch_cycle(&self, token: &str, id: i64, body: &Value) -> Response {
        self.client
            .patch(self.url(&format!("/api/v1/cycles/{id}")))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn create_cycle(&self, token: &str, body: &Value) -> Response {
        self.post("/api/v1/cycles", Some(token), Some(body)).await
    }

    pub async fn get_cycle(&self, token: &str, id: i64) -> Response {
        self.get(&format!("/api/v1/cycles/{id}"), Some(token)).await
    }

    pub async fn transition(&self, token: &str, id: i64, to: &str) -> Response {
        self.post(
            &format!("/api/v1/cycles/{id}/transition"),
            Some(token),
            Some(&json!({"to": to})),
        )
        .await
    }

    pub async fn update_panel(&self, token: &str, id: i64, panel: i64, body: &Value) -> Response {
        self.put(&format!("/api/v1/cycles/{id}/panels/{panel}"), Some(token), body)
            .await
    }

    pub async fn get_submission(&self, token: &str, cycle: i64, city: i64) -> Response {
        self.get(&format!("/api/v1/cycles/{cycle}/submissions/{city}"), Some(token))
            .await
    }

    pub async fn save_submission(&self, token: &str, cycle: i64, city: i64, body: &Value) -> Response {
        self.put(&format!("/api/v1/cycles/{cycle}/submissions/{city}"), Some(token), body)
            .await
    }

    pub async fn submit(&self, token: &str, cycle: i64, city: i64) -> Response {
        self.post(
            &format!("/api/v1/cycles/{cycle}/submissions/{city}/submit"),
            Some(token),
            None,
        )
        .await
    }

    pub async fn return_report(&self, token: &str, cycle: i64, city: i64, message: &str) -> Response {
        self.post(
            &format!("/api/v1/cycles/{cycle}/submissions/{city}/return"),
            Some(token),
            Some(&json!({"message": message})),
        )
        .await
    }
}

/// The experts'-review measurements of the built-in edition.
pub const EXPERT_REVIEW_CODES: [&str; 18] = [
    "1.3.3.a", "2.1.4.a", "2.1.4.b", "2.2.1.b", "2.3.1.b", "2.3.2.a", "2.5.1.a", "2.6.1.a", "2.6.3.a", "3.1.1.a",
    "3.1.2.a", "3.1.3.a", "3.2.1.a", "3.2.2.a", "3.2.2.b", "3.3.2.a", "3.3.3.a", "3.3.5.a",
];

/// A complete report: a narrative for every experts'-review measurement, and one statistic.
pub fn full_report(language: &str) -> Value {
    let narratives: serde_json::Map<String, Value> = EXPERT_REVIEW_CODES
        .iter()
        .map(|c| {
            (
                c.to_string(),
                json!({"text": format!("What the city does for {c}: plans, budgets and results."),
                       "evidence_links": ["https://city.example.org/report.pdf"]}),
            )
        })
        .collect();
    json!({
        "language": language,
        "narratives": narratives,
        "statistics": {"1.1.1.a": {"year": 2025, "values": {"Male": 97.1, "Female": 95.8, "Total": 96.5}}}
    })
}

/// A cycle with one city (Cork, report submitted) and one panel in use (the 3.1 measurements), whose
/// members are experts from Brazil reading English with expertise in 3.1, one per capacity given;
/// the assignment run and confirmed; in review if asked.
pub struct OnePanelCycle {
    pub sec: String,
    pub cycle: i64,
    pub city: i64,
    /// (user id, token, e-mail)
    pub experts: Vec<(i32, String, String)>,
    pub coordinator: String,
}

pub async fn one_panel_cycle(
    app: &TestApp,
    capacities: &[u32],
    k: u32,
    chair: Option<usize>,
    start_review: bool,
) -> OnePanelCycle {
    let c = one_panel_submitted(app, capacities, k, chair, &["en"]).await;
    app.post(
        &format!("/api/v1/cycles/{}/assignment/run", c.cycle),
        Some(&c.sec),
        None,
    )
    .await;
    let r = app
        .post(
            &format!("/api/v1/cycles/{}/assignment/confirm", c.cycle),
            Some(&c.sec),
            None,
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    if start_review {
        assert_eq!(
            app.transition(&c.sec, c.cycle, "reviewing").await.status(),
            StatusCode::OK
        );
    }
    c
}

/// The same cycle up to Cork's submitted report (collecting, no assignment run yet), its experts
/// reading `languages`.
pub async fn one_panel_submitted(
    app: &TestApp,
    capacities: &[u32],
    k: u32,
    chair: Option<usize>,
    languages: &[&str],
) -> OnePanelCycle {
    let sec = app.secretariat().await;
    let city = i64::from(app.city(&sec, "Cork", "IE").await);
    let mut experts = Vec::new();
    for (i, capacity) in capacities.iter().enumerate() {
        let email = format!("reviewer{i}@example.org");
        let (id, token) = app.seed_user(&email, Role::Expert, None).await;
        let r = app
            .put(
                &format!("/api/v1/experts/{id}/profile"),
                Some(&token),
                &json!({"country": "BR", "languages": languages, "expertise": ["3.1"], "capacity": capacity}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        experts.push((id, token, email));
    }
    let c = json_of(
        app.create_cycle(
            &sec,
            &json!({"name": "Review 2026", "city_ids": [city], "panel_size": k}),
        )
        .await,
    )
    .await;
    let cycle = c["id"].as_i64().expect("cycle id");
    let panels: Vec<i64> = c["panels"]
        .as_array()
        .expect("panels")
        .iter()
        .map(|p| p["id"].as_i64().unwrap_or(0))
        .collect();
    let members: Vec<i32> = experts.iter().map(|e| e.0).collect();
    let mut body = json!({"members": members});
    if let Some(c) = chair {
        body["chair"] = json!(members[c]);
    }
    assert_eq!(
        app.update_panel(&sec, cycle, panels[0], &body).await.status(),
        StatusCode::OK
    );
    for p in &panels[1..] {
        app.update_panel(&sec, cycle, *p, &json!({"members": [], "measurements": []}))
            .await;
    }
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    let (_, coordinator) = app
        .seed_user("coord@cork.example.org", Role::City, Some(city as i32))
        .await;
    let mut report = full_report("en");
    if let Some(n) = report["narratives"].as_object_mut() {
        n.retain(|k, _| k.starts_with("3.1."));
    }
    assert_eq!(
        app.save_submission(&coordinator, cycle, city, &report).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&coordinator, cycle, city).await.status(), StatusCode::OK);
    OnePanelCycle {
        sec,
        cycle,
        city,
        experts,
        coordinator,
    }
}

/// The ids of the caller's review items, in id order.
pub async fn my_item_ids(app: &TestApp, token: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(token)).await)
        .await
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_i64().expect("id"))
        .collect();
    ids.sort_unstable();
    ids
}

/// A page as a signed-in browser gets it: its status and its text.
pub async fn page_of(b: &reqwest::Client, app: &TestApp, path: &str) -> (StatusCode, String) {
    let r = b.get(app.url(path)).send().await.expect("page");
    let status = r.status();
    (status, r.text().await.expect("body"))
}
