//! The admissions report (发展党员情况): per unit and year, the decisions on membership its
//! meetings voted — admissions (接收预备党员), confirmations (转正), extensions and
//! cancellations of probation — how many passed and how many did not, each with its candidate
//! and the rule that decided it. Judged as the meeting's decisions are (`store::decisions`):
//! the judgement kept at finalizing, else worked out from the records of the meeting's day.

use std::collections::HashMap;

use actix_web::{get, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::compliance::YEARS;
use super::tag::TAG;
use crate::auth::{AuthUser, Permission, access};
use crate::domain::vote::DecisionKind;
use crate::error::{AppError, Result};
use crate::state::AppState;
use crate::store::decisions;
use crate::store::votes::Roll;

/// The kinds of decision on membership the report counts, in the order it lists them.
const KINDS: [DecisionKind; 4] = [
    DecisionKind::Admission,
    DecisionKind::Confirmation,
    DecisionKind::Extension,
    DecisionKind::Cancellation,
];

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AdmissionsQuery {
    /// The unit to report on, with every unit below it.
    pub org_unit_id: Uuid,
    /// The year the meetings were held in (in the service's time zone).
    #[param(minimum = 2000, maximum = 2100)]
    pub year: i32,
}

/// How the votes of one kind came out.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq, Eq)]
pub struct KindCounts {
    pub kind: DecisionKind,
    /// Decisions of this kind voted.
    pub voted: u32,
    pub passed: u32,
    /// Voted and not passed: no quorum, or not more than half of those due in favour.
    pub not_passed: u32,
    /// Recorded with counts the records no longer fit (not finalized yet): neither passed
    /// nor not passed until corrected.
    pub to_correct: u32,
}

impl KindCounts {
    fn zero(kind: DecisionKind) -> Self {
        KindCounts {
            kind,
            voted: 0,
            passed: 0,
            not_passed: 0,
            to_correct: 0,
        }
    }

    fn add(&mut self, line: &AdmissionDecision) {
        self.voted += 1;
        if line.problem.is_some() {
            self.to_correct += 1;
        } else if line.passed {
            self.passed += 1;
        } else {
            self.not_passed += 1;
        }
    }
}

/// One decision on membership.
#[derive(Debug, Serialize, ToSchema)]
pub struct AdmissionDecision {
    pub decision_id: Uuid,
    pub meeting_id: Uuid,
    pub meeting_title: String,
    /// The meeting's day (in the service's time zone).
    pub day: NaiveDate,
    pub kind: DecisionKind,
    pub candidate_id: Uuid,
    pub candidate: String,
    pub passed: bool,
    /// The rule that decided, in words, as the minutes print it.
    pub reason: String,
    /// Set when the counts no longer fit the records: what to correct.
    #[schema(required = true)]
    pub problem: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnitAdmissions {
    pub org_unit_id: Uuid,
    pub name: String,
    /// One entry per kind: admission, confirmation, extension, cancellation.
    pub counts: Vec<KindCounts>,
    /// The unit's own decisions on membership, by meeting day.
    pub decisions: Vec<AdmissionDecision>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AdmissionsReport {
    pub org_unit_id: Uuid,
    pub year: i32,
    /// Over the unit and every unit below it, one entry per kind.
    pub totals: Vec<KindCounts>,
    /// Every unit of the subtree, the unit itself first.
    pub units: Vec<UnitAdmissions>,
}

/// Admissions and confirmations (and extensions and cancellations of probation) voted in a
/// year, per unit: how many were voted, passed and not passed, and each with its meeting,
/// candidate, result and the rule that decided it (支部工作条例 Art. 11).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(AdmissionsQuery),
    responses(
        (status = 200, description = "The report", body = AdmissionsReport),
        (status = 404, description = "No such unit in your reach"),
        (status = 422, description = "The year is out of range"),
    )
)]
#[get("/reports/admissions")]
pub(super) async fn admissions_report(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<AdmissionsQuery>,
) -> Result<web::Json<AdmissionsReport>> {
    if !YEARS.contains(&query.year) {
        return Err(AppError::invalid("year", "must be 2000 to 2100"));
    }
    let mut conn = state.reads().await?;
    access::require(&mut *conn, &user, query.org_unit_id, Permission::Read).await?;
    let tz = state.timezone.name();
    let units = sqlx::query!(
        "select u.id, u.name from org_units u
         join org_unit_closure c on c.descendant_id = u.id and c.ancestor_id = $1
         order by c.depth, u.name, u.id",
        query.org_unit_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let kinds: Vec<&str> = KINDS.iter().map(|k| k.as_str()).collect();
    // The meetings of the year in the subtree that voted on membership, by day.
    let meetings = sqlx::query!(
        r#"select m.id, m.title, m.org_unit_id, (m.starts_at at time zone $3)::date as "day!"
           from meetings m
           join org_unit_closure c on c.descendant_id = m.org_unit_id and c.ancestor_id = $1
           where m.status <> 'cancelled'
             and extract(year from m.starts_at at time zone $3)::integer = $2
             and exists (select 1 from decisions d where d.meeting_id = m.id and d.kind = any($4))
           order by 4, m.starts_at, m.id"#,
        query.org_unit_id,
        query.year,
        tz,
        &kinds as &[&str]
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut lines: HashMap<Uuid, Vec<AdmissionDecision>> = HashMap::new();
    for m in meetings {
        let roll = Roll::of_meeting(&mut conn, m.id, m.org_unit_id, m.day).await?;
        for d in decisions::of_meeting(&mut conn, m.id, None, &roll).await? {
            let Some(candidate) = d.candidates.first() else {
                continue;
            };
            if !KINDS.contains(&d.kind) {
                continue;
            }
            lines
                .entry(m.org_unit_id)
                .or_default()
                .push(AdmissionDecision {
                    decision_id: d.id,
                    meeting_id: m.id,
                    meeting_title: m.title.clone(),
                    day: m.day,
                    kind: d.kind,
                    candidate_id: candidate.person_id,
                    candidate: candidate.name.clone(),
                    passed: d.judgement.passed,
                    reason: d.judgement.reason,
                    problem: d.judgement.problem,
                });
        }
    }
    let mut totals: Vec<KindCounts> = KINDS.into_iter().map(KindCounts::zero).collect();
    let units = units
        .into_iter()
        .map(|u| {
            let decisions = lines.remove(&u.id).unwrap_or_default();
            let mut counts: Vec<KindCounts> = KINDS.into_iter().map(KindCounts::zero).collect();
            for line in &decisions {
                let i = KINDS
                    .iter()
                    .position(|k| *k == line.kind)
                    .expect("a kind counted");
                counts[i].add(line);
                totals[i].add(line);
            }
            UnitAdmissions {
                org_unit_id: u.id,
                name: u.name,
                counts,
                decisions,
            }
        })
        .collect();
    Ok(web::Json(AdmissionsReport {
        org_unit_id: query.org_unit_id,
        year: query.year,
        totals,
        units,
    }))
}
