//! Who may vote at a meeting, from the records: the members of the meeting's unit (and the
//! units below it) with their party standing on the meeting's day and how they attended. The
//! counts of every decision are worked out from this roll, never taken from a client.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use sqlx::PgConnection;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::standing::PartyStanding;
use crate::error::Result;

/// One member of the unit on the meeting's day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RollEntry {
    pub person_id: Uuid,
    pub name: String,
    /// Party standing on the meeting's day; null when the person had none in the branch yet.
    #[schema(required = true)]
    pub standing: Option<PartyStanding>,
    /// How the person attended (`present`, `absent`, `leave`); null when not on the list.
    #[schema(required = true)]
    pub attendance: Option<String>,
}

impl RollEntry {
    pub fn is_full(&self) -> bool {
        self.standing == Some(PartyStanding::FullMember)
    }

    pub fn is_present(&self) -> bool {
        self.attendance.as_deref() == Some("present")
    }
}

/// 应到/实到 split by standing: only full members vote.
#[derive(Debug, Clone, Copy, Serialize, ToSchema, PartialEq, Eq)]
#[schema(example = json!({"full_members": 12, "full_present": 10, "probationary_members": 2, "probationary_present": 2}))]
pub struct VotingSummary {
    /// Full members of the unit on the meeting's day (应到会有表决权的党员, before any
    /// exclusion a decision records).
    pub full_members: u32,
    /// Of them, present (实到会有表决权的党员).
    pub full_present: u32,
    /// Probationary members on the day: they attend, speak and are counted, but do not vote.
    pub probationary_members: u32,
    pub probationary_present: u32,
}

/// The members of a meeting's unit on its day, by person.
#[derive(Debug, Clone)]
pub struct Roll {
    pub day: NaiveDate,
    pub entries: Vec<RollEntry>,
    by_person: HashMap<Uuid, usize>,
}

impl Roll {
    /// The roll of `meeting`'s day in the time zone `tz`.
    pub async fn of(
        conn: &mut PgConnection,
        meeting: &crate::store::meetings::Meeting,
        tz: chrono_tz::Tz,
    ) -> Result<Roll> {
        let day = meeting.starts_at.with_timezone(&tz).date_naive();
        Roll::of_meeting(conn, meeting.id, meeting.org_unit_id, day).await
    }

    pub async fn of_meeting(
        conn: &mut PgConnection,
        meeting: Uuid,
        unit: Uuid,
        day: NaiveDate,
    ) -> Result<Roll> {
        let rows = sqlx::query!(
            r#"select p.id, p.name, standing_on(p.id, $3, $1) as standing, a.status as "attendance?"
               from people p
               join org_unit_closure c on c.descendant_id = p.org_unit_id and c.ancestor_id = $2
               left join attendance a on a.meeting_id = $1 and a.person_id = p.id
               where p.kind = 'member'
               order by p.name, p.id"#,
            meeting,
            unit,
            day
        )
        .fetch_all(conn)
        .await?;
        let entries: Vec<RollEntry> = rows
            .into_iter()
            .map(|r| RollEntry {
                person_id: r.id,
                name: r.name,
                standing: r.standing.and_then(|s| PartyStanding::try_from(s).ok()),
                attendance: r.attendance,
            })
            .collect();
        let by_person = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.person_id, i))
            .collect();
        Ok(Roll {
            day,
            entries,
            by_person,
        })
    }

    /// The member `person` on the day, if a member of the unit.
    pub fn get(&self, person: Uuid) -> Option<&RollEntry> {
        self.by_person.get(&person).map(|&i| &self.entries[i])
    }

    pub fn summary(&self) -> VotingSummary {
        let count = |standing: PartyStanding, present: bool| {
            self.entries
                .iter()
                .filter(|e| e.standing == Some(standing) && (!present || e.is_present()))
                .count() as u32
        };
        VotingSummary {
            full_members: count(PartyStanding::FullMember, false),
            full_present: count(PartyStanding::FullMember, true),
            probationary_members: count(PartyStanding::ProbationaryMember, false),
            probationary_present: count(PartyStanding::ProbationaryMember, true),
        }
    }
}
