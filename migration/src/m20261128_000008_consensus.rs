//! Reconciliation: each review item's stage and round, and its consensus record (score, method,
//! moderation rationale, and the feedback statement for the city).
use sea_orm_migration::prelude::*;

use crate::pk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReviewItems {
    Table,
    Id,
    Stage,
    Round,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Consensus {
    Table,
    Id,
    ItemId,
    Score,
    Method,
    Rationale,
    DecidedBy,
    DecidedAt,
    Feedback,
    FeedbackBy,
    FeedbackAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewItems::Table)
                    // rating | revision | moderation | done
                    .add_column(
                        ColumnDef::new(ReviewItems::Stage)
                            .string_len(16)
                            .not_null()
                            .default("rating"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewItems::Table)
                    .add_column(ColumnDef::new(ReviewItems::Round).small_integer().not_null().default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Consensus::Table)
                    .col(pk(Consensus::Id))
                    .col(ColumnDef::new(Consensus::ItemId).integer().not_null().unique_key())
                    .col(ColumnDef::new(Consensus::Score).small_integer().null())
                    // agreed | agreed_after_revision | moderated
                    .col(ColumnDef::new(Consensus::Method).string_len(32).null())
                    .col(ColumnDef::new(Consensus::Rationale).text().null())
                    .col(ColumnDef::new(Consensus::DecidedBy).integer().null())
                    .col(ColumnDef::new(Consensus::DecidedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Consensus::Feedback).text().null())
                    .col(ColumnDef::new(Consensus::FeedbackBy).integer().null())
                    .col(ColumnDef::new(Consensus::FeedbackAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Consensus::ItemId)
                            .to(ReviewItems::Table, ReviewItems::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Consensus::DecidedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Consensus::FeedbackBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Consensus::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewItems::Table)
                    .drop_column(ReviewItems::Round)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ReviewItems::Table)
                    .drop_column(ReviewItems::Stage)
                    .to_owned(),
            )
            .await
    }
}
