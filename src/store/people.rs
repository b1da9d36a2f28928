//! People as stored, and how one is looked up within a caller's reach.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::access;
use crate::auth::{AuthUser, Permission};
use crate::error::{AppError, Result};

crate::text_enum!(
    /// Whether a person is a member of the unit or a guest.
    PersonKind {
        /// 党员: a member of the unit.
        Member = "member",
        /// 列席 / 来宾: a guest, such as a visiting leader.
        Guest = "guest",
    }
);

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-000000000020", "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "name": "张伟", "title": "市长", "kind": "guest", "user_id": null, "version": 1,
    "created_at": "2026-11-27T08:30:00Z", "updated_at": "2026-11-27T08:30:00Z"
}))]
pub struct Person {
    pub id: Uuid,
    pub org_unit_id: Uuid,
    pub name: String,
    /// Position (职务), e.g. 市长, 支部书记.
    #[schema(required = true)]
    pub title: Option<String>,
    #[sqlx(try_from = "String")]
    pub kind: PersonKind,
    /// The user account of this person, if it has one.
    #[schema(required = true)]
    pub user_id: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The person `id` if `user` may do `permission` in its unit (404 / 403 otherwise).
pub async fn fetch_for(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
) -> Result<Person> {
    let person = sqlx::query_as!(
        Person,
        r#"select id, org_unit_id, name, title, kind as "kind: PersonKind", user_id, version,
               created_at, updated_at
           from people where id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(access::not_found)?;
    access::require(&mut *conn, user, person.org_unit_id, permission).await?;
    Ok(person)
}

/// 404 when `person` is out of `user`'s reach; 422 (at `field`) when it belongs to neither
/// `unit` nor a unit below it (a meeting's participants, an item's owner).
pub async fn require_in_unit(
    conn: &mut PgConnection,
    user: &AuthUser,
    person: Uuid,
    unit: Uuid,
    field: &str,
) -> Result<Person> {
    let person = fetch_for(conn, user, person, Permission::Read).await?;
    let belongs: bool = sqlx::query_scalar!(
        r#"select exists (select 1 from org_unit_closure where ancestor_id = $1 and descendant_id = $2) as "exists!""#,
        unit,
        person.org_unit_id
    )
    .fetch_one(&mut *conn)
    .await?;
    if !belongs {
        return Err(AppError::invalid(
            field,
            "the person belongs to neither this unit nor a unit below it",
        ));
    }
    Ok(person)
}

/// A new person of `unit`. The caller checks reach and audits it.
pub async fn insert(
    conn: &mut PgConnection,
    unit: Uuid,
    name: &str,
    title: Option<&str>,
    kind: PersonKind,
    user_id: Option<Uuid>,
) -> Result<Person> {
    Ok(sqlx::query_as!(
        Person,
        r#"insert into people (id, org_unit_id, name, title, kind, user_id)
           values ($1, $2, $3, $4, $5, $6)
           returning id, org_unit_id, name, title, kind as "kind: PersonKind", user_id, version,
               created_at, updated_at"#,
        Uuid::now_v7(),
        unit,
        name,
        title,
        kind.as_str(),
        user_id
    )
    .fetch_one(conn)
    .await?)
}

/// Person `id` with these fields and its version one higher, if its version is `expected`
/// (any version when `None`); `None` when it is not. The caller checks reach and audits it.
pub async fn update(
    conn: &mut PgConnection,
    id: Uuid,
    expected: Option<i32>,
    name: &str,
    title: Option<&str>,
    kind: PersonKind,
    user_id: Option<Uuid>,
) -> Result<Option<Person>> {
    Ok(sqlx::query_as!(
        Person,
        r#"update people set name = $3, title = $4, kind = $5, user_id = $6,
                             version = version + 1, updated_at = now()
           where id = $1 and ($2::int is null or version = $2)
           returning id, org_unit_id, name, title, kind as "kind: PersonKind", user_id, version,
               created_at, updated_at"#,
        id,
        expected,
        name,
        title,
        kind.as_str(),
        user_id
    )
    .fetch_optional(conn)
    .await?)
}
