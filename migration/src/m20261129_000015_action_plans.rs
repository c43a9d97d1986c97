//! A city's action plan: after publication, per measurement, what the city will do about the
//! panel's feedback. The next cycle's reviewers read it beside the new narrative.
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
enum ActionPlans {
    Table,
    Id,
    CityId,
    CycleId,
    Measurement,
    Text,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ActionPlans::Table)
                    .col(pk(ActionPlans::Id))
                    .col(ColumnDef::new(ActionPlans::CityId).integer().not_null())
                    .col(ColumnDef::new(ActionPlans::CycleId).integer().not_null())
                    .col(ColumnDef::new(ActionPlans::Measurement).string_len(16).not_null())
                    .col(ColumnDef::new(ActionPlans::Text).text().not_null())
                    .col(
                        ColumnDef::new(ActionPlans::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ActionPlans::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ActionPlans::CycleId)
                            .to(Cycles::Table, Cycles::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("action_plans_unique")
                    .table(ActionPlans::Table)
                    .col(ActionPlans::CityId)
                    .col(ActionPlans::CycleId)
                    .col(ActionPlans::Measurement)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ActionPlans::Table).to_owned())
            .await
    }
}
