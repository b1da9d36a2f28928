//! Refresh tokens: 256 random bits, stored only as SHA-256, rotated on every use.
//!
//! A login starts a chain; each refresh spends the presented token and issues the next one.
//! Presenting a spent token means two parties hold the chain, so the whole chain is revoked
//! (RFC 9700 §4.14.2). A chain ends after [`IDLE_DAYS`] without use or [`ABSOLUTE_DAYS`]
//! after the login, whichever comes first.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::error::{AppError, Result};

/// A chain unused this long ends.
pub const IDLE_DAYS: i64 = 30;
/// A chain ends this long after its login, however often it is used.
pub const ABSOLUTE_DAYS: i64 = 90;

fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

async fn issue(conn: &mut PgConnection, chain_id: Uuid) -> Result<String> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    sqlx::query!(
        "insert into refresh_tokens (token_hash, chain_id) values ($1, $2)",
        hash(&token),
        chain_id
    )
    .execute(conn)
    .await?;
    Ok(token)
}

/// Start a chain for `user_id` (at login) and return its first token.
pub async fn start_chain(conn: &mut PgConnection, user_id: Uuid) -> Result<String> {
    let chain_id = Uuid::now_v7();
    sqlx::query!(
        "insert into refresh_chains (id, user_id) values ($1, $2)",
        chain_id,
        user_id
    )
    .execute(&mut *conn)
    .await?;
    issue(conn, chain_id).await
}

fn refused() -> AppError {
    AppError::Unauthorized("the refresh token is invalid, expired or revoked".into())
}

/// Who a token pair is for: what the access token carries and what the login answers.
pub struct Login {
    pub user_id: Uuid,
    pub generation: i32,
    /// The user must choose a new password before anything else.
    pub password_change_required: bool,
}

/// Spend `token` and return its login and the chain's next token.
pub async fn rotate(pool: &PgPool, token: &str) -> Result<(Login, String)> {
    let mut tx = pool.begin().await?;
    // Locking the token and its chain serialises two refreshes racing with one token: the
    // second sees it spent and revokes the chain.
    let row = sqlx::query!(
        r#"select t.chain_id, t.used_at, c.user_id, c.created_at, c.last_used_at, c.revoked_at,
                  u.disabled_at is not null as "disabled!", u.token_generation,
                  u.password_change_required
           from refresh_tokens t
           join refresh_chains c on c.id = t.chain_id
           join users u on u.id = c.user_id
           where t.token_hash = $1
           for update of t, c"#,
        hash(token)
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Err(refused());
    };
    let (chain_id, user_id, generation) = (row.chain_id, row.user_id, row.token_generation);
    let password_change_required = row.password_change_required;
    if row.used_at.is_some() {
        sqlx::query!(
            "update refresh_chains set revoked_at = now() where id = $1 and revoked_at is null",
            chain_id
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        tracing::warn!(%user_id, %chain_id, "a spent refresh token was presented again; revoked its chain");
        return Err(refused());
    }
    let now = Utc::now();
    let expired = now - row.last_used_at > Duration::days(IDLE_DAYS)
        || now - row.created_at > Duration::days(ABSOLUTE_DAYS);
    if row.revoked_at.is_some() || row.disabled || expired {
        return Err(refused());
    }
    sqlx::query!(
        "update refresh_tokens set used_at = now() where token_hash = $1",
        hash(token)
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "update refresh_chains set last_used_at = now() where id = $1",
        chain_id
    )
    .execute(&mut *tx)
    .await?;
    let next = issue(&mut tx, chain_id).await?;
    tx.commit().await?;
    let login = Login {
        user_id,
        generation,
        password_change_required,
    };
    Ok((login, next))
}

/// Revoke the chain `token` belongs to (logout). Unknown tokens are ignored.
pub async fn revoke_chain_of(pool: &PgPool, token: &str) -> Result<()> {
    sqlx::query!(
        "update refresh_chains set revoked_at = now()
         where id = (select chain_id from refresh_tokens where token_hash = $1)
           and revoked_at is null",
        hash(token)
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Revoke every chain of `user_id` (password change, disabling, last membership removed).
pub async fn revoke_all(conn: &mut PgConnection, user_id: Uuid) -> Result<()> {
    sqlx::query!(
        "update refresh_chains set revoked_at = now() where user_id = $1 and revoked_at is null",
        user_id
    )
    .execute(conn)
    .await?;
    Ok(())
}
