//! Assignment of experts to (city, panel) bundles: running the solver on a cycle's submitted
//! reports, confirming the proposal (which creates the review items and tells each expert), manual
//! changes under the same hard constraints, and withdrawal of an expert.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use sea_orm::ConnectionTrait;

use super::{App, AppError, AppResult, Staff};
use crate::domain::assignment::affinity::{Continuity, Fit, History, fit};
use crate::domain::assignment::build::{
    ExpertInput, Ineligible, PanelInput, ReportInput, Rules, build, eligibility, shortfall,
};
use crate::domain::assignment::{self, Options};
use crate::domain::conflicts::conflict;
use crate::domain::cycle::CycleState;
use crate::domain::framework::Framework;
use crate::domain::report::ReportState;
use crate::read::{Assignment, Bundle, Cycle, Unassigned};
use crate::store::assignment::Stage;
use crate::store::audit::{self, Entry, snapshot};
use crate::store::{self, StoreError};
use crate::tr;

/// Everything the instance builder needs about a cycle's people: the panels' members with a profile.
async fn expert_inputs<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<ExpertInput>, StoreError> {
    let members: BTreeSet<i32> = cycle.panels.iter().flat_map(|p| p.members.iter().copied()).collect();
    let declared = store::experts::conflicts(conn, None).await?;
    let mut out = Vec::new();
    for profile in store::experts::list_profiles(conn).await? {
        if !members.contains(&profile.user_id) {
            continue;
        }
        out.push(ExpertInput {
            id: profile.user_id,
            ties: profile.ties(&declared),
            languages: profile.languages.clone(),
            native_languages: profile.native_languages.clone(),
            regions: profile.regions.clone(),
            expertise: profile.expertise.clone(),
            capacity: u32::try_from(profile.capacity).unwrap_or(0),
        });
    }
    Ok(out)
}

/// The cycle's rules for the builder.
fn rules<'a>(cycle: &Cycle, history: &'a History) -> Rules<'a> {
    Rules {
        k: u32::from(cycle.panel_size),
        same_country: cycle.conflict_same_country,
        affinity: cycle.affinity,
        history,
    }
}

/// The cycle's panels that have measurements, as the builder wants them.
fn panel_inputs(framework: &Framework, cycle: &Cycle) -> Vec<PanelInput> {
    cycle
        .panels
        .iter()
        .filter(|p| !p.measurements.is_empty())
        .map(|p| PanelInput::of(framework, p.id, &p.name, &p.members, &p.measurements))
        .collect()
}

/// The submitted reports of a cycle, as the builder wants them; the cities' names for explanations.
async fn report_inputs<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<ReportInput>, StoreError> {
    // The register in one statement, not one per report: a cycle may have hundreds.
    let mut cities: HashMap<i32, crate::read::City> = store::cities::list(conn, None)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut out = Vec::new();
    for s in store::submissions::list(conn, cycle.id).await? {
        if s.state != ReportState::Submitted {
            continue;
        }
        let Some(city) = cities.remove(&s.city_id) else {
            continue;
        };
        out.push(ReportInput {
            city: city.ties(),
            region: city.region.clone(),
            city_name: city.name,
            language: s.content.language.clone().unwrap_or_default(),
        });
    }
    out.sort_by_key(|r| r.city.id);
    Ok(out)
}

/// Who reviewed the cycle's cities before, for the continuity term: for each city, its previous
/// cycle (the latest one created before this one whose assignment in force covered it) and, per
/// expert, the areas of focus of the panels they reviewed it on. Empty when the cycle leaves
/// continuity out (nothing to read).
async fn history<C: ConnectionTrait>(app: &App, conn: &C, cycle: &Cycle) -> AppResult<History> {
    let mut history = History::default();
    if cycle.affinity.continuity == Continuity::Off {
        return Ok(history);
    }
    let mut earlier: Vec<Cycle> = store::cycles::list(conn, None)
        .await?
        .into_iter()
        .filter(|c| (c.created_at, c.id) < (cycle.created_at, cycle.id))
        .collect();
    earlier.sort_by_key(|c| std::cmp::Reverse((c.created_at, c.id)));
    let mut pending: BTreeSet<i32> = cycle.city_ids.iter().copied().collect();
    for previous in earlier {
        if pending.is_empty() {
            break;
        }
        let Some(assignment) = store::assignment::get(conn, previous.id, Stage::Confirmed).await? else {
            continue;
        };
        // A cycle on an edition no longer loaded cannot name its areas: it tells nothing.
        let Some(framework) = app.frameworks.get(&previous.edition) else {
            continue;
        };
        let areas: HashMap<i32, Vec<String>> = panel_inputs(framework, &previous)
            .into_iter()
            .map(|p| (p.id, p.areas))
            .collect();
        let covered: BTreeSet<i32> = assignment
            .bundles
            .iter()
            .map(|b| b.city_id)
            .filter(|c| pending.contains(c))
            .collect();
        for b in assignment.bundles.iter().filter(|b| covered.contains(&b.city_id)) {
            for e in &b.experts {
                history
                    .reviewed
                    .entry((b.city_id, *e))
                    .or_default()
                    .extend(areas.get(&b.panel_id).into_iter().flatten().cloned());
            }
        }
        pending.retain(|c| !covered.contains(c));
    }
    Ok(history)
}

fn not_collecting(cycle: &Cycle) -> AppError {
    AppError::conflict(
        "cycle_state",
        tr!("error-assignment-not-collecting", state = cycle.state.in_message()),
    )
}

/// For the state machine: whether an assignment is in force, how many submitted reports it does
/// not cover, and how many bundles of submitted reports it leaves short of k experts.
pub async fn coverage<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> AppResult<(bool, usize, usize)> {
    let confirmed = store::assignment::get(conn, cycle.id, Stage::Confirmed).await?;
    let covered: BTreeSet<i32> = confirmed
        .iter()
        .flat_map(|a| a.bundles.iter().map(|b| b.city_id))
        .collect();
    let submitted = store::submissions::submitted_cities(conn, cycle.id).await?;
    let uncovered = submitted.iter().filter(|c| !covered.contains(c)).count();
    let k = usize::from(cycle.panel_size);
    let unfilled = confirmed
        .iter()
        .flat_map(|a| a.bundles.iter())
        .filter(|b| submitted.contains(&b.city_id) && b.experts.len() < k)
        .count();
    Ok((confirmed.is_some(), uncovered, unfilled))
}

/// `a` with the cycle's panel size, so each bundle says how many places it lacks.
fn sized(mut a: Assignment, cycle: &Cycle) -> Assignment {
    a.panel_size = usize::from(cycle.panel_size);
    a
}

/// The assignment in force (empty until one is confirmed).
pub async fn in_force(app: &App, staff: &Staff, cycle_id: i32) -> AppResult<Assignment> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    let a = store::assignment::get(&app.db, cycle.id, Stage::Confirmed)
        .await?
        .unwrap_or_default();
    Ok(sized(a, &cycle))
}

/// Runs the solver on the submitted reports the assignment in force does not cover yet; experts'
/// loads in force count towards their capacity and balance. The result is the new proposal.
pub async fn run(app: &App, staff: &Staff, cycle_id: i32) -> AppResult<Assignment> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(&cycle));
    }
    let framework = app.framework_of(&cycle)?;
    let started = std::time::Instant::now();
    let txn = store::begin_write(&app.db).await?;
    let cycle = &store::lock_cycle(&txn, &cycle, true).await?;
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(cycle));
    }
    let confirmed = store::assignment::get(&txn, cycle.id, Stage::Confirmed).await?;
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
    let history = history(app, &txn, cycle).await?;
    let mut built = build(&reports, &panels, &experts, &rules(cycle, &history));
    for e in &mut built.instance.experts {
        let load = loads.get(&(e.id as i32)).copied().unwrap_or(0);
        e.load = load.min(e.capacity);
    }
    let solution = assignment::solve(&built.instance, Options::default())
        .map_err(|e| AppError::internal(format!("assignment instance: {e}")))?;
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
                reason: String::new(),
                shortfall: Some(shortfall(
                    panel_names.get(&key.panel_id).copied().unwrap_or("?"),
                    city_names.get(&key.city_id).copied().unwrap_or("?"),
                    &built.exclusions[i],
                    u32::from(cycle.panel_size),
                    experts.len(),
                )),
            });
        }
        bundles.push(Bundle {
            city_id: key.city_id,
            panel_id: key.panel_id,
            experts,
        });
    }
    store::assignment::replace_stage(
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
            actor: staff.actor_id(),
            action: "assignment.run",
            object_type: "cycle",
            object_id: cycle.id.to_string(),
            before: None,
            after: Some(serde_json::json!({"bundles": bundles.len(), "objective": solution.objective, "unassigned": unassigned.len()})),
        },
    )
    .await?;
    txn.commit().await?;
    tracing::info!(
        cycle_id = cycle.id,
        bundles = bundles.len(),
        unassigned = unassigned.len(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "assignment proposed"
    );
    Ok(sized(
        Assignment {
            bundles,
            objective: solution.objective,
            unassigned,
            panel_size: 0,
        },
        cycle,
    ))
}

/// Puts the proposal in force, next to what was already in force, creates the review items of its
/// bundles, and tells each newly assigned expert which cities and panels are theirs (and nothing
/// about who else reviews them), all in one transaction.
pub async fn confirm(app: &App, staff: &Staff, cycle_id: i32) -> AppResult<Assignment> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(&cycle));
    }
    let txn = store::begin_write(&app.db).await?;
    // Two confirmations at once (two nodes, a double click): the second waits here, then finds
    // the proposal gone.
    let cycle = &store::lock_cycle(&txn, &cycle, true).await?;
    if cycle.state != CycleState::Collecting {
        return Err(not_collecting(cycle));
    }
    let proposal = store::assignment::get(&txn, cycle.id, Stage::Proposal)
        .await?
        .ok_or_else(|| AppError::conflict("no_proposal", tr!("error-assignment-no-proposal")))?;
    let mut in_force = store::assignment::get(&txn, cycle.id, Stage::Confirmed)
        .await?
        .unwrap_or_default();
    store::assignment::create_items(&txn, cycle, &proposal.bundles).await?;
    let before = in_force.clone();
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
    store::assignment::replace_stage(
        &txn,
        cycle.id,
        Stage::Confirmed,
        &in_force.bundles,
        in_force.objective,
        &in_force.unassigned,
    )
    .await?;
    store::assignment::delete_stage(&txn, cycle.id, Stage::Proposal).await?;
    // Each expert hears what they gained (and, when a re-run moved them, what they lost).
    super::notify::assignment_changes(app, &txn, cycle, &before, &in_force).await?;
    audit::record(
        &txn,
        Entry {
            actor: staff.actor_id(),
            action: "assignment.confirm",
            object_type: "cycle",
            object_id: cycle.id.to_string(),
            before: None,
            after: snapshot(&in_force.bundles),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(sized(in_force, cycle))
}

/// The assignment a manual change edits: the proposal before confirmation, the one in force after.
async fn editable_stage<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> AppResult<Option<(Stage, Assignment)>> {
    if let Some(p) = store::assignment::get(conn, cycle_id, Stage::Proposal).await? {
        return Ok(Some((Stage::Proposal, p)));
    }
    Ok(store::assignment::get(conn, cycle_id, Stage::Confirmed)
        .await?
        .map(|c| (Stage::Confirmed, c)))
}

/// One bundle of the assignment a manual change would edit (404 if there is none).
pub async fn bundle(app: &App, staff: &Staff, cycle_id: i32, city_id: i32, panel_id: i32) -> AppResult<Bundle> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    editable_stage(&app.db, cycle.id)
        .await?
        .and_then(|(_, a)| {
            a.bundles
                .into_iter()
                .find(|b| b.city_id == city_id && b.panel_id == panel_id)
        })
        .ok_or(AppError::NotFound("bundle"))
}

/// Changes one bundle's experts by hand: the proposal before confirmation, the assignment in force
/// after. Refused (422, naming the constraint) when it breaks a hard constraint.
pub async fn set_bundle(
    app: &App,
    staff: &Staff,
    cycle_id: i32,
    city_id: i32,
    panel_id: i32,
    experts: &[i32],
) -> AppResult<Assignment> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    let txn = store::begin_write(&app.db).await?;
    let cycle = &store::lock_cycle(&txn, &cycle, true).await?;
    let (stage, current) = editable_stage(&txn, cycle.id)
        .await?
        .ok_or(AppError::NotFound("bundle"))?;
    let Some(bundle) = current
        .bundles
        .iter()
        .find(|b| b.city_id == city_id && b.panel_id == panel_id)
        .cloned()
    else {
        return Err(AppError::NotFound("bundle"));
    };
    // The same hard constraints as the solver's, each named when broken.
    // A bundle may stay short (it is listed with the places it lacks, and review waits for the
    // secretariat's explicit yes); never longer than k, nor anyone twice.
    let k = usize::from(cycle.panel_size);
    let distinct: BTreeSet<i32> = experts.iter().copied().collect();
    if distinct.len() != experts.len() {
        return Err(AppError::invalid("experts", tr!("error-assignment-expert-twice")));
    }
    if experts.len() > k {
        return Err(AppError::invalid(
            "experts",
            tr!("error-assignment-panel-size", max = k, count = experts.len()),
        ));
    }
    let panel = cycle.panel(panel_id).ok_or(AppError::NotFound("bundle"))?;
    let inputs: HashMap<i32, ExpertInput> = expert_inputs(&txn, cycle)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let report = store::submissions::get(&txn, cycle.id, city_id)
        .await?
        .ok_or(AppError::NotFound("bundle"))?;
    let city = store::cities::get(&txn, city_id)
        .await?
        .ok_or(AppError::NotFound("bundle"))?;
    let report_input = ReportInput {
        city: city.ties(),
        region: city.region.clone(),
        city_name: city.name.clone(),
        language: report.content.language.clone().unwrap_or_default(),
    };
    // Every load counts: the stage's other bundles, and, for a proposal, the assignment in force.
    let mut loads: HashMap<i32, u32> = HashMap::new();
    let in_force = match stage {
        Stage::Proposal => store::assignment::get(&txn, cycle.id, Stage::Confirmed).await?,
        Stage::Confirmed => None,
    };
    for b in current
        .bundles
        .iter()
        .chain(in_force.iter().flat_map(|a| a.bundles.iter()))
    {
        if b.city_id == city_id && b.panel_id == panel_id {
            continue;
        }
        for e in &b.experts {
            *loads.entry(*e).or_insert(0) += 1;
        }
    }
    for e in experts.iter().filter(|e| !bundle.experts.contains(e)) {
        let input = inputs.get(e);
        match eligibility(
            input,
            panel.members.contains(e),
            &report_input,
            cycle.conflict_same_country,
        ) {
            Ok(()) => {}
            Err(Ineligible::NotMember) => {
                return Err(AppError::invalid(
                    "experts",
                    tr!(
                        "error-assignment-not-member",
                        user = e.to_string(),
                        panel = panel.name.as_str()
                    ),
                ));
            }
            Err(Ineligible::NoProfile) => {
                return Err(AppError::invalid(
                    "experts",
                    tr!("error-assignment-no-profile", expert = e.to_string()),
                ));
            }
            Err(Ineligible::Conflict(c)) => {
                return Err(AppError::invalid(
                    "experts",
                    tr!(
                        "error-assignment-conflict",
                        expert = e.to_string(),
                        city = city.name.as_str(),
                        conflict = c.words()
                    ),
                ));
            }
            Err(Ineligible::Language) => {
                return Err(AppError::invalid(
                    "experts",
                    tr!(
                        "error-assignment-language",
                        expert = e.to_string(),
                        language = report_input.language.as_str()
                    ),
                ));
            }
        }
        let capacity = input.map_or(0, |i| i.capacity);
        if loads.get(e).copied().unwrap_or(0) + 1 > capacity {
            return Err(AppError::invalid(
                "experts",
                tr!("error-assignment-capacity", expert = e.to_string(), count = capacity),
            ));
        }
    }
    let editable = match stage {
        Stage::Proposal => cycle.state == CycleState::Collecting,
        Stage::Confirmed => matches!(cycle.state, CycleState::Collecting | CycleState::Reviewing),
    };
    if !editable {
        return Err(AppError::conflict(
            "cycle_state",
            tr!("error-assignment-frozen", state = cycle.state.in_message()),
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
    store::assignment::replace_stage(
        &txn,
        cycle.id,
        stage,
        &updated.bundles,
        updated.objective,
        &updated.unassigned,
    )
    .await?;
    if stage == Stage::Confirmed {
        super::notify::assignment_changes(app, &txn, cycle, &current, &updated).await?;
    }
    audit::record(
        &txn,
        Entry {
            actor: staff.actor_id(),
            action: "assignment.edit",
            object_type: "bundle",
            object_id: format!("{}/{}/{}", cycle.id, city_id, panel_id),
            before: snapshot(&bundle),
            after: Some(serde_json::json!({"city_id": city_id, "panel_id": panel_id, "experts": experts, "stage": stage.as_str()})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(sized(updated, cycle))
}

/// The assignment in force as a solver instance: the covered reports, the panels, the experts (as
/// they are now: a conflict declared since makes an expert ineligible for that city).
struct InForce {
    built: crate::domain::assignment::build::Built,
    /// (city, panel) → the instance's bundle.
    index: HashMap<(i32, i32), usize>,
    solution: assignment::Solution,
    reports: Vec<ReportInput>,
    panels: Vec<PanelInput>,
}

async fn in_force_instance<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    framework: &Framework,
    current: &Assignment,
) -> AppResult<InForce> {
    let reports: Vec<ReportInput> = report_inputs(conn, cycle)
        .await?
        .into_iter()
        .filter(|r| current.bundles.iter().any(|b| b.city_id == r.city.id))
        .collect();
    let panels = panel_inputs(framework, cycle);
    let experts = expert_inputs(conn, cycle).await?;
    let history = history(app, conn, cycle).await?;
    let built = build(&reports, &panels, &experts, &rules(cycle, &history));
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
    let solution = assignment::score(&built.instance, assigned);
    Ok(InForce {
        built,
        index,
        solution,
        reports,
        panels,
    })
}

impl InForce {
    /// `current` with the solver's `after` for the instance's bundles; bundles newly short get the
    /// reason they are.
    fn apply(&self, cycle: &Cycle, current: &Assignment, after: &assignment::Solution) -> Assignment {
        let mut bundles = current.bundles.clone();
        for b in &mut bundles {
            if let Some(i) = self.index.get(&(b.city_id, b.panel_id)) {
                b.experts = after.assigned[&(*i as i64)].iter().map(|e| *e as i32).collect();
            }
        }
        let mut unassigned: Vec<Unassigned> = current.unassigned.clone();
        for (i, key) in self.built.keys.iter().enumerate() {
            let n = after.assigned[&(i as i64)].len();
            let was_short = current
                .unassigned
                .iter()
                .any(|u| u.city_id == key.city_id && u.panel_id == key.panel_id);
            if n < usize::from(cycle.panel_size) && !was_short {
                let city = self
                    .reports
                    .iter()
                    .find(|r| r.city.id == key.city_id)
                    .map_or("?", |r| r.city_name.as_str());
                let panel = self
                    .panels
                    .iter()
                    .find(|p| p.id == key.panel_id)
                    .map_or("?", |p| p.name.as_str());
                unassigned.push(Unassigned {
                    city_id: key.city_id,
                    panel_id: key.panel_id,
                    reason: String::new(),
                    shortfall: Some(shortfall(
                        panel,
                        city,
                        &self.built.exclusions[i],
                        u32::from(cycle.panel_size),
                        n,
                    )),
                });
            }
        }
        Assignment {
            bundles,
            objective: after.objective,
            unassigned,
            panel_size: usize::from(cycle.panel_size),
        }
    }
}

/// Withdraws an expert from the assignment in force: only their places are filled again (by the
/// solver, under the same constraints, with everyone else's loads counting); every other bundle
/// stays exactly as it was. Returns the assignment in force afterwards.
pub async fn withdraw(app: &App, staff: &Staff, cycle_id: i32, expert: i32) -> AppResult<Assignment> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    let framework = app.framework_of(&cycle)?;
    let txn = store::begin_write(&app.db).await?;
    let cycle = &store::lock_cycle(&txn, &cycle, true).await?;
    let current = store::assignment::get(&txn, cycle.id, Stage::Confirmed)
        .await?
        .ok_or_else(|| AppError::conflict("no_assignment", tr!("error-assignment-none")))?;
    if !current.bundles.iter().any(|b| b.experts.contains(&expert)) {
        return Err(AppError::invalid(
            "expert_id",
            tr!("error-assignment-no-bundle", expert = expert.to_string()),
        ));
    }
    if !matches!(
        cycle.state,
        CycleState::Collecting | CycleState::Reviewing | CycleState::Reconciling
    ) {
        return Err(AppError::conflict(
            "cycle_state",
            tr!("error-assignment-frozen", state = cycle.state.in_message()),
        ));
    }
    let updated = if cycle.state == CycleState::Reconciling {
        // No refill: a newcomer could not revise a round they never rated. The withdrawn expert
        // counts as not resubmitting: their last submitted score stands.
        let mut without = current.clone();
        for b in &mut without.bundles {
            b.experts.retain(|e| *e != expert);
        }
        without
    } else {
        let inf = in_force_instance(app, &txn, cycle, framework, &current).await?;
        let after = assignment::refill(
            &inf.built.instance,
            &inf.solution,
            i64::from(expert),
            Options::default(),
        )
        .map_err(|e| AppError::internal(format!("assignment instance: {e}")))?;
        inf.apply(cycle, &current, &after)
    };
    store::assignment::replace_stage(
        &txn,
        cycle.id,
        Stage::Confirmed,
        &updated.bundles,
        updated.objective,
        &updated.unassigned,
    )
    .await?;
    // Later runs leave them out; the secretariat can add them back to a panel by hand.
    store::cycles::leave_panels(&txn, cycle, expert).await?;
    if cycle.state == CycleState::Reconciling {
        // Their open revision rounds may be complete without them.
        super::consensus::settle_open_rounds(app, &txn, cycle, |item| {
            current
                .bundles
                .iter()
                .any(|b| b.city_id == item.city_id && b.panel_id == item.panel_id && b.experts.contains(&expert))
        })
        .await?;
    }
    super::notify::assignment_changes(app, &txn, cycle, &current, &updated).await?;
    audit::record(
        &txn,
        Entry {
            actor: staff.actor_id(),
            action: "assignment.withdraw",
            object_type: "cycle",
            object_id: cycle.id.to_string(),
            before: snapshot(&current.bundles),
            after: Some(serde_json::json!({"withdrawn": expert, "bundles": updated.bundles})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(sized(updated, cycle))
}

/// Whose conflicts to look at again: an expert's (a conflict declared, a home city, country or
/// institution changed) or a city's (its institutions changed).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Recheck {
    Expert(i32),
    City(i32),
}

/// Conflicts hold for the whole cycle, not only at assignment. With `txn`, in every cycle whose
/// assignment is in force and not yet published: each expert now in conflict with a city of their
/// bundles is taken off those bundles at once (no more access), their ratings of that city are set
/// aside (kept in the history, out of the consensus), and the places are refilled while the cycle
/// collects or reviews (the new expert is told); in reconciling, the city's open revision rounds
/// settle without them. A proposal loses them too (no refill: the next run decides). Returns the
/// bundles they were taken off.
pub(crate) async fn enforce_conflicts<C: ConnectionTrait>(
    app: &App,
    txn: &C,
    actor: Option<i32>,
    scope: Recheck,
) -> AppResult<Vec<crate::read::RemovedFrom>> {
    let mut removed_all = Vec::new();
    for listed in store::cycles::list(txn, None).await? {
        if !matches!(
            listed.state,
            CycleState::Collecting | CycleState::Reviewing | CycleState::Reconciling
        ) {
            continue;
        }
        let touches = |a: &Assignment| {
            a.bundles.iter().any(|b| match scope {
                Recheck::Expert(e) => b.experts.contains(&e),
                Recheck::City(c) => b.city_id == c,
            })
        };
        let confirmed = store::assignment::get(txn, listed.id, Stage::Confirmed).await?;
        let proposal = store::assignment::get(txn, listed.id, Stage::Proposal).await?;
        if !confirmed.as_ref().is_some_and(touches) && !proposal.as_ref().is_some_and(touches) {
            continue;
        }
        let cycle = store::lock_cycle(txn, &listed, true).await?;
        let experts: HashMap<i32, ExpertInput> = expert_inputs(txn, &cycle)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        let mut cities: HashMap<i32, crate::read::City> = HashMap::new();
        for c in store::cities::list(txn, None).await? {
            cities.insert(c.id, c);
        }
        let in_conflict = |city_id: i32, e: i32| -> Option<String> {
            let ties = &experts.get(&e)?.ties;
            let city = cities.get(&city_id)?;
            conflict(ties, &city.ties(), cycle.conflict_same_country).map(|c| c.to_string())
        };
        if let Some(mut p) = proposal.filter(touches) {
            let before = p.bundles.clone();
            for b in &mut p.bundles {
                let city_id = b.city_id;
                b.experts.retain(|e| in_conflict(city_id, *e).is_none());
            }
            if p.bundles != before {
                store::assignment::replace_stage(
                    txn,
                    cycle.id,
                    Stage::Proposal,
                    &p.bundles,
                    p.objective,
                    &p.unassigned,
                )
                .await?;
            }
        }
        let Some(current) = confirmed.filter(touches) else {
            continue;
        };
        let mut removed: Vec<(i32, i32, i32, String)> = Vec::new();
        let mut without = current.clone();
        for b in &mut without.bundles {
            for e in b.experts.clone() {
                if let Some(why) = in_conflict(b.city_id, e) {
                    removed.push((b.city_id, b.panel_id, e, why));
                    b.experts.retain(|x| *x != e);
                }
            }
        }
        if removed.is_empty() {
            continue;
        }
        let at = store::now();
        for (city_id, _, expert, why) in &removed {
            let reason = format!("conflict of interest found after assignment: {why}");
            store::ratings::set_aside(txn, actor, cycle.id, *city_id, *expert, &reason, at).await?;
        }
        let updated = if matches!(cycle.state, CycleState::Collecting | CycleState::Reviewing) {
            let framework = app.framework_of(&cycle)?;
            let inf = in_force_instance(app, txn, &cycle, framework, &without).await?;
            let short: BTreeSet<i64> = removed
                .iter()
                .filter_map(|(c, p, _, _)| inf.index.get(&(*c, *p)).map(|i| *i as i64))
                .collect();
            let after = assignment::fill(&inf.built.instance, &inf.solution, &short, None, Options::default())
                .map_err(|e| AppError::internal(format!("assignment instance: {e}")))?;
            inf.apply(&cycle, &without, &after)
        } else {
            without
        };
        store::assignment::replace_stage(
            txn,
            cycle.id,
            Stage::Confirmed,
            &updated.bundles,
            updated.objective,
            &updated.unassigned,
        )
        .await?;
        super::notify::assignment_changes(app, txn, &cycle, &current, &updated).await?;
        if cycle.state == CycleState::Reconciling {
            // Their open revision rounds may be complete without them.
            super::consensus::settle_open_rounds(app, txn, &cycle, |item| {
                removed
                    .iter()
                    .any(|(c, p, _, _)| *c == item.city_id && *p == item.panel_id)
            })
            .await?;
        }
        audit::record(
            txn,
            Entry {
                actor,
                action: "assignment.conflict",
                object_type: "cycle",
                object_id: cycle.id.to_string(),
                before: snapshot(&current.bundles),
                after: Some(serde_json::json!({
                    "removed": removed.iter().map(|(c, p, e, why)| serde_json::json!({"city_id": c, "panel_id": p, "expert": e, "conflict": why})).collect::<Vec<_>>(),
                    "bundles": updated.bundles,
                })),
            },
        )
        .await?;
        removed_all.extend(
            removed
                .into_iter()
                .map(|(city_id, panel_id, expert, _)| crate::read::RemovedFrom {
                    cycle_id: cycle.id,
                    city_id,
                    panel_id,
                    expert_id: expert,
                }),
        );
    }
    Ok(removed_all)
}

/// What the assignment page shows: the proposal or, without one, the assignment in force, with
/// names and capacities.
pub struct AssignmentPage {
    pub cycle: Cycle,
    pub proposal: Option<Assignment>,
    pub confirmed: Option<Assignment>,
    pub cities: BTreeMap<i32, String>,
    pub names: BTreeMap<i32, String>,
    pub capacity: BTreeMap<i32, i32>,
    /// Why each assigned expert suits their bundle ("why this expert"): (city, panel) → expert →
    /// the terms of the affinity the solver maximised, by the function that computed it.
    pub why: BTreeMap<(i32, i32), BTreeMap<i32, Fit>>,
}

pub async fn page(app: &App, staff: &Staff, cycle_id: i32) -> AppResult<AssignmentPage> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    let proposal = store::assignment::get(&app.db, cycle.id, Stage::Proposal).await?;
    let confirmed = store::assignment::get(&app.db, cycle.id, Stage::Confirmed).await?;
    let mut cities = BTreeMap::new();
    for c in store::cities::list(&app.db, None).await? {
        if cycle.city_ids.contains(&c.id) {
            cities.insert(c.id, c.name);
        }
    }
    let experts: HashMap<i32, ExpertInput> = expert_inputs(&app.db, &cycle)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let capacity = experts
        .values()
        .map(|e| (e.id, i32::try_from(e.capacity).unwrap_or(i32::MAX)))
        .collect();
    let framework = app.framework_of(&cycle)?;
    let panels: HashMap<i32, PanelInput> = panel_inputs(framework, &cycle).into_iter().map(|p| (p.id, p)).collect();
    let reports: HashMap<i32, ReportInput> = report_inputs(&app.db, &cycle)
        .await?
        .into_iter()
        .map(|r| (r.city.id, r))
        .collect();
    let history = history(app, &app.db, &cycle).await?;
    let mut why: BTreeMap<(i32, i32), BTreeMap<i32, Fit>> = BTreeMap::new();
    for b in proposal.iter().chain(confirmed.iter()).flat_map(|a| a.bundles.iter()) {
        let (Some(panel), Some(report)) = (panels.get(&b.panel_id), reports.get(&b.city_id)) else {
            continue;
        };
        let fits = why.entry((b.city_id, b.panel_id)).or_default();
        for e in &b.experts {
            if let Some(expert) = experts.get(e) {
                fits.insert(*e, fit(cycle.affinity, expert, panel, report, &history));
            }
        }
    }
    Ok(AssignmentPage {
        cycle,
        proposal,
        confirmed,
        cities,
        names: names(app, staff).await?,
        capacity,
        why,
    })
}

/// Everyone's name by id: the secretariat's pages show people, not numbers.
pub async fn names(app: &App, _staff: &Staff) -> AppResult<BTreeMap<i32, String>> {
    Ok(store::users::list(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect())
}
