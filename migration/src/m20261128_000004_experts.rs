//! Experts' profiles (country, home city, institution, languages, expertise, capacity) and the
//! conflicts of interest declared by experts or the secretariat.
use sea_orm_migration::prelude::*;

use crate::pk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cities {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ExpertProfiles {
    Table,
    Id,
    UserId,
    Country,
    CityId,
    Institution,
    Languages,
    Expertise,
    Capacity,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ExpertConflicts {
    Table,
    Id,
    ExpertUserId,
    CityId,
    Reason,
    DeclaredBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ExpertProfiles::Table)
                    .col(pk(ExpertProfiles::Id))
                    .col(ColumnDef::new(ExpertProfiles::UserId).integer().not_null().unique_key())
                    .col(ColumnDef::new(ExpertProfiles::Country).string_len(2).not_null())
                    .col(ColumnDef::new(ExpertProfiles::CityId).integer().null())
                    .col(ColumnDef::new(ExpertProfiles::Institution).string_len(300).null())
                    // JSON arrays: ISO 639-1 codes; areas of focus.
                    .col(ColumnDef::new(ExpertProfiles::Languages).text().not_null())
                    .col(ColumnDef::new(ExpertProfiles::Expertise).text().not_null())
                    .col(ColumnDef::new(ExpertProfiles::Capacity).integer().not_null())
                    .col(
                        ColumnDef::new(ExpertProfiles::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ExpertProfiles::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ExpertProfiles::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ExpertConflicts::Table)
                    .col(pk(ExpertConflicts::Id))
                    .col(ColumnDef::new(ExpertConflicts::ExpertUserId).integer().not_null())
                    .col(ColumnDef::new(ExpertConflicts::CityId).integer().not_null())
                    .col(ColumnDef::new(ExpertConflicts::Reason).text().not_null())
                    .col(ColumnDef::new(ExpertConflicts::DeclaredBy).integer().null())
                    .col(
                        ColumnDef::new(ExpertConflicts::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ExpertConflicts::ExpertUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ExpertConflicts::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(ExpertConflicts::ExpertUserId)
                            .col(ExpertConflicts::CityId),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ExpertConflicts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ExpertProfiles::Table).to_owned())
            .await
    }
}
