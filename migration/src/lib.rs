//! Database schema, one file per migration. Migrations never import `entity`: they describe the schema
//! as it was at that step, so later entity changes cannot rewrite history.
pub use sea_orm_migration::MigrationStatus;
pub use sea_orm_migration::prelude::*;

mod m20261128_000001_foundation;
mod m20261128_000002_sign_in;
mod m20261128_000003_cycles;
mod m20261128_000004_experts;
mod m20261128_000005_assignment;
mod m20261128_000006_ratings;
mod m20261128_000007_outbox;
mod m20261128_000008_consensus;
mod m20261128_000009_indexes;
mod m20261129_000010_integrity;
mod m20261129_000011_midflight;
mod m20261129_000012_notices;
mod m20261129_000013_security;
mod m20261129_000014_workspace;
mod m20261129_000015_action_plans;
mod m20261129_000016_figure_checks;
mod m20261129_000017_affinity;

/// An auto-incrementing integer primary key, as every table here has.
fn pk(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_foundation::Migration),
            Box::new(m20261128_000002_sign_in::Migration),
            Box::new(m20261128_000003_cycles::Migration),
            Box::new(m20261128_000004_experts::Migration),
            Box::new(m20261128_000005_assignment::Migration),
            Box::new(m20261128_000006_ratings::Migration),
            Box::new(m20261128_000007_outbox::Migration),
            Box::new(m20261128_000008_consensus::Migration),
            Box::new(m20261128_000009_indexes::Migration),
            Box::new(m20261129_000010_integrity::Migration),
            Box::new(m20261129_000011_midflight::Migration),
            Box::new(m20261129_000012_notices::Migration),
            Box::new(m20261129_000013_security::Migration),
            Box::new(m20261129_000014_workspace::Migration),
            Box::new(m20261129_000015_action_plans::Migration),
            Box::new(m20261129_000016_figure_checks::Migration),
            Box::new(m20261129_000017_affinity::Migration),
        ]
    }
}
