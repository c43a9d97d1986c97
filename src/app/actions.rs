//! A city's action plan: after publication, per measurement, what the city will do about the
//! panel's feedback; and what the next cycle's reviewers read of the last one.
use std::collections::BTreeMap;

use super::{App, AppError, AppResult};
use crate::domain::score::Score;
use crate::read::{ProfileCycle, User};
use crate::store;
use crate::tr;

/// The longest answer to one measurement, in characters.
pub const MAX_CHARS: usize = 5000;

/// The published cycle `cycle_id` of the city, for whoever may read its profile (the city's users,
/// the secretariat): 404 for a cycle that is not published for it.
async fn published(app: &App, caller: &User, city_id: i32, cycle_id: i32) -> AppResult<ProfileCycle> {
    let (_, cycles) = super::profile::profile(app, caller, city_id).await?;
    cycles
        .into_iter()
        .find(|c| c.cycle_id == cycle_id)
        .ok_or(AppError::NotFound("cycle"))
}

/// The city's action plan for a published cycle: measurement → text.
pub async fn get(app: &App, caller: &User, city_id: i32, cycle_id: i32) -> AppResult<BTreeMap<String, String>> {
    published(app, caller, city_id, cycle_id).await?;
    Ok(store::actions::of(&app.db, city_id, cycle_id).await?)
}

/// The city's own users write its action plan for a published cycle: one text per measurement that
/// has a consensus (an empty text takes the answer out). The plan given replaces the last.
pub async fn set(
    app: &App,
    caller: &User,
    city_id: i32,
    cycle_id: i32,
    actions: &BTreeMap<String, String>,
) -> AppResult<BTreeMap<String, String>> {
    let cycle = published(app, caller, city_id, cycle_id).await?;
    if caller.city_id != Some(city_id) {
        return Err(AppError::forbidden(tr!("error-actions-own-city-only")));
    }
    let mut kept = BTreeMap::new();
    for (code, text) in actions {
        if !cycle.scores.iter().any(|s| &s.measurement == code) {
            return Err(AppError::invalid(
                format!("actions.{code}"),
                tr!("error-actions-no-score", code = code.as_str()),
            ));
        }
        if text.trim().is_empty() {
            continue;
        }
        let text = crate::domain::text::bounded(crate::domain::text::Subject::Action, text, 1, MAX_CHARS)
            .map_err(|e| AppError::invalid(format!("actions.{code}"), e))?;
        kept.insert(code.clone(), text);
    }
    let txn = store::begin_write(&app.db).await?;
    store::actions::set(&txn, Some(caller.id), city_id, cycle_id, &kept).await?;
    txn.commit().await?;
    Ok(kept)
}

/// What the next cycle's reviewers read beside a new narrative: the city's last published score of
/// the measurement, the panel's statement and the city's action plan.
#[derive(Clone, Debug)]
pub struct Previous {
    pub cycle_id: i32,
    pub cycle: String,
    pub score: Score,
    pub feedback: String,
    pub actions: Option<String>,
}

/// The city's latest published cycle other than `current`, with its action plan: read once per
/// page, then looked up per measurement with [`previous_of`].
pub async fn last_published(
    app: &App,
    city_id: i32,
    current: i32,
) -> AppResult<Option<(ProfileCycle, BTreeMap<String, String>)>> {
    let cycles = store::profile::cycles(&app.db, city_id).await?;
    let Some(last) = cycles
        .into_iter()
        .filter(|c| c.cycle_id != current)
        .max_by_key(|c| (c.published_at, c.cycle_id))
    else {
        return Ok(None);
    };
    let actions = store::actions::of(&app.db, city_id, last.cycle_id).await?;
    Ok(Some((last, actions)))
}

pub fn previous_of(last: Option<&(ProfileCycle, BTreeMap<String, String>)>, measurement: &str) -> Option<Previous> {
    let (cycle, actions) = last?;
    let s = cycle.scores.iter().find(|s| s.measurement == measurement)?;
    Some(Previous {
        cycle_id: cycle.cycle_id,
        cycle: cycle.name.clone(),
        score: s.score,
        feedback: s.feedback.clone(),
        actions: actions.get(measurement).cloned(),
    })
}

/// Per city of a published cycle, how many measurements its action plan answers (the secretariat).
pub async fn answered(app: &App, staff: &super::Staff, cycle_id: i32) -> AppResult<BTreeMap<i32, usize>> {
    let cycle = super::cycles::open(app, staff, cycle_id).await?;
    Ok(store::actions::answered(&app.db, cycle.id).await?)
}
