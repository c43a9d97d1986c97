//! Personal deadline extensions: one expert may rate in a round after its deadline, until a moment
//! the secretariat sets.
use entity::extension;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use time::OffsetDateTime;

use super::audit::{self, Entry};
use super::{StoreError, now};
use crate::domain::cycle::DeadlineKind;

/// (expert, until) of the extensions of a cycle's round.
pub async fn of_round<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    kind: DeadlineKind,
) -> Result<Vec<(i32, OffsetDateTime)>, StoreError> {
    Ok(extension::Entity::find()
        .filter(extension::Column::CycleId.eq(cycle_id))
        .filter(extension::Column::Phase.eq(kind.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.user_id, e.until))
        .collect())
}

/// One expert's extension of a round, if any.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    user_id: i32,
    kind: DeadlineKind,
) -> Result<Option<OffsetDateTime>, StoreError> {
    Ok(extension::Entity::find()
        .filter(extension::Column::CycleId.eq(cycle_id))
        .filter(extension::Column::UserId.eq(user_id))
        .filter(extension::Column::Phase.eq(kind.as_str()))
        .one(conn)
        .await?
        .map(|e| e.until))
}

/// Sets (or moves) an expert's extension of a round, with its audit entry.
pub async fn set<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    cycle_id: i32,
    user_id: i32,
    kind: DeadlineKind,
    until: OffsetDateTime,
) -> Result<(), StoreError> {
    let before = get(txn, cycle_id, user_id, kind).await?;
    delete_row(txn, cycle_id, user_id, kind).await?;
    extension::ActiveModel {
        cycle_id: Set(cycle_id),
        user_id: Set(user_id),
        phase: Set(kind.as_str().to_owned()),
        until: Set(until),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.extension",
            object_type: "cycle",
            object_id: cycle_id.to_string(),
            before: before
                .map(|b| serde_json::json!({"user_id": user_id, "round": kind.as_str(), "until": b.to_string()})),
            after: Some(serde_json::json!({"user_id": user_id, "round": kind.as_str(), "until": until.to_string()})),
        },
    )
    .await?;
    Ok(())
}

async fn delete_row<C: ConnectionTrait>(
    txn: &C,
    cycle_id: i32,
    user_id: i32,
    kind: DeadlineKind,
) -> Result<u64, StoreError> {
    Ok(extension::Entity::delete_many()
        .filter(extension::Column::CycleId.eq(cycle_id))
        .filter(extension::Column::UserId.eq(user_id))
        .filter(extension::Column::Phase.eq(kind.as_str()))
        .exec(txn)
        .await?
        .rows_affected)
}

/// Removes an expert's extension of a round; false when there was none.
pub async fn delete<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    cycle_id: i32,
    user_id: i32,
    kind: DeadlineKind,
) -> Result<bool, StoreError> {
    let removed = delete_row(txn, cycle_id, user_id, kind).await? > 0;
    if removed {
        audit::record(
            txn,
            Entry {
                actor,
                action: "cycle.extension.remove",
                object_type: "cycle",
                object_id: cycle_id.to_string(),
                before: Some(serde_json::json!({"user_id": user_id, "round": kind.as_str()})),
                after: None,
            },
        )
        .await?;
    }
    Ok(removed)
}
