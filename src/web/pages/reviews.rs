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
use crate::tr;
use crate::views::reviews::{
    BundleRow, ChairRow, CommentView, DiscussionView, GuidanceBlock, GuidanceView, ItemView, OtherView, PastRow,
    ReviewView, history, home, review, round_text,
};
use crate::views::words;
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SignedIn, shell_for};
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reviews/{cycle}/{city}/{panel}", get(bundle_page))
        .route("/items/{id}/rating", post(rate))
        .route("/items/{id}/draft", post(autosave))
        .route("/items/{id}/comments", post(comment))
        .route("/history", get(history_page))
        .route("/cycles/{id}/guidance", get(guidance_page))
        .route("/cycles/{id}/guidance/{code}", post(save_guidance))
}

async fn guidance_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
) -> Result<Markup, PageError> {
    let (cycle, g) = app::workspace::guidance(&state, &session.user, id).await?;
    let blocks: Vec<GuidanceBlock> = g
        .into_iter()
        .map(|m| GuidanceBlock {
            code: m.code,
            name: m.name,
            levels: m
                .levels
                .into_iter()
                .map(|l| (l.score.value(), words::score(l.score), l.text, l.custom))
                .collect(),
        })
        .collect();
    let editable = session.user.actor().is_secretariat() && cycle.state < crate::domain::cycle::CycleState::Published;
    Ok(crate::views::reviews::guidance_page(
        &shell_for(Some(&session)),
        cycle.id,
        &cycle.name,
        &blocks,
        editable,
        &session.csrf_token,
    ))
}

async fn save_guidance(
    State(state): State<AppState>,
    p: crate::web::auth::session::SecretariatPage,
    Ids((Id(id), code)): Ids<(Id, String)>,
    CsrfForm(form): CsrfForm<std::collections::HashMap<String, String>>,
) -> Result<Response, PageError> {
    let levels: Vec<(i64, String)> = (1..=5)
        .filter_map(|s| form.get(&format!("level_{s}")).map(|t| (s, t.clone())))
        .collect();
    let back = format!("/cycles/{id}/guidance#g-{code}");
    match app::workspace::set_guidance(&state, p.staff(), id, &code, &levels).await {
        Ok(_) => {
            let message = tr!("reviews-guidance-saved", code = code.as_str());
            done(&state, &p.0, &message, &back).await
        }
        Err(e) => {
            let (_, message) = super::refusal(e)?;
            done(&state, &p.0, &tr!("reviews-not-saved", message = message), &back).await
        }
    }
}

/// An item's discussion as the pages show it.
pub(crate) fn discussion_view(item_id: i32, d: app::workspace::Discussion, zone: Option<&str>) -> DiscussionView {
    DiscussionView {
        item_id,
        open: d.open,
        comments: d
            .comments
            .into_iter()
            .map(|c| CommentView {
                author: c.author,
                mine: c.mine,
                round: c.round,
                body: c.body,
                at: deadline(Some(c.at), zone),
            })
            .collect(),
    }
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
            round: round_text(b.round),
            deadline: deadline(b.deadline, session.user.time_zone.as_deref()),
        })
        .collect();
    let chaired: Vec<ChairRow> = app::workspace::chaired_panels(state, &session.user)
        .await?
        .into_iter()
        .map(|c| {
            let queue = format!("/cycles/{}/reconcile?panel={}", c.cycle_id, c.panel_id);
            ChairRow {
                cycle: c.cycle,
                panel: c.panel,
                counts: c
                    .counts
                    .iter()
                    .map(|(s, n)| (words::queue_status(*s), *n, format!("{queue}&status={}", s.as_str())))
                    .collect(),
                to_moderate: c.to_moderate,
                moderate_href: format!("{queue}&status=moderation"),
                without_statement: c.without_statement,
                write_href: c
                    .first_without_statement
                    .map(|id| format!("/reconcile/items/{id}#statement")),
                queue_href: queue,
            }
        })
        .collect();
    Ok(home(&shell_for(Some(session)), &rows, &chaired))
}

async fn history_page(State(state): State<AppState>, SignedIn(session): SignedIn) -> Result<Markup, PageError> {
    if session.user.role != crate::domain::user::Role::Expert {
        return Err(PageError(AppError::forbidden(tr!("reviews-history-forbidden"))));
    }
    let rows: Vec<PastRow> = app::workspace::history(&state, &session.user)
        .await?
        .into_iter()
        .map(|p| PastRow {
            cycle: p.cycle,
            city: p.city,
            measurement: p.measurement,
            name: p.measurement_name,
            mine: tr!(
                "reviews-history-mine",
                score = p.score.value(),
                label = words::score(p.score),
                round = p.round
            ),
            justification: p.justification,
            consensus: p
                .consensus
                .map(|c| format!("{} {}", c.value(), words::score(c)))
                .unwrap_or_else(|| "—".into()),
        })
        .collect();
    Ok(history(&shell_for(Some(&session)), &rows))
}

/// What was typed in one rating form (score, justification, confidence), shown again on refusal.
type Typed = Option<(String, String, String)>;

/// A refusal of one item's form: the message, what was typed, and whether it was a conflict (the
/// rating changed elsewhere: the saved version is shown beside the typed one).
type Refused = (i32, String, Typed, bool);

/// The review page of a bundle, for one of its reviewers; `errors` are per item (after a refusal).
async fn render(
    state: &AppState,
    session: &Session,
    ids: (i32, i32, i32),
    errors: &[Refused],
) -> Result<Markup, PageError> {
    let zone = session.user.time_zone.as_deref();
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
                        tr!("reviews-not-revised-yet", reviewer = o.reviewer, round = o.round)
                    } else {
                        o.reviewer
                    },
                    score: o.score.value(),
                    justification: o.justification,
                })
                .collect();
            let error = errors.iter().find(|(i, _, _, _)| *i == b.item.id);
            let typed = error.and_then(|(_, _, t, _)| t.clone());
            let conflict = error.is_some_and(|(_, _, _, c)| *c);
            // A revision starts from the reviewer's own rating of the round before.
            let mine = b.mine.as_ref().or(b.previous.as_ref().filter(|_| b.open));
            ItemView {
                id: b.item.id,
                code: b.item.measurement.clone(),
                name: b.name,
                definition: b.definition,
                self_score: b.narrative.as_ref().and_then(|n| n.self_score),
                last_cycle: b.last_cycle.map(|p| (p.cycle, p.score.value(), p.feedback, p.actions)),
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
                version: b.mine.as_ref().map_or(0, |r| r.version),
                others,
                error: error.map(|(_, e, _, _)| e.clone()),
                round: b.round,
                my_label: b.my_label,
                previous: b.previous.as_ref().map(|r| (r.score.value(), r.justification.clone())),
                saved: b
                    .mine
                    .as_ref()
                    .filter(|_| conflict)
                    .map(|r| (r.score.value(), r.justification.clone())),
                guidance: b
                    .guidance
                    .iter()
                    .map(|g| GuidanceView {
                        score: g.score.value(),
                        label: words::score(g.score),
                        text: g.text.clone(),
                    })
                    .collect(),
                discussion: b.discussion.map(|d| discussion_view(b.item.id, d, zone)),
            }
        })
        .collect();
    Ok(review(
        &shell_for(Some(session)),
        &ReviewView {
            language: page.language.as_deref(),
            cycle_id: page.cycle.id,
            cycle: &page.cycle.name,
            city: &page.city,
            panel: &page.panel,
            round: page.round.filter(|_| page.open).map(round_text),
            deadline: deadline(page.deadline, zone),
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
        .map_err(|_| PageError(AppError::forbidden(tr!("reviews-rate-forbidden"))))?;
    let item = &access.item;
    let ids = (item.cycle_id, item.city_id, item.panel_id);
    let back = format!("/reviews/{}/{}/{}", item.cycle_id, item.city_id, item.panel_id);
    let typed = Some((form.score.clone(), form.justification.clone(), form.confidence.clone()));
    let refused = |message: String, status: StatusCode| {
        let (state, session) = (&state, &session);
        async move {
            let conflict = status == StatusCode::CONFLICT;
            let page = render(state, session, ids, &[(item.id, message, typed, conflict)]).await?;
            Ok::<Response, PageError>((status, page).into_response())
        }
    };
    let Ok(score) = form.score.trim().parse::<i64>() else {
        return refused(tr!("reviews-choose-score"), StatusCode::UNPROCESSABLE_ENTITY).await;
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
                tr!("reviews-rating-submitted")
            } else {
                tr!("reviews-draft-saved")
            };
            done(&state, &session, &msg, &format!("{back}#item-{}", item.id)).await
        }
        Err(AppError::Conflict { message, .. }) => refused(message, StatusCode::CONFLICT).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct DraftForm {
    #[serde(default)]
    score: String,
    #[serde(default)]
    justification: String,
    #[serde(default)]
    confidence: String,
    #[serde(default)]
    version: i32,
}

/// The review page's autosave (its script): a draft saved as typed, answered in JSON with the new
/// version, or the refusal's message (the same rules as the form's "Save draft").
async fn autosave(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<Response, AppError> {
    let access = app::reviews::visible_item(&state, &session.user, id).await?;
    app::reviews::require_reviewer(&access)?;
    let score = form
        .score
        .trim()
        .parse::<i64>()
        .map_err(|_| AppError::invalid("score", tr!("reviews-choose-score-field")))?;
    let confidence = Some(form.confidence.as_str()).filter(|c| !c.is_empty());
    let input = app::reviews::parse_rating(&access.cycle, score, &form.justification, confidence, false)?;
    let version = Some(form.version).filter(|v| *v > 0);
    let saved = app::reviews::save_rating(&state, &session.user, &access, input, version).await?;
    Ok(axum::Json(serde_json::json!({"version": saved.version, "submitted": saved.submitted})).into_response())
}

#[derive(Deserialize)]
struct CommentForm {
    #[serde(default)]
    body: String,
}

/// A comment in an item's discussion, from the review page or the chair's item page; back to where
/// the writer reads the item.
async fn comment(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<CommentForm>,
) -> Result<Response, PageError> {
    let access = app::reviews::visible_item(&state, &session.user, id).await?;
    let item = &access.item;
    let back = if access.is_reviewer {
        format!(
            "/reviews/{}/{}/{}#d-{}",
            item.cycle_id, item.city_id, item.panel_id, item.id
        )
    } else {
        format!("/reconcile/items/{}#d-{}", item.id, item.id)
    };
    match app::workspace::comment(&state, &session.user, &access, &form.body).await {
        Ok(_) => done(&state, &session, &tr!("reviews-comment-added"), &back).await,
        Err(e) => {
            let (_, message) = super::refusal(e)?;
            done(
                &state,
                &session,
                &tr!("reviews-comment-not-added", message = message),
                &back,
            )
            .await
        }
    }
}
