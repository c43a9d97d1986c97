//! Sign-in: server-side sessions, OpenID Connect logins in progress, and the provider identities
//! linked to each user.
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
enum Sessions {
    Table,
    Id,
    TokenHash,
    UserId,
    CsrfToken,
    Flash,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum OidcLogins {
    Table,
    Id,
    BrowserHash,
    Provider,
    State,
    Nonce,
    PkceVerifier,
    NextPath,
    CreatedAt,
}

#[derive(DeriveIden)]
enum UserIdentities {
    Table,
    Id,
    UserId,
    Provider,
    Subject,
    CreatedAt,
}

fn user_fk(col: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from_col(col)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(pk(Sessions::Id))
                    // SHA-256 of the cookie's value: a database leak does not leak sessions.
                    .col(
                        ColumnDef::new(Sessions::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Sessions::UserId).integer().not_null())
                    .col(ColumnDef::new(Sessions::CsrfToken).string_len(64).not_null())
                    // A one-time message for the next page ("User invited."), then cleared.
                    .col(ColumnDef::new(Sessions::Flash).text().null())
                    .col(
                        ColumnDef::new(Sessions::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Sessions::LastSeenAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Sessions::ExpiresAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut user_fk(Sessions::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OidcLogins::Table)
                    .col(pk(OidcLogins::Id))
                    // SHA-256 of the short-lived cookie that binds the login to one browser.
                    .col(
                        ColumnDef::new(OidcLogins::BrowserHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(OidcLogins::Provider).string_len(64).not_null())
                    .col(ColumnDef::new(OidcLogins::State).string_len(128).not_null())
                    .col(ColumnDef::new(OidcLogins::Nonce).string_len(128).not_null())
                    .col(ColumnDef::new(OidcLogins::PkceVerifier).string_len(128).not_null())
                    .col(ColumnDef::new(OidcLogins::NextPath).string_len(512).not_null())
                    .col(
                        ColumnDef::new(OidcLogins::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(UserIdentities::Table)
                    .col(pk(UserIdentities::Id))
                    .col(ColumnDef::new(UserIdentities::UserId).integer().not_null())
                    .col(ColumnDef::new(UserIdentities::Provider).string_len(64).not_null())
                    .col(ColumnDef::new(UserIdentities::Subject).string_len(255).not_null())
                    .col(
                        ColumnDef::new(UserIdentities::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut user_fk(UserIdentities::UserId))
                    .index(
                        Index::create()
                            .unique()
                            .col(UserIdentities::Provider)
                            .col(UserIdentities::Subject),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            UserIdentities::Table.into_iden(),
            OidcLogins::Table.into_iden(),
            Sessions::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
