//! The lifecycle: progress updates, submission, verification and return.

use crate::store::rectification::{Seen, require_owner_or_secretary};
use actix_web::{HttpResponse, get, post, web};
use sqlx::PgConnection;
use uuid::Uuid;

use super::records::{
    Decision, NewUpdate, ProgressUpdate, RectificationItem, TAG, conflict, fetch, lock_for,
    owned_in_cycle, percent, text,
};
use crate::audit::{self, Event};
use crate::auth::access::{Lock, Record};
use crate::auth::{AuthUser, Permission, access};
use crate::domain::notification::NotificationKind;
use crate::domain::rectification::{Move, next};
use crate::edge::Json;
use crate::error::{AppError, Result};
use crate::notify::{self, Outbox};
use crate::routes::list::{ListParams, Page};
use crate::routes::versioning::{IfMatch, ok_with_etag};
use crate::search;
use crate::state::AppState;

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
    body: Json<NewUpdate>,
) -> Result<HttpResponse> {
    let note = text("/note", &body.note)?;
    let progress = percent(body.progress_percent)?;
    let today = state.seen();
    let mut tx = state.pool.begin().await?;
    // The owner may be a member, who only reads the unit: lock with Read, then check the owner.
    let before = lock_for(&mut tx, &user, *id, Permission::Read, today).await?;
    require_owner_or_secretary(&mut tx, &user, &before).await?;
    transition(
        &mut tx,
        &user,
        &before,
        Change::Progress { progress },
        today,
        state.outbox,
    )
    .await?;
    let update = sqlx::query_as!(
        ProgressUpdate,
        "insert into rectification_updates (id, item_id, org_unit_id, author_id, note, progress_percent)
         values ($1, $2, $3, $4, $5, $6)
         returning id, item_id, author_id, note, progress_percent, created_at",
        Uuid::now_v7(),
        before.id,
        before.org_unit_id,
        user.id,
        &note,
        progress
    )
    .fetch_one(&mut *tx)
    .await?;
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
    params: crate::edge::Query<ListParams>,
) -> Result<web::Json<Page<ProgressUpdate>>> {
    let page = params.page()?;
    let mut conn = state.pool.acquire().await?;
    let (item, read) = (Record::RectificationItem, Permission::Read);
    access::require_record(&mut *conn, &user, item, *id, read, Lock::No).await?;
    let rows = sqlx::query_as!(
        ProgressUpdate,
        "select id, item_id, author_id, note, progress_percent, created_at
         from rectification_updates
         where item_id = $1 and ($2::uuid is null or id > $2)
         order by id limit $3",
        *id,
        page.after_id()?,
        page.fetch()
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(page.finish(rows, |u| u.id.to_string())))
}

/// A move of an item with what it carries.
enum Change<'a> {
    Progress { progress: Option<i16> },
    Submit,
    Verify { note: &'a str },
    Return { note: &'a str },
}

impl Change<'_> {
    fn kind(&self) -> Move {
        match self {
            Change::Progress { .. } => Move::Progress,
            Change::Submit => Move::Submit,
            Change::Verify { .. } => Move::Verify,
            Change::Return { .. } => Move::Return,
        }
    }
}

/// Apply `change` to `before` (locked by [`lock_for`]) and record it: 409 unless the move is
/// allowed from its status, and the UPDATE writes only if the row is still in that status.
async fn transition(
    tx: &mut PgConnection,
    user: &AuthUser,
    before: &RectificationItem,
    change: Change<'_>,
    today: Seen,
    outbox: Outbox,
) -> Result<RectificationItem> {
    let mv = change.kind();
    let to = next(before.status, mv).ok_or_else(|| conflict(before, mv))?;
    let (id, from, to) = (before.id, before.status.as_str(), to.as_str());
    // $1 the item, $2 the status it leaves, $3 the status it enters; what the move carries after.
    let query = match change {
        Change::Progress { progress } => sqlx::query!(
            "update rectification_items set status = $3,
                 progress_percent = coalesce($4, progress_percent),
                 version = version + 1, updated_at = now()
             where id = $1 and status = $2",
            id,
            from,
            to,
            progress
        ),
        Change::Submit => sqlx::query!(
            "update rectification_items set status = $3, submitted_at = now(),
                 version = version + 1, updated_at = now()
             where id = $1 and status = $2",
            id,
            from,
            to
        ),
        Change::Verify { note } => sqlx::query!(
            "update rectification_items set status = $3, verified_at = now(),
                 verified_by = $4, verification_note = $5, progress_percent = 100,
                 version = version + 1, updated_at = now()
             where id = $1 and status = $2",
            id,
            from,
            to,
            user.id,
            note
        ),
        // A return starts a new cycle: who owned the item before it no longer counts.
        Change::Return { note } => sqlx::query!(
            "update rectification_items set status = $3, submitted_at = null,
                 return_note = $4, former_owner_user_ids = '{}',
                 version = version + 1, updated_at = now()
             where id = $1 and status = $2",
            id,
            from,
            to,
            note
        ),
    };
    // The row is locked, so it is still as read; checked all the same, never written blindly.
    if query.execute(&mut *tx).await?.rows_affected() == 0 {
        return Err(conflict(before, mv));
    }
    let after = fetch(tx, before.id, today).await?;
    let event = Event::changed(
        mv.action(),
        "rectification_item",
        after.id,
        Some(after.org_unit_id),
        before,
        &after,
    )?;
    audit::record(tx, user, event).await?;
    let (kind, note) = match change {
        Change::Progress { .. } => (None, None),
        Change::Submit => (Some(NotificationKind::ItemSubmitted), None),
        Change::Verify { note } => (Some(NotificationKind::ItemVerified), Some(note)),
        Change::Return { note } => (Some(NotificationKind::ItemReturned), Some(note)),
    };
    if let Some(kind) = kind {
        notify::item_changed(tx, outbox, user.id, kind, after.id, note).await?;
    }
    Ok(after)
}

/// Submit an item for verification (its owner or a secretary): `in_progress` → `submitted`.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
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
    let today = state.seen();
    let mut tx = state.pool.begin().await?;
    let before = lock_for(&mut tx, &user, *id, Permission::Read, today).await?;
    require_owner_or_secretary(&mut tx, &user, &before).await?;
    if_match.optional(before.version)?;
    let after = transition(&mut tx, &user, &before, Change::Submit, today, state.outbox).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Check a verification or return: by a secretary or reviewer in reach who did not own the
/// item in its current cycle (since it was created or last returned).
async fn decide(
    tx: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    if_match: &IfMatch,
    what: &str,
    today: Seen,
) -> Result<RectificationItem> {
    let before = lock_for(tx, user, id, Permission::Verify, today).await?;
    if owned_in_cycle(tx, user, &before).await? {
        return Err(AppError::Forbidden(format!(
            "nobody {what} an item they own or owned since it was last returned"
        )));
    }
    if_match.optional(before.version)?;
    Ok(before)
}

/// Verify an item (销号): `submitted` → `verified`, by a secretary or reviewer, never the owner.
///
/// Nor anyone who owned the item since it was created or last returned: handing it to
/// someone else before submitting does not make its former owner a verifier.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 200, description = "The verified item", body = RectificationItem, headers(("ETag" = String))),
        (status = 403, description = "A member, or someone who owned the item since it was created or last returned"),
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
    body: Json<Decision>,
) -> Result<HttpResponse> {
    let note = text("/note", &body.note)?;
    let today = state.seen();
    let mut tx = state.pool.begin().await?;
    let before = decide(&mut tx, &user, *id, &if_match, "verifies", today).await?;
    let after = transition(
        &mut tx,
        &user,
        &before,
        Change::Verify { note: &note },
        today,
        state.outbox,
    )
    .await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Return a submitted item to its owner: `submitted` → `in_progress`, with the reason.
///
/// By a secretary or reviewer who did not own the item since it was created or last returned.
/// The return starts a new cycle.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    request_body(content = Decision, example = json!({"note": "学习心得未附原始记录，请补充后重新提交。"})),
    responses(
        (status = 200, description = "The returned item", body = RectificationItem, headers(("ETag" = String))),
        (status = 403, description = "A member, or someone who owned the item since it was created or last returned"),
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
    body: Json<Decision>,
) -> Result<HttpResponse> {
    let note = text("/note", &body.note)?;
    let today = state.seen();
    let mut tx = state.pool.begin().await?;
    let before = decide(&mut tx, &user, *id, &if_match, "returns", today).await?;
    let after = transition(
        &mut tx,
        &user,
        &before,
        Change::Return { note: &note },
        today,
        state.outbox,
    )
    .await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}
