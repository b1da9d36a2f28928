//! Speeches as stored: the record, how one is looked up within a caller's reach (through its
//! meeting, which every speech write locks first), the bounds of a meeting's speeches, and the
//! shifting of positions.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use sqlx::types::Json;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::{AuthUser, Permission, access};
use crate::domain::late_entry::LateEntries;
use crate::domain::outline::{Heading, char_count};
use crate::domain::speech::{SpeechKind, line_count};
use crate::error::{AppError, Result};
use crate::store::meetings::{self, Meeting};

/// What one meeting's speeches may add up to: this bounds its minutes, and the memory it
/// takes to build them. Lines count too, because every paragraph of a Word document costs
/// some kilobytes to build, however short.
pub const MAX_SPEECHES_PER_MEETING: i64 = 100;
pub const MAX_MEETING_CHARS: i64 = 1_000_000;
pub const MAX_MEETING_LINES: i64 = 10_000;

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000040", "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "position": 1,
    "speaker_id": "019a1b2c-0000-7000-8000-000000000020", "kind": "remarks",
    "title": "在市政府办机关第一党支部组织生活会上的讲话",
    "content": "一、强化思想引领，做政治上的明白人\n……", "target_person_id": null, "char_count": 3251,
    "outline": [{"level": 1, "text": "一、强化思想引领，做政治上的明白人"}],
    "written_statement": false, "late_entered_on": null, "version": 1,
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
    #[schema(required = true)]
    pub title: Option<String>,
    pub content: String,
    /// Whom a criticism is addressed to.
    #[schema(required = true)]
    pub target_person_id: Option<Uuid>,
    /// Length of `content` in characters, not bytes.
    pub char_count: i32,
    /// The numbered headings found in `content`.
    #[schema(value_type = Vec<Heading>)]
    pub outline: Json<Vec<Heading>>,
    /// 书面发言: the speaker is marked absent on the meeting's attendance list, so this is a
    /// written statement read or handed in, not a speech given in person.
    pub written_statement: bool,
    /// 补录: the day the speech was entered, when that was more than the configured days
    /// (`MINUTEBOOK_LATE_ENTRY_DAYS`, default 7) after the meeting ended; null otherwise.
    #[schema(required = true)]
    pub late_entered_on: Option<NaiveDate>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub async fn fetch(conn: &mut PgConnection, id: Uuid) -> Result<Speech> {
    sqlx::query_as!(
        Speech,
        r#"select id, meeting_id, org_unit_id, position, speaker_id, kind as "kind: SpeechKind", title,
               content, target_person_id, char_count, outline as "outline: Json<Vec<Heading>>",
               exists (select 1 from attendance a where a.meeting_id = speeches.meeting_id
                       and a.person_id = speeches.speaker_id and a.status = 'absent')
                   as "written_statement!",
               null::date as late_entered_on, version, created_at, updated_at
           from speeches where id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

impl Speech {
    /// With `late_entered_on` set, for a speech of `meeting`.
    pub fn seen_late(mut self, late: &LateEntries, meeting: &Meeting) -> Self {
        self.late_entered_on = late.entered_on(meeting.ended_at(), self.created_at);
        self
    }
}

/// The speech `id` and its meeting, if `user` may do `permission` there. For writes the
/// meeting is locked first (as every speech write does), then the speech is read.
pub async fn fetch_for(
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

/// 422 on `field` unless `person` is on the meeting's attendance list: the minutes account for
/// everyone who speaks (present, absent with a written statement, or a guest as 列席).
pub async fn require_on_attendance(
    conn: &mut PgConnection,
    meeting: Uuid,
    person: Uuid,
    field: &str,
) -> Result<()> {
    let listed = sqlx::query_scalar!(
        r#"select exists (select 1 from attendance where meeting_id = $1 and person_id = $2)
               as "listed!""#,
        meeting,
        person
    )
    .fetch_one(conn)
    .await?;
    if listed {
        return Ok(());
    }
    Err(AppError::invalid(
        field,
        "the speaker is not on the meeting's attendance list: add them to it first \
         (a guest such as a visiting leader as present, shown as 列席; \
         a member who sent a written statement as absent)",
    ))
}

pub async fn speech_count(conn: &mut PgConnection, meeting: Uuid) -> Result<i32> {
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
pub async fn check_meeting_size(
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

/// Shift the speeches of `meeting` at positions `from..=to` by `by` (+1 or -1).
pub async fn shift(
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
