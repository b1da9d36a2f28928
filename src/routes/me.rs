//! The caller's own account.

use actix_web::{HttpResponse, get, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::{AccountHolder, Role, password, refresh, throttle};
use crate::domain::Password;
use crate::edge::Json;
use crate::error::{AppError, Result};
use crate::state::AppState;

pub const TAG: &str = "me";

/// The only operations a user whose password was reset may call before choosing a new one
/// (with refresh and logout, which take no access token); see [`AccountHolder`].
pub const OPEN_WHILE_PASSWORD_CHANGE_REQUIRED: [&str; 2] = ["/api/v1/me", "/api/v1/me/password"];

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(me).service(change_password);
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub id: Uuid,
    pub username: String,
    pub display_name: String,
    pub is_admin: bool,
    /// The password was reset: choose a new one with `PUT /api/v1/me/password`; until then
    /// every other endpoint answers 403.
    pub password_change_required: bool,
    /// Every membership, each reaching its unit and all units below.
    pub memberships: Vec<MembershipOfMe>,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct MembershipOfMe {
    pub org_unit_id: Uuid,
    pub org_unit_name: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "current_password": "zhibu-2026-zuzhishenghuo", "new_password": "长江后浪推前浪，浮事新人换旧人"
}))]
pub struct PasswordChange {
    pub current_password: String,
    /// 12 to 128 characters, not one of the most common passwords, not the current one.
    #[schema(min_length = 12, max_length = 128)]
    pub new_password: String,
}

/// The caller, with its memberships.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The caller", body = Me),
        (status = 401, description = "No valid access token"),
    )
)]
#[get("/me")]
async fn me(state: web::Data<AppState>, holder: AccountHolder) -> Result<web::Json<Me>> {
    let user = holder.user;
    let display_name: String =
        sqlx::query_scalar!("select display_name from users where id = $1", user.id)
            .fetch_one(&state.pool)
            .await?;
    let memberships = sqlx::query_as!(
        MembershipOfMe,
        r#"select m.org_unit_id, u.name as org_unit_name, m.role as "role: Role"
           from memberships m join org_units u on u.id = m.org_unit_id
           where m.user_id = $1 order by u.id"#,
        user.id
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(Me {
        id: user.id,
        username: user.username,
        display_name,
        is_admin: user.is_admin,
        password_change_required: holder.password_change_required,
        memberships,
    }))
}

/// Change the caller's password.
///
/// Every login of the user ends: its refresh tokens are revoked and its access tokens,
/// including the one used here, stop working. This is also how a user whose password was
/// reset replaces the one-time password (the only other endpoint open to it is `GET /me`).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    request_body = PasswordChange,
    responses(
        (status = 204, description = "Changed; log in again"),
        (status = 401, description = "No valid access token"),
        (status = 422, description = "The current password is wrong, or the new one breaks the policy or is the current one"),
        (status = 429, description = "Too many wrong current passwords; see Retry-After"),
    )
)]
#[put("/me/password")]
async fn change_password(
    state: web::Data<AppState>,
    holder: AccountHolder,
    body: Json<PasswordChange>,
) -> Result<HttpResponse> {
    let user = holder.user;
    let PasswordChange {
        current_password,
        new_password,
    } = body.into_inner();
    let new_password =
        Password::parse(new_password).map_err(|e| AppError::invalid("/new_password", e))?;
    // After a reset the current password is one a secretary has seen.
    if new_password.expose() == current_password {
        return Err(AppError::invalid(
            "/new_password",
            "must differ from the current password",
        ));
    }
    // The current password is guessable through this endpoint too: same throttle as login.
    let account_key = throttle::account_key(&user.username);
    throttle::attempt(&state.pool, &account_key, throttle::MAX_ACCOUNT_FAILURES).await?;
    let stored: String =
        sqlx::query_scalar!("select password_hash from users where id = $1", user.id)
            .fetch_one(&state.pool)
            .await?;
    if !password::verify(current_password, stored).await? {
        return Err(AppError::invalid("/current_password", "is not correct"));
    }
    throttle::uncount(&state.pool, &account_key).await?;
    let hash = password::hash(&new_password).await?;
    let mut tx = state.pool.begin().await?;
    sqlx::query!(
        "update users
         set password_hash = $2, token_generation = token_generation + 1,
             password_change_required = false, updated_at = now()
         where id = $1",
        user.id,
        hash
    )
    .execute(&mut *tx)
    .await?;
    refresh::revoke_all(&mut tx, user.id).await?;
    let event = Event {
        action: "change_password",
        entity_type: "user",
        entity_id: user.id,
        org_unit_id: None,
        before: None,
        after: None,
    };
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    tracing::info!(user_id = %user.id, "password changed; every login of the user ended");
    Ok(HttpResponse::NoContent().finish())
}
