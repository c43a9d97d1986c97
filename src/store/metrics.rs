//! Counting SQL statements and round trips: every statement the pool runs calls [`record`]
//! (sea-orm's metric callback); a write transaction's BEGIN and COMMIT, and a batch of statements
//! sent at once, count themselves ([`round_trip`], [`batch`]). Within a request the count is kept
//! per request (a task-local the security layer sets), so the cost of one request can be read and
//! tested ("the queue costs the same number of statements for 10 cities as for 100", "a rating is
//! three round trips"); the process keeps running totals for monitoring.
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// What a request has cost the database so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cost {
    /// SQL statements run.
    pub statements: u32,
    /// Times the request waited for the database: a statement sent alone, BEGIN, COMMIT, or a
    /// batch of statements sent together. (The pool's own pings when it takes back a connection
    /// are not the request's: they run after it has let go.)
    pub round_trips: u32,
}

impl Cost {
    fn plus(self, other: Cost) -> Cost {
        Cost {
            statements: self.statements.saturating_add(other.statements),
            round_trips: self.round_trips.saturating_add(other.round_trips),
        }
    }
}

tokio::task_local! {
    /// What the request being handled has cost so far.
    pub static REQUEST_COST: Cell<Cost>;
}

fn count(cost: Cost) {
    let _ = REQUEST_COST.try_with(|c| c.set(c.get().plus(cost)));
}

static TOTAL_STATEMENTS: AtomicU64 = AtomicU64::new(0);
static TOTAL_MICROS: AtomicU64 = AtomicU64::new(0);
static FAILED_STATEMENTS: AtomicU64 = AtomicU64::new(0);

/// The metric callback: one statement ran.
pub fn record(info: &sea_orm::metric::Info<'_>) {
    // Each statement's text and time, for finding what a request runs (RUST_LOG=lcreview::sql=trace);
    // the values bound are left out, since they may be personal data.
    tracing::trace!(target: "lcreview::sql", sql = %info.statement.sql, micros = info.elapsed.as_micros(),
        failed = info.failed, "statement");
    TOTAL_STATEMENTS.fetch_add(1, Ordering::Relaxed);
    TOTAL_MICROS.fetch_add(
        u64::try_from(info.elapsed.as_micros()).unwrap_or(u64::MAX),
        Ordering::Relaxed,
    );
    if info.failed {
        FAILED_STATEMENTS.fetch_add(1, Ordering::Relaxed);
    }
    count(Cost {
        statements: 1,
        round_trips: 1,
    });
}

/// A round trip with no statement of the callback's: a write transaction's BEGIN, COMMIT or
/// ROLLBACK.
pub fn round_trip() {
    count(Cost {
        statements: 0,
        round_trips: 1,
    });
}

/// `statements` sent to the database together, in one round trip (outside sea-orm, whose callback
/// does not see them).
pub fn batch(statements: u32) {
    TOTAL_STATEMENTS.fetch_add(u64::from(statements), Ordering::Relaxed);
    count(Cost {
        statements,
        round_trips: 1,
    });
}

/// Runs `work` counting its cost on its own: a request (the security layer), or work done on
/// another thread for [`add`] to carry back to its request.
pub async fn counted<T>(work: impl std::future::Future<Output = T>) -> (T, Cost) {
    REQUEST_COST
        .scope(Cell::new(Cost::default()), async move {
            let out = work.await;
            (out, REQUEST_COST.with(Cell::get))
        })
        .await
}

/// Adds what was run elsewhere on the request's behalf to its count.
pub fn add(cost: Cost) {
    count(cost);
}

/// Statements run by this process: (count, total time in microseconds, failed).
pub fn totals() -> (u64, u64, u64) {
    (
        TOTAL_STATEMENTS.load(Ordering::Relaxed),
        TOTAL_MICROS.load(Ordering::Relaxed),
        FAILED_STATEMENTS.load(Ordering::Relaxed),
    )
}
