//! The expert's review pages: their bundles, and a bundle's measurements with the rating forms.
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use maud::Markup;
use serde::Deserialize;

use super::done;
use crate::app::{self, AppError};
use crate::format::deadline;
use crate::read::Session;
use crate::views::reviews::{BundleRow, ItemView, OtherView, ReviewView, home, review};
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SignedIn, shell_for};
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reviews/{cycle}/{city}/{panel}", get(bundle_page))
        .route("/items/{id}/rating", post(rate))
}

/// The expert's home page: their bundles under review, with progress and deadline.
pub async fn expert_home(state: &AppState, session: &Session) -> Result<Markup, PageError> {
    let rows: Vec<BundleRow> = app::reviews::my_bundles(state, &session.user)
        .await?
        .into_iter()
        .map(|b| BundleRow {
            href: format!("/reviews/{}/{}/{}", b.cycle_id, b.city_id, b.panel_id),
            cycle: b.cycle,
            city: b.city,
            panel: b.panel,
            rated: b.rated,
            total: b.total,
            deadline: deadline(b.deadline, session.user.time_zone.as_deref()),
        })
        .collect();
    Ok(home(&shell_for(Some(session)), &rows))
}

/// What was typed in one rating form (score, justification, confidence), shown again on refusal.
type Typed = Option<(String, String, String)>;

/// The review page of a bundle, for one of its reviewers; `errors` are per item (after a refusal).
async fn render(
    state: &AppState,
    session: &Session,
    ids: (i32, i32, i32),
    errors: &[(i32, String, Typed)],
) -> Result<Markup, PageError> {
    let (cycle_id, city_id, panel_id) = ids;
    let page = app::reviews::bundle_page(state, &session.user, cycle_id, city_id, panel_id).await?;
    let items = page
        .items
        .into_iter()
        .map(|b| {
            let submitted = b.mine.as_ref().is_some_and(|r| r.submitted);
            let others = b
                .others
                .into_iter()
                .map(|o| OtherView {
                    // Marked only next to this round's ratings (after one's own revision): before it,
                    // every rating shown is the previous round's, which the page says.
                    reviewer: if submitted && o.round < b.round {
                        format!("{} (round {}, not revised yet)", o.reviewer, o.round)
                    } else {
                        o.reviewer
                    },
                    score: o.score.value(),
                    justification: o.justification,
                })
                .collect();
            let error = errors.iter().find(|(i, _, _)| *i == b.item.id);
            let typed = error.and_then(|(_, _, t)| t.clone());
            let mine = b.mine.as_ref();
            ItemView {
                id: b.item.id,
                code: b.item.measurement.clone(),
                name: b.name,
                definition: b.definition,
                narrative: b.narrative.map(|n| (n.text, n.evidence_links)),
                score: match &typed {
                    Some((s, _, _)) => s.parse().ok(),
                    None => mine.map(|r| r.score.value()),
                },
                justification: match &typed {
                    Some((_, j, _)) => j.clone(),
                    None => mine.map(|r| r.justification.clone()).unwrap_or_default(),
                },
                confidence: match &typed {
                    Some((_, _, c)) => c.clone(),
                    None => mine
                        .and_then(|r| r.confidence)
                        .map(|c| c.as_str().to_owned())
                        .unwrap_or_default(),
                },
                submitted,
                open: b.open,
                version: mine.map_or(0, |r| r.version),
                others,
                error: error.map(|(_, e, _)| e.clone()),
            }
        })
        .collect();
    Ok(review(
        &shell_for(Some(session)),
        &ReviewView {
            cycle: &page.cycle.name,
            city: &page.city,
            panel: &page.panel,
            deadline: deadline(page.deadline, session.user.time_zone.as_deref()),
            open: page.open,
            min_chars: page.cycle.min_justification_chars,
            items,
            csrf: &session.csrf_token,
        },
    ))
}

async fn bundle_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids((Id(cycle), Id(city), Id(panel))): Ids<(Id, Id, Id)>,
) -> Result<Markup, PageError> {
    render(&state, &session, (cycle, city, panel), &[]).await
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
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<RateForm>,
) -> Result<Response, PageError> {
    let access = app::reviews::visible_item(&state, &session.user, id).await?;
    app::reviews::require_reviewer(&access)
        .map_err(|_| PageError(AppError::forbidden("Only the item's reviewers rate it.")))?;
    let item = &access.item;
    let ids = (item.cycle_id, item.city_id, item.panel_id);
    let back = format!("/reviews/{}/{}/{}", item.cycle_id, item.city_id, item.panel_id);
    let typed = Some((form.score.clone(), form.justification.clone(), form.confidence.clone()));
    let refused = |message: String, status: StatusCode| {
        let (state, session) = (&state, &session);
        async move {
            let page = render(state, session, ids, &[(item.id, message, typed)]).await?;
            Ok::<Response, PageError>((status, page).into_response())
        }
    };
    let Ok(score) = form.score.trim().parse::<i64>() else {
        return refused("Choose a score.".to_owned(), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let confidence = Some(form.confidence.as_str()).filter(|c| !c.is_empty());
    let input = match app::reviews::parse_rating(
        &access.cycle,
        score,
        &form.justification,
        confidence,
        form.action == "submit",
    ) {
        Ok(input) => input,
        Err(e) => return refused(e.to_string(), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let version = Some(form.version).filter(|v| *v > 0);
    match app::reviews::save_rating(&state, &session.user, &access, input, version).await {
        Ok(r) => {
            let msg = if r.submitted {
                "Your rating is submitted."
            } else {
                "Draft saved."
            };
            done(&state, &session, msg, &format!("{back}#item-{}", item.id)).await
        }
        Err(AppError::Conflict { message, .. }) => refused(message, StatusCode::CONFLICT).await,
        Err(e) => Err(e.into()),
    }
}
