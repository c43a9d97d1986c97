use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub actor_user_id: Option<i32>,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    /// JSON of the object before the change (none for a creation).
    pub before: Option<String>,
    /// JSON of the object after the change (none for a deletion).
    pub after: Option<String>,
    pub at: TimeDateTimeWithTimeZone,
    /// The action was taken with an API token that this user (the secretariat) issued for the actor.
    pub token_issued_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
