//! Secretariat pages: invite and disable users, register cities. Same rules as the API: the store
//! and the domain types decide, these handlers only translate forms.
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::domain::city::NewCity;
use crate::domain::user::{Email, PersonName, Role};
use crate::startup::AppState;
use crate::store::{self, StoreError};
use crate::views::admin::{self, CityForm, UserForm};
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::SecretariatPage;
use crate::web::error::{AppError, PageError};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/users", get(users_page).post(invite_user))
        .route("/admin/users/{id}/disable", post(disable_user))
        .route("/admin/users/{id}/enable", post(enable_user))
        .route("/admin/cities", get(cities_page).post(register_city))
}

async fn render_users(state: &AppState, page: &SecretariatPage, form: &UserForm) -> Result<maud::Markup, PageError> {
    let users = store::users::list(&state.db).await?;
    let cities = store::cities::list(&state.db, None).await?;
    Ok(admin::users(&page.shell(), &page.0.csrf_token, &users, &cities, form))
}

async fn users_page(State(state): State<AppState>, page: SecretariatPage) -> Result<maud::Markup, PageError> {
    render_users(&state, &page, &UserForm::default()).await
}

#[derive(Deserialize)]
struct InviteForm {
    email: String,
    name: String,
    role: String,
    #[serde(default)]
    city_id: String,
}

/// After a change: a message for the next page, and back to the list (post/redirect/get, so a reload
/// does not submit the form again).
async fn done(state: &AppState, page: &SecretariatPage, message: &str, to: &str) -> Result<Response, PageError> {
    store::sessions::set_flash(&state.db, page.0.id, message).await?;
    Ok(Redirect::to(to).into_response())
}

/// A refusal the person can fix: the form again, with their input and the reason (422).
fn user_error(e: StoreError) -> Result<String, PageError> {
    match e {
        StoreError::Invalid { message, .. } | StoreError::Conflict { message, .. } => Ok(message),
        other => Err(other.into()),
    }
}

#[tracing::instrument(skip_all, fields(actor = page.0.user.id))]
async fn invite_user(
    State(state): State<AppState>,
    page: SecretariatPage,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, PageError> {
    let parsed = (|| {
        let city_id = match form.city_id.trim() {
            "" => None,
            s => Some(s.parse::<i32>().map_err(|_| "choose a city from the list".to_owned())?),
        };
        Ok::<_, String>(store::users::NewUser {
            email: Email::try_from(form.email.as_str())?,
            name: PersonName::try_from(form.name.as_str())?,
            role: Role::try_from(form.role.as_str())?,
            city_id,
        })
    })();
    let result = match parsed {
        Ok(new) => match store::users::create(&state.db, Some(page.0.user.id), new).await {
            Ok(user) => Ok(user),
            Err(e) => Err(user_error(e)?),
        },
        Err(message) => Err(message),
    };
    match result {
        Ok(user) => done(&state, &page, &format!("{} was invited.", user.name), "/admin/users").await,
        Err(message) => {
            let again = UserForm {
                email: form.email,
                name: form.name,
                role: form.role,
                city_id: form.city_id,
                error: Some(message),
            };
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                render_users(&state, &page, &again).await?,
            )
                .into_response())
        }
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn set_disabled(
    state: &AppState,
    page: &SecretariatPage,
    id: &str,
    disabled: bool,
) -> Result<Response, PageError> {
    let id: i32 = id.parse().map_err(|_| AppError::NotFound("user"))?;
    if disabled && id == page.0.user.id {
        return Err(PageError(AppError::Conflict {
            code: "cannot_disable_self",
            message: "You cannot disable your own account.".into(),
        }));
    }
    let user = store::users::set_disabled(&state.db, Some(page.0.user.id), id, disabled).await?;
    let verb = if disabled {
        "disabled; their sessions have ended"
    } else {
        "enabled"
    };
    done(state, page, &format!("{} was {verb}.", user.name), "/admin/users").await
}

async fn disable_user(
    State(state): State<AppState>,
    page: SecretariatPage,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    set_disabled(&state, &page, &id, true).await
}

async fn enable_user(
    State(state): State<AppState>,
    page: SecretariatPage,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    set_disabled(&state, &page, &id, false).await
}

async fn render_cities(state: &AppState, page: &SecretariatPage, form: &CityForm) -> Result<maud::Markup, PageError> {
    let cities = store::cities::list(&state.db, None).await?;
    Ok(admin::cities(&page.shell(), &page.0.csrf_token, &cities, form))
}

async fn cities_page(State(state): State<AppState>, page: SecretariatPage) -> Result<maud::Markup, PageError> {
    render_cities(&state, &page, &CityForm::default()).await
}

#[derive(Deserialize)]
struct RegisterForm {
    name: String,
    country: String,
    #[serde(default)]
    region: String,
    languages: String,
}

async fn register_city(
    State(state): State<AppState>,
    page: SecretariatPage,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> Result<Response, PageError> {
    let languages: Vec<String> = form
        .languages
        .split([',', ' '])
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    let result = match NewCity::parse(&form.name, &form.country, Some(&form.region), &languages) {
        Ok(new) => match store::cities::create(&state.db, Some(page.0.user.id), new).await {
            Ok(city) => Ok(city),
            Err(e) => Err(user_error(e)?),
        },
        Err((field, message)) => Err(format!("{field}: {message}")),
    };
    match result {
        Ok(city) => {
            done(
                &state,
                &page,
                &format!("{} was registered.", city.name),
                "/admin/cities",
            )
            .await
        }
        Err(message) => {
            let again = CityForm {
                name: form.name,
                country: form.country,
                region: form.region,
                languages: form.languages,
                error: Some(message),
            };
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                render_cities(&state, &page, &again).await?,
            )
                .into_response())
        }
    }
}
