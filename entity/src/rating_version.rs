use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rating_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub rating_id: i32,
    pub version: i32,
    pub score: i16,
    pub justification: String,
    pub confidence: Option<String>,
    pub submitted: bool,
    pub at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
