//! The hash chain over the audit trail.
//!
//! Writers of audit events do nothing beyond their insert: a sealer, run by every instance
//! every few seconds and on demand, appends newly committed events to the chain in batches.
//! Seal n = SHA-256(seal n−1 ‖ n as 8 bytes big-endian ‖ canonical event), with 32 zero bytes
//! before the first. The canonical event is the RFC 8785 JSON of its columns (`id`,
//! `occurred_at`, `actor_id`, `action`, `entity_type`, `entity_id`, `org_unit_id`, `before`,
//! `after`, `request_id`).
//!
//! The order is that of commit, batch by batch: an event's id (or time) is taken before its
//! transaction commits, so a later id can commit first, and sealing "every id after the last
//! sealed one" would skip the earlier one for ever. Each event therefore records the id of the
//! transaction that wrote it (`txid`), and a batch takes only events of transactions older than
//! every transaction still running (`pg_snapshot_xmin`): all of those have finished, and every
//! transaction that commits later has a larger id, so nothing can still arrive below the
//! batch. Within and across batches events go in (txid, id) order. A long transaction holds
//! sealing back (never writers), at most for the database's statement and idle timeouts.
//!
//! One sealer extends the chain at a time: each batch locks the single row of
//! `audit_chain_head` (the last seal and the last event sealed) until it commits; a periodic
//! sealer that finds it locked leaves the work to the other instance.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use sqlx::PgPool;
use uuid::Uuid;

use crate::error::Result;
use crate::seal::{canonical, sha256, timestamp};

/// What precedes the first seal.
pub const GENESIS: [u8; 32] = [0; 32];
/// Events sealed per transaction: bounds what one batch holds in memory (a speech's event
/// carries the text before and after).
const BATCH: i64 = 100;

/// An audit event as stored, as much of it as the seal covers.
#[derive(Debug, Clone)]
pub struct EventRow {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: Uuid,
    pub org_unit_id: Option<Uuid>,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub request_id: Option<String>,
}

impl EventRow {
    /// The bytes the seal covers.
    pub fn canonical(&self) -> anyhow::Result<Vec<u8>> {
        canonical(&json!({
            "id": self.id,
            "occurred_at": timestamp(self.occurred_at),
            "actor_id": self.actor_id,
            "action": self.action,
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "org_unit_id": self.org_unit_id,
            "before": self.before,
            "after": self.after,
            "request_id": self.request_id,
        }))
    }
}

/// The seal at `seq` over `event` (its canonical bytes), after `prev`.
pub fn link(prev: &[u8], seq: i64, event: &[u8]) -> [u8; 32] {
    sha256(&[prev, &seq.to_be_bytes(), event])
}

/// 32 bytes from a column, or `None` when it is not 32 bytes long.
pub fn hash32(bytes: &[u8]) -> Option<[u8; 32]> {
    bytes.try_into().ok()
}

/// The seals of one batch, column by column, as the insert takes them.
#[derive(Default)]
struct Links {
    seqs: Vec<i64>,
    ids: Vec<Uuid>,
    prevs: Vec<Vec<u8>>,
    seals: Vec<Vec<u8>>,
}

/// Seal one batch of committed events. `None` when `wait` is false and another sealer holds
/// the chain; otherwise how many events were sealed.
pub async fn seal_batch(pool: &PgPool, wait: bool) -> Result<Option<usize>> {
    let mut tx = pool.begin().await?;
    let head = if wait {
        sqlx::query!("select seq, seal from audit_chain_head for update")
            .fetch_optional(&mut *tx)
            .await?
            .map(|h| (h.seq, h.seal))
    } else {
        sqlx::query!("select seq, seal from audit_chain_head for update skip locked")
            .fetch_optional(&mut *tx)
            .await?
            .map(|h| (h.seq, h.seal))
    };
    let Some((seq, seal)) = head else {
        return Ok(None);
    };
    let events = sqlx::query_as!(
        EventRow,
        "select e.id, e.occurred_at, e.actor_id, e.action, e.entity_type, e.entity_id,
                e.org_unit_id, e.before, e.after, e.request_id
         from audit_events e, audit_chain_head h
         where (e.txid, e.id) > (h.last_txid, h.last_event)
           and e.txid < pg_snapshot_xmin(pg_current_snapshot())
         order by e.txid, e.id
         limit $1",
        BATCH
    )
    .fetch_all(&mut *tx)
    .await?;
    let Some(last) = events.last().map(|e| e.id) else {
        return Ok(Some(0));
    };
    let prev = hash32(&seal).ok_or_else(|| anyhow::anyhow!("the chain's head is not 32 bytes"))?;
    // Hashing up to a batch of long speeches twice over: off the async workers.
    let links = tokio::task::spawn_blocking(move || -> anyhow::Result<Links> {
        let mut prev = prev;
        let mut links = Links::default();
        for (n, event) in events.iter().enumerate() {
            let at = seq + 1 + n as i64;
            let seal = link(&prev, at, &event.canonical()?);
            links.seqs.push(at);
            links.ids.push(event.id);
            links.prevs.push(prev.to_vec());
            links.seals.push(seal.to_vec());
            prev = seal;
        }
        Ok(links)
    })
    .await
    .map_err(anyhow::Error::from)??;
    let Links {
        seqs,
        ids,
        prevs,
        seals,
    } = links;
    let n = seqs.len();
    sqlx::query!(
        "insert into audit_seals (seq, event_id, prev, seal)
         select * from unnest($1::int8[], $2::uuid[], $3::bytea[], $4::bytea[])",
        &seqs,
        &ids,
        &prevs,
        &seals
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "update audit_chain_head
         set seq = $1, seal = $2, last_event = $3,
             last_txid = (select txid from audit_events where id = $3)",
        seqs[n - 1],
        &seals[n - 1],
        last
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Some(n))
}

/// Seal batches until no committed event is left to seal (or, with `wait` false, until
/// another instance is found sealing). How many were sealed.
pub async fn seal_pending(pool: &PgPool, wait: bool) -> Result<usize> {
    let mut sealed = 0;
    loop {
        match seal_batch(pool, wait).await? {
            Some(n) if n as i64 == BATCH => sealed += n,
            Some(n) => return Ok(sealed + n),
            None => return Ok(sealed),
        }
    }
}

/// How long [`seal_committed`] waits for transactions still running to finish.
const CATCH_UP: Duration = Duration::from_secs(10);

/// Seal every event committed before this call (on demand: before a checkpoint or a
/// verification). Waits while an older transaction still runs, at most [`CATCH_UP`]; what
/// is still unsealed then is sealed by the next run.
pub async fn seal_committed(pool: &PgPool) -> Result<usize> {
    // Every transaction that has committed so far has an id below this.
    let target: String =
        sqlx::query_scalar!(r#"select pg_snapshot_xmax(pg_current_snapshot())::text as "x!""#)
            .fetch_one(pool)
            .await?;
    let started = tokio::time::Instant::now();
    let mut sealed = 0;
    loop {
        sealed += seal_pending(pool, true).await?;
        let pending: bool = sqlx::query_scalar!(
            r#"select exists (select 1 from audit_events e, audit_chain_head h
                              where (e.txid, e.id) > (h.last_txid, h.last_event)
                                and e.txid < $1::text::xid8) as "pending!""#,
            target
        )
        .fetch_one(pool)
        .await?;
        if !pending || started.elapsed() > CATCH_UP {
            return Ok(sealed);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The head of the chain: how many events are sealed and the last seal.
pub async fn head(pool: &PgPool) -> Result<(i64, [u8; 32])> {
    let head = sqlx::query!("select seq, seal from audit_chain_head")
        .fetch_one(pool)
        .await?;
    let seal =
        hash32(&head.seal).ok_or_else(|| anyhow::anyhow!("the chain's head is not 32 bytes"))?;
    Ok((head.seq, seal))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_sealed_over_its_canonical_json_and_the_seal_before_it() {
        let event = EventRow {
            id: "019a1b2c-0000-7000-8000-000000000050".parse().unwrap(),
            occurred_at: "2026-11-30T08:00:00.5Z".parse().unwrap(),
            actor_id: None,
            action: "update".into(),
            entity_type: "meeting".into(),
            entity_id: "019a1b2c-0000-7000-8000-000000000030".parse().unwrap(),
            org_unit_id: None,
            before: Some(json!({"title": "组织生活会", "version": 1})),
            after: Some(json!({"version": 2, "title": "2026年度组织生活会"})),
            request_id: Some("r-1".into()),
        };
        let bytes = event.canonical().unwrap();
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            concat!(
                r#"{"action":"update","actor_id":null,"after":{"title":"2026年度组织生活会","version":2},"#,
                r#""before":{"title":"组织生活会","version":1},"entity_id":"019a1b2c-0000-7000-8000-000000000030","#,
                r#""entity_type":"meeting","id":"019a1b2c-0000-7000-8000-000000000050","#,
                r#""occurred_at":"2026-11-30T08:00:00.500000Z","org_unit_id":null,"request_id":"r-1"}"#
            )
        );
        let first = link(&GENESIS, 1, &bytes);
        assert_eq!(first, sha256(&[&GENESIS, &1i64.to_be_bytes(), &bytes]));
        // The same event at another place, or after another seal, seals differently.
        assert_ne!(first, link(&GENESIS, 2, &bytes));
        assert_ne!(link(&first, 2, &bytes), link(&GENESIS, 2, &bytes));
    }
}
