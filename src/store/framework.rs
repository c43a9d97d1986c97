//! Framework editions in the database. Loading is idempotent; an edition's content may change only
//! until a review cycle pins it (it is then "locked"), because a published result must never change
//! under a city's feet. New content after that needs a new edition name.
use std::collections::HashMap;

use entity::{
    framework_area as area, framework_edition as edition, framework_feature as feature,
    framework_focus_area as focus_area, framework_measurement as measurement, framework_scale_level as scale,
};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;

use super::audit::{self, Entry};
use super::{StoreError, now};
use crate::domain::framework::{Area, Feature, FocusArea, Framework, Measurement, MeasurementCode, ScaleLevel, Source};

/// What loading an edition did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// The edition was new.
    Inserted,
    /// The database already held exactly this content.
    Unchanged,
    /// The edition existed with other content, was not yet used by a cycle, and was replaced.
    Replaced,
}

/// Loads one edition with `conn` (a transaction: the edition appears whole or not at all).
pub async fn load<C: ConnectionTrait>(conn: &C, fw: &Framework) -> Result<LoadOutcome, StoreError> {
    let hash = fw.content_hash();
    let existing = edition::Entity::find()
        .filter(edition::Column::Code.eq(&fw.edition))
        .one(conn)
        .await?;
    let (edition_id, outcome) = match existing {
        Some(e) if e.content_hash == hash => return Ok(LoadOutcome::Unchanged),
        Some(e) if e.locked_at.is_some() => {
            return Err(StoreError::conflict(
                "edition_in_use",
                format!(
                    "framework edition `{}` is used by a review cycle and cannot change; \
                     give the new content a new edition name",
                    fw.edition
                ),
            ));
        }
        Some(e) => {
            delete_content(conn, e.id).await?;
            let id = e.id;
            let mut active: edition::ActiveModel = e.into();
            active.title = Set(fw.title.clone());
            active.content_hash = Set(hash.clone());
            active.loaded_at = Set(now());
            active.update(conn).await?;
            (id, LoadOutcome::Replaced)
        }
        None => {
            let inserted = edition::ActiveModel {
                code: Set(fw.edition.clone()),
                title: Set(fw.title.clone()),
                content_hash: Set(hash.clone()),
                locked_at: Set(None),
                loaded_at: Set(now()),
                ..Default::default()
            }
            .insert(conn)
            .await?;
            (inserted.id, LoadOutcome::Inserted)
        }
    };
    insert_content(conn, edition_id, fw).await?;
    audit::record(
        conn,
        Entry {
            actor: None,
            action: if outcome == LoadOutcome::Inserted {
                "framework.load"
            } else {
                "framework.replace"
            },
            object_type: "framework_edition",
            object_id: fw.edition.clone(),
            before: None,
            after: Some(json!({"edition": fw.edition, "content_hash": hash})),
        },
    )
    .await?;
    Ok(outcome)
}

async fn delete_content<C: ConnectionTrait>(conn: &C, edition_id: i32) -> Result<(), DbErr> {
    // Children first: foreign keys hold at every statement.
    measurement::Entity::delete_many()
        .filter(measurement::Column::EditionId.eq(edition_id))
        .exec(conn)
        .await?;
    feature::Entity::delete_many()
        .filter(feature::Column::EditionId.eq(edition_id))
        .exec(conn)
        .await?;
    focus_area::Entity::delete_many()
        .filter(focus_area::Column::EditionId.eq(edition_id))
        .exec(conn)
        .await?;
    area::Entity::delete_many()
        .filter(area::Column::EditionId.eq(edition_id))
        .exec(conn)
        .await?;
    scale::Entity::delete_many()
        .filter(scale::Column::EditionId.eq(edition_id))
        .exec(conn)
        .await?;
    Ok(())
}

async fn insert_content<C: ConnectionTrait>(conn: &C, edition_id: i32, fw: &Framework) -> Result<(), DbErr> {
    scale::Entity::insert_many(fw.scale.iter().map(|s| scale::ActiveModel {
        edition_id: Set(edition_id),
        value: Set(i16::from(s.value)),
        label: Set(s.label.clone()),
        ..Default::default()
    }))
    .exec(conn)
    .await?;
    let mut measurements = Vec::new();
    for (ai, a) in fw.areas.iter().enumerate() {
        let area_id = area::ActiveModel {
            edition_id: Set(edition_id),
            code: Set(a.code.clone()),
            title: Set(a.title.clone()),
            position: Set(ai as i32),
            ..Default::default()
        }
        .insert(conn)
        .await?
        .id;
        for (fi, fa) in a.focus_areas.iter().enumerate() {
            let focus_area_id = focus_area::ActiveModel {
                edition_id: Set(edition_id),
                area_id: Set(area_id),
                code: Set(fa.code.clone()),
                title: Set(fa.title.clone()),
                position: Set(fi as i32),
                ..Default::default()
            }
            .insert(conn)
            .await?
            .id;
            for (ki, f) in fa.features.iter().enumerate() {
                let feature_id = feature::ActiveModel {
                    edition_id: Set(edition_id),
                    focus_area_id: Set(focus_area_id),
                    code: Set(f.code.clone()),
                    title: Set(f.title.clone()),
                    position: Set(ki as i32),
                    ..Default::default()
                }
                .insert(conn)
                .await?
                .id;
                for (mi, m) in f.measurements.iter().enumerate() {
                    measurements.push(measurement::ActiveModel {
                        edition_id: Set(edition_id),
                        feature_id: Set(feature_id),
                        code: Set(m.code.to_string()),
                        name: Set(m.name.clone()),
                        definition: Set(m.definition.clone()),
                        source: Set(m.source.as_str().to_owned()),
                        unit: Set(m.unit.clone()),
                        breakdowns: Set(serde_json::to_string(&m.breakdowns).unwrap_or_else(|_| "[]".into())),
                        position: Set(mi as i32),
                        ..Default::default()
                    });
                }
            }
        }
    }
    measurement::Entity::insert_many(measurements).exec(conn).await?;
    Ok(())
}

/// Marks an edition as used by a cycle: from now on its content is frozen.
pub async fn lock<C: ConnectionTrait>(conn: &C, edition_code: &str) -> Result<(), StoreError> {
    let e = edition::Entity::find()
        .filter(edition::Column::Code.eq(edition_code))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound("framework edition"))?;
    if e.locked_at.is_none() {
        let mut active: edition::ActiveModel = e.into();
        active.locked_at = Set(Some(now()));
        active.update(conn).await?;
    }
    Ok(())
}

/// Reads every edition in the database, whole.
pub async fn read_all<C: ConnectionTrait>(conn: &C) -> Result<Vec<Framework>, StoreError> {
    let editions = edition::Entity::find()
        .order_by_asc(edition::Column::Id)
        .all(conn)
        .await?;
    let scales = scale::Entity::find()
        .order_by_desc(scale::Column::Value)
        .all(conn)
        .await?;
    let areas = area::Entity::find()
        .order_by_asc(area::Column::Position)
        .all(conn)
        .await?;
    let focus_areas = focus_area::Entity::find()
        .order_by_asc(focus_area::Column::Position)
        .all(conn)
        .await?;
    let features = feature::Entity::find()
        .order_by_asc(feature::Column::Position)
        .all(conn)
        .await?;
    let measurements = measurement::Entity::find()
        .order_by_asc(measurement::Column::Position)
        .all(conn)
        .await?;

    let corrupt = |what: String| StoreError::Db(DbErr::Custom(format!("framework data in the database: {what}")));
    let mut measurements_by_feature: HashMap<i32, Vec<Measurement>> = HashMap::new();
    for m in measurements {
        let code = MeasurementCode::try_from(m.code.as_str()).map_err(corrupt)?;
        let source = Source::parse(&m.source).ok_or_else(|| corrupt(format!("unknown source {}", m.source)))?;
        let breakdowns: Vec<String> =
            serde_json::from_str(&m.breakdowns).map_err(|e| corrupt(format!("breakdowns of {code}: {e}")))?;
        measurements_by_feature
            .entry(m.feature_id)
            .or_default()
            .push(Measurement {
                code,
                name: m.name,
                definition: m.definition,
                source,
                unit: m.unit,
                breakdowns,
            });
    }
    let mut features_by_focus: HashMap<i32, Vec<Feature>> = HashMap::new();
    for f in features {
        features_by_focus.entry(f.focus_area_id).or_default().push(Feature {
            measurements: measurements_by_feature.remove(&f.id).unwrap_or_default(),
            code: f.code,
            title: f.title,
        });
    }
    let mut focus_by_area: HashMap<i32, Vec<FocusArea>> = HashMap::new();
    for fa in focus_areas {
        focus_by_area.entry(fa.area_id).or_default().push(FocusArea {
            features: features_by_focus.remove(&fa.id).unwrap_or_default(),
            code: fa.code,
            title: fa.title,
        });
    }
    let mut areas_by_edition: HashMap<i32, Vec<Area>> = HashMap::new();
    for a in areas {
        areas_by_edition.entry(a.edition_id).or_default().push(Area {
            focus_areas: focus_by_area.remove(&a.id).unwrap_or_default(),
            code: a.code,
            title: a.title,
        });
    }
    let mut scales_by_edition: HashMap<i32, Vec<ScaleLevel>> = HashMap::new();
    for s in scales {
        let value = u8::try_from(s.value).map_err(|_| corrupt(format!("scale value {}", s.value)))?;
        scales_by_edition
            .entry(s.edition_id)
            .or_default()
            .push(ScaleLevel { value, label: s.label });
    }
    Ok(editions
        .into_iter()
        .map(|e| Framework {
            areas: areas_by_edition.remove(&e.id).unwrap_or_default(),
            scale: scales_by_edition.remove(&e.id).unwrap_or_default(),
            edition: e.code,
            title: e.title,
        })
        .collect())
}

/// The database id of an edition, by its name.
pub async fn edition_id<C: ConnectionTrait>(conn: &C, edition_code: &str) -> Result<i32, StoreError> {
    edition::Entity::find()
        .filter(edition::Column::Code.eq(edition_code))
        .one(conn)
        .await?
        .map(|e| e.id)
        .ok_or(StoreError::NotFound("framework edition"))
}

/// The name of an edition, by its database id.
pub async fn edition_code<C: ConnectionTrait>(conn: &C, edition_id: i32) -> Result<String, StoreError> {
    edition::Entity::find_by_id(edition_id)
        .one(conn)
        .await?
        .map(|e| e.code)
        .ok_or(StoreError::NotFound("framework edition"))
}
