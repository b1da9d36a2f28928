//! What a notification is about, and when time-based reminders fall due: pure rules, so the
//! job that creates reminders and the tests agree on the days.

use chrono::{Days, NaiveDate, NaiveTime};

crate::text_enum!(
    /// Why a user is notified.
    NotificationKind {
        /// A rectification item was assigned to you (created with you as owner, or handed to you).
        ItemAssigned = "item_assigned",
        /// Your item was returned, with the note why.
        ItemReturned = "item_returned",
        /// Your item was verified (销号).
        ItemVerified = "item_verified",
        /// An item was submitted and waits for your verification.
        ItemSubmitted = "item_submitted",
        /// Your item is due soon: in the unit's `due_soon_days` (default 7).
        ItemDueSoon = "item_due_soon",
        /// Your item is due tomorrow.
        ItemDueTomorrow = "item_due_tomorrow",
        /// Your item became overdue (the day after its due date).
        ItemOverdue = "item_overdue",
        /// An item of your unit (or a unit below) is still overdue after the escalation days.
        ItemEscalated = "item_escalated",
        /// A meeting of your unit was scheduled.
        MeetingScheduled = "meeting_scheduled",
        /// A meeting of your unit moved to another time.
        MeetingMoved = "meeting_moved",
        /// A meeting of your unit was cancelled.
        MeetingCancelled = "meeting_cancelled",
        /// A meeting of your unit takes place tomorrow.
        MeetingTomorrow = "meeting_tomorrow",
        /// The minutes of a meeting of your unit were finalized.
        MinutesFinalized = "minutes_finalized",
        /// The term of your branch's committee (or one below) ends in 6 months: prepare the
        /// election (换届).
        CommitteeTermDue = "committee_term_due",
    }
);

/// Days before its due date an item's owner is first reminded, unless its unit says otherwise
/// (then again the day before).
pub const DEFAULT_DUE_SOON_DAYS: u32 = 7;

/// Days an item is overdue before it escalates to its unit's secretaries and the reviewers
/// above, unless configured otherwise (service-wide, then per unit).
pub const DEFAULT_ESCALATE_AFTER_DAYS: u32 = 7;

/// The local time reminders go out at, unless configured otherwise.
pub const DEFAULT_REMINDER_TIME: NaiveTime = NaiveTime::from_hms_opt(9, 0, 0).unwrap();

/// The days a unit reminds by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderDays {
    pub due_soon: u32,
    pub escalate_after: u32,
}

/// The item reminders, in the order they are created.
pub const ITEM_REMINDERS: [NotificationKind; 4] = [
    NotificationKind::ItemDueSoon,
    NotificationKind::ItemDueTomorrow,
    NotificationKind::ItemOverdue,
    NotificationKind::ItemEscalated,
];

/// The due date of the items a reminder of `kind` is about on `today`, with the days of the
/// item's unit: reminders are created for exactly one day each, so creating them again that day
/// (another instance, a restart) finds them made. `None` for kinds that are not item reminders.
pub fn due_on_for(
    kind: NotificationKind,
    today: NaiveDate,
    days: ReminderDays,
) -> Option<NaiveDate> {
    match kind {
        NotificationKind::ItemDueSoon => today.checked_add_days(Days::new(days.due_soon.into())),
        NotificationKind::ItemDueTomorrow => today.checked_add_days(Days::new(1)),
        // Overdue from the day after the due date on: reminded that first day.
        NotificationKind::ItemOverdue => today.checked_sub_days(Days::new(1)),
        NotificationKind::ItemEscalated => {
            today.checked_sub_days(Days::new(days.escalate_after.into()))
        }
        _ => None,
    }
}

/// The sentence a notification shows (in Chinese, as the web client and the messages are).
pub fn message(kind: NotificationKind, subject: &str) -> String {
    let subject = shorten(subject, 40);
    match kind {
        NotificationKind::ItemAssigned => format!("您有一项新的整改事项：{subject}"),
        NotificationKind::ItemReturned => format!("您的整改事项被退回：{subject}"),
        NotificationKind::ItemVerified => format!("您的整改事项已销号：{subject}"),
        NotificationKind::ItemSubmitted => format!("整改事项已提交，等待您验收：{subject}"),
        NotificationKind::ItemDueSoon => format!("您的整改事项即将到期：{subject}"),
        NotificationKind::ItemDueTomorrow => format!("您的整改事项明天到期：{subject}"),
        NotificationKind::ItemOverdue => format!("您的整改事项已逾期：{subject}"),
        NotificationKind::ItemEscalated => format!("整改事项逾期未完成，请督办：{subject}"),
        NotificationKind::MeetingScheduled => format!("会议已安排：{subject}"),
        NotificationKind::MeetingMoved => format!("会议时间已变更：{subject}"),
        NotificationKind::MeetingCancelled => format!("会议已取消：{subject}"),
        NotificationKind::MeetingTomorrow => format!("会议明天召开：{subject}"),
        NotificationKind::MinutesFinalized => format!("会议记录已定稿：{subject}"),
        NotificationKind::CommitteeTermDue => {
            format!("支部委员会任期将于6个月后届满，请做好换届准备：{subject}")
        }
    }
}

/// What happened, as the title of a message to a unit's group (which has no "you").
pub fn headline(kind: NotificationKind) -> &'static str {
    match kind {
        NotificationKind::ItemAssigned => "新的整改事项",
        NotificationKind::ItemReturned => "整改事项被退回",
        NotificationKind::ItemVerified => "整改事项已销号",
        NotificationKind::ItemSubmitted => "整改事项已提交，等待验收",
        NotificationKind::ItemDueSoon => "整改事项即将到期",
        NotificationKind::ItemDueTomorrow => "整改事项明天到期",
        NotificationKind::ItemOverdue => "整改事项已逾期",
        NotificationKind::ItemEscalated => "整改事项逾期未完成，请督办",
        NotificationKind::MeetingScheduled => "会议已安排",
        NotificationKind::MeetingMoved => "会议时间已变更",
        NotificationKind::MeetingCancelled => "会议已取消",
        NotificationKind::MeetingTomorrow => "会议明天召开",
        NotificationKind::MinutesFinalized => "会议记录已定稿",
        NotificationKind::CommitteeTermDue => "支部委员会任期6个月后届满，请做好换届准备",
    }
}

/// At most `max` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reminder_is_about_exactly_one_due_date() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d);
        let days = ReminderDays {
            due_soon: 7,
            escalate_after: 3,
        };
        assert_eq!(
            due_on_for(NotificationKind::ItemDueSoon, today, days),
            day(12, 8)
        );
        assert_eq!(
            due_on_for(NotificationKind::ItemDueTomorrow, today, days),
            day(12, 2)
        );
        assert_eq!(
            due_on_for(NotificationKind::ItemOverdue, today, days),
            day(11, 30)
        );
        assert_eq!(
            due_on_for(NotificationKind::ItemEscalated, today, days),
            day(11, 28)
        );
        let days = ReminderDays {
            due_soon: 14,
            escalate_after: 10,
        };
        assert_eq!(
            due_on_for(NotificationKind::ItemDueSoon, today, days),
            day(12, 15)
        );
        assert_eq!(
            due_on_for(NotificationKind::ItemEscalated, today, days),
            day(11, 21)
        );
        assert_eq!(
            due_on_for(NotificationKind::ItemAssigned, today, days),
            None
        );
    }

    #[test]
    fn the_api_names_each_kind_as_it_is_stored() {
        for &stored in NotificationKind::VALUES {
            let kind = NotificationKind::try_from(stored.to_owned()).unwrap();
            assert_eq!(serde_json::to_value(kind).unwrap(), stored);
        }
    }

    #[test]
    fn messages_name_their_subject_and_cut_long_ones() {
        let long = "理".repeat(50);
        let text = message(NotificationKind::ItemReturned, &long);
        assert!(text.starts_with("您的整改事项被退回："));
        assert!(text.ends_with("…"));
        assert_eq!(text.chars().filter(|&c| c == '理').count(), 40);
        assert_eq!(
            message(NotificationKind::MeetingCancelled, "支部党员大会"),
            "会议已取消：支部党员大会"
        );
    }
}
