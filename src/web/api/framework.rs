//! `GET /api/v1/framework`: the framework as data.
use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::App;
use crate::domain::framework::{self as fw, Framework};
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::ApiUser;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(get_framework))
        .routes(routes!(list_editions))
}

#[derive(Serialize, ToSchema)]
struct FrameworkBody {
    /// The edition's name, e.g. `key-features-2013`.
    edition: String,
    title: String,
    /// The rating scale, best first.
    scale: Vec<ScaleLevelBody>,
    areas: Vec<AreaBody>,
}

#[derive(Serialize, ToSchema)]
struct ScaleLevelBody {
    value: u8,
    label: String,
}

#[derive(Serialize, ToSchema)]
struct AreaBody {
    code: String,
    title: String,
    focus_areas: Vec<FocusAreaBody>,
}

#[derive(Serialize, ToSchema)]
struct FocusAreaBody {
    code: String,
    title: String,
    features: Vec<FeatureBody>,
}

#[derive(Serialize, ToSchema)]
struct FeatureBody {
    code: String,
    title: String,
    measurements: Vec<MeasurementBody>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
enum SourceBody {
    Official,
    Survey,
    OfficialOrSurvey,
    ExpertReview,
}

#[derive(Serialize, ToSchema)]
struct MeasurementBody {
    /// The feature's code and a letter, e.g. `3.2.2.a`.
    code: String,
    name: String,
    definition: String,
    source: SourceBody,
    /// The unit a city reports in; null for experts' review.
    unit: Option<String>,
    /// The breakdowns a city reports, e.g. Male, Female, Total; empty when none.
    breakdowns: Vec<String>,
}

impl From<&Framework> for FrameworkBody {
    fn from(f: &Framework) -> Self {
        FrameworkBody {
            edition: f.edition.clone(),
            title: f.title.clone(),
            scale: f
                .scale
                .iter()
                .map(|s| ScaleLevelBody {
                    value: s.value,
                    label: s.label.clone(),
                })
                .collect(),
            areas: f
                .areas
                .iter()
                .map(|a| AreaBody {
                    code: a.code.clone(),
                    title: a.title.clone(),
                    focus_areas: a
                        .focus_areas
                        .iter()
                        .map(|fa| FocusAreaBody {
                            code: fa.code.clone(),
                            title: fa.title.clone(),
                            features: fa
                                .features
                                .iter()
                                .map(|k| FeatureBody {
                                    code: k.code.clone(),
                                    title: k.title.clone(),
                                    measurements: k.measurements.iter().map(MeasurementBody::from).collect(),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

impl From<&fw::Measurement> for MeasurementBody {
    fn from(m: &fw::Measurement) -> Self {
        MeasurementBody {
            code: m.code.to_string(),
            name: m.name.clone(),
            definition: m.definition.clone(),
            source: match m.source {
                fw::Source::Official => SourceBody::Official,
                fw::Source::Survey => SourceBody::Survey,
                fw::Source::OfficialOrSurvey => SourceBody::OfficialOrSurvey,
                fw::Source::ExpertReview => SourceBody::ExpertReview,
            },
            unit: m.unit.clone(),
            breakdowns: m.breakdowns.clone(),
        }
    }
}

#[derive(Deserialize, IntoParams)]
struct EditionQuery {
    /// Which edition; the current default when omitted.
    edition: Option<String>,
}

/// The framework: areas, areas of focus, key features and measurements, and the rating scale.
#[utoipa::path(get, path = "/api/v1/framework", tag = "framework", params(EditionQuery),
    security(("bearer" = [])),
    responses((status = 200, body = FrameworkBody), ApiErrors))]
async fn get_framework(
    _caller: ApiUser,
    State(state): State<App>,
    Query(q): Query<EditionQuery>,
) -> ApiResult<Json<FrameworkBody>> {
    let framework = match q.edition.as_deref() {
        None => state.frameworks.default_edition(),
        Some(code) => state
            .frameworks
            .get(code)
            .ok_or(AppError::NotFound("framework edition"))?,
    };
    Ok(Json(FrameworkBody::from(framework)))
}

#[derive(Serialize, ToSchema)]
struct EditionSummary {
    edition: String,
    title: String,
    /// Whether this is the edition new cycles use by default.
    default: bool,
}

/// The framework editions this server holds.
#[utoipa::path(get, path = "/api/v1/framework/editions", tag = "framework",
    security(("bearer" = [])),
    responses((status = 200, body = [EditionSummary]), ApiErrors))]
async fn list_editions(_caller: ApiUser, State(state): State<App>) -> Json<Vec<EditionSummary>> {
    let default = &state.frameworks.default_edition().edition;
    Json(
        state
            .frameworks
            .all()
            .iter()
            .map(|f| EditionSummary {
                edition: f.edition.clone(),
                title: f.title.clone(),
                default: &f.edition == default,
            })
            .collect(),
    )
}
