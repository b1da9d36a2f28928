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
use crate::edge::Json;
use crate::error::{AppError, Result};
use crate::state::AppState;

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
    /// Where the rule comes from: one line of 1 to 500 characters; null or absent clears it.
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
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnitCompliance {
    pub org_unit_id: Uuid,
    pub name: String,
    pub kind: OrgUnitKind,
    /// The day the unit's periods count from: its `established_on`, else the day it was
    /// created (in the service's time zone). Periods that ended before it are not due.
    pub counted_from: NaiveDate,
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
/// zone; for rules that need a quorum, only if more than half of the members on its
/// attendance list were present.
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
    let mut conn = state.pool.acquire().await?;
    access::require(&mut *conn, &user, query.org_unit_id, Permission::Read).await?;
    let today = state.today();
    let rules = sqlx::query_as!(
        MeetingRule,
        r#"select kind as "kind: MeetingKind", applies_to as "applies_to: OrgUnitKind",
               period as "period: RulePeriod", min_meetings, description from meeting_rules order by kind"#
    )
    .fetch_all(&mut *conn)
    .await?;
    let units = sqlx::query!(
        r#"select u.id, u.name, u.kind as "kind: OrgUnitKind",
                  coalesce(u.established_on, (u.created_at at time zone $2)::date) as "since!"
           from org_units u
           join org_unit_closure c on c.descendant_id = u.id and c.ancestor_id = $1
           order by c.depth, u.name, u.id"#,
        query.org_unit_id,
        state.timezone.name()
    )
    .fetch_all(&mut *conn)
    .await?;
    // Held meetings of the year in the subtree: unit, kind, local date, quorum reached.
    let meetings = sqlx::query!(
        r#"select m.org_unit_id, m.kind, (m.starts_at at time zone $3)::date as "day!",
                  coalesce((select 2 * count(*) filter (where a.status = 'present') > count(*)
                            from attendance a
                            join people p on p.id = a.person_id and p.kind = 'member'
                            where a.meeting_id = m.id), false) as "quorum!"
           from meetings m
           join org_unit_closure c on c.descendant_id = m.org_unit_id and c.ancestor_id = $1
           where m.status in ('held', 'finalized')
             and extract(year from m.starts_at at time zone $3)::integer = $2"#,
        query.org_unit_id,
        query.year,
        state.timezone.name()
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut held: HashMap<(Uuid, &str), Vec<(NaiveDate, bool)>> = HashMap::new();
    for m in &meetings {
        held.entry((m.org_unit_id, m.kind.as_str()))
            .or_default()
            .push((m.day, m.quorum));
    }
    let units = units
        .into_iter()
        .filter_map(|unit| {
            let (id, kind) = (unit.id, unit.kind);
            let rules: Vec<RuleCompliance> = rules
                .iter()
                .filter(|r| r.applies_to == kind)
                .map(|rule| {
                    let days = held
                        .get(&(id, rule.kind.as_str()))
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    let mut report = RuleCompliance {
                        meeting_kind: rule.kind,
                        period: rule.period,
                        min_meetings: rule.min_meetings,
                        periods_required: 0,
                        periods_met: 0,
                        missed: Vec::new(),
                        pending: Vec::new(),
                    };
                    for (label, start, end) in
                        due_periods(query.year, rule.period, unit.since, today)
                    {
                        report.periods_required += 1;
                        let count = days.iter().filter(|(d, _)| *d >= start && *d < end).count();
                        if count >= rule.min_meetings as usize {
                            report.periods_met += 1;
                        } else if end <= today {
                            report.missed.push(label);
                        } else {
                            report.pending.push(label);
                        }
                    }
                    report
                })
                .collect();
            (!rules.is_empty()).then_some(UnitCompliance {
                org_unit_id: id,
                name: unit.name,
                kind,
                counted_from: unit.since,
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
