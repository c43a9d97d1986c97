//! Reads and transactional writes, one module per aggregate. Every write that changes an object also
//! writes its audit entry in the same transaction.
use sea_orm::{DbErr, SqlErr};
use time::OffsetDateTime;

pub mod assignment;
pub mod audit;
pub mod cities;
pub mod consensus;
pub mod cycles;
pub mod db;
pub mod experts;
pub mod framework;
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

/// Begins a transaction that will write. On SQLite it takes the write lock at once (BEGIN
/// IMMEDIATE): a deferred transaction that reads first and writes later cannot wait for the lock
/// (the busy timeout does not apply to the upgrade) and would fail under concurrent writers. Other
/// backends ignore the option.
pub async fn begin_write(db: &sea_orm::DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
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
