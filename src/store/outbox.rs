//! The durable e-mail outbox. Messages are written with the change that causes them (same
//! transaction); workers claim due messages, send them, and mark them sent, or retry with backoff.
//! On PostgreSQL several workers (one per app node) claim with `FOR UPDATE SKIP LOCKED`, so each
//! message is claimed by one of them; a claim expires, so a message held by a node that died is
//! sent by another.
use entity::outbox;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};
use time::{Duration, OffsetDateTime};

use super::{StoreError, now};
use crate::read::Message;

/// Queues a message with `conn` (the transaction of the change that causes it). Returns false when a
/// message with the same dedupe key already exists.
pub async fn enqueue<C: ConnectionTrait>(conn: &C, m: Message) -> Result<bool, StoreError> {
    let at = now();
    let row = outbox::ActiveModel {
        to_address: Set(m.to),
        subject: Set(m.subject),
        body_text: Set(m.text),
        body_html: Set(m.html),
        kind: Set(m.kind.to_owned()),
        dedupe_key: Set(m.dedupe_key),
        status: Set("pending".into()),
        attempts: Set(0),
        next_attempt_at: Set(at),
        claimed_by: Set(None),
        claimed_until: Set(None),
        last_error: Set(None),
        created_at: Set(at),
        sent_at: Set(None),
        ..Default::default()
    };
    // ON CONFLICT DO NOTHING: a duplicate does not abort the surrounding transaction (PostgreSQL
    // would otherwise fail every later statement in it).
    let res = outbox::Entity::insert(row)
        .on_conflict(OnConflict::column(outbox::Column::DedupeKey).do_nothing().to_owned())
        .exec_without_returning(conn)
        .await?;
    Ok(res > 0)
}

/// How long a claim lasts before another worker may take the message over.
pub const LEASE: Duration = Duration::minutes(5);

/// Claims up to `batch` due messages for `worker`.
pub async fn claim(db: &DatabaseConnection, worker: &str, batch: u64) -> Result<Vec<outbox::Model>, StoreError> {
    let at = now();
    let until = at + LEASE;
    match db.get_database_backend() {
        DbBackend::Postgres => {
            let sql = r#"
                UPDATE outbox SET status = 'sending', claimed_by = $1, claimed_until = $2
                WHERE id IN (
                    SELECT id FROM outbox
                    WHERE (status = 'pending' AND next_attempt_at <= $3)
                       OR (status = 'sending' AND claimed_until < $3)
                    ORDER BY id
                    LIMIT $4
                    FOR UPDATE SKIP LOCKED
                )
                RETURNING *"#;
            let rows = outbox::Model::find_by_statement(Statement::from_sql_and_values(
                DbBackend::Postgres,
                sql,
                [worker.into(), until.into(), at.into(), (batch as i64).into()],
            ))
            .all(db)
            .await?;
            Ok(rows)
        }
        _ => {
            // SQLite has one writer at a time: an immediate transaction is the lock.
            let txn = super::begin_write(db).await?;
            let due = outbox::Entity::find()
                .filter(
                    sea_orm::Condition::any()
                        .add(
                            sea_orm::Condition::all()
                                .add(outbox::Column::Status.eq("pending"))
                                .add(outbox::Column::NextAttemptAt.lte(at)),
                        )
                        .add(
                            sea_orm::Condition::all()
                                .add(outbox::Column::Status.eq("sending"))
                                .add(outbox::Column::ClaimedUntil.lt(at)),
                        ),
                )
                .order_by_asc(outbox::Column::Id)
                .limit(batch)
                .all(&txn)
                .await?;
            let ids: Vec<i32> = due.iter().map(|m| m.id).collect();
            if !ids.is_empty() {
                outbox::Entity::update_many()
                    .col_expr(outbox::Column::Status, Expr::value("sending"))
                    .col_expr(outbox::Column::ClaimedBy, Expr::value(worker))
                    .col_expr(outbox::Column::ClaimedUntil, Expr::value(until))
                    .filter(outbox::Column::Id.is_in(ids))
                    .exec(&txn)
                    .await?;
            }
            txn.commit().await?;
            Ok(due)
        }
    }
}

pub async fn mark_sent(db: &DatabaseConnection, id: i32) -> Result<(), StoreError> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("sent"))
        .col_expr(outbox::Column::SentAt, Expr::value(Some(now())))
        .col_expr(
            outbox::Column::ClaimedUntil,
            Expr::value(Option::<OffsetDateTime>::None),
        )
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt: back to pending after an exponential backoff, or failed for good.
pub async fn mark_failed(
    db: &DatabaseConnection,
    m: &outbox::Model,
    error: &str,
    max_attempts: u32,
) -> Result<(), StoreError> {
    let attempts = m.attempts + 1;
    let give_up = attempts >= max_attempts as i32;
    let backoff = Duration::seconds(30 * 2i64.pow(attempts.clamp(0, 10) as u32));
    let mut active: outbox::ActiveModel = m.clone().into();
    active.attempts = Set(attempts);
    active.status = Set(if give_up { "failed" } else { "pending" }.into());
    active.next_attempt_at = Set(now() + backoff);
    active.claimed_until = Set(None);
    active.last_error = Set(Some(error.chars().take(2000).collect()));
    active.update(db).await?;
    Ok(())
}

/// Counts of the outbox by status, for people watching it.
pub async fn counts(db: &DatabaseConnection) -> Result<Vec<(String, usize)>, StoreError> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for m in outbox::Entity::find().all(db).await? {
        match out.iter_mut().find(|(s, _)| *s == m.status) {
            Some(entry) => entry.1 += 1,
            None => out.push((m.status, 1)),
        }
    }
    Ok(out)
}
