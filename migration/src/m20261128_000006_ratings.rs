//! Ratings: each expert's current rating of a review item per round, and every version ever saved.
use sea_orm_migration::prelude::*;

use crate::pk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReviewItems {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Ratings {
    Table,
    Id,
    ItemId,
    ExpertUserId,
    Round,
    Score,
    Justification,
    Confidence,
    Submitted,
    Version,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum RatingVersions {
    Table,
    Id,
    RatingId,
    Version,
    Score,
    Justification,
    Confidence,
    Submitted,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Ratings::Table)
                    .col(pk(Ratings::Id))
                    .col(ColumnDef::new(Ratings::ItemId).integer().not_null())
                    .col(ColumnDef::new(Ratings::ExpertUserId).integer().not_null())
                    // 1 is the first round; 2, 3 … are revision rounds.
                    .col(ColumnDef::new(Ratings::Round).small_integer().not_null())
                    .col(ColumnDef::new(Ratings::Score).small_integer().not_null())
                    .col(ColumnDef::new(Ratings::Justification).text().not_null())
                    .col(ColumnDef::new(Ratings::Confidence).string_len(8).null())
                    .col(ColumnDef::new(Ratings::Submitted).boolean().not_null())
                    .col(ColumnDef::new(Ratings::Version).integer().not_null())
                    .col(ColumnDef::new(Ratings::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Ratings::UpdatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Ratings::SubmittedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Ratings::ItemId)
                            .to(ReviewItems::Table, ReviewItems::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Ratings::ExpertUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(Ratings::ItemId)
                            .col(Ratings::ExpertUserId)
                            .col(Ratings::Round),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RatingVersions::Table)
                    .col(pk(RatingVersions::Id))
                    .col(ColumnDef::new(RatingVersions::RatingId).integer().not_null())
                    .col(ColumnDef::new(RatingVersions::Version).integer().not_null())
                    .col(ColumnDef::new(RatingVersions::Score).small_integer().not_null())
                    .col(ColumnDef::new(RatingVersions::Justification).text().not_null())
                    .col(ColumnDef::new(RatingVersions::Confidence).string_len(8).null())
                    .col(ColumnDef::new(RatingVersions::Submitted).boolean().not_null())
                    .col(ColumnDef::new(RatingVersions::At).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(RatingVersions::RatingId)
                            .to(Ratings::Table, Ratings::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(RatingVersions::RatingId)
                            .col(RatingVersions::Version),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RatingVersions::Table).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(Ratings::Table).to_owned()).await
    }
}
