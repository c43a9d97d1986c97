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

/// What a session lookup leaves to write (see [`find`]), by [`upkeep`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Upkeep {
    Nothing,
    /// Expired (idle or absolute), or its user disabled: deleted on sight.
    Delete(i32),
    /// Seen again: its last-seen time moved on (`seen`), its one-time message cleared (`clear_flash`).
    Touch {
        id: i32,
        seen: Option<OffsetDateTime>,
        clear_flash: bool,
    },
}

/// The live session for a cookie value, if any, and what that look leaves to write. Reads only:
/// the caller writes the upkeep where writes belong (on SQLite, the writers' queue), so that a page
/// view never waits at the database's write lock.
pub async fn find<C: ConnectionTrait>(
    conn: &C,
    plain: &str,
    lifetime: Lifetime,
) -> Result<(Option<Session>, Upkeep), StoreError> {
    use sea_orm::{JoinType, QuerySelect};
    // The session and its owner in one statement (every page asks): a left join, so that a
    // session whose owner is gone is still found, and deleted.
    let to_owner: sea_orm::RelationDef = session::Entity::belongs_to(user::Entity)
        .from(session::Column::UserId)
        .to(user::Column::Id)
        .into();
    let Some((row, owner)) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token::hash(plain)))
        .select_also(user::Entity)
        .join(JoinType::LeftJoin, to_owner)
        .one(conn)
        .await?
    else {
        return Ok((None, Upkeep::Nothing));
    };
    let at = now();
    let expired = is_expired(row.last_seen_at, row.expires_at, lifetime, at);
    let owner = match owner.map(User::try_from).transpose()? {
        Some(u) if !u.disabled && !expired => u,
        _ => return Ok((None, Upkeep::Delete(row.id))),
    };
    let touch = at - row.last_seen_at > TOUCH_GRANULARITY;
    let upkeep = if touch || row.flash.is_some() {
        Upkeep::Touch {
            id: row.id,
            seen: touch.then_some(at),
            clear_flash: row.flash.is_some(),
        }
    } else {
        Upkeep::Nothing
    };
    let live = Session {
        id: row.id,
        user: owner,
        csrf_token: row.csrf_token,
        flash: row.flash,
    };
    Ok((Some(live), upkeep))
}

/// Writes what [`find`] left to write.
pub async fn upkeep<C: ConnectionTrait>(conn: &C, upkeep: Upkeep) -> Result<(), StoreError> {
    match upkeep {
        Upkeep::Nothing => {}
        Upkeep::Delete(id) => {
            session::Entity::delete_by_id(id).exec(conn).await?;
        }
        Upkeep::Touch { id, seen, clear_flash } => {
            let mut update = session::Entity::update_many().filter(session::Column::Id.eq(id));
            if let Some(at) = seen {
                update = update.col_expr(session::Column::LastSeenAt, sea_orm::sea_query::Expr::value(at));
            }
            if clear_flash {
                update = update.col_expr(
                    session::Column::Flash,
                    sea_orm::sea_query::Expr::value(Option::<String>::None),
                );
            }
            update.exec(conn).await?;
        }
    }
    Ok(())
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
