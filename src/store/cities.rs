//! The city register.
use entity::city;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use super::audit::{self, Entry, snapshot};
use super::{StoreError, now, on_unique};
use crate::domain::city::NewCity;
use crate::read::City;

impl TryFrom<city::Model> for City {
    type Error = DbErr;

    fn try_from(m: city::Model) -> Result<Self, DbErr> {
        let languages =
            serde_json::from_str(&m.languages).map_err(|e| DbErr::Custom(format!("city {}: languages: {e}", m.id)))?;
        let institutions = serde_json::from_str(&m.institutions)
            .map_err(|e| DbErr::Custom(format!("city {}: institutions: {e}", m.id)))?;
        Ok(City {
            id: m.id,
            name: m.name,
            country: m.country,
            region: m.region,
            languages,
            institutions,
            created_at: m.created_at,
        })
    }
}

/// Registers a city with `conn`, which must be a transaction: the city and its audit entry go
/// together (imports put many in one).
pub async fn insert<C: ConnectionTrait>(conn: &C, actor: Option<i32>, new: NewCity) -> Result<City, StoreError> {
    let at = now();
    let languages: Vec<&str> = new.languages.iter().map(|l| l.as_str()).collect();
    let name = new.name.clone();
    let country = new.country.to_string();
    let model = city::ActiveModel {
        name: Set(new.name),
        country: Set(country.clone()),
        region: Set(new.region),
        languages: Set(serde_json::to_string(&languages).unwrap_or_else(|_| "[]".into())),
        institutions: Set(serde_json::to_string(&new.institutions).unwrap_or_else(|_| "[]".into())),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| {
        on_unique(e, || {
            StoreError::conflict(
                "duplicate_city",
                crate::tr!(
                    "refusals-city-registered",
                    name = name.as_str(),
                    country = country.as_str()
                ),
            )
        })
    })?;
    let created = City::try_from(model)?;
    audit::record(
        conn,
        Entry {
            actor,
            action: "city.create",
            object_type: "city",
            object_id: created.id.to_string(),
            before: None,
            after: snapshot(&created),
        },
    )
    .await?;
    Ok(created)
}

pub async fn get<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<City>, StoreError> {
    Ok(city::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(City::try_from)
        .transpose()?)
}

/// All cities, or only `only` when given, by name.
pub async fn list<C: ConnectionTrait>(conn: &C, only: Option<i32>) -> Result<Vec<City>, StoreError> {
    let mut q = city::Entity::find()
        .order_by_asc(city::Column::Name)
        .order_by_asc(city::Column::Id);
    if let Some(id) = only {
        q = q.filter(city::Column::Id.eq(id));
    }
    Ok(q.all(conn)
        .await?
        .into_iter()
        .map(City::try_from)
        .collect::<Result<_, _>>()?)
}

/// The cities called `name` (case, accents and spacing aside; `domain::city::same_name`).
pub async fn named<C: ConnectionTrait>(conn: &C, name: &str) -> Result<Vec<City>, StoreError> {
    Ok(list(conn, None)
        .await?
        .into_iter()
        .filter(|c| crate::domain::city::same_name(&c.name, name))
        .collect())
}

/// Records a city's institutions, with `txn`.
pub async fn set_institutions<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    city_id: i32,
    institutions: &[String],
) -> Result<City, StoreError> {
    let model = city::Entity::find_by_id(city_id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound("city"))?;
    let before = City::try_from(model.clone())?;
    let mut active: city::ActiveModel = model.into();
    active.institutions = Set(serde_json::to_string(institutions).map_err(|e| DbErr::Custom(e.to_string()))?);
    active.updated_at = Set(now());
    let after = City::try_from(active.update(txn).await?)?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "city.institutions",
            object_type: "city",
            object_id: city_id.to_string(),
            before: snapshot(&before.institutions),
            after: snapshot(&after.institutions),
        },
    )
    .await?;
    Ok(after)
}
