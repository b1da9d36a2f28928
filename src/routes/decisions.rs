//! Decisions of a meeting (决议) and how each was voted. The client records the motion, the
//! method and the counts (with written opinions, exclusions and, for a show of hands, who
//! voted how); the service works out who was due and present with a vote on the meeting's day
//! and whether the quorum held and the motion passed (`store::decisions::judge`), and refuses
//! counts that cannot be with the rule they break.

use actix_web::{HttpResponse, delete, get, post, put, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission};
use crate::domain::meeting::MeetingKind;
use crate::domain::vote::{DecisionKind, Vote, VotingMethod};
use crate::domain::{required_long_text, required_text};
use crate::error::{AppError, Result};
use crate::routes::versioning::{IdempotencyKey, IfMatch, Stored, ok_with_etag};
use crate::state::AppState;
use crate::store::decisions::{self, Ballot, MAX_DECISIONS_PER_MEETING, MeetingDecision};
use crate::store::meetings::{self, Meeting, require_open};
use crate::store::votes::{Roll, RollEntry, VotingSummary};

pub const TAG: &str = "decisions";
pub const MAX_MOTION_CHARS: usize = 2000;
pub const MAX_NOTE_CHARS: usize = 500;
/// People a decision names: candidates, written opinions, exclusions, named votes (each).
pub const MAX_NAMED: usize = 1000;
pub const MAX_CANDIDATES: usize = 30;
pub const MAX_VOTES: u32 = 100_000;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(list_decisions)
        .service(create_decision)
        .service(get_decision)
        .service(replace_decision)
        .service(delete_decision);
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpinionInput {
    pub person_id: Uuid,
    pub vote: Vote,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExclusionInput {
    pub person_id: Uuid,
    /// Why the member cannot attend: one line of 1 to 500 characters.
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub reason: String,
    /// The superior organisation's approval: one line of 1 to 500 characters.
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub approval: String,
}

/// A decision as recorded: the whole of it (a replacement sends all of it again).
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "kind": "admission", "motion": "讨论接收张伟同志为中共预备党员",
    "candidate_ids": ["019a1b2c-0000-7000-8000-000000000022"], "method": "secret_ballot",
    "in_favour": 1, "against": 0, "abstaining": 0
}))]
pub struct DecisionInput {
    pub kind: DecisionKind,
    /// The motion: 1 to 2000 characters; line breaks allowed.
    #[schema(
        min_length = 1,
        max_length = 2000,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub motion: String,
    /// Whom it is about, people of the meeting's unit: exactly one for a decision on
    /// membership (admission: a development candidate; confirmation, extension, cancellation:
    /// a probationary member, on the meeting's day); up to 30 otherwise.
    #[serde(default)]
    #[schema(max_items = 30)]
    pub candidate_ids: Vec<Uuid>,
    pub method: VotingMethod,
    /// Votes in favour, the written opinions in favour included.
    #[schema(minimum = 0, maximum = 100000)]
    #[serde(deserialize_with = "crate::domain::whole")]
    pub in_favour: u32,
    #[schema(minimum = 0, maximum = 100000)]
    #[serde(deserialize_with = "crate::domain::whole")]
    pub against: u32,
    #[schema(minimum = 0, maximum = 100000)]
    #[serde(deserialize_with = "crate::domain::whole")]
    pub abstaining: u32,
    /// Written opinions of full members absent from the meeting, given before it: counted in
    /// the votes (not in the quorum).
    #[serde(default)]
    #[schema(max_items = 1000)]
    pub written_opinions: Vec<OpinionInput>,
    /// Full members left out of those due to attend with the superior organisation's approval.
    #[serde(default)]
    #[schema(max_items = 1000)]
    pub exclusions: Vec<ExclusionInput>,
    /// For a show of hands, optionally who voted how (full members present); then the counts
    /// must equal these and the written opinions.
    #[serde(default)]
    #[schema(max_items = 1000)]
    pub votes: Vec<OpinionInput>,
}

/// The decisions of a meeting with who could vote at it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionList {
    pub meeting_id: Uuid,
    /// The meeting's day, on which standings are read.
    pub day: NaiveDate,
    pub voting_summary: VotingSummary,
    /// The members of the unit on the day, with standing and attendance.
    pub roll: Vec<RollEntry>,
    pub decisions: Vec<MeetingDecision>,
}

/// The input, checked on its own: trimmed texts, sizes.
struct Checked {
    motion: String,
    exclusions: Vec<(Uuid, String, String)>,
}

fn check(body: &DecisionInput) -> Result<Checked> {
    let motion = required_long_text("/motion", &body.motion, MAX_MOTION_CHARS)?;
    if body.candidate_ids.len() > MAX_CANDIDATES {
        return Err(AppError::invalid(
            "/candidate_ids",
            format!("at most {MAX_CANDIDATES}"),
        ));
    }
    for (field, n) in [
        ("/written_opinions", body.written_opinions.len()),
        ("/exclusions", body.exclusions.len()),
        ("/votes", body.votes.len()),
    ] {
        if n > MAX_NAMED {
            return Err(AppError::invalid(field, format!("at most {MAX_NAMED}")));
        }
    }
    for (field, n) in [
        ("/in_favour", body.in_favour),
        ("/against", body.against),
        ("/abstaining", body.abstaining),
    ] {
        if n > MAX_VOTES {
            return Err(AppError::invalid(field, format!("at most {MAX_VOTES}")));
        }
    }
    let exclusions = body
        .exclusions
        .iter()
        .enumerate()
        .map(|(i, e)| {
            Ok((
                e.person_id,
                required_text(
                    &format!("/exclusions/{i}/reason"),
                    &e.reason,
                    MAX_NOTE_CHARS,
                )?,
                required_text(
                    &format!("/exclusions/{i}/approval"),
                    &e.approval,
                    MAX_NOTE_CHARS,
                )?,
            ))
        })
        .collect::<Result<_>>()?;
    Ok(Checked { motion, exclusions })
}

/// Votes counted by these rules are the 支部党员大会's: 409 for any other meeting (a 支委会
/// counts its committee, a 党小组会 its group — not the branch's roll).
fn require_assembly(meeting: &Meeting) -> Result<()> {
    if meeting.kind != MeetingKind::GeneralAssembly {
        return Err(AppError::Conflict(
            "decisions are recorded for a 支部党员大会 (general_assembly) only: its votes are \
             counted against the branch's full members"
                .into(),
        ));
    }
    Ok(())
}

/// A candidate already decided on, by a decision of the same kind at this meeting, is not
/// voted on again (422 naming the candidate).
async fn require_not_decided(
    conn: &mut PgConnection,
    meeting: Uuid,
    body: &DecisionInput,
    other_than: Option<Uuid>,
) -> Result<()> {
    if !body.kind.needs_candidate() {
        return Ok(());
    }
    let earlier = sqlx::query_scalar!(
        "select d.position from decisions d
         join decision_candidates c on c.decision_id = d.id
         where d.meeting_id = $1 and d.kind = $2 and c.person_id = any($3)
           and ($4::uuid is null or d.id <> $4)
         limit 1",
        meeting,
        body.kind.as_str(),
        &body.candidate_ids,
        other_than
    )
    .fetch_optional(conn)
    .await?;
    match earlier {
        Some(position) => Err(AppError::invalid(
            "/candidate_ids/0",
            format!(
                "is already decided on at this meeting (decision {position}): correct that one"
            ),
        )),
        None => Ok(()),
    }
}

/// A decision that made a change of party standing keeps its vote (409).
fn require_not_cited(decision: &MeetingDecision) -> Result<()> {
    if decision.standing_recorded {
        return Err(AppError::Conflict(
            "a change of party standing was recorded by this decision: it stays as voted".into(),
        ));
    }
    Ok(())
}

/// The roll of `meeting`'s day in the service's time zone.
async fn roll_of(conn: &mut PgConnection, state: &AppState, meeting: &Meeting) -> Result<Roll> {
    Roll::of(conn, meeting, state.timezone).await
}

/// Judge `body` against the roll: 422 with the rule when its counts cannot be.
fn judge(roll: &Roll, body: &DecisionInput, checked: &Checked) -> Result<()> {
    let opinions: Vec<(Uuid, Vote)> = body
        .written_opinions
        .iter()
        .map(|o| (o.person_id, o.vote))
        .collect();
    let exclusions: Vec<Uuid> = checked.exclusions.iter().map(|e| e.0).collect();
    let votes: Vec<(Uuid, Vote)> = body.votes.iter().map(|o| (o.person_id, o.vote)).collect();
    decisions::judge(
        roll,
        &Ballot {
            kind: body.kind,
            method: body.method,
            candidates: &body.candidate_ids,
            in_favour: body.in_favour,
            against: body.against,
            abstaining: body.abstaining,
            opinions: &opinions,
            exclusions: &exclusions,
            votes: &votes,
        },
    )?;
    Ok(())
}

/// Write the people a decision names (after clearing them on a replacement).
async fn write_parts(
    conn: &mut PgConnection,
    id: Uuid,
    body: &DecisionInput,
    checked: &Checked,
) -> Result<()> {
    sqlx::query!(
        "with c as (delete from decision_candidates where decision_id = $1),
              o as (delete from decision_opinions where decision_id = $1),
              v as (delete from decision_votes where decision_id = $1)
         delete from decision_exclusions where decision_id = $1",
        id
    )
    .execute(&mut *conn)
    .await?;
    let positions: Vec<i32> = (1..=body.candidate_ids.len() as i32).collect();
    sqlx::query!(
        "insert into decision_candidates (decision_id, person_id, position)
         select $1, * from unnest($2::uuid[], $3::int[])",
        id,
        &body.candidate_ids,
        &positions
    )
    .execute(&mut *conn)
    .await?;
    let (people, votes): (Vec<Uuid>, Vec<&str>) = body
        .written_opinions
        .iter()
        .map(|o| (o.person_id, o.vote.as_str()))
        .unzip();
    sqlx::query!(
        "insert into decision_opinions (decision_id, person_id, vote)
         select $1, * from unnest($2::uuid[], $3::text[])",
        id,
        &people,
        &votes as &[&str]
    )
    .execute(&mut *conn)
    .await?;
    let (people, votes): (Vec<Uuid>, Vec<&str>) = body
        .votes
        .iter()
        .map(|o| (o.person_id, o.vote.as_str()))
        .unzip();
    sqlx::query!(
        "insert into decision_votes (decision_id, person_id, vote)
         select $1, * from unnest($2::uuid[], $3::text[])",
        id,
        &people,
        &votes as &[&str]
    )
    .execute(&mut *conn)
    .await?;
    let people: Vec<Uuid> = checked.exclusions.iter().map(|e| e.0).collect();
    let reasons: Vec<String> = checked.exclusions.iter().map(|e| e.1.clone()).collect();
    let approvals: Vec<String> = checked.exclusions.iter().map(|e| e.2.clone()).collect();
    sqlx::query!(
        "insert into decision_exclusions (decision_id, person_id, reason, approval)
         select $1, * from unnest($2::uuid[], $3::text[], $4::text[])",
        id,
        &people,
        &reasons,
        &approvals
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn fetch_one(
    conn: &mut PgConnection,
    roll: &Roll,
    meeting: Uuid,
    id: Uuid,
) -> Result<MeetingDecision> {
    decisions::of_meeting(conn, meeting, Some(id), roll)
        .await?
        .pop()
        .ok_or_else(crate::auth::access::not_found)
}

/// The decisions of a meeting, judged, with the roll of members they were counted from.
///
/// Standing is read on the meeting's day; until the meeting is finalized, the judgement
/// follows the records (a corrected attendance list, a standing recorded late), and one whose
/// counts no longer fit says so in `judgement.problem`.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The decisions, in order", body = DecisionList),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/decisions")]
async fn list_decisions(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<DecisionList>> {
    let mut conn = state.pool.acquire().await?;
    let meeting = meetings::fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    let roll = roll_of(&mut conn, &state, &meeting).await?;
    let decisions = decisions::of_meeting(&mut conn, meeting.id, None, &roll).await?;
    Ok(web::Json(DecisionList {
        meeting_id: meeting.id,
        day: roll.day,
        voting_summary: roll.summary(),
        roll: roll.entries,
        decisions,
    }))
}

/// Record a decision of a 支部党员大会 and how it was voted (secretaries of the unit).
/// Recording the first decision of a scheduled meeting marks it held. Admission and
/// confirmation are voted by secret ballot, one candidate at a time.
///
/// The service counts those due to attend with a vote (full members on the meeting's day,
/// less the exclusions) and those present, and decides quorum and result by the 支部工作条例
/// Art. 11: a vote needs more than half of those due present, and passes when the votes in
/// favour exceed half of those due (exactly half does not). Counts that cannot be are
/// refused with the rule: more votes than full members present plus written opinions, a
/// probationary member named as a voter, two candidates in one decision on membership.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry safely: the same key and body answer the first response again", min_length = 1, max_length = 255, pattern = "^[ -~]*[!-~][ -~]*$")),
    responses(
        (status = 201, description = "Recorded and judged", body = MeetingDecision,
            headers(("Location" = String), ("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such meeting in your reach"),
        (status = 409, description = "The meeting is not a 支部党员大会, is finalized or cancelled, or holds 50 decisions"),
        (status = 422, description = "The counts cannot be, with the rule they break"),
    )
)]
#[post("/meetings/{id}/decisions")]
async fn create_decision(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: crate::edge::Json<DecisionInput>,
) -> Result<HttpResponse> {
    let checked = check(&body)?;
    let mut tx = state.pool.begin().await?;
    let meeting = meetings::fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&meeting)?;
    require_assembly(&meeting)?;
    let roll = roll_of(&mut tx, &state, &meeting).await?;
    judge(&roll, &body, &checked)?;
    require_not_decided(&mut tx, meeting.id, &body, None).await?;
    let operation = format!("POST /meetings/{}/decisions", meeting.id);
    if let Some(replay) = key.claim(&mut tx, &user, &operation, &*body).await? {
        return Ok(replay);
    }
    let n = sqlx::query_scalar!(
        r#"select count(*) as "n!" from decisions where meeting_id = $1"#,
        meeting.id
    )
    .fetch_one(&mut *tx)
    .await?;
    if n >= MAX_DECISIONS_PER_MEETING {
        return Err(AppError::Conflict(format!(
            "a meeting holds at most {MAX_DECISIONS_PER_MEETING} decisions"
        )));
    }
    let id = Uuid::now_v7();
    sqlx::query!(
        "insert into decisions (id, meeting_id, org_unit_id, position, kind, motion, method,
                                in_favour, against, abstaining)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        id,
        meeting.id,
        meeting.org_unit_id,
        n as i32 + 1,
        body.kind.as_str(),
        &checked.motion,
        body.method.as_str(),
        body.in_favour as i32,
        body.against as i32,
        body.abstaining as i32
    )
    .execute(&mut *tx)
    .await?;
    write_parts(&mut tx, id, &body, &checked).await?;
    // A vote means the meeting took place (and a held meeting is never deleted).
    meetings::mark_held(&mut tx, &user, &meeting).await?;
    let decision = fetch_one(&mut tx, &roll, meeting.id, id).await?;
    let response = Stored::created(
        format!("/api/v1/decisions/{id}"),
        Some(decision.version),
        &decision,
    )?;
    key.store(&mut tx, &user, &response).await?;
    let event = Event::created("decision", id, Some(meeting.org_unit_id), &decision)?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(response.respond())
}

/// Look up a decision and its meeting within reach, locking the meeting for a change.
async fn meeting_of(
    conn: &mut PgConnection,
    user: &AuthUser,
    id: Uuid,
    permission: Permission,
) -> Result<Meeting> {
    let meeting = decisions::meeting_of(&mut *conn, id).await?;
    meetings::fetch_for(conn, user, meeting, permission).await
}

/// One decision, judged.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The decision", body = MeetingDecision, headers(("ETag" = String))),
        (status = 404, description = "No such decision in your reach"),
    )
)]
#[get("/decisions/{id}")]
async fn get_decision(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    let meeting = meeting_of(&mut conn, &user, *id, Permission::Read).await?;
    let roll = roll_of(&mut conn, &state, &meeting).await?;
    let decision = fetch_one(&mut conn, &roll, meeting.id, *id).await?;
    Ok(ok_with_etag(decision.version, &decision))
}

/// Correct a decision: send the whole of it again (secretaries, until finalized).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = Option<String>, Header, description = "Optional: the decision's ETag (`\"3\"`) or `*`; one that matches no version is a 412")),
    responses(
        (status = 200, description = "Recorded and judged", body = MeetingDecision, headers(("ETag" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such decision in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled, or a change of party standing was recorded by the decision"),
        (status = 412, description = "The decision changed since you read it"),
        (status = 422, description = "The counts cannot be, with the rule they break"),
    )
)]
#[put("/decisions/{id}")]
async fn replace_decision(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: crate::edge::Json<DecisionInput>,
) -> Result<HttpResponse> {
    let checked = check(&body)?;
    let mut tx = state.pool.begin().await?;
    let meeting = meeting_of(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&meeting)?;
    let roll = roll_of(&mut tx, &state, &meeting).await?;
    let before = fetch_one(&mut tx, &roll, meeting.id, *id).await?;
    if_match.optional(before.version)?;
    require_not_cited(&before)?;
    judge(&roll, &body, &checked)?;
    require_not_decided(&mut tx, meeting.id, &body, Some(before.id)).await?;
    sqlx::query!(
        "update decisions set kind = $2, motion = $3, method = $4, in_favour = $5,
             against = $6, abstaining = $7, version = version + 1, updated_at = now()
         where id = $1",
        before.id,
        body.kind.as_str(),
        &checked.motion,
        body.method.as_str(),
        body.in_favour as i32,
        body.against as i32,
        body.abstaining as i32
    )
    .execute(&mut *tx)
    .await?;
    write_parts(&mut tx, before.id, &body, &checked).await?;
    let after = fetch_one(&mut tx, &roll, meeting.id, before.id).await?;
    let event = Event::changed(
        "update",
        "decision",
        after.id,
        Some(after.org_unit_id),
        &before,
        &after,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(ok_with_etag(after.version, &after))
}

/// Delete a decision recorded in error (secretaries, until finalized); the later ones move up.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(("If-Match" = String, Header, description = "The decision's ETag (`\"3\"`) or `*`")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such decision in your reach"),
        (status = 409, description = "The meeting is finalized or cancelled, or a change of party standing was recorded by the decision"),
        (status = 412, description = "The decision changed since you read it"),
        (status = 428, description = "If-Match is required"),
    )
)]
#[delete("/decisions/{id}")]
async fn delete_decision(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse> {
    let mut tx = state.pool.begin().await?;
    let meeting = meeting_of(&mut tx, &user, *id, Permission::Write).await?;
    require_open(&meeting)?;
    let roll = roll_of(&mut tx, &state, &meeting).await?;
    let before = fetch_one(&mut tx, &roll, meeting.id, *id).await?;
    if_match.required(before.version)?;
    require_not_cited(&before)?;
    sqlx::query!("delete from decisions where id = $1", before.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query!(
        "update decisions set position = position - 1 where meeting_id = $1 and position > $2",
        meeting.id,
        before.position
    )
    .execute(&mut *tx)
    .await?;
    let event = Event::deleted("decision", before.id, Some(before.org_unit_id), &before)?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
