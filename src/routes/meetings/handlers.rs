//! The meeting handlers.

use super::records::*;
use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission};
use crate::domain::meeting::Move;
use crate::domain::notification::NotificationKind;
use crate::domain::required_text;
use crate::error::{AppError, Result};
use crate::notify;
use crate::routes::list::{Page, PageRequest};
use crate::routes::versioning::{IdempotencyKey, IfMatch, Stored, ok_with_etag};
use crate::search;
use crate::state::AppState;
use crate::store::decisions;
use crate::store::meetings::{Meeting, SELECT, fetch, fetch_for, move_to, require_open};
use crate::store::people;
use crate::store::votes::Roll;
use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use uuid::Uuid;

/// Schedule (or record) a meeting.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry safely: the same key and body answer the first response again", min_length = 1, max_length = 255, pattern = "^[ -~]*[!-~][ -~]*$")),
    responses(
        (status = 201, description = "Created", body = Meeting,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "The unit, host or recorder does not exist or is out of reach"),
    )
)]
#[post("/meetings")]
pub(super) async fn create_meeting(
    state: web::Data<AppState>,
    user: AuthUser,
    key: IdempotencyKey,
    body: crate::edge::Json<CreateMeeting>,
) -> Result<HttpResponse> {
    let title = required_text("/title", &body.title, MAX_TITLE_CHARS)?;
    let location = optional_text("/location", body.location.as_deref(), MAX_LOCATION_CHARS)?;
    let summary = summary(body.summary.as_deref())?;
    let agenda = agenda(&body.agenda)?;
    check_times(body.starts_at, body.ends_at)?;
    let reporting_year = reporting_year(
        body.reporting_year,
        body.kind,
        body.starts_at,
        state.timezone,
    )?;
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, body.org_unit_id, Permission::Write).await?;
    for (person, field) in [
        (body.host_id, "/host_id"),
        (body.recorder_id, "/recorder_id"),
    ] {
        if let Some(person) = person {
            people::require_in_unit(&mut tx, &user, person, body.org_unit_id, field).await?;
        }
    }
    if let Some(replay) = key.claim(&mut tx, &user, "POST /meetings", &*body).await? {
        return Ok(replay);
    }
    let id = Uuid::now_v7();
    sqlx::query!(
        "insert into meetings (id, org_unit_id, kind, title, starts_at, ends_at, location,
                               host_id, recorder_id, agenda, summary, reporting_year)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        id,
        body.org_unit_id,
        body.kind.as_str(),
        &title,
        body.starts_at,
        body.ends_at,
        location.as_deref(),
        body.host_id,
        body.recorder_id,
        Json(&agenda) as _,
        summary.as_deref(),
        reporting_year
    )
    .execute(&mut *tx)
    .await?;
    let meeting = fetch(&mut tx, id).await?;
    let response = Stored::created(
        format!("/api/v1/meetings/{id}"),
        Some(meeting.version),
        &meeting,
    )?;
    key.store(&mut tx, &user, &response).await?;
    let event = Event::created("meeting", id, Some(meeting.org_unit_id), &meeting)?;
    audit::record(&mut tx, &user, event).await?;
    let scheduled = NotificationKind::MeetingScheduled;
    notify::meeting_changed(&mut tx, state.outbox, user.id, scheduled, id).await?;
    search::index::meeting(
        &mut tx,
        id,
        &meeting.title,
        &meeting.agenda,
        meeting.summary.as_deref(),
    )
    .await?;
    tx.commit().await?;
    Ok(response.respond())
}

/// The meetings in the caller's reach, newest `starts_at` first.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(MeetingQuery),
    responses(
        (status = 200, description = "One page of meetings", body = Page<Meeting>),
        (status = 404, description = "The unit filtered by is out of reach"),
    )
)]
#[get("/meetings")]
pub(super) async fn list_meetings(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<MeetingQuery>,
) -> Result<web::Json<Page<Meeting>>> {
    let page = PageRequest::new(query.limit, query.cursor.as_deref())?;
    let after = page
        .after_pair()?
        .map(|(starts_at, id)| {
            DateTime::parse_from_rfc3339(&starts_at)
                .map(|t| (t.with_timezone(&Utc), id))
                .map_err(|_| AppError::BadRequest("cursor is not valid".into()))
        })
        .transpose()?;
    if let Some(unit) = query.org_unit_id {
        access::require(&state.pool, &user, unit, Permission::Read).await?;
    }
    // Only the filters given go into the SQL, so each combination gets a plan of its own that
    // PostgreSQL can cache, instead of one "$n is null or …" plan re-planned on every call.
    let mut sql = sqlx::QueryBuilder::new(SELECT);
    sql.push(" where ");
    if user.is_admin {
        sql.push("true");
    } else {
        sql.push("m.org_unit_id in (select * from reachable_org_units(")
            .push_bind(user.id)
            .push("))");
    }
    if let Some(unit) = query.org_unit_id {
        sql.push(" and m.org_unit_id = ").push_bind(unit);
    }
    if let Some(kind) = query.kind {
        sql.push(" and m.kind = ").push_bind(kind.as_str());
    }
    if let Some(status) = query.status {
        sql.push(" and m.status = ").push_bind(status.as_str());
    }
    if let Some(from) = query.from {
        sql.push(" and m.starts_at >= ").push_bind(from);
    }
    if let Some(to) = query.to {
        sql.push(" and m.starts_at < ").push_bind(to);
    }
    if let Some((starts_at, id)) = after {
        sql.push(" and (m.starts_at, m.id) < (")
            .push_bind(starts_at)
            .push(", ")
            .push_bind(id)
            .push(")");
    }
    sql.push(" order by m.starts_at desc, m.id desc limit ")
        .push_bind(page.fetch());
    let rows: Vec<Meeting> = sql.build_query_as().fetch_all(&state.pool).await?;
    Ok(web::Json(page.finish(rows, |m| {
        format!("{}|{}", m.starts_at.to_rfc3339(), m.id)
    })))
}

/// One meeting, with its attendance summary.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The meeting", body = MeetingDetail, headers(("ETag" = String))),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}")]
pub(super) async fn get_meeting(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let meeting = fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    let voting_summary = Roll::of(&mut conn, &meeting, state.timezone)
        .await?
        .summary();
    let version = meeting.version;
    Ok(ok_with_etag(
        version,
        &MeetingDetail {
            meeting,
            voting_summary,
        },
    ))
}

/// Change a meeting, mark it held, or cancel it.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 200, description = "The changed meeting", body = Meeting, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such meeting (or person) in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled, or the status change is not allowed"),
        (status = 412, description = "The meeting changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[patch("/meetings/{id}")]
pub(super) async fn update_meeting(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: crate::edge::Json<UpdateMeeting>,
) -> Result<HttpResponse> {
    let body = body.into_inner();
    let title = optional_text("/title", body.title.as_deref(), MAX_TITLE_CHARS)?;
    let agenda = body.agenda.as_deref().map(agenda).transpose()?;
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&before)?;
    let status = match body.status {
        None => before.status,
        Some(s) if s == before.status => s,
        Some(MeetingStatus::Finalized) => {
            return Err(AppError::invalid(
                "/status",
                "finalize with POST /api/v1/meetings/{id}/finalize",
            ));
        }
        Some(MeetingStatus::Held) => move_to(&before, Move::Hold)?,
        Some(MeetingStatus::Cancelled) => move_to(&before, Move::Cancel)?,
        Some(MeetingStatus::Scheduled) => {
            return Err(AppError::Conflict(format!(
                "a {} meeting cannot become scheduled again",
                before.status.as_str()
            )));
        }
    };
    let starts_at = body.starts_at.unwrap_or(before.starts_at);
    let ends_at = body.ends_at.unwrap_or(before.ends_at);
    check_times(starts_at, ends_at)?;
    let location = match &body.location {
        Some(l) => optional_text("/location", l.as_deref(), MAX_LOCATION_CHARS)?,
        None => before.location.clone(),
    };
    let summary = match &body.summary {
        Some(s) => summary(s.as_deref())?,
        None => before.summary.clone(),
    };
    let kind = body.kind.unwrap_or(before.kind);
    // Kept as it is unless given, and checked against the kind and day it now has.
    let reporting_year = reporting_year(
        body.reporting_year.unwrap_or(before.reporting_year),
        kind,
        starts_at,
        state.timezone,
    )?;
    let host_id = body.host_id.unwrap_or(before.host_id);
    let recorder_id = body.recorder_id.unwrap_or(before.recorder_id);
    for (person, field) in [
        (body.host_id, "/host_id"),
        (body.recorder_id, "/recorder_id"),
    ] {
        if let Some(Some(person)) = person {
            people::require_in_unit(&mut tx, &user, person, before.org_unit_id, field).await?;
        }
    }
    // Every record the request names is in reach: now the precondition (RFC 9110 §13.2.1).
    let expected = if_match.required(before.version)?;
    let updated = sqlx::query!(
        "update meetings set kind = $3, title = $4, starts_at = $5, ends_at = $6, location = $7,
             host_id = $8, recorder_id = $9, agenda = $10, summary = $11, status = $12,
             reporting_year = $14, version = version + 1, updated_at = now()
         where id = $1 and ($2::int is null or version = $2) and status = $13",
        before.id,
        expected,
        kind.as_str(),
        title.unwrap_or_else(|| before.title.clone()),
        starts_at,
        ends_at,
        location,
        host_id,
        recorder_id,
        Json(agenda.unwrap_or_else(|| before.agenda.0.clone())) as _,
        summary,
        status.as_str(),
        before.status.as_str(),
        reporting_year
    )
    .execute(&mut *tx)
    .await?;
    // The row is locked and any change bumps its version: no row means a stale If-Match.
    if updated.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    let after = fetch(&mut tx, before.id).await?;
    let event = Event::changed(
        "update",
        "meeting",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    let told = if after.status == MeetingStatus::Cancelled && before.status != after.status {
        Some(NotificationKind::MeetingCancelled)
    } else if after.starts_at != before.starts_at && after.status == MeetingStatus::Scheduled {
        Some(NotificationKind::MeetingMoved)
    } else {
        None
    };
    if let Some(kind) = told {
        notify::meeting_changed(&mut tx, state.outbox, user.id, kind, after.id).await?;
    }
    search::index::meeting(
        &mut tx,
        after.id,
        &after.title,
        &after.agenda,
        after.summary.as_deref(),
    )
    .await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Delete a meeting that was never held (`scheduled` or `cancelled`).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such meeting in your reach"),
        (status = 409, description = "The meeting was held: its record stays"),
        (status = 412, description = "The meeting changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[delete("/meetings/{id}")]
pub(super) async fn delete_meeting(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse> {
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    let expected = if_match.required(before.version)?;
    if !matches!(
        before.status,
        MeetingStatus::Scheduled | MeetingStatus::Cancelled
    ) {
        return Err(AppError::Conflict(format!(
            "a {} meeting cannot be deleted",
            before.status.as_str()
        )));
    }
    let deleted = sqlx::query!(
        "delete from meetings where id = $1 and ($2::int is null or version = $2)",
        before.id,
        expected
    )
    .execute(&mut *tx)
    .await?;
    if deleted.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    let event = Event::deleted("meeting", before.id, Some(before.org_unit_id), &before)?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Finalize the minutes of a held meeting: from now on the meeting, its attendance and its
/// speeches answer 409 to every change.
///
/// The answer carries `record_digest`, the SHA-256 of the whole record as finalized (see
/// `GET /api/v1/audit/verification`).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 200, description = "The finalized meeting", body = Meeting, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such meeting in your reach"),
        (status = 409, description = "The meeting is not `held` (scheduled, cancelled or already finalized), or a decision's counts no longer fit its records"),
        (status = 412, description = "The meeting changed since you read it"),
    )
)]
#[post("/meetings/{id}/finalize")]
pub(super) async fn finalize_meeting(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse> {
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    let expected = if_match.optional(before.version)?;
    let to = move_to(&before, Move::Finalize)?;
    let updated = sqlx::query!(
        "update meetings set status = $4, finalized_at = now(),
             version = version + 1, updated_at = now()
         where id = $1 and ($2::int is null or version = $2) and status = $3",
        before.id,
        expected,
        before.status.as_str(),
        to.as_str()
    )
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    // Each decision keeps its judgement as it stands (409 if its counts no longer fit the
    // records), then the digest of the record as finalized, in the same transaction: it is in
    // the audit event below, which the chain seals.
    let roll = Roll::of(&mut tx, &before, state.timezone).await?;
    decisions::keep_judgements(&mut tx, before.id, &roll).await?;
    crate::seal::record::stamp(&mut tx, before.id).await?;
    let after = fetch(&mut tx, before.id).await?;
    let event = Event::changed(
        "finalize",
        "meeting",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    let finalized = NotificationKind::MinutesFinalized;
    notify::meeting_changed(&mut tx, state.outbox, user.id, finalized, after.id).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}
