//! Rectification items as stored: the item and its progress notes, how one is looked up (and
//! locked for a change) within a caller's reach, and who owned it in its current cycle.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::access::{Lock, Record};
use crate::auth::{AuthUser, Permission, access};
use crate::domain::late_entry::LateEntries;
use crate::domain::rectification::ItemStatus;
use crate::error::{AppError, Result};

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000060", "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "meeting_id": "019a1b2c-0000-7000-8000-000000000030", "source_speech_id": null,
    "problem": "理论学习不够系统深入", "measure": "每月精读一篇原文并撰写心得",
    "owner_id": "019a1b2c-0000-7000-8000-000000000020", "due_on": "2027-03-31", "status": "in_progress",
    "progress_percent": 30, "overdue": false, "submitted_at": null, "verified_at": null,
    "verified_by": null, "verification_note": null, "return_note": null, "late_entered_on": null,
    "version": 2,
    "created_at": "2026-11-27T08:30:00Z", "updated_at": "2026-11-28T08:30:00Z"
}))]
pub struct RectificationItem {
    pub id: Uuid,
    pub org_unit_id: Uuid,
    #[schema(required = true)]
    pub meeting_id: Option<Uuid>,
    /// The speech in `meeting_id` the problem came up in.
    #[schema(required = true)]
    pub source_speech_id: Option<Uuid>,
    /// 查摆问题
    pub problem: String,
    /// 整改措施
    pub measure: String,
    /// The person responsible.
    pub owner_id: Uuid,
    pub due_on: NaiveDate,
    #[sqlx(try_from = "String")]
    pub status: ItemStatus,
    pub progress_percent: i16,
    /// `due_on` is before today (in the service's time zone) and the item is not verified.
    #[sqlx(skip)]
    pub overdue: bool,
    #[schema(required = true)]
    pub submitted_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub verified_at: Option<DateTime<Utc>>,
    /// The user who verified it.
    #[schema(required = true)]
    pub verified_by: Option<Uuid>,
    #[schema(required = true)]
    pub verification_note: Option<String>,
    /// Why it was last returned.
    #[schema(required = true)]
    pub return_note: Option<String>,
    /// 补录: the day the item was entered, when that was more than the configured days
    /// (`MINUTEBOOK_LATE_ENTRY_DAYS`, default 7) after its meeting ended; null otherwise.
    #[schema(required = true)]
    pub late_entered_on: Option<NaiveDate>,
    /// When its meeting ended (its start if no end is recorded), to tell a late entry.
    #[serde(skip)]
    pub meeting_ended_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What an item's answer depends on besides its row: the day it is seen on (overdue) and when
/// an entry counts as late.
#[derive(Debug, Clone, Copy)]
pub struct Seen {
    pub today: NaiveDate,
    pub late: LateEntries,
}

impl RectificationItem {
    pub fn seen_on(mut self, seen: Seen) -> Self {
        self.overdue = crate::domain::rectification::overdue(self.due_on, self.status, seen.today);
        self.late_entered_on = self
            .meeting_ended_at
            .and_then(|ended| seen.late.entered_on(ended, self.created_at));
        self
    }
}

/// A progress note (整改进展). Append-only.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct ProgressUpdate {
    pub id: Uuid,
    pub item_id: Uuid,
    /// The user who wrote it.
    pub author_id: Uuid,
    pub note: String,
    #[schema(required = true)]
    pub progress_percent: Option<i16>,
    pub created_at: DateTime<Utc>,
}

pub const COLUMNS: &str =
    "i.id, i.org_unit_id, i.meeting_id, i.source_speech_id, i.problem, i.measure,
    i.owner_id, i.due_on, i.status, i.progress_percent, i.submitted_at, i.verified_at,
    i.verified_by, i.verification_note, i.return_note, null::date as late_entered_on,
    (select coalesce(m.ends_at, m.starts_at) from meetings m where m.id = i.meeting_id)
        as meeting_ended_at,
    i.version, i.created_at, i.updated_at";

pub async fn fetch(conn: &mut PgConnection, id: Uuid, seen: Seen) -> Result<RectificationItem> {
    // `overdue` and `late_entered_on` depend on the day asked and the rule: `seen_on` sets them.
    let item = sqlx::query_as!(
        RectificationItem,
        r#"select id, org_unit_id, meeting_id, source_speech_id, problem, measure, owner_id, due_on,
               status as "status: ItemStatus", progress_percent, false as "overdue!",
               submitted_at, verified_at, verified_by, verification_note, return_note,
               null::date as late_entered_on,
               (select coalesce(m.ends_at, m.starts_at) from meetings m where m.id = meeting_id)
                   as meeting_ended_at,
               version, created_at, updated_at
           from rectification_items where id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)?;
    Ok(item.seen_on(seen))
}

/// The item `id` if `user` may read it, as it is now (no lock: for answering reads only).
pub async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    seen: Seen,
) -> Result<RectificationItem> {
    let (item, read) = (Record::RectificationItem, Permission::Read);
    access::require_record(&mut *conn, user, item, id, read, Lock::No).await?;
    fetch(conn, id, seen).await
}

/// The item `id`, its row locked until the transaction ends, if `user` may do `permission`
/// in its unit. Every change of an item starts here, so changes happen one at a time and each
/// sees the status the one before it left.
pub async fn lock_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
    seen: Seen,
) -> Result<RectificationItem> {
    let item = Record::RectificationItem;
    access::require_record(&mut *conn, user, item, id, permission, Lock::Row).await?;
    fetch(conn, id, seen).await
}

/// Whether `user` is the owner of `item` (its owner's person record is linked to the user).
pub async fn is_owner(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: &RectificationItem,
) -> Result<bool> {
    let owner: Option<Uuid> =
        sqlx::query_scalar!("select user_id from people where id = $1", item.owner_id)
            .fetch_one(conn)
            .await?;
    Ok(owner == Some(user.id))
}

/// Whether `user` owned `item` at any time in its current cycle (since it was created or last
/// returned): its owner now, or a former owner recorded when the owner changed or the owner's
/// person record was linked to another account.
pub async fn owned_in_cycle(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: &RectificationItem,
) -> Result<bool> {
    let former: bool = sqlx::query_scalar!(
        r#"select $2 = any(former_owner_user_ids) as "former!" from rectification_items where id = $1"#,
        item.id,
        user.id
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(former || is_owner(conn, user, item).await?)
}

/// The owner's actions (progress, submission) are the owner's or a secretary's; 403 otherwise.
pub async fn require_owner_or_secretary(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: &RectificationItem,
) -> Result<()> {
    if is_owner(conn, user, item).await? {
        return Ok(());
    }
    access::require(&mut *conn, user, item.org_unit_id, Permission::Write)
        .await
        .map_err(|_| AppError::Forbidden("only the owner or a secretary may do this".into()))
}
