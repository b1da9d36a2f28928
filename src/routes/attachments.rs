//! Attachments: a meeting's sign-in sheet, photos and materials; the evidence (佐证材料) of a
//! rectification item or one of its progress updates.
//!
//! An upload streams to storage, which decides the type from the content and keeps the file
//! under its SHA-256; only then is the row written (with its audit event), so a row never
//! names a file that is not there. A refused or interrupted upload leaves at most an unnamed
//! file, which `minutebook storage check --delete-orphans` removes. Deleting an attachment
//! removes its row; the file goes with the next orphan sweep (another row may share it).

use actix_web::http::header::{
    self, Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue, Header,
    Range,
};
use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, web};
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access::{self, Lock, Record};
use crate::auth::{AuthUser, Permission};
use crate::domain::rectification::ItemStatus;
use crate::error::{AppError, Problem, Result};
use crate::state::AppState;
use crate::storage::{self, PutError};
use crate::store::{meetings, rectification};

pub const TAG: &str = "attachments";
/// The longest file name kept (characters).
pub const MAX_FILE_NAME_CHARS: usize = 255;
/// The smallest quota a unit may be given, in bytes.
pub const MIN_QUOTA_BYTES: i64 = 1;
/// Uploads one instance receives at once (each holds a connection and a temporary file).
pub const UPLOAD_TURNS: usize = 32;
/// Pictures decoded for thumbnails at once (each may take up to 256 MiB).
pub const THUMBNAIL_TURNS: usize = 2;
/// An upload that sends nothing for this long is cut off.
const UPLOAD_IDLE: std::time::Duration = std::time::Duration::from_secs(30);
/// No upload takes longer than this.
const UPLOAD_DEADLINE: std::time::Duration = std::time::Duration::from_secs(15 * 60);

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(upload_to_meeting)
        .service(list_of_meeting)
        .service(upload_to_item)
        .service(list_of_item)
        .service(get_attachment)
        .service(content)
        .service(get_thumbnail)
        .service(delete_attachment)
        .service(get_quota)
        .service(set_quota);
}

crate::text_enum!(
    /// What an attachment is.
    AttachmentKind {
        /// 签到表: the signed attendance sheet (a meeting's).
        SignInSheet = "sign_in_sheet",
        /// 会议照片 (a meeting's).
        Photo = "photo",
        /// 会议材料: what was studied or presented (a meeting's).
        Material = "material",
        /// 佐证材料: evidence of a rectification item or a progress update.
        Evidence = "evidence",
        /// Anything else (a meeting's).
        Other = "other",
    }
);

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-0000000000c0",
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "meeting_id": "019a1b2c-0000-7000-8000-000000000030", "item_id": null, "update_id": null,
    "kind": "sign_in_sheet", "file_name": "签到表.jpg", "media_type": "image/jpeg",
    "size_bytes": 482113,
    "sha256": "9f2b5c0e6c3d4a1b8e7f6a5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a291",
    "has_thumbnail": true, "uploaded_by": "019a1b2c-0000-7000-8000-000000000010",
    "created_at": "2026-11-30T08:00:00Z"
}))]
pub struct Attachment {
    pub id: Uuid,
    pub org_unit_id: Uuid,
    /// The meeting it belongs to (sign-in sheet, photo, material, other); null for evidence.
    #[schema(required = true)]
    pub meeting_id: Option<Uuid>,
    /// The rectification item it is evidence of; null for a meeting's.
    #[schema(required = true)]
    pub item_id: Option<Uuid>,
    /// The progress update it is evidence of, when it is one's.
    #[schema(required = true)]
    pub update_id: Option<Uuid>,
    #[sqlx(try_from = "String")]
    pub kind: AttachmentKind,
    /// The name it was uploaded with, made safe; its extension says what the content is.
    pub file_name: String,
    /// What the content is (decided from the bytes, not from what the client said).
    pub media_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the content, hex; also its `ETag`.
    pub sha256: String,
    /// `GET /attachments/{id}/thumbnail` has a small JPEG.
    pub has_thumbnail: bool,
    pub uploaded_by: Uuid,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct MeetingUpload {
    /// `sign_in_sheet`, `photo`, `material` or `other`.
    pub kind: AttachmentKind,
    /// The file's name as the user chose it (1 to 255 characters; any path is dropped).
    #[param(min_length = 1, max_length = 255)]
    pub name: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ItemUpload {
    /// The file's name as the user chose it (1 to 255 characters; any path is dropped).
    #[param(min_length = 1, max_length = 255)]
    pub name: String,
    /// The progress update of this item the file is evidence of; absent: the item's.
    pub update_id: Option<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "quota_bytes": 1073741824, "used_bytes": 482113
}))]
pub struct AttachmentQuota {
    pub org_unit_id: Uuid,
    /// The most the attachments of the unit's records may take; null: no quota.
    #[schema(required = true)]
    pub quota_bytes: Option<i64>,
    /// What they take now.
    pub used_bytes: i64,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"quota_bytes": 1073741824}))]
pub struct NewAttachmentQuota {
    /// Bytes, at least 1; null (or absent) removes the quota.
    #[schema(minimum = 1)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub quota_bytes: Option<i64>,
}

/// The name as given, checked for length before it is made safe.
fn given_name(raw: &str) -> Result<&str> {
    let chars = raw.trim().chars().count();
    if chars == 0 || chars > MAX_FILE_NAME_CHARS {
        return Err(AppError::invalid(
            "name",
            format!("must be 1 to {MAX_FILE_NAME_CHARS} characters"),
        ));
    }
    Ok(raw)
}

/// The body's declared length, if any.
fn declared_length(req: &HttpRequest) -> Option<u64> {
    req.headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
}

fn too_large(limit: u64) -> AppError {
    AppError::PayloadTooLarge(format!("an attachment may have at most {limit} bytes"))
}

fn over_quota(quota: i64, used: i64) -> AppError {
    AppError::Conflict(format!(
        "the unit's attachments would pass its quota of {quota} bytes ({used} used)"
    ))
}

/// The unit's quota and what its attachments take, when it has one.
async fn quota_left(conn: &mut PgConnection, unit: Uuid) -> Result<Option<(i64, i64)>> {
    let quota = sqlx::query!(
        r#"select q.quota_bytes,
               (select coalesce(sum(size_bytes), 0) from attachments where org_unit_id = $1)::bigint as "used!"
           from attachment_quotas q where q.org_unit_id = $1"#,
        unit
    )
    .fetch_optional(conn)
    .await?;
    Ok(quota.map(|q| (q.quota_bytes, q.used)))
}

/// Receive the request body into storage for an attachment of `unit`, with its thumbnail if
/// it is a picture: one of the instance's upload turns (503 when all are taken); at most the
/// size limit and what is left of the unit's quota (413 / 409 as soon as the declared length
/// or the stream passes it, nothing kept); cut off when it stalls or takes too long.
async fn receive(
    state: &AppState,
    req: &HttpRequest,
    payload: web::Payload,
    unit: Uuid,
) -> Result<(storage::Stored, bool)> {
    let Ok(_turn) = state.upload_turns.try_acquire() else {
        return Err(AppError::Unavailable(
            "too many uploads are in progress; try again in a moment".into(),
        ));
    };
    let quota = {
        let mut conn = state.pool.acquire().await?;
        quota_left(&mut conn, unit).await?
    };
    let room = quota.map(|(quota, used)| u64::try_from(quota - used).unwrap_or(0));
    let limit = state.attachment_limit;
    let declared = declared_length(req);
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large(limit));
    }
    if let (Some(room), Some((quota, used))) = (room, quota)
        && (room == 0 || declared.is_some_and(|n| n > room))
    {
        return Err(over_quota(quota, used));
    }
    let bound = room.map_or(limit, |room| room.min(limit));
    // Each chunk within the idle time, the whole within the deadline.
    let deadline = tokio::time::Instant::now() + UPLOAD_DEADLINE;
    let body = futures_util::stream::unfold(payload, move |mut payload| async move {
        let wait = deadline.min(tokio::time::Instant::now() + UPLOAD_IDLE);
        match tokio::time::timeout_at(wait, payload.next()).await {
            Ok(Some(chunk)) => Some((chunk.map_err(|e| e.to_string()), payload)),
            Ok(None) => None,
            Err(_) => Some((
                Err("the upload stalled or took too long".to_owned()),
                payload,
            )),
        }
    });
    let stored = state
        .storage
        .put(Box::pin(body), bound)
        .await
        .map_err(|e| match e {
            PutError::TooLarge { .. } => match quota {
                Some((quota, used)) if bound < limit => over_quota(quota, used),
                _ => too_large(limit),
            },
            PutError::Unsupported { detected } => AppError::UnsupportedMediaType(format!(
                "{}; attachments may be JPEG, PNG, WebP or HEIC pictures, PDF, or Word, Excel or PowerPoint (.docx, .xlsx, .pptx) documents",
                match detected {
                    Some(what) => format!("the file is {what}"),
                    None => "the file's type cannot be told from its content".to_owned(),
                }
            )),
            PutError::Empty => AppError::invalid("body", "the file is empty"),
            PutError::Body(why) => AppError::BadRequest(format!("the upload broke off: {why}")),
            PutError::Storage(e) => AppError::Internal(anyhow::anyhow!("storing an attachment: {e}")),
        })?;
    let thumbnail = make_thumbnail(state, &stored).await;
    Ok((stored, thumbnail))
}

/// Make and keep the thumbnail of a stored picture; false when it is none or cannot be made.
async fn make_thumbnail(state: &AppState, stored: &storage::Stored) -> bool {
    if !stored.media_type.starts_with("image/") {
        return false;
    }
    // Decoding a picture may take much memory: only a few at once, each upload waiting for
    // its turn (so none goes without its thumbnail for want of one).
    let Ok(_turn) = state.thumbnail_turns.acquire().await else {
        return false;
    };
    let Ok(bytes) = state.storage.read(&stored.sha256, stored.size).await else {
        return false;
    };
    let media_type = stored.media_type;
    let made = tokio::task::spawn_blocking(move || storage::thumbnail(&bytes, media_type)).await;
    match made {
        Ok(Some(jpeg)) => state
            .storage
            .put_thumbnail(&stored.sha256, jpeg.into())
            .await
            .is_ok(),
        _ => false,
    }
}

/// 409 when the unit's quota would be passed by `adding` bytes more (checked again under the
/// caller's lock on the owning record: uploads running side by side).
async fn check_quota(conn: &mut PgConnection, unit: Uuid, adding: u64) -> Result<()> {
    if let Some((quota, used)) = quota_left(conn, unit).await?
        && used.saturating_add(i64::try_from(adding).unwrap_or(i64::MAX)) > quota
    {
        return Err(over_quota(quota, used));
    }
    Ok(())
}

struct NewRow<'a> {
    unit: Uuid,
    meeting: Option<Uuid>,
    item: Option<Uuid>,
    update: Option<Uuid>,
    kind: AttachmentKind,
    name: &'a str,
}

/// Write the row of a stored file, and its audit event.
async fn record(
    conn: &mut PgConnection,
    user: &AuthUser,
    row: NewRow<'_>,
    stored: &storage::Stored,
    thumbnail: bool,
) -> Result<Attachment> {
    let attachment = sqlx::query_as!(
        Attachment,
        r#"insert into attachments (id, org_unit_id, meeting_id, item_id, update_id, kind,
                                  file_name, media_type, size_bytes, sha256, has_thumbnail,
                                  uploaded_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         returning id, org_unit_id, meeting_id, item_id, update_id, kind as "kind: AttachmentKind",
                   file_name, media_type, size_bytes, sha256, has_thumbnail, uploaded_by,
                   created_at"#,
        Uuid::now_v7(),
        row.unit,
        row.meeting,
        row.item,
        row.update,
        row.kind.as_str(),
        storage::file_name(row.name, stored.extension),
        stored.media_type,
        i64::try_from(stored.size).unwrap_or(i64::MAX),
        stored.sha256,
        thumbnail,
        user.id
    )
    .fetch_one(&mut *conn)
    .await?;
    let event = Event::created("attachment", attachment.id, Some(row.unit), &attachment)?;
    audit::record(conn, user, event).await?;
    Ok(attachment)
}

fn created(attachment: Attachment) -> HttpResponse {
    HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/attachments/{}", attachment.id)))
        .json(attachment)
}

/// Attach a file to a meeting (its unit's secretaries, until the meeting is finalized).
///
/// The body is the file itself, sent as it is (any `Content-Type`: the content decides).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The meeting"), MeetingUpload),
    request_body(
        description = "The file: a JPEG, PNG, WebP or HEIC picture, a PDF, or a .docx, .xlsx or .pptx document",
        content(
            (String = "image/jpeg"), (String = "image/png"), (String = "image/webp"),
            (String = "image/heic"), (String = "application/pdf"),
            (String = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (String = "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ),
    ),
    responses(
        (status = 201, description = "Stored", body = Attachment,
            headers(("Location" = String, description = "The new attachment"))),
        (status = 403, description = "Not a secretary of the meeting's unit"),
        (status = 404, description = "No such meeting in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled, or the unit's quota would be passed"),
        (status = 413, description = "Larger than the limit (20 MiB unless configured)"),
        (status = 415, description = "Not a file of an accepted type (by its content)"),
        (status = 422, description = "No name, a kind that is not a meeting's, or an empty file"),
    )
)]
#[post("/meetings/{id}/attachments")]
async fn upload_to_meeting(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: crate::edge::Query<MeetingUpload>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse> {
    let id = id.into_inner();
    if query.kind == AttachmentKind::Evidence {
        return Err(AppError::invalid(
            "kind",
            "evidence belongs to a rectification item; a meeting takes sign_in_sheet, photo, material or other",
        ));
    }
    let name = given_name(&query.name)?;
    // Who may, and whether the meeting still takes files, before a byte is stored.
    let unit = {
        let mut conn = state.pool.acquire().await?;
        let meeting = meetings::fetch_for(&mut conn, &user, id, Permission::Write).await?;
        meetings::require_open(&meeting)?;
        meeting.org_unit_id
    };
    let (stored, thumbnail) = receive(&state, &req, payload, unit).await?;
    let mut tx = state.pool.begin().await?;
    let meeting = meetings::fetch_for(&mut tx, &user, id, Permission::Write).await?;
    meetings::require_open(&meeting)?;
    check_quota(&mut tx, meeting.org_unit_id, stored.size).await?;
    let row = NewRow {
        unit: meeting.org_unit_id,
        meeting: Some(id),
        item: None,
        update: None,
        kind: query.kind,
        name,
    };
    let attachment = record(&mut tx, &user, row, &stored, thumbnail).await?;
    tx.commit().await?;
    Ok(created(attachment))
}

/// A meeting's attachments, oldest first (whoever reads the meeting).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The attachments", body = Vec<Attachment>),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/attachments")]
async fn list_of_meeting(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<Attachment>>> {
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let rows = sqlx::query_as!(
        Attachment,
        r#"select id, org_unit_id, meeting_id, item_id, update_id, kind as "kind: AttachmentKind",
                file_name, media_type, size_bytes, sha256, has_thumbnail, uploaded_by, created_at
         from attachments where meeting_id = $1 order by id"#,
        *id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(rows))
}

/// Attach evidence (佐证材料) to a rectification item or one of its progress updates (its
/// owner or a secretary of its unit, until the item is verified).
///
/// The body is the file itself, sent as it is (any `Content-Type`: the content decides).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The rectification item"), ItemUpload),
    request_body(
        description = "The file: a JPEG, PNG, WebP or HEIC picture, a PDF, or a .docx, .xlsx or .pptx document",
        content(
            (String = "image/jpeg"), (String = "image/png"), (String = "image/webp"),
            (String = "image/heic"), (String = "application/pdf"),
            (String = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (String = "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ),
    ),
    responses(
        (status = 201, description = "Stored", body = Attachment,
            headers(("Location" = String, description = "The new attachment"))),
        (status = 403, description = "Neither the item's owner nor a secretary of its unit"),
        (status = 404, description = "No such item in your reach"),
        (status = 409, description = "The item is verified, or the unit's quota would be passed"),
        (status = 413, description = "Larger than the limit (20 MiB unless configured)"),
        (status = 415, description = "Not a file of an accepted type (by its content)"),
        (status = 422, description = "No name, an update of another item, or an empty file"),
    )
)]
#[post("/rectification-items/{id}/attachments")]
async fn upload_to_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: crate::edge::Query<ItemUpload>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse> {
    let id = id.into_inner();
    let name = given_name(&query.name)?;
    let seen = state.seen();
    let check = async |conn: &mut PgConnection, lock: Lock| -> Result<Uuid> {
        let item_record = Record::RectificationItem;
        access::require_record(&mut *conn, &user, item_record, id, Permission::Read, lock).await?;
        let item = rectification::fetch(&mut *conn, id, seen).await?;
        rectification::require_owner_or_secretary(&mut *conn, &user, &item).await?;
        if item.status == ItemStatus::Verified {
            return Err(AppError::Conflict(
                "the item is verified (销号): its evidence is closed".into(),
            ));
        }
        if let Some(update) = query.update_id {
            let of_item: bool = sqlx::query_scalar!(
                r#"select exists (select 1 from rectification_updates
                                  where id = $1 and item_id = $2) as "exists!""#,
                update,
                id
            )
            .fetch_one(&mut *conn)
            .await?;
            if !of_item {
                return Err(AppError::invalid(
                    "update_id",
                    "is not a progress update of this item",
                ));
            }
        }
        Ok(item.org_unit_id)
    };
    let unit = {
        let mut conn = state.pool.acquire().await?;
        check(&mut conn, Lock::No).await?
    };
    let (stored, thumbnail) = receive(&state, &req, payload, unit).await?;
    let mut tx = state.pool.begin().await?;
    let unit = check(&mut tx, Lock::Row).await?;
    check_quota(&mut tx, unit, stored.size).await?;
    let row = NewRow {
        unit,
        meeting: None,
        item: Some(id),
        update: query.update_id,
        kind: AttachmentKind::Evidence,
        name,
    };
    let attachment = record(&mut tx, &user, row, &stored, thumbnail).await?;
    tx.commit().await?;
    Ok(created(attachment))
}

/// An item's evidence and that of its progress updates, oldest first (whoever reads the item).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The attachments", body = Vec<Attachment>),
        (status = 404, description = "No such item in your reach"),
    )
)]
#[get("/rectification-items/{id}/attachments")]
async fn list_of_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<Attachment>>> {
    let mut conn = state.pool.acquire().await?;
    let (item, read) = (Record::RectificationItem, Permission::Read);
    access::require_record(&mut *conn, &user, item, *id, read, Lock::No).await?;
    let rows = sqlx::query_as!(
        Attachment,
        r#"select id, org_unit_id, meeting_id, item_id, update_id, kind as "kind: AttachmentKind",
                file_name, media_type, size_bytes, sha256, has_thumbnail, uploaded_by, created_at
         from attachments where item_id = $1 order by id"#,
        *id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(rows))
}

/// The attachment `id` if `user` may do `permission` on the record it belongs to.
async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
    lock: Lock,
) -> Result<Attachment> {
    let attachment = sqlx::query_as!(
        Attachment,
        r#"select id, org_unit_id, meeting_id, item_id, update_id, kind as "kind: AttachmentKind",
                file_name, media_type, size_bytes, sha256, has_thumbnail, uploaded_by, created_at
         from attachments where id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(access::not_found)?;
    let (record, owner) = match (attachment.meeting_id, attachment.item_id) {
        (Some(meeting), _) => (Record::Meeting, meeting),
        (None, Some(item)) => (Record::RectificationItem, item),
        (None, None) => return Err(access::not_found()),
    };
    access::require_record(conn, user, record, owner, permission, lock).await?;
    Ok(attachment)
}

/// One attachment's description (whoever reads its record).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The attachment", body = Attachment),
        (status = 404, description = "No such attachment in your reach"),
    )
)]
#[get("/attachments/{id}")]
async fn get_attachment(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Attachment>> {
    let mut conn = state.pool.acquire().await?;
    let attachment = fetch_for(&mut conn, &user, *id, Permission::Read, Lock::No).await?;
    Ok(web::Json(attachment))
}

/// `Content-Disposition` with the name in UTF-8 (RFC 5987) and an ASCII stand-in.
fn disposition(attachment: &Attachment) -> ContentDisposition {
    // Pictures are shown; anything else is saved, never rendered as a page.
    let disposition = if attachment.media_type.starts_with("image/") {
        DispositionType::Inline
    } else {
        DispositionType::Attachment
    };
    let extension = attachment.file_name.rsplit('.').next().unwrap_or("bin");
    let ascii = format!("attachment.{}", extension.escape_default());
    ContentDisposition {
        disposition,
        parameters: vec![
            DispositionParam::Filename(ascii),
            DispositionParam::FilenameExt(ExtendedValue {
                charset: Charset::Ext("UTF-8".into()),
                language_tag: None,
                value: attachment.file_name.as_bytes().to_vec(),
            }),
        ],
    }
}

/// The file (whoever reads its record): `ETag` (its SHA-256), a single `Range` (206), as a
/// download unless it is a picture; never sniffed, never run as a page.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The file, as its media type says",
            content(
                (String = "image/jpeg"), (String = "image/png"), (String = "image/webp"),
                (String = "image/heic"), (String = "application/pdf"),
                (String = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (String = "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            ),
            headers(
                ("ETag" = String, description = "The SHA-256 of the content, quoted"),
                ("Content-Disposition" = String, description = "The file name (RFC 6266/5987)"),
                ("Accept-Ranges" = String, description = "bytes"),
            )),
        (status = 206, description = "The range asked for",
            content(
                (String = "image/jpeg"), (String = "image/png"), (String = "image/webp"),
                (String = "image/heic"), (String = "application/pdf"),
                (String = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (String = "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            ),
            headers(("Content-Range" = String, description = "bytes first-last/size"))),
        (status = 304, description = "Not changed since the ETag given in If-None-Match"),
        (status = 404, description = "No such attachment in your reach"),
        (status = 416, description = "The range is outside the file"),
    )
)]
#[get("/attachments/{id}/content")]
async fn content(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    req: HttpRequest,
) -> Result<HttpResponse> {
    let attachment = {
        let mut conn = state.pool.acquire().await?;
        fetch_for(&mut conn, &user, *id, Permission::Read, Lock::No).await?
    };
    let etag = format!("\"{}\"", attachment.sha256);
    let matches = |name: header::HeaderName| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(',')
                    .map(str::trim)
                    .any(|t| t == "*" || t.trim_start_matches("W/") == etag)
            })
    };
    let response = |status| {
        let mut builder = HttpResponse::build(status);
        builder
            .insert_header((header::ETAG, etag.clone()))
            .insert_header((header::CACHE_CONTROL, "private, no-cache"))
            .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .insert_header((
                header::CONTENT_SECURITY_POLICY,
                "sandbox; default-src 'none'",
            ))
            .insert_header((header::ACCEPT_RANGES, "bytes"));
        builder
    };
    if matches(header::IF_NONE_MATCH) {
        return Ok(response(actix_web::http::StatusCode::NOT_MODIFIED).finish());
    }
    let size = u64::try_from(attachment.size_bytes).unwrap_or(0);
    // A Range is honoured when there is no If-Range, or it names this content.
    let if_range_ok = req
        .headers()
        .get(header::IF_RANGE)
        .is_none_or(|v| v.to_str().is_ok_and(|v| v.trim() == etag));
    let range = match Range::parse(&req) {
        Ok(Range::Bytes(specs)) if if_range_ok && specs.len() == 1 => {
            match specs[0].to_satisfiable_range(size) {
                Some((first, last)) => Some((first, last)),
                None => {
                    let status = actix_web::http::StatusCode::RANGE_NOT_SATISFIABLE;
                    let detail = format!("the range is outside the file ({size} bytes)");
                    let mut refused = Problem::new(status, Some(detail)).response();
                    let range = format!("bytes */{size}");
                    refused.headers_mut().insert(
                        header::CONTENT_RANGE,
                        header::HeaderValue::from_str(&range).expect("a header value"),
                    );
                    return Ok(refused);
                }
            }
        }
        // Several ranges, or a unit we do not know: the whole file (RFC 9110 §14.2).
        _ => None,
    };
    // Its own type, or application/octet-stream when the client prefers that (as generated
    // clients that know bytes only by that name ask).
    let own = storage::ALLOWED
        .iter()
        .find(|(media_type, _)| *media_type == attachment.media_type)
        .map_or("application/octet-stream", |(media_type, _)| *media_type);
    let content_type = crate::edge::download::media_type(&req, own);
    let fetched = state
        .storage
        .get(
            &attachment.sha256,
            range.map(|(first, last)| first..last + 1),
        )
        .await
        .map_err(|e| {
            AppError::Internal(anyhow::anyhow!("reading attachment {}: {e}", attachment.id))
        })?;
    let body = fetched
        .body
        .map(|chunk| chunk.map_err(|e| actix_web::error::ErrorInternalServerError(e.to_string())));
    let mut builder = match range {
        Some((first, last)) => {
            let mut b = response(actix_web::http::StatusCode::PARTIAL_CONTENT);
            b.insert_header((
                header::CONTENT_RANGE,
                format!("bytes {first}-{last}/{size}"),
            ));
            b.no_chunking(last - first + 1);
            b
        }
        None => {
            let mut b = response(actix_web::http::StatusCode::OK);
            b.no_chunking(size);
            b
        }
    };
    Ok(builder
        .insert_header((header::CONTENT_TYPE, content_type))
        .insert_header((header::CONTENT_DISPOSITION, disposition(&attachment)))
        .streaming(body))
}

/// A picture's thumbnail: a JPEG whose longest side is at most 320 px.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The thumbnail", content((String = "image/jpeg"))),
        (status = 404, description = "No such attachment in your reach, or it has no thumbnail"),
    )
)]
#[get("/attachments/{id}/thumbnail")]
async fn get_thumbnail(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let attachment = {
        let mut conn = state.pool.acquire().await?;
        fetch_for(&mut conn, &user, *id, Permission::Read, Lock::No).await?
    };
    let jpeg = state
        .storage
        .get_thumbnail(&attachment.sha256)
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("reading a thumbnail: {e}")))?
        .ok_or_else(|| AppError::NotFound("the attachment has no thumbnail".into()))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "image/jpeg"))
        .insert_header((header::CACHE_CONTROL, "private, max-age=86400"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'",
        ))
        .body(jpeg))
}

/// Remove an attachment: a meeting's by its unit's secretaries until it is finalized; an
/// item's evidence by its owner or a secretary until the item is verified. Audited with the
/// file's hash.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "Not allowed to change the record it belongs to"),
        (status = 404, description = "No such attachment in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled, or the item verified"),
    )
)]
#[delete("/attachments/{id}")]
async fn delete_attachment(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut tx = state.pool.begin().await?;
    // Read first: the owner of an item (a member) only reads its unit.
    let attachment = fetch_for(&mut tx, &user, *id, Permission::Read, Lock::Row).await?;
    match (attachment.meeting_id, attachment.item_id) {
        (Some(meeting), _) => {
            let meeting = meetings::fetch_for(&mut tx, &user, meeting, Permission::Write).await?;
            meetings::require_open(&meeting)?;
        }
        (None, Some(item)) => {
            let item = rectification::fetch(&mut tx, item, state.seen()).await?;
            rectification::require_owner_or_secretary(&mut tx, &user, &item).await?;
            if item.status == ItemStatus::Verified {
                return Err(AppError::Conflict(
                    "the item is verified (销号): its evidence stays".into(),
                ));
            }
        }
        (None, None) => return Err(access::not_found()),
    }
    sqlx::query!("delete from attachments where id = $1", attachment.id)
        .execute(&mut *tx)
        .await?;
    let event = Event::deleted(
        "attachment",
        attachment.id,
        Some(attachment.org_unit_id),
        &attachment,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn quota_of(conn: &mut PgConnection, unit: Uuid) -> Result<AttachmentQuota> {
    let row = sqlx::query!(
        r#"select (select quota_bytes from attachment_quotas where org_unit_id = $1) as quota_bytes,
               (select coalesce(sum(size_bytes), 0) from attachments where org_unit_id = $1)::bigint as "used!""#,
        unit
    )
    .fetch_one(conn)
    .await?;
    Ok(AttachmentQuota {
        org_unit_id: unit,
        quota_bytes: row.quota_bytes,
        used_bytes: row.used,
    })
}

/// A unit's attachment quota and what its attachments take (whoever reads the unit).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The quota", body = AttachmentQuota),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[get("/org-units/{id}/attachment-quota")]
async fn get_quota(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<AttachmentQuota>> {
    let mut conn = state.pool.acquire().await?;
    access::require(&mut *conn, &user, *id, Permission::Read).await?;
    Ok(web::Json(quota_of(&mut conn, *id).await?))
}

/// Set or remove a unit's attachment quota (administrators). Files already stored stay; new
/// ones beyond the quota are refused (409).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The quota", body = AttachmentQuota),
        (status = 403, description = "Not an administrator"),
        (status = 404, description = "No such unit"),
        (status = 422, description = "Not a positive number of bytes"),
    )
)]
#[put("/org-units/{id}/attachment-quota")]
async fn set_quota(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: crate::edge::Json<NewAttachmentQuota>,
) -> Result<web::Json<AttachmentQuota>> {
    if body.quota_bytes.is_some_and(|q| q < MIN_QUOTA_BYTES) {
        return Err(AppError::invalid(
            "/quota_bytes",
            format!("must be at least {MIN_QUOTA_BYTES}"),
        ));
    }
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, *id, Permission::Read).await?;
    if !user.is_admin {
        return Err(AppError::Forbidden(
            "only administrators set attachment quotas".into(),
        ));
    }
    let before = quota_of(&mut tx, *id).await?;
    match body.quota_bytes {
        Some(quota) => {
            sqlx::query!(
                "insert into attachment_quotas (org_unit_id, quota_bytes) values ($1, $2)
                 on conflict (org_unit_id) do update set quota_bytes = $2,
                     version = attachment_quotas.version + 1, updated_at = now()",
                *id,
                quota
            )
            .execute(&mut *tx)
            .await?;
        }
        None => {
            sqlx::query!("delete from attachment_quotas where org_unit_id = $1", *id)
                .execute(&mut *tx)
                .await?;
        }
    }
    let after = quota_of(&mut tx, *id).await?;
    let event = Event::changed(
        "update",
        "attachment_quota",
        *id,
        Some(*id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(web::Json(after))
}
