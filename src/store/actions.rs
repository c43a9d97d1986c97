//! Cities' action plans: per published cycle and measurement, what the city will do.
use std::collections::BTreeMap;

use entity::action_plan as a;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::audit::{self, Entry};
use super::{StoreError, now};

/// A city's action plan for a cycle: measurement → text.
pub async fn of<C: ConnectionTrait>(
    conn: &C,
    city_id: i32,
    cycle_id: i32,
) -> Result<BTreeMap<String, String>, StoreError> {
    Ok(a::Entity::find()
        .filter(a::Column::CityId.eq(city_id))
        .filter(a::Column::CycleId.eq(cycle_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.measurement, r.text))
        .collect())
}

/// A city's action plans for several cycles in one statement: cycle → measurement → text.
pub async fn of_cycles<C: ConnectionTrait>(
    conn: &C,
    city_id: i32,
    cycle_ids: &[i32],
) -> Result<BTreeMap<i32, BTreeMap<String, String>>, StoreError> {
    let mut out: BTreeMap<i32, BTreeMap<String, String>> = BTreeMap::new();
    for r in a::Entity::find()
        .filter(a::Column::CityId.eq(city_id))
        .filter(a::Column::CycleId.is_in(cycle_ids.to_vec()))
        .all(conn)
        .await?
    {
        out.entry(r.cycle_id).or_default().insert(r.measurement, r.text);
    }
    Ok(out)
}

/// How many measurements each city of a cycle answered: city → count.
pub async fn answered<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<BTreeMap<i32, usize>, StoreError> {
    let mut out = BTreeMap::new();
    for r in a::Entity::find()
        .filter(a::Column::CycleId.eq(cycle_id))
        .all(conn)
        .await?
    {
        *out.entry(r.city_id).or_insert(0) += 1;
    }
    Ok(out)
}

/// Replaces a city's action plan for a cycle, with its audit entry.
pub async fn set<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    city_id: i32,
    cycle_id: i32,
    actions: &BTreeMap<String, String>,
) -> Result<(), StoreError> {
    let before = of(txn, city_id, cycle_id).await?;
    a::Entity::delete_many()
        .filter(a::Column::CityId.eq(city_id))
        .filter(a::Column::CycleId.eq(cycle_id))
        .exec(txn)
        .await?;
    let at = now();
    for (measurement, text) in actions {
        a::ActiveModel {
            city_id: Set(city_id),
            cycle_id: Set(cycle_id),
            measurement: Set(measurement.clone()),
            text: Set(text.clone()),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    audit::record(
        txn,
        Entry {
            actor,
            action: "city.actions",
            object_type: "city",
            object_id: city_id.to_string(),
            before: Some(serde_json::json!({"cycle_id": cycle_id, "actions": before})),
            after: Some(serde_json::json!({"cycle_id": cycle_id, "actions": actions})),
        },
    )
    .await?;
    Ok(())
}
