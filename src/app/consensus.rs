//! Reconciliation: applying the consensus rule (`domain::consensus`) as rounds complete, revision
//! rounds, the queue, moderation, the feedback statements, and the agreement statistics.
use std::collections::BTreeMap;

use sea_orm::ConnectionTrait;

use super::{App, AppError, AppResult};
use crate::domain::agreement::{Metric, alpha, pairwise_agreement};
use crate::domain::consensus::{Method, Outcome, complete, decide, scores_for, stats};
use crate::domain::cycle::CycleState;
use crate::domain::item::current_round;
use crate::domain::item::{Item, QueueStatus, Stage};
use crate::domain::score::Score;
use crate::domain::user::Role;
use crate::domain::visibility::{ModerationRefused, letters, queue_shows_scores, reviewer_sees_round};
use crate::read::{Agreement, Cycle, CycleAgreement, ItemSummary, User};
use crate::store::audit::{self, Entry};
use crate::store::ratings::ItemData;
use crate::store::{self, StoreError};
use crate::tr;

/// The revision requests a change causes, gathered so each reviewer gets one message per round
/// however many of their items it concerns.
#[derive(Default)]
pub(crate) struct Asked(BTreeMap<i16, Vec<Vec<i32>>>);

impl Asked {
    fn revise(&mut self, round: i16, reviewers: &[i32]) {
        self.0.entry(round).or_default().push(reviewers.to_vec());
    }

    /// Queues the requests with `conn` (the change's transaction).
    pub(crate) async fn tell<C: ConnectionTrait>(self, app: &App, conn: &C, cycle: &Cycle) -> AppResult<()> {
        for (round, items) in self.0 {
            super::notify::revision_round(app, conn, cycle, round, &items).await?;
        }
        Ok(())
    }
}

/// Applies the rule to the items picked, each with whether its round is over whatever its ratings
/// (`force`: its deadline or phase ended), from what `data` holds of them, with `conn` (the caller
/// holds the cycle's or the item's lock). The decisions are made in memory, then written in a fixed
/// number of statements (new consensus rows, stage moves and audit entries in batches), so settling
/// a cycle costs the same whatever its size. Returns how many items settled, and the revision
/// requests to send.
pub(crate) async fn settle_items<C: ConnectionTrait>(
    conn: &C,
    cycle: &Cycle,
    data: &ItemData,
    picks: &[(&Item, bool)],
) -> AppResult<(usize, Asked)> {
    let mut agreed = Vec::new();
    let mut moves = Vec::new();
    let mut entries = Vec::new();
    let mut asked = Asked::default();
    for (item, force) in picks {
        if item.stage.is_settled() {
            continue;
        }
        let reviewers = data.reviewers(item);
        let ratings = data.ratings(item.id);
        let round = item.round;
        if !force && !complete(ratings, reviewers, round) {
            continue;
        }
        let scores = scores_for(ratings, round);
        let outcome = match stats(&scores) {
            Some(s) => decide(&s, &cycle.consensus_rule(), round as u8),
            None => Outcome::Moderate,
        };
        match outcome {
            Outcome::Agreed { score, method } => {
                let score = Score::try_from(i64::from(score)).map_err(AppError::internal)?;
                agreed.push((item.id, score, method));
                moves.push((item.id, Stage::Done, round));
            }
            Outcome::Revise { round: next } => {
                moves.push((item.id, Stage::Revision, i16::from(next)));
                asked.revise(i16::from(next), reviewers);
            }
            Outcome::Moderate => moves.push((item.id, Stage::Moderation, round)),
        }
        entries.push(Entry {
            actor: None,
            action: "item.settle",
            object_type: "review_item",
            object_id: item.id.to_string(),
            before: Some(serde_json::json!({"stage": item.stage, "round": round})),
            after: Some(serde_json::json!({"scores": scores, "outcome": format!("{outcome:?}")})),
        });
    }
    let settled = moves.len();
    store::consensus::write_agreed_many(conn, cycle.id, &agreed).await?;
    store::consensus::set_stages(conn, &moves).await?;
    audit::record_many(conn, entries).await?;
    Ok((settled, asked))
}

/// Settles one item whose ratings may complete its round (a revision just saved, a reviewer taken
/// off), and asks its reviewers if another round follows.
pub(crate) async fn settle_one<C: ConnectionTrait>(app: &App, conn: &C, cycle: &Cycle, item: &Item) -> AppResult<()> {
    let data = store::ratings::one_item(conn, item).await?;
    let (_, asked) = settle_items(conn, cycle, &data, &[(item, false)]).await?;
    asked.tell(app, conn, cycle).await
}

/// Settles, after a change to who reviews (a withdrawal, a conflict), the revision rounds of the
/// items `which` picks that may now be complete without someone.
pub(crate) async fn settle_open_rounds<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    which: impl Fn(&Item) -> bool,
) -> AppResult<()> {
    let data = store::ratings::cycle_items(conn, cycle.id).await?;
    let picks: Vec<(&Item, bool)> = data
        .items
        .iter()
        .filter(|i| i.stage == Stage::Revision && which(i))
        .map(|i| (i, false))
        .collect();
    let (_, asked) = settle_items(conn, cycle, &data, &picks).await?;
    asked.tell(app, conn, cycle).await
}

/// At the reconciling transition (in its transaction): every item's first round is over. The
/// reviewers of items that go to a revision round are asked, by e-mail, to reconsider.
pub async fn start_reconciling<C: ConnectionTrait>(app: &App, conn: &C, cycle: &Cycle) -> AppResult<()> {
    let data = store::ratings::cycle_items(conn, cycle.id).await?;
    let picks: Vec<(&Item, bool)> = data.items.iter().map(|i| (i, true)).collect();
    let (_, asked) = settle_items(conn, cycle, &data, &picks).await?;
    asked.tell(app, conn, cycle).await
}

/// Settles, with `conn` (holding the cycle's lock), the revision rounds that are over at `now`:
/// complete, or past the reconciliation deadline and every reviewer's personal extension of it.
/// Returns how many items settled.
pub(crate) async fn settle_due<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    now: time::OffsetDateTime,
) -> AppResult<usize> {
    if cycle.state != CycleState::Reconciling {
        return Ok(0);
    }
    let extensions: BTreeMap<i32, time::OffsetDateTime> =
        store::extensions::of_round(conn, cycle.id, crate::domain::cycle::DeadlineKind::Reconciliation)
            .await?
            .into_iter()
            .collect();
    let data = store::ratings::cycle_items(conn, cycle.id).await?;
    let picks: Vec<(&Item, bool)> = data
        .items
        .iter()
        .filter(|i| i.stage == Stage::Revision)
        .map(|item| {
            let latest = data
                .reviewers(item)
                .iter()
                .filter_map(|r| extensions.get(r).copied())
                .max();
            let closes = crate::domain::cycle::deadline_for(cycle.deadlines.reconciliation, latest);
            (item, closes.is_some_and(|d| now > d))
        })
        .collect();
    let (settled, asked) = settle_items(conn, cycle, &data, &picks).await?;
    asked.tell(app, conn, cycle).await?;
    Ok(settled)
}

/// The background worker's step, on every node: closes the revision rounds whose deadline passed.
/// The cycle's lock makes each item settle once, whichever node gets there first.
pub async fn close_due_rounds(app: &App, now: time::OffsetDateTime) -> AppResult<usize> {
    let mut settled = 0;
    for listed in store::cycles::list_core(&app.db).await? {
        if listed.state != CycleState::Reconciling || listed.deadlines.reconciliation.is_none_or(|d| now <= d) {
            continue;
        }
        let txn = store::begin_write(&app.db).await?;
        let cycle = store::lock_cycle(&txn, &listed, true).await?;
        let n = settle_due(app, &txn, &cycle, now).await?;
        txn.commit().await?;
        if n > 0 {
            tracing::info!(
                cycle_id = cycle.id,
                items = n,
                "revision rounds closed at their deadline"
            );
        }
        settled += n;
    }
    Ok(settled)
}

/// The secretariat closes revision rounds now (all of the cycle's, or the items listed), as at the
/// deadline: those who did not resubmit keep their previous score. Nothing then waits for a silent
/// reviewer.
pub async fn close_round(app: &App, staff: &super::Staff, cycle_id: i32, items: Option<&[i32]>) -> AppResult<usize> {
    let txn = store::begin_write(&app.db).await?;
    let cycle = store::cycles::get_core(&txn, cycle_id)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    let cycle = store::lock_cycle(&txn, &cycle, true).await?;
    if cycle.state != CycleState::Reconciling {
        return Err(AppError::conflict(
            "cycle_state",
            tr!(
                "error-consensus-close-not-reconciling",
                state = cycle.state.in_message()
            ),
        ));
    }
    let data = store::ratings::cycle_items(&txn, cycle.id).await?;
    if let Some(wanted) = items
        && let Some(bad) = wanted.iter().find(|i| !data.items.iter().any(|x| x.id == **i))
    {
        return Err(AppError::invalid(
            "items",
            tr!("error-consensus-item-unknown", item = bad.to_string()),
        ));
    }
    let picks: Vec<(&Item, bool)> = data
        .items
        .iter()
        .filter(|i| i.stage == Stage::Revision && items.is_none_or(|w| w.contains(&i.id)))
        .map(|i| (i, true))
        .collect();
    let (settled, asked) = settle_items(&txn, &cycle, &data, &picks).await?;
    asked.tell(app, &txn, &cycle).await?;
    store::audit::record(
        &txn,
        store::audit::Entry {
            actor: staff.actor_id(),
            action: "cycle.close_round",
            object_type: "cycle",
            object_id: cycle.id.to_string(),
            before: None,
            after: Some(serde_json::json!({"settled": settled, "items": items})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(settled)
}

/// The panels whose items the caller reconciles: all for the secretariat (None), those they chair
/// for an expert; anyone else may not (403).
pub fn reconciled_panels(caller: &User, cycle: &Cycle) -> AppResult<Option<Vec<i32>>> {
    if caller.actor().is_secretariat() {
        return Ok(None);
    }
    let chaired = cycle.chaired_by(caller.id);
    if chaired.is_empty() {
        Err(AppError::forbidden(tr!("error-consensus-chairs-only")))
    } else {
        Ok(Some(chaired))
    }
}

/// The cycle whose queue the caller asks for: 404 for a missing cycle to those who could reconcile
/// one (the secretariat, experts), 403 to the others, whether or not it exists.
pub async fn reconciled_cycle(app: &App, caller: &User, cycle_id: i32) -> AppResult<(Cycle, Option<Vec<i32>>)> {
    let Some(cycle) = store::cycles::get(&app.db, cycle_id).await? else {
        return if caller.actor().is_secretariat() || caller.role == Role::Expert {
            Err(AppError::NotFound("cycle"))
        } else {
            Err(AppError::forbidden(tr!("error-consensus-chairs-only")))
        };
    };
    let panels = reconciled_panels(caller, &cycle)?;
    Ok((cycle, panels))
}

/// A row of the reconciliation queue.
pub struct QueueRow {
    /// As the viewer may see it: a chair who reviews the item sees no score, median or spread of its
    /// open round before their own rating for it is in.
    pub summary: ItemSummary,
    pub city: String,
    pub panel: String,
    /// The viewer reviewed this item: they do not moderate it, the secretariat does.
    pub own_item: bool,
}

/// `summary` as `viewer` may see it (see `QueueRow::summary`).
fn blinded(cycle: &Cycle, viewer: &User, mut summary: ItemSummary) -> ItemSummary {
    let is_reviewer = summary.reviewers.contains(&viewer.id);
    let round_open = current_round(cycle.state, &cycle.deadlines, &summary.item).is_some();
    let own = reviewer_sees_round(&summary.ratings, viewer.id, summary.item.round);
    if !queue_shows_scores(is_reviewer, round_open, own) {
        summary.scores.clear();
        summary.stats = None;
    }
    summary
}

/// Whether `user` reviewed the item: they rate it, or they have rated it.
fn reviewed(summary: &ItemSummary, user: i32) -> bool {
    summary.reviewers.contains(&user) || summary.ratings.iter().any(|r| r.expert == user && r.submitted)
}

/// What the queue filters on.
#[derive(Default)]
pub struct QueueFilter {
    pub status: Option<QueueStatus>,
    pub panel: Option<i32>,
    /// A measurement code or its beginning (`3.1`).
    pub measurement: Option<String>,
    pub by_spread: bool,
}

/// The reconciliation queue: the items of the cycle (of the caller's panels, for a chair), with
/// their scores, statistics, status and consensus.
pub async fn queue(app: &App, caller: &User, cycle_id: i32, filter: &QueueFilter) -> AppResult<(Cycle, Vec<QueueRow>)> {
    let (cycle, panels) = reconciled_cycle(app, caller, cycle_id).await?;
    let mut summaries: Vec<ItemSummary> = store::consensus::summaries(&app.db, &cycle)
        .await?
        .into_iter()
        .filter(|s| panels.as_ref().is_none_or(|p| p.contains(&s.item.panel_id)))
        .filter(|s| filter.status.is_none_or(|f| f == s.status))
        .filter(|s| filter.panel.is_none_or(|p| s.item.panel_id == p))
        .filter(|s| {
            filter
                .measurement
                .as_deref()
                .is_none_or(|m| s.item.measurement.starts_with(m.trim()))
        })
        .collect();
    if filter.by_spread {
        summaries.sort_by_key(|s| std::cmp::Reverse(s.stats.map_or(0, |x| x.spread)));
    }
    let cities: BTreeMap<i32, crate::read::City> = store::cities::list(&app.db, None)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    // A chair is bound by the same conflicts as the panel's reviewers: those cities' items are not
    // in their queue. Their ties are read once and every city checked in memory.
    let ties = match panels {
        Some(_) => Some(super::reviews::expert_ties(&app.db, caller.id).await?),
        None => None,
    };
    let conflicted = |city_id: i32| {
        ties.as_ref().is_some_and(|t| {
            cities.get(&city_id).is_some_and(|c| {
                crate::domain::conflicts::conflict(t, &c.ties(), cycle.conflict_same_country).is_some()
            })
        })
    };
    let rows = summaries
        .into_iter()
        .filter(|s| !conflicted(s.item.city_id))
        .map(|s| QueueRow {
            city: cities.get(&s.item.city_id).map(|c| c.name.clone()).unwrap_or_default(),
            panel: cycle.panel_name(s.item.panel_id),
            own_item: !caller.actor().is_secretariat() && reviewed(&s, caller.id),
            summary: blinded(&cycle, caller, s),
        })
        .collect();
    Ok((cycle, rows))
}

/// The item, if the caller reconciles it: its panel's chair (not in conflict with the city), or the
/// secretariat (403 for its reviewers who do not chair; 404 for everyone who may not see it).
pub async fn moderatable(app: &App, caller: &User, id: i32) -> AppResult<super::reviews::ItemAccess> {
    let access = super::reviews::visible_item(app, caller, id).await?;
    if !(access.is_chair || caller.actor().is_secretariat()) {
        return Err(AppError::forbidden(tr!("error-consensus-chair-only")));
    }
    Ok(access)
}

/// 403 `own_item` when the caller may not set this item's consensus: a chair who reviewed it (the
/// secretariat does). Handlers ask before reading a body.
pub async fn require_moderator(app: &App, caller: &User, access: &super::reviews::ItemAccess) -> AppResult<()> {
    let ratings = store::ratings::ratings_of(&app.db, access.item.id).await?;
    let reviewed_it = access.is_reviewer || ratings.iter().any(|r| r.expert == caller.id && r.submitted);
    match caller.actor().may_moderate(access.is_chair, reviewed_it) {
        Ok(()) => Ok(()),
        Err(ModerationRefused::OwnItem) => Err(AppError::Refused {
            code: "own_item",
            message: tr!("error-consensus-own-item"),
        }),
        Err(ModerationRefused::NotAModerator) => Err(AppError::forbidden(tr!("error-consensus-chair-only"))),
    }
}

/// One rating in an item's history, anonymised.
pub struct HistoryRow {
    pub reviewer: String,
    pub round: i16,
    pub score: Score,
    pub justification: String,
    /// Set aside (a conflict found late): shown to the secretariat only, out of the consensus.
    pub set_aside: bool,
}

/// What the reconciliation page of an item shows.
pub struct ItemPage {
    pub cycle: Cycle,
    pub summary: ItemSummary,
    pub city: String,
    pub measurement_name: String,
    pub history: Vec<HistoryRow>,
    /// The viewer reviewed this item: the secretariat moderates it.
    pub own_item: bool,
    /// For the secretariat: reviewers whose submitted rating of the open round may be reopened.
    pub reopenable: Vec<(i32, String)>,
    /// The city's narrative for the measurement.
    pub narrative: Option<crate::domain::report::Narrative>,
    pub access: super::reviews::ItemAccess,
}

pub async fn item_page(app: &App, caller: &User, id: i32) -> AppResult<ItemPage> {
    let access = moderatable(app, caller, id).await?;
    let item = store::ratings::item(&app.db, access.item.id)
        .await?
        .ok_or(AppError::NotFound("item"))?;
    let summary = store::consensus::summary(&app.db, &access.cycle, &item).await?;
    let ratings = summary.ratings.clone();
    let order = letters(&ratings);
    // A chair who reviews the item sees a round's ratings only once their own for it is in (while
    // a round is open); the secretariat sees every rating, those set aside included.
    let is_reviewer = summary.reviewers.contains(&caller.id);
    let round_open = current_round(access.cycle.state, &access.cycle.deadlines, &item).is_some();
    let visible_round = |round: i16| !is_reviewer || !round_open || reviewer_sees_round(&ratings, caller.id, round);
    let summary = blinded(&access.cycle, caller, summary);
    let secretariat = caller.actor().is_secretariat();
    let history = ratings
        .iter()
        .filter(|r| r.submitted && (!r.set_aside || secretariat))
        .filter(|r| r.expert == caller.id || visible_round(r.round))
        .map(|r| HistoryRow {
            reviewer: match order.iter().position(|e| *e == r.expert) {
                Some(i) => crate::i18n::words::reviewer(i),
                None => tr!("error-consensus-set-aside"),
            },
            round: r.round,
            score: r.score,
            justification: r.justification.clone(),
            set_aside: r.set_aside,
        })
        .collect();
    let own_item = !secretariat && reviewed(&summary, caller.id);
    let city = store::cities::get(&app.db, item.city_id)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let framework = app.framework_of(&access.cycle)?;
    let measurement_name = framework
        .measurement(&item.measurement)
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let mut reopenable = Vec::new();
    if secretariat && let Some((round, _)) = current_round(access.cycle.state, &access.cycle.deadlines, &item) {
        for r in ratings.iter().filter(|r| r.round == round && r.submitted) {
            if summary.reviewers.contains(&r.expert)
                && let Some(u) = store::users::get(&app.db, r.expert).await?
            {
                reopenable.push((u.id, u.name));
            }
        }
    }
    let narrative = store::submissions::get(&app.db, access.cycle.id, item.city_id)
        .await?
        .and_then(|r| r.content.narratives.get(&item.measurement).cloned());
    Ok(ItemPage {
        cycle: access.cycle.clone(),
        summary,
        city,
        measurement_name,
        history,
        own_item,
        reopenable,
        narrative,
        access,
    })
}

/// Moderation: the chair or the secretariat sets the score of an item that still disagrees after
/// its last revision round, with a written rationale.
pub async fn moderate(
    app: &App,
    caller: &User,
    access: &super::reviews::ItemAccess,
    score: Score,
    rationale: &str,
) -> AppResult<()> {
    require_moderator(app, caller, access).await?;
    let rationale = crate::domain::text::bounded(crate::domain::text::Subject::Rationale, rationale, 10, 10_000)
        .map_err(|e| AppError::invalid("rationale", e))?;
    let txn = store::begin_write(&app.db).await?;
    let cycle = store::lock_cycle(&txn, &access.cycle, false).await?;
    let fresh = store::lock_item(&txn, access.item.id).await?;
    if cycle.state != CycleState::Reconciling || fresh.stage != Stage::Moderation {
        return Err(AppError::conflict(
            "not_in_moderation",
            tr!("error-consensus-not-in-moderation"),
        ));
    }
    store::consensus::write_consensus(
        &txn,
        fresh.id,
        score,
        Method::Moderated,
        Some(rationale.clone()),
        Some(caller.id),
    )
    .await?;
    store::consensus::set_stage(&txn, fresh.id, Stage::Done, fresh.round).await?;
    audit::record(
        &txn,
        Entry {
            actor: Some(caller.id),
            action: "item.moderate",
            object_type: "review_item",
            object_id: fresh.id.to_string(),
            before: None,
            after: Some(serde_json::json!({"score": score.value(), "rationale": rationale})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The feedback statement the city will read (the chair or the secretariat; in review or
/// reconciling).
pub async fn set_feedback(
    app: &App,
    caller: &User,
    access: &super::reviews::ItemAccess,
    statement: &str,
) -> AppResult<()> {
    let statement = crate::domain::text::bounded(crate::domain::text::Subject::Statement, statement, 1, 10_000)
        .map_err(|e| AppError::invalid("statement", e))?;
    let open = |state: CycleState| matches!(state, CycleState::Reviewing | CycleState::Reconciling);
    let closed = |state: CycleState| {
        AppError::conflict(
            "cycle_state",
            tr!("error-consensus-feedback-closed", state = state.in_message()),
        )
    };
    if !open(access.cycle.state) {
        return Err(closed(access.cycle.state));
    }
    let txn = store::begin_write(&app.db).await?;
    let fresh = store::lock_cycle(&txn, &access.cycle, false).await?;
    if !open(fresh.state) {
        return Err(closed(fresh.state));
    }
    store::lock_item(&txn, access.item.id).await?;
    store::consensus::write_feedback(&txn, access.item.id, &statement, caller.id).await?;
    audit::record(
        &txn,
        Entry {
            actor: Some(caller.id),
            action: "item.feedback",
            object_type: "review_item",
            object_id: access.item.id.to_string(),
            before: None,
            after: Some(serde_json::json!({"statement": statement})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn figures(first: &[Vec<f64>], last: &[Vec<f64>]) -> Agreement {
    let pw = pairwise_agreement(first);
    Agreement {
        alpha_first_round: alpha(first, Metric::Ordinal),
        alpha_final: alpha(last, Metric::Ordinal),
        exact: pw.map(|p| p.0),
        adjacent: pw.map(|p| p.1),
        items: first.len(),
    }
}

/// Per item: its first-round ratings and its final ones.
type Rounds = (Vec<Vec<f64>>, Vec<Vec<f64>>);

/// The figures of the cycle, or of the panels listed only.
async fn cycle_agreement(app: &App, cycle: &Cycle, panels: Option<&[i32]>) -> Result<CycleAgreement, StoreError> {
    let mut rows = store::consensus::agreement_rows(&app.db, cycle).await?;
    if let Some(panels) = panels {
        rows.retain(|r| panels.contains(&r.0));
    }
    let all_first: Vec<Vec<f64>> = rows.iter().map(|r| r.2.clone()).collect();
    let all_last: Vec<Vec<f64>> = rows.iter().map(|r| r.3.clone()).collect();
    let mut per_panel: BTreeMap<i32, Rounds> = BTreeMap::new();
    let mut per_measurement: BTreeMap<String, Rounds> = BTreeMap::new();
    for (panel, m, first, last) in rows {
        let p = per_panel.entry(panel).or_default();
        p.0.push(first.clone());
        p.1.push(last.clone());
        let q = per_measurement.entry(m).or_default();
        q.0.push(first);
        q.1.push(last);
    }
    Ok((
        figures(&all_first, &all_last),
        per_panel.into_iter().map(|(k, (f, l))| (k, figures(&f, &l))).collect(),
        per_measurement
            .into_iter()
            .map(|(k, (f, l))| (k, figures(&f, &l)))
            .collect(),
    ))
}

/// Each expert's deviation from the consensus: (mean signed, mean absolute, items).
pub type Deviation = BTreeMap<i32, (f64, f64, usize)>;

async fn deviation(app: &App, cycle: &Cycle) -> Result<Deviation, StoreError> {
    Ok(store::consensus::final_scores_by_expert(&app.db, cycle)
        .await?
        .into_iter()
        .map(|(e, pairs)| {
            let n = pairs.len();
            let signed: f64 = pairs.iter().map(|(s, c)| f64::from(*s) - f64::from(*c)).sum();
            let abs: f64 = pairs.iter().map(|(s, c)| (f64::from(*s) - f64::from(*c)).abs()).sum();
            (e, (signed / n as f64, abs / n as f64, n))
        })
        .collect())
}

/// The cycle's agreement statistics, for the panel chairs and the secretariat; each expert's
/// deviation from the consensus for the secretariat only (it names experts).
pub async fn agreement(app: &App, caller: &User, cycle_id: i32) -> AppResult<(CycleAgreement, Option<Deviation>)> {
    let refused = || AppError::forbidden(tr!("error-consensus-agreement-forbidden"));
    // A role that may never see them is refused before anything is looked up, so a city learns
    // nothing, not even which cycles exist.
    if caller.role == Role::City {
        return Err(refused());
    }
    let cycle = store::cycles::get(&app.db, cycle_id)
        .await?
        .ok_or(AppError::NotFound("cycle"))?;
    let panels = if caller.actor().is_secretariat() {
        None
    } else {
        let chaired = cycle.chaired_by(caller.id);
        if chaired.is_empty() {
            return Err(refused());
        }
        // A chair reads their own panels' figures, once every first round is over: before that,
        // agreement figures would tell a chair who reviews how the others rated.
        if cycle.state < CycleState::Reconciling {
            return Err(AppError::forbidden(tr!(
                "error-consensus-agreement-too-early",
                state = cycle.state.in_message()
            )));
        }
        Some(chaired)
    };
    let figures = cycle_agreement(app, &cycle, panels.as_deref()).await?;
    let deviation = if caller.actor().is_secretariat() {
        Some(deviation(app, &cycle).await?)
    } else {
        None
    };
    Ok((figures, deviation))
}

/// What the agreement dashboard shows (secretariat).
pub struct Dashboard {
    pub cycle: Cycle,
    pub figures: CycleAgreement,
    /// First-round score counts per measurement.
    pub distribution: BTreeMap<String, [usize; 5]>,
    /// (expert's name, mean signed, mean absolute, items).
    pub deviation: Vec<(String, f64, f64, usize)>,
}

pub async fn dashboard(app: &App, staff: &super::Staff, cycle_id: i32) -> AppResult<Dashboard> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    let figures = cycle_agreement(app, &cycle, None).await?;
    let distribution = store::consensus::first_round_distribution(&app.db, cycle.id).await?;
    let names = super::assignment::names(app, staff).await?;
    let deviation = deviation(app, &cycle)
        .await?
        .into_iter()
        .map(|(e, (s, a, n))| (names.get(&e).cloned().unwrap_or_default(), s, a, n))
        .collect();
    Ok(Dashboard {
        cycle,
        figures,
        distribution,
        deviation,
    })
}

/// One rating of a cycle, as the secretariat's export lists it: with its reviewer's identity.
pub struct ExportedRating {
    pub city: String,
    pub country: String,
    pub panel: String,
    pub measurement: String,
    pub round: i16,
    pub reviewer_id: i32,
    pub reviewer_name: String,
    pub reviewer_email: String,
    pub score: Score,
    pub confidence: Option<String>,
    pub submitted: bool,
    pub set_aside: bool,
    pub justification: String,
}

/// Every rating of a cycle, drafts and set-aside ones included, with who gave it: the secretariat's
/// alone (reviewer identities reach nobody else). A fixed number of statements.
pub async fn ratings_export(app: &App, staff: &super::Staff, cycle_id: i32) -> AppResult<(Cycle, Vec<ExportedRating>)> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    let data = store::ratings::cycle_items(&app.db, cycle.id).await?;
    let cities: BTreeMap<i32, crate::read::City> = store::cities::list(&app.db, None)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let users: BTreeMap<i32, User> = store::users::list(&app.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut items: Vec<&Item> = data.items.iter().collect();
    items.sort_by(|a, b| {
        let name = |i: &Item| cities.get(&i.city_id).map(|c| c.name.clone()).unwrap_or_default();
        name(a).cmp(&name(b)).then_with(|| a.measurement.cmp(&b.measurement))
    });
    let mut rows = Vec::new();
    for item in items {
        let city = cities.get(&item.city_id);
        for r in data.ratings(item.id) {
            let who = users.get(&r.expert);
            rows.push(ExportedRating {
                city: city.map(|c| c.name.clone()).unwrap_or_default(),
                country: city.map(|c| c.country.clone()).unwrap_or_default(),
                panel: cycle.panel_name(item.panel_id),
                measurement: item.measurement.clone(),
                round: r.round,
                reviewer_id: r.expert,
                reviewer_name: who.map(|u| u.name.clone()).unwrap_or_default(),
                reviewer_email: who.map(|u| u.email.clone()).unwrap_or_default(),
                score: r.score,
                confidence: r.confidence.map(|c| c.as_str().to_owned()),
                submitted: r.submitted,
                set_aside: r.set_aside,
                justification: r.justification.clone(),
            });
        }
    }
    Ok((cycle, rows))
}
