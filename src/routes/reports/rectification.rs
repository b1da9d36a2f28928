//! The rectification report: how a unit's items stand.

use actix_web::{get, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::tag::TAG;
use crate::auth::{AuthUser, Permission, access};
use crate::error::Result;
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    /// The unit to report on, with every unit below it.
    pub org_unit_id: Uuid,
}

/// Counts over a set of rectification items.
#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct ItemCounts {
    pub total: i64,
    pub open: i64,
    pub in_progress: i64,
    pub submitted: i64,
    pub verified: i64,
    /// Not verified and due before today.
    pub overdue: i64,
    /// Verified on or before the due date (in the service's time zone).
    pub verified_on_time: i64,
    pub verified_late: i64,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct OwnerCounts {
    pub owner_id: Uuid,
    pub name: String,
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub counts: ItemCounts,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct UnitCounts {
    pub org_unit_id: Uuid,
    pub name: String,
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub counts: ItemCounts,
}

/// The state of rectification in a unit and the units below it.
#[derive(Debug, Serialize, ToSchema)]
pub struct RectificationReport {
    pub org_unit_id: Uuid,
    /// "Today" in the service's time zone, which decides what is overdue.
    pub as_of: NaiveDate,
    #[serde(flatten)]
    pub counts: ItemCounts,
    /// Per owner, by name.
    pub by_owner: Vec<OwnerCounts>,
    /// Per unit directly below, each with everything below it.
    pub by_child_unit: Vec<UnitCounts>,
}

/// The counting columns over items `i`; `$2` is today, `$3` the time zone.
const COUNTS: &str = "count(i.id) as total,
    count(i.id) filter (where i.status = 'open') as open,
    count(i.id) filter (where i.status = 'in_progress') as in_progress,
    count(i.id) filter (where i.status = 'submitted') as submitted,
    count(i.id) filter (where i.status = 'verified') as verified,
    count(i.id) filter (where i.status <> 'verified' and i.due_on < $2) as overdue,
    count(i.id) filter (where i.status = 'verified'
                        and (i.verified_at at time zone $3)::date <= i.due_on) as verified_on_time,
    count(i.id) filter (where i.status = 'verified'
                        and (i.verified_at at time zone $3)::date > i.due_on) as verified_late";

/// Items of `$1`'s subtree.
const SUBTREE_ITEMS: &str = "rectification_items i
    join org_unit_closure c on c.descendant_id = i.org_unit_id and c.ancestor_id = $1";

/// Counts of rectification items by status, overdue, verified on time or late, per owner and
/// per unit directly below.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ReportQuery),
    responses(
        (status = 200, description = "The report", body = RectificationReport),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[get("/reports/rectification")]
pub(super) async fn rectification_report(
    state: web::Data<AppState>,
    user: AuthUser,
    query: web::Query<ReportQuery>,
) -> Result<web::Json<RectificationReport>> {
    let unit = query.org_unit_id;
    let mut conn = state.pool.acquire().await?;
    access::require(&mut *conn, &user, unit, Permission::Read).await?;
    let today = state.today();
    let tz = state.timezone.name();
    let counts: ItemCounts = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select {COUNTS} from {SUBTREE_ITEMS}"
    )))
    .bind(unit)
    .bind(today)
    .bind(tz)
    .fetch_one(&mut *conn)
    .await?;
    let by_owner: Vec<OwnerCounts> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select p.id as owner_id, p.name, {COUNTS}
         from {SUBTREE_ITEMS} join people p on p.id = i.owner_id
         group by p.id, p.name order by p.name, p.id"
    )))
    .bind(unit)
    .bind(today)
    .bind(tz)
    .fetch_all(&mut *conn)
    .await?;
    let by_child_unit: Vec<UnitCounts> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "select child.id as org_unit_id, child.name, {COUNTS}
         from org_units child
         join org_unit_closure below on below.ancestor_id = child.id
         left join rectification_items i on i.org_unit_id = below.descendant_id
         where child.parent_id = $1
         group by child.id, child.name order by child.name, child.id"
    )))
    .bind(unit)
    .bind(today)
    .bind(tz)
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(RectificationReport {
        org_unit_id: unit,
        as_of: today,
        counts,
        by_owner,
        by_child_unit,
    }))
}
