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
// The document declares these (its numbers are held to them by tests/api/contract.rs).
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_LOCATION_CHARS: usize = 200;
pub const MAX_SUMMARY_CHARS: usize = 20_000;
pub const MAX_AGENDA_ITEMS: usize = 50;
pub const MAX_AGENDA_ITEM_CHARS: usize = 500;
/// The years a meeting may report on (within them, the year held or the one before).
pub const REPORTING_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

pub use crate::domain::meeting::{MeetingKind, MeetingStatus};

/// One agenda item: one line of 1 to 500 characters.
#[derive(ToSchema)]
#[schema(
    min_length = 1,
    max_length = 500,
    pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
)]
#[allow(dead_code)] // only the document's view of a `String`
pub struct AgendaItem(String);

/// The title, location and agenda items are one line each, without control characters; the
/// summary may hold tab and line breaks (LF or CR LF), but no other control character.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "kind": "organizational_life",
    "title": "2026年度组织生活会", "starts_at": "2026-12-20T09:30:00+08:00",
    "ends_at": "2026-12-20T11:30:00+08:00", "location": "机关三楼党员活动室",
    "host_id": "019a1b2c-0000-7000-8000-000000000020",
    "recorder_id": "019a1b2c-0000-7000-8000-000000000021",
    "agenda": ["通报上年度整改落实情况", "支部书记代表支委会作对照检查", "党员个人对照检查", "开展相互批评"]
}))]
pub struct CreateMeeting {
    pub org_unit_id: Uuid,
    pub kind: MeetingKind,
    /// One line of 1 to 200 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub title: String,
    pub starts_at: DateTime<Utc>,
    /// Not before `starts_at`.
    pub ends_at: Option<DateTime<Utc>>,
    /// One line of 1 to 200 characters.
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub location: Option<String>,
    /// A person of the unit or a unit below it.
    pub host_id: Option<Uuid>,
    /// A person of the unit or a unit below it.
    pub recorder_id: Option<Uuid>,
    /// At most 50 items, each one line of 1 to 500 characters.
    #[serde(default)]
    #[schema(value_type = Vec<AgendaItem>, max_items = 50)]
    pub agenda: Vec<String>,
    /// 1 to 20,000 characters; tab and line breaks (LF or CR LF), no other control character.
    #[schema(
        min_length = 1,
        max_length = 20000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub summary: Option<String>,
    /// Only for 组织生活会 and 民主生活会: the year it reports on, the year it is held or the
    /// one before (the "2025年度组织生活会" held in early 2026); left out, the year it is held.
    #[schema(minimum = 2000, maximum = 2100)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub reporting_year: Option<i32>,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "title": "2026年度组织生活会（第一次）", "location": "机关五楼会议室",
    "summary": "会议通报了上年度整改落实情况。\n支委会成员和党员逐一作对照检查，开展相互批评，共提出批评意见12条。"
}))]
pub struct UpdateMeeting {
    pub kind: Option<MeetingKind>,
    /// One line of 1 to 200 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub title: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    /// Not before `starts_at`.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<DateTime<Utc>>)]
    pub ends_at: Option<Option<DateTime<Utc>>>,
    /// One line of 1 to 200 characters.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub location: Option<Option<String>>,
    /// A person of the unit or a unit below it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub host_id: Option<Option<Uuid>>,
    /// A person of the unit or a unit below it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub recorder_id: Option<Option<Uuid>>,
    /// Replaces the agenda: at most 50 items, each one line of 1 to 500 characters.
    #[schema(value_type = Option<Vec<AgendaItem>>, max_items = 50)]
    pub agenda: Option<Vec<String>>,
    /// 1 to 20,000 characters; tab and line breaks (LF or CR LF), no other control character.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    #[schema(
        min_length = 1,
        max_length = 20000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub summary: Option<Option<String>>,
    /// Only for 组织生活会 and 民主生活会: the year it reports on, the year it is held or the
    /// one before; null: the year it is held.
    #[serde(default, deserialize_with = "present_year")]
    #[schema(value_type = Option<i32>, minimum = 2000, maximum = 2100)]
    pub reporting_year: Option<Option<i32>>,
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
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
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

/// `present` for a whole number: a year given as `2025.0` is the year 2025.
fn present_year<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Option<i32>>, D::Error> {
    crate::domain::optional_whole(d).map(Some)
}

/// The reporting year of a meeting of `kind` held on `starts_at` (in `timezone`): only annual
/// meetings carry one, the year held or the year before.
pub(super) fn reporting_year(
    year: Option<i32>,
    kind: MeetingKind,
    starts_at: DateTime<Utc>,
    timezone: chrono_tz::Tz,
) -> Result<Option<i32>> {
    let Some(year) = year else {
        return Ok(None);
    };
    if !matches!(
        kind,
        MeetingKind::OrganizationalLife | MeetingKind::DemocraticLife
    ) {
        return Err(AppError::invalid(
            "/reporting_year",
            "only an annual meeting (organizational_life, democratic_life) reports on a year",
        ));
    }
    let held = chrono::Datelike::year(&starts_at.with_timezone(&timezone));
    if !(held - 1..=held).contains(&year) || !REPORTING_YEARS.contains(&year) {
        return Err(AppError::invalid(
            "/reporting_year",
            format!(
                "must be {} or {held}: the year the meeting is held or the one before",
                held - 1
            ),
        ));
    }
    Ok(Some(year))
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

/// One meeting, with its voting-member summary beside the attendance summary.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingDetail {
    #[serde(flatten)]
    pub meeting: crate::store::meetings::Meeting,
    /// 应到/实到 with voting rights: members of the unit on the meeting's day by standing
    /// (full members vote; probationary members do not).
    pub voting_summary: crate::store::votes::VotingSummary,
}
