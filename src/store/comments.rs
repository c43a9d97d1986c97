//! The discussion of an item among its reviewers, its panel's chair and the secretariat.
use entity::item_comment as c;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use time::OffsetDateTime;

use super::StoreError;
use super::audit::{self, Entry};

/// A comment as stored: its author is an id, which only the application turns into a label.
#[derive(Clone, Debug)]
pub struct CommentRow {
    pub id: i32,
    pub item_id: i32,
    pub author_id: i32,
    pub round: i16,
    pub body: String,
    pub created_at: OffsetDateTime,
}

fn row(m: c::Model) -> CommentRow {
    CommentRow {
        id: m.id,
        item_id: m.item_id,
        author_id: m.author_id,
        round: m.round,
        body: m.body,
        created_at: m.created_at,
    }
}

/// An item's comments, oldest first.
pub async fn of_item<C: ConnectionTrait>(conn: &C, item_id: i32) -> Result<Vec<CommentRow>, StoreError> {
    Ok(c::Entity::find()
        .filter(c::Column::ItemId.eq(item_id))
        .order_by_asc(c::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(row)
        .collect())
}

/// Adds a comment, with its audit entry.
pub async fn add<C: ConnectionTrait>(
    txn: &C,
    item_id: i32,
    author_id: i32,
    round: i16,
    body: &str,
    at: OffsetDateTime,
) -> Result<CommentRow, StoreError> {
    let saved = c::ActiveModel {
        item_id: Set(item_id),
        author_id: Set(author_id),
        round: Set(round),
        body: Set(body.to_owned()),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Entry {
            actor: Some(author_id),
            action: "item.comment",
            object_type: "item",
            object_id: item_id.to_string(),
            before: None,
            after: Some(serde_json::json!({"comment_id": saved.id, "round": round, "body": body})),
        },
    )
    .await?;
    Ok(row(saved))
}
