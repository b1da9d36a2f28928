//! The digest of a finalized meeting: SHA-256 (hex) of the RFC 8785 JSON of its whole record,
//!
//! ```text
//! {"format": "minutebook-meeting-record/1",
//!  "meeting": {id, org_unit_id, kind, title, starts_at, ends_at, location, host_id,
//!              recorder_id, agenda, summary, finalized_at, reporting_year?},
//!  "attendance": [{person_id, status, reason, recorded_at}, …]          by person_id
//!  "speeches": [{id, position, speaker_id, kind, title, content,
//!                target_person_id, created_at}, …]                      by position
//!  "items": [{id, problem, measure, owner_id, due_on, source_speech_id,
//!             created_at}, …],                                         by created_at, id
//!  "attachments": [{id, kind, file_name, media_type, size_bytes, sha256,
//!                   created_at}, …],                                    by id; only when any
//!  "decisions": [{id, position, kind, motion, method, in_favour, against, abstaining,
//!                 candidates, written_opinions, exclusions, votes,
//!                 judgement}, …]}                                       by position; only when any
//! ```
//!
//! A decision's judgement (those due and present with a vote, quorum, result) is the one kept
//! at finalizing; its people are named by id.
//!
//! The attachments' files are covered by their SHA-256; the key is left out for a meeting
//! without attachments, so digests made before attachments existed still hold.
//!
//! People are named by id, so renaming a person later changes no digest. The rectification
//! items are the meeting's as they stood when it was finalized: they go on changing as they
//! are worked on (status, owner, due date), so the meeting keeps that list (`recorded_items`)
//! and the digest covers it; the meeting, its attendance and its speeches cannot change after
//! finalizing, so they are read as they are. Stored with the meeting in the finalizing
//! transaction, and in that transaction's `finalize` audit event, which the chain seals.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::error::Result;
use crate::seal::{canonical, sha256, timestamp};

pub const FORMAT: &str = "minutebook-meeting-record/1";

/// The rectification items of `meeting` now, as the record keeps them.
pub async fn items_as_decided(conn: &mut PgConnection, meeting: Uuid) -> Result<Value> {
    let rows = sqlx::query!(
        "select id, problem, measure, owner_id, due_on, source_speech_id, created_at
         from rectification_items where meeting_id = $1 order by created_at, id",
        meeting
    )
    .fetch_all(conn)
    .await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|r| {
                json!({
                    "id": r.id, "problem": r.problem, "measure": r.measure,
                    "owner_id": r.owner_id, "due_on": date(r.due_on),
                    "source_speech_id": r.source_speech_id, "created_at": timestamp(r.created_at),
                })
            })
            .collect(),
    ))
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn time(t: Option<DateTime<Utc>>) -> Option<String> {
    t.map(timestamp)
}

/// The record of `meeting` as the digest covers it, with `items` as kept at finalizing.
pub async fn document(conn: &mut PgConnection, meeting: Uuid, items: Value) -> Result<Value> {
    let m = sqlx::query!(
        r#"select id, org_unit_id, kind, title, starts_at, ends_at, location, host_id,
                  recorder_id, agenda, summary, finalized_at, reporting_year
           from meetings where id = $1"#,
        meeting
    )
    .fetch_one(&mut *conn)
    .await?;
    let attendance = sqlx::query!(
        "select person_id, status, reason, recorded_at from attendance
         where meeting_id = $1 order by person_id",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let speeches = sqlx::query!(
        "select id, position, speaker_id, kind, title, content, target_person_id, created_at
         from speeches where meeting_id = $1 order by position",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let attachments = sqlx::query!(
        "select id, kind, file_name, media_type, size_bytes, sha256, created_at
         from attachments where meeting_id = $1 order by id",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let decisions = sqlx::query!(
        r#"select d.id, d.position, d.kind, d.motion, d.method, d.in_favour, d.against,
                  d.abstaining, d.judgement,
                  array(select person_id from decision_candidates c where c.decision_id = d.id
                        order by c.position) as "candidates!",
                  coalesce((select jsonb_agg(jsonb_build_object('person_id', o.person_id, 'vote', o.vote)
                                             order by o.person_id)
                            from decision_opinions o where o.decision_id = d.id), '[]') as "written_opinions!",
                  coalesce((select jsonb_agg(jsonb_build_object('person_id', e.person_id,
                                                                'reason', e.reason, 'approval', e.approval)
                                             order by e.person_id)
                            from decision_exclusions e where e.decision_id = d.id), '[]') as "exclusions!",
                  coalesce((select jsonb_agg(jsonb_build_object('person_id', v.person_id, 'vote', v.vote)
                                             order by v.person_id)
                            from decision_votes v where v.decision_id = d.id), '[]') as "votes!"
           from decisions d where d.meeting_id = $1 order by d.position"#,
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut record = json!({
        "format": FORMAT,
        "meeting": {
            "id": m.id, "org_unit_id": m.org_unit_id, "kind": m.kind, "title": m.title,
            "starts_at": timestamp(m.starts_at), "ends_at": time(m.ends_at),
            "location": m.location, "host_id": m.host_id, "recorder_id": m.recorder_id,
            "agenda": m.agenda, "summary": m.summary, "finalized_at": time(m.finalized_at),
        },
        "attendance": attendance.into_iter().map(|a| json!({
            "person_id": a.person_id, "status": a.status, "reason": a.reason,
            "recorded_at": timestamp(a.recorded_at),
        })).collect::<Vec<_>>(),
        "speeches": speeches.into_iter().map(|s| json!({
            "id": s.id, "position": s.position, "speaker_id": s.speaker_id, "kind": s.kind,
            "title": s.title, "content": s.content, "target_person_id": s.target_person_id,
            "created_at": timestamp(s.created_at),
        })).collect::<Vec<_>>(),
        "items": items,
    });
    // Only when set, so digests made before reporting years existed still hold.
    if let Some(year) = m.reporting_year {
        record["meeting"]["reporting_year"] = json!(year);
    }
    if !attachments.is_empty() {
        record["attachments"] = attachments
            .into_iter()
            .map(|a| {
                json!({
                    "id": a.id, "kind": a.kind, "file_name": a.file_name,
                    "media_type": a.media_type, "size_bytes": a.size_bytes, "sha256": a.sha256,
                    "created_at": timestamp(a.created_at),
                })
            })
            .collect();
    }
    if !decisions.is_empty() {
        record["decisions"] = decisions
            .into_iter()
            .map(|d| {
                json!({
                    "id": d.id, "position": d.position, "kind": d.kind, "motion": d.motion,
                    "method": d.method, "in_favour": d.in_favour, "against": d.against,
                    "abstaining": d.abstaining, "candidates": d.candidates,
                    "written_opinions": d.written_opinions, "exclusions": d.exclusions,
                    "votes": d.votes, "judgement": d.judgement,
                })
            })
            .collect();
    }
    Ok(record)
}

/// SHA-256 (hex) of the canonical form of `document`, computed off the async workers (a
/// meeting's speeches may hold a million characters).
pub async fn digest_of(document: Value) -> Result<String> {
    let digest = tokio::task::spawn_blocking(move || -> anyhow::Result<String> {
        Ok(hex::encode(sha256(&[&canonical(&document)?])))
    })
    .await
    .map_err(anyhow::Error::from)??;
    Ok(digest)
}

/// Keep the record of `meeting`, just finalized in the caller's transaction: its items as
/// they stand and the digest. Returns the digest.
pub async fn stamp(conn: &mut PgConnection, meeting: Uuid) -> Result<String> {
    let items = items_as_decided(&mut *conn, meeting).await?;
    let document = document(&mut *conn, meeting, items.clone()).await?;
    let digest = digest_of(document).await?;
    sqlx::query!(
        "update meetings set record_digest = $2, recorded_items = $3 where id = $1",
        meeting,
        &digest,
        items
    )
    .execute(conn)
    .await?;
    Ok(digest)
}

/// What a finalized meeting's digest is checked against.
pub struct Recomputed {
    /// The digest stored with the meeting.
    pub stored: String,
    /// The digest of its record as it is now.
    pub computed: String,
    /// The digest its last `finalize` audit event recorded (none for meetings finalized
    /// without one, such as demo data).
    pub in_trail: Option<String>,
}

/// Recompute the digest of the finalized meeting `meeting`; `None` when it has none.
pub async fn recompute(conn: &mut PgConnection, meeting: Uuid) -> Result<Option<Recomputed>> {
    let kept = sqlx::query!(
        "select record_digest, recorded_items from meetings where id = $1",
        meeting
    )
    .fetch_one(&mut *conn)
    .await?;
    let (Some(stored), Some(items)) = (kept.record_digest, kept.recorded_items) else {
        return Ok(None);
    };
    let computed = digest_of(document(&mut *conn, meeting, items).await?).await?;
    let in_trail = sqlx::query_scalar!(
        "select after ->> 'record_digest' from audit_events
         where entity_type = 'meeting' and entity_id = $1 and action = 'finalize'
         order by occurred_at desc, id desc limit 1",
        meeting
    )
    .fetch_optional(conn)
    .await?
    .flatten();
    Ok(Some(Recomputed {
        stored,
        computed,
        in_trail,
    }))
}

/// Give every finalized meeting of `units` without a digest one, as if finalized now. Only for
/// records that never went through the service's finalizing (the demo data, inserted directly).
pub async fn stamp_unstamped(pool: &PgPool, units: &[Uuid]) -> Result<usize> {
    let ids = sqlx::query_scalar!(
        "select id from meetings
         where status = 'finalized' and record_digest is null and org_unit_id = any($1)
         order by id",
        units
    )
    .fetch_all(pool)
    .await?;
    for &id in &ids {
        let mut tx = pool.begin().await?;
        stamp(&mut tx, id).await?;
        tx.commit().await?;
    }
    Ok(ids.len())
}
