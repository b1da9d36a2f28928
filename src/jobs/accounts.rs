//! Every instance listens for changes of accounts (`auth::accounts`): the trigger on `users`
//! notifies each change in its own transaction, and the listener drops the changed account
//! from this instance's cache when it commits. On a lost connection the cache is emptied and
//! left unused until a new connection listens again.

use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::{PgListener, PgPoolOptions};
use uuid::Uuid;

use crate::auth::accounts::{AccountCache, CHANNEL};

/// How long to wait before connecting again after a failure.
const RETRY_AFTER: Duration = Duration::from_secs(1);

pub async fn run(pool: PgPool, cache: Arc<AccountCache>) {
    // The listener's connection is its own, not one of the requests' pool.
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .min_connections(0)
        .connect_lazy_with(pool.connect_options().as_ref().clone());
    loop {
        match listen(&pool, &cache).await {
            Ok(()) => tracing::warn!("the accounts listener lost its connection: listening again"),
            Err(e) => tracing::warn!(error = %e, "the accounts listener failed: listening again"),
        }
        cache.deaf();
        tokio::time::sleep(RETRY_AFTER).await;
    }
}

/// Listen on one connection until it is lost (`Ok`) or fails (`Err`).
async fn listen(pool: &PgPool, cache: &AccountCache) -> Result<(), sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    // A lost connection ends this listener at once, so that the cache stops being used
    // before anything could be missed (not after reconnecting in the background).
    listener.eager_reconnect(false);
    listener.listen(CHANNEL).await?;
    cache.listening();
    while let Some(notification) = listener.try_recv().await? {
        cache.changed(Uuid::parse_str(notification.payload()).ok());
    }
    Ok(())
}
