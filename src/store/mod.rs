//! Reads and transactional writes, one module per aggregate. Every write that changes an object also
//! writes its audit entry in the same transaction.
use sea_orm::{ConnectionTrait, DbErr, SqlErr};
use time::OffsetDateTime;

pub mod actions;
pub mod assignment;
pub mod audit;
pub mod checks;
pub mod cities;
pub mod comments;
pub mod consensus;
pub mod cycles;
pub mod db;
pub mod experts;
pub mod extensions;
pub mod framework;
pub mod guidance;
pub mod metrics;
pub mod oidc_logins;
pub mod outbox;
pub mod profile;
pub mod ratings;
pub mod sessions;
pub mod submissions;
pub mod tokens;
pub mod users;

/// What a store call can fail with, in the domain's words. The web layer maps these to statuses.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The object does not exist.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// Well-formed input that breaks a rule (422): the field, and what is wrong.
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// The request conflicts with the current state (409).
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl StoreError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        StoreError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        StoreError::Conflict {
            code,
            message: message.into(),
        }
    }
}

/// Rows written per statement by the batch writes: well under SQLite's limit on bound values
/// (32,766) for the widest row written in batches.
pub const BATCH: usize = 1000;

/// How many writers may hold a pooled connection at once per SQLite database (`database.sqlite_writers`):
/// the others wait in this process's fair queue without one, so readers are never starved of
/// connections by writers waiting for SQLite's one write lock. More than one lets the next writer
/// wait at the lock itself: a little more throughput, longer tails (README, load benchmark).
static SQLITE_WRITERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);

/// Sets the number of SQLite writers let through at once (at start, from the settings).
pub fn set_sqlite_writers(n: usize) {
    SQLITE_WRITERS.store(n.max(1), std::sync::atomic::Ordering::Relaxed);
}

static SQLITE_WRITERS_THREAD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Whether SQLite's rating writes run on the writers' own thread (at start, from the settings).
pub fn set_sqlite_writers_thread(on: bool) {
    SQLITE_WRITERS_THREAD.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// The writers' queue of an SQLite database (keyed by its pool); PostgreSQL needs none.
fn sqlite_writer(db: &sea_orm::DatabaseConnection) -> Option<std::sync::Arc<tokio::sync::Semaphore>> {
    use std::collections::HashMap;
    use std::sync::{Arc, LazyLock, Mutex};
    static WRITERS: LazyLock<Mutex<HashMap<usize, Arc<tokio::sync::Semaphore>>>> = LazyLock::new(Default::default);
    if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return None;
    }
    let key = Arc::as_ptr(&db.get_sqlite_connection_pool().connect_options()) as usize;
    let mut writers = WRITERS.lock().ok()?;
    Some(
        writers
            .entry(key)
            .or_insert_with(|| {
                Arc::new(tokio::sync::Semaphore::new(
                    SQLITE_WRITERS.load(std::sync::atomic::Ordering::Relaxed),
                ))
            })
            .clone(),
    )
}

/// A write transaction, with its turn in the SQLite writers' queue (given back when it ends).
pub struct WriteTxn {
    txn: sea_orm::DatabaseTransaction,
    _turn: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl WriteTxn {
    /// The transaction itself, for what takes sea-orm's own type (the migrator).
    pub fn inner(&self) -> &sea_orm::DatabaseTransaction {
        &self.txn
    }

    pub async fn commit(self) -> Result<(), DbErr> {
        metrics::round_trip();
        self.txn.commit().await
    }

    pub async fn rollback(self) -> Result<(), DbErr> {
        metrics::round_trip();
        self.txn.rollback().await
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for WriteTxn {
    fn get_database_backend(&self) -> sea_orm::DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: sea_orm::Statement) -> Result<sea_orm::ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<sea_orm::ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: sea_orm::Statement) -> Result<Option<sea_orm::QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: sea_orm::Statement) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.txn.support_returning()
    }
}

/// Runs `work` (a whole use case that writes) on the SQLite writers' own thread, or where it stands
/// on PostgreSQL. SQLite takes one writer at a time, so its throughput is one over the time a write
/// transaction holds the lock; each statement in it is a hop to the connection's thread and back,
/// and on the request workers every hop back waits behind whatever other requests are queued there.
/// On a thread of their own the writers wait only for each other. Returns None if the thread is
/// gone (it never ends while the process runs) or the work panicked.
pub async fn on_writers_thread<T, F>(db: &sea_orm::DatabaseConnection, work: F) -> Option<T>
where
    F: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    use std::sync::LazyLock;
    use tracing::Instrument;
    static WRITERS: LazyLock<Option<tokio::runtime::Handle>> = LazyLock::new(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok()?;
        let handle = runtime.handle().clone();
        std::thread::Builder::new()
            .name("sqlite-writers".into())
            .spawn(move || runtime.block_on(std::future::pending::<()>()))
            .ok()?;
        Some(handle)
    });
    let wanted = SQLITE_WRITERS_THREAD.load(std::sync::atomic::Ordering::Relaxed);
    match (db.get_database_backend(), WRITERS.as_ref()) {
        (sea_orm::DbBackend::Sqlite, Some(writers)) if wanted => {
            // What the request's task carries goes along: its language (for the messages), the
            // issuer of its token (for the audit entries), its span; its statement count comes back.
            let locale = crate::i18n::current();
            let issuer = audit::TOKEN_ISSUER.try_with(|i| *i).ok().flatten();
            let work = crate::i18n::scope(locale, audit::TOKEN_ISSUER.scope(issuer, metrics::counted(work)))
                .instrument(tracing::Span::current());
            let (out, cost) = writers.spawn(work).await.ok()?;
            metrics::add(cost);
            Some(out)
        }
        _ => Some(work.await),
    }
}

/// On SQLite, a turn among this process's writers (held until dropped); on PostgreSQL, none needed.
pub async fn writers_turn(
    db: &sea_orm::DatabaseConnection,
) -> Result<Option<tokio::sync::OwnedSemaphorePermit>, DbErr> {
    match sqlite_writer(db) {
        Some(queue) => {
            Ok(Some(queue.acquire_owned().await.map_err(|e| {
                DbErr::Custom(format!("the writers' queue is closed: {e}"))
            })?))
        }
        None => Ok(None),
    }
}

/// Begins a transaction that will write. On SQLite it waits for its turn among this process's
/// writers, then takes the write lock at once (BEGIN IMMEDIATE): a deferred transaction that reads
/// first and writes later cannot wait for the lock (the busy timeout does not apply to the upgrade)
/// and would fail under concurrent writers. Other backends ignore the option.
pub async fn begin_write(db: &sea_orm::DatabaseConnection) -> Result<WriteTxn, DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    let turn = writers_turn(db).await?;
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    metrics::round_trip();
    Ok(WriteTxn { txn, _turn: turn })
}

/// Turns a unique-constraint violation into a user error; any other database error stays one.
/// A pre-check ("does this e-mail exist?") cannot replace this: two requests can pass it at once.
pub fn on_unique(err: DbErr, conflict: impl FnOnce() -> StoreError) -> StoreError {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => conflict(),
        _ => StoreError::Db(err),
    }
}

/// Timestamps are taken in UTC, truncated to microseconds: PostgreSQL keeps no more, and a value
/// read back must equal the one written.
pub fn now() -> OffsetDateTime {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(t.nanosecond() / 1000 * 1000).unwrap_or(t)
}

/// Locks a cycle's row for the rest of the transaction: `exclusive` for changes to the cycle as a
/// whole (transitions, panels, assignment), shared for writes within it (ratings, reports,
/// consensus). On PostgreSQL this is what keeps two app nodes from both confirming an assignment,
/// or a rating from landing in a cycle that has just moved on; on SQLite the write transaction is
/// already the only one. Returns the cycle's row as it is now.
pub async fn lock_cycle_row<C: ConnectionTrait>(
    txn: &C,
    id: i32,
    exclusive: bool,
) -> Result<entity::cycle::Model, StoreError> {
    use sea_orm::{EntityTrait, QuerySelect};
    let mut q = entity::cycle::Entity::find_by_id(id);
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        q = if exclusive { q.lock_exclusive() } else { q.lock_shared() };
    }
    q.one(txn).await?.ok_or(StoreError::NotFound("cycle"))
}

/// `cycle` with its state, deadlines and version as they are now, its row locked (see
/// `lock_cycle_row`). A handler reads the cycle before the write begins; this closes the gap.
pub async fn lock_cycle<C: ConnectionTrait>(
    txn: &C,
    cycle: &crate::read::Cycle,
    exclusive: bool,
) -> Result<crate::read::Cycle, StoreError> {
    let row = lock_cycle_row(txn, cycle.id, exclusive).await?;
    let mut fresh = cycle.clone();
    (fresh.state, fresh.deadlines) = cycles::state_and_deadlines(&row)?;
    fresh.version = row.version;
    Ok(fresh)
}

/// Locks a review item's row (on PostgreSQL) and returns it as it is now: its writers (the
/// reviewers, the moderator, the settling rule) take turns.
pub async fn lock_item<C: ConnectionTrait>(txn: &C, id: i32) -> Result<crate::domain::item::Item, StoreError> {
    use sea_orm::{EntityTrait, QuerySelect};
    let mut q = entity::review_item::Entity::find_by_id(id);
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        q = q.lock_exclusive();
    }
    ratings::item_of(q.one(txn).await?.ok_or(StoreError::NotFound("item"))?)
}

#[cfg(test)]
mod tests {
    use sea_orm::ConnectionTrait;

    /// On SQLite the work runs on the writers' thread, and its statements count for the request
    /// that asked for it; on other connections it runs in place.
    #[tokio::test]
    async fn writes_on_the_writers_thread_count_for_their_request() {
        let mut db = sea_orm::Database::connect("sqlite::memory:").await.unwrap();
        db.set_metric_callback(super::metrics::record);
        let conn = db.clone();
        let work = super::on_writers_thread(&db, async move {
            for sql in ["SELECT 1", "SELECT 2"] {
                let statement = sea_orm::Statement::from_string(conn.get_database_backend(), sql);
                conn.query_one_raw(statement).await.unwrap();
            }
            let issuer = super::audit::TOKEN_ISSUER.try_with(|i| *i).ok().flatten();
            (
                std::thread::current().name().map(str::to_owned),
                crate::i18n::current(),
                issuer,
            )
        });
        let in_request = super::audit::TOKEN_ISSUER.scope(Some(7), crate::i18n::scope(crate::i18n::Locale::Ar, work));
        let (out, cost) = super::metrics::counted(in_request).await;
        let (thread, locale, issuer) = out.unwrap();
        assert_eq!(thread.as_deref(), Some("sqlite-writers"));
        // The request's language and token issuer went along; its statements came back.
        assert_eq!(locale, crate::i18n::Locale::Ar);
        assert_eq!(issuer, Some(7));
        assert_eq!(cost.statements, 2);
        assert_eq!(cost.round_trips, 2);
        super::set_sqlite_writers_thread(false);
        let here = super::on_writers_thread(&db, async { std::thread::current().name().map(str::to_owned) }).await;
        super::set_sqlite_writers_thread(true);
        assert_ne!(here.unwrap().as_deref(), Some("sqlite-writers"));
    }
}
