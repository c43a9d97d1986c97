//! The e-mail the service sends, for the secretariat: `/api/v1/outbox` (what went to whom, when,
//! what failed and why), sending a failed message again, and the templates rendered with sample data.
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::format::rfc3339;
use crate::read::{Message, OutboxEntry};
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::{Id, Ids, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(retry))
        .routes(routes!(templates))
}

#[derive(Serialize, ToSchema)]
struct OutboxBody {
    id: i32,
    to: String,
    /// The user it is for, when it is for a user of the service.
    user_id: Option<i32>,
    subject: String,
    kind: String,
    /// pending, sending, sent, failed, held (for a daily digest) or digested (sent in one).
    status: String,
    attempts: i32,
    /// Why the last attempt failed.
    last_error: Option<String>,
    created_at: Option<String>,
    sent_at: Option<String>,
    /// When a pending message is next tried.
    next_attempt_at: Option<String>,
}

impl From<OutboxEntry> for OutboxBody {
    fn from(e: OutboxEntry) -> Self {
        OutboxBody {
            id: e.id,
            to: e.to,
            user_id: e.user_id,
            subject: e.subject,
            kind: e.kind,
            status: e.status,
            attempts: e.attempts,
            last_error: e.last_error,
            created_at: rfc3339(Some(e.created_at)),
            sent_at: rfc3339(e.sent_at),
            next_attempt_at: rfc3339(Some(e.next_attempt_at)),
        }
    }
}

#[derive(Deserialize, IntoParams)]
struct OutboxQuery {
    /// pending, sending, sent, failed, held or digested.
    status: Option<String>,
    /// A kind of message (see `GET /api/v1/mail/templates`).
    kind: Option<String>,
    /// Messages older than this id (for the next page).
    #[param(value_type = Option<i32>, minimum = 1)]
    before: Option<String>,
    /// At most this many (1–500, default 100).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 500)]
    limit: Option<String>,
}

fn number<T: std::str::FromStr>(field: &str, v: Option<&str>) -> Result<Option<T>, AppError> {
    v.filter(|s| !s.is_empty())
        .map(|s| {
            s.trim()
                .parse::<T>()
                .map_err(|_| AppError::invalid(field.to_owned(), "a whole number"))
        })
        .transpose()
}

/// The outbox, newest first (secretariat): filtered by `status` and `kind`, paged with `before`.
#[utoipa::path(get, path = "/api/v1/outbox", tag = "mail", security(("bearer" = [])), params(OutboxQuery),
    responses((status = 200, body = [OutboxBody]), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn list(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Query(q): Query<OutboxQuery>,
) -> ApiResult<axum::Json<Vec<OutboxBody>>> {
    let filter = app::outbox::OutboxFilter {
        status: q.status.filter(|s| !s.is_empty()),
        kind: q.kind.filter(|s| !s.is_empty()),
        before: number("before", q.before.as_deref())?,
        limit: number("limit", q.limit.as_deref())?,
    };
    let entries = app::outbox::list(&app, &staff, &filter).await?;
    Ok(axum::Json(entries.into_iter().map(OutboxBody::from).collect()))
}

/// Sends a failed message again (secretariat); its attempts start over. Not failed: 409 `not_failed`.
#[utoipa::path(post, path = "/api/v1/outbox/{id}/retry", tag = "mail", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 200, body = OutboxBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id(), message_id = id))]
async fn retry(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<OutboxBody>> {
    Ok(axum::Json(app::outbox::retry(&app, &staff, id).await?.into()))
}

#[derive(Serialize, ToSchema)]
struct TemplateBody {
    kind: String,
    subject: String,
    text: String,
    html: String,
}

impl From<Message> for TemplateBody {
    fn from(m: Message) -> Self {
        TemplateBody {
            kind: m.kind.to_owned(),
            subject: m.subject,
            text: m.text,
            html: m.html,
        }
    }
}

/// Every message the service sends, rendered with sample data (secretariat).
#[utoipa::path(get, path = "/api/v1/mail/templates", tag = "mail", security(("bearer" = [])),
    responses((status = 200, body = [TemplateBody]), ApiErrors))]
async fn templates(Secretariat(staff): Secretariat, State(app): State<App>) -> axum::Json<Vec<TemplateBody>> {
    axum::Json(
        app::outbox::previews(&app, &staff)
            .into_iter()
            .map(TemplateBody::from)
            .collect(),
    )
}
