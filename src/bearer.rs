//! The caller of a request, from its bearer access token, checked against the account on
//! every request so that disabling a user or changing a password takes effect at once: the
//! account as this instance keeps it (`auth::accounts`, forgotten on every instance when it
//! changes), else as the database has it.
//!
//! A user whose password was reset must choose a new one before anything else: `AuthUser`
//! refuses it with 403 everywhere, and only the endpoints of the caller's own account take
//! [`AccountHolder`] instead, which lets it through.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use tracing_actix_web::RequestId;

use crate::auth::accounts::Account;
use crate::auth::{AccountHolder, AuthUser};
use crate::error::{AppError, Result};
use crate::state::AppState;

fn unauthorized() -> AppError {
    AppError::Unauthorized("a valid bearer access token is required".into())
}

type Authenticating = Pin<Box<dyn Future<Output = Result<AccountHolder>>>>;

/// The account `id` as the database has it; 401 when there is none.
async fn read_account(state: &AppState, id: uuid::Uuid) -> Result<Account> {
    // The first query of nearly every request that misses the cache: after a database
    // restart it is the one that meets a dead connection, so it retries once on a fresh one.
    let row = crate::db::read_retrying(|| {
        sqlx::query!(
            r#"select username, is_admin, disabled_at is not null as "disabled!",
                      token_generation, password_change_required
               from users where id = $1"#,
            id
        )
        .fetch_optional(&state.pool)
    })
    .await?
    .ok_or_else(unauthorized)?;
    Ok(Account {
        username: row.username,
        is_admin: row.is_admin,
        disabled: row.disabled,
        token_generation: row.token_generation,
        password_change_required: row.password_change_required,
    })
}

/// Check the request's bearer token and load its user.
fn authenticate(req: &HttpRequest) -> Authenticating {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let request_id = req.extensions().get::<RequestId>().map(|id| id.to_string());
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, token) = v.split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then(|| token.trim().to_owned())
        });
    Box::pin(async move {
        let state = state.ok_or_else(|| AppError::Internal(anyhow::anyhow!("no AppState")))?;
        let claims = token
            .and_then(|t| state.jwt.verify(&t))
            .ok_or_else(unauthorized)?;
        let account = match state.accounts.get(claims.sub) {
            Ok(account) => account,
            Err(ticket) => {
                let account = read_account(&state, claims.sub).await?;
                if let Some(ticket) = ticket {
                    state.accounts.keep(ticket, claims.sub, account.clone());
                }
                account
            }
        };
        if account.disabled || claims.generation != account.token_generation {
            return Err(unauthorized());
        }
        Ok(AccountHolder {
            user: AuthUser {
                id: claims.sub,
                username: account.username,
                is_admin: account.is_admin,
                request_id,
            },
            password_change_required: account.password_change_required,
        })
    })
}

impl FromRequest for AuthUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let authenticating = authenticate(req);
        Box::pin(async move {
            let holder = authenticating.await?;
            if holder.password_change_required {
                return Err(AppError::Forbidden(
                    "your password was reset: choose a new one with PUT /api/v1/me/password \
                     before anything else"
                        .into(),
                ));
            }
            Ok(holder.user)
        })
    }
}

impl FromRequest for AccountHolder {
    type Error = AppError;
    type Future = Authenticating;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        authenticate(req)
    }
}
