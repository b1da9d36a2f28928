//! A unit's webhooks — its 企业微信, 钉钉 or 飞书 group robot, or any receiver of signed JSON —
//! kept by its secretaries, with a test message and the log of what was delivered.
//!
//! The secret is write-only, and the address is shown with its tokens cut (the robots' keys
//! are in their URLs): neither leaves the service once saved.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission};
use crate::domain::required_text;
use crate::edge::{Json, present};
use crate::error::{AppError, Result};
use crate::notify::dispatch;
use crate::routes::list::{ListParams, Page};
use crate::state::AppState;
use crate::webhook::target;

pub const TAG: &str = "notifications";
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_URL_CHARS: usize = 2048;
pub const MAX_SECRET_CHARS: usize = 200;
/// A generic webhook's secret is an HMAC key: long enough not to be guessed.
pub const MIN_GENERIC_SECRET_CHARS: usize = 16;
/// Webhooks one unit may have.
pub const MAX_WEBHOOKS_PER_UNIT: i64 = 10;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_webhooks)
        .service(create_webhook)
        .service(get_webhook)
        .service(update_webhook)
        .service(delete_webhook)
        .service(test_webhook)
        .service(list_deliveries);
}

crate::text_enum!(
    /// Which platform receives a webhook's messages.
    WebhookKind {
        /// JSON (`event`, `title`, `text`, `link`, `record`, `sent_at`), signed: header
        /// `X-Minutebook-Signature: sha256=<hex HMAC-SHA256 of "{X-Minutebook-Timestamp}.{body}">`.
        Generic = "generic",
        /// 企业微信 group robot (`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`), Markdown.
        Wecom = "wecom",
        /// 钉钉 custom robot (`https://oapi.dingtalk.com/robot/send?access_token=…`), Markdown;
        /// with a secret, the URL is signed (加签).
        Dingtalk = "dingtalk",
        /// 飞书 custom bot (`https://open.feishu.cn/open-apis/bot/v2/hook/…`), rich text; with a
        /// secret, the body is signed.
        Feishu = "feishu",
    }
);

crate::text_enum!(
    /// Where a delivery stands.
    DeliveryStatus {
        /// Waiting for its (next) attempt at `next_attempt_at`.
        Pending = "pending",
        Delivered = "delivered",
        /// Refused for good, or still failing 24 hours after it was written.
        Failed = "failed",
        /// Not sent: its webhook was disabled before its turn.
        Skipped = "skipped",
    }
);

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-0000000000a0",
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "name": "支部企业微信群", "kind": "wecom",
    "url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…",
    "has_secret": false, "enabled": true,
    "created_at": "2026-11-30T08:00:00Z", "updated_at": "2026-11-30T08:00:00Z"
}))]
pub struct Webhook {
    pub id: Uuid,
    pub org_unit_id: Uuid,
    pub name: String,
    pub kind: WebhookKind,
    /// The address with its tokens cut: query values and long path segments end in `…`.
    pub url: String,
    /// Whether a secret is set (the secret itself is never sent back).
    pub has_secret: bool,
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

struct Row {
    id: Uuid,
    org_unit_id: Uuid,
    name: String,
    kind: WebhookKind,
    url: String,
    secret: Option<String>,
    enabled: bool,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<Row> for Webhook {
    fn from(row: Row) -> Webhook {
        Webhook {
            id: row.id,
            org_unit_id: row.org_unit_id,
            name: row.name,
            kind: row.kind,
            url: redact(&row.url),
            has_secret: row.secret.is_some(),
            enabled: row.enabled,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "name": "支部企业微信群", "kind": "wecom",
    "url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"
}))]
pub struct NewWebhook {
    /// One line of 1 to 100 characters.
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub name: String,
    pub kind: WebhookKind,
    /// An http(s) address without user info; by default not one resolving to this machine,
    /// a private network, link-local space or a metadata service.
    #[schema(min_length = 1, max_length = 2048)]
    pub url: String,
    /// Signs the messages: required for `generic` (16 or more characters), optional for
    /// `dingtalk` (its 加签 secret, `SEC…`) and `feishu`, unused by `wecom`. Write-only.
    #[schema(min_length = 1, max_length = 200)]
    pub secret: Option<String>,
    /// Default true.
    pub enabled: Option<bool>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"enabled": false}))]
pub struct WebhookChange {
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub name: Option<String>,
    #[schema(min_length = 1, max_length = 2048)]
    pub url: Option<String>,
    /// A new secret; null removes it (not allowed for `generic`).
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, min_length = 1, max_length = 200)]
    pub secret: Option<Option<String>>,
    pub enabled: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-0000000000b0", "event": "item_due_soon",
    "entity_type": "rectification_item", "entity_id": "019a1b2c-0000-7000-8000-000000000060",
    "title": "整改事项即将到期", "status": "delivered", "attempts": 1,
    "next_attempt_at": null, "last_attempt_at": "2026-11-30T01:00:02Z", "last_status": 200,
    "last_error": null, "response_excerpt": "{\"errcode\":0,\"errmsg\":\"ok\"}",
    "created_at": "2026-11-30T01:00:00Z", "delivered_at": "2026-11-30T01:00:02Z"
}))]
pub struct Delivery {
    pub id: Uuid,
    /// The notification kind it carries, or `test`.
    pub event: String,
    #[schema(required = true)]
    pub entity_type: Option<String>,
    #[schema(required = true)]
    pub entity_id: Option<Uuid>,
    pub title: String,
    #[sqlx(try_from = "String")]
    pub status: DeliveryStatus,
    /// Attempts made so far.
    pub attempts: i32,
    /// When a pending delivery is tried next; null otherwise.
    #[schema(required = true)]
    pub next_attempt_at: Option<DateTime<Utc>>,
    #[schema(required = true)]
    pub last_attempt_at: Option<DateTime<Utc>>,
    /// The receiver's HTTP status at the last attempt.
    #[schema(required = true)]
    pub last_status: Option<i32>,
    #[schema(required = true)]
    pub last_error: Option<String>,
    /// The start of the receiver's answer (at most 500 characters).
    #[schema(required = true)]
    pub response_excerpt: Option<String>,
    pub created_at: DateTime<Utc>,
    #[schema(required = true)]
    pub delivered_at: Option<DateTime<Utc>>,
}

/// The address with its tokens cut: every query value, and any path segment of 16 or more
/// characters (Feishu's hook id), keep their first four characters.
fn redact(raw: &str) -> String {
    let Ok(mut url) = url::Url::parse(raw) else {
        return "…".into();
    };
    let cut = |s: &str| format!("{}…", s.chars().take(4).collect::<String>());
    let segments: Vec<String> = url
        .path_segments()
        .map(|s| {
            s.map(|seg| {
                if seg.len() >= 16 {
                    cut(seg)
                } else {
                    seg.to_owned()
                }
            })
            .collect()
        })
        .unwrap_or_default();
    url.set_path(&segments.join("/"));
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            (
                k.into_owned(),
                if v.is_empty() { String::new() } else { cut(&v) },
            )
        })
        .collect();
    if !pairs.is_empty() {
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    // Shown as people read it: the ellipsis unescaped.
    url.to_string().replace("%E2%80%A6", "…")
}

/// `raw` as a webhook address, checked where it resolves now.
async fn checked_url(state: &AppState, raw: &str) -> Result<String> {
    if raw.chars().count() > MAX_URL_CHARS {
        return Err(AppError::invalid(
            "/url",
            format!("must be at most {MAX_URL_CHARS} characters"),
        ));
    }
    let url = target::parse(raw).map_err(|why| AppError::invalid("/url", why))?;
    // A name that does not resolve now is taken: where it points is checked at each sending.
    match target::resolve(&url, state.dispatcher.allow_private).await {
        Err(target::Unreachable::Refused(why)) => return Err(AppError::invalid("/url", why)),
        Ok(_) | Err(target::Unreachable::Unresolved(_)) => {}
    }
    Ok(url.to_string())
}

fn checked_secret(kind: WebhookKind, secret: Option<&str>) -> Result<Option<String>> {
    let secret = secret.map(str::trim);
    match secret {
        Some("") => Err(AppError::invalid(
            "/secret",
            "must not be empty; leave it out for no secret",
        )),
        None if kind == WebhookKind::Generic => Err(AppError::invalid(
            "/secret",
            format!(
                "a generic webhook signs its messages: give a secret of {MIN_GENERIC_SECRET_CHARS} to {MAX_SECRET_CHARS} characters"
            ),
        )),
        Some(s) if s.chars().count() > MAX_SECRET_CHARS => Err(AppError::invalid(
            "/secret",
            format!("must be at most {MAX_SECRET_CHARS} characters"),
        )),
        Some(s) if kind == WebhookKind::Generic && s.chars().count() < MIN_GENERIC_SECRET_CHARS => {
            Err(AppError::invalid(
                "/secret",
                format!("must be at least {MIN_GENERIC_SECRET_CHARS} characters"),
            ))
        }
        Some(s) if s.chars().any(char::is_control) => Err(AppError::invalid(
            "/secret",
            "must not contain control characters",
        )),
        other => Ok(other.map(str::to_owned)),
    }
}

async fn fetch(conn: &mut PgConnection, id: Uuid) -> Result<Row> {
    sqlx::query_as!(
        Row,
        r#"select id, org_unit_id, name, kind as "kind: WebhookKind", url, secret, enabled, created_at, updated_at
         from webhooks where id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

/// The webhook `id`, if the caller keeps its unit (a secretary there or above).
async fn require(conn: &mut PgConnection, user: &AuthUser, id: Uuid) -> Result<Row> {
    let row = fetch(&mut *conn, id).await?;
    access::require(&mut *conn, user, row.org_unit_id, Permission::Write).await?;
    Ok(row)
}

/// A unit's webhooks (its secretaries).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The unit's webhooks, oldest first", body = Vec<Webhook>),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[get("/org-units/{id}/webhooks")]
async fn list_webhooks(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<Webhook>>> {
    let mut conn = state.pool.acquire().await?;
    access::require(&mut *conn, &user, *id, Permission::Write).await?;
    let rows = sqlx::query_as!(
        Row,
        r#"select id, org_unit_id, name, kind as "kind: WebhookKind", url, secret, enabled, created_at, updated_at
         from webhooks where org_unit_id = $1 order by id"#,
        *id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(rows.into_iter().map(Webhook::from).collect()))
}

/// Add a webhook to a unit (its secretaries): from then on every notification about the
/// unit's meetings and rectification items is also sent there, once per event.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Added", body = Webhook,
            headers(("Location" = String, description = "The new webhook"))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such unit in your reach"),
        (status = 409, description = "The unit has its 10 webhooks already"),
        (status = 422, description = "Invalid fields, or an address that may not be called"),
    )
)]
#[post("/org-units/{id}/webhooks")]
async fn create_webhook(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: Json<NewWebhook>,
) -> Result<HttpResponse> {
    let name = required_text("/name", &body.name, MAX_NAME_CHARS)?;
    let secret = checked_secret(body.kind, body.secret.as_deref())?;
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, *id, Permission::Write).await?;
    // Only after the reach check: an outsider learns nothing from how an address resolves.
    let url = checked_url(&state, &body.url).await?;
    // Counted under a lock on the unit, so two adds cannot both take the last place.
    sqlx::query!("select id from org_units where id = $1 for update", *id)
        .fetch_one(&mut *tx)
        .await?;
    let count = sqlx::query_scalar!(
        r#"select count(*) as "count!" from webhooks where org_unit_id = $1"#,
        *id
    )
    .fetch_one(&mut *tx)
    .await?;
    if count >= MAX_WEBHOOKS_PER_UNIT {
        return Err(AppError::Conflict(format!(
            "a unit has at most {MAX_WEBHOOKS_PER_UNIT} webhooks; delete one first"
        )));
    }
    let row = sqlx::query_as!(
        Row,
        r#"insert into webhooks (id, org_unit_id, name, kind, url, secret, enabled)
         values ($1, $2, $3, $4, $5, $6, $7)
         returning id, org_unit_id, name, kind as "kind: WebhookKind", url, secret, enabled, created_at, updated_at"#,
        Uuid::now_v7(),
        *id,
        name,
        body.kind.as_str(),
        url,
        secret,
        body.enabled.unwrap_or(true)
    )
    .fetch_one(&mut *tx)
    .await?;
    let hook = Webhook::from(row);
    audit::record(
        &mut tx,
        &user,
        Event::created("webhook", hook.id, Some(hook.org_unit_id), &hook)?,
    )
    .await?;
    tx.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/webhooks/{}", hook.id)))
        .json(hook))
}

/// One webhook (the secretaries of its unit).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The webhook", body = Webhook),
        (status = 403, description = "Not a secretary of its unit"),
        (status = 404, description = "No such webhook in your reach"),
    )
)]
#[get("/webhooks/{id}")]
async fn get_webhook(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Webhook>> {
    let mut conn = state.pool.acquire().await?;
    let row = require(&mut conn, &user, *id).await?;
    Ok(web::Json(Webhook::from(row)))
}

/// Rename a webhook, change its address or secret, or turn it off and on. Deliveries waiting
/// for a disabled webhook are skipped when their turn comes.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The changed webhook", body = Webhook),
        (status = 403, description = "Not a secretary of its unit"),
        (status = 404, description = "No such webhook in your reach"),
        (status = 422, description = "Invalid fields, or an address that may not be called"),
    )
)]
#[patch("/webhooks/{id}")]
async fn update_webhook(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: Json<WebhookChange>,
) -> Result<web::Json<Webhook>> {
    let name = body
        .name
        .as_deref()
        .map(|n| required_text("/name", n, MAX_NAME_CHARS))
        .transpose()?;
    let mut tx = state.pool.begin().await?;
    let current = require(&mut tx, &user, *id).await?;
    sqlx::query!("select id from webhooks where id = $1 for update", *id)
        .fetch_one(&mut *tx)
        .await?;
    let current = fetch(&mut tx, current.id).await?;
    let kind = current.kind;
    let secret = match &body.secret {
        None => current.secret.clone(),
        Some(new) => checked_secret(kind, new.as_deref())?,
    };
    let url = match &body.url {
        Some(raw) => checked_url(&state, raw).await?,
        None => current.url.clone(),
    };
    let row = sqlx::query_as!(
        Row,
        r#"update webhooks set name = $2, url = $3, secret = $4, enabled = $5,
             version = version + 1, updated_at = now()
         where id = $1
         returning id, org_unit_id, name, kind as "kind: WebhookKind", url, secret, enabled, created_at, updated_at"#,
        current.id,
        name.unwrap_or_else(|| current.name.clone()),
        url,
        secret,
        body.enabled.unwrap_or(current.enabled)
    )
    .fetch_one(&mut *tx)
    .await?;
    let before = Webhook::from(current);
    let after = Webhook::from(row);
    let event = Event::changed(
        "update",
        "webhook",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(web::Json(after))
}

/// Remove a webhook, with its delivery log and what it still had to send.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "Not a secretary of its unit"),
        (status = 404, description = "No such webhook in your reach"),
    )
)]
#[delete("/webhooks/{id}")]
async fn delete_webhook(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut tx = state.pool.begin().await?;
    let row = require(&mut tx, &user, *id).await?;
    sqlx::query!("delete from webhooks where id = $1", row.id)
        .execute(&mut *tx)
        .await?;
    let hook = Webhook::from(row);
    audit::record(
        &mut tx,
        &user,
        Event::deleted("webhook", hook.id, Some(hook.org_unit_id), &hook)?,
    )
    .await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Send a test message now and answer how it went (it is tried once, and logged with the
/// webhook's deliveries).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The test delivery: `delivered`, or `failed` with the reason", body = Delivery),
        (status = 403, description = "Not a secretary of its unit"),
        (status = 404, description = "No such webhook in your reach"),
        (status = 409, description = "The webhook is disabled"),
        (status = 503, description = "Too many test messages are being sent at once"),
    )
)]
#[post("/webhooks/{id}/test")]
async fn test_webhook(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Delivery>> {
    let mut tx = state.pool.begin().await?;
    let row = require(&mut tx, &user, *id).await?;
    let Ok(_turn) = state.dispatcher.test_turns.try_acquire() else {
        return Err(AppError::Unavailable(
            "too many test messages are being sent; try again in a moment".into(),
        ));
    };
    if !row.enabled {
        return Err(AppError::Conflict(
            "the webhook is disabled; enable it to test it".into(),
        ));
    }
    let unit: String =
        sqlx::query_scalar!("select name from org_units where id = $1", row.org_unit_id)
            .fetch_one(&mut *tx)
            .await?;
    let delivery = Uuid::now_v7();
    // Due only after a lease, so that no dispatcher takes it from this request; should the
    // instance die before sending, a dispatcher sends it then.
    sqlx::query!(
        "insert into deliveries (id, channel, webhook_id, org_unit_id, event, title, body,
                                 next_attempt_at)
         values ($1, 'webhook', $2, $3, 'test', $4, $5, now() + make_interval(secs => $6))",
        delivery,
        row.id,
        row.org_unit_id,
        "测试消息",
        format!("这是来自「{unit}」会议记录系统的测试消息，收到即表示配置正确。"),
        state.dispatcher.lease().as_secs_f64()
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    let dispatcher = &state.dispatcher;
    let claimed = dispatch::claim(&state.pool, 1, dispatcher.lease(), Some(delivery)).await?;
    for claimed in &claimed {
        dispatcher.deliver(&state.pool, claimed, false).await?;
    }
    Ok(web::Json(fetch_delivery(&state, delivery).await?))
}

async fn fetch_delivery(state: &AppState, id: Uuid) -> Result<Delivery> {
    Ok(sqlx::query_as!(
        Delivery,
        r#"select id, event, entity_type, entity_id, title, status as "status: DeliveryStatus",
               attempts, case when status = 'pending' then next_attempt_at end as next_attempt_at,
               last_attempt_at, last_status, last_error, response_excerpt, created_at,
               delivered_at
           from deliveries where id = $1"#,
        id
    )
    .fetch_one(&state.pool)
    .await?)
}

/// A webhook's delivery log, newest first.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "One page of deliveries, newest first", body = Page<Delivery>),
        (status = 403, description = "Not a secretary of its unit"),
        (status = 404, description = "No such webhook in your reach"),
    )
)]
#[get("/webhooks/{id}/deliveries")]
async fn list_deliveries(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    params: crate::edge::Query<ListParams>,
) -> Result<web::Json<Page<Delivery>>> {
    let page = params.page()?;
    let mut conn = state.pool.acquire().await?;
    let row = require(&mut conn, &user, *id).await?;
    let rows = sqlx::query_as!(
        Delivery,
        r#"select id, event, entity_type, entity_id, title, status as "status: DeliveryStatus",
               attempts, case when status = 'pending' then next_attempt_at end as next_attempt_at,
               last_attempt_at, last_status, last_error, response_excerpt, created_at,
               delivered_at
           from deliveries
           where webhook_id = $1 and ($2::uuid is null or id < $2)
           order by id desc limit $3"#,
        row.id,
        page.after_id()?,
        page.fetch()
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(page.finish(rows, |d| d.id.to_string())))
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn tokens_in_addresses_are_cut() {
        assert_eq!(
            redact("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0"),
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…"
        );
        assert_eq!(
            redact(
                "https://open.feishu.cn/open-apis/bot/v2/hook/2a6d0f3e-94a1-4c5b-8e0f-123456789abc"
            ),
            "https://open.feishu.cn/open-apis/bot/v2/hook/2a6d…"
        );
        assert_eq!(
            redact("http://hooks.example.cn:8080/mb"),
            "http://hooks.example.cn:8080/mb"
        );
    }
}
