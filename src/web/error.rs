//! One error type for every handler. 4xx carry a message for the person or script that sent the
//! request; 500s are logged with their cause and answered with a generic message, never the cause.
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::html;
use serde::Serialize;
use utoipa::ToSchema;

pub use crate::app::error::AppError;

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
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) | AppError::Refused { .. } => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthorized(_) => "unauthorized",
            AppError::Forbidden(_) => "forbidden",
            AppError::NotFound(_) => "not_found",
            AppError::BadRequest { code, .. } | AppError::Conflict { code, .. } | AppError::Refused { code, .. } => {
                code
            }
            AppError::PayloadTooLarge(_) => "payload_too_large",
            AppError::UnsupportedMediaType => "unsupported_media_type",
            AppError::Invalid { .. } => "invalid_field",
            AppError::Unavailable(_) => "unavailable",
            AppError::TooManyRequests(_) => "rate_limited",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// What the caller is told. For a 500, never the cause: it may hold internals.
    pub fn public_message(&self) -> String {
        match self {
            AppError::Internal(_) => "something went wrong on our side; it has been logged".into(),
            other => other.to_string(),
        }
    }

    /// The message as a page shows it: the field in words a person uses, not its API name.
    pub fn page_message(&self) -> String {
        match self {
            AppError::Invalid { field, message } => format!("{}: {message}", field_label(field)),
            other => other.public_message(),
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
        retry_after(&self, &mut response);
        response
    }
}

/// A 429 says when to come back.
fn retry_after(err: &AppError, response: &mut Response) {
    if let AppError::TooManyRequests(secs) = err {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(*secs));
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

/// A field of a form or of the API, as a person calls it.
pub fn field_label(field: &str) -> String {
    let known = match field {
        "deadlines.submission" => Some("The submission deadline"),
        "deadlines.review" => Some("The review deadline"),
        "deadlines.reconciliation" => Some("The reconciliation deadline"),
        "city_id" | "city_ids" => Some("The city"),
        "user_id" | "expert_id" => Some("The person"),
        "panel_size" => Some("The panel size"),
        "min_justification" | "min_justification_chars" => Some("The shortest justification"),
        "max_spread" => Some("The largest spread that counts as agreement"),
        "revision_rounds" => Some("The number of revision rounds"),
        "email" => Some("The e-mail address"),
        "name" => Some("The name"),
        "role" => Some("The role"),
        "country" => Some("The country"),
        "languages" => Some("The languages"),
        "score" => Some("The score"),
        "justification" => Some("The justification"),
        "confidence" => Some("The confidence"),
        "statement" => Some("The statement"),
        "rationale" => Some("The rationale"),
        "reason" => Some("The reason"),
        "body" => Some("The comment"),
        "levels" => Some("The guidance"),
        "members" => Some("The members"),
        "chair" => Some("The chair"),
        "measurements" => Some("The measurements"),
        "until" => Some("The date"),
        _ => None,
    };
    match known {
        Some(label) => label.to_owned(),
        None => {
            let words = field.replace(['_', '.'], " ");
            let mut chars = words.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => "This".to_owned(),
            }
        }
    }
}

/// An error page's words, kept on the response so that it can be drawn for whoever is signed in.
#[derive(Clone, Debug)]
pub struct ErrorPage {
    pub title: String,
    pub message: String,
}

impl ErrorPage {
    pub fn render(&self, shell: &crate::views::layout::Shell) -> maud::Markup {
        crate::views::layout::page(
            shell,
            &self.title,
            html! {
                h1 { (self.title) }
                p { (self.message) }
                p { a href="/" { "Back to your start page" } }
            },
        )
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let err = self.0;
        err.log_if_internal();
        let status = err.status();
        let title = status.canonical_reason().unwrap_or("Error");
        let page = ErrorPage {
            title: title.to_owned(),
            message: err.page_message(),
        };
        let mut response = (status, page.render(&Default::default())).into_response();
        retry_after(&err, &mut response);
        // The error page is drawn again with the signed-in person's header by
        // `auth::session::error_pages`, which knows the request's session.
        response.extensions_mut().insert(page);
        response
    }
}

/// Every API error, described once for the OpenAPI document: any 4xx with the error body (the
/// contract's 400, 401, 403, 404, 409, 413, 415, 422), and 503 when the database cannot be reached.
/// Each operation lists its success answer and this.
pub struct ApiErrors;

impl utoipa::IntoResponses for ApiErrors {
    fn responses() -> std::collections::BTreeMap<String, utoipa::openapi::RefOr<utoipa::openapi::response::Response>> {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorBody")))
                        .build(),
                )
                .build()
                .into()
        };
        [
            (
                "4XX".to_owned(),
                error(
                    "The request was refused: 400 malformed, 401 no valid token, 403 not allowed, 404 not found                      (or not visible to the caller), 409 state conflict or stale version, 413 body too large,                      415 not JSON, 422 invalid (`field` names the input). `code` says which.",
                ),
            ),
            (
                "503".to_owned(),
                error("The database cannot be reached right now; try again (see Retry-After)."),
            ),
        ]
        .into_iter()
        .collect()
    }
}

/// Result of an API handler.
pub type ApiResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StoreError;

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
