//! `/outbox` and `/mail/templates` (the secretariat's view of the e-mail the service sends) and
//! `/settings` (each person's language, time zone and digest). The rules are in `app`.
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::{done, refusal};
use crate::app;
use crate::views;
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn};
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/outbox", get(outbox_page))
        .route("/outbox/{id}/retry", post(retry))
        .route("/mail/templates", get(templates_page))
        .route("/mail/templates/{kind}", get(template_page))
        .route("/mail/templates/{kind}/html", get(template_html))
        .route("/settings", get(settings_page).post(save_settings))
}

#[derive(Deserialize, Default)]
struct OutboxQuery {
    status: Option<String>,
}

async fn outbox_page(
    State(state): State<AppState>,
    page: SecretariatPage,
    Query(q): Query<OutboxQuery>,
) -> Result<Response, PageError> {
    // An unknown status shows every message rather than an error page.
    let status = q.status.filter(|s| app::outbox::STATUSES.contains(&s.as_str()));
    let filter = app::outbox::OutboxFilter {
        status: status.clone(),
        limit: Some(200),
        ..Default::default()
    };
    let entries = app::outbox::list(&state, page.staff(), &filter).await?;
    let counts = app::outbox::counts(&state, page.staff()).await?;
    Ok(views::mail::outbox(
        &page.shell(),
        &page.0.csrf_token,
        &entries,
        &counts,
        &app::outbox::STATUSES,
        status.as_deref(),
    )
    .into_response())
}

#[derive(Deserialize)]
struct Empty {}

async fn retry(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let message = match app::outbox::retry(&state, page.staff(), id).await {
        Ok(e) => format!("The message to {} is queued again.", e.to),
        Err(e) => format!("Not sent again: {}", refusal(e)?.1),
    };
    done(&state, &page.0, &message, "/outbox?status=failed").await
}

async fn templates_page(State(state): State<AppState>, page: SecretariatPage) -> maud::Markup {
    views::mail::templates(&page.shell(), &app::outbox::previews(&state, page.staff()))
}

async fn template_page(
    State(state): State<AppState>,
    page: SecretariatPage,
    axum::extract::Path(kind): axum::extract::Path<String>,
) -> Result<maud::Markup, PageError> {
    let m = app::outbox::preview(&state, page.staff(), &kind)?;
    Ok(views::mail::template(&page.shell(), &m))
}

/// The HTML version of a template with sample data, as a mail reader shows it.
async fn template_html(
    State(state): State<AppState>,
    page: SecretariatPage,
    axum::extract::Path(kind): axum::extract::Path<String>,
) -> Result<Html<String>, PageError> {
    Ok(Html(app::outbox::preview(&state, page.staff(), &kind)?.html))
}

async fn settings_page(page: SignedIn) -> maud::Markup {
    views::mail::settings(
        &page.shell(),
        &page.0.csrf_token,
        &page.0.user,
        &crate::format::time_zones(),
        None,
    )
}

#[derive(Deserialize)]
struct SettingsForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    mail_digest: Option<String>,
}

async fn save_settings(
    State(state): State<AppState>,
    page: SignedIn,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> Result<Response, PageError> {
    let wanted = app::users::Preferences {
        language: Some(form.language),
        // UTC is no zone at all.
        time_zone: Some(if form.time_zone == "UTC" {
            String::new()
        } else {
            form.time_zone
        }),
        mail_digest: form.mail_digest,
    };
    match app::users::set_preferences(&state, &page.0.user, &wanted).await {
        Ok(_) => done(&state, &page.0, "Your settings are saved.", "/settings").await,
        Err(e) => {
            let (status, message) = refusal(e)?;
            let zones = crate::format::time_zones();
            let body = views::mail::settings(&page.shell(), &page.0.csrf_token, &page.0.user, &zones, Some(&message));
            Ok((status, body).into_response())
        }
    }
}
