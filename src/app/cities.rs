//! The city register.
use super::{App, AppError, AppResult, Staff};
use crate::domain::city::NewCity;
use crate::domain::visibility::Access;
use crate::read::{City, User};
use crate::store;
use crate::tr;

fn denied(access: Access) -> AppError {
    match access {
        Access::Forbidden => AppError::forbidden(tr!("error-cities-register-forbidden")),
        _ => AppError::NotFound("city"),
    }
}

/// Registers a city.
pub async fn register(app: &App, staff: &Staff, new: NewCity) -> AppResult<City> {
    let txn = store::begin_write(&app.db).await?;
    let city = store::cities::insert(&txn, staff.actor_id(), new).await?;
    txn.commit().await?;
    tracing::info!(city_id = city.id, "city registered");
    Ok(city)
}

/// The cities the caller may see: all for the secretariat, their own for a city user.
pub async fn list(app: &App, caller: &User) -> AppResult<Vec<City>> {
    let scope = caller.actor().city_list_scope().map_err(denied)?;
    Ok(store::cities::list(&app.db, scope).await?)
}

/// The whole register, for the secretariat's pages (choosing cities for a cycle, a user, a conflict).
pub async fn all(app: &App, _staff: &Staff) -> AppResult<Vec<City>> {
    Ok(store::cities::list(&app.db, None).await?)
}

/// One city: the secretariat, or that city's own users (403 for experts, 404 for another city).
pub async fn get(app: &App, caller: &User, id: i32) -> AppResult<City> {
    match caller.actor().city_access(id) {
        Access::Allowed => {}
        denial => return Err(denied(denial)),
    }
    store::cities::get(&app.db, id).await?.ok_or(AppError::NotFound("city"))
}

/// Records a city's institutions (the city government and the partners named in its report): the
/// secretariat, or the city's own users. An expert who works for one of them is in conflict with the
/// city, so the assignments in force are checked again at once.
pub async fn set_institutions(
    app: &App,
    caller: &User,
    city_id: i32,
    institutions: &[String],
) -> AppResult<(City, Vec<crate::read::RemovedFrom>)> {
    let city = get(app, caller, city_id).await?;
    if !(caller.actor().is_secretariat() || caller.actor().may_write_report(city.id)) {
        return Err(AppError::forbidden(tr!("error-cities-institutions-forbidden")));
    }
    let list =
        crate::domain::city::parse_institutions(institutions).map_err(|e| AppError::invalid("institutions", e))?;
    let txn = store::begin_write(&app.db).await?;
    let after = store::cities::set_institutions(&txn, Some(caller.id), city.id, &list).await?;
    let removed =
        super::assignment::enforce_conflicts(app, &txn, Some(caller.id), super::assignment::Recheck::City(city.id))
            .await?;
    txn.commit().await?;
    Ok((after, removed))
}
