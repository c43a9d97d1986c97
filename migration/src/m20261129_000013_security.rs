//! Security: API tokens expire and say who issued them and why; an action taken with a token that
//! someone else issued is audited with both names; the audit log refuses UPDATE and DELETE (a
//! trigger, on SQLite and PostgreSQL alike).
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    ExpiresAt,
    IssuedBy,
    Reason,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    TokenIssuedBy,
}

const SQLITE_TRIGGERS: [&str; 2] = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
];

const POSTGRES_TRIGGERS: [&str; 3] = [
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ \
     BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \
     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log \
     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            ColumnDef::new(ApiTokens::ExpiresAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(ApiTokens::IssuedBy).integer().null().to_owned(),
            ColumnDef::new(ApiTokens::Reason).text().null().to_owned(),
        ] {
            manager
                .alter_table(Table::alter().table(ApiTokens::Table).add_column(col).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(ColumnDef::new(AuditLog::TokenIssuedBy).integer().null())
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        // Tokens issued before they could expire get the default lifetime from now.
        let backend = db.get_database_backend();
        let in_90_days = match backend {
            DbBackend::Postgres => "now() + interval '90 days'",
            _ => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+90 days')",
        };
        db.execute_unprepared(&format!(
            "UPDATE api_tokens SET expires_at = {in_90_days} WHERE expires_at IS NULL AND revoked_at IS NULL"
        ))
        .await?;
        // One account per provider per user: a user linked twice by the old rule keeps the first.
        db.execute_unprepared(
            "DELETE FROM user_identities WHERE id NOT IN \
             (SELECT MIN(id) FROM user_identities GROUP BY user_id, provider)",
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX user_identities_one_per_provider ON user_identities (user_id, provider)",
        )
        .await?;
        let triggers: &[&str] = match backend {
            DbBackend::Postgres => &POSTGRES_TRIGGERS,
            _ => &SQLITE_TRIGGERS,
        };
        for t in triggers {
            db.execute_unprepared(t).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for t in ["audit_log_no_update", "audit_log_no_delete"] {
            let sql = match db.get_database_backend() {
                DbBackend::Postgres => format!("DROP TRIGGER IF EXISTS {t} ON audit_log"),
                _ => format!("DROP TRIGGER IF EXISTS {t}"),
            };
            db.execute_unprepared(&sql).await?;
        }
        if db.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared("DROP FUNCTION IF EXISTS audit_log_append_only()")
                .await?;
        }
        db.execute_unprepared("DROP INDEX IF EXISTS user_identities_one_per_provider")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .drop_column(AuditLog::TokenIssuedBy)
                    .to_owned(),
            )
            .await?;
        for col in [ApiTokens::Reason, ApiTokens::IssuedBy, ApiTokens::ExpiresAt] {
            manager
                .alter_table(Table::alter().table(ApiTokens::Table).drop_column(col).to_owned())
                .await?;
        }
        Ok(())
    }
}
