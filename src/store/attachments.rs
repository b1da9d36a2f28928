//! Attachments as stored: their rows in the database (their bytes are in `crate::storage`).

use std::collections::HashMap;

use sqlx::PgPool;
use uuid::Uuid;

use crate::error::Result;

/// Every attachment's file hash and the attachments that name it, for `storage check`.
pub async fn stored_hashes(pool: &PgPool) -> Result<HashMap<String, Vec<Uuid>>> {
    let rows = sqlx::query!("select id, sha256 from attachments order by sha256, id")
        .fetch_all(pool)
        .await?;
    let mut hashes: HashMap<String, Vec<Uuid>> = HashMap::new();
    for row in rows {
        hashes.entry(row.sha256).or_default().push(row.id);
    }
    Ok(hashes)
}
