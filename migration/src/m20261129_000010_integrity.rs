//! Integrity of blind review: a city's institutions (for the "same institution" conflict), ratings
//! set aside when their expert is found in conflict (kept, out of the consensus), and the moment a
//! rating was first submitted (reviewer letters follow it, and a reopened rating keeps it).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cities {
    Table,
    Institutions,
}

#[derive(DeriveIden)]
enum Ratings {
    Table,
    SetAsideAt,
    SetAsideReason,
    FirstSubmittedAt,
    SubmittedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table(Cities::Table)
                    // JSON array of names: the city government and the partners named in its report.
                    .add_column(ColumnDef::new(Cities::Institutions).text().not_null().default("[]"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Ratings::Table)
                    .add_column(ColumnDef::new(Ratings::SetAsideAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Ratings::Table)
                    .add_column(ColumnDef::new(Ratings::SetAsideReason).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Ratings::Table)
                    .add_column(
                        ColumnDef::new(Ratings::FirstSubmittedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        // Ratings submitted before this step: their first submission is their last one.
        let fill = Query::update()
            .table(Ratings::Table)
            .value(Ratings::FirstSubmittedAt, Expr::col(Ratings::SubmittedAt))
            .and_where(Expr::col(Ratings::SubmittedAt).is_not_null())
            .to_owned();
        manager.exec_stmt(fill).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [Ratings::FirstSubmittedAt, Ratings::SetAsideReason, Ratings::SetAsideAt] {
            manager
                .alter_table(Table::alter().table(Ratings::Table).drop_column(col).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Cities::Table)
                    .drop_column(Cities::Institutions)
                    .to_owned(),
            )
            .await
    }
}
