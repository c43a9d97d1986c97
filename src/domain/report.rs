//! A city's report for a cycle: narratives for the experts'-review measurements, statistics for the
//! others. Checked against the framework edition the cycle uses.
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::framework::{Framework, Source};
use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportState {
    Draft,
    Submitted,
    Returned,
}

impl ReportState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Draft => "draft",
            ReportState::Submitted => "submitted",
            ReportState::Returned => "returned",
        }
    }

    pub fn parse(s: &str) -> Option<ReportState> {
        [ReportState::Draft, ReportState::Submitted, ReportState::Returned]
            .into_iter()
            .find(|r| r.as_str() == s)
    }

    /// A submitted report is locked until the secretariat returns it.
    pub fn editable(self) -> bool {
        self != ReportState::Submitted
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Narrative {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub evidence_links: Vec<String>,
    /// The city's own rating of the measurement, 1 to 5 (self-assessment): shown to a reviewer only
    /// once their own rating is in, so it cannot anchor them, and on the profile beside the consensus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_score: Option<u8>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Statistic {
    pub year: Option<i32>,
    #[serde(default)]
    pub values: BTreeMap<String, f64>,
    /// Where the figure comes from, when the framework allows official data or a survey (required
    /// then; for the others it is the framework's and may be left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<FigureSource>,
    /// Who provided the figure (an office, an agency, the survey's author).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The city has no such figure, and says why (then it gives no values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_available: Option<NotAvailable>,
}

/// The source of a reported figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureSource {
    Official,
    Survey,
}

impl FigureSource {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureSource::Official => "official",
            FigureSource::Survey => "survey",
        }
    }

    pub fn parse(s: &str) -> Option<FigureSource> {
        [FigureSource::Official, FigureSource::Survey]
            .into_iter()
            .find(|f| f.as_str() == s)
    }
}

/// Why a figure is not available.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotAvailable {
    pub reason: String,
}

/// What a measurement's unit allows a value to be: a percentage 0–100, a rating 1–5, anything else
/// a count, rate or amount that is never negative. `Err` says why in words.
pub fn check_value(unit: Option<&str>, v: f64) -> Result<(), String> {
    let unit = unit.unwrap_or("");
    if unit.starts_with('%') && !(0.0..=100.0).contains(&v) {
        return Err(tr!("error-value-percentage", value = v));
    }
    if unit.starts_with("rating") && !(1.0..=5.0).contains(&v) {
        return Err(tr!("error-value-rating", value = v));
    }
    if v < 0.0 {
        return Err(tr!("error-value-negative", value = v));
    }
    Ok(())
}

/// A percentage's total lies between its parts (Male / Female / Total): it is their weighted mean.
/// Half a point of rounding is allowed. `Err` names the total's problem.
pub fn check_total(unit: Option<&str>, values: &BTreeMap<String, f64>) -> Result<(), String> {
    if !unit.unwrap_or("").starts_with('%') {
        return Ok(());
    }
    let Some(total) = values.get(SINGLE_VALUE) else {
        return Ok(());
    };
    let parts: Vec<f64> = values
        .iter()
        .filter(|(k, _)| k.as_str() != SINGLE_VALUE)
        .map(|(_, v)| *v)
        .collect();
    if parts.len() < 2 {
        return Ok(());
    }
    let (lo, hi) = parts
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    if *total < lo - 0.5 || *total > hi + 0.5 {
        return Err(tr!("error-value-total", total = *total, low = lo, high = hi));
    }
    Ok(())
}

/// The content of a report, as saved. Maps are ordered, so saved JSON is stable.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportContent {
    pub language: Option<String>,
    pub narratives: BTreeMap<String, Narrative>,
    pub statistics: BTreeMap<String, Statistic>,
}

/// For a measurement reported without breakdowns, the one value is keyed by this name.
pub const SINGLE_VALUE: &str = "Total";

pub const MAX_NARRATIVE_CHARS: usize = 20_000;
pub const MAX_LINKS: usize = 20;
pub const MAX_LINK_CHARS: usize = 2_000;

/// The breakdown names a statistic may carry.
pub fn breakdowns_of(framework: &Framework, code: &str) -> Vec<String> {
    match framework.measurement(code) {
        Some(m) if m.breakdowns.is_empty() => vec![SINGLE_VALUE.to_owned()],
        Some(m) => m.breakdowns.clone(),
        None => vec![],
    }
}

/// Checks a draft: every key is a measurement of the right kind, every breakdown is the
/// measurement's own, values are numbers, links are web addresses. (field, message) on refusal.
/// `reviewed` are the experts'-review measurements this cycle reviews; `languages` the city's.
pub fn check_draft(
    framework: &Framework,
    reviewed: &BTreeSet<String>,
    languages: &[String],
    content: &ReportContent,
) -> Result<(), (String, String)> {
    if let Some(lang) = &content.language
        && !languages.contains(lang)
    {
        return Err((
            "language".into(),
            tr!(
                "error-report-language",
                value = lang.as_str(),
                languages = languages.join(", ")
            ),
        ));
    }
    for (code, narrative) in &content.narratives {
        let field = format!("narratives.{code}");
        match framework.measurement(code) {
            None => return Err((field, tr!("error-report-measurement-unknown", code = code.as_str()))),
            Some(m) if m.source != Source::ExpertReview => {
                return Err((field, tr!("error-report-narrative-for-statistic", code = code.as_str())));
            }
            Some(_) if !reviewed.contains(code) => {
                return Err((field, tr!("error-report-not-reviewed", code = code.as_str())));
            }
            Some(_) => {}
        }
        if super::user::has_stray_control(&narrative.text) {
            return Err((field, tr!("error-narrative-control")));
        }
        if narrative.text.chars().count() > MAX_NARRATIVE_CHARS {
            return Err((field, tr!("error-narrative-too-long", max = MAX_NARRATIVE_CHARS)));
        }
        if let Some(s) = narrative.self_score
            && !(1..=5).contains(&s)
        {
            return Err((
                format!("{field}.self_score"),
                tr!("error-narrative-self-score", value = s),
            ));
        }
        if narrative.evidence_links.len() > MAX_LINKS {
            return Err((field, tr!("error-narrative-too-many-links", max = MAX_LINKS)));
        }
        for link in &narrative.evidence_links {
            if !is_web_address(link) {
                return Err((
                    format!("{field}.evidence_links"),
                    tr!("error-narrative-link", value = link.as_str()),
                ));
            }
        }
    }
    for (code, stat) in &content.statistics {
        let field = format!("statistics.{code}");
        match framework.measurement(code) {
            None => return Err((field, tr!("error-report-measurement-unknown", code = code.as_str()))),
            Some(m) if m.source == Source::ExpertReview => {
                return Err((field, tr!("error-report-statistic-for-narrative", code = code.as_str())));
            }
            Some(_) => {}
        }
        if let Some(year) = stat.year
            && !(1950..=2100).contains(&year)
        {
            return Err((
                format!("{field}.year"),
                tr!("error-statistic-year", year = year.to_string()),
            ));
        }
        let measurement = framework.measurement(code);
        let unit = measurement.and_then(|m| m.unit.as_deref());
        if let Some(na) = &stat.not_available {
            if !stat.values.is_empty() {
                return Err((format!("{field}.values"), tr!("error-statistic-not-available-values")));
            }
            let n = na.reason.trim().chars().count();
            if !(3..=500).contains(&n) || super::user::has_stray_control(&na.reason) {
                return Err((
                    format!("{field}.not_available.reason"),
                    tr!("error-statistic-not-available-reason"),
                ));
            }
        }
        if let Some(p) = &stat.provider
            && (p.trim().is_empty() || p.chars().count() > 200 || super::user::has_stray_control(p))
        {
            return Err((format!("{field}.provider"), tr!("error-statistic-provider")));
        }
        match (measurement.map(|m| m.source), stat.source) {
            (Some(Source::OfficialOrSurvey), None) if !stat.values.is_empty() => {
                return Err((
                    format!("{field}.source"),
                    tr!("error-statistic-source-missing", code = code.as_str()),
                ));
            }
            (Some(Source::Official), Some(FigureSource::Survey)) => {
                return Err((
                    format!("{field}.source"),
                    tr!("error-statistic-source-official", code = code.as_str()),
                ));
            }
            (Some(Source::Survey), Some(FigureSource::Official)) => {
                return Err((
                    format!("{field}.source"),
                    tr!("error-statistic-source-survey", code = code.as_str()),
                ));
            }
            _ => {}
        }
        let allowed = breakdowns_of(framework, code);
        for (name, value) in &stat.values {
            if !allowed.contains(name) {
                return Err((
                    format!("{field}.values.{name}"),
                    tr!(
                        "error-statistic-breakdown",
                        code = code.as_str(),
                        breakdowns = allowed.join(", "),
                        name = name.as_str()
                    ),
                ));
            }
            if !value.is_finite() {
                return Err((format!("{field}.values.{name}"), tr!("error-statistic-not-a-number")));
            }
            check_value(unit, *value).map_err(|e| (format!("{field}.values.{name}"), e))?;
        }
        check_total(unit, &stat.values).map_err(|e| (format!("{field}.values.{SINGLE_VALUE}"), e))?;
    }
    Ok(())
}

/// Whether `link` is an evidence link a report may carry: an http(s) address, no spaces.
pub fn is_web_address(link: &str) -> bool {
    (link.starts_with("https://") || link.starts_with("http://"))
        && link.len() <= MAX_LINK_CHARS
        && link.len() > "https://".len()
        && !link.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A draft with what `check_draft` refuses taken out, and why, per measurement (or `language`):
/// the page saves the rest, so one bad link does not cost a city its whole draft. Each refusal takes
/// out only what it concerns: a bad link (not its narrative), a value (not its statistic), a year.
pub fn keep_valid(
    framework: &Framework,
    reviewed: &BTreeSet<String>,
    languages: &[String],
    mut content: ReportContent,
) -> (ReportContent, Vec<(String, String)>) {
    let mut problems = Vec::new();
    // Every round takes something out, so this ends.
    while let Err((field, message)) = check_draft(framework, reviewed, languages, &content) {
        if field == "language" {
            content.language = None;
            problems.push((field, message));
            continue;
        }
        if let Some(code) = field
            .strip_prefix("narratives.")
            .and_then(|r| r.strip_suffix(".self_score"))
        {
            if let Some(n) = content.narratives.get_mut(code) {
                n.self_score = None;
            }
            problems.push((code.to_owned(), message));
            continue;
        }
        if let Some(rest) = field.strip_prefix("narratives.") {
            let code = rest.strip_suffix(".evidence_links").unwrap_or(rest).to_owned();
            let links_only = rest.ends_with(".evidence_links")
                && content.narratives.get_mut(&code).is_some_and(|n| {
                    let before = n.evidence_links.len();
                    n.evidence_links.retain(|l| is_web_address(l));
                    n.evidence_links.len() < before
                });
            if !links_only {
                content.narratives.remove(&code);
            }
            problems.push((code, message));
            continue;
        }
        if let Some(rest) = field.strip_prefix("statistics.") {
            let part = [".source", ".provider", ".not_available.reason", ".values"]
                .into_iter()
                .find_map(|suffix| rest.strip_suffix(suffix).map(|code| (code, suffix)));
            if let Some((code, suffix)) = part {
                if let Some(stat) = content.statistics.get_mut(code) {
                    match suffix {
                        ".source" => stat.source = None,
                        ".provider" => stat.provider = None,
                        // Marked "not available" with values, or without a reason: the values stay.
                        _ => stat.not_available = None,
                    }
                }
                problems.push((code.to_owned(), message));
                continue;
            }
            if let Some((code, name)) = rest.split_once(".values.") {
                if let Some(stat) = content.statistics.get_mut(code) {
                    stat.values.remove(name);
                }
                problems.push((code.to_owned(), message));
            } else if let Some(code) = rest.strip_suffix(".year") {
                if let Some(stat) = content.statistics.get_mut(code) {
                    stat.year = None;
                }
                problems.push((code.to_owned(), message));
            } else {
                content.statistics.remove(rest);
                problems.push((rest.to_owned(), message));
            }
            continue;
        }
        // A field this function does not know: keep nothing rather than loop.
        problems.push((field, message));
        return (ReportContent::default(), problems);
    }
    (content, problems)
}

/// The experts'-review measurements that still lack a narrative: a report is submitted only when
/// this is empty.
pub fn missing_narratives(reviewed: &BTreeSet<String>, content: &ReportContent) -> Vec<String> {
    reviewed
        .iter()
        .filter(|code| content.narratives.get(*code).is_none_or(|n| n.text.trim().is_empty()))
        .cloned()
        .collect()
}

/// What a city has to do next in a cycle, from the cycle's state and its report's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// Nothing yet: the cycle is being prepared.
    Wait,
    /// Write and submit the report (collecting; a draft).
    Write,
    /// The secretariat returned the report: read their message, change it, submit it again.
    Resubmit,
    /// Submitted: nothing to do until the results are published (it may still be returned).
    Submitted,
    /// The experts review it.
    InReview,
    /// The report was not submitted when the review started: it is out of this review.
    OutOfReview,
    /// The results are on the city's profile.
    ReadResults,
}

pub fn next_step(cycle: super::cycle::CycleState, report: ReportState) -> NextStep {
    use super::cycle::CycleState as C;
    match (cycle, report) {
        (C::Draft, _) => NextStep::Wait,
        (C::Collecting, ReportState::Draft) => NextStep::Write,
        (C::Collecting, ReportState::Returned) => NextStep::Resubmit,
        (C::Collecting, ReportState::Submitted) => NextStep::Submitted,
        (C::Reviewing | C::Reconciling, ReportState::Submitted) => NextStep::InReview,
        // Reports are returned only while collecting; one still returned (or a draft) when the
        // review started is out of it, and cannot be submitted any more.
        (C::Reviewing | C::Reconciling, ReportState::Returned | ReportState::Draft) => NextStep::OutOfReview,
        (C::Published | C::Archived, ReportState::Submitted) => NextStep::ReadResults,
        (C::Published | C::Archived, _) => NextStep::OutOfReview,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::KEY_FEATURES_2013;

    fn fw() -> Framework {
        Framework::from_toml(KEY_FEATURES_2013).unwrap()
    }

    fn reviewed() -> BTreeSet<String> {
        ["3.1.1.a", "3.2.2.a"].iter().map(|s| s.to_string()).collect()
    }

    fn langs() -> Vec<String> {
        vec!["en".into(), "fr".into()]
    }

    fn with_narrative(code: &str, text: &str) -> ReportContent {
        let mut c = ReportContent::default();
        c.narratives.insert(
            code.into(),
            Narrative {
                text: text.into(),
                evidence_links: vec!["https://city.example.org/plan.pdf".into()],
                self_score: None,
            },
        );
        c
    }

    fn with_stat(code: &str, values: &[(&str, f64)]) -> ReportContent {
        let mut c = ReportContent::default();
        c.statistics.insert(
            code.into(),
            Statistic {
                year: Some(2025),
                values: values.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
                ..Default::default()
            },
        );
        c
    }

    fn field(c: &ReportContent) -> String {
        check_draft(&fw(), &reviewed(), &langs(), c).unwrap_err().0
    }

    #[test]
    fn valid_drafts_pass() {
        assert!(check_draft(&fw(), &reviewed(), &langs(), &with_narrative("3.1.1.a", "Our plan")).is_ok());
        let stat = with_stat("1.1.1.a", &[("Male", 97.1), ("Female", 95.8), ("Total", 96.5)]);
        assert!(check_draft(&fw(), &reviewed(), &langs(), &stat).is_ok());
        assert!(
            check_draft(
                &fw(),
                &reviewed(),
                &langs(),
                &with_stat("1.2.1.a", &[("Total", 41_000.0)])
            )
            .is_ok()
        );
    }

    #[test]
    fn wrong_keys_are_named() {
        assert_eq!(field(&with_narrative("9.9.9.a", "x")), "narratives.9.9.9.a");
        assert_eq!(field(&with_narrative("1.1.1.a", "x")), "narratives.1.1.1.a");
        assert_eq!(
            field(&with_narrative("3.3.5.a", "x")),
            "narratives.3.3.5.a",
            "not reviewed in this cycle"
        );
        assert_eq!(field(&with_stat("3.1.1.a", &[("Total", 1.0)])), "statistics.3.1.1.a");
        assert_eq!(
            field(&with_stat("1.1.1.a", &[("Boys", 1.0)])),
            "statistics.1.1.1.a.values.Boys"
        );
        assert_eq!(
            field(&with_stat("1.2.1.a", &[("Male", 1.0)])),
            "statistics.1.2.1.a.values.Male"
        );
        let mut bad_year = with_stat("1.2.1.a", &[("Total", 1.0)]);
        bad_year.statistics.get_mut("1.2.1.a").unwrap().year = Some(12);
        assert_eq!(field(&bad_year), "statistics.1.2.1.a.year");
        let mut bad_link = with_narrative("3.1.1.a", "x");
        bad_link.narratives.get_mut("3.1.1.a").unwrap().evidence_links = vec!["javascript:alert(1)".into()];
        assert_eq!(field(&bad_link), "narratives.3.1.1.a.evidence_links");
        let lang = ReportContent {
            language: Some("de".into()),
            ..Default::default()
        };
        assert_eq!(field(&lang), "language");
    }

    #[test]
    fn submission_needs_every_narrative() {
        let c = with_narrative("3.1.1.a", "Our plan");
        assert_eq!(missing_narratives(&reviewed(), &c), ["3.2.2.a"]);
        let blank = with_narrative("3.2.2.a", "   ");
        assert_eq!(missing_narratives(&reviewed(), &blank), ["3.1.1.a", "3.2.2.a"]);
    }
}

#[cfg(test)]
mod keep_valid_tests {
    use super::*;
    use crate::domain::framework::KEY_FEATURES_2013;

    #[test]
    fn a_bad_link_costs_only_itself() {
        let fw = Framework::from_toml(KEY_FEATURES_2013).unwrap();
        let reviewed: BTreeSet<String> = ["3.1.1.a", "3.1.2.a"].iter().map(|s| s.to_string()).collect();
        let mut content = ReportContent {
            language: Some("xx".into()),
            ..Default::default()
        };
        for code in ["3.1.1.a", "3.1.2.a"] {
            content.narratives.insert(
                code.into(),
                Narrative {
                    text: format!("Narrative of {code}."),
                    evidence_links: vec!["https://ok.example.org/a".into(), "not a link".into()],
                    self_score: Some(7),
                },
            );
        }
        content.statistics.insert(
            "1.1.1.a".into(),
            Statistic {
                year: Some(1800),
                values: [("Total".to_owned(), 96.5), ("Nobody".to_owned(), 1.0)]
                    .into_iter()
                    .collect(),
                ..Default::default()
            },
        );
        let (kept, problems) = keep_valid(&fw, &reviewed, &["en".into()], content);
        assert!(check_draft(&fw, &reviewed, &["en".into()], &kept).is_ok());
        assert_eq!(kept.language, None);
        for code in ["3.1.1.a", "3.1.2.a"] {
            let n = &kept.narratives[code];
            assert_eq!(n.text, format!("Narrative of {code}."));
            assert_eq!(n.evidence_links, ["https://ok.example.org/a"]);
        }
        let stat = &kept.statistics["1.1.1.a"];
        assert_eq!((stat.year, stat.values.len()), (None, 1));
        assert!(
            kept.narratives.values().all(|n| n.self_score.is_none()),
            "an impossible self-rating is dropped alone"
        );
        let codes: Vec<&str> = problems.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(
            codes,
            [
                "language", "3.1.1.a", "3.1.1.a", "3.1.2.a", "3.1.2.a", "1.1.1.a", "1.1.1.a"
            ]
        );
    }
}

#[cfg(test)]
mod statistic_rules_tests {
    use super::*;
    use crate::domain::framework::KEY_FEATURES_2013;

    fn check(code: &str, stat: Statistic) -> Result<(), (String, String)> {
        let fw = Framework::from_toml(KEY_FEATURES_2013).unwrap();
        let mut c = ReportContent::default();
        c.statistics.insert(code.into(), stat);
        check_draft(&fw, &BTreeSet::new(), &["en".into()], &c)
    }

    fn values(v: &[(&str, f64)]) -> BTreeMap<String, f64> {
        v.iter().map(|(k, x)| (k.to_string(), *x)).collect()
    }

    #[test]
    fn figures_are_checked_by_their_unit_and_their_total() {
        let pct = |v: &[(&str, f64)]| Statistic {
            values: values(v),
            ..Default::default()
        };
        assert!(check("1.1.1.a", pct(&[("Male", 97.0), ("Female", 95.0), ("Total", 96.0)])).is_ok());
        assert_eq!(
            check("1.1.1.a", pct(&[("Total", 120.0)])).unwrap_err().0,
            "statistics.1.1.1.a.values.Total"
        );
        assert_eq!(
            check("1.1.1.a", pct(&[("Male", -1.0)])).unwrap_err().0,
            "statistics.1.1.1.a.values.Male"
        );
        let err = check("1.1.1.a", pct(&[("Male", 97.0), ("Female", 95.0), ("Total", 99.0)])).unwrap_err();
        assert_eq!(err.0, "statistics.1.1.1.a.values.Total");
        assert!(err.1.contains("between its parts"));
        // Half a point of rounding is allowed.
        assert!(check("1.1.1.a", pct(&[("Male", 97.0), ("Female", 95.0), ("Total", 97.4)])).is_ok());
    }

    #[test]
    fn sources_not_available_and_providers() {
        // 1.2.4.a may come from either: say which.
        let mixed = Statistic {
            values: values(&[("Total", 2.0)]),
            ..Default::default()
        };
        assert_eq!(
            check("1.2.4.a", mixed.clone()).unwrap_err().0,
            "statistics.1.2.4.a.source"
        );
        assert!(
            check(
                "1.2.4.a",
                Statistic {
                    source: Some(FigureSource::Survey),
                    ..mixed
                }
            )
            .is_ok()
        );
        // 1.1.1.a is official data: a survey is refused.
        let official = Statistic {
            values: values(&[("Total", 90.0)]),
            source: Some(FigureSource::Survey),
            ..Default::default()
        };
        assert_eq!(check("1.1.1.a", official).unwrap_err().0, "statistics.1.1.1.a.source");
        // Not available: a reason, and no values.
        let na = |reason: &str, v: &[(&str, f64)]| Statistic {
            values: values(v),
            not_available: Some(NotAvailable { reason: reason.into() }),
            ..Default::default()
        };
        assert!(check("1.1.1.a", na("No census since 2011.", &[])).is_ok());
        assert_eq!(
            check("1.1.1.a", na("No census.", &[("Total", 1.0)])).unwrap_err().0,
            "statistics.1.1.1.a.values"
        );
        assert_eq!(
            check("1.1.1.a", na(" ", &[])).unwrap_err().0,
            "statistics.1.1.1.a.not_available.reason"
        );
        let provider = Statistic {
            provider: Some(" ".into()),
            ..Default::default()
        };
        assert_eq!(check("1.1.1.a", provider).unwrap_err().0, "statistics.1.1.1.a.provider");
    }
}

#[cfg(test)]
mod next_step_tests {
    use super::super::cycle::CycleState;
    use super::*;

    #[test]
    fn each_state_has_one_next_step() {
        assert_eq!(next_step(CycleState::Collecting, ReportState::Draft), NextStep::Write);
        assert_eq!(
            next_step(CycleState::Collecting, ReportState::Returned),
            NextStep::Resubmit
        );
        assert_eq!(
            next_step(CycleState::Reviewing, ReportState::Returned),
            NextStep::OutOfReview
        );
        assert_eq!(
            next_step(CycleState::Reviewing, ReportState::Draft),
            NextStep::OutOfReview
        );
        assert_eq!(
            next_step(CycleState::Reconciling, ReportState::Submitted),
            NextStep::InReview
        );
        assert_eq!(
            next_step(CycleState::Published, ReportState::Submitted),
            NextStep::ReadResults
        );
        assert_eq!(
            next_step(CycleState::Archived, ReportState::Draft),
            NextStep::OutOfReview
        );
    }
}
