//! Sending the outbox: every instance claims due deliveries and sends them, at most a fixed
//! number at once, so a receiver that is slow or hangs holds one slot until its timeout and
//! never the others (`notify::dispatch`).

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::Semaphore;

use crate::notify::dispatch::{self, Dispatcher};

/// How often the outbox is looked at when it had nothing due.
pub const POLL_EVERY: Duration = Duration::from_secs(1);

/// Claim and send due deliveries, `concurrency` at a time, for as long as the service runs.
pub async fn run(pool: PgPool, dispatcher: Arc<Dispatcher>, concurrency: usize, every: Duration) {
    let slots = Arc::new(Semaphore::new(concurrency.max(1)));
    loop {
        let free = slots.available_permits();
        let mut busy = false;
        if free > 0 {
            match dispatch::claim(&pool, free, dispatcher.lease(), None).await {
                Ok(claimed) => {
                    // A full batch means more may be waiting: look again at once.
                    busy = claimed.len() == free;
                    for delivery in claimed {
                        let Ok(slot) = slots.clone().acquire_owned().await else {
                            return;
                        };
                        let (pool, dispatcher) = (pool.clone(), dispatcher.clone());
                        tokio::spawn(async move {
                            if let Err(e) = dispatcher.deliver(&pool, &delivery, true).await {
                                tracing::warn!(error = %e, delivery = %delivery.id,
                                    "recording a delivery failed; it is sent again after its lease");
                            }
                            drop(slot);
                        });
                    }
                }
                Err(e) => tracing::warn!(error = %e, "claiming deliveries failed"),
            }
        }
        if !busy {
            tokio::time::sleep(every).await;
        } else {
            tokio::task::yield_now().await;
        }
    }
}
