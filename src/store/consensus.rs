//! Reconciliation: applying the consensus rule (`domain::consensus`) to items as their rounds
//! complete, revision rounds, moderation, the feedback statements, and the agreement statistics.
use std::collections::BTreeMap;

use entity::{consensus, review_item};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use serde::Serialize;

use super::audit::{self, Entry};
use super::cycles::Cycle;
use super::ratings::{Item, Rating, items_of_cycle, ratings_of, reviewers};
use super::{StoreError, now};
use crate::domain::agreement::{Metric, alpha, pairwise_agreement};
use crate::domain::consensus::{Method, Outcome, Stats, decide, stats};
use crate::domain::cycle::{ConsensusRule, CycleState};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConsensusRecord {
    pub score: Option<i16>,
    pub method: Option<String>,
    pub rationale: Option<String>,
    pub feedback: Option<String>,
}

/// An item as the reconciliation queue shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemSummary {
    pub item: Item,
    /// The scores the rule is applied to now (the latest round's), anonymous.
    pub scores: Vec<u8>,
    pub stats: Option<Stats>,
    /// open | agreed | disagreement | moderation | moderated
    pub status: &'static str,
    pub consensus: Option<ConsensusRecord>,
}

fn rule(cycle: &Cycle) -> ConsensusRule {
    ConsensusRule {
        max_spread: cycle.max_spread,
        revision_rounds: cycle.revision_rounds,
    }
}

/// For each reviewer, the score that counts in `round`: their submitted rating of that round, or,
/// when they did not resubmit in a revision round, their latest submitted one before it.
fn scores_for(ratings: &[Rating], reviewers: &[i32], round: i16) -> Vec<u8> {
    reviewers
        .iter()
        .filter_map(|r| {
            ratings
                .iter()
                .filter(|x| x.expert == *r && x.submitted && x.round <= round)
                .max_by_key(|x| x.round)
                .map(|x| x.score as u8)
        })
        .collect()
}

fn complete(ratings: &[Rating], reviewers: &[i32], round: i16) -> bool {
    reviewers.iter().all(|r| {
        ratings
            .iter()
            .any(|x| x.expert == *r && x.round == round && x.submitted)
    })
}

async fn record<C: ConnectionTrait>(conn: &C, item_id: i32) -> Result<Option<consensus::Model>, StoreError> {
    Ok(consensus::Entity::find()
        .filter(consensus::Column::ItemId.eq(item_id))
        .one(conn)
        .await?)
}

async fn set_stage<C: ConnectionTrait>(conn: &C, item_id: i32, stage: &str, round: i16) -> Result<(), StoreError> {
    review_item::Entity::update_many()
        .col_expr(review_item::Column::Stage, Expr::value(stage))
        .col_expr(review_item::Column::Round, Expr::value(round))
        .filter(review_item::Column::Id.eq(item_id))
        .exec(conn)
        .await?;
    Ok(())
}

async fn write_consensus<C: ConnectionTrait>(
    conn: &C,
    item_id: i32,
    score: i16,
    method: Method,
    rationale: Option<String>,
    by: Option<i32>,
) -> Result<(), StoreError> {
    let at = now();
    match record(conn, item_id).await? {
        Some(existing) => {
            let mut active: consensus::ActiveModel = existing.into();
            active.score = Set(Some(score));
            active.method = Set(Some(method.as_str().to_owned()));
            active.rationale = Set(rationale);
            active.decided_by = Set(by);
            active.decided_at = Set(Some(at));
            active.update(conn).await?;
        }
        None => {
            consensus::ActiveModel {
                item_id: Set(item_id),
                score: Set(Some(score)),
                method: Set(Some(method.as_str().to_owned())),
                rationale: Set(rationale),
                decided_by: Set(by),
                decided_at: Set(Some(at)),
                feedback: Set(None),
                feedback_by: Set(None),
                feedback_at: Set(None),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(())
}

/// Applies the rule to an item whose current round is over (`force`: over because its deadline or
/// phase ended, whether complete or not).
async fn settle_item<C: ConnectionTrait>(conn: &C, cycle: &Cycle, item: &Item, force: bool) -> Result<(), StoreError> {
    if item.stage == "done" || item.stage == "moderation" {
        return Ok(());
    }
    let reviewers = reviewers(conn, item).await?;
    let ratings = ratings_of(conn, item.id).await?;
    let round = item.round;
    if !force && !complete(&ratings, &reviewers, round) {
        return Ok(());
    }
    let scores = scores_for(&ratings, &reviewers, round);
    let outcome = match stats(&scores) {
        Some(s) => decide(&s, &rule(cycle), round as u8),
        None => Outcome::Moderate,
    };
    match outcome {
        Outcome::Agreed { score, method } => {
            write_consensus(conn, item.id, i16::from(score), method, None, None).await?;
            set_stage(conn, item.id, "done", round).await?;
        }
        Outcome::Revise { round: next } => set_stage(conn, item.id, "revision", i16::from(next)).await?,
        Outcome::Moderate => set_stage(conn, item.id, "moderation", round).await?,
    }
    audit::record(
        conn,
        Entry {
            actor: None,
            action: "item.settle",
            object_type: "review_item",
            object_id: item.id.to_string(),
            before: Some(serde_json::json!({"stage": item.stage, "round": round})),
            after: Some(serde_json::json!({"scores": scores, "outcome": format!("{outcome:?}")})),
        },
    )
    .await?;
    Ok(())
}

/// At the reconciling transition: every item's first round is over. The reviewers of items that go
/// to a revision round are asked, by e-mail in this same transaction, to reconsider.
pub async fn start_reconciling<C: ConnectionTrait>(
    conn: &C,
    cycle: &Cycle,
    public_url: &str,
) -> Result<(), StoreError> {
    let mut asked: BTreeMap<i32, usize> = BTreeMap::new();
    for item in items_of_cycle(conn, cycle.id).await? {
        settle_item(conn, cycle, &item, true).await?;
        let after = super::ratings::item(conn, item.id).await?;
        if after.is_some_and(|i| i.stage == "revision") {
            for r in reviewers(conn, &item).await? {
                *asked.entry(r).or_insert(0) += 1;
            }
        }
    }
    let deadline = crate::views::cycles::date(cycle.deadlines.reconciliation);
    for (expert, n) in asked {
        if let Some(user) = super::users::get(conn, expert).await? {
            let m = crate::mail::templates::revision_request(
                &user.email,
                &user.name,
                &cycle.name,
                n,
                &deadline,
                public_url,
            );
            super::outbox::enqueue(conn, m).await?;
        }
    }
    Ok(())
}

/// Settles the revision rounds that are over: complete, or past the reconciliation deadline.
pub async fn settle(db: &DatabaseConnection, cycle: &Cycle) -> Result<(), StoreError> {
    if cycle.state != CycleState::Reconciling {
        return Ok(());
    }
    let past = cycle.deadlines.reconciliation.is_some_and(|d| now() > d);
    let txn = super::begin_write(db).await?;
    // One settler at a time per cycle (every revision submission, on any node, may call this).
    let cycle = &super::lock_cycle(&txn, cycle, true).await?;
    if cycle.state != CycleState::Reconciling {
        return Ok(());
    }
    for item in items_of_cycle(&txn, cycle.id).await? {
        if item.stage == "revision" {
            settle_item(&txn, cycle, &item, past).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// An item's place in reconciliation.
pub async fn summary<C: ConnectionTrait>(conn: &C, cycle: &Cycle, item: &Item) -> Result<ItemSummary, StoreError> {
    let reviewers = reviewers(conn, item).await?;
    let ratings = ratings_of(conn, item.id).await?;
    let scores = scores_for(&ratings, &reviewers, item.round);
    let s = stats(&scores);
    let rec = record(conn, item.id).await?;
    let consensus = rec.as_ref().map(|c| ConsensusRecord {
        score: c.score,
        method: c.method.clone(),
        rationale: c.rationale.clone(),
        feedback: c.feedback.clone(),
    });
    let decided = rec.as_ref().and_then(|c| c.method.clone());
    let status = match (item.stage.as_str(), decided.as_deref()) {
        (_, Some("moderated")) => "moderated",
        (_, Some(_)) => "agreed",
        ("moderation", _) => "moderation",
        ("revision", _) => "disagreement",
        _ if !complete(&ratings, &reviewers, 1) => "open",
        _ => match s.map(|s| decide(&s, &rule(cycle), 1)) {
            Some(Outcome::Agreed { .. }) => "agreed",
            _ => "disagreement",
        },
    };
    Ok(ItemSummary {
        item: item.clone(),
        scores,
        stats: s,
        status,
        consensus,
    })
}

pub async fn summaries<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<ItemSummary>, StoreError> {
    let mut out = Vec::new();
    for item in items_of_cycle(conn, cycle.id).await? {
        out.push(summary(conn, cycle, &item).await?);
    }
    Ok(out)
}

/// Moderation: the chair or the secretariat sets the score of an item that still disagrees after
/// its last revision round, with a written rationale.
pub async fn moderate(
    db: &DatabaseConnection,
    actor: i32,
    cycle: &Cycle,
    item: &Item,
    score: i16,
    rationale: &str,
) -> Result<(), StoreError> {
    let rationale = rationale.trim();
    if !(10..=10_000).contains(&rationale.chars().count()) {
        return Err(StoreError::invalid(
            "rationale",
            "a rationale has 10 to 10,000 characters",
        ));
    }
    if crate::domain::user::has_stray_control(rationale) {
        return Err(StoreError::invalid(
            "rationale",
            "a rationale must not contain control characters",
        ));
    }
    let txn = super::begin_write(db).await?;
    let cycle = &super::lock_cycle(&txn, cycle, false).await?;
    let fresh = super::lock_item(&txn, item.id).await?;
    if cycle.state != CycleState::Reconciling || fresh.stage != "moderation" {
        return Err(StoreError::conflict(
            "not_in_moderation",
            "only an item that still disagrees after its last revision round is moderated",
        ));
    }
    write_consensus(
        &txn,
        item.id,
        score,
        Method::Moderated,
        Some(rationale.to_owned()),
        Some(actor),
    )
    .await?;
    set_stage(&txn, item.id, "done", fresh.round).await?;
    audit::record(
        &txn,
        Entry {
            actor: Some(actor),
            action: "item.moderate",
            object_type: "review_item",
            object_id: item.id.to_string(),
            before: None,
            after: Some(serde_json::json!({"score": score, "rationale": rationale})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The feedback statement the city will read (the chair or the secretariat; in review or reconciling).
pub async fn set_feedback(
    db: &DatabaseConnection,
    actor: i32,
    cycle: &Cycle,
    item: &Item,
    statement: &str,
) -> Result<(), StoreError> {
    let statement = statement.trim();
    if !(1..=10_000).contains(&statement.chars().count()) {
        return Err(StoreError::invalid(
            "statement",
            "a statement has 1 to 10,000 characters",
        ));
    }
    if !matches!(cycle.state, CycleState::Reviewing | CycleState::Reconciling) {
        return Err(StoreError::conflict(
            "cycle_state",
            format!(
                "feedback is written in review or reconciliation; the cycle is {}",
                cycle.state
            ),
        ));
    }
    if crate::domain::user::has_stray_control(statement) {
        return Err(StoreError::invalid(
            "statement",
            "a statement must not contain control characters",
        ));
    }
    let txn = super::begin_write(db).await?;
    let fresh = super::lock_cycle(&txn, cycle, false).await?;
    if !matches!(fresh.state, CycleState::Reviewing | CycleState::Reconciling) {
        return Err(StoreError::conflict(
            "cycle_state",
            format!(
                "feedback is written in review or reconciliation; the cycle is {}",
                fresh.state
            ),
        ));
    }
    super::lock_item(&txn, item.id).await?;
    let at = now();
    match record(&txn, item.id).await? {
        Some(existing) => {
            let mut active: consensus::ActiveModel = existing.into();
            active.feedback = Set(Some(statement.to_owned()));
            active.feedback_by = Set(Some(actor));
            active.feedback_at = Set(Some(at));
            active.update(&txn).await?;
        }
        None => {
            consensus::ActiveModel {
                item_id: Set(item.id),
                score: Set(None),
                method: Set(None),
                rationale: Set(None),
                decided_by: Set(None),
                decided_at: Set(None),
                feedback: Set(Some(statement.to_owned())),
                feedback_by: Set(Some(actor)),
                feedback_at: Set(Some(at)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    audit::record(
        &txn,
        Entry {
            actor: Some(actor),
            action: "item.feedback",
            object_type: "review_item",
            object_id: item.id.to_string(),
            before: None,
            after: Some(serde_json::json!({"statement": statement})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// (items without a consensus score, items without a feedback statement), for publication.
pub async fn missing<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<(usize, usize), StoreError> {
    let items = items_of_cycle(conn, cycle_id).await?;
    let (mut no_score, mut no_feedback) = (0, 0);
    for item in &items {
        let rec = record(conn, item.id).await?;
        if rec.as_ref().and_then(|c| c.score).is_none() {
            no_score += 1;
        }
        if rec
            .as_ref()
            .and_then(|c| c.feedback.as_ref())
            .is_none_or(|f| f.trim().is_empty())
        {
            no_feedback += 1;
        }
    }
    Ok((no_score, no_feedback))
}

/// Agreement figures for a set of items: alpha (ordinal) on first-round and final ratings, and
/// exact and adjacent agreement of the first round.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Agreement {
    pub alpha_first_round: Option<f64>,
    pub alpha_final: Option<f64>,
    pub exact: Option<f64>,
    pub adjacent: Option<f64>,
    pub items: usize,
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

/// Overall, per panel, per measurement.
pub type CycleAgreement = (Agreement, BTreeMap<i32, Agreement>, BTreeMap<String, Agreement>);

/// The cycle's agreement: overall, per panel and per measurement.
pub async fn agreement<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<CycleAgreement, StoreError> {
    let mut rows: Vec<(i32, String, Vec<f64>, Vec<f64>)> = Vec::new();
    for item in items_of_cycle(conn, cycle.id).await? {
        let reviewers = reviewers(conn, &item).await?;
        let ratings = ratings_of(conn, item.id).await?;
        let first: Vec<f64> = ratings
            .iter()
            .filter(|r| r.round == 1 && r.submitted)
            .map(|r| f64::from(r.score))
            .collect();
        let last: Vec<f64> = scores_for(&ratings, &reviewers, i16::MAX)
            .into_iter()
            .map(f64::from)
            .collect();
        rows.push((item.panel_id, item.measurement.clone(), first, last));
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

/// Each expert's deviation from the consensus, over the items that have one: the mean of (their
/// final score − the consensus) and of its absolute value. For the secretariat only: it names experts.
pub async fn expert_deviation<C: ConnectionTrait>(
    conn: &C,
    cycle: &Cycle,
) -> Result<BTreeMap<i32, (f64, f64, usize)>, StoreError> {
    let mut sums: BTreeMap<i32, (f64, f64, usize)> = BTreeMap::new();
    for item in items_of_cycle(conn, cycle.id).await? {
        let Some(score) = record(conn, item.id).await?.and_then(|c| c.score) else {
            continue;
        };
        let ratings = ratings_of(conn, item.id).await?;
        for expert in reviewers(conn, &item).await? {
            let last = ratings
                .iter()
                .filter(|r| r.expert == expert && r.submitted)
                .max_by_key(|r| r.round);
            if let Some(r) = last {
                let d = f64::from(r.score - score);
                let e = sums.entry(expert).or_insert((0.0, 0.0, 0));
                e.0 += d;
                e.1 += d.abs();
                e.2 += 1;
            }
        }
    }
    Ok(sums
        .into_iter()
        .map(|(e, (signed, abs, n))| (e, (signed / n as f64, abs / n as f64, n)))
        .collect())
}
