//! What the meeting handlers take: the request types and their checks. The meeting record,
//! its lookups and its status moves are in `store::meetings`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::{required_long_text, required_text};
use crate::edge::present;
use crate::error::{AppError, Result};

pub const TAG: &str = "meetings";
pub(super) const MAX_TITLE_CHARS: usize = 200;
pub(super) const MAX_LOCATION_CHARS: usize = 200;
pub(super) const MAX_SUMMARY_CHARS: usize = 20_000;
pub(super) const MAX_AGENDA_ITEMS: usize = 50;
pub(super) const MAX_AGENDA_ITEM_CHARS: usize = 500;

pub use crate::domain::meeting::{MeetingKind, MeetingStatus};

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
