//! Speeches: what one person said at a meeting, in order. Positions run 1..n without gaps;
//! inserting, moving or deleting one shifts the others in the same transaction.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use sqlx::types::Json;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission, access};
use crate::domain::outline::{Heading, char_count, outline};
use crate::domain::required_text;
use crate::error::{AppError, Result};
use crate::routes::list::{Page, PageRequest};
use crate::routes::meetings::{self, Meeting, MeetingStatus, require_open};
use crate::routes::people::require_in_unit;
use crate::routes::present;
use crate::routes::versioning::{IdempotencyKey, IfMatch, Stored, ok_with_etag};
use crate::startup::AppState;

pub const TAG: &str = "speeches";
pub const MAX_CONTENT_CHARS: usize = 200_000;
const MAX_TITLE_CHARS: usize = 200;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(create_speech)
        .service(list_speeches)
        .service(list_speakers)
        .service(get_speech)
        .service(update_speech)
        .service(delete_speech);
}

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
    pub title: Option<String>,
    /// Up to 200,000 characters.
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

const COLUMNS: &str = "id, meeting_id, org_unit_id, position, speaker_id, kind, title, content,
    target_person_id, char_count, outline, version, created_at, updated_at";

async fn fetch(conn: &mut PgConnection, id: Uuid) -> Result<Speech> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from speeches where id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

/// The speech `id` and its meeting, if `user` may do `permission` there. For writes the
/// meeting is locked first (as every speech write does), then the speech is read.
async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
) -> Result<(Speech, Meeting)> {
    let meeting_id: Uuid = sqlx::query_scalar("select meeting_id from speeches where id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(access::not_found)?;
    let meeting = meetings::fetch_for(conn, user, meeting_id, permission).await?;
    Ok((fetch(conn, id).await?, meeting))
}

async fn speech_count(conn: &mut PgConnection, meeting: Uuid) -> Result<i32> {
    let n: i64 = sqlx::query_scalar("select count(*) from speeches where meeting_id = $1")
        .bind(meeting)
        .fetch_one(conn)
        .await?;
    Ok(n as i32)
}

fn content(raw: &str) -> Result<String> {
    if raw.trim().is_empty() {
        return Err(AppError::invalid("/content", "must not be empty"));
    }
    if raw.chars().count() > MAX_CONTENT_CHARS {
        return Err(AppError::invalid(
            "/content",
            format!("must be at most {MAX_CONTENT_CHARS} characters"),
        ));
    }
    // Stored exactly as sent: a speech's text is a record, not something to tidy up.
    Ok(raw.to_owned())
}

fn check_target(kind: SpeechKind, target: Option<Uuid>, speaker: Uuid) -> Result<()> {
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
async fn shift(conn: &mut PgConnection, meeting: Uuid, from: i32, to: i32, by: i32) -> Result<()> {
    sqlx::query(
        "update speeches set position = position + $4, version = version + 1, updated_at = now()
         where meeting_id = $1 and position between $2 and $3",
    )
    .bind(meeting)
    .bind(from)
    .bind(to)
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Recording a speech means the meeting took place.
async fn mark_held(conn: &mut PgConnection, meeting: &Meeting) -> Result<()> {
    if meeting.status == MeetingStatus::Scheduled {
        sqlx::query(
            "update meetings set status = 'held', version = version + 1, updated_at = now()
             where id = $1",
        )
        .bind(meeting.id)
        .execute(conn)
        .await?;
    }
    Ok(())
}

/// Record a speech.
///
/// Recording the first speech of a scheduled meeting marks it held.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry safely: the same key and body answer the first response again")),
    responses(
        (status = 201, description = "Created", body = Speech,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such meeting (or person) in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled"),
    )
)]
#[post("/meetings/{id}/speeches")]
async fn create_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: web::Json<CreateSpeech>,
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
    let n = speech_count(&mut tx, meeting.id).await?;
    let position = body.position.unwrap_or(n + 1);
    if !(1..=n + 1).contains(&position) {
        return Err(AppError::invalid(
            "/position",
            format!("must be 1 to {}", n + 1),
        ));
    }
    shift(&mut tx, meeting.id, position, n, 1).await?;
    let speech: Speech = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "insert into speeches (id, meeting_id, org_unit_id, position, speaker_id, kind, title,
                               content, target_person_id, char_count, outline)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         returning {COLUMNS}"
    )))
    .bind(Uuid::now_v7())
    .bind(meeting.id)
    .bind(meeting.org_unit_id)
    .bind(position)
    .bind(body.speaker_id)
    .bind(body.kind.as_str())
    .bind(&title)
    .bind(&text)
    .bind(body.target_person_id)
    .bind(char_count(&text))
    .bind(Json(outline(&text)))
    .fetch_one(&mut *tx)
    .await?;
    mark_held(&mut tx, &meeting).await?;
    let response = Stored::created(
        format!("/api/v1/speeches/{}", speech.id),
        Some(speech.version),
        &speech,
    )?;
    key.store(&mut tx, &user, &response).await?;
    let event = Event::created("speech", speech.id, Some(speech.org_unit_id), &speech)?;
    audit::record(&mut tx, &user, event).await?;
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
async fn list_speeches(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: web::Query<SpeechQuery>,
) -> Result<web::Json<Page<Speech>>> {
    let page = PageRequest::new(query.limit, query.cursor.as_deref())?;
    let after: i32 = match page.after_pair()? {
        Some((position, _)) => position
            .parse()
            .map_err(|_| AppError::BadRequest("cursor is not valid".into()))?,
        None => 0,
    };
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let rows: Vec<Speech> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from speeches where meeting_id = $1 and position > $2
         order by position limit $3"
    )))
    .bind(*id)
    .bind(after)
    .bind(page.fetch())
    .fetch_all(&mut *conn)
    .await?;
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
async fn list_speakers(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<Speaker>>> {
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let speakers = sqlx::query_as(
        "select p.id as person_id, p.name, p.title,
                min(s.position) as first_position, count(*) as speech_count
         from speeches s join people p on p.id = s.speaker_id
         where s.meeting_id = $1
         group by p.id order by first_position",
    )
    .bind(*id)
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
async fn get_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let unit_of = "select org_unit_id from speeches where id = $1";
    access::require_record(&mut *conn, &user, unit_of, *id, Permission::Read).await?;
    let speech = fetch(&mut conn, *id).await?;
    Ok(ok_with_etag(speech.version, &speech))
}

/// Change a speech, or move it to another position.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read")),
    responses(
        (status = 200, description = "The changed speech", body = Speech, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such speech (or person) in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled"),
        (status = 412, description = "The speech changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[patch("/speeches/{id}")]
async fn update_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: web::Json<UpdateSpeech>,
) -> Result<HttpResponse> {
    let expected = if_match.required()?;
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
    let text = text.unwrap_or_else(|| before.content.clone());
    // A stale version fails here, and the shifts above roll back with the transaction.
    let after: Speech = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "update speeches set position = $2, speaker_id = $3, kind = $4, title = $5, content = $6,
             target_person_id = $7, char_count = $8, outline = $9,
             version = version + 1, updated_at = now()
         where id = $1 and ($10::int is null or version = $10) returning {COLUMNS}"
    )))
    .bind(before.id)
    .bind(body.position.unwrap_or(before.position))
    .bind(speaker)
    .bind(kind.as_str())
    .bind(title)
    .bind(&text)
    .bind(target)
    .bind(char_count(&text))
    .bind(Json(outline(&text)))
    .bind(expected)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(AppError::PreconditionFailed)?;
    let event = Event::changed(
        "update",
        "speech",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Delete a speech; the ones after it move up.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read")),
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
async fn delete_speech(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse> {
    let expected = if_match.required()?;
    let mut tx = state.pool.begin().await?;
    let (before, meeting) = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&meeting)?;
    let deleted =
        sqlx::query("delete from speeches where id = $1 and ($2::int is null or version = $2)")
            .bind(before.id)
            .bind(expected)
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
