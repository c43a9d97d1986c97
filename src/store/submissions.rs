//! Cities' reports: draft, submit (locked), return for correction. Every change checks the cycle's
//! state (`domain::cycle`), the report's own state and version, and writes an audit entry.
use entity::{city, submission};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use time::OffsetDateTime;

use super::audit::{self, Entry, snapshot};
use super::{StoreError, now};
use crate::domain::report::{ReportContent, ReportState};
use crate::read::{Cycle, Submission};

impl TryFrom<submission::Model> for Submission {
    type Error = DbErr;

    fn try_from(m: submission::Model) -> Result<Self, DbErr> {
        let state = ReportState::parse(&m.state)
            .ok_or_else(|| DbErr::Custom(format!("submission {}: state {}", m.id, m.state)))?;
        let content: ReportContent = serde_json::from_str(&m.content)
            .map_err(|e| DbErr::Custom(format!("submission {}: content: {e}", m.id)))?;
        Ok(Submission {
            cycle_id: m.cycle_id,
            city_id: m.city_id,
            state,
            content,
            version: m.version,
            return_message: m.return_message,
            submitted_at: m.submitted_at,
            updated_at: m.updated_at,
        })
    }
}

async fn row<C: ConnectionTrait>(conn: &C, cycle_id: i32, city_id: i32) -> Result<submission::Model, StoreError> {
    submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle_id))
        .filter(submission::Column::CityId.eq(city_id))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound("report"))
}

/// The report for a write: the cycle as it is now (shared lock) and the report's row locked, so that
/// two saves of one report take turns and none lands after the cycle has moved on.
pub async fn lock_for_write<C: ConnectionTrait>(
    txn: &C,
    cycle: &Cycle,
    city_id: i32,
) -> Result<(Cycle, Submission), StoreError> {
    let fresh = crate::store::lock_cycle(txn, cycle, false).await?;
    let mut q = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle.id))
        .filter(submission::Column::CityId.eq(city_id));
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        q = q.lock_exclusive();
    }
    let row = q.one(txn).await?.ok_or(StoreError::NotFound("report"))?;
    Ok((fresh, Submission::try_from(row)?))
}

pub async fn get<C: ConnectionTrait>(conn: &C, cycle_id: i32, city_id: i32) -> Result<Option<Submission>, StoreError> {
    match row(conn, cycle_id, city_id).await {
        Ok(m) => Ok(Some(Submission::try_from(m)?)),
        Err(StoreError::NotFound(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The state of every report of a cycle, by city: one query on the state column.
pub async fn states<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
) -> Result<std::collections::BTreeMap<i32, ReportState>, StoreError> {
    let rows: Vec<(i32, String)> = submission::Entity::find()
        .select_only()
        .column(submission::Column::CityId)
        .column(submission::Column::State)
        .filter(submission::Column::CycleId.eq(cycle_id))
        .into_tuple()
        .all(conn)
        .await?;
    rows.into_iter()
        .map(|(city, state)| {
            ReportState::parse(&state)
                .map(|s| (city, s))
                .ok_or_else(|| StoreError::Db(DbErr::Custom(format!("report of city {city}: state {state}"))))
        })
        .collect()
}

/// The state of one city's report in a cycle (None: the city takes no part).
pub async fn state<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    city_id: i32,
) -> Result<Option<ReportState>, StoreError> {
    let row: Option<String> = submission::Entity::find()
        .select_only()
        .column(submission::Column::State)
        .filter(submission::Column::CycleId.eq(cycle_id))
        .filter(submission::Column::CityId.eq(city_id))
        .into_tuple()
        .one(conn)
        .await?;
    row.map(|s| ReportState::parse(&s).ok_or_else(|| StoreError::Db(DbErr::Custom(format!("report state {s}")))))
        .transpose()
}

/// The cities of a cycle whose report is submitted: once review starts, the only ones in it.
pub async fn submitted_cities<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
) -> Result<std::collections::BTreeSet<i32>, StoreError> {
    Ok(states(conn, cycle_id)
        .await?
        .into_iter()
        .filter(|(_, s)| *s == ReportState::Submitted)
        .map(|(c, _)| c)
        .collect())
}

/// All reports of a cycle.
pub async fn list<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<Vec<Submission>, StoreError> {
    let rows = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle_id))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(Submission::try_from).collect::<Result<_, _>>()?)
}

/// Writes the change if the report is still at `before.version`; else someone changed it meanwhile.
#[allow(clippy::too_many_arguments)]
pub async fn write<C: ConnectionTrait>(
    conn: &C,
    actor: Option<i32>,
    action: &'static str,
    before: &Submission,
    state: ReportState,
    content: &ReportContent,
    return_message: Option<&str>,
    submitted_at: Option<OffsetDateTime>,
) -> Result<Submission, StoreError> {
    let at = now();
    let res = submission::Entity::update_many()
        .col_expr(submission::Column::State, Expr::value(state.as_str()))
        .col_expr(submission::Column::Language, Expr::value(content.language.clone()))
        .col_expr(
            submission::Column::Content,
            Expr::value(serde_json::to_string(content).map_err(|e| DbErr::Custom(e.to_string()))?),
        )
        .col_expr(submission::Column::Version, Expr::value(before.version + 1))
        .col_expr(
            submission::Column::ReturnMessage,
            Expr::value(return_message.map(str::to_owned)),
        )
        .col_expr(submission::Column::SubmittedAt, Expr::value(submitted_at))
        .col_expr(submission::Column::UpdatedAt, Expr::value(at))
        .filter(submission::Column::CycleId.eq(before.cycle_id))
        .filter(submission::Column::CityId.eq(before.city_id))
        .filter(submission::Column::Version.eq(before.version))
        .exec(conn)
        .await?;
    if res.rows_affected != 1 {
        return Err(stale());
    }
    let after = Submission::try_from(row(conn, before.cycle_id, before.city_id).await?)?;
    audit::record(
        conn,
        Entry {
            actor,
            action,
            object_type: "submission",
            object_id: format!("{}/{}", before.cycle_id, before.city_id),
            before: snapshot(before),
            after: snapshot(&after),
        },
    )
    .await?;
    Ok(after)
}

pub fn stale() -> StoreError {
    StoreError::conflict("stale_version", crate::tr!("refusals-report-stale"))
}

/// The languages a city writes in (its reports must be in one of them).
pub async fn city_languages<C: ConnectionTrait>(conn: &C, city_id: i32) -> Result<Vec<String>, StoreError> {
    let c = city::Entity::find_by_id(city_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound("city"))?;
    serde_json::from_str(&c.languages).map_err(|e| StoreError::Db(DbErr::Custom(format!("city {city_id}: {e}"))))
}
