//! The rectification report: how a unit's items stand.

use std::collections::HashMap;

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
#[derive(Debug, Default, Serialize, ToSchema)]
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

#[derive(Debug, Serialize, ToSchema)]
pub struct OwnerCounts {
    pub owner_id: Uuid,
    pub name: String,
    #[serde(flatten)]
    pub counts: ItemCounts,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnitCounts {
    pub org_unit_id: Uuid,
    pub name: String,
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
    query: crate::edge::Query<ReportQuery>,
) -> Result<web::Json<RectificationReport>> {
    let unit = query.org_unit_id;
    let mut conn = state.reads().await?;
    access::require(&mut *conn, &user, unit, Permission::Read).await?;
    let today = state.today();
    let tz = state.timezone.name();
    // One pass over the subtree's items, counted three ways at once: all of them, per owner,
    // and per unit directly below (`child`, null for items of the unit itself).
    let groups = sqlx::query!(
        r#"select grouping(i.owner_id) = 0 as "per_owner!",
                  grouping(child.id) = 0 as "per_child!",
                  i.owner_id as "owner_id?", p.name as "owner_name?", child.id as "child_id?",
                  count(i.id) as "total!",
                  count(i.id) filter (where i.status = 'open') as "open!",
                  count(i.id) filter (where i.status = 'in_progress') as "in_progress!",
                  count(i.id) filter (where i.status = 'submitted') as "submitted!",
                  count(i.id) filter (where i.status = 'verified') as "verified!",
                  count(i.id) filter (where i.status <> 'verified'
                                      and i.due_on < $2) as "overdue!",
                  count(i.id) filter (where i.status = 'verified'
                                      and (i.verified_at at time zone $3)::date <= i.due_on)
                      as "verified_on_time!",
                  count(i.id) filter (where i.status = 'verified'
                                      and (i.verified_at at time zone $3)::date > i.due_on)
                      as "verified_late!"
           from rectification_items i
           join org_unit_closure c on c.descendant_id = i.org_unit_id and c.ancestor_id = $1
           join people p on p.id = i.owner_id
           left join (org_unit_closure below
                      join org_units child on child.id = below.ancestor_id
                                          and child.parent_id = $1)
                  on below.descendant_id = i.org_unit_id
           group by grouping sets ((), (i.owner_id, p.name), (child.id))
           order by p.name, i.owner_id"#,
        unit,
        today,
        tz,
    )
    .fetch_all(&mut *conn)
    .await?;
    let children = sqlx::query!(
        "select id, name from org_units where parent_id = $1 order by name, id",
        unit
    )
    .fetch_all(&mut *conn)
    .await?;

    let mut counts = ItemCounts::default();
    let mut by_owner = Vec::new();
    let mut per_child = HashMap::new();
    for g in groups {
        let c = ItemCounts {
            total: g.total,
            open: g.open,
            in_progress: g.in_progress,
            submitted: g.submitted,
            verified: g.verified,
            overdue: g.overdue,
            verified_on_time: g.verified_on_time,
            verified_late: g.verified_late,
        };
        match (
            g.per_owner,
            g.per_child,
            g.owner_id,
            g.owner_name,
            g.child_id,
        ) {
            (true, _, Some(owner_id), Some(name), _) => by_owner.push(OwnerCounts {
                owner_id,
                name,
                counts: c,
            }),
            (_, true, _, _, Some(child)) => {
                per_child.insert(child, c);
            }
            (false, false, ..) => counts = c,
            // Items of the unit itself, which no child holds.
            _ => {}
        }
    }
    let by_child_unit = children
        .into_iter()
        .map(|child| UnitCounts {
            counts: per_child.remove(&child.id).unwrap_or_default(),
            org_unit_id: child.id,
            name: child.name,
        })
        .collect();
    Ok(web::Json(RectificationReport {
        org_unit_id: unit,
        as_of: today,
        counts,
        by_owner,
        by_child_unit,
    }))
}
