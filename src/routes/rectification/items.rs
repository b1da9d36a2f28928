//! Creating, reading, listing and editing items, and a meeting's carry-over.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::NaiveDate;
use uuid::Uuid;

use super::records::{
    COLUMNS, CreateItem, ItemQuery, ItemStatus, RectificationItem, TAG, UpdateItem, check_sources,
    fetch, fetch_for, lock_for, text,
};
use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission, access};
use crate::domain::notification::NotificationKind;
use crate::domain::rectification::{owner_change_refusal, owner_may_change};
use crate::edge::Json;
use crate::error::{AppError, Result};
use crate::notify;
use crate::routes::list::{Page, PageRequest};
use crate::routes::versioning::{IdempotencyKey, IfMatch, Stored, ok_with_etag};
use crate::search;
use crate::state::AppState;
use crate::store::meetings;
use crate::store::people::require_in_unit;

/// Record a rectification item.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry safely: the same key and body answer the first response again", min_length = 1, max_length = 255, pattern = "^[ -~]*[!-~][ -~]*$")),
    responses(
        (status = 201, description = "Created", body = RectificationItem,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "The unit, meeting or owner does not exist or is out of reach"),
        (status = 409, description = "The meeting already has 200 rectification items"),
    )
)]
#[post("/rectification-items")]
pub(super) async fn create_item(
    state: web::Data<AppState>,
    user: AuthUser,
    key: IdempotencyKey,
    body: Json<CreateItem>,
) -> Result<HttpResponse> {
    let problem = text("/problem", &body.problem)?;
    let measure = text("/measure", &body.measure)?;
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, body.org_unit_id, Permission::Write).await?;
    require_in_unit(&mut tx, &user, body.owner_id, body.org_unit_id, "/owner_id").await?;
    check_sources(
        &mut tx,
        &user,
        None,
        body.org_unit_id,
        body.meeting_id,
        body.source_speech_id,
    )
    .await?;
    if let Some(replay) = key
        .claim(&mut tx, &user, "POST /rectification-items", &*body)
        .await?
    {
        return Ok(replay);
    }
    let id = Uuid::now_v7();
    sqlx::query!(
        "insert into rectification_items
             (id, org_unit_id, meeting_id, source_speech_id, problem, measure, owner_id, due_on)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        id,
        body.org_unit_id,
        body.meeting_id,
        body.source_speech_id,
        &problem,
        &measure,
        body.owner_id,
        body.due_on
    )
    .execute(&mut *tx)
    .await?;
    let item = fetch(&mut tx, id, state.seen()).await?;
    let response = Stored::created(
        format!("/api/v1/rectification-items/{id}"),
        Some(item.version),
        &item,
    )?;
    key.store(&mut tx, &user, &response).await?;
    let event = Event::created("rectification_item", id, Some(item.org_unit_id), &item)?;
    audit::record(&mut tx, &user, event).await?;
    let assigned = NotificationKind::ItemAssigned;
    notify::item_changed(&mut tx, state.outbox, user.id, assigned, id, None).await?;
    search::index::rectification_item(&mut tx, id).await?;
    tx.commit().await?;
    Ok(response.respond())
}

/// The items in the caller's reach, by due date.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ItemQuery),
    responses(
        (status = 200, description = "One page of items, earliest due first", body = Page<RectificationItem>),
        (status = 404, description = "The unit or meeting filtered by is out of reach"),
    )
)]
#[get("/rectification-items")]
pub(super) async fn list_items(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<ItemQuery>,
) -> Result<web::Json<Page<RectificationItem>>> {
    let page = PageRequest::new(query.limit, query.cursor.as_deref())?;
    let after = page
        .after_pair()?
        .map(|(due_on, id)| {
            due_on
                .parse::<NaiveDate>()
                .map(|d| (d, id))
                .map_err(|_| AppError::BadRequest("cursor is not valid".into()))
        })
        .transpose()?;
    let owner = match query.owner.as_deref() {
        None => None,
        Some("me") => Some(None),
        Some(id) => Some(Some(Uuid::parse_str(id).map_err(|_| {
            AppError::invalid("owner", "must be `me` or a person's UUID")
        })?)),
    };
    if let Some(unit) = query.org_unit_id {
        access::require(&state.pool, &user, unit, Permission::Read).await?;
    }
    if let Some(meeting) = query.meeting_id {
        let mut conn = state.pool.acquire().await?;
        meetings::require(&mut conn, &user, meeting, Permission::Read).await?;
    }
    let today = state.today();
    let mut sql = sqlx::QueryBuilder::new(format!(
        "select {COLUMNS} from rectification_items i where "
    ));
    if user.is_admin {
        sql.push("true");
    } else {
        sql.push("i.org_unit_id in (select * from reachable_org_units(")
            .push_bind(user.id)
            .push("))");
    }
    match owner {
        Some(None) => {
            sql.push(" and i.owner_id in (select id from people where user_id = ")
                .push_bind(user.id)
                .push(")");
        }
        Some(Some(person)) => {
            sql.push(" and i.owner_id = ").push_bind(person);
        }
        None => {}
    }
    if let Some(status) = query.status {
        sql.push(" and i.status = ").push_bind(status.as_str());
    }
    match query.overdue {
        Some(true) => {
            sql.push(" and i.status <> 'verified' and i.due_on < ")
                .push_bind(today);
        }
        Some(false) => {
            sql.push(" and (i.status = 'verified' or i.due_on >= ")
                .push_bind(today)
                .push(")");
        }
        None => {}
    }
    if let Some(unit) = query.org_unit_id {
        sql.push(" and i.org_unit_id = ").push_bind(unit);
    }
    if let Some(meeting) = query.meeting_id {
        sql.push(" and i.meeting_id = ").push_bind(meeting);
    }
    if let Some((due_on, id)) = after {
        sql.push(" and (i.due_on, i.id) > (")
            .push_bind(due_on)
            .push(", ")
            .push_bind(id)
            .push(")");
    }
    sql.push(" order by i.due_on, i.id limit ")
        .push_bind(page.fetch());
    let rows: Vec<RectificationItem> = sql.build_query_as().fetch_all(&state.pool).await?;
    let seen = state.seen();
    let rows = rows.into_iter().map(|i| i.seen_on(seen)).collect();
    Ok(web::Json(
        page.finish(rows, |i| format!("{}|{}", i.due_on, i.id)),
    ))
}

/// One item.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The item", body = RectificationItem, headers(("ETag" = String))),
        (status = 404, description = "No such item in your reach"),
    )
)]
#[get("/rectification-items/{id}")]
pub(super) async fn get_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let item = fetch_for(&mut conn, &user, *id, state.seen()).await?;
    Ok(ok_with_etag(item.version, &item))
}

/// Change an item's problem, measure, owner, due date or sources (secretaries).
///
/// The owner cannot change while the item is submitted: whoever verifies it judges the work
/// of the owner who submitted it.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 200, description = "The changed item", body = RectificationItem, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such item (or person, meeting) in your reach"),
        (status = 409, description = "The item is verified, or submitted and the owner would change, or the meeting it would move to already has 200 items"),
        (status = 412, description = "The item changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[patch("/rectification-items/{id}")]
pub(super) async fn update_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<UpdateItem>,
) -> Result<HttpResponse> {
    let problem = body
        .problem
        .as_deref()
        .map(|p| text("/problem", p))
        .transpose()?;
    let measure = body
        .measure
        .as_deref()
        .map(|m| text("/measure", m))
        .transpose()?;
    let seen = state.seen();
    let mut tx = state.pool.begin().await?;
    let before = lock_for(&mut tx, &user, *id, Permission::Write, seen).await?;
    if before.status == ItemStatus::Verified {
        return Err(AppError::Conflict(
            "a verified item cannot be changed".into(),
        ));
    }
    let owner = body.owner_id.unwrap_or(before.owner_id);
    if owner != before.owner_id {
        // A person out of reach answers 404 first, whatever the item's status.
        require_in_unit(&mut tx, &user, owner, before.org_unit_id, "/owner_id").await?;
        // Else the owner could hand a submitted item to someone else and verify it.
        if !owner_may_change(before.status) {
            return Err(AppError::Conflict(owner_change_refusal(before.status)));
        }
    }
    let meeting = body.meeting_id.unwrap_or(before.meeting_id);
    let speech = body.source_speech_id.unwrap_or(before.source_speech_id);
    check_sources(
        &mut tx,
        &user,
        Some(before.id),
        before.org_unit_id,
        meeting,
        speech,
    )
    .await?;
    // Every record the request names is in reach: now the precondition (RFC 9110 §13.2.1).
    let expected = if_match.required(before.version)?;
    let updated = sqlx::query!(
        "update rectification_items set problem = $3, measure = $4, owner_id = $5, due_on = $6,
             meeting_id = $7, source_speech_id = $8, version = version + 1, updated_at = now(),
             -- The owner handing the item over still owned it in this cycle.
             former_owner_user_ids = former_owner_user_ids || case when owner_id = $5
                 then '{}' else array(select p.user_id from people p
                     where p.id = rectification_items.owner_id and p.user_id is not null) end
         where id = $1 and ($2::int is null or version = $2)",
        before.id,
        expected,
        problem.unwrap_or_else(|| before.problem.clone()),
        measure.unwrap_or_else(|| before.measure.clone()),
        owner,
        body.due_on.unwrap_or(before.due_on),
        meeting,
        speech
    )
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    let after = fetch(&mut tx, before.id, seen).await?;
    let event = Event::changed(
        "update",
        "rectification_item",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    if after.owner_id != before.owner_id {
        let assigned = NotificationKind::ItemAssigned;
        notify::item_changed(&mut tx, state.outbox, user.id, assigned, after.id, None).await?;
    }
    search::index::rectification_item(&mut tx, after.id).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// The items of the meeting's unit (and the units below it) still open when the meeting
/// starts, for its 落实情况通报 — by due date.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Items created before the meeting and not verified by then", body = Vec<RectificationItem>),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/carry-over")]
pub(super) async fn carry_over(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<RectificationItem>>> {
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let items = sqlx::query_as!(
        RectificationItem,
        r#"select i.id, i.org_unit_id, i.meeting_id, i.source_speech_id, i.problem, i.measure, i.owner_id,
               i.due_on, i.status as "status: ItemStatus", i.progress_percent, false as "overdue!",
               i.submitted_at, i.verified_at, i.verified_by, i.verification_note, i.return_note,
               null::date as late_entered_on,
               (select coalesce(s.ends_at, s.starts_at) from meetings s where s.id = i.meeting_id)
                   as meeting_ended_at,
               i.version, i.created_at, i.updated_at
           from rectification_items i
           join meetings m on m.id = $1
           join org_unit_closure c on c.ancestor_id = m.org_unit_id and c.descendant_id = i.org_unit_id
           where i.created_at < m.starts_at
             and (i.verified_at is null or i.verified_at >= m.starts_at)
           order by i.due_on, i.id"#,
        *id
    )
    .fetch_all(&mut *conn)
    .await?;
    let seen = state.seen();
    Ok(web::Json(
        items.into_iter().map(|i| i.seen_on(seen)).collect(),
    ))
}
