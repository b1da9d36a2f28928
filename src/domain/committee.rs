//! The branch committee's term (支部委员会任期): elected for 3 years (5 in villages and
//! communities), extended with the superior organisation's approval by at most a year, and
//! reminded of 6 months before it ends. Pure date rules, shared by the answers, the report and
//! the reminder job.

use chrono::{Months, NaiveDate};

crate::text_enum!(
    /// Where a term stands today.
    TermStatus {
        /// In office, more than 6 months before its end.
        InOffice = "in_office",
        /// In office, its end (due date, or the extension's) within 6 months.
        #[serde(rename = "due_within_6_months")]
        DueWithin6Months = "due_within_6_months",
        /// Past its end and no new committee recorded: the election is late.
        Overdue = "overdue",
        /// In office on an approved extension, more than 6 months before the extension ends.
        Extended = "extended",
        /// A new committee took office (`ended_on`).
        Ended = "ended",
    }
);

/// The lengths a term may have, in years.
pub const TERM_YEARS: [i32; 2] = [3, 5];

/// An extension goes at most this far past the due date.
pub const MAX_EXTENSION_MONTHS: u32 = 12;

/// The secretary and the reviewers above are reminded this long before a term ends.
pub const REMIND_MONTHS_BEFORE: u32 = 6;

/// The seats a committee may be elected with.
pub const SEATS: std::ops::RangeInclusive<i32> = 1..=15;

/// The day the term falls due: its start plus its length (29 February falls to the 28th).
pub fn due_on(started_on: NaiveDate, length_years: i32) -> Option<NaiveDate> {
    let months = u32::try_from(length_years).ok()?.checked_mul(12)?;
    started_on.checked_add_months(Months::new(months))
}

/// The last day an extension may reach.
pub fn latest_extension(due_on: NaiveDate) -> Option<NaiveDate> {
    due_on.checked_add_months(Months::new(MAX_EXTENSION_MONTHS))
}

/// Whether `extended_until` is an extension the rules allow: after the due date, at most a
/// year past it.
pub fn extension_allowed(due_on: NaiveDate, extended_until: NaiveDate) -> bool {
    extended_until > due_on && latest_extension(due_on).is_some_and(|last| extended_until <= last)
}

/// The day the reminder of a term ending on `ends_on` is written.
pub fn reminder_on(ends_on: NaiveDate) -> Option<NaiveDate> {
    ends_on.checked_sub_months(Months::new(REMIND_MONTHS_BEFORE))
}

/// Where a term stands on `today`: ended once the next committee took office, overdue past its
/// end, due within 6 months when its end is that near, else extended or in office.
pub fn status(
    today: NaiveDate,
    ends_on: NaiveDate,
    extended: bool,
    ended_on: Option<NaiveDate>,
) -> TermStatus {
    if ended_on.is_some_and(|ended| ended <= today) {
        TermStatus::Ended
    } else if today > ends_on {
        TermStatus::Overdue
    } else if reminder_on(ends_on).is_some_and(|from| today >= from) {
        TermStatus::DueWithin6Months
    } else if extended {
        TermStatus::Extended
    } else {
        TermStatus::InOffice
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_api_names_each_status_as_its_text() {
        for &text in TermStatus::VALUES {
            let status = TermStatus::try_from(text.to_owned()).unwrap();
            assert_eq!(serde_json::to_value(status).unwrap(), text);
        }
    }

    #[test]
    fn a_term_falls_due_after_its_length() {
        assert_eq!(due_on(day(2023, 5, 10), 3), Some(day(2026, 5, 10)));
        assert_eq!(due_on(day(2021, 5, 10), 5), Some(day(2026, 5, 10)));
        assert_eq!(due_on(day(2024, 2, 29), 3), Some(day(2027, 2, 28)));
        assert_eq!(due_on(day(2024, 2, 29), -3), None);
    }

    #[test]
    fn an_extension_is_after_the_due_date_and_at_most_a_year_past_it() {
        let due = day(2026, 5, 10);
        assert!(!extension_allowed(due, due));
        assert!(extension_allowed(due, day(2026, 5, 11)));
        assert!(extension_allowed(due, day(2027, 5, 10)));
        assert!(!extension_allowed(due, day(2027, 5, 11)));
    }

    #[test]
    fn the_status_follows_the_end_of_the_term() {
        let ends = day(2026, 5, 10);
        let on = |today, extended, ended| status(today, ends, extended, ended);
        assert_eq!(on(day(2025, 11, 9), false, None), TermStatus::InOffice);
        // Exactly 6 months before: the day of the reminder, and due from then on.
        assert_eq!(reminder_on(ends), Some(day(2025, 11, 10)));
        assert_eq!(
            on(day(2025, 11, 10), false, None),
            TermStatus::DueWithin6Months
        );
        assert_eq!(on(ends, false, None), TermStatus::DueWithin6Months);
        assert_eq!(on(day(2026, 5, 11), false, None), TermStatus::Overdue);
        assert_eq!(on(day(2025, 1, 1), true, None), TermStatus::Extended);
        assert_eq!(
            on(day(2026, 1, 1), true, None),
            TermStatus::DueWithin6Months
        );
        // The next committee took office: ended from that day, not before.
        let next = Some(day(2026, 6, 1));
        assert_eq!(on(day(2026, 6, 1), false, next), TermStatus::Ended);
        assert_eq!(on(day(2026, 5, 31), false, next), TermStatus::Overdue);
    }
}
