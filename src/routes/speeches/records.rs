//! The records of speeches: request and response types, their checks and
//! queries, shared by the handlers beside this file and by other resources.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use sqlx::types::Json;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{AuthUser, Permission, access};
use crate::domain::check_long_text;
use crate::domain::outline::{Heading, char_count};
use crate::edge::present;
use crate::error::{AppError, Result};
use crate::store::meetings::{self, Meeting};

pub const TAG: &str = "speeches";
pub const MAX_CONTENT_CHARS: usize = 200_000;
/// What one meeting's speeches may add up to: this bounds its minutes, and the memory it
/// takes to build them. Lines count too, because every paragraph of a Word document costs
/// some kilobytes to build, however short.
pub const MAX_SPEECHES_PER_MEETING: i64 = 100;
pub const MAX_MEETING_CHARS: i64 = 1_000_000;
pub const MAX_MEETING_LINES: i64 = 10_000;

/// Lines of a speech: its line feeds, plus one.
pub(super) fn line_count(content: &str) -> i64 {
    content.bytes().filter(|&b| b == b'\n').count() as i64 + 1
}
pub(super) const MAX_TITLE_CHARS: usize = 200;

crate::text_enum!(
    /// The kind of speech.
    SpeechKind {
        /// 讲话
        Remarks = "remarks",
        /// 报告
        Report = "report",
        /// 剖析发言 / 对照检查
        SelfCriticism = "self_criticism",
        /// 批评意见: needs `target_person_id`
        Criticism = "criticism",
        /// 表态发言
        Response = "response",
        /// 点评
        Comment = "comment",
        /// 党课讲稿
        Lecture = "lecture",
        Other = "other",
    }
);

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000040", "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "position": 1,
    "speaker_id": "019a1b2c-0000-7000-8000-000000000020", "kind": "remarks",
    "title": "在市政府办机关第一党支部组织生活会上的讲话",
    "content": "一、强化思想引领，做政治上的明白人\n……", "target_person_id": null, "char_count": 3251,
    "outline": [{"level": 1, "text": "一、强化思想引领，做政治上的明白人"}], "version": 1,
    "created_at": "2026-11-27T08:30:00Z", "updated_at": "2026-11-27T08:30:00Z"
}))]
pub struct Speech {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub org_unit_id: Uuid,
    /// 1..n within the meeting, without gaps.
    pub position: i32,
    pub speaker_id: Uuid,
    #[sqlx(try_from = "String")]
    pub kind: SpeechKind,
    pub title: Option<String>,
    pub content: String,
    /// Whom a criticism is addressed to.
    pub target_person_id: Option<Uuid>,
    /// Length of `content` in characters, not bytes.
    pub char_count: i32,
    /// The numbered headings found in `content`.
    #[schema(value_type = Vec<Heading>)]
    pub outline: Json<Vec<Heading>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "speaker_id": "019a1b2c-0000-7000-8000-000000000020", "kind": "remarks",
    "title": "在市政府办机关第一党支部组织生活会上的讲话", "content": "今天，参加……"
}))]
pub struct CreateSpeech {
    pub speaker_id: Uuid,
    pub kind: SpeechKind,
    /// One line, without control characters.
    pub title: Option<String>,
    /// Up to 200,000 characters; tab and line breaks (LF or CR LF), but no other control
    /// character. A meeting holds at most 100 speeches, of 1,000,000 characters and 10,000
    /// lines in all.
    pub content: String,
    /// 1..n+1; the speeches from there on move down. Left out: last.
    pub position: Option<i32>,
    /// Required for `criticism`, not allowed otherwise.
    pub target_person_id: Option<Uuid>,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateSpeech {
    pub speaker_id: Option<Uuid>,
    pub kind: Option<SpeechKind>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub title: Option<Option<String>>,
    /// As in [`CreateSpeech`]: the meeting's speeches hold at most 1,000,000 characters and
    /// 10,000 lines in all.
    pub content: Option<String>,
    /// Move to 1..n; the speeches in between shift.
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
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// Someone who spoke at a meeting.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct Speaker {
    pub person_id: Uuid,
    pub name: String,
    pub title: Option<String>,
    /// Position of the person's first speech.
    pub first_position: i32,
    pub speech_count: i64,
}

pub(super) async fn fetch(conn: &mut PgConnection, id: Uuid) -> Result<Speech> {
    sqlx::query_as!(
        Speech,
        r#"select id, meeting_id, org_unit_id, position, speaker_id, kind as "kind: SpeechKind", title,
               content, target_person_id, char_count, outline as "outline: Json<Vec<Heading>>",
               version, created_at, updated_at
           from speeches where id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

/// The speech `id` and its meeting, if `user` may do `permission` there. For writes the
/// meeting is locked first (as every speech write does), then the speech is read.
pub(super) async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
) -> Result<(Speech, Meeting)> {
    let meeting_id: Uuid = sqlx::query_scalar!("select meeting_id from speeches where id = $1", id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(access::not_found)?;
    let meeting = meetings::fetch_for(conn, user, meeting_id, permission).await?;
    Ok((fetch(conn, id).await?, meeting))
}

pub(super) async fn speech_count(conn: &mut PgConnection, meeting: Uuid) -> Result<i32> {
    let n: i64 = sqlx::query_scalar!(
        r#"select count(*) as "count!" from speeches where meeting_id = $1"#,
        meeting
    )
    .fetch_one(conn)
    .await?;
    Ok(n as i32)
}

/// 409 when the meeting would outgrow its limits with the speech `content`, new (`replacing`
/// None) or in place of the speech `replacing`. The caller holds the meeting's row lock, so
/// concurrent writers cannot both slip under the limits.
pub(super) async fn check_meeting_size(
    conn: &mut PgConnection,
    meeting: Uuid,
    replacing: Option<Uuid>,
    content: &str,
) -> Result<()> {
    let others = sqlx::query!(
        r#"select count(*) as "speeches!", coalesce(sum(char_count), 0)::bigint as "chars!",
                  coalesce(sum(length(content) - length(replace(content, E'\n', '')) + 1), 0)::bigint
                      as "lines!"
           from speeches where meeting_id = $1 and id is distinct from $2"#,
        meeting,
        replacing
    )
    .fetch_one(conn)
    .await?;
    let (others, others_chars, others_lines) = (others.speeches, others.chars, others.lines);
    if replacing.is_none() && others >= MAX_SPEECHES_PER_MEETING {
        return Err(AppError::Conflict(format!(
            "a meeting holds at most {MAX_SPEECHES_PER_MEETING} speeches"
        )));
    }
    let chars = others_chars + i64::from(char_count(content));
    if chars > MAX_MEETING_CHARS {
        return Err(AppError::Conflict(format!(
            "the speeches of a meeting hold at most {MAX_MEETING_CHARS} characters in all; \
             this would make {chars}"
        )));
    }
    let lines = others_lines + line_count(content);
    if lines > MAX_MEETING_LINES {
        return Err(AppError::Conflict(format!(
            "the speeches of a meeting hold at most {MAX_MEETING_LINES} lines in all; \
             this would make {lines}"
        )));
    }
    Ok(())
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

/// Shift the speeches of `meeting` at positions `from..=to` by `by` (+1 or -1).
pub(super) async fn shift(
    conn: &mut PgConnection,
    meeting: Uuid,
    from: i32,
    to: i32,
    by: i32,
) -> Result<()> {
    sqlx::query!(
        "update speeches set position = position + $4, version = version + 1, updated_at = now()
         where meeting_id = $1 and position between $2 and $3",
        meeting,
        from,
        to,
        by
    )
    .execute(conn)
    .await?;
    Ok(())
}
