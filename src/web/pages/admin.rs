//! Secretariat pages: invite and disable users, register cities. Same rules as the API: these
//! handlers only translate forms and call `app`.
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::{done, refusal};
use crate::app;
use crate::domain::city::NewCity;
use crate::domain::user::{Email, NewUser, PersonName, Role};
use crate::tr;
use crate::views::admin::{self, CityForm, UserForm};
use crate::web::AppState;
use crate::web::auth::csrf::CsrfForm;
use crate::web::auth::session::{SecretariatPage, SignedIn};
use crate::web::error::PageError;
use crate::web::extract::{Id, Ids};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/users", get(users_page).post(invite_user))
        .route("/admin/users/{id}/disable", post(disable_user))
        .route("/admin/users/{id}/enable", post(enable_user))
        .route("/admin/cities", get(cities_page).post(register_city))
        .route(
            "/cities/{id}/institutions",
            get(institutions_page).post(save_institutions),
        )
}

async fn render_users(state: &AppState, page: &SecretariatPage, form: &UserForm) -> Result<maud::Markup, PageError> {
    let users = app::users::list(state, page.staff()).await?;
    let cities = app::cities::all(state, page.staff()).await?;
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

#[tracing::instrument(skip_all, fields(actor = page.0.user.id))]
async fn invite_user(
    State(state): State<AppState>,
    page: SecretariatPage,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, PageError> {
    // Each refusal names the field it concerns, so the page shows it beside that field.
    let parsed = (|| {
        let city_id = match form.city_id.trim() {
            "" => None,
            s => Some(
                s.parse::<i32>()
                    .map_err(|_| ("city_id".to_owned(), tr!("admin-invite-choose-city")))?,
            ),
        };
        Ok::<_, (String, String)>(NewUser {
            email: Email::try_from(form.email.as_str()).map_err(|e| ("email".to_owned(), e))?,
            name: PersonName::try_from(form.name.as_str()).map_err(|e| ("name".to_owned(), e))?,
            role: Role::try_from(form.role.as_str()).map_err(|e| ("role".to_owned(), e))?,
            city_id,
        })
    })();
    let result = match parsed {
        Ok(new) => match app::users::invite(&state, page.staff(), new).await {
            Ok(user) => Ok(user),
            Err(crate::app::AppError::Invalid { field, message }) => Err((field, message)),
            Err(crate::app::AppError::Conflict { message, .. }) => Err(("email".to_owned(), message)),
            Err(e) => Err((String::new(), refusal(e)?.1)),
        },
        Err(e) => Err(e),
    };
    match result {
        Ok(user) => {
            let message = tr!("admin-user-invited", name = user.name.as_str());
            done(&state, &page.0, &message, "/admin/users").await
        }
        Err((field, message)) => {
            let again = UserForm {
                email: form.email,
                name: form.name,
                role: form.role,
                city_id: form.city_id,
                error: Some(message),
                error_field: field,
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
    id: i32,
    disabled: bool,
) -> Result<Response, PageError> {
    let user = app::users::set_disabled(state, page.staff(), id, disabled).await?;
    let message = if disabled {
        tr!("admin-user-disabled-done", name = user.name.as_str())
    } else {
        tr!("admin-user-enabled-done", name = user.name.as_str())
    };
    done(state, &page.0, &message, "/admin/users").await
}

async fn disable_user(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    set_disabled(&state, &page, id, true).await
}

async fn enable_user(
    State(state): State<AppState>,
    page: SecretariatPage,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    set_disabled(&state, &page, id, false).await
}

async fn render_cities(state: &AppState, page: &SecretariatPage, form: &CityForm) -> Result<maud::Markup, PageError> {
    let cities = app::cities::all(state, page.staff()).await?;
    Ok(admin::cities(&page.shell(), &page.0.csrf_token, &cities, form))
}

async fn cities_page(State(state): State<AppState>, page: SecretariatPage) -> Result<maud::Markup, PageError> {
    render_cities(&state, &page, &CityForm::default()).await
}

/// A field of the city form as the refusal names it ("country: …"), in the reader's language.
fn city_field(field: &str) -> String {
    match field {
        "name" => tr!("admin-city-field-name"),
        "country" => tr!("admin-city-field-country"),
        "region" => tr!("admin-city-field-region"),
        "languages" => tr!("admin-city-field-languages"),
        "institutions" => tr!("admin-city-field-institutions"),
        other => other.to_owned(),
    }
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
        Ok(new) => match app::cities::register(&state, page.staff(), new).await {
            Ok(city) => Ok(city),
            Err(e) => Err(refusal(e)?.1),
        },
        Err((field, message)) => {
            let field = city_field(field);
            Err(tr!("admin-cities-refused", field = field, message = message))
        }
    };
    match result {
        Ok(city) => {
            done(
                &state,
                &page.0,
                &tr!("admin-city-registered", name = city.name.as_str()),
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

async fn render_institutions(
    state: &AppState,
    session: &crate::read::Session,
    id: i32,
    typed: Option<String>,
    error: Option<&str>,
) -> Result<maud::Markup, PageError> {
    let city = app::cities::get(state, &session.user, id).await?;
    let back = if session.user.actor().is_secretariat() {
        "/admin/cities"
    } else {
        "/"
    };
    Ok(admin::institutions(
        &crate::web::auth::session::shell_for(Some(session)),
        &admin::InstitutionsView {
            city_id: city.id,
            city: &city.name,
            institutions: typed.unwrap_or_else(|| city.institutions.join("\n")),
            back,
            csrf: &session.csrf_token,
            error,
        },
    ))
}

/// A city's institutions: its users and the secretariat.
async fn institutions_page(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
) -> Result<maud::Markup, PageError> {
    render_institutions(&state, &session, id, None, None).await
}

#[derive(Deserialize)]
struct InstitutionsForm {
    #[serde(default)]
    institutions: String,
}

async fn save_institutions(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Ids(Id(id)): Ids<Id>,
    CsrfForm(form): CsrfForm<InstitutionsForm>,
) -> Result<Response, PageError> {
    let list: Vec<String> = form.institutions.lines().map(str::to_owned).collect();
    match app::cities::set_institutions(&state, &session.user, id, &list).await {
        Ok((city, _)) => {
            let back = if session.user.actor().is_secretariat() {
                "/admin/cities"
            } else {
                "/"
            };
            done(
                &state,
                &session,
                &tr!("admin-institutions-saved", city = city.name.as_str()),
                back,
            )
            .await
        }
        Err(e) => {
            let (status, message) = refusal(e)?;
            let page = render_institutions(&state, &session, id, Some(form.institutions), Some(&message)).await?;
            Ok((status, page).into_response())
        }
    }
}
