//! The foundation: the framework (editions, areas, areas of focus, features, measurements, scale),
//! cities, users, API tokens and the append-only audit log.
use sea_orm_migration::prelude::*;

use crate::pk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FrameworkEditions {
    Table,
    Id,
    Code,
    Title,
    ContentHash,
    LockedAt,
    LoadedAt,
}

#[derive(DeriveIden)]
enum FrameworkScaleLevels {
    Table,
    Id,
    EditionId,
    Value,
    Label,
}

#[derive(DeriveIden)]
enum FrameworkAreas {
    Table,
    Id,
    EditionId,
    Code,
    Title,
    Position,
}

#[derive(DeriveIden)]
enum FrameworkFocusAreas {
    Table,
    Id,
    EditionId,
    AreaId,
    Code,
    Title,
    Position,
}

#[derive(DeriveIden)]
enum FrameworkFeatures {
    Table,
    Id,
    EditionId,
    FocusAreaId,
    Code,
    Title,
    Position,
}

#[derive(DeriveIden)]
enum FrameworkMeasurements {
    Table,
    Id,
    EditionId,
    FeatureId,
    Code,
    Name,
    Definition,
    Source,
    Unit,
    Breakdowns,
    Position,
}

#[derive(DeriveIden)]
enum Cities {
    Table,
    Id,
    Name,
    Country,
    Region,
    Languages,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    Name,
    Role,
    CityId,
    DisabledAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    TokenHash,
    Label,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    ActorUserId,
    Action,
    ObjectType,
    ObjectId,
    Before,
    After,
    At,
}

fn fk_to_edition(from: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from_col(from)
        .to(FrameworkEditions::Table, FrameworkEditions::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FrameworkEditions::Table)
                    .col(pk(FrameworkEditions::Id))
                    .col(
                        ColumnDef::new(FrameworkEditions::Code)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(FrameworkEditions::Title).string().not_null())
                    .col(ColumnDef::new(FrameworkEditions::ContentHash).string_len(64).not_null())
                    .col(
                        ColumnDef::new(FrameworkEditions::LockedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(FrameworkEditions::LoadedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FrameworkScaleLevels::Table)
                    .col(pk(FrameworkScaleLevels::Id))
                    .col(ColumnDef::new(FrameworkScaleLevels::EditionId).integer().not_null())
                    .col(ColumnDef::new(FrameworkScaleLevels::Value).small_integer().not_null())
                    .col(ColumnDef::new(FrameworkScaleLevels::Label).string_len(64).not_null())
                    .foreign_key(&mut fk_to_edition(FrameworkScaleLevels::EditionId))
                    .index(
                        Index::create()
                            .unique()
                            .col(FrameworkScaleLevels::EditionId)
                            .col(FrameworkScaleLevels::Value),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FrameworkAreas::Table)
                    .col(pk(FrameworkAreas::Id))
                    .col(ColumnDef::new(FrameworkAreas::EditionId).integer().not_null())
                    .col(ColumnDef::new(FrameworkAreas::Code).string_len(16).not_null())
                    .col(ColumnDef::new(FrameworkAreas::Title).text().not_null())
                    .col(ColumnDef::new(FrameworkAreas::Position).integer().not_null())
                    .foreign_key(&mut fk_to_edition(FrameworkAreas::EditionId))
                    .index(
                        Index::create()
                            .unique()
                            .col(FrameworkAreas::EditionId)
                            .col(FrameworkAreas::Code),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FrameworkFocusAreas::Table)
                    .col(pk(FrameworkFocusAreas::Id))
                    .col(ColumnDef::new(FrameworkFocusAreas::EditionId).integer().not_null())
                    .col(ColumnDef::new(FrameworkFocusAreas::AreaId).integer().not_null())
                    .col(ColumnDef::new(FrameworkFocusAreas::Code).string_len(16).not_null())
                    .col(ColumnDef::new(FrameworkFocusAreas::Title).text().not_null())
                    .col(ColumnDef::new(FrameworkFocusAreas::Position).integer().not_null())
                    .foreign_key(&mut fk_to_edition(FrameworkFocusAreas::EditionId))
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(FrameworkFocusAreas::AreaId)
                            .to(FrameworkAreas::Table, FrameworkAreas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(FrameworkFocusAreas::EditionId)
                            .col(FrameworkFocusAreas::Code),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FrameworkFeatures::Table)
                    .col(pk(FrameworkFeatures::Id))
                    .col(ColumnDef::new(FrameworkFeatures::EditionId).integer().not_null())
                    .col(ColumnDef::new(FrameworkFeatures::FocusAreaId).integer().not_null())
                    .col(ColumnDef::new(FrameworkFeatures::Code).string_len(16).not_null())
                    .col(ColumnDef::new(FrameworkFeatures::Title).text().not_null())
                    .col(ColumnDef::new(FrameworkFeatures::Position).integer().not_null())
                    .foreign_key(&mut fk_to_edition(FrameworkFeatures::EditionId))
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(FrameworkFeatures::FocusAreaId)
                            .to(FrameworkFocusAreas::Table, FrameworkFocusAreas::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(FrameworkFeatures::EditionId)
                            .col(FrameworkFeatures::Code),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FrameworkMeasurements::Table)
                    .col(pk(FrameworkMeasurements::Id))
                    .col(ColumnDef::new(FrameworkMeasurements::EditionId).integer().not_null())
                    .col(ColumnDef::new(FrameworkMeasurements::FeatureId).integer().not_null())
                    .col(ColumnDef::new(FrameworkMeasurements::Code).string_len(16).not_null())
                    .col(ColumnDef::new(FrameworkMeasurements::Name).text().not_null())
                    .col(ColumnDef::new(FrameworkMeasurements::Definition).text().not_null())
                    .col(ColumnDef::new(FrameworkMeasurements::Source).string_len(32).not_null())
                    .col(ColumnDef::new(FrameworkMeasurements::Unit).text().null())
                    // A JSON array of breakdown names, in the framework's order.
                    .col(ColumnDef::new(FrameworkMeasurements::Breakdowns).text().not_null())
                    .col(ColumnDef::new(FrameworkMeasurements::Position).integer().not_null())
                    .foreign_key(&mut fk_to_edition(FrameworkMeasurements::EditionId))
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(FrameworkMeasurements::FeatureId)
                            .to(FrameworkFeatures::Table, FrameworkFeatures::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(FrameworkMeasurements::EditionId)
                            .col(FrameworkMeasurements::Code),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Cities::Table)
                    .col(pk(Cities::Id))
                    .col(ColumnDef::new(Cities::Name).string_len(200).not_null())
                    .col(ColumnDef::new(Cities::Country).string_len(2).not_null())
                    .col(ColumnDef::new(Cities::Region).string_len(200).null())
                    // A JSON array of ISO 639-1 codes.
                    .col(ColumnDef::new(Cities::Languages).text().not_null())
                    .col(ColumnDef::new(Cities::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Cities::UpdatedAt).timestamp_with_time_zone().not_null())
                    .index(Index::create().unique().col(Cities::Name).col(Cities::Country))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk(Users::Id))
                    // Stored lower-cased, so uniqueness is case-insensitive on every backend.
                    .col(ColumnDef::new(Users::Email).string_len(320).not_null().unique_key())
                    .col(ColumnDef::new(Users::Name).string_len(200).not_null())
                    .col(ColumnDef::new(Users::Role).string_len(16).not_null())
                    .col(ColumnDef::new(Users::CityId).integer().null())
                    .col(ColumnDef::new(Users::DisabledAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Users::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Users::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(Users::CityId)
                            .to(Cities::Table, Cities::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiTokens::Table)
                    .col(pk(ApiTokens::Id))
                    .col(ColumnDef::new(ApiTokens::UserId).integer().not_null())
                    // SHA-256 of the token, hex: the token itself is shown once and never stored.
                    .col(
                        ColumnDef::new(ApiTokens::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(ApiTokens::Label).string_len(200).null())
                    .col(
                        ColumnDef::new(ApiTokens::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ApiTokens::LastUsedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(ApiTokens::RevokedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from_col(ApiTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk(AuditLog::Id))
                    // Null when the actor is the command line (an operator on the server).
                    .col(ColumnDef::new(AuditLog::ActorUserId).integer().null())
                    .col(ColumnDef::new(AuditLog::Action).string_len(64).not_null())
                    .col(ColumnDef::new(AuditLog::ObjectType).string_len(64).not_null())
                    .col(ColumnDef::new(AuditLog::ObjectId).string_len(64).not_null())
                    .col(ColumnDef::new(AuditLog::Before).text().null())
                    .col(ColumnDef::new(AuditLog::After).text().null())
                    .col(ColumnDef::new(AuditLog::At).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_object")
                    .table(AuditLog::Table)
                    .col(AuditLog::ObjectType)
                    .col(AuditLog::ObjectId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Children before parents, so foreign keys never dangle.
        for table in [
            AuditLog::Table.into_iden(),
            ApiTokens::Table.into_iden(),
            Users::Table.into_iden(),
            Cities::Table.into_iden(),
            FrameworkMeasurements::Table.into_iden(),
            FrameworkFeatures::Table.into_iden(),
            FrameworkFocusAreas::Table.into_iden(),
            FrameworkAreas::Table.into_iden(),
            FrameworkScaleLevels::Table.into_iden(),
            FrameworkEditions::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
