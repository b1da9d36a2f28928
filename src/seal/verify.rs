//! Verification: recompute the chain from the events as they are, check every checkpoint
//! (its signature, its key, and that its head is still what the events give at its length),
//! and recompute the digest of every finalized meeting; name what does not match, first the
//! first.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Result;
use crate::seal::chain::{EventRow, GENESIS, hash32, link};
use crate::seal::checkpoint::{self, Checkpoint};
use crate::seal::record;

/// Mismatches listed in full per part; the counts go on.
const MAX_LISTED: usize = 100;
/// Seals read (and their events hashed) at a time.
const PAGE: i64 = 200;

crate::text_enum!(
    /// What is wrong with a sealed event.
    EventProblem {
        /// The event's content no longer gives its seal: it was changed.
        Changed = "changed",
        /// The sealed event is gone.
        Missing = "missing",
        /// The seal does not follow the one before (numbering or link): the chain itself was
        /// rewritten here.
        Relinked = "relinked",
    }
);

crate::text_enum!(
    /// What is wrong with a checkpoint.
    CheckpointProblem {
        /// The signature does not hold for its fields and key.
        BadSignature = "bad_signature",
        /// Signed by a key other than the service's.
        UnknownKey = "unknown_key",
        /// The events up to `seq` no longer give `head`: history before it was rewritten.
        NotOnChain = "not_on_chain",
        /// The chain is shorter than `seq`: sealed events were removed.
        BeyondChain = "beyond_chain",
    }
);

crate::text_enum!(
    /// What is wrong with a finalized meeting.
    MeetingProblem {
        /// Its record (particulars, attendance, speeches, items as decided) no longer gives
        /// its digest: it was changed.
        RecordChanged = "record_changed",
        /// Its digest is not the one the sealed trail recorded when it was finalized.
        DigestReplaced = "digest_replaced",
    }
);

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventMismatch {
    pub seq: i64,
    pub event_id: Uuid,
    pub problem: EventProblem,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CheckpointMismatch {
    pub seq: i64,
    pub head: String,
    pub signed_at: String,
    pub problem: CheckpointProblem,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MeetingMismatch {
    pub meeting_id: Uuid,
    pub title: String,
    /// The digest stored with the meeting (the one printed in its minutes).
    pub stored_digest: String,
    /// The digest of its record as it is now.
    pub computed_digest: String,
    pub problem: MeetingProblem,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChainReport {
    /// Events in the chain.
    pub sealed: i64,
    /// Events not sealed yet (their transaction was still running, or they came after).
    pub pending: i64,
    /// The last seal (hex).
    pub head: String,
    /// The stored head is the last seal of the chain.
    pub head_intact: bool,
    /// The first event that does not match, in chain order.
    #[schema(required = true)]
    pub first_mismatch: Option<EventMismatch>,
    /// Every event that does not match (the first 100).
    pub mismatches: Vec<EventMismatch>,
    /// Mismatching events of units outside a reviewer's reach, left out of the list above
    /// (always 0 for admins).
    pub outside_reach: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointReport {
    /// Stored checkpoints checked.
    pub checked: i64,
    #[schema(required = true)]
    pub first_mismatch: Option<CheckpointMismatch>,
    /// Every stored checkpoint that does not hold (the first 100).
    pub mismatches: Vec<CheckpointMismatch>,
}

/// The verdict on a checkpoint copy sent for checking.
#[derive(Debug, Serialize, ToSchema)]
pub struct KeptVerdict {
    pub seq: i64,
    pub head: String,
    /// The copy is signed by the service's key and the history up to it is unchanged.
    pub holds: bool,
    /// Why it does not hold.
    #[schema(required = true)]
    pub problem: Option<CheckpointProblem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingReport {
    /// Finalized meetings whose digest was recomputed.
    pub checked: i64,
    /// Finalized meetings without a digest (finalized before digests existed).
    pub without_digest: i64,
    #[schema(required = true)]
    pub first_mismatch: Option<MeetingMismatch>,
    /// Every meeting that does not match (the first 100).
    pub mismatches: Vec<MeetingMismatch>,
    /// Mismatching meetings outside a reviewer's reach, left out of the list above (always 0
    /// for admins).
    pub outside_reach: i64,
}

/// The outcome of a verification.
#[derive(Debug, Serialize, ToSchema)]
pub struct Verification {
    /// Nothing failed: every event, checkpoint (and copy sent) and meeting matches.
    pub intact: bool,
    pub verified_at: DateTime<Utc>,
    /// The public key (hex) checkpoints must be signed with.
    pub public_key: String,
    pub chain: ChainReport,
    pub checkpoints: CheckpointReport,
    /// The checkpoint copies sent, in the order sent.
    pub kept: Vec<KeptVerdict>,
    pub meetings: MeetingReport,
}

/// One seal with its event, as read for checking.
struct SealRow {
    seq: i64,
    event_id: Uuid,
    prev: Vec<u8>,
    seal: Vec<u8>,
    event: Option<EventRow>,
}

/// Where the walk along the chain stands.
struct Walk {
    expected_seq: i64,
    /// The stored seal before the next row.
    stored_prev: [u8; 32],
    /// The chain as the events give it now; `None` once an event is missing.
    recomputed: Option<[u8; 32]>,
    /// The recomputed chain at the lengths some checkpoint names.
    wanted: BTreeSet<i64>,
    at: HashMap<i64, Option<[u8; 32]>>,
    mismatches: Vec<EventMismatch>,
    mismatch_count: usize,
}

impl Walk {
    fn step(&mut self, row: SealRow) -> anyhow::Result<()> {
        let mut problem = None;
        let prev = hash32(&row.prev);
        if row.seq != self.expected_seq || prev != Some(self.stored_prev) {
            problem = Some(EventProblem::Relinked);
        }
        match &row.event {
            None => {
                problem = Some(EventProblem::Missing);
                self.recomputed = None;
            }
            Some(event) => {
                let bytes = event.canonical()?;
                let own = link(&row.prev, row.seq, &bytes);
                if problem.is_none() && hash32(&row.seal) != Some(own) {
                    problem = Some(EventProblem::Changed);
                }
                self.recomputed = self.recomputed.map(|r| link(&r, row.seq, &bytes));
            }
        }
        if let Some(problem) = problem {
            self.mismatch_count += 1;
            if self.mismatches.len() < MAX_LISTED {
                self.mismatches.push(EventMismatch {
                    seq: row.seq,
                    event_id: row.event_id,
                    problem,
                });
            }
        }
        if self.wanted.contains(&row.seq) {
            self.at.insert(row.seq, self.recomputed);
        }
        self.stored_prev = hash32(&row.seal).unwrap_or([0xff; 32]);
        self.expected_seq = row.seq + 1;
        Ok(())
    }
}

/// Verify everything; `trusted` is the public key checkpoints must carry, `kept` are copies
/// of checkpoints to check as well. Seal what is committed first.
pub async fn verify(pool: &PgPool, trusted: [u8; 32], kept: &[Checkpoint]) -> Result<Verification> {
    crate::seal::chain::seal_committed(pool).await?;
    let stored: Vec<Checkpoint> = checkpoint::list(pool, None, i64::MAX)
        .await?
        .into_iter()
        .rev()
        .map(|s| s.checkpoint)
        .collect();
    let wanted = stored.iter().chain(kept).map(|c| c.seq).collect();
    let mut walk = Walk {
        expected_seq: 1,
        stored_prev: GENESIS,
        recomputed: Some(GENESIS),
        wanted,
        at: HashMap::from([(0, Some(GENESIS))]),
        mismatches: Vec::new(),
        mismatch_count: 0,
    };
    let mut after = 0i64;
    loop {
        let rows = sqlx::query!(
            r#"select s.seq, s.event_id, s.prev, s.seal, e.id as "id?", e.occurred_at as "occurred_at?",
                      e.actor_id, e.action as "action?", e.entity_type as "entity_type?",
                      e.entity_id as "entity_id?", e.org_unit_id, e.before, e.after, e.request_id
               from audit_seals s left join audit_events e on e.id = s.event_id
               where s.seq > $1 order by s.seq limit $2"#,
            after,
            PAGE
        )
        .fetch_all(pool)
        .await?;
        let Some(last) = rows.last().map(|r| r.seq) else {
            break;
        };
        after = last;
        let rows: Vec<SealRow> = rows
            .into_iter()
            .map(|r| SealRow {
                seq: r.seq,
                event_id: r.event_id,
                prev: r.prev,
                seal: r.seal,
                event: match (r.id, r.occurred_at, r.action, r.entity_type, r.entity_id) {
                    (
                        Some(id),
                        Some(occurred_at),
                        Some(action),
                        Some(entity_type),
                        Some(entity_id),
                    ) => Some(EventRow {
                        id,
                        occurred_at,
                        actor_id: r.actor_id,
                        action,
                        entity_type,
                        entity_id,
                        org_unit_id: r.org_unit_id,
                        before: r.before,
                        after: r.after,
                        request_id: r.request_id,
                    }),
                    _ => None,
                },
            })
            .collect();
        // Hashing a page of events (long speeches among them): off the async workers.
        walk = tokio::task::spawn_blocking(move || -> anyhow::Result<Walk> {
            for row in rows {
                walk.step(row)?;
            }
            Ok(walk)
        })
        .await
        .map_err(anyhow::Error::from)??;
    }
    let sealed = walk.expected_seq - 1;
    let (head_seq, head_seal) = crate::seal::chain::head(pool).await?;
    let head_intact = head_seq == sealed && head_seal == walk.stored_prev
        || (sealed == 0 && head_seq == 0 && head_seal == GENESIS);
    let pending: i64 = sqlx::query_scalar!(
        r#"select count(*) as "n!" from audit_events e
           where not exists (select 1 from audit_seals s where s.event_id = e.id)"#
    )
    .fetch_one(pool)
    .await?;

    let judge = |c: &Checkpoint| -> Option<CheckpointProblem> {
        if !c.signature_holds() {
            return Some(CheckpointProblem::BadSignature);
        }
        if c.public_key != hex::encode(trusted) {
            return Some(CheckpointProblem::UnknownKey);
        }
        if c.seq > sealed {
            return Some(CheckpointProblem::BeyondChain);
        }
        match walk.at.get(&c.seq) {
            Some(Some(head)) if Some(*head) == c.head_bytes() => None,
            _ => Some(CheckpointProblem::NotOnChain),
        }
    };
    let mut checkpoint_mismatches = Vec::new();
    let mut checkpoint_failures = 0;
    for c in &stored {
        if let Some(problem) = judge(c) {
            checkpoint_failures += 1;
            if checkpoint_mismatches.len() < MAX_LISTED {
                checkpoint_mismatches.push(CheckpointMismatch {
                    seq: c.seq,
                    head: c.head.clone(),
                    signed_at: c.signed_at.clone(),
                    problem,
                });
            }
        }
    }
    let kept: Vec<KeptVerdict> = kept
        .iter()
        .map(|c| {
            let problem = judge(c);
            KeptVerdict {
                seq: c.seq,
                head: c.head.clone(),
                holds: problem.is_none(),
                problem,
            }
        })
        .collect();

    let meetings = verify_meetings(pool).await?;
    let chain = ChainReport {
        sealed,
        pending,
        head: hex::encode(walk.stored_prev),
        head_intact,
        first_mismatch: walk.mismatches.first().cloned(),
        mismatches: walk.mismatches,
        outside_reach: 0,
    };
    let intact = walk.mismatch_count == 0
        && head_intact
        && checkpoint_failures == 0
        && kept.iter().all(|k| k.holds)
        && meetings.first_mismatch.is_none();
    Ok(Verification {
        intact,
        verified_at: Utc::now(),
        public_key: hex::encode(trusted),
        chain,
        checkpoints: CheckpointReport {
            checked: stored.len() as i64,
            first_mismatch: checkpoint_mismatches.first().cloned(),
            mismatches: checkpoint_mismatches,
        },
        kept,
        meetings,
    })
}

/// Recompute every finalized meeting's digest, in the order they were finalized.
async fn verify_meetings(pool: &PgPool) -> Result<MeetingReport> {
    let finalized = sqlx::query!(
        "select id, title, record_digest is not null as \"has_digest!\" from meetings
         where status = 'finalized' order by finalized_at, id"
    )
    .fetch_all(pool)
    .await?;
    let mut report = MeetingReport {
        checked: 0,
        without_digest: 0,
        first_mismatch: None,
        mismatches: Vec::new(),
        outside_reach: 0,
    };
    let mut conn = pool.acquire().await?;
    for meeting in finalized {
        if !meeting.has_digest {
            report.without_digest += 1;
            continue;
        }
        let Some(r) = record::recompute(&mut conn, meeting.id).await? else {
            report.without_digest += 1;
            continue;
        };
        report.checked += 1;
        let problem = if r.computed != r.stored {
            Some(MeetingProblem::RecordChanged)
        } else if r.in_trail.as_ref().is_some_and(|t| *t != r.stored) {
            Some(MeetingProblem::DigestReplaced)
        } else {
            None
        };
        if let Some(problem) = problem {
            let mismatch = MeetingMismatch {
                meeting_id: meeting.id,
                title: meeting.title,
                stored_digest: r.stored,
                computed_digest: r.computed,
                problem,
            };
            report
                .first_mismatch
                .get_or_insert_with(|| mismatch.clone());
            if report.mismatches.len() < MAX_LISTED {
                report.mismatches.push(mismatch);
            }
        }
    }
    Ok(report)
}
