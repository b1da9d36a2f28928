//! The lifecycle: progress updates, submission, verification and return.

use actix_web::{HttpResponse, get, post, web};
use chrono::NaiveDate;
use sqlx::PgConnection;
use uuid::Uuid;

use super::{
    Decision, ItemStatus, NewUpdate, ProgressUpdate, RectificationItem, TAG, conflict, fetch,
    fetch_for, is_owner, percent, require_owner_or_secretary, text,
};
use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission, access};
use crate::error::{AppError, Result};
use crate::routes::list::{ListParams, Page};
use crate::routes::versioning::{IfMatch, ok_with_etag};
use crate::search;
use crate::startup::AppState;

/// Report progress on an item (its owner or a secretary).
///
/// The first update of an `open` item moves it to `in_progress`.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The update", body = ProgressUpdate),
        (status = 403, description = "Neither the owner nor a secretary"),
        (status = 404, description = "No such item in your reach"),
        (status = 409, description = "The item is submitted or verified"),
    )
)]
#[post("/rectification-items/{id}/updates")]
pub(super) async fn add_update(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: web::Json<NewUpdate>,
) -> Result<HttpResponse> {
    let note = text("/note", &body.note)?;
    let progress = percent(body.progress_percent)?;
    let today = state.today();
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Read, today).await?;
    require_owner_or_secretary(&mut tx, &user, &before).await?;
    if !matches!(before.status, ItemStatus::Open | ItemStatus::InProgress) {
        return Err(conflict(&before, "updated"));
    }
    let update: ProgressUpdate = sqlx::query_as(
        "insert into rectification_updates (id, item_id, org_unit_id, author_id, note, progress_percent)
         values ($1, $2, $3, $4, $5, $6)
         returning id, item_id, author_id, note, progress_percent, created_at",
    )
    .bind(Uuid::now_v7())
    .bind(before.id)
    .bind(before.org_unit_id)
    .bind(user.id)
    .bind(&note)
    .bind(progress)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "update rectification_items set status = 'in_progress',
             progress_percent = coalesce($2, progress_percent),
             version = version + 1, updated_at = now()
         where id = $1",
    )
    .bind(before.id)
    .bind(progress)
    .execute(&mut *tx)
    .await?;
    let after = fetch(&mut tx, before.id, today).await?;
    let event = Event::changed(
        "progress",
        "rectification_item",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    search::index::rectification_item(&mut tx, before.id).await?;
    tx.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header((
            "Location",
            format!("/api/v1/rectification-items/{}/updates", before.id),
        ))
        .json(update))
}

/// The progress updates of an item, oldest first.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "One page of updates", body = Page<ProgressUpdate>),
        (status = 404, description = "No such item in your reach"),
    )
)]
#[get("/rectification-items/{id}/updates")]
pub(super) async fn list_updates(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    params: web::Query<ListParams>,
) -> Result<web::Json<Page<ProgressUpdate>>> {
    let page = params.page()?;
    let mut conn = state.pool.acquire().await?;
    let unit_of = "select org_unit_id from rectification_items where id = $1";
    access::require_record(&mut *conn, &user, unit_of, *id, Permission::Read).await?;
    let rows: Vec<ProgressUpdate> = sqlx::query_as(
        "select id, item_id, author_id, note, progress_percent, created_at
         from rectification_updates
         where item_id = $1 and ($2::uuid is null or id > $2)
         order by id limit $3",
    )
    .bind(*id)
    .bind(page.after_id()?)
    .bind(page.fetch())
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(page.finish(rows, |u| u.id.to_string())))
}

/// A state change of an item, already checked.
enum Move<'a> {
    Submit,
    Verify { note: &'a str },
    Return { note: &'a str },
}

/// Apply `change` to `before` and record it.
async fn transition(
    tx: &mut PgConnection,
    user: &AuthUser,
    before: &RectificationItem,
    change: Move<'_>,
    today: NaiveDate,
) -> Result<RectificationItem> {
    let (action, query) = match change {
        Move::Submit => (
            "submit",
            sqlx::query(
                "update rectification_items set status = 'submitted', submitted_at = now(),
                     version = version + 1, updated_at = now()
                 where id = $1",
            )
            .bind(before.id),
        ),
        Move::Verify { note } => (
            "verify",
            sqlx::query(
                "update rectification_items set status = 'verified', verified_at = now(),
                     verified_by = $2, verification_note = $3, progress_percent = 100,
                     version = version + 1, updated_at = now()
                 where id = $1",
            )
            .bind(before.id)
            .bind(user.id)
            .bind(note),
        ),
        Move::Return { note } => (
            "return",
            sqlx::query(
                "update rectification_items set status = 'in_progress', submitted_at = null,
                     return_note = $2, version = version + 1, updated_at = now()
                 where id = $1",
            )
            .bind(before.id)
            .bind(note),
        ),
    };
    query.execute(&mut *tx).await?;
    let after = fetch(tx, before.id, today).await?;
    let event = Event::changed(
        action,
        "rectification_item",
        after.id,
        Some(after.org_unit_id),
        before,
        &after,
    )?;
    audit::record(tx, user, event).await?;
    Ok(after)
}

/// Submit an item for verification (its owner or a secretary): `in_progress` → `submitted`.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the ETag of the version you read")),
    responses(
        (status = 200, description = "The submitted item", body = RectificationItem, headers(("ETag" = String))),
        (status = 403, description = "Neither the owner nor a secretary"),
        (status = 404, description = "No such item in your reach"),
        (status = 409, description = "The item is not in progress"),
        (status = 412, description = "The item changed since you read it"),
    )
)]
#[post("/rectification-items/{id}/submit")]
pub(super) async fn submit_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse> {
    let expected = if_match.optional()?;
    let today = state.today();
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Read, today).await?;
    require_owner_or_secretary(&mut tx, &user, &before).await?;
    if expected.is_some_and(|v| v != before.version) {
        return Err(AppError::PreconditionFailed);
    }
    if before.status != ItemStatus::InProgress {
        return Err(conflict(&before, "submitted"));
    }
    let after = transition(&mut tx, &user, &before, Move::Submit, today).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Check a verification or return: by a secretary or reviewer in reach, never the owner, of a
/// submitted item.
async fn decide(
    tx: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    if_match: &IfMatch,
    what: &str,
    today: NaiveDate,
) -> Result<RectificationItem> {
    let expected = if_match.optional()?;
    let before = fetch_for(tx, user, id, Permission::Verify, today).await?;
    if is_owner(tx, user, &before).await? {
        return Err(AppError::Forbidden(format!(
            "nobody {what} an item they own"
        )));
    }
    if expected.is_some_and(|v| v != before.version) {
        return Err(AppError::PreconditionFailed);
    }
    if before.status != ItemStatus::Submitted {
        return Err(AppError::Conflict(format!(
            "only a submitted item can be {what}; this one is {}",
            before.status.as_str()
        )));
    }
    Ok(before)
}

/// Verify an item (销号): `submitted` → `verified`, by a secretary or reviewer, never the owner.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the ETag of the version you read")),
    responses(
        (status = 200, description = "The verified item", body = RectificationItem, headers(("ETag" = String))),
        (status = 403, description = "A member, or the owner"),
        (status = 404, description = "No such item in your reach"),
        (status = 409, description = "The item is not submitted"),
        (status = 412, description = "The item changed since you read it"),
    )
)]
#[post("/rectification-items/{id}/verify")]
pub(super) async fn verify_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: web::Json<Decision>,
) -> Result<HttpResponse> {
    let note = text("/note", &body.note)?;
    let today = state.today();
    let mut tx = state.pool.begin().await?;
    let before = decide(&mut tx, &user, *id, &if_match, "verifies", today).await?;
    let after = transition(&mut tx, &user, &before, Move::Verify { note: &note }, today).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Return a submitted item to its owner: `submitted` → `in_progress`, with the reason.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the ETag of the version you read")),
    responses(
        (status = 200, description = "The returned item", body = RectificationItem, headers(("ETag" = String))),
        (status = 403, description = "A member, or the owner"),
        (status = 404, description = "No such item in your reach"),
        (status = 409, description = "The item is not submitted"),
        (status = 412, description = "The item changed since you read it"),
    )
)]
#[post("/rectification-items/{id}/return")]
pub(super) async fn return_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: web::Json<Decision>,
) -> Result<HttpResponse> {
    let note = text("/note", &body.note)?;
    let today = state.today();
    let mut tx = state.pool.begin().await?;
    let before = decide(&mut tx, &user, *id, &if_match, "returns", today).await?;
    let after = transition(&mut tx, &user, &before, Move::Return { note: &note }, today).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}
