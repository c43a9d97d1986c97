//! Signing in and out: OpenID Connect providers, dev sign-in for local exploring, sessions, CSRF.
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use time::Duration;

use crate::app::auth as sign_in;
use crate::config::{AuthSettings, ProviderSettings};
use crate::domain::token::{random_secret, secrets_equal};
use crate::read::PendingLogin;
use crate::tr;
use crate::views;
use crate::web::AppState;
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
        Some(crate::app::users::dev_sign_in_choices(&state).await?)
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

/// Sets the new session's cookie (the session itself is started by `app::auth`) and goes on.
fn with_session(state: &AppState, jar: CookieJar, plain: String, next: &str) -> Response {
    let auth = &state.settings.auth;
    let max_age = Duration::hours(auth.session_absolute_hours);
    let jar = jar
        .add(cookies::build(cookies::SESSION, plain, Some(max_age), auth))
        .add(cookies::removal(cookies::LOGIN, auth));
    (jar, Redirect::to(next)).into_response()
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
    let plain = sign_in::dev_sign_in(&state, form.user_id).await?;
    Ok(with_session(&state, jar, plain, &safe_next(form.next.as_deref())))
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
    sign_in::sign_out(&state, &session).await?;
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
    sign_in::begin_sign_in(
        &state,
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
        Some(sign_in::SIGN_IN_MAX_AGE),
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
fn refused(message: String) -> PageError {
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
        Some(browser) => sign_in::take_sign_in(&state, &browser).await?,
        None => None,
    };
    let Some(pending) = pending.filter(|p| p.provider == provider.id) else {
        tracing::warn!("callback without a sign-in in progress");
        return Err(refused(tr!("auth-sign-in-expired")));
    };
    if let Some(error) = cb.error {
        tracing::warn!(%error, "the provider refused the sign-in");
        return Err(refused(tr!("auth-sign-in-cancelled")));
    }
    // state is checked before the code is exchanged: a forged callback never reaches the provider.
    let state_ok = cb.state.as_deref().is_some_and(|s| secrets_equal(s, &pending.state));
    let (true, Some(code)) = (state_ok, cb.code) else {
        tracing::warn!("state mismatch or missing code");
        return Err(refused(tr!("auth-sign-in-unverified")));
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
            return Err(refused(tr!("auth-sign-in-unverified")));
        }
    };
    let refusal = match sign_in::user_of_identity(&state, &provider.id, &identity).await? {
        sign_in::SignIn::Known(user) => {
            tracing::info!(user_id = user.id, "signed in");
            let plain = sign_in::start_session(&state, user.id).await?;
            return Ok(with_session(&state, jar, plain, &pending.next_path));
        }
        sign_in::SignIn::NotInvited => {
            tracing::info!("sign-in by a person who was not invited");
            views::auth::not_invited(&Default::default(), &provider.display_name)
        }
        sign_in::SignIn::Disabled => {
            tracing::info!("sign-in to a disabled account");
            views::auth::account_disabled(&Default::default())
        }
        sign_in::SignIn::AlreadyLinked => views::auth::already_linked(&Default::default(), &provider.display_name),
    };
    let jar = jar.add(cookies::removal(cookies::LOGIN, auth));
    Ok((axum::http::StatusCode::FORBIDDEN, jar, refusal).into_response())
}
