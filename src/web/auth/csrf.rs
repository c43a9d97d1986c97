//! CSRF protection for forms. A signed-in form carries its session's token; a form shown before
//! sign-in carries a token that must equal its cookie (double submit). A POST without a valid token
//! is refused with 403 before the handler runs, so it changes nothing.
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum_extra::extract::CookieJar;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::cookies;
use crate::domain::token::secrets_equal;
use crate::read::Session;
use crate::tr;
use crate::web::AppState;
use crate::web::error::{AppError, PageError};

#[derive(Deserialize)]
struct Token {
    csrf_token: Option<String>,
}

/// A URL-encoded form whose CSRF token was checked. `T` should ignore the `csrf_token` field.
pub struct CsrfForm<T>(pub T);

fn refused() -> PageError {
    PageError(AppError::forbidden(tr!("auth-csrf-refused")))
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let auth = &state.settings.auth;
        let jar = CookieJar::from_headers(req.headers());
        // A page extractor may already have loaded the session for this request.
        let session: Option<Session> = match req.extensions().get::<Session>() {
            Some(s) => Some(s.clone()),
            None => match cookies::read(&jar, cookies::SESSION, auth) {
                Some(plain) => crate::app::auth::session(state, &plain, false).await?,
                None => None,
            },
        };
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| PageError(AppError::PayloadTooLarge(state.settings.server.body_limit_bytes)))?;
        let sent = serde_html_form::from_bytes::<Token>(&bytes)
            .ok()
            .and_then(|t| t.csrf_token)
            .ok_or_else(refused)?;
        let expected = match &session {
            Some(s) => s.csrf_token.clone(),
            None => cookies::read(&jar, cookies::PRE_CSRF, auth).ok_or_else(refused)?,
        };
        if !secrets_equal(&sent, &expected) {
            return Err(refused());
        }
        let form = serde_html_form::from_bytes::<T>(&bytes).map_err(|e| {
            PageError(AppError::BadRequest {
                code: "malformed_form",
                message: tr!("auth-form-unreadable", error = e.to_string()),
            })
        })?;
        Ok(CsrfForm(form))
    }
}
