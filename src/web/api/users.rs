//! Accounts and API tokens: `POST /api/v1/users`, `POST /api/v1/users/{id}/tokens`,
//! `GET /api/v1/me/tokens`, `DELETE /api/v1/tokens/{id}`, `GET /api/v1/me`.
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::app::{self, App};
use crate::domain::user::{Email, NewUser, PersonName, Role};
use crate::format::rfc3339;
use crate::read::User;
use crate::web::AppState;
use crate::web::error::{ApiErrors, ApiResult, AppError};
use crate::web::extract::{ApiUser, Id, Ids, Json, JsonBody, Secretariat};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_user, list_users))
        .routes(routes!(get_user))
        .routes(routes!(issue_token))
        .routes(routes!(my_tokens))
        .routes(routes!(revoke_token))
        .routes(routes!(me))
        .routes(routes!(set_preferences))
}

#[derive(Serialize, Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum RoleBody {
    Secretariat,
    Expert,
    City,
}

impl From<RoleBody> for Role {
    fn from(r: RoleBody) -> Role {
        match r {
            RoleBody::Secretariat => Role::Secretariat,
            RoleBody::Expert => Role::Expert,
            RoleBody::City => Role::City,
        }
    }
}

impl From<Role> for RoleBody {
    fn from(r: Role) -> RoleBody {
        match r {
            Role::Secretariat => RoleBody::Secretariat,
            Role::Expert => RoleBody::Expert,
            Role::City => RoleBody::City,
        }
    }
}

#[derive(Serialize, ToSchema)]
struct UserBody {
    id: i32,
    email: String,
    name: String,
    role: RoleBody,
    /// The city a city user coordinates; null for other roles.
    city_id: Option<i32>,
    /// ar, zh, en, fr, ru or es; null: the browser's choice.
    language: Option<String>,
    /// An IANA time zone; deadlines are shown in it. null: UTC.
    time_zone: Option<String>,
    /// immediate: one e-mail per event; daily: reminders and assignment changes in one daily summary.
    #[schema(value_type = DigestChoice)]
    mail_digest: &'static str,
}

/// How reminders and assignment changes reach a person.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "snake_case")]
enum DigestChoice {
    Immediate,
    Daily,
}

impl From<User> for UserBody {
    fn from(u: User) -> Self {
        UserBody {
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role.into(),
            city_id: u.city_id,
            language: u.language,
            time_zone: u.time_zone,
            mail_digest: if u.mail_digest { "daily" } else { "immediate" },
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct CreateUser {
    email: String,
    name: String,
    role: RoleBody,
    /// Required for role `city`, refused for the others.
    #[serde(default)]
    city_id: Option<i32>,
}

/// Invites a person: creates their account (secretariat only). A taken e-mail address is 409.
#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = CreateUser,
    security(("bearer" = [])), responses((status = 201, body = UserBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = ?staff.actor_id()))]
async fn create_user(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Json(body): Json<CreateUser>,
) -> ApiResult<(StatusCode, axum::Json<UserBody>)> {
    let new = NewUser {
        email: Email::try_from(body.email.as_str()).map_err(|e| AppError::invalid("email", e))?,
        name: PersonName::try_from(body.name.as_str()).map_err(|e| AppError::invalid("name", e))?,
        role: body.role.into(),
        city_id: body.city_id,
    };
    let user = app::users::invite(&app, &staff, new).await?;
    Ok((StatusCode::CREATED, axum::Json(user.into())))
}

/// Lists every account (secretariat only).
#[utoipa::path(get, path = "/api/v1/users", tag = "users", security(("bearer" = [])),
    responses((status = 200, body = [UserBody]), ApiErrors))]
async fn list_users(Secretariat(staff): Secretariat, State(app): State<App>) -> ApiResult<axum::Json<Vec<UserBody>>> {
    let users = app::users::list(&app, &staff).await?;
    Ok(axum::Json(users.into_iter().map(UserBody::from).collect()))
}

/// One account (secretariat only).
#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "users", security(("bearer" = [])),
    params(("id" = i32, Path, description = "The user's id")),
    responses((status = 200, body = UserBody), ApiErrors))]
async fn get_user(
    Secretariat(staff): Secretariat,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
) -> ApiResult<axum::Json<UserBody>> {
    Ok(axum::Json(app::users::get(&app, &staff, id).await?.into()))
}

#[derive(Serialize, ToSchema)]
struct TokenBody {
    id: i32,
    /// The new token. It is shown once: the server keeps only its hash.
    token: String,
    /// RFC 3339; after this the token is refused (401).
    expires_at: Option<String>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
struct IssueToken {
    /// What the token is for ("my scripts").
    #[serde(default)]
    label: Option<String>,
    /// 1 to 365; default 90.
    #[serde(default)]
    expires_in_days: Option<i64>,
    /// Needed when the secretariat issues a token for someone else (at least 10 characters): the
    /// audit log records it, and every action taken with the token names both people.
    #[serde(default)]
    reason: Option<String>,
}

/// Issues a personal API token: a person for themselves, or the secretariat for someone else with a
/// `reason`. The body is optional.
#[utoipa::path(post, path = "/api/v1/users/{id}/tokens", tag = "users", security(("bearer" = [])),
    params(("id" = i32, Path, description = "The user's id")), request_body = Option<IssueToken>,
    responses((status = 201, body = TokenBody), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id, user_id = id))]
async fn issue_token(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Ids(Id(id)): Ids<Id>,
    body: JsonBody,
) -> ApiResult<(StatusCode, axum::Json<TokenBody>)> {
    // Who may ask comes before what they ask: another person's token is the secretariat's.
    if id != caller.id {
        app::Staff::of(&caller)?;
    }
    let body: IssueToken = if body.0.iter().all(u8::is_ascii_whitespace) {
        IssueToken::default()
    } else {
        body.parse()?
    };
    let req = app::users::TokenRequest {
        label: body.label,
        expires_in_days: body.expires_in_days,
        reason: body.reason,
    };
    let (token, secret) = app::users::issue_for(&app, &caller, id, req).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(TokenBody {
            id: token.id,
            token: secret,
            expires_at: rfc3339(token.expires_at),
        }),
    ))
}

#[derive(Serialize, ToSchema)]
struct TokenInfo {
    id: i32,
    label: Option<String>,
    created_at: Option<String>,
    last_used_at: Option<String>,
    expires_at: Option<String>,
}

/// The caller's live tokens (never their secrets).
#[utoipa::path(get, path = "/api/v1/me/tokens", tag = "users", security(("bearer" = [])),
    responses((status = 200, body = [TokenInfo]), ApiErrors))]
async fn my_tokens(ApiUser(caller): ApiUser, State(app): State<App>) -> ApiResult<axum::Json<Vec<TokenInfo>>> {
    let tokens = app::users::my_tokens(&app, &caller).await?;
    Ok(axum::Json(
        tokens
            .into_iter()
            .map(|t| TokenInfo {
                id: t.id,
                label: t.label,
                created_at: rfc3339(Some(t.created_at)),
                last_used_at: rfc3339(t.last_used_at),
                expires_at: rfc3339(t.expires_at),
            })
            .collect(),
    ))
}

/// Revokes a token (its owner or the secretariat; 404 for anyone else). It is refused from then on.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "users", security(("bearer" = [])),
    params(("id" = i32, Path)), responses((status = 204), ApiErrors))]
#[tracing::instrument(skip_all, fields(actor = caller.id, token_id = id))]
async fn revoke_token(ApiUser(caller): ApiUser, State(app): State<App>, Ids(Id(id)): Ids<Id>) -> ApiResult<StatusCode> {
    app::users::revoke_token(&app, &caller, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller's own account.
#[utoipa::path(get, path = "/api/v1/me", tag = "users", security(("bearer" = [])),
    responses((status = 200, body = UserBody), ApiErrors))]
async fn me(ApiUser(user): ApiUser) -> axum::Json<UserBody> {
    axum::Json(user.into())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct Preferences {
    /// ar, zh, en, fr, ru or es; "" to follow the browser again.
    #[serde(default)]
    language: Option<String>,
    /// An IANA time zone such as `Europe/Paris`; "" for UTC.
    #[serde(default)]
    time_zone: Option<String>,
    /// immediate (one e-mail per event) or daily (reminders and assignment changes in one summary).
    #[serde(default)]
    #[schema(value_type = Option<DigestChoice>)]
    mail_digest: Option<String>,
}

/// The caller's language, time zone and e-mail digest (absent: unchanged). Unknown values: 422.
#[utoipa::path(put, path = "/api/v1/me/preferences", tag = "users", request_body = Preferences,
    security(("bearer" = [])), responses((status = 200, body = UserBody), ApiErrors))]
async fn set_preferences(
    ApiUser(caller): ApiUser,
    State(app): State<App>,
    Json(body): Json<Preferences>,
) -> ApiResult<axum::Json<UserBody>> {
    let wanted = app::users::Preferences {
        language: body.language,
        time_zone: body.time_zone,
        mail_digest: body.mail_digest,
    };
    let user = app::users::set_preferences(&app, &caller, &wanted).await?;
    Ok(axum::Json(user.into()))
}
