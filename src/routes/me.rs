//! The caller's own account.

use actix_web::{HttpResponse, get, patch, put, web};
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
    cfg.service(me)
        .service(change_preferences)
        .service(change_password);
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
    /// Where notifications are emailed (when the service sends email); null: nowhere.
    #[schema(required = true)]
    pub email: Option<String>,
    /// Whether the caller wants notifications by email too (they are always in the app).
    pub email_notifications: bool,
    /// Whether this service sends email at all (`MINUTEBOOK_SMTP_URL` is set).
    pub email_delivery: bool,
}

/// The caller's own settings; each field left out stays as it is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"email": "wang.fang@example.org", "email_notifications": true}))]
pub struct MyPreferences {
    /// An email address like `name@example.org` (unquoted, ASCII; spaces around are
    /// trimmed); null removes it.
    #[serde(default, deserialize_with = "crate::edge::present")]
    #[schema(
        value_type = Option<String>,
        max_length = 254,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub email: Option<Option<String>>,
    pub email_notifications: Option<bool>,
}

/// The settings of `user` as they are stored, for the answer and the audit event.
#[derive(Debug, Serialize)]
struct Preferences {
    email: Option<String>,
    email_notifications: bool,
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
    Ok(web::Json(describe(&state, holder).await?))
}

/// The caller as `GET /me` answers it.
async fn describe(state: &AppState, holder: AccountHolder) -> Result<Me> {
    let user = holder.user;
    let account = sqlx::query!(
        "select display_name, email, email_notifications from users where id = $1",
        user.id
    )
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
    Ok(Me {
        id: user.id,
        username: user.username,
        display_name: account.display_name,
        is_admin: user.is_admin,
        password_change_required: holder.password_change_required,
        memberships,
        email: account.email,
        email_notifications: account.email_notifications,
        email_delivery: state.outbox.email,
    })
}

/// Change the caller's email address or whether notifications also come by email.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    request_body = MyPreferences,
    responses(
        (status = 200, description = "The caller, changed", body = Me),
        (status = 401, description = "No valid access token"),
        (status = 422, description = "Not an email address"),
    )
)]
#[patch("/me")]
async fn change_preferences(
    state: web::Data<AppState>,
    holder: AccountHolder,
    body: Json<MyPreferences>,
) -> Result<web::Json<Me>> {
    let email = match &body.email {
        Some(Some(raw)) => {
            let invalid = |why: String| AppError::invalid("/email", why);
            let plain = crate::domain::email::plain_address(raw).ok_or_else(|| {
                invalid(format!(
                    "must be an address like name@example.org (unquoted ASCII, at most {} characters)",
                    crate::domain::email::MAX_EMAIL_CHARS
                ))
            })?;
            let address = crate::mail::parse_address(plain).map_err(|e| invalid(e.to_string()))?;
            Some(Some(address.to_string()))
        }
        other => other.clone(),
    };
    let user = &holder.user;
    let mut tx = state.pool.begin().await?;
    let before = sqlx::query_as!(
        Preferences,
        "select email, email_notifications from users where id = $1 for update",
        user.id
    )
    .fetch_one(&mut *tx)
    .await?;
    let after = sqlx::query_as!(
        Preferences,
        "update users set email = $2, email_notifications = $3, updated_at = now()
         where id = $1
         returning email, email_notifications",
        user.id,
        email.unwrap_or_else(|| before.email.clone()),
        body.email_notifications
            .unwrap_or(before.email_notifications)
    )
    .fetch_one(&mut *tx)
    .await?;
    let event = Event::changed("update_preferences", "user", user.id, None, &before, &after)?;
    audit::record(&mut tx, user, event).await?;
    tx.commit().await?;
    Ok(web::Json(describe(&state, holder).await?))
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
    // This instance forgets the account now; the others when the trigger's NOTIFY arrives.
    state.accounts.changed(Some(user.id));
    tracing::info!(user_id = %user.id, "password changed; every login of the user ended");
    Ok(HttpResponse::NoContent().finish())
}
