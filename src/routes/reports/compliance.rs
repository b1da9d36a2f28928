//! 三会一课 compliance: for a unit and the units below it, which required periods of a year
//! were met and which were missed, by the rules in `meeting_rules`.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, put, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::tag::TAG;
use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission, access};
use crate::domain::OrgUnitKind;
use crate::domain::meeting::MeetingKind;
use crate::domain::vote::committee_quorum;
use crate::edge::Json;
use crate::error::{AppError, Result};
use crate::state::AppState;
use crate::store::committee::{self, CommitteeTerm};

crate::text_enum!(
    /// How often a rule wants its meetings.
    RulePeriod {
        Month = "month",
        Quarter = "quarter",
        Year = "year",
    }
);

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct MeetingRule {
    #[sqlx(try_from = "String")]
    pub kind: MeetingKind,
    /// The level of unit that must hold these meetings.
    #[sqlx(try_from = "String")]
    pub applies_to: OrgUnitKind,
    #[sqlx(try_from = "String")]
    pub period: RulePeriod,
    /// Meetings needed in each period.
    pub min_meetings: i32,
    /// Where the rule comes from, or that it is a local choice.
    #[schema(required = true)]
    pub description: Option<String>,
}

/// The `min_meetings` a rule may ask for.
pub const MIN_MEETINGS: std::ops::RangeInclusive<i32> = 1..=31;
pub const MAX_DESCRIPTION_CHARS: usize = 500;
/// The years a compliance report covers.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// E.g. 党课: every branch, at least once a quarter.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"applies_to": "branch", "period": "quarter", "min_meetings": 1, "description": "每季度1次为本地做法"}))]
pub struct RuleChange {
    pub applies_to: OrgUnitKind,
    pub period: RulePeriod,
    /// Meetings needed in each period: 1 to 31.
    #[schema(minimum = 1, maximum = 31)]
    #[serde(deserialize_with = "crate::domain::whole")]
    pub min_meetings: i32,
    /// Where the rule comes from, or that it is a local choice: one line of 1 to 500
    /// characters; null or absent clears it.
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ComplianceQuery {
    /// The unit to report on, with every unit below it.
    pub org_unit_id: Uuid,
    #[param(minimum = 2000, maximum = 2100)]
    pub year: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RuleCompliance {
    pub meeting_kind: MeetingKind,
    pub period: RulePeriod,
    pub min_meetings: i32,
    /// Periods of the year that have begun by today and end after the unit came to exist.
    pub periods_required: usize,
    pub periods_met: usize,
    /// Ended periods without enough meetings, e.g. `2026-03`, `2026-Q2`, `2026`.
    pub missed: Vec<String>,
    /// The current period, while it is not met yet.
    pub pending: Vec<String>,
    /// Periods the rule does not apply to, so not required: for 支委会, those in which the
    /// branch had no committee in office (a branch of fewer than 7 full members has only a
    /// secretary).
    pub not_applicable: Vec<String>,
    /// 支委会 meetings held below their quorum — more than half of the committee members on
    /// the meeting's day present (支部工作条例). Still counted for the frequency, but flagged.
    pub flagged: Vec<FlaggedMeeting>,
}

/// A meeting counted, but held against a rule.
#[derive(Debug, Serialize, ToSchema)]
pub struct FlaggedMeeting {
    pub meeting_id: Uuid,
    pub title: String,
    /// The day it was held (service time zone).
    pub day: NaiveDate,
    /// Committee members on that day.
    pub committee_size: i64,
    /// Of them, present.
    pub present: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnitCompliance {
    pub org_unit_id: Uuid,
    pub name: String,
    pub kind: OrgUnitKind,
    /// The day the unit's periods count from: its `established_on`, else the day it was
    /// created (in the service's time zone). Periods that ended before it are not due.
    pub counted_from: NaiveDate,
    /// Full members (正式党员) today, by their dated standing, of the unit and the units below it.
    pub full_members: i64,
    /// Probationary members (预备党员) today.
    pub probationary_members: i64,
    /// A committee is in office today, with members.
    pub has_committee: bool,
    pub rules: Vec<RuleCompliance>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ComplianceReport {
    pub org_unit_id: Uuid,
    pub year: i32,
    /// "Today" in the service's time zone.
    pub as_of: NaiveDate,
    /// Every unit in the subtree that some rule applies to.
    pub units: Vec<UnitCompliance>,
}

/// The 三会一课 rules in force.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses((status = 200, description = "The rules", body = Vec<MeetingRule>))
)]
#[get("/meeting-rules")]
pub(super) async fn list_rules(
    state: web::Data<AppState>,
    _user: AuthUser,
) -> Result<web::Json<Vec<MeetingRule>>> {
    let rules = sqlx::query_as!(
        MeetingRule,
        r#"select kind as "kind: MeetingKind", applies_to as "applies_to: OrgUnitKind",
               period as "period: RulePeriod", min_meetings, description from meeting_rules order by kind"#
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(web::Json(rules))
}

/// Set the rule for one kind of meeting (admins).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("kind" = MeetingKind, Path, description = "The kind of meeting")),
    responses(
        (status = 200, description = "The rule", body = MeetingRule),
        (status = 403, description = "Not an admin"),
    )
)]
#[put("/meeting-rules/{kind}")]
pub(super) async fn put_rule(
    state: web::Data<AppState>,
    user: AuthUser,
    kind: web::Path<MeetingKind>,
    body: Json<RuleChange>,
) -> Result<HttpResponse> {
    if !user.is_admin {
        return Err(AppError::Forbidden("only admins change the rules".into()));
    }
    if !MIN_MEETINGS.contains(&body.min_meetings) {
        return Err(AppError::invalid("/min_meetings", "must be 1 to 31"));
    }
    let description = body
        .description
        .as_deref()
        .map(|d| crate::domain::required_text("/description", d, MAX_DESCRIPTION_CHARS))
        .transpose()?;
    let mut tx = state.pool.begin().await?;
    let before = sqlx::query_as!(
        MeetingRule,
        r#"select kind as "kind: MeetingKind", applies_to as "applies_to: OrgUnitKind",
               period as "period: RulePeriod", min_meetings, description
           from meeting_rules where kind = $1 for update"#,
        kind.as_str()
    )
    .fetch_optional(&mut *tx)
    .await?;
    let (id, rule): (Uuid, MeetingRule) = {
        let id = sqlx::query_scalar!(
            "insert into meeting_rules (id, kind, applies_to, period, min_meetings, description)
             values ($1, $2, $3, $4, $5, $6)
             on conflict (kind) do update set applies_to = excluded.applies_to,
                 period = excluded.period, min_meetings = excluded.min_meetings,
                 description = excluded.description, updated_at = now()
             returning id",
            Uuid::now_v7(),
            kind.as_str(),
            body.applies_to.as_str(),
            body.period.as_str(),
            body.min_meetings,
            description
        )
        .fetch_one(&mut *tx)
        .await?;
        let rule = sqlx::query_as!(
            MeetingRule,
            r#"select kind as "kind: MeetingKind", applies_to as "applies_to: OrgUnitKind",
               period as "period: RulePeriod", min_meetings, description
               from meeting_rules where id = $1"#,
            id
        )
        .fetch_one(&mut *tx)
        .await?;
        (id, rule)
    };
    let event = Event::changed("update", "meeting_rule", id, None, &before, &rule)?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(HttpResponse::Ok().json(rule))
}

/// The periods of `year` under `period`: label, first day, day after the last.
fn periods(year: i32, period: RulePeriod) -> Vec<(String, NaiveDate, NaiveDate)> {
    let day = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).expect("a valid first of month");
    let next = |m: u32| {
        if m == 12 {
            day(year + 1, 1)
        } else {
            day(year, m + 1)
        }
    };
    match period {
        RulePeriod::Month => (1..=12)
            .map(|m| (format!("{year}-{m:02}"), day(year, m), next(m)))
            .collect(),
        RulePeriod::Quarter => (0..4)
            .map(|q| {
                (
                    format!("{year}-Q{}", q + 1),
                    day(year, q * 3 + 1),
                    next(q * 3 + 3),
                )
            })
            .collect(),
        RulePeriod::Year => vec![(year.to_string(), day(year, 1), day(year + 1, 1))],
    }
}

/// The periods of `year` a unit that exists since `since` owes by `today`: begun by today,
/// and not ended before the unit existed — the period it came to exist in is its first.
fn due_periods(
    year: i32,
    period: RulePeriod,
    since: NaiveDate,
    today: NaiveDate,
) -> impl Iterator<Item = (String, NaiveDate, NaiveDate)> {
    periods(year, period)
        .into_iter()
        .filter(move |(_, start, end)| *start <= today && *end > since)
}

/// Meetings of a year per unit and required periods met, missed or pending.
///
/// A unit owes no period that ended before it existed: its periods count from its
/// `established_on` date, else from the day it was created.
///
/// A meeting counts when it was held (or finalized) in the period, in the service's time
/// zone. The rules keep the frequency only: the "more than half" of the 支部工作条例 Art. 11
/// governs votes (each decision's own quorum), not whether a 党员大会 took place. By the
/// branch's own rules:
/// - the 支委会 rule applies to a branch only in the periods it had a committee in office
///   (a term and its members); other periods are `not_applicable`;
/// - a 支委会 meeting with not more than half of the committee members on its day present is
///   `flagged` (still counted);
/// - the annual rules count 组织生活会 and 民主生活会 by the year they report on
///   (`reporting_year`, else the year held): the "2025年度组织生活会" held in early 2026 counts
///   for 2025.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(ComplianceQuery),
    responses(
        (status = 200, description = "The report", body = ComplianceReport),
        (status = 404, description = "No such unit in your reach"),
        (status = 422, description = "The year is out of range"),
    )
)]
#[get("/reports/meeting-compliance")]
pub(super) async fn meeting_compliance(
    state: web::Data<AppState>,
    user: AuthUser,
    query: crate::edge::Query<ComplianceQuery>,
) -> Result<web::Json<ComplianceReport>> {
    if !YEARS.contains(&query.year) {
        return Err(AppError::invalid("year", "must be 2000 to 2100"));
    }
    let mut conn = state.reads().await?;
    access::require(&mut *conn, &user, query.org_unit_id, Permission::Read).await?;
    let today = state.today();
    let rules = sqlx::query_as!(
        MeetingRule,
        r#"select kind as "kind: MeetingKind", applies_to as "applies_to: OrgUnitKind",
               period as "period: RulePeriod", min_meetings, description from meeting_rules order by kind"#
    )
    .fetch_all(&mut *conn)
    .await?;
    // The units with their members today (their groups' people included).
    let units = sqlx::query!(
        r#"select u.id, u.name, u.kind as "kind: OrgUnitKind",
                  coalesce(u.established_on, (u.created_at at time zone $2)::date) as "since!",
                  count(p.id) filter (where standing_on(p.id, $3) = 'full_member') as "full!",
                  count(p.id) filter (where standing_on(p.id, $3) = 'probationary_member')
                      as "probationary!"
           from org_units u
           join org_unit_closure c on c.descendant_id = u.id and c.ancestor_id = $1
           left join org_unit_closure below on below.ancestor_id = u.id
           left join people p on p.org_unit_id = below.descendant_id and p.kind = 'member'
           group by u.id, c.depth
           order by c.depth, u.name, u.id"#,
        query.org_unit_id,
        state.timezone.name(),
        today
    )
    .fetch_all(&mut *conn)
    .await?;
    // Held meetings of the subtree held in the year or reporting on it: unit, kind, local day,
    // the year an annual rule counts them for, and for a 支委会 who was present.
    let meetings = sqlx::query!(
        r#"select m.id, m.org_unit_id, m.kind as "kind: MeetingKind", m.title,
                  (m.starts_at at time zone $3)::date as "day!",
                  coalesce(m.reporting_year,
                           extract(year from m.starts_at at time zone $3)::integer) as "year!",
                  case when m.kind = 'committee_meeting' then array(
                      select a.person_id from attendance a
                      where a.meeting_id = m.id and a.status = 'present')
                  else array[]::uuid[] end as "present!: Vec<Uuid>"
           from meetings m
           join org_unit_closure c on c.descendant_id = m.org_unit_id and c.ancestor_id = $1
           where m.status in ('held', 'finalized')
             and (extract(year from m.starts_at at time zone $3)::integer = $2
                  or m.reporting_year = $2)"#,
        query.org_unit_id,
        query.year,
        state.timezone.name()
    )
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<Uuid> = units.iter().map(|u| u.id).collect();
    let terms = committee::of_units(&mut conn, &ids, today).await?;
    let mut terms_of: HashMap<Uuid, Vec<&CommitteeTerm>> = HashMap::new();
    for term in &terms {
        terms_of.entry(term.org_unit_id).or_default().push(term);
    }
    let units = units
        .into_iter()
        .filter_map(|unit| {
            let (id, kind) = (unit.id, unit.kind);
            let terms = terms_of.get(&id).map(Vec::as_slice).unwrap_or(&[]);
            let rules: Vec<RuleCompliance> = rules
                .iter()
                .filter(|r| r.applies_to == kind)
                .map(|rule| {
                    let ours = meetings
                        .iter()
                        .filter(|m| m.org_unit_id == id && m.kind == rule.kind);
                    // An annual rule counts by the year reported on; the others by the day.
                    let days: Vec<(NaiveDate, i32)> =
                        ours.clone().map(|m| (m.day, m.year)).collect();
                    let committee_rule = rule.kind == MeetingKind::CommitteeMeeting;
                    let mut report = RuleCompliance {
                        meeting_kind: rule.kind,
                        period: rule.period,
                        min_meetings: rule.min_meetings,
                        periods_required: 0,
                        periods_met: 0,
                        missed: Vec::new(),
                        pending: Vec::new(),
                        not_applicable: Vec::new(),
                        flagged: Vec::new(),
                    };
                    for (label, start, end) in
                        due_periods(query.year, rule.period, unit.since, today)
                    {
                        if committee_rule && !committee_in_office(terms, start, end) {
                            report.not_applicable.push(label);
                            continue;
                        }
                        report.periods_required += 1;
                        let count = days
                            .iter()
                            .filter(|&&(day, year)| match rule.period {
                                RulePeriod::Year => year == query.year,
                                _ => day >= start && day < end,
                            })
                            .count();
                        if count >= rule.min_meetings as usize {
                            report.periods_met += 1;
                        } else if end <= today {
                            report.missed.push(label);
                        } else {
                            report.pending.push(label);
                        }
                    }
                    if committee_rule {
                        for m in ours.filter(|m| chrono::Datelike::year(&m.day) == query.year) {
                            let on = committee_on(terms, m.day);
                            let size = on.len() as i64;
                            let present =
                                on.iter().filter(|p| m.present.contains(p)).count() as i64;
                            // No committee recorded that day: there is no quorum to weigh.
                            if size > 0 && !committee_quorum(size as u32, present as u32) {
                                report.flagged.push(FlaggedMeeting {
                                    meeting_id: m.id,
                                    title: m.title.clone(),
                                    day: m.day,
                                    committee_size: size,
                                    present,
                                });
                            }
                        }
                        report.flagged.sort_by_key(|f| (f.day, f.meeting_id));
                    }
                    report
                })
                .collect();
            (!rules.is_empty()).then(|| UnitCompliance {
                org_unit_id: id,
                name: unit.name,
                kind,
                counted_from: unit.since,
                full_members: unit.full,
                probationary_members: unit.probationary,
                has_committee: !committee_on(terms, today).is_empty(),
                rules,
            })
        })
        .collect();
    Ok(web::Json(ComplianceReport {
        org_unit_id: query.org_unit_id,
        year: query.year,
        as_of: today,
        units,
    }))
}

/// A committee was in office at some time in `[start, end)`: a term overlapping it with a
/// member on the committee then.
fn committee_in_office(terms: &[&CommitteeTerm], start: NaiveDate, end: NaiveDate) -> bool {
    terms.iter().any(|t| {
        t.started_on < end
            && t.ended_on.is_none_or(|ended| ended > start)
            && t.members
                .iter()
                .any(|m| m.from_on < end && m.until_on.is_none_or(|until| until >= start))
    })
}

/// The committee members on `day`: of the term in office then, on the committee that day.
fn committee_on(terms: &[&CommitteeTerm], day: NaiveDate) -> Vec<Uuid> {
    terms
        .iter()
        .filter(|t| t.in_office_on(day))
        .flat_map(|t| &t.members)
        .filter(|m| m.from_on <= day && m.until_on.is_none_or(|until| until >= day))
        .map(|m| m.person_id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn periods_cover_the_year() {
        let months = periods(2026, RulePeriod::Month);
        assert_eq!(months.len(), 12);
        assert_eq!(months[11].0, "2026-12");
        assert_eq!(months[11].2, NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        let quarters = periods(2026, RulePeriod::Quarter);
        assert_eq!(
            quarters[1],
            (
                "2026-Q2".into(),
                NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
                NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()
            )
        );
        assert_eq!(periods(2026, RulePeriod::Year)[0].0, "2026");
        assert_eq!(quarters[3].1.month(), 10);
    }

    #[test]
    fn a_unit_owes_the_periods_from_the_one_it_came_to_exist_in() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let labels = |period, since, today| {
            due_periods(2026, period, since, today)
                .map(|(label, _, _)| label)
                .collect::<Vec<_>>()
        };
        // Created on 15 November, asked on 30 November: November alone.
        assert_eq!(
            labels(RulePeriod::Month, day(11, 15), day(11, 30)),
            ["2026-11"]
        );
        assert_eq!(
            labels(RulePeriod::Quarter, day(11, 15), day(11, 30)),
            ["2026-Q4"]
        );
        assert_eq!(labels(RulePeriod::Year, day(11, 15), day(11, 30)), ["2026"]);
        // The first day of a period belongs to it; the day after the last does not.
        assert_eq!(
            labels(RulePeriod::Quarter, day(4, 1), day(12, 31)),
            ["2026-Q2", "2026-Q3", "2026-Q4"]
        );
        assert_eq!(
            labels(RulePeriod::Month, day(3, 31), day(4, 2)),
            ["2026-03", "2026-04"]
        );
        // Existing since an earlier year: every period begun by today.
        let old = NaiveDate::from_ymd_opt(1998, 7, 1).unwrap();
        assert_eq!(labels(RulePeriod::Month, old, day(11, 30)).len(), 11);
        // Not yet existing in the year asked about: nothing due.
        assert!(
            labels(
                RulePeriod::Year,
                NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
                day(11, 30)
            )
            .is_empty()
        );
    }
}
