//! Real cycles: every bundle of a covered report exists as a row, filled or not (so a bundle the
//! solver could not fill is listed and can be filled by hand); personal deadline extensions; and
//! each person's language and time zone.
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
    Language,
    TimeZone,
}

#[derive(DeriveIden)]
enum Bundles {
    Table,
    Id,
    CycleId,
    Stage,
    CityId,
    PanelId,
}

#[derive(DeriveIden)]
enum BundleExperts {
    Table,
    CycleId,
    Stage,
    CityId,
    PanelId,
}

#[derive(DeriveIden)]
enum Extensions {
    Table,
    Id,
    CycleId,
    UserId,
    Phase,
    Until,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Bundles::Table)
                    .col(pk(Bundles::Id))
                    .col(ColumnDef::new(Bundles::CycleId).integer().not_null())
                    // proposal | confirmed
                    .col(ColumnDef::new(Bundles::Stage).string_len(16).not_null())
                    .col(ColumnDef::new(Bundles::CityId).integer().not_null())
                    .col(ColumnDef::new(Bundles::PanelId).integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Bundles::CycleId)
                            .to(Cycles::Table, Cycles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("bundles_unique")
                    .table(Bundles::Table)
                    .col(Bundles::CycleId)
                    .col(Bundles::Stage)
                    .col(Bundles::CityId)
                    .col(Bundles::PanelId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // The bundles that had experts until now.
        let existing = Query::select()
            .distinct()
            .columns([
                BundleExperts::CycleId,
                BundleExperts::Stage,
                BundleExperts::CityId,
                BundleExperts::PanelId,
            ])
            .from(BundleExperts::Table)
            .to_owned();
        let fill = Query::insert()
            .into_table(Bundles::Table)
            .columns([Bundles::CycleId, Bundles::Stage, Bundles::CityId, Bundles::PanelId])
            .select_from(existing)
            .map_err(|e| DbErr::Custom(e.to_string()))?
            .to_owned();
        manager.exec_stmt(fill).await?;
        manager
            .create_table(
                Table::create()
                    .table(Extensions::Table)
                    .col(pk(Extensions::Id))
                    .col(ColumnDef::new(Extensions::CycleId).integer().not_null())
                    .col(ColumnDef::new(Extensions::UserId).integer().not_null())
                    // review | reconciliation: the round it extends
                    .col(ColumnDef::new(Extensions::Phase).string_len(16).not_null())
                    .col(ColumnDef::new(Extensions::Until).timestamp_with_time_zone().not_null())
                    .col(
                        ColumnDef::new(Extensions::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Extensions::CycleId)
                            .to(Cycles::Table, Cycles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Extensions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("extensions_unique")
                    .table(Extensions::Table)
                    .col(Extensions::CycleId)
                    .col(Extensions::UserId)
                    .col(Extensions::Phase)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(ColumnDef::new(Users::Language).string_len(8).null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(ColumnDef::new(Users::TimeZone).string_len(64).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [Users::TimeZone, Users::Language] {
            manager
                .alter_table(Table::alter().table(Users::Table).drop_column(col).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(Extensions::Table).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(Bundles::Table).to_owned()).await
    }
}
