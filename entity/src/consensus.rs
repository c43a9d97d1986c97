use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consensus")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub item_id: i32,
    pub score: Option<i16>,
    pub method: Option<String>,
    pub rationale: Option<String>,
    pub decided_by: Option<i32>,
    pub decided_at: Option<TimeDateTimeWithTimeZone>,
    pub feedback: Option<String>,
    pub feedback_by: Option<i32>,
    pub feedback_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
