//! Accounts and API tokens.
use super::{App, AppError, AppResult, Staff};
use crate::domain::user::NewUser;
use crate::read::User;
use crate::store;
use crate::tr;

/// Invites a person: creates their account and tells them where to sign in, and who invited them.
pub async fn invite(app: &App, staff: &Staff, new: NewUser) -> AppResult<User> {
    let txn = store::begin_write(&app.db).await?;
    let user = store::users::insert(&txn, staff.actor_id(), new).await?;
    super::notify::invited(app, &txn, &user, staff.user()).await?;
    txn.commit().await?;
    tracing::info!(user_id = user.id, role = %user.role, "user created");
    Ok(user)
}

/// Every account.
pub async fn list(app: &App, _staff: &Staff) -> AppResult<Vec<User>> {
    Ok(store::users::list(&app.db).await?)
}

/// One account.
pub async fn get(app: &App, _staff: &Staff, id: i32) -> AppResult<User> {
    store::users::get(&app.db, id).await?.ok_or(AppError::NotFound("user"))
}

/// The account of an e-mail address (the command line names people by address).
pub async fn by_email(app: &App, _staff: &Staff, email: &crate::domain::user::Email) -> AppResult<User> {
    store::users::find_by_email(&app.db, email)
        .await?
        .ok_or(AppError::NotFound("user"))
}

/// What a person asks of a new token.
#[derive(Clone, Debug, Default)]
pub struct TokenRequest {
    pub label: Option<String>,
    /// 1 to 365; default 90.
    pub expires_in_days: Option<i64>,
    /// Needed when the secretariat issues a token for someone else (at least 10 characters).
    pub reason: Option<String>,
}

/// Issues a token for `user_id`. A person issues their own; the secretariat may issue one for
/// someone else only with a reason, which the audit log records as "issued by X for Y" (and every
/// action taken with it names both). Returns it with its secret (shown once; only its hash is kept).
pub async fn issue_for(
    app: &App,
    caller: &User,
    user_id: i32,
    req: TokenRequest,
) -> AppResult<(crate::read::ApiToken, String)> {
    let for_someone_else = user_id != caller.id;
    if for_someone_else {
        Staff::of(caller).map_err(|_| AppError::forbidden(tr!("error-users-own-tokens-only")))?;
    }
    let label = match req.label.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(l) => Some(
            crate::domain::text::bounded(crate::domain::text::Subject::Label, l, 1, 100)
                .map_err(|_| AppError::invalid("label", tr!("error-users-token-label")))?,
        ),
    };
    let days = req.expires_in_days.unwrap_or(90);
    if !(1..=365).contains(&days) {
        return Err(AppError::invalid("expires_in_days", tr!("error-users-token-lifetime")));
    }
    let reason = if for_someone_else {
        Some(
            crate::domain::text::bounded(
                crate::domain::text::Subject::Reason,
                req.reason.as_deref().unwrap_or(""),
                10,
                1000,
            )
            .map_err(|_| AppError::invalid("reason", tr!("error-users-token-reason")))?,
        )
    } else {
        None
    };
    let txn = store::begin_write(&app.db).await?;
    let target = store::users::get(&txn, user_id)
        .await?
        .ok_or(AppError::NotFound("user"))?;
    if target.disabled {
        return Err(AppError::conflict("user_disabled", tr!("error-users-token-disabled")));
    }
    let new = store::tokens::NewToken {
        user_id,
        label,
        lifetime: time::Duration::days(days),
        issued_by: for_someone_else.then_some(caller.id),
        reason,
    };
    let issued = store::tokens::issue_new(&txn, Some(caller.id), new).await?;
    txn.commit().await?;
    tracing::info!(user_id, issued_by = caller.id, "API token issued");
    Ok(issued)
}

/// The caller's own live tokens.
pub async fn my_tokens(app: &App, caller: &User) -> AppResult<Vec<crate::read::ApiToken>> {
    Ok(store::tokens::of_user(&app.db, caller.id, store::now()).await?)
}

/// Revokes a token: its owner or the secretariat (404 for anyone else: they may not know it exists).
pub async fn revoke_token(app: &App, caller: &User, token_id: i32) -> AppResult<()> {
    let txn = store::begin_write(&app.db).await?;
    let token = store::tokens::get(&txn, token_id)
        .await?
        .filter(|t| t.user_id == caller.id || caller.actor().is_secretariat())
        .ok_or(AppError::NotFound("token"))?;
    store::tokens::revoke(&txn, Some(caller.id), token.user_id, Some(token.id)).await?;
    txn.commit().await?;
    Ok(())
}

/// Revokes every token of a user (the command line's `admin revoke-tokens`). Returns how many.
pub async fn revoke_all_tokens(app: &App, staff: &Staff, user_id: i32) -> AppResult<u64> {
    let txn = store::begin_write(&app.db).await?;
    let n = store::tokens::revoke(&txn, staff.actor_id(), user_id, None).await?;
    txn.commit().await?;
    Ok(n)
}

/// Issues a token of the default lifetime for `user_id` without the checks of [`issue_for`]: for
/// bootstrapping at the command line and for the benchmarks, never reached from the web.
pub async fn issue_token(app: &App, staff: &Staff, user_id: i32, label: Option<String>) -> AppResult<String> {
    let txn = store::begin_write(&app.db).await?;
    let token = store::tokens::issue(&txn, staff.actor_id(), user_id, label).await?;
    txn.commit().await?;
    tracing::info!(user_id, "API token issued");
    Ok(token)
}

/// Disables or re-enables an account. Disabling ends the user's sessions at once; nobody disables
/// their own account (they would lock themselves out mid-task).
pub async fn set_disabled(app: &App, staff: &Staff, id: i32, disabled: bool) -> AppResult<User> {
    if disabled && staff.actor_id() == Some(id) {
        return Err(AppError::conflict(
            "cannot_disable_self",
            tr!("error-users-disable-self"),
        ));
    }
    let txn = store::begin_write(&app.db).await?;
    let user = store::users::set_disabled(&txn, staff.actor_id(), id, disabled).await?;
    if disabled {
        // Enabling the account again must not revive tokens that were out there.
        store::tokens::revoke(&txn, staff.actor_id(), id, None).await?;
    }
    txn.commit().await?;
    Ok(user)
}

/// What the secretariat's home page counts.
pub struct Counts {
    pub users: usize,
    pub cities: usize,
}

pub async fn counts(app: &App, _staff: &Staff) -> AppResult<Counts> {
    Ok(Counts {
        users: store::users::list(&app.db).await?.len(),
        cities: store::cities::list(&app.db, None).await?.len(),
    })
}

/// The people dev sign-in offers: every enabled account. Only asked when dev sign-in is on.
pub async fn dev_sign_in_choices(app: &App) -> AppResult<Vec<User>> {
    Ok(store::users::list(&app.db)
        .await?
        .into_iter()
        .filter(|u| !u.disabled)
        .collect())
}

/// The languages of the service: UNESCO's six.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// What a person asks to change about how the service speaks to them (None: unchanged).
#[derive(Clone, Debug, Default)]
pub struct Preferences {
    /// ar, zh, en, fr, ru or es; "" to follow the browser.
    pub language: Option<String>,
    /// An IANA zone; "" for UTC.
    pub time_zone: Option<String>,
    /// immediate | daily.
    pub mail_digest: Option<String>,
}

/// Sets the caller's own preferences; an unknown language, zone or digest choice is refused (422).
pub async fn set_preferences(app: &App, caller: &User, wanted: &Preferences) -> AppResult<User> {
    if let Some(l) = wanted
        .language
        .as_deref()
        .filter(|l| !l.is_empty() && !LANGUAGES.contains(l))
    {
        return Err(AppError::invalid("language", tr!("error-users-language", value = l)));
    }
    if let Some(z) = wanted
        .time_zone
        .as_deref()
        .filter(|z| !z.is_empty() && !crate::format::is_time_zone(z))
    {
        return Err(AppError::invalid("time_zone", tr!("error-users-time-zone", value = z)));
    }
    let digest = match wanted.mail_digest.as_deref() {
        None => None,
        Some("immediate") => Some(false),
        Some("daily") => Some(true),
        Some(other) => {
            return Err(AppError::invalid(
                "mail_digest",
                tr!("error-users-mail-digest", value = other),
            ));
        }
    };
    let txn = store::begin_write(&app.db).await?;
    let user = store::users::set_preferences(
        &txn,
        caller.id,
        wanted.language.as_deref(),
        wanted.time_zone.as_deref(),
        digest,
    )
    .await?;
    if digest == Some(false) {
        super::outbox::release_held(&txn, caller.id).await?;
    }
    txn.commit().await?;
    Ok(user)
}
