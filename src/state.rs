//! What every handler shares: the state the application is built with.

use std::sync::Arc;

use sqlx::PgPool;

use crate::auth::jwt::Keys;
use crate::config::PublicUrl;
use crate::db::replica::{ReadConnection, ReadPools};
use crate::domain::late_entry::LateEntries;
use crate::export::ExportSlots;
use crate::notify::Outbox;
use crate::notify::dispatch::Dispatcher;
use crate::seal::checkpoint::CheckpointKey;
use crate::store::rectification::Seen;

/// What handlers share.
pub struct AppState {
    /// Where attachments' files are kept.
    pub storage: crate::storage::Storage,
    /// The largest attachment taken, in bytes.
    pub attachment_limit: u64,
    /// Uploads received at once, and pictures decoded for thumbnails at once.
    pub upload_turns: Arc<tokio::sync::Semaphore>,
    pub thumbnail_turns: Arc<tokio::sync::Semaphore>,
    /// The channels notifications go out by (written with the change that causes them).
    pub outbox: Outbox,
    /// Sends a webhook's test message at once.
    pub dispatcher: Arc<Dispatcher>,
    pub pool: PgPool,
    /// Where reads that may use the read replica go (`reads()`).
    pub read_pools: ReadPools,
    /// The accounts this instance has seen, forgotten when they change (`jobs::accounts`).
    pub accounts: Arc<crate::auth::accounts::AccountCache>,
    pub jwt: Keys,
    /// Take the client address from `Forwarded`/`X-Forwarded-For` (only behind a proxy that
    /// sets them); otherwise the peer address.
    pub trust_proxy_headers: bool,
    /// The base of the absolute addresses handed out; `None`: each request's scheme and host.
    pub public_url: Option<PublicUrl>,
    /// The calendar that decides "today".
    pub timezone: chrono_tz::Tz,
    /// Turns to build documents (minutes, ledgers).
    pub exports: ExportSlots,
    /// Signs the audit trail's checkpoints.
    pub checkpoint_key: CheckpointKey,
    /// When an entry is shown as late (补录).
    pub late_entries: LateEntries,
}

impl AppState {
    /// Today's date in the service's time zone.
    pub fn today(&self) -> chrono::NaiveDate {
        chrono::Utc::now()
            .with_timezone(&self.timezone)
            .date_naive()
    }

    /// A connection for a read that may come from the read replica — search, reports,
    /// ledgers, minutes — once it has everything the primary had when the read began; else
    /// the primary's. Never for a write: the standby refuses them.
    pub async fn reads(&self) -> crate::error::Result<ReadConnection> {
        Ok(self.read_pools.read().await?)
    }

    /// Today, and when an entry is late: what a rectification item's answer depends on.
    pub fn seen(&self) -> Seen {
        Seen {
            today: self.today(),
            late: self.late_entries,
        }
    }
}
