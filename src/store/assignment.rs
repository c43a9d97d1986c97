//! Assignment of experts to (city, panel) bundles: running the solver on a cycle's submitted
//! reports, confirming the proposal (which creates the review items), manual changes under the same
//! hard constraints, and the facts the cycle's state machine needs.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use entity::{assignment_run, bundle_expert, review_item};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use serde::{Deserialize, Serialize};

use super::audit::{self, Entry, snapshot};
use super::cycles::Cycle;
use super::{StoreError, now};
use crate::domain::assignment::build::{ExpertInput, PanelInput, ReportInput, build, explain};
use crate::domain::assignment::{self, Options};
use crate::domain::conflicts::{CityTies, ExpertTies, conflict};
use crate::domain::cycle::CycleState;
use crate::domain::framework::Framework;
use crate::domain::report::ReportState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The last run's result, not yet in force.
    Proposal,
    /// The assignment in force.
    Confirmed,
}

impl Stage {
    fn as_str(self) -> &'static str {
        match self {
            Stage::Proposal => "proposal",
            Stage::Confirmed => "confirmed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    pub city_id: i32,
    pub panel_id: i32,
    pub experts: Vec<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unassigned {
    pub city_id: i32,
    pub panel_id: i32,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub bundles: Vec<Bundle>,
    pub objective: i64,
    pub unassigned: Vec<Unassigned>,
}

/// Reads the bundles of a stage (and the summary of the run behind it).
/// Rows per multi-row INSERT: SQLite takes at most 32,766 bound values per statement (PostgreSQL
/// 65,535), and a 10,000-city cycle has far more places than that.
const INSERT_BATCH: usize = 1000;

pub async fn get<C: ConnectionTrait>(conn: &C, cycle_id: i32, stage: Stage) -> Result<Option<Assignment>, StoreError> {
    let Some(run) = assignment_run::Entity::find()
        .filter(assignment_run::Column::CycleId.eq(cycle_id))
        .filter(assignment_run::Column::Stage.eq(stage.as_str()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let mut bundles: BTreeMap<(i32, i32), Vec<i32>> = BTreeMap::new();
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
    }))
}

/// Everything the instance builder needs about a cycle's people.
async fn expert_inputs<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<ExpertInput>, StoreError> {
    let members: BTreeSet<i32> = cycle.panels.iter().flat_map(|p| p.members.iter().copied()).collect();
    let declared = super::experts::conflicts(conn, None).await?;
    let mut out = Vec::new();
    for profile in super::experts::list_profiles(conn).await? {
        if !members.contains(&profile.user_id) {
            continue;
        }
        out.push(ExpertInput {
            id: profile.user_id,
            ties: ExpertTies {
                country: profile.country.clone(),
                home_city: profile.city_id,
                institution: profile.institution.clone(),
                declared: declared
                    .iter()
                    .filter(|c| c.expert_id == profile.user_id)
                    .map(|c| c.city_id)
                    .collect(),
            },
            languages: profile.languages.clone(),
            expertise: profile.expertise.clone(),
            capacity: u32::try_from(profile.capacity).unwrap_or(0),
        });
    }
    Ok(out)
}

fn panel_inputs(framework: &Framework, cycle: &Cycle) -> Vec<PanelInput> {
    cycle
        .panels
        .iter()
        .filter(|p| !p.measurements.is_empty())
        .map(|p| {
            let mut areas: Vec<String> = p
                .measurements
                .iter()
                .filter_map(|m| {
                    let fa = m.rsplitn(3, '.').nth(2)?;
                    framework.focus_area(fa).map(|f| f.code.clone())
                })
                .collect();
            areas.sort();
            areas.dedup();
            PanelInput {
                id: p.id,
                name: p.name.clone(),
                members: p.members.clone(),
                areas,
            }
        })
        .collect()
}

/// The submitted reports of a cycle, as the builder wants them; the cities' names for explanations.
async fn report_inputs<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<ReportInput>, StoreError> {
    let mut out = Vec::new();
    for s in super::submissions::list(conn, cycle.id).await? {
        if s.state != ReportState::Submitted {
            continue;
        }
        let Some(city) = super::cities::get(conn, s.city_id).await? else {
            continue;
        };
        out.push(ReportInput {
            city: CityTies {
                id: city.id,
                country: city.country.clone(),
                institutions: vec![],
            },
            city_name: city.name,
            language: s.content.language.clone().unwrap_or_default(),
        });
    }
    out.sort_by_key(|r| r.city.id);
    Ok(out)
}

fn not_collecting(cycle: &Cycle) -> StoreError {
    StoreError::conflict(
        "cycle_state",
        format!(
            "assignment runs while the cycle collects reports; it is {}",
            cycle.state
        ),
    )
}

async fn replace_stage<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    stage: Stage,
    bundles: &[Bundle],
    objective: i64,
    unassigned: &[Unassigned],
) -> Result<(), StoreError> {
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

/// Runs the solver on the submitted reports the assignment in force does not cover yet; experts'
/// loads in force count towards their capacity and balance. The result is the new proposal.
pub async fn run(
    db: &DatabaseConnection,
    actor: Option<i32>,
    framework: &Framework,
    cycle: &Cycle,
) -> Result<Assignment, StoreError> {
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(cycle));
    }
    let txn = crate::store::begin_write(db).await?;
    let cycle = &crate::store::lock_cycle(&txn, cycle, true).await?;
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(cycle));
    }
    let confirmed = get(&txn, cycle.id, Stage::Confirmed).await?;
    let covered: BTreeSet<i32> = confirmed
        .iter()
        .flat_map(|a| a.bundles.iter().map(|b| b.city_id))
        .collect();
    let mut loads: HashMap<i32, u32> = HashMap::new();
    for b in confirmed.iter().flat_map(|a| &a.bundles) {
        for e in &b.experts {
            *loads.entry(*e).or_insert(0) += 1;
        }
    }
    let reports: Vec<ReportInput> = report_inputs(&txn, cycle)
        .await?
        .into_iter()
        .filter(|r| !covered.contains(&r.city.id))
        .collect();
    let panels = panel_inputs(framework, cycle);
    let experts = expert_inputs(&txn, cycle).await?;
    let mut built = build(
        &reports,
        &panels,
        &experts,
        u32::from(cycle.panel_size),
        cycle.conflict_same_country,
    );
    for e in &mut built.instance.experts {
        let load = loads.get(&(e.id as i32)).copied().unwrap_or(0);
        e.load = load.min(e.capacity);
    }
    let solution = assignment::solve(&built.instance, Options::default())
        .map_err(|e| StoreError::Db(DbErr::Custom(format!("assignment instance: {e}"))))?;
    let city_names: HashMap<i32, &str> = reports.iter().map(|r| (r.city.id, r.city_name.as_str())).collect();
    let panel_names: HashMap<i32, &str> = panels.iter().map(|p| (p.id, p.name.as_str())).collect();
    let mut bundles = Vec::new();
    let mut unassigned = Vec::new();
    for (i, key) in built.keys.iter().enumerate() {
        let experts: Vec<i32> = solution.assigned[&(i as i64)].iter().map(|e| *e as i32).collect();
        if experts.len() < usize::from(cycle.panel_size) {
            unassigned.push(Unassigned {
                city_id: key.city_id,
                panel_id: key.panel_id,
                reason: explain(
                    panel_names.get(&key.panel_id).copied().unwrap_or("?"),
                    city_names.get(&key.city_id).copied().unwrap_or("?"),
                    &built.exclusions[i],
                    u32::from(cycle.panel_size),
                    experts.len(),
                ),
            });
        }
        bundles.push(Bundle {
            city_id: key.city_id,
            panel_id: key.panel_id,
            experts,
        });
    }
    replace_stage(
        &txn,
        cycle.id,
        Stage::Proposal,
        &bundles,
        solution.objective,
        &unassigned,
    )
    .await?;
    audit::record(
        &txn,
        Entry {
            actor,
            action: "assignment.run",
            object_type: "cycle",
            object_id: cycle.id.to_string(),
            before: None,
            after: Some(serde_json::json!({"bundles": bundles.len(), "objective": solution.objective, "unassigned": unassigned.len()})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Assignment {
        bundles,
        objective: solution.objective,
        unassigned,
    })
}

/// Puts the proposal in force, next to what was already in force, and creates the review items of
/// its bundles: one per (city, experts'-review measurement of the panel).
pub async fn confirm(
    db: &DatabaseConnection,
    actor: Option<i32>,
    cycle: &Cycle,
    public_url: &str,
) -> Result<Assignment, StoreError> {
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(cycle));
    }
    let txn = crate::store::begin_write(db).await?;
    // Two confirmations at once (two nodes, a double click): the second waits here, then finds
    // the proposal gone.
    let cycle = &crate::store::lock_cycle(&txn, cycle, true).await?;
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(cycle));
    }
    let proposal = get(&txn, cycle.id, Stage::Proposal).await?.ok_or_else(|| {
        StoreError::conflict(
            "no_proposal",
            "there is no proposal to confirm; run the assignment first",
        )
    })?;
    let mut in_force = get(&txn, cycle.id, Stage::Confirmed).await?.unwrap_or(Assignment {
        bundles: vec![],
        objective: 0,
        unassigned: vec![],
    });
    let at = now();
    let measurements: HashMap<i32, &Vec<String>> = cycle.panels.iter().map(|p| (p.id, &p.measurements)).collect();
    let existing: BTreeSet<(i32, String)> = review_item::Entity::find()
        .filter(review_item::Column::CycleId.eq(cycle.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|i| (i.city_id, i.measurement_code))
        .collect();
    let mut items = Vec::new();
    for b in &proposal.bundles {
        for code in measurements.get(&b.panel_id).copied().into_iter().flatten() {
            if !existing.contains(&(b.city_id, code.clone())) {
                items.push(review_item::ActiveModel {
                    cycle_id: Set(cycle.id),
                    city_id: Set(b.city_id),
                    panel_id: Set(b.panel_id),
                    measurement_code: Set(code.clone()),
                    stage: Set("rating".into()),
                    round: Set(1),
                    created_at: Set(at),
                    ..Default::default()
                });
            }
        }
    }
    for chunk in items.chunks(INSERT_BATCH) {
        review_item::Entity::insert_many(chunk.to_vec()).exec(&txn).await?;
    }
    // Each newly assigned expert is told, in this same transaction, which cities and panels are theirs
    // (and nothing about who else reviews them).
    let mut per_expert: BTreeMap<i32, Vec<crate::mail::templates::Assignment>> = BTreeMap::new();
    for b in &proposal.bundles {
        let city = super::cities::get(&txn, b.city_id)
            .await?
            .map(|c| c.name)
            .unwrap_or_default();
        let panel = cycle
            .panels
            .iter()
            .find(|p| p.id == b.panel_id)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        for e in &b.experts {
            per_expert
                .entry(*e)
                .or_default()
                .push(crate::mail::templates::Assignment {
                    city: city.clone(),
                    panel: panel.clone(),
                });
        }
    }
    let deadline = crate::views::cycles::date(cycle.deadlines.review);
    for (expert, bundles) in per_expert {
        if let Some(user) = super::users::get(&txn, expert).await? {
            let notice = crate::mail::templates::assignment_notice(
                &user.email,
                &user.name,
                &cycle.name,
                &deadline,
                &bundles,
                public_url,
            );
            super::outbox::enqueue(&txn, notice).await?;
        }
    }
    in_force.bundles.retain(|b| {
        !proposal
            .bundles
            .iter()
            .any(|p| p.city_id == b.city_id && p.panel_id == b.panel_id)
    });
    in_force.bundles.extend(proposal.bundles.iter().cloned());
    in_force.bundles.sort_by_key(|b| (b.city_id, b.panel_id));
    in_force.objective += proposal.objective;
    in_force.unassigned = proposal.unassigned.clone();
    replace_stage(
        &txn,
        cycle.id,
        Stage::Confirmed,
        &in_force.bundles,
        in_force.objective,
        &in_force.unassigned,
    )
    .await?;
    bundle_expert::Entity::delete_many()
        .filter(bundle_expert::Column::CycleId.eq(cycle.id))
        .filter(bundle_expert::Column::Stage.eq(Stage::Proposal.as_str()))
        .exec(&txn)
        .await?;
    assignment_run::Entity::delete_many()
        .filter(assignment_run::Column::CycleId.eq(cycle.id))
        .filter(assignment_run::Column::Stage.eq(Stage::Proposal.as_str()))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        Entry {
            actor,
            action: "assignment.confirm",
            object_type: "cycle",
            object_id: cycle.id.to_string(),
            before: None,
            after: snapshot(&in_force.bundles),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(in_force)
}

/// Changes one bundle's experts by hand: the proposal before confirmation, the assignment in force
/// after. Refused (422, naming the constraint) when it breaks a hard constraint.
pub async fn set_bundle(
    db: &DatabaseConnection,
    actor: Option<i32>,
    cycle: &Cycle,
    city_id: i32,
    panel_id: i32,
    experts: &[i32],
) -> Result<Assignment, StoreError> {
    let txn = crate::store::begin_write(db).await?;
    let cycle = &crate::store::lock_cycle(&txn, cycle, true).await?;
    let proposal = get(&txn, cycle.id, Stage::Proposal).await?;
    let (stage, current) = match proposal {
        Some(p) => (Stage::Proposal, p),
        None => match get(&txn, cycle.id, Stage::Confirmed).await? {
            Some(c) => (Stage::Confirmed, c),
            None => return Err(StoreError::NotFound("bundle")),
        },
    };
    let Some(bundle) = current
        .bundles
        .iter()
        .find(|b| b.city_id == city_id && b.panel_id == panel_id)
        .cloned()
    else {
        return Err(StoreError::NotFound("bundle"));
    };
    // The same hard constraints as the solver's, each named when broken.
    let k = usize::from(cycle.panel_size);
    let distinct: BTreeSet<i32> = experts.iter().copied().collect();
    if distinct.len() != experts.len() {
        return Err(StoreError::invalid("experts", "an expert is listed twice"));
    }
    if experts.len() != k {
        return Err(StoreError::invalid(
            "experts",
            format!("panel size: the bundle needs {k} experts, not {}", experts.len()),
        ));
    }
    let panel = cycle
        .panels
        .iter()
        .find(|p| p.id == panel_id)
        .ok_or(StoreError::NotFound("bundle"))?;
    let inputs: HashMap<i32, ExpertInput> = expert_inputs(&txn, cycle)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let report = super::submissions::get(&txn, cycle.id, city_id)
        .await?
        .ok_or(StoreError::NotFound("bundle"))?;
    let city = super::cities::get(&txn, city_id)
        .await?
        .ok_or(StoreError::NotFound("bundle"))?;
    let ties = CityTies {
        id: city.id,
        country: city.country.clone(),
        institutions: vec![],
    };
    let language = report.content.language.clone().unwrap_or_default();
    let mut loads: HashMap<i32, u32> = HashMap::new();
    for b in &current.bundles {
        if b.city_id == city_id && b.panel_id == panel_id {
            continue;
        }
        for e in &b.experts {
            *loads.entry(*e).or_insert(0) += 1;
        }
    }
    for e in experts {
        if !panel.members.contains(e) {
            return Err(StoreError::invalid(
                "experts",
                format!("panel: user {e} is not a member of the panel {}", panel.name),
            ));
        }
        let Some(input) = inputs.get(e) else {
            return Err(StoreError::invalid(
                "experts",
                format!("profile: expert {e} has no profile yet"),
            ));
        };
        if let Some(c) = conflict(&input.ties, &ties, cycle.conflict_same_country) {
            return Err(StoreError::invalid(
                "experts",
                format!("conflict: expert {e} may not review {} ({c})", city.name),
            ));
        }
        if !input.languages.contains(&language) {
            return Err(StoreError::invalid(
                "experts",
                format!("language: expert {e} does not read {language}, the language of the report"),
            ));
        }
        if loads.get(e).copied().unwrap_or(0) + 1 > input.capacity {
            return Err(StoreError::invalid(
                "experts",
                format!(
                    "capacity: expert {e} already carries {} bundle(s), their capacity",
                    input.capacity
                ),
            ));
        }
    }
    let editable = match stage {
        Stage::Proposal => cycle.state == CycleState::Collecting,
        Stage::Confirmed => matches!(cycle.state, CycleState::Collecting | CycleState::Reviewing),
    };
    if !editable {
        return Err(StoreError::conflict(
            "cycle_state",
            format!("the assignment can no longer change: the cycle is {}", cycle.state),
        ));
    }
    let mut updated = current.clone();
    for b in &mut updated.bundles {
        if b.city_id == city_id && b.panel_id == panel_id {
            b.experts = experts.to_vec();
            b.experts.sort_unstable();
        }
    }
    updated
        .unassigned
        .retain(|u| !(u.city_id == city_id && u.panel_id == panel_id));
    replace_stage(
        &txn,
        cycle.id,
        stage,
        &updated.bundles,
        updated.objective,
        &updated.unassigned,
    )
    .await?;
    audit::record(
        &txn,
        Entry {
            actor,
            action: "assignment.edit",
            object_type: "bundle",
            object_id: format!("{}/{}/{}", cycle.id, city_id, panel_id),
            before: snapshot(&bundle),
            after: Some(serde_json::json!({"city_id": city_id, "panel_id": panel_id, "experts": experts, "stage": stage.as_str()})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// For the state machine: whether an assignment is in force, and how many submitted reports it
/// does not cover.
pub async fn coverage<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<(bool, usize), StoreError> {
    let confirmed = get(conn, cycle.id, Stage::Confirmed).await?;
    let covered: BTreeSet<i32> = confirmed
        .iter()
        .flat_map(|a| a.bundles.iter().map(|b| b.city_id))
        .collect();
    let submitted: Vec<i32> = super::submissions::list(conn, cycle.id)
        .await?
        .into_iter()
        .filter(|s| s.state == ReportState::Submitted)
        .map(|s| s.city_id)
        .collect();
    let uncovered = submitted.iter().filter(|c| !covered.contains(c)).count();
    Ok((confirmed.is_some(), uncovered))
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

/// Withdraws an expert from the assignment in force: only their places are filled again (by the
/// solver, under the same constraints, with everyone else's loads counting); every other bundle
/// stays exactly as it was. Returns the assignment in force afterwards.
pub async fn withdraw(
    db: &DatabaseConnection,
    actor: Option<i32>,
    framework: &Framework,
    cycle: &Cycle,
    expert: i32,
) -> Result<Assignment, StoreError> {
    let txn = crate::store::begin_write(db).await?;
    let cycle = &crate::store::lock_cycle(&txn, cycle, true).await?;
    let current = get(&txn, cycle.id, Stage::Confirmed)
        .await?
        .ok_or_else(|| StoreError::conflict("no_assignment", "there is no assignment in force"))?;
    if !current.bundles.iter().any(|b| b.experts.contains(&expert)) {
        return Err(StoreError::invalid(
            "expert_id",
            format!("expert {expert} has no bundle in this cycle"),
        ));
    }
    if !matches!(cycle.state, CycleState::Collecting | CycleState::Reviewing) {
        return Err(StoreError::conflict(
            "cycle_state",
            format!("the assignment can no longer change: the cycle is {}", cycle.state),
        ));
    }
    let reports: Vec<ReportInput> = report_inputs(&txn, cycle)
        .await?
        .into_iter()
        .filter(|r| current.bundles.iter().any(|b| b.city_id == r.city.id))
        .collect();
    let panels = panel_inputs(framework, cycle);
    let experts = expert_inputs(&txn, cycle).await?;
    let built = build(
        &reports,
        &panels,
        &experts,
        u32::from(cycle.panel_size),
        cycle.conflict_same_country,
    );
    // The solution in force, in the instance's terms.
    let index: HashMap<(i32, i32), usize> = built
        .keys
        .iter()
        .enumerate()
        .map(|(i, k)| ((k.city_id, k.panel_id), i))
        .collect();
    let mut assigned = BTreeMap::new();
    for (i, _) in built.keys.iter().enumerate() {
        assigned.insert(i as i64, Vec::new());
    }
    for b in &current.bundles {
        if let Some(i) = index.get(&(b.city_id, b.panel_id)) {
            assigned.insert(*i as i64, b.experts.iter().map(|e| i64::from(*e)).collect());
        }
    }
    let in_force = assignment::score(&built.instance, assigned);
    let after = assignment::refill(&built.instance, &in_force, i64::from(expert), Options::default())
        .map_err(|e| StoreError::Db(DbErr::Custom(format!("assignment instance: {e}"))))?;
    let mut bundles = current.bundles.clone();
    for b in &mut bundles {
        if let Some(i) = index.get(&(b.city_id, b.panel_id)) {
            b.experts = after.assigned[&(*i as i64)].iter().map(|e| *e as i32).collect();
        }
    }
    let mut unassigned: Vec<Unassigned> = current.unassigned.clone();
    for (i, key) in built.keys.iter().enumerate() {
        let n = after.assigned[&(i as i64)].len();
        let was_short = current
            .unassigned
            .iter()
            .any(|u| u.city_id == key.city_id && u.panel_id == key.panel_id);
        if n < usize::from(cycle.panel_size) && !was_short {
            let city = reports
                .iter()
                .find(|r| r.city.id == key.city_id)
                .map_or("?", |r| r.city_name.as_str());
            let panel = panels
                .iter()
                .find(|p| p.id == key.panel_id)
                .map_or("?", |p| p.name.as_str());
            unassigned.push(Unassigned {
                city_id: key.city_id,
                panel_id: key.panel_id,
                reason: explain(panel, city, &built.exclusions[i], u32::from(cycle.panel_size), n),
            });
        }
    }
    replace_stage(&txn, cycle.id, Stage::Confirmed, &bundles, after.objective, &unassigned).await?;
    audit::record(
        &txn,
        Entry {
            actor,
            action: "assignment.withdraw",
            object_type: "cycle",
            object_id: cycle.id.to_string(),
            before: snapshot(&current.bundles),
            after: Some(serde_json::json!({"withdrawn": expert, "bundles": bundles})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Assignment {
        bundles,
        objective: after.objective,
        unassigned,
    })
}
