//! A city's profile (its published results) and the secretariat's anonymous view of the network:
//! reads only, through the readers' pool.
use super::{App, AppError, AppResult, Staff};
use crate::domain::cycle::CycleState;
use crate::domain::visibility::Access;
use crate::read::{City, Cycle, ProfileCycle, User};
use crate::store;
use crate::tr;

/// The city, if the caller may read its profile: that city's users and the secretariat (403 for
/// experts, 404 for another city).
pub async fn visible_city(app: &App, caller: &User, id: i32) -> AppResult<City> {
    match caller.actor().city_access(id) {
        Access::Allowed => {}
        Access::Forbidden => {
            return Err(AppError::forbidden(tr!("error-profile-forbidden")));
        }
        Access::Hidden => return Err(AppError::NotFound("city")),
    }
    store::cities::get(&app.reads, id)
        .await?
        .ok_or(AppError::NotFound("city"))
}

/// The city's published cycles, oldest first. Never a reviewer's identity: nothing here reads who
/// rated.
pub async fn profile(app: &App, caller: &User, city_id: i32) -> AppResult<(City, Vec<ProfileCycle>)> {
    let city = visible_city(app, caller, city_id).await?;
    let cycles = store::profile::cycles(&app.reads, city.id).await?;
    Ok((city, cycles))
}

/// The profile with the city's action plans per published cycle (one more statement), for the
/// profile page.
pub async fn profile_with_actions(
    app: &App,
    caller: &User,
    city_id: i32,
) -> AppResult<(
    City,
    Vec<ProfileCycle>,
    std::collections::BTreeMap<i32, std::collections::BTreeMap<String, String>>,
)> {
    let (city, cycles) = profile(app, caller, city_id).await?;
    let ids: Vec<i32> = cycles.iter().map(|c| c.cycle_id).collect();
    let actions = store::actions::of_cycles(&app.reads, city.id, &ids).await?;
    Ok((city, cycles, actions))
}

/// The network at a glance: cycles with their report counts, the published ones, and for the chosen
/// published cycle (else the newest) how many cities got each score per measurement. Counts only.
pub struct Network {
    pub cycles: Vec<Cycle>,
    pub chosen: Option<Cycle>,
    /// (measurement code, its name, counts of scores 1..=5).
    pub histogram: Vec<(String, String, [usize; 5])>,
}

/// The network over time, anonymous: the published cycles (oldest first) and, per experts'-review
/// measurement, how many cities got each score in each of them.
pub struct NetworkSeries {
    /// (cycle id, name), oldest first.
    pub cycles: Vec<(i32, String)>,
    /// measurement → per cycle (in `cycles`' order) the counts of scores 1..=5.
    pub series: std::collections::BTreeMap<String, Vec<crate::domain::score::Counts>>,
    /// The newest published cycle's framework, for names and areas of focus.
    pub framework: Option<crate::domain::framework::Framework>,
}

pub async fn network_series(app: &App, staff: &Staff) -> AppResult<NetworkSeries> {
    let mut published: Vec<Cycle> = super::cycles::list(app, staff)
        .await?
        .into_iter()
        .filter(|c| matches!(c.state, CycleState::Published | CycleState::Archived))
        .collect();
    published.sort_by_key(|c| (c.published_at, c.id));
    let ids: Vec<i32> = published.iter().map(|c| c.id).collect();
    let mut by_cycle = store::profile::histograms(&app.reads, &ids).await?;
    let mut series: std::collections::BTreeMap<String, Vec<crate::domain::score::Counts>> = Default::default();
    let codes: std::collections::BTreeSet<String> = by_cycle.values().flat_map(|m| m.keys().cloned()).collect();
    for code in codes {
        let row = ids
            .iter()
            .map(|id| by_cycle.get_mut(id).and_then(|m| m.remove(&code)).unwrap_or_default())
            .collect();
        series.insert(code, row);
    }
    let framework = published.last().map(|c| app.framework_of(c).cloned()).transpose()?;
    Ok(NetworkSeries {
        cycles: published.into_iter().map(|c| (c.id, c.name)).collect(),
        series,
        framework,
    })
}

pub async fn network(app: &App, staff: &Staff, wanted: Option<i32>) -> AppResult<Network> {
    let cycles = super::cycles::list(app, staff).await?;
    let published: Vec<&Cycle> = cycles
        .iter()
        .filter(|c| matches!(c.state, CycleState::Published | CycleState::Archived))
        .collect();
    // A cycle that is not published (or does not exist) is not offered: fall back to the newest.
    let chosen = published
        .iter()
        .find(|c| Some(c.id) == wanted)
        .or_else(|| published.iter().max_by_key(|c| (c.published_at, c.id)))
        .map(|c| (*c).clone());
    let histogram = match &chosen {
        Some(c) => {
            let fw = app.framework_of(c)?;
            store::profile::histogram(&app.reads, c)
                .await?
                .into_iter()
                .map(|(code, counts)| {
                    let name = fw.measurement(&code).map(|m| m.name.clone()).unwrap_or_default();
                    (code, name, counts)
                })
                .collect()
        }
        None => Vec::new(),
    };
    Ok(Network {
        cycles,
        chosen,
        histogram,
    })
}
