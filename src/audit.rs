//! The audit trail: every change writes an `audit_events` row in the transaction that makes
//! it, so a change and its record commit or vanish together. The table is append-only (a
//! trigger refuses UPDATE, DELETE and TRUNCATE). Writing an event is all a writer does: the
//! row records its transaction (`txid`, a column default), and the sealer (`seal::chain`)
//! later chains it into the hash chain, so writers never wait for one another over it.

use serde::Serialize;
use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::error::Result;

/// One change to one record.
#[derive(Clone)]
pub struct Event {
    pub action: &'static str,
    pub entity_type: &'static str,
    pub entity_id: Uuid,
    pub org_unit_id: Option<Uuid>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

fn json(value: &impl Serialize) -> Result<Value> {
    Ok(serde_json::to_value(value).map_err(anyhow::Error::from)?)
}

impl Event {
    pub fn created(
        entity_type: &'static str,
        id: Uuid,
        org_unit_id: Option<Uuid>,
        after: &impl Serialize,
    ) -> Result<Self> {
        Ok(Event {
            action: "create",
            entity_type,
            entity_id: id,
            org_unit_id,
            before: None,
            after: Some(json(after)?),
        })
    }

    pub fn changed(
        action: &'static str,
        entity_type: &'static str,
        id: Uuid,
        org_unit_id: Option<Uuid>,
        before: &impl Serialize,
        after: &impl Serialize,
    ) -> Result<Self> {
        Ok(Event {
            action,
            entity_type,
            entity_id: id,
            org_unit_id,
            before: Some(json(before)?),
            after: Some(json(after)?),
        })
    }

    pub fn deleted(
        entity_type: &'static str,
        id: Uuid,
        org_unit_id: Option<Uuid>,
        before: &impl Serialize,
    ) -> Result<Self> {
        Ok(Event {
            action: "delete",
            entity_type,
            entity_id: id,
            org_unit_id,
            before: Some(json(before)?),
            after: None,
        })
    }
}

/// Write `event` by `actor` inside the caller's transaction.
pub async fn record(conn: &mut PgConnection, actor: &AuthUser, event: Event) -> Result<()> {
    sqlx::query!(
        "insert into audit_events
             (id, actor_id, action, entity_type, entity_id, org_unit_id, before, after, request_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        Uuid::now_v7(),
        actor.id,
        event.action,
        event.entity_type,
        event.entity_id,
        event.org_unit_id,
        event.before,
        event.after,
        actor.request_id.as_deref()
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Write `event` about an account once for each unit where the account holds a membership
/// (`units`), so that the secretaries and reviewers of each see it; with no unit, once with
/// none (for admins). Inside the caller's transaction.
pub async fn record_in_units(
    conn: &mut PgConnection,
    actor: &AuthUser,
    event: Event,
    units: &[Uuid],
) -> Result<()> {
    if units.is_empty() {
        return record(conn, actor, event).await;
    }
    for &unit in units {
        let event = Event {
            org_unit_id: Some(unit),
            ..event.clone()
        };
        record(&mut *conn, actor, event).await?;
    }
    Ok(())
}
