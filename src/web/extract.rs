//! Extractors with our rejections: who is calling (and may they), JSON bodies, path ids.
//! Handlers list the caller's extractor before the body, so a request is checked in the contract's
//! order: authentication and role (401, 403), then the body (400, 413, 415, 422).
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::{AppError, PageError};
use super::state::AppState;
use crate::app::Staff;
use crate::read::User;

/// The signed-in caller of an API route, by `Authorization: Bearer <token>`. Rejects with 401.
#[derive(Clone, Debug)]
pub struct ApiUser(pub User);

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // The extractor may run more than once per request (a guard wraps it): authenticate once.
        if let Some(user) = parts.extensions.get::<ApiUser>() {
            return Ok(user.clone());
        }
        // The security layer looked the token up once already.
        if parts.extensions.get::<super::security::TokenRejected>().is_some() {
            return Err(AppError::Unauthorized(
                "the API token is not valid: unknown, revoked or expired",
            ));
        }
        let token = super::security::bearer(&parts.headers)?.ok_or(AppError::Unauthorized(
            "this call needs an API token (Authorization: Bearer …)",
        ))?;
        let user = crate::app::auth::authenticate_token(state, token, super::reading(&parts.method))
            .await?
            .map(|b| b.user)
            .ok_or(AppError::Unauthorized(
                "the API token is not valid: unknown, revoked or expired",
            ))?;
        let user = ApiUser(user);
        parts.extensions.insert(user.clone());
        Ok(user)
    }
}

/// A caller with the secretariat role (the proof `app::Staff`). Others get 403.
#[derive(Clone, Debug)]
pub struct Secretariat(pub Staff);

impl FromRequestParts<AppState> for Secretariat {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ApiUser(user) = ApiUser::from_request_parts(parts, state).await?;
        Ok(Secretariat(Staff::of(&user)?))
    }
}

/// One id in a path: a positive integer. Anything else cannot name an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Id(pub i32);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
        let raw = String::deserialize(d)?;
        raw.parse::<i32>()
            .ok()
            .filter(|id| *id > 0)
            .map(Id)
            .ok_or_else(|| serde::de::Error::custom("not an id"))
    }
}

/// The path's ids, typed: `Ids<Id>` for one, `Ids<(Id, Id)>` for two, and so on. A malformed id names
/// nothing: 404, as the contract says, in JSON on the API and as a page elsewhere. List it after
/// the caller's extractor, so an anonymous caller still gets 401 first.
pub struct Ids<T>(pub T);

/// A path id that names nothing.
pub struct IdRejection {
    api: bool,
}

impl axum::response::IntoResponse for IdRejection {
    fn into_response(self) -> axum::response::Response {
        if self.api {
            AppError::NotFound("object").into_response()
        } else {
            PageError(AppError::NotFound("page")).into_response()
        }
    }
}

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Ids<T> {
    type Rejection = IdRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let api = parts.uri.path().starts_with("/api/");
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(t)| Ids(t))
            .map_err(|_| IdRejection { api })
    }
}

/// A JSON body, read with our errors: 413 over the limit, 415 when declared as something else,
/// 400 when it is not JSON, 422 naming the field when it is JSON of the wrong shape.
pub struct Json<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for Json<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let JsonBody(bytes) = JsonBody::from_request(req, state).await?;
        parse_json(&bytes).map(Json)
    }
}

/// A JSON body read but not yet parsed: for handlers that must first check that the caller may see
/// the object (404) before saying anything about the body (400, 422), as the contract orders.
pub struct JsonBody(pub Bytes);

impl JsonBody {
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        parse_json(&self.0)
    }
}

impl FromRequest<AppState> for JsonBody {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let declared_json = match req.headers().get(CONTENT_TYPE) {
            None => true,
            Some(ct) => ct
                .to_str()
                .ok()
                .and_then(|ct| ct.split(';').next())
                .map(|mime| {
                    let mime = mime.trim().to_ascii_lowercase();
                    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
                })
                .unwrap_or(false),
        };
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge(state.settings.server.body_limit_bytes)
            } else {
                AppError::BadRequest {
                    code: "unreadable_body",
                    message: "the request body could not be read".into(),
                }
            }
        })?;
        if !declared_json && !bytes.is_empty() {
            return Err(AppError::UnsupportedMediaType);
        }
        Ok(JsonBody(bytes))
    }
}

/// Parses a JSON body, naming the field at fault in a 422.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(AppError::BadRequest {
            code: "missing_body",
            message: "this call needs a JSON body".into(),
        });
    }
    // Syntax first (400), then the shape (422 naming the field).
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(malformed)?;
    if !value.is_object() {
        // serde would take an array for a struct (its fields in order): a body is an object.
        return Err(AppError::invalid("body", "the body must be a JSON object"));
    }
    if let Some(path) = nul_in(&value, "") {
        // No text of ours holds a NUL character, and PostgreSQL cannot store one.
        return Err(AppError::invalid(
            path,
            "text must not contain a NUL character (\\u0000)",
        ));
    }
    match serde_path_to_error::deserialize(value) {
        Ok(v) => Ok(v),
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            match inner.classify() {
                serde_json::error::Category::Data => {
                    let message = strip_position(&inner.to_string());
                    Err(AppError::invalid(field_of(&path, &message), message))
                }
                _ => Err(malformed(inner)),
            }
        }
    }
}

/// The path of the first string (or key) holding a NUL character.
fn nul_in(v: &serde_json::Value, at: &str) -> Option<String> {
    let join = |k: &str| {
        if at.is_empty() {
            k.to_owned()
        } else {
            format!("{at}.{k}")
        }
    };
    match v {
        serde_json::Value::String(s) if s.contains('\0') => {
            Some(if at.is_empty() { "body".into() } else { at.to_owned() })
        }
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, x)| nul_in(x, &join(&i.to_string()))),
        serde_json::Value::Object(map) => map.iter().find_map(|(k, x)| {
            if k.contains('\0') {
                Some(join("key"))
            } else {
                nul_in(x, &join(k))
            }
        }),
        _ => None,
    }
}

fn malformed(e: serde_json::Error) -> AppError {
    AppError::BadRequest {
        code: "malformed_json",
        message: format!("the request body is not valid JSON: {e}"),
    }
}

/// The path of the offending value; for a missing field, serde reports the enclosing object's path,
/// so the field's own name is taken from the message ("missing field `name`").
fn field_of(path: &str, message: &str) -> String {
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    match (path, missing) {
        (".", Some(name)) => name.to_owned(),
        (_, Some(name)) => format!("{path}.{name}"),
        (".", None) => "body".to_owned(),
        (_, None) => path.to_owned(),
    }
}

/// serde's messages end in " at line 1 column 42": useful for syntax errors, noise for data errors.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        inner: Inner,
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Inner {
        count: u32,
    }

    fn outcome(json: &str) -> (u16, Option<String>) {
        match parse_json::<Body>(json.as_bytes()) {
            Ok(_) => (200, None),
            Err(AppError::Invalid { field, .. }) => (422, Some(field)),
            Err(e) => (e.status().as_u16(), None),
        }
    }

    #[test]
    fn json_errors_name_the_field() {
        assert_eq!(outcome(r#"{"name":"a","inner":{"count":1}}"#), (200, None));
        assert_eq!(
            outcome(r#"{"name":"a","inner":{"count":-1}}"#),
            (422, Some("inner.count".into()))
        );
        assert_eq!(outcome(r#"{"name":5,"inner":{"count":1}}"#), (422, Some("name".into())));
        assert_eq!(outcome(r#"{"inner":{"count":1}}"#), (422, Some("name".into())));
        assert_eq!(outcome(r#"{"name":"a","inner":{}}"#), (422, Some("inner.count".into())));
        assert_eq!(outcome(r#"{"name":"a","#), (400, None));
        assert_eq!(outcome(""), (400, None));
        assert_eq!(outcome(r#"{"name":"a","inner":{"count":1}} trailing"#), (400, None));
        assert_eq!(outcome("[]").0, 422);
    }
}
