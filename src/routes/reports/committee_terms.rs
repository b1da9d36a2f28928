//! The committee term report: for every branch of a subtree, its committee in office and where
//! its term stands, and what needs attention — terms ending within 6 months, overdue or
//! extended, vacant seats and posts, and branches large enough for a committee without one.

use std::collections::HashMap;

use actix_web::{get, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::tag::TAG;
use crate::auth::{AuthUser, Permission, access};
use crate::domain::committee::TermStatus;
use crate::domain::standing::COMMITTEE_FROM_FULL_MEMBERS;
use crate::error::Result;
use crate::state::AppState;
use crate::store::committee::{self, CommitteeTerm, PostLabel};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct TermReportQuery {
    /// The unit to report on, with every branch below it.
    pub org_unit_id: Uuid,
}

/// A branch and its committee in office.
#[derive(Debug, Serialize, ToSchema)]
pub struct BranchCommittee {
    pub org_unit_id: Uuid,
    pub name: String,
    /// Full members (正式党员) today, by their dated standing, of the branch and its groups.
    pub full_members: i64,
    /// Probationary members (预备党员) today.
    pub probationary_members: i64,
    /// 7 or more full members: the branch elects a committee (支部工作条例 Art. 8); fewer
    /// have only a secretary.
    pub committee_required: bool,
    /// The term in office today (overdue ones included: in office until the next is elected);
    /// null when there is none.
    #[schema(required = true)]
    pub term: Option<CommitteeTerm>,
}

/// A term that needs attention.
#[derive(Debug, Serialize, ToSchema)]
pub struct TermAttention {
    pub org_unit_id: Uuid,
    pub name: String,
    pub term_id: Uuid,
    pub status: TermStatus,
    pub ends_on: NaiveDate,
    pub vacant_seats: i32,
    pub vacant_posts: Vec<PostLabel>,
}

/// A branch without a committee in office.
#[derive(Debug, Serialize, ToSchema)]
pub struct BranchWithoutCommittee {
    pub org_unit_id: Uuid,
    pub name: String,
    pub full_members: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CommitteeTermReport {
    pub org_unit_id: Uuid,
    /// "Today" in the service's time zone, which decides where each term stands.
    pub as_of: NaiveDate,
    /// Every branch of the subtree.
    pub branches: Vec<BranchCommittee>,
    /// Terms in office ending within 6 months (time to prepare the election, 换届).
    pub due_within_6_months: Vec<TermAttention>,
    /// Terms past their end with no new committee recorded.
    pub overdue: Vec<TermAttention>,
    /// Terms in office on an approved extension.
    pub extended: Vec<TermAttention>,
    /// Terms in office with vacant seats or a vacant 书记.
    pub with_vacancies: Vec<TermAttention>,
    /// Branches of 7 or more full members with no committee in office.
    pub without_committee: Vec<BranchWithoutCommittee>,
}

/// Where the committees of a unit's branches stand.
///
/// Reviewers above see their subtree; a branch's readers see their branch.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(TermReportQuery),
    responses(
        (status = 200, description = "The report", body = CommitteeTermReport),
        (status = 404, description = "No such unit in your reach"),
    )
)]
#[get("/reports/committee-terms")]
pub(super) async fn committee_term_report(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<TermReportQuery>,
) -> Result<web::Json<CommitteeTermReport>> {
    let mut conn = state.reads().await?;
    access::require(&mut *conn, &user, query.org_unit_id, Permission::Read).await?;
    let today = state.today();
    let branches = sqlx::query!(
        r#"select u.id, u.name,
                  count(p.id) filter (where standing_on(p.id, $2) = 'full_member') as "full!",
                  count(p.id) filter (where standing_on(p.id, $2) = 'probationary_member')
                      as "probationary!"
           from org_units u
           join org_unit_closure c on c.descendant_id = u.id and c.ancestor_id = $1
           left join org_unit_closure below on below.ancestor_id = u.id
           left join people p on p.org_unit_id = below.descendant_id and p.kind = 'member'
           where u.kind = 'branch'
           group by u.id, c.depth
           order by c.depth, u.name, u.id"#,
        query.org_unit_id,
        today
    )
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<Uuid> = branches.iter().map(|b| b.id).collect();
    // Newest start first: the first in office today is the one.
    let mut in_office: HashMap<Uuid, CommitteeTerm> = HashMap::new();
    for term in committee::of_units(&mut conn, &ids, today).await? {
        if term.in_office_on(today) && !in_office.contains_key(&term.org_unit_id) {
            in_office.insert(term.org_unit_id, term);
        }
    }
    let mut report = CommitteeTermReport {
        org_unit_id: query.org_unit_id,
        as_of: today,
        branches: Vec::new(),
        due_within_6_months: Vec::new(),
        overdue: Vec::new(),
        extended: Vec::new(),
        with_vacancies: Vec::new(),
        without_committee: Vec::new(),
    };
    for branch in branches {
        let term = in_office.remove(&branch.id);
        let committee_required = branch.full >= i64::from(COMMITTEE_FROM_FULL_MEMBERS);
        match &term {
            Some(term) => {
                let attention = || TermAttention {
                    org_unit_id: branch.id,
                    name: branch.name.clone(),
                    term_id: term.id,
                    status: term.status,
                    ends_on: term.ends_on,
                    vacant_seats: term.vacant_seats,
                    vacant_posts: term.vacant_posts.clone(),
                };
                match term.status {
                    TermStatus::DueWithin6Months => report.due_within_6_months.push(attention()),
                    TermStatus::Overdue => report.overdue.push(attention()),
                    _ => {}
                }
                if term.extended_until.is_some() {
                    report.extended.push(attention());
                }
                if term.vacant_seats > 0 || !term.vacant_posts.is_empty() {
                    report.with_vacancies.push(attention());
                }
            }
            None if committee_required => {
                report.without_committee.push(BranchWithoutCommittee {
                    org_unit_id: branch.id,
                    name: branch.name.clone(),
                    full_members: branch.full,
                });
            }
            None => {}
        }
        report.branches.push(BranchCommittee {
            org_unit_id: branch.id,
            name: branch.name,
            full_members: branch.full,
            probationary_members: branch.probationary,
            committee_required,
            term,
        });
    }
    Ok(web::Json(report))
}
