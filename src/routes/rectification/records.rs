//! The records of rectification: request and response types, their checks and
//! queries, shared by the handlers beside this file and by other resources.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::access::{Lock, Record};
use crate::auth::{AuthUser, Permission, access};
use crate::domain::rectification::Move;
use crate::domain::required_long_text;
use crate::edge::present;
use crate::error::{AppError, Result};
use crate::store::meetings;

pub const TAG: &str = "rectification";
/// Rectification items that may come out of one meeting (each is a row of its minutes).
pub const MAX_ITEMS_PER_MEETING: i64 = 200;
pub(super) const MAX_TEXT_CHARS: usize = 5000;

pub use crate::domain::rectification::ItemStatus;

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000060", "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "meeting_id": "019a1b2c-0000-7000-8000-000000000030", "source_speech_id": null,
    "problem": "理论学习不够系统深入", "measure": "每月精读一篇原文并撰写心得",
    "owner_id": "019a1b2c-0000-7000-8000-000000000020", "due_on": "2027-03-31", "status": "in_progress",
    "progress_percent": 30, "overdue": false, "submitted_at": null, "verified_at": null,
    "verified_by": null, "verification_note": null, "return_note": null, "version": 2,
    "created_at": "2026-11-27T08:30:00Z", "updated_at": "2026-11-28T08:30:00Z"
}))]
pub struct RectificationItem {
    pub id: Uuid,
    pub org_unit_id: Uuid,
    pub meeting_id: Option<Uuid>,
    /// The speech in `meeting_id` the problem came up in.
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
    pub submitted_at: Option<DateTime<Utc>>,
    pub verified_at: Option<DateTime<Utc>>,
    /// The user who verified it.
    pub verified_by: Option<Uuid>,
    pub verification_note: Option<String>,
    /// Why it was last returned.
    pub return_note: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl RectificationItem {
    pub(super) fn seen_on(mut self, today: NaiveDate) -> Self {
        self.overdue = self.due_on < today && self.status != ItemStatus::Verified;
        self
    }
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
    "problem": "理论学习不够系统深入", "measure": "每月精读一篇原文并撰写心得",
    "owner_id": "019a1b2c-0000-7000-8000-000000000020", "due_on": "2027-03-31"
}))]
pub struct CreateItem {
    pub org_unit_id: Uuid,
    /// A meeting of this unit or a unit above it.
    pub meeting_id: Option<Uuid>,
    /// A speech of `meeting_id`.
    pub source_speech_id: Option<Uuid>,
    pub problem: String,
    pub measure: String,
    /// A person of this unit or a unit below it.
    pub owner_id: Uuid,
    pub due_on: NaiveDate,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateItem {
    pub problem: Option<String>,
    pub measure: Option<String>,
    pub owner_id: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub meeting_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub source_speech_id: Option<Option<Uuid>>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUpdate {
    pub note: String,
    /// 0–100; becomes the item's `progress_percent`.
    pub progress_percent: Option<i16>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Why it is verified or returned.
    pub note: String,
}

/// A progress note (整改进展). Append-only.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct ProgressUpdate {
    pub id: Uuid,
    pub item_id: Uuid,
    /// The user who wrote it.
    pub author_id: Uuid,
    pub note: String,
    pub progress_percent: Option<i16>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ItemQuery {
    /// `me` (items whose owner is the caller's person record) or a person id.
    pub owner: Option<String>,
    pub status: Option<ItemStatus>,
    /// `true`: only overdue items; `false`: only items that are not.
    pub overdue: Option<bool>,
    pub org_unit_id: Option<Uuid>,
    pub meeting_id: Option<Uuid>,
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

pub(super) const COLUMNS: &str =
    "i.id, i.org_unit_id, i.meeting_id, i.source_speech_id, i.problem, i.measure,
    i.owner_id, i.due_on, i.status, i.progress_percent, i.submitted_at, i.verified_at,
    i.verified_by, i.verification_note, i.return_note, i.version, i.created_at, i.updated_at";

pub(super) async fn fetch(
    conn: &mut PgConnection,
    id: Uuid,
    today: NaiveDate,
) -> Result<RectificationItem> {
    let item: RectificationItem = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from rectification_items i where i.id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)?;
    Ok(item.seen_on(today))
}

/// The item `id` if `user` may read it, as it is now (no lock: for answering reads only).
pub(super) async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    today: NaiveDate,
) -> Result<RectificationItem> {
    let (item, read) = (Record::RectificationItem, Permission::Read);
    access::require_record(&mut *conn, user, item, id, read, Lock::No).await?;
    fetch(conn, id, today).await
}

/// The item `id`, its row locked until the transaction ends, if `user` may do `permission`
/// in its unit. Every change of an item starts here, so changes happen one at a time and each
/// sees the status the one before it left.
pub(super) async fn lock_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
    today: NaiveDate,
) -> Result<RectificationItem> {
    let item = Record::RectificationItem;
    access::require_record(&mut *conn, user, item, id, permission, Lock::Row).await?;
    fetch(conn, id, today).await
}

/// Whether `user` is the owner of `item` (its owner's person record is linked to the user).
pub(super) async fn is_owner(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: &RectificationItem,
) -> Result<bool> {
    let owner: Option<Uuid> = sqlx::query_scalar("select user_id from people where id = $1")
        .bind(item.owner_id)
        .fetch_one(conn)
        .await?;
    Ok(owner == Some(user.id))
}

/// Whether `user` owned `item` at any time in its current cycle (since it was created or last
/// returned): its owner now, or a former owner recorded when the owner changed or the owner's
/// person record was linked to another account.
pub(super) async fn owned_in_cycle(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: &RectificationItem,
) -> Result<bool> {
    let former: bool = sqlx::query_scalar(
        "select $2 = any(former_owner_user_ids) from rectification_items where id = $1",
    )
    .bind(item.id)
    .bind(user.id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(former || is_owner(conn, user, item).await?)
}

/// The owner's actions (progress, submission) are the owner's or a secretary's; 403 otherwise.
pub(super) async fn require_owner_or_secretary(
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

pub(super) fn conflict(item: &RectificationItem, mv: Move) -> AppError {
    let done = match mv {
        Move::Progress => "updated",
        Move::Submit => "submitted",
        Move::Verify => "verified",
        Move::Return => "returned",
    };
    AppError::Conflict(format!("a {} item cannot be {done}", item.status.as_str()))
}

/// Check the meeting and speech an item refers to: the meeting readable and of the item's unit
/// or a unit above it, the speech one of that meeting.
pub(super) async fn check_sources(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: Option<Uuid>,
    unit: Uuid,
    meeting: Option<Uuid>,
    speech: Option<Uuid>,
) -> Result<()> {
    let Some(meeting) = meeting else {
        return match speech {
            Some(_) => Err(AppError::invalid("/source_speech_id", "needs meeting_id")),
            None => Ok(()),
        };
    };
    let meeting_unit = meetings::require(conn, user, meeting, Permission::Read).await?;
    let above: bool = sqlx::query_scalar(
        "select exists (select 1 from org_unit_closure where ancestor_id = $1 and descendant_id = $2)",
    )
    .bind(meeting_unit)
    .bind(unit)
    .fetch_one(&mut *conn)
    .await?;
    if !above {
        return Err(AppError::invalid(
            "/meeting_id",
            "the meeting is of neither this unit nor a unit above it",
        ));
    }
    // Each item is a row of the meeting's minutes: a bounded count keeps their export bounded.
    // The meeting's row is locked, so two writers cannot both take the last place.
    sqlx::query("select 1 from meetings where id = $1 for update")
        .bind(meeting)
        .execute(&mut *conn)
        .await?;
    let others: i64 = sqlx::query_scalar(
        "select count(*) from rectification_items where meeting_id = $1 and id is distinct from $2",
    )
    .bind(meeting)
    .bind(item)
    .fetch_one(&mut *conn)
    .await?;
    if others >= MAX_ITEMS_PER_MEETING {
        return Err(AppError::Conflict(format!(
            "a meeting has at most {MAX_ITEMS_PER_MEETING} rectification items"
        )));
    }
    if let Some(speech) = speech {
        let of_meeting: bool = sqlx::query_scalar(
            "select exists (select 1 from speeches where id = $1 and meeting_id = $2)",
        )
        .bind(speech)
        .bind(meeting)
        .fetch_one(&mut *conn)
        .await?;
        if !of_meeting {
            return Err(AppError::invalid(
                "/source_speech_id",
                "is not a speech of this meeting",
            ));
        }
    }
    Ok(())
}

/// Problems, measures and notes are long texts: tab and line breaks allowed.
pub(super) fn text(field: &str, raw: &str) -> Result<String> {
    Ok(required_long_text(field, raw, MAX_TEXT_CHARS)?)
}

pub(super) fn percent(value: Option<i16>) -> Result<Option<i16>> {
    match value {
        Some(p) if !(0..=100).contains(&p) => {
            Err(AppError::invalid("/progress_percent", "must be 0 to 100"))
        }
        p => Ok(p),
    }
}
