//! Experts' pages: their own profile and conflicts; the secretariat's list and any expert's profile;
//! panels of a cycle. Same rules as the API: the domain parses, the store decides.
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::Markup;

use super::{done, refusal};
use crate::app::{self, AppError};
use crate::domain::expert::ExpertProfile;
use crate::domain::user::Role;
use crate::read::Session;
use crate::tr;
use crate::views::experts::{PanelView, ProfileForm, ProfileView, list, panel, profile};
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn, shell_for};
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/profile", get(own_profile).post(save_own_profile))
        .route("/profile/conflicts", axum::routing::post(declare_own))
        .route("/admin/experts", get(experts_list))
        .route("/admin/experts/{id}", get(expert_profile).post(save_expert_profile))
        .route("/admin/experts/{id}/conflicts", axum::routing::post(declare_for_expert))
        .route("/cycles/{id}/panels/{panel}", get(panel_page).post(save_panel))
}

fn field(form: &[(String, String)], name: &str) -> String {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn fields(form: &[(String, String)], name: &str) -> Vec<String> {
    form.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
}

async fn render_profile(
    state: &AppState,
    session: &Session,
    expert_id: i32,
    base: &str,
    form: Option<ProfileForm>,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let v = app::experts::profile_page(state, &session.user, expert_id).await?;
    let form = form
        .or_else(|| v.profile.as_ref().map(ProfileForm::from))
        .unwrap_or(ProfileForm {
            capacity: "5".into(),
            ..Default::default()
        });
    Ok(profile(
        &shell_for(Some(session)),
        &ProfileView {
            name: &v.expert.name,
            base,
            form,
            conflicts: &v.conflicts,
            cities: &v.cities,
            whole_register: v.whole_register,
            framework: state.frameworks.default_edition(),
            csrf: &session.csrf_token,
            error,
        },
    ))
}

/// A field of the profile as a refusal names it ("country: …"), in the reader's language.
fn profile_field(field: &str) -> String {
    match field {
        "country" => tr!("experts-field-country"),
        "institution" => tr!("experts-field-institution"),
        "languages" => tr!("experts-field-languages"),
        "expertise" => tr!("experts-field-expertise"),
        "capacity" => tr!("experts-field-capacity"),
        "regions" => tr!("experts-field-regions"),
        "native_languages" => tr!("experts-field-native-languages"),
        other => other.to_owned(),
    }
}

async fn save_profile(
    state: &AppState,
    session: &Session,
    expert_id: i32,
    base: &str,
    form: Vec<(String, String)>,
) -> Result<Response, PageError> {
    // An expert names their home city; the secretariat picks it from the register.
    let city_id = match form.iter().find(|(k, _)| k == "city") {
        Some((_, name)) if !name.trim().is_empty() => match app::experts::city_named(state, "city", name).await {
            Ok(id) => id.to_string(),
            Err(e) => {
                let (_, message) = refusal(e)?;
                let page = render_profile(state, session, expert_id, base, None, Some(&message)).await?;
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
            }
        },
        Some(_) => String::new(),
        None => field(&form, "city_id"),
    };
    let typed = ProfileForm {
        country: field(&form, "country"),
        city_id,
        institution: field(&form, "institution"),
        languages: field(&form, "languages"),
        expertise: fields(&form, "expertise"),
        capacity: field(&form, "capacity"),
        regions: fields(&form, "regions"),
        native_languages: field(&form, "native_languages"),
    };
    let languages = crate::domain::city::split_codes(&typed.languages);
    let native = crate::domain::city::split_codes(&typed.native_languages);
    let parsed = (|| {
        let city_id = match typed.city_id.trim() {
            "" => None,
            s => Some(s.parse::<i32>().map_err(|_| tr!("experts-home-city-choose"))?),
        };
        let capacity = typed
            .capacity
            .trim()
            .parse::<i64>()
            .map_err(|_| tr!("experts-capacity-whole"))?;
        ExpertProfile::parse(
            state.frameworks.default_edition(),
            &typed.country,
            city_id,
            Some(&typed.institution),
            &languages,
            &typed.expertise,
            capacity,
        )
        .and_then(|p| p.with_regions(&typed.regions))
        .and_then(|p| p.with_native_languages(&native))
        .map_err(|(f, m)| tr!("experts-profile-refused", field = profile_field(f), message = m))
    })();
    let result = match parsed {
        Ok(p) => app::experts::set_profile(state, &session.user, expert_id, p)
            .await
            .map(|_| ()),
        Err(m) => Err(AppError::invalid("profile", m)),
    };
    match result {
        Ok(()) => done(state, session, &tr!("experts-profile-saved"), base).await,
        Err(e @ AppError::Invalid { .. }) => {
            let (_, message) = refusal(e)?;
            let page = render_profile(state, session, expert_id, base, Some(typed), Some(&message)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn declare(
    state: &AppState,
    session: &Session,
    expert_id: i32,
    base: &str,
    form: Vec<(String, String)>,
) -> Result<Response, PageError> {
    let city = match form.iter().find(|(k, _)| k == "city") {
        Some((_, name)) => app::experts::city_named(state, "city", name).await,
        None => field(&form, "city_id")
            .parse()
            .map_err(|_| AppError::invalid("city_id", tr!("experts-choose-city"))),
    };
    let declared = match city {
        Ok(city) => {
            app::experts::declare_conflict(state, &session.user, expert_id, city, &field(&form, "reason")).await
        }
        Err(e) => Err(e),
    };
    match declared {
        Ok((_, removed)) if removed.is_empty() => done(state, session, &tr!("experts-conflict-recorded"), base).await,
        Ok((_, removed)) => {
            let message = tr!("experts-conflict-recorded-removed", count = removed.len());
            done(state, session, &message, base).await
        }
        Err(e) => {
            let (_, message) = refusal(e)?;
            let page = render_profile(state, session, expert_id, base, None, Some(&message)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

fn expert_self(session: &Session) -> Result<i32, PageError> {
    if session.user.role == Role::Expert {
        Ok(session.user.id)
    } else {
        Err(PageError(AppError::forbidden(tr!("experts-page-for-experts"))))
    }
}

async fn own_profile(State(state): State<AppState>, SignedIn(s): SignedIn) -> Result<Markup, PageError> {
    let id = expert_self(&s)?;
    render_profile(&state, &s, id, "/profile", None, None).await
}

async fn save_own_profile(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = expert_self(&s)?;
    save_profile(&state, &s, id, "/profile", form).await
}

async fn declare_own(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = expert_self(&s)?;
    declare(&state, &s, id, "/profile", form).await
}

async fn experts_list(State(state): State<AppState>, p: SecretariatPage) -> Result<Markup, PageError> {
    let rows: Vec<_> = app::experts::list(&state, p.staff())
        .await?
        .into_iter()
        .map(|(u, profile)| (u.id, u.name, u.email, profile))
        .collect();
    Ok(list(&p.shell(), &rows))
}

async fn expert_profile(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
) -> Result<Markup, PageError> {
    render_profile(&state, &p.0, id, &format!("/admin/experts/{id}"), None, None).await
}

async fn save_expert_profile(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    save_profile(&state, &p.0, id, &format!("/admin/experts/{id}"), form).await
}

async fn declare_for_expert(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    declare(&state, &p.0, id, &format!("/admin/experts/{id}"), form).await
}

async fn render_panel(
    state: &AppState,
    p: &SecretariatPage,
    cycle_id: i32,
    panel_id: i32,
    typed: Option<(Vec<i32>, Option<i32>, Vec<String>)>,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let (cycle, current) = app::cycles::panel(state, p.staff(), cycle_id, panel_id).await?;
    let framework = state.framework_of(&cycle)?;
    let experts: Vec<(i32, String)> = app::users::list(state, p.staff())
        .await?
        .into_iter()
        .filter(|u| u.role == Role::Expert && !u.disabled)
        .map(|u| (u.id, u.name))
        .collect();
    let (members, chair, measurements) =
        typed.unwrap_or_else(|| (current.members.clone(), current.chair, current.measurements.clone()));
    Ok(panel(
        &p.shell(),
        &PanelView {
            cycle: &cycle,
            panel: &current,
            experts: &experts,
            framework,
            checked_members: &members,
            chair,
            measurements: &measurements,
            csrf: &p.0.csrf_token,
            error,
        },
    ))
}

async fn panel_page(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids((Id(cycle), Id(panel_id))): Ids<(Id, Id)>,
) -> Result<Markup, PageError> {
    render_panel(&state, &p, cycle, panel_id, None, None).await
}

async fn save_panel(
    State(state): State<AppState>,
    p: SecretariatPage,
    Ids((Id(cycle_id), Id(panel_id))): Ids<(Id, Id)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let (cycle, panel) = app::cycles::panel(&state, p.staff(), cycle_id, panel_id).await?;
    let members: Vec<i32> = fields(&form, "members").iter().filter_map(|m| m.parse().ok()).collect();
    // The page always says who chairs ("" for nobody).
    let chair = Some(field(&form, "chair").parse::<i32>().ok());
    let measurements = fields(&form, "measurements");
    let change = app::cycles::PanelChange {
        members: members.clone(),
        chair,
        measurements: Some(measurements.clone()),
    };
    match app::cycles::update_panel(&state, p.staff(), &cycle, panel.id, change).await {
        Ok(_) => {
            done(
                &state,
                &p.0,
                &tr!("experts-panel-saved"),
                &format!("/cycles/{}", cycle.id),
            )
            .await
        }
        Err(e) => {
            let (_, message) = refusal(e)?;
            let page = render_panel(
                &state,
                &p,
                cycle_id,
                panel_id,
                Some((members, chair.flatten(), measurements)),
                Some(&message),
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
