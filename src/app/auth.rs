//! Who is calling: API tokens, sessions, and signing in (dev sign-in, OpenID Connect).
use super::{App, AppError, AppResult};
use crate::domain::user::{Email, VerifiedIdentity};
use crate::read::{PendingLogin, Session, User};
use crate::store;

/// A sign-in slower than this (the provider's login page included) starts again.
pub const SIGN_IN_MAX_AGE: time::Duration = store::oidc_logins::MAX_AGE;

/// The user a bearer token belongs to, if the token is valid and its user enabled.
pub async fn authenticate_token(app: &App, plain: &str) -> AppResult<Option<User>> {
    Ok(store::tokens::authenticate(&app.db, plain).await?)
}

/// The live session of a cookie value, if any.
pub async fn session(app: &App, plain: &str) -> AppResult<Option<Session>> {
    Ok(store::sessions::find(&app.db, plain, app.session_lifetime()).await?)
}

/// Starts a session for `user_id`: a new session id at every sign-in, so an id planted before
/// sign-in (session fixation) is worth nothing. Returns the cookie value.
pub async fn start_session(app: &App, user_id: i32) -> AppResult<String> {
    Ok(store::sessions::create(&app.db, user_id, app.session_lifetime()).await?)
}

/// Dev sign-in: any enabled user, only when `auth.dev_login` is on (404 otherwise).
pub async fn dev_sign_in(app: &App, user_id: i32) -> AppResult<String> {
    if !app.settings.auth.dev_login {
        return Err(AppError::NotFound("page"));
    }
    let user = store::users::get(&app.db, user_id)
        .await?
        .filter(|u| !u.disabled)
        .ok_or(AppError::NotFound("user"))?;
    tracing::info!(user_id = user.id, "dev sign-in");
    start_session(app, user.id).await
}

/// Ends a session (sign-out) everywhere at once.
pub async fn sign_out(app: &App, session: &Session) -> AppResult<()> {
    Ok(store::sessions::delete(&app.db, session.id).await?)
}

/// Leaves a one-time message for the session's next page.
pub async fn flash(app: &App, session: &Session, message: &str) -> AppResult<()> {
    Ok(store::sessions::set_flash(&app.db, session.id, message).await?)
}

/// Records an OpenID sign-in that is starting, bound to the browser's secret.
pub async fn begin_sign_in(app: &App, browser_secret: &str, login: PendingLogin) -> AppResult<()> {
    Ok(store::oidc_logins::begin(&app.db, browser_secret, login).await?)
}

/// Takes the sign-in this browser started (once).
pub async fn take_sign_in(app: &App, browser_secret: &str) -> AppResult<Option<PendingLogin>> {
    Ok(store::oidc_logins::take(&app.db, browser_secret).await?)
}

/// The enabled user a verified identity signs in as: the one linked to it, or, on a first sign-in,
/// the invited user whose address the provider verified (then linked). None: not invited.
pub async fn user_of_identity(app: &App, provider: &str, identity: &VerifiedIdentity) -> AppResult<Option<User>> {
    let user = match store::users::find_by_identity(&app.db, provider, &identity.subject).await? {
        Some(user) => Some(user),
        None => link_invited_user(app, provider, identity).await?,
    };
    Ok(user.filter(|u| !u.disabled))
}

/// A first sign-in: the provider's verified e-mail must match an invited user, who is then linked
/// to this provider's subject. An unverified address never links: anyone can type any address.
async fn link_invited_user(app: &App, provider: &str, identity: &VerifiedIdentity) -> AppResult<Option<User>> {
    let Some(email) = identity.email.as_deref().filter(|_| identity.email_verified) else {
        return Ok(None);
    };
    let Ok(email) = Email::try_from(email) else {
        return Ok(None);
    };
    let Some(user) = store::users::find_by_email(&app.db, &email).await? else {
        return Ok(None);
    };
    let txn = store::begin_write(&app.db).await?;
    store::users::link_identity(&txn, user.id, provider, &identity.subject).await?;
    txn.commit().await?;
    Ok(Some(user))
}
