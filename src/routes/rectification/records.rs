//! The records of rectification: request and response types, their checks and
//! queries, shared by the handlers beside this file and by other resources.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{AuthUser, Permission};
use crate::domain::rectification::{self, Move};
use crate::domain::required_long_text;
use crate::edge::present;
use crate::error::{AppError, Result};
use crate::store::meetings;

pub const TAG: &str = "rectification";
/// Rectification items that may come out of one meeting (each is a row of its minutes).
pub const MAX_ITEMS_PER_MEETING: i64 = 200;
pub const MAX_TEXT_CHARS: usize = 5000;
pub const PROGRESS_PERCENT: std::ops::RangeInclusive<i16> = 0..=100;
/// The `owner` filter: `me` or a person id.
pub const OWNER_PATTERN: &str =
    "^(me|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$";

pub use crate::domain::rectification::ItemStatus;
pub use crate::store::rectification::{
    COLUMNS, ProgressUpdate, RectificationItem, fetch, fetch_for, lock_for, owned_in_cycle,
};

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
    "source_speech_id": "019a1b2c-0000-7000-8000-000000000040",
    "problem": "理论学习不够系统深入，学用结合不紧", "measure": "每月精读一篇原文并撰写心得，在支部会上交流",
    "owner_id": "019a1b2c-0000-7000-8000-000000000020", "due_on": "2027-03-31"
}))]
pub struct CreateItem {
    pub org_unit_id: Uuid,
    /// A meeting of this unit or a unit above it.
    pub meeting_id: Option<Uuid>,
    /// A speech of `meeting_id`.
    pub source_speech_id: Option<Uuid>,
    /// 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character.
    #[schema(
        min_length = 1,
        max_length = 5000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub problem: String,
    /// 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character.
    #[schema(
        min_length = 1,
        max_length = 5000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub measure: String,
    /// A person of this unit or a unit below it.
    pub owner_id: Uuid,
    pub due_on: NaiveDate,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"measure": "每月精读一篇原文，撰写心得并在支部会上交流", "due_on": "2027-06-30"}))]
pub struct UpdateItem {
    /// 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character.
    #[schema(
        min_length = 1,
        max_length = 5000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub problem: Option<String>,
    /// 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other control character.
    #[schema(
        min_length = 1,
        max_length = 5000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub measure: Option<String>,
    /// A person of the item's unit or a unit below it.
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
#[schema(example = json!({"note": "已精读两篇原文，撰写心得2篇，并在11月支部会上作了交流。", "progress_percent": 40}))]
pub struct NewUpdate {
    /// What was done: 1 to 5,000 characters; tab and line breaks (LF or CR LF), no other
    /// control character.
    #[schema(
        min_length = 1,
        max_length = 5000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub note: String,
    /// 0 to 100; becomes the item's `progress_percent`.
    #[schema(minimum = 0, maximum = 100)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub progress_percent: Option<i16>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"note": "整改措施已落实，学习记录和心得齐全，同意销号。"}))]
pub struct Decision {
    /// Why it is verified or returned: 1 to 5,000 characters; tab and line breaks (LF or
    /// CR LF), no other control character.
    #[schema(
        min_length = 1,
        max_length = 5000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub note: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ItemQuery {
    /// `me` (items whose owner is the caller's person record) or a person id.
    #[param(
        pattern = "^(me|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$"
    )]
    pub owner: Option<String>,
    pub status: Option<ItemStatus>,
    /// `true`: only overdue items; `false`: only items that are not.
    pub overdue: Option<bool>,
    pub org_unit_id: Option<Uuid>,
    pub meeting_id: Option<Uuid>,
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

pub(super) fn conflict(item: &RectificationItem, mv: Move) -> AppError {
    AppError::Conflict(rectification::refusal(item.status, mv))
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
    let above: bool = sqlx::query_scalar!(
        r#"select exists (select 1 from org_unit_closure where ancestor_id = $1 and descendant_id = $2) as "exists!""#,
        meeting_unit,
        unit
    )
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
    sqlx::query_scalar!("select id from meetings where id = $1 for update", meeting)
        .fetch_optional(&mut *conn)
        .await?;
    let others: i64 = sqlx::query_scalar!(
        r#"select count(*) as "count!" from rectification_items where meeting_id = $1 and id is distinct from $2"#,
        meeting,
        item
    )
    .fetch_one(&mut *conn)
    .await?;
    if others >= MAX_ITEMS_PER_MEETING {
        return Err(AppError::Conflict(format!(
            "a meeting has at most {MAX_ITEMS_PER_MEETING} rectification items"
        )));
    }
    if let Some(speech) = speech {
        let of_meeting: bool = sqlx::query_scalar!(
            r#"select exists (select 1 from speeches where id = $1 and meeting_id = $2) as "exists!""#,
            speech,
            meeting
        )
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
        Some(p) if !PROGRESS_PERCENT.contains(&p) => {
            Err(AppError::invalid("/progress_percent", "must be 0 to 100"))
        }
        p => Ok(p),
    }
}
