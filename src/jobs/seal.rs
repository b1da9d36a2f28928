//! Sealing the audit trail every few seconds, and signing a checkpoint of it every so often.
//! Every instance runs it; the chain's head row lets one sealer at a time extend the chain
//! (the others find it locked and skip that round).

use std::time::Duration;

use sqlx::PgPool;

use crate::seal::chain;
use crate::seal::checkpoint::{self, CheckpointKey};

/// How often newly committed audit events are sealed.
pub const SEAL_EVERY: Duration = Duration::from_secs(5);

/// Seal every [`SEAL_EVERY`]; write a checkpoint when the last is older than
/// `checkpoint_every` and the chain has grown since.
pub async fn run(pool: PgPool, key: CheckpointKey, checkpoint_every: Duration) {
    let mut ticks = tokio::time::interval(SEAL_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match chain::seal_pending(&pool, false).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(sealed = n, "sealed audit events"),
            Err(e) => {
                tracing::warn!(error = %e, "sealing the audit trail failed");
                continue;
            }
        }
        if let Err(e) = checkpoint::write_if_due(&pool, &key, checkpoint_every).await {
            tracing::warn!(error = %e, "writing an audit checkpoint failed");
        }
    }
}
