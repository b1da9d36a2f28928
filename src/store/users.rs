//! User accounts as stored, and which of them a caller manages.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::access;
use crate::auth::{AuthUser, Role};
use crate::domain::Username;
use crate::error::Result;

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000010",
    "username": "zhang.wei",
    "display_name": "张伟",
    "is_admin": false,
    "disabled": false,
    "created_at": "2026-11-27T08:30:00Z",
    "updated_at": "2026-11-27T08:30:00Z"
}))]
pub struct User {
    pub id: Uuid,
    pub username: String,
    pub display_name: String,
    pub is_admin: bool,
    /// A disabled user cannot log in, and its tokens stop working.
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// `user` as `caller` may see it; 404 when it may not.
pub async fn fetch_managed(conn: &mut PgConnection, caller: &AuthUser, user: Uuid) -> Result<User> {
    // Managed: all for admins, else those with a membership in a unit kept as secretary.
    sqlx::query_as!(
        User,
        r#"select id, username, display_name, is_admin, disabled_at is not null as "disabled!",
               created_at, updated_at
           from users
           where id = $3 and id in (
               select user_id from memberships
               where $2 or org_unit_id in (select * from reachable_org_units($1, array['secretary']))
               union select id from users where $2)"#,
        caller.id,
        caller.is_admin,
        user
    )
    .fetch_optional(conn)
    .await?
    .ok_or_else(access::not_found)
}

/// A new user with the password hash `hash` (one it must change at its first login, when
/// `one_time`), and its membership of `membership`'s unit with its role, if given. The caller
/// audits it.
pub async fn create(
    conn: &mut PgConnection,
    username: &Username,
    display_name: &str,
    hash: &str,
    one_time: bool,
    membership: Option<(Uuid, Role)>,
) -> Result<User> {
    let user = sqlx::query_as!(
        User,
        r#"insert into users (id, username, display_name, password_hash, password_change_required)
           values ($1, $2, $3, $4, $5)
           returning id, username, display_name, is_admin, disabled_at is not null as "disabled!",
               created_at, updated_at"#,
        Uuid::now_v7(),
        username.as_str(),
        display_name,
        hash,
        one_time
    )
    .fetch_one(&mut *conn)
    .await?;
    if let Some((unit, role)) = membership {
        sqlx::query!(
            "insert into memberships (user_id, org_unit_id, role) values ($1, $2, $3)",
            user.id,
            unit,
            role.as_str()
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(user)
}
