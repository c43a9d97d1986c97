//! Counting SQL statements: every statement the pool runs calls [`record`] (sea-orm's metric
//! callback). Within a request the count is kept per request (a task-local the security layer sets),
//! so the cost of one request can be read and tested ("the queue costs the same number of
//! statements for 10 cities as for 100"); the process keeps running totals for monitoring.
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

tokio::task_local! {
    /// The statements run so far by the request being handled.
    pub static REQUEST_STATEMENTS: Cell<u32>;
}

static TOTAL_STATEMENTS: AtomicU64 = AtomicU64::new(0);
static TOTAL_MICROS: AtomicU64 = AtomicU64::new(0);
static FAILED_STATEMENTS: AtomicU64 = AtomicU64::new(0);

/// The metric callback: one statement ran.
pub fn record(info: &sea_orm::metric::Info<'_>) {
    TOTAL_STATEMENTS.fetch_add(1, Ordering::Relaxed);
    TOTAL_MICROS.fetch_add(
        u64::try_from(info.elapsed.as_micros()).unwrap_or(u64::MAX),
        Ordering::Relaxed,
    );
    if info.failed {
        FAILED_STATEMENTS.fetch_add(1, Ordering::Relaxed);
    }
    let _ = REQUEST_STATEMENTS.try_with(|c| c.set(c.get().saturating_add(1)));
}

/// Runs `work` counting its statements on their own (where no request's count is at hand, e.g. on
/// another thread), for [`add`] to carry back to the request.
pub async fn counted<T>(work: impl std::future::Future<Output = T>) -> (T, u32) {
    REQUEST_STATEMENTS
        .scope(Cell::new(0), async move {
            let out = work.await;
            (out, REQUEST_STATEMENTS.with(Cell::get))
        })
        .await
}

/// Adds statements run elsewhere on the request's behalf to its count.
pub fn add(n: u32) {
    let _ = REQUEST_STATEMENTS.try_with(|c| c.set(c.get().saturating_add(n)));
}

/// Statements run by this process: (count, total time in microseconds, failed).
pub fn totals() -> (u64, u64, u64) {
    (
        TOTAL_STATEMENTS.load(Ordering::Relaxed),
        TOTAL_MICROS.load(Ordering::Relaxed),
        FAILED_STATEMENTS.load(Ordering::Relaxed),
    )
}
