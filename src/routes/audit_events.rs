//! The audit trail, for secretaries, reviewers and admins within their reach.

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::access;
use crate::auth::{AuthUser, Permission};
use crate::error::{AppError, Result};
use crate::routes::list::{Page, PageRequest};
use crate::state::AppState;

pub const TAG: &str = "audit";

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_audit_events);
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000050", "occurred_at": "2026-11-27T08:30:00Z",
    "actor_id": "019a1b2c-0000-7000-8000-000000000010", "action": "update", "entity_type": "meeting",
    "entity_id": "019a1b2c-0000-7000-8000-000000000030", "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "before": {"title": "组织生活会"}, "after": {"title": "2026年度组织生活会"},
    "request_id": "019a1b2c-0000-7000-8000-000000000099"
}))]
pub struct AuditEvent {
    pub id: Uuid,
    pub occurred_at: DateTime<Utc>,
    /// The user who made the change.
    #[schema(required = true)]
    pub actor_id: Option<Uuid>,
    /// `create`, `update`, `delete`, `finalize`, `attendance`, …
    pub action: String,
    /// `meeting`, `speech`, `person`, …
    pub entity_type: String,
    pub entity_id: Uuid,
    #[schema(required = true)]
    pub org_unit_id: Option<Uuid>,
    /// The record before the change (null for a create).
    #[schema(required = true)]
    pub before: Option<Value>,
    /// The record after the change (null for a delete).
    #[schema(required = true)]
    pub after: Option<Value>,
    /// The `X-Request-Id` of the request that made the change.
    #[schema(required = true)]
    pub request_id: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    /// Only events of this unit.
    pub org_unit_id: Option<Uuid>,
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

/// Who changed what, when, before and after — oldest first.
///
/// Secretaries and reviewers see the events of the units they reach in those roles; admins
/// see all, including changes to accounts outside any unit.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(AuditQuery),
    responses(
        (status = 200, description = "One page of events", body = Page<AuditEvent>),
        (status = 403, description = "Members do not read the audit trail"),
        (status = 404, description = "The unit filtered by is out of reach"),
    )
)]
#[get("/audit-events")]
async fn list_audit_events(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<AuditQuery>,
) -> Result<web::Json<Page<AuditEvent>>> {
    let page = PageRequest::new(query.limit, query.cursor.as_deref())?;
    match query.org_unit_id {
        Some(unit) => access::require(&state.pool, &user, unit, Permission::Audit).await?,
        None if user.is_admin => {}
        None => {
            let overseer: bool = sqlx::query_scalar!(
                r#"select exists (select 1 from memberships
                                where user_id = $1 and role in ('secretary', 'reviewer')) as "exists!""#,
                user.id
            )
            .fetch_one(&state.pool)
            .await?;
            if !overseer {
                return Err(AppError::Forbidden(
                    "the audit trail is for secretaries, reviewers and admins".into(),
                ));
            }
        }
    }
    let rows = sqlx::query_as!(
        AuditEvent,
        "select id, occurred_at, actor_id, action, entity_type, entity_id, org_unit_id,
                before, after, request_id
         from audit_events
         where ($2 or org_unit_id in (
                   select * from reachable_org_units($1, array['secretary', 'reviewer'])))
           and ($3::text is null or entity_type = $3)
           and ($4::uuid is null or entity_id = $4)
           and ($5::uuid is null or org_unit_id = $5)
           and ($6::uuid is null or id > $6)
         order by id limit $7",
        user.id,
        user.is_admin,
        query.entity_type.as_deref(),
        query.entity_id,
        query.org_unit_id,
        page.after_id()?,
        page.fetch()
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(page.finish(rows, |e| e.id.to_string())))
}
