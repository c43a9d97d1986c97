use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cycles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub edition_id: i32,
    pub state: String,
    pub panel_size: i16,
    pub conflict_same_country: bool,
    pub max_spread: i16,
    pub revision_rounds: i16,
    pub min_justification_chars: i32,
    pub submission_deadline: Option<TimeDateTimeWithTimeZone>,
    pub review_deadline: Option<TimeDateTimeWithTimeZone>,
    pub reconciliation_deadline: Option<TimeDateTimeWithTimeZone>,
    pub version: i32,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
    pub published_at: Option<TimeDateTimeWithTimeZone>,
    /// JSON: the affinity rule (weights per term, continuity); `{}` is the default rule.
    pub affinity: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
