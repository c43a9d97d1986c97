//! The secretariat's check of each figure a city reports: verified, or queried with a question the
//! city answers. The figure as it was when checked is kept, so a later change shows.
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
enum Cities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum FigureChecks {
    Table,
    Id,
    CycleId,
    CityId,
    Measurement,
    State,
    Question,
    Answer,
    Figure,
    CheckedBy,
    CheckedAt,
    AnsweredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FigureChecks::Table)
                    .col(pk(FigureChecks::Id))
                    .col(ColumnDef::new(FigureChecks::CycleId).integer().not_null())
                    .col(ColumnDef::new(FigureChecks::CityId).integer().not_null())
                    .col(ColumnDef::new(FigureChecks::Measurement).string_len(16).not_null())
                    .col(ColumnDef::new(FigureChecks::State).string_len(16).not_null())
                    .col(ColumnDef::new(FigureChecks::Question).text().null())
                    .col(ColumnDef::new(FigureChecks::Answer).text().null())
                    .col(ColumnDef::new(FigureChecks::Figure).text().not_null())
                    .col(ColumnDef::new(FigureChecks::CheckedBy).integer().null())
                    .col(
                        ColumnDef::new(FigureChecks::CheckedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(FigureChecks::AnsweredAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(FigureChecks::CycleId)
                            .to(Cycles::Table, Cycles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(FigureChecks::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("figure_checks_unique")
                    .table(FigureChecks::Table)
                    .col(FigureChecks::CycleId)
                    .col(FigureChecks::CityId)
                    .col(FigureChecks::Measurement)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FigureChecks::Table).to_owned())
            .await
    }
}
