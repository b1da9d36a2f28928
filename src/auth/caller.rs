//! The caller of a request as the rest of the service sees it: who, whether an admin, and
//! the request's id for the audit trail. How it is read from a bearer token is the HTTP
//! layer's business (`bearer.rs`).

use uuid::Uuid;

/// The authenticated caller, and the id of the request it made (for the audit trail).
#[derive(Debug, Clone)]
pub struct AuthUser {
    pub id: Uuid,
    pub username: String,
    pub is_admin: bool,
    pub request_id: Option<String>,
}

/// The authenticated caller on the endpoints of its own account (`GET /me`,
/// `PUT /me/password`): also a user who must still replace a reset password.
#[derive(Debug, Clone)]
pub struct AccountHolder {
    pub user: AuthUser,
    /// The password was reset; the user must choose a new one.
    pub password_change_required: bool,
}
