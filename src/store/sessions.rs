//! Server-side sessions. The cookie holds a random id; the database holds its hash, the user, the
//! session's CSRF token and its times. Any app node can serve any request, and signing out (or
//! disabling a user) ends a session everywhere at once.
use entity::{session, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use time::{Duration, OffsetDateTime};

use super::{StoreError, now};
use crate::domain::token;
use crate::read::{Session, User};

/// How long a session lives: idle (since the last request) and absolute (since sign-in).
#[derive(Clone, Copy, Debug)]
pub struct Lifetime {
    pub idle: Duration,
    pub absolute: Duration,
}

/// Last-seen times are written at most this often: enough for idle expiry, without a write per request.
const TOUCH_GRANULARITY: Duration = Duration::seconds(30);

/// Starts a session for `user_id`; returns the cookie value (shown once, stored hashed).
pub async fn create<C: ConnectionTrait>(conn: &C, user_id: i32, lifetime: Lifetime) -> Result<String, StoreError> {
    let plain = token::random_secret();
    let at = now();
    session::ActiveModel {
        token_hash: Set(token::hash(&plain)),
        user_id: Set(user_id),
        csrf_token: Set(token::random_secret()),
        flash: Set(None),
        created_at: Set(at),
        last_seen_at: Set(at),
        expires_at: Set(at + lifetime.absolute),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(plain)
}

/// The live session for a cookie value, if any. Expired sessions (idle or absolute) and sessions of
/// disabled users are deleted on sight.
pub async fn find<C: ConnectionTrait>(
    conn: &C,
    plain: &str,
    lifetime: Lifetime,
) -> Result<Option<Session>, StoreError> {
    let Some(row) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token::hash(plain)))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let at = now();
    let owner = user::Entity::find_by_id(row.user_id).one(conn).await?;
    let expired = is_expired(row.last_seen_at, row.expires_at, lifetime, at);
    let owner = match owner.map(User::try_from).transpose()? {
        Some(u) if !u.disabled && !expired => u,
        _ => {
            session::Entity::delete_by_id(row.id).exec(conn).await?;
            return Ok(None);
        }
    };
    let live = Session {
        id: row.id,
        user: owner,
        csrf_token: row.csrf_token.clone(),
        flash: row.flash.clone(),
    };
    let touch = at - row.last_seen_at > TOUCH_GRANULARITY;
    if touch || row.flash.is_some() {
        let mut active: session::ActiveModel = row.into();
        if touch {
            active.last_seen_at = Set(at);
        }
        active.flash = Set(None);
        active.update(conn).await?;
    }
    Ok(Some(live))
}

fn is_expired(last_seen: OffsetDateTime, expires_at: OffsetDateTime, lifetime: Lifetime, at: OffsetDateTime) -> bool {
    at >= expires_at || at - last_seen >= lifetime.idle
}

/// Leaves a one-time message for the session's next page.
pub async fn set_flash<C: ConnectionTrait>(conn: &C, id: i32, message: &str) -> Result<(), StoreError> {
    session::Entity::update_many()
        .col_expr(session::Column::Flash, sea_orm::sea_query::Expr::value(message))
        .filter(session::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends one session (sign-out).
pub async fn delete<C: ConnectionTrait>(conn: &C, id: i32) -> Result<(), StoreError> {
    session::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}

/// Deletes the sessions that ended (absolutely, or idle for `lifetime.idle`): the worker's clean-up.
pub async fn purge_expired<C: ConnectionTrait>(
    conn: &C,
    lifetime: Lifetime,
    at: OffsetDateTime,
) -> Result<u64, StoreError> {
    let res = session::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(session::Column::ExpiresAt.lte(at))
                .add(session::Column::LastSeenAt.lte(at - lifetime.idle)),
        )
        .exec(conn)
        .await?;
    Ok(res.rows_affected)
}

/// Ends every session of a user (when the user is disabled).
pub async fn delete_for_user<C: ConnectionTrait>(conn: &C, user_id: i32) -> Result<u64, StoreError> {
    let res = session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(res.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_expire_when_idle_or_old() {
        let t0 = OffsetDateTime::UNIX_EPOCH;
        let lifetime = Lifetime {
            idle: Duration::minutes(30),
            absolute: Duration::hours(8),
        };
        let end = t0 + lifetime.absolute;
        assert!(!is_expired(t0, end, lifetime, t0 + Duration::minutes(29)));
        assert!(is_expired(t0, end, lifetime, t0 + Duration::minutes(30)));
        let recent = t0 + Duration::hours(7) + Duration::minutes(50);
        assert!(!is_expired(recent, end, lifetime, recent + Duration::minutes(5)));
        assert!(is_expired(recent, end, lifetime, end));
    }
}
