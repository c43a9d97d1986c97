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
use crate::read::{Message, OutboxEntry};

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
        status: Set(if m.held { "held" } else { "pending" }.into()),
        user_id: Set(m.user_id),
        digest_id: Set(None),
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

/// Queues many messages with `conn`, in statements of [`super::BATCH`] rows (a message with a dedupe
/// key already queued is skipped, as in [`enqueue`]).
pub async fn enqueue_many<C: ConnectionTrait>(conn: &C, messages: Vec<Message>) -> Result<(), StoreError> {
    let at = now();
    let mut rows = messages.into_iter().map(|m| outbox::ActiveModel {
        to_address: Set(m.to),
        subject: Set(m.subject),
        body_text: Set(m.text),
        body_html: Set(m.html),
        kind: Set(m.kind.to_owned()),
        dedupe_key: Set(m.dedupe_key),
        status: Set(if m.held { "held" } else { "pending" }.into()),
        user_id: Set(m.user_id),
        digest_id: Set(None),
        attempts: Set(0),
        next_attempt_at: Set(at),
        claimed_by: Set(None),
        claimed_until: Set(None),
        last_error: Set(None),
        created_at: Set(at),
        sent_at: Set(None),
        ..Default::default()
    });
    loop {
        let chunk: Vec<outbox::ActiveModel> = rows.by_ref().take(super::BATCH / 2).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        outbox::Entity::insert_many(chunk)
            .on_conflict(OnConflict::column(outbox::Column::DedupeKey).do_nothing().to_owned())
            .exec_without_returning(conn)
            .await?;
    }
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
    retry_secs: u64,
) -> Result<(), StoreError> {
    let attempts = m.attempts + 1;
    let give_up = attempts >= max_attempts as i32;
    // Exponential backoff: retry_secs, then twice that, and so on.
    let backoff =
        Duration::seconds(i64::try_from(retry_secs).unwrap_or(30) * 2i64.pow(attempts.clamp(1, 10) as u32 - 1));
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

/// The people with messages held for their digest.
pub async fn held_for<C: ConnectionTrait>(conn: &C) -> Result<Vec<i32>, StoreError> {
    let mut ids: Vec<i32> = outbox::Entity::find()
        .filter(outbox::Column::Status.eq("held"))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|m| m.user_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// A person's held messages, oldest first, their user row locked on PostgreSQL (SQLite's write
/// transaction is the lock), so two nodes never gather the same messages into two digests.
pub async fn lock_held<C: ConnectionTrait>(txn: &C, user_id: i32) -> Result<Vec<outbox::Model>, StoreError> {
    let mut q = entity::user::Entity::find_by_id(user_id);
    if txn.get_database_backend() == DbBackend::Postgres {
        q = q.lock_exclusive();
    }
    q.one(txn).await?;
    Ok(outbox::Entity::find()
        .filter(outbox::Column::Status.eq("held"))
        .filter(outbox::Column::UserId.eq(user_id))
        .order_by_asc(outbox::Column::Id)
        .all(txn)
        .await?)
}

/// Marks held messages as carried by the digest `digest_id`.
pub async fn mark_digested<C: ConnectionTrait>(txn: &C, ids: &[i32], digest_id: i32) -> Result<(), StoreError> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("digested"))
        .col_expr(outbox::Column::DigestId, Expr::value(Some(digest_id)))
        .filter(outbox::Column::Id.is_in(ids.iter().copied()))
        .exec(txn)
        .await?;
    Ok(())
}

/// The id of the message with this dedupe key.
pub async fn id_of<C: ConnectionTrait>(conn: &C, dedupe_key: &str) -> Result<Option<i32>, StoreError> {
    Ok(outbox::Entity::find()
        .filter(outbox::Column::DedupeKey.eq(dedupe_key))
        .one(conn)
        .await?
        .map(|m| m.id))
}

/// The outbox, newest first: `status` and `kind` filter; at most `limit` entries before `before`
/// (an id, for paging).
pub async fn list<C: ConnectionTrait>(
    conn: &C,
    status: Option<&str>,
    kind: Option<&str>,
    before: Option<i32>,
    limit: u64,
) -> Result<Vec<OutboxEntry>, StoreError> {
    let mut q = outbox::Entity::find().order_by_desc(outbox::Column::Id).limit(limit);
    if let Some(s) = status {
        q = q.filter(outbox::Column::Status.eq(s));
    }
    if let Some(k) = kind {
        q = q.filter(outbox::Column::Kind.eq(k));
    }
    if let Some(b) = before {
        q = q.filter(outbox::Column::Id.lt(b));
    }
    Ok(q.all(conn).await?.into_iter().map(entry_of).collect())
}

pub async fn get<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<OutboxEntry>, StoreError> {
    Ok(outbox::Entity::find_by_id(id).one(conn).await?.map(entry_of))
}

fn entry_of(m: outbox::Model) -> OutboxEntry {
    OutboxEntry {
        id: m.id,
        to: m.to_address,
        user_id: m.user_id,
        subject: m.subject,
        kind: m.kind,
        status: m.status,
        attempts: m.attempts,
        last_error: m.last_error,
        created_at: m.created_at,
        sent_at: m.sent_at,
        next_attempt_at: m.next_attempt_at,
    }
}

/// A failed message goes back in the queue, its attempts counted from zero again. Returns false if
/// it is not (or no longer) failed.
pub async fn retry<C: ConnectionTrait>(txn: &C, id: i32) -> Result<bool, StoreError> {
    let res = outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("pending"))
        .col_expr(outbox::Column::Attempts, Expr::value(0))
        .col_expr(outbox::Column::NextAttemptAt, Expr::value(now()))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::Status.eq("failed"))
        .exec(txn)
        .await?;
    Ok(res.rows_affected > 0)
}

/// A person's held messages go out now, one by one.
pub async fn release_held<C: ConnectionTrait>(conn: &C, user_id: i32) -> Result<(), StoreError> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::value("pending"))
        .col_expr(outbox::Column::NextAttemptAt, Expr::value(now()))
        .filter(outbox::Column::Status.eq("held"))
        .filter(outbox::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}
