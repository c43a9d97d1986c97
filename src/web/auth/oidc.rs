//! OpenID Connect, authorization code flow with PKCE, `state` and `nonce` (openidconnect, built on
//! oauth2). Provider metadata and keys are discovered for each sign-in, so a provider's key rotation
//! never needs a restart. The HTTP client follows no redirects.
use anyhow::{Context, anyhow};
use openidconnect::core::{CoreClient, CoreProviderMetadata, CoreResponseType, CoreUserInfoClaims};
use openidconnect::reqwest;
use openidconnect::{
    AccessTokenHash, AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, Scope, TokenResponse,
};

use crate::config::ProviderSettings;

type Client =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

pub use crate::domain::user::VerifiedIdentity;

/// Where the provider sends people back.
pub fn redirect_uri(public_url: &str, provider: &str) -> String {
    format!("{}/auth/{provider}/callback", public_url.trim_end_matches('/'))
}

async fn client(http: &reqwest::Client, provider: &ProviderSettings, public_url: &str) -> anyhow::Result<Client> {
    let issuer = IssuerUrl::new(provider.issuer.clone()).context("issuer URL")?;
    let metadata = CoreProviderMetadata::discover_async(issuer, http)
        .await
        .map_err(|e| anyhow!("discovery at {} failed: {e}", provider.issuer))?;
    let secret = (!provider.client_secret.is_empty()).then(|| ClientSecret::new(provider.client_secret.clone()));
    Ok(
        CoreClient::from_provider_metadata(metadata, ClientId::new(provider.client_id.clone()), secret)
            .set_redirect_uri(RedirectUrl::new(redirect_uri(public_url, &provider.id)).context("redirect URI")?),
    )
}

/// The provider's authorization URL, and the secrets to keep until the callback.
pub struct Start {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

pub async fn start(http: &reqwest::Client, provider: &ProviderSettings, public_url: &str) -> anyhow::Result<Start> {
    let client = client(http, provider, public_url).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state, nonce) = client
        .authorize_url(
            AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .url();
    Ok(Start {
        url: url.to_string(),
        state: state.secret().clone(),
        nonce: nonce.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
    })
}

/// Exchanges the code (with the PKCE verifier), verifies the ID token (signature, issuer, audience,
/// expiry, nonce, access-token hash), and reads the e-mail address from the token or, when the
/// provider keeps it out of the ID token, from the userinfo endpoint.
pub async fn finish(
    http: &reqwest::Client,
    provider: &ProviderSettings,
    public_url: &str,
    code: String,
    pkce_verifier: String,
    nonce: String,
) -> anyhow::Result<VerifiedIdentity> {
    let client = client(http, provider, public_url).await?;
    let token = client
        .exchange_code(AuthorizationCode::new(code))
        .context("the provider has no token endpoint")?
        .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
        .request_async(http)
        .await
        .map_err(|e| anyhow!("code exchange refused: {e}"))?;
    let id_token = token.id_token().context("the provider returned no ID token")?;
    let verifier = client.id_token_verifier();
    let claims = id_token
        .claims(&verifier, &Nonce::new(nonce))
        .map_err(|e| anyhow!("ID token refused: {e}"))?;
    if let Some(expected) = claims.access_token_hash() {
        let alg = id_token.signing_alg().map_err(|e| anyhow!("ID token algorithm: {e}"))?;
        let key = id_token
            .signing_key(&verifier)
            .map_err(|e| anyhow!("ID token key: {e}"))?;
        let actual = AccessTokenHash::from_token(token.access_token(), alg, key)
            .map_err(|e| anyhow!("access token hash: {e}"))?;
        if &actual != expected {
            return Err(anyhow!("the access token does not match the ID token"));
        }
    }
    let subject = claims.subject().as_str().to_owned();
    let mut email = claims.email().map(|e| e.as_str().to_owned());
    let mut email_verified = claims.email_verified().unwrap_or(false);
    if email.is_none() {
        let info: CoreUserInfoClaims = client
            .user_info(token.access_token().clone(), Some(claims.subject().clone()))
            .context("the provider has no userinfo endpoint")?
            .request_async(http)
            .await
            .map_err(|e| anyhow!("userinfo request failed: {e}"))?;
        email = info.email().map(|e| e.as_str().to_owned());
        email_verified = info.email_verified().unwrap_or(false);
    }
    Ok(VerifiedIdentity {
        subject,
        email,
        email_verified,
    })
}
