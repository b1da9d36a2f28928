//! Rectification items (整改事项): a problem found, the measure to fix it, an owner and a
//! deadline, followed from `open` through `in_progress` and `submitted` until someone other
//! than the owner verifies it (销号) — or returns it.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission, access};
use crate::domain::required_text;
use crate::error::{AppError, Result};
use crate::routes::list::{Page, PageRequest};
use crate::routes::people::require_in_unit;
use crate::routes::versioning::{IdempotencyKey, IfMatch, Stored, ok_with_etag};
use crate::routes::{meetings, present};
use crate::startup::AppState;

pub const TAG: &str = "rectification";
const MAX_TEXT_CHARS: usize = 5000;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(create_item)
        .service(list_items)
        .service(get_item)
        .service(update_item)
        .service(add_update)
        .service(list_updates)
        .service(submit_item)
        .service(verify_item)
        .service(return_item)
        .service(carry_over);
}

crate::text_enum!(
    /// `open` → `in_progress` (first progress update) → `submitted` → `verified`, and
    /// `submitted` → `in_progress` when returned.
    ItemStatus {
        Open = "open",
        InProgress = "in_progress",
        Submitted = "submitted",
        Verified = "verified",
    }
);

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000060", "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "meeting_id": "019a1b2c-0000-7000-8000-000000000030", "source_speech_id": null,
    "problem": "理论学习不够系统深入", "measure": "每月精读一篇原文并撰写心得",
    "owner_id": "019a1b2c-0000-7000-8000-000000000020", "due_on": "2027-03-31", "status": "in_progress",
    "progress_percent": 30, "overdue": false, "submitted_at": null, "verified_at": null,
    "verified_by": null, "verification_note": null, "return_note": null, "version": 2,
    "created_at": "2026-11-27T08:30:00Z", "updated_at": "2026-11-28T08:30:00Z"
}))]
pub struct RectificationItem {
    pub id: Uuid,
    pub org_unit_id: Uuid,
    pub meeting_id: Option<Uuid>,
    /// The speech in `meeting_id` the problem came up in.
    pub source_speech_id: Option<Uuid>,
    /// 查摆问题
    pub problem: String,
    /// 整改措施
    pub measure: String,
    /// The person responsible.
    pub owner_id: Uuid,
    pub due_on: NaiveDate,
    #[sqlx(try_from = "String")]
    pub status: ItemStatus,
    pub progress_percent: i16,
    /// `due_on` is before today (in the service's time zone) and the item is not verified.
    #[sqlx(skip)]
    pub overdue: bool,
    pub submitted_at: Option<DateTime<Utc>>,
    pub verified_at: Option<DateTime<Utc>>,
    /// The user who verified it.
    pub verified_by: Option<Uuid>,
    pub verification_note: Option<String>,
    /// Why it was last returned.
    pub return_note: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl RectificationItem {
    fn seen_on(mut self, today: NaiveDate) -> Self {
        self.overdue = self.due_on < today && self.status != ItemStatus::Verified;
        self
    }
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "meeting_id": "019a1b2c-0000-7000-8000-000000000030",
    "problem": "理论学习不够系统深入", "measure": "每月精读一篇原文并撰写心得",
    "owner_id": "019a1b2c-0000-7000-8000-000000000020", "due_on": "2027-03-31"
}))]
pub struct CreateItem {
    pub org_unit_id: Uuid,
    /// A meeting of this unit or a unit above it.
    pub meeting_id: Option<Uuid>,
    /// A speech of `meeting_id`.
    pub source_speech_id: Option<Uuid>,
    pub problem: String,
    pub measure: String,
    /// A person of this unit or a unit below it.
    pub owner_id: Uuid,
    pub due_on: NaiveDate,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateItem {
    pub problem: Option<String>,
    pub measure: Option<String>,
    pub owner_id: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub meeting_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub source_speech_id: Option<Option<Uuid>>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUpdate {
    pub note: String,
    /// 0–100; becomes the item's `progress_percent`.
    pub progress_percent: Option<i16>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Why it is verified or returned.
    pub note: String,
}

/// A progress note (整改进展). Append-only.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct ProgressUpdate {
    pub id: Uuid,
    pub item_id: Uuid,
    /// The user who wrote it.
    pub author_id: Uuid,
    pub note: String,
    pub progress_percent: Option<i16>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ItemQuery {
    /// `me` (items whose owner is the caller's person record) or a person id.
    pub owner: Option<String>,
    pub status: Option<ItemStatus>,
    /// `true`: only overdue items; `false`: only items that are not.
    pub overdue: Option<bool>,
    pub org_unit_id: Option<Uuid>,
    pub meeting_id: Option<Uuid>,
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

const COLUMNS: &str = "i.id, i.org_unit_id, i.meeting_id, i.source_speech_id, i.problem, i.measure,
    i.owner_id, i.due_on, i.status, i.progress_percent, i.submitted_at, i.verified_at,
    i.verified_by, i.verification_note, i.return_note, i.version, i.created_at, i.updated_at";

async fn fetch(conn: &mut PgConnection, id: Uuid, today: NaiveDate) -> Result<RectificationItem> {
    let item: RectificationItem = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from rectification_items i where i.id = $1"
    )))
    .bind(id)
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)?;
    Ok(item.seen_on(today))
}

/// The item `id` if `user` may do `permission` in its unit; writes lock the item's row.
async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
    today: NaiveDate,
) -> Result<RectificationItem> {
    let unit_of = if permission == Permission::Read {
        "select org_unit_id from rectification_items where id = $1"
    } else {
        "select org_unit_id from rectification_items where id = $1 for update"
    };
    access::require_record(&mut *conn, user, unit_of, id, permission).await?;
    fetch(conn, id, today).await
}

/// Whether `user` is the owner of `item` (its owner's person record is linked to the user).
async fn is_owner(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: &RectificationItem,
) -> Result<bool> {
    let owner: Option<Uuid> = sqlx::query_scalar("select user_id from people where id = $1")
        .bind(item.owner_id)
        .fetch_one(conn)
        .await?;
    Ok(owner == Some(user.id))
}

/// The owner's actions (progress, submission) are the owner's or a secretary's; 403 otherwise.
async fn require_owner_or_secretary(
    conn: &mut PgConnection,
    user: &AuthUser,
    item: &RectificationItem,
) -> Result<()> {
    if is_owner(conn, user, item).await? {
        return Ok(());
    }
    access::require(&mut *conn, user, item.org_unit_id, Permission::Write)
        .await
        .map_err(|_| AppError::Forbidden("only the owner or a secretary may do this".into()))
}

fn conflict(item: &RectificationItem, action: &str) -> AppError {
    AppError::Conflict(format!(
        "a {} item cannot be {action}",
        item.status.as_str()
    ))
}

/// Check the meeting and speech an item refers to: the meeting readable and of the item's unit
/// or a unit above it, the speech one of that meeting.
async fn check_sources(
    conn: &mut PgConnection,
    user: &AuthUser,
    unit: Uuid,
    meeting: Option<Uuid>,
    speech: Option<Uuid>,
) -> Result<()> {
    let Some(meeting) = meeting else {
        return match speech {
            Some(_) => Err(AppError::invalid("/source_speech_id", "needs meeting_id")),
            None => Ok(()),
        };
    };
    let meeting_unit = meetings::require(conn, user, meeting, Permission::Read).await?;
    let above: bool = sqlx::query_scalar(
        "select exists (select 1 from org_unit_closure where ancestor_id = $1 and descendant_id = $2)",
    )
    .bind(meeting_unit)
    .bind(unit)
    .fetch_one(&mut *conn)
    .await?;
    if !above {
        return Err(AppError::invalid(
            "/meeting_id",
            "the meeting is of neither this unit nor a unit above it",
        ));
    }
    if let Some(speech) = speech {
        let of_meeting: bool = sqlx::query_scalar(
            "select exists (select 1 from speeches where id = $1 and meeting_id = $2)",
        )
        .bind(speech)
        .bind(meeting)
        .fetch_one(&mut *conn)
        .await?;
        if !of_meeting {
            return Err(AppError::invalid(
                "/source_speech_id",
                "is not a speech of this meeting",
            ));
        }
    }
    Ok(())
}

fn text(field: &str, raw: &str) -> Result<String> {
    required_text(field, raw, MAX_TEXT_CHARS)
}

fn percent(value: Option<i16>) -> Result<Option<i16>> {
    match value {
        Some(p) if !(0..=100).contains(&p) => {
            Err(AppError::invalid("/progress_percent", "must be 0 to 100"))
        }
        p => Ok(p),
    }
}

/// Record a rectification item.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry safely: the same key and body answer the first response again")),
    responses(
        (status = 201, description = "Created", body = RectificationItem,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "The unit, meeting or owner does not exist or is out of reach"),
    )
)]
#[post("/rectification-items")]
async fn create_item(
    state: web::Data<AppState>,
    user: AuthUser,
    key: IdempotencyKey,
    body: web::Json<CreateItem>,
) -> Result<HttpResponse> {
    let problem = text("/problem", &body.problem)?;
    let measure = text("/measure", &body.measure)?;
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, body.org_unit_id, Permission::Write).await?;
    require_in_unit(&mut tx, &user, body.owner_id, body.org_unit_id, "/owner_id").await?;
    check_sources(
        &mut tx,
        &user,
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
    sqlx::query(
        "insert into rectification_items
             (id, org_unit_id, meeting_id, source_speech_id, problem, measure, owner_id, due_on)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id)
    .bind(body.org_unit_id)
    .bind(body.meeting_id)
    .bind(body.source_speech_id)
    .bind(&problem)
    .bind(&measure)
    .bind(body.owner_id)
    .bind(body.due_on)
    .execute(&mut *tx)
    .await?;
    let item = fetch(&mut tx, id, state.today()).await?;
    let response = Stored::created(
        format!("/api/v1/rectification-items/{id}"),
        Some(item.version),
        &item,
    )?;
    key.store(&mut tx, &user, &response).await?;
    let event = Event::created("rectification_item", id, Some(item.org_unit_id), &item)?;
    audit::record(&mut tx, &user, event).await?;
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
async fn list_items(
    state: web::Data<AppState>,
    user: AuthUser,
    query: web::Query<ItemQuery>,
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
            AppError::BadRequest("owner must be `me` or a person id".into())
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
    let rows = rows.into_iter().map(|i| i.seen_on(today)).collect();
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
async fn get_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let item = fetch_for(&mut conn, &user, *id, Permission::Read, state.today()).await?;
    Ok(ok_with_etag(item.version, &item))
}

/// Change an item's problem, measure, owner, due date or sources (secretaries).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read")),
    responses(
        (status = 200, description = "The changed item", body = RectificationItem, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such item (or person, meeting) in your reach"),
        (status = 409, description = "The item is verified"),
        (status = 412, description = "The item changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[patch("/rectification-items/{id}")]
async fn update_item(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: web::Json<UpdateItem>,
) -> Result<HttpResponse> {
    let expected = if_match.required()?;
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
    let today = state.today();
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Write, today).await?;
    if before.status == ItemStatus::Verified {
        return Err(conflict(&before, "changed"));
    }
    if let Some(owner) = body.owner_id {
        require_in_unit(&mut tx, &user, owner, before.org_unit_id, "/owner_id").await?;
    }
    let meeting = body.meeting_id.unwrap_or(before.meeting_id);
    let speech = body.source_speech_id.unwrap_or(before.source_speech_id);
    check_sources(&mut tx, &user, before.org_unit_id, meeting, speech).await?;
    let updated = sqlx::query(
        "update rectification_items set problem = $3, measure = $4, owner_id = $5, due_on = $6,
             meeting_id = $7, source_speech_id = $8, version = version + 1, updated_at = now()
         where id = $1 and ($2::int is null or version = $2)",
    )
    .bind(before.id)
    .bind(expected)
    .bind(problem.unwrap_or_else(|| before.problem.clone()))
    .bind(measure.unwrap_or_else(|| before.measure.clone()))
    .bind(body.owner_id.unwrap_or(before.owner_id))
    .bind(body.due_on.unwrap_or(before.due_on))
    .bind(meeting)
    .bind(speech)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    let after = fetch(&mut tx, before.id, today).await?;
    let event = Event::changed(
        "update",
        "rectification_item",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

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
async fn add_update(
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
    params(crate::routes::list::ListParams),
    responses(
        (status = 200, description = "One page of updates", body = Page<ProgressUpdate>),
        (status = 404, description = "No such item in your reach"),
    )
)]
#[get("/rectification-items/{id}/updates")]
async fn list_updates(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    params: web::Query<crate::routes::list::ListParams>,
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
async fn submit_item(
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
async fn verify_item(
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
async fn return_item(
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
async fn carry_over(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<RectificationItem>>> {
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let items: Vec<RectificationItem> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from rectification_items i
         join meetings m on m.id = $1
         join org_unit_closure c on c.ancestor_id = m.org_unit_id and c.descendant_id = i.org_unit_id
         where i.created_at < m.starts_at
           and (i.verified_at is null or i.verified_at >= m.starts_at)
         order by i.due_on, i.id"
    )))
    .bind(*id)
    .fetch_all(&mut *conn)
    .await?;
    let today = state.today();
    Ok(web::Json(
        items.into_iter().map(|i| i.seen_on(today)).collect(),
    ))
}
