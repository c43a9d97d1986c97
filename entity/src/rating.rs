use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ratings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub item_id: i32,
    pub expert_user_id: i32,
    pub round: i16,
    pub score: i16,
    pub justification: String,
    pub confidence: Option<String>,
    pub submitted: bool,
    pub version: i32,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    pub submitted_at: Option<TimeDateTimeWithTimeZone>,
    /// Set when the rating was set aside (its expert found in conflict): kept, out of the consensus.
    pub set_aside_at: Option<TimeDateTimeWithTimeZone>,
    pub set_aside_reason: Option<String>,
    /// The first time this rating was submitted; a reopened rating keeps it.
    pub first_submitted_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
