//! Rating: the expert's items, an item as its viewer may see it, saving and submitting a rating,
//! the bundle review page, and reminders to experts with ratings still to submit.
use std::collections::{BTreeMap, HashMap};

use time::OffsetDateTime;

use super::{App, AppError, AppResult};
use crate::domain::cycle::{CycleState, DeadlineKind};
use crate::domain::item::{Item, current_round};
use crate::domain::rating::{ItemStatus, Rating, RatingInput};
use crate::domain::report::Narrative;
use crate::domain::report::ReportState;
use crate::domain::user::Role;
use crate::domain::visibility::{Access, OtherRating, others_for};
use crate::read::{Cycle, User};
use crate::store;
use crate::tr;

/// One of the caller's own items, as their list shows it.
pub struct MyItem {
    pub item: Item,
    pub cycle_name: String,
    pub round: i16,
    pub status: ItemStatus,
    pub deadline: Option<OffsetDateTime>,
}

/// The caller's own review items, in cycles where they take a rating now (experts; others have none).
pub async fn my_items(app: &App, caller: &User) -> AppResult<Vec<MyItem>> {
    if caller.role != Role::Expert {
        return Ok(vec![]);
    }
    let mut out = Vec::new();
    let mut cycles: HashMap<i32, Option<Cycle>> = HashMap::new();
    let mut in_review: HashMap<i32, std::collections::BTreeSet<i32>> = HashMap::new();
    for (item, mine) in store::ratings::items_of_expert(&app.db, caller.id).await? {
        if let std::collections::hash_map::Entry::Vacant(slot) = in_review.entry(item.cycle_id) {
            slot.insert(store::submissions::submitted_cities(&app.db, item.cycle_id).await?);
        }
        if !in_review.get(&item.cycle_id).is_some_and(|c| c.contains(&item.city_id)) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(slot) = cycles.entry(item.cycle_id) {
            slot.insert(store::cycles::get_core(&app.db, item.cycle_id).await?);
        }
        let Some(Some(cycle)) = cycles.get(&item.cycle_id) else {
            continue;
        };
        // Items are the experts' work from review on; before that there is nothing to do.
        let Some((round, deadline)) = current_round(cycle.state, &cycle.deadlines, &item) else {
            continue;
        };
        let current = mine.filter(|r| r.round == round);
        out.push(MyItem {
            cycle_name: cycle.name.clone(),
            round,
            status: Rating::status(current.as_ref()),
            deadline,
            item,
        });
    }
    Ok(out)
}

/// A row of the expert's home page: one bundle under review.
pub struct BundleRow {
    pub cycle_id: i32,
    pub city_id: i32,
    pub panel_id: i32,
    pub cycle: String,
    pub city: String,
    pub panel: String,
    pub rated: usize,
    pub total: usize,
    /// The bundle's round: 1 for the first ratings, 2, 3 … when some of its items are in revision.
    pub round: i16,
    pub deadline: Option<OffsetDateTime>,
}

/// The expert's bundles under review, with progress, round and deadline.
pub async fn my_bundles(app: &App, caller: &User) -> AppResult<Vec<BundleRow>> {
    let mut rows: Vec<BundleRow> = Vec::new();
    let mut cycles: HashMap<i32, Option<Cycle>> = HashMap::new();
    let mut cities: HashMap<i32, String> = HashMap::new();
    let mut in_review: HashMap<i32, std::collections::BTreeSet<i32>> = HashMap::new();
    for (item, mine) in store::ratings::items_of_expert(&app.db, caller.id).await? {
        if let std::collections::hash_map::Entry::Vacant(slot) = in_review.entry(item.cycle_id) {
            slot.insert(store::submissions::submitted_cities(&app.db, item.cycle_id).await?);
        }
        if !in_review.get(&item.cycle_id).is_some_and(|c| c.contains(&item.city_id)) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(slot) = cycles.entry(item.cycle_id) {
            slot.insert(store::cycles::get_core(&app.db, item.cycle_id).await?);
        }
        let Some(Some(cycle)) = cycles.get(&item.cycle_id) else {
            continue;
        };
        let Some((round, deadline)) = current_round(cycle.state, &cycle.deadlines, &item) else {
            continue;
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = cities.entry(item.city_id) {
            let name = store::cities::get(&app.db, item.city_id)
                .await?
                .map(|c| c.name)
                .unwrap_or_default();
            slot.insert(name);
        }
        let done = mine.is_some_and(|r| r.round == round && r.submitted);
        match rows
            .iter_mut()
            .find(|r| (r.cycle_id, r.city_id, r.panel_id) == (item.cycle_id, item.city_id, item.panel_id))
        {
            Some(row) => {
                row.total += 1;
                row.rated += usize::from(done);
                row.round = row.round.max(round);
            }
            None => rows.push(BundleRow {
                cycle_id: item.cycle_id,
                city_id: item.city_id,
                panel_id: item.panel_id,
                cycle: cycle.name.clone(),
                city: cities.get(&item.city_id).cloned().unwrap_or_default(),
                panel: cycle.panel_name(item.panel_id),
                rated: usize::from(done),
                total: 1,
                round,
                deadline,
            }),
        }
    }
    Ok(rows)
}

/// An item the caller may see, with what the caller is to it. Only [`visible_item`] makes one.
#[derive(Clone)]
pub struct ItemAccess {
    pub item: Item,
    pub cycle: Cycle,
    pub is_reviewer: bool,
    pub is_chair: bool,
}

/// Whether `user` is in conflict with `city_id` by the cycle's rules (home city, country, institution,
/// declared): what keeps a reviewer off a city's bundles keeps a chair off its items.
pub(crate) async fn in_conflict<C: sea_orm::ConnectionTrait>(
    conn: &C,
    cycle: &Cycle,
    user: i32,
    city_id: i32,
) -> AppResult<bool> {
    let ties = expert_ties(conn, user).await?;
    let Some(city) = store::cities::get(conn, city_id).await? else {
        return Ok(false);
    };
    Ok(crate::domain::conflicts::conflict(&ties, &city.ties(), cycle.conflict_same_country).is_some())
}

/// What ties a user to cities (home city, country, institution, declared conflicts): two statements,
/// then any number of cities can be checked against them in memory.
pub(crate) async fn expert_ties<C: sea_orm::ConnectionTrait>(
    conn: &C,
    user: i32,
) -> AppResult<crate::domain::conflicts::ExpertTies> {
    let declared = store::experts::conflicts(conn, Some(user)).await?;
    Ok(match store::experts::get_profile(conn, user).await? {
        Some(p) => p.ties(&declared),
        None => crate::domain::conflicts::ExpertTies {
            declared: declared.iter().map(|c| c.city_id).collect(),
            ..Default::default()
        },
    })
}

/// The item, if the caller is one of its reviewers, its panel's chair (once review has started, and
/// not in conflict with the city) or the secretariat; 404 otherwise.
pub async fn visible_item(app: &App, caller: &User, id: i32) -> AppResult<ItemAccess> {
    let hidden = || AppError::NotFound("item");
    // One statement: the item with its cycle's row, the report's state and whether the caller
    // reviews it. The cycle's panels come from the cache, checked against the row's version.
    let ctx = store::ratings::rating_context(&app.db, id, caller.id)
        .await?
        .ok_or_else(hidden)?;
    let cycle = app.shapes.cycle(&app.db, ctx.cycle).await?;
    let item = ctx.item;
    let is_reviewer = ctx.is_reviewer;
    let chairs = cycle.panel(item.panel_id).is_some_and(|p| p.chair == Some(caller.id));
    // A reviewer is in no conflict with the city (a conflict takes them off its bundles at once), so
    // only a chair who does not review the item needs the check.
    let is_chair = chairs && (is_reviewer || !in_conflict(&app.db, &cycle, caller.id, item.city_id).await?);
    let review_started = cycle.state >= CycleState::Reviewing;
    let access = caller.actor().item_access(is_reviewer, is_chair, review_started);
    // A report out of review (returned and not submitted again, or never submitted) has no part in
    // the cycle's review: its items are the secretariat's alone to see.
    if access == Access::Allowed && !caller.actor().is_secretariat() && ctx.report != Some(ReportState::Submitted) {
        return Err(hidden());
    }
    match access {
        Access::Allowed => Ok(ItemAccess {
            item,
            cycle,
            is_reviewer,
            is_chair,
        }),
        _ => Err(hidden()),
    }
}

/// 403 unless the caller rates this item (one of its reviewers). Handlers ask before reading a
/// body, so the answer comes in the contract's order.
pub fn require_reviewer(access: &ItemAccess) -> AppResult<()> {
    if access.is_reviewer {
        Ok(())
    } else {
        Err(AppError::forbidden(tr!("error-reviews-reviewers-only")))
    }
}

/// An item as its viewer sees it.
pub struct ItemView {
    pub item: Item,
    pub measurement_name: String,
    pub definition: String,
    /// The round ratings go to now; None outside the rating phases.
    pub round: Option<i16>,
    pub deadline: Option<OffsetDateTime>,
    pub narrative: Option<Narrative>,
    pub my_rating: Option<Rating>,
    /// The other reviewers' ratings the viewer may see (none before their own is submitted).
    pub others: Vec<OtherRating>,
    pub median: Option<u8>,
    /// The city's last published result for the measurement, with its action plan.
    pub previous: Option<super::actions::Previous>,
}

pub async fn item_view(app: &App, caller: &User, access: &ItemAccess) -> AppResult<ItemView> {
    let (item, cycle) = (&access.item, &access.cycle);
    let framework = app.framework_of(cycle)?;
    let m = framework.measurement(&item.measurement);
    let report = store::submissions::get(&app.db, cycle.id, item.city_id).await?;
    let mut narrative = report.and_then(|r| r.content.narratives.get(&item.measurement).cloned());
    let round_now = current_round(cycle.state, &cycle.deadlines, item);
    let ratings = store::ratings::ratings_of(&app.db, item.id).await?;
    if access.is_reviewer {
        hide_self_score(&mut narrative, &ratings, caller.id);
    }
    // The round whose ratings are discussed: the current one, or the item's last.
    let round = round_now.map_or(item.round, |(r, _)| r);
    let mine = ratings
        .iter()
        .find(|r| r.expert == caller.id && r.round == round)
        .cloned();
    let (others, median) = others_for(&ratings, &caller.actor(), round, access.is_reviewer, access.is_chair);
    let last = super::actions::last_published(app, item.city_id, cycle.id).await?;
    let previous = super::actions::previous_of(last.as_ref(), &item.measurement);
    Ok(ItemView {
        item: item.clone(),
        measurement_name: m.map(|m| m.name.clone()).unwrap_or_default(),
        definition: m.map(|m| m.definition.clone()).unwrap_or_default(),
        round: round_now.map(|(r, _)| r),
        deadline: round_now.and_then(|(_, d)| d),
        narrative,
        my_rating: mine,
        others,
        median,
        previous,
    })
}

/// The city's own rating is a reviewer's to read only once their own rating is in: before, it
/// could anchor them.
fn hide_self_score(narrative: &mut Option<Narrative>, ratings: &[Rating], reviewer: i32) {
    let rated = ratings.iter().any(|r| r.expert == reviewer && r.submitted);
    if !rated && let Some(n) = narrative {
        n.self_score = None;
    }
}

/// Checks a rating's fields against the cycle's rules, naming the one at fault.
pub fn parse_rating(
    cycle: &Cycle,
    score: i64,
    justification: &str,
    confidence: Option<&str>,
    submit: bool,
) -> AppResult<RatingInput> {
    use crate::domain::rating::{Confidence, Justification};
    use crate::domain::score::Score;
    // A draft is work in progress: the minimum length applies when it is submitted.
    let min = if submit {
        usize::from(cycle.min_justification_chars)
    } else {
        0
    };
    Ok(RatingInput {
        score: Score::try_from(score).map_err(|e| AppError::invalid("score", e))?,
        justification: Justification::parse(justification, min).map_err(|e| AppError::invalid("justification", e))?,
        confidence: match confidence.filter(|c| !c.is_empty()) {
            None => None,
            Some(c) => Some(
                Confidence::parse(c)
                    .ok_or_else(|| AppError::invalid("confidence", tr!("error-reviews-confidence", value = c)))?,
            ),
        },
        submit,
    })
}

/// Saves (and maybe submits) the caller's rating of an item in its current round. The state, the
/// deadline and the version are checked under the item's lock (409); a revision that completes its
/// round settles the item in the same transaction.
pub async fn save_rating(
    app: &App,
    caller: &User,
    access: &ItemAccess,
    input: RatingInput,
    expected_version: Option<i32>,
) -> AppResult<Rating> {
    require_reviewer(access)?;
    // The busiest write of a cycle: on SQLite it runs on the writers' own thread.
    let (app, caller, access) = (app.clone(), caller.clone(), access.clone());
    app.clone()
        .on_writers_thread(async move {
            if let Some(saved) = first_round_in_one_trip(&app, &caller, &access, &input, expected_version).await? {
                return Ok(saved);
            }
            let txn = store::begin_write(&app.db).await?;
            // The cycle and the item as they are now, not as the caller read them: a transition or a
            // settled round in between must not let a rating into a closed round.
            let (item, row) = store::ratings::lock_for_rating(&txn, access.item.id, access.cycle.id).await?;
            let cycle = app.shapes.cycle(&txn, row).await?;
            let Some((round, deadline)) = current_round(cycle.state, &cycle.deadlines, &item) else {
                return Err(AppError::conflict(
                    "cycle_state",
                    tr!("error-reviews-no-round", state = cycle.state.in_message()),
                ));
            };
            let at = store::now();
            if deadline.is_some_and(|d| at > d) {
                // Past the round's deadline: only a personal extension lets this expert in.
                let extension = match crate::domain::cycle::DeadlineKind::of_round(cycle.state) {
                    Some(kind) => store::extensions::get(&txn, cycle.id, caller.id, kind).await?,
                    None => None,
                };
                if crate::domain::cycle::deadline_for(deadline, extension).is_some_and(|d| at > d) {
                    return Err(AppError::conflict(
                        "deadline_passed",
                        tr!("error-reviews-deadline-passed"),
                    ));
                }
            }
            let saved = store::ratings::write(&txn, &item, caller.id, round, &input, expected_version, at).await?;
            if round > 1 {
                // A revision may complete its item's round: apply the rule again, now (and, if another
                // revision round follows, ask its reviewers).
                super::consensus::settle_one(&app, &txn, &cycle, &item).await?;
            }
            txn.commit().await?;
            Ok(saved)
        })
        .await
}

/// A first-round rating written in one round trip (`store::ratings::one_trip`), when what the
/// request read says the locked path would write it: the cycle in review, the deadline not passed
/// (past it, only the locked path looks for a personal extension), a version that can be expected.
/// The write itself checks that the cycle is still at the version read and the caller still a
/// reviewer; `None` when it did not write, for the locked path to decide (and say why).
async fn first_round_in_one_trip(
    app: &App,
    caller: &User,
    access: &ItemAccess,
    input: &RatingInput,
    expected_version: Option<i32>,
) -> AppResult<Option<Rating>> {
    let cycle = &access.cycle;
    if cycle.state != CycleState::Reviewing || expected_version.is_some_and(|v| v < 0) {
        return Ok(None);
    }
    let at = store::now();
    if cycle.deadlines.review.is_some_and(|d| at > d) {
        return Ok(None);
    }
    let _turn = store::writers_turn(&app.db).await?;
    let write = store::ratings::one_trip::FirstRound {
        item_id: access.item.id,
        cycle_id: access.item.cycle_id,
        city_id: access.item.city_id,
        panel_id: access.item.panel_id,
        cycle_version: cycle.version,
        expert: caller.id,
        input,
        expected_version,
        at,
        token_issuer: store::audit::token_issuer(),
    };
    Ok(store::ratings::one_trip::write(&app.db, &write).await?)
}

/// The secretariat reopens a reviewer's submitted rating of the item's current round (a mistake to
/// correct): it becomes a draft again, the reason is audited, and the reviewer is told.
pub async fn reopen(
    app: &App,
    staff: &super::Staff,
    access: &ItemAccess,
    reviewer: i32,
    reason: &str,
) -> AppResult<Rating> {
    let reason = crate::domain::text::bounded(crate::domain::text::Subject::Reason, reason, 10, 2000)
        .map_err(|e| AppError::invalid("reason", e))?;
    let txn = store::begin_write(&app.db).await?;
    let cycle = store::lock_cycle(&txn, &access.cycle, false).await?;
    let item = store::lock_item(&txn, access.item.id).await?;
    if !store::ratings::reviewers(&txn, &item).await?.contains(&reviewer) {
        return Err(AppError::invalid("user_id", tr!("error-reviews-not-a-reviewer")));
    }
    let Some((round, _)) = current_round(cycle.state, &cycle.deadlines, &item) else {
        return Err(AppError::conflict("cycle_state", tr!("error-reviews-reopen-closed")));
    };
    let rating = store::ratings::of_reviewer(&txn, item.id, reviewer, round)
        .await?
        .filter(|r| r.submitted)
        .ok_or_else(|| AppError::conflict("not_submitted", tr!("error-reviews-reopen-not-submitted")))?;
    let reopened = store::ratings::reopen(&txn, staff.actor_id(), &rating, &reason, store::now()).await?;
    if let Some(user) = store::users::get(&txn, reviewer).await? {
        let city = store::cities::get(&txn, item.city_id)
            .await?
            .map(|c| c.name)
            .unwrap_or_default();
        let url = format!(
            "{}/reviews/{}/{}/{}",
            app.public_url(),
            item.cycle_id,
            item.city_id,
            item.panel_id
        );
        let mail = crate::mail::templates::Mail::RatingReopened {
            cycle: cycle.name.clone(),
            city,
            measurement: item.measurement.clone(),
            reason: reason.clone(),
            url,
        };
        super::notify::tell(&txn, &user, &mail, None).await?;
    }
    txn.commit().await?;
    Ok(reopened)
}

/// One measurement of a bundle on the review page.
pub struct BundleItem {
    pub item: Item,
    pub name: String,
    pub definition: String,
    pub narrative: Option<Narrative>,
    /// The round the item's ratings go to now, or its last.
    pub round: i16,
    pub mine: Option<Rating>,
    /// In a revision round: the caller's own rating of the round before, to revise from.
    pub previous: Option<Rating>,
    /// The caller's own label among the item's reviewers ("Reviewer B"), once they have one.
    pub my_label: Option<String>,
    /// Whether the item takes a rating now (its round is open and its deadline not passed).
    pub open: bool,
    pub others: Vec<OtherRating>,
    /// What each score means for this measurement.
    pub guidance: Vec<crate::domain::guidance::Level>,
    /// The item's discussion, when it is open or has comments.
    pub discussion: Option<super::workspace::Discussion>,
    /// The city's last published result for the measurement, with its action plan.
    pub last_cycle: Option<super::actions::Previous>,
}

/// The review page of a bundle, for one of its reviewers.
pub struct BundlePage {
    pub cycle: Cycle,
    pub city: String,
    pub panel: String,
    /// The report's language (ISO 639-1), if the city gave it.
    pub language: Option<String>,
    /// The round of the page's open items (1: first ratings; 2, 3 …: revision), if any is open.
    pub round: Option<i16>,
    pub deadline: Option<OffsetDateTime>,
    pub open: bool,
    pub items: Vec<BundleItem>,
}

pub async fn bundle_page(
    app: &App,
    caller: &User,
    cycle_id: i32,
    city_id: i32,
    panel_id: i32,
) -> AppResult<BundlePage> {
    let hidden = || AppError::NotFound("page");
    let cycle = store::cycles::get_core(&app.db, cycle_id).await?.ok_or_else(hidden)?;
    // Before review the city's report is not the reviewers' to read, even once they are assigned.
    if cycle.state < CycleState::Reviewing {
        return Err(hidden());
    }
    if !store::assignment::is_assigned(&app.db, cycle_id, city_id, caller.id).await?
        || store::submissions::state(&app.db, cycle_id, city_id).await? != Some(ReportState::Submitted)
    {
        return Err(hidden());
    }
    let panel = cycle.panel(panel_id).ok_or_else(hidden)?.name.clone();
    let city = store::cities::get(&app.db, city_id).await?.ok_or_else(hidden)?;
    let framework = app.framework_of(&cycle)?;
    let report = store::submissions::get(&app.db, cycle_id, city_id).await?;
    let custom = store::guidance::of_cycle(&app.db, cycle_id).await?;
    let last = super::actions::last_published(app, city_id, cycle_id).await?;
    let now = store::now();
    let mut items = Vec::new();
    let mut page_round: Option<(i16, Option<OffsetDateTime>)> = None;
    for item in store::ratings::items_of_cycle(&app.db, cycle_id).await? {
        if item.city_id != city_id || item.panel_id != panel_id {
            continue;
        }
        let reviewers = store::ratings::reviewers(&app.db, &item).await?;
        if !reviewers.contains(&caller.id) {
            return Err(hidden());
        }
        let round_now = current_round(cycle.state, &cycle.deadlines, &item);
        // The page's round and deadline are those of its first open item.
        if page_round.is_none() {
            page_round = round_now;
        }
        let round = round_now.map_or(item.round, |(r, _)| r);
        let ratings = store::ratings::ratings_of(&app.db, item.id).await?;
        let mine = ratings
            .iter()
            .find(|r| r.expert == caller.id && r.round == round)
            .cloned();
        let (others, _median) = others_for(&ratings, &caller.actor(), round, true, false);
        let previous = ratings
            .iter()
            .find(|r| r.expert == caller.id && r.round == round - 1 && r.submitted)
            .cloned();
        let my_label = crate::domain::visibility::letters(&ratings)
            .iter()
            .position(|e| *e == caller.id)
            .map(crate::i18n::words::reviewer);
        let own_guidance: Vec<(u8, String)> = custom
            .iter()
            .filter(|(m, _, _)| *m == item.measurement)
            .map(|(_, s, t)| (*s, t.clone()))
            .collect();
        let comments = store::comments::of_item(&app.db, item.id).await?;
        let discussion_open = crate::domain::discussion::is_open(cycle.state, item.stage);
        let discussion = if discussion_open || !comments.is_empty() {
            let access = ItemAccess {
                item: item.clone(),
                cycle: cycle.clone(),
                is_reviewer: true,
                is_chair: false,
            };
            Some(super::workspace::discussion(app, caller, &access).await?)
        } else {
            None
        };
        let m = framework.measurement(&item.measurement);
        let mut narrative = report
            .as_ref()
            .and_then(|r| r.content.narratives.get(&item.measurement))
            .cloned();
        hide_self_score(&mut narrative, &ratings, caller.id);
        items.push(BundleItem {
            name: m.map(|m| m.name.clone()).unwrap_or_default(),
            definition: m.map(|m| m.definition.clone()).unwrap_or_default(),
            narrative,
            round,
            mine,
            previous,
            my_label,
            open: round_now.is_some_and(|(_, d)| d.is_none_or(|d| now <= d)),
            others,
            guidance: crate::domain::guidance::levels(&own_guidance),
            discussion,
            last_cycle: super::actions::previous_of(last.as_ref(), &item.measurement),
            item,
        });
    }
    Ok(BundlePage {
        language: report.as_ref().and_then(|r| r.content.language.clone()),
        round: page_round.map(|(r, _)| r),
        deadline: page_round.and_then(|(_, d)| d).or(cycle.deadlines.review),
        open: page_round.is_some_and(|(_, d)| d.is_none_or(|d| now <= d)),
        cycle,
        city: city.name,
        panel,
        items,
    })
}

/// The ratings still due in the cycle's current phase, per expert, and that phase's deadline:
/// first-round ratings while reviewing, the current revision round's while reconciling.
async fn still_due(app: &App, cycle: &Cycle) -> AppResult<Option<(DeadlineKind, BTreeMap<i32, usize>)>> {
    Ok(match cycle.state {
        CycleState::Reviewing => Some((
            DeadlineKind::Review,
            store::ratings::progress(&app.db, cycle.id)
                .await?
                .behind
                .into_iter()
                .collect(),
        )),
        CycleState::Reconciling => Some((
            DeadlineKind::Reconciliation,
            store::ratings::revision_behind(&app.db, cycle.id).await?,
        )),
        _ => None,
    })
}

/// Queues a reminder to each expert of `cycle` with ratings still to submit in the current phase
/// (or only `expert`). `point` is the reminder point (days before the deadline) for scheduled
/// reminders, which go out once per expert, phase and point whatever the number of nodes; None for
/// "remind now".
pub async fn queue_reminders(app: &App, cycle: &Cycle, expert: Option<i32>, point: Option<u32>) -> AppResult<usize> {
    let Some((phase, behind)) = still_due(app, cycle).await? else {
        return Ok(0);
    };
    let deadline = cycle.deadlines.get(phase);
    let extensions: BTreeMap<i32, OffsetDateTime> = store::extensions::of_round(&app.db, cycle.id, phase)
        .await?
        .into_iter()
        .collect();
    let txn = store::begin_write(&app.db).await?;
    let mut queued = 0;
    for (expert_id, unfinished) in behind {
        if expert.is_some_and(|e| e != expert_id) {
            continue;
        }
        let Some(user) = store::users::get(&txn, expert_id).await?.filter(|u| !u.disabled) else {
            continue;
        };
        let key = point.map(|p| format!("reminder:{}:{}:{}:{}", cycle.id, phase.as_str(), expert_id, p));
        let mail = crate::mail::templates::Mail::Reminder {
            cycle: cycle.name.clone(),
            phase,
            // Their own deadline, if the secretariat extended it.
            deadline: crate::domain::cycle::deadline_for(deadline, extensions.get(&expert_id).copied()),
            unfinished,
            url: format!("{}/", app.public_url()),
        };
        if super::notify::tell(&txn, &user, &mail, key).await? {
            queued += 1;
        }
    }
    txn.commit().await?;
    Ok(queued)
}

/// Queues the reminders due at `at`: for each cycle whose ratings are due (reviewing, or
/// reconciling with revision rounds open) and whose phase has a deadline, the latest reminder point
/// (days before the deadline) that has come, to each expert with ratings still to submit. Run by
/// the background worker on every node; the outbox's dedupe key sends each once.
pub async fn due_reminders(app: &App, at: OffsetDateTime) -> AppResult<usize> {
    let mut queued = 0;
    for cycle in store::cycles::list_core(&app.db).await? {
        let Some(phase) = DeadlineKind::of_round(cycle.state) else {
            continue;
        };
        let Some(deadline) = cycle.deadlines.get(phase) else {
            continue;
        };
        if at >= deadline {
            continue;
        }
        // Only the latest point that has come: an expert is not sent the 7-day and 2-day reminders
        // together when the cycle opened late.
        let point = app
            .settings
            .mail
            .reminder_days
            .iter()
            .copied()
            .filter(|d| at >= deadline - time::Duration::days(i64::from(*d)))
            .min();
        let Some(point) = point else { continue };
        queued += queue_reminders(app, &cycle, None, Some(point)).await?;
    }
    Ok(queued)
}
