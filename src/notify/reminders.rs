//! Time-based reminders: an item due soon (its unit's days, default 7) and tomorrow, overdue
//! since yesterday, still overdue after the escalation days; a meeting tomorrow; a branch
//! committee's term ending in 6 months. Each is created for one day and
//! written at most once per recipient, kind, record and day (a unique index): any number of
//! instances may create the reminders of a day, any number of times, and each is written once.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate, NaiveTime};
use sqlx::PgPool;
use uuid::Uuid;

use super::{Outbox, item_notice, meeting_notice, term_notice, write};
use crate::domain::committee::{due_on, reminder_on};
use crate::domain::notification::{ITEM_REMINDERS, NotificationKind, ReminderDays, due_on_for};
use crate::error::Result;

/// When reminders go out and when overdue items escalate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderRules {
    /// Local time (in the service's time zone) from which the day's reminders are created.
    pub at: NaiveTime,
    /// The service's days, for units that set none of their own.
    pub days: ReminderDays,
    /// The channels reminders go out by, and the service's time zone.
    pub outbox: Outbox,
}

/// Create the reminders of `today`; returns how many were written (0 when they already were).
pub async fn create_for_day(pool: &PgPool, today: NaiveDate, rules: ReminderRules) -> Result<u64> {
    let mut written = 0;
    // Units reminding by the same days are asked about together.
    let mut by_days: BTreeMap<(u32, u32), Vec<Uuid>> = BTreeMap::new();
    for unit in unit_days(pool, rules.days).await? {
        let days = (unit.1.due_soon, unit.1.escalate_after);
        by_days.entry(days).or_default().push(unit.0);
    }
    for ((due_soon, escalate_after), units) in by_days {
        let days = ReminderDays {
            due_soon,
            escalate_after,
        };
        for kind in ITEM_REMINDERS {
            let Some(due_on) = due_on_for(kind, today, days) else {
                continue;
            };
            written += item_reminders(pool, rules.outbox, kind, &units, due_on, today).await?;
        }
    }
    written += meeting_reminders(pool, rules.outbox, today).await?;
    written += term_reminders(pool, rules.outbox, today).await?;
    Ok(written)
}

/// Every unit with the days it reminds by: its own settings, else the service's.
async fn unit_days(pool: &PgPool, service: ReminderDays) -> Result<Vec<(Uuid, ReminderDays)>> {
    let units = sqlx::query!(
        r#"select o.id as "id!", s.due_soon_days, s.escalate_after_days
         from org_units o left join unit_notification_settings s on s.org_unit_id = o.id"#
    )
    .fetch_all(pool)
    .await?;
    let days =
        |own: Option<i32>, default: u32| own.and_then(|d| u32::try_from(d).ok()).unwrap_or(default);
    Ok(units
        .into_iter()
        .map(|u| {
            let due_soon = days(u.due_soon_days, service.due_soon);
            let escalate_after = days(u.escalate_after_days, service.escalate_after);
            (
                u.id,
                ReminderDays {
                    due_soon,
                    escalate_after,
                },
            )
        })
        .collect())
}

/// Reminders of `kind` about the unverified items of `units` due on `due_on`: to the owner, or
/// when the item escalates, to the secretaries of its unit and the reviewers of it and the
/// units above.
async fn item_reminders(
    pool: &PgPool,
    outbox: Outbox,
    kind: NotificationKind,
    units: &[Uuid],
    due_on: NaiveDate,
    today: NaiveDate,
) -> Result<u64> {
    let escalate = kind == NotificationKind::ItemEscalated;
    let items = sqlx::query!(
        r#"select i.id,
               case when $2 then array(
                   select distinct m.user_id
                   from org_unit_closure c
                   join memberships m on m.org_unit_id = c.ancestor_id
                   join users u on u.id = m.user_id
                   where c.descendant_id = i.org_unit_id and u.disabled_at is null
                     and ((m.role = 'secretary' and c.depth = 0) or m.role = 'reviewer'))
               else array(
                   select p.user_id from people p join users u on u.id = p.user_id
                   where p.id = i.owner_id and u.disabled_at is null)
               end as "recipients!: Vec<Uuid>"
           from rectification_items i
           where i.due_on = $1 and i.status <> 'verified' and i.org_unit_id = any($3)"#,
        due_on,
        escalate,
        units
    )
    .fetch_all(pool)
    .await?;
    let mut written = 0;
    for item in items {
        // A reminder and its deliveries commit together.
        let mut tx = pool.begin().await?;
        let (notice, _) = item_notice(&mut tx, kind, item.id, None, Some(today)).await?;
        written += write(&mut tx, outbox, &item.recipients, &notice).await?;
        tx.commit().await?;
    }
    Ok(written)
}

/// Reminders to the people of every scheduled meeting that starts tomorrow (local calendar).
async fn meeting_reminders(pool: &PgPool, outbox: Outbox, today: NaiveDate) -> Result<u64> {
    let timezone = outbox.timezone;
    let start_of = |day: NaiveDate| {
        day.and_time(NaiveTime::MIN)
            .and_local_timezone(timezone)
            .earliest()
    };
    let tomorrow = today.checked_add_days(Days::new(1));
    let after = today.checked_add_days(Days::new(2));
    let (Some(from), Some(until)) = (tomorrow.and_then(start_of), after.and_then(start_of)) else {
        return Ok(0);
    };
    let meetings = sqlx::query_scalar!(
        "select id from meetings where status = 'scheduled' and starts_at >= $1 and starts_at < $2",
        from.to_utc(),
        until.to_utc()
    )
    .fetch_all(pool)
    .await?;
    let mut written = 0;
    for id in meetings {
        let kind = NotificationKind::MeetingTomorrow;
        let mut tx = pool.begin().await?;
        let (notice, recipients) = meeting_notice(&mut tx, kind, id, timezone, Some(today)).await?;
        written += write(&mut tx, outbox, &recipients, &notice).await?;
        tx.commit().await?;
    }
    Ok(written)
}

/// Reminders about every term in office whose end (its extension's, else its due date) is 6
/// months after `today`, to its branch's secretaries and the reviewers above.
async fn term_reminders(pool: &PgPool, outbox: Outbox, today: NaiveDate) -> Result<u64> {
    // A branch has one term in office: few rows, and the date rule stays in one place.
    let terms = sqlx::query!(
        "select id, started_on, length_years, extended_until from committee_terms
         where ended_on is null"
    )
    .fetch_all(pool)
    .await?;
    let mut written = 0;
    for term in terms {
        let Some(ends_on) = term
            .extended_until
            .or_else(|| due_on(term.started_on, term.length_years))
        else {
            continue;
        };
        if reminder_on(ends_on) != Some(today) {
            continue;
        }
        let kind = NotificationKind::CommitteeTermDue;
        let mut tx = pool.begin().await?;
        let (notice, recipients) =
            term_notice(&mut tx, kind, term.id, ends_on, Some(today)).await?;
        written += write(&mut tx, outbox, &recipients, &notice).await?;
        tx.commit().await?;
    }
    Ok(written)
}
