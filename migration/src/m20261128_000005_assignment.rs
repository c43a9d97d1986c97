//! Assignment: the proposal and the assignment in force (experts per city and panel), each run's
//! summary, and the review items created when an assignment is confirmed.
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
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CyclePanels {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum BundleExperts {
    Table,
    Id,
    CycleId,
    Stage,
    CityId,
    PanelId,
    ExpertUserId,
}

#[derive(DeriveIden)]
enum AssignmentRuns {
    Table,
    Id,
    CycleId,
    Stage,
    Objective,
    Unassigned,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ReviewItems {
    Table,
    Id,
    CycleId,
    CityId,
    PanelId,
    MeasurementCode,
    CreatedAt,
}

fn fk(from: impl IntoIden, table: impl IntoIden, col: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from_col(from)
        .to(table, col)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BundleExperts::Table)
                    .col(pk(BundleExperts::Id))
                    .col(ColumnDef::new(BundleExperts::CycleId).integer().not_null())
                    // "proposal" or "confirmed" (in force).
                    .col(ColumnDef::new(BundleExperts::Stage).string_len(16).not_null())
                    .col(ColumnDef::new(BundleExperts::CityId).integer().not_null())
                    .col(ColumnDef::new(BundleExperts::PanelId).integer().not_null())
                    .col(ColumnDef::new(BundleExperts::ExpertUserId).integer().not_null())
                    .foreign_key(&mut fk(BundleExperts::CycleId, Cycles::Table, Cycles::Id))
                    .foreign_key(&mut fk(BundleExperts::CityId, Cities::Table, Cities::Id))
                    .foreign_key(&mut fk(BundleExperts::PanelId, CyclePanels::Table, CyclePanels::Id))
                    .foreign_key(&mut fk(BundleExperts::ExpertUserId, Users::Table, Users::Id))
                    // An expert sits once on a bundle.
                    .index(
                        Index::create()
                            .unique()
                            .col(BundleExperts::CycleId)
                            .col(BundleExperts::Stage)
                            .col(BundleExperts::CityId)
                            .col(BundleExperts::PanelId)
                            .col(BundleExperts::ExpertUserId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AssignmentRuns::Table)
                    .col(pk(AssignmentRuns::Id))
                    .col(ColumnDef::new(AssignmentRuns::CycleId).integer().not_null())
                    .col(ColumnDef::new(AssignmentRuns::Stage).string_len(16).not_null())
                    .col(ColumnDef::new(AssignmentRuns::Objective).big_integer().not_null())
                    // JSON: [{city_id, panel_id, reason}]
                    .col(ColumnDef::new(AssignmentRuns::Unassigned).text().not_null())
                    .col(
                        ColumnDef::new(AssignmentRuns::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(AssignmentRuns::CycleId, Cycles::Table, Cycles::Id))
                    // One proposal and one assignment in force per cycle: confirming twice at once
                    // cannot create two.
                    .index(
                        Index::create()
                            .unique()
                            .col(AssignmentRuns::CycleId)
                            .col(AssignmentRuns::Stage),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReviewItems::Table)
                    .col(pk(ReviewItems::Id))
                    .col(ColumnDef::new(ReviewItems::CycleId).integer().not_null())
                    .col(ColumnDef::new(ReviewItems::CityId).integer().not_null())
                    .col(ColumnDef::new(ReviewItems::PanelId).integer().not_null())
                    .col(ColumnDef::new(ReviewItems::MeasurementCode).string_len(16).not_null())
                    .col(
                        ColumnDef::new(ReviewItems::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(ReviewItems::CycleId, Cycles::Table, Cycles::Id))
                    .foreign_key(&mut fk(ReviewItems::CityId, Cities::Table, Cities::Id))
                    .foreign_key(&mut fk(ReviewItems::PanelId, CyclePanels::Table, CyclePanels::Id))
                    .index(
                        Index::create()
                            .unique()
                            .col(ReviewItems::CycleId)
                            .col(ReviewItems::CityId)
                            .col(ReviewItems::MeasurementCode),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ReviewItems::Table.into_iden(),
            AssignmentRuns::Table.into_iden(),
            BundleExperts::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
