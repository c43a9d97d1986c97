//! Indexes for reads that must not grow with the size of the network: a city's cycles (its
//! profile reads them on every view).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CycleCities {
    Table,
    CityId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_cycle_cities_city")
                    .table(CycleCities::Table)
                    .col(CycleCities::CityId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_cycle_cities_city")
                    .table(CycleCities::Table)
                    .to_owned(),
            )
            .await
    }
}
