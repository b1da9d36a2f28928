//! Login, token refresh and logout.

use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::jwt::ACCESS_TOKEN_SECONDS;
use crate::auth::{password, refresh, throttle};
use crate::error::{AppError, Result};
use crate::startup::AppState;

pub const TAG: &str = "auth";

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(login).service(refresh_tokens).service(logout);
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "zhang.wei", "password": "correct horse battery"}))]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

/// An access token (a JWT for `Authorization: Bearer`) and the refresh token that renews it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "access_token": "eyJhbGciOiJIUzI1NiJ9.…",
    "token_type": "Bearer",
    "expires_in": 900,
    "refresh_token": "m3V0YQ…"
}))]
pub struct TokenPair {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Opaque; single use: each refresh returns a new one.
    pub refresh_token: String,
}

/// Longest username or password looked at; longer ones cannot exist.
const MAX_CREDENTIAL_CHARS: usize = 1024;

fn wrong_credentials() -> AppError {
    AppError::Unauthorized("wrong username or password".into())
}

/// The client address used for throttling and logs.
pub fn client_address(req: &HttpRequest, trust_proxy_headers: bool) -> String {
    let address = if trust_proxy_headers {
        req.connection_info()
            .realip_remote_addr()
            .map(str::to_owned)
    } else {
        req.peer_addr().map(|a| a.ip().to_string())
    };
    address.unwrap_or_else(|| "unknown".into())
}

fn pair(
    state: &AppState,
    user_id: Uuid,
    generation: i32,
    refresh_token: String,
) -> Result<TokenPair> {
    Ok(TokenPair {
        access_token: state.jwt.issue(user_id, generation)?,
        token_type: "Bearer",
        expires_in: ACCESS_TOKEN_SECONDS,
        refresh_token,
    })
}

/// Log in with a username and password.
///
/// An unknown user and a wrong password get the same answer. Repeated failures for one
/// account or from one client address are refused with 429 for a while.
#[utoipa::path(
    tag = TAG,
    responses(
        (status = 200, description = "Logged in", body = TokenPair),
        (status = 401, description = "Wrong username or password, or a disabled account"),
        (status = 429, description = "Too many failed logins; see Retry-After"),
    )
)]
#[post("/auth/login")]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<LoginRequest>,
) -> Result<web::Json<TokenPair>> {
    let LoginRequest { username, password } = body.into_inner();
    if username.chars().count() > MAX_CREDENTIAL_CHARS
        || password.chars().count() > MAX_CREDENTIAL_CHARS
    {
        return Err(wrong_credentials());
    }
    let client = client_address(&req, state.trust_proxy_headers);
    let account_key = throttle::account_key(&username);
    let client_key = throttle::client_key(&client);
    throttle::check(&state.pool, &[&account_key, &client_key]).await?;

    let user: Option<(Uuid, String, bool, i32)> = sqlx::query_as(
        "select id, password_hash, disabled_at is not null, token_generation
         from users where lower(username) = lower($1)",
    )
    .bind(username.trim())
    .fetch_optional(&state.pool)
    .await?;
    let matches = password::verify_or_dummy(password, user.as_ref().map(|u| u.1.clone())).await?;
    match user {
        Some((user_id, _, false, generation)) if matches => {
            throttle::clear(&state.pool, &account_key).await?;
            let mut tx = state.pool.begin().await?;
            let refresh_token = refresh::start_chain(&mut tx, user_id).await?;
            tx.commit().await?;
            tracing::info!(%user_id, username = %username.trim(), %client, "login succeeded");
            Ok(web::Json(pair(&state, user_id, generation, refresh_token)?))
        }
        _ => {
            throttle::record_failure(&state.pool, &account_key, throttle::MAX_ACCOUNT_FAILURES)
                .await?;
            throttle::record_failure(&state.pool, &client_key, throttle::MAX_CLIENT_FAILURES)
                .await?;
            tracing::warn!(username = %username.trim(), %client, "login failed");
            Err(wrong_credentials())
        }
    }
}

/// Exchange a refresh token for a new pair.
///
/// The presented refresh token stops working. Presenting one that was already used revokes
/// every token of its login (someone else holds a copy).
#[utoipa::path(
    tag = TAG,
    responses(
        (status = 200, description = "A new token pair", body = TokenPair),
        (status = 401, description = "The refresh token is unknown, spent, revoked or expired"),
    )
)]
#[post("/auth/refresh")]
async fn refresh_tokens(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> Result<web::Json<TokenPair>> {
    let (user_id, generation, next) = refresh::rotate(&state.pool, &body.refresh_token).await?;
    Ok(web::Json(pair(&state, user_id, generation, next)?))
}

/// End the login the refresh token belongs to.
///
/// Answers 204 whether or not the token was known.
#[utoipa::path(
    tag = TAG,
    responses((status = 204, description = "Logged out"))
)]
#[post("/auth/logout")]
async fn logout(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> Result<HttpResponse> {
    refresh::revoke_chain_of(&state.pool, &body.refresh_token).await?;
    Ok(HttpResponse::NoContent().finish())
}
