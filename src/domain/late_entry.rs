//! 补录: a record entered long after its meeting ended. A speech, an attendance list or a
//! rectification item entered more than the grace period after the meeting's end (its
//! `ends_at`, else its `starts_at`) is shown as a late entry, with the day it was entered.

use chrono::{DateTime, NaiveDate, Utc};

/// The default grace period: a week after the meeting, entries are late.
pub const DEFAULT_GRACE_DAYS: u32 = 7;

/// When an entry counts as late, and the calendar its day is named in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LateEntries {
    pub grace_days: u32,
    pub timezone: chrono_tz::Tz,
}

impl LateEntries {
    /// The day (in the service's calendar) `entered` fell on, if that was more than the grace
    /// period after `meeting_ended`; `None` for an entry made in time.
    pub fn entered_on(
        &self,
        meeting_ended: DateTime<Utc>,
        entered: DateTime<Utc>,
    ) -> Option<NaiveDate> {
        let deadline = meeting_ended + chrono::Duration::days(i64::from(self.grace_days));
        (entered > deadline).then(|| entered.with_timezone(&self.timezone).date_naive())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_late_only_past_the_grace_period_and_dated_in_the_service_calendar() {
        let rule = LateEntries {
            grace_days: 7,
            timezone: chrono_tz::Asia::Shanghai,
        };
        let ended: DateTime<Utc> = "2026-11-01T03:00:00Z".parse().unwrap();
        assert_eq!(rule.entered_on(ended, ended), None);
        let last_moment = ended + chrono::Duration::days(7);
        assert_eq!(rule.entered_on(ended, last_moment), None);
        // 2026-11-08T16:30Z is already the 9th in Beijing.
        let late: DateTime<Utc> = "2026-11-08T16:30:00Z".parse().unwrap();
        assert_eq!(
            rule.entered_on(ended, late),
            Some(NaiveDate::from_ymd_opt(2026, 11, 9).unwrap())
        );
        let strict = LateEntries {
            grace_days: 0,
            ..rule
        };
        assert!(
            strict
                .entered_on(ended, ended + chrono::Duration::seconds(1))
                .is_some()
        );
    }
}
