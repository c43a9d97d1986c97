//! Review cycle pages: the secretariat's list and cycle page, and the report editor cities use.
//! Handlers translate forms; the rules are in `domain` and `store`, as for the API.

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::Markup;
use serde::Deserialize;
use time::OffsetDateTime;

use super::{done, refusal};
use crate::app::{self, AppError, reports::ReportAccess};
use crate::domain::cycle::{CycleSettings, CycleState, Deadlines};
use crate::domain::report::{Narrative, ReportContent, Statistic};
use crate::read::{Session, Submission};
use crate::tr;
use crate::views::cycles::{self as view, CycleForm};
use crate::views::reports::{ReportForm, ReportView, editor};
use crate::views::words;
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn};
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

#[derive(Deserialize)]
struct Empty {}

/// A mass or irreversible action's form: `confirm=yes` once the person saw the confirmation step.
#[derive(Deserialize)]
struct Confirmed {
    #[serde(default)]
    confirm: String,
}

/// What moving `cycle` to `to` will do, for the confirmation step.
fn consequences(cycle: &crate::read::Cycle, to: CycleState) -> Vec<String> {
    let cities = cycle.city_ids.len();
    match to {
        CycleState::Collecting => vec![
            tr!("cycles-confirm-collecting-told", count = cities),
            tr!("cycles-confirm-collecting-write"),
        ],
        CycleState::Reviewing => vec![
            tr!(
                "cycles-confirm-reviewing-out",
                missing = cities.saturating_sub(cycle.progress.submitted),
                total = cities
            ),
            tr!("cycles-confirm-reviewing-locked"),
        ],
        CycleState::Reconciling => vec![
            tr!("cycles-confirm-reconciling-rule"),
            tr!("cycles-confirm-reconciling-revision"),
            tr!("cycles-confirm-reconciling-closed"),
        ],
        CycleState::Published => vec![
            tr!("cycles-confirm-published-profiles"),
            tr!("cycles-confirm-published-told", count = cities),
            tr!("cycles-confirm-published-final"),
        ],
        CycleState::Archived => vec![tr!("cycles-confirm-archived")],
        CycleState::Draft => vec![],
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cycles/{id}/ratings.csv", get(ratings_csv))
        .route("/cycles/{id}/reports/bulk", post(bulk_reports))
        .route("/cycles", get(list_page).post(create))
        .route("/cycles/{id}", get(cycle_page))
        .route("/cycles/{id}/edit", post(edit))
        .route("/cycles/{id}/extensions", post(add_extension))
        .route("/cycles/{id}/extensions/{user}/remove", post(remove_extension))
        .route("/cycles/{id}/close-round", post(close_round))
        .route("/cycles/{id}/transition", post(transition))
        .route("/cycles/{id}/remind", post(remind))
        .route("/cycles/{id}/reports/{city}", get(report_page).post(save_report))
        .route("/cycles/{id}/reports/{city}/return", post(return_report))
        .route("/cycles/{id}/reports/{city}/checks/{code}", post(check_figure))
        .route("/cycles/{id}/reports/{city}/checks/{code}/answer", post(answer_query))
}

async fn render_list(state: &AppState, page: &SecretariatPage, form: &CycleForm) -> Result<Markup, PageError> {
    let cycles = app::cycles::list(state, page.staff()).await?;
    let cities = app::cities::all(state, page.staff()).await?;
    let editions = editions(state);
    Ok(view::list(
        &page.shell(),
        &page.0.csrf_token,
        &cycles,
        &cities,
        &editions,
        form,
    ))
}

/// The framework editions, the default one marked.
fn editions(state: &AppState) -> Vec<(String, bool)> {
    let default = &state.frameworks.default_edition().edition;
    state
        .frameworks
        .all()
        .iter()
        .map(|f| (f.edition.clone(), &f.edition == default))
        .collect()
}

/// The viewer's time zone: deadlines are shown and entered in it.
fn zone_of(session: &Session) -> String {
    session.user.time_zone.clone().unwrap_or_else(|| "UTC".into())
}

async fn list_page(State(state): State<AppState>, page: SecretariatPage) -> Result<Markup, PageError> {
    let form = CycleForm {
        zone: zone_of(&page.0),
        ..Default::default()
    };
    render_list(&state, &page, &form).await
}

/// A deadline from a form, in `zone`: a day and time (`2026-12-31T17:00`, a `datetime-local`
/// field), or a day alone, meaning its end (a deadline "on the 31st" includes the 31st). What does
/// not read is given back as typed, for the caller to say which field it was.
fn deadline(raw: &str, zone: &str) -> Result<Option<OffsetDateTime>, Unreadable> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let value = if raw.len() == 10 {
        format!("{raw}T23:59:59")
    } else {
        raw.to_owned()
    };
    crate::format::parse_local(&value, zone)
        .map(Some)
        .ok_or_else(|| Unreadable(raw.to_owned()))
}

/// A day and time as typed that does not read as one.
struct Unreadable(String);

impl Unreadable {
    /// Why, naming the field ("the submission deadline: `…` is not a day and time …").
    fn in_field(&self, field: &str) -> String {
        tr!("cycles-deadline-unreadable", field = field, raw = self.0.as_str())
    }
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
        zone: Some(field(&form, "zone"))
            .filter(|z| crate::format::is_time_zone(z))
            .unwrap_or_else(|| zone_of(&page.0)),
        edition: field(&form, "edition"),
        error: None,
    };
    let parsed = (|| {
        let panel_size = match typed.panel_size.trim() {
            "" => None,
            s => Some(s.parse::<i64>().map_err(|_| tr!("cycles-panel-size-invalid"))?),
        };
        let deadlines = Deadlines {
            submission: deadline(&typed.submission, &typed.zone)
                .map_err(|u| u.in_field(&tr!("cycles-field-submission-deadline")))?,
            review: deadline(&typed.review, &typed.zone)
                .map_err(|u| u.in_field(&tr!("cycles-field-review-deadline")))?,
            reconciliation: deadline(&typed.reconciliation, &typed.zone)
                .map_err(|u| u.in_field(&tr!("cycles-field-reconciliation-deadline")))?,
        };
        CycleSettings::parse(&typed.name, panel_size, None, None, None, None, deadlines)
            .map_err(|(f, m)| format!("{f}: {m}"))
    })();
    let outcome = match parsed {
        Ok(settings) => match app::cycles::create_on(
            &state,
            page.staff(),
            settings,
            &typed.city_ids,
            Some(typed.edition.as_str()).filter(|e| !e.is_empty()),
        )
        .await
        {
            Ok(cycle) => Ok(cycle),
            Err(e @ AppError::Invalid { .. }) => Err(e.page_message()),
            Err(e) => return Err(e.into()),
        },
        Err(message) => Err(message),
    };
    match outcome {
        Ok(cycle) => {
            let message = tr!("cycles-opened", cycle = cycle.name.as_str());
            done(&state, &page.0, &message, &format!("/cycles/{}", cycle.id)).await
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
    cycle_id: i32,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    render_cycle_with(state, page, cycle_id, error, &CityFilter::default()).await
}

/// The cycle page's search, filter and order of its cities.
#[derive(Deserialize, Default, Clone)]
pub(crate) struct CityFilter {
    #[serde(default)]
    q: String,
    /// draft | submitted | returned
    #[serde(default)]
    report: String,
    /// name (default) | state | submitted
    #[serde(default)]
    sort: String,
}

async fn render_cycle_with(
    state: &AppState,
    page: &SecretariatPage,
    cycle_id: i32,
    error: Option<&str>,
    filter: &CityFilter,
) -> Result<Markup, PageError> {
    let v = app::cycles::page(state, page.staff(), cycle_id).await?;
    let needle = filter.q.trim().to_lowercase();
    let mut rows: Vec<view::CityReport> = v
        .reports
        .into_iter()
        .filter(|r| needle.is_empty() || r.city.name.to_lowercase().contains(&needle))
        .filter(|r| filter.report.is_empty() || r.state.as_str() == filter.report)
        .map(|r| view::CityReport {
            state: r.state,
            submitted_at: r.submitted_at,
            figures: (r.figures.to_check, r.figures.queried, r.figures.verified),
            city: r.city,
        })
        .collect();
    match filter.sort.as_str() {
        "state" => rows.sort_by(|a, b| {
            a.state
                .as_str()
                .cmp(b.state.as_str())
                .then(a.city.name.cmp(&b.city.name))
        }),
        "submitted" => rows.sort_by(|a, b| b.submitted_at.cmp(&a.submitted_at).then(a.city.name.cmp(&b.city.name))),
        _ => rows.sort_by(|a, b| a.city.name.cmp(&b.city.name)),
    }
    let ratings = v.ratings.map(|p| view::RatingProgressView {
        done: p.done,
        due: p.due,
        per_panel: p.per_panel,
        per_city: p.per_city,
        behind: p.behind,
    });
    let answered = if v.cycle.state >= CycleState::Published {
        Some(app::actions::answered(state, page.staff(), v.cycle.id).await?)
    } else {
        None
    };
    let zone = zone_of(&page.0);
    let zones = crate::format::time_zones();
    let all_cities = app::cities::all(state, page.staff()).await?;
    let extensions = app::cycles::extensions(state, page.staff(), &v.cycle).await?;
    let out_of_review: Vec<String> = rows
        .iter()
        .filter(|r| v.cycle.out_of_review.contains(&r.city.id))
        .map(|r| r.city.name.clone())
        .collect();
    Ok(view::detail(
        &page.shell(),
        &view::CyclePageView {
            csrf: &page.0.csrf_token,
            cycle: &v.cycle,
            rows: &rows,
            filter: (&filter.q, &filter.report, &filter.sort),
            answered: answered.as_ref(),
            ratings: ratings.as_ref(),
            error,
            zone: &zone,
            zones: &zones,
            all_cities: &all_cities,
            settings_editable: v.settings_editable,
            unfilled_bundles: v.unfilled_bundles,
            extensions: &extensions,
            assigned: &v.assigned,
            out_of_review: &out_of_review,
            editions: &editions(state),
        },
    ))
}

/// The page again with a refusal the secretariat can act on, or an error page; `say` puts the
/// refusal in its sentence ("Not changed: …").
async fn refused_page(
    state: &AppState,
    page: &SecretariatPage,
    cycle_id: i32,
    e: AppError,
    say: impl FnOnce(String) -> String,
) -> Result<Response, PageError> {
    let (status, message) = refusal(e)?;
    let message = say(message);
    Ok((status, render_cycle(state, page, cycle_id, Some(&message)).await?).into_response())
}

/// Clauses in a row, as the reader's language separates them ("a; b", "a；b").
fn join_clauses(items: &[String]) -> String {
    items.join(&tr!("cycles-clause-separator"))
}

fn fields_named(form: &[(String, String)], name: &str) -> Vec<String> {
    form.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
}

/// The cycle's settings and deadlines as changed on its page.
async fn edit(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let cycle = app::cycles::open(&state, page.staff(), id).await?;
    let zone = Some(field(&form, "zone"))
        .filter(|z| crate::format::is_time_zone(z))
        .unwrap_or_else(|| zone_of(&page.0));
    let number = |name: &str| -> Result<Option<i64>, AppError> {
        match form.iter().find(|(k, _)| k == name) {
            None => Ok(None),
            Some((_, v)) => v
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| AppError::invalid(name.to_owned(), tr!("cycles-whole-number"))),
        }
    };
    let parsed = (|| -> Result<app::cycles::CyclePatch, AppError> {
        use crate::domain::cycle::DeadlineKind;
        let mut deadlines = Vec::new();
        for kind in DeadlineKind::ALL {
            // A field the page disabled (its phase is over) is not sent: unchanged.
            let Some((_, raw)) = form.iter().find(|(k, _)| k == kind.as_str()) else {
                continue;
            };
            let current = cycle.deadlines.get(kind);
            if raw.trim() == crate::format::local_value(current, &zone) {
                continue;
            }
            let at = deadline(raw, &zone).map_err(|u| AppError::invalid(kind.field(), u.in_field(kind.field())))?;
            deadlines.push((kind, at));
        }
        let editable_settings = form.iter().any(|(k, _)| k == "panel_size");
        let affinity = crate::domain::assignment::affinity::AffinityChange {
            expertise: number("weight_expertise")?,
            region: number("weight_region")?,
            native_language: number("weight_native_language")?,
            continuity_weight: number("weight_continuity")?,
            continuity: form.iter().find(|(k, _)| k == "continuity").map(|(_, v)| v.clone()),
        };
        Ok(app::cycles::CyclePatch {
            name: Some(field(&form, "name")),
            edition: form.iter().find(|(k, _)| k == "edition").map(|(_, v)| v.clone()),
            deadlines,
            city_ids: (cycle.state <= CycleState::Collecting).then(|| {
                fields_named(&form, "city_ids")
                    .iter()
                    .filter_map(|c| c.parse().ok())
                    .collect()
            }),
            panel_size: number("panel_size")?,
            conflict_same_country: editable_settings
                .then(|| form.iter().any(|(k, v)| k == "conflict_same_country" && v == "true")),
            max_spread: number("max_spread")?,
            revision_rounds: number("revision_rounds")?,
            min_justification: number("min_justification")?,
            affinity: editable_settings.then_some(affinity),
        })
    })();
    let result = match parsed {
        Ok(patch) => app::cycles::update(&state, page.staff(), cycle.id, patch).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => done(&state, &page.0, &tr!("cycles-changed"), &format!("/cycles/{id}")).await,
        Err(e) => refused_page(&state, &page, id, e, |m| tr!("cycles-not-changed", reason = m)).await,
    }
}

#[derive(Deserialize)]
struct ExtensionForm {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    zone: String,
}

async fn add_extension(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<ExtensionForm>,
) -> Result<Response, PageError> {
    let cycle = app::cycles::open(&state, page.staff(), id).await?;
    let zone = Some(form.zone.clone())
        .filter(|z| crate::format::is_time_zone(z))
        .unwrap_or_else(|| zone_of(&page.0));
    let parsed = (|| -> Result<(i32, OffsetDateTime), AppError> {
        let user = form
            .user_id
            .trim()
            .parse::<i32>()
            .map_err(|_| AppError::invalid("user_id", tr!("cycles-choose-expert")))?;
        let until = deadline(&form.until, &zone)
            .map_err(|u| AppError::invalid("until", tr!("cycles-date-unreadable", raw = u.0)))?
            .ok_or_else(|| AppError::invalid("until", tr!("cycles-say-until-when")))?;
        Ok((user, until))
    })();
    let result = match parsed {
        Ok((user, until)) => app::cycles::set_extension(&state, page.staff(), cycle.id, user, until).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => {
            done(
                &state,
                &page.0,
                &tr!("cycles-extension-given"),
                &format!("/cycles/{id}"),
            )
            .await
        }
        Err(e) => refused_page(&state, &page, id, e, |m| tr!("cycles-no-extension", reason = m)).await,
    }
}

async fn remove_extension(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids((Id(id), Id(user))): Ids<(Id, Id)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    app::cycles::remove_extension(&state, page.staff(), id, user).await?;
    done(
        &state,
        &page.0,
        &tr!("cycles-extension-withdrawn"),
        &format!("/cycles/{id}"),
    )
    .await
}

/// Closes revision rounds now, as at their deadline: every open one, or the items selected on the
/// reconciliation queue (`item_ids`). Asks first.
async fn close_round(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let cycle = app::cycles::open(&state, page.staff(), id).await?;
    let selected: Vec<i32> = fields
        .iter()
        .filter(|(k, _)| k == "item_ids")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let items = (!selected.is_empty()).then_some(selected.as_slice());
    let confirmed = fields.iter().any(|(k, v)| k == "confirm" && v == "yes");
    if !confirmed && cycle.state == CycleState::Reconciling {
        let which = match items {
            Some(i) => tr!("cycles-close-confirm-selected", count = i.len()),
            None => tr!("cycles-close-confirm-all"),
        };
        let mut carried: Vec<(&str, String)> = selected.iter().map(|i| ("item_ids", i.to_string())).collect();
        carried.shrink_to_fit();
        return Ok(crate::views::layout::confirm(
            &page.shell(),
            &crate::views::layout::Confirm {
                title: tr!("cycles-close-confirm-title", cycle = cycle.name.as_str()),
                consequences: vec![which, tr!("cycles-close-confirm-previous")],
                action: format!("/cycles/{}/close-round", cycle.id),
                fields: carried,
                button: tr!("cycles-close-confirm-button"),
                cancel: format!("/cycles/{}", cycle.id),
                csrf: &page.0.csrf_token,
            },
        )
        .into_response());
    }
    match app::consensus::close_round(&state, page.staff(), id, items).await {
        Ok(n) => {
            done(
                &state,
                &page.0,
                &tr!("cycles-items-settled", count = n),
                &format!("/cycles/{id}"),
            )
            .await
        }
        Err(e) => refused_page(&state, &page, id, e, |m| m).await,
    }
}

async fn cycle_page(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    axum::extract::Query(filter): axum::extract::Query<CityFilter>,
) -> Result<Markup, PageError> {
    render_cycle_with(&state, &page, id, None, &filter).await
}

/// An action on the selected cities of a cycle: remind those whose report is not in, or return
/// submitted reports with one message. Both ask first, naming the cities.
async fn bulk_reports(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let cycle = app::cycles::open(&state, page.staff(), id).await?;
    let one = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    // Only the cycle's own cities: an id from elsewhere is ignored, not an error half-way through.
    let selected: Vec<i32> = fields
        .iter()
        .filter(|(k, _)| k == "city_ids")
        .filter_map(|(_, v)| v.parse().ok())
        .filter(|id| cycle.city_ids.contains(id))
        .collect();
    let action = one("action");
    let message = one("message");
    let back = format!("/cycles/{}", cycle.id);
    if selected.is_empty() {
        return done(&state, &page.0, &tr!("cycles-bulk-select-first"), &back).await;
    }
    let names = app::cities::all(&state, page.staff()).await?;
    let named: Vec<String> = names
        .iter()
        .filter(|c| selected.contains(&c.id) && cycle.city_ids.contains(&c.id))
        .map(|c| c.name.clone())
        .collect();
    if one("confirm") != "yes" {
        let (title, first) = match action.as_str() {
            "remind" => (tr!("cycles-bulk-remind-title"), tr!("cycles-bulk-remind-confirm")),
            "return" => (
                tr!("cycles-bulk-return-title"),
                tr!("cycles-bulk-return-confirm", message = message.as_str()),
            ),
            _ => {
                return Err(PageError(AppError::invalid("action", tr!("cycles-bulk-choose-action"))));
            }
        };
        let mut consequences = vec![first];
        consequences.extend(named.iter().cloned());
        let mut carried: Vec<(&str, String)> = selected.iter().map(|c| ("city_ids", c.to_string())).collect();
        carried.push(("action", action.clone()));
        carried.push(("message", message.clone()));
        return Ok(crate::views::layout::confirm(
            &page.shell(),
            &crate::views::layout::Confirm {
                title,
                consequences,
                action: format!("/cycles/{}/reports/bulk", cycle.id),
                fields: carried,
                button: tr!("cycles-bulk-confirm-button", count = named.len()),
                cancel: back.clone(),
                csrf: &page.0.csrf_token,
            },
        )
        .into_response());
    }
    let summary = match action.as_str() {
        "remind" => match app::reports::remind_cities(&state, page.staff(), cycle.id, &selected).await {
            Ok(told) if told.is_empty() => tr!("cycles-bulk-nobody-to-remind"),
            Ok(told) => tr!("cycles-bulk-reminded", cities = view::join(&told)),
            Err(e) => refusal(e)?.1,
        },
        "return" => {
            let (mut returned, mut refused) = (Vec::new(), Vec::new());
            for city in &selected {
                let access = app::reports::visible(&state, &page.0.user, cycle.id, *city).await?;
                match app::reports::return_for_correction(&state, page.staff(), &access, &message).await {
                    Ok(_) => returned.push(access.city.name.clone()),
                    Err(e) => refused.push(tr!(
                        "cycles-bulk-refused-city",
                        city = access.city.name.as_str(),
                        reason = refusal(e)?.1
                    )),
                }
            }
            let mut said = Vec::new();
            if !returned.is_empty() {
                said.push(tr!("cycles-bulk-returned", cities = view::join(&returned)));
            }
            if !refused.is_empty() {
                said.push(tr!("cycles-bulk-not-returned", cities = join_clauses(&refused)));
            }
            said.join(" ")
        }
        _ => {
            return Err(PageError(AppError::invalid("action", tr!("cycles-bulk-choose-action"))));
        }
    };
    done(&state, &page.0, summary.trim(), &back).await
}

#[derive(Deserialize)]
struct TransitionForm {
    to: String,
    #[serde(default)]
    allow_underfilled: Option<String>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    confirm: String,
}

async fn transition(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<TransitionForm>,
) -> Result<Response, PageError> {
    let cycle = app::cycles::open(&state, page.staff(), id).await?;
    let to =
        CycleState::parse(&form.to).ok_or_else(|| PageError(AppError::invalid("to", tr!("cycles-unknown-state"))))?;
    // Every move is irreversible and most tell many people: a confirmation step first, unless the
    // move is refused anyway (then the refusal shows at once).
    if form.confirm != "yes" && cycle.state.next() == Some(to) {
        let mut fields = vec![("to", to.as_str().to_owned())];
        if let Some(a) = &form.allow_underfilled {
            fields.push(("allow_underfilled", a.clone()));
        }
        if let Some(r) = &form.reason {
            fields.push(("reason", r.clone()));
        }
        return Ok(crate::views::layout::confirm(
            &page.shell(),
            &crate::views::layout::Confirm {
                title: tr!(
                    "cycles-move-confirm-title",
                    cycle = cycle.name.as_str(),
                    state = words::cycle_state(to)
                ),
                consequences: consequences(&cycle, to),
                action: format!("/cycles/{}/transition", cycle.id),
                fields,
                button: tr!("cycles-move-confirm-button", state = words::cycle_state(to)),
                cancel: format!("/cycles/{}", cycle.id),
                csrf: &page.0.csrf_token,
            },
        )
        .into_response());
    }
    let short = app::cycles::ShortBundles {
        allow: form.allow_underfilled.is_some(),
        reason: form.reason.clone(),
    };
    match app::cycles::transition_with(&state, page.staff(), cycle.id, to, &short).await {
        Ok(moved) => {
            let message = tr!("cycles-moved", state = words::cycle_state(moved.state));
            done(&state, &page.0, &message, &format!("/cycles/{}", cycle.id)).await
        }
        Err(AppError::Conflict { message, .. }) => {
            let msg = tr!("cycles-cannot-move", reason = message);
            Ok((
                StatusCode::CONFLICT,
                render_cycle(&state, &page, cycle.id, Some(&msg)).await?,
            )
                .into_response())
        }
        Err(e @ AppError::Invalid { .. }) => {
            refused_page(&state, &page, cycle.id, e, |m| {
                tr!("cycles-cannot-move-invalid", reason = m)
            })
            .await
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
    Ids((Id(cycle_id), Id(city))): Ids<(Id, Id)>,
    CsrfForm(form): CsrfForm<ReturnForm>,
) -> Result<Response, PageError> {
    let access = app::reports::visible(&state, &page.0.user, cycle_id, city).await?;
    match app::reports::return_for_correction(&state, page.staff(), &access, &form.message).await {
        Ok(_) => {
            done(
                &state,
                &page.0,
                &tr!("cycles-report-returned"),
                &format!("/cycles/{cycle_id}"),
            )
            .await
        }
        Err(e) => {
            let (_, message) = refusal(e)?;
            Ok((
                StatusCode::CONFLICT,
                render_cycle(&state, &page, cycle_id, Some(&message)).await?,
            )
                .into_response())
        }
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
            .map(|(k, n)| {
                (
                    k.clone(),
                    (
                        n.text.clone(),
                        n.evidence_links.join("\n"),
                        n.self_score.map(|s| s.to_string()).unwrap_or_default(),
                    ),
                )
            })
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
        stat_meta: c
            .statistics
            .iter()
            .map(|(k, st)| {
                (
                    k.clone(),
                    crate::views::reports::StatMeta {
                        source: st.source.map(|f| f.as_str().to_owned()).unwrap_or_default(),
                        provider: st.provider.clone().unwrap_or_default(),
                        not_available: st.not_available.is_some(),
                        reason: st.not_available.as_ref().map(|n| n.reason.clone()).unwrap_or_default(),
                    },
                )
            })
            .collect(),
        version: report.version,
    }
}

/// A year as typed: empty is none; anything else must read as a number.
fn read_year(raw: &str) -> Result<Option<i32>, String> {
    match raw.trim() {
        "" => Ok(None),
        y => y
            .parse()
            .map(Some)
            .map_err(|_| tr!("cycles-year-not-a-number", year = y)),
    }
}

/// A figure's value as typed for breakdown `b`: empty is none; people type decimal commas too.
fn read_value(b: &str, raw: &str) -> Result<Option<f64>, String> {
    match raw.trim() {
        "" => Ok(None),
        v => match v.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Some(n)),
            _ => Err(tr!("cycles-value-not-a-number", breakdown = b, value = v)),
        },
    }
}

/// Reads the posted fields (`n.CODE.text`, `n.CODE.links`, `s.CODE.year`, `s.CODE.v.BREAKDOWN`)
/// into what the form shows again on refusal, and into report content when every number reads.
/// A statistic's provenance from the form: its source, provider and "not available" with a reason.
fn apply_meta(
    stat: &mut Statistic,
    code: &str,
    meta: &crate::views::reports::StatMeta,
    errors: &mut Vec<(String, String)>,
) {
    match meta.source.trim() {
        "" => {}
        s => match crate::domain::report::FigureSource::parse(s) {
            Some(f) => stat.source = Some(f),
            None => errors.push((code.to_owned(), tr!("cycles-not-a-source", source = s))),
        },
    }
    stat.provider = Some(meta.provider.trim().to_owned()).filter(|p| !p.is_empty());
    if meta.not_available {
        stat.not_available = Some(crate::domain::report::NotAvailable {
            reason: meta.reason.trim().to_owned(),
        });
    }
}

/// Numbers that do not read are left out of the content and reported per measurement.
fn read_form(fields: &[(String, String)]) -> (ReportForm, ReportContent, Vec<(String, String)>) {
    let mut form = ReportForm::default();
    let mut errors: Vec<(String, String)> = Vec::new();
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
            } else if let Some(code) = rest.strip_suffix(".self") {
                form.narratives.entry(code.to_owned()).or_default().2 = v.clone();
            }
        } else if let Some(rest) = k.strip_prefix("s.") {
            if let Some(code) = rest.strip_suffix(".year") {
                form.statistics.entry(code.to_owned()).or_default().0 = v.clone();
            } else if let Some(code) = rest.strip_suffix(".source") {
                form.stat_meta.entry(code.to_owned()).or_default().source = v.clone();
            } else if let Some(code) = rest.strip_suffix(".provider") {
                form.stat_meta.entry(code.to_owned()).or_default().provider = v.clone();
            } else if let Some(code) = rest.strip_suffix(".na_reason") {
                form.stat_meta.entry(code.to_owned()).or_default().reason = v.clone();
            } else if let Some(code) = rest.strip_suffix(".na") {
                form.stat_meta.entry(code.to_owned()).or_default().not_available = v == "yes";
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
    for (code, (text, links, own)) in &form.narratives {
        let links: Vec<String> = links
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        let self_score = match own.trim() {
            "" => None,
            s => match s.parse::<u8>() {
                Ok(n) => Some(n),
                Err(_) => {
                    errors.push((code.clone(), tr!("cycles-own-rating-not-a-score", rating = s)));
                    None
                }
            },
        };
        if !text.trim().is_empty() || !links.is_empty() || self_score.is_some() {
            content.narratives.insert(
                code.clone(),
                Narrative {
                    text: text.clone(),
                    evidence_links: links,
                    self_score,
                },
            );
        }
    }
    for (code, (year, values)) in &form.statistics {
        let mut stat = Statistic::default();
        match read_year(year) {
            Ok(y) => stat.year = y,
            Err(e) => errors.push((code.clone(), e)),
        }
        for (b, v) in values {
            match read_value(b, v) {
                Ok(Some(n)) => {
                    stat.values.insert(b.clone(), n);
                }
                Ok(None) => {}
                Err(e) => errors.push((code.clone(), e)),
            }
        }
        if let Some(meta) = form.stat_meta.get(code) {
            apply_meta(&mut stat, code, meta, &mut errors);
        }
        if stat.year.is_some() || !stat.values.is_empty() || stat.not_available.is_some() || stat.provider.is_some() {
            content.statistics.insert(code.clone(), stat);
        }
    }
    // Provenance typed for a statistic without any figure yet.
    for (code, meta) in &form.stat_meta {
        if form.statistics.contains_key(code) {
            continue;
        }
        let mut stat = Statistic::default();
        apply_meta(&mut stat, code, meta, &mut errors);
        if stat.not_available.is_some() || stat.provider.is_some() || stat.source.is_some() {
            content.statistics.insert(code.clone(), stat);
        }
    }
    (form, content, errors)
}

async fn render_report(
    state: &AppState,
    session: &Session,
    ctx: &ReportAccess,
    form: ReportForm,
    error: Option<String>,
) -> Result<Markup, PageError> {
    render_report_with(state, session, ctx, form, error, &[]).await
}

/// The editor, with problems shown beside their measurement (`language` beside the language).
async fn render_report_with(
    state: &AppState,
    session: &Session,
    ctx: &ReportAccess,
    form: ReportForm,
    error: Option<String>,
    problems: &[(String, String)],
) -> Result<Markup, PageError> {
    let figures = app::reports::figures(state, ctx).await?;
    let mut field_errors: std::collections::BTreeMap<String, Vec<String>> = std::collections::BTreeMap::new();
    for (code, message) in problems {
        field_errors.entry(code.clone()).or_default().push(message.clone());
    }
    let framework = state.framework_of(&ctx.cycle)?;
    let editable = app::reports::editable(&session.user, ctx);
    let reviewed = ctx.cycle.reviewed_measurements();
    let may_check = session.user.actor().may_administer()
        && crate::domain::figures::may_check(ctx.cycle.state, ctx.report.state).is_ok();
    let may_answer = session.user.actor().may_write_report(ctx.city.id)
        && ctx.cycle.state != crate::domain::cycle::CycleState::Archived;
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
            field_errors,
            csrf: &session.csrf_token,
            figures,
            may_check,
            may_answer,
        },
    ))
}

async fn report_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids((Id(cycle_id), Id(city))): Ids<(Id, Id)>,
) -> Result<Markup, PageError> {
    let ctx = app::reports::visible(&state, &session.user, cycle_id, city).await?;
    let form = form_of(&ctx.report);
    render_report(&state, &session, &ctx, form, None).await
}

async fn save_report(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids((Id(cycle_id), Id(city))): Ids<(Id, Id)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let ctx = app::reports::visible(&state, &session.user, cycle_id, city).await?;
    app::reports::require_writer(&session.user, &ctx)
        .map_err(|_| PageError(AppError::forbidden(tr!("cycles-only-city-writes"))))?;
    let submit = fields.iter().any(|(k, v)| k == "action" && v == "submit");
    let (mut form, content, mut problems) = read_form(&fields);
    let refuse = async |ctx: &ReportAccess, form: ReportForm, message: String, status: StatusCode| {
        Ok::<_, PageError>((status, render_report(&state, &session, ctx, form, Some(message)).await?).into_response())
    };
    // What the rules refuse is taken out and flagged beside its measurement; the rest is saved, so
    // one bad link does not cost the whole draft.
    let framework = state.framework_of(&ctx.cycle)?;
    let (content, refused) = crate::domain::report::keep_valid(
        framework,
        &ctx.cycle.reviewed_measurements(),
        &ctx.city.languages,
        content,
    );
    problems.extend(refused);
    // The draft is saved first, so a refused submission keeps everything typed.
    match app::reports::save_draft(&state, &session.user, &ctx, content, Some(form.version)).await {
        Ok(saved) if !problems.is_empty() => {
            // Shown again as typed, with the saved version, and each problem beside its field.
            form.version = saved.version;
            let summary = if submit {
                tr!("cycles-draft-saved-except-not-submitted", count = problems.len())
            } else {
                tr!("cycles-draft-saved-except", count = problems.len())
            };
            let view = render_report_with(&state, &session, &ctx, form, Some(summary), &problems).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
        }
        Ok(_) => {}
        Err(e @ AppError::Invalid { .. }) => {
            return refuse(&ctx, form, e.page_message(), StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Err(AppError::Conflict { message, .. }) => return refuse(&ctx, form, message, StatusCode::CONFLICT).await,
        Err(e) => return Err(e.into()),
    }
    let to = format!("/cycles/{}/reports/{}", ctx.cycle.id, ctx.city.id);
    if !submit {
        return done(&state, &session, &tr!("cycles-draft-saved"), &to).await;
    }
    // The report as saved (its new version), for the submission and for showing it again.
    let ctx = app::reports::visible(&state, &session.user, cycle_id, city).await?;
    match app::reports::submit(&state, &session.user, &ctx).await {
        Ok(_) => done(&state, &session, &tr!("cycles-report-submitted"), &to).await,
        Err(e) => {
            let (_, message) = refusal(e)?;
            // Show the saved draft (with its new version) and why it could not be submitted.
            let form = form_of(&ctx.report);
            refuse(
                &ctx,
                form,
                tr!("cycles-draft-saved-not-submitted", reason = message),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

#[derive(Deserialize)]
struct CheckForm {
    status: String,
    #[serde(default)]
    question: Option<String>,
}

/// The secretariat verifies or queries one figure from the report page.
async fn check_figure(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids((Id(cycle_id), Id(city), code)): Ids<(Id, Id, String)>,
    CsrfForm(form): CsrfForm<CheckForm>,
) -> Result<Response, PageError> {
    let session = &page.0;
    let ctx = app::reports::visible(&state, &session.user, cycle_id, city).await?;
    let decided = crate::domain::figures::Decision::parse(&form.status, form.question.as_deref())
        .map_err(|(field, message)| AppError::invalid(field, message));
    let outcome = match decided {
        Ok(decision) => app::reports::check_figure(&state, page.staff(), &ctx, &code, decision).await,
        Err(e) => Err(e),
    };
    match outcome {
        Ok(f) => {
            let said = match f.status {
                crate::domain::figures::CheckStatus::Verified => tr!("cycles-figure-verified", code = code.as_str()),
                _ => tr!("cycles-figure-queried", code = code.as_str()),
            };
            done(
                &state,
                session,
                &said,
                &format!("/cycles/{cycle_id}/reports/{city}#check-{code}"),
            )
            .await
        }
        Err(e) => {
            let (status, message) = refusal(e)?;
            let view = render_report(&state, session, &ctx, form_of(&ctx.report), Some(message)).await?;
            Ok((status, view).into_response())
        }
    }
}

/// The city answers a question about a figure from the report page, with a corrected figure if the
/// year or a value was changed.
async fn answer_query(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids((Id(cycle_id), Id(city), code)): Ids<(Id, Id, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let ctx = app::reports::visible(&state, &session.user, cycle_id, city).await?;
    app::reports::require_writer(&session.user, &ctx)
        .map_err(|_| PageError(AppError::forbidden(tr!("cycles-only-city-answers"))))?;
    let answer = fields
        .iter()
        .find(|(k, _)| k == "answer")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let before = ctx.report.content.statistics.get(&code).cloned().unwrap_or_default();
    let mut figure = before.clone();
    let mut problems = Vec::new();
    for (k, v) in &fields {
        if k == "year" {
            match read_year(v) {
                Ok(y) => figure.year = y,
                Err(e) => problems.push(e),
            }
        } else if let Some(b) = k.strip_prefix("v.") {
            match read_value(b, v) {
                Ok(Some(n)) => {
                    figure.values.insert(b.to_owned(), n);
                }
                Ok(None) => {
                    figure.values.remove(b);
                }
                Err(e) => problems.push(e),
            }
        }
    }
    if !figure.values.is_empty() {
        figure.not_available = None;
    }
    let outcome = if problems.is_empty() {
        let corrected = (figure != before).then_some(figure);
        app::reports::answer_query(&state, &session.user, &ctx, &code, &answer, corrected).await
    } else {
        Err(AppError::invalid(code.clone(), join_clauses(&problems)))
    };
    match outcome {
        Ok(_) => {
            done(
                &state,
                &session,
                &tr!("cycles-answer-sent", code = code.as_str()),
                &format!("/cycles/{cycle_id}/reports/{city}#m-{code}"),
            )
            .await
        }
        Err(e) => {
            let (status, message) = refusal(e)?;
            let view = render_report(&state, &session, &ctx, form_of(&ctx.report), Some(message)).await?;
            Ok((status, view).into_response())
        }
    }
}

/// "Remind now": an e-mail to every expert of the cycle with ratings still to submit.
async fn remind(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<Confirmed>,
) -> Result<Response, PageError> {
    let cycle = app::cycles::open(&state, page.staff(), id).await?;
    if form.confirm != "yes" && cycle.state == CycleState::Reviewing {
        let behind = app::cycles::page(&state, page.staff(), cycle.id)
            .await?
            .ratings
            .map(|r| r.behind)
            .unwrap_or_default();
        let mut consequences = vec![tr!("cycles-remind-confirm", count = behind.len())];
        consequences.extend(
            behind
                .iter()
                .map(|(name, n)| tr!("cycles-remind-confirm-expert", name = name.as_str(), count = *n)),
        );
        return Ok(crate::views::layout::confirm(
            &page.shell(),
            &crate::views::layout::Confirm {
                title: tr!("cycles-remind-confirm-title", cycle = cycle.name.as_str()),
                consequences,
                action: format!("/cycles/{}/remind", cycle.id),
                fields: vec![],
                button: tr!("cycles-remind-confirm-button"),
                cancel: format!("/cycles/{}", cycle.id),
                csrf: &page.0.csrf_token,
            },
        )
        .into_response());
    }
    match app::cycles::remind(&state, page.staff(), cycle.id, None).await {
        Ok(n) => {
            done(
                &state,
                &page.0,
                &tr!("cycles-reminders-queued", count = n),
                &format!("/cycles/{}", cycle.id),
            )
            .await
        }
        Err(AppError::Conflict { .. }) => {
            let msg = tr!("cycles-remind-not-in-review");
            Ok((
                StatusCode::CONFLICT,
                render_cycle(&state, &page, cycle.id, Some(&msg)).await?,
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// The secretariat's download of every rating of a cycle, with reviewers' names (the API's answer).
async fn ratings_csv(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
) -> Result<Response, PageError> {
    crate::web::api::consensus::ratings_csv_for(&state, page.staff(), id)
        .await
        .map_err(PageError)
}
