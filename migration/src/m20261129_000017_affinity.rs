//! What the assignment weighs besides expertise: the regions an expert knows and the languages they
//! read natively (on their profile), and each cycle's affinity rule (weights per term, and whether
//! its previous reviewers are preferred, avoided or ignored). Existing rows get empty lists and the
//! default rule, so their assignments are unchanged until someone fills them in.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ExpertProfiles {
    Table,
    Regions,
    NativeLanguages,
}

#[derive(DeriveIden)]
enum Cycles {
    Table,
    Affinity,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one at a time.
        for col in [ExpertProfiles::Regions, ExpertProfiles::NativeLanguages] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ExpertProfiles::Table)
                        .add_column(ColumnDef::new(col).text().not_null().default("[]"))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Cycles::Table)
                    .add_column(ColumnDef::new(Cycles::Affinity).text().not_null().default("{}"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cycles::Table)
                    .drop_column(Cycles::Affinity)
                    .to_owned(),
            )
            .await?;
        for col in [ExpertProfiles::Regions, ExpertProfiles::NativeLanguages] {
            manager
                .alter_table(Table::alter().table(ExpertProfiles::Table).drop_column(col).to_owned())
                .await?;
        }
        Ok(())
    }
}
