//! The audit log: who did what to which object, when, with the object before and after. Append-only:
//! this module has no update or delete, and nothing else writes the table.
use entity::audit_log;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use serde::Serialize;
use serde_json::Value;

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

/// Writes the entry with `conn`, which must be the transaction making the change, so the change and
/// its record commit or roll back together.
pub async fn record<C: ConnectionTrait>(conn: &C, entry: Entry) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        actor_user_id: Set(entry.actor),
        action: Set(entry.action.to_owned()),
        object_type: Set(entry.object_type.to_owned()),
        object_id: Set(entry.object_id),
        before: Set(entry.before.map(|v| v.to_string())),
        after: Set(entry.after.map(|v| v.to_string())),
        at: Set(super::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}
