//! The command line: `serve`, `migrate`, `admin …`.
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Settings;
use crate::domain::user::{Email, Role};
use crate::startup::{Application, open_database};
use crate::store;

#[derive(Parser)]
#[command(name = "lcreview", version, about = "Expert peer review of learning cities' reports")]
pub struct Cli {
    /// An environment file layered over the defaults (also: LCREVIEW_CONFIG).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service (applies pending migrations and loads the framework first).
    Serve {
        /// Address and port to listen on (default 127.0.0.1:8080, or setting `server.bind`).
        #[arg(long, value_name = "ADDR:PORT")]
        bind: Option<std::net::SocketAddr>,
        /// Fill an empty database with the demo first (kept across restarts) and turn dev sign-in
        /// on, to explore every role. Only on a loopback address.
        #[arg(long)]
        demo: bool,
    },
    /// Fill an empty database with demo data: 24 cities, 30 experts, two published cycles and one
    /// in review.
    Demo,
    /// Database migrations.
    Migrate {
        #[command(subcommand)]
        action: Option<MigrateAction>,
    },
    /// Import cities or users from a CSV file: all rows or none.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Administration from the server's shell.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
}

#[derive(Subcommand)]
enum MigrateAction {
    /// Apply every pending migration (the default).
    Up,
    /// List migrations and whether each is applied.
    Status,
    /// Revert the last N migrations (development only: it drops data).
    Down {
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
}

#[derive(Subcommand)]
enum ImportWhat {
    /// Columns: name,country,region,languages. Country: an ISO 3166-1 alpha-2 code or the English
    /// name as the UN writes it; region: a UNESCO region; languages: ISO 639-1 codes separated by `;`.
    Cities {
        file: PathBuf,
        /// Report what every line would do, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Columns: email,name,role,city (for city users: the city's id or exact name).
    Users { file: PathBuf },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Secretariat,
    Expert,
    City,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Secretariat => Role::Secretariat,
            RoleArg::Expert => Role::Expert,
            RoleArg::City => Role::City,
        }
    }
}

#[derive(Subcommand)]
enum AdminAction {
    /// Create a user; prints the new user's id on the last line.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The city a city user coordinates (its id).
        #[arg(long = "city", value_name = "CITY_ID")]
        city: Option<i32>,
    },
    /// Issue a personal API token for a user; prints the token on the last line.
    IssueToken {
        #[arg(long)]
        email: String,
        /// A note on what the token is for.
        #[arg(long)]
        label: Option<String>,
    },
    /// Revoke every API token of a user (a lost laptop, a leaked script).
    RevokeTokens {
        #[arg(long)]
        email: String,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut settings = Settings::from_env(cli.config.as_deref())?;
    crate::telemetry::init(&settings.log);
    match cli.command {
        Command::Serve { bind, demo } => {
            if let Some(bind) = bind {
                settings.server.bind = bind;
            }
            if demo {
                // The demo's users are only reachable through dev sign-in, which the settings allow
                // on loopback only.
                settings.auth.dev_login = true;
            }
            // `--bind` and `--demo` change the settings: check them again as a whole.
            settings.validate()?;
            let app = Application::build(settings).await?;
            if demo {
                app.load_demo().await?;
            }
            app.run().await?;
        }
        Command::Demo => {
            Application::build_on(settings, tokio::net::TcpListener::bind("127.0.0.1:0").await?)
                .await?
                .load_demo()
                .await?;
        }
        Command::Migrate { action } => {
            settings.database.auto_migrate = false;
            let db = open_database(&settings).await?;
            match action.unwrap_or(MigrateAction::Up) {
                MigrateAction::Up => {
                    store::db::migrate(&db).await.context("migration failed")?;
                    println!("migrations applied");
                }
                MigrateAction::Status => {
                    for (name, applied) in store::db::migration_status(&db).await? {
                        println!("{} {name}", if applied { "applied" } else { "pending" });
                    }
                }
                MigrateAction::Down { steps } => {
                    store::db::rollback(&db, steps).await.context("rollback failed")?;
                    println!("reverted {steps} migration(s)");
                }
            }
        }
        Command::Import { what } => {
            let db = open_database(&settings).await?;
            let (n, what) = match what {
                ImportWhat::Cities { file, dry_run: true } => {
                    let lines = crate::app::import::check_cities(&db, &file).await?;
                    let bad = lines.iter().filter(|(_, r)| r.is_err()).count();
                    for (line, outcome) in &lines {
                        match outcome {
                            Ok(c) => println!(
                                "line {line}: {} ({}, {}), {}",
                                c.name,
                                c.country.name(),
                                c.region.as_deref().unwrap_or("no region"),
                                c.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
                            ),
                            Err(e) => println!("line {line}: cannot be imported: {e}"),
                        }
                    }
                    println!(
                        "dry run: {} of {} line(s) can be imported; nothing was written",
                        lines.len() - bad,
                        lines.len()
                    );
                    if bad > 0 {
                        anyhow::bail!("{bad} line(s) cannot be imported");
                    }
                    return Ok(());
                }
                ImportWhat::Cities { file, dry_run: false } => {
                    (crate::app::import::cities(&db, &file).await?, "cities")
                }
                ImportWhat::Users { file } => (crate::app::import::users(&db, &file).await?, "users"),
            };
            println!("imported {n} {what}");
        }
        Command::Admin { action } => {
            let app = crate::startup::open_app(settings).await?;
            let operator = crate::app::Staff::operator();
            match action {
                AdminAction::CreateUser {
                    email,
                    name,
                    role,
                    city,
                } => {
                    let new = crate::domain::user::NewUser::parse(&email, &name, role.into(), city)
                        .map_err(anyhow::Error::msg)?;
                    let user = crate::app::users::invite(&app, &operator, new).await?;
                    println!("created {} user {} <{}>", user.role, user.name, user.email);
                    println!("{}", user.id);
                }
                AdminAction::IssueToken { email, label } => {
                    let email = Email::try_from(email.as_str()).map_err(anyhow::Error::msg)?;
                    let user = crate::app::users::by_email(&app, &operator, &email)
                        .await
                        .with_context(|| format!("no user has the e-mail address {email}"))?;
                    let token = crate::app::users::issue_token(&app, &operator, user.id, label).await?;
                    println!(
                        "token for {} <{}> (shown once; store it safely):",
                        user.name, user.email
                    );
                    println!("{token}");
                }
                AdminAction::RevokeTokens { email } => {
                    let email = Email::try_from(email.as_str()).map_err(anyhow::Error::msg)?;
                    let user = crate::app::users::by_email(&app, &operator, &email)
                        .await
                        .with_context(|| format!("no user has the e-mail address {email}"))?;
                    let n = crate::app::users::revoke_all_tokens(&app, &operator, user.id).await?;
                    println!("revoked {n} token(s) of {} <{}>", user.name, user.email);
                }
            }
        }
    }
    Ok(())
}
