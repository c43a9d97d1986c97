//! The audit log, for the secretariat.
use super::{App, AppResult, Staff};
use crate::read::{AuditEntry, AuditFilter};
use crate::store;

/// The newest entries first, `per_page` at a time; also says whether there is a next page.
pub async fn list(
    app: &App,
    _staff: &Staff,
    filter: &AuditFilter,
    page: u64,
    per_page: u64,
) -> AppResult<(Vec<AuditEntry>, bool)> {
    Ok(store::audit::list(&app.db, filter, page, per_page).await?)
}
