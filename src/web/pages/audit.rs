//! `/audit`: the audit log, filtered, for the secretariat.
use axum::Router;
use axum::extract::{Query, State};
use axum::routing::get;
use maud::Markup;
use serde::Deserialize;

use crate::read::AuditFilter as Filter;
use crate::views;
use crate::web::AppState;
use crate::web::auth::session::SecretariatPage;
use crate::web::error::PageError;

pub fn router() -> Router<AppState> {
    Router::new().route("/audit", get(audit_page))
}

#[derive(Deserialize, Default)]
struct AuditQuery {
    object_type: Option<String>,
    object_id: Option<String>,
    action: Option<String>,
    actor: Option<String>,
    page: Option<u64>,
}

const PER_PAGE: u64 = 50;

async fn audit_page(
    State(state): State<AppState>,
    page: SecretariatPage,
    Query(q): Query<AuditQuery>,
) -> Result<Markup, PageError> {
    let filter = Filter {
        object_type: q.object_type.filter(|s| !s.is_empty()),
        object_id: q.object_id.filter(|s| !s.is_empty()),
        action: q.action.filter(|s| !s.is_empty()),
        actor: q.actor.and_then(|a| a.trim().parse().ok()),
    };
    let page_no = q.page.unwrap_or(0).min(10_000);
    let (entries, more) = crate::app::audit::list(&state, page.staff(), &filter, page_no, PER_PAGE).await?;
    let names = crate::app::audit::names(&state, page.staff()).await?;
    Ok(views::audit::audit(
        &page.shell(),
        &entries,
        &names,
        &filter,
        page_no,
        more,
    ))
}
