//! Deleting what has outlived its use: expired idempotency keys and stale login counts.

use std::time::Duration;

use sqlx::PgPool;

/// How often expired idempotency keys and stale login counts are deleted.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(600);

/// Delete what has outlived its use; any instance may do it, and doing it twice is harmless.
pub async fn run(pool: PgPool) {
    let mut ticks = tokio::time::interval(HOUSEKEEPING_EVERY);
    loop {
        ticks.tick().await;
        let keys = crate::store::idempotency::forget_old_keys(&pool).await;
        let logins = crate::auth::throttle::forget_stale(&pool).await;
        match (keys, logins) {
            (Ok(keys), Ok(logins)) => {
                tracing::debug!(keys, logins, "housekeeping deleted expired rows")
            }
            (Err(e), _) | (_, Err(e)) => tracing::warn!(error = %e, "housekeeping failed"),
        }
    }
}
