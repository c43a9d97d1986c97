//! Benchmark of the assignment solver: generates GNLC-scale or stress-scale instances through the
//! same instance builder the service uses, solves them, and reports wall time and peak memory.
//!
//!   cargo run --release --bin lcreview-assign-bench -- --scale gnlc
//!   cargo run --release --bin lcreview-assign-bench -- --scale stress --write stress.json
//!   cargo run --release --bin lcreview-assign-bench -- --read stress.json --no-balance
//!   cargo run --release --bin lcreview-assign-bench -- --scale stress --affinity per-pair --cities 5000
//!
//! Instances are JSON (`lcreview::domain::assignment::Instance`): experts with capacity, bundles with
//! k, eligible (bundle, expert) pairs with affinity 0–10. See the README.
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Parser, ValueEnum};
use lcreview::domain::assignment::affinity::{AffinityRule, Continuity, History};
use lcreview::domain::assignment::build::{ExpertInput, PanelInput, ReportInput, Rules, build};
use lcreview::domain::assignment::{Instance, Options, solve};
use lcreview::domain::city::REGIONS;
use lcreview::domain::conflicts::{CityTies, ExpertTies};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
enum Scale {
    /// 400 cities, 4 panels, k = 3, 150 experts.
    Gnlc,
    /// 10,000 cities (40,000 bundles), 3,000 experts, k = 3.
    Stress,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, Debug)]
enum Affinity {
    /// The builder's affinity: the share of the panel's areas of focus in the expert's expertise
    /// (bundles of a panel mostly share it, so the solver can merge them).
    Areas,
    /// Each (bundle, expert) pair its own affinity, drawn from the seed, as any affinity that knows
    /// the city (its region, its report's language, the last cycle's reviewers) would give.
    PerPair,
    /// The service's affinity with every term (default weights, continuity preferred): cities get
    /// regions, experts known regions and native languages, and a previous cycle its reviewers, all
    /// drawn from the seed.
    Terms,
}

#[derive(Parser)]
#[command(about = "Benchmark the assignment solver")]
struct Args {
    /// How pairs get their affinity (ignored with --read).
    #[arg(long, value_enum, default_value = "areas")]
    affinity: Affinity,
    /// Experts per bundle (default 3).
    #[arg(long, default_value_t = 3)]
    k: u32,
    /// Number of cities (default: the scale's, 400 or 10,000); each has one bundle per panel (4).
    #[arg(long)]
    cities: Option<usize>,
    /// Number of experts (default: the scale's, 150 or 3,000).
    #[arg(long)]
    experts: Option<usize>,
    /// Keep at most this many eligible experts per bundle (drawn from the seed).
    #[arg(long)]
    candidates: Option<usize>,
    /// Which generated instance to solve (ignored with --read).
    #[arg(long, value_enum, default_value = "gnlc")]
    scale: Scale,
    /// Seed of the generator: the same seed gives the same instance.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Pure maximum affinity: no load balancing.
    #[arg(long)]
    no_balance: bool,
    /// Write the generated instance to this JSON file.
    #[arg(long)]
    write: Option<PathBuf>,
    /// Solve the instance in this JSON file instead of generating one.
    #[arg(long)]
    read: Option<PathBuf>,
    /// Write the solution (bundle → experts, objective) to this JSON file.
    #[arg(long)]
    solution: Option<PathBuf>,
    /// Solve this many times and report the median.
    #[arg(long, default_value_t = 5)]
    repeat: usize,
}

const LANGUAGES: [(&str, u32); 7] = [
    ("en", 40),
    ("fr", 15),
    ("es", 15),
    ("ar", 10),
    ("zh", 10),
    ("ru", 5),
    ("pt", 5),
];
const PANEL_AREAS: [&[&str]; 4] = [
    &["3.1"],
    &["3.2", "3.3"],
    &["2.1", "3.3"],
    &["1.3", "2.2", "2.3", "2.5", "2.6"],
];
const ALL_AREAS: [&str; 12] = [
    "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3",
];

fn language(rng: &mut ChaCha8Rng) -> String {
    let total: u32 = LANGUAGES.iter().map(|(_, w)| w).sum();
    let mut x = rng.random_range(0..total);
    for (l, w) in LANGUAGES {
        if x < w {
            return l.to_owned();
        }
        x -= w;
    }
    "en".to_owned()
}

/// A realistic network: cities over 100 countries and 7 languages (English most common), experts in
/// one panel each, most reading English and one or two other languages, half of them from a city of the
/// network, a fifth with a declared conflict; capacities that cover the demand with some slack.
fn generate(cities: usize, experts: usize, k: u32, seed: u64) -> (Vec<ReportInput>, Vec<PanelInput>, Vec<ExpertInput>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let reports: Vec<ReportInput> = (0..cities)
        .map(|i| ReportInput {
            city: CityTies {
                id: i as i32 + 1,
                country: format!("C{:02}", rng.random_range(0..100)),
                institutions: vec![],
            },
            city_name: format!("City {}", i + 1),
            language: language(&mut rng),
            region: None,
        })
        .collect();
    let panels_n = PANEL_AREAS.len();
    let per_panel = (experts / panels_n).max(1);
    let avg_capacity = (cities as f64 * f64::from(k) / per_panel as f64 * 1.25).ceil() as u32;
    let mut panels: Vec<PanelInput> = PANEL_AREAS
        .iter()
        .enumerate()
        .map(|(p, areas)| PanelInput {
            id: p as i32 + 1,
            name: format!("Panel {}", p + 1),
            members: Vec::new(),
            areas: areas.iter().map(|a| (*a).to_owned()).collect(),
        })
        .collect();
    let mut list = Vec::with_capacity(experts);
    for e in 0..experts {
        let id = 100_000 + e as i32;
        let panel = e % panels_n;
        panels[panel].members.push(id);
        // Most read English; nearly all read one more language, some a third, drawn like the cities'.
        let mut languages = Vec::new();
        if rng.random_bool(0.85) {
            languages.push("en".to_owned());
        }
        for p in [0.9, 0.4] {
            if languages.is_empty() || rng.random_bool(p) {
                let l = language(&mut rng);
                if !languages.contains(&l) {
                    languages.push(l);
                }
            }
        }
        let mut expertise: Vec<String> = PANEL_AREAS[panel]
            .iter()
            .filter(|_| rng.random_bool(0.7))
            .map(|a| (*a).to_owned())
            .collect();
        let extra = ALL_AREAS[rng.random_range(0..ALL_AREAS.len())].to_owned();
        if !expertise.contains(&extra) {
            expertise.push(extra);
        }
        let home_city = rng.random_bool(0.5).then(|| rng.random_range(1..=cities as i32));
        let declared = if rng.random_bool(0.2) {
            [rng.random_range(1..=cities as i32)].into_iter().collect()
        } else {
            Default::default()
        };
        let country = format!("C{:02}", rng.random_range(0..100));
        list.push(ExpertInput {
            id,
            ties: ExpertTies {
                country,
                home_city,
                institution: None,
                declared,
            },
            languages,
            expertise,
            capacity: rng.random_range(avg_capacity * 3 / 4..=avg_capacity * 3 / 2),
            ..Default::default()
        });
    }
    (reports, panels, list)
}

/// What the affinity's other terms need, drawn from its own generator (so the instances of
/// `areas` and `per-pair` stay those of earlier runs): a region per country, one or two known
/// regions and a native language per expert, and a previous cycle in which four in five bundles
/// had k reviewers among the panel's members.
fn add_terms(
    reports: &mut [ReportInput],
    panels: &[PanelInput],
    experts: &mut [ExpertInput],
    k: u32,
    seed: u64,
) -> History {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x7e2a5);
    let region = |country: &str| {
        let n: usize = country.trim_start_matches('C').parse().unwrap_or(0);
        REGIONS[n % REGIONS.len()].to_owned()
    };
    for r in reports.iter_mut() {
        r.region = Some(region(&r.city.country));
    }
    for e in experts.iter_mut() {
        e.regions = vec![region(&e.ties.country)];
        if rng.random_bool(0.3) {
            e.regions.push(REGIONS[rng.random_range(0..REGIONS.len())].to_owned());
            e.regions.dedup();
        }
        let native = e
            .languages
            .iter()
            .find(|l| *l != "en")
            .unwrap_or(&e.languages[0])
            .clone();
        e.native_languages = vec![native];
    }
    let mut history = History::default();
    for r in reports.iter() {
        for p in panels {
            if p.members.is_empty() || !rng.random_bool(0.8) {
                continue;
            }
            for _ in 0..k {
                let e = p.members[rng.random_range(0..p.members.len())];
                history
                    .reviewed
                    .entry((r.city.id, e))
                    .or_default()
                    .extend(p.areas.iter().cloned());
            }
        }
    }
    history
}

/// At most `n` eligible experts per bundle, drawn at random (the rest are dropped).
fn keep_candidates(
    pairs: Vec<lcreview::domain::assignment::EligiblePair>,
    n: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<lcreview::domain::assignment::EligiblePair> {
    let mut by_bundle: std::collections::BTreeMap<i64, Vec<lcreview::domain::assignment::EligiblePair>> =
        std::collections::BTreeMap::new();
    for p in pairs {
        by_bundle.entry(p.bundle).or_default().push(p);
    }
    let mut out = Vec::new();
    for (_, mut list) in by_bundle {
        // A partial Fisher–Yates shuffle: the first n are a uniform sample.
        let keep = n.min(list.len());
        for i in 0..keep {
            let j = rng.random_range(i..list.len());
            list.swap(i, j);
        }
        list.truncate(keep);
        out.extend(list);
    }
    out
}

/// The process's peak resident memory so far (Linux), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let options = Options {
        load_balancing: !args.no_balance,
    };
    let (instance, label, build_time): (Instance, String, Option<Duration>) = match &args.read {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            (
                serde_json::from_str(&text).context("not an instance")?,
                path.display().to_string(),
                None,
            )
        }
        None => {
            let (cities, experts) = match args.scale {
                Scale::Gnlc => (400, 150),
                Scale::Stress => (10_000, 3_000),
            };
            let (cities, experts) = (args.cities.unwrap_or(cities), args.experts.unwrap_or(experts));
            let (mut reports, panels, mut list) = generate(cities, experts, args.k, args.seed);
            let (affinity, history) = match args.affinity {
                Affinity::Terms => (
                    AffinityRule {
                        continuity: Continuity::Prefer,
                        ..Default::default()
                    },
                    add_terms(&mut reports, &panels, &mut list, args.k, args.seed),
                ),
                _ => (AffinityRule::expertise_only(), History::default()),
            };
            let rules = Rules {
                k: args.k,
                same_country: true,
                affinity,
                history: &history,
            };
            let started = Instant::now();
            let mut built = build(&reports, &panels, &list, &rules).instance;
            let build_time = started.elapsed();
            let mut rng = ChaCha8Rng::seed_from_u64(args.seed ^ 0x5eed);
            if let Some(n) = args.candidates {
                built.eligible = keep_candidates(std::mem::take(&mut built.eligible), n, &mut rng);
            }
            if args.affinity == Affinity::PerPair {
                for p in &mut built.eligible {
                    p.affinity = rng.random_range(0..=lcreview::domain::assignment::AFFINITY_MAX);
                }
            }
            (
                built,
                format!(
                    "{:?}, {cities} cities, {experts} experts, k = {}, affinity {:?}{} (seed {})",
                    args.scale,
                    args.k,
                    args.affinity,
                    args.candidates
                        .map(|n| format!(", at most {n} candidates"))
                        .unwrap_or_default(),
                    args.seed
                ),
                Some(build_time),
            )
        }
    };
    if let Some(path) = &args.write {
        std::fs::write(path, serde_json::to_vec(&instance)?).with_context(|| format!("writing {}", path.display()))?;
    }
    let mut times = Vec::new();
    let mut solution = None;
    for _ in 0..args.repeat.max(1) {
        let started = Instant::now();
        let s = solve(&instance, options)?;
        times.push(started.elapsed());
        solution = Some(s);
    }
    times.sort();
    let s = solution.context("no run")?;
    if let Some(path) = &args.solution {
        std::fs::write(path, serde_json::to_vec(&s)?)?;
    }
    println!("instance          {label}");
    println!(
        "size              {} bundles, {} experts, {} eligible pairs",
        instance.bundles.len(),
        instance.experts.len(),
        instance.eligible.len()
    );
    println!(
        "load balancing    {}",
        if options.load_balancing { "on" } else { "off" }
    );
    if let Some(t) = build_time {
        println!("build instance    {}", ms(t));
    }
    println!(
        "solve             median {} (min {}, max {}, {} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
    println!("filled            {} of {} slots", s.filled_slots, s.needed_slots);
    println!("unfilled bundles  {}", s.unfilled(&instance).count());
    println!("objective         {} (affinity {})", s.objective, s.affinity);
    if let Some(mib) = peak_rss_mib() {
        println!("peak memory       {mib:.1} MiB (whole process)");
    }
    Ok(())
}
