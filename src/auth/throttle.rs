//! Login throttling per account and per client address, kept in PostgreSQL so that every
//! instance behind a load balancer shares the counts.
//!
//! A key (an account name or a client address) that collects `max_failures` failed attempts
//! within [`WINDOW_SECONDS`] is blocked for [`WINDOW_SECONDS`]; a successful login clears its
//! account's count. Unknown usernames count like known ones, so the answers tell nothing.
//! (In-process limiters such as `governor` cannot share state between instances.)

use sqlx::PgPool;

use crate::error::{AppError, Result};

pub const WINDOW_SECONDS: i64 = 15 * 60;
/// Failures of one account within the window before it is blocked.
pub const MAX_ACCOUNT_FAILURES: i32 = 5;
/// Failures from one client address within the window before it is blocked.
pub const MAX_CLIENT_FAILURES: i32 = 20;

pub fn account_key(username: &str) -> String {
    format!("account:{}", username.trim().to_lowercase())
}

pub fn client_key(address: &str) -> String {
    format!("client:{address}")
}

/// 429 with `Retry-After` when any of `keys` is blocked.
pub async fn check(pool: &PgPool, keys: &[&str]) -> Result<()> {
    let wait: Option<f64> = sqlx::query_scalar(
        "select extract(epoch from max(blocked_until) - now())::float8
         from login_throttle where key = any ($1) and blocked_until > now()",
    )
    .bind(keys)
    .fetch_one(pool)
    .await?;
    match wait {
        Some(seconds) => Err(AppError::TooManyRequests {
            retry_after_secs: seconds.ceil().max(1.0) as u64,
        }),
        None => Ok(()),
    }
}

/// Count a failed attempt against `key`; block it once it reaches `max_failures`.
pub async fn record_failure(pool: &PgPool, key: &str, max_failures: i32) -> Result<()> {
    sqlx::query(
        "insert into login_throttle as t (key, failures, window_started_at, blocked_until)
         values ($1, 1, now(), case when $2 <= 1 then now() + make_interval(secs => $3) end)
         on conflict (key) do update set
             failures = case when t.window_started_at < now() - make_interval(secs => $3)
                             then 1 else t.failures + 1 end,
             window_started_at = case when t.window_started_at < now() - make_interval(secs => $3)
                                      then now() else t.window_started_at end,
             blocked_until = case
                 when (case when t.window_started_at < now() - make_interval(secs => $3)
                            then 1 else t.failures + 1 end) >= $2
                 then now() + make_interval(secs => $3)
                 else t.blocked_until end",
    )
    .bind(key)
    .bind(max_failures)
    .bind(WINDOW_SECONDS as f64)
    .execute(pool)
    .await?;
    Ok(())
}

/// Forget counts whose window and block are long over (run periodically).
pub async fn forget_stale(pool: &PgPool) -> Result<u64> {
    let done = sqlx::query(
        "delete from login_throttle
         where window_started_at < now() - make_interval(secs => $1)
           and (blocked_until is null or blocked_until < now())",
    )
    .bind(2.0 * WINDOW_SECONDS as f64)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Forget the failures of `key` (after a successful login).
pub async fn clear(pool: &PgPool, key: &str) -> Result<()> {
    sqlx::query("delete from login_throttle where key = $1")
        .bind(key)
        .execute(pool)
        .await?;
    Ok(())
}
