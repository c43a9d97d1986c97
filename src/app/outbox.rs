//! The secretariat's view of the e-mail the service sends: the outbox (what went to whom, when,
//! what failed and why), sending a failed message again, and every message template rendered with
//! sample data.
use super::{App, AppError, AppResult, Staff};
use crate::mail::templates::{sample_recipient, samples};
use crate::read::{Message, OutboxEntry};
use crate::store;
use crate::tr;

/// The states a message can be in, for a filter.
pub const STATUSES: [&str; 6] = ["pending", "sending", "sent", "failed", "held", "digested"];

/// Which messages to list: by status and kind, the `limit` before the message `before` (newest first).
#[derive(Clone, Debug, Default)]
pub struct OutboxFilter {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub before: Option<i32>,
    pub limit: Option<u64>,
}

/// The outbox, newest first. An unknown status or kind is a 422 naming the choices.
pub async fn list(app: &App, _staff: &Staff, filter: &OutboxFilter) -> AppResult<Vec<OutboxEntry>> {
    if let Some(s) = filter.status.as_deref().filter(|s| !STATUSES.contains(s)) {
        return Err(AppError::invalid(
            "status",
            tr!("refusals-outbox-status", value = s, choices = STATUSES.join(", ")),
        ));
    }
    if let Some(k) = filter
        .kind
        .as_deref()
        .filter(|k| !crate::mail::templates::KINDS.contains(k))
    {
        return Err(AppError::invalid(
            "kind",
            tr!(
                "refusals-outbox-kind",
                value = k,
                choices = crate::mail::templates::KINDS.join(", ")
            ),
        ));
    }
    if filter.before.is_some_and(|b| b < 1) {
        return Err(AppError::invalid("before", tr!("refusals-outbox-before")));
    }
    let limit = filter.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(AppError::invalid("limit", tr!("refusals-outbox-limit")));
    }
    Ok(store::outbox::list(
        &app.db,
        filter.status.as_deref(),
        filter.kind.as_deref(),
        filter.before,
        limit,
    )
    .await?)
}

/// How many messages are in each state.
pub async fn counts(app: &App, _staff: &Staff) -> AppResult<Vec<(String, usize)>> {
    Ok(store::outbox::counts(&app.db).await?)
}

/// Sends a failed message again (its attempts start over). 404 for no such message; 409 when it has
/// not failed (it is on its way, or sent). Audited.
pub async fn retry(app: &App, staff: &Staff, id: i32) -> AppResult<OutboxEntry> {
    let txn = store::begin_write(&app.db).await?;
    let entry = store::outbox::get(&txn, id)
        .await?
        .ok_or(AppError::NotFound("message"))?;
    if !store::outbox::retry(&txn, id).await? {
        return Err(AppError::conflict(
            "not_failed",
            tr!("refusals-outbox-not-failed", status = entry.status.as_str()),
        ));
    }
    store::audit::record(
        &txn,
        store::audit::Entry {
            actor: staff.actor_id(),
            action: "outbox.retry",
            object_type: "outbox",
            object_id: id.to_string(),
            before: Some(
                serde_json::json!({"status": entry.status, "attempts": entry.attempts, "last_error": entry.last_error}),
            ),
            after: Some(serde_json::json!({"status": "pending"})),
        },
    )
    .await?;
    let after = store::outbox::get(&txn, id)
        .await?
        .ok_or(AppError::NotFound("message"))?;
    txn.commit().await?;
    tracing::info!(message_id = id, "a failed message is queued again");
    Ok(after)
}

/// Every template rendered with sample data, addressed to a sample person who reads the viewer's
/// language (English in the API).
pub fn previews(app: &App, _staff: &Staff) -> Vec<Message> {
    let to = crate::read::User {
        language: Some(crate::i18n::current().code().to_owned()),
        ..sample_recipient()
    };
    samples(app.public_url()).iter().map(|m| m.render(&to)).collect()
}

/// One template rendered with sample data (404 for an unknown kind).
pub fn preview(app: &App, staff: &Staff, kind: &str) -> AppResult<Message> {
    previews(app, staff)
        .into_iter()
        .find(|m| m.kind == kind)
        .ok_or(AppError::NotFound("template"))
}

/// A person who chose immediate messages again gets what was held for them now.
pub(crate) async fn release_held<C: sea_orm::ConnectionTrait>(conn: &C, user_id: i32) -> AppResult<()> {
    store::outbox::release_held(conn, user_id).await?;
    Ok(())
}
