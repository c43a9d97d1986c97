//! Review cycles: creation, panels, transitions, and what the cycle's pages show.
use std::collections::BTreeMap;

use super::{App, AppError, AppResult, Staff};
use crate::domain::assignment::affinity::AffinityRule;
use crate::domain::cycle::{ChangeRefused, CycleSettings, CycleState, DeadlineKind, TransitionFacts, check_transition};
use crate::domain::report::ReportState;
use crate::domain::visibility::Access;
use crate::read::{City, Cycle, Panel, RatingProgress, Submission, User};
use crate::store;
use crate::tr;

pub use crate::store::cycles::PanelChange;

/// The cycle, if the caller may see it: the secretariat runs cycles (403 for other roles, 404 if it
/// does not exist).
pub async fn get(app: &App, caller: &User, id: i32) -> AppResult<Cycle> {
    if caller.actor().cycle_access() == Access::Forbidden {
        return Err(AppError::forbidden(tr!("error-cycles-secretariat-only")));
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

/// Opens a new cycle in draft, on the default framework edition, with the default panels and an
/// empty report per city.
pub async fn create(app: &App, staff: &Staff, settings: CycleSettings, city_ids: &[i32]) -> AppResult<Cycle> {
    create_on(app, staff, settings, city_ids, None).await
}

/// The framework edition named (the default one for None); an unknown name is a 422 that lists them.
fn edition_named<'a>(app: &'a App, name: Option<&str>) -> AppResult<&'a crate::domain::framework::Framework> {
    match name {
        None => Ok(app.frameworks.default_edition()),
        Some(n) => app.frameworks.get(n).ok_or_else(|| {
            let known: Vec<&str> = app.frameworks.all().iter().map(|f| f.edition.as_str()).collect();
            AppError::invalid(
                "edition",
                tr!("error-cycles-edition-unknown", value = n, editions = known.join(", ")),
            )
        }),
    }
}

/// The same on the edition named (`GET /api/v1/framework/editions`), or the default one.
pub async fn create_on(
    app: &App,
    staff: &Staff,
    settings: CycleSettings,
    city_ids: &[i32],
    edition: Option<&str>,
) -> AppResult<Cycle> {
    let framework = edition_named(app, edition)?;
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
    let (assignment_confirmed, submitted_reports_unassigned, bundles_unfilled) =
        super::assignment::coverage(conn, cycle).await?;
    let missing = store::consensus::missing(conn, cycle.id).await?;
    Ok(TransitionFacts {
        participating_cities: cycle.city_ids.len(),
        mapped_measurements: cycle.reviewed_measurements().len(),
        submitted_reports: cycle.progress.submitted,
        submitted_reports_unassigned,
        assignment_confirmed,
        bundles_unfilled,
        underfilled_accepted: false,
        items_without_all_ratings: store::ratings::items_without_all_ratings(conn, cycle.id, 1).await?,
        review_deadline_passed: cycle.deadlines.review.is_some_and(|d| d <= store::now()),
        items_without_consensus: missing.0,
        items_without_feedback: missing.1,
    })
}

/// The secretariat's "yes" to reviewing with short bundles, as asked: `allow` with a reason.
#[derive(Clone, Debug, Default)]
pub struct ShortBundles {
    pub allow: bool,
    pub reason: Option<String>,
}

impl ShortBundles {
    /// The reason, checked: asked for only when the "yes" counts (moving to reviewing with short
    /// bundles), so a stray flag on another transition is no error.
    fn accepted(&self) -> AppResult<Option<String>> {
        if !self.allow {
            return Ok(None);
        }
        crate::domain::text::bounded(
            crate::domain::text::Subject::Reason,
            self.reason.as_deref().unwrap_or(""),
            10,
            2000,
        )
        .map(Some)
        .map_err(|_| AppError::invalid("reason", tr!("error-cycles-short-bundles-reason")))
    }
}

/// Moves the cycle on, if `domain::cycle` allows it. Reconciling settles every item's first round
/// and asks for revisions; publishing settles the rounds that are over first, then tells each
/// city's users. All in one transaction.
pub async fn transition(app: &App, staff: &Staff, cycle_id: i32, to: CycleState) -> AppResult<Cycle> {
    transition_with(app, staff, cycle_id, to, &ShortBundles::default()).await
}

/// The same, with the secretariat's accepted reason for short bundles (moving to reviewing).
pub async fn transition_with(
    app: &App,
    staff: &Staff,
    cycle_id: i32,
    to: CycleState,
    short: &ShortBundles,
) -> AppResult<Cycle> {
    let txn = store::begin_write(&app.db).await?;
    // One transition at a time per cycle, whichever node asks: the second sees the first's result.
    store::lock_cycle_row(&txn, cycle_id, true).await?;
    let before = store::cycles::get(&txn, cycle_id)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    if to == CycleState::Published && before.state == CycleState::Reconciling {
        // Rounds whose deadline passed close before publication is judged, not when a worker
        // happens to run.
        super::consensus::settle_due(app, &txn, &before, store::now()).await?;
    }
    let mut facts = facts(&txn, &before).await?;
    let short_bundles_reason = if to == CycleState::Reviewing && facts.bundles_unfilled > 0 {
        short.accepted()?
    } else {
        None
    };
    facts.underfilled_accepted = short_bundles_reason.is_some();
    check_transition(before.state, to, &facts).map_err(|e| AppError::conflict(e.code, e.message))?;
    if to == CycleState::Reconciling {
        super::consensus::start_reconciling(app, &txn, &before).await?;
    }
    if to == CycleState::Published {
        notify_publication(app, &txn, &before).await?;
    }
    if to == CycleState::Collecting {
        for city in &before.city_ids {
            super::notify::cycle_opened(app, &txn, &before, *city).await?;
        }
    }
    let after = store::cycles::set_state(&txn, staff.actor_id(), &before, to).await?;
    if let (Some(reason), true) = (&short_bundles_reason, facts.bundles_unfilled > 0) {
        store::audit::record(
            &txn,
            store::audit::Entry {
                actor: staff.actor_id(),
                action: "cycle.accept_short_bundles",
                object_type: "cycle",
                object_id: cycle_id.to_string(),
                before: None,
                after: Some(serde_json::json!({"bundles_unfilled": facts.bundles_unfilled, "reason": reason})),
            },
        )
        .await?;
    }
    txn.commit().await?;
    tracing::info!(cycle_id, state = %after.state, "cycle moved on");
    Ok(after)
}

/// A change to a cycle (`PATCH`): each part optional; `deadlines` lists only those that change.
#[derive(Default)]
pub struct CyclePatch {
    pub name: Option<String>,
    /// Another framework edition (while draft only).
    pub edition: Option<String>,
    pub deadlines: Vec<(DeadlineKind, Option<time::OffsetDateTime>)>,
    pub city_ids: Option<Vec<i32>>,
    pub panel_size: Option<i64>,
    pub conflict_same_country: Option<bool>,
    pub max_spread: Option<i64>,
    pub revision_rounds: Option<i64>,
    pub min_justification: Option<i64>,
    /// Parts of the affinity rule that change.
    pub affinity: Option<crate::domain::assignment::affinity::AffinityChange>,
}

fn refused(e: ChangeRefused) -> AppError {
    match e {
        ChangeRefused::Invalid { field, message } => AppError::invalid(field, message),
        ChangeRefused::State(message) => AppError::conflict("cycle_state", message),
    }
}

/// Changes a cycle mid-flight: deadlines in any phase not yet left (never into the past), the
/// cities while draft or collecting (a city whose report is submitted stays), the panel size and
/// the rules until an assignment is confirmed. Audited before and after; the people concerned are
/// told (cities of a changed submission deadline or of a cycle they just joined, experts of a
/// changed review or reconciliation deadline). The body is checked first (422), then the state (409).
pub async fn update(app: &App, staff: &Staff, cycle_id: i32, patch: CyclePatch) -> AppResult<Cycle> {
    let txn = store::begin_write(&app.db).await?;
    store::lock_cycle_row(&txn, cycle_id, true).await?;
    let before = store::cycles::get(&txn, cycle_id)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    let now = store::now();
    // The new settings, checked as a whole (bounds and the order of the deadlines: 422).
    let mut deadlines = before.deadlines;
    for (kind, at) in &patch.deadlines {
        deadlines.set(*kind, *at);
    }
    let settings = CycleSettings::parse(
        patch.name.as_deref().unwrap_or(&before.name),
        Some(patch.panel_size.unwrap_or(i64::from(before.panel_size))),
        Some(patch.conflict_same_country.unwrap_or(before.conflict_same_country)),
        Some(patch.max_spread.unwrap_or(i64::from(before.max_spread))),
        Some(patch.revision_rounds.unwrap_or(i64::from(before.revision_rounds))),
        Some(
            patch
                .min_justification
                .unwrap_or(i64::from(before.min_justification_chars)),
        ),
        deadlines,
    )
    .map_err(|(field, message)| AppError::invalid(field, message))?;
    let settings = match &patch.affinity {
        Some(change) => settings.with_affinity(
            AffinityRule::parse(before.affinity, change)
                .map_err(|(field, message)| AppError::invalid(field, message))?,
        ),
        None => settings.with_affinity(before.affinity),
    };
    if let Some(ids) = &patch.city_ids {
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        if sorted.len() != ids.len() {
            return Err(AppError::invalid("city_ids", tr!("error-cycles-city-twice")));
        }
        for id in ids {
            if store::cities::get(&txn, *id).await?.is_none() {
                return Err(AppError::invalid(
                    "city_ids",
                    tr!("error-cycles-city-unknown", id = id.to_string()),
                ));
            }
        }
    }
    for (kind, at) in &patch.deadlines {
        if before.deadlines.get(*kind) != *at && at.is_some_and(|t| t < now) {
            return Err(AppError::invalid(kind.field(), tr!("error-deadline-past")));
        }
    }
    // Then the state (409).
    for (kind, at) in &patch.deadlines {
        if before.deadlines.get(*kind) != *at {
            crate::domain::cycle::check_deadline_change(*kind, before.state, *at, now).map_err(refused)?;
        }
    }
    let new_edition = match patch.edition.as_deref().filter(|e| *e != before.edition) {
        Some(e) => Some(edition_named(app, Some(e))?),
        None => None,
    };
    if new_edition.is_some() && before.state != CycleState::Draft {
        return Err(AppError::conflict(
            "cycle_state",
            tr!("error-cycles-edition-frozen", state = before.state.in_message()),
        ));
    }
    let confirmed = super::assignment::coverage(&txn, &before).await?.0;
    let settings_changed = settings.panel_size != before.panel_size
        || settings.conflict_same_country != before.conflict_same_country
        || settings.rule.max_spread != before.max_spread
        || settings.rule.revision_rounds != before.revision_rounds
        || settings.min_justification_chars != before.min_justification_chars
        || settings.affinity != before.affinity;
    if settings_changed {
        crate::domain::cycle::check_settings_change(before.state, confirmed).map_err(refused)?;
    }
    let mut added: Vec<i32> = Vec::new();
    if let Some(ids) = &patch.city_ids {
        let removed: Vec<i32> = before.city_ids.iter().copied().filter(|c| !ids.contains(c)).collect();
        added = ids.iter().copied().filter(|c| !before.city_ids.contains(c)).collect();
        if !removed.is_empty() || !added.is_empty() {
            crate::domain::cycle::check_cities_change(before.state).map_err(refused)?;
            let states = store::submissions::states(&txn, before.id).await?;
            if let Some(c) = removed.iter().find(|c| states.get(c) == Some(&ReportState::Submitted)) {
                return Err(AppError::conflict(
                    "report_submitted",
                    tr!("error-cycles-city-submitted", city = c.to_string()),
                ));
            }
            for c in &removed {
                store::cycles::remove_city(&txn, staff.actor_id(), before.id, *c).await?;
            }
            for c in &added {
                store::cycles::add_city(&txn, staff.actor_id(), before.id, *c).await?;
            }
        }
    }
    if let Some(framework) = new_edition {
        store::cycles::set_edition(&txn, staff.actor_id(), &before, framework).await?;
    }
    let after = store::cycles::update_settings(&txn, staff.actor_id(), &before, &settings).await?;
    super::notify::cycle_changed(app, &txn, &before, &after, &added).await?;
    txn.commit().await?;
    Ok(after)
}

/// A personal extension: `user_id` alone may rate in the current round until `until`.
pub async fn set_extension(
    app: &App,
    staff: &Staff,
    cycle_id: i32,
    user_id: i32,
    until: time::OffsetDateTime,
) -> AppResult<()> {
    let txn = store::begin_write(&app.db).await?;
    let cycle = store::cycles::get_core(&txn, cycle_id)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    let cycle = store::lock_cycle(&txn, &cycle, true).await?;
    let user = store::users::get(&txn, user_id)
        .await?
        .filter(|u| u.role == crate::domain::user::Role::Expert)
        .ok_or(AppError::NotFound("expert"))?;
    let kind =
        crate::domain::cycle::check_extension(cycle.state, &cycle.deadlines, until, store::now()).map_err(refused)?;
    store::extensions::set(&txn, staff.actor_id(), cycle.id, user.id, kind, until).await?;
    super::notify::extension(app, &txn, &cycle, &user, Some(until)).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a personal extension of the current round (404 when there is none).
pub async fn remove_extension(app: &App, staff: &Staff, cycle_id: i32, user_id: i32) -> AppResult<()> {
    let txn = store::begin_write(&app.db).await?;
    let cycle = store::cycles::get_core(&txn, cycle_id)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    let kind = DeadlineKind::of_round(cycle.state).ok_or(AppError::NotFound("extension"))?;
    if !store::extensions::delete(&txn, staff.actor_id(), cycle.id, user_id, kind).await? {
        return Err(AppError::NotFound("extension"));
    }
    if let Some(user) = store::users::get(&txn, user_id).await? {
        super::notify::extension(app, &txn, &cycle, &user, None).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// (expert's name, until) of the current round's extensions, for the cycle page.
pub async fn extensions(
    app: &App,
    _staff: &Staff,
    cycle: &Cycle,
) -> AppResult<Vec<(i32, String, time::OffsetDateTime)>> {
    let Some(kind) = DeadlineKind::of_round(cycle.state) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (user, until) in store::extensions::of_round(&app.db, cycle.id, kind).await? {
        let name = store::users::get(&app.db, user)
            .await?
            .map(|u| u.name)
            .unwrap_or_default();
        out.push((user, name, until));
    }
    Ok(out)
}

/// Each city's users hear that the cycle's results are on their profile: the users and the cities
/// read once, the messages queued in batches.
async fn notify_publication<C: sea_orm::ConnectionTrait>(app: &App, txn: &C, cycle: &Cycle) -> AppResult<()> {
    let users = store::users::list(txn).await?;
    let cities: std::collections::HashMap<i32, City> = store::cities::list(txn, None)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let taking_part: std::collections::HashSet<i32> = cycle.city_ids.iter().copied().collect();
    let mut messages = Vec::new();
    for u in users.iter().filter(|u| !u.disabled) {
        let Some(city) = u
            .city_id
            .filter(|c| taking_part.contains(c))
            .and_then(|c| cities.get(&c))
        else {
            continue;
        };
        let mail = crate::mail::templates::Mail::Published {
            city: city.name.clone(),
            cycle: cycle.name.clone(),
            url: format!("{}/cities/{}/profile", app.public_url(), city.id),
        };
        messages.push((u, mail));
    }
    super::notify::tell_many(txn, &messages).await
}

/// A participating city and where its report stands.
pub struct CityReport {
    pub city: City,
    pub state: ReportState,
    pub submitted_at: Option<time::OffsetDateTime>,
    /// Where the report's figures stand with the secretariat.
    pub figures: FigureCounts,
}

/// A report's figures by where they stand: to look at (unchecked, answered, changed), queried and
/// waiting for the city, verified.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FigureCounts {
    pub to_check: usize,
    pub queried: usize,
    pub verified: usize,
}

impl FigureCounts {
    pub fn of(figures: &[crate::read::CheckedFigure]) -> FigureCounts {
        use crate::domain::figures::CheckStatus;
        let mut c = FigureCounts::default();
        for f in figures {
            match f.status {
                CheckStatus::Verified => c.verified += 1,
                CheckStatus::Queried => c.queried += 1,
                _ => c.to_check += 1,
            }
        }
        c
    }
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
    /// The panel size and the rules may still change (no assignment confirmed yet).
    pub settings_editable: bool,
    /// Bundles of submitted reports short of k experts.
    pub unfilled_bundles: usize,
    /// The experts with bundles in force: (id, name).
    pub assigned: Vec<(i32, String)>,
}

pub async fn page(app: &App, staff: &Staff, cycle_id: i32) -> AppResult<CyclePage> {
    let cycle = open(app, staff, cycle_id).await?;
    let reports: BTreeMap<i32, Submission> = store::submissions::list(&app.db, cycle.id)
        .await?
        .into_iter()
        .map(|s| (s.city_id, s))
        .collect();
    // Every check of the cycle in one statement, counted per report.
    let checks = store::checks::of_cycle(&app.db, cycle.id).await?;
    let mut rows = Vec::new();
    for city in store::cities::list(&app.db, None).await? {
        if let Some(r) = reports.get(&city.id) {
            let figures = super::reports::checked_figures(r, checks.get(&city.id).unwrap_or(&BTreeMap::new()));
            rows.push(CityReport {
                state: r.state,
                submitted_at: r.submitted_at,
                figures: FigureCounts::of(&figures),
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
    let (confirmed, _, unfilled_bundles) = super::assignment::coverage(&app.db, &cycle).await?;
    let names = super::assignment::names(app, staff).await?;
    let mut assigned: Vec<(i32, String)> =
        store::assignment::get(&app.db, cycle.id, store::assignment::Stage::Confirmed)
            .await?
            .iter()
            .flat_map(|a| a.bundles.iter().flat_map(|b| b.experts.iter().copied()))
            .collect::<std::collections::BTreeSet<i32>>()
            .into_iter()
            .map(|id| (id, names.get(&id).cloned().unwrap_or_default()))
            .collect();
    assigned.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(CyclePage {
        settings_editable: !confirmed && cycle.state <= CycleState::Collecting,
        unfilled_bundles,
        assigned,
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
    if !matches!(cycle.state, CycleState::Reviewing | CycleState::Reconciling) {
        return Err(AppError::conflict(
            "cycle_state",
            tr!("error-cycles-remind-closed", state = cycle.state.in_message()),
        ));
    }
    let queued = super::reviews::queue_reminders(app, &cycle, expert, None).await?;
    tracing::info!(cycle_id = cycle.id, queued, "reminders queued");
    Ok(queued)
}
