//! `lcreview import cities|users FILE.csv`: bulk registration from a spreadsheet. All or nothing:
//! every row is checked first and every bad row reported with its line number; only a clean file
//! is written, in one transaction.
use std::collections::HashSet;
use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::domain::city::NewCity;
use crate::domain::user::{Email, PersonName, Role};
use crate::store::{self, StoreError};

/// A row that cannot be imported, and why.
#[derive(Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {0}")]
    File(String),
    #[error("{} row(s) cannot be imported; nothing was written:\n{}", .0.len(), .0.iter().map(|e| format!("  line {}: {}", e.line, e.message)).collect::<Vec<_>>().join("\n"))]
    Rows(Vec<RowError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn reader(path: &Path) -> Result<csv::Reader<std::fs::File>, ImportError> {
    csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(path)
        .map_err(|e| ImportError::File(format!("{}: {e}", path.display())))
}

/// A record of the file: its line, and the row or why it cannot be read.
type Row<R> = (u64, Result<R, String>);

/// Reads every record, turning each into `R` or a row error.
fn rows<R: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<Row<R>>, ImportError> {
    let mut rdr = reader(path)?;
    let headers = rdr
        .headers()
        .map_err(|e| ImportError::File(format!("{}: {e}", path.display())))?
        .clone();
    let mut out = Vec::new();
    for record in rdr.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line());
                // A cell a spreadsheet would run as a formula is refused: it would come back out
                // of our exports and pages as someone's name.
                if let Some(cell) = r.iter().find(|c| crate::export::looks_like_formula(c)) {
                    out.push((
                        line,
                        Err(format!(
                            "`{cell}` starts like a spreadsheet formula (=, +, -, @); write it without that first character"
                        )),
                    ));
                    continue;
                }
                out.push((line, r.deserialize::<R>(Some(&headers)).map_err(|e| describe(&e))));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                out.push((line, Err(describe(&e))));
            }
        }
    }
    Ok(out)
}

fn describe(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => match err.field() {
            Some(_) => err.to_string(),
            None => err.kind().to_string(),
        },
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("{len} fields, but the header has {expected_len}")
        }
        _ => e.to_string(),
    }
}

fn progress(n: usize, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(n as u64);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(format!("importing {what}"));
    bar
}

#[derive(Deserialize)]
struct CityRow {
    name: String,
    country: String,
    #[serde(default)]
    region: Option<String>,
    /// ISO 639-1 codes separated by `;`, `,` or spaces.
    languages: String,
}

/// What a dry run of a city import found: for each line, the city it would register or why not.
pub type CityLines = Vec<(u64, Result<NewCity, String>)>;

/// Imports cities: columns `name,country,region,languages`. The country is an ISO 3166-1 alpha-2
/// code or a name as the UN writes it; the region one of UNESCO's five.
pub async fn cities(db: &DatabaseConnection, path: &Path) -> Result<usize, ImportError> {
    let lines = check_cities(db, path).await?;
    write_cities(db, lines).await
}

/// Checks every line of a city import and writes nothing: what `--dry-run` reports.
pub async fn check_cities(db: &DatabaseConnection, path: &Path) -> Result<CityLines, ImportError> {
    let existing: HashSet<(String, String)> = store::cities::list(db, None)
        .await?
        .into_iter()
        .map(|c| (c.name.to_lowercase(), c.country))
        .collect();
    let mut seen = HashSet::new();
    let mut lines = Vec::new();
    for (line, row) in rows::<CityRow>(path)? {
        let parsed = row.and_then(|r| {
            let languages = crate::domain::city::split_codes(&r.languages);
            let country =
                crate::domain::city::CountryCode::from_code_or_name(&r.country).map_err(|e| format!("country: {e}"))?;
            NewCity::parse(&r.name, country.as_str(), r.region.as_deref(), &languages)
                .map_err(|(f, m)| format!("{f}: {m}"))
        });
        let checked = parsed.and_then(|c| {
            let key = (c.name.to_lowercase(), c.country.to_string());
            if existing.contains(&key) {
                Err(format!("{} ({}) is already registered", c.name, c.country))
            } else if !seen.insert(key) {
                Err(format!("{} ({}) appears twice in the file", c.name, c.country))
            } else {
                Ok(c)
            }
        });
        lines.push((line, checked));
    }
    Ok(lines)
}

/// Writes checked cities, all or nothing: any bad line and nothing is written.
async fn write_cities(db: &DatabaseConnection, lines: CityLines) -> Result<usize, ImportError> {
    let mut errors = Vec::new();
    let mut good = Vec::new();
    for (line, checked) in lines {
        match checked {
            Ok(c) => good.push((line, c)),
            Err(message) => errors.push(RowError { line, message }),
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    let bar = progress(good.len(), "cities");
    let txn = crate::store::begin_write(db).await.map_err(StoreError::from)?;
    for (line, city) in good.iter().cloned() {
        store::cities::insert(&txn, None, city)
            .await
            .map_err(|e| row_failed(line, e))?;
        bar.inc(1);
    }
    txn.commit().await.map_err(StoreError::from)?;
    bar.finish_and_clear();
    Ok(good.len())
}

/// A row that passed the checks but failed on writing (a concurrent change): the whole import is
/// rolled back and the row named.
fn row_failed(line: u64, e: StoreError) -> ImportError {
    match e {
        StoreError::Invalid { message, .. } | StoreError::Conflict { message, .. } => {
            ImportError::Rows(vec![RowError { line, message }])
        }
        other => ImportError::Store(other),
    }
}

#[derive(Deserialize)]
struct UserRow {
    email: String,
    name: String,
    role: String,
    /// For city users: the city's id, or its exact name.
    #[serde(default)]
    city: Option<String>,
}

/// Imports users: columns `email,name,role,city` (city: an id or an exact city name, for city users).
pub async fn users(db: &DatabaseConnection, path: &Path) -> Result<usize, ImportError> {
    let cities = store::cities::list(db, None).await?;
    let existing: HashSet<String> = store::users::list(db).await?.into_iter().map(|u| u.email).collect();
    let mut seen = HashSet::new();
    let mut errors = Vec::new();
    let mut good = Vec::new();
    for (line, row) in rows::<UserRow>(path)? {
        let parsed = row.and_then(|r| {
            let email = Email::try_from(r.email.as_str())?;
            let name = PersonName::try_from(r.name.as_str())?;
            let role = Role::try_from(r.role.as_str())?;
            let city_id = match r.city.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
                None => None,
                Some(c) => {
                    let by_id = c.parse::<i32>().ok().filter(|id| cities.iter().any(|x| x.id == *id));
                    let by_name: Vec<i32> = cities
                        .iter()
                        .filter(|x| x.name.eq_ignore_ascii_case(c))
                        .map(|x| x.id)
                        .collect();
                    match (by_id, by_name.as_slice()) {
                        (Some(id), _) => Some(id),
                        (None, [id]) => Some(*id),
                        (None, []) => return Err(format!("no city is called or numbered `{c}`")),
                        (None, _) => return Err(format!("several cities are called `{c}`: give its id")),
                    }
                }
            };
            crate::domain::user::check_city_binding(role, city_id.is_some())?;
            if existing.contains(email.as_str()) {
                return Err(format!("a user with e-mail {email} already exists"));
            }
            if !seen.insert(email.as_str().to_owned()) {
                return Err(format!("{email} appears twice in the file"));
            }
            Ok(crate::domain::user::NewUser {
                email,
                name,
                role,
                city_id,
            })
        });
        match parsed {
            Ok(u) => good.push((line, u)),
            Err(message) => errors.push(RowError { line, message }),
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    let count = good.len();
    let bar = progress(count, "users");
    let txn = crate::store::begin_write(db).await.map_err(StoreError::from)?;
    for (line, user) in good {
        store::users::insert(&txn, None, user)
            .await
            .map_err(|e| row_failed(line, e))?;
        bar.inc(1);
    }
    txn.commit().await.map_err(StoreError::from)?;
    bar.finish_and_clear();
    Ok(count)
}
