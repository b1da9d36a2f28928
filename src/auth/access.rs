//! Who may touch what: the one place that decides reach.
//!
//! A membership gives a user one role in one org unit and reaches that unit and every unit
//! below it; admins reach everything. A record out of reach answers 404, exactly like a
//! missing one; a record in reach that the role may not change answers 403. Every handler
//! that takes an id from the client resolves the record's unit and calls [`require`]; every
//! list filters in SQL with [`REACHABLE_UNITS`].

use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::{AppError, Result};

crate::text_enum!(
    /// A role held through a membership.
    Role {
        /// 支部书记 / 组织委员: reads and writes every record in reach, manages people and memberships.
        Secretary = "secretary",
        /// 党员: reads records in reach, reports on the rectification items it owns.
        Member = "member",
        /// 上级党组织 / 督导: reads everything in reach, writes nothing but verifications.
        Reviewer = "reviewer",
    }
);

impl Role {
    pub fn parse(raw: &str) -> Option<Role> {
        match raw {
            "secretary" => Some(Role::Secretary),
            "member" => Some(Role::Member),
            "reviewer" => Some(Role::Reviewer),
            _ => None,
        }
    }
}

/// What a handler is about to do in a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// See the unit's records.
    Read,
    /// Create, change or delete the unit's records, people and memberships.
    Write,
    /// Verify (销号) rectification items.
    Verify,
    /// Read the audit trail.
    Audit,
}

impl Permission {
    fn granted_by(self, role: Role) -> bool {
        match self {
            Permission::Read => true,
            Permission::Write => role == Role::Secretary,
            Permission::Verify | Permission::Audit => {
                matches!(role, Role::Secretary | Role::Reviewer)
            }
        }
    }
}

/// SQL for "the units `$1` (a user id) reaches, or all units when `$2` (is admin) is true";
/// use as `org_unit_id in (…)`. Keeps list filtering in the database.
pub const REACHABLE_UNITS: &str =
    "select id from org_units where $2 union select * from reachable_org_units($1)";

/// Fail with 404 when `unit` is out of `user`'s reach (or does not exist), and with 403 when
/// it is in reach but no role of the user grants `permission` there.
pub async fn require(
    db: impl PgExecutor<'_>,
    user: &AuthUser,
    unit: Uuid,
    permission: Permission,
) -> Result<()> {
    let roles = roles_over(db, user, unit).await?;
    decide(user.is_admin, &roles, permission)
}

/// The kinds of record whose unit decides who may touch them: a closed set, so no SQL is ever
/// built from a caller's string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Meeting,
    Speech,
    RectificationItem,
}

/// Whether the lookup also locks the record's row until the transaction ends (every change
/// starts so, and changes of one record happen one at a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    No,
    Row,
}

impl Record {
    /// SQL answering the record's unit (`$1` its id) and the roles of user `$2` there.
    fn unit_and_roles(self, lock: Lock) -> &'static str {
        use {Lock::*, Record::*};
        match (self, lock) {
            (Meeting, No) => {
                "select r.org_unit_id, array(select * from effective_roles($2, r.org_unit_id))
                 from (select org_unit_id from meetings where id = $1) r"
            }
            (Meeting, Row) => {
                "select r.org_unit_id, array(select * from effective_roles($2, r.org_unit_id))
                 from (select org_unit_id from meetings where id = $1 for update) r"
            }
            (Speech, No) => {
                "select r.org_unit_id, array(select * from effective_roles($2, r.org_unit_id))
                 from (select org_unit_id from speeches where id = $1) r"
            }
            (Speech, Row) => {
                "select r.org_unit_id, array(select * from effective_roles($2, r.org_unit_id))
                 from (select org_unit_id from speeches where id = $1 for update) r"
            }
            (RectificationItem, No) => {
                "select r.org_unit_id, array(select * from effective_roles($2, r.org_unit_id))
                 from (select org_unit_id from rectification_items where id = $1) r"
            }
            (RectificationItem, Row) => {
                "select r.org_unit_id, array(select * from effective_roles($2, r.org_unit_id))
                 from (select org_unit_id from rectification_items where id = $1 for update) r"
            }
        }
    }
}

/// Find the unit of `record` `id` and require `permission` there — one round trip, locking
/// the record's row when asked. Returns the unit.
pub async fn require_record(
    db: impl PgExecutor<'_>,
    user: &AuthUser,
    record: Record,
    id: Uuid,
    permission: Permission,
    lock: Lock,
) -> Result<Uuid> {
    let row: Option<(Uuid, Vec<String>)> = sqlx::query_as(record.unit_and_roles(lock))
        .bind(id)
        .bind(user.id)
        .fetch_optional(db)
        .await?;
    let (unit, roles) = row.ok_or_else(not_found)?;
    judge(user, &roles, permission)?;
    Ok(unit)
}

/// Whether `user`, holding `roles` (as `effective_roles` names them) over a record's unit,
/// may do `permission` there: for a store that read the roles with the record itself.
pub fn judge(user: &AuthUser, roles: &[String], permission: Permission) -> Result<()> {
    let roles: Vec<Role> = roles.iter().filter_map(|r| Role::parse(r)).collect();
    decide(user.is_admin, &roles, permission)
}

/// The roles `user` holds over `unit` through the unit itself or any unit above it; empty when
/// out of reach. Admins get no roles here: [`require`] lets them through on the flag.
pub async fn roles_over(db: impl PgExecutor<'_>, user: &AuthUser, unit: Uuid) -> Result<Vec<Role>> {
    if user.is_admin {
        let exists: bool = sqlx::query_scalar!(
            r#"select exists (select 1 from org_units where id = $1) as "exists!""#,
            unit
        )
        .fetch_one(db)
        .await?;
        if !exists {
            return Err(not_found());
        }
        return Ok(Vec::new());
    }
    let roles: Vec<String> = sqlx::query_scalar!(
        r#"select role as "role!" from effective_roles($1, $2) role"#,
        user.id,
        unit
    )
    .fetch_all(db)
    .await?;
    Ok(roles.iter().filter_map(|r| Role::parse(r)).collect())
}

fn decide(is_admin: bool, roles: &[Role], permission: Permission) -> Result<()> {
    if is_admin {
        return Ok(());
    }
    if roles.is_empty() {
        return Err(not_found());
    }
    if roles.iter().any(|&role| permission.granted_by(role)) {
        Ok(())
    } else {
        Err(AppError::Forbidden(format!(
            "your role ({}) may not do this here",
            roles
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }
}

/// Require that `caller` may change the account `user` (one it already sees, see
/// `routes::users::fetch_managed`), and return the units where that user holds a membership.
///
/// Admins may change anyone. Others may change no admin, and a secretary only a user whose
/// every membership lies within its reach as secretary: otherwise a branch secretary could
/// disable or rename a superior who merely also belongs to the branch. Both refusals are 403.
/// Call it inside the change's transaction: it locks the user's row, so no membership can be
/// added until the change commits.
pub async fn require_over_account(
    conn: &mut PgConnection,
    caller: &AuthUser,
    user: Uuid,
) -> Result<Vec<Uuid>> {
    let target_is_admin: bool =
        sqlx::query_scalar!("select is_admin from users where id = $1 for update", user)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(not_found)?;
    let units: Vec<(Uuid, bool)> = sqlx::query!(
        r#"select org_unit_id,
                  $2 or org_unit_id in (select * from reachable_org_units($1, array['secretary']))
                      as "covered!"
           from memberships where user_id = $3 order by org_unit_id"#,
        caller.id,
        caller.is_admin,
        user
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|m| (m.org_unit_id, m.covered))
    .collect();
    if caller.is_admin {
        return Ok(units.into_iter().map(|(unit, _)| unit).collect());
    }
    if target_is_admin {
        return Err(AppError::Forbidden("only admins change admins".into()));
    }
    if units.is_empty() || units.iter().any(|&(_, covered)| !covered) {
        return Err(AppError::Forbidden(
            "the user also belongs to units outside your reach as secretary; ask a secretary \
             of a unit above them, or an admin"
                .into(),
        ));
    }
    Ok(units.into_iter().map(|(unit, _)| unit).collect())
}

/// The answer for anything out of reach: the same as for something that does not exist.
pub fn not_found() -> AppError {
    AppError::NotFound("no such record".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_reach_is_not_found_and_in_reach_without_the_role_is_forbidden() {
        use Permission::*;
        let status = |admin, roles: &[Role], p| match decide(admin, roles, p) {
            Ok(()) => 200,
            Err(AppError::NotFound(_)) => 404,
            Err(AppError::Forbidden(_)) => 403,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(status(false, &[], Read), 404);
        assert_eq!(status(false, &[], Write), 404);
        assert_eq!(status(true, &[], Write), 200);
        assert_eq!(status(false, &[Role::Member], Read), 200);
        assert_eq!(status(false, &[Role::Member], Write), 403);
        assert_eq!(status(false, &[Role::Member], Verify), 403);
        assert_eq!(status(false, &[Role::Reviewer], Read), 200);
        assert_eq!(status(false, &[Role::Reviewer], Write), 403);
        assert_eq!(status(false, &[Role::Reviewer], Verify), 200);
        assert_eq!(status(false, &[Role::Secretary], Write), 200);
        assert_eq!(status(false, &[Role::Member, Role::Secretary], Write), 200);
    }
}
