use sea_orm::entity::prelude::*;

/// A (city, panel) bundle of a stage, filled or not; its experts are in `bundle_experts`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "bundles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub cycle_id: i32,
    /// "proposal" or "confirmed".
    pub stage: String,
    pub city_id: i32,
    pub panel_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
