//! The branch committee (支部委员会) and its terms: when each was elected, for how long, an
//! approved extension, the meeting that elected it, and who sits on it in which post.

use actix_web::{HttpResponse, get, patch, post, put, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::access;
use crate::auth::{AuthUser, Permission};
use crate::domain::OrgUnitKind;
use crate::domain::committee::{SEATS, TERM_YEARS, due_on, extension_allowed, latest_extension};
use crate::domain::required_text;
use crate::domain::standing::{CommitteePost, PartyStanding};
use crate::edge::{Json, JsonList, present};
use crate::error::{AppError, Result};
use crate::routes::versioning::{IfMatch, ok_with_etag};
use crate::state::AppState;
use crate::store::committee::{self, CommitteeTerm};

pub const TAG: &str = "committee";
pub const MAX_APPROVAL_CHARS: usize = 500;
/// Members listed for one term, by-elections included.
pub const MAX_MEMBERS: usize = 30;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_terms)
        .service(create_term)
        .service(get_term)
        .service(update_term)
        .service(put_members);
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"started_on": "2025-06-20", "length_years": 3, "seats": 5}))]
pub struct NewCommitteeTerm {
    /// The day the committee took office (not in the future).
    pub started_on: NaiveDate,
    /// 3, or 5 for villages and communities.
    pub length_years: i32,
    /// The seats it was elected with: 1 to 15.
    #[schema(minimum = 1, maximum = 15)]
    #[serde(deserialize_with = "crate::domain::whole")]
    pub seats: i32,
    /// The meeting of the branch that elected it.
    pub election_meeting_id: Option<Uuid>,
    /// For a past term entered later: the day the next committee took office. Left out, the
    /// new term is the one in office, and the term in office until now ends on `started_on`.
    pub ended_on: Option<NaiveDate>,
}

/// Fields left out stay as they are; `null` clears an optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"extended_until": "2028-03-31", "extension_approval": "市直机关党委组〔2027〕12号批复"}))]
pub struct CommitteeTermChange {
    pub started_on: Option<NaiveDate>,
    /// 3, or 5 for villages and communities.
    pub length_years: Option<i32>,
    /// 1 to 15.
    #[schema(minimum = 1, maximum = 15)]
    #[serde(default, deserialize_with = "crate::domain::optional_whole")]
    pub seats: Option<i32>,
    /// The last day of an approved extension: after the due date, at most one year past it;
    /// given with `extension_approval`.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<NaiveDate>)]
    pub extended_until: Option<Option<NaiveDate>>,
    /// Who approved the extension, and how (批复文号): one line of 1 to 500 characters.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub extension_approval: Option<Option<String>>,
    /// The day the next committee took office (not before `started_on`, not in the future).
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<NaiveDate>)]
    pub ended_on: Option<Option<NaiveDate>>,
    /// A meeting of the branch.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<Uuid>)]
    pub election_meeting_id: Option<Option<Uuid>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCommitteeMember {
    /// A person of the branch, a full or probationary member on `from_on`.
    pub person_id: Uuid,
    pub post: CommitteePost,
    /// On the committee from (not before the term started).
    pub from_on: NaiveDate,
    /// The last day on the committee; null or absent while still on it.
    pub until_on: Option<NaiveDate>,
}

/// The whole committee of a term: at most 30 entries, each person once, one 书记 at a time.
#[derive(ToSchema)]
#[schema(max_items = 30, example = json!([
    {"person_id": "019a1b2c-0000-7000-8000-000000000020", "post": "secretary", "from_on": "2024-06-20"},
    {"person_id": "019a1b2c-0000-7000-8000-000000000021", "post": "organization", "from_on": "2024-06-20"}
]))]
#[allow(dead_code)] // only the document's view of the `Vec<NewCommitteeMember>` it takes
pub struct CommitteeMemberList(Vec<NewCommitteeMember>);

fn length_years(field: &str, years: i32) -> Result<i32> {
    if TERM_YEARS.contains(&years) {
        Ok(years)
    } else {
        Err(AppError::invalid(
            field,
            "must be 3, or 5 for villages and communities",
        ))
    }
}

fn seats(field: &str, seats: i32) -> Result<i32> {
    if SEATS.contains(&seats) {
        Ok(seats)
    } else {
        Err(AppError::invalid(field, "must be 1 to 15"))
    }
}

fn not_in_future(field: &str, day: NaiveDate, today: NaiveDate) -> Result<()> {
    if day > today {
        return Err(AppError::invalid(
            field,
            format!("must not be in the future (today is {today})"),
        ));
    }
    Ok(())
}

/// 422 unless `unit` is a branch: only a branch elects a committee.
async fn require_branch(conn: &mut PgConnection, unit: Uuid) -> Result<()> {
    let kind = sqlx::query_scalar!(
        r#"select kind as "kind: OrgUnitKind" from org_units where id = $1"#,
        unit
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(access::not_found)?;
    if kind != OrgUnitKind::Branch {
        return Err(AppError::invalid(
            "id",
            format!(
                "must be a branch (支部): a {} has no branch committee",
                kind.as_str()
            ),
        ));
    }
    Ok(())
}

/// 422 unless `meeting` is a meeting of `unit` (a meeting elsewhere, or out of reach, is
/// answered alike: nothing is told of it).
async fn require_meeting_of(conn: &mut PgConnection, meeting: Uuid, unit: Uuid) -> Result<()> {
    let ours: bool = sqlx::query_scalar!(
        r#"select exists (select 1 from meetings where id = $1 and org_unit_id = $2) as "exists!""#,
        meeting,
        unit
    )
    .fetch_one(&mut *conn)
    .await?;
    if !ours {
        return Err(AppError::invalid(
            "/election_meeting_id",
            "must be a meeting of the branch",
        ));
    }
    Ok(())
}

/// The extension's rule: both fields or neither, and at most one year past the due date.
fn check_extension(
    due: NaiveDate,
    extended_until: Option<NaiveDate>,
    approval: Option<&str>,
) -> Result<()> {
    match (extended_until, approval) {
        (Some(until), Some(_)) if !extension_allowed(due, until) => {
            let last = latest_extension(due).map_or_else(String::new, |d| d.to_string());
            Err(AppError::invalid(
                "/extended_until",
                format!(
                    "a term is extended by at most one year past its due date: after {due} and \
                     no later than {last}"
                ),
            ))
        }
        (Some(_), None) => Err(AppError::invalid(
            "/extension_approval",
            "an extension needs the superior organisation's approval",
        )),
        (None, Some(_)) => Err(AppError::invalid(
            "/extended_until",
            "an approval is given for an extension: name its last day",
        )),
        _ => Ok(()),
    }
}

/// The branch's terms, newest first.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The terms", body = Vec<CommitteeTerm>),
        (status = 404, description = "No such unit in your reach"),
        (status = 422, description = "The unit is not a branch"),
    )
)]
#[get("/org-units/{id}/committee-terms")]
async fn list_terms(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<Vec<CommitteeTerm>>> {
    let mut conn = state.pool.acquire().await?;
    access::require(&mut *conn, &user, *id, Permission::Read).await?;
    require_branch(&mut conn, *id).await?;
    Ok(web::Json(
        committee::of_units(&mut conn, &[*id], state.today()).await?,
    ))
}

/// Record a branch committee's term (secretaries of the branch, admins).
///
/// A term without `ended_on` is the one in office: the term in office until then ends on its
/// `started_on` (audited with it).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Created", body = CommitteeTerm,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the branch"),
        (status = 404, description = "No such unit in your reach"),
        (status = 422, description = "Not a branch, or the dates, length, seats or meeting break a rule"),
    )
)]
#[post("/org-units/{id}/committee-terms")]
async fn create_term(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: Json<NewCommitteeTerm>,
) -> Result<HttpResponse> {
    let unit = id.into_inner();
    let today = state.today();
    let years = length_years("/length_years", body.length_years)?;
    let seats = seats("/seats", body.seats)?;
    not_in_future("/started_on", body.started_on, today)?;
    if let Some(ended) = body.ended_on {
        not_in_future("/ended_on", ended, today)?;
        if ended < body.started_on {
            return Err(AppError::invalid(
                "/ended_on",
                "must not be before started_on",
            ));
        }
    }
    let mut tx = state.pool.begin().await?;
    access::require(&mut *tx, &user, unit, Permission::Write).await?;
    require_branch(&mut tx, unit).await?;
    if let Some(meeting) = body.election_meeting_id {
        require_meeting_of(&mut tx, meeting, unit).await?;
    }
    if body.ended_on.is_none() {
        // New terms of one branch are recorded one at a time, so two sent together cannot
        // both take office.
        sqlx::query!(
            "select id from org_units where id = $1 for no key update",
            unit
        )
        .fetch_one(&mut *tx)
        .await?;
        // The term in office until now gives way; one in office at a time.
        let open = sqlx::query!(
            "select id, started_on from committee_terms
             where org_unit_id = $1 and ended_on is null for update",
            unit
        )
        .fetch_all(&mut *tx)
        .await?;
        for term in open {
            if term.started_on >= body.started_on {
                return Err(AppError::invalid(
                    "/started_on",
                    format!(
                        "must be after the start of the term in office ({}); a past term is \
                         entered with its ended_on",
                        term.started_on
                    ),
                ));
            }
            let before = committee::fetch(&mut tx, term.id, today).await?;
            sqlx::query!(
                "update committee_terms set ended_on = $2, version = version + 1,
                     updated_at = now()
                 where id = $1",
                term.id,
                body.started_on
            )
            .execute(&mut *tx)
            .await?;
            let after = committee::fetch(&mut tx, term.id, today).await?;
            let event = Event::changed(
                "update",
                "committee_term",
                term.id,
                Some(unit),
                &before,
                &after,
            )?;
            audit::record(&mut tx, &user, event).await?;
        }
    }
    let term_id = Uuid::now_v7();
    sqlx::query!(
        "insert into committee_terms (id, org_unit_id, started_on, length_years, seats,
                                      election_meeting_id, ended_on)
         values ($1, $2, $3, $4, $5, $6, $7)",
        term_id,
        unit,
        body.started_on,
        years,
        seats,
        body.election_meeting_id,
        body.ended_on
    )
    .execute(&mut *tx)
    .await?;
    let term = committee::fetch(&mut tx, term_id, today).await?;
    let event = Event::created("committee_term", term_id, Some(unit), &term)?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/committee-terms/{term_id}")))
        .insert_header(("ETag", crate::routes::versioning::etag(term.version)))
        .json(term))
}

/// One term, with its members and vacancies.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The term", body = CommitteeTerm, headers(("ETag" = String))),
        (status = 404, description = "No such term in your reach"),
    )
)]
#[get("/committee-terms/{id}")]
async fn get_term(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let unit = committee::unit_of(&mut conn, *id, false).await?;
    access::require(&mut *conn, &user, unit, Permission::Read).await?;
    let term = committee::fetch(&mut conn, *id, state.today()).await?;
    Ok(ok_with_etag(term.version, &term))
}

/// Change a term: its dates, length or seats, an approved extension (at most one year past
/// the due date), the day it ended, the meeting that elected it.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The ETag of the version you read (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    responses(
        (status = 200, description = "The changed term", body = CommitteeTerm, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the branch"),
        (status = 404, description = "No such term in your reach"),
        (status = 412, description = "The term changed since you read it"),
        (status = 422, description = "A field breaks a rule: the extension past one year, dates out of order, a meeting of another unit"),
        (status = 428, description = "If-Match is missing"),
    )
)]
#[patch("/committee-terms/{id}")]
async fn update_term(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<CommitteeTermChange>,
) -> Result<HttpResponse> {
    let body = body.into_inner();
    let today = state.today();
    let approval = match &body.extension_approval {
        Some(Some(text)) => Some(Some(required_text(
            "/extension_approval",
            text,
            MAX_APPROVAL_CHARS,
        )?)),
        Some(None) => Some(None),
        None => None,
    };
    let mut tx = state.pool.begin().await?;
    let unit = committee::unit_of(&mut tx, *id, true).await?;
    access::require(&mut *tx, &user, unit, Permission::Write).await?;
    let before = committee::fetch(&mut tx, *id, today).await?;
    let started_on = body.started_on.unwrap_or(before.started_on);
    if body.started_on.is_some() {
        not_in_future("/started_on", started_on, today)?;
    }
    let years = match body.length_years {
        Some(years) => length_years("/length_years", years)?,
        None => before.length_years,
    };
    let seats = match body.seats {
        Some(n) => seats("/seats", n)?,
        None => before.seats,
    };
    let extended_until = body.extended_until.unwrap_or(before.extended_until);
    let approval = approval.unwrap_or_else(|| before.extension_approval.clone());
    let due = due_on(started_on, years)
        .ok_or_else(|| AppError::invalid("/started_on", "the due date is out of range"))?;
    check_extension(due, extended_until, approval.as_deref())?;
    let ended_on = body.ended_on.unwrap_or(before.ended_on);
    if let Some(ended) = ended_on {
        if body.ended_on.is_some() {
            not_in_future("/ended_on", ended, today)?;
        }
        if ended < started_on {
            return Err(AppError::invalid(
                "/ended_on",
                format!("must not be before started_on ({started_on})"),
            ));
        }
    }
    if let Some(first) = before.members.iter().map(|m| m.from_on).min()
        && first < started_on
    {
        return Err(AppError::invalid(
            "/started_on",
            format!("a member is on the committee from {first}: the term starts by then"),
        ));
    }
    let still_on = before
        .members
        .iter()
        .filter(|m| m.until_on.is_none())
        .count();
    if usize::try_from(seats).unwrap_or(0) < still_on {
        return Err(AppError::invalid(
            "/seats",
            format!("{still_on} members are still on the committee: at least as many seats"),
        ));
    }
    let election_meeting_id = body
        .election_meeting_id
        .unwrap_or(before.election_meeting_id);
    if let Some(Some(meeting)) = body.election_meeting_id {
        require_meeting_of(&mut tx, meeting, unit).await?;
    }
    let expected = if_match.required(before.version)?;
    let updated = sqlx::query!(
        "update committee_terms set started_on = $3, length_years = $4, seats = $5,
             extended_until = $6, extension_approval = $7, ended_on = $8,
             election_meeting_id = $9, version = version + 1, updated_at = now()
         where id = $1 and version = $2",
        before.id,
        expected,
        started_on,
        years,
        seats,
        extended_until,
        approval,
        ended_on,
        election_meeting_id
    )
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    let after = committee::fetch(&mut tx, before.id, today).await?;
    let event = Event::changed(
        "update",
        "committee_term",
        after.id,
        Some(unit),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// What the rules need to know of one person named in a committee list.
struct Candidate {
    in_branch: bool,
    standing: Option<String>,
}

/// Replace the committee of a term: who sits on it, in which post, from when and until when.
///
/// Each person is a person of the branch who was a party member (full or probationary) on
/// `from_on`, listed once; one 书记 at a time; nobody before the term started. The term's
/// version goes up; send its ETag in `If-Match` to be sure nobody changed it meanwhile.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the term's ETag (`\"3\"`, as its `ETag` header gave it) or `*`; never refused for its form: one that matches no version is a 412")),
    request_body = CommitteeMemberList,
    responses(
        (status = 200, description = "The term with its committee", body = CommitteeTerm, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the branch"),
        (status = 404, description = "No such term in your reach"),
        (status = 412, description = "The term changed since you read it"),
        (status = 422, description = "An entry breaks a rule, named by its place in the list"),
    )
)]
#[put("/committee-terms/{id}/members")]
async fn put_members(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: JsonList<Vec<NewCommitteeMember>>,
) -> Result<HttpResponse> {
    let members = body.into_inner();
    let today = state.today();
    if members.len() > MAX_MEMBERS {
        return Err(AppError::invalid(
            "",
            format!("at most {MAX_MEMBERS} entries"),
        ));
    }
    for (i, m) in members.iter().enumerate() {
        if let Some(until) = m.until_on
            && until < m.from_on
        {
            return Err(AppError::invalid(
                &format!("/{i}/until_on"),
                "must not be before from_on",
            ));
        }
        if let Some(j) = members[..i].iter().position(|o| o.person_id == m.person_id) {
            return Err(AppError::invalid(
                &format!("/{i}/person_id"),
                format!("each person once: also at /{j}"),
            ));
        }
    }
    // One 书记 at a time: no two secretaries' periods overlap.
    let secretaries: Vec<(usize, &NewCommitteeMember)> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.post == CommitteePost::Secretary)
        .collect();
    for (k, &(i, a)) in secretaries.iter().enumerate() {
        for &(j, b) in &secretaries[..k] {
            let overlap = a.from_on <= b.until_on.unwrap_or(NaiveDate::MAX)
                && b.from_on <= a.until_on.unwrap_or(NaiveDate::MAX);
            if overlap {
                return Err(AppError::invalid(
                    &format!("/{i}/post"),
                    format!("a committee has one 书记 at a time: /{j} is 书记 then too"),
                ));
            }
        }
    }
    let mut tx = state.pool.begin().await?;
    let unit = committee::unit_of(&mut tx, *id, true).await?;
    access::require(&mut *tx, &user, unit, Permission::Write).await?;
    let before = committee::fetch(&mut tx, *id, today).await?;
    let still_on = members.iter().filter(|m| m.until_on.is_none()).count();
    if still_on > usize::try_from(before.seats).unwrap_or(0) {
        return Err(AppError::invalid(
            "",
            format!(
                "{still_on} members are still on the committee, but it has {} seats",
                before.seats
            ),
        ));
    }
    let people: Vec<Uuid> = members.iter().map(|m| m.person_id).collect();
    let days: Vec<NaiveDate> = members.iter().map(|m| m.from_on).collect();
    // Each person as the rules see them: of the branch (or a group below it), and their
    // standing on the day they joined the committee.
    let found = sqlx::query!(
        r#"select coalesce(exists (select 1 from people p
                                   join org_unit_closure c on c.descendant_id = p.org_unit_id
                                   where p.id = r.person and c.ancestor_id = $3), false)
                      as "in_branch!",
                  standing_on(r.person, r.day) as standing
           from unnest($1::uuid[], $2::date[]) with ordinality as r (person, day, n)
           order by r.n"#,
        &people,
        &days,
        unit
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|r| Candidate {
        in_branch: r.in_branch,
        standing: r.standing,
    });
    for (i, (m, who)) in members.iter().zip(found).enumerate() {
        let field = format!("/{i}/person_id");
        if !who.in_branch {
            return Err(AppError::invalid(&field, "must be a person of the branch"));
        }
        let standing = who.standing.and_then(|s| PartyStanding::try_from(s).ok());
        if !standing.is_some_and(PartyStanding::is_member) {
            let had = standing.map_or("no party standing", PartyStanding::label);
            return Err(AppError::invalid(
                &field,
                format!(
                    "must be a party member (正式党员 or 预备党员) on from_on {}: was {had}",
                    m.from_on
                ),
            ));
        }
        if m.from_on < before.started_on {
            return Err(AppError::invalid(
                &format!("/{i}/from_on"),
                format!(
                    "must not be before the term started ({})",
                    before.started_on
                ),
            ));
        }
        if let Some(ended) = before.ended_on
            && m.from_on >= ended
        {
            return Err(AppError::invalid(
                &format!("/{i}/from_on"),
                format!("must be before the term ended ({ended})"),
            ));
        }
    }
    let expected = if_match.optional(before.version)?;
    let bumped = sqlx::query!(
        "update committee_terms set version = version + 1, updated_at = now()
         where id = $1 and version = $2",
        before.id,
        expected
    )
    .execute(&mut *tx)
    .await?;
    if bumped.rows_affected() == 0 {
        return Err(AppError::PreconditionFailed);
    }
    sqlx::query!(
        "delete from committee_members where term_id = $1",
        before.id
    )
    .execute(&mut *tx)
    .await?;
    let ids: Vec<Uuid> = members.iter().map(|_| Uuid::now_v7()).collect();
    let posts: Vec<&str> = members.iter().map(|m| m.post.as_str()).collect();
    let untils: Vec<Option<NaiveDate>> = members.iter().map(|m| m.until_on).collect();
    sqlx::query!(
        "insert into committee_members (id, term_id, org_unit_id, person_id, post, from_on,
                                        until_on)
         select m.id, $2, $3, m.person_id, m.post, m.from_on, m.until_on
         from unnest($1::uuid[], $4::uuid[], $5::text[], $6::date[], $7::date[])
              as m (id, person_id, post, from_on, until_on)",
        &ids,
        before.id,
        unit,
        &people,
        &posts as &[&str],
        &days,
        &untils as &[Option<NaiveDate>]
    )
    .execute(&mut *tx)
    .await?;
    let after = committee::fetch(&mut tx, before.id, today).await?;
    let event = Event::changed(
        "members",
        "committee_term",
        after.id,
        Some(unit),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}
