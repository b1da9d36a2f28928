//! Attendance (出席情况): the whole list of a meeting, replaced at once.

use actix_web::{get, put, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission};
use crate::domain::late_entry::LateEntries;
use crate::domain::required_text;
use crate::edge::JsonList;
use crate::error::{AppError, Result};
use crate::routes::versioning::IfMatch;
use crate::state::AppState;
use crate::store::meetings::{self, Meeting, require_open};
use crate::store::people::require_in_unit;

pub const TAG: &str = "meetings";
pub const MAX_ENTRIES: usize = 1000;
pub const MAX_REASON_CHARS: usize = 500;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(put_attendance).service(get_attendance);
}

crate::text_enum!(
    /// How a person attended.
    AttendanceStatus {
        /// 出席
        Present = "present",
        /// 缺席 (needs a reason)
        Absent = "absent",
        /// 请假 (needs a reason)
        Leave = "leave",
    }
);

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceEntry {
    pub person_id: Uuid,
    pub status: AttendanceStatus,
    /// Why the person was on leave or absent (required for both); none for `present`. One
    /// line of 1 to 500 characters.
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub reason: Option<String>,
}

/// The attendance list: at most 1000 entries, each person once.
#[derive(ToSchema)]
#[schema(max_items = 1000, example = json!([
    {"person_id": "019a1b2c-0000-7000-8000-000000000020", "status": "present"},
    {"person_id": "019a1b2c-0000-7000-8000-000000000021", "status": "leave", "reason": "因公出差"}
]))]
#[allow(dead_code)] // only the document's view of the `Vec<AttendanceEntry>` it takes
pub struct AttendanceList(Vec<AttendanceEntry>);

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Attendee {
    pub person_id: Uuid,
    pub name: String,
    #[schema(required = true)]
    pub title: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: AttendanceStatus,
    #[schema(required = true)]
    pub reason: Option<String>,
    /// 补录: the day the list was entered, when that was more than the configured days
    /// (`MINUTEBOOK_LATE_ENTRY_DAYS`, default 7) after the meeting ended; null otherwise.
    #[schema(required = true)]
    pub late_entered_on: Option<NaiveDate>,
    /// When the list holding this entry was entered.
    #[serde(skip)]
    pub recorded_at: DateTime<Utc>,
}

async fn fetch_list(
    conn: &mut PgConnection,
    meeting: &Meeting,
    late: &LateEntries,
) -> Result<Vec<Attendee>> {
    let list = sqlx::query_as!(
        Attendee,
        r#"select a.person_id, p.name, p.title, a.status as "status: AttendanceStatus", a.reason,
                  null::date as late_entered_on, a.recorded_at
           from attendance a join people p on p.id = a.person_id
           where a.meeting_id = $1 order by a.person_id"#,
        meeting.id
    )
    .fetch_all(conn)
    .await?;
    Ok(list
        .into_iter()
        .map(|a| Attendee {
            late_entered_on: late.entered_on(meeting.ended_at(), a.recorded_at),
            ..a
        })
        .collect())
}

/// Replace the attendance list of a meeting.
///
/// The list names everyone expected (应到) and the guests (列席); the meeting's
/// `attendance_summary` counts its members (guests do not count towards 应到/实到). Everyone
/// who spoke at the meeting must stay on the list (422 otherwise).
/// Each person must belong to the meeting's unit or a unit below it. The meeting's version
/// goes up; send its ETag in `If-Match` to be sure nobody changed it meanwhile.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the meeting's ETag (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    request_body = AttendanceList,
    responses(
        (status = 200, description = "The stored list", body = Vec<Attendee>),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such meeting (or person) in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled"),
        (status = 412, description = "The meeting changed since you read it"),
    )
)]
#[put("/meetings/{id}/attendance")]
async fn put_attendance(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: JsonList<Vec<AttendanceEntry>>,
) -> Result<web::Json<Vec<Attendee>>> {
    let entries = body.into_inner();
    if entries.len() > MAX_ENTRIES {
        return Err(AppError::invalid(
            "",
            format!("at most {MAX_ENTRIES} entries"),
        ));
    }
    let mut reasons = Vec::with_capacity(entries.len());
    let mut seen = std::collections::HashSet::new();
    for (i, entry) in entries.iter().enumerate() {
        if !seen.insert(entry.person_id) {
            return Err(AppError::invalid(
                &format!("/{i}/person_id"),
                "is listed twice",
            ));
        }
        let field = format!("/{i}/reason");
        let reason = match (&entry.status, entry.reason.as_deref()) {
            (AttendanceStatus::Leave | AttendanceStatus::Absent, None) => {
                return Err(AppError::invalid(
                    &field,
                    "a leave or an absence needs a reason (why the person did not attend)",
                ));
            }
            (AttendanceStatus::Present, Some(_)) => {
                return Err(AppError::invalid(
                    &field,
                    "only leave and absence have a reason",
                ));
            }
            (_, reason) => reason
                .map(|r| required_text(&field, r, MAX_REASON_CHARS))
                .transpose()?,
        };
        reasons.push(reason);
    }
    let mut tx = state.pool.begin().await?;
    let meeting = meetings::fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&meeting)?;
    for (i, entry) in entries.iter().enumerate() {
        let field = format!("/{i}/person_id");
        require_in_unit(&mut tx, &user, entry.person_id, meeting.org_unit_id, &field).await?;
    }
    // Every record the request names is in reach: now the precondition (RFC 9110 §13.2.1).
    if_match.optional(meeting.version)?;
    let before = fetch_list(&mut tx, &meeting, &state.late_entries).await?;
    // Whoever spoke stays on the list: a speech by someone not on it would be refused.
    let listed: Vec<Uuid> = entries.iter().map(|e| e.person_id).collect();
    let dropped = sqlx::query_scalar!(
        "select p.name from people p
         where p.id in (select speaker_id from speeches where meeting_id = $1)
           and p.id <> all($2)
         order by p.name",
        meeting.id,
        &listed
    )
    .fetch_all(&mut *tx)
    .await?;
    if !dropped.is_empty() {
        return Err(AppError::invalid(
            "",
            format!(
                "{} spoke at this meeting: keep them on the list (as absent, their speech is a \
                 written statement)",
                dropped.join("、")
            ),
        ));
    }
    sqlx::query!("delete from attendance where meeting_id = $1", meeting.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query!(
        "insert into attendance (meeting_id, person_id, status, reason)
         select $1, * from unnest($2::uuid[], $3::text[], $4::text[])",
        meeting.id,
        &listed,
        &entries
            .iter()
            .map(|e| e.status.as_str())
            .collect::<Vec<_>>() as &[&str],
        &reasons as &[Option<String>]
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "update meetings m set version = version + 1, updated_at = now(),
             attendance_expected = c.expected, attendance_present = c.present,
             attendance_leave = c.leave, attendance_absent = c.absent
         from (select count(*) as expected,
                      count(*) filter (where a.status = 'present') as present,
                      count(*) filter (where a.status = 'leave') as leave,
                      count(*) filter (where a.status = 'absent') as absent
               from attendance a join people p on p.id = a.person_id
               where a.meeting_id = $1 and p.kind = 'member') c
         where m.id = $1",
        meeting.id
    )
    .execute(&mut *tx)
    .await?;
    let after = fetch_list(&mut tx, &meeting, &state.late_entries).await?;
    let event = Event::changed(
        "attendance",
        "meeting",
        meeting.id,
        Some(meeting.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(web::Json(after))
}

/// The attendance list of a meeting.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The list", body = Vec<Attendee>),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/attendance")]
async fn get_attendance(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<Attendee>>> {
    let mut conn = state.pool.acquire().await?;
    let meeting = meetings::fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    Ok(web::Json(
        fetch_list(&mut conn, &meeting, &state.late_entries).await?,
    ))
}
