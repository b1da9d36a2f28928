//! Notifications: who is told about a change, written inside the transaction that makes the
//! change (an outbox), so a change, its notifications in the app and their deliveries by
//! webhook and email commit or vanish together; the time-based reminders ([`reminders`]),
//! created once per recipient, kind, record and day whatever the number of instances; and the
//! sending of deliveries ([`dispatch`]), claimed by every instance's dispatcher.

pub mod dispatch;
pub mod reminders;

use chrono::NaiveDate;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::notification::{NotificationKind, headline, message};
use crate::error::Result;

/// Which channels a notification goes out by besides the app, and the clock it is told in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outbox {
    /// The time zone meeting times are written in.
    pub timezone: chrono_tz::Tz,
    /// Email is configured (`MINUTEBOOK_SMTP_URL`): recipients with an address who did not
    /// opt out also get an email.
    pub email: bool,
}

/// What the notifications of one event say, before they are addressed.
struct Notice<'a> {
    kind: NotificationKind,
    entity_type: &'static str,
    entity_id: Uuid,
    org_unit_id: Uuid,
    /// What a recipient reads ("您的整改事项被退回：…").
    message: String,
    /// The particulars, one per line, as a unit's group reads them (no "you").
    details: Vec<String>,
    note: Option<&'a str>,
    /// The day a reminder is about; `None` for notifications of a change.
    reminder_on: Option<NaiveDate>,
}

impl Notice<'_> {
    /// The lines of a message: the particulars and the note.
    fn body(&self) -> String {
        let mut lines = self.details.clone();
        if let Some(note) = self.note {
            lines.push(format!("说明：{note}"));
        }
        lines.join("\n")
    }
}

/// Write `notice` once for each of `recipients` in the app, once by email to those of them
/// who take email, and once to each enabled webhook of the record's unit; a reminder already
/// written that day (for a recipient, a webhook) is skipped. Returns how many notifications
/// were written.
async fn write(
    conn: &mut PgConnection,
    outbox: Outbox,
    recipients: &[Uuid],
    notice: &Notice<'_>,
) -> Result<u64> {
    let ids: Vec<Uuid> = recipients.iter().map(|_| Uuid::now_v7()).collect();
    let written: Vec<Uuid> = sqlx::query_scalar!(
        "insert into notifications
             (id, user_id, kind, entity_type, entity_id, org_unit_id, message, note, reminder_on)
         select id, user_id, $3::text, $4::text, $5::uuid, $6::uuid, $7::text, $8::text, $9::date
         from unnest($1::uuid[], $2::uuid[]) as r (id, user_id)
         on conflict (user_id, kind, entity_id, reminder_on) where reminder_on is not null
         do nothing
         returning user_id",
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
    .fetch_all(&mut *conn)
    .await?;
    let body = notice.body();
    // The address is read when an email is sent; who takes email is decided now.
    let by_email: Vec<Uuid> = if outbox.email && !written.is_empty() {
        sqlx::query_scalar!(
            "select id from users
             where id = any($1) and email is not null and email_notifications
               and disabled_at is null",
            &written
        )
        .fetch_all(&mut *conn)
        .await?
    } else {
        Vec::new()
    };
    let webhooks: Vec<Uuid> = sqlx::query_scalar!(
        "select id from webhooks where org_unit_id = $1 and enabled",
        notice.org_unit_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let channels = by_email
        .iter()
        .map(|&user| ("email", None, Some(user), notice.message.as_str()))
        .chain(
            webhooks
                .iter()
                .map(|&hook| ("webhook", Some(hook), None, headline(notice.kind))),
        );
    let (mut ids, mut kinds, mut hooks, mut users, mut titles) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (channel, hook, user, title) in channels {
        ids.push(Uuid::now_v7());
        kinds.push(channel);
        hooks.push(hook);
        users.push(user);
        titles.push(title);
    }
    if !ids.is_empty() {
        sqlx::query!(
            "insert into deliveries (id, channel, webhook_id, user_id, title, org_unit_id, event,
                                     entity_type, entity_id, body, reminder_on)
             select d.id, d.channel, d.webhook_id, d.user_id, d.title,
                    $6::uuid, $7::text, $8::text, $9::uuid, $10::text, $11::date
             from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[])
                  as d (id, channel, webhook_id, user_id, title)
             on conflict do nothing",
            &ids,
            &kinds as &[&str],
            &hooks as &[Option<Uuid>],
            &users as &[Option<Uuid>],
            &titles as &[&str],
            notice.org_unit_id,
            notice.kind.as_str(),
            notice.entity_type,
            notice.entity_id,
            body,
            notice.reminder_on
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(written.len() as u64)
}

/// Tell who should know that `actor` did `kind` to the rectification item `item_id` (with the
/// note it carried), inside the caller's transaction. The actor is not told of its own act.
///
/// The owner (its linked account) is told of an assignment, a return and a verification; the
/// secretaries and reviewers of the item's unit and the units above are told of a submission,
/// except those who owned it in its current cycle (they may not verify it).
pub async fn item_changed(
    conn: &mut PgConnection,
    outbox: Outbox,
    actor: Uuid,
    kind: NotificationKind,
    item_id: Uuid,
    note: Option<&str>,
) -> Result<()> {
    let (notice, owner) = item_notice(conn, kind, item_id, note, None).await?;
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
                owner
            )
            .fetch_all(&mut *conn)
            .await?
        }
        _ => owner.into_iter().collect(),
    };
    let recipients: Vec<Uuid> = recipients.into_iter().filter(|&u| u != actor).collect();
    write(conn, outbox, &recipients, &notice).await?;
    Ok(())
}

/// The notice about a rectification item, and its owner's account if there is one.
async fn item_notice<'a>(
    conn: &mut PgConnection,
    kind: NotificationKind,
    item_id: Uuid,
    note: Option<&'a str>,
    reminder_on: Option<NaiveDate>,
) -> Result<(Notice<'a>, Option<Uuid>)> {
    let item = sqlx::query!(
        "select i.org_unit_id, i.problem, i.due_on, p.name as owner_name,
                p.user_id as owner_user_id
         from rectification_items i join people p on p.id = i.owner_id
         where i.id = $1",
        item_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let notice = Notice {
        kind,
        entity_type: "rectification_item",
        entity_id: item_id,
        org_unit_id: item.org_unit_id,
        message: message(kind, &item.problem),
        details: vec![
            format!("问题：{}", item.problem),
            format!("责任人：{}", item.owner_name),
            format!("整改时限：{}", item.due_on.format("%Y-%m-%d")),
        ],
        note,
        reminder_on,
    };
    Ok((notice, item.owner_user_id))
}

/// Tell the people of a meeting (of its unit or on its attendance list, with a linked and
/// enabled account) that `actor` did `kind` to it, inside the caller's transaction.
pub async fn meeting_changed(
    conn: &mut PgConnection,
    outbox: Outbox,
    actor: Uuid,
    kind: NotificationKind,
    meeting_id: Uuid,
) -> Result<()> {
    let (notice, recipients) =
        meeting_notice(conn, kind, meeting_id, outbox.timezone, None).await?;
    let recipients: Vec<Uuid> = recipients.into_iter().filter(|&u| u != actor).collect();
    write(conn, outbox, &recipients, &notice).await?;
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
        "select org_unit_id, title, starts_at, location from meetings where id = $1",
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
    let when = starts.format("%Y-%m-%d %H:%M").to_string();
    let subject = format!("{}（{when}）", meeting.title);
    let mut details = vec![format!("会议：{}", meeting.title), format!("时间：{when}")];
    if let Some(location) = meeting.location {
        details.push(format!("地点：{location}"));
    }
    let notice = Notice {
        kind,
        entity_type: "meeting",
        entity_id: meeting_id,
        org_unit_id: meeting.org_unit_id,
        message: message(kind, &subject),
        details,
        note: None,
        reminder_on,
    };
    Ok((notice, recipients))
}

/// The notice about a branch committee's term ending on `ends_on`, and who is told: the
/// secretaries of its branch and the reviewers of the branch and the units above (as an
/// overdue item escalates), with an enabled account.
async fn term_notice(
    conn: &mut PgConnection,
    kind: NotificationKind,
    term_id: Uuid,
    ends_on: NaiveDate,
    reminder_on: Option<NaiveDate>,
) -> Result<(Notice<'static>, Vec<Uuid>)> {
    let term = sqlx::query!(
        r#"select t.org_unit_id, t.started_on, u.name as unit_name,
                  array(select distinct m.user_id
                        from org_unit_closure c
                        join memberships m on m.org_unit_id = c.ancestor_id
                        join users us on us.id = m.user_id
                        where c.descendant_id = t.org_unit_id and us.disabled_at is null
                          and ((m.role = 'secretary' and c.depth = 0) or m.role = 'reviewer'))
                      as "recipients!: Vec<Uuid>"
           from committee_terms t join org_units u on u.id = t.org_unit_id
           where t.id = $1"#,
        term_id
    )
    .fetch_one(&mut *conn)
    .await?;
    let ends = ends_on.format("%Y-%m-%d");
    let subject = format!("{}（任期至{ends}）", term.unit_name);
    let notice = Notice {
        kind,
        entity_type: "committee_term",
        entity_id: term_id,
        org_unit_id: term.org_unit_id,
        message: message(kind, &subject),
        details: vec![
            format!("支部：{}", term.unit_name),
            format!("任期：{} 至 {ends}", term.started_on.format("%Y-%m-%d")),
        ],
        note: None,
        reminder_on,
    };
    Ok((notice, term.recipients))
}
