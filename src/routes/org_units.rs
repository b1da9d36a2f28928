//! The organisation tree: committees (党委), branches (支部) and groups (党小组), any depth.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access::{self};
use crate::auth::{AuthUser, Permission};
use crate::domain::OrgUnitKind;
use crate::domain::required_text;
use crate::edge::Json;
use crate::edge::present;
use crate::error::{AppError, Result};
use crate::routes::list::{ListParams, Page};
use crate::state::AppState;

pub const TAG: &str = "org-units";
pub const MAX_NAME_CHARS: usize = 200;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(create_org_unit)
        .service(list_org_units)
        .service(get_org_unit)
        .service(update_org_unit);
}

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000001",
    "parent_id": "019a1b2c-0000-7000-8000-000000000000",
    "name": "第一党支部",
    "kind": "branch",
    "established_on": "1998-07-01",
    "created_at": "2026-11-27T08:30:00Z",
    "updated_at": "2026-11-27T08:30:00Z"
}))]
pub struct OrgUnit {
    pub id: Uuid,
    /// The unit above; null for a top-level unit.
    #[schema(required = true)]
    pub parent_id: Option<Uuid>,
    pub name: String,
    #[sqlx(try_from = "String")]
    pub kind: OrgUnitKind,
    /// When the unit came to exist, if it was entered later; the compliance report counts its
    /// periods from this day, else from `created_at`.
    #[schema(required = true)]
    pub established_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "市政府办机关第二党支部", "kind": "branch", "parent_id": "019a1b2c-0000-7000-8000-000000000000", "established_on": "1998-07-01"}))]
pub struct CreateOrgUnit {
    /// One line of 1 to 200 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub name: String,
    pub kind: OrgUnitKind,
    /// The unit above; omit for a top-level unit (admins only).
    pub parent_id: Option<Uuid>,
    /// When the unit came to exist (not in the future); omit when it is being founded now.
    pub established_on: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "市政府办机关第一党支部"}))]
pub struct UpdateOrgUnit {
    /// One line of 1 to 200 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub name: Option<String>,
    pub kind: Option<OrgUnitKind>,
    /// Move the unit under another one; null makes it top-level (admins only).
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<Option<Uuid>>,
    /// When the unit came to exist (not in the future); null clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<NaiveDate>)]
    pub established_on: Option<Option<NaiveDate>>,
}

/// A founding date is a fact of the past: "today" is the service's.
fn established_on(state: &AppState, date: Option<NaiveDate>) -> Result<Option<NaiveDate>> {
    let today = state.today();
    match date {
        Some(date) if date > today => Err(AppError::invalid(
            "/established_on",
            format!("must not be in the future (today is {today})"),
        )),
        date => Ok(date),
    }
}

async fn fetch(conn: &mut PgConnection, id: Uuid) -> Result<OrgUnit> {
    sqlx::query_as!(
        OrgUnit,
        r#"select id, parent_id, name, kind as "kind: OrgUnitKind", established_on, created_at, updated_at
           from org_units where id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

/// Create a unit.
///
/// Admins create anywhere; a secretary creates units below the units it keeps.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created", body = OrgUnit,
            headers(("Location" = String, description = "The new unit"))),
        (status = 403, description = "Not a secretary of the parent, or a top-level unit by a non-admin"),
        (status = 404, description = "The parent does not exist or is out of reach"),
        (status = 409, description = "A sibling has the same name"),
    )
)]
#[post("/org-units")]
async fn create_org_unit(
    state: web::Data<AppState>,
    user: AuthUser,
    body: Json<CreateOrgUnit>,
) -> Result<HttpResponse> {
    let name = required_text("/name", &body.name, MAX_NAME_CHARS)?;
    let established = established_on(&state, body.established_on)?;
    let mut tx = state.pool.begin().await?;
    match body.parent_id {
        Some(parent) => access::require(&mut *tx, &user, parent, Permission::Write).await?,
        None if user.is_admin => {}
        None => {
            return Err(AppError::Forbidden(
                "only admins create top-level units".into(),
            ));
        }
    }
    let unit = sqlx::query_as!(
        OrgUnit,
        r#"insert into org_units (id, parent_id, name, kind, established_on) values ($1, $2, $3, $4, $5)
           returning id, parent_id, name, kind as "kind: OrgUnitKind", established_on, created_at, updated_at"#,
        Uuid::now_v7(),
        body.parent_id,
        &name,
        body.kind.as_str(),
        established
    )
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        &user,
        Event::created("org_unit", unit.id, Some(unit.id), &unit)?,
    )
    .await?;
    tx.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/org-units/{}", unit.id)))
        .json(unit))
}

/// The units in the caller's reach, in creation order.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ListParams),
    responses((status = 200, description = "One page of units", body = Page<OrgUnit>))
)]
#[get("/org-units")]
async fn list_org_units(
    state: web::Data<AppState>,
    user: AuthUser,
    params: crate::edge::Query<ListParams>,
) -> Result<web::Json<Page<OrgUnit>>> {
    let page = params.page()?;
    // The units in reach (`access::REACHABLE_UNITS`, written out: the macro takes a literal).
    let rows = sqlx::query_as!(
        OrgUnit,
        r#"select id, parent_id, name, kind as "kind: OrgUnitKind", established_on, created_at, updated_at
           from org_units
           where id in (select id from org_units where $2 union select * from reachable_org_units($1))
             and ($3::uuid is null or id > $3)
           order by id limit $4"#,
        user.id,
        user.is_admin,
        page.after_id()?,
        page.fetch()
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(page.finish(rows, |u| u.id.to_string())))
}

/// One unit.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The unit", body = OrgUnit),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[get("/org-units/{id}")]
async fn get_org_unit(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<OrgUnit>> {
    let mut conn = state.pool.acquire().await?;
    access::require(&mut *conn, &user, *id, Permission::Read).await?;
    Ok(web::Json(fetch(&mut conn, *id).await?))
}

/// Rename a unit, change its kind or founding date, or move it.
///
/// Moving needs write access at both the old and the new parent, so nobody detaches a unit
/// from the organisation above them; a unit cannot move below itself.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The changed unit", body = OrgUnit),
        (status = 403, description = "Not a secretary here (or at the old or new parent)"),
        (status = 404, description = "No such unit (or new parent) in your reach"),
        (status = 409, description = "A sibling has the same name"),
        (status = 422, description = "Invalid fields, or a move below itself"),
    )
)]
#[patch("/org-units/{id}")]
async fn update_org_unit(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: Json<UpdateOrgUnit>,
) -> Result<web::Json<OrgUnit>> {
    let id = id.into_inner();
    let name = body
        .name
        .as_deref()
        .map(|n| required_text("/name", n, MAX_NAME_CHARS))
        .transpose()?;
    let established = body
        .established_on
        .map(|date| established_on(&state, date))
        .transpose()?;
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, id, Permission::Write).await?;
    let current = fetch(&mut tx, id).await?;
    let parent_id = match body.parent_id {
        Some(new_parent) if new_parent != current.parent_id => {
            // Moves are rare; serialising them keeps two racing moves from making a cycle.
            sqlx::query!("lock table org_units in share row exclusive mode")
                .execute(&mut *tx)
                .await?;
            for side in [current.parent_id, new_parent] {
                match side {
                    Some(parent) => {
                        access::require(&mut *tx, &user, parent, Permission::Write).await?
                    }
                    None if user.is_admin => {}
                    None => {
                        return Err(AppError::Forbidden(
                            "only admins move units to or from the top level".into(),
                        ));
                    }
                }
            }
            if let Some(parent) = new_parent {
                let below_itself: bool = sqlx::query_scalar!(
                    r#"select exists (select 1 from org_unit_closure
                                    where ancestor_id = $1 and descendant_id = $2) as "exists!""#,
                    id,
                    parent
                )
                .fetch_one(&mut *tx)
                .await?;
                if below_itself {
                    return Err(AppError::invalid(
                        "/parent_id",
                        "a unit cannot move below itself",
                    ));
                }
            }
            new_parent
        }
        _ => current.parent_id,
    };
    let unit = sqlx::query_as!(
        OrgUnit,
        r#"update org_units set name = $2, kind = $3, parent_id = $4, established_on = $5,
               updated_at = now()
           where id = $1
           returning id, parent_id, name, kind as "kind: OrgUnitKind", established_on, created_at, updated_at"#,
        id,
        name.unwrap_or_else(|| current.name.clone()),
        body.kind.unwrap_or(current.kind).as_str(),
        parent_id,
        established.unwrap_or(current.established_on)
    )
    .fetch_one(&mut *tx)
    .await?;
    let event = Event::changed(
        "update",
        "org_unit",
        unit.id,
        Some(unit.id),
        &current,
        &unit,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(web::Json(unit))
}
