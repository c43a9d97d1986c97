//! The reviewer's and the chair's workspace: scoring guidance per measurement and score level (set by
//! the secretariat for a cycle; without it the scale's labels are the guidance), and the anonymous
//! discussion of an item among its reviewers and its panel's chair.
use sea_orm_migration::prelude::*;

use crate::pk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cycles {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ReviewItems {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ScoringGuidance {
    Table,
    Id,
    CycleId,
    Measurement,
    Score,
    Text,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ItemComments {
    Table,
    Id,
    ItemId,
    AuthorId,
    Round,
    Body,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ScoringGuidance::Table)
                    .col(pk(ScoringGuidance::Id))
                    .col(ColumnDef::new(ScoringGuidance::CycleId).integer().not_null())
                    .col(ColumnDef::new(ScoringGuidance::Measurement).string_len(16).not_null())
                    .col(ColumnDef::new(ScoringGuidance::Score).small_integer().not_null())
                    .col(ColumnDef::new(ScoringGuidance::Text).text().not_null())
                    .col(
                        ColumnDef::new(ScoringGuidance::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ScoringGuidance::CycleId)
                            .to(Cycles::Table, Cycles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("scoring_guidance_unique")
                    .table(ScoringGuidance::Table)
                    .col(ScoringGuidance::CycleId)
                    .col(ScoringGuidance::Measurement)
                    .col(ScoringGuidance::Score)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ItemComments::Table)
                    .col(pk(ItemComments::Id))
                    .col(ColumnDef::new(ItemComments::ItemId).integer().not_null())
                    .col(ColumnDef::new(ItemComments::AuthorId).integer().not_null())
                    .col(ColumnDef::new(ItemComments::Round).small_integer().not_null())
                    .col(ColumnDef::new(ItemComments::Body).text().not_null())
                    .col(
                        ColumnDef::new(ItemComments::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ItemComments::ItemId)
                            .to(ReviewItems::Table, ReviewItems::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ItemComments::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("item_comments_item")
                    .table(ItemComments::Table)
                    .col(ItemComments::ItemId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ItemComments::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ScoringGuidance::Table).to_owned())
            .await
    }
}
