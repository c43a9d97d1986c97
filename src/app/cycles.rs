//! Review cycles: creation, panels, transitions, and what the cycle's pages show.
use std::collections::BTreeMap;

use super::{App, AppError, AppResult, Staff};
use crate::domain::cycle::{CycleSettings, CycleState, TransitionFacts, check_transition};
use crate::domain::report::ReportState;
use crate::domain::visibility::Access;
use crate::read::{City, Cycle, Panel, RatingProgress, Submission, User};
use crate::store;

pub use crate::store::cycles::PanelChange;

/// The cycle, if the caller may see it: the secretariat runs cycles (403 for other roles, 404 if it
/// does not exist).
pub async fn get(app: &App, caller: &User, id: i32) -> AppResult<Cycle> {
    if caller.actor().cycle_access() == Access::Forbidden {
        return Err(AppError::forbidden("only the secretariat manages review cycles"));
    }
    store::cycles::get(&app.db, id)
        .await?
        .ok_or(AppError::NotFound("cycle"))
}

/// The cycle for the secretariat's work on it (404 if it does not exist).
pub async fn open(app: &App, _staff: &Staff, id: i32) -> AppResult<Cycle> {
    store::cycles::get(&app.db, id)
        .await?
        .ok_or(AppError::NotFound("cycle"))
}

/// Every cycle, newest first.
pub async fn list(app: &App, _staff: &Staff) -> AppResult<Vec<Cycle>> {
    Ok(store::cycles::list(&app.db, None).await?)
}

/// Opens a new cycle in draft, with the default panels and an empty report per city.
pub async fn create(app: &App, staff: &Staff, settings: CycleSettings, city_ids: &[i32]) -> AppResult<Cycle> {
    let framework = app.frameworks.default_edition();
    let txn = store::begin_write(&app.db).await?;
    let cycle = store::cycles::create(&txn, staff.actor_id(), framework, settings, city_ids).await?;
    txn.commit().await?;
    tracing::info!(cycle_id = cycle.id, "cycle created");
    Ok(cycle)
}

/// A panel of a cycle (404 for a panel of another cycle).
pub async fn panel(app: &App, staff: &Staff, cycle_id: i32, panel_id: i32) -> AppResult<(Cycle, Panel)> {
    let cycle = open(app, staff, cycle_id).await?;
    let panel = cycle.panel(panel_id).cloned().ok_or(AppError::NotFound("panel"))?;
    Ok((cycle, panel))
}

/// Sets a panel's members, chair and measurements (draft or collecting only).
pub async fn update_panel(
    app: &App,
    staff: &Staff,
    cycle: &Cycle,
    panel_id: i32,
    change: store::cycles::PanelChange,
) -> AppResult<Cycle> {
    let framework = app.framework_of(cycle)?;
    let txn = store::begin_write(&app.db).await?;
    let after = store::cycles::update_panel(&txn, staff.actor_id(), framework, cycle.id, panel_id, change).await?;
    txn.commit().await?;
    Ok(after)
}

/// The facts the state machine needs, gathered under the cycle's lock.
async fn facts<C: sea_orm::ConnectionTrait>(conn: &C, cycle: &Cycle) -> AppResult<TransitionFacts> {
    let (assignment_confirmed, submitted_reports_unassigned) = super::assignment::coverage(conn, cycle).await?;
    let missing = store::consensus::missing(conn, cycle.id).await?;
    Ok(TransitionFacts {
        participating_cities: cycle.city_ids.len(),
        mapped_measurements: cycle.reviewed_measurements().len(),
        submitted_reports: cycle.progress.submitted,
        submitted_reports_unassigned,
        assignment_confirmed,
        items_without_all_ratings: store::ratings::items_without_all_ratings(conn, cycle.id, 1).await?,
        review_deadline_passed: cycle.deadlines.review.is_some_and(|d| d <= store::now()),
        items_without_consensus: missing.0,
        items_without_feedback: missing.1,
    })
}

/// Moves the cycle on, if `domain::cycle` allows it. Reconciling settles every item's first round
/// and asks for revisions; publishing tells each city's users. All in one transaction.
pub async fn transition(app: &App, staff: &Staff, cycle_id: i32, to: CycleState) -> AppResult<Cycle> {
    let txn = store::begin_write(&app.db).await?;
    // One transition at a time per cycle, whichever node asks: the second sees the first's result.
    store::lock_cycle_row(&txn, cycle_id, true).await?;
    let before = store::cycles::get(&txn, cycle_id)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    let facts = facts(&txn, &before).await?;
    check_transition(before.state, to, &facts).map_err(|e| AppError::conflict("illegal_transition", e.0))?;
    if to == CycleState::Reconciling {
        super::consensus::start_reconciling(app, &txn, &before).await?;
    }
    if to == CycleState::Published {
        notify_publication(app, &txn, &before).await?;
    }
    let after = store::cycles::set_state(&txn, staff.actor_id(), &before, to).await?;
    txn.commit().await?;
    tracing::info!(cycle_id, state = %after.state, "cycle moved on");
    Ok(after)
}

/// Each city's users hear that the cycle's results are on their profile.
async fn notify_publication<C: sea_orm::ConnectionTrait>(app: &App, txn: &C, cycle: &Cycle) -> AppResult<()> {
    let users = store::users::list(txn).await?;
    for city_id in &cycle.city_ids {
        let Some(city) = store::cities::get(txn, *city_id).await? else {
            continue;
        };
        let url = format!("{}/cities/{}/profile", app.public_url(), city.id);
        for u in users.iter().filter(|u| u.city_id == Some(city.id) && !u.disabled) {
            let m = crate::mail::templates::published(&u.email, &u.name, &city.name, &cycle.name, &url);
            store::outbox::enqueue(txn, m).await?;
        }
    }
    Ok(())
}

/// A participating city and where its report stands.
pub struct CityReport {
    pub city: City,
    pub state: ReportState,
    pub submitted_at: Option<time::OffsetDateTime>,
}

/// First-round progress with names, for the cycle page.
pub struct RatingProgressView {
    pub done: usize,
    pub due: usize,
    pub per_panel: Vec<(String, usize, usize)>,
    pub per_city: Vec<(String, usize, usize)>,
    /// Experts with ratings still to submit, by name.
    pub behind: Vec<(String, usize)>,
}

/// What the cycle page shows.
pub struct CyclePage {
    pub cycle: Cycle,
    pub reports: Vec<CityReport>,
    pub ratings: Option<RatingProgressView>,
}

pub async fn page(app: &App, staff: &Staff, cycle_id: i32) -> AppResult<CyclePage> {
    let cycle = open(app, staff, cycle_id).await?;
    let reports: BTreeMap<i32, Submission> = store::submissions::list(&app.db, cycle.id)
        .await?
        .into_iter()
        .map(|s| (s.city_id, s))
        .collect();
    let mut rows = Vec::new();
    for city in store::cities::list(&app.db, None).await? {
        if let Some(r) = reports.get(&city.id) {
            rows.push(CityReport {
                state: r.state,
                submitted_at: r.submitted_at,
                city,
            });
        }
    }
    let ratings = if cycle.state >= CycleState::Reviewing {
        let p = store::ratings::progress(&app.db, cycle.id).await?;
        Some(progress_view(app, &cycle, &rows, &p).await?)
    } else {
        None
    };
    Ok(CyclePage {
        cycle,
        reports: rows,
        ratings,
    })
}

async fn progress_view(
    app: &App,
    cycle: &Cycle,
    rows: &[CityReport],
    p: &RatingProgress,
) -> AppResult<RatingProgressView> {
    let names: BTreeMap<i32, String> = store::users::list(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let city_name = |id: &i32| {
        rows.iter()
            .find(|r| r.city.id == *id)
            .map(|r| r.city.name.clone())
            .unwrap_or_default()
    };
    Ok(RatingProgressView {
        done: p.done,
        due: p.due,
        per_panel: p
            .per_panel
            .iter()
            .map(|(id, (d, t))| (cycle.panel_name(*id), *d, *t))
            .collect(),
        per_city: p.per_city.iter().map(|(id, (d, t))| (city_name(id), *d, *t)).collect(),
        behind: p
            .behind
            .iter()
            .map(|(id, n)| (names.get(id).cloned().unwrap_or_default(), *n))
            .collect(),
    })
}

/// The cycles a city takes part in, with its report's state (for the city's home page).
pub async fn of_city(app: &App, caller: &User) -> AppResult<Vec<(Cycle, ReportState)>> {
    let Some(city_id) = caller.city_id else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for cycle in store::cycles::list(&app.db, Some(city_id)).await? {
        if let Some(r) = store::submissions::get(&app.db, cycle.id, city_id).await? {
            out.push((cycle, r.state));
        }
    }
    Ok(out)
}

/// "Remind now": an e-mail to every expert of the cycle with ratings still to submit (or only
/// `expert`), while the cycle is in review. Returns how many were queued.
pub async fn remind(app: &App, staff: &Staff, cycle_id: i32, expert: Option<i32>) -> AppResult<usize> {
    let cycle = open(app, staff, cycle_id).await?;
    if cycle.state != CycleState::Reviewing {
        return Err(AppError::conflict(
            "cycle_state",
            format!("reminders go out while the cycle is in review; it is {}", cycle.state),
        ));
    }
    let queued = super::reviews::queue_reminders(app, &cycle, expert, None).await?;
    tracing::info!(cycle_id = cycle.id, queued, "reminders queued");
    Ok(queued)
}
