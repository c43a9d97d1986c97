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

pub use crate::read::AuditNames as Names;

pub async fn names(app: &App, _staff: &Staff) -> AppResult<Names> {
    Ok(Names {
        users: store::users::list(&app.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect(),
        cities: store::cities::list(&app.db, None)
            .await?
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect(),
        cycles: store::cycles::list_core(&app.db)
            .await?
            .into_iter()
            .map(|c| (c.id, c.name))
            .collect(),
    })
}
