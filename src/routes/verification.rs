//! The tamper-evident record, for admins and reviewers: verify the sealed audit trail, the
//! signed checkpoints and every finalized meeting's digest; list, sign and check checkpoints;
//! and the public key that checks them, for anyone.

use actix_web::{HttpResponse, get, post, web};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::edge::JsonList;
use crate::error::{AppError, Result};
use crate::routes::list::{ListParams, Page};
use crate::seal::checkpoint::{self, Checkpoint};
use crate::seal::verify::{Verification, verify};
use crate::state::AppState;

pub const TAG: &str = "audit";
/// Checkpoint copies checked in one request.
pub const MAX_KEPT: usize = 100;
/// What `format` is.
pub const FORMAT_PATTERN: &str = "^minutebook-checkpoint/1$";
/// What `head` and `public_key` are: 32 bytes in lower-case hex.
pub const HEX32_PATTERN: &str = "^[0-9a-f]{64}$";
/// What `signature` is: 64 bytes in lower-case hex.
pub const HEX64_PATTERN: &str = "^[0-9a-f]{128}$";
/// How `signed_at` is written, as signed.
pub const SIGNED_AT_PATTERN: &str =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z$";

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(get_verification)
        .service(check_kept_checkpoints)
        .service(list_checkpoints)
        .service(sign_checkpoint)
        .service(get_public_key);
}

/// Admins, and users with a reviewer membership anywhere: the trail is verified whole (see
/// [`within_reach`] for what a reviewer is told of it).
async fn require_auditor(state: &AppState, user: &AuthUser) -> Result<()> {
    if user.is_admin {
        return Ok(());
    }
    let reviewer: bool = sqlx::query_scalar!(
        r#"select exists (select 1 from memberships
                          where user_id = $1 and role = 'reviewer') as "exists!""#,
        user.id
    )
    .fetch_one(&state.pool)
    .await?;
    if reviewer {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "verification is for admins and reviewers".into(),
        ))
    }
}

/// The report as `user` may read it. The whole trail is verified for everyone, so `intact` is
/// the same for all; but a reviewer is named only the meetings (with their titles) and the
/// audit events of the units it reaches — the rest are counted in `outside_reach`, for an
/// admin to look into — as nothing of another branch is shown anywhere else.
async fn within_reach(
    state: &AppState,
    user: &AuthUser,
    mut report: Verification,
) -> Result<Verification> {
    if user.is_admin {
        return Ok(report);
    }
    let meetings: Vec<Uuid> = report
        .meetings
        .mismatches
        .iter()
        .map(|m| m.meeting_id)
        .collect();
    let events: Vec<Uuid> = report.chain.mismatches.iter().map(|e| e.event_id).collect();
    // The units in reach (`access::REACHABLE_UNITS`, written out: the macro takes a literal).
    let seen = sqlx::query_scalar!(
        r#"select id as "id!" from meetings
           where id = any($2) and org_unit_id in (select * from reachable_org_units($1))
           union all
           select id from audit_events
           where id = any($3) and org_unit_id in (select * from reachable_org_units($1))"#,
        user.id,
        &meetings,
        &events
    )
    .fetch_all(&state.pool)
    .await?;
    let before = (
        report.meetings.mismatches.len(),
        report.chain.mismatches.len(),
    );
    report
        .meetings
        .mismatches
        .retain(|m| seen.contains(&m.meeting_id));
    report
        .chain
        .mismatches
        .retain(|e| seen.contains(&e.event_id));
    report.meetings.outside_reach = (before.0 - report.meetings.mismatches.len()) as i64;
    report.chain.outside_reach = (before.1 - report.chain.mismatches.len()) as i64;
    report.meetings.first_mismatch = report.meetings.mismatches.first().cloned();
    report.chain.first_mismatch = report.chain.mismatches.first().cloned();
    Ok(report)
}

/// Verify the record: recompute the audit chain from the events, check every checkpoint, and
/// recompute every finalized meeting's digest.
///
/// What is committed is sealed first. `intact` is true when everything matches; otherwise
/// each part names its first mismatch (and lists up to 100): the audit event whose content
/// changed or that is gone, the checkpoint whose history was rewritten, the meeting whose
/// record no longer gives its digest. Admins and reviewers.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The report", body = Verification),
        (status = 403, description = "Not an admin or a reviewer"),
    )
)]
#[get("/audit/verification")]
async fn get_verification(
    state: web::Data<AppState>,
    user: AuthUser,
) -> Result<web::Json<Verification>> {
    require_auditor(&state, &user).await?;
    let report = verify(&state.pool, state.checkpoint_key.public_key(), &[]).await?;
    Ok(web::Json(within_reach(&state, &user, report).await?))
}

/// Checkpoint copies kept elsewhere: 1 to 100 exported checkpoints.
#[derive(ToSchema)]
#[schema(min_items = 1, max_items = 100, example = json!([{
    "format": "minutebook-checkpoint/1", "seq": 0,
    "head": "0000000000000000000000000000000000000000000000000000000000000000",
    "signed_at": "2026-11-30T08:00:00.000000Z",
    "signature": "0022f8b9cc10f797c11225ba0d7662008aaaf0fc4e24525d91df0cfccfada507cc4473abfa2f6eeb2c4832f463a40c88a36f20706f4facba7c14b0a9e45c0b09",
    "public_key": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
}]))]
#[allow(dead_code)] // only the document's view of the `Vec<Checkpoint>` it takes
pub struct KeptCheckpoints(Vec<Checkpoint>);

fn hex_field(field: &str, value: &str, bytes: usize) -> Result<()> {
    let ok = value.len() == bytes * 2
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if ok {
        Ok(())
    } else {
        Err(AppError::invalid(
            field,
            format!(
                "must be {bytes} bytes as {} lower-case hex digits",
                bytes * 2
            ),
        ))
    }
}

/// 422 naming the first field of `kept` that is not as an exported checkpoint writes it.
fn check_kept(kept: &[Checkpoint]) -> Result<()> {
    if kept.is_empty() || kept.len() > MAX_KEPT {
        return Err(AppError::invalid(
            "",
            format!("must hold 1 to {MAX_KEPT} checkpoints"),
        ));
    }
    for (i, c) in kept.iter().enumerate() {
        if c.format != checkpoint::FORMAT {
            let must = format!("must be {}", checkpoint::FORMAT);
            return Err(AppError::invalid(&format!("/{i}/format"), must));
        }
        if c.seq < 0 {
            return Err(AppError::invalid(
                &format!("/{i}/seq"),
                "must be an integer of at least 0",
            ));
        }
        hex_field(&format!("/{i}/head"), &c.head, 32)?;
        hex_field(&format!("/{i}/signature"), &c.signature, 64)?;
        hex_field(&format!("/{i}/public_key"), &c.public_key, 32)?;
        // The form only: the signature covers the text as written, so a copy with an
        // impossible date simply does not verify.
        if !signed_at_form(&c.signed_at) {
            return Err(AppError::invalid(
                &format!("/{i}/signed_at"),
                "must be written as exported: RFC 3339 in UTC with six fraction digits, e.g. 2026-11-30T08:00:00.000000Z",
            ));
        }
    }
    Ok(())
}

/// Whether `text` has the form of [`SIGNED_AT_PATTERN`]: `dddd-dd-ddTdd:dd:dd.ddddddZ`.
fn signed_at_form(text: &str) -> bool {
    const FORM: &[u8] = b"dddd-dd-ddTdd:dd:dd.ddddddZ";
    text.len() == FORM.len()
        && text.bytes().zip(FORM).all(|(c, &f)| match f {
            b'd' => c.is_ascii_digit(),
            f => c == f,
        })
}

/// Check checkpoint copies kept elsewhere against the record, along with everything
/// `GET /api/v1/audit/verification` checks.
///
/// A copy holds when it is signed by the service's key and the events up to its `seq` still
/// give its `head`: the history it vouches for was not rewritten since. The verdicts are in
/// `kept`, in the order sent. Admins and reviewers.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    request_body = KeptCheckpoints,
    responses(
        (status = 200, description = "The report, with a verdict per copy", body = Verification),
        (status = 403, description = "Not an admin or a reviewer"),
    )
)]
#[post("/audit/verification")]
async fn check_kept_checkpoints(
    state: web::Data<AppState>,
    user: AuthUser,
    body: JsonList<Vec<Checkpoint>>,
) -> Result<web::Json<Verification>> {
    check_kept(&body)?;
    require_auditor(&state, &user).await?;
    let report = verify(&state.pool, state.checkpoint_key.public_key(), &body).await?;
    Ok(web::Json(within_reach(&state, &user, report).await?))
}

/// The signed checkpoints, newest first, in their exported form: keep copies of them
/// elsewhere. Admins and reviewers.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "One page of checkpoints", body = Page<Checkpoint>),
        (status = 403, description = "Not an admin or a reviewer"),
    )
)]
#[get("/audit/checkpoints")]
async fn list_checkpoints(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<ListParams>,
) -> Result<web::Json<Page<Checkpoint>>> {
    let page = query.page()?;
    require_auditor(&state, &user).await?;
    let rows = checkpoint::list(&state.pool, page.after_id()?, page.fetch()).await?;
    let page = page.finish(rows, |r| r.id.to_string());
    Ok(web::Json(Page {
        items: page.items.into_iter().map(|r| r.checkpoint).collect(),
        next_cursor: page.next_cursor,
    }))
}

/// Seal what is committed and sign a checkpoint of the chain's head now (checkpoints are also
/// signed hourly by themselves). Admins.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The checkpoint just signed", body = Checkpoint),
        (status = 403, description = "Not an admin"),
    )
)]
#[post("/audit/checkpoints")]
async fn sign_checkpoint(
    state: web::Data<AppState>,
    user: AuthUser,
) -> Result<web::Json<Checkpoint>> {
    if !user.is_admin {
        return Err(AppError::Forbidden(
            "signing a checkpoint is for admins".into(),
        ));
    }
    crate::seal::chain::seal_committed(&state.pool).await?;
    let checkpoint = checkpoint::write(&state.pool, &state.checkpoint_key).await?;
    Ok(web::Json(checkpoint))
}

/// The key that checks checkpoints.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "algorithm": "Ed25519",
    "public_key": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c",
    "pem": "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=\n-----END PUBLIC KEY-----\n"
}))]
pub struct PublicKey {
    /// `Ed25519`.
    pub algorithm: String,
    /// The raw public key, hex, as checkpoints carry it.
    pub public_key: String,
    /// The same as SubjectPublicKeyInfo PEM (`openssl pkey -pubin` reads it).
    pub pem: String,
}

/// The public key of the service's checkpoints, for anyone checking a copy; no login needed.
#[utoipa::path(
    tag = TAG,
    responses((status = 200, description = "The public key", body = PublicKey))
)]
#[get("/audit/public-key")]
async fn get_public_key(state: web::Data<AppState>) -> Result<HttpResponse> {
    Ok(HttpResponse::Ok().json(PublicKey {
        algorithm: "Ed25519".into(),
        public_key: state.checkpoint_key.public_hex(),
        pem: state.checkpoint_key.public_pem()?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_refused_only_for_its_form() {
        assert!(signed_at_form("2026-11-30T08:00:00.000000Z"));
        // The form of the pattern, even if no such day exists: it just will not verify.
        assert!(signed_at_form("2026-19-39T08:00:00.000000Z"));
        assert!(!signed_at_form("2026-11-30T08:00:00Z"));
        assert!(!signed_at_form("2026-11-30T08:00:00.000000+00:00"));
        assert!(!signed_at_form("2026-11-30 08:00:00.000000Z"));
        assert!(hex_field("/0/head", &"ab".repeat(32), 32).is_ok());
        assert!(hex_field("/0/head", &"AB".repeat(32), 32).is_err());
        assert!(hex_field("/0/head", &"ab".repeat(31), 32).is_err());
    }
}
