//! Accounts and API tokens.
use super::{App, AppError, AppResult, Staff};
use crate::domain::user::NewUser;
use crate::read::User;
use crate::store;

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

/// Issues a personal API token for `user_id`; returns it (shown once; only its hash is kept).
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
            "You cannot disable your own account.",
        ));
    }
    let txn = store::begin_write(&app.db).await?;
    let user = store::users::set_disabled(&txn, staff.actor_id(), id, disabled).await?;
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
        return Err(AppError::invalid(
            "language",
            format!("`{l}` is not a language of the service; use ar, zh, en, fr, ru or es"),
        ));
    }
    if let Some(z) = wanted
        .time_zone
        .as_deref()
        .filter(|z| !z.is_empty() && !crate::format::is_time_zone(z))
    {
        return Err(AppError::invalid(
            "time_zone",
            format!("`{z}` is not a time zone; use an IANA name such as Europe/Paris"),
        ));
    }
    let digest = match wanted.mail_digest.as_deref() {
        None => None,
        Some("immediate") => Some(false),
        Some("daily") => Some(true),
        Some(other) => {
            return Err(AppError::invalid(
                "mail_digest",
                format!(
                    "`{other}` is not a choice: use immediate (one message per event) or daily (one summary a day)"
                ),
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
