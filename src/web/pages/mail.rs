//! `/outbox` and `/mail/templates` (the secretariat's view of the e-mail the service sends) and
//! `/settings` (each person's language, time zone and digest). The rules are in `app`.
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use super::{done, refusal};
use crate::app;
use crate::i18n::{self, Locale};
use crate::tr;
use crate::views;
use crate::web::AppState;
use crate::web::auth::cookies;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn, safe_next};
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
        .route("/language", post(choose_language))
        .route("/language/{code}", get(visitor_language))
        .route("/tokens", get(tokens_page).post(create_token))
        .route("/tokens/{id}/revoke", post(revoke_token))
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
        Ok(e) => tr!("admin-outbox-queued-again", to = e.to.as_str()),
        Err(e) => tr!("admin-outbox-not-sent-again", reason = refusal(e)?.1),
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
        Ok(_) => done(&state, &page.0, &tr!("settings-saved"), "/settings").await,
        Err(e) => {
            let (status, message) = refusal(e)?;
            let zones = crate::format::time_zones();
            let body = views::mail::settings(&page.shell(), &page.0.csrf_token, &page.0.user, &zones, Some(&message));
            Ok((status, body).into_response())
        }
    }
}

#[derive(Deserialize)]
struct LanguageForm {
    language: String,
}

/// Where the switcher was used: back to that page (a local path only), else home.
fn back(headers: &HeaderMap) -> String {
    let path = headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.parse::<axum::http::Uri>().ok())
        .and_then(|u| u.path_and_query().map(|p| p.as_str().to_owned()));
    safe_next(path.as_deref())
}

/// The switcher, signed in: the choice is kept on the person's profile, for pages and e-mails.
async fn choose_language(
    State(state): State<AppState>,
    page: SignedIn,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, PageError> {
    let wanted = app::users::Preferences {
        language: Some(form.language.clone()),
        time_zone: None,
        mail_digest: None,
    };
    app::users::set_preferences(&state, &page.0.user, &wanted).await?;
    let locale = Locale::parse(&form.language).unwrap_or(Locale::En);
    let message = i18n::with(locale, || tr!("settings-language-saved"));
    done(&state, &page.0, &message, &back(&headers)).await
}

/// The switcher, before signing in: the choice is kept in a cookie for a year.
async fn visitor_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    jar: CookieJar,
) -> Result<Response, PageError> {
    let locale = Locale::parse(&code).ok_or(PageError(app::AppError::NotFound("language")))?;
    let cookie = cookies::build(
        cookies::LANGUAGE,
        locale.code().to_owned(),
        Some(time::Duration::days(365)),
        &state.settings.auth,
    );
    Ok((jar.add(cookie), Redirect::to(&back(&headers))).into_response())
}

async fn render_tokens(
    state: &AppState,
    page: &SignedIn,
    secret: Option<&str>,
    error: Option<&str>,
) -> Result<maud::Markup, PageError> {
    let tokens = app::users::my_tokens(state, &page.0.user).await?;
    Ok(views::mail::tokens(
        &page.shell(),
        &page.0.csrf_token,
        &tokens,
        secret,
        error,
    ))
}

async fn tokens_page(State(state): State<AppState>, page: SignedIn) -> Result<maud::Markup, PageError> {
    render_tokens(&state, &page, None, None).await
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    days: String,
}

/// A new token of one's own; its secret is shown on this answer only (no redirect: it would have
/// to travel through the session).
async fn create_token(
    State(state): State<AppState>,
    page: SignedIn,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, PageError> {
    let days = match form.days.trim() {
        "" => None,
        d => match d.parse::<i64>() {
            Ok(d) => Some(d),
            Err(_) => {
                let body = render_tokens(&state, &page, None, Some(&tr!("settings-tokens-days-invalid"))).await?;
                return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response());
            }
        },
    };
    let req = app::users::TokenRequest {
        label: Some(form.label),
        expires_in_days: days,
        reason: None,
    };
    match app::users::issue_for(&state, &page.0.user, page.0.user.id, req).await {
        Ok((_, secret)) => Ok(render_tokens(&state, &page, Some(&secret), None).await?.into_response()),
        Err(e) => {
            let (status, message) = refusal(e)?;
            Ok((status, render_tokens(&state, &page, None, Some(&message)).await?).into_response())
        }
    }
}

async fn revoke_token(
    State(state): State<AppState>,
    page: SignedIn,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    app::users::revoke_token(&state, &page.0.user, id).await?;
    done(&state, &page.0, &tr!("settings-token-revoked"), "/tokens").await
}
