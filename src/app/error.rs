//! What a use case can fail with, in words for the person or script that asked. The web layer turns
//! each into a status and a body (`web::error`); 500s are logged there with their cause, never shown.
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No credentials, or credentials that are not valid (401).
    #[error("{0}")]
    Unauthorized(&'static str),
    /// Signed in, but this role may not do this (403).
    #[error("{0}")]
    Forbidden(String),
    /// Signed in and allowed this kind of thing, but not this one, for a reason a script may act on
    /// (403 with its own code, e.g. `own_item`).
    #[error("{message}")]
    Refused { code: &'static str, message: String },
    /// Does not exist, or the caller may not know it exists (404).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The request cannot be read (400).
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    /// The body is larger than the limit (413).
    #[error("the request body is larger than {0} bytes")]
    PayloadTooLarge(usize),
    /// The body is not JSON (415).
    #[error("the request body must be JSON (Content-Type: application/json)")]
    UnsupportedMediaType,
    /// Well-formed but invalid; `field` names the input that is wrong (422).
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    /// Conflicts with the current state, or a stale version (409).
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    /// Too many requests from one address: try again after this many seconds (429).
    #[error("too many requests from your address; try again in {0} s")]
    TooManyRequests(u64),
    /// The database cannot be reached (a restart, a failover): try again shortly (503).
    #[error("the database cannot be reached right now; try again in a moment")]
    Unavailable(#[source] sea_orm::DbErr),
    /// Anything else: a bug. Logged, never shown (500).
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Whether a database error means "not reachable now" rather than "this request is wrong": the
/// pool could not connect, a connection broke, or the server is shutting down (SQLSTATE classes
/// 08 and 57P). The pool reconnects by itself; the caller only needs to retry.
pub(crate) fn is_outage(e: &sea_orm::DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    use sea_orm::{DbErr, RuntimeErr};
    match e {
        DbErr::Conn(_) | DbErr::ConnectionAcquire(_) => true,
        DbErr::Query(RuntimeErr::SqlxError(x)) | DbErr::Exec(RuntimeErr::SqlxError(x)) => match x.as_ref() {
            Sqlx::Io(_) | Sqlx::PoolTimedOut | Sqlx::PoolClosed | Sqlx::WorkerCrashed => true,
            Sqlx::Database(d) => d.code().is_some_and(|c| c.starts_with("08") || c.starts_with("57P")),
            _ => false,
        },
        _ => false,
    }
}

impl AppError {
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AppError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        AppError::Forbidden(message.into())
    }

    pub fn not_found(what: &'static str) -> Self {
        AppError::NotFound(what)
    }

    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        AppError::Conflict {
            code,
            message: message.into(),
        }
    }

    /// A bug or a broken invariant: logged, never shown.
    pub fn internal(message: impl Into<String>) -> Self {
        AppError::Internal(anyhow::anyhow!(message.into()))
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => AppError::NotFound(what),
            StoreError::Invalid { field, message } => AppError::invalid(field, message),
            // The one store refusal whose words the domain keeps: said in the reader's language.
            StoreError::Conflict {
                code: code @ "rating_submitted",
                ..
            } => AppError::Conflict {
                code,
                message: crate::domain::rating::submitted_is_final(),
            },
            StoreError::Conflict { code, message } => AppError::Conflict { code, message },
            StoreError::Db(db) if is_outage(&db) => AppError::Unavailable(db),
            StoreError::Db(db) => AppError::Internal(db.into()),
        }
    }
}

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        if is_outage(&e) {
            AppError::Unavailable(e)
        } else {
            AppError::Internal(e.into())
        }
    }
}

/// The result of a use case.
pub type AppResult<T> = Result<T, AppError>;
