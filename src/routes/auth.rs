//! Login, token refresh and logout.

use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::auth::jwt::ACCESS_TOKEN_SECONDS;
use crate::auth::{password, refresh, throttle};
use crate::edge::{Json, is_nul_refusal};
use crate::error::{AppError, Result};
use crate::state::AppState;

pub const TAG: &str = "auth";

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(login).service(refresh_tokens).service(logout);
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "zhang.wei", "password": "zhibu-2026-zuzhishenghuo"}))]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"refresh_token": "m3V0YQx8Kc2RtP9wLh4ZsN7bFd1JgE6uAy5oWq0iXvT"}))]
pub struct RefreshRequest {
    pub refresh_token: String,
}

/// An access token (a JWT for `Authorization: Bearer`) and the refresh token that renews it.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "access_token": "eyJhbGciOiJIUzI1NiJ9.…",
    "token_type": "Bearer",
    "expires_in": 900,
    "refresh_token": "m3V0YQ…",
    "password_change_required": false
}))]
pub struct TokenPair {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Opaque; single use: each refresh returns a new one.
    pub refresh_token: String,
    /// The password was reset by a secretary or an admin: until the user chooses a new one
    /// with `PUT /api/v1/me/password`, every other endpoint but `GET /api/v1/me` (and
    /// refresh and logout) answers 403.
    pub password_change_required: bool,
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

fn pair(state: &AppState, who: refresh::Login, refresh_token: String) -> Result<TokenPair> {
    Ok(TokenPair {
        access_token: state.jwt.issue(who.user_id, who.generation)?,
        token_type: "Bearer",
        expires_in: ACCESS_TOKEN_SECONDS,
        refresh_token,
        password_change_required: who.password_change_required,
    })
}

/// Log in with a username and password.
///
/// An unknown user and a wrong password get the same answer. Every attempt is counted before
/// the password is checked: after 5 failures for one account or 20 from one client address
/// within 15 minutes, attempts are refused with 429 for 15 minutes, however many arrive at
/// once. When `password_change_required` is true, the user must choose a new password
/// (`PUT /api/v1/me/password`) before anything else.
#[utoipa::path(
    tag = TAG,
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in", body = TokenPair),
        (status = 401, description = "Wrong username or password (one holding U+0000 too), or a disabled account"),
        (status = 422, description = "The body is not a login request"),
        (status = 429, description = "Too many failed logins; see Retry-After"),
    )
)]
#[post("/auth/login")]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: actix_web::Result<Json<LoginRequest>>,
) -> actix_web::Result<web::Json<TokenPair>> {
    // No account can have a NUL in its name or password: that is simply a wrong one.
    let body = match body {
        Ok(body) => body,
        Err(e) if e.as_error::<AppError>().is_some_and(is_nul_refusal) => {
            return Err(wrong_credentials().into());
        }
        Err(e) => return Err(e),
    };
    Ok(log_in(&state, &req, body.into_inner()).await?)
}

async fn log_in(
    state: &AppState,
    req: &HttpRequest,
    LoginRequest { username, password }: LoginRequest,
) -> Result<web::Json<TokenPair>> {
    if username.chars().count() > MAX_CREDENTIAL_CHARS
        || password.chars().count() > MAX_CREDENTIAL_CHARS
    {
        return Err(wrong_credentials());
    }
    let client = client_address(req, state.trust_proxy_headers);
    let account_key = throttle::account_key(&username);
    let client_key = throttle::client_key(&client);
    // Count the attempt on both keys before any password work; an attempt refused on the
    // client is not evaluated, so it is taken back from the account.
    throttle::attempt(&state.pool, &account_key, throttle::MAX_ACCOUNT_FAILURES).await?;
    if let Err(e) = throttle::attempt(&state.pool, &client_key, throttle::MAX_CLIENT_FAILURES).await
    {
        throttle::uncount(&state.pool, &account_key).await?;
        return Err(e);
    }

    let user = sqlx::query!(
        r#"select id, password_hash, disabled_at is not null as "disabled!", token_generation,
                  password_change_required
           from users where lower(username) = lower($1)"#,
        username.trim()
    )
    .fetch_optional(&state.pool)
    .await?
    .map(|u| {
        (
            u.id,
            u.password_hash,
            u.disabled,
            u.token_generation,
            u.password_change_required,
        )
    });
    let matches = password::verify_or_dummy(password, user.as_ref().map(|u| u.1.clone())).await?;
    match user {
        Some((user_id, _, false, generation, password_change_required)) if matches => {
            // Only failures use up the limits.
            throttle::uncount(&state.pool, &account_key).await?;
            throttle::uncount(&state.pool, &client_key).await?;
            let mut tx = state.pool.begin().await?;
            let refresh_token = refresh::start_chain(&mut tx, user_id).await?;
            tx.commit().await?;
            tracing::info!(%user_id, username = %username.trim(), %client, "login succeeded");
            let who = refresh::Login {
                user_id,
                generation,
                password_change_required,
            };
            Ok(web::Json(pair(state, who, refresh_token)?))
        }
        _ => {
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
    body: Json<RefreshRequest>,
) -> Result<web::Json<TokenPair>> {
    let (who, next) = refresh::rotate(&state.pool, &body.refresh_token).await?;
    Ok(web::Json(pair(&state, who, next)?))
}

/// End the login the refresh token belongs to.
///
/// Answers 204 whether or not the token was known.
#[utoipa::path(
    tag = TAG,
    responses((status = 204, description = "Logged out"))
)]
#[post("/auth/logout")]
async fn logout(state: web::Data<AppState>, body: Json<RefreshRequest>) -> Result<HttpResponse> {
    refresh::revoke_chain_of(&state.pool, &body.refresh_token).await?;
    Ok(HttpResponse::NoContent().finish())
}
