//! What the minutes show of the tamper-evident record: the finalized record's digest in the
//! footer, so a printed copy can be checked against the service, and 补录 beside every entry
//! made long after the meeting. Read apart from the minutes' own content; the layout calls
//! [`footer`] and [`late`].

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::late_entry::LateEntries;
use crate::error::Result;

/// The marks of one meeting's minutes.
#[derive(Debug, Default)]
pub struct Marks {
    /// SHA-256 of the record as finalized (none before).
    pub record_digest: Option<String>,
    /// The day the attendance list was entered, when late.
    pub attendance: Option<NaiveDate>,
    /// Late speeches by position.
    pub speeches: HashMap<i32, NaiveDate>,
    /// Late rectification items by id.
    pub items: HashMap<Uuid, NaiveDate>,
}

/// Read the marks of `meeting` (access already checked by the caller).
pub async fn read(conn: &mut PgConnection, meeting: Uuid, late: &LateEntries) -> Result<Marks> {
    let m = sqlx::query!(
        r#"select record_digest, coalesce(ends_at, starts_at) as "ended!",
                  (select max(recorded_at) from attendance where meeting_id = $1) as attendance
           from meetings where id = $1"#,
        meeting
    )
    .fetch_one(&mut *conn)
    .await?;
    let speeches = sqlx::query!(
        "select position, created_at from speeches where meeting_id = $1",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let items = sqlx::query!(
        "select id, created_at from rectification_items where meeting_id = $1",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let late_on = |entered| late.entered_on(m.ended, entered);
    Ok(Marks {
        record_digest: m.record_digest,
        attendance: m.attendance.and_then(late_on),
        speeches: speeches
            .into_iter()
            .filter_map(|s| Some((s.position, late_on(s.created_at)?)))
            .collect(),
        items: items
            .into_iter()
            .filter_map(|i| Some((i.id, late_on(i.created_at)?)))
            .collect(),
    })
}

/// The footer line of finalized minutes: the digest a reader checks against the service.
pub fn footer(marks: &Marks) -> Option<String> {
    marks
        .record_digest
        .as_ref()
        .map(|d| format!("定稿记录摘要（SHA-256）：{d}"))
}

/// What stands beside an entry made late: `（补录，2026年12月3日录入）`.
pub fn late(day: Option<&NaiveDate>) -> String {
    day.map(|d| format!("（补录，{}年{}月{}日录入）", d.year(), d.month(), d.day()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_entry_names_the_day_it_was_entered_and_the_footer_the_digest() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(late(Some(&day)), "（补录，2026年12月3日录入）");
        assert_eq!(late(None), "");
        let marks = Marks {
            record_digest: Some("ab".repeat(32)),
            ..Marks::default()
        };
        assert_eq!(
            footer(&marks).unwrap(),
            format!("定稿记录摘要（SHA-256）：{}", "ab".repeat(32))
        );
        assert_eq!(footer(&Marks::default()), None);
    }
}
