//! Connecting, migrating, and preparing a database for the service.
use std::path::Path;
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};

use crate::config::{DatabaseSettings, redact_url};

/// A pooled connection is pinged before use only when it has been idle this long. The pool already
/// pings every connection when it is given back (and drops one that does not answer), so pinging
/// again on every take is a second round trip per statement outside a transaction — on SQLite two
/// thread switches, on PostgreSQL a network round trip — for nothing but a connection that died
/// while it sat idle, which is what this catches.
const PING_IF_IDLE_FOR: Duration = Duration::from_secs(10);

/// Opens the pool. SQLite: the file (and its folder) are created on first use; WAL so readers never
/// wait for the writer; foreign keys on; a busy timeout so concurrent writers queue instead of failing.
pub async fn connect(settings: &DatabaseSettings) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_path(&settings.url)
        && let Some(dir) = Path::new(path).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)
            .map_err(|e| DbErr::Custom(format!("cannot create the database folder {}: {e}", dir.display())))?;
    }
    let mut opts = ConnectOptions::new(settings.url.clone());
    opts.max_connections(settings.max_connections)
        .acquire_timeout(Duration::from_secs(settings.acquire_timeout_secs))
        .connect_timeout(Duration::from_secs(settings.acquire_timeout_secs))
        .test_before_acquire_if_idle_for(PING_IF_IDLE_FOR)
        .sqlx_logging(false);
    let busy = Duration::from_millis(settings.sqlite_busy_timeout_ms);
    let own_checkpoints = settings.sqlite_checkpoint_ms > 0 && sqlite_path(&settings.url).is_some();
    opts.map_sqlx_sqlite_opts(move |o| {
        // With the checkpointer below, no commit copies the log itself.
        let o = if own_checkpoints {
            o.pragma("wal_autocheckpoint", "0")
        } else {
            o
        };
        o.create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // NORMAL is durable in WAL mode against a process crash (kill -9); only an OS crash or
            // power loss can lose the last transactions. FULL would fsync every commit.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(busy)
    });
    crate::store::set_sqlite_writers(settings.sqlite_writers);
    crate::store::set_sqlite_writers_thread(settings.sqlite_writers_thread);
    tracing::info!(url = %redact_url(&settings.url), "connecting to the database");
    let mut db = Database::connect(opts).await?;
    db.set_metric_callback(crate::store::metrics::record);
    if own_checkpoints {
        let options = (*db.get_sqlite_connection_pool().connect_options()).clone();
        let every = Duration::from_millis(settings.sqlite_checkpoint_ms);
        tokio::spawn(checkpointer(options, every));
    }
    Ok(db)
}

/// Copies SQLite's write-ahead log into the database every `every`, on a connection of its own.
/// A passive checkpoint takes no write lock: the writers go on appending to the log, the readers
/// reading, while the pages are copied and the database file is synced. On commit (SQLite's default)
/// the same copy runs on the writer's connection, and with one writer at a time every rating behind
/// it waits for it. Ends when its connection cannot be opened again (the process is ending).
async fn checkpointer(options: sea_orm::sqlx::sqlite::SqliteConnectOptions, every: Duration) {
    use sea_orm::sqlx::{ConnectOptions as _, Connection as _, Executor as _};
    let mut conn = None;
    let mut failures = 0u32;
    loop {
        tokio::time::sleep(every).await;
        if conn.is_none() {
            match options.connect().await {
                Ok(c) => conn = Some(c),
                Err(e) => {
                    failures += 1;
                    tracing::warn!(error = %e, failures, "the checkpointer cannot open its connection");
                    if failures >= 10 {
                        tracing::error!("the checkpointer stops; SQLite's log is no longer copied");
                        return;
                    }
                    continue;
                }
            }
        }
        let Some(c) = conn.as_mut() else { continue };
        match c.execute("PRAGMA wal_checkpoint(PASSIVE)").await {
            Ok(_) => failures = 0,
            Err(e) => {
                tracing::warn!(error = %e, "a checkpoint of SQLite's log failed");
                if let Some(c) = conn.take() {
                    let _ = c.close().await;
                }
            }
        }
    }
}

/// The pool for reading requests: on PostgreSQL with `read_connections` > 0, a second pool of that
/// size; otherwise (SQLite, whose readers never wait for its writer in WAL mode) the same pool.
pub async fn connect_reads(settings: &DatabaseSettings, db: &DatabaseConnection) -> Result<DatabaseConnection, DbErr> {
    if db.get_database_backend() != DbBackend::Postgres || settings.read_connections == 0 {
        return Ok(db.clone());
    }
    let mut opts = ConnectOptions::new(settings.url.clone());
    opts.max_connections(settings.read_connections)
        .min_connections(0)
        .acquire_timeout(Duration::from_secs(settings.acquire_timeout_secs))
        .connect_timeout(Duration::from_secs(settings.acquire_timeout_secs))
        .test_before_acquire_if_idle_for(PING_IF_IDLE_FOR)
        .sqlx_logging(false);
    let mut reads = Database::connect(opts).await?;
    reads.set_metric_callback(crate::store::metrics::record);
    Ok(reads)
}

/// `sqlite://data/x.db?mode=rwc` → `data/x.db`; None for other backends and in-memory databases.
fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && !path.contains(":memory:")).then_some(path)
}

/// Applies pending migrations. On PostgreSQL several app nodes may start at once: a transaction-level
/// advisory lock lets one migrate while the others wait, then find nothing left to do.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    let txn = crate::store::begin_write(db).await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7305122611)")
            .await?;
    }
    Migrator::up(txn.inner(), None).await?;
    txn.commit().await
}

/// Lists each migration with whether it is applied.
pub async fn migration_status(db: &DatabaseConnection) -> Result<Vec<(String, bool)>, DbErr> {
    let list = Migrator::get_migration_with_status(db).await?;
    Ok(list
        .into_iter()
        .map(|m| (m.name().to_owned(), m.status() == migration::MigrationStatus::Applied))
        .collect())
}

/// Reverts the last `steps` migrations (for development; never needed in production).
pub async fn rollback(db: &DatabaseConnection, steps: u32) -> Result<(), DbErr> {
    Migrator::down(db, Some(steps)).await
}

/// True when the database answers a trivial query.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.execute_unprepared("SELECT 1").await.is_ok()
}

#[cfg(test)]
mod tests {
    use super::sqlite_path;
    use sea_orm::{ConnectionTrait, DbBackend, Statement};

    /// The bundled SQLite is compiled as `.cargo/config.toml` says (LIBSQLITE3_FLAGS): without the
    /// process-wide page-cache group and memory statistics, whose mutexes every connection's
    /// thread queued on under the load benchmark. Fails if a build loses the setting.
    #[tokio::test]
    async fn sqlite_is_compiled_without_its_process_wide_mutexes() -> Result<(), sea_orm::DbErr> {
        let db = sea_orm::Database::connect("sqlite::memory:").await?;
        let rows = db
            .query_all_raw(Statement::from_string(DbBackend::Sqlite, "PRAGMA compile_options"))
            .await?;
        let options = rows
            .iter()
            .map(|row| row.try_get_by_index::<String>(0))
            .collect::<Result<Vec<_>, _>>()?;
        assert!(!options.iter().any(|o| o == "ENABLE_MEMORY_MANAGEMENT"), "{options:?}");
        assert!(options.iter().any(|o| o == "DEFAULT_MEMSTATUS=0"), "{options:?}");
        Ok(())
    }

    /// With `sqlite_checkpoint_ms`, the log is copied into the database file by the checkpointer
    /// (no commit does it: the pool's connections have automatic checkpoints off); with 0, SQLite's
    /// own automatic checkpoint would wait for 1,000 pages, so a log of ~300 stays where it is.
    #[tokio::test]
    async fn the_checkpointer_copies_the_log_and_commits_do_not() -> Result<(), Box<dyn std::error::Error>> {
        for every_ms in [40, 0] {
            let dir = tempfile::tempdir()?;
            let file = dir.path().join("c.db");
            let mut settings = crate::config::Settings::load(None, &[])?.database;
            settings.url = format!("sqlite://{}", file.display());
            settings.sqlite_checkpoint_ms = every_ms;
            let db = super::connect(&settings).await?;
            let autocheckpoint = db
                .query_one_raw(Statement::from_string(DbBackend::Sqlite, "PRAGMA wal_autocheckpoint"))
                .await?
                .ok_or("no answer")?
                .try_get_by_index::<i64>(0)?;
            assert_eq!(autocheckpoint, if every_ms > 0 { 0 } else { 1000 });
            db.execute_unprepared("CREATE TABLE t (x TEXT)").await?;
            for _ in 0..300 {
                db.execute_unprepared("INSERT INTO t VALUES (printf('%.3000c', 'x'))")
                    .await?;
            }
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            let in_file = std::fs::metadata(&file)?.len();
            if every_ms > 0 {
                assert!(in_file > 500_000, "the log was not copied: {in_file} bytes in the file");
            } else {
                assert!(
                    in_file < 100_000,
                    "something copied the log: {in_file} bytes in the file"
                );
            }
            db.close().await?;
        }
        Ok(())
    }

    #[test]
    fn sqlite_paths() {
        assert_eq!(sqlite_path("sqlite://data/lcreview.db"), Some("data/lcreview.db"));
        assert_eq!(sqlite_path("sqlite:data/x.db?mode=rwc"), Some("data/x.db"));
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://localhost/x"), None);
    }
}
