//! The reviewer's and the chair's workspace beyond rating itself: scoring guidance, the discussion
//! of a disagreement, the chair's overview of their panels with the statement editor's order, and
//! an expert's history of past cycles.
use std::collections::BTreeMap;

use time::OffsetDateTime;

use super::reviews::ItemAccess;
use super::{App, AppError, AppResult, Staff};
use crate::domain::cycle::CycleState;
use crate::domain::discussion::{self, Author, CommentBody};
use crate::domain::guidance::{self, Level};
use crate::domain::item::QueueStatus;
use crate::domain::score::Score;
use crate::domain::user::Role;
use crate::domain::visibility::letters;
use crate::read::{Cycle, User};
use crate::store;
use crate::tr;

// ---- Scoring guidance ----

/// What each score level means for one measurement of a cycle.
pub struct MeasurementGuidance {
    pub code: String,
    pub name: String,
    pub levels: Vec<Level>,
}

/// Whether `caller` may read a cycle's guidance: the secretariat, and the experts on its panels
/// (members or chairs); cities may not (403), other experts do not know the cycle (404).
fn may_read_guidance(caller: &User, cycle: Option<&Cycle>) -> AppResult<()> {
    let actor = caller.actor();
    if !(actor.is_secretariat() || caller.role == Role::Expert) {
        return Err(AppError::forbidden(tr!("error-guidance-forbidden")));
    }
    let Some(cycle) = cycle else {
        return Err(AppError::NotFound("cycle"));
    };
    let on_a_panel = cycle
        .panels
        .iter()
        .any(|p| p.members.contains(&caller.id) || p.chair == Some(caller.id));
    if actor.is_secretariat() || on_a_panel {
        Ok(())
    } else {
        Err(AppError::NotFound("cycle"))
    }
}

/// The guidance of every measurement the cycle reviews, in the framework's order.
pub fn guidance_of(app: &App, cycle: &Cycle, custom: &[(String, u8, String)]) -> AppResult<Vec<MeasurementGuidance>> {
    let framework = app.framework_of(cycle)?;
    let reviewed = cycle.reviewed_measurements();
    Ok(framework
        .measurements()
        .filter(|m| reviewed.contains(m.code.as_str()))
        .map(|m| {
            let own: Vec<(u8, String)> = custom
                .iter()
                .filter(|(code, _, _)| code == m.code.as_str())
                .map(|(_, s, t)| (*s, t.clone()))
                .collect();
            MeasurementGuidance {
                code: m.code.as_str().to_owned(),
                name: m.name.clone(),
                levels: guidance::levels(&own),
            }
        })
        .collect())
}

/// A cycle's scoring guidance, for its experts and the secretariat.
pub async fn guidance(app: &App, caller: &User, cycle_id: i32) -> AppResult<(Cycle, Vec<MeasurementGuidance>)> {
    let cycle = store::cycles::get(&app.db, cycle_id).await?;
    may_read_guidance(caller, cycle.as_ref())?;
    let cycle = cycle.ok_or(AppError::NotFound("cycle"))?;
    let custom = store::guidance::of_cycle(&app.db, cycle.id).await?;
    let out = guidance_of(app, &cycle, &custom)?;
    Ok((cycle, out))
}

/// The secretariat writes a measurement's guidance for a cycle: `levels` are (score, text), an empty
/// text restoring the default. Levels not given keep their text. Until publication: the published
/// results were reached with the guidance as it then was.
pub async fn set_guidance(
    app: &App,
    staff: &Staff,
    cycle_id: i32,
    code: &str,
    levels: &[(i64, String)],
) -> AppResult<MeasurementGuidance> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    if cycle.state >= CycleState::Published {
        return Err(AppError::conflict(
            "cycle_state",
            tr!("error-guidance-frozen", state = cycle.state.in_message()),
        ));
    }
    if !cycle.reviewed_measurements().contains(code) {
        return Err(AppError::NotFound("measurement"));
    }
    let mut parsed: BTreeMap<u8, Option<String>> = BTreeMap::new();
    for (score, text) in levels {
        let s = Score::try_from(*score).map_err(|e| AppError::invalid("levels", e))?;
        let t = guidance::parse_text(text).map_err(|e| {
            AppError::invalid(
                "levels",
                tr!(
                    "error-guidance-level",
                    level = s.value(),
                    label = crate::i18n::words::score(s),
                    problem = e
                ),
            )
        })?;
        if parsed.insert(s.value(), t).is_some() {
            return Err(AppError::invalid(
                "levels",
                tr!(
                    "error-guidance-level-twice",
                    level = s.value(),
                    label = crate::i18n::words::score(s)
                ),
            ));
        }
    }
    let txn = store::begin_write(&app.db).await?;
    let current = store::guidance::of_cycle(&txn, cycle.id).await?;
    let mut merged: BTreeMap<u8, Option<String>> = current
        .into_iter()
        .filter(|(m, _, _)| m == code)
        .map(|(_, s, t)| (s, Some(t)))
        .collect();
    merged.extend(parsed);
    let rows: Vec<(u8, Option<String>)> = merged.into_iter().collect();
    store::guidance::set(&txn, staff.actor_id(), cycle.id, code, &rows).await?;
    let custom = store::guidance::of_cycle(&txn, cycle.id).await?;
    txn.commit().await?;
    guidance_of(app, &cycle, &custom)?
        .into_iter()
        .find(|g| g.code == code)
        .ok_or(AppError::NotFound("measurement"))
}

// ---- Discussion ----

/// A comment as its viewer sees it: the author by their part, never by name.
pub struct Comment {
    pub id: i32,
    pub author: String,
    pub mine: bool,
    pub round: i16,
    pub body: String,
    pub at: OffsetDateTime,
}

/// An item's discussion as `caller` sees it, and whether it takes comments now.
pub struct Discussion {
    pub open: bool,
    pub comments: Vec<Comment>,
}

/// Who the item's discussion involves: its reviewers in force, its letters, its panel's chair.
struct Parties {
    reviewers: Vec<i32>,
    letters: Vec<i32>,
    chair: Option<i32>,
}

async fn parties<C: sea_orm::ConnectionTrait>(conn: &C, access: &ItemAccess) -> AppResult<Parties> {
    let reviewers = store::ratings::reviewers(conn, &access.item).await?;
    let ratings = store::ratings::ratings_of(conn, access.item.id).await?;
    Ok(Parties {
        reviewers,
        letters: letters(&ratings),
        chair: access.cycle.panel(access.item.panel_id).and_then(|p| p.chair),
    })
}

fn label(rows: Vec<store::comments::CommentRow>, viewer: i32, p: &Parties) -> Vec<Comment> {
    rows.into_iter()
        .map(|c| Comment {
            id: c.id,
            author: crate::i18n::words::author(Author::of(c.author_id, viewer, &p.letters, &p.reviewers, p.chair)),
            mine: c.author_id == viewer,
            round: c.round,
            body: c.body,
            at: c.created_at,
        })
        .collect()
}

/// The item's discussion, for whoever may see the item (its reviewers, its panel's chair, the
/// secretariat: `visible_item` decided).
pub async fn discussion(app: &App, caller: &User, access: &ItemAccess) -> AppResult<Discussion> {
    let p = parties(&app.db, access).await?;
    let rows = store::comments::of_item(&app.db, access.item.id).await?;
    Ok(Discussion {
        open: discussion::is_open(access.cycle.state, access.item.stage),
        comments: label(rows, caller.id, &p),
    })
}

/// Adds a comment to an item's discussion (open in a revision round or in moderation), and tells
/// the item's other reviewers and its chair, each by their own link.
pub async fn comment(app: &App, caller: &User, access: &ItemAccess, body: &str) -> AppResult<Comment> {
    let body = CommentBody::parse(body).map_err(|e| AppError::invalid("body", e))?;
    let txn = store::begin_write(&app.db).await?;
    let item = store::lock_item(&txn, access.item.id).await?;
    let cycle = store::lock_cycle(&txn, &access.cycle, false).await?;
    if !discussion::is_open(cycle.state, item.stage) {
        return Err(AppError::conflict("discussion_closed", tr!("error-discussion-closed")));
    }
    let p = parties(&txn, access).await?;
    let saved = store::comments::add(&txn, item.id, caller.id, item.round, body.as_str(), store::now()).await?;
    let city = store::cities::get(&txn, item.city_id)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let mut told: Vec<i32> = p.reviewers.clone();
    if let Some(chair) = p.chair
        && !told.contains(&chair)
        && !super::reviews::in_conflict(&txn, &cycle, chair, item.city_id).await?
    {
        told.push(chair);
    }
    for user_id in told.into_iter().filter(|u| *u != caller.id) {
        let Some(user) = store::users::get(&txn, user_id).await?.filter(|u| !u.disabled) else {
            continue;
        };
        let url = if p.reviewers.contains(&user_id) {
            format!(
                "{}/reviews/{}/{}/{}#item-{}",
                app.public_url(),
                item.cycle_id,
                item.city_id,
                item.panel_id,
                item.id
            )
        } else {
            format!("{}/reconcile/items/{}", app.public_url(), item.id)
        };
        let mail = crate::mail::templates::Mail::Comment {
            cycle: cycle.name.clone(),
            city: city.clone(),
            measurement: item.measurement.clone(),
            author: Author::of(caller.id, user_id, &p.letters, &p.reviewers, p.chair),
            body: body.as_str().to_owned(),
            url,
        };
        super::notify::tell(&txn, &user, &mail, None).await?;
    }
    txn.commit().await?;
    Ok(label(vec![saved], caller.id, &p).remove(0))
}

// ---- The chair's overview and the statement editor's order ----

/// One panel a caller chairs in a cycle under review or reconciliation: its items by status.
pub struct ChairedPanel {
    pub cycle_id: i32,
    pub cycle: String,
    pub state: CycleState,
    pub panel_id: i32,
    pub panel: String,
    pub counts: Vec<(QueueStatus, usize)>,
    /// Waiting for a moderator other than the chair (items the chair reviewed go to the secretariat).
    pub to_moderate: usize,
    /// Items with a consensus and no feedback statement yet.
    pub without_statement: usize,
    /// The first item (in the editor's order) without a statement, to start writing from.
    pub first_without_statement: Option<i32>,
}

/// The panels the caller chairs in cycles from review to reconciliation, with what waits for them.
pub async fn chaired_panels(app: &App, caller: &User) -> AppResult<Vec<ChairedPanel>> {
    if caller.role != Role::Expert {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for listed in store::cycles::list_core(&app.db).await? {
        if !matches!(listed.state, CycleState::Reviewing | CycleState::Reconciling)
            || listed.chaired_by(caller.id).is_empty()
        {
            continue;
        }
        let (cycle, rows) = super::consensus::queue(app, caller, listed.id, &Default::default()).await?;
        for panel_id in cycle.chaired_by(caller.id) {
            let mine: Vec<&super::consensus::QueueRow> =
                rows.iter().filter(|r| r.summary.item.panel_id == panel_id).collect();
            let counts = QueueStatus::ALL
                .into_iter()
                .map(|s| (s, mine.iter().filter(|r| r.summary.status == s).count()))
                .collect();
            let without: Vec<&&super::consensus::QueueRow> = mine
                .iter()
                .filter(|r| {
                    r.summary
                        .consensus
                        .as_ref()
                        .is_some_and(|c| c.score.is_some() && c.feedback.is_none())
                })
                .collect();
            out.push(ChairedPanel {
                cycle_id: cycle.id,
                cycle: cycle.name.clone(),
                state: cycle.state,
                panel_id,
                panel: cycle.panel_name(panel_id),
                counts,
                to_moderate: mine
                    .iter()
                    .filter(|r| r.summary.status == QueueStatus::Moderation && !r.own_item)
                    .count(),
                without_statement: without.len(),
                first_without_statement: without.first().map(|r| r.summary.item.id),
            });
        }
    }
    Ok(out)
}

/// Where an item stands in its panel's order for the statement editor (the queue's order: city,
/// then measurement): its position, the total, and the previous and next items.
pub struct Neighbours {
    pub position: usize,
    pub total: usize,
    pub previous: Option<i32>,
    pub next: Option<i32>,
    /// The next item after this one without a statement, if any.
    pub next_without_statement: Option<i32>,
}

pub async fn neighbours(app: &App, caller: &User, access: &ItemAccess) -> AppResult<Neighbours> {
    let filter = super::consensus::QueueFilter {
        panel: Some(access.item.panel_id),
        ..Default::default()
    };
    let (_, rows) = super::consensus::queue(app, caller, access.cycle.id, &filter).await?;
    let mut ids: Vec<(String, String, i32, bool)> = rows
        .iter()
        .map(|r| {
            let needs = r
                .summary
                .consensus
                .as_ref()
                .is_some_and(|c| c.score.is_some() && c.feedback.is_none());
            (
                r.city.clone(),
                r.summary.item.measurement.clone(),
                r.summary.item.id,
                needs,
            )
        })
        .collect();
    ids.sort();
    let at = ids.iter().position(|(_, _, id, _)| *id == access.item.id);
    Ok(match at {
        Some(i) => Neighbours {
            position: i + 1,
            total: ids.len(),
            previous: i.checked_sub(1).map(|p| ids[p].2),
            next: ids.get(i + 1).map(|n| n.2),
            next_without_statement: ids[i + 1..].iter().find(|r| r.3).map(|r| r.2),
        },
        None => Neighbours {
            position: 0,
            total: ids.len(),
            previous: None,
            next: None,
            next_without_statement: None,
        },
    })
}

// ---- An expert's history ----

/// One past item of an expert: their last rating and the consensus the panel reached.
pub struct PastItem {
    pub cycle_id: i32,
    pub cycle: String,
    pub published_at: Option<OffsetDateTime>,
    pub city: String,
    pub measurement: String,
    pub measurement_name: String,
    pub score: Score,
    pub round: i16,
    pub justification: String,
    pub consensus: Option<Score>,
}

/// The caller's own ratings in published and archived cycles, newest cycle first (experts; others
/// have none). Nobody else's: the list is the caller's alone.
pub async fn history(app: &App, caller: &User) -> AppResult<Vec<PastItem>> {
    if caller.role != Role::Expert {
        return Ok(Vec::new());
    }
    let past = store::ratings::history_of_expert(&app.db, caller.id).await?;
    if past.is_empty() {
        return Ok(Vec::new());
    }
    let cities: BTreeMap<i32, String> = store::cities::list(&app.db, None)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let mut cycles: BTreeMap<i32, Option<Cycle>> = BTreeMap::new();
    let mut out = Vec::new();
    for p in past {
        if let std::collections::btree_map::Entry::Vacant(slot) = cycles.entry(p.cycle_id) {
            slot.insert(store::cycles::get_core(&app.db, p.cycle_id).await?);
        }
        let name = cycles
            .get(&p.cycle_id)
            .and_then(Option::as_ref)
            .and_then(|c| app.framework_of(c).ok())
            .and_then(|f| f.measurement(&p.item.measurement))
            .map(|m| m.name.clone())
            .unwrap_or_default();
        out.push(PastItem {
            cycle_id: p.cycle_id,
            cycle: p.cycle_name,
            published_at: p.published_at,
            city: cities.get(&p.item.city_id).cloned().unwrap_or_default(),
            measurement: p.item.measurement,
            measurement_name: name,
            score: p.score,
            round: p.round,
            justification: p.justification,
            consensus: p.consensus,
        });
    }
    out.sort_by(|a, b| {
        b.published_at
            .cmp(&a.published_at)
            .then_with(|| b.cycle_id.cmp(&a.cycle_id))
            .then_with(|| a.city.cmp(&b.city))
            .then_with(|| a.measurement.cmp(&b.measurement))
    });
    Ok(out)
}
