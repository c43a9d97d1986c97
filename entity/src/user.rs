use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    pub role: String,
    pub city_id: Option<i32>,
    pub disabled_at: Option<TimeDateTimeWithTimeZone>,
    /// The person's language for pages and e-mails (ar, zh, en, fr, ru, es); None: the browser's.
    pub language: Option<String>,
    /// An IANA time zone; deadlines are shown in it. None: UTC.
    pub time_zone: Option<String>,
    /// immediate | daily: reminders and assignment changes one by one, or as one daily digest.
    pub mail_digest: String,
    pub created_at: TimeDateTimeWithTimeZone,
    pub updated_at: TimeDateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
