//! Personal API tokens: issued by the secretariat or the command line, kept hashed.
use entity::{api_token, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use serde_json::json;
use time::Duration;

use super::audit::{self, Entry};
use super::{StoreError, now};
use crate::domain::token;
use crate::read::User;

/// Last-use times are for people ("is this token still used?"), so they are refreshed at most this
/// often: a write on every request would make reads cost writes.
const LAST_USED_GRANULARITY: Duration = Duration::minutes(5);

/// Issues a new token for `user_id` with `txn` and returns it; only its hash is stored.
pub async fn issue<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    user_id: i32,
    label: Option<String>,
) -> Result<String, StoreError> {
    if user::Entity::find_by_id(user_id).one(txn).await?.is_none() {
        return Err(StoreError::NotFound("user"));
    }
    let new = token::generate();
    let saved = api_token::ActiveModel {
        user_id: Set(user_id),
        token_hash: Set(new.hash),
        label: Set(label.clone()),
        created_at: Set(now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "token.issue",
            object_type: "api_token",
            object_id: saved.id.to_string(),
            before: None,
            // Never the token itself.
            after: Some(json!({"id": saved.id, "user_id": user_id, "label": label})),
        },
    )
    .await?;
    Ok(new.plain)
}

/// The user a token belongs to, if the token is valid, not revoked, and its user not disabled.
pub async fn authenticate(db: &DatabaseConnection, plain: &str) -> Result<Option<User>, StoreError> {
    if !token::looks_like_token(plain) {
        return Ok(None);
    }
    let Some(tok) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(token::hash(plain)))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(owner) = user::Entity::find_by_id(tok.user_id).one(db).await? else {
        return Ok(None);
    };
    let owner = User::try_from(owner)?;
    if owner.disabled {
        return Ok(None);
    }
    let at = now();
    if tok.last_used_at.is_none_or(|t| at - t > LAST_USED_GRANULARITY) {
        let mut active: api_token::ActiveModel = tok.into();
        active.last_used_at = Set(Some(at));
        // Bookkeeping only: a failure here must not refuse a valid request.
        if let Err(e) = active.update(db).await {
            tracing::warn!(error = %e, "could not record a token's last use");
        }
    }
    Ok(Some(owner))
}
