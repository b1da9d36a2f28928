//! Login throttling per account and per client address, kept in PostgreSQL so that every
//! instance behind a load balancer shares the counts.
//!
//! Every attempt is counted against its key (an account name or a client address) *before*
//! its password is looked at, by one statement that increments and reads the count together:
//! however many attempts race, on however many instances, at most `max_failures` of them are
//! evaluated per [`WINDOW_SECONDS`]. The attempt after those is refused and blocks the key for
//! [`WINDOW_SECONDS`]. A successful attempt is un-counted, so only failures use up the
//! limit. Unknown usernames count like known ones, so the answers tell nothing.
//! (In-process limiters such as `governor` cannot share state between instances.)

use sqlx::{PgConnection, PgPool};

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

/// Count an attempt against `key`; 429 with `Retry-After` when the key is blocked or already
/// had `max_failures` attempts counted in its window (the attempt is then not counted, and
/// must not be evaluated).
pub async fn attempt(pool: &PgPool, key: &str, max_failures: i32) -> Result<()> {
    // `fresh`: the window is over and no block is running, so counting starts again.
    let fresh = "(t.window_started_at <= now() - make_interval(secs => $3)
                  and (t.blocked_until is null or t.blocked_until <= now()))";
    let wait: Option<f64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "insert into login_throttle as t (key, failures, window_started_at, blocked_until)
         values ($1, 1, now(), null)
         on conflict (key) do update set
             failures = case when {fresh} then 1
                             when t.failures >= $2 or t.blocked_until > now() then t.failures
                             else t.failures + 1 end,
             window_started_at = case when {fresh} then now() else t.window_started_at end,
             blocked_until = case when {fresh} then null
                                  when t.blocked_until > now() then t.blocked_until
                                  when t.failures >= $2 then now() + make_interval(secs => $3)
                             end
         returning extract(epoch from blocked_until - now())::float8"
    )))
    .bind(key)
    .bind(max_failures)
    .bind(WINDOW_SECONDS as f64)
    .fetch_one(pool)
    .await?;
    match wait {
        Some(seconds) if seconds > 0.0 => Err(AppError::TooManyRequests {
            retry_after_secs: seconds.ceil().max(1.0) as u64,
        }),
        _ => Ok(()),
    }
}

/// Take back an attempt counted against `key`: it succeeded, or it was refused on another key
/// and never evaluated. The count is then below the limit, so no block stands.
pub async fn uncount(pool: &PgPool, key: &str) -> Result<()> {
    sqlx::query!(
        "update login_throttle set failures = greatest(failures - 1, 0), blocked_until = null
         where key = $1",
        key
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Forget counts whose window and block are long over (run periodically).
pub async fn forget_stale(pool: &PgPool) -> Result<u64> {
    let done = sqlx::query!(
        "delete from login_throttle
         where window_started_at < now() - make_interval(secs => $1)
           and (blocked_until is null or blocked_until < now())",
        2.0 * WINDOW_SECONDS as f64
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Forget the count and block of `key` (a secretary reset the account's password).
pub async fn clear(conn: &mut PgConnection, key: &str) -> Result<()> {
    sqlx::query!("delete from login_throttle where key = $1", key)
        .execute(conn)
        .await?;
    Ok(())
}
