//! Experts' profiles and declared conflicts of interest.
use entity::{city, expert_conflict, expert_profile, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use super::audit::{self, Entry, snapshot};
use super::{StoreError, now, on_unique};
use crate::domain::expert::ExpertProfile;
use crate::domain::user::Role;
use crate::read::{DeclaredConflict, Profile};

impl TryFrom<expert_profile::Model> for Profile {
    type Error = DbErr;

    fn try_from(m: expert_profile::Model) -> Result<Self, DbErr> {
        let bad = |e: serde_json::Error| DbErr::Custom(format!("expert profile {}: {e}", m.user_id));
        Ok(Profile {
            languages: serde_json::from_str(&m.languages).map_err(bad)?,
            expertise: serde_json::from_str(&m.expertise).map_err(bad)?,
            regions: serde_json::from_str(&m.regions).map_err(bad)?,
            native_languages: serde_json::from_str(&m.native_languages).map_err(bad)?,
            user_id: m.user_id,
            country: m.country,
            city_id: m.city_id,
            institution: m.institution,
            capacity: m.capacity,
        })
    }
}

impl From<expert_conflict::Model> for DeclaredConflict {
    fn from(m: expert_conflict::Model) -> Self {
        DeclaredConflict {
            id: m.id,
            expert_id: m.expert_user_id,
            city_id: m.city_id,
            reason: m.reason,
            declared_by: m.declared_by,
        }
    }
}

/// The user, if it is an expert; anything else is "no such expert".
async fn expert<C: ConnectionTrait>(conn: &C, user_id: i32) -> Result<user::Model, StoreError> {
    user::Entity::find_by_id(user_id)
        .one(conn)
        .await?
        .filter(|u| u.role == Role::Expert.as_str())
        .ok_or(StoreError::NotFound("expert"))
}

async fn city_exists<C: ConnectionTrait>(conn: &C, field: &'static str, city_id: i32) -> Result<(), StoreError> {
    match city::Entity::find_by_id(city_id).one(conn).await? {
        Some(_) => Ok(()),
        None => Err(StoreError::invalid(
            field,
            crate::tr!("refusals-no-city", id = city_id.to_string()),
        )),
    }
}

pub async fn get_profile<C: ConnectionTrait>(conn: &C, user_id: i32) -> Result<Option<Profile>, StoreError> {
    Ok(expert_profile::Entity::find()
        .filter(expert_profile::Column::UserId.eq(user_id))
        .one(conn)
        .await?
        .map(Profile::try_from)
        .transpose()?)
}

pub async fn list_profiles<C: ConnectionTrait>(conn: &C) -> Result<Vec<Profile>, StoreError> {
    let rows = expert_profile::Entity::find()
        .order_by_asc(expert_profile::Column::UserId)
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(Profile::try_from).collect::<Result<_, _>>()?)
}

/// Sets an expert's profile with `txn`, creating it on first use.
pub async fn set_profile<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    user_id: i32,
    profile: ExpertProfile,
) -> Result<Profile, StoreError> {
    expert(txn, user_id).await?;
    if let Some(city_id) = profile.city_id {
        city_exists(txn, "city_id", city_id).await?;
    }
    let before = get_profile(txn, user_id).await?;
    let languages: Vec<&str> = profile.languages.iter().map(|l| l.as_str()).collect();
    let native: Vec<&str> = profile.native_languages.iter().flatten().map(|l| l.as_str()).collect();
    let mut row = expert_profile::ActiveModel {
        user_id: Set(user_id),
        country: Set(profile.country.to_string()),
        city_id: Set(profile.city_id),
        institution: Set(profile.institution.clone()),
        languages: Set(serde_json::to_string(&languages).unwrap_or_else(|_| "[]".into())),
        expertise: Set(serde_json::to_string(&profile.expertise).unwrap_or_else(|_| "[]".into())),
        capacity: Set(i32::from(profile.capacity)),
        regions: Set(
            serde_json::to_string(&profile.regions.clone().unwrap_or_default()).unwrap_or_else(|_| "[]".into())
        ),
        native_languages: Set(serde_json::to_string(&native).unwrap_or_else(|_| "[]".into())),
        updated_at: Set(now()),
        ..Default::default()
    };
    let saved = match expert_profile::Entity::find()
        .filter(expert_profile::Column::UserId.eq(user_id))
        .one(txn)
        .await?
    {
        Some(existing) => {
            row.id = Set(existing.id);
            row.update(txn).await?
        }
        None => row.insert(txn).await?,
    };
    let after = Profile::try_from(saved)?;
    audit::record(
        txn,
        Entry {
            actor,
            action: "expert.profile",
            object_type: "user",
            object_id: user_id.to_string(),
            before: before.as_ref().and_then(snapshot),
            after: snapshot(&after),
        },
    )
    .await?;
    Ok(after)
}

/// Records a conflict of interest between an expert and a city, with `txn`.
pub async fn declare_conflict<C: ConnectionTrait>(
    txn: &C,
    actor: Option<i32>,
    user_id: i32,
    city_id: i32,
    reason: &str,
) -> Result<DeclaredConflict, StoreError> {
    expert(txn, user_id).await?;
    city_exists(txn, "city_id", city_id).await?;
    let saved = expert_conflict::ActiveModel {
        expert_user_id: Set(user_id),
        city_id: Set(city_id),
        reason: Set(reason.to_owned()),
        declared_by: Set(actor),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(txn)
    .await
    .map_err(|e| {
        on_unique(e, || {
            StoreError::conflict("duplicate_conflict", crate::tr!("refusals-conflict-declared"))
        })
    })?;
    let declared = DeclaredConflict::from(saved);
    audit::record(
        txn,
        Entry {
            actor,
            action: "expert.conflict",
            object_type: "user",
            object_id: user_id.to_string(),
            before: None,
            after: snapshot(&declared),
        },
    )
    .await?;
    Ok(declared)
}

/// Declared conflicts: of one expert, or of all.
pub async fn conflicts<C: ConnectionTrait>(
    conn: &C,
    expert_id: Option<i32>,
) -> Result<Vec<DeclaredConflict>, StoreError> {
    let mut q = expert_conflict::Entity::find().order_by_asc(expert_conflict::Column::Id);
    if let Some(id) = expert_id {
        q = q.filter(expert_conflict::Column::ExpertUserId.eq(id));
    }
    Ok(q.all(conn).await?.into_iter().map(DeclaredConflict::from).collect())
}
