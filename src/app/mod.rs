//! The application layer: one function per use case. Each takes the caller and its input, decides
//! access with `domain::visibility`, runs one store transaction, and queues the e-mails the change
//! causes. The API handlers and the page handlers both call these and only parse and render, so a
//! rule is written once for both.
use std::sync::Arc;

use anyhow::Context;
use sea_orm::DatabaseConnection;

use crate::config::Settings;
use crate::domain::framework::Framework;
use crate::read::Cycle;

pub mod actions;
pub mod assignment;
pub mod audit;
pub mod auth;
pub mod cities;
pub mod consensus;
pub mod cycles;
pub mod error;
pub mod experts;
pub mod import;
pub mod notify;
pub mod outbox;
pub mod profile;
pub mod reports;
pub mod reviews;
pub mod users;
pub mod workspace;

pub use error::{AppError, AppResult};

/// What every use case may use: the database, the settings and the framework editions. Cheap to
/// clone.
#[derive(Clone)]
pub struct App {
    pub db: DatabaseConnection,
    /// For reading requests: a pool of its own on PostgreSQL (`database.read_connections`), the same
    /// pool on SQLite. Anything may be written through it (a session touched on a page view); it
    /// only keeps pages out of the writers' queue.
    pub reads: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub frameworks: Arc<Frameworks>,
    /// Cycles' panels and editions as last read, checked against the cycle's version on every use.
    pub shapes: crate::store::cycles::ShapeCache,
}

impl App {
    /// The framework edition a cycle is pinned to. Every cycle's edition is in the database, and the
    /// catalogue is read from it at start, so a miss is a bug (500), not a user error.
    pub fn framework_of(&self, cycle: &Cycle) -> AppResult<&Framework> {
        self.frameworks.get(&cycle.edition).ok_or_else(|| {
            AppError::internal(format!(
                "cycle {} uses edition {}, which is not loaded",
                cycle.id, cycle.edition
            ))
        })
    }

    /// The pool for a request: the readers' for a reading one (GET, HEAD), the main one otherwise.
    pub fn pool(&self, reading: bool) -> &DatabaseConnection {
        if reading { &self.reads } else { &self.db }
    }

    /// Runs a write use case on the SQLite writers' own thread (where it stands on PostgreSQL):
    /// there a write that holds the one writer's turn waits only for other writers, not behind the
    /// requests queued on the request workers (see [`crate::store::on_writers_thread`]).
    pub async fn on_writers_thread<T, F>(&self, work: F) -> AppResult<T>
    where
        F: std::future::Future<Output = AppResult<T>> + Send + 'static,
        T: Send + 'static,
    {
        crate::store::on_writers_thread(&self.db, work)
            .await
            .unwrap_or_else(|| Err(AppError::internal("the writers' thread did not answer")))
    }

    /// The service's address as people reach it: every link in an e-mail starts here.
    pub fn public_url(&self) -> &str {
        self.settings.auth.public_url.trim_end_matches('/')
    }

    pub fn session_lifetime(&self) -> crate::store::sessions::Lifetime {
        crate::store::sessions::Lifetime {
            idle: time::Duration::minutes(self.settings.auth.session_idle_minutes),
            absolute: time::Duration::hours(self.settings.auth.session_absolute_hours),
        }
    }
}

/// Whether the database answers (for `/healthz`).
pub async fn database_answers(app: &App) -> bool {
    crate::store::db::ping(&app.db).await
}

/// The framework editions in the database, read once at start. Editions are immutable once a cycle
/// uses them, and new content arrives only with a restart, so an in-memory copy is always current.
/// Each may have translations (files beside the edition, read at start on every node alike): the
/// edition people read is the one in the language of the work at hand, English where there is none.
pub struct Frameworks {
    editions: Vec<Framework>,
    translations: Vec<Vec<(crate::i18n::Locale, Framework)>>,
    default_index: usize,
}

impl Frameworks {
    pub fn new(editions: Vec<Framework>, default_edition: &str) -> anyhow::Result<Frameworks> {
        let default_index = editions
            .iter()
            .position(|f| f.edition == default_edition)
            .with_context(|| {
                let known: Vec<_> = editions.iter().map(|f| f.edition.as_str()).collect();
                format!(
                    "configuration: setting `framework.default_edition` names `{default_edition}`, \
                     which is not loaded (loaded: {known:?})"
                )
            })?;
        Ok(Frameworks {
            translations: vec![Vec::new(); editions.len()],
            editions,
            default_index,
        })
    }

    /// Adds a translation of one of the editions; one per language and edition, the last wins.
    pub fn add_translation(&mut self, translation: crate::domain::framework_text::Translation) {
        let Some(locale) = crate::i18n::Locale::parse(&translation.language) else {
            return;
        };
        let Some(i) = self
            .editions
            .iter()
            .position(|f| f.edition == translation.framework.edition)
        else {
            return;
        };
        self.translations[i].retain(|(l, _)| *l != locale);
        self.translations[i].push((locale, translation.framework));
    }

    /// The languages an edition is translated into.
    pub fn translated_into(&self, edition: &str) -> Vec<crate::i18n::Locale> {
        self.editions
            .iter()
            .position(|f| f.edition == edition)
            .map(|i| self.translations[i].iter().map(|(l, _)| *l).collect())
            .unwrap_or_default()
    }

    /// Edition `i` in the current language, or in English.
    fn read(&self, i: usize) -> &Framework {
        let locale = crate::i18n::current();
        self.translations[i]
            .iter()
            .find(|(l, _)| *l == locale)
            .map_or(&self.editions[i], |(_, f)| f)
    }

    pub fn default_edition(&self) -> &Framework {
        self.read(self.default_index)
    }

    pub fn get(&self, edition: &str) -> Option<&Framework> {
        let i = self.editions.iter().position(|f| f.edition == edition)?;
        Some(self.read(i))
    }

    /// The canonical (English) editions.
    pub fn all(&self) -> &[Framework] {
        &self.editions
    }
}

/// Proof that whoever acts may run the network: a member of the secretariat, or the operator at the
/// command line (the CLI, the demo, the benchmarks, who hold the database anyway). Use cases that
/// only the secretariat may run take one, so none of them can be reached without the check.
#[derive(Clone, Debug)]
pub struct Staff {
    user: Option<crate::read::User>,
}

impl Staff {
    /// The caller, if they are the secretariat; 403 otherwise.
    pub fn of(user: &crate::read::User) -> AppResult<Staff> {
        if user.actor().may_administer() {
            Ok(Staff {
                user: Some(user.clone()),
            })
        } else {
            Err(AppError::forbidden(crate::tr!("error-secretariat-only")))
        }
    }

    /// The operator at the command line: audited as nobody in particular.
    pub fn operator() -> Staff {
        Staff { user: None }
    }

    /// The acting user's id, for the audit log (None: the operator).
    pub fn actor_id(&self) -> Option<i32> {
        self.user.as_ref().map(|u| u.id)
    }

    pub fn user(&self) -> Option<&crate::read::User> {
        self.user.as_ref()
    }
}
