use sea_orm::entity::prelude::*;

/// The secretariat's check of one figure of a city's report: verified, or queried.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "figure_checks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub cycle_id: i32,
    pub city_id: i32,
    pub measurement: String,
    /// `verified` or `queried`.
    pub state: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub question: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub answer: Option<String>,
    /// The statistic (JSON) as it was when checked.
    #[sea_orm(column_type = "Text")]
    pub figure: String,
    pub checked_by: Option<i32>,
    pub checked_at: TimeDateTimeWithTimeZone,
    pub answered_at: Option<TimeDateTimeWithTimeZone>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
