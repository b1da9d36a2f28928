//! Branch committee terms as stored: the term with its dates worked out, its members by name,
//! and the vacant seats and posts, as every answer about a term gives them (the term resource,
//! the term report).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::PgConnection;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::access;
use crate::domain::committee::{TermStatus, due_on, status};
use crate::domain::standing::CommitteePost;
use crate::error::Result;

/// A post, with the name the minutes and reports print.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PostLabel {
    pub post: CommitteePost,
    /// 书记, 副书记, 组织委员 …
    pub label: String,
}

impl From<CommitteePost> for PostLabel {
    fn from(post: CommitteePost) -> Self {
        PostLabel {
            post,
            label: post.label().to_owned(),
        }
    }
}

/// One member of a committee (支委) and the post held.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommitteeMember {
    pub person_id: Uuid,
    pub name: String,
    pub post: CommitteePost,
    /// The post as printed: 书记, 副书记, 组织委员 …
    pub post_label: String,
    /// On the committee from this day (the term's start, or a by-election).
    pub from_on: NaiveDate,
    /// The last day on the committee; null while still on it.
    #[schema(required = true)]
    pub until_on: Option<NaiveDate>,
    /// On the committee today (the term not ended, today within `from_on`…`until_on`).
    pub current: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "019a1b2c-0000-7000-8000-0000000000c0", "org_unit_id": "019a1b2c-0000-7000-8000-000000000001",
    "started_on": "2024-06-20", "length_years": 3, "due_on": "2027-06-20",
    "extended_until": null, "extension_approval": null, "ends_on": "2027-06-20", "ended_on": null,
    "status": "in_office", "seats": 5, "election_meeting_id": null,
    "members": [{"person_id": "019a1b2c-0000-7000-8000-000000000020", "name": "王芳",
                 "post": "secretary", "post_label": "书记", "from_on": "2024-06-20",
                 "until_on": null, "current": true}],
    "vacant_seats": 4, "vacant_posts": [], "version": 1,
    "created_at": "2024-06-20T08:30:00Z", "updated_at": "2024-06-20T08:30:00Z"
}))]
pub struct CommitteeTerm {
    pub id: Uuid,
    /// The branch.
    pub org_unit_id: Uuid,
    pub started_on: NaiveDate,
    /// 3, or 5 in villages and communities.
    pub length_years: i32,
    /// `started_on` plus `length_years`.
    pub due_on: NaiveDate,
    /// The last day of an approved extension (at most a year past `due_on`).
    #[schema(required = true)]
    pub extended_until: Option<NaiveDate>,
    /// Who approved the extension, and how (批复文号).
    #[schema(required = true)]
    pub extension_approval: Option<String>,
    /// When the term ends: `extended_until`, else `due_on`.
    pub ends_on: NaiveDate,
    /// The day the next committee took office; null while in office.
    #[schema(required = true)]
    pub ended_on: Option<NaiveDate>,
    /// Where the term stands today.
    pub status: TermStatus,
    /// The seats the committee was elected with.
    pub seats: i32,
    /// The meeting (of the branch) that elected it.
    #[schema(required = true)]
    pub election_meeting_id: Option<Uuid>,
    /// Everyone on the committee in this term, current or not, by post.
    pub members: Vec<CommitteeMember>,
    /// Seats without a current member (0 once the term ended).
    pub vacant_seats: i32,
    /// Posts a committee must fill that nobody holds today: the 书记.
    pub vacant_posts: Vec<PostLabel>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl CommitteeTerm {
    /// In office on `day`: started by then, and no next committee yet.
    pub fn in_office_on(&self, day: NaiveDate) -> bool {
        self.started_on <= day && self.ended_on.is_none_or(|ended| ended > day)
    }
}

/// A term as one row.
struct TermRow {
    id: Uuid,
    org_unit_id: Uuid,
    started_on: NaiveDate,
    length_years: i32,
    extended_until: Option<NaiveDate>,
    extension_approval: Option<String>,
    ended_on: Option<NaiveDate>,
    seats: i32,
    election_meeting_id: Option<Uuid>,
    version: i32,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

struct MemberRow {
    term_id: Uuid,
    person_id: Uuid,
    name: String,
    post: CommitteePost,
    from_on: NaiveDate,
    until_on: Option<NaiveDate>,
}

/// The posts in the order the minutes list a committee.
fn post_rank(post: CommitteePost) -> usize {
    CommitteePost::VALUES
        .iter()
        .position(|&v| v == post.as_str())
        .unwrap_or(usize::MAX)
}

fn assemble(row: TermRow, members: Vec<MemberRow>, today: NaiveDate) -> CommitteeTerm {
    // The schema allows only 3 or 5 years: a due date always exists.
    let due = due_on(row.started_on, row.length_years).unwrap_or(NaiveDate::MAX);
    let ends_on = row.extended_until.unwrap_or(due);
    let status = status(today, ends_on, row.extended_until.is_some(), row.ended_on);
    let ended = status == TermStatus::Ended;
    let mut members: Vec<CommitteeMember> = members
        .into_iter()
        .map(|m| CommitteeMember {
            current: !ended && m.from_on <= today && m.until_on.is_none_or(|u| u >= today),
            person_id: m.person_id,
            name: m.name,
            post: m.post,
            post_label: m.post.label().to_owned(),
            from_on: m.from_on,
            until_on: m.until_on,
        })
        .collect();
    members.sort_by(|a, b| {
        (post_rank(a.post), a.from_on, &a.name).cmp(&(post_rank(b.post), b.from_on, &b.name))
    });
    let current = members.iter().filter(|m| m.current).count();
    let (vacant_seats, vacant_posts) = if ended {
        (0, Vec::new())
    } else {
        let seats = usize::try_from(row.seats).unwrap_or(0);
        let secretary = members
            .iter()
            .any(|m| m.current && m.post == CommitteePost::Secretary);
        let posts = if secretary {
            Vec::new()
        } else {
            vec![CommitteePost::Secretary.into()]
        };
        (
            i32::try_from(seats.saturating_sub(current)).unwrap_or(0),
            posts,
        )
    };
    CommitteeTerm {
        id: row.id,
        org_unit_id: row.org_unit_id,
        started_on: row.started_on,
        length_years: row.length_years,
        due_on: due,
        extended_until: row.extended_until,
        extension_approval: row.extension_approval,
        ends_on,
        ended_on: row.ended_on,
        status,
        seats: row.seats,
        election_meeting_id: row.election_meeting_id,
        members,
        vacant_seats,
        vacant_posts,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

/// The terms of `rows` with their members, in the order of `rows`.
async fn with_members(
    conn: &mut PgConnection,
    rows: Vec<TermRow>,
    today: NaiveDate,
) -> Result<Vec<CommitteeTerm>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let members = sqlx::query_as!(
        MemberRow,
        r#"select m.term_id, m.person_id, p.name, m.post as "post: CommitteePost", m.from_on,
                  m.until_on
           from committee_members m join people p on p.id = m.person_id
           where m.term_id = any($1)"#,
        &ids
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut by_term: HashMap<Uuid, Vec<MemberRow>> = HashMap::new();
    for m in members {
        by_term.entry(m.term_id).or_default().push(m);
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let members = by_term.remove(&row.id).unwrap_or_default();
            assemble(row, members, today)
        })
        .collect())
}

/// The term `id` as answered on `today`; 404 when there is none.
pub async fn fetch(conn: &mut PgConnection, id: Uuid, today: NaiveDate) -> Result<CommitteeTerm> {
    let row = sqlx::query_as!(
        TermRow,
        "select id, org_unit_id, started_on, length_years, extended_until, extension_approval,
                ended_on, seats, election_meeting_id, version, created_at, updated_at
         from committee_terms where id = $1",
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(access::not_found)?;
    let mut terms = with_members(conn, vec![row], today).await?;
    terms.pop().ok_or_else(access::not_found)
}

/// The unit of the term `id`, locking the term's row until the transaction ends when `lock`
/// (every change starts so: changes of one term happen one at a time). 404 when there is none.
pub async fn unit_of(conn: &mut PgConnection, id: Uuid, lock: bool) -> Result<Uuid> {
    let unit = if lock {
        sqlx::query_scalar!(
            "select org_unit_id from committee_terms where id = $1 for update",
            id
        )
        .fetch_optional(&mut *conn)
        .await?
    } else {
        sqlx::query_scalar!("select org_unit_id from committee_terms where id = $1", id)
            .fetch_optional(&mut *conn)
            .await?
    };
    unit.ok_or_else(access::not_found)
}

/// Every term of the units `units`, newest start first within each unit.
pub async fn of_units(
    conn: &mut PgConnection,
    units: &[Uuid],
    today: NaiveDate,
) -> Result<Vec<CommitteeTerm>> {
    let rows = sqlx::query_as!(
        TermRow,
        "select id, org_unit_id, started_on, length_years, extended_until, extension_approval,
                ended_on, seats, election_meeting_id, version, created_at, updated_at
         from committee_terms where org_unit_id = any($1)
         order by org_unit_id, started_on desc, id desc",
        units
    )
    .fetch_all(&mut *conn)
    .await?;
    with_members(conn, rows, today).await
}
