//! Consensus records (score, method, rationale, feedback statement), items' stages, and the reads
//! reconciliation and the agreement statistics need. The rules that decide are in
//! `domain::consensus` and the use cases in `app::consensus`.
use std::collections::BTreeMap;

use entity::{consensus, review_item};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::ratings::{items_in_review, ratings_of, reviewers};
use super::{StoreError, now};
use crate::domain::consensus::{Method, decide, scores_for, stats};
use crate::domain::consensus::{Outcome, complete};
use crate::domain::item::{Item, QueueStatus, Stage};
use crate::domain::score::Score;
use crate::read::{ConsensusRecord, Cycle, ItemSummary};

fn corrupt(what: String) -> StoreError {
    StoreError::Db(DbErr::Custom(what))
}

async fn row<C: ConnectionTrait>(conn: &C, item_id: i32) -> Result<Option<consensus::Model>, StoreError> {
    Ok(consensus::Entity::find()
        .filter(consensus::Column::ItemId.eq(item_id))
        .one(conn)
        .await?)
}

fn record_of(c: &consensus::Model) -> Result<ConsensusRecord, StoreError> {
    let score = match c.score {
        None => None,
        Some(s) => Some(
            Score::try_from(i64::from(s))
                .map_err(|_| corrupt(format!("consensus of item {}: score {s}", c.item_id)))?,
        ),
    };
    let method = match c.method.as_deref() {
        None => None,
        Some(m) => {
            Some(Method::parse(m).ok_or_else(|| corrupt(format!("consensus of item {}: method {m}", c.item_id)))?)
        }
    };
    Ok(ConsensusRecord {
        score,
        method,
        rationale: c.rationale.clone(),
        feedback: c.feedback.clone(),
    })
}

/// An item's consensus record, if it has one.
pub async fn record<C: ConnectionTrait>(conn: &C, item_id: i32) -> Result<Option<ConsensusRecord>, StoreError> {
    row(conn, item_id).await?.as_ref().map(record_of).transpose()
}

/// Moves an item to `stage` and `round`.
pub async fn set_stage<C: ConnectionTrait>(conn: &C, item_id: i32, stage: Stage, round: i16) -> Result<(), StoreError> {
    review_item::Entity::update_many()
        .col_expr(review_item::Column::Stage, Expr::value(stage.as_str()))
        .col_expr(review_item::Column::Round, Expr::value(round))
        .filter(review_item::Column::Id.eq(item_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Sets an item's consensus score (agreed by the rule: `by` None; moderated: the moderator).
pub async fn write_consensus<C: ConnectionTrait>(
    conn: &C,
    item_id: i32,
    score: Score,
    method: Method,
    rationale: Option<String>,
    by: Option<i32>,
) -> Result<(), StoreError> {
    let at = now();
    let score = i16::from(score.value());
    match row(conn, item_id).await? {
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

/// Sets the feedback statement the city will read.
pub async fn write_feedback<C: ConnectionTrait>(
    conn: &C,
    item_id: i32,
    statement: &str,
    by: i32,
) -> Result<(), StoreError> {
    let at = now();
    match row(conn, item_id).await? {
        Some(existing) => {
            let mut active: consensus::ActiveModel = existing.into();
            active.feedback = Set(Some(statement.to_owned()));
            active.feedback_by = Set(Some(by));
            active.feedback_at = Set(Some(at));
            active.update(conn).await?;
        }
        None => {
            consensus::ActiveModel {
                item_id: Set(item_id),
                score: Set(None),
                method: Set(None),
                rationale: Set(None),
                decided_by: Set(None),
                decided_at: Set(None),
                feedback: Set(Some(statement.to_owned())),
                feedback_by: Set(Some(by)),
                feedback_at: Set(Some(at)),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(())
}

/// An item's place in reconciliation.
pub async fn summary<C: ConnectionTrait>(conn: &C, cycle: &Cycle, item: &Item) -> Result<ItemSummary, StoreError> {
    let reviewers = reviewers(conn, item).await?;
    let ratings = ratings_of(conn, item.id).await?;
    let mut scores = scores_for(&ratings, item.round);
    // Anonymous: in score order, never in an order tied to who gave them.
    scores.sort_unstable();
    let s = stats(&scores);
    let consensus = record(conn, item.id).await?;
    let rule_holds = matches!(
        s.map(|s| decide(&s, &cycle.consensus_rule(), 1)),
        Some(Outcome::Agreed { .. })
    );
    let status = QueueStatus::of(
        item.stage,
        consensus.as_ref().and_then(|c| c.method),
        complete(&ratings, &reviewers, 1),
        rule_holds,
    );
    Ok(ItemSummary {
        item: item.clone(),
        scores,
        stats: s,
        status,
        consensus,
        reviewers,
        ratings,
    })
}

pub async fn summaries<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<ItemSummary>, StoreError> {
    let mut out = Vec::new();
    for item in items_in_review(conn, cycle.id).await? {
        out.push(summary(conn, cycle, &item).await?);
    }
    Ok(out)
}

/// (items without a consensus score, items without a feedback statement), for publication.
pub async fn missing<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<(usize, usize), StoreError> {
    let items = items_in_review(conn, cycle_id).await?;
    let (mut no_score, mut no_feedback) = (0, 0);
    for item in &items {
        let rec = row(conn, item.id).await?;
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

/// Per item of a cycle: its panel, measurement, first-round ratings and final ones.
pub type AgreementRows = Vec<(i32, String, Vec<f64>, Vec<f64>)>;

/// What the agreement statistics are computed from.
pub async fn agreement_rows<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<AgreementRows, StoreError> {
    let mut rows = Vec::new();
    for item in items_in_review(conn, cycle.id).await? {
        let ratings = ratings_of(conn, item.id).await?;
        let first: Vec<f64> = ratings
            .iter()
            .filter(|r| r.round == 1 && r.counts())
            .map(|r| f64::from(r.score.value()))
            .collect();
        let last: Vec<f64> = scores_for(&ratings, i16::MAX).into_iter().map(f64::from).collect();
        rows.push((item.panel_id, item.measurement.clone(), first, last));
    }
    Ok(rows)
}

/// Per expert: each final score they gave an item with a consensus, with that consensus. For the
/// secretariat's deviation figures only: it names experts.
pub async fn final_scores_by_expert<C: ConnectionTrait>(
    conn: &C,
    cycle: &Cycle,
) -> Result<BTreeMap<i32, Vec<(u8, u8)>>, StoreError> {
    let mut out: BTreeMap<i32, Vec<(u8, u8)>> = BTreeMap::new();
    for item in items_in_review(conn, cycle.id).await? {
        let Some(score) = record(conn, item.id).await?.and_then(|c| c.score) else {
            continue;
        };
        let ratings = ratings_of(conn, item.id).await?;
        for r in crate::domain::consensus::standing(&ratings, i16::MAX) {
            out.entry(r.expert).or_default().push((r.score.value(), score.value()));
        }
    }
    Ok(out)
}

/// First-round score counts (1..=5) per measurement of a cycle.
pub async fn first_round_distribution<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
) -> Result<BTreeMap<String, [usize; 5]>, StoreError> {
    let mut dist: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    for item in items_in_review(conn, cycle_id).await? {
        let counts = dist.entry(item.measurement.clone()).or_insert([0; 5]);
        for r in ratings_of(conn, item.id).await? {
            if r.round == 1 && r.counts() {
                counts[usize::from(r.score.value() - 1)] += 1;
            }
        }
    }
    Ok(dist)
}
