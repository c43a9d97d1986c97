//! People's accounts.
use entity::{city, user, user_identity};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use super::audit::{self, Entry, snapshot};
use super::{StoreError, now, on_unique};
use crate::domain::user::{Email, NewUser, Role, check_city_binding};
use crate::read::User;

impl TryFrom<user::Model> for User {
    type Error = DbErr;

    fn try_from(m: user::Model) -> Result<Self, DbErr> {
        let role = Role::try_from(m.role.as_str()).map_err(|e| DbErr::Custom(format!("user {}: {e}", m.id)))?;
        Ok(User {
            id: m.id,
            email: m.email,
            name: m.name,
            role,
            city_id: m.city_id,
            disabled: m.disabled_at.is_some(),
            language: m.language,
            time_zone: m.time_zone,
            mail_digest: m.mail_digest == "daily",
        })
    }
}

/// Creates an account with `conn`, which must be a transaction: the account and its audit entry go
/// together (imports put many in one).
pub async fn insert<C: ConnectionTrait>(conn: &C, actor: Option<i32>, new: NewUser) -> Result<User, StoreError> {
    check_city_binding(new.role, new.city_id.is_some()).map_err(|e| StoreError::invalid("city_id", e))?;
    if let Some(city_id) = new.city_id
        && city::Entity::find_by_id(city_id).one(conn).await?.is_none()
    {
        return Err(StoreError::invalid(
            "city_id",
            crate::tr!("refusals-no-city", id = city_id.to_string()),
        ));
    }
    let email = new.email.as_str().to_owned();
    let at = now();
    let model = user::ActiveModel {
        email: Set(email.clone()),
        name: Set(new.name.as_str().to_owned()),
        role: Set(new.role.as_str().to_owned()),
        city_id: Set(new.city_id),
        disabled_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| {
        on_unique(e, || {
            StoreError::conflict(
                "duplicate_email",
                crate::tr!("refusals-email-taken", email = email.as_str()),
            )
        })
    })?;
    let created = User::try_from(model)?;
    audit::record(
        conn,
        Entry {
            actor,
            action: "user.create",
            object_type: "user",
            object_id: created.id.to_string(),
            before: None,
            after: snapshot(&created),
        },
    )
    .await?;
    Ok(created)
}

pub async fn get<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<User>, StoreError> {
    Ok(user::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(User::try_from)
        .transpose()?)
}

pub async fn find_by_email<C: ConnectionTrait>(conn: &C, email: &Email) -> Result<Option<User>, StoreError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(conn)
        .await?
        .map(User::try_from)
        .transpose()?)
}

pub async fn list<C: ConnectionTrait>(conn: &C) -> Result<Vec<User>, StoreError> {
    let models = user::Entity::find().order_by_asc(user::Column::Id).all(conn).await?;
    Ok(models.into_iter().map(User::try_from).collect::<Result<_, _>>()?)
}

/// The users of one city.
pub async fn of_city<C: ConnectionTrait>(conn: &C, city_id: i32) -> Result<Vec<User>, StoreError> {
    let models = user::Entity::find()
        .filter(user::Column::CityId.eq(city_id))
        .order_by_asc(user::Column::Id)
        .all(conn)
        .await?;
    Ok(models.into_iter().map(User::try_from).collect::<Result<_, _>>()?)
}

/// Disables or re-enables an account, with `txn`. Disabling ends every session of the user at once,
/// and the user's API tokens stop working (they are checked against the account on every call).
pub async fn set_disabled<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    id: i32,
    disabled: bool,
) -> Result<User, StoreError> {
    let model = user::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound("user"))?;
    let before = User::try_from(model.clone())?;
    if before.disabled == disabled {
        return Ok(before);
    }
    let mut active: user::ActiveModel = model.into();
    let at = now();
    active.disabled_at = Set(disabled.then_some(at));
    active.updated_at = Set(at);
    let after = User::try_from(active.update(txn).await?)?;
    if disabled {
        super::sessions::delete_for_user(txn, id).await?;
    }
    audit::record(
        txn,
        Entry {
            actor,
            action: if disabled { "user.disable" } else { "user.enable" },
            object_type: "user",
            object_id: id.to_string(),
            before: snapshot(&before),
            after: snapshot(&after),
        },
    )
    .await?;
    Ok(after)
}

/// The user a provider's subject is linked to, if any.
pub async fn find_by_identity<C: ConnectionTrait>(
    conn: &C,
    provider: &str,
    subject: &str,
) -> Result<Option<User>, StoreError> {
    let Some(link) = user_identity::Entity::find()
        .filter(user_identity::Column::Provider.eq(provider))
        .filter(user_identity::Column::Subject.eq(subject))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    get(conn, link.user_id).await
}

/// Whether the user has an account of this provider linked already.
pub async fn has_identity<C: ConnectionTrait>(conn: &C, user_id: i32, provider: &str) -> Result<bool, StoreError> {
    Ok(user_identity::Entity::find()
        .filter(user_identity::Column::UserId.eq(user_id))
        .filter(user_identity::Column::Provider.eq(provider))
        .one(conn)
        .await?
        .is_some())
}

/// Links a provider's subject to an invited user, on their first sign-in through that provider.
pub async fn link_identity<C: ConnectionTrait>(
    conn: &C,
    user_id: i32,
    provider: &str,
    subject: &str,
) -> Result<(), StoreError> {
    user_identity::ActiveModel {
        user_id: Set(user_id),
        provider: Set(provider.to_owned()),
        subject: Set(subject.to_owned()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| {
        on_unique(e, || {
            StoreError::conflict("identity_taken", crate::tr!("refusals-identity-taken"))
        })
    })?;
    audit::record(
        conn,
        Entry {
            actor: Some(user_id),
            action: "user.link_identity",
            object_type: "user",
            object_id: user_id.to_string(),
            before: None,
            after: Some(serde_json::json!({"provider": provider})),
        },
    )
    .await?;
    Ok(())
}

/// Sets a person's preferences (None leaves one as it is; Some("") clears a language or zone).
pub async fn set_preferences<C: ConnectionTrait>(
    txn: &C,
    id: i32,
    language: Option<&str>,
    time_zone: Option<&str>,
    mail_digest: Option<bool>,
) -> Result<User, StoreError> {
    let model = user::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound("user"))?;
    let mut active: user::ActiveModel = model.into();
    if let Some(l) = language {
        active.language = Set(Some(l.to_owned()).filter(|l| !l.is_empty()));
    }
    if let Some(z) = time_zone {
        active.time_zone = Set(Some(z.to_owned()).filter(|z| !z.is_empty()));
    }
    if let Some(d) = mail_digest {
        active.mail_digest = Set(if d { "daily" } else { "immediate" }.to_owned());
    }
    active.updated_at = Set(now());
    Ok(User::try_from(active.update(txn).await?)?)
}
