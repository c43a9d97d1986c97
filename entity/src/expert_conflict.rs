use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "expert_conflicts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub expert_user_id: i32,
    pub city_id: i32,
    pub reason: String,
    pub declared_by: Option<i32>,
    pub created_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
