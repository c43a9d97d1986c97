//! Review cycle pages: the secretariat's list and cycle page, and the report editor cities use.
//! Handlers translate forms; the rules are in `domain` and `store`, as for the API.
use std::collections::BTreeMap;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::Markup;
use serde::Deserialize;
use time::OffsetDateTime;

use crate::domain::cycle::{CycleSettings, CycleState, Deadlines};
use crate::domain::report::{Narrative, ReportContent, ReportState, Statistic};
use crate::domain::visibility::Access;
use crate::startup::AppState;
use crate::store::{self, StoreError, cycles::Cycle, submissions::Submission};
use crate::views::cycles::{self as view, CityReport, CycleForm};
use crate::views::reports::{ReportForm, ReportView, editor};
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn};
use crate::web::error::{AppError, PageError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cycles", get(list_page).post(create))
        .route("/cycles/{id}", get(cycle_page))
        .route("/cycles/{id}/transition", post(transition))
        .route("/cycles/{id}/remind", post(remind))
        .route("/cycles/{id}/reports/{city}", get(report_page).post(save_report))
        .route("/cycles/{id}/reports/{city}/return", post(return_report))
}

fn id(raw: &str, what: &'static str) -> Result<i32, PageError> {
    raw.parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(PageError(AppError::NotFound(what)))
}

async fn render_list(state: &AppState, page: &SecretariatPage, form: &CycleForm) -> Result<Markup, PageError> {
    let cycles = store::cycles::list(&state.db, None).await?;
    let cities = store::cities::list(&state.db, None).await?;
    Ok(view::list(&page.shell(), &page.0.csrf_token, &cycles, &cities, form))
}

async fn list_page(State(state): State<AppState>, page: SecretariatPage) -> Result<Markup, PageError> {
    render_list(&state, &page, &CycleForm::default()).await
}

/// A date from a date input, as the end of that day in UTC: a deadline "on the 1st" includes the 1st.
fn deadline(field: &'static str, raw: &str) -> Result<Option<OffsetDateTime>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(raw, &format).map_err(|_| format!("{field}: `{raw}` is not a date (YYYY-MM-DD)"))?;
    Ok(Some(date.with_hms(23, 59, 59).map_err(|e| e.to_string())?.assume_utc()))
}

fn fields(form: &[(String, String)], name: &str) -> Vec<String> {
    form.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
}

fn field(form: &[(String, String)], name: &str) -> String {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

async fn create(
    State(state): State<AppState>,
    page: SecretariatPage,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let typed = CycleForm {
        name: field(&form, "name"),
        city_ids: fields(&form, "city_ids")
            .iter()
            .filter_map(|c| c.parse().ok())
            .collect(),
        panel_size: field(&form, "panel_size"),
        submission: field(&form, "submission"),
        review: field(&form, "review"),
        reconciliation: field(&form, "reconciliation"),
        error: None,
    };
    let parsed = (|| {
        let panel_size = match typed.panel_size.trim() {
            "" => None,
            s => Some(
                s.parse::<i64>()
                    .map_err(|_| "panel size: a whole number from 2 to 7".to_owned())?,
            ),
        };
        let deadlines = Deadlines {
            submission: deadline("submission deadline", &typed.submission)?,
            review: deadline("review deadline", &typed.review)?,
            reconciliation: deadline("reconciliation deadline", &typed.reconciliation)?,
        };
        CycleSettings::parse(&typed.name, panel_size, None, None, None, None, deadlines)
            .map_err(|(f, m)| format!("{f}: {m}"))
    })();
    let outcome = match parsed {
        Ok(settings) => {
            let framework = state.frameworks.default_edition();
            match store::cycles::create(&state.db, Some(page.0.user.id), framework, settings, &typed.city_ids).await {
                Ok(cycle) => Ok(cycle),
                Err(StoreError::Invalid { field, message }) => Err(format!("{field}: {message}")),
                Err(e) => return Err(e.into()),
            }
        }
        Err(message) => Err(message),
    };
    match outcome {
        Ok(cycle) => {
            store::sessions::set_flash(&state.db, page.0.id, &format!("{} was opened as a draft.", cycle.name)).await?;
            Ok(Redirect::to(&format!("/cycles/{}", cycle.id)).into_response())
        }
        Err(message) => {
            let again = CycleForm {
                error: Some(message),
                ..typed
            };
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                render_list(&state, &page, &again).await?,
            )
                .into_response())
        }
    }
}

async fn render_cycle(
    state: &AppState,
    page: &SecretariatPage,
    cycle: &Cycle,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let reports: BTreeMap<i32, Submission> = store::submissions::list(&state.db, cycle.id)
        .await?
        .into_iter()
        .map(|s| (s.city_id, s))
        .collect();
    let mut rows = Vec::new();
    for city in store::cities::list(&state.db, None).await? {
        if let Some(r) = reports.get(&city.id) {
            rows.push(CityReport {
                state: r.state,
                submitted_at: r.submitted_at,
                city,
            });
        }
    }
    let ratings = if cycle.state >= CycleState::Reviewing {
        let p = store::ratings::progress(&state.db, cycle.id).await?;
        let names: BTreeMap<i32, String> = store::users::list(&state.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect();
        let panel_name = |id: &i32| {
            cycle
                .panels
                .iter()
                .find(|x| x.id == *id)
                .map(|x| x.name.clone())
                .unwrap_or_default()
        };
        let city_name = |id: &i32| {
            rows.iter()
                .find(|r| r.city.id == *id)
                .map(|r| r.city.name.clone())
                .unwrap_or_default()
        };
        Some(view::RatingProgressView {
            done: p.done,
            due: p.due,
            per_panel: p
                .per_panel
                .iter()
                .map(|(id, (d, t))| (panel_name(id), *d, *t))
                .collect(),
            per_city: p.per_city.iter().map(|(id, (d, t))| (city_name(id), *d, *t)).collect(),
            behind: p
                .behind
                .iter()
                .map(|(id, n)| (names.get(id).cloned().unwrap_or_default(), *n))
                .collect(),
        })
    } else {
        None
    };
    Ok(view::detail(
        &page.shell(),
        &page.0.csrf_token,
        cycle,
        &rows,
        ratings.as_ref(),
        error,
    ))
}

async fn load_cycle(state: &AppState, raw: &str) -> Result<Cycle, PageError> {
    store::cycles::get(&state.db, id(raw, "cycle")?)
        .await?
        .ok_or(PageError(AppError::NotFound("cycle")))
}

async fn cycle_page(
    State(state): State<AppState>,
    page: SecretariatPage,
    Path(raw): Path<String>,
) -> Result<Markup, PageError> {
    let cycle = load_cycle(&state, &raw).await?;
    render_cycle(&state, &page, &cycle, None).await
}

#[derive(Deserialize)]
struct TransitionForm {
    to: String,
}

async fn transition(
    State(state): State<AppState>,
    page: SecretariatPage,
    Path(raw): Path<String>,
    CsrfForm(form): CsrfForm<TransitionForm>,
) -> Result<Response, PageError> {
    let cycle = load_cycle(&state, &raw).await?;
    let to = CycleState::parse(&form.to).ok_or(PageError(AppError::invalid("to", "unknown state")))?;
    match store::cycles::transition(
        &state.db,
        Some(page.0.user.id),
        cycle.id,
        to,
        &state.settings.auth.public_url,
    )
    .await
    {
        Ok(moved) => {
            store::sessions::set_flash(
                &state.db,
                page.0.id,
                &format!("The cycle is now: {}.", moved.state.label()),
            )
            .await?;
            Ok(Redirect::to(&format!("/cycles/{}", cycle.id)).into_response())
        }
        Err(StoreError::Conflict { message, .. }) => {
            let msg = format!("The cycle cannot move on: {message}.");
            Ok((
                StatusCode::CONFLICT,
                render_cycle(&state, &page, &cycle, Some(&msg)).await?,
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct ReturnForm {
    message: String,
}

async fn return_report(
    State(state): State<AppState>,
    page: SecretariatPage,
    Path((raw, city)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<ReturnForm>,
) -> Result<Response, PageError> {
    let cycle = load_cycle(&state, &raw).await?;
    let city = id(&city, "report")?;
    if !cycle.city_ids.contains(&city) {
        return Err(PageError(AppError::NotFound("report")));
    }
    match store::submissions::return_for_correction(&state.db, Some(page.0.user.id), &cycle, city, &form.message).await
    {
        Ok(_) => {
            store::sessions::set_flash(
                &state.db,
                page.0.id,
                "The report was returned to the city with your message.",
            )
            .await?;
            Ok(Redirect::to(&format!("/cycles/{}", cycle.id)).into_response())
        }
        Err(StoreError::Conflict { message, .. } | StoreError::Invalid { message, .. }) => Ok((
            StatusCode::CONFLICT,
            render_cycle(&state, &page, &cycle, Some(&message)).await?,
        )
            .into_response()),
        Err(e) => Err(e.into()),
    }
}

/// The form's view of a saved report.
fn form_of(report: &Submission) -> ReportForm {
    let c = &report.content;
    ReportForm {
        language: c.language.clone().unwrap_or_default(),
        narratives: c
            .narratives
            .iter()
            .map(|(k, n)| (k.clone(), (n.text.clone(), n.evidence_links.join("\n"))))
            .collect(),
        statistics: c
            .statistics
            .iter()
            .map(|(k, s)| {
                (
                    k.clone(),
                    (
                        s.year.map(|y| y.to_string()).unwrap_or_default(),
                        s.values.iter().map(|(b, v)| (b.clone(), v.to_string())).collect(),
                    ),
                )
            })
            .collect(),
        version: report.version,
    }
}

/// Reads the posted fields (`n.CODE.text`, `n.CODE.links`, `s.CODE.year`, `s.CODE.v.BREAKDOWN`)
/// into what the form shows again on refusal, and into report content when every number reads.
fn read_form(fields: &[(String, String)]) -> (ReportForm, Result<ReportContent, String>) {
    let mut form = ReportForm::default();
    let mut error = None;
    for (k, v) in fields {
        if k == "language" {
            form.language = v.clone();
        } else if k == "version" {
            form.version = v.parse().unwrap_or(0);
        } else if let Some(rest) = k.strip_prefix("n.") {
            if let Some(code) = rest.strip_suffix(".text") {
                form.narratives.entry(code.to_owned()).or_default().0 = v.clone();
            } else if let Some(code) = rest.strip_suffix(".links") {
                form.narratives.entry(code.to_owned()).or_default().1 = v.clone();
            }
        } else if let Some(rest) = k.strip_prefix("s.") {
            if let Some(code) = rest.strip_suffix(".year") {
                form.statistics.entry(code.to_owned()).or_default().0 = v.clone();
            } else if let Some((code, breakdown)) = rest.split_once(".v.") {
                form.statistics
                    .entry(code.to_owned())
                    .or_default()
                    .1
                    .insert(breakdown.to_owned(), v.clone());
            }
        }
    }
    let mut content = ReportContent {
        language: Some(form.language.clone()).filter(|l| !l.is_empty()),
        ..Default::default()
    };
    for (code, (text, links)) in &form.narratives {
        let links: Vec<String> = links
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        if !text.trim().is_empty() || !links.is_empty() {
            content.narratives.insert(
                code.clone(),
                Narrative {
                    text: text.clone(),
                    evidence_links: links,
                },
            );
        }
    }
    for (code, (year, values)) in &form.statistics {
        let mut stat = Statistic::default();
        if !year.trim().is_empty() {
            match year.trim().parse::<i32>() {
                Ok(y) => stat.year = Some(y),
                Err(_) => error = error.or(Some(format!("{code}: the year `{year}` is not a number"))),
            }
        }
        for (b, v) in values {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            // People type decimal commas too.
            match v.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() => {
                    stat.values.insert(b.clone(), n);
                }
                _ => error = error.or(Some(format!("{code} ({b}): `{v}` is not a number"))),
            }
        }
        if stat.year.is_some() || !stat.values.is_empty() {
            content.statistics.insert(code.clone(), stat);
        }
    }
    match error {
        Some(e) => (form, Err(e)),
        None => (form, Ok(content)),
    }
}

struct ReportContext {
    cycle: Cycle,
    report: Submission,
    city: store::cities::City,
}

async fn visible_report(
    state: &AppState,
    session: &store::sessions::Session,
    raw: &str,
    city: &str,
) -> Result<ReportContext, PageError> {
    let hidden = || PageError(AppError::NotFound("report"));
    let cycle = store::cycles::get(&state.db, id(raw, "report")?)
        .await?
        .ok_or_else(hidden)?;
    let city_id = id(city, "report")?;
    let assigned = session.user.role == crate::domain::user::Role::Expert
        && store::assignment::is_assigned(&state.db, cycle.id, city_id, session.user.id).await?;
    let access = session
        .user
        .actor()
        .report_access(city_id, cycle.city_ids.contains(&city_id), assigned, cycle.state);
    if access != Access::Allowed {
        return Err(hidden());
    }
    let report = store::submissions::get(&state.db, cycle.id, city_id)
        .await?
        .ok_or_else(hidden)?;
    let city = store::cities::get(&state.db, city_id).await?.ok_or_else(hidden)?;
    Ok(ReportContext { cycle, report, city })
}

fn render_report(
    state: &AppState,
    session: &store::sessions::Session,
    ctx: &ReportContext,
    form: ReportForm,
    error: Option<String>,
) -> Result<Markup, PageError> {
    let framework = state.framework_of(&ctx.cycle)?;
    let editable = session.user.actor().may_write_report(ctx.city.id)
        && ctx.cycle.state.collects_reports()
        && ctx.report.state.editable();
    let reviewed = ctx.cycle.reviewed_measurements();
    Ok(editor(
        &crate::web::auth::session::shell_for(Some(session)),
        &ReportView {
            cycle_id: ctx.cycle.id,
            cycle_name: &ctx.cycle.name,
            city_id: ctx.city.id,
            city_name: &ctx.city.name,
            languages: &ctx.city.languages,
            framework,
            reviewed: &reviewed,
            state: ctx.report.state,
            return_message: ctx.report.return_message.as_deref(),
            editable,
            form,
            error,
            csrf: &session.csrf_token,
        },
    ))
}

async fn report_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path((raw, city)): Path<(String, String)>,
) -> Result<Markup, PageError> {
    let ctx = visible_report(&state, &session, &raw, &city).await?;
    let form = form_of(&ctx.report);
    render_report(&state, &session, &ctx, form, None)
}

async fn save_report(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path((raw, city)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let ctx = visible_report(&state, &session, &raw, &city).await?;
    if !session.user.actor().may_write_report(ctx.city.id) {
        return Err(PageError(AppError::forbidden(
            "Only the city's own users write its report.",
        )));
    }
    let submit = fields.iter().any(|(k, v)| k == "action" && v == "submit");
    let (form, content) = read_form(&fields);
    let refuse =
        |ctx: &ReportContext, form: ReportForm, message: String, status: StatusCode| -> Result<Response, PageError> {
            Ok((status, render_report(&state, &session, ctx, form, Some(message))?).into_response())
        };
    let content = match content {
        Ok(c) => c,
        Err(message) => return refuse(&ctx, form, message, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let framework = state.framework_of(&ctx.cycle)?;
    let actor = Some(session.user.id);
    // The draft is saved first, so a refused submission keeps everything typed.
    match store::submissions::save_draft(
        &state.db,
        actor,
        framework,
        &ctx.cycle,
        ctx.city.id,
        content,
        Some(form.version),
    )
    .await
    {
        Ok(_) => {}
        Err(StoreError::Invalid { field, message }) => {
            return refuse(
                &ctx,
                form,
                format!("{field}: {message}"),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(StoreError::Conflict { message, .. }) => return refuse(&ctx, form, message, StatusCode::CONFLICT),
        Err(e) => return Err(e.into()),
    }
    let to = format!("/cycles/{}/reports/{}", ctx.cycle.id, ctx.city.id);
    if !submit {
        store::sessions::set_flash(&state.db, session.id, "Draft saved.").await?;
        return Ok(Redirect::to(&to).into_response());
    }
    match store::submissions::submit(&state.db, actor, &ctx.cycle, ctx.city.id).await {
        Ok(_) => {
            store::sessions::set_flash(&state.db, session.id, "Your report is submitted. Thank you.").await?;
            Ok(Redirect::to(&to).into_response())
        }
        Err(StoreError::Invalid { message, .. } | StoreError::Conflict { message, .. }) => {
            // Show the saved draft (with its new version) and why it could not be submitted.
            let ctx = visible_report(&state, &session, &raw, &city).await?;
            let form = form_of(&ctx.report);
            refuse(
                &ctx,
                form,
                format!("The draft is saved, but not submitted: {message}."),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => Err(e.into()),
    }
}

/// Rows for a city's home page: the cycles it takes part in, with its report's state.
pub async fn city_cycles(state: &AppState, city_id: i32) -> Result<Vec<(Cycle, ReportState)>, PageError> {
    let mut out = Vec::new();
    for cycle in store::cycles::list(&state.db, Some(city_id)).await? {
        if let Some(r) = store::submissions::get(&state.db, cycle.id, city_id).await? {
            out.push((cycle, r.state));
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct Empty {}

/// "Remind now": an e-mail to every expert of the cycle with ratings still to submit.
async fn remind(
    State(state): State<AppState>,
    page: SecretariatPage,
    Path(raw): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let cycle = load_cycle(&state, &raw).await?;
    if cycle.state != CycleState::Reviewing {
        let msg = "Reminders go out while the cycle is in review.";
        return Ok((
            StatusCode::CONFLICT,
            render_cycle(&state, &page, &cycle, Some(msg)).await?,
        )
            .into_response());
    }
    let n = crate::mail::worker::remind(&state.db, &cycle, None, None, &state.settings.auth.public_url).await?;
    store::sessions::set_flash(&state.db, page.0.id, &format!("{n} reminder(s) queued.")).await?;
    Ok(Redirect::to(&format!("/cycles/{}", cycle.id)).into_response())
}
