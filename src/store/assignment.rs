//! Assignments as stored: the proposal of the last run and the assignment in force, bundle by
//! bundle, and the review items a confirmation creates. What to assign is decided in
//! `domain::assignment` and `app::assignment`.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use entity::{assignment_run, bundle, bundle_expert, review_item};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{StoreError, now};
use crate::domain::item::Stage as ItemStage;
use crate::read::{Assignment, Bundle, Cycle, Unassigned};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The last run's result, not yet in force.
    Proposal,
    /// The assignment in force.
    Confirmed,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Proposal => "proposal",
            Stage::Confirmed => "confirmed",
        }
    }
}

/// Rows per multi-row INSERT: SQLite takes at most 32,766 bound values per statement (PostgreSQL
/// 65,535), and a 10,000-city cycle has far more places than that.
const INSERT_BATCH: usize = 1000;

/// Reads the bundles of a stage (and the summary of the run behind it).
pub async fn get<C: ConnectionTrait>(conn: &C, cycle_id: i32, stage: Stage) -> Result<Option<Assignment>, StoreError> {
    let Some(run) = assignment_run::Entity::find()
        .filter(assignment_run::Column::CycleId.eq(cycle_id))
        .filter(assignment_run::Column::Stage.eq(stage.as_str()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    // Every bundle of the stage, filled or not; then each one's experts.
    let mut bundles: BTreeMap<(i32, i32), Vec<i32>> = bundle::Entity::find()
        .filter(bundle::Column::CycleId.eq(cycle_id))
        .filter(bundle::Column::Stage.eq(stage.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|b| ((b.city_id, b.panel_id), Vec::new()))
        .collect();
    for row in bundle_expert::Entity::find()
        .filter(bundle_expert::Column::CycleId.eq(cycle_id))
        .filter(bundle_expert::Column::Stage.eq(stage.as_str()))
        .order_by_asc(bundle_expert::Column::ExpertUserId)
        .all(conn)
        .await?
    {
        bundles
            .entry((row.city_id, row.panel_id))
            .or_default()
            .push(row.expert_user_id);
    }
    let unassigned: Vec<Unassigned> =
        serde_json::from_str(&run.unassigned).map_err(|e| DbErr::Custom(format!("assignment run {}: {e}", run.id)))?;
    Ok(Some(Assignment {
        bundles: bundles
            .into_iter()
            .map(|((city_id, panel_id), experts)| Bundle {
                city_id,
                panel_id,
                experts,
            })
            .collect(),
        objective: run.objective,
        unassigned,
        panel_size: 0,
    }))
}

/// Replaces a stage's bundles and run summary.
pub async fn replace_stage<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    stage: Stage,
    bundles: &[Bundle],
    objective: i64,
    unassigned: &[Unassigned],
) -> Result<(), StoreError> {
    delete_stage(conn, cycle_id, stage).await?;
    let keys: Vec<bundle::ActiveModel> = bundles
        .iter()
        .map(|b| bundle::ActiveModel {
            cycle_id: Set(cycle_id),
            stage: Set(stage.as_str().to_owned()),
            city_id: Set(b.city_id),
            panel_id: Set(b.panel_id),
            ..Default::default()
        })
        .collect();
    for chunk in keys.chunks(INSERT_BATCH) {
        bundle::Entity::insert_many(chunk.to_vec()).exec(conn).await?;
    }
    let rows: Vec<bundle_expert::ActiveModel> = bundles
        .iter()
        .flat_map(|b| {
            b.experts.iter().map(move |e| bundle_expert::ActiveModel {
                cycle_id: Set(cycle_id),
                stage: Set(stage.as_str().to_owned()),
                city_id: Set(b.city_id),
                panel_id: Set(b.panel_id),
                expert_user_id: Set(*e),
                ..Default::default()
            })
        })
        .collect();
    for chunk in rows.chunks(INSERT_BATCH) {
        bundle_expert::Entity::insert_many(chunk.to_vec()).exec(conn).await?;
    }
    assignment_run::ActiveModel {
        cycle_id: Set(cycle_id),
        stage: Set(stage.as_str().to_owned()),
        objective: Set(objective),
        unassigned: Set(serde_json::to_string(unassigned).map_err(|e| DbErr::Custom(e.to_string()))?),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Creates the review items of `bundles` that do not exist yet: one per (city, experts'-review
/// measurement of the bundle's panel). Returns how many were created.
pub async fn create_items<C: ConnectionTrait>(
    conn: &C,
    cycle: &Cycle,
    bundles: &[Bundle],
) -> Result<usize, StoreError> {
    let at = now();
    let measurements: HashMap<i32, &Vec<String>> = cycle.panels.iter().map(|p| (p.id, &p.measurements)).collect();
    let existing: BTreeSet<(i32, String)> = review_item::Entity::find()
        .filter(review_item::Column::CycleId.eq(cycle.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|i| (i.city_id, i.measurement_code))
        .collect();
    let mut items = Vec::new();
    for b in bundles {
        for code in measurements.get(&b.panel_id).copied().into_iter().flatten() {
            if !existing.contains(&(b.city_id, code.clone())) {
                items.push(review_item::ActiveModel {
                    cycle_id: Set(cycle.id),
                    city_id: Set(b.city_id),
                    panel_id: Set(b.panel_id),
                    measurement_code: Set(code.clone()),
                    stage: Set(ItemStage::Rating.as_str().into()),
                    round: Set(1),
                    created_at: Set(at),
                    ..Default::default()
                });
            }
        }
    }
    let n = items.len();
    for chunk in items.chunks(INSERT_BATCH) {
        review_item::Entity::insert_many(chunk.to_vec()).exec(conn).await?;
    }
    Ok(n)
}

/// Deletes a stage (the proposal, once confirmed).
pub async fn delete_stage<C: ConnectionTrait>(conn: &C, cycle_id: i32, stage: Stage) -> Result<(), StoreError> {
    bundle::Entity::delete_many()
        .filter(bundle::Column::CycleId.eq(cycle_id))
        .filter(bundle::Column::Stage.eq(stage.as_str()))
        .exec(conn)
        .await?;
    bundle_expert::Entity::delete_many()
        .filter(bundle_expert::Column::CycleId.eq(cycle_id))
        .filter(bundle_expert::Column::Stage.eq(stage.as_str()))
        .exec(conn)
        .await?;
    assignment_run::Entity::delete_many()
        .filter(assignment_run::Column::CycleId.eq(cycle_id))
        .filter(assignment_run::Column::Stage.eq(stage.as_str()))
        .exec(conn)
        .await?;
    Ok(())
}

/// Whether `expert` sits on a bundle of `city` in the assignment in force.
pub async fn is_assigned<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    city_id: i32,
    expert: i32,
) -> Result<bool, StoreError> {
    Ok(bundle_expert::Entity::find()
        .filter(bundle_expert::Column::CycleId.eq(cycle_id))
        .filter(bundle_expert::Column::Stage.eq(Stage::Confirmed.as_str()))
        .filter(bundle_expert::Column::CityId.eq(city_id))
        .filter(bundle_expert::Column::ExpertUserId.eq(expert))
        .one(conn)
        .await?
        .is_some())
}
