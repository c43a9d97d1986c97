//! OpenID Connect sign-ins in progress: between the redirect to the provider and its callback, the
//! CSRF `state`, the `nonce` and the PKCE verifier wait here, keyed by a cookie that binds them to the
//! browser that started. Each is used once, and only within a few minutes.
use entity::oidc_login;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use time::Duration;

use super::{StoreError, now};
use crate::domain::token;
use crate::read::PendingLogin;

/// A sign-in slower than this (the provider's login page included) starts again.
pub const MAX_AGE: Duration = Duration::minutes(10);

/// Records a sign-in that is starting; `browser_secret` is the cookie value.
pub async fn begin<C: ConnectionTrait>(conn: &C, browser_secret: &str, login: PendingLogin) -> Result<(), StoreError> {
    // Opportunistic clean-up of abandoned sign-ins.
    oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::CreatedAt.lt(now() - MAX_AGE))
        .exec(conn)
        .await?;
    oidc_login::ActiveModel {
        browser_hash: Set(token::hash(browser_secret)),
        provider: Set(login.provider),
        state: Set(login.state),
        nonce: Set(login.nonce),
        pkce_verifier: Set(login.pkce_verifier),
        next_path: Set(login.next_path),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Deletes the sign-ins abandoned before `at - MAX_AGE`: the worker's clean-up.
pub async fn purge_abandoned<C: ConnectionTrait>(conn: &C, at: time::OffsetDateTime) -> Result<u64, StoreError> {
    let res = oidc_login::Entity::delete_many()
        .filter(oidc_login::Column::CreatedAt.lt(at - MAX_AGE))
        .exec(conn)
        .await?;
    Ok(res.rows_affected)
}

/// Takes (reads and deletes) the sign-in this browser started, if it is recent enough. Deleting on
/// read makes every callback single-use: a replayed callback finds nothing.
pub async fn take<C: ConnectionTrait>(conn: &C, browser_secret: &str) -> Result<Option<PendingLogin>, StoreError> {
    let Some(row) = oidc_login::Entity::find()
        .filter(oidc_login::Column::BrowserHash.eq(token::hash(browser_secret)))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let res = oidc_login::Entity::delete_by_id(row.id).exec(conn).await?;
    // Two callbacks racing on the same row: only the one that deleted it goes on.
    if res.rows_affected == 0 || now() - row.created_at > MAX_AGE {
        return Ok(None);
    }
    Ok(Some(PendingLogin {
        provider: row.provider,
        state: row.state,
        nonce: row.nonce,
        pkce_verifier: row.pkce_verifier,
        next_path: row.next_path,
    }))
}
