//! The cookies lcreview sets. All are HttpOnly and SameSite=Lax; over https they are Secure, and the
//! session cookie takes the `__Host-` prefix (which browsers accept only when Secure, host-only, Path=/).
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use time::Duration;

use crate::config::AuthSettings;

/// The signed-in session.
pub const SESSION: &str = "lcr_session";
/// Binds an OpenID Connect sign-in in progress to the browser that started it.
pub const LOGIN: &str = "lcr_login";
/// The double-submit CSRF token of forms shown before sign-in.
pub const PRE_CSRF: &str = "lcr_csrf";
/// A visitor's language, chosen on the switcher before signing in.
pub const LANGUAGE: &str = "lcr_lang";

pub fn name(base: &'static str, auth: &AuthSettings) -> String {
    if auth.secure_cookies() {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}

pub fn read(jar: &CookieJar, base: &'static str, auth: &AuthSettings) -> Option<String> {
    jar.get(&name(base, auth)).map(|c| c.value().to_owned())
}

/// A cookie for this site. `max_age` None: a browser-session cookie.
pub fn build(base: &'static str, value: String, max_age: Option<Duration>, auth: &AuthSettings) -> Cookie<'static> {
    let mut c = Cookie::build((name(base, auth), value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(auth.secure_cookies());
    if let Some(age) = max_age {
        c = c.max_age(age);
    }
    c.build()
}

/// A cookie that removes `base` from the browser.
pub fn removal(base: &'static str, auth: &AuthSettings) -> Cookie<'static> {
    build(base, String::new(), Some(Duration::ZERO), auth)
}
