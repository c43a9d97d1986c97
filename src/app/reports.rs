//! Cities' reports: read, save a draft, submit (locked), return for correction.
use std::collections::BTreeMap;

use super::{App, AppError, AppResult, Staff};
use crate::domain::figures::{self, Decision, FigureCheck};
use crate::domain::report::{self, ReportContent, ReportState, Statistic};
use crate::domain::user::Role;
use crate::domain::visibility::Access;
use crate::mail::templates::Mail;
use crate::read::{CheckedFigure, City, Cycle, Submission, User};
use crate::store;
use crate::tr;

/// A report the caller may read, with its cycle (without its list of cities: `city_ids` is empty)
/// and city. Only [`visible`] makes one.
pub struct ReportAccess {
    pub cycle: Cycle,
    pub report: Submission,
    pub city: City,
}

/// The report of `city_id` in `cycle_id`, if the caller may read it: that city's users, the
/// secretariat, and the experts assigned to the city once review has started. Anyone else: 404.
pub async fn visible(app: &App, caller: &User, cycle_id: i32, city_id: i32) -> AppResult<ReportAccess> {
    let hidden = || AppError::NotFound("report");
    // The cycle without its list of cities, and one row for this city's part in it: the cost does
    // not grow with the number of cities in the cycle.
    let cycle = store::cycles::get_core(&app.db, cycle_id).await?.ok_or_else(hidden)?;
    let participates = store::cycles::participates(&app.db, cycle.id, city_id).await?;
    let assigned =
        caller.role == Role::Expert && store::assignment::is_assigned(&app.db, cycle.id, city_id, caller.id).await?;
    let access = caller
        .actor()
        .report_access(city_id, participates, assigned, cycle.state);
    if access != Access::Allowed {
        return Err(hidden());
    }
    let report = store::submissions::get(&app.db, cycle.id, city_id)
        .await?
        .ok_or_else(hidden)?;
    let city = store::cities::get(&app.db, city_id).await?.ok_or_else(hidden)?;
    Ok(ReportAccess { cycle, report, city })
}

/// Whether the caller may write this report now (the editor's fields are open).
pub fn editable(caller: &User, access: &ReportAccess) -> bool {
    caller.actor().may_write_report(access.city.id)
        && access.cycle.state.collects_reports()
        && access.report.state.editable()
}

/// 403 unless the caller writes this report (its city's own users). Handlers ask before reading a
/// body, so the answer comes in the contract's order.
pub fn require_writer(caller: &User, access: &ReportAccess) -> AppResult<()> {
    if caller.actor().may_write_report(access.city.id) {
        Ok(())
    } else {
        Err(AppError::forbidden(tr!("error-reports-own-city-only")))
    }
}

fn not_collecting(cycle: &Cycle) -> AppError {
    AppError::conflict(
        "cycle_state",
        tr!("error-reports-not-collecting", state = cycle.state.in_message()),
    )
}

/// Saves a draft. The content is checked against the framework first (422), then the states and the
/// version (409). `expected_version` None skips the version check.
pub async fn save_draft(
    app: &App,
    caller: &User,
    access: &ReportAccess,
    content: ReportContent,
    expected_version: Option<i32>,
) -> AppResult<Submission> {
    require_writer(caller, access)?;
    let framework = app.framework_of(&access.cycle)?;
    let txn = store::begin_write(&app.db).await?;
    let (cycle, before) = store::submissions::lock_for_write(&txn, &access.cycle, access.city.id).await?;
    let languages = store::submissions::city_languages(&txn, access.city.id).await?;
    report::check_draft(framework, &cycle.reviewed_measurements(), &languages, &content)
        .map_err(|(field, message)| AppError::Invalid { field, message })?;
    if !cycle.state.collects_reports() {
        return Err(not_collecting(&cycle));
    }
    if !before.state.editable() {
        return Err(AppError::conflict("report_locked", tr!("error-reports-locked")));
    }
    if expected_version.is_some_and(|v| v != before.version) {
        return Err(store::submissions::stale().into());
    }
    let after = store::submissions::write(
        &txn,
        Some(caller.id),
        "submission.save",
        &before,
        before.state,
        &content,
        before.return_message.as_deref(),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}

/// Submits the report: every reviewed measurement needs a narrative (else 422 listing them), and
/// the report's language. A submitted report is locked.
pub async fn submit(app: &App, caller: &User, access: &ReportAccess) -> AppResult<Submission> {
    require_writer(caller, access)?;
    let txn = store::begin_write(&app.db).await?;
    let (cycle, before) = store::submissions::lock_for_write(&txn, &access.cycle, access.city.id).await?;
    let missing = report::missing_narratives(&cycle.reviewed_measurements(), &before.content);
    if !missing.is_empty() {
        return Err(AppError::invalid(
            "narratives",
            tr!("error-reports-narratives-missing", codes = missing.join(", ")),
        ));
    }
    if before.content.language.is_none() {
        return Err(AppError::invalid("language", tr!("error-reports-language-missing")));
    }
    if !cycle.state.collects_reports() {
        return Err(not_collecting(&cycle));
    }
    if before.state == ReportState::Submitted {
        return Err(AppError::conflict(
            "report_locked",
            tr!("error-reports-already-submitted"),
        ));
    }
    let after = store::submissions::write(
        &txn,
        Some(caller.id),
        "submission.submit",
        &before,
        ReportState::Submitted,
        &before.content,
        None,
        Some(store::now()),
    )
    .await?;
    super::notify::submitted(
        app,
        &txn,
        &cycle,
        &access.city,
        after.submitted_at.unwrap_or_else(store::now),
    )
    .await?;
    txn.commit().await?;
    tracing::info!(cycle_id = cycle.id, city_id = after.city_id, "report submitted");
    Ok(after)
}

/// Returns a submitted report to its city for correction, with a message they will read (the
/// secretariat).
pub async fn return_for_correction(
    app: &App,
    staff: &Staff,
    access: &ReportAccess,
    message: &str,
) -> AppResult<Submission> {
    let message = crate::domain::text::bounded(crate::domain::text::Subject::Message, message, 1, 5000)
        .map_err(|_| AppError::invalid("message", tr!("error-reports-return-message")))?;
    let txn = store::begin_write(&app.db).await?;
    let (cycle, before) = store::submissions::lock_for_write(&txn, &access.cycle, access.city.id).await?;
    if !cycle.state.collects_reports() {
        return Err(not_collecting(&cycle));
    }
    if before.state != ReportState::Submitted {
        return Err(AppError::conflict(
            "report_state",
            tr!("error-reports-return-not-submitted"),
        ));
    }
    let after = store::submissions::write(
        &txn,
        staff.actor_id(),
        "submission.return",
        &before,
        ReportState::Returned,
        &before.content,
        Some(&message),
        None,
    )
    .await?;
    super::notify::returned(app, &txn, &cycle, &access.city, &message).await?;
    txn.commit().await?;
    Ok(after)
}

/// The secretariat reminds the selected cities of a cycle whose report is not in yet (a draft, or
/// returned), while reports are collected: their users are e-mailed. Returns the cities reminded.
pub async fn remind_cities(app: &App, staff: &Staff, cycle_id: i32, city_ids: &[i32]) -> AppResult<Vec<String>> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    if !cycle.state.collects_reports() {
        return Err(not_collecting(&cycle));
    }
    let states: std::collections::BTreeMap<i32, ReportState> = store::submissions::list(&app.db, cycle.id)
        .await?
        .into_iter()
        .map(|s| (s.city_id, s.state))
        .collect();
    let txn = store::begin_write(&app.db).await?;
    let mut told = Vec::new();
    for city_id in city_ids {
        if !cycle.city_ids.contains(city_id) || states.get(city_id) == Some(&ReportState::Submitted) {
            continue;
        }
        let Some(city) = store::cities::get(&txn, *city_id).await? else {
            continue;
        };
        let mail = Mail::ReportReminder {
            city: city.name.clone(),
            cycle: cycle.name.clone(),
            deadline: cycle.deadlines.submission,
            url: format!("{}/cycles/{}/reports/{}", app.public_url(), cycle.id, city.id),
        };
        super::notify::tell_city(&txn, city.id, &mail).await?;
        told.push(city.name);
    }
    txn.commit().await?;
    Ok(told)
}

/// Where each figure of a report stands, in the framework's order of the report's statistics.
pub fn checked_figures(report: &Submission, checks: &BTreeMap<String, FigureCheck>) -> Vec<CheckedFigure> {
    report
        .content
        .statistics
        .iter()
        .map(|(code, figure)| {
            let check = checks.get(code);
            CheckedFigure {
                measurement: code.clone(),
                status: figures::status(check, figure),
                question: check.and_then(|c| match &c.decision {
                    Decision::Query { question } => Some(question.clone()),
                    Decision::Verified => None,
                }),
                answer: check.and_then(|c| c.answer.clone()),
            }
        })
        .collect()
}

/// The checks of a report the caller may read (see [`visible`]), figure by figure.
pub async fn figures(app: &App, access: &ReportAccess) -> AppResult<Vec<CheckedFigure>> {
    let checks = store::checks::of_report(&app.db, access.cycle.id, access.city.id).await?;
    Ok(checked_figures(&access.report, &checks))
}

/// 404 unless `code` is a statistic of the cycle's framework.
fn statistic_code(app: &App, cycle: &Cycle, code: &str) -> AppResult<String> {
    let framework = app.framework_of(cycle)?;
    match framework.measurement(code) {
        Some(m) if m.source != crate::domain::framework::Source::ExpertReview => Ok(m.code.as_str().to_owned()),
        _ => Err(AppError::NotFound("statistic")),
    }
}

/// The secretariat verifies a figure of a submitted report, or queries it with a question the
/// city's users are e-mailed. The decision holds for the figure as it is now.
pub async fn check_figure(
    app: &App,
    staff: &Staff,
    access: &ReportAccess,
    code: &str,
    decision: Decision,
) -> AppResult<CheckedFigure> {
    let code = statistic_code(app, &access.cycle, code)?;
    let txn = store::begin_write(&app.db).await?;
    let (cycle, report) = store::submissions::lock_for_write(&txn, &access.cycle, access.city.id).await?;
    figures::may_check(cycle.state, report.state).map_err(|why| AppError::conflict("report_state", why))?;
    let Some(figure) = report.content.statistics.get(&code) else {
        return Err(AppError::invalid(
            "measurement",
            tr!("error-reports-no-figure", code = code.as_str()),
        ));
    };
    store::checks::decide(
        &txn,
        staff.actor_id(),
        (cycle.id, access.city.id),
        &code,
        &decision,
        figure,
    )
    .await?;
    if let Decision::Query { question } = &decision {
        let mail = Mail::FigureQuery {
            city: access.city.name.clone(),
            cycle: cycle.name.clone(),
            measurement: code.clone(),
            question: question.clone(),
            url: format!(
                "{}/cycles/{}/reports/{}#m-{code}",
                app.public_url(),
                cycle.id,
                access.city.id
            ),
        };
        super::notify::tell_city(&txn, access.city.id, &mail).await?;
    }
    let checks = store::checks::of_report(&txn, cycle.id, access.city.id).await?;
    txn.commit().await?;
    checked_figures(&report, &checks)
        .into_iter()
        .find(|c| c.measurement == code)
        .ok_or(AppError::NotFound("statistic"))
}

/// The city answers the secretariat's question about a figure: in words, and with a corrected
/// figure if it gives one (checked like a draft's, written into the report even when it is locked:
/// a figure does not touch what the experts review). The secretariat is e-mailed.
pub async fn answer_query(
    app: &App,
    caller: &User,
    access: &ReportAccess,
    code: &str,
    answer: &str,
    corrected: Option<Statistic>,
) -> AppResult<Submission> {
    require_writer(caller, access)?;
    let code = statistic_code(app, &access.cycle, code)?;
    let answer = crate::domain::text::bounded(crate::domain::text::Subject::Answer, answer, 1, figures::MAX_CHARS)
        .map_err(|e| AppError::invalid("answer", e))?;
    let framework = app.framework_of(&access.cycle)?;
    if let Some(figure) = &corrected {
        let alone = ReportContent {
            statistics: [(code.clone(), figure.clone())].into(),
            ..Default::default()
        };
        report::check_draft(framework, &access.cycle.reviewed_measurements(), &[], &alone)
            .map_err(|(field, message)| AppError::Invalid { field, message })?;
    }
    let txn = store::begin_write(&app.db).await?;
    let (cycle, before) = store::submissions::lock_for_write(&txn, &access.cycle, access.city.id).await?;
    let checks = store::checks::of_report(&txn, cycle.id, access.city.id).await?;
    figures::may_answer(cycle.state, checks.get(&code)).map_err(|why| AppError::conflict("no_query", why))?;
    store::checks::answer(&txn, Some(caller.id), (cycle.id, access.city.id), &code, &answer).await?;
    let after = match corrected {
        Some(figure) => {
            let mut content = before.content.clone();
            content.statistics.insert(code.clone(), figure);
            store::submissions::write(
                &txn,
                Some(caller.id),
                "submission.correct_figure",
                &before,
                before.state,
                &content,
                before.return_message.as_deref(),
                before.submitted_at,
            )
            .await?
        }
        None => before,
    };
    let mail = Mail::FigureAnswered {
        city: access.city.name.clone(),
        cycle: cycle.name.clone(),
        measurement: code.clone(),
        answer,
        url: format!(
            "{}/cycles/{}/reports/{}#m-{code}",
            app.public_url(),
            cycle.id,
            access.city.id
        ),
    };
    super::notify::tell_secretariat(&txn, &mail).await?;
    txn.commit().await?;
    Ok(after)
}
