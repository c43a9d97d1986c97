//! People are told: a person may take reminders and assignment changes as one daily digest; the
//! outbox records whom a message is for (so the secretariat's outbox view and the digest can find a
//! person's messages) and which digest carried a held message.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    MailDigest,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    UserId,
    DigestId,
    Status,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    // immediate | daily
                    .add_column(
                        ColumnDef::new(Users::MailDigest)
                            .string_len(16)
                            .not_null()
                            .default("immediate"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(ColumnDef::new(Outbox::UserId).integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(ColumnDef::new(Outbox::DigestId).integer().null())
                    .to_owned(),
            )
            .await?;
        // The digest step looks for held messages per person; the outbox view filters by status.
        manager
            .create_index(
                Index::create()
                    .name("outbox_status_user")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name("outbox_status_user").table(Outbox::Table).to_owned())
            .await?;
        for col in [Outbox::DigestId, Outbox::UserId] {
            manager
                .alter_table(Table::alter().table(Outbox::Table).drop_column(col).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::MailDigest)
                    .to_owned(),
            )
            .await
    }
}
