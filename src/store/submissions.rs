//! Cities' reports: draft, submit (locked), return for correction. Every change checks the cycle's
//! state (`domain::cycle`), the report's own state and version, and writes an audit entry.
use entity::{city, submission};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect};
use serde::Serialize;
use time::OffsetDateTime;

use super::audit::{self, Entry, snapshot};
use super::cycles::Cycle;
use super::{StoreError, now};
use crate::domain::framework::Framework;
use crate::domain::report::{self, ReportContent, ReportState};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Submission {
    pub cycle_id: i32,
    pub city_id: i32,
    pub state: ReportState,
    pub content: ReportContent,
    pub version: i32,
    pub return_message: Option<String>,
    #[serde(skip)]
    pub submitted_at: Option<OffsetDateTime>,
    #[serde(skip)]
    pub updated_at: OffsetDateTime,
}

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

/// The report's row for a write: the cycle as it is now (shared lock) and the row locked, so that
/// two saves of one report take turns and none lands after the cycle has moved on.
async fn row_for_write<C: ConnectionTrait>(
    txn: &C,
    cycle: &Cycle,
    city_id: i32,
) -> Result<(Cycle, submission::Model), StoreError> {
    let fresh = crate::store::lock_cycle(txn, cycle, false).await?;
    let mut q = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle.id))
        .filter(submission::Column::CityId.eq(city_id));
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        q = q.lock_exclusive();
    }
    let row = q.one(txn).await?.ok_or(StoreError::NotFound("report"))?;
    Ok((fresh, row))
}

pub async fn get<C: ConnectionTrait>(conn: &C, cycle_id: i32, city_id: i32) -> Result<Option<Submission>, StoreError> {
    match row(conn, cycle_id, city_id).await {
        Ok(m) => Ok(Some(Submission::try_from(m)?)),
        Err(StoreError::NotFound(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// All reports of a cycle.
pub async fn list<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> Result<Vec<Submission>, StoreError> {
    let rows = submission::Entity::find()
        .filter(submission::Column::CycleId.eq(cycle_id))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(Submission::try_from).collect::<Result<_, _>>()?)
}

fn not_collecting(cycle: &Cycle) -> StoreError {
    StoreError::conflict(
        "cycle_state",
        format!(
            "reports can change only while the cycle collects them; it is {}",
            cycle.state
        ),
    )
}

/// Writes the change if the report is still at `from_version`; else someone changed it meanwhile.
#[allow(clippy::too_many_arguments)]
async fn write<C: ConnectionTrait>(
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

fn stale() -> StoreError {
    StoreError::conflict(
        "stale_version",
        "the report was changed meanwhile (in another window or by a colleague); reload it and try again",
    )
}

/// Saves a draft. The content is checked against the framework first (422), then the states and the
/// version (409). `expected_version` None skips the version check.
pub async fn save_draft(
    db: &DatabaseConnection,
    actor: Option<i32>,
    framework: &Framework,
    cycle: &Cycle,
    city_id: i32,
    content: ReportContent,
    expected_version: Option<i32>,
) -> Result<Submission, StoreError> {
    let txn = crate::store::begin_write(db).await?;
    let (fresh, row) = row_for_write(&txn, cycle, city_id).await?;
    let cycle = &fresh;
    let before = Submission::try_from(row)?;
    let languages = city_languages(&txn, city_id).await?;
    report::check_draft(framework, &cycle.reviewed_measurements(), &languages, &content)
        .map_err(|(field, message)| StoreError::Invalid { field, message })?;
    if !cycle.state.collects_reports() {
        return Err(not_collecting(cycle));
    }
    if !before.state.editable() {
        return Err(StoreError::conflict(
            "report_locked",
            "the report is submitted and locked; the secretariat can return it for correction",
        ));
    }
    if expected_version.is_some_and(|v| v != before.version) {
        return Err(stale());
    }
    let after = write(
        &txn,
        actor,
        "submission.save",
        &before,
        before.state,
        &content,
        before.return_message.as_deref(),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

async fn city_languages<C: ConnectionTrait>(conn: &C, city_id: i32) -> Result<Vec<String>, StoreError> {
    let c = city::Entity::find_by_id(city_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound("city"))?;
    serde_json::from_str(&c.languages).map_err(|e| StoreError::Db(DbErr::Custom(format!("city {city_id}: {e}"))))
}

/// Submits the report: every reviewed measurement needs a narrative (else 422 listing them).
/// A submitted report is locked.
pub async fn submit(
    db: &DatabaseConnection,
    actor: Option<i32>,
    cycle: &Cycle,
    city_id: i32,
) -> Result<Submission, StoreError> {
    let txn = crate::store::begin_write(db).await?;
    let (fresh, row) = row_for_write(&txn, cycle, city_id).await?;
    let cycle = &fresh;
    let before = Submission::try_from(row)?;
    let missing = report::missing_narratives(&cycle.reviewed_measurements(), &before.content);
    if !missing.is_empty() {
        return Err(StoreError::invalid(
            "narratives",
            format!("a narrative is missing for {}", missing.join(", ")),
        ));
    }
    if before.content.language.is_none() {
        return Err(StoreError::invalid(
            "language",
            "say which language the report is written in",
        ));
    }
    if !cycle.state.collects_reports() {
        return Err(not_collecting(cycle));
    }
    if before.state == ReportState::Submitted {
        return Err(StoreError::conflict("report_locked", "the report is already submitted"));
    }
    let after = write(
        &txn,
        actor,
        "submission.submit",
        &before,
        ReportState::Submitted,
        &before.content,
        None,
        Some(now()),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Returns a submitted report to its city for correction, with a message they will read.
pub async fn return_for_correction(
    db: &DatabaseConnection,
    actor: Option<i32>,
    cycle: &Cycle,
    city_id: i32,
    message: &str,
) -> Result<Submission, StoreError> {
    let message = message.trim();
    if message.is_empty() || message.chars().count() > 5000 || crate::domain::user::has_stray_control(message) {
        return Err(StoreError::invalid(
            "message",
            "say what the city should correct (1 to 5000 characters)",
        ));
    }
    let txn = crate::store::begin_write(db).await?;
    let (fresh, row) = row_for_write(&txn, cycle, city_id).await?;
    let cycle = &fresh;
    let before = Submission::try_from(row)?;
    if !cycle.state.collects_reports() {
        return Err(not_collecting(cycle));
    }
    if before.state != ReportState::Submitted {
        return Err(StoreError::conflict(
            "report_state",
            "only a submitted report can be returned",
        ));
    }
    let after = write(
        &txn,
        actor,
        "submission.return",
        &before,
        ReportState::Returned,
        &before.content,
        Some(message),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
