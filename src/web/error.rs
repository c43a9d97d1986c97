//! One error type for every handler. 4xx carry a message for the person or script that sent the
//! request; 500s are logged with their cause and answered with a generic message, never the cause.
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::html;
use serde::Serialize;
use utoipa::ToSchema;

use crate::tr;

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

    /// What the caller is told. For a 500, never the cause: it may hold internals. (The API runs in
    /// no language scope, so its message is English.)
    pub fn public_message(&self) -> String {
        match self {
            AppError::Internal(_) => tr!("errors-page-internal"),
            other => other.to_string(),
        }
    }

    /// The message as a page shows it, in the reader's language: the field in words a person uses,
    /// not its API name. (The messages the variants carry are written where they are raised.)
    pub fn page_message(&self) -> String {
        match self {
            AppError::Invalid { field, message } => {
                let (field, message) = (field_label(field), message.as_str());
                tr!("errors-page-invalid", field = field, message = message)
            }
            AppError::NotFound(what) => not_found(what),
            AppError::PayloadTooLarge(limit) => tr!("errors-page-too-large", limit = *limit),
            AppError::UnsupportedMediaType => tr!("errors-page-not-json"),
            AppError::TooManyRequests(secs) => tr!("errors-page-too-many", seconds = *secs),
            AppError::Unavailable(_) => tr!("errors-page-unavailable"),
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

/// "… not found" on a page, in the reader's language, for each thing the service looks up (its
/// name's words joined by dashes, as in the keys).
fn not_found(what: &str) -> String {
    match what.replace(' ', "-").as_str() {
        "cycle" => tr!("errors-page-not-found-cycle"),
        "user" => tr!("errors-page-not-found-user"),
        "city" => tr!("errors-page-not-found-city"),
        "bundle" => tr!("errors-page-not-found-bundle"),
        "page" => tr!("errors-page-not-found-page"),
        "item" => tr!("errors-page-not-found-item"),
        "framework-edition" => tr!("errors-page-not-found-framework-edition"),
        "expert" => tr!("errors-page-not-found-expert"),
        "report" => tr!("errors-page-not-found-report"),
        "statistic" => tr!("errors-page-not-found-statistic"),
        "panel" => tr!("errors-page-not-found-panel"),
        "message" => tr!("errors-page-not-found-message"),
        "measurement" => tr!("errors-page-not-found-measurement"),
        "extension" => tr!("errors-page-not-found-extension"),
        "token" => tr!("errors-page-not-found-token"),
        "template" => tr!("errors-page-not-found-template"),
        "sign-in-provider" => tr!("errors-page-not-found-sign-in-provider"),
        "route" => tr!("errors-page-not-found-route"),
        "rating" => tr!("errors-page-not-found-rating"),
        "profile" => tr!("errors-page-not-found-profile"),
        "object" => tr!("errors-page-not-found-object"),
        "language" => tr!("errors-page-not-found-language"),
        _ => tr!("errors-page-not-found", what = what),
    }
}

/// An error page's title: the status's reason phrase, in the reader's language.
fn status_title(status: StatusCode) -> String {
    match status.as_u16() {
        400 => tr!("errors-page-title-400"),
        401 => tr!("errors-page-title-401"),
        403 => tr!("errors-page-title-403"),
        404 => tr!("errors-page-title-404"),
        409 => tr!("errors-page-title-409"),
        413 => tr!("errors-page-title-413"),
        415 => tr!("errors-page-title-415"),
        422 => tr!("errors-page-title-422"),
        429 => tr!("errors-page-title-429"),
        500 => tr!("errors-page-title-500"),
        503 => tr!("errors-page-title-503"),
        _ => match status.canonical_reason() {
            Some(reason) => reason.to_owned(),
            None => tr!("errors-page-title-other"),
        },
    }
}

/// A field of a form or of the API, as a person calls it, in the reader's language.
pub fn field_label(field: &str) -> String {
    let known = match field {
        "deadlines.submission" => Some(tr!("errors-page-field-submission-deadline")),
        "deadlines.review" => Some(tr!("errors-page-field-review-deadline")),
        "deadlines.reconciliation" => Some(tr!("errors-page-field-reconciliation-deadline")),
        "city_id" | "city_ids" => Some(tr!("errors-page-field-city")),
        "user_id" | "expert_id" => Some(tr!("errors-page-field-person")),
        "panel_size" => Some(tr!("errors-page-field-panel-size")),
        "min_justification" | "min_justification_chars" => Some(tr!("errors-page-field-min-justification")),
        "max_spread" => Some(tr!("errors-page-field-max-spread")),
        "revision_rounds" => Some(tr!("errors-page-field-revision-rounds")),
        "email" => Some(tr!("errors-page-field-email")),
        "name" => Some(tr!("errors-page-field-name")),
        "role" => Some(tr!("errors-page-field-role")),
        "country" => Some(tr!("errors-page-field-country")),
        "languages" => Some(tr!("errors-page-field-languages")),
        "score" => Some(tr!("errors-page-field-score")),
        "justification" => Some(tr!("errors-page-field-justification")),
        "confidence" => Some(tr!("errors-page-field-confidence")),
        "statement" => Some(tr!("errors-page-field-statement")),
        "rationale" => Some(tr!("errors-page-field-rationale")),
        "reason" => Some(tr!("errors-page-field-reason")),
        "body" => Some(tr!("errors-page-field-comment")),
        "levels" => Some(tr!("errors-page-field-guidance")),
        "members" => Some(tr!("errors-page-field-members")),
        "chair" => Some(tr!("errors-page-field-chair")),
        "measurements" => Some(tr!("errors-page-field-measurements")),
        "until" => Some(tr!("errors-page-field-date")),
        // These read in English as the field's own name would; named here so that the other
        // languages have words for them too.
        "profile" => Some(tr!("errors-page-field-profile")),
        "to" => Some(tr!("errors-page-field-to")),
        "message" => Some(tr!("errors-page-field-message")),
        "label" => Some(tr!("errors-page-field-label")),
        "institution" => Some(tr!("errors-page-field-institution")),
        "institutions" => Some(tr!("errors-page-field-institutions")),
        "expertise" => Some(tr!("errors-page-field-expertise")),
        "capacity" => Some(tr!("errors-page-field-capacity")),
        "region" => Some(tr!("errors-page-field-region")),
        "experts" => Some(tr!("errors-page-field-experts")),
        "expires_in_days" => Some(tr!("errors-page-field-expires-in-days")),
        "answer" => Some(tr!("errors-page-field-answer")),
        "question" => Some(tr!("errors-page-field-question")),
        "status" => Some(tr!("errors-page-field-status")),
        "limit" => Some(tr!("errors-page-field-limit")),
        "before" => Some(tr!("errors-page-field-before")),
        "affinity.weights.expertise" => Some(tr!("cycles-weight-expertise")),
        "affinity.weights.region" => Some(tr!("cycles-weight-region")),
        "affinity.weights.native_language" => Some(tr!("cycles-weight-native-language")),
        "affinity.weights.continuity" => Some(tr!("cycles-weight-continuity")),
        "affinity.continuity" => Some(tr!("cycles-continuity")),
        "regions" => Some(tr!("experts-field-regions")),
        "native_languages" => Some(tr!("experts-field-native-languages")),
        _ => None,
    };
    match known {
        Some(label) => label,
        None => {
            let words = field.replace(['_', '.'], " ");
            let mut chars = words.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => tr!("errors-page-field-this"),
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
                p { a href="/" { (tr!("errors-page-back")) } }
            },
        )
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let err = self.0;
        err.log_if_internal();
        let status = err.status();
        let page = ErrorPage {
            title: status_title(status),
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
