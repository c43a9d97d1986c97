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
    /// Anything else: a bug or an outage. Logged, never shown (500).
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
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
        if let AppError::Internal(cause) = self {
            tracing::error!(error = ?cause, "request failed");
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
            StoreError::Db(db) => AppError::Internal(db.into()),
        }
    }
}

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        AppError::Internal(e.into())
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
