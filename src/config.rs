//! Settings, layered: the compiled-in `config/default.toml`, then an optional environment file, then
//! `LCREVIEW_…` variables and `DATABASE_URL`. Checked once at start; a wrong setting stops start-up
//! with a message that names it.
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

const DEFAULTS: &str = include_str!("../config/default.toml");

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub framework: FrameworkSettings,
    pub auth: AuthSettings,
    pub mail: MailSettings,
    pub worker: WorkerSettings,
    pub log: LogSettings,
}

/// The background worker every node runs: closing rounds at their deadline, queueing reminders,
/// sending e-mail.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WorkerSettings {
    pub tick_secs: u64,
}

#[derive(Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_tls: SmtpTls,
    pub smtp_username: String,
    pub smtp_password: String,
    pub from: String,
    pub reminder_days: Vec<u32>,
    pub poll_secs: u64,
    pub max_attempts: u32,
    /// The wait before the first retry of a failed message, doubled at each further attempt.
    pub retry_secs: u64,
    /// The hour (0-23, in each person's time zone) when daily digests go out.
    pub digest_hour: u8,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SmtpTls {
    None,
    Starttls,
    Tls,
}

// The SMTP password never reaches a log.
impl fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailSettings")
            .field("smtp_host", &self.smtp_host)
            .field("smtp_port", &self.smtp_port)
            .field("smtp_tls", &self.smtp_tls)
            .field("smtp_username", &self.smtp_username)
            .field("smtp_password", &"***")
            .field("from", &self.from)
            .field("reminder_days", &self.reminder_days)
            .field("poll_secs", &self.poll_secs)
            .field("max_attempts", &self.max_attempts)
            .field("retry_secs", &self.retry_secs)
            .field("digest_hour", &self.digest_hour)
            .finish()
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    pub public_url: String,
    pub session_idle_minutes: i64,
    pub session_absolute_hours: i64,
    pub dev_login: bool,
    pub providers: Vec<ProviderSettings>,
    /// Requests one address may make per minute to the sign-in endpoints, and with API tokens that
    /// are not valid, before 429.
    pub requests_per_minute: u32,
}

impl AuthSettings {
    /// Served over https: cookies must then be Secure.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[derive(Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderSettings {
    pub id: String,
    pub display_name: String,
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
}

// The client secret never reaches a log.
impl fmt::Debug for ProviderSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderSettings")
            .field("id", &self.id)
            .field("display_name", &self.display_name)
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("client_secret", &"***")
            .finish()
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    pub bind: SocketAddr,
    pub body_limit_bytes: usize,
    /// Answer each request with `X-Db-Statements` and `X-Db-Round-Trips`: how many SQL statements
    /// it ran and how many times it waited for the database (for tests and profiling; it tells
    /// clients about the service's internals, so it is off by default).
    pub statement_count_header: bool,
}

#[derive(Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    pub url: String,
    pub max_connections: u32,
    pub acquire_timeout_secs: u64,
    pub sqlite_busy_timeout_ms: u64,
    /// SQLite only: how many writers hold a connection at once (the others queue without one).
    pub sqlite_writers: usize,
    /// SQLite only: run the rating writes on a thread of their own, where they wait only for each
    /// other, instead of on the request workers (more ratings per second under load, at the cost of
    /// some latency for the pages read meanwhile).
    pub sqlite_writers_thread: bool,
    /// SQLite only: how often, in milliseconds, a connection of its own copies the write-ahead log
    /// into the database (a passive checkpoint), instead of the writer that happens to commit
    /// when the log is long; 0: SQLite's own checkpoints on commit.
    pub sqlite_checkpoint_ms: u64,
    /// PostgreSQL only: a second pool of this many connections for reading requests (GET), so that
    /// pages are never queued behind writers holding every connection; 0: one pool for all.
    pub read_connections: u32,
    pub auto_migrate: bool,
}

// The URL may hold a password: Debug shows it redacted, so settings can be logged safely.
impl fmt::Debug for DatabaseSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatabaseSettings")
            .field("url", &redact_url(&self.url))
            .field("max_connections", &self.max_connections)
            .field("acquire_timeout_secs", &self.acquire_timeout_secs)
            .field("sqlite_busy_timeout_ms", &self.sqlite_busy_timeout_ms)
            .field("sqlite_writers", &self.sqlite_writers)
            .field("sqlite_writers_thread", &self.sqlite_writers_thread)
            .field("sqlite_checkpoint_ms", &self.sqlite_checkpoint_ms)
            .field("read_connections", &self.read_connections)
            .field("auto_migrate", &self.auto_migrate)
            .finish()
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkSettings {
    pub default_edition: String,
    pub extra_files: Vec<PathBuf>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    pub filter: String,
    pub format: LogFormat,
}

#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    Pretty,
    Json,
}

/// A setting that cannot be used, with the setting's name in the message.
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(String);

/// Replaces the password of a URL (`postgres://user:secret@host/db`) with `***`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.find(':') {
                Some(colon) => format!("{}{}:***{}", &url[..scheme_end + 3], &userinfo[..colon], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl Settings {
    /// Loads the layers. `file` is the environment file, if any; `env` is the process environment
    /// (passed in, so tests can load settings without touching the real one).
    pub fn load(file: Option<&Path>, env: &[(String, String)]) -> Result<Settings, ConfigError> {
        let mut figment = Figment::from(Toml::string(DEFAULTS));
        if let Some(file) = file {
            if !file.is_file() {
                return Err(ConfigError(format!(
                    "the configuration file {} does not exist",
                    file.display()
                )));
            }
            figment = figment.merge(Toml::file(file));
        }
        // LCREVIEW_<SECTION>__<KEY> variables, from the environment we were given (not read here,
        // so tests can load settings without touching the process environment). LCREVIEW_CONFIG
        // names the file and is not a setting.
        for (k, v) in env {
            if let Some(name) = k.strip_prefix("LCREVIEW_").filter(|n| n.contains("__")) {
                let key = name.to_ascii_lowercase().replace("__", ".");
                figment = figment.merge(Serialized::default(&key, parse_env_value(v)));
            }
        }
        if let Some((_, url)) = env.iter().find(|(k, _)| k == "DATABASE_URL") {
            figment = figment.merge(Serialized::default("database.url", url));
        }
        let settings: Settings = figment.extract().map_err(|e| ConfigError(describe(e)))?;
        settings.validate()?;
        Ok(settings)
    }

    /// Loads from the real environment.
    pub fn from_env(file: Option<&Path>) -> Result<Settings, ConfigError> {
        let env: Vec<(String, String)> = std::env::vars().collect();
        let file = file.map(Path::to_path_buf).or_else(|| {
            env.iter()
                .find(|(k, _)| k == "LCREVIEW_CONFIG")
                .map(|(_, v)| PathBuf::from(v))
        });
        Settings::load(file.as_deref(), &env)
    }

    /// Checks the settings as a whole; run again after a command line option changes them.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let url = self.database.url.as_str();
        if !(url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(ConfigError(format!(
                "database.url must start with sqlite:, postgres:// or postgresql://, not `{}`",
                redact_url(url)
            )));
        }
        if self.database.max_connections == 0 {
            return Err(ConfigError("database.max_connections must be at least 1".into()));
        }
        if self.server.body_limit_bytes < 1024 {
            return Err(ConfigError("server.body_limit_bytes must be at least 1024".into()));
        }
        if self.framework.default_edition.trim().is_empty() {
            return Err(ConfigError("framework.default_edition must name an edition".into()));
        }
        self.check_auth()?;
        if self.mail.from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(ConfigError(format!(
                "mail.from is not an address: `{}`",
                self.mail.from
            )));
        }
        if self.worker.tick_secs == 0 || self.worker.tick_secs > 60 {
            return Err(ConfigError(
                "worker.tick_secs must be from 1 to 60: a round closes within a minute of its deadline".into(),
            ));
        }
        if self.mail.poll_secs == 0 || self.mail.max_attempts == 0 || self.mail.retry_secs == 0 {
            return Err(ConfigError(
                "mail.poll_secs, mail.max_attempts and mail.retry_secs must be at least 1".into(),
            ));
        }
        if self.mail.digest_hour > 23 {
            return Err(ConfigError("mail.digest_hour must be an hour from 0 to 23".into()));
        }
        tracing_subscriber::EnvFilter::try_new(&self.log.filter)
            .map_err(|e| ConfigError(format!("log.filter is not a valid filter: {e}")))?;
        Ok(())
    }

    fn check_auth(&self) -> Result<(), ConfigError> {
        let auth = &self.auth;
        let url = auth.public_url.trim_end_matches('/');
        if !(url.starts_with("http://") || url.starts_with("https://")) || url.len() < "http://x".len() {
            return Err(ConfigError(format!(
                "auth.public_url must be an http(s) address, not `{url}`"
            )));
        }
        if auth.requests_per_minute < 1 {
            return Err(ConfigError("auth.requests_per_minute must be at least 1".into()));
        }
        if auth.session_idle_minutes < 1 || auth.session_absolute_hours < 1 {
            return Err(ConfigError(
                "auth.session_idle_minutes and auth.session_absolute_hours must be at least 1".into(),
            ));
        }
        // Choosing any user without a password is for a laptop, never for a network.
        if auth.dev_login {
            check_dev_login(self.server.bind, url)?;
        }
        let mut ids = std::collections::HashSet::new();
        for p in &auth.providers {
            let id_ok = !p.id.is_empty()
                && p.id.len() <= 64
                && p.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !id_ok {
                return Err(ConfigError(format!(
                    "auth.providers: id `{}` may use only lower-case letters, digits and '-'",
                    p.id
                )));
            }
            if !ids.insert(p.id.as_str()) {
                return Err(ConfigError(format!("auth.providers: id `{}` is listed twice", p.id)));
            }
            if !(p.issuer.starts_with("https://") || p.issuer.starts_with("http://")) {
                return Err(ConfigError(format!("auth.providers ({}): issuer must be a URL", p.id)));
            }
            if p.client_id.is_empty() || p.display_name.trim().is_empty() {
                return Err(ConfigError(format!(
                    "auth.providers ({}): client_id and display_name are required",
                    p.id
                )));
            }
        }
        Ok(())
    }

    pub fn is_sqlite(&self) -> bool {
        self.database.url.starts_with("sqlite:")
    }
}

/// Environment values are text; numbers and booleans are given their type so they fit the settings.
fn parse_env_value(v: &str) -> figment::value::Value {
    use figment::value::Value;
    if let Ok(b) = v.parse::<bool>() {
        return Value::from(b);
    }
    if let Ok(n) = v.parse::<u64>() {
        return Value::from(n);
    }
    Value::from(v.to_owned())
}

fn describe(e: figment::Error) -> String {
    e.into_iter()
        .map(|e| {
            let path = e.path.join(".");
            if path.is_empty() {
                e.kind.to_string()
            } else {
                format!("setting `{path}`: {}", e.kind)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Dev sign-in lets anyone act as any user: it runs only on a loopback address, and never behind an
/// https public address (a reverse proxy, where every request comes from loopback). Checked on the
/// settings and again on the address actually bound, whatever set it.
pub fn check_dev_login(bound: std::net::SocketAddr, public_url: &str) -> Result<(), ConfigError> {
    if !bound.ip().is_loopback() {
        return Err(ConfigError(format!(
            "auth.dev_login is on, but the service listens on {bound}, not a loopback address: dev sign-in lets \
             anyone act as any user, so it is only allowed on 127.0.0.1 or ::1"
        )));
    }
    if public_url.trim().starts_with("https://") {
        return Err(ConfigError(format!(
            "auth.dev_login is on, but auth.public_url ({public_url}) is https: behind a reverse proxy every \
             request comes from loopback, so dev sign-in would be open to anyone; turn it off"
        )));
    }
    Ok(())
}

/// Whether an http(s) address names this machine only (loopback or localhost): fine on a laptop,
/// wrong in a link sent to someone else.
pub fn is_local_address(url: &str) -> bool {
    let rest = url.trim().trim_start_matches("https://").trim_start_matches("http://");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = if host.starts_with('[') {
        host.split(']').next().unwrap_or("").trim_start_matches('[')
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback() || ip.is_unspecified())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn local_addresses_are_told_apart() {
        for local in [
            "http://127.0.0.1:8080",
            "http://localhost/",
            "https://[::1]:8443/x",
            "http://0.0.0.0",
        ] {
            assert!(is_local_address(local), "{local}");
        }
        for public in [
            "https://review.uil.unesco.org",
            "http://10.0.0.5:8080",
            "https://[2001:db8::1]/",
        ] {
            assert!(!is_local_address(public), "{public}");
        }
    }

    #[test]
    fn defaults_need_no_configuration() {
        let s = Settings::load(None, &[]).unwrap();
        assert_eq!(s.server.bind.to_string(), "127.0.0.1:8080");
        assert!(s.is_sqlite());
        assert_eq!(s.server.body_limit_bytes, 1024 * 1024);
    }

    #[test]
    fn environment_variables_override() {
        let s = Settings::load(
            None,
            &env(&[
                ("LCREVIEW_SERVER__BIND", "0.0.0.0:9000"),
                ("LCREVIEW_DATABASE__MAX_CONNECTIONS", "3"),
                ("LCREVIEW_DATABASE__AUTO_MIGRATE", "false"),
                ("DATABASE_URL", "postgres://u:p@localhost/db"),
            ]),
        )
        .unwrap();
        assert_eq!(s.server.bind.port(), 9000);
        assert_eq!(s.database.max_connections, 3);
        assert!(!s.database.auto_migrate);
        assert!(!s.is_sqlite());
    }

    #[test]
    fn a_file_overrides_defaults_and_variables_override_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("production.toml");
        std::fs::write(&file, "[server]\nbind = \"127.0.0.1:7000\"\nbody_limit_bytes = 2048\n").unwrap();
        let s = Settings::load(Some(&file), &env(&[("LCREVIEW_SERVER__BIND", "127.0.0.1:7001")])).unwrap();
        assert_eq!(s.server.bind.port(), 7001);
        assert_eq!(s.server.body_limit_bytes, 2048);
    }

    #[test]
    fn wrong_settings_are_named() {
        let err = |pairs: &[(&str, &str)]| Settings::load(None, &env(pairs)).unwrap_err().to_string();
        assert!(err(&[("LCREVIEW_SERVER__BIND", "nonsense")]).contains("server.bind"));
        assert!(err(&[("DATABASE_URL", "mysql://x")]).contains("database.url"));
        assert!(err(&[("LCREVIEW_DATABASE__MAX_CONNECTIONS", "0")]).contains("database.max_connections"));
        assert!(err(&[("LCREVIEW_LOG__FORMAT", "xml")]).contains("log.format"));
        assert!(err(&[("LCREVIEW_SERVER__PORTT", "1")]).contains("portt"));
        let missing = Settings::load(Some(Path::new("/nonexistent/lcreview.toml")), &[]).unwrap_err();
        assert!(missing.to_string().contains("does not exist"));
    }

    #[test]
    fn dev_login_only_on_loopback() {
        let on = |bind: &str| {
            Settings::load(
                None,
                &env(&[("LCREVIEW_AUTH__DEV_LOGIN", "true"), ("LCREVIEW_SERVER__BIND", bind)]),
            )
        };
        assert!(on("127.0.0.1:8080").is_ok());
        assert!(on("[::1]:8080").is_ok());
        let err = on("0.0.0.0:8080").unwrap_err().to_string();
        assert!(err.contains("auth.dev_login"), "{err}");
    }

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/lcr"),
            "postgres://app:***@db:5432/lcr"
        );
        assert_eq!(redact_url("sqlite://data/x.db"), "sqlite://data/x.db");
        let s = Settings::load(None, &env(&[("DATABASE_URL", "postgres://app:s3cret@db/lcr")])).unwrap();
        assert!(!format!("{s:?}").contains("s3cret"));
    }
}
