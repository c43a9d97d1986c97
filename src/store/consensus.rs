//! Consensus records (score, method, rationale, feedback statement), items' stages, and the reads
//! reconciliation and the agreement statistics need. The rules that decide are in
//! `domain::consensus` and the use cases in `app::consensus`.
use std::collections::BTreeMap;

use entity::{consensus, review_item};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use std::collections::HashMap;

use super::ratings::{ItemData, cycle_items, items_in_review};
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

/// Moves many items at once: each (stage, round) group in statements of [`super::BATCH`] ids.
pub async fn set_stages<C: ConnectionTrait>(conn: &C, moves: &[(i32, Stage, i16)]) -> Result<(), StoreError> {
    let mut groups: BTreeMap<(&'static str, i16), Vec<i32>> = BTreeMap::new();
    for (id, stage, round) in moves {
        groups.entry((stage.as_str(), *round)).or_default().push(*id);
    }
    for ((stage, round), ids) in groups {
        for chunk in ids.chunks(super::BATCH) {
            review_item::Entity::update_many()
                .col_expr(review_item::Column::Stage, Expr::value(stage))
                .col_expr(review_item::Column::Round, Expr::value(round))
                .filter(review_item::Column::Id.is_in(chunk.iter().copied()))
                .exec(conn)
                .await?;
        }
    }
    Ok(())
}

/// Records the consensus the rule reached for many items at once (`decided_by` none): new rows in
/// statements of [`super::BATCH`], an item that already has a row (a statement written early)
/// updated on its own.
pub async fn write_agreed_many<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    agreed: &[(i32, Score, Method)],
) -> Result<(), StoreError> {
    if agreed.is_empty() {
        return Ok(());
    }
    let existing = rows_of_cycle(conn, cycle_id).await?;
    let at = now();
    let mut new = Vec::new();
    for (item, score, method) in agreed {
        if existing.contains_key(item) {
            write_consensus(conn, *item, *score, *method, None, None).await?;
        } else {
            new.push(consensus::ActiveModel {
                item_id: Set(*item),
                score: Set(Some(i16::from(score.value()))),
                method: Set(Some(method.as_str().to_owned())),
                rationale: Set(None),
                decided_by: Set(None),
                decided_at: Set(Some(at)),
                feedback: Set(None),
                feedback_by: Set(None),
                feedback_at: Set(None),
                ..Default::default()
            });
        }
    }
    let mut rows = new.into_iter();
    loop {
        let chunk: Vec<consensus::ActiveModel> = rows.by_ref().take(super::BATCH).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        consensus::Entity::insert_many(chunk)
            .exec_without_returning(conn)
            .await?;
    }
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

/// The consensus rows of a cycle's items, by item: one statement.
async fn rows_of_cycle<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
) -> Result<HashMap<i32, consensus::Model>, StoreError> {
    use sea_orm::sea_query::Query;
    let ids = Query::select()
        .column(review_item::Column::Id)
        .from(review_item::Entity)
        .and_where(review_item::Column::CycleId.eq(cycle_id))
        .to_owned();
    Ok(consensus::Entity::find()
        .filter(consensus::Column::ItemId.in_subquery(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.item_id, c))
        .collect())
}

/// An item's place in reconciliation, from what is known of it.
fn summary_of(cycle: &Cycle, item: &Item, data: &ItemData, consensus: Option<ConsensusRecord>) -> ItemSummary {
    let reviewers = data.reviewers(item).to_vec();
    let ratings = data.ratings(item.id).to_vec();
    // Anonymous: in score order, never in an order tied to who gave them (`scores_for` sorts).
    let scores = scores_for(&ratings, item.round);
    let s = stats(&scores);
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
    ItemSummary {
        item: item.clone(),
        scores,
        stats: s,
        status,
        consensus,
        reviewers,
        ratings,
    }
}

/// An item's place in reconciliation.
pub async fn summary<C: ConnectionTrait>(conn: &C, cycle: &Cycle, item: &Item) -> Result<ItemSummary, StoreError> {
    let data = super::ratings::one_item(conn, item).await?;
    let consensus = record(conn, item.id).await?;
    Ok(summary_of(cycle, item, &data, consensus))
}

/// Every item in review with its place in reconciliation: four statements for the whole cycle.
pub async fn summaries<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<ItemSummary>, StoreError> {
    let data = cycle_items(conn, cycle.id).await?;
    let mut rows = rows_of_cycle(conn, cycle.id).await?;
    data.items
        .iter()
        .map(|item| {
            let consensus = rows.remove(&item.id).as_ref().map(record_of).transpose()?;
            Ok(summary_of(cycle, item, &data, consensus))
        })
        .collect()
}

/// (items without a consensus score, items without a feedback statement), for publication.
pub async fn missing<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<(usize, usize), StoreError> {
    let items = items_in_review(conn, cycle_id).await?;
    let rows = rows_of_cycle(conn, cycle_id).await?;
    let (mut no_score, mut no_feedback) = (0, 0);
    for item in &items {
        let rec = rows.get(&item.id);
        if rec.and_then(|c| c.score).is_none() {
            no_score += 1;
        }
        if rec
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
    let data = cycle_items(conn, cycle.id).await?;
    Ok(data
        .items
        .iter()
        .map(|item| {
            let ratings = data.ratings(item.id);
            let first: Vec<f64> = ratings
                .iter()
                .filter(|r| r.round == 1 && r.counts())
                .map(|r| f64::from(r.score.value()))
                .collect();
            let last: Vec<f64> = scores_for(ratings, i16::MAX).into_iter().map(f64::from).collect();
            (item.panel_id, item.measurement.clone(), first, last)
        })
        .collect())
}

/// Per expert: each final score they gave an item with a consensus, with that consensus. For the
/// secretariat's deviation figures only: it names experts.
pub async fn final_scores_by_expert<C: ConnectionTrait>(
    conn: &C,
    cycle: &Cycle,
) -> Result<BTreeMap<i32, Vec<(u8, u8)>>, StoreError> {
    let data = cycle_items(conn, cycle.id).await?;
    let rows = rows_of_cycle(conn, cycle.id).await?;
    let mut out: BTreeMap<i32, Vec<(u8, u8)>> = BTreeMap::new();
    for item in &data.items {
        let Some(score) = rows.get(&item.id).map(record_of).transpose()?.and_then(|c| c.score) else {
            continue;
        };
        for r in crate::domain::consensus::standing(data.ratings(item.id), i16::MAX) {
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
    let data = cycle_items(conn, cycle_id).await?;
    let mut dist: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    for item in &data.items {
        let counts = dist.entry(item.measurement.clone()).or_insert([0; 5]);
        for r in data.ratings(item.id) {
            if r.round == 1 && r.counts() {
                counts[usize::from(r.score.value() - 1)] += 1;
            }
        }
    }
    Ok(dist)
}
