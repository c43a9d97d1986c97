//! Review items and ratings. A rating is saved as a draft or submitted, and may be changed until the
//! deadline; every save is kept as a version. Who sees what is decided in `domain::visibility`.
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

/// Every item an expert rates (in cycles under review), with the expert's current rating, if any.
pub async fn items_of_expert<C: ConnectionTrait>(
    conn: &C,
    expert: i32,
) -> Result<Vec<(Item, Option<Rating>)>, StoreError> {
    let bundles = bundle_expert::Entity::find()
        .filter(bundle_expert::Column::Stage.eq("confirmed"))
        .filter(bundle_expert::Column::ExpertUserId.eq(expert))
        .all(conn)
        .await?;
    let mut out = Vec::new();
    for b in bundles {
        let items = review_item::Entity::find()
            .filter(review_item::Column::CycleId.eq(b.cycle_id))
            .filter(review_item::Column::CityId.eq(b.city_id))
            .filter(review_item::Column::PanelId.eq(b.panel_id))
            .order_by_asc(review_item::Column::MeasurementCode)
            .all(conn)
            .await?;
        for i in items {
            let mine = rating::Entity::find()
                .filter(rating::Column::ItemId.eq(i.id))
                .filter(rating::Column::ExpertUserId.eq(expert))
                .order_by_desc(rating::Column::Round)
                .one(conn)
                .await?
                .map(rating_of)
                .transpose()?;
            out.push((item_of(i)?, mine));
        }
    }
    out.sort_by_key(|(i, _)| (i.cycle_id, i.city_id, i.panel_id, i.measurement.clone()));
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
    StoreError::conflict(
        "stale_version",
        "your rating was changed meanwhile (in another window?); reload it and try again",
    )
}

/// Writes an expert's rating of `item` in `round` with `txn` (the item's row locked by the caller):
/// a new rating or a new version of theirs, checked against `expected_version` (None: no check),
/// with its version row and audit entry. A submitted rating stays submitted.
pub async fn write<C: ConnectionTrait>(
    txn: &C,
    item: &Item,
    expert: i32,
    round: i16,
    input: &RatingInput,
    expected_version: Option<i32>,
    at: OffsetDateTime,
) -> Result<Rating, StoreError> {
    let existing = rating::Entity::find()
        .filter(rating::Column::ItemId.eq(item.id))
        .filter(rating::Column::ExpertUserId.eq(expert))
        .filter(rating::Column::Round.eq(round))
        .one(txn)
        .await?;
    let current_version = existing.as_ref().map_or(0, |r| r.version);
    if expected_version.is_some_and(|v| v != current_version) {
        return Err(stale());
    }
    if let Some(r) = &existing
        && r.submitted
    {
        return Err(StoreError::conflict(
            "rating_submitted",
            crate::domain::rating::SUBMITTED_IS_FINAL,
        ));
    }
    let score = i16::from(input.score.value());
    let confidence = input.confidence.map(|c| c.as_str().to_owned());
    let justification = input.justification.as_str().to_owned();
    let saved: rating::Model = match existing {
        None => rating::ActiveModel {
            item_id: Set(item.id),
            expert_user_id: Set(expert),
            round: Set(round),
            score: Set(score),
            justification: Set(justification.clone()),
            confidence: Set(confidence.clone()),
            submitted: Set(input.submit),
            version: Set(1),
            created_at: Set(at),
            updated_at: Set(at),
            submitted_at: Set(input.submit.then_some(at)),
            first_submitted_at: Set(input.submit.then_some(at)),
            set_aside_at: Set(None),
            set_aside_reason: Set(None),
            ..Default::default()
        }
        .insert(txn)
        .await
        // Two first saves of the same rating at once: the second is stale.
        .map_err(|e| on_unique(e, stale))?,
        Some(r) => {
            let res = rating::Entity::update_many()
                .col_expr(rating::Column::Score, Expr::value(score))
                .col_expr(rating::Column::Justification, Expr::value(justification.clone()))
                .col_expr(rating::Column::Confidence, Expr::value(confidence.clone()))
                .col_expr(rating::Column::Submitted, Expr::value(input.submit || r.submitted))
                .col_expr(rating::Column::Version, Expr::value(r.version + 1))
                .col_expr(rating::Column::UpdatedAt, Expr::value(at))
                .col_expr(
                    rating::Column::SubmittedAt,
                    Expr::value(if input.submit { Some(at) } else { r.submitted_at }),
                )
                .col_expr(
                    rating::Column::FirstSubmittedAt,
                    Expr::value(r.first_submitted_at.or(input.submit.then_some(at))),
                )
                .filter(rating::Column::Id.eq(r.id))
                .filter(rating::Column::Version.eq(r.version))
                .exec(txn)
                .await?;
            if res.rows_affected != 1 {
                return Err(stale());
            }
            rating::Entity::find_by_id(r.id)
                .one(txn)
                .await?
                .ok_or(StoreError::NotFound("rating"))?
        }
    };
    rating_version::ActiveModel {
        rating_id: Set(saved.id),
        version: Set(saved.version),
        score: Set(saved.score),
        justification: Set(saved.justification.clone()),
        confidence: Set(saved.confidence.clone()),
        submitted: Set(saved.submitted),
        at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Entry {
            actor: Some(expert),
            action: if input.submit { "rating.submit" } else { "rating.save" },
            object_type: "rating",
            object_id: saved.id.to_string(),
            before: None,
            after: Some(serde_json::json!({
                "item_id": item.id, "round": round, "score": saved.score, "submitted": saved.submitted,
                "version": saved.version
            })),
        },
    )
    .await?;
    rating_of(saved)
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

/// Items of a cycle where some reviewer has not submitted a rating for `round` yet.
pub async fn items_without_all_ratings<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    round: i16,
) -> Result<usize, StoreError> {
    let mut missing = 0;
    for item in items_in_review(conn, cycle_id).await? {
        let reviewers = reviewers(conn, &item).await?;
        let submitted: Vec<i32> = rating::Entity::find()
            .filter(rating::Column::ItemId.eq(item.id))
            .filter(rating::Column::Round.eq(round))
            .filter(rating::Column::Submitted.eq(true))
            .filter(rating::Column::SetAsideAt.is_null())
            .all(conn)
            .await?
            .into_iter()
            .map(|r| r.expert_user_id)
            .collect();
        if reviewers.iter().any(|r| !submitted.contains(r)) {
            missing += 1;
        }
    }
    Ok(missing)
}

/// The ratings still due in the open revision rounds, per expert: for each item in a revision
/// round (of a report in review), its reviewers without a submitted rating for that round.
pub async fn revision_behind<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
) -> Result<std::collections::BTreeMap<i32, usize>, StoreError> {
    let mut behind = std::collections::BTreeMap::new();
    for item in items_in_review(conn, cycle_id).await? {
        if item.stage != crate::domain::item::Stage::Revision {
            continue;
        }
        let submitted: Vec<i32> = rating::Entity::find()
            .filter(rating::Column::ItemId.eq(item.id))
            .filter(rating::Column::Round.eq(item.round))
            .filter(rating::Column::Submitted.eq(true))
            .filter(rating::Column::SetAsideAt.is_null())
            .all(conn)
            .await?
            .into_iter()
            .map(|r| r.expert_user_id)
            .collect();
        for r in reviewers(conn, &item).await? {
            if !submitted.contains(&r) {
                *behind.entry(r).or_insert(0) += 1;
            }
        }
    }
    Ok(behind)
}

pub async fn progress<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<RatingProgress, StoreError> {
    let mut p = RatingProgress::default();
    for item in items_in_review(conn, cycle_id).await? {
        let reviewers = reviewers(conn, &item).await?;
        let submitted: Vec<i32> = rating::Entity::find()
            .filter(rating::Column::ItemId.eq(item.id))
            .filter(rating::Column::Round.eq(1i16))
            .filter(rating::Column::Submitted.eq(true))
            .filter(rating::Column::SetAsideAt.is_null())
            .all(conn)
            .await?
            .into_iter()
            .map(|r| r.expert_user_id)
            .collect();
        for r in &reviewers {
            let done = submitted.contains(r);
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
