//! Idempotency keys as stored: how long they are kept.

use crate::error::Result;

/// How long keys are kept: at least 24 hours, as the contract promises.
pub const KEEP_KEYS_HOURS: i64 = 24;

/// Forget keys older than [`KEEP_KEYS_HOURS`] (run periodically).
pub async fn forget_old_keys(pool: &sqlx::PgPool) -> Result<u64> {
    let done = sqlx::query!(
        "delete from idempotency_keys where created_at < now() - make_interval(hours => $1)",
        KEEP_KEYS_HOURS as i32
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
