//! Meetings as stored: the record with its attendance counts, how one is looked up within a
//! caller's reach (the one answer to it), and the status moves written to the database.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use sqlx::types::Json;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access::{self, Lock, Record};
use crate::auth::{AuthUser, Permission};
use crate::domain::meeting::{MeetingKind, MeetingStatus, Move, next, refusal};
use crate::error::{AppError, Result};

/// 应到 / 实到: counted from the attendance list, which names everyone expected.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct AttendanceSummary {
    /// Everyone on the attendance list (应到).
    pub expected: i64,
    /// 实到
    pub present: i64,
    /// 请假
    pub leave: i64,
    /// 缺席
    pub absent: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000030", "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "kind": "organizational_life", "title": "2026年度组织生活会", "starts_at": "2026-12-20T01:30:00Z",
    "ends_at": null, "location": "三楼会议室", "host_id": null, "recorder_id": null,
    "agenda": ["通报整改落实情况", "个人对照检查", "相互批评"], "summary": null, "reporting_year": null, "status": "scheduled",
    "finalized_at": null, "record_digest": null, "version": 1,
    "attendance_summary": {"expected": 0, "present": 0, "leave": 0, "absent": 0},
    "created_at": "2026-11-27T08:30:00Z", "updated_at": "2026-11-27T08:30:00Z"
}))]
pub struct Meeting {
    pub id: Uuid,
    pub org_unit_id: Uuid,
    #[sqlx(try_from = "String")]
    pub kind: MeetingKind,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    #[schema(required = true)]
    pub ends_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub location: Option<String>,
    /// 主持人: a person.
    #[schema(required = true)]
    pub host_id: Option<Uuid>,
    /// 记录人: a person.
    #[schema(required = true)]
    pub recorder_id: Option<Uuid>,
    #[schema(value_type = Vec<String>)]
    pub agenda: Json<Vec<String>>,
    #[schema(required = true)]
    pub summary: Option<String>,
    /// The year an annual meeting (组织生活会, 民主生活会) reports on, when it is not the year
    /// it was held (the "2025年度组织生活会" held in early 2026); the annual rules count by it.
    #[schema(required = true)]
    pub reporting_year: Option<i32>,
    #[sqlx(try_from = "String")]
    pub status: MeetingStatus,
    #[schema(required = true)]
    pub finalized_at: Option<DateTime<Utc>>,
    /// SHA-256 (hex) of the whole record as finalized — particulars, attendance, speeches and
    /// the rectification items as they stood — printed in the minutes' footer so that a
    /// printed copy can be checked against the service. Null before finalizing (and for
    /// meetings finalized before digests existed).
    #[schema(required = true, pattern = "^[0-9a-f]{64}$")]
    pub record_digest: Option<String>,
    pub version: i32,
    #[sqlx(flatten)]
    pub attendance_summary: AttendanceSummary,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Meeting {
    /// When the meeting ended: its end, or its start when no end is recorded. Entries made
    /// long after it are late (补录).
    pub fn ended_at(&self) -> DateTime<Utc> {
        self.ends_at.unwrap_or(self.starts_at)
    }
}

/// The select list of a meeting with its attendance counts; `m` is the meeting.
pub const SELECT: &str = "select m.id, m.org_unit_id, m.kind, m.title, m.starts_at, m.ends_at,
        m.location, m.host_id, m.recorder_id, m.agenda, m.summary, m.reporting_year, m.status,
        m.finalized_at,
        m.record_digest, m.version, m.created_at, m.updated_at,
        m.attendance_expected::int8 as expected, m.attendance_present::int8 as present,
        m.attendance_leave::int8 as leave, m.attendance_absent::int8 as absent
    from meetings m";

pub async fn fetch(conn: &mut PgConnection, id: Uuid) -> Result<Meeting> {
    Ok(fetch_row(conn, id, None).await?.into())
}

/// The meeting `id` with the roles `viewer` holds over its unit (none without a viewer).
async fn fetch_row(conn: &mut PgConnection, id: Uuid, viewer: Option<Uuid>) -> Result<MeetingRow> {
    // SELECT, written out for the checked macro (the list builds on SELECT itself).
    sqlx::query_as!(
        MeetingRow,
        r#"select m.id, m.org_unit_id, m.kind as "kind: MeetingKind", m.title, m.starts_at,
               m.ends_at, m.location, m.host_id, m.recorder_id,
               m.agenda as "agenda: Json<Vec<String>>", m.summary, m.reporting_year,
               m.status as "status: MeetingStatus", m.finalized_at, m.record_digest, m.version,
               m.created_at,
               m.updated_at, m.attendance_expected::int8 as "expected!",
               m.attendance_present::int8 as "present!", m.attendance_leave::int8 as "leave!",
               m.attendance_absent::int8 as "absent!",
               array(select * from effective_roles($2, m.org_unit_id)) as "roles!"
           from meetings m where m.id = $1"#,
        id,
        viewer
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

/// A meeting as one flat row, as the checked macro reads it.
struct MeetingRow {
    id: Uuid,
    org_unit_id: Uuid,
    kind: MeetingKind,
    title: String,
    starts_at: DateTime<Utc>,
    ends_at: Option<DateTime<Utc>>,
    location: Option<String>,
    host_id: Option<Uuid>,
    recorder_id: Option<Uuid>,
    agenda: Json<Vec<String>>,
    summary: Option<String>,
    reporting_year: Option<i32>,
    status: MeetingStatus,
    finalized_at: Option<DateTime<Utc>>,
    record_digest: Option<String>,
    version: i32,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    expected: i64,
    present: i64,
    leave: i64,
    absent: i64,
    /// The viewer's roles over the meeting's unit, for `access::judge`.
    roles: Vec<String>,
}

impl From<MeetingRow> for Meeting {
    fn from(r: MeetingRow) -> Self {
        Meeting {
            id: r.id,
            org_unit_id: r.org_unit_id,
            kind: r.kind,
            title: r.title,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            location: r.location,
            host_id: r.host_id,
            recorder_id: r.recorder_id,
            agenda: r.agenda,
            summary: r.summary,
            reporting_year: r.reporting_year,
            status: r.status,
            finalized_at: r.finalized_at,
            record_digest: r.record_digest,
            version: r.version,
            attendance_summary: AttendanceSummary {
                expected: r.expected,
                present: r.present,
                leave: r.leave,
                absent: r.absent,
            },
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// The meeting `id` if `user` may do `permission` in its unit (404 / 403 otherwise). With
/// `Permission::Write` the meeting row is locked until the transaction ends, so speeches,
/// attendance and the meeting itself change one writer at a time.
pub async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
) -> Result<Meeting> {
    if permission == Permission::Write {
        require(&mut *conn, user, id, permission).await?;
        return fetch(conn, id).await;
    }
    // A read: the meeting and the caller's roles in one round trip.
    let row = fetch_row(conn, id, Some(user.id)).await?;
    access::judge(user, &row.roles, permission)?;
    Ok(row.into())
}

/// Like [`fetch_for`] without reading the meeting: its unit, when `user` may do `permission`.
pub async fn require(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
) -> Result<Uuid> {
    let lock = if permission == Permission::Write {
        Lock::Row
    } else {
        Lock::No
    };
    access::require_record(conn, user, Record::Meeting, id, permission, lock).await
}

/// The status `mv` takes the locked meeting `before` to; 409 when the move is not allowed.
pub fn move_to(before: &Meeting, mv: Move) -> Result<MeetingStatus> {
    next(before.status, mv).ok_or_else(|| AppError::Conflict(refusal(before.status, mv)))
}

/// Recording a speech means the meeting took place: a scheduled meeting (locked by
/// [`fetch_for`] with `Permission::Write`) becomes held, and the trail says so.
pub async fn mark_held(conn: &mut PgConnection, user: &AuthUser, before: &Meeting) -> Result<()> {
    if before.status != MeetingStatus::Scheduled {
        return Ok(());
    }
    let to = move_to(before, Move::Hold)?;
    let moved = sqlx::query!(
        "update meetings set status = $3, version = version + 1, updated_at = now()
         where id = $1 and status = $2",
        before.id,
        before.status.as_str(),
        to.as_str()
    )
    .execute(&mut *conn)
    .await?;
    if moved.rows_affected() == 0 {
        return Err(AppError::Conflict("the meeting changed meanwhile".into()));
    }
    let after = fetch(conn, before.id).await?;
    let event = Event::changed(
        "hold",
        "meeting",
        after.id,
        Some(after.org_unit_id),
        before,
        &after,
    )?;
    audit::record(conn, user, event).await
}

/// 409 unless the meeting's records may still change.
pub fn require_open(meeting: &Meeting) -> Result<()> {
    match meeting.status {
        MeetingStatus::Finalized => Err(AppError::Conflict(
            "the meeting is finalized: its minutes are read-only".into(),
        )),
        MeetingStatus::Cancelled => Err(AppError::Conflict("the meeting is cancelled".into())),
        _ => Ok(()),
    }
}
