use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "expert_profiles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub user_id: i32,
    pub country: String,
    pub city_id: Option<i32>,
    pub institution: Option<String>,
    /// JSON array of ISO 639-1 codes.
    pub languages: String,
    /// JSON array of areas of focus.
    pub expertise: String,
    /// JSON array of UNESCO region names the expert knows well.
    pub regions: String,
    /// JSON array of ISO 639-1 codes, those of `languages` read natively.
    pub native_languages: String,
    pub capacity: i32,
    pub updated_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
