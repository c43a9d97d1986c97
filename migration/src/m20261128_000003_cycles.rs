//! Review cycles: participating cities, panels (measurements, members, chair) and the cities'
//! reports.
use sea_orm_migration::prelude::*;

use crate::pk;

#[derive(DeriveIden)]
enum FrameworkEditions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cycles {
    Table,
    Id,
    Name,
    EditionId,
    State,
    PanelSize,
    ConflictSameCountry,
    MaxSpread,
    RevisionRounds,
    MinJustificationChars,
    SubmissionDeadline,
    ReviewDeadline,
    ReconciliationDeadline,
    Version,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum CycleCities {
    Table,
    Id,
    CycleId,
    CityId,
}

#[derive(DeriveIden)]
enum CyclePanels {
    Table,
    Id,
    CycleId,
    Name,
    Position,
    ChairUserId,
}

#[derive(DeriveIden)]
enum PanelMeasurements {
    Table,
    Id,
    CycleId,
    PanelId,
    MeasurementCode,
}

#[derive(DeriveIden)]
enum PanelMembers {
    Table,
    Id,
    PanelId,
    UserId,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    CycleId,
    CityId,
    State,
    Language,
    Content,
    Version,
    ReturnMessage,
    SubmittedAt,
    CreatedAt,
    UpdatedAt,
}

fn fk(from: impl IntoIden, table: impl IntoIden, col: impl IntoIden, cascade: bool) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from_col(from)
        .to(table, col)
        .on_delete(if cascade {
            ForeignKeyAction::Cascade
        } else {
            ForeignKeyAction::Restrict
        })
        .to_owned()
}

fn ts(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).timestamp_with_time_zone().not_null().to_owned()
}

fn ts_null(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).timestamp_with_time_zone().null().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Cycles::Table)
                    .col(pk(Cycles::Id))
                    .col(ColumnDef::new(Cycles::Name).string_len(200).not_null())
                    .col(ColumnDef::new(Cycles::EditionId).integer().not_null())
                    .col(ColumnDef::new(Cycles::State).string_len(16).not_null())
                    .col(ColumnDef::new(Cycles::PanelSize).small_integer().not_null())
                    .col(ColumnDef::new(Cycles::ConflictSameCountry).boolean().not_null())
                    .col(ColumnDef::new(Cycles::MaxSpread).small_integer().not_null())
                    .col(ColumnDef::new(Cycles::RevisionRounds).small_integer().not_null())
                    .col(ColumnDef::new(Cycles::MinJustificationChars).integer().not_null())
                    .col(ts_null(Cycles::SubmissionDeadline))
                    .col(ts_null(Cycles::ReviewDeadline))
                    .col(ts_null(Cycles::ReconciliationDeadline))
                    // Optimistic concurrency: every change increments it, a stale change is refused.
                    .col(ColumnDef::new(Cycles::Version).integer().not_null())
                    .col(ts(Cycles::CreatedAt))
                    .col(ts(Cycles::UpdatedAt))
                    .col(ts_null(Cycles::PublishedAt))
                    .foreign_key(&mut fk(
                        Cycles::EditionId,
                        FrameworkEditions::Table,
                        FrameworkEditions::Id,
                        false,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CycleCities::Table)
                    .col(pk(CycleCities::Id))
                    .col(ColumnDef::new(CycleCities::CycleId).integer().not_null())
                    .col(ColumnDef::new(CycleCities::CityId).integer().not_null())
                    .foreign_key(&mut fk(CycleCities::CycleId, Cycles::Table, Cycles::Id, true))
                    .foreign_key(&mut fk(CycleCities::CityId, Cities::Table, Cities::Id, false))
                    .index(
                        Index::create()
                            .unique()
                            .col(CycleCities::CycleId)
                            .col(CycleCities::CityId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CyclePanels::Table)
                    .col(pk(CyclePanels::Id))
                    .col(ColumnDef::new(CyclePanels::CycleId).integer().not_null())
                    .col(ColumnDef::new(CyclePanels::Name).string_len(200).not_null())
                    .col(ColumnDef::new(CyclePanels::Position).integer().not_null())
                    .col(ColumnDef::new(CyclePanels::ChairUserId).integer().null())
                    .foreign_key(&mut fk(CyclePanels::CycleId, Cycles::Table, Cycles::Id, true))
                    .foreign_key(&mut fk(CyclePanels::ChairUserId, Users::Table, Users::Id, false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PanelMeasurements::Table)
                    .col(pk(PanelMeasurements::Id))
                    .col(ColumnDef::new(PanelMeasurements::CycleId).integer().not_null())
                    .col(ColumnDef::new(PanelMeasurements::PanelId).integer().not_null())
                    .col(
                        ColumnDef::new(PanelMeasurements::MeasurementCode)
                            .string_len(16)
                            .not_null(),
                    )
                    .foreign_key(&mut fk(PanelMeasurements::CycleId, Cycles::Table, Cycles::Id, true))
                    .foreign_key(&mut fk(
                        PanelMeasurements::PanelId,
                        CyclePanels::Table,
                        CyclePanels::Id,
                        true,
                    ))
                    // A measurement belongs to one panel of a cycle: the database holds the rule too.
                    .index(
                        Index::create()
                            .unique()
                            .col(PanelMeasurements::CycleId)
                            .col(PanelMeasurements::MeasurementCode),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PanelMembers::Table)
                    .col(pk(PanelMembers::Id))
                    .col(ColumnDef::new(PanelMembers::PanelId).integer().not_null())
                    .col(ColumnDef::new(PanelMembers::UserId).integer().not_null())
                    .foreign_key(&mut fk(
                        PanelMembers::PanelId,
                        CyclePanels::Table,
                        CyclePanels::Id,
                        true,
                    ))
                    .foreign_key(&mut fk(PanelMembers::UserId, Users::Table, Users::Id, false))
                    .index(
                        Index::create()
                            .unique()
                            .col(PanelMembers::PanelId)
                            .col(PanelMembers::UserId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(pk(Submissions::Id))
                    .col(ColumnDef::new(Submissions::CycleId).integer().not_null())
                    .col(ColumnDef::new(Submissions::CityId).integer().not_null())
                    .col(ColumnDef::new(Submissions::State).string_len(16).not_null())
                    .col(ColumnDef::new(Submissions::Language).string_len(2).null())
                    // JSON: {"narratives": {...}, "statistics": {...}}
                    .col(ColumnDef::new(Submissions::Content).text().not_null())
                    .col(ColumnDef::new(Submissions::Version).integer().not_null())
                    .col(ColumnDef::new(Submissions::ReturnMessage).text().null())
                    .col(ts_null(Submissions::SubmittedAt))
                    .col(ts(Submissions::CreatedAt))
                    .col(ts(Submissions::UpdatedAt))
                    .foreign_key(&mut fk(Submissions::CycleId, Cycles::Table, Cycles::Id, true))
                    .foreign_key(&mut fk(Submissions::CityId, Cities::Table, Cities::Id, false))
                    .index(
                        Index::create()
                            .unique()
                            .col(Submissions::CycleId)
                            .col(Submissions::CityId),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Submissions::Table.into_iden(),
            PanelMembers::Table.into_iden(),
            PanelMeasurements::Table.into_iden(),
            CyclePanels::Table.into_iden(),
            CycleCities::Table.into_iden(),
            Cycles::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveMigrationName)]
pub struct Migration;
