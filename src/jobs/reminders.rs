//! Creating the day's reminders once the configured local time has come. Every instance runs
//! it; the reminders of a day are written once whatever the number of instances or restarts
//! (`notify::reminders`).

use std::time::Duration;

use chrono::{NaiveDate, Utc};
use sqlx::PgPool;

use crate::notify::reminders::{ReminderRules, create_for_day};

/// How often the clock is looked at.
const LOOK_EVERY: Duration = Duration::from_secs(60);

/// From `rules.at` on each day, create that day's reminders; once they are made, wait for the
/// next day (a restart makes them again, which writes nothing new).
pub async fn run(pool: PgPool, rules: ReminderRules) {
    let mut ticks = tokio::time::interval(LOOK_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut done: Option<NaiveDate> = None;
    loop {
        ticks.tick().await;
        let now = Utc::now().with_timezone(&rules.outbox.timezone);
        let today = now.date_naive();
        if now.time() < rules.at || done == Some(today) {
            continue;
        }
        match create_for_day(&pool, today, rules).await {
            Ok(written) => {
                done = Some(today);
                tracing::debug!(written, %today, "created the day's reminders");
            }
            Err(e) => tracing::warn!(error = %e, "creating reminders failed"),
        }
    }
}
