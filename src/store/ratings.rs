//! Review items and ratings. A rating is saved as a draft or submitted, and may be changed until the
//! deadline; every save is kept as a version. Who sees what is decided in `domain::visibility`.
use std::collections::HashMap;

use entity::{bundle_expert, rating, rating_version, review_item};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use time::OffsetDateTime;

use super::audit::{self, Entry};
use super::{StoreError, on_unique};
use crate::domain::item::{Item, Stage};
use crate::domain::rating::{Confidence, Rating, RatingInput};
use crate::domain::score::Score;
use crate::read::RatingProgress;

pub mod one_trip;

/// A stored value the domain cannot read: corrupt data, never a user error.
fn corrupt(what: String) -> StoreError {
    StoreError::Db(DbErr::Custom(what))
}

pub(crate) fn item_of(m: review_item::Model) -> Result<Item, StoreError> {
    let stage = Stage::parse(&m.stage).ok_or_else(|| corrupt(format!("review item {}: stage {}", m.id, m.stage)))?;
    Ok(Item {
        id: m.id,
        cycle_id: m.cycle_id,
        city_id: m.city_id,
        panel_id: m.panel_id,
        measurement: m.measurement_code,
        stage,
        round: m.round,
    })
}

pub(crate) fn rating_of(m: rating::Model) -> Result<Rating, StoreError> {
    let score =
        Score::try_from(i64::from(m.score)).map_err(|_| corrupt(format!("rating {}: score {}", m.id, m.score)))?;
    let confidence = match m.confidence.as_deref() {
        None => None,
        Some(c) => Some(Confidence::parse(c).ok_or_else(|| corrupt(format!("rating {}: confidence {c}", m.id)))?),
    };
    Ok(Rating {
        id: m.id,
        expert: m.expert_user_id,
        round: m.round,
        score,
        justification: m.justification,
        confidence,
        submitted: m.submitted,
        version: m.version,
        created_at: m.created_at,
        first_submitted_at: m.first_submitted_at,
        set_aside: m.set_aside_at.is_some(),
    })
}

pub async fn item<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<Item>, StoreError> {
    review_item::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(item_of)
        .transpose()
}

/// The items of a cycle.
pub async fn items_of_cycle<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<Vec<Item>, StoreError> {
    review_item::Entity::find()
        .filter(review_item::Column::CycleId.eq(cycle_id))
        .order_by_asc(review_item::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(item_of)
        .collect()
}

/// The items of a cycle whose city's report is submitted: once review starts, a report that is not
/// (never submitted, or returned and not submitted again) has no part in the cycle's review, so its
/// items count nowhere (progress, the reconciling precondition, settlement, publication).
pub async fn items_in_review<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<Vec<Item>, StoreError> {
    use sea_orm::sea_query::Query;
    let submitted = Query::select()
        .column(entity::submission::Column::CityId)
        .from(entity::submission::Entity)
        .and_where(entity::submission::Column::CycleId.eq(cycle_id))
        .and_where(entity::submission::Column::State.eq(crate::domain::report::ReportState::Submitted.as_str()))
        .to_owned();
    review_item::Entity::find()
        .filter(review_item::Column::CycleId.eq(cycle_id))
        .filter(review_item::Column::CityId.in_subquery(submitted))
        .order_by_asc(review_item::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(item_of)
        .collect()
}

/// The experts who rate an item: its bundle's experts in the assignment in force.
pub async fn reviewers<C: ConnectionTrait>(conn: &C, item: &Item) -> Result<Vec<i32>, StoreError> {
    Ok(bundle_expert::Entity::find()
        .filter(bundle_expert::Column::CycleId.eq(item.cycle_id))
        .filter(bundle_expert::Column::Stage.eq("confirmed"))
        .filter(bundle_expert::Column::CityId.eq(item.city_id))
        .filter(bundle_expert::Column::PanelId.eq(item.panel_id))
        .order_by_asc(bundle_expert::Column::ExpertUserId)
        .all(conn)
        .await?
        .into_iter()
        .map(|b| b.expert_user_id)
        .collect())
}

/// Items with their reviewers and ratings, read in a fixed number of statements however many items
/// there are: what every cycle-wide step (the queue, progress, settlement, the statistics) works on.
#[derive(Default)]
pub struct ItemData {
    pub items: Vec<Item>,
    /// (city, panel) → the bundle's experts in force, in id order.
    reviewers: HashMap<(i32, i32), Vec<i32>>,
    /// item → its ratings, every round, in the order they were first saved.
    ratings: HashMap<i32, Vec<Rating>>,
}

impl ItemData {
    pub fn reviewers(&self, item: &Item) -> &[i32] {
        self.reviewers
            .get(&(item.city_id, item.panel_id))
            .map_or(&[], Vec::as_slice)
    }

    pub fn ratings(&self, item: i32) -> &[Rating] {
        self.ratings.get(&item).map_or(&[], Vec::as_slice)
    }
}

/// The ids of a cycle's items, as a subquery.
fn item_ids_of_cycle(cycle_id: i32) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(review_item::Column::Id)
        .from(review_item::Entity)
        .and_where(review_item::Column::CycleId.eq(cycle_id))
        .to_owned()
}

/// The cycle's items in review with their data: three statements.
pub async fn cycle_items<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<ItemData, StoreError> {
    let items = items_in_review(conn, cycle_id).await?;
    let mut reviewers: HashMap<(i32, i32), Vec<i32>> = HashMap::new();
    for b in bundle_expert::Entity::find()
        .filter(bundle_expert::Column::CycleId.eq(cycle_id))
        .filter(bundle_expert::Column::Stage.eq("confirmed"))
        .order_by_asc(bundle_expert::Column::ExpertUserId)
        .all(conn)
        .await?
    {
        reviewers
            .entry((b.city_id, b.panel_id))
            .or_default()
            .push(b.expert_user_id);
    }
    let mut ratings: HashMap<i32, Vec<Rating>> = HashMap::new();
    for r in rating::Entity::find()
        .filter(rating::Column::ItemId.in_subquery(item_ids_of_cycle(cycle_id)))
        .order_by_asc(rating::Column::Id)
        .all(conn)
        .await?
    {
        ratings.entry(r.item_id).or_default().push(rating_of(r)?);
    }
    Ok(ItemData {
        items,
        reviewers,
        ratings,
    })
}

/// One item with its data: what settling a single item needs.
pub async fn one_item<C: ConnectionTrait>(conn: &C, item: &Item) -> Result<ItemData, StoreError> {
    let mut data = ItemData {
        items: vec![item.clone()],
        ..Default::default()
    };
    data.reviewers
        .insert((item.city_id, item.panel_id), reviewers(conn, item).await?);
    data.ratings.insert(item.id, ratings_of(conn, item.id).await?);
    Ok(data)
}

/// A subquery, for use on `review_items` rows: whether a confirmed bundle of the row's (cycle,
/// city, panel) names `expert`.
fn reviews_item(expert: i32) -> sea_orm::sea_query::SelectStatement {
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    Query::select()
        .expr(Expr::val(1))
        .from(bundle_expert::Entity)
        .and_where(
            Expr::col((bundle_expert::Entity, bundle_expert::Column::CycleId))
                .equals((review_item::Entity, review_item::Column::CycleId)),
        )
        .and_where(
            Expr::col((bundle_expert::Entity, bundle_expert::Column::CityId))
                .equals((review_item::Entity, review_item::Column::CityId)),
        )
        .and_where(
            Expr::col((bundle_expert::Entity, bundle_expert::Column::PanelId))
                .equals((review_item::Entity, review_item::Column::PanelId)),
        )
        .and_where(Expr::col((bundle_expert::Entity, bundle_expert::Column::Stage)).eq("confirmed"))
        .and_where(Expr::col((bundle_expert::Entity, bundle_expert::Column::ExpertUserId)).eq(expert))
        .to_owned()
}

/// Every item an expert rates (in cycles under review), with the expert's current rating, if any.
pub async fn items_of_expert<C: ConnectionTrait>(
    conn: &C,
    expert: i32,
) -> Result<Vec<(Item, Option<Rating>)>, StoreError> {
    use sea_orm::sea_query::Expr;
    // The items of the expert's bundles in force, in one statement: an item is theirs when a
    // confirmed bundle of its (cycle, city, panel) names them.
    let theirs = reviews_item(expert);
    let items = review_item::Entity::find()
        .filter(Expr::exists(theirs))
        .all(conn)
        .await?;
    // Their latest rating of each (one statement for all of them).
    let mut latest: HashMap<i32, rating::Model> = HashMap::new();
    for r in rating::Entity::find()
        .filter(rating::Column::ExpertUserId.eq(expert))
        .all(conn)
        .await?
    {
        match latest.get(&r.item_id) {
            Some(l) if l.round >= r.round => {}
            _ => {
                latest.insert(r.item_id, r);
            }
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        let mine = latest.remove(&i.id).map(rating_of).transpose()?;
        out.push((item_of(i)?, mine));
    }
    out.sort_by(|(a, _), (b, _)| {
        (a.cycle_id, a.city_id, a.panel_id, &a.measurement).cmp(&(b.cycle_id, b.city_id, b.panel_id, &b.measurement))
    });
    Ok(out)
}

/// All ratings of an item, every round, in the order they were first saved.
pub async fn ratings_of<C: ConnectionTrait>(conn: &C, item_id: i32) -> Result<Vec<Rating>, StoreError> {
    rating::Entity::find()
        .filter(rating::Column::ItemId.eq(item_id))
        .order_by_asc(rating::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(rating_of)
        .collect()
}

fn stale() -> StoreError {
    StoreError::conflict("stale_version", crate::tr!("refusals-rating-stale"))
}

/// Writes an expert's rating of `item` in `round` with `txn` (the item's row locked by the caller):
/// a new rating or a new version of theirs, checked against `expected_version` (None: no check),
/// with its version row and audit entry. One upsert does the write and its checks: the row is
/// written only if it is not submitted (a submitted rating is final) and is at the version expected;
/// only when it is refused is the row read again, to say why.
pub async fn write<C: ConnectionTrait>(
    txn: &C,
    item: &Item,
    expert: i32,
    round: i16,
    input: &RatingInput,
    expected_version: Option<i32>,
    at: OffsetDateTime,
) -> Result<Rating, StoreError> {
    use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
    let score = i16::from(input.score.value());
    let confidence = input.confidence.map(|c| c.as_str().to_owned());
    let justification = input.justification.as_str().to_owned();
    let row = rating::ActiveModel {
        item_id: Set(item.id),
        expert_user_id: Set(expert),
        round: Set(round),
        score: Set(score),
        justification: Set(justification),
        confidence: Set(confidence),
        submitted: Set(input.submit),
        version: Set(1),
        created_at: Set(at),
        updated_at: Set(at),
        submitted_at: Set(input.submit.then_some(at)),
        first_submitted_at: Set(input.submit.then_some(at)),
        set_aside_at: Set(None),
        set_aside_reason: Set(None),
        ..Default::default()
    };
    // A first save has version 0 to expect; an existing row must be unsubmitted and at the version
    // expected.
    if expected_version.is_some_and(|v| v < 0) {
        return Err(stale());
    }
    let mut allowed = Expr::col((rating::Entity, rating::Column::Submitted)).eq(false);
    if let Some(v) = expected_version {
        allowed = allowed.and(Expr::col((rating::Entity, rating::Column::Version)).eq(v));
    }
    let on_conflict = OnConflict::columns([
        rating::Column::ItemId,
        rating::Column::ExpertUserId,
        rating::Column::Round,
    ])
    .update_columns([
        rating::Column::Score,
        rating::Column::Justification,
        rating::Column::Confidence,
        rating::Column::Submitted,
        rating::Column::UpdatedAt,
    ])
    .value(
        rating::Column::Version,
        Expr::col((rating::Entity, rating::Column::Version)).add(1),
    )
    .value(
        rating::Column::SubmittedAt,
        Expr::cust("CASE WHEN excluded.submitted THEN excluded.submitted_at ELSE ratings.submitted_at END"),
    )
    .value(
        rating::Column::FirstSubmittedAt,
        Expr::cust("COALESCE(ratings.first_submitted_at, excluded.first_submitted_at)"),
    )
    .action_and_where(allowed)
    .to_owned();
    let written = rating::Entity::insert(row)
        .on_conflict(on_conflict)
        .exec_with_returning(txn)
        .await;
    let saved = match written {
        Ok(m) if expected_version.is_some_and(|v| v == 0) && m.version != 1 => {
            // Expected a first save, but there was a row: the caller's copy is stale. The write is
            // undone with the transaction.
            return Err(stale());
        }
        Ok(m) => m,
        Err(DbErr::RecordNotInserted | DbErr::RecordNotFound(_)) => {
            // Refused: say why.
            let existing = rating::Entity::find()
                .filter(rating::Column::ItemId.eq(item.id))
                .filter(rating::Column::ExpertUserId.eq(expert))
                .filter(rating::Column::Round.eq(round))
                .one(txn)
                .await?;
            return Err(match existing {
                Some(r) if r.submitted => {
                    StoreError::conflict("rating_submitted", crate::domain::rating::SUBMITTED_IS_FINAL)
                }
                _ => stale(),
            });
        }
        Err(e) => return Err(on_unique(e, stale)),
    };
    use sea_orm::QueryTrait;
    let version = rating_version::Entity::insert(rating_version::ActiveModel {
        rating_id: Set(saved.id),
        version: Set(saved.version),
        score: Set(saved.score),
        justification: Set(saved.justification.clone()),
        confidence: Set(saved.confidence.clone()),
        submitted: Set(saved.submitted),
        at: Set(at),
        ..Default::default()
    })
    .into_query();
    let entry = Entry {
        actor: Some(expert),
        action: if input.submit { "rating.submit" } else { "rating.save" },
        object_type: "rating",
        object_id: saved.id.to_string(),
        before: None,
        after: Some(serde_json::json!({
            "item_id": item.id, "round": round, "score": saved.score, "submitted": saved.submitted,
            "version": saved.version
        })),
    };
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        // The version row and the audit entry in one statement (a data-modifying WITH, which
        // PostgreSQL runs to completion whether or not the main insert reads it): one round trip
        // fewer for the busiest write. SQLite has no such WITH: two statements there.
        use sea_orm::sea_query::{Alias, CommonTableExpression, WithClause};
        let cte = CommonTableExpression::new()
            .query(version)
            .table_name(Alias::new("version_row"))
            .to_owned();
        let both = audit::insert_statement(entry).with(WithClause::new().cte(cte).to_owned());
        txn.execute(&both).await?;
    } else {
        txn.execute(&version).await?;
        audit::record(txn, entry).await?;
    }
    rating_of(saved)
}

/// What a rating request needs to decide access, read before its write, in one statement: the item
/// with its cycle's row, the report's state, and whether `user` reviews the item.
pub struct RatingContext {
    pub item: Item,
    pub cycle: entity::cycle::Model,
    pub report: Option<crate::domain::report::ReportState>,
    pub is_reviewer: bool,
}

fn item_to_cycle() -> sea_orm::RelationDef {
    review_item::Entity::belongs_to(entity::cycle::Entity)
        .from(review_item::Column::CycleId)
        .to(entity::cycle::Column::Id)
        .into()
}

pub async fn rating_context<C: ConnectionTrait>(
    conn: &C,
    item_id: i32,
    user: i32,
) -> Result<Option<RatingContext>, StoreError> {
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    use sea_orm::{FromQueryResult, JoinType, QuerySelect, QueryTrait};
    // Both extras are subqueries on the item's own columns, so the whole context is one statement.
    let state = Query::select()
        .column(entity::submission::Column::State)
        .from(entity::submission::Entity)
        .and_where(
            Expr::col((entity::submission::Entity, entity::submission::Column::CycleId))
                .equals((review_item::Entity, review_item::Column::CycleId)),
        )
        .and_where(
            Expr::col((entity::submission::Entity, entity::submission::Column::CityId))
                .equals((review_item::Entity, review_item::Column::CityId)),
        )
        .to_owned();
    let reviews = reviews_item(user);
    let statement = review_item::Entity::find_by_id(item_id)
        .select_also(entity::cycle::Entity)
        .join(JoinType::InnerJoin, item_to_cycle())
        .expr_as(Expr::SubQuery(None, Box::new(state.into())), "report_state")
        .expr_as(Expr::case(Expr::exists(reviews), 1).finally(0), "is_reviewer")
        .build(conn.get_database_backend());
    let Some(row) = conn.query_one_raw(statement).await? else {
        return Ok(None);
    };
    // The columns as `select_also` names them: the item's prefixed A_, the cycle's B_.
    let item = review_item::Model::from_query_result(&row, "A_")?;
    let cycle = entity::cycle::Model::from_query_result(&row, "B_")?;
    let report: Option<String> = row.try_get("", "report_state")?;
    let is_reviewer: i32 = row.try_get("", "is_reviewer")?;
    Ok(Some(RatingContext {
        item: item_of(item)?,
        cycle,
        report: report.as_deref().and_then(crate::domain::report::ReportState::parse),
        is_reviewer: is_reviewer == 1,
    }))
}

/// The item and its cycle's row as they are now, under the write's locks, in one statement: on
/// PostgreSQL the cycle's row shared (a transition waits for the ratings in flight) and the item's
/// exclusive (two writes of one item queue); on SQLite the write transaction is the lock.
pub async fn lock_for_rating<C: ConnectionTrait>(
    txn: &C,
    item_id: i32,
    cycle_id: i32,
) -> Result<(Item, entity::cycle::Model), StoreError> {
    use sea_orm::{FromQueryResult, JoinType, QuerySelect, QueryTrait};
    let backend = txn.get_database_backend();
    let mut statement = review_item::Entity::find_by_id(item_id)
        .filter(review_item::Column::CycleId.eq(cycle_id))
        .select_also(entity::cycle::Entity)
        .join(JoinType::InnerJoin, item_to_cycle())
        .build(backend);
    if backend == sea_orm::DbBackend::Postgres {
        // Two locking clauses (the query builder writes one): PostgreSQL takes the rows' locks in
        // the clauses' order, the cycle's first, as a transition does (its cycle, then its items),
        // so the two cannot deadlock.
        statement
            .sql
            .push_str(r#" FOR SHARE OF "cycles" FOR UPDATE OF "review_items""#);
    }
    let row = txn
        .query_one_raw(statement)
        .await?
        .ok_or(StoreError::NotFound("item"))?;
    // The columns as `select_also` names them: the item's prefixed A_, the cycle's B_.
    let item = review_item::Model::from_query_result(&row, "A_")?;
    let cycle = entity::cycle::Model::from_query_result(&row, "B_")?;
    Ok((item_of(item)?, cycle))
}

/// A reviewer's rating of an item in a round, if any.
pub async fn of_reviewer<C: ConnectionTrait>(
    conn: &C,
    item_id: i32,
    expert: i32,
    round: i16,
) -> Result<Option<Rating>, StoreError> {
    rating::Entity::find()
        .filter(rating::Column::ItemId.eq(item_id))
        .filter(rating::Column::ExpertUserId.eq(expert))
        .filter(rating::Column::Round.eq(round))
        .one(conn)
        .await?
        .map(rating_of)
        .transpose()
}

/// Makes a submitted rating a draft again (the secretariat, to correct a mistake), with its version
/// row and an audit entry carrying the reason. It keeps its first submission time.
pub async fn reopen<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    rating: &Rating,
    reason: &str,
    at: OffsetDateTime,
) -> Result<Rating, StoreError> {
    let res = rating::Entity::update_many()
        .col_expr(rating::Column::Submitted, Expr::value(false))
        .col_expr(rating::Column::Version, Expr::value(rating.version + 1))
        .col_expr(rating::Column::UpdatedAt, Expr::value(at))
        .filter(rating::Column::Id.eq(rating.id))
        .filter(rating::Column::Version.eq(rating.version))
        .exec(txn)
        .await?;
    if res.rows_affected != 1 {
        return Err(stale());
    }
    let saved = rating::Entity::find_by_id(rating.id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound("rating"))?;
    rating_version::ActiveModel {
        rating_id: Set(saved.id),
        version: Set(saved.version),
        score: Set(saved.score),
        justification: Set(saved.justification.clone()),
        confidence: Set(saved.confidence.clone()),
        submitted: Set(false),
        at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "rating.reopen",
            object_type: "rating",
            object_id: saved.id.to_string(),
            before: Some(serde_json::json!({"submitted": true, "version": rating.version})),
            after: Some(serde_json::json!({"submitted": false, "version": saved.version, "reason": reason})),
        },
    )
    .await?;
    rating_of(saved)
}

/// Sets aside every rating `expert` gave the items of `city_id` in `cycle_id` (a conflict found
/// late): they stay in the history, out of the consensus and the statistics. Returns how many.
pub async fn set_aside<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    cycle_id: i32,
    city_id: i32,
    expert: i32,
    reason: &str,
    at: OffsetDateTime,
) -> Result<u64, StoreError> {
    let items: Vec<i32> = review_item::Entity::find()
        .filter(review_item::Column::CycleId.eq(cycle_id))
        .filter(review_item::Column::CityId.eq(city_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    let res = rating::Entity::update_many()
        .col_expr(rating::Column::SetAsideAt, Expr::value(Some(at)))
        .col_expr(rating::Column::SetAsideReason, Expr::value(Some(reason.to_owned())))
        .filter(rating::Column::ItemId.is_in(items))
        .filter(rating::Column::ExpertUserId.eq(expert))
        .filter(rating::Column::SetAsideAt.is_null())
        .exec(txn)
        .await?;
    if res.rows_affected > 0 {
        audit::record(
            txn,
            Entry {
                actor,
                action: "rating.set_aside",
                object_type: "cycle",
                object_id: cycle_id.to_string(),
                before: None,
                after: Some(serde_json::json!({
                    "city_id": city_id, "expert": expert, "ratings": res.rows_affected, "reason": reason
                })),
            },
        )
        .await?;
    }
    Ok(res.rows_affected)
}

/// Every version of a rating, oldest first.
pub async fn versions<C: ConnectionTrait>(
    conn: &C,
    rating_id: i32,
) -> Result<Vec<(i32, i16, String, bool)>, StoreError> {
    Ok(rating_version::Entity::find()
        .filter(rating_version::Column::RatingId.eq(rating_id))
        .order_by_asc(rating_version::Column::Version)
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.version, v.score, v.justification, v.submitted))
        .collect())
}

/// Whether `expert` submitted a rating of `round` that counts (not set aside).
fn submitted(ratings: &[Rating], expert: i32, round: i16) -> bool {
    ratings
        .iter()
        .any(|r| r.expert == expert && r.round == round && r.submitted && !r.set_aside)
}

/// Items of a cycle where some reviewer has not submitted a rating for `round` yet.
pub async fn items_without_all_ratings<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    round: i16,
) -> Result<usize, StoreError> {
    let data = cycle_items(conn, cycle_id).await?;
    Ok(data
        .items
        .iter()
        .filter(|item| {
            let ratings = data.ratings(item.id);
            data.reviewers(item).iter().any(|r| !submitted(ratings, *r, round))
        })
        .count())
}

/// The ratings still due in the open revision rounds, per expert: for each item in a revision
/// round (of a report in review), its reviewers without a submitted rating for that round.
pub async fn revision_behind<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
) -> Result<std::collections::BTreeMap<i32, usize>, StoreError> {
    let data = cycle_items(conn, cycle_id).await?;
    let mut behind = std::collections::BTreeMap::new();
    for item in data.items.iter().filter(|i| i.stage == Stage::Revision) {
        let ratings = data.ratings(item.id);
        for r in data.reviewers(item) {
            if !submitted(ratings, *r, item.round) {
                *behind.entry(*r).or_insert(0) += 1;
            }
        }
    }
    Ok(behind)
}

pub async fn progress<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<RatingProgress, StoreError> {
    let data = cycle_items(conn, cycle_id).await?;
    let mut p = RatingProgress::default();
    for item in &data.items {
        let ratings = data.ratings(item.id);
        for r in data.reviewers(item) {
            let done = submitted(ratings, *r, 1);
            p.due += 1;
            let panel = p.per_panel.entry(item.panel_id).or_default();
            panel.1 += 1;
            let city = p.per_city.entry(item.city_id).or_default();
            city.1 += 1;
            if done {
                p.done += 1;
                p.per_panel.entry(item.panel_id).or_default().0 += 1;
                p.per_city.entry(item.city_id).or_default().0 += 1;
            } else {
                *p.behind.entry(*r).or_insert(0) += 1;
            }
        }
    }
    Ok(p)
}

/// One of an expert's items in a published (or archived) cycle: their last submitted rating and the
/// consensus reached.
pub struct PastItem {
    pub item: Item,
    pub cycle_id: i32,
    pub cycle_name: String,
    pub published_at: Option<OffsetDateTime>,
    pub score: Score,
    pub round: i16,
    pub justification: String,
    pub consensus: Option<Score>,
}

/// An expert's past work: every item of a published or archived cycle they submitted a rating for
/// (not set aside), with their last rating and the consensus, in four statements whatever the
/// number of cycles and items.
pub async fn history_of_expert<C: ConnectionTrait>(conn: &C, expert: i32) -> Result<Vec<PastItem>, StoreError> {
    use entity::{consensus, cycle};
    let ratings = rating::Entity::find()
        .filter(rating::Column::ExpertUserId.eq(expert))
        .filter(rating::Column::Submitted.eq(true))
        .filter(rating::Column::SetAsideAt.is_null())
        .all(conn)
        .await?;
    let mut last: HashMap<i32, rating::Model> = HashMap::new();
    for r in ratings {
        match last.get(&r.item_id) {
            Some(kept) if kept.round >= r.round => {}
            _ => {
                last.insert(r.item_id, r);
            }
        }
    }
    if last.is_empty() {
        return Ok(Vec::new());
    }
    let items = review_item::Entity::find()
        .filter(review_item::Column::Id.is_in(last.keys().copied().collect::<Vec<_>>()))
        .all(conn)
        .await?;
    let cycle_ids: Vec<i32> = items.iter().map(|i| i.cycle_id).collect();
    let cycles: HashMap<i32, cycle::Model> = cycle::Entity::find()
        .filter(cycle::Column::Id.is_in(cycle_ids))
        .filter(cycle::Column::State.is_in(["published", "archived"]))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let items: Vec<review_item::Model> = items.into_iter().filter(|i| cycles.contains_key(&i.cycle_id)).collect();
    let agreed: HashMap<i32, Option<i16>> = consensus::Entity::find()
        .filter(consensus::Column::ItemId.is_in(items.iter().map(|i| i.id).collect::<Vec<_>>()))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.item_id, c.score))
        .collect();
    let mut out = Vec::new();
    for m in items {
        let (Some(r), Some(c)) = (last.get(&m.id), cycles.get(&m.cycle_id)) else {
            continue;
        };
        let score = Score::try_from(i64::from(r.score)).map_err(DbErr::Custom)?;
        let consensus = agreed
            .get(&m.id)
            .copied()
            .flatten()
            .and_then(|s| Score::try_from(i64::from(s)).ok());
        out.push(PastItem {
            cycle_id: c.id,
            cycle_name: c.name.clone(),
            published_at: c.published_at,
            score,
            round: r.round,
            justification: r.justification.clone(),
            consensus,
            item: item_of(m)?,
        });
    }
    Ok(out)
}
