//! Review cycles: creation with the default panels and a draft report per city, panels, and
//! transitions checked by `domain::cycle`.
use std::collections::{BTreeSet, HashMap};

use entity::{city, cycle, cycle_city, cycle_panel, panel_measurement, panel_member, submission, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::audit::{self, Entry, snapshot};
use super::{StoreError, now};
use crate::domain::cycle::{CycleSettings, CycleState, Deadlines};
use crate::domain::framework::Framework;
use crate::domain::panels;
use crate::domain::report::ReportState;
use crate::domain::user::Role;
use crate::read::{Cycle, Panel, Progress};
use crate::tr;

fn corrupt(what: String) -> StoreError {
    StoreError::Db(DbErr::Custom(what))
}

/// Reads a cycle whole: settings, cities, panels and report progress.
pub async fn get<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<Cycle>, StoreError> {
    let Some(mut cycle) = get_core(conn, id).await? else {
        return Ok(None);
    };
    cycle.city_ids = cycle_city::Entity::find()
        .filter(cycle_city::Column::CycleId.eq(id))
        .order_by_asc(cycle_city::Column::CityId)
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.city_id)
        .collect();
    cycle.progress.cities = cycle.city_ids.len();
    // Only the state column: the reports' content is not needed to count them.
    let states: Vec<(i32, String)> = submission::Entity::find()
        .select_only()
        .column(submission::Column::CityId)
        .column(submission::Column::State)
        .filter(submission::Column::CycleId.eq(id))
        .into_tuple()
        .all(conn)
        .await?;
    for (city, s) in states {
        let state = ReportState::parse(&s).ok_or_else(|| corrupt(format!("cycle {id}: a report in state {s}")))?;
        match state {
            ReportState::Draft => cycle.progress.draft += 1,
            ReportState::Submitted => cycle.progress.submitted += 1,
            ReportState::Returned => cycle.progress.returned += 1,
        }
        // From review on, a report not submitted has no part in the cycle's review.
        if cycle.state >= CycleState::Reviewing && state != ReportState::Submitted {
            cycle.out_of_review.push(city);
        }
    }
    cycle.out_of_review.sort_unstable();
    Ok(Some(cycle))
}

/// A cycle row's state and deadlines: what a write re-reads under its lock (`store::lock_cycle`).
pub(crate) fn state_and_deadlines(row: &cycle::Model) -> Result<(CycleState, Deadlines), StoreError> {
    let state =
        CycleState::parse(&row.state).ok_or_else(|| corrupt(format!("cycle {}: state {}", row.id, row.state)))?;
    let deadlines = Deadlines {
        submission: row.submission_deadline,
        review: row.review_deadline,
        reconciliation: row.reconciliation_deadline,
    };
    Ok((state, deadlines))
}

/// The cycle without its list of cities and its report counts (`city_ids` empty, `progress`
/// zero): what work on one item or one report needs, at a cost that does not grow with the number
/// of cities in the cycle.
pub async fn get_core<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<Cycle>, StoreError> {
    let Some(row) = cycle::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let shape = shape_of(conn, &row).await?;
    Ok(Some(cycle_of(row, &shape)?))
}

/// What of a cycle changes only with its version: its edition and its panels (members, chair,
/// measurements). Every change to them bumps the cycle's version, so a copy kept with the version
/// it was read at is good for as long as the row says that version, on any node.
#[derive(Clone, Debug)]
pub struct Shape {
    pub version: i32,
    pub edition: String,
    pub panels: Vec<Panel>,
}

/// The cycle's shape, read: four statements.
async fn shape_of<C: ConnectionTrait>(conn: &C, row: &cycle::Model) -> Result<Shape, StoreError> {
    let id = row.id;
    let edition = super::framework::edition_code(conn, row.edition_id).await?;
    let panel_rows = cycle_panel::Entity::find()
        .filter(cycle_panel::Column::CycleId.eq(id))
        .order_by_asc(cycle_panel::Column::Position)
        .all(conn)
        .await?;
    let panel_ids: Vec<i32> = panel_rows.iter().map(|p| p.id).collect();
    let mut measurements: HashMap<i32, Vec<String>> = HashMap::new();
    for m in panel_measurement::Entity::find()
        .filter(panel_measurement::Column::PanelId.is_in(panel_ids.clone()))
        .order_by_asc(panel_measurement::Column::MeasurementCode)
        .all(conn)
        .await?
    {
        measurements.entry(m.panel_id).or_default().push(m.measurement_code);
    }
    let mut members: HashMap<i32, Vec<i32>> = HashMap::new();
    for m in panel_member::Entity::find()
        .filter(panel_member::Column::PanelId.is_in(panel_ids))
        .order_by_asc(panel_member::Column::UserId)
        .all(conn)
        .await?
    {
        members.entry(m.panel_id).or_default().push(m.user_id);
    }
    let panels = panel_rows
        .into_iter()
        .map(|p| Panel {
            measurements: measurements.remove(&p.id).unwrap_or_default(),
            members: members.remove(&p.id).unwrap_or_default(),
            id: p.id,
            name: p.name,
            chair: p.chair_user_id,
        })
        .collect();
    Ok(Shape {
        version: row.version,
        edition,
        panels,
    })
}

/// The cycle (without its cities and report counts) from its row and its shape.
pub(crate) fn cycle_of(row: cycle::Model, shape: &Shape) -> Result<Cycle, StoreError> {
    let (state, deadlines) = state_and_deadlines(&row)?;
    Ok(Cycle {
        id: row.id,
        name: row.name,
        edition: shape.edition.clone(),
        state,
        panel_size: row.panel_size as u8,
        conflict_same_country: row.conflict_same_country,
        max_spread: row.max_spread as u8,
        revision_rounds: row.revision_rounds as u8,
        min_justification_chars: row.min_justification_chars as u16,
        // `{}` (rows from before the rule existed) is the default rule.
        affinity: serde_json::from_str(&row.affinity)
            .map_err(|e| StoreError::Db(DbErr::Custom(format!("cycle {} affinity: {e}", row.id))))?,
        deadlines,
        city_ids: Vec::new(),
        out_of_review: Vec::new(),
        panels: shape.panels.clone(),
        progress: Progress::default(),
        version: row.version,
        created_at: row.created_at,
        published_at: row.published_at,
    })
}

/// Shapes of cycles as last read, by cycle, each with its version: shared by the requests of one
/// node. A row read with another version means the shape changed (here or on another node): it is
/// read again.
#[derive(Clone, Default)]
pub struct ShapeCache(std::sync::Arc<std::sync::Mutex<HashMap<i32, std::sync::Arc<Shape>>>>);

impl ShapeCache {
    /// The cycle of `row`, its shape from the cache when the cached version is the row's.
    pub async fn cycle<C: ConnectionTrait>(&self, conn: &C, row: cycle::Model) -> Result<Cycle, StoreError> {
        let cached = self
            .0
            .lock()
            .ok()
            .and_then(|m| m.get(&row.id).cloned())
            .filter(|s| s.version == row.version);
        let shape = match cached {
            Some(s) => s,
            None => {
                let s = std::sync::Arc::new(shape_of(conn, &row).await?);
                if let Ok(mut m) = self.0.lock() {
                    m.insert(row.id, s.clone());
                }
                s
            }
        };
        cycle_of(row, &shape)
    }
}

/// Whether `city_id` takes part in the cycle: one indexed row, whatever the number of cities.
pub async fn participates<C: ConnectionTrait>(conn: &C, cycle_id: i32, city_id: i32) -> Result<bool, StoreError> {
    Ok(cycle_city::Entity::find()
        .filter(cycle_city::Column::CycleId.eq(cycle_id))
        .filter(cycle_city::Column::CityId.eq(city_id))
        .one(conn)
        .await?
        .is_some())
}

/// Every cycle without its cities and report counts (see [`get_core`]), newest first: what the
/// background worker looks at on every tick, at a cost that does not grow with the cities.
pub async fn list_core<C: ConnectionTrait>(conn: &C) -> Result<Vec<Cycle>, StoreError> {
    let ids: Vec<i32> = cycle::Entity::find()
        .select_only()
        .column(cycle::Column::Id)
        .order_by_desc(cycle::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(c) = get_core(conn, id).await? {
            out.push(c);
        }
    }
    Ok(out)
}

/// Every cycle, newest first; or those a city takes part in.
pub async fn list<C: ConnectionTrait>(conn: &C, city: Option<i32>) -> Result<Vec<Cycle>, StoreError> {
    let ids: Vec<i32> = match city {
        None => cycle::Entity::find()
            .order_by_desc(cycle::Column::Id)
            .all(conn)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect(),
        Some(city_id) => {
            let mut ids: Vec<i32> = cycle_city::Entity::find()
                .filter(cycle_city::Column::CityId.eq(city_id))
                .all(conn)
                .await?
                .into_iter()
                .map(|c| c.cycle_id)
                .collect();
            ids.sort_unstable_by(|a, b| b.cmp(a));
            ids
        }
    };
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(c) = get(conn, id).await? {
            out.push(c);
        }
    }
    Ok(out)
}

/// Creates a cycle on `framework` with the four default panels (no members yet) and an empty
/// draft report for each participating city. The edition is locked: from now on it cannot change.
pub async fn create<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    framework: &Framework,
    settings: CycleSettings,
    city_ids: &[i32],
) -> Result<Cycle, StoreError> {
    let mut cities: Vec<i32> = city_ids.to_vec();
    cities.sort_unstable();
    cities.dedup();
    if cities.len() != city_ids.len() {
        return Err(StoreError::invalid("city_ids", tr!("refusals-city-twice")));
    }
    let known: BTreeSet<i32> = city::Entity::find()
        .filter(city::Column::Id.is_in(cities.clone()))
        .all(txn)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    if let Some(missing) = cities.iter().find(|c| !known.contains(c)) {
        return Err(StoreError::invalid(
            "city_ids",
            tr!("refusals-no-city", id = missing.to_string()),
        ));
    }
    let edition_id = super::framework::edition_id(txn, &framework.edition).await?;
    super::framework::lock(txn, &framework.edition).await?;
    let at = now();
    let s = &settings;
    let row = cycle::ActiveModel {
        name: Set(s.name.clone()),
        edition_id: Set(edition_id),
        state: Set(CycleState::Draft.as_str().to_owned()),
        panel_size: Set(i16::from(s.panel_size)),
        conflict_same_country: Set(s.conflict_same_country),
        max_spread: Set(i16::from(s.rule.max_spread)),
        revision_rounds: Set(i16::from(s.rule.revision_rounds)),
        min_justification_chars: Set(i32::from(s.min_justification_chars)),
        affinity: Set(affinity_json(s.affinity)),
        submission_deadline: Set(s.deadlines.submission),
        review_deadline: Set(s.deadlines.review),
        reconciliation_deadline: Set(s.deadlines.reconciliation),
        version: Set(1),
        created_at: Set(at),
        updated_at: Set(at),
        published_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for city_id in &cities {
        cycle_city::ActiveModel {
            cycle_id: Set(row.id),
            city_id: Set(*city_id),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        submission::ActiveModel {
            cycle_id: Set(row.id),
            city_id: Set(*city_id),
            state: Set(ReportState::Draft.as_str().to_owned()),
            language: Set(None),
            content: Set(r#"{"narratives":{},"statistics":{}}"#.to_owned()),
            version: Set(1),
            return_message: Set(None),
            submitted_at: Set(None),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    for (position, (name, codes)) in panels::default_panels(framework).into_iter().enumerate() {
        let panel = cycle_panel::ActiveModel {
            cycle_id: Set(row.id),
            name: Set(name),
            position: Set(position as i32),
            chair_user_id: Set(None),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        for code in codes {
            panel_measurement::ActiveModel {
                cycle_id: Set(row.id),
                panel_id: Set(panel.id),
                measurement_code: Set(code),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    let created = get(txn, row.id).await?.ok_or(StoreError::NotFound("cycle"))?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.create",
            object_type: "cycle",
            object_id: created.id.to_string(),
            before: None,
            after: snapshot(&created),
        },
    )
    .await?;
    Ok(created)
}

/// A panel's new composition. None leaves that part as it is.
pub struct PanelChange {
    pub members: Vec<i32>,
    /// None: unchanged; Some(None): no chair; Some(Some(id)): that member chairs.
    pub chair: Option<Option<i32>>,
    pub measurements: Option<Vec<String>>,
}

/// Changes a panel (draft or collecting only). Members must be experts; the chair a member; each
/// measurement an experts'-review one of the cycle's edition, in no other panel of the cycle.
pub async fn update_panel<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    framework: &Framework,
    cycle_id: i32,
    panel_id: i32,
    change: PanelChange,
) -> Result<Cycle, StoreError> {
    crate::store::lock_cycle_row(txn, cycle_id, true).await?;
    let before = get(txn, cycle_id).await?.ok_or(StoreError::NotFound("cycle"))?;
    let panel = before
        .panels
        .iter()
        .find(|p| p.id == panel_id)
        .cloned()
        .ok_or(StoreError::NotFound("panel"))?;

    // The body first (422), then the state (409), as the API contract orders checks.
    let mut members = change.members.clone();
    members.sort_unstable();
    members.dedup();
    if members.len() != change.members.len() {
        return Err(StoreError::invalid("members", tr!("refusals-member-twice")));
    }
    let experts: HashMap<i32, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(members.clone()))
        .all(txn)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    for id in &members {
        match experts.get(id) {
            None => {
                return Err(StoreError::invalid(
                    "members",
                    tr!("refusals-no-user", id = id.to_string()),
                ));
            }
            Some(u) if u.role != Role::Expert.as_str() => {
                return Err(StoreError::invalid(
                    "members",
                    tr!("refusals-not-an-expert", id = id.to_string()),
                ));
            }
            Some(u) if u.disabled_at.is_some() => {
                return Err(StoreError::invalid(
                    "members",
                    tr!("refusals-user-disabled", id = id.to_string()),
                ));
            }
            Some(_) => {}
        }
    }
    let chair = change.chair.unwrap_or(panel.chair);
    if let Some(chair) = chair
        && !members.contains(&chair)
    {
        let message = if change.chair.is_some() {
            tr!("refusals-chair-not-member", id = chair.to_string())
        } else {
            tr!("refusals-chair-no-longer-member", id = chair.to_string())
        };
        return Err(StoreError::invalid("chair", message));
    }
    let new_measurements = match &change.measurements {
        None => None,
        Some(codes) => {
            let others: HashMap<String, (i32, String)> = before
                .panels
                .iter()
                .flat_map(|p| p.measurements.iter().map(move |m| (m.clone(), (p.id, p.name.clone()))))
                .collect();
            Some(
                panels::check_measurements(framework, codes, panel_id, &others)
                    .map_err(|e| StoreError::invalid("measurements", e))?,
            )
        }
    };
    if !before.state.panels_editable() {
        return Err(StoreError::conflict(
            "cycle_state",
            tr!("refusals-panels-frozen", state = before.state.in_message()),
        ));
    }

    panel_member::Entity::delete_many()
        .filter(panel_member::Column::PanelId.eq(panel_id))
        .exec(txn)
        .await?;
    for user_id in &members {
        panel_member::ActiveModel {
            panel_id: Set(panel_id),
            user_id: Set(*user_id),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    cycle_panel::Entity::update_many()
        .col_expr(cycle_panel::Column::ChairUserId, Expr::value(chair))
        .filter(cycle_panel::Column::Id.eq(panel_id))
        .exec(txn)
        .await?;
    if let Some(codes) = new_measurements {
        panel_measurement::Entity::delete_many()
            .filter(panel_measurement::Column::PanelId.eq(panel_id))
            .exec(txn)
            .await?;
        for code in codes {
            panel_measurement::ActiveModel {
                cycle_id: Set(cycle_id),
                panel_id: Set(panel_id),
                measurement_code: Set(code),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    bump_version(txn, cycle_id, before.version).await?;
    let after = get(txn, cycle_id).await?.ok_or(StoreError::NotFound("cycle"))?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "panel.update",
            object_type: "cycle_panel",
            object_id: panel_id.to_string(),
            before: snapshot(&panel),
            after: snapshot(&after.panels.iter().find(|p| p.id == panel_id)),
        },
    )
    .await?;
    Ok(after)
}

/// Moves a draft cycle to another framework edition: the panels take the new edition's default
/// measurements by position (names, members and chairs stay; a panel beyond the new defaults is left
/// with none, and a default beyond the existing panels gets a new panel). Audited.
pub async fn set_edition<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    before: &Cycle,
    framework: &Framework,
) -> Result<(), StoreError> {
    let edition_id = super::framework::edition_id(txn, &framework.edition).await?;
    super::framework::lock(txn, &framework.edition).await?;
    cycle::Entity::update_many()
        .col_expr(cycle::Column::EditionId, Expr::value(edition_id))
        .filter(cycle::Column::Id.eq(before.id))
        .exec(txn)
        .await?;
    panel_measurement::Entity::delete_many()
        .filter(panel_measurement::Column::CycleId.eq(before.id))
        .exec(txn)
        .await?;
    for (position, (name, codes)) in panels::default_panels(framework).into_iter().enumerate() {
        let panel_id = match before.panels.get(position) {
            Some(p) => p.id,
            None => {
                cycle_panel::ActiveModel {
                    cycle_id: Set(before.id),
                    name: Set(name),
                    position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
                    chair_user_id: Set(None),
                    ..Default::default()
                }
                .insert(txn)
                .await?
                .id
            }
        };
        for code in codes {
            panel_measurement::ActiveModel {
                cycle_id: Set(before.id),
                panel_id: Set(panel_id),
                measurement_code: Set(code),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.edition",
            object_type: "cycle",
            object_id: before.id.to_string(),
            before: Some(serde_json::json!({"edition": before.edition})),
            after: Some(serde_json::json!({"edition": framework.edition})),
        },
    )
    .await?;
    Ok(())
}

fn affinity_json(rule: crate::domain::assignment::affinity::AffinityRule) -> String {
    serde_json::to_string(&rule).unwrap_or_else(|_| "{}".into())
}

/// Writes a cycle's settings and deadlines (what `PATCH` changes besides its cities), if it is still at
/// `before.version`, with the audit entry's before and after.
pub async fn update_settings<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    before: &Cycle,
    settings: &CycleSettings,
) -> Result<Cycle, StoreError> {
    let res = cycle::Entity::update_many()
        .col_expr(cycle::Column::Name, Expr::value(settings.name.clone()))
        .col_expr(cycle::Column::PanelSize, Expr::value(i16::from(settings.panel_size)))
        .col_expr(
            cycle::Column::ConflictSameCountry,
            Expr::value(settings.conflict_same_country),
        )
        .col_expr(
            cycle::Column::MaxSpread,
            Expr::value(i16::from(settings.rule.max_spread)),
        )
        .col_expr(
            cycle::Column::RevisionRounds,
            Expr::value(i16::from(settings.rule.revision_rounds)),
        )
        .col_expr(
            cycle::Column::MinJustificationChars,
            Expr::value(i32::from(settings.min_justification_chars)),
        )
        .col_expr(cycle::Column::Affinity, Expr::value(affinity_json(settings.affinity)))
        .col_expr(
            cycle::Column::SubmissionDeadline,
            Expr::value(settings.deadlines.submission),
        )
        .col_expr(cycle::Column::ReviewDeadline, Expr::value(settings.deadlines.review))
        .col_expr(
            cycle::Column::ReconciliationDeadline,
            Expr::value(settings.deadlines.reconciliation),
        )
        .col_expr(cycle::Column::Version, Expr::value(before.version + 1))
        .col_expr(cycle::Column::UpdatedAt, Expr::value(now()))
        .filter(cycle::Column::Id.eq(before.id))
        .filter(cycle::Column::Version.eq(before.version))
        .exec(txn)
        .await?;
    if res.rows_affected != 1 {
        return Err(StoreError::conflict("stale_version", tr!("refusals-cycle-stale")));
    }
    let after = get(txn, before.id).await?.ok_or(StoreError::NotFound("cycle"))?;
    let view = |c: &Cycle| {
        serde_json::json!({
            "name": c.name, "panel_size": c.panel_size, "conflict_same_country": c.conflict_same_country,
            "max_spread": c.max_spread, "revision_rounds": c.revision_rounds,
            "min_justification": c.min_justification_chars,
            "affinity": c.affinity,
            "deadlines": {
                "submission": c.deadlines.submission.map(|t| t.to_string()),
                "review": c.deadlines.review.map(|t| t.to_string()),
                "reconciliation": c.deadlines.reconciliation.map(|t| t.to_string()),
            },
        })
    };
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.update",
            object_type: "cycle",
            object_id: before.id.to_string(),
            before: Some(view(before)),
            after: Some(view(&after)),
        },
    )
    .await?;
    Ok(after)
}

/// Adds a participating city: its cycle row and an empty draft report.
pub async fn add_city<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    cycle_id: i32,
    city_id: i32,
) -> Result<(), StoreError> {
    if city::Entity::find_by_id(city_id).one(txn).await?.is_none() {
        return Err(StoreError::invalid(
            "city_ids",
            tr!("refusals-no-city", id = city_id.to_string()),
        ));
    }
    let at = now();
    cycle_city::ActiveModel {
        cycle_id: Set(cycle_id),
        city_id: Set(city_id),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    submission::ActiveModel {
        cycle_id: Set(cycle_id),
        city_id: Set(city_id),
        state: Set(ReportState::Draft.as_str().to_owned()),
        language: Set(None),
        content: Set(r#"{"narratives":{},"statistics":{}}"#.to_owned()),
        version: Set(1),
        return_message: Set(None),
        submitted_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.add_city",
            object_type: "cycle",
            object_id: cycle_id.to_string(),
            before: None,
            after: Some(serde_json::json!({"city_id": city_id})),
        },
    )
    .await?;
    Ok(())
}

/// Removes a participating city whose report is not submitted: its report (draft or returned), its
/// bundles and their items, and its cycle row.
pub async fn remove_city<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    cycle_id: i32,
    city_id: i32,
) -> Result<(), StoreError> {
    let report = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle_id))
        .filter(submission::Column::CityId.eq(city_id))
        .one(txn)
        .await?;
    entity::review_item::Entity::delete_many()
        .filter(entity::review_item::Column::CycleId.eq(cycle_id))
        .filter(entity::review_item::Column::CityId.eq(city_id))
        .exec(txn)
        .await?;
    entity::bundle_expert::Entity::delete_many()
        .filter(entity::bundle_expert::Column::CycleId.eq(cycle_id))
        .filter(entity::bundle_expert::Column::CityId.eq(city_id))
        .exec(txn)
        .await?;
    entity::bundle::Entity::delete_many()
        .filter(entity::bundle::Column::CycleId.eq(cycle_id))
        .filter(entity::bundle::Column::CityId.eq(city_id))
        .exec(txn)
        .await?;
    submission::Entity::delete_many()
        .filter(submission::Column::CycleId.eq(cycle_id))
        .filter(submission::Column::CityId.eq(city_id))
        .exec(txn)
        .await?;
    cycle_city::Entity::delete_many()
        .filter(cycle_city::Column::CycleId.eq(cycle_id))
        .filter(cycle_city::Column::CityId.eq(city_id))
        .exec(txn)
        .await?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.remove_city",
            object_type: "cycle",
            object_id: cycle_id.to_string(),
            before: report.map(|r| serde_json::json!({"city_id": city_id, "report_state": r.state})),
            after: None,
        },
    )
    .await?;
    Ok(())
}

/// Takes an expert off every panel of a cycle (a withdrawal: later runs do not assign them; they
/// can be added back by hand). A panel they chaired keeps no chair.
pub async fn leave_panels<C: ConnectionTrait>(txn: &C, cycle: &Cycle, expert: i32) -> Result<(), StoreError> {
    let panel_ids: Vec<i32> = cycle.panels.iter().map(|p| p.id).collect();
    panel_member::Entity::delete_many()
        .filter(panel_member::Column::PanelId.is_in(panel_ids.clone()))
        .filter(panel_member::Column::UserId.eq(expert))
        .exec(txn)
        .await?;
    cycle_panel::Entity::update_many()
        .col_expr(cycle_panel::Column::ChairUserId, Expr::value(Option::<i32>::None))
        .filter(cycle_panel::Column::Id.is_in(panel_ids))
        .filter(cycle_panel::Column::ChairUserId.eq(expert))
        .exec(txn)
        .await?;
    // The panels changed: a new version, so no node keeps the old ones (`ShapeCache`).
    cycle::Entity::update_many()
        .col_expr(
            cycle::Column::Version,
            sea_orm::sea_query::ExprTrait::add(Expr::col(cycle::Column::Version), 1),
        )
        .filter(cycle::Column::Id.eq(cycle.id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Increments the cycle's version if it is still `expected`: two concurrent changes cannot both
/// pass, the second gets 409.
async fn bump_version<C: ConnectionTrait>(conn: &C, cycle_id: i32, expected: i32) -> Result<(), StoreError> {
    let res = cycle::Entity::update_many()
        .col_expr(cycle::Column::Version, Expr::value(expected + 1))
        .col_expr(cycle::Column::UpdatedAt, Expr::value(now()))
        .filter(cycle::Column::Id.eq(cycle_id))
        .filter(cycle::Column::Version.eq(expected))
        .exec(conn)
        .await?;
    if res.rows_affected == 1 {
        Ok(())
    } else {
        Err(StoreError::conflict("stale_version", tr!("refusals-cycle-stale")))
    }
}

/// Moves the cycle to `to`, if it is still at `expected_version` (else 409), and records it; the
/// caller has checked the transition (`domain::cycle::check_transition`) under the cycle's lock.
pub async fn set_state<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    before: &Cycle,
    to: CycleState,
) -> Result<Cycle, StoreError> {
    let at = now();
    let mut update = cycle::Entity::update_many()
        .col_expr(cycle::Column::State, Expr::value(to.as_str()))
        .col_expr(cycle::Column::Version, Expr::value(before.version + 1))
        .col_expr(cycle::Column::UpdatedAt, Expr::value(at));
    if to == CycleState::Published {
        // Every item's score and statement appear on the cities' profiles at this instant, together.
        update = update.col_expr(cycle::Column::PublishedAt, Expr::value(Some(at)));
    }
    let res = update
        .filter(cycle::Column::Id.eq(before.id))
        .filter(cycle::Column::Version.eq(before.version))
        .exec(txn)
        .await?;
    if res.rows_affected != 1 {
        return Err(StoreError::conflict("stale_version", tr!("refusals-cycle-stale")));
    }
    let after = get(txn, before.id).await?.ok_or(StoreError::NotFound("cycle"))?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "cycle.transition",
            object_type: "cycle",
            object_id: before.id.to_string(),
            before: Some(serde_json::json!({"state": before.state})),
            after: Some(serde_json::json!({"state": after.state})),
        },
    )
    .await?;
    Ok(after)
}
