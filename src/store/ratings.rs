//! Review items and ratings. A rating is saved as a draft or submitted, and may be changed until the
//! deadline; every save is kept as a version. Who sees what is decided in `domain::visibility`.
use entity::{bundle_expert, rating, rating_version, review_item};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::Serialize;
use time::OffsetDateTime;

use super::audit::{self, Entry};
use super::cycles::Cycle;
use super::{StoreError, now, on_unique};
use crate::domain::cycle::CycleState;
use crate::domain::rating::{Confidence, ItemStatus, RatingInput};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: i32,
    pub cycle_id: i32,
    pub city_id: i32,
    pub panel_id: i32,
    pub measurement: String,
    /// rating (first round) | revision | moderation | done
    pub stage: String,
    /// The item's current round: 1, then 2, 3 … in revision.
    pub round: i16,
}

impl From<review_item::Model> for Item {
    fn from(m: review_item::Model) -> Self {
        Item {
            id: m.id,
            cycle_id: m.cycle_id,
            city_id: m.city_id,
            panel_id: m.panel_id,
            measurement: m.measurement_code,
            stage: m.stage,
            round: m.round,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rating {
    pub id: i32,
    pub expert: i32,
    pub round: i16,
    pub score: i16,
    pub justification: String,
    pub confidence: Option<String>,
    pub submitted: bool,
    pub version: i32,
    #[serde(skip)]
    pub created_at: OffsetDateTime,
}

impl From<rating::Model> for Rating {
    fn from(m: rating::Model) -> Self {
        Rating {
            id: m.id,
            expert: m.expert_user_id,
            round: m.round,
            score: m.score,
            justification: m.justification,
            confidence: m.confidence,
            submitted: m.submitted,
            version: m.version,
            created_at: m.created_at,
        }
    }
}

pub async fn item<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<Item>, StoreError> {
    Ok(review_item::Entity::find_by_id(id).one(conn).await?.map(Item::from))
}

/// The items of a cycle.
pub async fn items_of_cycle<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<Vec<Item>, StoreError> {
    Ok(review_item::Entity::find()
        .filter(review_item::Column::CycleId.eq(cycle_id))
        .order_by_asc(review_item::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(Item::from)
        .collect())
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
                .map(Rating::from);
            out.push((Item::from(i), mine));
        }
    }
    out.sort_by_key(|(i, _)| (i.cycle_id, i.city_id, i.panel_id, i.measurement.clone()));
    Ok(out)
}

/// All ratings of an item, every round, in the order they were first saved.
pub async fn ratings_of<C: ConnectionTrait>(conn: &C, item_id: i32) -> Result<Vec<Rating>, StoreError> {
    Ok(rating::Entity::find()
        .filter(rating::Column::ItemId.eq(item_id))
        .order_by_asc(rating::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(Rating::from)
        .collect())
}

pub fn status(r: Option<&Rating>) -> ItemStatus {
    match r {
        None => ItemStatus::Open,
        Some(r) if r.submitted => ItemStatus::Submitted,
        Some(_) => ItemStatus::Draft,
    }
}

/// The round an item's ratings go to now, and until when: the first round while reviewing; the
/// item's revision round while reconciling, if it is in one. None: no rating now.
pub fn current_round(cycle: &Cycle, item: &Item) -> Option<(i16, Option<OffsetDateTime>)> {
    match cycle.state {
        CycleState::Reviewing => Some((1, cycle.deadlines.review)),
        CycleState::Reconciling if item.stage == "revision" => Some((item.round, cycle.deadlines.reconciliation)),
        _ => None,
    }
}

fn stale() -> StoreError {
    StoreError::conflict(
        "stale_version",
        "your rating was changed meanwhile (in another window?); reload it and try again",
    )
}

/// Saves (and maybe submits) an expert's rating of an item in the current round. The state, the
/// deadline and the version are checked here (409); the input was checked by the caller (422).
pub async fn save(
    db: &DatabaseConnection,
    cycle: &Cycle,
    item: &Item,
    expert: i32,
    input: RatingInput,
    expected_version: Option<i32>,
) -> Result<Rating, StoreError> {
    let txn = crate::store::begin_write(db).await?;
    // The cycle and the item as they are now, not as the handler read them: a transition or a
    // settled round in between must not let a rating into a closed round.
    let cycle = &crate::store::lock_cycle(&txn, cycle, false).await?;
    let item = &crate::store::lock_item(&txn, item.id).await?;
    let Some((round, deadline)) = current_round(cycle, item) else {
        return Err(StoreError::conflict(
            "cycle_state",
            format!(
                "this item takes no rating now: ratings are given in review, and revisions only for items in a \
                 revision round (the cycle is {})",
                cycle.state
            ),
        ));
    };
    let at = now();
    if deadline.is_some_and(|d| at > d) {
        return Err(StoreError::conflict(
            "deadline_passed",
            "the deadline for this round has passed",
        ));
    }
    let existing = rating::Entity::find()
        .filter(rating::Column::ItemId.eq(item.id))
        .filter(rating::Column::ExpertUserId.eq(expert))
        .filter(rating::Column::Round.eq(round))
        .one(&txn)
        .await?;
    let current_version = existing.as_ref().map_or(0, |r| r.version);
    if expected_version.is_some_and(|v| v != current_version) {
        return Err(stale());
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
            ..Default::default()
        }
        .insert(&txn)
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
                .filter(rating::Column::Id.eq(r.id))
                .filter(rating::Column::Version.eq(r.version))
                .exec(&txn)
                .await?;
            if res.rows_affected != 1 {
                return Err(stale());
            }
            rating::Entity::find_by_id(r.id)
                .one(&txn)
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
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
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
    txn.commit().await?;
    if round > 1 {
        // A revision may complete its item's round: apply the rule again.
        super::consensus::settle(db, cycle).await?;
    }
    Ok(Rating::from(saved))
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

/// Parses a stored confidence.
pub fn confidence_of(r: &Rating) -> Option<Confidence> {
    r.confidence.as_deref().and_then(Confidence::parse)
}

/// Items of a cycle where some reviewer has not submitted a rating for `round` yet.
pub async fn items_without_all_ratings<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    round: i16,
) -> Result<usize, StoreError> {
    let mut missing = 0;
    for item in items_of_cycle(conn, cycle_id).await? {
        let reviewers = reviewers(conn, &item).await?;
        let submitted: Vec<i32> = rating::Entity::find()
            .filter(rating::Column::ItemId.eq(item.id))
            .filter(rating::Column::Round.eq(round))
            .filter(rating::Column::Submitted.eq(true))
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

/// How far the first round of a cycle has come: submitted ratings against those due, per panel and
/// per city, and the experts with ratings still to submit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RatingProgress {
    pub done: usize,
    pub due: usize,
    pub per_panel: std::collections::BTreeMap<i32, (usize, usize)>,
    pub per_city: std::collections::BTreeMap<i32, (usize, usize)>,
    /// Expert id → ratings still to submit.
    pub behind: std::collections::BTreeMap<i32, usize>,
}

pub async fn progress<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<RatingProgress, StoreError> {
    let mut p = RatingProgress::default();
    for item in items_of_cycle(conn, cycle_id).await? {
        let reviewers = reviewers(conn, &item).await?;
        let submitted: Vec<i32> = rating::Entity::find()
            .filter(rating::Column::ItemId.eq(item.id))
            .filter(rating::Column::Round.eq(1i16))
            .filter(rating::Column::Submitted.eq(true))
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

/// Another reviewer's rating as a viewer may see it: a label, never an identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherRating {
    pub reviewer: String,
    pub score: i16,
    pub justification: String,
    pub round: i16,
}

/// What `viewer` sees of the other reviewers' ratings of an item in `round`, and the median of the
/// ratings shown. A reviewer sees this round's once their own is in (in a revision round, with the
/// previous rating of those who have not revised yet); in a revision round, before that, the
/// previous round's (which they revise against); the chair and the secretariat see the round's. Rules of who may see at all: `domain::visibility`.
pub fn others_for(
    ratings: &[Rating],
    viewer: &crate::domain::visibility::Actor,
    round: i16,
    is_reviewer: bool,
    is_chair: bool,
) -> (Vec<OtherRating>, Option<u8>) {
    let own_submitted = ratings
        .iter()
        .any(|r| r.expert == viewer.user_id && r.round == round && r.submitted);
    if !viewer.sees_other_ratings(is_reviewer, own_submitted || round > 1, is_chair) {
        return (vec![], None);
    }
    let shown = if !is_reviewer || own_submitted {
        round
    } else {
        round - 1
    };
    // Letters follow the order in which reviewers first rated this item.
    let mut order: Vec<i32> = Vec::new();
    for r in ratings {
        if !order.contains(&r.expert) {
            order.push(r.expert);
        }
    }
    let in_round: Vec<&Rating> = if is_reviewer && own_submitted && round > 1 {
        // A reviewer who has revised sees each other reviewer's latest rating: this round's if
        // they have revised too, otherwise the previous one, which stands if they do not (the
        // settling rule). The round of each is shown with it.
        let mut latest: Vec<&Rating> = Vec::new();
        for r in ratings.iter().filter(|r| r.submitted && r.round <= round) {
            match latest.iter_mut().find(|l| l.expert == r.expert) {
                Some(l) if l.round < r.round => *l = r,
                Some(_) => {}
                None => latest.push(r),
            }
        }
        latest
    } else {
        ratings.iter().filter(|r| r.round == shown && r.submitted).collect()
    };
    let median =
        crate::domain::consensus::stats(&in_round.iter().map(|r| r.score as u8).collect::<Vec<_>>()).map(|s| s.median);
    let others = in_round
        .iter()
        .filter(|r| r.expert != viewer.user_id)
        .map(|r| OtherRating {
            reviewer: crate::domain::rating::reviewer_label(order.iter().position(|e| *e == r.expert).unwrap_or(0)),
            score: r.score,
            justification: r.justification.clone(),
            round: r.round,
        })
        .collect();
    (others, median)
}
