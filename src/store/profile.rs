//! A city's profile: its published cycles, each with the consensus score and feedback statement per
//! experts'-review measurement and the statistics it reported. Never a reviewer's identity: nothing
//! here reads who rated.
use std::collections::HashMap;

use entity::{consensus, cycle, cycle_city, framework_edition, review_item, submission};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::StoreError;
use crate::domain::consensus::Method;
use crate::domain::cycle::CycleState;
use crate::domain::score::Score;
use crate::read::{Cycle, ProfileCycle, ProfileScore, Submission};

/// The city's published cycles, oldest first. A handful of queries, each narrowed to this city by
/// an index: reading a profile costs the same with 20 cities or 10,000 in the network, and the same
/// with one published cycle or ten.
pub async fn cycles<C: ConnectionTrait>(conn: &C, city_id: i32) -> Result<Vec<ProfileCycle>, StoreError> {
    use sea_orm::{FromQueryResult, JoinType, QuerySelect, QueryTrait};
    let published = [CycleState::Published.as_str(), CycleState::Archived.as_str()];
    // The city's published cycles, each with its framework edition's code: one statement.
    let of_city = Query::select()
        .column(cycle_city::Column::CycleId)
        .from(cycle_city::Entity)
        .and_where(Expr::col(cycle_city::Column::CityId).eq(city_id))
        .to_owned();
    let edition_code = Query::select()
        .column((framework_edition::Entity, framework_edition::Column::Code))
        .from(framework_edition::Entity)
        .and_where(
            Expr::col((framework_edition::Entity, framework_edition::Column::Id))
                .equals((cycle::Entity, cycle::Column::EditionId)),
        )
        .to_owned();
    let statement = cycle::Entity::find()
        .filter(cycle::Column::Id.in_subquery(of_city))
        .filter(cycle::Column::State.is_in(published))
        .expr_as(Expr::SubQuery(None, Box::new(edition_code.into())), "edition_code")
        .build(conn.get_database_backend());
    let mut rows = Vec::new();
    for row in conn.query_all_raw(statement).await? {
        let edition: Option<String> = row.try_get("", "edition_code")?;
        let edition = edition.ok_or(StoreError::NotFound("framework edition"))?;
        rows.push((cycle::Model::from_query_result(&row, "")?, edition));
    }
    rows.sort_by_key(|(c, _)| (c.published_at, c.id));
    let ids: Vec<i32> = rows.iter().map(|(c, _)| c.id).collect();
    // The city's decided items of those cycles, each with its consensus: one statement.
    let decided_items = consensus::Entity::find()
        .select_also(review_item::Entity)
        .join(
            JoinType::InnerJoin,
            consensus::Entity::belongs_to(review_item::Entity)
                .from(consensus::Column::ItemId)
                .to(review_item::Column::Id)
                .into(),
        )
        .filter(review_item::Column::CityId.eq(city_id))
        .filter(review_item::Column::CycleId.is_in(ids.clone()))
        .all(conn)
        .await?;
    let mut items = Vec::with_capacity(decided_items.len());
    let mut decided: HashMap<i32, consensus::Model> = HashMap::with_capacity(decided_items.len());
    for (c, item) in decided_items {
        if let Some(item) = item {
            decided.insert(item.id, c);
            items.push(item);
        }
    }
    let mut checks = super::checks::of_city(conn, city_id, &ids).await?;
    let mut reports: HashMap<i32, submission::Model> = submission::Entity::find()
        .filter(submission::Column::CityId.eq(city_id))
        .filter(submission::Column::CycleId.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.cycle_id, s))
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for (row, edition) in rows {
        // Only a submitted report counts: a draft of a city that never submitted is not a result.
        let report = reports
            .remove(&row.id)
            .map(Submission::try_from)
            .transpose()?
            .filter(|r| r.state == crate::domain::report::ReportState::Submitted);
        let mut scores: Vec<ProfileScore> = items
            .iter()
            .filter(|i| i.cycle_id == row.id)
            .filter_map(|i| {
                let c = decided.remove(&i.id)?;
                // A decided item has both; one without them is not a result yet.
                let score = Score::try_from(i64::from(c.score?)).ok()?;
                let method = Method::parse(c.method.as_deref()?)?;
                Some(ProfileScore {
                    measurement: i.measurement_code.clone(),
                    score,
                    method,
                    feedback: c.feedback.unwrap_or_default(),
                    self_score: report
                        .as_ref()
                        .and_then(|r| r.content.narratives.get(&i.measurement_code))
                        .and_then(|n| n.self_score),
                })
            })
            .collect();
        scores.sort_by(|a, b| a.measurement.cmp(&b.measurement));
        let language = report.as_ref().and_then(|r| r.content.language.clone());
        let statistics = report.map(|r| r.content.statistics).unwrap_or_default();
        let cycle_checks = checks.remove(&row.id).unwrap_or_default();
        let verification = statistics
            .iter()
            .map(|(code, st)| (code.clone(), crate::domain::figures::status(cycle_checks.get(code), st)))
            .collect();
        out.push(ProfileCycle {
            cycle_id: row.id,
            name: row.name,
            edition,
            published_at: row.published_at,
            scores,
            statistics,
            verification,
            language,
        });
    }
    Ok(out)
}

/// The network at a glance, for the secretariat: per experts'-review measurement, how many cities
/// got each consensus score in one published cycle. Counts only: no city is named, so nothing here
/// can be read as a ranking.
pub async fn histogram<C: ConnectionTrait>(conn: &C, cycle: &Cycle) -> Result<Vec<(String, [usize; 5])>, StoreError> {
    let mut counts: std::collections::BTreeMap<String, [usize; 5]> =
        cycle.reviewed_measurements().into_iter().map(|m| (m, [0; 5])).collect();
    if !matches!(cycle.state, CycleState::Published | CycleState::Archived) {
        return Ok(counts.into_iter().collect());
    }
    // One query over the cycle's decided items, however many cities the cycle has.
    if let Some(decided) = histograms(conn, &[cycle.id]).await?.remove(&cycle.id) {
        counts.extend(decided);
    }
    Ok(counts.into_iter().collect())
}

/// The network over time: for each of `cycle_ids` (published ones), per experts'-review measurement,
/// how many cities got each consensus score. One query for all the cycles; counts only.
pub async fn histograms<C: ConnectionTrait>(
    conn: &C,
    cycle_ids: &[i32],
) -> Result<std::collections::BTreeMap<i32, std::collections::BTreeMap<String, [usize; 5]>>, StoreError> {
    let mut out: std::collections::BTreeMap<i32, std::collections::BTreeMap<String, [usize; 5]>> =
        cycle_ids.iter().map(|id| (*id, Default::default())).collect();
    if cycle_ids.is_empty() {
        return Ok(out);
    }
    let q = Query::select()
        .column((review_item::Entity, review_item::Column::CycleId))
        .column((review_item::Entity, review_item::Column::MeasurementCode))
        .column((consensus::Entity, consensus::Column::Score))
        .from(consensus::Entity)
        .inner_join(
            review_item::Entity,
            Expr::col((review_item::Entity, review_item::Column::Id))
                .equals((consensus::Entity, consensus::Column::ItemId)),
        )
        .and_where(Expr::col((review_item::Entity, review_item::Column::CycleId)).is_in(cycle_ids.to_vec()))
        .to_owned();
    for row in conn.query_all(&q).await? {
        let cycle: i32 = row.try_get("", "cycle_id")?;
        let measurement: String = row.try_get("", "measurement_code")?;
        if let Some(score) = row.try_get::<Option<i16>>("", "score")?
            && (1..=5).contains(&score)
            && let Some(by) = out.get_mut(&cycle)
        {
            by.entry(measurement).or_insert([0; 5])[(score - 1) as usize] += 1;
        }
    }
    Ok(out)
}
