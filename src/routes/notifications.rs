//! The caller's notifications: newest first, the unread count, marking read; and a unit's
//! reminder days.
//!
//! Marking a notification read changes only the caller's own view of it, not a record: it
//! writes no audit event (the notification itself is the trace of the change it reports).

use actix_web::{HttpResponse, get, post, put, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission};
use crate::domain::notification::NotificationKind;
use crate::error::Result;
use crate::routes::list::{Page, PageRequest};
use crate::state::AppState;

pub const TAG: &str = "notifications";

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_notifications)
        .service(unread_count)
        .service(mark_all_read)
        .service(mark_read)
        .service(unit_settings)
        .service(set_unit_settings);
}

crate::text_enum!(
    /// The kind of record a notification is about.
    NotifiedRecord {
        /// `GET /api/v1/rectification-items/{entity_id}`
        RectificationItem = "rectification_item",
        /// `GET /api/v1/meetings/{entity_id}`
        Meeting = "meeting",
        /// `GET /api/v1/committee-terms/{entity_id}`
        CommitteeTerm = "committee_term",
    }
);

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000090", "kind": "item_returned",
    "entity_type": "rectification_item", "entity_id": "019a1b2c-0000-7000-8000-000000000060",
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "message": "您的整改事项被退回：理论学习不够系统深入",
    "note": "学习心得未附原始记录，请补充后重新提交。", "reminder_on": null,
    "created_at": "2026-11-28T08:30:00Z", "read_at": null
}))]
pub struct Notification {
    pub id: Uuid,
    #[sqlx(try_from = "String")]
    pub kind: NotificationKind,
    /// The record it is about: with `entity_id`, what a client links to.
    #[sqlx(try_from = "String")]
    pub entity_type: NotifiedRecord,
    pub entity_id: Uuid,
    /// The unit of the record.
    pub org_unit_id: Uuid,
    /// What happened, in a sentence (Chinese).
    pub message: String,
    /// What the change carried, e.g. why an item was returned.
    #[schema(required = true)]
    pub note: Option<String>,
    /// For a reminder, the day it was made for (in the service's time zone).
    #[schema(required = true)]
    pub reminder_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    /// When the caller marked it read; null while unread.
    #[schema(required = true)]
    pub read_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct NotificationQuery {
    /// `true`: only unread ones; `false`: only read ones.
    pub unread: Option<bool>,
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnreadCount {
    pub unread: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MarkedRead {
    /// How many were unread and are read now.
    pub marked: u64,
}

/// The caller's notifications, newest first.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(NotificationQuery),
    responses(
        (status = 200, description = "One page of notifications, newest first", body = Page<Notification>),
    )
)]
#[get("/me/notifications")]
async fn list_notifications(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<NotificationQuery>,
) -> Result<web::Json<Page<Notification>>> {
    let page = PageRequest::new(query.limit, query.cursor.as_deref())?;
    let rows = sqlx::query_as!(
        Notification,
        r#"select id, kind as "kind: NotificationKind", entity_type as "entity_type: NotifiedRecord",
               entity_id, org_unit_id, message, note, reminder_on, created_at, read_at
           from notifications
           where user_id = $1 and ($2::uuid is null or id < $2)
             and ($3::bool is null or (read_at is null) = $3)
           order by id desc limit $4"#,
        user.id,
        page.after_id()?,
        query.unread,
        page.fetch()
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(page.finish(rows, |n| n.id.to_string())))
}

/// How many of the caller's notifications are unread (the bell's number).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses((status = 200, description = "The unread count", body = UnreadCount))
)]
#[get("/me/notifications/unread-count")]
async fn unread_count(
    state: web::Data<AppState>,
    user: AuthUser,
) -> Result<web::Json<UnreadCount>> {
    let unread = sqlx::query_scalar!(
        r#"select count(*) as "n!" from notifications where user_id = $1 and read_at is null"#,
        user.id
    )
    .fetch_one(&state.pool)
    .await?;
    Ok(web::Json(UnreadCount { unread }))
}

/// Mark one of the caller's notifications read (again: no change).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The notification, read", body = Notification),
        (status = 404, description = "No such notification of yours"),
    )
)]
#[post("/me/notifications/{id}/read")]
async fn mark_read(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Notification>> {
    // Someone else's notification is as absent as a missing one.
    let notification = sqlx::query_as!(
        Notification,
        r#"update notifications set read_at = coalesce(read_at, now())
           where id = $1 and user_id = $2
           returning id, kind as "kind: NotificationKind",
               entity_type as "entity_type: NotifiedRecord", entity_id, org_unit_id, message,
               note, reminder_on, created_at, read_at"#,
        *id,
        user.id
    )
    .fetch_optional(&state.pool)
    .await?
    .ok_or_else(access::not_found)?;
    Ok(web::Json(notification))
}

/// Mark every unread notification of the caller read.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses((status = 200, description = "How many were marked", body = MarkedRead))
)]
#[post("/me/notifications/read-all")]
async fn mark_all_read(state: web::Data<AppState>, user: AuthUser) -> Result<HttpResponse> {
    let marked = sqlx::query!(
        "update notifications set read_at = now() where user_id = $1 and read_at is null",
        user.id
    )
    .execute(&state.pool)
    .await?
    .rows_affected();
    Ok(HttpResponse::Ok().json(MarkedRead { marked }))
}

/// The days a unit may choose: reminded 2 to 60 days ahead, escalated after 1 to 365.
pub const DUE_SOON_DAYS: std::ops::RangeInclusive<i32> = 2..=60;
pub const ESCALATE_AFTER_DAYS: std::ops::RangeInclusive<i32> = 1..=365;

/// A unit's own reminder days; null takes the service's default.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct UnitNotificationSettings {
    pub org_unit_id: Uuid,
    /// Days before its due date an item's owner is first reminded (then the day before);
    /// null: 7.
    #[schema(required = true)]
    pub due_soon_days: Option<i32>,
    /// Days past its due date an unverified item escalates to the unit's secretaries and the
    /// reviewers above; null: `MINUTEBOOK_ESCALATE_AFTER_DAYS` (7).
    #[schema(required = true)]
    pub escalate_after_days: Option<i32>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"due_soon_days": 10, "escalate_after_days": null}))]
pub struct NewUnitNotificationSettings {
    /// 2 to 60; null or absent: the default.
    #[schema(minimum = 2, maximum = 60)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub due_soon_days: Option<i32>,
    /// 1 to 365; null or absent: the default.
    #[schema(minimum = 1, maximum = 365)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub escalate_after_days: Option<i32>,
}

async fn settings_of(
    conn: &mut sqlx::PgConnection,
    unit: Uuid,
) -> Result<UnitNotificationSettings> {
    let row = sqlx::query_as!(
        UnitNotificationSettings,
        "select org_unit_id, due_soon_days, escalate_after_days
         from unit_notification_settings where org_unit_id = $1",
        unit
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.unwrap_or(UnitNotificationSettings {
        org_unit_id: unit,
        due_soon_days: None,
        escalate_after_days: None,
    }))
}

/// A unit's reminder days (anyone who reads the unit).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The unit's days", body = UnitNotificationSettings),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[get("/org-units/{id}/notification-settings")]
async fn unit_settings(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<UnitNotificationSettings>> {
    let mut conn = state.pool.acquire().await?;
    access::require(&mut *conn, &user, *id, Permission::Read).await?;
    Ok(web::Json(settings_of(&mut conn, *id).await?))
}

/// Set a unit's reminder days (its secretaries).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The unit's days", body = UnitNotificationSettings),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[put("/org-units/{id}/notification-settings")]
async fn set_unit_settings(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: crate::edge::Json<NewUnitNotificationSettings>,
) -> Result<web::Json<UnitNotificationSettings>> {
    let within = |field: &str, value: Option<i32>, days: std::ops::RangeInclusive<i32>| match value
    {
        Some(v) if !days.contains(&v) => Err(crate::error::AppError::invalid(
            field,
            format!("must be from {} to {}", days.start(), days.end()),
        )),
        _ => Ok(()),
    };
    within("/due_soon_days", body.due_soon_days, DUE_SOON_DAYS)?;
    within(
        "/escalate_after_days",
        body.escalate_after_days,
        ESCALATE_AFTER_DAYS,
    )?;
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, *id, Permission::Write).await?;
    let before = settings_of(&mut tx, *id).await?;
    let after = sqlx::query_as!(
        UnitNotificationSettings,
        "insert into unit_notification_settings (org_unit_id, due_soon_days, escalate_after_days)
         values ($1, $2, $3)
         on conflict (org_unit_id) do update set due_soon_days = $2, escalate_after_days = $3,
             version = unit_notification_settings.version + 1, updated_at = now()
         returning org_unit_id, due_soon_days, escalate_after_days",
        *id,
        body.due_soon_days,
        body.escalate_after_days
    )
    .fetch_one(&mut *tx)
    .await?;
    let event = Event::changed(
        "update",
        "unit_notification_settings",
        *id,
        Some(*id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(web::Json(after))
}
