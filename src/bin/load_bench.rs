//! Load benchmark of the real server on loopback: experts submitting ratings and city users reading
//! their profile pages, against a network of 10,000 cities built through the use cases the API
//! calls (`lcreview::app`). Reports throughput, latency percentiles and the server's peak memory; optionally kills
//! the server (SIGKILL) or restarts PostgreSQL half-way, and checks what survived.
//!
//!   cargo build --release --bins
//!   target/release/lcreview-load-bench                         # SQLite, 10,000 cities, 64 experts
//!   target/release/lcreview-load-bench --database postgres
//!   target/release/lcreview-load-bench --fault kill-server     # crash test
//!   target/release/lcreview-load-bench --database postgres --fault restart-postgres
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::{Parser, ValueEnum};
use lcreview::app::{self, App, Staff};
use lcreview::config::Settings;
use lcreview::domain::city::NewCity;
use lcreview::domain::cycle::{CycleSettings, CycleState, Deadlines};
use lcreview::domain::expert::ExpertProfile;
use lcreview::domain::rating::{Justification, RatingInput};
use lcreview::domain::report::{Narrative, ReportContent};
use lcreview::domain::score::Score;
use lcreview::domain::user::{NewUser, Role};
use lcreview::read::{Cycle, User};
use lcreview::startup::open_app;
use lcreview::store;
use sea_orm::{ConnectionTrait, EntityTrait};
use tokio::sync::Mutex;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
enum Db {
    Sqlite,
    Postgres,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
enum Fault {
    /// SIGKILL the server half-way, restart it, and check every acknowledged rating is stored.
    KillServer,
    /// Restart PostgreSQL half-way and measure how long the server takes to answer again.
    RestartPostgres,
}

#[derive(Parser)]
#[command(about = "Load benchmark of the lcreview server")]
struct Args {
    #[arg(long, value_enum, default_value = "sqlite")]
    database: Db,
    /// A PostgreSQL server where the benchmark creates (and drops) its own database.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/postgres")]
    pg_url: String,
    /// Cities in the network; every one has a published cycle and a report in review.
    #[arg(long, default_value_t = 10_000)]
    cities: usize,
    /// Experts submitting ratings at once (each one client, one request at a time).
    #[arg(long, default_value_t = 64)]
    experts: usize,
    /// How many of the experts rate during the load (default: all); 0 measures profile reads alone.
    #[arg(long)]
    raters: Option<usize>,
    /// Ratings per second offered in all (open loop): each rater sends on a fixed schedule of
    /// rate / raters per second, and a rating's latency counts from the moment it was due, so a
    /// server that falls behind is charged for the wait (no coordinated omission). Without it
    /// every rater sends its next rating as soon as the last is answered (closed loop: the
    /// throughput the server reaches, the latency set by queueing, 64 raters over the throughput).
    #[arg(long, value_name = "PER_SECOND")]
    rate: Option<f64>,
    /// City users reading their profile pages at once (always closed loop: as fast as answered).
    #[arg(long, default_value_t = 8)]
    readers: usize,
    /// How long the load is measured, in seconds, after the warm-up.
    #[arg(long, default_value_t = 15)]
    seconds: u64,
    /// Seconds of load before the measurement, reported apart: the server's first requests open
    /// its pool's connections and prepare their statements, the clients open theirs.
    #[arg(long, default_value_t = 2)]
    warmup: u64,
    /// The server binary (default: `lcreview` beside this binary).
    #[arg(long)]
    server: Option<PathBuf>,
    #[arg(long, value_enum)]
    fault: Option<Fault>,
    /// SQLite only: keep the prepared database in this folder and reuse it on the next run
    /// (with the same --cities and --experts), skipping the preparation.
    #[arg(long, value_name = "DIR")]
    keep: Option<PathBuf>,
    /// Write every answered request to this CSV file (kind, when it started in ms from the start
    /// of the load, latency in ms), to see when the slow ones happen.
    #[arg(long, value_name = "FILE")]
    latency_log: Option<PathBuf>,
}

const MEASUREMENTS: [&str; 3] = ["3.1.1.a", "3.1.2.a", "3.1.3.a"];
const COUNTRIES: [&str; 12] = ["IE", "FI", "KR", "JP", "CO", "MX", "NG", "EG", "GR", "ES", "CA", "AU"];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let server_bin = match &args.server {
        Some(p) => p.clone(),
        None => std::env::current_exe()?
            .parent()
            .context("the benchmark's folder")?
            .join("lcreview"),
    };
    if !server_bin.exists() {
        bail!(
            "no server binary at {} (build it: cargo build --release --bins)",
            server_bin.display()
        );
    }
    let workdir = tempfile::tempdir()?;
    let data_dir = match &args.keep {
        Some(dir) if args.database == Db::Sqlite => {
            std::fs::create_dir_all(dir)?;
            std::fs::canonicalize(dir)?
        }
        Some(_) => bail!("--keep is for SQLite"),
        None => workdir.path().to_path_buf(),
    };
    let (url, pg_name) = match args.database {
        Db::Sqlite => (format!("sqlite://{}/bench.db", data_dir.display()), None),
        Db::Postgres => {
            let name = format!("lcreview_bench_{}", std::process::id());
            let admin = sea_orm::Database::connect(&args.pg_url).await?;
            admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
            admin.close().await?;
            let base = args.pg_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(&args.pg_url);
            (format!("{base}/{name}"), Some(name))
        }
    };
    let result = run(&args, &server_bin, &url, workdir.path(), &data_dir).await;
    if let Some(name) = pg_name {
        let admin = sea_orm::Database::connect(&args.pg_url).await?;
        let _ = admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await;
    }
    result
}

async fn run(
    args: &Args,
    server_bin: &PathBuf,
    url: &str,
    workdir: &std::path::Path,
    data_dir: &std::path::Path,
) -> anyhow::Result<()> {
    let mut settings = Settings::load(None, &[]).map_err(|e| anyhow::anyhow!(e.to_string()))?;
    settings.database.url = url.to_owned();
    let app = open_app(settings).await?;
    let db = app.db.clone();

    let started = Instant::now();
    let saved = data_dir.join(format!("dataset-{}-{}.json", args.cities, args.experts));
    let data = match std::fs::read_to_string(&saved) {
        Ok(text) if args.keep.is_some() => serde_json::from_str(&text)?,
        _ => {
            let d = prepare(&app, args).await?;
            std::fs::write(&saved, serde_json::to_string(&d)?)?;
            d
        }
    };
    println!(
        "dataset: {} cities, {} experts, {} items in review, prepared in {:.1} s through the use cases",
        args.cities,
        data.experts.len(),
        data.items_in_review,
        started.elapsed().as_secs_f64()
    );

    // A kept dataset was rated by the last run: its review cycle starts again from no rating, so
    // every run measures the same work.
    if args.keep.is_some() {
        reset_ratings(&db, data.review_cycle).await?;
    }
    // The preparation (or the reset) left a long write-ahead log: the server's first commits would
    // copy it all into the database, a stall of the benchmark's making that no server meets after
    // a start. It is copied now, so the load measures the service, not the set-up.
    if args.database == Db::Sqlite {
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await?;
    }
    let domain = consensus_and_alpha(args.cities);
    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Server::start(server_bin, url, port, workdir).await?;

    // Each expert's items in the cycle in review, read through the API as a client would.
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build()?;
    let mut experts = Vec::new();
    for (user, token) in data.experts.iter().take(args.raters.unwrap_or(args.experts)) {
        let r: serde_json::Value = client
            .get(format!("{base}/api/v1/me/items"))
            .bearer_auth(token)
            .send()
            .await?
            .json()
            .await?;
        let items: Vec<i64> = r["items"]
            .as_array()
            .or_else(|| r.as_array())
            .context("items")?
            .iter()
            .filter(|i| i["cycle_id"].as_i64() == Some(i64::from(data.review_cycle)))
            .filter_map(|i| i["id"].as_i64())
            .collect();
        experts.push((*user, token.clone(), items));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let acked: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut tasks = tokio::task::JoinSet::new();
    let n_raters = experts.len();
    // Open loop: one rater's interval, and the raters' first sends spread over it.
    let interval = match args.rate {
        Some(r) if r > 0.0 && n_raters > 0 => Some(Duration::from_secs_f64(n_raters as f64 / r)),
        Some(_) => bail!("--rate must be above 0"),
        None => None,
    };
    let schedule_start = tokio::time::Instant::now() + Duration::from_millis(50);
    let epoch = schedule_start.into_std();
    for (i, (user, token, items)) in experts.into_iter().enumerate() {
        let (client, base, stop, acked) = (client.clone(), base.clone(), stop.clone(), acked.clone());
        let mut due = interval.map(|iv| schedule_start + iv.mul_f64(i as f64 / n_raters as f64));
        tasks.spawn(async move {
            let mut lat = Samples::default();
            let mut seq = 0usize;
            while !stop.load(Ordering::Relaxed) {
                for item in &items {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    // In the open loop the clock starts when the rating was due, not when it went.
                    let t = match (due.as_mut(), interval) {
                        (Some(d), Some(iv)) => {
                            tokio::time::sleep_until(*d).await;
                            let at = d.into_std();
                            *d += iv;
                            at
                        }
                        _ => Instant::now(),
                    };
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    seq += 1;
                    let justification = format!(
                        "bench {user}/{item}/{seq}: the report documents a funded strategy with partners and results."
                    );
                    let body =
                        serde_json::json!({"score": 1 + (seq % 5), "justification": justification, "submit": true});
                    let r = client
                        .put(format!("{base}/api/v1/items/{item}/rating"))
                        .bearer_auth(&token)
                        .json(&body)
                        .send()
                        .await;
                    match r {
                        Ok(r) if r.status().is_success() => {
                            lat.ok(epoch, t);
                            acked.lock().await.push(justification);
                        }
                        Ok(r) => lat.failed(r.status().as_u16()),
                        Err(_) => {
                            lat.failed(0);
                            tokio::time::sleep(Duration::from_millis(20)).await;
                        }
                    }
                }
            }
            ("rating", lat)
        });
    }
    for r in 0..args.readers {
        let (stop, base) = (stop.clone(), base.clone());
        let sessions: Vec<(i32, String)> = data
            .readers
            .iter()
            .skip(r)
            .step_by(args.readers.max(1))
            .cloned()
            .collect();
        tasks.spawn(async move {
            let mut lat = Samples::default();
            let client = reqwest::Client::new();
            'outer: while !stop.load(Ordering::Relaxed) {
                for (city, cookie) in &sessions {
                    if stop.load(Ordering::Relaxed) {
                        break 'outer;
                    }
                    let t = Instant::now();
                    let r = client
                        .get(format!("{base}/cities/{city}/profile"))
                        .header("cookie", format!("lcr_session={cookie}"))
                        .send()
                        .await;
                    match r {
                        Ok(r) if r.status().is_success() => match r.text().await {
                            Ok(body) if body.contains("profile-cycle") => lat.ok(epoch, t),
                            _ => lat.failed(1),
                        },
                        Ok(r) => lat.failed(r.status().as_u16()),
                        Err(_) => {
                            lat.failed(0);
                            tokio::time::sleep(Duration::from_millis(20)).await;
                        }
                    }
                }
            }
            ("profile", lat)
        });
    }

    tokio::time::sleep_until(schedule_start + Duration::from_secs(args.warmup)).await;
    let load_started = Instant::now();
    let half = Duration::from_secs(args.seconds) / 2;
    let mut fault_report = None;
    match args.fault {
        None => tokio::time::sleep(Duration::from_secs(args.seconds)).await,
        Some(Fault::KillServer) => {
            tokio::time::sleep(half).await;
            server.kill()?;
            let t = Instant::now();
            server = Server::start(server_bin, url, port, workdir).await?;
            fault_report = Some(format!(
                "server killed with SIGKILL at {:.1} s and restarted; answering again after {:.2} s",
                half.as_secs_f64(),
                t.elapsed().as_secs_f64()
            ));
            tokio::time::sleep(half).await;
        }
        Some(Fault::RestartPostgres) => {
            if args.database != Db::Postgres {
                bail!("--fault restart-postgres needs --database postgres");
            }
            tokio::time::sleep(half).await;
            restart_postgres()?;
            let t = Instant::now();
            let answered = wait_answering(&client, &base, &data.experts[0].1, Duration::from_secs(30)).await;
            fault_report = Some(match answered {
                Some(d) => format!(
                    "PostgreSQL restarted at {:.1} s; the server answered an authenticated request {:.2} s after \
                     PostgreSQL was back (target < 5 s)",
                    half.as_secs_f64(),
                    d.as_secs_f64()
                ),
                None => format!(
                    "PostgreSQL restarted; the server did NOT answer within 30 s ({:.1} s)",
                    t.elapsed().as_secs_f64()
                ),
            });
            tokio::time::sleep(half.saturating_sub(t.elapsed())).await;
        }
    }
    stop.store(true, Ordering::Relaxed);
    let mut by_kind: BTreeMap<&str, Samples> = BTreeMap::new();
    while let Some(r) = tasks.join_next().await {
        let (kind, s) = r?;
        by_kind.entry(kind).or_default().merge(s);
    }
    let elapsed = load_started.elapsed().as_secs_f64();
    let rss = server.peak_rss_kib();

    println!(
        "load: {} s measured after {} s of warm-up, {} experts rating ({}), {} city users reading profiles, {:?}",
        args.seconds,
        args.warmup,
        args.raters.unwrap_or(args.experts),
        match args.rate {
            Some(r) => format!("open loop, {r:.0} ratings/s offered, latency from when each was due"),
            None => "closed loop, each as soon as its last was answered".to_owned(),
        },
        args.readers,
        args.database
    );
    if let Some(path) = &args.latency_log {
        let mut w = csv::Writer::from_path(path)?;
        w.write_record(["kind", "started_ms", "latency_ms"])?;
        for (kind, s) in &by_kind {
            for (at, ms) in s.at.iter().zip(&s.ms) {
                w.write_record([kind.to_string(), format!("{at:.3}"), format!("{ms:.3}")])?;
            }
        }
        w.flush()?;
    }
    let warmup_ms = args.warmup as f64 * 1000.0;
    let mut warm_up: BTreeMap<&str, Samples> = BTreeMap::new();
    for (kind, s) in &mut by_kind {
        warm_up.insert(kind, s.split_off_before(warmup_ms));
    }
    for (kind, s) in &mut warm_up {
        s.report(&format!("{kind} (warm-up)"), args.warmup as f64);
    }
    for (kind, s) in &mut by_kind {
        s.report(kind, elapsed);
    }
    match rss {
        Some(kib) => println!("server peak RSS (VmHWM): {:.1} MiB", kib as f64 / 1024.0),
        None => println!("server peak RSS: not readable"),
    }
    if let Some(f) = fault_report {
        println!("fault: {f}");
    }
    if args.fault == Some(Fault::KillServer) {
        let acked = acked.lock().await;
        let stored: HashSet<String> = entity::rating_version::Entity::find()
            .all(&db)
            .await?
            .into_iter()
            .map(|v| v.justification)
            .collect();
        let lost = acked.iter().filter(|j| !stored.contains(*j)).count();
        println!(
            "durability: {} acknowledged rating submissions, {} found in the database after the crash, {lost} lost",
            acked.len(),
            acked.len() - lost
        );
        if lost > 0 {
            server.kill()?;
            bail!("{lost} acknowledged ratings were lost");
        }
    }
    server.kill()?;
    // The ceiling: the same rating-shaped transaction straight on the database, no HTTP, from as
    // many clients as there were raters.
    let raters = args.raters.unwrap_or(args.experts);
    if raters > 0
        && let Some(rating) = by_kind.get("rating")
    {
        let service = rating.ms.len() as f64 / elapsed;
        let ceiling = raw_ceiling(&db, data.review_cycle, raters, Duration::from_secs(5)).await?;
        println!(
            "ceiling: the service's rating write straight on {:?} (versioned upsert, version row, audit row, one \
             round trip), {raters} clients: {ceiling:.0}/s; the service reaches {:.0} % of it",
            args.database,
            100.0 * service / ceiling
        );
    }
    println!("{domain}");
    Ok(())
}

/// Deletes the ratings of the review cycle (and their versions), so a kept dataset is rated afresh.
async fn reset_ratings(db: &sea_orm::DatabaseConnection, cycle: i32) -> anyhow::Result<()> {
    let items = format!("SELECT id FROM review_items WHERE cycle_id = {cycle}");
    db.execute_unprepared(&format!(
        "DELETE FROM rating_versions WHERE rating_id IN (SELECT id FROM ratings WHERE item_id IN ({items}))"
    ))
    .await?;
    db.execute_unprepared(&format!("DELETE FROM ratings WHERE item_id IN ({items})"))
        .await?;
    Ok(())
}

/// Ratings per second written straight on the database, no HTTP: `clients` tasks, each saving a
/// draft of one rating of the cycle in review again and again for `how_long`, with the service's
/// own write (`store::ratings::one_trip`: the versioned upsert, its version row and its audit entry,
/// one round trip, taking its turn among SQLite's writers as the service does).
async fn raw_ceiling(
    db: &sea_orm::DatabaseConnection,
    cycle: i32,
    clients: usize,
    how_long: Duration,
) -> anyhow::Result<f64> {
    use lcreview::domain::rating::{Justification, RatingInput};
    use lcreview::domain::score::Score;
    use lcreview::store::ratings::one_trip::{FirstRound, write};
    use sea_orm::FromQueryResult;
    // The cycle's ratings were checked after the load; they go, so every client can save drafts.
    reset_ratings(db, cycle).await?;
    let version = entity::cycle::Entity::find_by_id(cycle)
        .one(db)
        .await?
        .context("the cycle in review")?
        .version;
    #[derive(FromQueryResult)]
    struct Pair {
        item: i32,
        city: i32,
        panel: i32,
        expert: i32,
    }
    let pairs = Pair::find_by_statement(sea_orm::Statement::from_string(
        db.get_database_backend(),
        format!(
            "SELECT i.id AS item, i.city_id AS city, i.panel_id AS panel, b.expert_user_id AS expert FROM review_items i JOIN bundle_experts b \
             ON b.cycle_id = i.cycle_id AND b.city_id = i.city_id AND b.panel_id = i.panel_id \
             AND b.stage = 'confirmed' WHERE i.cycle_id = {cycle} ORDER BY i.id LIMIT {clients}"
        ),
    ))
    .all(db)
    .await?;
    if pairs.is_empty() {
        bail!("no rating to write for the ceiling");
    }
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let until = Instant::now() + how_long;
    let mut tasks = tokio::task::JoinSet::new();
    for pair in pairs {
        let (db, done) = (db.clone(), done.clone());
        tasks.spawn(async move {
            let input = RatingInput {
                score: Score::try_from(3).map_err(anyhow::Error::msg)?,
                justification: Justification::parse(
                    "ceiling: the report documents a funded strategy with partners and results.",
                    0,
                )
                .map_err(anyhow::Error::msg)?,
                confidence: None,
                submit: false,
            };
            while Instant::now() < until {
                let _turn = store::writers_turn(&db).await?;
                let draft = FirstRound {
                    item_id: pair.item,
                    cycle_id: cycle,
                    city_id: pair.city,
                    panel_id: pair.panel,
                    cycle_version: version,
                    expert: pair.expert,
                    input: &input,
                    expected_version: None,
                    at: store::now(),
                    token_issuer: None,
                };
                if write(&db, &draft).await?.is_none() {
                    bail!("the ceiling's write of item {} was refused", pair.item);
                }
                done.fetch_add(1, Ordering::Relaxed);
            }
            Ok::<(), anyhow::Error>(())
        });
    }
    while let Some(r) = tasks.join_next().await {
        r??;
    }
    Ok(done.load(Ordering::Relaxed) as f64 / how_long.as_secs_f64())
}

/// The consensus rule and Krippendorff's alpha over a cycle of `cities` cities with the 18
/// experts'-review measurements and three reviewers each, in memory with the domain's own
/// functions (what settlement and the agreement statistics compute, without the database).
fn consensus_and_alpha(cities: usize) -> String {
    use lcreview::domain::agreement::{Metric, alpha};
    use lcreview::domain::consensus::{Outcome, decide, stats};
    use lcreview::domain::cycle::ConsensusRule;
    let rule = ConsensusRule {
        max_spread: 1,
        revision_rounds: 1,
    };
    // Deterministic scores: a city's level, and reviewers within one or two of it.
    let items: Vec<Vec<u8>> = (0..cities * 18)
        .map(|i| {
            let base = 1 + (i % 5) as u8;
            (0..3u8).map(|r| (base + (r * (i % 3) as u8) % 3).clamp(1, 5)).collect()
        })
        .collect();
    let ratings: usize = items.iter().map(Vec::len).sum();
    let started = Instant::now();
    let mut agreed = 0usize;
    for scores in &items {
        if let Some(s) = stats(scores)
            && matches!(decide(&s, &rule, 1), Outcome::Agreed { .. })
        {
            agreed += 1;
        }
    }
    let units: Vec<Vec<f64>> = items
        .iter()
        .map(|s| s.iter().map(|v| f64::from(*v)).collect())
        .collect();
    let a = alpha(&units, Metric::Ordinal);
    let took = started.elapsed();
    format!(
        "consensus + alpha: {} items, {ratings} ratings ({cities} cities × 18 measurements × 3 reviewers), in \
         memory with the domain's functions: {:.0} ms ({agreed} agreed; ordinal alpha {:.3})",
        items.len(),
        took.as_secs_f64() * 1000.0,
        a.unwrap_or(f64::NAN)
    )
}

/// Latencies of successful requests, and failures by status (0: no response).
#[derive(Default)]
struct Samples {
    ms: Vec<f64>,
    /// When each answered request started, in ms from the start of the load (beside `ms`).
    at: Vec<f64>,
    failures: BTreeMap<u16, usize>,
}

impl Samples {
    fn ok(&mut self, epoch: Instant, started: Instant) {
        self.ms.push(started.elapsed().as_secs_f64() * 1000.0);
        self.at
            .push(started.saturating_duration_since(epoch).as_secs_f64() * 1000.0);
    }
    fn failed(&mut self, status: u16) {
        *self.failures.entry(status).or_default() += 1;
    }
    fn merge(&mut self, other: Samples) {
        self.ms.extend(other.ms);
        self.at.extend(other.at);
        for (k, v) in other.failures {
            *self.failures.entry(k).or_default() += v;
        }
    }
    /// Takes out the requests that started before `ms` (the failures stay).
    fn split_off_before(&mut self, ms: f64) -> Samples {
        let mut early = Samples::default();
        let (mut keep_ms, mut keep_at) = (Vec::new(), Vec::new());
        for (at, latency) in self.at.drain(..).zip(self.ms.drain(..)) {
            let (to_ms, to_at) = if at < ms {
                (&mut early.ms, &mut early.at)
            } else {
                (&mut keep_ms, &mut keep_at)
            };
            to_ms.push(latency);
            to_at.push(at);
        }
        (self.ms, self.at) = (keep_ms, keep_at);
        early
    }
    fn report(&mut self, kind: &str, elapsed: f64) {
        self.ms.sort_by(f64::total_cmp);
        let p = |q: f64| {
            if self.ms.is_empty() {
                f64::NAN
            } else {
                self.ms[((self.ms.len() - 1) as f64 * q).round() as usize]
            }
        };
        println!(
            "  {kind:18} {:>8} ok  {:>8.0}/s  p50 {:6.2} ms  p95 {:6.2} ms  p99 {:6.2} ms  max {:7.2} ms  failures {:?}",
            self.ms.len(),
            self.ms.len() as f64 / elapsed,
            p(0.50),
            p(0.95),
            p(0.99),
            p(1.0),
            self.failures
        );
    }
}

struct Server {
    child: Child,
}

impl Server {
    async fn start(bin: &PathBuf, url: &str, port: u16, workdir: &std::path::Path) -> anyhow::Result<Server> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(workdir.join("server.log"))?;
        let child = Command::new(bin)
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .current_dir(workdir)
            .env("DATABASE_URL", url)
            .env("LCREVIEW_LOG__FILTER", "warn")
            .env("LCREVIEW_AUTH__PUBLIC_URL", format!("http://127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .with_context(|| format!("cannot start {}", bin.display()))?;
        let client = reqwest::Client::new();
        for _ in 0..300 {
            if client
                .get(format!("http://127.0.0.1:{port}/healthz"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return Ok(Server { child });
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        bail!(
            "the server did not answer within 6 s; see {}",
            workdir.join("server.log").display()
        )
    }

    fn peak_rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    }

    fn kill(&mut self) -> anyhow::Result<()> {
        // Child::kill sends SIGKILL: no graceful shutdown, as in a crash.
        let _ = self.child.kill();
        self.child.wait()?;
        Ok(())
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn restart_postgres() -> anyhow::Result<()> {
    let version = std::fs::read_dir("/etc/postgresql")?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .next()
        .context("no cluster under /etc/postgresql")?;
    let status = Command::new("pg_ctlcluster")
        .args(["--skip-systemctl-redirect", &version, "main", "restart"])
        .status()?;
    if !status.success() {
        bail!("pg_ctlcluster restart failed");
    }
    Ok(())
}

/// How long until an authenticated API request succeeds again.
async fn wait_answering(client: &reqwest::Client, base: &str, token: &str, limit: Duration) -> Option<Duration> {
    let t = Instant::now();
    while t.elapsed() < limit {
        if client
            .get(format!("{base}/api/v1/me"))
            .bearer_auth(token)
            .timeout(Duration::from_secs(1))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Some(t.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    None
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Dataset {
    /// (user id, API token)
    experts: Vec<(i32, String)>,
    /// (city id, session cookie of one of its users)
    readers: Vec<(i32, String)>,
    review_cycle: i32,
    items_in_review: usize,
}

/// Runs `f` over `items` on `n` tasks at once.
async fn parallel<T, F, Fut>(n: usize, items: Vec<T>, f: F) -> anyhow::Result<()>
where
    T: Send + 'static,
    F: Fn(T) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<()>> + Send,
{
    let f = Arc::new(f);
    let queue = Arc::new(std::sync::Mutex::new(items));
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..n {
        let (f, queue) = (f.clone(), queue.clone());
        set.spawn(async move {
            loop {
                let next = queue.lock().map_err(|_| anyhow::anyhow!("poisoned"))?.pop();
                match next {
                    Some(t) => f(t).await?,
                    None => return Ok::<(), anyhow::Error>(()),
                }
            }
        });
    }
    while let Some(r) = set.join_next().await {
        r??;
    }
    Ok(())
}

fn user(email: &str, name: &str, role: Role, city_id: Option<i32>) -> anyhow::Result<NewUser> {
    NewUser::parse(email, name, role, city_id).map_err(anyhow::Error::msg)
}

/// The network: cities with a coordinator each (the first few hundred signed in, to read), experts
/// on one panel, a published cycle whose items all agreed, and a second cycle in review.
async fn prepare(app: &App, args: &Args) -> anyhow::Result<Dataset> {
    let writers = if app.db.get_database_backend() == sea_orm::DbBackend::Postgres {
        8
    } else {
        1
    };
    let fw = app.frameworks.default_edition().clone();
    let sec_user = app::users::invite(
        app,
        &Staff::operator(),
        user("sec@bench.example.org", "Bench Secretariat", Role::Secretariat, None)?,
    )
    .await?;
    let sec = Staff::of(&sec_user)?;
    let cities: Arc<Mutex<Vec<(i32, User)>>> = Arc::default();
    {
        let (app, sec, cities) = (app.clone(), sec.clone(), cities.clone());
        parallel(writers, (0..args.cities).collect(), move |i| {
            let (app, sec, cities) = (app.clone(), sec.clone(), cities.clone());
            async move {
                let new = NewCity::parse(
                    &format!("City {i:05}"),
                    COUNTRIES[i % COUNTRIES.len()],
                    None,
                    &["en".into()],
                )
                .map_err(|(f, e)| anyhow::anyhow!("{f}: {e}"))?;
                let c = app::cities::register(&app, &sec, new).await?;
                let coordinator = app::users::invite(
                    &app,
                    &sec,
                    user(
                        &format!("coordinator{}@bench.example.org", c.id),
                        "Coordinator",
                        Role::City,
                        Some(c.id),
                    )?,
                )
                .await?;
                cities.lock().await.push((c.id, coordinator));
                Ok(())
            }
        })
        .await?;
    }
    let mut cities = cities.lock().await.clone();
    cities.sort_unstable_by_key(|c| c.0);
    let city_ids: Vec<i32> = cities.iter().map(|c| c.0).collect();
    // Enough capacity for every city's bundle twice over the panel.
    let capacity = (city_ids.len() * 2).div_ceil(args.experts) as i64 + 8;
    if capacity > lcreview::domain::expert::MAX_CAPACITY {
        bail!(
            "{} experts cannot cover {} cities (capacity over the maximum)",
            args.experts,
            args.cities
        );
    }
    let mut experts = Vec::new();
    let mut expert_users = Vec::new();
    for e in 0..args.experts {
        let u = app::users::invite(
            app,
            &sec,
            user(
                &format!("expert{e}@bench.example.org"),
                &format!("Expert {e}"),
                Role::Expert,
                None,
            )?,
        )
        .await?;
        let profile = ExpertProfile::parse(&fw, "IS", None, None, &["en".into()], &["3.1".into()], capacity)
            .map_err(|(f, e)| anyhow::anyhow!("{f}: {e}"))?;
        app::experts::set_profile(app, &sec_user, u.id, profile).await?;
        let token = app::users::issue_token(app, &sec, u.id, Some("load benchmark".into())).await?;
        experts.push((u.id, token));
        expert_users.push(u);
    }
    let mut readers = Vec::new();
    for (city, coordinator) in cities.iter().step_by((cities.len() / 256).max(1)) {
        readers.push((*city, app::auth::start_session(app, coordinator.id).await?));
    }

    let published = review_cycle(app, &sec, "Bench cycle 2025", &cities, &expert_users, writers).await?;
    // Every item agrees: both reviewers give the city's score.
    let in_force = app::assignment::in_force(app, &sec, published.id).await?;
    let reviewers: Arc<BTreeMap<i32, Vec<User>>> = Arc::new(
        in_force
            .bundles
            .iter()
            .map(|b| {
                let users = expert_users
                    .iter()
                    .filter(|u| b.experts.contains(&u.id))
                    .cloned()
                    .collect();
                (b.city_id, users)
            })
            .collect(),
    );
    let items = store::ratings::items_of_cycle(&app.db, published.id).await?;
    {
        let (app, reviewers) = (app.clone(), reviewers.clone());
        parallel(writers, items.clone(), move |item| {
            let (app, reviewers) = (app.clone(), reviewers.clone());
            async move {
                let score = 1 + (item.city_id % 5) as i64;
                for expert in reviewers.get(&item.city_id).into_iter().flatten() {
                    let input = RatingInput {
                        score: Score::try_from(score).map_err(anyhow::Error::msg)?,
                        justification: Justification::parse(
                            "The report documents a funded strategy, named partners and measured results.",
                            50,
                        )
                        .map_err(anyhow::Error::msg)?,
                        confidence: None,
                        submit: true,
                    };
                    let access = app::reviews::visible_item(&app, expert, item.id).await?;
                    app::reviews::save_rating(&app, expert, &access, input, None).await?;
                }
                Ok(())
            }
        })
        .await?;
    }
    app::cycles::transition(app, &sec, published.id, CycleState::Reconciling).await?;
    {
        let (app, sec_user) = (app.clone(), sec_user.clone());
        parallel(writers, items, move |item| {
            let (app, sec_user) = (app.clone(), sec_user.clone());
            async move {
                let access = app::consensus::moderatable(&app, &sec_user, item.id).await?;
                app::consensus::set_feedback(
                    &app,
                    &sec_user,
                    &access,
                    "Keep the strategy funded and publish its results each year.",
                )
                .await?;
                Ok(())
            }
        })
        .await?;
    }
    app::cycles::transition(app, &sec, published.id, CycleState::Published).await?;
    let in_review = review_cycle(app, &sec, "Bench cycle 2026", &cities, &expert_users, writers).await?;
    let items_in_review = store::ratings::items_of_cycle(&app.db, in_review.id).await?.len();
    Ok(Dataset {
        experts,
        readers,
        review_cycle: in_review.id,
        items_in_review,
    })
}

/// A cycle over every city with one panel (the 3.1 measurements, two reviewers per city), every
/// report submitted by its coordinator and the assignment confirmed, in review.
async fn review_cycle(
    app: &App,
    sec: &Staff,
    name: &str,
    cities: &[(i32, User)],
    experts: &[User],
    writers: usize,
) -> anyhow::Result<Cycle> {
    let deadlines = Deadlines {
        submission: None,
        review: Some(time::OffsetDateTime::now_utc() + time::Duration::days(30)),
        reconciliation: None,
    };
    let settings = CycleSettings::parse(name, Some(2), Some(true), Some(1), Some(1), Some(50), deadlines)
        .map_err(|(f, e)| anyhow::anyhow!("{f}: {e}"))?;
    let city_ids: Vec<i32> = cities.iter().map(|c| c.0).collect();
    let mut cycle = app::cycles::create(app, sec, settings, &city_ids).await?;
    for panel in cycle.panels.clone().iter().skip(1) {
        let change = app::cycles::PanelChange {
            members: vec![],
            chair: None,
            measurements: Some(vec![]),
        };
        cycle = app::cycles::update_panel(app, sec, &cycle, panel.id, change).await?;
    }
    let change = app::cycles::PanelChange {
        members: experts.iter().map(|e| e.id).collect(),
        chair: None,
        measurements: Some(MEASUREMENTS.iter().map(|m| m.to_string()).collect()),
    };
    let first = cycle.panels[0].id;
    app::cycles::update_panel(app, sec, &cycle, first, change).await?;
    let cycle = app::cycles::transition(app, sec, cycle.id, CycleState::Collecting).await?;
    {
        let app = app.clone();
        let cycle_id = cycle.id;
        parallel(writers, cities.to_vec(), move |(city, coordinator)| {
            let app = app.clone();
            async move {
                let narratives = MEASUREMENTS
                    .iter()
                    .map(|m| {
                        (
                            m.to_string(),
                            Narrative {
                                text: format!("City {city} reports its work on {m}: a strategy, a budget and results."),
                                evidence_links: vec![format!("https://city{city}.example.org/report.pdf")],
                                self_score: None,
                            },
                        )
                    })
                    .collect();
                let content = ReportContent {
                    language: Some("en".into()),
                    narratives,
                    statistics: BTreeMap::new(),
                };
                let access = app::reports::visible(&app, &coordinator, cycle_id, city).await?;
                app::reports::save_draft(&app, &coordinator, &access, content, None).await?;
                let access = app::reports::visible(&app, &coordinator, cycle_id, city).await?;
                app::reports::submit(&app, &coordinator, &access).await?;
                Ok(())
            }
        })
        .await?;
    }
    app::assignment::run(app, sec, cycle.id).await?;
    app::assignment::confirm(app, sec, cycle.id).await?;
    Ok(app::cycles::transition(app, sec, cycle.id, CycleState::Reviewing).await?)
}
