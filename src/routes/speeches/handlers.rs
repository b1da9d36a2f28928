//! The speech handlers.

use super::records::*;
use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission};
use crate::domain::outline::{Heading, char_count, outline};
use crate::domain::required_text;
use crate::error::{AppError, Result};
use crate::routes::list::{Page, PageRequest};
use crate::routes::versioning::{IdempotencyKey, IfMatch, Stored, ok_with_etag};
use crate::search;
use crate::state::AppState;
use crate::store::meetings::{self, require_open};
use crate::store::people::require_in_unit;
use crate::store::speeches::{
    check_meeting_size, fetch_for, require_on_attendance, shift, speech_count,
};
use actix_web::{HttpResponse, delete, get, patch, post, web};
use sqlx::types::Json;
use uuid::Uuid;

/// Record a speech.
///
/// The speaker must be on the meeting's attendance list first (422 on `speaker_id`
/// otherwise): a guest such as a visiting leader as present (列席 in the minutes); someone
/// marked absent has sent a written statement (书面发言, `written_statement`). Recording the
/// first speech of a scheduled meeting marks it held.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry safely: the same key and body answer the first response again", min_length = 1, max_length = 255, pattern = "^[ -~]*[!-~][ -~]*$")),
    responses(
        (status = 201, description = "Created", body = Speech,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such meeting (or person) in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled, or already holds 100 speeches, or its speeches would hold more than 1,000,000 characters or 10,000 lines"),
    )
)]
#[post("/meetings/{id}/speeches")]
pub(super) async fn create_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: crate::edge::Json<CreateSpeech>,
) -> Result<HttpResponse> {
    let text = content(&body.content)?;
    let title = body
        .title
        .as_deref()
        .map(|t| required_text("/title", t, MAX_TITLE_CHARS))
        .transpose()?;
    check_target(body.kind, body.target_person_id, body.speaker_id)?;
    let mut tx = state.pool.begin().await?;
    let meeting = meetings::fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&meeting)?;
    require_in_unit(
        &mut tx,
        &user,
        body.speaker_id,
        meeting.org_unit_id,
        "/speaker_id",
    )
    .await?;
    require_on_attendance(&mut tx, meeting.id, body.speaker_id, "/speaker_id").await?;
    if let Some(target) = body.target_person_id {
        require_in_unit(
            &mut tx,
            &user,
            target,
            meeting.org_unit_id,
            "/target_person_id",
        )
        .await?;
    }
    let operation = format!("POST /meetings/{}/speeches", meeting.id);
    if let Some(replay) = key.claim(&mut tx, &user, &operation, &*body).await? {
        return Ok(replay);
    }
    check_meeting_size(&mut tx, meeting.id, None, &text).await?;
    let n = speech_count(&mut tx, meeting.id).await?;
    let position = body.position.unwrap_or(n + 1);
    if !(1..=n + 1).contains(&position) {
        return Err(AppError::invalid(
            "/position",
            format!("must be 1 to {}", n + 1),
        ));
    }
    shift(&mut tx, meeting.id, position, n, 1).await?;
    let speech = sqlx::query_as!(
        Speech,
        r#"insert into speeches (id, meeting_id, org_unit_id, position, speaker_id, kind, title,
                                 content, target_person_id, char_count, outline)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           returning id, meeting_id, org_unit_id, position, speaker_id, kind as "kind: SpeechKind", title,
               content, target_person_id, char_count, outline as "outline: Json<Vec<Heading>>",
               exists (select 1 from attendance a where a.meeting_id = speeches.meeting_id
                       and a.person_id = speeches.speaker_id and a.status = 'absent')
                   as "written_statement!",
               null::date as late_entered_on, version, created_at, updated_at"#,
        Uuid::now_v7(),
        meeting.id,
        meeting.org_unit_id,
        position,
        body.speaker_id,
        body.kind.as_str(),
        title.as_deref(),
        &text,
        body.target_person_id,
        char_count(&text),
        Json(outline(&text)) as _
    )
    .fetch_one(&mut *tx)
    .await?
    .seen_late(&state.late_entries, &meeting);
    meetings::mark_held(&mut tx, &user, &meeting).await?;
    let response = Stored::created(
        format!("/api/v1/speeches/{}", speech.id),
        Some(speech.version),
        &speech,
    )?;
    key.store(&mut tx, &user, &response).await?;
    let event = Event::created("speech", speech.id, Some(speech.org_unit_id), &speech)?;
    audit::record(&mut tx, &user, event).await?;
    search::index::speech(&mut tx, speech.id, speech.title.as_deref(), &speech.content).await?;
    tx.commit().await?;
    Ok(response.respond())
}

/// The speeches of a meeting, in order.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(SpeechQuery),
    responses(
        (status = 200, description = "One page of speeches, by position", body = Page<Speech>),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/speeches")]
pub(super) async fn list_speeches(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: crate::edge::Query<SpeechQuery>,
) -> Result<web::Json<Page<Speech>>> {
    let page = PageRequest::new(query.limit, query.cursor.as_deref())?;
    let after: i32 = match page.after_pair()? {
        Some((position, _)) => position
            .parse()
            .map_err(|_| AppError::BadRequest("cursor is not valid".into()))?,
        None => 0,
    };
    let mut conn = state.pool.acquire().await?;
    let meeting = meetings::fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    let rows = sqlx::query_as!(
        Speech,
        r#"select id, meeting_id, org_unit_id, position, speaker_id, kind as "kind: SpeechKind", title,
               content, target_person_id, char_count, outline as "outline: Json<Vec<Heading>>",
               exists (select 1 from attendance a where a.meeting_id = speeches.meeting_id
                       and a.person_id = speeches.speaker_id and a.status = 'absent')
                   as "written_statement!",
               null::date as late_entered_on, version, created_at, updated_at
           from speeches where meeting_id = $1 and position > $2
           order by position limit $3"#,
        *id,
        after,
        page.fetch()
    )
    .fetch_all(&mut *conn)
    .await?;
    let rows = rows
        .into_iter()
        .map(|s| s.seen_late(&state.late_entries, &meeting))
        .collect();
    Ok(web::Json(
        page.finish(rows, |s| format!("{}|{}", s.position, s.id)),
    ))
}

/// The people who spoke at a meeting, in order of their first speech.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The speakers", body = Vec<Speaker>),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/speakers")]
pub(super) async fn list_speakers(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<Speaker>>> {
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let speakers = sqlx::query_as!(
        Speaker,
        r#"select p.id as person_id, p.name, p.title,
               min(s.position) as "first_position!", count(*) as "speech_count!"
           from speeches s join people p on p.id = s.speaker_id
           where s.meeting_id = $1
           group by p.id order by min(s.position)"#,
        *id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(speakers))
}

/// One speech.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The speech", body = Speech, headers(("ETag" = String))),
        (status = 404, description = "No such speech in your reach"),
    )
)]
#[get("/speeches/{id}")]
pub(super) async fn get_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let (speech, meeting) = fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    let speech = speech.seen_late(&state.late_entries, &meeting);
    Ok(ok_with_etag(speech.version, &speech))
}

/// Change a speech, or move it to another position.
///
/// A new speaker must be on the meeting's attendance list, as for a new speech.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 200, description = "The changed speech", body = Speech, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such speech (or person) in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled, or its speeches would hold more than 1,000,000 characters or 10,000 lines"),
        (status = 412, description = "The speech changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[patch("/speeches/{id}")]
pub(super) async fn update_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: crate::edge::Json<UpdateSpeech>,
) -> Result<HttpResponse> {
    let text = body.content.as_deref().map(content).transpose()?;
    let mut tx = state.pool.begin().await?;
    let (before, meeting) = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&meeting)?;
    let speaker = body.speaker_id.unwrap_or(before.speaker_id);
    let kind = body.kind.unwrap_or(before.kind);
    let target = body.target_person_id.unwrap_or(before.target_person_id);
    check_target(kind, target, speaker)?;
    if let Some(person) = body.speaker_id {
        require_in_unit(&mut tx, &user, person, meeting.org_unit_id, "/speaker_id").await?;
        if person != before.speaker_id {
            require_on_attendance(&mut tx, meeting.id, person, "/speaker_id").await?;
        }
    }
    if let Some(Some(person)) = body.target_person_id {
        require_in_unit(
            &mut tx,
            &user,
            person,
            meeting.org_unit_id,
            "/target_person_id",
        )
        .await?;
    }
    let title = match &body.title {
        Some(t) => t
            .as_deref()
            .map(|t| required_text("/title", t, MAX_TITLE_CHARS))
            .transpose()?,
        None => before.title.clone(),
    };
    // Every record the request names is in reach: now the precondition (RFC 9110 §13.2.1).
    let expected = if_match.required(before.version)?;
    if let Some(to) = body.position.filter(|&to| to != before.position) {
        let n = speech_count(&mut tx, meeting.id).await?;
        if !(1..=n).contains(&to) {
            return Err(AppError::invalid("/position", format!("must be 1 to {n}")));
        }
        if to < before.position {
            shift(&mut tx, meeting.id, to, before.position - 1, 1).await?;
        } else {
            shift(&mut tx, meeting.id, before.position + 1, to, -1).await?;
        }
    }
    if let Some(text) = &text {
        check_meeting_size(&mut tx, meeting.id, Some(before.id), text).await?;
    }
    let text = text.unwrap_or_else(|| before.content.clone());
    // A stale version fails here, and the shifts above roll back with the transaction.
    let after = sqlx::query_as!(
        Speech,
        r#"update speeches set position = $2, speaker_id = $3, kind = $4, title = $5, content = $6,
               target_person_id = $7, char_count = $8, outline = $9,
               version = version + 1, updated_at = now()
           where id = $1 and ($10::int is null or version = $10)
           returning id, meeting_id, org_unit_id, position, speaker_id, kind as "kind: SpeechKind", title,
               content, target_person_id, char_count, outline as "outline: Json<Vec<Heading>>",
               exists (select 1 from attendance a where a.meeting_id = speeches.meeting_id
                       and a.person_id = speeches.speaker_id and a.status = 'absent')
                   as "written_statement!",
               null::date as late_entered_on, version, created_at, updated_at"#,
        before.id,
        body.position.unwrap_or(before.position),
        speaker,
        kind.as_str(),
        title,
        &text,
        target,
        char_count(&text),
        Json(outline(&text)) as _,
        expected
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::PreconditionFailed)?
    .seen_late(&state.late_entries, &meeting);
    let event = Event::changed(
        "update",
        "speech",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    search::index::speech(&mut tx, after.id, after.title.as_deref(), &after.content).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Delete a speech; the ones after it move up.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such speech in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled"),
        (status = 412, description = "The speech changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[delete("/speeches/{id}")]
pub(super) async fn delete_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse> {
    let mut tx = state.pool.begin().await?;
    let (before, meeting) = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    let expected = if_match.required(before.version)?;
    require_open(&meeting)?;
    let deleted = sqlx::query!(
        "delete from speeches where id = $1 and ($2::int is null or version = $2)",
        before.id,
        expected
    )
    .execute(&mut *tx)
    .await?;
    if deleted.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    let n = speech_count(&mut tx, meeting.id).await?;
    shift(&mut tx, meeting.id, before.position + 1, n + 1, -1).await?;
    let event = Event::deleted("speech", before.id, Some(before.org_unit_id), &before)?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
