//! The secretariat's checks of reported figures: one row per (cycle, city, measurement), replaced by
//! each new decision; every decision and answer is in the audit log.
use std::collections::BTreeMap;

use entity::figure_check as f;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use super::audit::{self, Entry};
use super::{StoreError, now};
use crate::domain::figures::{Decision, FigureCheck};
use crate::domain::report::Statistic;

fn to_check(m: f::Model) -> Result<(String, FigureCheck), DbErr> {
    let figure: Statistic =
        serde_json::from_str(&m.figure).map_err(|e| DbErr::Custom(format!("figure check {}: figure: {e}", m.id)))?;
    let decision = match m.state.as_str() {
        "verified" => Decision::Verified,
        "queried" => Decision::Query {
            question: m.question.unwrap_or_default(),
        },
        other => return Err(DbErr::Custom(format!("figure check {}: state {other}", m.id))),
    };
    Ok((
        m.measurement,
        FigureCheck {
            decision,
            answer: m.answer,
            figure,
        },
    ))
}

/// Rows grouped by `key` (a cycle or a city): key → measurement → check.
fn grouped(
    rows: Vec<f::Model>,
    key: impl Fn(&f::Model) -> i32,
) -> Result<BTreeMap<i32, BTreeMap<String, FigureCheck>>, StoreError> {
    let mut out: BTreeMap<i32, BTreeMap<String, FigureCheck>> = BTreeMap::new();
    for m in rows {
        let k = key(&m);
        let (code, check) = to_check(m)?;
        out.entry(k).or_default().insert(code, check);
    }
    Ok(out)
}

/// The checks of one city's report: measurement → check.
pub async fn of_report<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
    city_id: i32,
) -> Result<BTreeMap<String, FigureCheck>, StoreError> {
    let rows = f::Entity::find()
        .filter(f::Column::CycleId.eq(cycle_id))
        .filter(f::Column::CityId.eq(city_id))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(to_check).collect::<Result<_, _>>()?)
}

/// The checks of several reports of a city, one statement: cycle → measurement → check.
pub async fn of_city<C: ConnectionTrait>(
    conn: &C,
    city_id: i32,
    cycle_ids: &[i32],
) -> Result<BTreeMap<i32, BTreeMap<String, FigureCheck>>, StoreError> {
    let rows = f::Entity::find()
        .filter(f::Column::CityId.eq(city_id))
        .filter(f::Column::CycleId.is_in(cycle_ids.to_vec()))
        .all(conn)
        .await?;
    grouped(rows, |m| m.cycle_id)
}

/// The checks of every report of a cycle, one statement: city → measurement → check.
pub async fn of_cycle<C: ConnectionTrait>(
    conn: &C,
    cycle_id: i32,
) -> Result<BTreeMap<i32, BTreeMap<String, FigureCheck>>, StoreError> {
    let mut out: BTreeMap<i32, BTreeMap<String, FigureCheck>> = BTreeMap::new();
    for m in f::Entity::find()
        .filter(f::Column::CycleId.eq(cycle_id))
        .all(conn)
        .await?
    {
        let city = m.city_id;
        let (code, check) = to_check(m)?;
        out.entry(city).or_default().insert(code, check);
    }
    Ok(out)
}

fn json(figure: &Statistic) -> Result<String, DbErr> {
    serde_json::to_string(figure).map_err(|e| DbErr::Custom(e.to_string()))
}

/// Records the secretariat's decision on a figure as it is now (replacing any earlier check), with
/// its audit entry.
pub async fn decide<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    (cycle_id, city_id): (i32, i32),
    code: &str,
    decision: &Decision,
    figure: &Statistic,
) -> Result<(), StoreError> {
    let (state, question) = match decision {
        Decision::Verified => ("verified", None),
        Decision::Query { question } => ("queried", Some(question.clone())),
    };
    f::Entity::insert(f::ActiveModel {
        cycle_id: Set(cycle_id),
        city_id: Set(city_id),
        measurement: Set(code.to_owned()),
        state: Set(state.to_owned()),
        question: Set(question.clone()),
        answer: Set(None),
        figure: Set(json(figure)?),
        checked_by: Set(actor),
        checked_at: Set(now()),
        answered_at: Set(None),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([f::Column::CycleId, f::Column::CityId, f::Column::Measurement])
            .update_columns([
                f::Column::State,
                f::Column::Question,
                f::Column::Answer,
                f::Column::Figure,
                f::Column::CheckedBy,
                f::Column::CheckedAt,
                f::Column::AnsweredAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "figure.check",
            object_type: "submission",
            object_id: format!("{cycle_id}/{city_id}"),
            before: None,
            after: Some(serde_json::json!({
                "measurement": code, "status": state, "question": question, "figure": figure,
            })),
        },
    )
    .await?;
    Ok(())
}

/// Records the city's answer to a query (the figure itself, if corrected, is written to the report
/// by the caller in the same transaction), with its audit entry.
pub async fn answer<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    (cycle_id, city_id): (i32, i32),
    code: &str,
    answer: &str,
) -> Result<(), StoreError> {
    let res = f::Entity::update_many()
        .col_expr(f::Column::Answer, sea_orm::sea_query::Expr::value(answer.to_owned()))
        .col_expr(f::Column::AnsweredAt, sea_orm::sea_query::Expr::value(Some(now())))
        .filter(f::Column::CycleId.eq(cycle_id))
        .filter(f::Column::CityId.eq(city_id))
        .filter(f::Column::Measurement.eq(code))
        .filter(f::Column::State.eq("queried"))
        .exec(txn)
        .await?;
    if res.rows_affected != 1 {
        return Err(StoreError::conflict(
            "no_query",
            crate::tr!("refusals-no-open-question"),
        ));
    }
    audit::record(
        txn,
        Entry {
            actor,
            action: "figure.answer",
            object_type: "submission",
            object_id: format!("{cycle_id}/{city_id}"),
            before: None,
            after: Some(serde_json::json!({"measurement": code, "answer": answer})),
        },
    )
    .await?;
    Ok(())
}
