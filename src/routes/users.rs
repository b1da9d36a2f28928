//! User accounts. Admins see and manage all; a secretary sees and manages the users with a
//! membership in the units it keeps, and creates users into them.

use actix_web::{HttpResponse, get, patch, post, web};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission, Role, password, refresh, throttle};
use crate::domain::{Password, Username, required_text};
use crate::edge::Json;
use crate::error::{AppError, Result};
use crate::routes::list::{ListParams, Page};
use crate::state::AppState;
use crate::store::users::{self, User, fetch_managed};

pub const TAG: &str = "users";
pub const MAX_DISPLAY_NAME_CHARS: usize = 100;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(create_user)
        .service(list_users)
        .service(get_user)
        .service(update_user)
        .service(reset_password);
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "username": "zhang.wei", "display_name": "张伟", "password": "zhibu-2026-zuzhishenghuo",
    "org_unit_id": "019a1b2c-0000-7000-8000-000000000001", "role": "member"
}))]
pub struct CreateUser {
    /// 3 to 64 ASCII letters, digits, `.`, `_`, `-`, starting with a letter or a digit
    /// (spaces around are trimmed); unique without regard to case.
    #[schema(
        min_length = 3,
        max_length = 64,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[A-Za-z0-9][A-Za-z0-9._-]{2,63}[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub username: String,
    /// One line of 1 to 100 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub display_name: String,
    /// 12 to 128 characters, not one of the most common passwords. Left out, the service makes
    /// a one-time password, answered once, that the user must change at its first login.
    #[schema(min_length = 12, max_length = 128)]
    pub password: Option<String>,
    /// Give the user a membership here; required for secretaries (a unit they keep).
    pub org_unit_id: Option<Uuid>,
    /// The membership's role; default `member`.
    pub role: Option<Role>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"display_name": "张卫东"}))]
pub struct UpdateUser {
    /// One line of 1 to 100 characters (spaces around are trimmed).
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub display_name: Option<String>,
    /// Disable (true) or re-enable (false). Disabling ends every login of the user at once.
    pub disabled: Option<bool>,
}

/// A user as created, with the one-time password the service made when none was given.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedUser {
    #[serde(flatten)]
    pub user: User,
    /// Made by the service when the request gave no `password`: shown only in this answer
    /// (only its hash is stored), and the user must choose a new one at its first login. Null
    /// when the creator chose the password.
    #[schema(required = true)]
    pub one_time_password: Option<String>,
}

/// A one-time password for a user, from a reset.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "user_id": "019a1b2c-0000-7000-8000-000000000010",
    "one_time_password": "q7RkV2mXhT9wPc4LzN8d",
    "password_change_required": true
}))]
pub struct PasswordReset {
    pub user_id: Uuid,
    /// Hand it to the user: it is shown only this once (only its hash is stored).
    pub one_time_password: String,
    /// Always true: the user must choose a new password before anything else.
    pub password_change_required: bool,
}

/// `user` locked for a change by `caller`, and the units where it holds a membership: 404
/// when the caller does not see it, 403 when it is not the caller's to change (see
/// [`access::require_over_account`]).
async fn fetch_for_change(
    conn: &mut PgConnection,
    caller: &AuthUser,
    user: Uuid,
) -> Result<(User, Vec<Uuid>)> {
    fetch_managed(&mut *conn, caller, user).await?;
    let units = access::require_over_account(&mut *conn, caller, user).await?;
    // Read again under the lock, for the audit trail's "before".
    let current = fetch_managed(conn, caller, user).await?;
    Ok((current, units))
}

/// Create a user.
///
/// Admins may create users without a membership. A secretary must name a unit it keeps: the
/// new user gets a membership there (role `member` unless given). Without a `password`, the
/// service makes a one-time password, answered once, which the user must change at its first
/// login (as after a reset).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created", body = CreatedUser,
            headers(("Location" = String, description = "The new user"))),
        (status = 403, description = "Not an admin or a secretary of the unit"),
        (status = 404, description = "The unit does not exist or is out of reach"),
        (status = 409, description = "The username is taken"),
        (status = 422, description = "Invalid fields"),
    )
)]
#[post("/users")]
async fn create_user(
    state: web::Data<AppState>,
    caller: AuthUser,
    body: Json<CreateUser>,
) -> Result<HttpResponse> {
    let CreateUser {
        username,
        display_name,
        password,
        org_unit_id,
        role,
    } = body.into_inner();
    let username = Username::parse(&username).map_err(|e| AppError::invalid("/username", e))?;
    let display_name = required_text("/display_name", &display_name, MAX_DISPLAY_NAME_CHARS)?;
    let one_time = password.is_none();
    let password = match password {
        Some(chosen) => Password::parse(chosen).map_err(|e| AppError::invalid("/password", e))?,
        None => Password::generate(),
    };
    match org_unit_id {
        Some(unit) => access::require(&state.pool, &caller, unit, Permission::Write).await?,
        None if role.is_some() => {
            return Err(AppError::invalid("/org_unit_id", "a role needs a unit"));
        }
        None if caller.is_admin => {}
        None => {
            return Err(AppError::invalid(
                "/org_unit_id",
                "required: the unit the new user belongs to",
            ));
        }
    }
    let hash = password::hash(&password).await?;
    let mut tx = state.pool.begin().await?;
    let membership = org_unit_id.map(|unit| (unit, role.unwrap_or(Role::Member)));
    let user = users::create(
        &mut tx,
        &username,
        &display_name,
        &hash,
        one_time,
        membership,
    )
    .await?;
    audit::record(
        &mut tx,
        &caller,
        Event::created("user", user.id, org_unit_id, &user)?,
    )
    .await?;
    tx.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/users/{}", user.id)))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(CreatedUser {
            user,
            one_time_password: one_time.then(|| password.expose().to_owned()),
        }))
}

/// The users the caller manages, in creation order.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "One page of users", body = Page<User>),
        (status = 403, description = "Neither an admin nor a secretary"),
    )
)]
#[get("/users")]
async fn list_users(
    state: web::Data<AppState>,
    caller: AuthUser,
    params: crate::edge::Query<ListParams>,
) -> Result<web::Json<Page<User>>> {
    let page = params.page()?;
    if !caller.is_admin {
        let secretary: bool = sqlx::query_scalar!(
            r#"select exists (select 1 from memberships where user_id = $1 and role = 'secretary') as "exists!""#,
            caller.id
        )
        .fetch_one(&state.pool)
        .await?;
        if !secretary {
            return Err(AppError::Forbidden(
                "only admins and secretaries list users".into(),
            ));
        }
    }
    // Managed: all for admins, else those with a membership in a unit kept as secretary.
    let rows = sqlx::query_as!(
        User,
        r#"select id, username, display_name, is_admin, disabled_at is not null as "disabled!",
               created_at, updated_at from users
           where id in (
               select user_id from memberships
               where $2 or org_unit_id in (select * from reachable_org_units($1, array['secretary']))
               union select id from users where $2)
             and ($3::uuid is null or id > $3)
           order by id limit $4"#,
        caller.id,
        caller.is_admin,
        page.after_id()?,
        page.fetch()
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(page.finish(rows, |u| u.id.to_string())))
}

/// One user the caller manages.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The user", body = User),
        (status = 404, description = "No such user among those you manage"),
    )
)]
#[get("/users/{id}")]
async fn get_user(
    state: web::Data<AppState>,
    caller: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<User>> {
    let mut conn = state.pool.acquire().await?;
    Ok(web::Json(fetch_managed(&mut conn, &caller, *id).await?))
}

/// Change a user's display name, or disable or re-enable it.
///
/// Admins change anyone. A secretary changes a user only when every unit where that user holds
/// a membership is within its reach as secretary, and never an admin. Nobody disables
/// themselves. The change is in the audit trail of each of the user's units.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The changed user", body = User),
        (status = 403, description = "The user is an admin, belongs to a unit outside your reach as secretary, or it is yourself being disabled"),
        (status = 404, description = "No such user among those you manage"),
        (status = 422, description = "Invalid fields"),
    )
)]
#[patch("/users/{id}")]
async fn update_user(
    state: web::Data<AppState>,
    caller: AuthUser,
    id: web::Path<Uuid>,
    body: Json<UpdateUser>,
) -> Result<web::Json<User>> {
    let id = id.into_inner();
    let display_name = body
        .display_name
        .as_deref()
        .map(|n| required_text("/display_name", n, MAX_DISPLAY_NAME_CHARS))
        .transpose()?;
    let mut tx = state.pool.begin().await?;
    let (current, units) = fetch_for_change(&mut tx, &caller, id).await?;
    if body.disabled == Some(true) && id == caller.id {
        return Err(AppError::Forbidden("you cannot disable yourself".into()));
    }
    let disabling = body.disabled == Some(true) && !current.disabled;
    let user = sqlx::query_as!(
        User,
        r#"update users set
               display_name = coalesce($2, display_name),
               disabled_at = case when $3::bool is null then disabled_at
                                  when $3 then coalesce(disabled_at, now()) else null end,
               token_generation = token_generation + case when $4 then 1 else 0 end,
               updated_at = now()
           where id = $1
           returning id, username, display_name, is_admin, disabled_at is not null as "disabled!",
               created_at, updated_at"#,
        id,
        display_name,
        body.disabled,
        disabling
    )
    .fetch_one(&mut *tx)
    .await?;
    if disabling {
        refresh::revoke_all(&mut tx, id).await?;
    }
    let event = Event::changed("update", "user", id, None, &current, &user)?;
    audit::record_in_units(&mut tx, &caller, event, &units).await?;
    tx.commit().await?;
    // This instance forgets the account now; the others when the trigger's NOTIFY arrives.
    state.accounts.changed(Some(id));
    if disabling {
        tracing::info!(user_id = %id, by = %caller.id, "user disabled; every login ended");
    }
    Ok(web::Json(user))
}

/// Reset a user's password to a one-time password, shown once in the answer.
///
/// For a user who forgot the password. The same rule as for changing a user applies: admins
/// reset anyone; a secretary resets a user only when every unit where that user holds a
/// membership is within its reach as secretary, and never an admin. Nobody resets their own
/// password here (`PUT /api/v1/me/password` is for that). Every login of the user ends at
/// once, a login throttle on the account is lifted, and the one-time password logs in with
/// `password_change_required: true`: until the user chooses a new password with
/// `PUT /api/v1/me/password`, every other endpoint but `GET /api/v1/me` answers 403. The reset
/// is in the audit trail of each of the user's units (without the password).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The one-time password; not cached", body = PasswordReset,
            headers(("Cache-Control" = String, description = "no-store"))),
        (status = 403, description = "The user is an admin, belongs to a unit outside your reach as secretary, or is yourself"),
        (status = 404, description = "No such user among those you manage"),
    )
)]
#[post("/users/{id}/password-reset")]
async fn reset_password(
    state: web::Data<AppState>,
    caller: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let id = id.into_inner();
    if id == caller.id {
        return Err(AppError::Forbidden(
            "change your own password with PUT /api/v1/me/password".into(),
        ));
    }
    let mut tx = state.pool.begin().await?;
    let (current, units) = fetch_for_change(&mut tx, &caller, id).await?;
    let one_time = Password::generate();
    let hash = password::hash(&one_time).await?;
    sqlx::query!(
        "update users set password_hash = $2, password_change_required = true,
             token_generation = token_generation + 1, updated_at = now()
         where id = $1",
        id,
        &hash
    )
    .execute(&mut *tx)
    .await?;
    refresh::revoke_all(&mut tx, id).await?;
    // A user locked out by its own mistyping can use the new password at once.
    throttle::clear(&mut tx, &throttle::account_key(&current.username)).await?;
    let event = Event {
        action: "reset_password",
        entity_type: "user",
        entity_id: id,
        org_unit_id: None,
        before: None,
        after: Some(serde_json::json!({"password_change_required": true})),
    };
    audit::record_in_units(&mut tx, &caller, event, &units).await?;
    tx.commit().await?;
    state.accounts.changed(Some(id));
    tracing::info!(user_id = %id, by = %caller.id, "password reset; every login of the user ended");
    Ok(HttpResponse::Ok()
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(PasswordReset {
            user_id: id,
            one_time_password: one_time.expose().to_owned(),
            password_change_required: true,
        }))
}
