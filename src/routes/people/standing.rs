//! A person's party standing (政治面貌), dated: recorded as changes, each effective on a day,
//! so that a vote is counted with the standing on the meeting's day. A change decided by a
//! meeting (admission, confirmation, …) names that decision.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::auth::{AuthUser, Permission};
use crate::domain::required_text;
use crate::domain::standing::PartyStanding;
use crate::domain::vote::DecisionKind;
use crate::error::{AppError, Result};
use crate::routes::versioning::Stored;
use crate::state::AppState;
use crate::store::decisions;
use crate::store::meetings;
use crate::store::people::{self, PersonKind};
use crate::store::votes::Roll;

const TAG: &str = "people";
pub const MAX_NOTE_CHARS: usize = 500;
/// The earliest day a standing may take effect (the Party's founding).
pub const EARLIEST: NaiveDate = NaiveDate::from_ymd_opt(1921, 7, 1).expect("a valid day");

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"standing": "full_member", "effective_on": "2019-07-01", "note": "由机关第二党支部转入"}))]
pub struct StandingChangeInput {
    pub standing: PartyStanding,
    /// The day it takes effect (for a probationary member: the day probation starts, the day
    /// the branch meeting admitted them). Not in the future, not before 1921-07-01.
    pub effective_on: NaiveDate,
    /// The decision of a meeting that made the change: passed, about this person, and of the
    /// matching kind (admission → probationary member, effective on the meeting's day;
    /// confirmation → full member, from the end of probation; extension → probationary
    /// member, cancellation → non-member, not before the meeting's day). A meeting's own
    /// decisions do not change the standings its votes are counted with.
    pub decision_id: Option<Uuid>,
    /// One line of 1 to 500 characters.
    #[schema(
        min_length = 1,
        max_length = 500,
        pattern = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"
    )]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct StandingChange {
    pub id: Uuid,
    pub person_id: Uuid,
    pub standing: PartyStanding,
    pub effective_on: NaiveDate,
    #[schema(required = true)]
    pub decision_id: Option<Uuid>,
    /// The meeting that decided it, with its title and day.
    #[schema(required = true)]
    pub meeting_id: Option<Uuid>,
    #[schema(required = true)]
    pub meeting_title: Option<String>,
    #[schema(required = true)]
    pub note: Option<String>,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StandingHistory {
    pub person_id: Uuid,
    pub name: String,
    /// Today's standing; null for a guest or before the first recorded change.
    #[schema(required = true)]
    pub standing: Option<PartyStanding>,
    /// True when no change is recorded and the member counts as a full member.
    pub assumed: bool,
    /// For a probationary member today: the day probation started (an extension continues
    /// the same probation).
    #[schema(required = true)]
    pub probation_started_on: Option<NaiveDate>,
    /// Every recorded change, oldest first.
    pub changes: Vec<StandingChange>,
}

async fn history(
    conn: &mut sqlx::PgConnection,
    person: &people::Person,
    today: NaiveDate,
) -> Result<StandingHistory> {
    let changes = sqlx::query_as!(
        StandingChange,
        r#"select s.id, s.person_id, s.standing as "standing: PartyStanding", s.effective_on,
                  s.decision_id, d.meeting_id as "meeting_id?", m.title as "meeting_title?",
                  s.note, s.recorded_at
           from standing_changes s
           left join decisions d on d.id = s.decision_id
           left join meetings m on m.id = d.meeting_id
           where s.person_id = $1 order by s.effective_on"#,
        person.id
    )
    .fetch_all(&mut *conn)
    .await?;
    let standing = sqlx::query_scalar!(r#"select standing_on($1, $2)"#, person.id, today)
        .fetch_one(&mut *conn)
        .await?
        .and_then(|s| PartyStanding::try_from(s).ok());
    // The run of probationary changes in force today, back to its first.
    let probation_started_on = (standing == Some(PartyStanding::ProbationaryMember))
        .then(|| {
            changes
                .iter()
                .rev()
                .skip_while(|c| c.effective_on > today)
                .take_while(|c| c.standing == PartyStanding::ProbationaryMember)
                .last()
                .map(|c| c.effective_on)
        })
        .flatten();
    Ok(StandingHistory {
        person_id: person.id,
        name: person.name.clone(),
        standing,
        assumed: person.kind == PersonKind::Member && changes.is_empty(),
        probation_started_on,
        changes,
    })
}

/// A person's party standing today and every recorded change, with the meetings that
/// decided them.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The history", body = StandingHistory),
        (status = 404, description = "No such person in your reach"),
    )
)]
#[get("/people/{id}/standing")]
pub(super) async fn get_standing(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<StandingHistory>> {
    let mut conn = state.pool.acquire().await?;
    let person = people::fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    Ok(web::Json(history(&mut conn, &person, state.today()).await?))
}

/// Record a change of a person's party standing (secretaries of the person's unit).
///
/// One change per person and day (409 for a second). Guests have no standing (422). A
/// change takes effect on its day: votes of meetings from that day count the person by it,
/// unless their minutes are finalized (a finalized decision keeps its count).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Recorded", body = StandingChange, headers(("Location" = String))),
        (status = 403, description = "Not a secretary of the unit"),
        (status = 404, description = "No such person in your reach"),
        (status = 409, description = "A change is already recorded for that day"),
        (status = 422, description = "Invalid change, with the rule it breaks"),
    )
)]
#[post("/people/{id}/standing")]
pub(super) async fn record_standing(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    body: crate::edge::Json<StandingChangeInput>,
) -> Result<HttpResponse> {
    let note = body
        .note
        .as_deref()
        .map(|n| required_text("/note", n, MAX_NOTE_CHARS))
        .transpose()?;
    let mut tx = state.pool.begin().await?;
    // Reach and role first: a caller who may not write learns nothing of the rules.
    let person = people::fetch_for(&mut tx, &user, *id, Permission::Write).await?;
    let today = state.today();
    if body.effective_on > today {
        return Err(AppError::invalid(
            "/effective_on",
            format!("is in the future (today is {today})"),
        ));
    }
    if body.effective_on < EARLIEST {
        return Err(AppError::invalid(
            "/effective_on",
            "is before the Party's founding (1921-07-01)",
        ));
    }
    // One writer per person: the day's uniqueness and the decision's check hold together.
    sqlx::query!("select id from people where id = $1 for update", person.id)
        .fetch_one(&mut *tx)
        .await?;
    if person.kind != PersonKind::Member {
        return Err(AppError::invalid(
            "/standing",
            "a guest has no party standing in the unit (record them as a member first)",
        ));
    }
    if let Some(decision) = body.decision_id {
        check_decision(&mut tx, &state, &user, decision, &person, &body).await?;
    }
    let taken = sqlx::query_scalar!(
        r#"select exists (select 1 from standing_changes where person_id = $1 and effective_on = $2) as "t!""#,
        person.id,
        body.effective_on
    )
    .fetch_one(&mut *tx)
    .await?;
    if taken {
        return Err(AppError::Conflict(format!(
            "a change of {}'s standing is already recorded for {}",
            person.name, body.effective_on
        )));
    }
    let change_id = Uuid::now_v7();
    sqlx::query!(
        "insert into standing_changes (id, person_id, org_unit_id, standing, effective_on,
                                       decision_id, note, recorded_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
        change_id,
        person.id,
        person.org_unit_id,
        body.standing.as_str(),
        body.effective_on,
        body.decision_id,
        note,
        user.id
    )
    .execute(&mut *tx)
    .await?;
    let change = history(&mut tx, &person, today)
        .await?
        .changes
        .into_iter()
        .find(|c| c.id == change_id)
        .expect("the change just recorded");
    let event = Event::created(
        "standing_change",
        change.id,
        Some(person.org_unit_id),
        &change,
    )?;
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    let response = Stored::created(
        format!("/api/v1/people/{}/standing", person.id),
        None,
        &change,
    )?;
    Ok(response.respond())
}

/// The decision named by a change must have made it: passed, about this person, of the
/// matching kind, and not after the change takes effect.
async fn check_decision(
    conn: &mut sqlx::PgConnection,
    state: &AppState,
    user: &AuthUser,
    id: Uuid,
    person: &people::Person,
    body: &StandingChangeInput,
) -> Result<()> {
    // A decision that is not there, or not in reach, is a wrong field of this request: the
    // person named by the path is found.
    let unknown = || AppError::invalid("/decision_id", "no such decision in your reach");
    let meeting_id = decisions::meeting_of(&mut *conn, id)
        .await
        .map_err(|e| match e {
            AppError::NotFound(_) => unknown(),
            other => other,
        })?;
    let meeting = meetings::fetch_for(&mut *conn, user, meeting_id, Permission::Read)
        .await
        .map_err(|e| match e {
            AppError::NotFound(_) => unknown(),
            other => other,
        })?;
    let roll = Roll::of(&mut *conn, &meeting, state.timezone).await?;
    let decision = decisions::of_meeting(&mut *conn, meeting.id, Some(id), &roll)
        .await?
        .pop()
        .ok_or_else(crate::auth::access::not_found)?;
    let field = "/decision_id";
    if !decision.candidates.iter().any(|c| c.person_id == person.id) {
        return Err(AppError::invalid(
            field,
            "the decision is not about this person",
        ));
    }
    if !decision.judgement.passed {
        return Err(AppError::invalid(
            field,
            format!("the motion did not pass: {}", decision.judgement.reason),
        ));
    }
    let makes = match decision.kind {
        DecisionKind::Admission | DecisionKind::Extension => {
            Some(PartyStanding::ProbationaryMember)
        }
        DecisionKind::Confirmation => Some(PartyStanding::FullMember),
        DecisionKind::Cancellation => Some(PartyStanding::NonMember),
        _ => None,
    };
    if makes != Some(body.standing) {
        return Err(AppError::invalid(
            "/standing",
            format!(
                "a decision of kind {} does not make a {}",
                decision.kind.as_str(),
                body.standing.label()
            ),
        ));
    }
    // Probation runs from the day the branch meeting admitted the candidate (发展党员工作细则
    // Art. 28); the other changes take effect when decided or approved.
    if decision.kind == DecisionKind::Admission && body.effective_on != roll.day {
        return Err(AppError::invalid(
            "/effective_on",
            format!(
                "probation starts on the day of the meeting that admitted the candidate ({})",
                roll.day
            ),
        ));
    }
    if matches!(
        decision.kind,
        DecisionKind::Extension | DecisionKind::Cancellation
    ) && body.effective_on < roll.day
    {
        return Err(AppError::invalid(
            "/effective_on",
            format!("is before the meeting that decided it ({})", roll.day),
        ));
    }
    Ok(())
}
