//! The requests about speeches and their checks, shared by the handlers beside this file; the
//! record and its lookups are in `store::speeches`.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::check_long_text;
use crate::edge::present;
use crate::error::{AppError, Result};

pub use crate::domain::speech::SpeechKind;
pub use crate::store::speeches::{
    MAX_MEETING_CHARS, MAX_MEETING_LINES, MAX_SPEECHES_PER_MEETING, Speech,
};

pub const TAG: &str = "speeches";
pub const MAX_CONTENT_CHARS: usize = 200_000;

pub const MAX_TITLE_CHARS: usize = 200;

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "speaker_id": "019a1b2c-0000-7000-8000-000000000020", "kind": "remarks",
    "title": "在市政府办机关第一党支部组织生活会上的讲话",
    "content": "同志们：\n今天，参加市政府办机关第一党支部的组织生活会，和大家一起学习交流，很有收获。\n一、提高政治站位，把学习贯彻落到实处。\n二、坚持问题导向，把整改任务抓细抓实。"
}))]
pub struct CreateSpeech {
    pub speaker_id: Uuid,
    pub kind: SpeechKind,
    /// One line of 1 to 200 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub title: Option<String>,
    /// Up to 200,000 characters, kept exactly as sent, not blank; tab and line breaks (LF or
    /// CR LF), but no other control character. A meeting holds at most 100 speeches, of
    /// 1,000,000 characters and 10,000 lines in all.
    #[schema(
        min_length = 1,
        max_length = 200000,
        pattern = "^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*$"
    )]
    pub content: String,
    /// 1..n+1 of the meeting's n speeches; the speeches from there on move down. Left out:
    /// last.
    #[schema(minimum = 1, maximum = 100)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub position: Option<i32>,
    /// Required for `criticism`, not allowed otherwise.
    pub target_person_id: Option<Uuid>,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"title": "在市政府办机关第一党支部2026年度组织生活会上的讲话"}))]
pub struct UpdateSpeech {
    pub speaker_id: Option<Uuid>,
    pub kind: Option<SpeechKind>,
    /// One line of 1 to 200 characters; null clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub title: Option<Option<String>>,
    /// As in [`CreateSpeech`]: the meeting's speeches hold at most 1,000,000 characters and
    /// 10,000 lines in all.
    #[schema(
        min_length = 1,
        max_length = 200000,
        pattern = "^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*$"
    )]
    pub content: Option<String>,
    /// Move to 1..n of the meeting's n speeches; the speeches in between shift.
    #[schema(minimum = 1, maximum = 100)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub position: Option<i32>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub target_person_id: Option<Option<Uuid>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct SpeechQuery {
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

/// Someone who spoke at a meeting.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct Speaker {
    pub person_id: Uuid,
    pub name: String,
    #[schema(required = true)]
    pub title: Option<String>,
    /// Position of the person's first speech.
    pub first_position: i32,
    pub speech_count: i64,
}

pub(super) fn content(raw: &str) -> Result<String> {
    if raw.trim().is_empty() {
        return Err(AppError::invalid("/content", "must not be empty"));
    }
    if raw.chars().count() > MAX_CONTENT_CHARS {
        return Err(AppError::invalid(
            "/content",
            format!("must be at most {MAX_CONTENT_CHARS} characters"),
        ));
    }
    // Tab and line breaks only: other control characters break the documents.
    check_long_text("/content", raw)?;
    // Stored exactly as sent: a speech's text is a record, not something to tidy up.
    Ok(raw.to_owned())
}

pub(super) fn check_target(kind: SpeechKind, target: Option<Uuid>, speaker: Uuid) -> Result<()> {
    match (kind, target) {
        (SpeechKind::Criticism, None) => Err(AppError::invalid(
            "/target_person_id",
            "a criticism needs the person it is addressed to",
        )),
        (SpeechKind::Criticism, Some(t)) if t == speaker => Err(AppError::invalid(
            "/target_person_id",
            "criticism of oneself is a self_criticism",
        )),
        (SpeechKind::Criticism, Some(_)) | (_, None) => Ok(()),
        (_, Some(_)) => Err(AppError::invalid(
            "/target_person_id",
            "only a criticism has a target",
        )),
    }
}
