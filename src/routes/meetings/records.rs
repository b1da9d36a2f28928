//! The records of meetings: request and response types, their checks and
//! queries, shared by the handlers beside this file and by other resources.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use sqlx::types::Json;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access::{self, Lock, Record};
use crate::auth::{AuthUser, Permission};
use crate::domain::meeting::{Move, next};
use crate::domain::{required_long_text, required_text};
use crate::edge::present;
use crate::error::{AppError, Result};

pub const TAG: &str = "meetings";
pub(super) const MAX_TITLE_CHARS: usize = 200;
pub(super) const MAX_LOCATION_CHARS: usize = 200;
pub(super) const MAX_SUMMARY_CHARS: usize = 20_000;
pub(super) const MAX_AGENDA_ITEMS: usize = 50;
pub(super) const MAX_AGENDA_ITEM_CHARS: usize = 500;

crate::text_enum!(
    /// The kind of meeting.
    MeetingKind {
        /// 支部党员大会
        GeneralAssembly = "general_assembly",
        /// 支委会
        CommitteeMeeting = "committee_meeting",
        /// 党小组会
        GroupMeeting = "group_meeting",
        /// 党课
        PartyLecture = "party_lecture",
        /// 组织生活会
        OrganizationalLife = "organizational_life",
        /// 民主生活会
        DemocraticLife = "democratic_life",
        /// 主题党日
        ThemeDay = "theme_day",
        Other = "other",
    }
);

pub use crate::domain::meeting::MeetingStatus;

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
    "agenda": ["通报整改落实情况", "个人对照检查", "相互批评"], "summary": null, "status": "scheduled",
    "finalized_at": null, "version": 1,
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
    pub ends_at: Option<DateTime<Utc>>,
    pub location: Option<String>,
    /// 主持人: a person.
    pub host_id: Option<Uuid>,
    /// 记录人: a person.
    pub recorder_id: Option<Uuid>,
    #[schema(value_type = Vec<String>)]
    pub agenda: Json<Vec<String>>,
    pub summary: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: MeetingStatus,
    pub finalized_at: Option<DateTime<Utc>>,
    pub version: i32,
    #[sqlx(flatten)]
    pub attendance_summary: AttendanceSummary,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The title, location and agenda items are one line each, without control characters; the
/// summary may hold tab and line breaks (LF or CR LF), but no other control character.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "kind": "organizational_life",
    "title": "2026年度组织生活会", "starts_at": "2026-12-20T01:30:00Z", "location": "三楼会议室",
    "agenda": ["通报整改落实情况", "个人对照检查", "相互批评"]
}))]
pub struct CreateMeeting {
    pub org_unit_id: Uuid,
    pub kind: MeetingKind,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub location: Option<String>,
    pub host_id: Option<Uuid>,
    pub recorder_id: Option<Uuid>,
    #[serde(default)]
    pub agenda: Vec<String>,
    pub summary: Option<String>,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeeting {
    pub kind: Option<MeetingKind>,
    pub title: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<DateTime<Utc>>)]
    pub ends_at: Option<Option<DateTime<Utc>>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub location: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub host_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub recorder_id: Option<Option<Uuid>>,
    pub agenda: Option<Vec<String>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub summary: Option<Option<String>>,
    /// `held` (from `scheduled`) or `cancelled` (from `scheduled`). Finalizing has its own
    /// endpoint.
    pub status: Option<MeetingStatus>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct MeetingQuery {
    /// Only this unit's meetings.
    pub org_unit_id: Option<Uuid>,
    pub kind: Option<MeetingKind>,
    pub status: Option<MeetingStatus>,
    /// Meetings starting at or after this instant (RFC 3339).
    pub from: Option<DateTime<Utc>>,
    /// Meetings starting before this instant (RFC 3339).
    pub to: Option<DateTime<Utc>>,
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// The select list of a meeting with its attendance counts; `m` is the meeting.
pub const SELECT: &str = "select m.id, m.org_unit_id, m.kind, m.title, m.starts_at, m.ends_at,
        m.location, m.host_id, m.recorder_id, m.agenda, m.summary, m.status, m.finalized_at,
        m.version, m.created_at, m.updated_at,
        m.attendance_expected::int8 as expected, m.attendance_present::int8 as present,
        m.attendance_leave::int8 as leave, m.attendance_absent::int8 as absent
    from meetings m";

pub(super) async fn fetch(conn: &mut PgConnection, id: Uuid) -> Result<Meeting> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} where m.id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or_else(access::not_found)
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
    require(&mut *conn, user, id, permission).await?;
    fetch(conn, id).await
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
pub(super) fn move_to(before: &Meeting, mv: Move) -> Result<MeetingStatus> {
    next(before.status, mv).ok_or_else(|| {
        AppError::Conflict(format!(
            "a {} meeting cannot be {}",
            before.status.as_str(),
            match mv {
                Move::Hold => "held",
                Move::Cancel => "cancelled",
                Move::Finalize => "finalized",
            }
        ))
    })
}

/// Recording a speech means the meeting took place: a scheduled meeting (locked by
/// [`fetch_for`] with `Permission::Write`) becomes held, and the trail says so.
pub async fn mark_held(conn: &mut PgConnection, user: &AuthUser, before: &Meeting) -> Result<()> {
    if before.status != MeetingStatus::Scheduled {
        return Ok(());
    }
    let to = move_to(before, Move::Hold)?;
    let moved = sqlx::query(
        "update meetings set status = $3, version = version + 1, updated_at = now()
         where id = $1 and status = $2",
    )
    .bind(before.id)
    .bind(before.status.as_str())
    .bind(to.as_str())
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

pub(super) fn optional_text(field: &str, raw: Option<&str>, max: usize) -> Result<Option<String>> {
    Ok(raw.map(|t| required_text(field, t, max)).transpose()?)
}

/// The summary is a long text: tab and line breaks allowed.
pub(super) fn summary(raw: Option<&str>) -> Result<Option<String>> {
    Ok(raw
        .map(|t| required_long_text("/summary", t, MAX_SUMMARY_CHARS))
        .transpose()?)
}

pub(super) fn agenda(items: &[String]) -> Result<Vec<String>> {
    if items.len() > MAX_AGENDA_ITEMS {
        return Err(AppError::invalid(
            "/agenda",
            format!("at most {MAX_AGENDA_ITEMS} items"),
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| required_text(&format!("/agenda/{i}"), item, MAX_AGENDA_ITEM_CHARS))
        .collect::<std::result::Result<_, _>>()
        .map_err(Into::into)
}

pub(super) fn check_times(starts_at: DateTime<Utc>, ends_at: Option<DateTime<Utc>>) -> Result<()> {
    match ends_at {
        Some(ends_at) if ends_at < starts_at => Err(AppError::invalid(
            "/ends_at",
            "must not be before starts_at",
        )),
        _ => Ok(()),
    }
}
