//! A city's profile: its published cycles, each with the consensus score and feedback statement per
//! experts'-review measurement and the statistics it reported. Never a reviewer's identity: nothing
//! here reads who rated.
use serde::Serialize;
use time::OffsetDateTime;

use super::StoreError;
use crate::domain::cycle::CycleState;
use crate::domain::report::Statistic;
use sea_orm::ConnectionTrait;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProfileScore {
    pub measurement: String,
    pub score: i16,
    pub method: String,
    pub feedback: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProfileCycle {
    pub cycle_id: i32,
    pub name: String,
    pub edition: String,
    #[serde(skip)]
    pub published_at: Option<OffsetDateTime>,
    pub scores: Vec<ProfileScore>,
    pub statistics: std::collections::BTreeMap<String, Statistic>,
}

/// The city's published cycles, oldest first.
pub async fn cycles<C: ConnectionTrait>(conn: &C, city_id: i32) -> Result<Vec<ProfileCycle>, StoreError> {
    let mut out = Vec::new();
    let mut list = super::cycles::list(conn, Some(city_id)).await?;
    list.reverse();
    for cycle in list {
        if !matches!(cycle.state, CycleState::Published | CycleState::Archived) {
            continue;
        }
        let mut scores = Vec::new();
        for s in super::consensus::summaries(conn, &cycle).await? {
            if s.item.city_id != city_id {
                continue;
            }
            if let Some(c) = s.consensus
                && let Some(score) = c.score
            {
                scores.push(ProfileScore {
                    measurement: s.item.measurement.clone(),
                    score,
                    method: c.method.unwrap_or_default(),
                    feedback: c.feedback.unwrap_or_default(),
                });
            }
        }
        scores.sort_by(|a, b| a.measurement.cmp(&b.measurement));
        let statistics = super::submissions::get(conn, cycle.id, city_id)
            .await?
            .map(|r| r.content.statistics)
            .unwrap_or_default();
        out.push(ProfileCycle {
            cycle_id: cycle.id,
            name: cycle.name.clone(),
            edition: cycle.edition.clone(),
            published_at: cycle.published_at,
            scores,
            statistics,
        });
    }
    Ok(out)
}

/// The network at a glance, for the secretariat: per experts'-review measurement, how many cities
/// got each consensus score in one published cycle. Counts only: no city is named, so nothing here
/// can be read as a ranking.
pub async fn histogram<C: ConnectionTrait>(
    conn: &C,
    cycle: &super::cycles::Cycle,
) -> Result<Vec<(String, [usize; 5])>, StoreError> {
    let mut counts: std::collections::BTreeMap<String, [usize; 5]> =
        cycle.reviewed_measurements().into_iter().map(|m| (m, [0; 5])).collect();
    if !matches!(cycle.state, CycleState::Published | CycleState::Archived) {
        return Ok(counts.into_iter().collect());
    }
    for s in super::consensus::summaries(conn, cycle).await? {
        if let Some(score) = s.consensus.and_then(|c| c.score)
            && (1..=5).contains(&score)
        {
            counts.entry(s.item.measurement.clone()).or_insert([0; 5])[(score - 1) as usize] += 1;
        }
    }
    Ok(counts.into_iter().collect())
}
