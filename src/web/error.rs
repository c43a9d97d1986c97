//! One error type for every handler. 4xx carry a message for the person or script that sent the
//! request; 500s are logged with their cause and answered with a generic message, never the cause.
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::html;
use serde::Serialize;
use utoipa::ToSchema;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No credentials, or credentials that are not valid (401).
    #[error("{0}")]
    Unauthorized(&'static str),
    /// Signed in, but this role may not do this (403).
    #[error("{0}")]
    Forbidden(String),
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
fn is_outage(e: &sea_orm::DbErr) -> bool {
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

/// The JSON error body of every failed API call.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable snake_case code for scripts.
    pub code: String,
    /// A sentence for a person.
    pub message: String,
    /// For 422: the input field that is wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
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

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            AppError::Unauthorized(_) => "unauthorized",
            AppError::Forbidden(_) => "forbidden",
            AppError::NotFound(_) => "not_found",
            AppError::BadRequest { code, .. } | AppError::Conflict { code, .. } => code,
            AppError::PayloadTooLarge(_) => "payload_too_large",
            AppError::UnsupportedMediaType => "unsupported_media_type",
            AppError::Invalid { .. } => "invalid_field",
            AppError::Unavailable(_) => "unavailable",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// What the caller is told. For a 500, never the cause: it may hold internals.
    fn public_message(&self) -> String {
        match self {
            AppError::Internal(_) => "something went wrong on our side; it has been logged".into(),
            other => other.to_string(),
        }
    }

    fn log_if_internal(&self) {
        match self {
            AppError::Internal(cause) => tracing::error!(error = ?cause, "request failed"),
            AppError::Unavailable(cause) => tracing::warn!(error = %cause, "database unreachable"),
            _ => {}
        }
    }

    fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: self.code().into(),
                message: self.public_message(),
                field: match self {
                    AppError::Invalid { field, .. } => Some(field.clone()),
                    _ => None,
                },
            },
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log_if_internal();
        let mut response = (self.status(), axum::Json(self.body())).into_response();
        if matches!(self, AppError::Unavailable(_)) {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        if matches!(self, AppError::Unauthorized(_)) {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => AppError::NotFound(what),
            StoreError::Invalid { field, message } => AppError::invalid(field, message),
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

/// The same errors, for pages: an HTML page with the status and message instead of JSON.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let err = self.0;
        err.log_if_internal();
        let status = err.status();
        let title = status.canonical_reason().unwrap_or("Error");
        let markup = crate::views::layout::page(
            &Default::default(),
            title,
            html! {
                h1 { (title) }
                p { (err.public_message()) }
                p { a href="/" { "Back to the start page" } }
            },
        );
        (status, markup).into_response()
    }
}

/// Result of an API handler.
pub type ApiResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreachable_database_is_503_and_other_database_errors_500() {
        let down = sea_orm::DbErr::Conn(sea_orm::RuntimeErr::Internal("connection refused".into()));
        assert_eq!(AppError::from(down).status(), StatusCode::SERVICE_UNAVAILABLE);
        let bug = sea_orm::DbErr::Custom("a corrupt row".into());
        assert_eq!(AppError::from(bug).status(), StatusCode::INTERNAL_SERVER_ERROR);
        let store = StoreError::Db(sea_orm::DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout));
        assert_eq!(AppError::from(store).status(), StatusCode::SERVICE_UNAVAILABLE);
    }
}
