//! Experts' pages: their own profile and conflicts; the secretariat's list and any expert's profile;
//! panels of a cycle. Same rules as the API: the domain parses, the store decides.
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use maud::Markup;

use crate::domain::expert::ExpertProfile;
use crate::domain::user::Role;
use crate::startup::AppState;
use crate::store::{self, StoreError, sessions::Session};
use crate::views::experts::{PanelView, ProfileForm, ProfileView, list, panel, profile};
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn, shell_for};
use crate::web::error::{AppError, PageError};

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
    let user = store::users::get(&state.db, expert_id)
        .await?
        .filter(|u| u.role == Role::Expert)
        .ok_or(PageError(AppError::NotFound("expert")))?;
    let saved = store::experts::get_profile(&state.db, expert_id).await?;
    let form = form
        .or_else(|| saved.as_ref().map(ProfileForm::from))
        .unwrap_or(ProfileForm {
            capacity: "5".into(),
            ..Default::default()
        });
    let conflicts = store::experts::conflicts(&state.db, Some(expert_id)).await?;
    let cities = store::cities::list(&state.db, None).await?;
    Ok(profile(
        &shell_for(Some(session)),
        &ProfileView {
            name: &user.name,
            base,
            form,
            conflicts: &conflicts,
            cities: &cities,
            framework: state.frameworks.default_edition(),
            csrf: &session.csrf_token,
            error,
        },
    ))
}

async fn save_profile(
    state: &AppState,
    session: &Session,
    expert_id: i32,
    base: &str,
    form: Vec<(String, String)>,
) -> Result<Response, PageError> {
    let typed = ProfileForm {
        country: field(&form, "country"),
        city_id: field(&form, "city_id"),
        institution: field(&form, "institution"),
        languages: field(&form, "languages"),
        expertise: fields(&form, "expertise"),
        capacity: field(&form, "capacity"),
    };
    let languages: Vec<String> = typed
        .languages
        .split([',', ' ', ';'])
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let parsed = (|| {
        let city_id = match typed.city_id.trim() {
            "" => None,
            s => Some(
                s.parse::<i32>()
                    .map_err(|_| "home city: choose one from the list".to_owned())?,
            ),
        };
        let capacity = typed
            .capacity
            .trim()
            .parse::<i64>()
            .map_err(|_| "capacity: a whole number".to_owned())?;
        ExpertProfile::parse(
            state.frameworks.default_edition(),
            &typed.country,
            city_id,
            Some(&typed.institution),
            &languages,
            &typed.expertise,
            capacity,
        )
        .map_err(|(f, m)| format!("{f}: {m}"))
    })();
    let result = match parsed {
        Ok(p) => store::experts::set_profile(&state.db, Some(session.user.id), expert_id, p)
            .await
            .map(|_| ()),
        Err(m) => Err(StoreError::invalid("profile", m)),
    };
    match result {
        Ok(()) => {
            store::sessions::set_flash(&state.db, session.id, "The profile is saved.").await?;
            Ok(Redirect::to(base).into_response())
        }
        Err(StoreError::Invalid { message, .. }) => {
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
    let city: i32 = field(&form, "city_id")
        .parse()
        .map_err(|_| AppError::invalid("city_id", "choose a city"))?;
    match store::experts::declare_conflict(
        &state.db,
        Some(session.user.id),
        expert_id,
        city,
        &field(&form, "reason"),
    )
    .await
    {
        Ok(_) => {
            store::sessions::set_flash(&state.db, session.id, "The conflict of interest is recorded.").await?;
            Ok(Redirect::to(base).into_response())
        }
        Err(StoreError::Invalid { message, .. } | StoreError::Conflict { message, .. }) => {
            let page = render_profile(state, session, expert_id, base, None, Some(&message)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

fn expert_self(session: &Session) -> Result<i32, PageError> {
    if session.user.role == Role::Expert {
        Ok(session.user.id)
    } else {
        Err(PageError(AppError::forbidden("This page is for experts.")))
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

fn id(raw: &str, what: &'static str) -> Result<i32, PageError> {
    raw.parse::<i32>()
        .ok()
        .filter(|i| *i > 0)
        .ok_or(PageError(AppError::NotFound(what)))
}

async fn experts_list(State(state): State<AppState>, p: SecretariatPage) -> Result<Markup, PageError> {
    let profiles = store::experts::list_profiles(&state.db).await?;
    let rows: Vec<_> = store::users::list(&state.db)
        .await?
        .into_iter()
        .filter(|u| u.role == Role::Expert)
        .map(|u| {
            let profile = profiles.iter().find(|pr| pr.user_id == u.id).cloned();
            (u.id, u.name, u.email, profile)
        })
        .collect();
    Ok(list(&p.shell(), &rows))
}

async fn expert_profile(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path(raw): Path<String>,
) -> Result<Markup, PageError> {
    let id = id(&raw, "expert")?;
    render_profile(&state, &p.0, id, &format!("/admin/experts/{id}"), None, None).await
}

async fn save_expert_profile(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path(raw): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = id(&raw, "expert")?;
    save_profile(&state, &p.0, id, &format!("/admin/experts/{id}"), form).await
}

async fn declare_for_expert(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path(raw): Path<String>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = id(&raw, "expert")?;
    declare(&state, &p.0, id, &format!("/admin/experts/{id}"), form).await
}

async fn render_panel(
    state: &AppState,
    p: &SecretariatPage,
    cycle_raw: &str,
    panel_raw: &str,
    typed: Option<(Vec<i32>, Option<i32>, Vec<String>)>,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let hidden = || PageError(AppError::NotFound("panel"));
    let cycle = store::cycles::get(&state.db, id(cycle_raw, "panel")?)
        .await?
        .ok_or_else(hidden)?;
    let panel_id = id(panel_raw, "panel")?;
    let current = cycle
        .panels
        .iter()
        .find(|x| x.id == panel_id)
        .ok_or_else(hidden)?
        .clone();
    let framework = state.framework_of(&cycle)?;
    let experts: Vec<(i32, String)> = store::users::list(&state.db)
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
    Path((cycle, panel_id)): Path<(String, String)>,
) -> Result<Markup, PageError> {
    render_panel(&state, &p, &cycle, &panel_id, None, None).await
}

async fn save_panel(
    State(state): State<AppState>,
    p: SecretariatPage,
    Path((cycle_raw, panel_raw)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let cycle = store::cycles::get(&state.db, id(&cycle_raw, "panel")?)
        .await?
        .ok_or(PageError(AppError::NotFound("panel")))?;
    let panel_id = id(&panel_raw, "panel")?;
    let framework = state.framework_of(&cycle)?;
    let members: Vec<i32> = fields(&form, "members").iter().filter_map(|m| m.parse().ok()).collect();
    let chair = field(&form, "chair").parse::<i32>().ok();
    let measurements = fields(&form, "measurements");
    let change = store::cycles::PanelChange {
        members: members.clone(),
        chair,
        measurements: Some(measurements.clone()),
    };
    match store::cycles::update_panel(&state.db, Some(p.0.user.id), framework, cycle.id, panel_id, change).await {
        Ok(_) => {
            store::sessions::set_flash(&state.db, p.0.id, "The panel is saved.").await?;
            Ok(Redirect::to(&format!("/cycles/{}", cycle.id)).into_response())
        }
        Err(StoreError::Invalid { message, .. } | StoreError::Conflict { message, .. }) => {
            let page = render_panel(
                &state,
                &p,
                &cycle_raw,
                &panel_raw,
                Some((members, chair, measurements)),
                Some(&message),
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
