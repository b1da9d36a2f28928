//! Memberships: who holds which role in a unit.

use actix_web::{HttpResponse, delete, get, put, web};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission, Role, refresh};
use crate::edge::Json;
use crate::error::Result;
use crate::routes::list::{ListParams, Page};
use crate::state::AppState;
use crate::store::users;

pub const TAG: &str = "org-units";

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_members)
        .service(put_member)
        .service(remove_member);
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "user_id": "019a1b2c-0000-7000-8000-000000000010",
    "username": "zhang.wei", "display_name": "张伟", "role": "member", "disabled": false
}))]
pub struct Member {
    pub user_id: Uuid,
    pub username: String,
    pub display_name: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    /// The user's account is disabled: it cannot log in.
    pub disabled: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"role": "secretary"}))]
pub struct MemberRole {
    pub role: Role,
}

async fn fetch_member(conn: &mut PgConnection, unit: Uuid, user: Uuid) -> Result<Member> {
    sqlx::query_as!(
        Member,
        r#"select m.user_id, u.username, u.display_name, m.role as "role: Role",
               u.disabled_at is not null as "disabled!"
           from memberships m join users u on u.id = m.user_id
           where m.org_unit_id = $1 and m.user_id = $2"#,
        unit,
        user
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

/// The members of one unit (not of the units below it), in order of user creation.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "One page of members", body = Page<Member>),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[get("/org-units/{id}/members")]
async fn list_members(
    state: web::Data<AppState>,
    caller: AuthUser,
    id: web::Path<Uuid>,
    params: crate::edge::Query<ListParams>,
) -> Result<web::Json<Page<Member>>> {
    let page = params.page()?;
    access::require(&state.pool, &caller, *id, Permission::Read).await?;
    let rows = sqlx::query_as!(
        Member,
        r#"select m.user_id, u.username, u.display_name, m.role as "role: Role",
               u.disabled_at is not null as "disabled!"
           from memberships m join users u on u.id = m.user_id
           where m.org_unit_id = $1 and ($2::uuid is null or m.user_id > $2)
           order by m.user_id limit $3"#,
        *id,
        page.after_id()?,
        page.fetch()
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(page.finish(rows, |m| m.user_id.to_string())))
}

/// Give a user a role in a unit, or change its role there.
///
/// The user must already be one the caller can see: an admin sees everyone, a secretary the
/// users with a membership in the units it keeps.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The membership", body = Member),
        (status = 403, description = "Not an admin or a secretary of the unit"),
        (status = 404, description = "No such unit or user in your reach"),
        (status = 422, description = "Invalid role"),
    )
)]
#[put("/org-units/{id}/members/{user_id}")]
async fn put_member(
    state: web::Data<AppState>,
    caller: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
    body: Json<MemberRole>,
) -> Result<web::Json<Member>> {
    let (unit, user) = path.into_inner();
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &caller, unit, Permission::Write).await?;
    // Only a user the caller already manages can be given a role: ids from elsewhere are 404.
    users::fetch_managed(&mut tx, &caller, user).await?;
    let before = fetch_member(&mut tx, unit, user).await.ok();
    sqlx::query!(
        "insert into memberships (user_id, org_unit_id, role) values ($1, $2, $3)
         on conflict (user_id, org_unit_id) do update set role = excluded.role, updated_at = now()",
        user,
        unit,
        body.role.as_str()
    )
    .execute(&mut *tx)
    .await?;
    let member = fetch_member(&mut tx, unit, user).await?;
    let event = Event::changed("put", "membership", user, Some(unit), &before, &member)?;
    audit::record(&mut tx, &caller, event).await?;
    tx.commit().await?;
    Ok(web::Json(member))
}

/// Remove a user's membership in a unit.
///
/// When it was the user's last membership, every login of the user ends.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 403, description = "Not an admin or a secretary of the unit"),
        (status = 404, description = "No such unit or membership in your reach"),
    )
)]
#[delete("/org-units/{id}/members/{user_id}")]
async fn remove_member(
    state: web::Data<AppState>,
    caller: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse> {
    let (unit, user) = path.into_inner();
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &caller, unit, Permission::Write).await?;
    let before = fetch_member(&mut tx, unit, user).await?;
    sqlx::query!(
        "delete from memberships where org_unit_id = $1 and user_id = $2",
        unit,
        user
    )
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        &caller,
        Event::deleted("membership", user, Some(unit), &before)?,
    )
    .await?;
    let any_left: bool = sqlx::query_scalar!(
        r#"select exists (select 1 from memberships where user_id = $1) as "exists!""#,
        user
    )
    .fetch_one(&mut *tx)
    .await?;
    if !any_left {
        refresh::revoke_all(&mut tx, user).await?;
    }
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
