//! Who is looking at a page: extractors for pages, by session cookie. Authorization for pages is
//! decided here and in `domain::visibility`, never only by what a page shows.
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use super::cookies;
use crate::app::Staff;
use crate::i18n::{self, Locale};
use crate::read::Session;
use crate::tr;
use crate::views::layout::{Shell, ShellUser};
use crate::web::AppState;
use crate::web::error::PageError;

/// Loads the session once per request; later extractors (CSRF) find it in the request's extensions.
async fn session(parts: &mut Parts, state: &AppState) -> Result<Option<Session>, PageError> {
    if let Some(s) = parts.extensions.get::<Option<Session>>() {
        return Ok(s.clone());
    }
    let jar = CookieJar::from_headers(&parts.headers);
    let found = match cookies::read(&jar, cookies::SESSION, &state.settings.auth) {
        Some(plain) => crate::app::auth::session(state, &plain, crate::web::reading(&parts.method)).await?,
        None => None,
    };
    parts.extensions.insert(found.clone());
    if let Some(s) = &found {
        parts.extensions.insert(s.clone());
    }
    Ok(found)
}

pub fn shell_for(session: Option<&Session>) -> Shell {
    Shell {
        user: session.map(|s| ShellUser {
            name: s.user.name.clone(),
            role: s.user.role,
            csrf_token: s.csrf_token.clone(),
        }),
        flash: session.and_then(|s| s.flash.clone()),
    }
}

/// Anyone, signed in or not.
pub struct Visitor(pub Option<Session>);

impl Visitor {
    pub fn shell(&self) -> Shell {
        shell_for(self.0.as_ref())
    }
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Visitor(session(parts, state).await?))
    }
}

/// Why a page extractor refused: not signed in (go and sign in, then come back), or not allowed.
pub enum PageRejection {
    SignIn { next: String },
    Error(PageError),
}

impl IntoResponse for PageRejection {
    fn into_response(self) -> Response {
        match self {
            PageRejection::SignIn { next } => {
                let query = serde_html_form::to_string([("next", next)]).unwrap_or_default();
                Redirect::to(&format!("/signin?{query}")).into_response()
            }
            PageRejection::Error(e) => e.into_response(),
        }
    }
}

impl From<PageError> for PageRejection {
    fn from(e: PageError) -> Self {
        PageRejection::Error(e)
    }
}

/// A signed-in person. Anyone else is sent to the sign-in page, and back here afterwards.
pub struct SignedIn(pub Session);

impl SignedIn {
    pub fn shell(&self) -> Shell {
        shell_for(Some(&self.0))
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = PageRejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match session(parts, state).await? {
            Some(s) => Ok(SignedIn(s)),
            None => {
                let next = parts
                    .uri
                    .path_and_query()
                    .map_or("/".to_owned(), |p| p.as_str().to_owned());
                Err(PageRejection::SignIn { next })
            }
        }
    }
}

/// A signed-in member of the secretariat, with the proof `app::Staff`. Other roles get 403.
pub struct SecretariatPage(pub Session, pub Staff);

impl SecretariatPage {
    pub fn shell(&self) -> Shell {
        shell_for(Some(&self.0))
    }

    pub fn staff(&self) -> &Staff {
        &self.1
    }
}

impl FromRequestParts<AppState> for SecretariatPage {
    type Rejection = PageRejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(s) = SignedIn::from_request_parts(parts, state).await?;
        match Staff::of(&s.user) {
            Ok(staff) => Ok(SecretariatPage(s, staff)),
            Err(_) => {
                let message = tr!("auth-page-for-secretariat");
                Err(PageRejection::Error(PageError(crate::app::AppError::forbidden(
                    message,
                ))))
            }
        }
    }
}

/// Only local paths may be a destination after sign-in: never another site (an open redirect).
/// `next` arrives decoded; it must be one leading `/` then visible ASCII only: no second `/` or a
/// backslash after it (`//host`, `/\host`), no control or space character (browsers drop a tab, so
/// `/<TAB>/host` is `//host`), no scheme. Anything else goes home.
pub fn safe_next(next: Option<&str>) -> String {
    let local = |p: &str| {
        let mut chars = p.chars();
        chars.next() == Some('/')
            && !matches!(chars.next(), Some('/' | '\\'))
            && p.chars().all(|c| c.is_ascii_graphic())
            && !p.contains('\\')
            && !p.contains("://")
    };
    match next {
        Some(p) if local(p) => p.to_owned(),
        _ => "/".to_owned(),
    }
}

/// The language of a page: the person's choice on their profile, else the one chosen on the
/// switcher before signing in, else their browser's (`Accept-Language`), else English. The
/// request runs in it, so every word its page and messages take from the catalogues is in it. The
/// JSON API stays English (its error codes are the contract). The session is loaded here once and
/// left in the request for the page extractors.
pub async fn language(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path();
    if path.starts_with("/api/") || path.starts_with("/static/") {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    // A failure to read the session is left to the page's own extractor to report.
    let found = session(&mut parts, &state).await.ok().flatten();
    let jar = CookieJar::from_headers(&parts.headers);
    let locale = found
        .as_ref()
        .and_then(|s| s.user.language.as_deref())
        .and_then(Locale::parse)
        .or_else(|| cookies::read(&jar, cookies::LANGUAGE, &state.settings.auth).and_then(|c| Locale::parse(&c)))
        .or_else(|| {
            parts
                .headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(Locale::En);
    let request = axum::extract::Request::from_parts(parts, body);
    let mut response = i18n::scope(locale, next.run(request)).await;
    // The same address gives another language to another reader: caches must keep them apart.
    response.headers_mut().append(
        axum::http::header::VARY,
        axum::http::HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

/// Error pages know who is signed in: a page error (drawn without a request at hand) is drawn again
/// with the person's header, not with a "Sign in" link to someone who is signed in.
pub async fn error_pages(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let jar = CookieJar::from_headers(request.headers());
    let reading = crate::web::reading(request.method());
    let response = next.run(request).await;
    let Some(page) = response.extensions().get::<crate::web::error::ErrorPage>().cloned() else {
        return response;
    };
    let Some(plain) = cookies::read(&jar, cookies::SESSION, &state.settings.auth) else {
        return response;
    };
    let Ok(Some(session)) = crate::app::auth::session(&state, &plain, reading).await else {
        return response;
    };
    let shell = Shell {
        flash: None,
        ..shell_for(Some(&session))
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    let body = page.render(&shell).into_string();
    Response::from_parts(parts, axum::body::Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_destinations() {
        assert_eq!(safe_next(Some("/admin/users?x=1")), "/admin/users?x=1");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
            "/\u{0}x",
            "/é",
            "/a\\b",
            "https:evil.example",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
