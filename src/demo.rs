//! `lcreview demo` and `serve --demo`: fill an empty database with a small, believable network, so
//! a new user can walk through every role's pages at once.
//!
//! Everything goes through the use cases the API and the pages call (`crate::app`: invite, create,
//! submit, assign, rate, reconcile, moderate, publish), each acting as the person who would, never by
//! writing tables: the demo is also an end-to-end exercise of the workflow, and cannot show a state
//! the product itself could not reach.
//! Random choices come from a fixed seed, so every demo database is the same.
use std::collections::BTreeMap;

use anyhow::{Context, bail};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use time::{Duration, OffsetDateTime};

use crate::app::{self, App, Staff};
use crate::domain::city::NewCity;
use crate::domain::cycle::{CycleSettings, CycleState, Deadlines};
use crate::domain::expert::ExpertProfile;
use crate::domain::framework::{Framework, Source};
use crate::domain::item::{Item, Stage};
use crate::domain::rating::{Confidence, Justification, RatingInput};
use crate::domain::report::{Narrative, ReportContent, Statistic, breakdowns_of};
use crate::domain::score::Score;
use crate::domain::user::{NewUser, Role};
use crate::read::{Cycle, User};

/// The secretariat user the demo creates first; its presence marks a database the demo filled.
pub const SECRETARIAT_EMAIL: &str = "secretariat@demo.lcreview.org";

const MIN_JUSTIFICATION: u16 = 80;

/// What `load` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Loaded(Summary),
    /// The database already holds the demo (a restart of `serve --demo`): nothing was changed.
    AlreadyLoaded,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub cities: usize,
    pub experts: usize,
    pub published_cycles: usize,
    pub ratings: usize,
    pub revised_items: usize,
    pub moderated_items: usize,
}

struct DemoCity {
    name: &'static str,
    country: &'static str,
    region: &'static str,
    languages: &'static [&'static str],
    /// The language the city writes its report in (one of `languages`).
    report_language: &'static str,
    /// Where the city stands overall, on the 1–5 scale, in the first demo cycle.
    level: f64,
}

const AFRICA: &str = "Africa";
const ARAB: &str = "Arab States";
const ASIA: &str = "Asia and the Pacific";
const EUROPE: &str = "Europe and North America";
const LATAM: &str = "Latin America and the Caribbean";

#[rustfmt::skip]
const CITIES: [DemoCity; 24] = [
    DemoCity { name: "Ibadan", country: "NG", region: AFRICA, languages: &["en", "yo"], report_language: "en", level: 2.6 },
    DemoCity { name: "Dakar", country: "SN", region: AFRICA, languages: &["fr", "wo"], report_language: "fr", level: 2.9 },
    DemoCity { name: "Kigali", country: "RW", region: AFRICA, languages: &["rw", "en", "fr"], report_language: "en", level: 3.4 },
    DemoCity { name: "Durban", country: "ZA", region: AFRICA, languages: &["en", "zu"], report_language: "en", level: 3.1 },
    DemoCity { name: "Nairobi", country: "KE", region: AFRICA, languages: &["en", "sw"], report_language: "en", level: 2.8 },
    DemoCity { name: "Aswan", country: "EG", region: ARAB, languages: &["ar", "en"], report_language: "en", level: 3.0 },
    DemoCity { name: "Amman", country: "JO", region: ARAB, languages: &["ar", "en"], report_language: "en", level: 3.3 },
    DemoCity { name: "Chefchaouen", country: "MA", region: ARAB, languages: &["ar", "fr"], report_language: "fr", level: 2.7 },
    DemoCity { name: "Sharjah", country: "AE", region: ARAB, languages: &["ar", "en"], report_language: "en", level: 3.6 },
    DemoCity { name: "Suwon", country: "KR", region: ASIA, languages: &["ko", "en"], report_language: "en", level: 4.0 },
    DemoCity { name: "Okayama", country: "JP", region: ASIA, languages: &["ja", "en"], report_language: "en", level: 3.9 },
    DemoCity { name: "Hangzhou", country: "CN", region: ASIA, languages: &["zh", "en"], report_language: "en", level: 3.7 },
    DemoCity { name: "Balanga", country: "PH", region: ASIA, languages: &["tl", "en"], report_language: "en", level: 3.2 },
    DemoCity { name: "Melton", country: "AU", region: ASIA, languages: &["en"], report_language: "en", level: 3.8 },
    DemoCity { name: "Cork", country: "IE", region: EUROPE, languages: &["en", "ga"], report_language: "en", level: 4.1 },
    DemoCity { name: "Espoo", country: "FI", region: EUROPE, languages: &["fi", "sv", "en"], report_language: "en", level: 4.2 },
    DemoCity { name: "Larissa", country: "GR", region: EUROPE, languages: &["el", "en"], report_language: "en", level: 3.1 },
    DemoCity { name: "Seville", country: "ES", region: EUROPE, languages: &["es", "en"], report_language: "en", level: 3.5 },
    DemoCity { name: "Hamilton", country: "CA", region: EUROPE, languages: &["en", "fr"], report_language: "en", level: 3.6 },
    DemoCity { name: "Medellín", country: "CO", region: LATAM, languages: &["es"], report_language: "es", level: 3.8 },
    DemoCity { name: "Villa María", country: "AR", region: LATAM, languages: &["es"], report_language: "es", level: 3.2 },
    DemoCity { name: "Contagem", country: "BR", region: LATAM, languages: &["pt", "en"], report_language: "en", level: 2.9 },
    DemoCity { name: "Puebla", country: "MX", region: LATAM, languages: &["es", "en"], report_language: "es", level: 3.0 },
    DemoCity { name: "Santiago", country: "CL", region: LATAM, languages: &["es", "en"], report_language: "en", level: 3.3 },
];

#[rustfmt::skip]
const EXPERTS: [(&str, &str); 30] = [
    ("Amina Okafor", "GH"), ("Lucas Moreau", "BE"), ("Sofía Ramírez", "UY"), ("Kenji Watanabe", "SG"),
    ("Fatima Zahra Alaoui", "TN"), ("Henrik Lindqvist", "SE"), ("Priya Raman", "IN"), ("Tomás Herrera", "PE"),
    ("Grace Mwangi", "TZ"), ("Olivier Dubois", "FR"), ("Mei Lin Tan", "MY"), ("Carlos Mendes", "PT"),
    ("Nadia Haddad", "LB"), ("Jonas Becker", "DE"), ("Ana Lucía Torres", "EC"), ("Samuel Mensah", "GH"),
    ("Ingrid Solberg", "NO"), ("Rahim Chowdhury", "BD"), ("Élodie Martin", "CH"), ("Diego Castillo", "CR"),
    ("Yuki Sato", "NZ"), ("Layla Hassan", "OM"), ("Mateo Rossi", "IT"), ("Chidi Eze", "GH"),
    ("Hanna Kowalska", "PL"), ("Luis Fernández", "US"), ("Aigerim Nurlanovna", "KZ"), ("Pierre Lambert", "LU"),
    ("Isabel Duarte", "PY"), ("Thandiwe Dlamini", "BW"),
];

/// The demo's cycles, oldest first: three published (so profiles show a change over time, not just
/// one step) and one in review.
const CYCLES: [(&str, f64); 4] = [
    ("GNLC review 2023", -0.6),
    ("GNLC review 2024", -0.35),
    ("GNLC review 2025", 0.0),
    ("GNLC review 2026", 0.25),
];

/// The UNESCO region of a demo expert's country.
fn demo_region(country: &str) -> &'static str {
    match country {
        "GH" | "TZ" | "BW" => AFRICA,
        "TN" | "LB" | "OM" => ARAB,
        "SG" | "IN" | "MY" | "BD" | "NZ" | "KZ" => ASIA,
        "UY" | "PE" | "EC" | "CR" | "PY" => LATAM,
        _ => EUROPE,
    }
}

/// The language a demo expert of this country reads natively, among those the demo gives experts.
fn demo_native(country: &str) -> &'static str {
    match country {
        "BE" | "FR" | "CH" | "LU" => "fr",
        "UY" | "PE" | "EC" | "CR" | "PY" => "es",
        "GH" | "TZ" | "BW" | "SG" | "IN" | "MY" | "NZ" | "US" => "en",
        _ => "",
    }
}

fn email(name: &str, domain: &str) -> String {
    let local: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' => 'a',
            'é' | 'è' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' => 'u',
            'ñ' => 'n',
            ' ' => '.',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    format!("{local}@{domain}")
}

fn new_user(email: &str, name: &str, role: Role, city_id: Option<i32>) -> anyhow::Result<NewUser> {
    NewUser::parse(email, name, role, city_id).map_err(anyhow::Error::msg)
}

/// Fills an empty database with the demo. Refuses a database that holds anything else.
pub async fn load(app: &App) -> anyhow::Result<Outcome> {
    let operator = Staff::operator();
    let framework = app.frameworks.default_edition();
    if app::users::list(app, &operator)
        .await?
        .iter()
        .any(|u| u.email == SECRETARIAT_EMAIL)
    {
        return Ok(Outcome::AlreadyLoaded);
    }
    if !app::users::list(app, &operator).await?.is_empty() || !app::cities::all(app, &operator).await?.is_empty() {
        bail!("the database already holds users or cities: the demo only fills an empty database");
    }
    let mut rng = ChaCha8Rng::seed_from_u64(2013);
    let mut summary = Summary::default();

    let sec_user = app::users::invite(
        app,
        &operator,
        new_user(SECRETARIAT_EMAIL, "Demo Secretariat", Role::Secretariat, None)?,
    )
    .await?;
    let sec = Staff::of(&sec_user)?;
    app::users::invite(
        app,
        &sec,
        new_user(
            "programme@demo.lcreview.org",
            "Programme Officer",
            Role::Secretariat,
            None,
        )?,
    )
    .await?;

    let mut cities: Vec<(i32, User, &DemoCity)> = Vec::new();
    for c in &CITIES {
        let languages: Vec<String> = c.languages.iter().map(|l| l.to_string()).collect();
        let new = NewCity::parse(c.name, c.country, Some(c.region), &languages)
            .map_err(|(f, e)| anyhow::anyhow!("demo city {}: {f}: {e}", c.name))?;
        let city = app::cities::register(app, &sec, new).await?;
        let coordinator = format!("Learning City Coordinator, {}", c.name);
        let user = app::users::invite(
            app,
            &sec,
            new_user(
                &email(&format!("coordinator {}", c.name), "demo.lcreview.org"),
                &coordinator,
                Role::City,
                Some(city.id),
            )?,
        )
        .await?;
        cities.push((city.id, user, c));
    }
    summary.cities = cities.len();

    // Experts: everyone reads English; French and Spanish are spread so that every panel has
    // enough readers of each report language. Each expert belongs to one of the default panels and
    // knows that panel's share of the areas of focus.
    let panel_count = crate::domain::panels::default_panels(framework).len().max(1);
    let focus_areas: Vec<String> = framework.focus_areas().map(|f| f.code.clone()).collect();
    let per_panel = (focus_areas.len() / panel_count).max(1);
    let mut experts: Vec<User> = Vec::new();
    for (i, (name, country)) in EXPERTS.iter().enumerate() {
        let user = app::users::invite(
            app,
            &sec,
            new_user(&email(name, "experts.demo.lcreview.org"), name, Role::Expert, None)?,
        )
        .await?;
        let mut languages = vec!["en".to_string()];
        if (i / 4) % 2 == 0 || i % 3 == 0 {
            languages.push("fr".into());
        }
        if (i / 4) % 2 == 1 || i % 3 == 0 {
            languages.push("es".into());
        }
        let panel = i % panel_count;
        let expertise: Vec<String> = focus_areas
            .iter()
            .skip(panel * per_panel)
            .take(per_panel)
            .cloned()
            .collect();
        let institution = format!("{} Institute for Lifelong Learning", country_adjective(country));
        let native: Vec<String> = languages
            .iter()
            .filter(|l| demo_native(country) == l.as_str())
            .cloned()
            .collect();
        let profile = ExpertProfile::parse(framework, country, None, Some(&institution), &languages, &expertise, 14)
            .and_then(|p| p.with_regions(&[demo_region(country).to_owned()]))
            .and_then(|p| p.with_native_languages(&native))
            .map_err(|(f, e)| anyhow::anyhow!("demo expert {name}: {f}: {e}"))?;
        app::experts::set_profile(app, &sec_user, user.id, profile).await?;
        experts.push(user);
    }
    summary.experts = experts.len();
    let person = |id: i32| {
        experts
            .iter()
            .find(|e| e.id == id)
            .cloned()
            .with_context(|| format!("demo expert {id}"))
    };

    let now = OffsetDateTime::now_utc();
    for (n, (name, shift)) in CYCLES.iter().enumerate() {
        let in_review = n == CYCLES.len() - 1;
        let deadlines = if in_review {
            Deadlines {
                submission: None,
                review: Some(now + Duration::days(12)),
                reconciliation: Some(now + Duration::days(26)),
            }
        } else {
            Deadlines::default()
        };
        let settings = CycleSettings::parse(
            name,
            Some(3),
            Some(true),
            Some(1),
            Some(1),
            Some(i64::from(MIN_JUSTIFICATION)),
            deadlines,
        )
        .map_err(|(f, e)| anyhow::anyhow!("demo cycle: {f}: {e}"))?
        // Later cycles keep the same reviewers where they can, so scores compare across cycles.
        .with_affinity(crate::domain::assignment::affinity::AffinityRule {
            continuity: crate::domain::assignment::affinity::Continuity::Prefer,
            ..Default::default()
        });
        let city_ids: Vec<i32> = cities.iter().map(|c| c.0).collect();
        let mut cycle = app::cycles::create(app, &sec, settings, &city_ids).await?;
        let panels = cycle.panels.len().max(1);
        for (p, panel) in cycle.panels.clone().iter().enumerate() {
            let members: Vec<i32> = experts.iter().map(|e| e.id).skip(p).step_by(panels).collect();
            let change = app::cycles::PanelChange {
                chair: Some(members.first().copied()),
                members,
                measurements: None,
            };
            cycle = app::cycles::update_panel(app, &sec, &cycle, panel.id, change).await?;
        }
        app::cycles::transition(app, &sec, cycle.id, CycleState::Collecting).await?;
        for (city_id, coordinator, c) in &cities {
            let access = app::reports::visible(app, coordinator, cycle.id, *city_id).await?;
            let content = report(framework, &access.cycle, c, n, &mut rng);
            app::reports::save_draft(app, coordinator, &access, content, None).await?;
            let access = app::reports::visible(app, coordinator, cycle.id, *city_id).await?;
            app::reports::submit(app, coordinator, &access).await?;
        }
        check_figures(app, &sec, &cities, cycle.id, in_review).await?;
        app::assignment::run(app, &sec, cycle.id).await?;
        app::assignment::confirm(app, &sec, cycle.id).await?;
        cycle = app::cycles::transition(app, &sec, cycle.id, CycleState::Reviewing).await?;

        let mut first_round: BTreeMap<i32, Vec<(i32, u8)>> = BTreeMap::new();
        let in_force = app::assignment::in_force(app, &sec, cycle.id).await?;
        let (_, queue) = app::consensus::queue(app, &sec_user, cycle.id, &Default::default()).await?;
        for row in &queue {
            let item = &row.summary.item;
            let c = cities
                .iter()
                .find(|c| c.0 == item.city_id)
                .map(|c| c.2)
                .context("an item of a demo city")?;
            let truth = true_score(c, &item.measurement, *shift);
            let reviewers = in_force
                .bundles
                .iter()
                .find(|b| b.city_id == item.city_id && b.panel_id == item.panel_id)
                .map(|b| b.experts.clone())
                .unwrap_or_default();
            for expert in reviewers
                .into_iter()
                .map(person)
                .collect::<anyhow::Result<Vec<User>>>()?
            {
                // The cycle in review is part-way: about half the ratings are in, a few as drafts.
                let roll: f64 = rng.random();
                if in_review && roll < 0.5 {
                    continue;
                }
                let submit = !(in_review && roll < 0.6);
                let noise: f64 = rng.random();
                let score = match noise {
                    x if x < 0.13 => truth.saturating_sub(1).max(1),
                    x if x > 0.87 => (truth + 1).min(5),
                    _ => truth,
                };
                rate(app, framework, &expert, item, score, submit, 1, &mut rng).await?;
                if submit {
                    summary.ratings += 1;
                    first_round.entry(item.id).or_default().push((expert.id, score));
                }
            }
        }
        if in_review {
            break;
        }
        cycle = app::cycles::transition(app, &sec, cycle.id, CycleState::Reconciling).await?;

        // Revision: most reviewers of a disagreeing item move to the median; on some items a
        // reviewer holds their score, and the chair moderates.
        let (_, queue) = app::consensus::queue(app, &sec_user, cycle.id, &Default::default()).await?;
        for row in &queue {
            let item = &row.summary.item;
            if item.stage != Stage::Revision {
                continue;
            }
            summary.revised_items += 1;
            let round = first_round.get(&item.id).cloned().unwrap_or_default();
            let mut scores: Vec<u8> = round.iter().map(|r| r.1).collect();
            scores.sort_unstable();
            let median = scores[(scores.len() - 1) / 2];
            // Disagreement here comes from reviewers on both sides of the median, so a panel that
            // stays apart is one where nobody moves.
            let holds_out = rng.random::<f64>() < 0.3;
            for (expert, score) in &round {
                let revised = if holds_out { *score } else { median };
                rate(app, framework, &person(*expert)?, item, revised, true, 2, &mut rng).await?;
                summary.ratings += 1;
            }
        }
        let (_, queue) = app::consensus::queue(app, &sec_user, cycle.id, &Default::default()).await?;
        for row in &queue {
            let s = &row.summary;
            if s.item.stage != Stage::Moderation {
                continue;
            }
            let chair = cycle
                .panel(s.item.panel_id)
                .and_then(|p| p.chair)
                .context("a demo panel has a chair")?;
            let median = s
                .stats
                .as_ref()
                .map(|st| st.median)
                .context("a moderated item has ratings")?;
            let median = Score::try_from(i64::from(median)).map_err(anyhow::Error::msg)?;
            let rationale = format!(
                "The panel discussed the remaining gap. The evidence supports {median}: the measures are in place, \
                 but the report documents results for part of the city only."
            );
            // A chair who reviewed the item does not settle it: the secretariat does.
            let reviewed = s.reviewers.contains(&chair) || s.ratings.iter().any(|r| r.expert == chair && r.submitted);
            let moderator = if reviewed { sec_user.clone() } else { person(chair)? };
            let access = app::consensus::moderatable(app, &moderator, s.item.id).await?;
            app::consensus::moderate(app, &moderator, &access, median, &rationale).await?;
            summary.moderated_items += 1;
        }
        let (_, queue) = app::consensus::queue(app, &sec_user, cycle.id, &Default::default()).await?;
        for row in &queue {
            let s = &row.summary;
            let score = s
                .consensus
                .as_ref()
                .and_then(|c| c.score)
                .context("every demo item has a consensus")?;
            let m = framework
                .measurement(&s.item.measurement)
                .context("a framework measurement")?;
            let statement = statement(&m.name, score, &mut rng);
            let access = app::consensus::moderatable(app, &sec_user, s.item.id).await?;
            app::consensus::set_feedback(app, &sec_user, &access, &statement).await?;
        }
        app::cycles::transition(app, &sec, cycle.id, CycleState::Published).await?;
        summary.published_cycles += 1;
        write_action_plans(app, &cities, cycle.id).await?;
    }
    Ok(Outcome::Loaded(summary))
}

/// The secretariat checks the figures of the reports: most verified; in the cycle under review, one
/// figure of Cork's queried and still open, so its coordinator has a question to answer.
async fn check_figures(
    app: &App,
    sec: &Staff,
    cities: &[(i32, User, &DemoCity)],
    cycle_id: i32,
    in_review: bool,
) -> anyhow::Result<()> {
    let Some(staff_user) = sec.user() else {
        return Ok(());
    };
    for (i, (city_id, _, c)) in cities.iter().enumerate() {
        // Part of the network still waits for its check in the newest cycle.
        if in_review && i % 3 == 0 {
            continue;
        }
        let access = app::reports::visible(app, staff_user, cycle_id, *city_id).await?;
        let codes: Vec<String> = access.report.content.statistics.keys().cloned().collect();
        for (j, code) in codes.iter().enumerate() {
            let decision = if in_review && c.name == "Cork" && j == 0 {
                crate::domain::figures::Decision::Query {
                    question: "Is this the figure of the census or of the adult learning survey? Please say which \
                               and give the survey's year if it is the survey."
                        .into(),
                }
            } else {
                crate::domain::figures::Decision::Verified
            };
            app::reports::check_figure(app, sec, &access, code, decision).await?;
        }
    }
    Ok(())
}

/// After publication, two cities in three answer their feedback: an action for each of their two
/// lowest-scored measurements.
async fn write_action_plans(app: &App, cities: &[(i32, User, &DemoCity)], cycle_id: i32) -> anyhow::Result<()> {
    for (i, (city_id, coordinator, c)) in cities.iter().enumerate() {
        if i % 3 == 1 {
            continue;
        }
        let (_, cycles) = app::profile::profile(app, coordinator, *city_id).await?;
        let Some(published) = cycles.iter().find(|p| p.cycle_id == cycle_id) else {
            continue;
        };
        let mut scores: Vec<&crate::read::ProfileScore> = published.scores.iter().collect();
        scores.sort_by_key(|s| (s.score.value(), s.measurement.clone()));
        let plan: BTreeMap<String, String> = scores
            .iter()
            .take(2)
            .map(|s| {
                (
                    s.measurement.clone(),
                    format!(
                        "{} will set out yearly targets for this measurement, assign a lead office and report \
                         progress to the city council each spring, starting with the weaknesses the panel named.",
                        c.name
                    ),
                )
            })
            .collect();
        app::actions::set(app, coordinator, *city_id, cycle_id, &plan).await?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn rate(
    app: &App,
    framework: &Framework,
    expert: &User,
    item: &Item,
    score: u8,
    submit: bool,
    round: u8,
    rng: &mut ChaCha8Rng,
) -> anyhow::Result<()> {
    let name = framework
        .measurement(&item.measurement)
        .map(|m| m.name.to_lowercase())
        .unwrap_or_default();
    let text = justification(&name, score, round, rng);
    let input = RatingInput {
        score: Score::try_from(i64::from(score)).map_err(anyhow::Error::msg)?,
        justification: Justification::parse(&text, usize::from(MIN_JUSTIFICATION)).map_err(anyhow::Error::msg)?,
        confidence: Confidence::parse(["medium", "high", "high", "low"][rng.random_range(0..4)]),
        submit,
    };
    let access = app::reviews::visible_item(app, expert, item.id).await?;
    app::reviews::save_rating(app, expert, &access, input, None)
        .await
        .with_context(|| format!("demo rating of item {} by expert {}", item.id, expert.id))?;
    Ok(())
}

/// The score a careful panel would agree on: the city's level, a little better in some areas of
/// focus than others, and better in later cycles.
fn true_score(city: &DemoCity, measurement: &str, shift: f64) -> u8 {
    let bumps: u32 = measurement.bytes().map(u32::from).sum::<u32>() + city.name.len() as u32;
    let local = f64::from(bumps % 5) * 0.3 - 0.6;
    (city.level + shift + local).round().clamp(1.0, 5.0) as u8
}

fn country_adjective(code: &str) -> &'static str {
    match code {
        "GH" | "TZ" | "BW" => "African",
        "TN" | "LB" | "OM" => "Arab Regional",
        "SG" | "MY" | "IN" | "BD" | "NZ" | "KZ" => "Asia-Pacific",
        "UY" | "PE" | "EC" | "CR" | "PY" => "Latin American",
        _ => "European",
    }
}

fn pick<'a>(rng: &mut ChaCha8Rng, options: &[&'a str]) -> &'a str {
    options[rng.random_range(0..options.len())]
}

fn justification(measurement: &str, score: u8, round: u8, rng: &mut ChaCha8Rng) -> String {
    let finding = match score {
        5 => pick(
            rng,
            &[
                "city-wide measures with dedicated budget lines, named partners and results reported over three years",
                "a coherent strategy with clear targets, independent evaluation and evidence of reach into every district",
            ],
        ),
        4 => pick(
            rng,
            &[
                "well-documented measures with a budget and partners, though results are reported for two years only",
                "a strategy in force with most targets met; monitoring exists but is not yet published",
            ],
        ),
        3 => pick(
            rng,
            &[
                "measures that exist and are funded, but the report gives few results and little on who is reached",
                "a plan adopted by the council, with pilot projects; coverage beyond the centre is not shown",
            ],
        ),
        2 => pick(
            rng,
            &[
                "isolated projects without a budget line; the report describes intentions more than results",
                "a draft plan and one pilot; the evidence links do not show implementation",
            ],
        ),
        _ => pick(
            rng,
            &[
                "no measure in place; the narrative restates the goal without evidence",
                "activities that ended in an earlier period; nothing current is documented",
            ],
        ),
    };
    let prefix = if round > 1 {
        "Revised after reading the panel's ratings. "
    } else {
        ""
    };
    format!("{prefix}On {measurement}, the report shows {finding}.")
}

fn statement(measurement: &str, score: Score, rng: &mut ChaCha8Rng) -> String {
    let label = score.label();
    let advice = match score.value() {
        5 => pick(
            rng,
            &[
                "Share the approach with the network: other cities can learn from how it is funded and evaluated.",
                "Keep the independent evaluation going and publish it, so the results stay visible.",
            ],
        ),
        4 => pick(
            rng,
            &[
                "Publish the monitoring data and extend the measures to the districts not yet reached.",
                "Set targets for the next cycle and report results for each year.",
            ],
        ),
        3 => pick(
            rng,
            &[
                "Report who the measures reach and set a budget line that lasts beyond the pilots.",
                "Turn the pilots into a city-wide programme with partners named and results measured.",
            ],
        ),
        _ => pick(
            rng,
            &[
                "Adopt a plan with a budget and a lead partner, and document its first results.",
                "Start with one funded measure and report what it achieves in the next cycle.",
            ],
        ),
    };
    format!("{measurement}: {label}. {advice}")
}

/// A city's report: a narrative for each reviewed measurement and the statistics it collects.
fn report(framework: &Framework, cycle: &Cycle, city: &DemoCity, n: usize, rng: &mut ChaCha8Rng) -> ReportContent {
    let slug: String = city
        .name
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let year = 2022 + n as i32;
    let mut narratives = BTreeMap::new();
    for code in cycle.reviewed_measurements() {
        let Some(m) = framework.measurement(&code) else {
            continue;
        };
        let text = narrative(city, &m.definition, year, &slug, rng);
        narratives.insert(
            code.clone(),
            Narrative {
                text,
                evidence_links: vec![format!(
                    "https://www.{slug}.example.org/learning-city/{year}/{code}.pdf"
                )],
                // Cities rate themselves, mostly a little above where the experts land (no draw
                // from the generator, so the rest of the demo stays as it was).
                self_score: u8::try_from(3 + (slug.len() + code.len() + year as usize) % 3).ok(),
            },
        );
    }
    let mut statistics = BTreeMap::new();
    for m in framework.measurements() {
        if m.source == Source::ExpertReview || rng.random::<f64>() < 0.3 {
            continue;
        }
        let rating_scale = m.unit.as_deref().is_some_and(|u| u.contains("5-point"));
        let mut values = BTreeMap::new();
        for b in breakdowns_of(framework, m.code.as_str()) {
            let v: f64 = if rating_scale {
                (city.level + rng.random_range(-0.5..0.5)).clamp(1.0, 5.0)
            } else {
                (city.level * 18.0 + rng.random_range(-12.0..12.0) + n as f64 * 1.5).clamp(0.0, 100.0)
            };
            values.insert(b, (v * 10.0).round() / 10.0);
        }
        // A percentage's total is its parts' mean (equal weights here), as real figures would be.
        let parts: Vec<f64> = values
            .iter()
            .filter(|(k, _)| k.as_str() != crate::domain::report::SINGLE_VALUE)
            .map(|(_, v)| *v)
            .collect();
        if parts.len() >= 2
            && let Some(total) = values.get_mut(crate::domain::report::SINGLE_VALUE)
        {
            *total = (parts.iter().sum::<f64>() / parts.len() as f64 * 10.0).round() / 10.0;
        }
        statistics.insert(
            m.code.as_str().to_owned(),
            Statistic {
                year: Some(year - 1),
                values,
                source: (m.source == Source::OfficialOrSurvey).then_some(crate::domain::report::FigureSource::Survey),
                provider: Some("City statistics office".to_owned()),
                not_available: None,
            },
        );
    }
    ReportContent {
        language: Some(city.report_language.to_owned()),
        narratives,
        statistics,
    }
}

fn narrative(city: &DemoCity, definition: &str, year: i32, slug: &str, rng: &mut ChaCha8Rng) -> String {
    let lower = definition
        .chars()
        .next()
        .map(|c| c.to_lowercase().collect::<String>() + &definition[c.len_utf8()..])
        .unwrap_or_default();
    match city.report_language {
        "fr" => format!(
            "{} s'engage pour « {} ». Depuis {}, un comité de pilotage réunit la municipalité, les universités et \
             les associations de quartier ; un budget annuel est voté par le conseil. {} Le rapport d'activité est \
             publié sur https://www.{slug}.example.org.",
            city.name,
            definition,
            year - 3,
            pick(
                rng,
                &[
                    "Les résultats sont suivis chaque année par l'observatoire municipal.",
                    "Les premiers résultats portent sur trois arrondissements pilotes.",
                ]
            )
        ),
        "es" => format!(
            "{} trabaja en «{}». Desde {}, una mesa de coordinación reúne a la alcaldía, las universidades y las \
             organizaciones barriales, con presupuesto anual aprobado por el concejo. {} El informe completo está \
             en https://www.{slug}.example.org.",
            city.name,
            definition,
            year - 3,
            pick(
                rng,
                &[
                    "El observatorio municipal publica los resultados cada año.",
                    "Los primeros resultados corresponden a cuatro comunas piloto.",
                ]
            )
        ),
        _ => format!(
            "{} addresses {} through its learning city strategy, adopted by the city council in {}. {} {} The \
             annual progress report and the evaluation are published at https://www.{slug}.example.org.",
            city.name,
            lower.trim_end_matches('.'),
            year - 3,
            pick(
                rng,
                &[
                    "A steering group of the municipality, the university, employers and community organisations \
                     meets quarterly and holds the budget line.",
                    "The department of education leads, with a network of libraries, community centres and NGOs as \
                     delivery partners.",
                    "Responsibility sits with the deputy mayor for education, with a cross-department working group \
                     and a citizens' advisory board.",
                ]
            ),
            pick(
                rng,
                &[
                    "In the last year the programme reached about 14,000 residents, a third of them in the outer \
                     districts.",
                    "Participation has grown each year since the pilot; results are monitored by the city's \
                     statistics office.",
                    "An external evaluation in the last cycle recommended wider coverage, which the new plan funds.",
                ]
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::user::Email;

    #[test]
    fn demo_cities_span_the_five_regions_and_report_in_their_languages() {
        let regions: std::collections::BTreeSet<_> = CITIES.iter().map(|c| c.region).collect();
        assert_eq!(regions.len(), 5);
        for c in &CITIES {
            assert!(c.languages.contains(&c.report_language), "{}", c.name);
            let languages: Vec<String> = c.languages.iter().map(|l| l.to_string()).collect();
            assert!(
                NewCity::parse(c.name, c.country, Some(c.region), &languages).is_ok(),
                "{}",
                c.name
            );
        }
    }

    #[test]
    fn demo_e_mail_addresses_are_valid() {
        for (name, _) in &EXPERTS {
            let e = email(name, "experts.demo.lcreview.org");
            assert!(Email::try_from(e.as_str()).is_ok(), "{e}");
        }
        assert_eq!(email("Sofía Ramírez", "x.org"), "sofia.ramirez@x.org");
    }

    #[test]
    fn true_scores_stay_on_the_scale() {
        for c in &CITIES {
            for shift in [-1.0, 0.0, 1.0] {
                let s = true_score(c, "3.3.5.a", shift);
                assert!((1..=5).contains(&s));
            }
        }
    }
}
