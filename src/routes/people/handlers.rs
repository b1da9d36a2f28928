//! The people of a unit one by one: register, list, read, change, delete.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission};
use crate::domain::required_text;
use crate::edge::Json;
use crate::edge::present;
use crate::error::{AppError, Result};
use crate::routes::list::{Page, PageRequest};
use crate::routes::versioning::{IdempotencyKey, IfMatch, Stored, ok_with_etag};
use crate::state::AppState;
use crate::store::people::{self, Person, PersonKind, fetch_for};
use crate::store::users;

pub const TAG: &str = "people";
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_TITLE_CHARS: usize = 100;

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "name": "李建国", "title": "市委组织部副部长", "kind": "guest"}))]
pub struct CreatePerson {
    pub org_unit_id: Uuid,
    /// One line of 1 to 100 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub name: String,
    /// What the person is, e.g. 市长 or 党支部书记: one line of 1 to 100 characters.
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub title: Option<String>,
    pub kind: PersonKind,
    pub user_id: Option<Uuid>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"title": "党支部书记"}))]
pub struct UpdatePerson {
    /// One line of 1 to 100 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub name: Option<String>,
    /// One line of 1 to 100 characters; null clears it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub title: Option<Option<String>>,
    pub kind: Option<PersonKind>,
    /// null unlinks the account.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub user_id: Option<Option<Uuid>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct PeopleQuery {
    /// Only the people of this unit.
    pub org_unit_id: Option<Uuid>,
    pub kind: Option<PersonKind>,
    /// Only these people: up to 200 ids, comma-separated (those out of reach are left out,
    /// as everywhere).
    #[param(
        max_length = 7399,
        pattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(,[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})*$"
    )]
    pub ids: Option<String>,
    /// Items per page: 1 to 200 (larger values are clamped to 200); default 50.
    #[param(minimum = 1)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, unchanged (URL-safe base64 without padding).
    #[param(pattern = "^[A-Za-z0-9_-]*$")]
    pub cursor: Option<String>,
}

fn title(raw: Option<&str>) -> Result<Option<String>> {
    Ok(raw
        .map(|t| required_text("/title", t, MAX_TITLE_CHARS))
        .transpose()?)
}

/// Register a person in a unit.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry safely: the same key and body answer the first response again", min_length = 1, max_length = 255, pattern = "^[ -~]*[!-~][ -~]*$")),
    responses(
        (status = 201, description = "Created", body = Person,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "The unit or user does not exist or is out of reach"),
        (status = 409, description = "The user already has a person in this unit"),
    )
)]
#[post("/people")]
pub async fn create_person(
    state: web::Data<AppState>,
    user: AuthUser,
    key: IdempotencyKey,
    body: Json<CreatePerson>,
) -> Result<HttpResponse> {
    let name = required_text("/name", &body.name, MAX_NAME_CHARS)?;
    let title = title(body.title.as_deref())?;
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, body.org_unit_id, Permission::Write).await?;
    if let Some(account) = body.user_id {
        users::fetch_managed(&mut tx, &user, account).await?;
    }
    if let Some(replay) = key.claim(&mut tx, &user, "POST /people", &*body).await? {
        return Ok(replay);
    }
    let person = people::insert(
        &mut tx,
        body.org_unit_id,
        &name,
        title.as_deref(),
        body.kind,
        body.user_id,
    )
    .await?;
    let response = Stored::created(
        format!("/api/v1/people/{}", person.id),
        Some(person.version),
        &person,
    )?;
    key.store(&mut tx, &user, &response).await?;
    audit::record(
        &mut tx,
        &user,
        Event::created("person", person.id, Some(person.org_unit_id), &person)?,
    )
    .await?;
    tx.commit().await?;
    Ok(response.respond())
}

/// The people in the caller's reach, in creation order.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(PeopleQuery),
    responses(
        (status = 200, description = "One page of people", body = Page<Person>),
        (status = 404, description = "The unit filtered by is out of reach"),
    )
)]
#[get("/people")]
pub async fn list_people(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<PeopleQuery>,
) -> Result<web::Json<Page<Person>>> {
    let page = PageRequest::new(query.limit, query.cursor.as_deref())?;
    let ids = crate::routes::list::ids(query.ids.as_deref())?;
    if let Some(unit) = query.org_unit_id {
        access::require(&state.pool, &user, unit, Permission::Read).await?;
    }
    // The units in reach (`access::REACHABLE_UNITS`, written out: the macro takes a literal).
    let rows = sqlx::query_as!(
        Person,
        r#"select id, org_unit_id, name, title, kind as "kind: PersonKind", user_id, version,
               created_at, updated_at
           from people
           where org_unit_id in (
                   select id from org_units where $2 union select * from reachable_org_units($1))
             and ($3::uuid is null or org_unit_id = $3)
             and ($4::text is null or kind = $4)
             and ($5::uuid is null or id > $5)
             and ($7::uuid[] is null or id = any($7))
           order by id limit $6"#,
        user.id,
        user.is_admin,
        query.org_unit_id,
        query.kind.map(PersonKind::as_str),
        page.after_id()?,
        page.fetch(),
        ids.as_deref()
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(page.finish(rows, |p| p.id.to_string())))
}

/// One person.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The person", body = Person, headers(("ETag" = String))),
        (status = 404, description = "No such person in your reach"),
    )
)]
#[get("/people/{id}")]
pub async fn get_person(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let person = fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    Ok(ok_with_etag(person.version, &person))
}

/// Change a person.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 200, description = "The changed person", body = Person, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such person (or user) in your reach"),
        (status = 409, description = "The user already has a person in this unit"),
        (status = 412, description = "The person changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[patch("/people/{id}")]
pub async fn update_person(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<UpdatePerson>,
) -> Result<HttpResponse> {
    let name = body
        .name
        .as_deref()
        .map(|n| required_text("/name", n, MAX_NAME_CHARS))
        .transpose()?;
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    if let Some(Some(account)) = body.user_id {
        users::fetch_managed(&mut tx, &user, account).await?;
    }
    // Every record the request names is in reach: now the precondition (RFC 9110 §13.2.1).
    let expected = if_match.required(before.version)?;
    let new_title = match &body.title {
        Some(t) => title(t.as_deref())?,
        None => before.title.clone(),
    };
    let after = people::update(
        &mut tx,
        before.id,
        Some(expected),
        &name.unwrap_or_else(|| before.name.clone()),
        new_title.as_deref(),
        body.kind.unwrap_or(before.kind),
        body.user_id.unwrap_or(before.user_id),
    )
    .await?
    .ok_or(AppError::PreconditionFailed)?;
    if let Some(account) = before.user_id.filter(|&a| after.user_id != Some(a)) {
        account_unlinked(&mut tx, after.id, account).await?;
    }
    audit::record(
        &mut tx,
        &user,
        Event::changed(
            "update",
            "person",
            after.id,
            Some(after.org_unit_id),
            &before,
            &after,
        )?,
    )
    .await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Delete a person no meeting, attendance list or speech names.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such person in your reach"),
        (status = 409, description = "Meetings, attendance or speeches still name the person"),
        (status = 412, description = "The person changed since you read it"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[delete("/people/{id}")]
pub async fn delete_person(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse> {
    let mut tx = state.pool.begin().await?;
    let before = fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    let expected = if_match.required(before.version)?;
    let deleted = sqlx::query!(
        "delete from people where id = $1 and ($2::int is null or version = $2)",
        before.id,
        expected
    )
    .execute(&mut *tx)
    .await?;
    if deleted.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    audit::record(
        &mut tx,
        &user,
        Event::deleted("person", before.id, Some(before.org_unit_id), &before)?,
    )
    .await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The person `person` is no longer linked to `account`: that account still owned the person's
/// items in their current cycle, and may not verify or return them.
async fn account_unlinked(conn: &mut PgConnection, person: Uuid, account: Uuid) -> Result<()> {
    sqlx::query!(
        "update rectification_items set former_owner_user_ids = former_owner_user_ids || $2
         where owner_id = $1 and status <> 'verified' and not $2 = any(former_owner_user_ids)",
        person,
        account
    )
    .execute(conn)
    .await?;
    Ok(())
}
