//! Who is told what, and when: the e-mails a change causes, written into the outbox in the change's
//! own transaction (so a change and its notices commit together, and each is sent once). Every link
//! starts at the service's public address; every deadline is shown in the recipient's time zone.
use sea_orm::ConnectionTrait;

use super::{App, AppResult};
use crate::domain::cycle::{CycleState, DeadlineKind};
use crate::domain::report::ReportState;
use std::collections::BTreeMap;

use crate::read::{Assignment, Cycle, User};
use crate::store;

/// The users of `city_id` who read e-mail from us (enabled accounts).
async fn city_users<C: ConnectionTrait>(conn: &C, city_id: i32) -> AppResult<Vec<User>> {
    Ok(store::users::list(conn)
        .await?
        .into_iter()
        .filter(|u| u.city_id == Some(city_id) && !u.disabled)
        .collect())
}

/// The experts with a bundle in force in the cycle.
async fn assigned_experts<C: ConnectionTrait>(conn: &C, cycle_id: i32) -> AppResult<Vec<User>> {
    let Some(a) = store::assignment::get(conn, cycle_id, store::assignment::Stage::Confirmed).await? else {
        return Ok(Vec::new());
    };
    let mut ids: Vec<i32> = a.bundles.iter().flat_map(|b| b.experts.iter().copied()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = Vec::new();
    for id in ids {
        if let Some(u) = store::users::get(conn, id).await?.filter(|u| !u.disabled) {
            out.push(u);
        }
    }
    Ok(out)
}

/// A cycle opened for reports (or a city added while it collects): the city's users hear it, with
/// the submission deadline.
pub(crate) async fn cycle_opened<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    city_id: i32,
) -> AppResult<()> {
    let Some(city) = store::cities::get(conn, city_id).await? else {
        return Ok(());
    };
    let url = format!("{}/cycles/{}/reports/{}", app.public_url(), cycle.id, city.id);
    for u in city_users(conn, city.id).await? {
        let deadline = crate::format::deadline(cycle.deadlines.submission, u.time_zone.as_deref());
        let m = crate::mail::templates::cycle_opened(&u.email, &u.name, &city.name, &cycle.name, &deadline, &url);
        store::outbox::enqueue(conn, m).await?;
    }
    Ok(())
}

/// After a cycle's settings changed: cities that just joined a collecting cycle are told it is open;
/// a moved deadline is told to those it concerns (the cities still writing for the submission
/// deadline, the assigned experts for the review and reconciliation deadlines).
pub(crate) async fn cycle_changed<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    before: &Cycle,
    after: &Cycle,
    added_cities: &[i32],
) -> AppResult<()> {
    if after.state == CycleState::Collecting {
        for c in added_cities {
            cycle_opened(app, conn, after, *c).await?;
        }
    }
    for kind in DeadlineKind::ALL {
        let (was, now) = (before.deadlines.get(kind), after.deadlines.get(kind));
        if was == now || after.state > kind.last_state() || after.state == CycleState::Draft {
            continue;
        }
        let people: Vec<User> = match kind {
            DeadlineKind::Submission => {
                let states = store::submissions::states(conn, after.id).await?;
                let mut people = Vec::new();
                for (city, state) in states {
                    if state != ReportState::Submitted {
                        people.extend(city_users(conn, city).await?);
                    }
                }
                people
            }
            DeadlineKind::Review | DeadlineKind::Reconciliation => assigned_experts(conn, after.id).await?,
        };
        let url = format!("{}/", app.public_url());
        for u in people {
            let zone = u.time_zone.as_deref();
            let m = crate::mail::templates::deadline_changed(
                &u.email,
                &u.name,
                &after.name,
                kind.as_str(),
                &crate::format::deadline(was, zone),
                &crate::format::deadline(now, zone),
                &url,
            );
            store::outbox::enqueue(conn, m).await?;
        }
    }
    Ok(())
}

/// An expert's personal extension set (`until`) or withdrawn (None).
pub(crate) async fn extension<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    user: &User,
    until: Option<time::OffsetDateTime>,
) -> AppResult<()> {
    let round = DeadlineKind::of_round(cycle.state).map_or("current", DeadlineKind::as_str);
    let until = until.map(|u| crate::format::deadline(Some(u), user.time_zone.as_deref()));
    let m = crate::mail::templates::extension_changed(
        &user.email,
        &user.name,
        &cycle.name,
        round,
        until.as_deref(),
        &format!("{}/", app.public_url()),
    );
    store::outbox::enqueue(conn, m).await?;
    Ok(())
}

/// (city, panel) bundles.
type Places = Vec<(i32, i32)>;

/// The bundles each expert gained and lost between two states of an assignment.
fn changes(before: &Assignment, after: &Assignment) -> BTreeMap<i32, (Places, Places)> {
    let mut out: BTreeMap<i32, (Places, Places)> = BTreeMap::new();
    let experts_of = |a: &Assignment, city: i32, panel: i32| -> Vec<i32> {
        a.bundles
            .iter()
            .find(|b| b.city_id == city && b.panel_id == panel)
            .map(|b| b.experts.clone())
            .unwrap_or_default()
    };
    for b in &after.bundles {
        for e in b
            .experts
            .iter()
            .filter(|e| !experts_of(before, b.city_id, b.panel_id).contains(e))
        {
            out.entry(*e).or_default().0.push((b.city_id, b.panel_id));
        }
    }
    for b in &before.bundles {
        for e in b
            .experts
            .iter()
            .filter(|e| !experts_of(after, b.city_id, b.panel_id).contains(e))
        {
            out.entry(*e).or_default().1.push((b.city_id, b.panel_id));
        }
    }
    out
}

/// Each expert whose assignment changed hears which cities and panels they gained and lost (and
/// nothing about who else reviews them): a manual change, a withdrawal and its refill, a conflict.
pub(crate) async fn assignment_changes<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    before: &Assignment,
    after: &Assignment,
) -> AppResult<()> {
    let url = format!("{}/", app.public_url());
    for (expert, (gained, lost)) in changes(before, after) {
        let Some(user) = store::users::get(conn, expert).await?.filter(|u| !u.disabled) else {
            continue;
        };
        let named = |list: &[(i32, i32)]| {
            let list = list.to_vec();
            async move {
                let mut out = Vec::new();
                for (city, panel) in list {
                    let city = store::cities::get(conn, city)
                        .await?
                        .map(|c| c.name)
                        .unwrap_or_default();
                    out.push(crate::mail::templates::Assignment {
                        city,
                        panel: cycle.panel_name(panel),
                    });
                }
                Ok::<_, super::AppError>(out)
            }
        };
        let gained = named(&gained).await?;
        let lost = named(&lost).await?;
        let deadline = crate::format::deadline(cycle.deadlines.review, user.time_zone.as_deref());
        if !gained.is_empty() {
            let m = crate::mail::templates::assignment_notice(
                &user.email,
                &user.name,
                &cycle.name,
                &deadline,
                &gained,
                &url,
            );
            store::outbox::enqueue(conn, m).await?;
        }
        if !lost.is_empty() {
            let m = crate::mail::templates::assignment_removed(&user.email, &user.name, &cycle.name, &lost, &url);
            store::outbox::enqueue(conn, m).await?;
        }
    }
    Ok(())
}
