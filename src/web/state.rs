//! What every handler may use: the application layer and the HTTP client for sign-in providers.
use std::ops::Deref;

use axum::extract::FromRef;
use openidconnect::reqwest;

use crate::app::App;

/// Cheap to clone: the pool and the rest are shared.
#[derive(Clone)]
pub struct AppState {
    pub app: App,
    /// For OpenID Connect. It follows no redirects: a provider's answer is taken as given.
    pub http: reqwest::Client,
    /// Per-address rate limits (sign-in, failed tokens), per node.
    pub limits: super::security::Limits,
}

/// Handlers read the settings and call use cases through the state as through the application.
impl Deref for AppState {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

impl FromRef<AppState> for App {
    fn from_ref(state: &AppState) -> Self {
        state.app.clone()
    }
}
