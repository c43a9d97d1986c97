//! The expert's review pages: their bundles, and a bundle's measurements with the rating forms.
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::Markup;
use serde::Deserialize;

use crate::domain::visibility::Access;
use crate::startup::AppState;
use crate::store::{self, StoreError, cycles::Cycle, sessions::Session};
use crate::views::cycles::date;
use crate::views::reviews::{BundleRow, ItemView, OtherView, ReviewView, home, review};
use crate::web::api::items::{parse_rating, visible_item};
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SignedIn, shell_for};
use crate::web::error::{AppError, PageError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reviews/{cycle}/{city}/{panel}", get(bundle_page))
        .route("/items/{id}/rating", post(rate))
}

/// The expert's home page: their bundles under review, with progress and deadline.
pub async fn expert_home(state: &AppState, session: &Session) -> Result<Markup, PageError> {
    let mut rows: Vec<BundleRow> = Vec::new();
    let mut cycles: std::collections::HashMap<i32, Option<Cycle>> = std::collections::HashMap::new();
    let mut cities: std::collections::HashMap<i32, String> = std::collections::HashMap::new();
    for (item, mine) in store::ratings::items_of_expert(&state.db, session.user.id).await? {
        if let std::collections::hash_map::Entry::Vacant(slot) = cycles.entry(item.cycle_id) {
            slot.insert(store::cycles::get_core(&state.db, item.cycle_id).await?);
        }
        let Some(Some(cycle)) = cycles.get(&item.cycle_id) else {
            continue;
        };
        let Some((round, deadline)) = store::ratings::current_round(cycle, &item) else {
            continue;
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = cities.entry(item.city_id) {
            let name = store::cities::get(&state.db, item.city_id)
                .await?
                .map(|c| c.name)
                .unwrap_or_default();
            slot.insert(name);
        }
        let href = format!("/reviews/{}/{}/{}", item.cycle_id, item.city_id, item.panel_id);
        let done = mine.is_some_and(|r| r.round == round && r.submitted);
        match rows.iter_mut().find(|r| r.href == href) {
            Some(row) => {
                row.total += 1;
                row.rated += usize::from(done);
            }
            None => rows.push(BundleRow {
                href,
                cycle: cycle.name.clone(),
                city: cities.get(&item.city_id).cloned().unwrap_or_default(),
                panel: cycle
                    .panels
                    .iter()
                    .find(|p| p.id == item.panel_id)
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
                rated: usize::from(done),
                total: 1,
                deadline: date(deadline),
            }),
        }
    }
    Ok(home(&shell_for(Some(session)), &rows))
}

fn id(raw: &str) -> Result<i32, PageError> {
    raw.parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(PageError(AppError::NotFound("page")))
}

/// What was typed in one rating form (score, justification, confidence), shown again on refusal.
type Typed = Option<(String, String, String)>;

/// The review page of a bundle, for one of its reviewers; `errors` are per item (after a refusal).
async fn render(
    state: &AppState,
    session: &Session,
    cycle_id: i32,
    city_id: i32,
    panel_id: i32,
    errors: &[(i32, String, Typed)],
) -> Result<Markup, PageError> {
    let hidden = || PageError(AppError::NotFound("page"));
    let cycle = store::cycles::get_core(&state.db, cycle_id).await?.ok_or_else(hidden)?;
    // Before review the city's report is not the reviewers' to read, even once they are assigned.
    if cycle.state < crate::domain::cycle::CycleState::Reviewing {
        return Err(hidden());
    }
    if !store::assignment::is_assigned(&state.db, cycle_id, city_id, session.user.id).await? {
        return Err(hidden());
    }
    let panel = cycle.panels.iter().find(|p| p.id == panel_id).ok_or_else(hidden)?;
    let city = store::cities::get(&state.db, city_id).await?.ok_or_else(hidden)?;
    let framework = state.framework_of(&cycle)?;
    let report = store::submissions::get(&state.db, cycle_id, city_id).await?;
    let mut items = Vec::new();
    let mut page_round: Option<(i16, Option<time::OffsetDateTime>)> = None;
    for item in store::ratings::items_of_cycle(&state.db, cycle_id).await? {
        if item.city_id != city_id || item.panel_id != panel_id {
            continue;
        }
        let reviewers = store::ratings::reviewers(&state.db, &item).await?;
        if !reviewers.contains(&session.user.id) {
            return Err(hidden());
        }
        let round_now = store::ratings::current_round(&cycle, &item);
        // The page's round and deadline are those of its first open item.
        if page_round.is_none() {
            page_round = round_now;
        }
        let round = round_now.map_or(item.round, |(r, _)| r);
        let ratings = store::ratings::ratings_of(&state.db, item.id).await?;
        let mine = ratings.iter().find(|r| r.expert == session.user.id && r.round == round);
        let submitted = mine.is_some_and(|r| r.submitted);
        let (others, _median) = store::ratings::others_for(&ratings, &session.user.actor(), round, true, false);
        let others = others
            .into_iter()
            .map(|o| OtherView {
                // Marked only next to this round's ratings (after one's own revision): before it,
                // every rating shown is the previous round's, which the page says.
                reviewer: if submitted && o.round < round {
                    format!("{} (round {}, not revised yet)", o.reviewer, o.round)
                } else {
                    o.reviewer
                },
                score: o.score,
                justification: o.justification,
            })
            .collect();
        let m = framework.measurement(&item.measurement);
        let error = errors.iter().find(|(i, _, _)| *i == item.id);
        let typed = error.and_then(|(_, _, t)| t.clone());
        items.push(ItemView {
            id: item.id,
            code: item.measurement.clone(),
            name: m.map(|m| m.name.clone()).unwrap_or_default(),
            definition: m.map(|m| m.definition.clone()).unwrap_or_default(),
            narrative: report
                .as_ref()
                .and_then(|r| r.content.narratives.get(&item.measurement))
                .map(|n| (n.text.clone(), n.evidence_links.clone())),
            score: match &typed {
                Some((s, _, _)) => s.parse().ok(),
                None => mine.map(|r| r.score),
            },
            justification: match &typed {
                Some((_, j, _)) => j.clone(),
                None => mine.map(|r| r.justification.clone()).unwrap_or_default(),
            },
            confidence: match &typed {
                Some((_, _, c)) => c.clone(),
                None => mine.and_then(|r| r.confidence.clone()).unwrap_or_default(),
            },
            submitted,
            open: round_now.is_some_and(|(_, d)| d.is_none_or(|d| store::now() <= d)),
            version: mine.map_or(0, |r| r.version),
            others,
            error: error.map(|(_, e, _)| e.clone()),
        });
    }
    Ok(review(
        &shell_for(Some(session)),
        &ReviewView {
            cycle: &cycle.name,
            city: &city.name,
            panel: &panel.name,
            deadline: date(page_round.and_then(|(_, d)| d).or(cycle.deadlines.review)),
            open: page_round.is_some_and(|(_, d)| d.is_none_or(|d| store::now() <= d)),
            min_chars: cycle.min_justification_chars,
            items,
            csrf: &session.csrf_token,
        },
    ))
}

async fn bundle_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path((cycle, city, panel)): Path<(String, String, String)>,
) -> Result<Markup, PageError> {
    render(&state, &session, id(&cycle)?, id(&city)?, id(&panel)?, &[]).await
}

#[derive(Deserialize)]
struct RateForm {
    #[serde(default)]
    score: String,
    #[serde(default)]
    justification: String,
    #[serde(default)]
    confidence: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    version: i32,
}

async fn rate(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(raw): Path<String>,
    CsrfForm(form): CsrfForm<RateForm>,
) -> Result<Response, PageError> {
    let seen = visible_item(&state, &session.user, &raw).await?;
    let review_started = seen.cycle.state >= crate::domain::cycle::CycleState::Reviewing;
    if !seen.is_reviewer
        || session
            .user
            .actor()
            .item_access(seen.is_reviewer, seen.is_chair, review_started)
            != Access::Allowed
    {
        return Err(PageError(AppError::forbidden("Only the item's reviewers rate it.")));
    }
    let item = &seen.item;
    let back = format!("/reviews/{}/{}/{}", item.cycle_id, item.city_id, item.panel_id);
    let typed = Some((form.score.clone(), form.justification.clone(), form.confidence.clone()));
    // Ok(redirect), or the reason to show the page again with what was typed.
    let outcome: Result<Response, (String, StatusCode)> = async {
        let score = form
            .score
            .trim()
            .parse::<i64>()
            .map_err(|_| ("Choose a score.".to_owned(), StatusCode::UNPROCESSABLE_ENTITY))?;
        let confidence = Some(form.confidence.as_str()).filter(|c| !c.is_empty());
        let input = parse_rating(
            &form.justification,
            score,
            confidence,
            form.action == "submit",
            &seen.cycle,
        )
        .map_err(|e| (e.to_string(), StatusCode::UNPROCESSABLE_ENTITY))?;
        let version = Some(form.version).filter(|v| *v > 0);
        match store::ratings::save(&state.db, &seen.cycle, item, session.user.id, input, version).await {
            Ok(r) => {
                let msg = if r.submitted {
                    "Your rating is submitted."
                } else {
                    "Draft saved."
                };
                store::sessions::set_flash(&state.db, session.id, msg)
                    .await
                    .map_err(|e| (e.to_string(), StatusCode::INTERNAL_SERVER_ERROR))?;
                Ok(Redirect::to(&format!("{back}#item-{}", item.id)).into_response())
            }
            Err(StoreError::Conflict { message, .. }) => Err((message, StatusCode::CONFLICT)),
            Err(e) => Err((e.to_string(), StatusCode::INTERNAL_SERVER_ERROR)),
        }
    }
    .await;
    match outcome {
        Ok(response) => Ok(response),
        Err((message, StatusCode::INTERNAL_SERVER_ERROR)) => {
            Err(PageError(AppError::Internal(anyhow::anyhow!(message))))
        }
        Err((message, status)) => {
            let page = render(
                &state,
                &session,
                item.cycle_id,
                item.city_id,
                item.panel_id,
                &[(item.id, message, typed)],
            )
            .await?;
            Ok((status, page).into_response())
        }
    }
}
