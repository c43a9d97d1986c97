//! Putting the service together: the database, the framework editions, the state every handler
//! shares, and the listening server.
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use openidconnect::reqwest;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend};
use tokio::net::TcpListener;

use crate::app::{App, Frameworks};
use crate::config::Settings;
use crate::domain::framework::{self, Framework};
use crate::domain::framework_text;
use crate::store;
use crate::web::AppState;

/// Connects and, unless told not to, applies pending migrations.
pub async fn open_database(settings: &Settings) -> anyhow::Result<DatabaseConnection> {
    let db = store::db::connect(&settings.database)
        .await
        .context("cannot open the database (setting `database.url`)")?;
    if settings.database.auto_migrate {
        store::db::migrate(&db)
            .await
            .context("cannot apply the database migrations")?;
    }
    Ok(db)
}

/// Loads the built-in edition and any configured extra files into the database (idempotent), then
/// reads every edition back.
pub async fn load_frameworks(db: &DatabaseConnection, settings: &Settings) -> anyhow::Result<Frameworks> {
    let mut sources = vec![(
        "built-in key-features-2013".to_owned(),
        framework::KEY_FEATURES_2013.to_owned(),
    )];
    for path in &settings.framework.extra_files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("setting `framework.extra_files`: cannot read {}", path.display()))?;
        sources.push((path.display().to_string(), text));
    }
    let txn = crate::store::begin_write(db).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        // Several nodes may start together; one loads, the others then find nothing to change.
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7305122612)")
            .await?;
    }
    for (origin, text) in &sources {
        let fw = Framework::from_toml(text).with_context(|| format!("framework edition from {origin}"))?;
        let outcome = store::framework::load(&txn, &fw)
            .await
            .with_context(|| format!("framework edition from {origin}"))?;
        tracing::info!(edition = %fw.edition, ?outcome, "framework edition loaded");
    }
    txn.commit().await?;
    let editions = store::framework::read_all(db).await?;
    let mut frameworks = Frameworks::new(editions, &settings.framework.default_edition)?;
    // Translations: the built-in edition's, then any file `<name>.<language>.toml` beside an extra file.
    let mut translations: Vec<(String, String)> = framework_text::BUILT_IN
        .iter()
        .map(|(lang, text)| (format!("built-in key-features-2013.{lang}"), (*text).to_owned()))
        .collect();
    for path in &settings.framework.extra_files {
        for locale in crate::i18n::Locale::ALL {
            let beside = path.with_extension(format!("{}.toml", locale.code()));
            if let Ok(text) = std::fs::read_to_string(&beside) {
                translations.push((beside.display().to_string(), text));
            }
        }
    }
    let codes: Vec<&str> = crate::i18n::Locale::ALL.iter().map(|l| l.code()).collect();
    for (origin, text) in &translations {
        let edition = toml::from_str::<toml::Table>(text)
            .ok()
            .and_then(|t| t.get("edition").and_then(|e| e.as_str().map(str::to_owned)));
        let Some(english) = edition
            .as_deref()
            .and_then(|e| frameworks.all().iter().find(|f| f.edition == e))
        else {
            anyhow::bail!("framework translation {origin}: it names no loaded edition");
        };
        let translation = framework_text::Translation::from_toml(text, english, &codes)
            .with_context(|| format!("framework translation {origin}"))?;
        tracing::info!(edition = %english.edition, language = %translation.language, "framework translation loaded");
        frameworks.add_translation(translation);
    }
    Ok(frameworks)
}

/// The application layer without a server: the database (migrated) and the framework editions, for
/// the command line.
pub async fn open_app(settings: Settings) -> anyhow::Result<App> {
    let db = open_database(&settings).await?;
    let frameworks = load_frameworks(&db, &settings).await?;
    let reads = store::db::connect_reads(&settings.database, &db).await?;
    Ok(App {
        db,
        reads,
        settings: Arc::new(settings),
        frameworks: Arc::new(frameworks),
        shapes: Default::default(),
    })
}

/// The service, bound to its address and ready to serve.
pub struct Application {
    listener: TcpListener,
    state: AppState,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        let listener = TcpListener::bind(settings.server.bind)
            .await
            .with_context(|| format!("cannot listen on {} (setting `server.bind`)", settings.server.bind))?;
        Application::build_on(settings, listener).await
    }

    /// Builds on a listener bound beforehand: for callers that must know the address before the
    /// service is configured (an OpenID provider's redirect URI names it).
    pub async fn build_on(settings: Settings, listener: TcpListener) -> anyhow::Result<Application> {
        // The one place every server passes: dev sign-in is checked against the address actually
        // bound, whatever set it (a file, the environment, `--bind`).
        if settings.auth.dev_login {
            let bound = listener.local_addr().context("the listener has no address")?;
            crate::config::check_dev_login(bound, &settings.auth.public_url)?;
        }
        let db = open_database(&settings).await?;
        let frameworks = load_frameworks(&db, &settings).await?;
        let reads = store::db::connect_reads(&settings.database, &db).await?;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .context("cannot build the HTTP client")?;
        let limits = crate::web::security::Limits::new(settings.auth.requests_per_minute);
        Ok(Application {
            listener,
            state: AppState {
                app: App {
                    db,
                    reads,
                    settings: Arc::new(settings),
                    frameworks: Arc::new(frameworks),
                    shapes: Default::default(),
                },
                http,
                limits,
            },
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| self.state.app.settings.server.bind)
    }

    /// Fills an empty database with the demo (`crate::demo`); a database that already holds it is
    /// left as it is.
    pub async fn load_demo(&self) -> anyhow::Result<()> {
        let started = std::time::Instant::now();
        match crate::demo::load(&self.state.app).await? {
            crate::demo::Outcome::AlreadyLoaded => tracing::info!("the demo data is already loaded"),
            crate::demo::Outcome::Loaded(s) => tracing::info!(
                cities = s.cities,
                experts = s.experts,
                published_cycles = s.published_cycles,
                ratings = s.ratings,
                revised_items = s.revised_items,
                moderated_items = s.moderated_items,
                elapsed_ms = started.elapsed().as_millis() as u64,
                "demo data loaded"
            ),
        }
        Ok(())
    }

    pub fn db(&self) -> DatabaseConnection {
        self.state.app.db.clone()
    }

    /// The application layer, for callers in the same process (the tests, the demo).
    pub fn app(&self) -> App {
        self.state.app.clone()
    }

    /// Serves until `shutdown` completes, then finishes the requests in flight.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        crate::worker::spawn(self.state.app.clone());
        let app = crate::web::router(self.state);
        // The client's address, for the per-address rate limits.
        let app = app.into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, app).with_graceful_shutdown(shutdown).await
    }

    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run(self) -> std::io::Result<()> {
        tracing::info!(address = %self.local_addr(), "lcreview is listening");
        self.run_until(shutdown_signal()).await
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
