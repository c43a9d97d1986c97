//! Who is told what, and when: the e-mails a change causes, written into the outbox in the change's
//! own transaction (so a change and its notices commit together, and each is sent once). Every
//! message is a [`Mail`] rendered for its recipient by [`tell`]; every link starts at the service's
//! public address; every date is shown in the recipient's time zone.
use sea_orm::ConnectionTrait;

use super::{App, AppResult};
use crate::domain::cycle::{CycleState, DeadlineKind};
use crate::domain::report::ReportState;
use std::collections::BTreeMap;

use crate::mail::templates::Mail;
use crate::read::{Assignment, Cycle, User};
use crate::store;

/// Queues `mail` for `to` with `conn`: held for their daily digest when they chose one and the
/// message may wait, else sent as soon as a sender runs. Returns false for a duplicate (same
/// `dedupe_key`).
pub(crate) async fn tell<C: ConnectionTrait>(
    conn: &C,
    to: &User,
    mail: &Mail,
    dedupe_key: Option<String>,
) -> AppResult<bool> {
    let mut m = mail.render(to);
    m.dedupe_key = dedupe_key;
    m.held = to.mail_digest && mail.may_wait_for_digest();
    Ok(store::outbox::enqueue(conn, m).await?)
}

/// Queues one message for each (recipient, mail), in a fixed number of statements.
pub(crate) async fn tell_many<C: ConnectionTrait>(conn: &C, messages: &[(&User, Mail)]) -> AppResult<()> {
    let rendered = messages
        .iter()
        .map(|(to, mail)| {
            let mut m = mail.render(to);
            m.held = to.mail_digest && mail.may_wait_for_digest();
            m
        })
        .collect();
    Ok(store::outbox::enqueue_many(conn, rendered).await?)
}

/// The users of `city_id` who read e-mail from us (enabled accounts).
async fn city_users<C: ConnectionTrait>(conn: &C, city_id: i32) -> AppResult<Vec<User>> {
    Ok(store::users::of_city(conn, city_id)
        .await?
        .into_iter()
        .filter(|u| !u.disabled)
        .collect())
}

/// Everyone of `city_id` hears `mail`.
pub(crate) async fn tell_city<C: ConnectionTrait>(conn: &C, city_id: i32, mail: &Mail) -> AppResult<()> {
    for u in city_users(conn, city_id).await? {
        tell(conn, &u, mail, None).await?;
    }
    Ok(())
}

/// Every enabled secretariat account hears `mail`.
pub(crate) async fn tell_secretariat<C: ConnectionTrait>(conn: &C, mail: &Mail) -> AppResult<()> {
    for u in store::users::list(conn).await? {
        if !u.disabled && u.role == crate::domain::user::Role::Secretariat {
            tell(conn, &u, mail, None).await?;
        }
    }
    Ok(())
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

/// A person was invited: where to sign in, and who invited them.
pub(crate) async fn invited<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    user: &User,
    inviter: Option<&User>,
) -> AppResult<()> {
    let mail = Mail::Invitation {
        // Nobody in particular (the command line): the message names the secretariat, in the
        // recipient's language.
        inviter: inviter.map(|u| u.name.clone()).unwrap_or_default(),
        role: user.role,
        sign_in: format!("{}/signin", app.public_url()),
    };
    tell(conn, user, &mail, None).await?;
    Ok(())
}

/// The address of a city's report page.
fn report_url(app: &App, cycle_id: i32, city_id: i32) -> String {
    format!("{}/cycles/{cycle_id}/reports/{city_id}", app.public_url())
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
    let mail = Mail::CycleOpened {
        city: city.name,
        cycle: cycle.name.clone(),
        deadline: cycle.deadlines.submission,
        url: report_url(app, cycle.id, city_id),
    };
    tell_city(conn, city_id, &mail).await
}

/// A report is in: its city's users get a receipt.
pub(crate) async fn submitted<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    city: &crate::read::City,
    at: time::OffsetDateTime,
) -> AppResult<()> {
    let mail = Mail::SubmissionReceipt {
        city: city.name.clone(),
        cycle: cycle.name.clone(),
        at,
        url: report_url(app, cycle.id, city.id),
    };
    tell_city(conn, city.id, &mail).await
}

/// A report is returned: its city's users read the secretariat's message.
pub(crate) async fn returned<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    city: &crate::read::City,
    message: &str,
) -> AppResult<()> {
    let mail = Mail::ReportReturned {
        city: city.name.clone(),
        cycle: cycle.name.clone(),
        message: message.to_owned(),
        deadline: cycle.deadlines.submission,
        url: report_url(app, cycle.id, city.id),
    };
    tell_city(conn, city.id, &mail).await
}

/// Items went to a revision round (`round`): each of their reviewers is asked to reconsider, once
/// for all their items.
pub(crate) async fn revision_round<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    cycle: &Cycle,
    round: i16,
    reviewers_per_item: &[Vec<i32>],
) -> AppResult<()> {
    let mut asked: BTreeMap<i32, usize> = BTreeMap::new();
    for reviewers in reviewers_per_item {
        for r in reviewers {
            *asked.entry(*r).or_insert(0) += 1;
        }
    }
    let url = format!("{}/", app.public_url());
    for (expert, items) in asked {
        if let Some(user) = store::users::get(conn, expert).await?.filter(|u| !u.disabled) {
            let mail = Mail::RevisionRequest {
                cycle: cycle.name.clone(),
                items,
                round,
                deadline: cycle.deadlines.reconciliation,
                url: url.clone(),
            };
            // One request per reviewer and round: items that reach the same round later (each
            // when its own ratings are in) are on the reviewer's page, not in another message.
            let key = format!("revision:{}:{round}:{expert}", cycle.id);
            tell(conn, &user, &mail, Some(key)).await?;
        }
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
        let mail = Mail::DeadlineChanged {
            cycle: after.name.clone(),
            which: kind,
            before: was,
            after: now,
            url: format!("{}/", app.public_url()),
        };
        for u in people {
            tell(conn, &u, &mail, None).await?;
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
    let mail = Mail::Extension {
        cycle: cycle.name.clone(),
        round: DeadlineKind::of_round(cycle.state).unwrap_or(DeadlineKind::Review),
        until,
        url: format!("{}/", app.public_url()),
    };
    tell(conn, user, &mail, None).await?;
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
        if !gained.is_empty() {
            let mail = Mail::Assignment {
                cycle: cycle.name.clone(),
                deadline: cycle.deadlines.review,
                bundles: gained,
                url: url.clone(),
            };
            tell(conn, &user, &mail, None).await?;
        }
        if !lost.is_empty() {
            let mail = Mail::AssignmentRemoved {
                cycle: cycle.name.clone(),
                bundles: lost,
                url: url.clone(),
            };
            tell(conn, &user, &mail, None).await?;
        }
    }
    Ok(())
}

/// The worker's digest step, on every node: each person who chose a daily digest and has held
/// messages from before their last digest hour gets them in one message. A person's user row is
/// locked while their messages are gathered, and the digest's dedupe key names the newest message
/// it carries, so two nodes never send the same messages twice.
pub async fn send_digests(app: &App, now: time::OffsetDateTime) -> AppResult<usize> {
    let mut sent = 0;
    for user_id in store::outbox::held_for(&app.db).await? {
        let Some(user) = store::users::get(&app.db, user_id).await? else {
            continue;
        };
        let due_from = crate::format::last_local_hour(now, user.time_zone.as_deref(), app.settings.mail.digest_hour);
        let txn = store::begin_write(&app.db).await?;
        let held = store::outbox::lock_held(&txn, user_id).await?;
        let (Some(oldest), Some(newest)) = (held.first(), held.last()) else {
            continue;
        };
        // Held since the last digest hour: they wait for the next one.
        if oldest.created_at > due_from {
            continue;
        }
        let key = format!("digest:{user_id}:{}", newest.id);
        let entries = held
            .iter()
            .map(|m| crate::mail::templates::DigestEntry {
                subject: m.subject.clone(),
                text: crate::mail::templates::digest_text(&m.body_text),
            })
            .collect();
        let mail = Mail::Digest {
            entries,
            url: format!("{}/", app.public_url()),
        };
        let mut m = mail.render(&user);
        m.dedupe_key = Some(key.clone());
        if store::outbox::enqueue(&txn, m).await?
            && let Some(id) = store::outbox::id_of(&txn, &key).await?
        {
            let ids: Vec<i32> = held.iter().map(|m| m.id).collect();
            store::outbox::mark_digested(&txn, &ids, id).await?;
            sent += 1;
        }
        txn.commit().await?;
    }
    Ok(sent)
}
