//! Experts' profiles and declared conflicts of interest.
use super::assignment::{Recheck, enforce_conflicts};
use super::{App, AppError, AppResult};
use crate::domain::expert::ExpertProfile;
use crate::domain::user::Role;
use crate::domain::visibility::Access;
use crate::read::{City, DeclaredConflict, Profile, RemovedFrom, User};
use crate::store;
use crate::tr;

/// The expert `id`, if the caller may see them: 403 for roles with no business with experts (cities),
/// 404 for another expert or a user who is not an expert.
pub async fn visible_expert(app: &App, caller: &User, id: i32) -> AppResult<User> {
    match caller.actor().expert_access(id) {
        Access::Allowed => {}
        Access::Forbidden => {
            return Err(AppError::forbidden(tr!("error-experts-profiles-forbidden")));
        }
        Access::Hidden => return Err(AppError::NotFound("expert")),
    }
    match store::users::get(&app.db, id).await? {
        Some(u) if u.role == Role::Expert => Ok(u),
        _ => Err(AppError::NotFound("expert")),
    }
}

/// Every expert with their profile, if set (secretariat).
pub async fn list(app: &App, _staff: &super::Staff) -> AppResult<Vec<(User, Option<Profile>)>> {
    let profiles = store::experts::list_profiles(&app.db).await?;
    Ok(store::users::list(&app.db)
        .await?
        .into_iter()
        .filter(|u| u.role == Role::Expert)
        .map(|u| {
            let profile = profiles.iter().find(|p| p.user_id == u.id).cloned();
            (u, profile)
        })
        .collect())
}

/// Every profile (secretariat).
pub async fn profiles(app: &App, _staff: &super::Staff) -> AppResult<Vec<Profile>> {
    Ok(store::experts::list_profiles(&app.db).await?)
}

/// An expert's profile, if set.
pub async fn profile(app: &App, caller: &User, expert_id: i32) -> AppResult<Option<Profile>> {
    let expert = visible_expert(app, caller, expert_id).await?;
    Ok(store::experts::get_profile(&app.db, expert.id).await?)
}

/// Sets an expert's profile: the secretariat, or the expert themself. A changed home city, country
/// or institution is checked against the assignments in force at once, as a declared conflict is.
pub async fn set_profile(app: &App, caller: &User, expert_id: i32, profile: ExpertProfile) -> AppResult<Profile> {
    Ok(set_profile_checked(app, caller, expert_id, profile).await?.0)
}

/// The same, with the bundles the expert was taken off.
pub async fn set_profile_checked(
    app: &App,
    caller: &User,
    expert_id: i32,
    profile: ExpertProfile,
) -> AppResult<(Profile, Vec<RemovedFrom>)> {
    let expert = visible_expert(app, caller, expert_id).await?;
    let txn = store::begin_write(&app.db).await?;
    let before = store::experts::get_profile(&txn, expert.id).await?;
    let profile = match &before {
        Some(b) => profile.keeping(&b.regions, &b.native_languages),
        None => profile.keeping(&[], &[]),
    };
    let saved = store::experts::set_profile(&txn, Some(caller.id), expert.id, profile).await?;
    let ties_changed = before.is_none_or(|b| {
        (b.country.as_str(), b.city_id, b.institution.as_deref())
            != (saved.country.as_str(), saved.city_id, saved.institution.as_deref())
    });
    let removed = if ties_changed {
        enforce_conflicts(app, &txn, Some(caller.id), Recheck::Expert(expert.id)).await?
    } else {
        Vec::new()
    };
    txn.commit().await?;
    Ok((saved, removed))
}

/// An expert's declared conflicts.
pub async fn conflicts(app: &App, caller: &User, expert_id: i32) -> AppResult<Vec<DeclaredConflict>> {
    let expert = visible_expert(app, caller, expert_id).await?;
    Ok(store::experts::conflicts(&app.db, Some(expert.id)).await?)
}

/// Declares a conflict of interest with a city: the secretariat, or the expert themself. It holds
/// for the whole cycle: while an assignment is in force the expert is taken off that city's bundles
/// at once (see `assignment::enforce_conflicts`), in the same transaction.
pub async fn declare_conflict(
    app: &App,
    caller: &User,
    expert_id: i32,
    city_id: i32,
    reason: &str,
) -> AppResult<(DeclaredConflict, Vec<RemovedFrom>)> {
    let expert = visible_expert(app, caller, expert_id).await?;
    let reason = crate::domain::text::bounded(crate::domain::text::Subject::Reason, reason, 1, 1000)
        .map_err(|_| AppError::invalid("reason", tr!("error-experts-conflict-reason")))?;
    let txn = store::begin_write(&app.db).await?;
    let declared = store::experts::declare_conflict(&txn, Some(caller.id), expert.id, city_id, &reason).await?;
    let removed = enforce_conflicts(app, &txn, Some(caller.id), Recheck::Expert(expert.id)).await?;
    txn.commit().await?;
    if !removed.is_empty() {
        tracing::info!(
            expert_id = expert.id,
            city_id,
            bundles = removed.len(),
            "expert taken off bundles: conflict"
        );
    }
    Ok((declared, removed))
}

/// What an expert's profile page shows: the expert, their profile, their conflicts, and the cities
/// it names. The secretariat chooses from the whole register (`whole_register`); an expert, like
/// the API, does not read the register: they name a city, and see only the cities their profile
/// and conflicts already name.
pub struct ProfilePage {
    pub expert: User,
    pub profile: Option<Profile>,
    pub conflicts: Vec<DeclaredConflict>,
    pub cities: Vec<City>,
    pub whole_register: bool,
}

pub async fn profile_page(app: &App, caller: &User, expert_id: i32) -> AppResult<ProfilePage> {
    let expert = visible_expert(app, caller, expert_id).await?;
    let profile = store::experts::get_profile(&app.db, expert.id).await?;
    let conflicts = store::experts::conflicts(&app.db, Some(expert.id)).await?;
    let whole_register = caller.actor().is_secretariat();
    let cities = if whole_register {
        store::cities::list(&app.db, None).await?
    } else {
        let mut named = Vec::new();
        for id in profile
            .as_ref()
            .and_then(|p| p.city_id)
            .into_iter()
            .chain(conflicts.iter().map(|c| c.city_id))
        {
            if let Some(c) = store::cities::get(&app.db, id).await? {
                named.push(c);
            }
        }
        named
    };
    Ok(ProfilePage {
        profile,
        conflicts,
        cities,
        whole_register,
        expert,
    })
}

/// The city an expert names on their profile ("Cork", or "Cork, IE" when two share the name):
/// case and accents aside. Unknown or ambiguous: 422 on `field`.
pub async fn city_named(app: &App, field: &'static str, text: &str) -> AppResult<i32> {
    let (name, country) = match text.rsplit_once(',') {
        Some((n, c)) if c.trim().len() == 2 => (n.trim(), Some(c.trim().to_ascii_uppercase())),
        _ => (text.trim(), None),
    };
    let matches: Vec<City> = store::cities::named(&app.db, name)
        .await?
        .into_iter()
        .filter(|c| country.as_deref().is_none_or(|cc| c.country == cc))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one.id),
        [] => Err(AppError::invalid(
            field,
            tr!("error-experts-city-unknown", value = text),
        )),
        _ => Err(AppError::invalid(
            field,
            tr!("error-experts-city-ambiguous", name = name),
        )),
    }
}
