//! Notifications in the app: who is told about a change, written inside the transaction that
//! makes the change (an outbox), so a change and its notifications commit or vanish together;
//! and the time-based reminders ([`reminders`]), created once per recipient, kind, record and
//! day whatever the number of instances.

pub mod reminders;

use chrono::NaiveDate;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::notification::{NotificationKind, message};
use crate::error::Result;

/// What the notifications of one event say, before they are addressed.
struct Notice<'a> {
    kind: NotificationKind,
    entity_type: &'static str,
    entity_id: Uuid,
    org_unit_id: Uuid,
    message: String,
    note: Option<&'a str>,
    /// The day a reminder is about; `None` for notifications of a change.
    reminder_on: Option<NaiveDate>,
}

/// Write `notice` once for each of `recipients`; a reminder already written for a recipient
/// that day is skipped. Returns how many were written.
async fn write(conn: &mut PgConnection, recipients: &[Uuid], notice: &Notice<'_>) -> Result<u64> {
    if recipients.is_empty() {
        return Ok(0);
    }
    let ids: Vec<Uuid> = recipients.iter().map(|_| Uuid::now_v7()).collect();
    let written = sqlx::query!(
        "insert into notifications
             (id, user_id, kind, entity_type, entity_id, org_unit_id, message, note, reminder_on)
         select id, user_id, $3::text, $4::text, $5::uuid, $6::uuid, $7::text, $8::text, $9::date
         from unnest($1::uuid[], $2::uuid[]) as r (id, user_id)
         on conflict (user_id, kind, entity_id, reminder_on) where reminder_on is not null
         do nothing",
        &ids,
        recipients,
        notice.kind.as_str(),
        notice.entity_type,
        notice.entity_id,
        notice.org_unit_id,
        notice.message,
        notice.note,
        notice.reminder_on
    )
    .execute(conn)
    .await?;
    Ok(written.rows_affected())
}

/// Tell who should know that `actor` did `kind` to the rectification item `item_id` (with the
/// note it carried), inside the caller's transaction. The actor is not told of its own act.
///
/// The owner (its linked account) is told of an assignment, a return and a verification; the
/// secretaries and reviewers of the item's unit and the units above are told of a submission,
/// except those who owned it in its current cycle (they may not verify it).
pub async fn item_changed(
    conn: &mut PgConnection,
    actor: Uuid,
    kind: NotificationKind,
    item_id: Uuid,
    note: Option<&str>,
) -> Result<()> {
    let item = sqlx::query!(
        "select i.org_unit_id, i.problem, p.user_id as owner_user_id
         from rectification_items i join people p on p.id = i.owner_id
         where i.id = $1",
        item_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let recipients: Vec<Uuid> = match kind {
        NotificationKind::ItemSubmitted => {
            sqlx::query_scalar!(
                r#"select distinct m.user_id as "user_id!"
                   from rectification_items i
                   join org_unit_closure c on c.descendant_id = i.org_unit_id
                   join memberships m on m.org_unit_id = c.ancestor_id
                   join users u on u.id = m.user_id
                   where i.id = $1 and m.role in ('secretary', 'reviewer')
                     and u.disabled_at is null
                     and m.user_id <> all(i.former_owner_user_ids)
                     and m.user_id is distinct from $2"#,
                item_id,
                item.owner_user_id
            )
            .fetch_all(&mut *conn)
            .await?
        }
        _ => item.owner_user_id.into_iter().collect(),
    };
    let recipients: Vec<Uuid> = recipients.into_iter().filter(|&u| u != actor).collect();
    let notice = Notice {
        kind,
        entity_type: "rectification_item",
        entity_id: item_id,
        org_unit_id: item.org_unit_id,
        message: message(kind, &item.problem),
        note,
        reminder_on: None,
    };
    write(conn, &recipients, &notice).await?;
    Ok(())
}

/// Tell the people of a meeting (of its unit or on its attendance list, with a linked and
/// enabled account) that `actor` did `kind` to it, inside the caller's transaction.
pub async fn meeting_changed(
    conn: &mut PgConnection,
    actor: Uuid,
    kind: NotificationKind,
    meeting_id: Uuid,
    timezone: chrono_tz::Tz,
) -> Result<()> {
    let (notice, recipients) = meeting_notice(conn, kind, meeting_id, timezone, None).await?;
    let recipients: Vec<Uuid> = recipients.into_iter().filter(|&u| u != actor).collect();
    write(conn, &recipients, &notice).await?;
    Ok(())
}

/// The notice about a meeting and the accounts of its people.
async fn meeting_notice(
    conn: &mut PgConnection,
    kind: NotificationKind,
    meeting_id: Uuid,
    timezone: chrono_tz::Tz,
    reminder_on: Option<NaiveDate>,
) -> Result<(Notice<'static>, Vec<Uuid>)> {
    let meeting = sqlx::query!(
        "select org_unit_id, title, starts_at from meetings where id = $1",
        meeting_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let recipients = sqlx::query_scalar!(
        r#"select distinct p.user_id as "user_id!"
           from people p join users u on u.id = p.user_id
           where u.disabled_at is null
             and (p.org_unit_id = $2
                  or p.id in (select person_id from attendance where meeting_id = $1))"#,
        meeting_id,
        meeting.org_unit_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let starts = meeting.starts_at.with_timezone(&timezone);
    let subject = format!("{}（{}）", meeting.title, starts.format("%Y-%m-%d %H:%M"));
    let notice = Notice {
        kind,
        entity_type: "meeting",
        entity_id: meeting_id,
        org_unit_id: meeting.org_unit_id,
        message: message(kind, &subject),
        note: None,
        reminder_on,
    };
    Ok((notice, recipients))
}
