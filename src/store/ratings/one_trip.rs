//! The busiest write of a cycle — an expert saving a first-round rating — in one round trip to the
//! database, when nothing it depends on has changed since the request read its context.
//!
//! The locked path ([`super::write`] in a transaction that first locks the cycle and the item) takes
//! six round trips on SQLite (BEGIN, lock, upsert, version row, audit entry, COMMIT) and five on
//! PostgreSQL, and on SQLite all six happen while the database's one write lock is held, so they
//! bound the rating throughput. Here the same rows are written by one batch (SQLite: the whole
//! transaction sent at once) or one statement (PostgreSQL: data-modifying `WITH`s, committed on its
//! own), guarded by what the request decided on: the cycle still at the version it read, still in
//! review, and the caller still a confirmed reviewer of the item. When the guard or the rating's own
//! rule (not submitted, at the version expected) does not hold, nothing is written and the caller
//! takes the locked path, which says why. No rule lives only here: the guard re-checks, under the
//! write's lock, what the use case checked on its read.
use std::sync::{Arc, LazyLock};

use sea_orm::sqlx;
use sea_orm::{DatabaseConnection, DbBackend, DbErr, FromQueryResult, QueryResult, RuntimeErr};
use time::OffsetDateTime;

use super::rating_of;
use crate::domain::rating::{Rating, RatingInput};
use crate::store::{StoreError, metrics};

/// A first-round rating to write, with what the request read before it.
pub struct FirstRound<'a> {
    /// The item, with its cycle, city and panel as read (they never change for an item).
    pub item_id: i32,
    pub cycle_id: i32,
    pub city_id: i32,
    pub panel_id: i32,
    /// The cycle's version when the request read it: any change to the cycle's state, deadlines or
    /// panels moves it on.
    pub cycle_version: i32,
    pub expert: i32,
    pub input: &'a RatingInput,
    pub expected_version: Option<i32>,
    pub at: OffsetDateTime,
    /// The issuer of the request's token, when someone else issued it (for the audit entry).
    pub token_issuer: Option<i32>,
}

/// The item is still in a cycle in review at the version read, and the caller still one of its
/// confirmed reviewers ($1 item, $2 expert, $9 the cycle's version; $14, $15, $16 the item's cycle,
/// city and panel). The bundle is looked up by the values, not by the item's columns: PostgreSQL
/// turns a correlated EXISTS into a join that may reach the bundle through the cycle alone and then
/// scan every confirmed bundle of the cycle for the expert (seen: hundreds of index entries read
/// per rating, a quarter of PostgreSQL's time under load); with the values, one index entry.
const GUARD: &str = "FROM review_items i JOIN cycles c ON c.id = i.cycle_id \
    WHERE i.id = $1 AND i.cycle_id = $14 AND i.city_id = $15 AND i.panel_id = $16 \
    AND c.version = $9 AND c.state = 'reviewing' \
    AND EXISTS (SELECT 1 FROM bundle_experts b WHERE b.cycle_id = $14 AND b.stage = 'confirmed' \
    AND b.city_id = $15 AND b.panel_id = $16 AND b.expert_user_id = $2)";

/// The rating's row, inserted or updated; the update only of a rating not yet submitted, and at the
/// version expected ($13; NULL: no check). The same rule as [`super::write`].
const UPSERT_COLUMNS: &str = "INSERT INTO ratings (item_id, expert_user_id, round, score, justification, \
    confidence, submitted, version, created_at, updated_at, submitted_at, first_submitted_at) \
    SELECT $1, $2, 1, $3, $4, $5, $6, 1, $7, $7, $8, $8 ";
const UPSERT_CONFLICT: &str = " ON CONFLICT (item_id, expert_user_id, round) DO UPDATE SET \
    score = excluded.score, justification = excluded.justification, confidence = excluded.confidence, \
    submitted = excluded.submitted, updated_at = excluded.updated_at, version = ratings.version + 1, \
    submitted_at = CASE WHEN excluded.submitted THEN excluded.submitted_at ELSE ratings.submitted_at END, \
    first_submitted_at = COALESCE(ratings.first_submitted_at, excluded.first_submitted_at) \
    WHERE NOT ratings.submitted AND ($13 IS NULL OR ratings.version = $13) \
    RETURNING *";
const VERSION_ROW: &str = "INSERT INTO rating_versions (rating_id, version, score, justification, confidence, \
    submitted, at) SELECT id, version, score, justification, confidence, submitted, $7 ";
/// The audit entry: `after` is the JSON [`super::write`] records, its version read off the row
/// ($12 is the text before the version).
const AUDIT_ROW: &str = "INSERT INTO audit_log (actor_user_id, token_issued_by, action, object_type, object_id, \
    before, after, at) SELECT $2, $10, $11, 'rating', CAST(id AS TEXT), NULL, $12 || version || '}', $7 ";

/// SQLite: the whole transaction in one batch. The version row and the audit entry are written only
/// if the statement before them changed a row (`changes()`: the upsert, then the version row).
static SQLITE_BATCH: LazyLock<String> = LazyLock::new(|| {
    let this_rating = "FROM ratings WHERE item_id = $1 AND expert_user_id = $2 AND round = 1 AND changes() = 1";
    format!(
        "BEGIN IMMEDIATE; \
         {UPSERT_COLUMNS} WHERE EXISTS (SELECT 1 {GUARD}) {UPSERT_CONFLICT}; \
         {VERSION_ROW} {this_rating}; \
         {AUDIT_ROW} {this_rating}; \
         COMMIT"
    )
});

/// PostgreSQL: one statement, committed on its own. `l` locks the cycle's row shared and the item's
/// exclusive, in that order, as the locked path does (a transition locks its cycle, then its items).
/// The inserts of the version row and the audit entry read the upsert's row, so they happen only
/// when it does.
static POSTGRES_STATEMENT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH l AS (SELECT i.id {GUARD} FOR SHARE OF c FOR UPDATE OF i), \
         up AS ({UPSERT_COLUMNS} FROM l {UPSERT_CONFLICT}), \
         v AS ({VERSION_ROW} FROM up), \
         a AS ({AUDIT_ROW} FROM up) \
         SELECT * FROM up"
    )
});

/// The audit entry's JSON up to its version: the same keys, in the same order, as the `json!` value
/// [`super::write`] records (serde_json orders keys by name).
fn audit_after_prefix(item_id: i32, input: &RatingInput) -> String {
    format!(
        r#"{{"item_id":{item_id},"round":1,"score":{},"submitted":{},"version":"#,
        input.score.value(),
        input.submit
    )
}

macro_rules! bind_all {
    ($query:expr, $w:expr, $prefix:expr) => {
        $query
            .bind($w.item_id)
            .bind($w.expert)
            .bind(i16::from($w.input.score.value()))
            .bind($w.input.justification.as_str())
            .bind($w.input.confidence.map(|c| c.as_str()))
            .bind($w.input.submit)
            .bind($w.at)
            .bind($w.input.submit.then_some($w.at))
            .bind($w.cycle_version)
            .bind($w.token_issuer)
            .bind(if $w.input.submit {
                "rating.submit"
            } else {
                "rating.save"
            })
            .bind($prefix)
            .bind($w.expected_version)
            .bind($w.cycle_id)
            .bind($w.city_id)
            .bind($w.panel_id)
    };
}

fn query_err(e: sqlx::Error) -> DbErr {
    DbErr::Query(RuntimeErr::SqlxError(Arc::new(e)))
}

/// Writes the rating if nothing it depends on has changed: `Some` with the saved rating, or `None`
/// when nothing was written (the caller takes the locked path). On SQLite the caller holds its turn
/// among the writers.
pub async fn write(db: &DatabaseConnection, w: &FirstRound<'_>) -> Result<Option<Rating>, StoreError> {
    let prefix = audit_after_prefix(w.item_id, w.input);
    let row: Option<QueryResult> = match db.get_database_backend() {
        DbBackend::Sqlite => {
            let mut conn = db.get_sqlite_connection_pool().acquire().await.map_err(query_err)?;
            let ran = bind_all!(sqlx::query(SQLITE_BATCH.as_str()), w, prefix)
                .fetch_all(&mut *conn)
                .await;
            // Three statements besides BEGIN and COMMIT, as the other writes are counted.
            metrics::batch(3);
            match ran {
                Ok(rows) => rows.into_iter().next().map(QueryResult::from),
                Err(e) => {
                    // The batch stops at a failing statement, which may leave its transaction open
                    // on this connection: end it before the pool takes the connection back, or, if
                    // that fails too, close the connection instead.
                    metrics::round_trip();
                    if sqlx::query("ROLLBACK").execute(&mut *conn).await.is_err() {
                        conn.close_on_drop();
                    }
                    return Err(StoreError::Db(query_err(e)));
                }
            }
        }
        DbBackend::Postgres => {
            // All of it read (not only the first row): the answer is complete, and the statement
            // committed, only when the server says it is ready again.
            let ran = bind_all!(sqlx::query(POSTGRES_STATEMENT.as_str()), w, prefix)
                .fetch_all(db.get_postgres_connection_pool())
                .await;
            metrics::batch(1);
            ran.map_err(query_err)?.into_iter().next().map(QueryResult::from)
        }
        _ => None,
    };
    match row {
        Some(row) => Ok(Some(rating_of(entity::rating::Model::from_query_result(&row, "")?)?)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rating::{Confidence, Justification};
    use crate::domain::score::Score;

    #[test]
    fn the_audit_entry_reads_as_the_locked_path_writes_it() -> Result<(), String> {
        let input = RatingInput {
            score: Score::try_from(4)?,
            justification: Justification::parse("Evidence of a funded strategy.", 0)?,
            confidence: Confidence::parse("high"),
            submit: true,
        };
        let written = format!("{}{}}}", audit_after_prefix(17, &input), 3);
        let locked = serde_json::json!({
            "item_id": 17, "round": 1, "score": 4, "submitted": true, "version": 3
        });
        assert_eq!(written, locked.to_string());
        Ok(())
    }
}
