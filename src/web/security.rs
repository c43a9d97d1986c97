//! Request-level protections, in one layer in front of every route:
//! - an API token is authenticated once per request; when someone else issued it (the secretariat,
//!   for its owner), that issuer is carried into every audit entry the request writes;
//! - sign-in endpoints and failed API tokens are rate-limited per client address (429 with
//!   `Retry-After`), with `governor`'s keyed GCRA limiters;
//! - every answer to a request with a session or a token says `Cache-Control: no-store`;
//! - with an https public address, every answer carries HSTS;
//! - the SQL statements a request runs and its round trips to the database are counted
//!   (`store::metrics`), and told in `X-Db-Statements` and `X-Db-Round-Trips` when
//!   `server.statement_count_header` is on.
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, COOKIE, STRICT_TRANSPORT_SECURITY};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::AppState;
use super::error::{AppError, PageError};
use super::extract::ApiUser;

/// The per-address limiters, shared by every request of this node.
#[derive(Clone)]
pub struct Limits {
    sign_in: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    bad_tokens: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

impl Limits {
    /// `per_minute` requests per address and minute (`auth.requests_per_minute`): a person signing
    /// in needs a handful; a script guessing needs thousands.
    pub fn new(per_minute: u32) -> Self {
        let quota = Quota::per_minute(NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN));
        Limits {
            sign_in: Arc::new(RateLimiter::keyed(quota)),
            bad_tokens: Arc::new(RateLimiter::keyed(quota)),
        }
    }
}

/// A well-formed bearer token was sent and is not valid: the extractor answers 401 without looking
/// it up again.
#[derive(Clone, Copy, Debug)]
pub struct TokenRejected;

/// The token of an `Authorization: Bearer …` header. None when there is no such header; an error
/// when the header is there but not a bearer token.
pub fn bearer(headers: &HeaderMap) -> Result<Option<&str>, AppError> {
    let Some(header) = headers.get(AUTHORIZATION) else {
        return Ok(None);
    };
    header
        .to_str()
        .ok()
        .and_then(|h| h.strip_prefix("Bearer ").or_else(|| h.strip_prefix("bearer ")))
        .map(|t| Some(t.trim()))
        .ok_or(AppError::Unauthorized(
            "the Authorization header must be `Bearer <token>`",
        ))
}

fn client_address(req: &Request) -> IpAddr {
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip())
}

fn is_sign_in(path: &str) -> bool {
    path == "/signin" || path.starts_with("/auth/")
}

/// 429, as JSON for the API and as a page for people.
fn too_many(limiter: &DefaultKeyedRateLimiter<IpAddr>, ip: IpAddr, api: bool) -> Option<Response> {
    let Err(not_until) = limiter.check_key(&ip) else {
        return None;
    };
    let wait = not_until.wait_time_from(DefaultClock::default().now());
    let err = AppError::TooManyRequests(wait.as_secs().max(1));
    tracing::warn!(client = %ip, "rate limit reached");
    Some(if api {
        err.into_response()
    } else {
        PageError(err).into_response()
    })
}

pub async fn protect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let count_header = state.settings.server.statement_count_header;
    let (mut response, cost) = crate::store::metrics::counted(guarded(state, req, next)).await;
    tracing::debug!(
        statements = cost.statements,
        round_trips = cost.round_trips,
        "database cost of the request"
    );
    if count_header {
        let headers = response.headers_mut();
        headers.insert("x-db-statements", HeaderValue::from(cost.statements));
        headers.insert("x-db-round-trips", HeaderValue::from(cost.round_trips));
    }
    response
}

/// The request through the rate limits and the token check, and its answer's headers.
async fn guarded(state: AppState, mut req: Request, next: Next) -> Response {
    let ip = client_address(&req);
    let path = req.uri().path().to_owned();
    let api = path.starts_with("/api/");
    if is_sign_in(&path)
        && let Some(refused) = too_many(&state.limits.sign_in, ip, false)
    {
        return refused;
    }
    let has_session = req
        .headers()
        .get_all(COOKIE)
        .iter()
        .any(|c| c.to_str().is_ok_and(|c| c.contains(super::auth::cookies::SESSION)));
    let mut issuer = None;
    let mut with_token = false;
    if let Ok(Some(token)) = bearer(req.headers()) {
        with_token = true;
        match crate::app::auth::authenticate_token(&state, token, super::reading(req.method())).await {
            Ok(Some(b)) => {
                issuer = b.issued_by;
                req.extensions_mut().insert(ApiUser(b.user));
            }
            Ok(None) => {
                if let Some(refused) = too_many(&state.limits.bad_tokens, ip, api) {
                    return refused;
                }
                req.extensions_mut().insert(TokenRejected);
            }
            Err(e) => return e.into_response(),
        }
    }
    let mut response = crate::store::audit::TOKEN_ISSUER.scope(issuer, next.run(req)).await;
    let headers = response.headers_mut();
    // The stylesheet is the same for everyone and versioned by its digest: it may be cached.
    if (has_session || with_token) && !path.starts_with("/static/") {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.settings.auth.public_url.starts_with("https://") {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}
