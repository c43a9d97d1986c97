//! Scoring guidance written by the secretariat for a cycle, per measurement and score level.
use entity::scoring_guidance as g;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::audit::{self, Entry};
use super::{StoreError, now};

/// (measurement, score, text) of every level the secretariat wrote for the cycle.
pub async fn of_cycle<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<Vec<(String, u8, String)>, StoreError> {
    Ok(g::Entity::find()
        .filter(g::Column::CycleId.eq(cycle_id))
        .order_by_asc(g::Column::Measurement)
        .order_by_desc(g::Column::Score)
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.measurement, u8::try_from(r.score).unwrap_or(0), r.text))
        .collect())
}

/// Replaces a measurement's guidance in a cycle with `levels` (score, text; None: the default), with
/// its audit entry.
pub async fn set<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    cycle_id: i32,
    measurement: &str,
    levels: &[(u8, Option<String>)],
) -> Result<(), StoreError> {
    let before: Vec<(u8, String)> = of_cycle(txn, cycle_id)
        .await?
        .into_iter()
        .filter(|(m, _, _)| m == measurement)
        .map(|(_, s, t)| (s, t))
        .collect();
    g::Entity::delete_many()
        .filter(g::Column::CycleId.eq(cycle_id))
        .filter(g::Column::Measurement.eq(measurement))
        .exec(txn)
        .await?;
    let at = now();
    for (score, text) in levels {
        if let Some(text) = text {
            g::ActiveModel {
                cycle_id: Set(cycle_id),
                measurement: Set(measurement.to_owned()),
                score: Set(i16::from(*score)),
                text: Set(text.clone()),
                updated_at: Set(at),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    let after: Vec<(u8, &String)> = levels.iter().filter_map(|(s, t)| t.as_ref().map(|t| (*s, t))).collect();
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.guidance",
            object_type: "cycle",
            object_id: cycle_id.to_string(),
            before: Some(serde_json::json!({"measurement": measurement, "levels": before})),
            after: Some(serde_json::json!({"measurement": measurement, "levels": after})),
        },
    )
    .await?;
    Ok(())
}
