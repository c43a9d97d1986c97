//! The audit log: who did what to which object, when, with the object before and after. Append-only:
//! this module has no update or delete, and nothing else writes the table.
use entity::audit_log;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use serde::Serialize;
use serde_json::Value;

use crate::read::{AuditEntry, AuditFilter};

/// One change. `actor` is None when an operator acted through the command line.
pub struct Entry {
    pub actor: Option<i32>,
    pub action: &'static str,
    pub object_type: &'static str,
    pub object_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// A JSON snapshot of an object for `before` / `after`.
pub fn snapshot<T: Serialize>(object: &T) -> Option<Value> {
    serde_json::to_value(object).ok()
}

tokio::task_local! {
    /// While a request made with an API token that someone else issued (the secretariat, for the
    /// token's owner) is handled: that issuer. Every entry the request writes names them beside
    /// the actor, so an action taken with such a token is audited with both names.
    pub static TOKEN_ISSUER: Option<i32>;
}

/// The issuer of the token the request being handled was made with, when someone else issued it.
pub fn token_issuer() -> Option<i32> {
    TOKEN_ISSUER.try_with(|i| *i).ok().flatten()
}

/// The row an entry becomes, written at `at` (with the token's issuer, if the request has one).
fn row(entry: Entry, at: time::OffsetDateTime) -> audit_log::ActiveModel {
    audit_log::ActiveModel {
        token_issued_by: Set(token_issuer()),
        actor_user_id: Set(entry.actor),
        action: Set(entry.action.to_owned()),
        object_type: Set(entry.object_type.to_owned()),
        object_id: Set(entry.object_id),
        before: Set(entry.before.map(|v| v.to_string())),
        after: Set(entry.after.map(|v| v.to_string())),
        at: Set(at),
        ..Default::default()
    }
}

/// Writes the entry with `conn`, which must be the transaction making the change, so the change and
/// its record commit or roll back together.
pub async fn record<C: ConnectionTrait>(conn: &C, entry: Entry) -> Result<(), DbErr> {
    row(entry, super::now()).insert(conn).await?;
    Ok(())
}

/// The entry's insert, for a caller that sends it in one statement with the change it records
/// (on PostgreSQL, a data-modifying WITH); the same row [`record`] writes.
pub fn insert_statement(entry: Entry) -> sea_orm::sea_query::InsertStatement {
    use sea_orm::{EntityTrait, QueryTrait};
    audit_log::Entity::insert(row(entry, super::now())).into_query()
}

/// Writes many entries in as few statements as the database allows (a thousand rows each): for
/// steps that change many objects at once (settling a cycle's items).
pub async fn record_many<C: ConnectionTrait>(conn: &C, entries: Vec<Entry>) -> Result<(), DbErr> {
    use sea_orm::EntityTrait;
    let at = super::now();
    let mut rows = entries.into_iter().map(|entry| row(entry, at));
    loop {
        let chunk: Vec<audit_log::ActiveModel> = rows.by_ref().take(super::BATCH).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        audit_log::Entity::insert_many(chunk)
            .exec_without_returning(conn)
            .await?;
    }
}

/// The newest entries first, `per_page` at a time; also says whether there is a next page.
pub async fn list<C: ConnectionTrait>(
    conn: &C,
    filter: &AuditFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<AuditEntry>, bool), DbErr> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
    let mut q = audit_log::Entity::find().order_by_desc(audit_log::Column::Id);
    if let Some(t) = filter.object_type.as_deref().filter(|s| !s.is_empty()) {
        q = q.filter(audit_log::Column::ObjectType.eq(t));
    }
    if let Some(o) = filter.object_id.as_deref().filter(|s| !s.is_empty()) {
        q = q.filter(audit_log::Column::ObjectId.eq(o));
    }
    if let Some(a) = filter.action.as_deref().filter(|s| !s.is_empty()) {
        q = q.filter(audit_log::Column::Action.eq(a));
    }
    if let Some(actor) = filter.actor {
        q = q.filter(audit_log::Column::ActorUserId.eq(actor));
    }
    let mut rows = q.offset(page * per_page).limit(per_page + 1).all(conn).await?;
    let more = rows.len() as u64 > per_page;
    rows.truncate(per_page as usize);
    Ok((
        rows.into_iter()
            .map(|r| AuditEntry {
                id: r.id,
                actor: r.actor_user_id,
                token_issued_by: r.token_issued_by,
                action: r.action,
                object_type: r.object_type,
                object_id: r.object_id,
                before: r.before,
                after: r.after,
                at: r.at,
            })
            .collect(),
        more,
    ))
}
