//! Who is calling: API tokens, sessions, and signing in (dev sign-in, OpenID Connect).
use super::{App, AppError, AppResult};
use crate::domain::user::{Email, VerifiedIdentity};
use crate::read::{PendingLogin, Session, User};
use crate::store;

/// A sign-in slower than this (the provider's login page included) starts again.
pub const SIGN_IN_MAX_AGE: time::Duration = store::oidc_logins::MAX_AGE;

/// Who a bearer token speaks for, if it is valid (not revoked, not expired) and its user enabled.
pub use crate::store::tokens::Bearer;

/// `reading`: the request only reads (its pool, see [`App::pool`]).
///
/// A token's last-used time, when due to move on, is written after the answer through the writers'
/// queue, as a session's last-seen time is (bookkeeping: its failure refuses no request).
pub async fn authenticate_token(app: &App, plain: &str, reading: bool) -> AppResult<Option<Bearer>> {
    let Some((bearer, used)) = store::tokens::authenticate(app.pool(reading), plain).await? else {
        return Ok(None);
    };
    if let Some(used) = used {
        after_the_answer(app, "token_last_used", move |app| async move {
            let txn = store::begin_write(&app.db).await?;
            store::tokens::record_use(&txn, used).await?;
            txn.commit().await?;
            Ok(())
        });
    }
    Ok(Some(bearer))
}

/// Bookkeeping written after the answer, on the writers' thread, in its turn among the writers;
/// its failure refuses no request and is logged, with `what` (a log field, not shown to anyone).
fn after_the_answer<F, Fut>(app: &App, what: &'static str, write: F)
where
    F: FnOnce(App) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = AppResult<()>> + Send + 'static,
{
    let app = app.clone();
    tokio::spawn(async move {
        let owned = app.clone();
        if let Err(e) = app.on_writers_thread(write(owned)).await {
            tracing::warn!(error = %e, what, "bookkeeping after the answer was not written");
        }
    });
}

/// The live session of a cookie value, if any; `reading` as for tokens.
///
/// The look is a read; what it leaves to write goes through the writers' queue. A session seen
/// again after a while only moves its last-seen time on (for idle expiry), which is written after
/// the answer: under a rating load on SQLite, a page view that wrote it inline waited at the write
/// lock behind the raters (profile pages of 1.6–2.4 s in the load benchmark). A deletion or a
/// one-time message to clear is written before the answer, so that neither outlives the request.
pub async fn session(app: &App, plain: &str, reading: bool) -> AppResult<Option<Session>> {
    use store::sessions::Upkeep;
    let (found, upkeep) = store::sessions::find(app.pool(reading), plain, app.session_lifetime()).await?;
    match upkeep {
        Upkeep::Nothing => {}
        Upkeep::Touch { clear_flash: false, .. } => {
            after_the_answer(app, "session_last_seen", move |app| async move {
                store_session_upkeep(&app, upkeep).await
            });
        }
        _ => session_upkeep(app, upkeep).await?,
    }
    Ok(found)
}

/// On the writers' thread (SQLite): a write holds the one writer's turn from BEGIN to COMMIT, and
/// on the request workers each of its three hops back waits behind the pages queued there, every
/// rating waiting behind it (under 8 readers at full speed, stalls of about 100 ms).
async fn session_upkeep(app: &App, upkeep: store::sessions::Upkeep) -> AppResult<()> {
    let owned = app.clone();
    app.on_writers_thread(async move { store_session_upkeep(&owned, upkeep).await })
        .await
}

async fn store_session_upkeep(app: &App, upkeep: store::sessions::Upkeep) -> AppResult<()> {
    let txn = store::begin_write(&app.db).await?;
    store::sessions::upkeep(&txn, upkeep).await?;
    txn.commit().await?;
    Ok(())
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

/// How a provider's sign-in ends.
#[derive(Debug)]
pub enum SignIn {
    /// The account of this provider's subject (linked now, or before).
    Known(User),
    /// No invited user matches a verified e-mail of this sign-in.
    NotInvited,
    /// The matching account is disabled: no session, and no new link.
    Disabled,
    /// The matching user already has another account of this provider linked: one per provider.
    AlreadyLinked,
}

/// The user a provider's verified identity signs in as. A subject already linked signs in as its
/// user; a first sign-in links the subject to the invited user whose e-mail matches, but only a
/// verified e-mail, only a user with no account of this provider yet, and never a disabled user.
pub async fn user_of_identity(app: &App, provider: &str, identity: &VerifiedIdentity) -> AppResult<SignIn> {
    if let Some(user) = store::users::find_by_identity(&app.db, provider, &identity.subject).await? {
        return Ok(if user.disabled {
            SignIn::Disabled
        } else {
            SignIn::Known(user)
        });
    }
    // An unverified address never links: anyone can type any address.
    let Some(email) = identity.email.as_deref().filter(|_| identity.email_verified) else {
        return Ok(SignIn::NotInvited);
    };
    let Ok(email) = Email::try_from(email) else {
        return Ok(SignIn::NotInvited);
    };
    let txn = store::begin_write(&app.db).await?;
    let Some(user) = store::users::find_by_email(&txn, &email).await? else {
        return Ok(SignIn::NotInvited);
    };
    if user.disabled {
        return Ok(SignIn::Disabled);
    }
    if store::users::has_identity(&txn, user.id, provider).await? {
        tracing::warn!(
            user_id = user.id,
            provider,
            "a second account of one provider tried to link to a user"
        );
        return Ok(SignIn::AlreadyLinked);
    }
    store::users::link_identity(&txn, user.id, provider, &identity.subject).await?;
    txn.commit().await?;
    Ok(SignIn::Known(user))
}

/// The worker's clean-up: sessions that ended and sign-ins abandoned half-way are deleted, so the
/// tables hold only what can still be used. Returns (sessions, sign-ins) deleted.
pub async fn purge(app: &App, at: time::OffsetDateTime) -> AppResult<(u64, u64)> {
    let sessions = store::sessions::purge_expired(&app.db, app.session_lifetime(), at).await?;
    let logins = store::oidc_logins::purge_abandoned(&app.db, at).await?;
    Ok((sessions, logins))
}
