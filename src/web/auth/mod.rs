//! Signing in and out: OpenID Connect providers, dev sign-in for local exploring, sessions, CSRF.
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use time::Duration;

use crate::config::{AuthSettings, ProviderSettings};
use crate::domain::token::{random_secret, secrets_equal};
use crate::domain::user::Email;
use crate::startup::AppState;
use crate::store::{self, oidc_logins::PendingLogin};
use crate::views;
use crate::web::error::{AppError, PageError};

pub mod cookies;
pub mod csrf;
pub mod oidc;
pub mod session;

use csrf::CsrfForm;
use session::{SignedIn, Visitor, safe_next};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/signin", get(signin_page))
        .route("/signout", post(signout))
        .route("/auth/dev", post(dev_signin))
        .route("/auth/{provider}/start", get(oidc_start))
        .route("/auth/{provider}/callback", get(oidc_callback))
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
    signed_out: Option<String>,
}

/// The sign-in page: a button per provider, and the dev sign-in form when enabled.
async fn signin_page(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    Query(q): Query<NextQuery>,
) -> Result<Response, PageError> {
    let next = safe_next(q.next.as_deref());
    if visitor.0.is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    let auth = &state.settings.auth;
    // The double-submit token for the forms on this page (there is no session yet).
    let (jar, csrf) = match cookies::read(&jar, cookies::PRE_CSRF, auth) {
        Some(t) => (jar, t),
        None => {
            let t = random_secret();
            (jar.add(cookies::build(cookies::PRE_CSRF, t.clone(), None, auth)), t)
        }
    };
    let dev_users = if auth.dev_login {
        Some(
            store::users::list(&state.db)
                .await?
                .into_iter()
                .filter(|u| !u.disabled)
                .collect(),
        )
    } else {
        None
    };
    let view = views::auth::SigninView {
        providers: auth
            .providers
            .iter()
            .map(|p| (p.id.as_str(), p.display_name.as_str()))
            .collect(),
        dev_users,
        csrf: &csrf,
        next: &next,
        signed_out: q.signed_out.is_some(),
    };
    Ok((jar, views::auth::signin(&visitor.shell(), &view)).into_response())
}

/// Starts a session for `user_id`: a new session id at every sign-in, so an id planted before
/// sign-in (session fixation) is worth nothing.
async fn start_session(state: &AppState, jar: CookieJar, user_id: i32, next: &str) -> Result<Response, PageError> {
    let plain = store::sessions::create(&state.db, user_id, state.session_lifetime()).await?;
    let auth = &state.settings.auth;
    let max_age = Duration::hours(auth.session_absolute_hours);
    let jar = jar
        .add(cookies::build(cookies::SESSION, plain, Some(max_age), auth))
        .add(cookies::removal(cookies::LOGIN, auth));
    Ok((jar, Redirect::to(next)).into_response())
}

#[derive(Deserialize)]
struct DevSignin {
    user_id: i32,
    next: Option<String>,
}

/// Dev sign-in: choose any enabled user. Exists only when `auth.dev_login` is on (which the
/// configuration allows only on a loopback address).
#[tracing::instrument(skip_all, fields(user_id = form.user_id))]
async fn dev_signin(
    State(state): State<AppState>,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<DevSignin>,
) -> Result<Response, PageError> {
    if !state.settings.auth.dev_login {
        return Err(PageError(AppError::NotFound("page")));
    }
    let user = store::users::get(&state.db, form.user_id)
        .await?
        .filter(|u| !u.disabled)
        .ok_or(AppError::NotFound("user"))?;
    tracing::info!("dev sign-in");
    start_session(&state, jar, user.id, &safe_next(form.next.as_deref())).await
}

#[derive(Deserialize)]
struct Empty {}

/// Signs out: the session is deleted on the server, so the cookie is worthless everywhere.
async fn signout(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    jar: CookieJar,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    store::sessions::delete(&state.db, session.id).await?;
    let jar = jar.add(cookies::removal(cookies::SESSION, &state.settings.auth));
    Ok((jar, Redirect::to("/signin?signed_out=1")).into_response())
}

fn configured_provider<'a>(auth: &'a AuthSettings, id: &str) -> Result<&'a ProviderSettings, AppError> {
    auth.providers
        .iter()
        .find(|p| p.id == id)
        .ok_or(AppError::NotFound("sign-in provider"))
}

#[derive(Deserialize)]
struct StartQuery {
    next: Option<String>,
}

async fn oidc_start(
    State(state): State<AppState>,
    Path(provider_id): Path<String>,
    jar: CookieJar,
    Query(q): Query<StartQuery>,
) -> Result<Response, PageError> {
    let auth = &state.settings.auth;
    let provider = configured_provider(auth, &provider_id)?;
    let start = oidc::start(&state.http, provider, &auth.public_url)
        .await
        .map_err(|e| AppError::Internal(e.context(format!("starting sign-in with {}", provider.id))))?;
    let browser = random_secret();
    store::oidc_logins::begin(
        &state.db,
        &browser,
        PendingLogin {
            provider: provider.id.clone(),
            state: start.state,
            nonce: start.nonce,
            pkce_verifier: start.pkce_verifier,
            next_path: safe_next(q.next.as_deref()),
        },
    )
    .await?;
    let jar = jar.add(cookies::build(
        cookies::LOGIN,
        browser,
        Some(store::oidc_logins::MAX_AGE),
        auth,
    ));
    Ok((jar, Redirect::to(&start.url)).into_response())
}

#[derive(Deserialize)]
struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// Why a sign-in was refused, as the person is told: never the internals.
fn refused(message: &'static str) -> PageError {
    PageError(AppError::forbidden(message))
}

#[tracing::instrument(skip_all, fields(provider = %provider_id))]
async fn oidc_callback(
    State(state): State<AppState>,
    Path(provider_id): Path<String>,
    jar: CookieJar,
    Query(cb): Query<Callback>,
) -> Result<Response, PageError> {
    let auth = &state.settings.auth;
    let provider = configured_provider(auth, &provider_id)?;
    // The sign-in this browser started: taken once, so a replayed callback finds nothing.
    let pending = match cookies::read(&jar, cookies::LOGIN, auth) {
        Some(browser) => store::oidc_logins::take(&state.db, &browser).await?,
        None => None,
    };
    let Some(pending) = pending.filter(|p| p.provider == provider.id) else {
        tracing::warn!("callback without a sign-in in progress");
        return Err(refused(
            "This sign-in has expired or was not started here. Please sign in again.",
        ));
    };
    if let Some(error) = cb.error {
        tracing::warn!(%error, "the provider refused the sign-in");
        return Err(refused("The sign-in was cancelled or refused by the provider."));
    }
    // state is checked before the code is exchanged: a forged callback never reaches the provider.
    let state_ok = cb.state.as_deref().is_some_and(|s| secrets_equal(s, &pending.state));
    let (true, Some(code)) = (state_ok, cb.code) else {
        tracing::warn!("state mismatch or missing code");
        return Err(refused("This sign-in could not be verified. Please sign in again."));
    };
    let identity = match oidc::finish(
        &state.http,
        provider,
        &auth.public_url,
        code,
        pending.pkce_verifier,
        pending.nonce,
    )
    .await
    {
        Ok(identity) => identity,
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "sign-in verification failed");
            return Err(refused("This sign-in could not be verified. Please sign in again."));
        }
    };
    let user = match store::users::find_by_identity(&state.db, &provider.id, &identity.subject).await? {
        Some(user) => Some(user),
        None => link_invited_user(&state, &provider.id, &identity).await?,
    };
    match user.filter(|u| !u.disabled) {
        Some(user) => {
            tracing::info!(user_id = user.id, "signed in");
            start_session(&state, jar, user.id, &pending.next_path).await
        }
        None => {
            tracing::info!("sign-in by a person who was not invited");
            let jar = jar.add(cookies::removal(cookies::LOGIN, auth));
            let page = views::auth::not_invited(&Default::default(), &provider.display_name);
            Ok((axum::http::StatusCode::FORBIDDEN, jar, page).into_response())
        }
    }
}

/// A first sign-in: the provider's verified e-mail must match an invited user, who is then linked
/// to this provider's subject. An unverified address never links: anyone can type any address.
async fn link_invited_user(
    state: &AppState,
    provider: &str,
    identity: &oidc::VerifiedIdentity,
) -> Result<Option<store::users::User>, PageError> {
    let Some(email) = identity.email.as_deref().filter(|_| identity.email_verified) else {
        return Ok(None);
    };
    let Ok(email) = Email::try_from(email) else {
        return Ok(None);
    };
    let Some(user) = store::users::find_by_email(&state.db, &email).await? else {
        return Ok(None);
    };
    store::users::link_identity(&state.db, user.id, provider, &identity.subject).await?;
    Ok(Some(user))
}
