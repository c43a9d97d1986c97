//! The e-mail outbox: every message is written in the transaction of the change that causes it,
//! then sent by a worker, once, with retries.
use sea_orm_migration::prelude::*;

use crate::pk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToAddress,
    Subject,
    BodyText,
    BodyHtml,
    Kind,
    DedupeKey,
    Status,
    Attempts,
    NextAttemptAt,
    ClaimedBy,
    ClaimedUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(pk(Outbox::Id))
                    .col(ColumnDef::new(Outbox::ToAddress).string_len(320).not_null())
                    .col(ColumnDef::new(Outbox::Subject).string_len(300).not_null())
                    .col(ColumnDef::new(Outbox::BodyText).text().not_null())
                    .col(ColumnDef::new(Outbox::BodyHtml).text().not_null())
                    .col(ColumnDef::new(Outbox::Kind).string_len(32).not_null())
                    // Messages that must go out once only (a reminder point) carry a key.
                    .col(ColumnDef::new(Outbox::DedupeKey).string_len(200).null().unique_key())
                    // pending | sending | sent | failed
                    .col(ColumnDef::new(Outbox::Status).string_len(16).not_null())
                    .col(ColumnDef::new(Outbox::Attempts).integer().not_null())
                    .col(
                        ColumnDef::new(Outbox::NextAttemptAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Outbox::ClaimedBy).string_len(64).null())
                    .col(ColumnDef::new(Outbox::ClaimedUntil).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Outbox::LastError).text().null())
                    .col(ColumnDef::new(Outbox::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Outbox::SentAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Outbox::Table).to_owned()).await
    }
}
