//! Personal API tokens, kept hashed: issued with an expiry, listed, revoked.
use entity::{api_token, user};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;
use time::{Duration, OffsetDateTime};

use super::audit::{self, Entry};
use super::{StoreError, now};
use crate::domain::token;
use crate::read::{ApiToken, User};

/// Last-use times are for people ("is this token still used?"), so they are refreshed at most this
/// often: a write on every request would make reads cost writes.
const LAST_USED_GRANULARITY: Duration = Duration::minutes(5);

/// How long a token lives unless asked otherwise.
pub const DEFAULT_LIFETIME: Duration = Duration::days(90);

/// A token to issue.
pub struct NewToken {
    pub user_id: i32,
    pub label: Option<String>,
    pub lifetime: Duration,
    /// The secretariat member who issues it for someone else (None: its owner, or the command line).
    pub issued_by: Option<i32>,
    pub reason: Option<String>,
}

fn of(m: api_token::Model) -> ApiToken {
    ApiToken {
        id: m.id,
        user_id: m.user_id,
        label: m.label,
        created_at: m.created_at,
        last_used_at: m.last_used_at,
        expires_at: m.expires_at,
        issued_by: m.issued_by,
    }
}

/// Issues a token with `txn`; returns it with its secret (shown once; only its hash is stored).
pub async fn issue_new<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    new: NewToken,
) -> Result<(ApiToken, String), StoreError> {
    if user::Entity::find_by_id(new.user_id).one(txn).await?.is_none() {
        return Err(StoreError::NotFound("user"));
    }
    let secret = token::generate();
    let at = now();
    let saved = api_token::ActiveModel {
        user_id: Set(new.user_id),
        token_hash: Set(secret.hash),
        label: Set(new.label.clone()),
        created_at: Set(at),
        last_used_at: Set(None),
        revoked_at: Set(None),
        expires_at: Set(Some(at + new.lifetime)),
        issued_by: Set(new.issued_by),
        reason: Set(new.reason.clone()),
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
            after: Some(json!({
                "id": saved.id, "user_id": new.user_id, "label": new.label,
                "expires_at": saved.expires_at, "issued_by": new.issued_by, "reason": new.reason,
            })),
        },
    )
    .await?;
    Ok((of(saved), secret.plain))
}

/// Issues a token of the default lifetime for `user_id` (the command line, the tests).
pub async fn issue<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    user_id: i32,
    label: Option<String>,
) -> Result<String, StoreError> {
    let new = NewToken {
        user_id,
        label,
        lifetime: DEFAULT_LIFETIME,
        issued_by: None,
        reason: None,
    };
    Ok(issue_new(txn, actor, new).await?.1)
}

/// Who a valid token speaks for: its owner, and who issued it when that was someone else.
pub struct Bearer {
    pub user: User,
    pub issued_by: Option<i32>,
}

/// A token's use to record (its last-used time moves on at most every few minutes).
#[derive(Debug, Clone, Copy)]
pub struct TokenUse {
    id: i32,
    at: OffsetDateTime,
}

/// Records a token's use found by [`authenticate`]. A write: on SQLite it belongs in the writers'
/// queue (a transaction from `begin_write`), where it waits its turn instead of contending for the
/// write lock with the writer in front, whose busy handler then sleeps (1, 2, 5, 10 … ms, about
/// 100 ms over eight tries); the 64 benchmark raters' tokens, first used within a second of each
/// other, come due together.
pub async fn record_use<C: ConnectionTrait>(conn: &C, used: TokenUse) -> Result<(), StoreError> {
    api_token::Entity::update_many()
        .col_expr(api_token::Column::LastUsedAt, sea_orm::sea_query::Expr::value(used.at))
        .filter(api_token::Column::Id.eq(used.id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The user a token belongs to, if the token is valid: not revoked, not expired, its user enabled;
/// with the use to record, when its last-used time is due to move on (written by the caller with
/// [`record_use`]: this is a read).
pub async fn authenticate(
    db: &DatabaseConnection,
    plain: &str,
) -> Result<Option<(Bearer, Option<TokenUse>)>, StoreError> {
    if !token::looks_like_token(plain) {
        return Ok(None);
    }
    use sea_orm::{JoinType, QuerySelect};
    let at = now();
    // The token and its owner in one statement.
    let to_owner: sea_orm::RelationDef = api_token::Entity::belongs_to(user::Entity)
        .from(api_token::Column::UserId)
        .to(user::Column::Id)
        .into();
    let Some((tok, Some(owner))) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(token::hash(plain)))
        .filter(api_token::Column::RevokedAt.is_null())
        .select_also(user::Entity)
        .join(JoinType::InnerJoin, to_owner)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if tok.expires_at.is_some_and(|e| e <= at) {
        return Ok(None);
    }
    let owner = User::try_from(owner)?;
    if owner.disabled {
        return Ok(None);
    }
    let issued_by = tok.issued_by.filter(|i| *i != owner.id);
    let used = tok
        .last_used_at
        .is_none_or(|t| at - t > LAST_USED_GRANULARITY)
        .then_some(TokenUse { id: tok.id, at });
    Ok(Some((Bearer { user: owner, issued_by }, used)))
}

/// A user's live tokens (not revoked, not expired), newest first.
pub async fn of_user<C: ConnectionTrait>(
    conn: &C,
    user_id: i32,
    at: OffsetDateTime,
) -> Result<Vec<ApiToken>, StoreError> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .order_by_desc(api_token::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .filter(|t| t.expires_at.is_none_or(|e| e > at))
        .map(of)
        .collect())
}

/// One token, revoked or not.
pub async fn get<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<ApiToken>, StoreError> {
    Ok(api_token::Entity::find_by_id(id)
        .filter(api_token::Column::RevokedAt.is_null())
        .one(conn)
        .await?
        .map(of))
}

/// Revokes tokens with `txn`: one (`Some(id)`) or every live token of `user_id`. Audited. Returns
/// how many were revoked.
pub async fn revoke<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    user_id: i32,
    id: Option<i32>,
) -> Result<u64, StoreError> {
    let mut q = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(Some(now())))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null());
    if let Some(id) = id {
        q = q.filter(api_token::Column::Id.eq(id));
    }
    let res = q.exec(txn).await?;
    if res.rows_affected > 0 {
        audit::record(
            txn,
            Entry {
                actor,
                action: "token.revoke",
                object_type: "user",
                object_id: user_id.to_string(),
                before: None,
                after: Some(json!({"token_id": id, "revoked": res.rows_affected})),
            },
        )
        .await?;
    }
    Ok(res.rows_affected)
}
