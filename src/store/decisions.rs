//! Decisions of a meeting (决议) as stored, and how each is judged: the service works out who
//! was due and present with a vote from the roll of the meeting's day (`store::votes`), checks
//! the recorded counts against it, and says by the branch's rules (`domain::vote`) whether the
//! quorum held and the motion passed. A finalized meeting keeps each judgement as it stood.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use sqlx::types::Json;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::standing::PartyStanding;
use crate::domain::vote::{self, Count, DecisionKind, Impossible, Vote, VotingMethod};
use crate::error::{AppError, Result};
use crate::store::votes::Roll;

/// A meeting holds at most this many decisions.
pub const MAX_DECISIONS_PER_MEETING: i64 = 50;

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Candidate {
    pub person_id: Uuid,
    pub name: String,
}

/// A written opinion of a full member absent from the meeting, counted in the votes.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct WrittenOpinion {
    pub person_id: Uuid,
    pub name: String,
    pub vote: Vote,
}

/// A full member left out of those due to attend, with the superior organisation's approval.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Exclusion {
    pub person_id: Uuid,
    pub name: String,
    /// E.g. 因病长期住院.
    pub reason: String,
    /// Who approved leaving the member out, e.g. 经机关党委批准（机党〔2026〕12号）.
    pub approval: String,
}

/// How one member present voted, when a show of hands is recorded by name.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NamedVote {
    pub person_id: Uuid,
    pub name: String,
    pub vote: Vote,
}

/// What the rules make of a decision's counts: worked out by the service, never sent.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
#[schema(example = json!({
    "full_members": 12, "excluded": 1, "due": 11, "present": 9, "written": 1,
    "probationary_present": 1, "quorum": true, "passed": true,
    "reason": "应到会有表决权的党员11人（经批准不计入1人），实到9人，超过半数；赞成9票（含书面意见1份）、反对1票、弃权0票，赞成票超过应到会有表决权党员的半数，通过",
    "problem": null
}))]
pub struct Judgement {
    /// Full members of the unit on the meeting's day.
    pub full_members: u32,
    /// Of them, left out with approval.
    pub excluded: u32,
    /// 应到会有表决权的党员: full members less those left out.
    pub due: u32,
    /// 实到会有表决权的党员: full members due to attend who were present.
    pub present: u32,
    /// Written opinions counted in the votes.
    pub written: u32,
    /// Probationary members present: at the meeting, without a vote.
    pub probationary_present: u32,
    /// More than half of those due with a vote were present.
    pub quorum: bool,
    /// The quorum held and the votes in favour exceed half of those due.
    pub passed: bool,
    /// The rule that decided, in words, as the minutes print it.
    pub reason: String,
    /// Set when the records changed since the decision was recorded (the attendance list, a
    /// standing) so that its counts can no longer be: the rule they break. Finalizing is
    /// refused until the decision is corrected.
    #[schema(required = true)]
    pub problem: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MeetingDecision {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub org_unit_id: Uuid,
    /// 1..n in the order recorded.
    pub position: i32,
    pub kind: DecisionKind,
    pub motion: String,
    /// Whom it is about: one person for a decision on membership.
    pub candidates: Vec<Candidate>,
    pub method: VotingMethod,
    /// Votes in favour, written opinions included.
    pub in_favour: u32,
    pub against: u32,
    pub abstaining: u32,
    pub written_opinions: Vec<WrittenOpinion>,
    pub exclusions: Vec<Exclusion>,
    /// A show of hands by name (optional); empty for a secret ballot.
    pub votes: Vec<NamedVote>,
    pub judgement: Judgement,
    /// A change of party standing names this decision as what made it: the decision stays
    /// as voted (a change or a deletion answers 409).
    pub standing_recorded: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a client records about a vote, as the judgement reads it.
pub struct Ballot<'a> {
    pub kind: DecisionKind,
    pub method: VotingMethod,
    pub candidates: &'a [Uuid],
    pub in_favour: u32,
    pub against: u32,
    pub abstaining: u32,
    pub opinions: &'a [(Uuid, Vote)],
    pub exclusions: &'a [Uuid],
    pub votes: &'a [(Uuid, Vote)],
}

/// A ballot that cannot be: the field (a JSON pointer of the request) and the rule in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub field: String,
    pub message: String,
}

impl From<Refusal> for AppError {
    fn from(r: Refusal) -> Self {
        AppError::invalid(&r.field, r.message)
    }
}

fn refuse(field: impl Into<String>, message: impl Into<String>) -> Refusal {
    Refusal {
        field: field.into(),
        message: message.into(),
    }
}

/// The standing a candidate must have for a decision on membership.
fn standing_for(kind: DecisionKind) -> Option<PartyStanding> {
    match kind {
        DecisionKind::Admission => Some(PartyStanding::DevelopmentCandidate),
        DecisionKind::Confirmation | DecisionKind::Extension | DecisionKind::Cancellation => {
            Some(PartyStanding::ProbationaryMember)
        }
        _ => None,
    }
}

fn standing_words(standing: Option<PartyStanding>) -> String {
    match standing {
        Some(s) => format!("was a {} ({}) on the meeting's day", words(s), s.label()),
        None => "had no party standing in the branch on the meeting's day".into(),
    }
}

fn words(s: PartyStanding) -> &'static str {
    match s {
        PartyStanding::FullMember => "full member",
        PartyStanding::ProbationaryMember => "probationary member",
        PartyStanding::DevelopmentCandidate => "development candidate",
        PartyStanding::Activist => "activist",
        PartyStanding::NonMember => "non-member",
    }
}

/// Check a ballot against the roll of the meeting's day and judge it by the rules.
pub fn judge(roll: &Roll, b: &Ballot) -> std::result::Result<Judgement, Refusal> {
    check_candidates(roll, b)?;
    // Everyone named as a voter must be a full member of the unit on the day.
    let voter = |field: String, person: Uuid, role: &str| -> std::result::Result<bool, Refusal> {
        let Some(member) = roll.get(person) else {
            return Err(refuse(
                field,
                "is not a member of the meeting's unit (a guest, 列席, has no vote)",
            ));
        };
        if !member.is_full() {
            return Err(refuse(
                field,
                format!(
                    "{} {}: only a full member {role} (a probationary member has no vote, Party Constitution Art. 7)",
                    member.name,
                    standing_words(member.standing)
                ),
            ));
        }
        Ok(member.is_present())
    };
    let excluded_people: HashSet<Uuid> = b.exclusions.iter().copied().collect();
    let mut seen = HashSet::new();
    for (i, person) in b.exclusions.iter().enumerate() {
        let field = format!("/exclusions/{i}/person_id");
        if !seen.insert(*person) {
            return Err(refuse(field, "is listed twice"));
        }
        if voter(
            field.clone(),
            *person,
            "is counted among those due to attend",
        )? {
            return Err(refuse(
                field,
                "was present and votes: only a member who cannot attend is left out of those due",
            ));
        }
    }
    let mut written = [0u32; 3];
    for (i, (person, v)) in b.opinions.iter().enumerate() {
        let field = format!("/written_opinions/{i}/person_id");
        if !seen.insert(*person) {
            return Err(refuse(
                field,
                if excluded_people.contains(person) {
                    "is also left out of those due: a member left out gives no counted opinion"
                } else {
                    "is listed twice"
                },
            ));
        }
        if voter(field.clone(), *person, "gives a counted written opinion")? {
            return Err(refuse(
                field,
                "was present: a written opinion counts for an absent member only (发展党员工作细则 Art. 21)",
            ));
        }
        written[*v as usize] += 1;
    }
    let mut named = [0u32; 3];
    if !b.votes.is_empty() && b.method == VotingMethod::SecretBallot {
        return Err(refuse("/votes", "a secret ballot names no voters"));
    }
    for (i, (person, v)) in b.votes.iter().enumerate() {
        let field = format!("/votes/{i}/person_id");
        if !seen.insert(*person) {
            return Err(refuse(
                field,
                "is listed twice, or also gave a written opinion or was left out",
            ));
        }
        if !voter(field.clone(), *person, "votes")? {
            return Err(refuse(
                field,
                "was not present: an absent member's vote is a written opinion",
            ));
        }
        named[*v as usize] += 1;
    }
    let counts = [b.in_favour, b.against, b.abstaining];
    for (i, field) in ["/in_favour", "/against", "/abstaining"].iter().enumerate() {
        if counts[i] < written[i] {
            return Err(refuse(
                *field,
                format!(
                    "the count includes the written opinions: {} of them say so, but the count is {}",
                    written[i], counts[i]
                ),
            ));
        }
        if !b.votes.is_empty() && counts[i] != written[i] + named[i] {
            return Err(refuse(
                *field,
                format!(
                    "the votes named and the written opinions make {}, but the count is {}",
                    written[i] + named[i],
                    counts[i]
                ),
            ));
        }
    }
    let summary = roll.summary();
    let count = Count {
        full_members: summary.full_members,
        excluded: b.exclusions.len() as u32,
        present: summary.full_present,
        written: b.opinions.len() as u32,
        in_favour: b.in_favour,
        against: b.against,
        abstaining: b.abstaining,
    };
    let judged = vote::judge(&count).map_err(|e| match e {
        Impossible::MoreVotesThanVoters { votes, voters } => refuse(
            "/in_favour",
            format!(
                "{votes} votes are counted, but only {voters} can vote: the {} full members present and the {} written opinions{}",
                summary.full_present,
                count.written,
                if summary.probationary_present > 0 {
                    format!(
                        " (the {} probationary members present have no vote)",
                        summary.probationary_present
                    )
                } else {
                    String::new()
                }
            ),
        ),
        other => refuse("", other.to_string()),
    })?;
    Ok(Judgement {
        full_members: count.full_members,
        excluded: count.excluded,
        due: judged.due,
        present: judged.present,
        written: count.written,
        probationary_present: summary.probationary_present,
        quorum: judged.quorum,
        passed: judged.passed,
        reason: judged.reason,
        problem: None,
    })
}

fn check_candidates(roll: &Roll, b: &Ballot) -> std::result::Result<(), Refusal> {
    let mut seen = HashSet::new();
    for (i, person) in b.candidates.iter().enumerate() {
        if !seen.insert(*person) {
            return Err(refuse(format!("/candidate_ids/{i}"), "is listed twice"));
        }
        if roll.get(*person).is_none() {
            return Err(refuse(
                format!("/candidate_ids/{i}"),
                "is not a member of the meeting's unit",
            ));
        }
    }
    if !b.kind.needs_candidate() {
        return Ok(());
    }
    if matches!(b.kind, DecisionKind::Admission | DecisionKind::Confirmation)
        && b.method != VotingMethod::SecretBallot
    {
        return Err(refuse(
            "/method",
            format!(
                "{} is voted by secret ballot (secret_ballot, 无记名投票; 发展党员工作细则 Art. 21 and 33)",
                b.kind.label()
            ),
        ));
    }
    match b.candidates {
        [] => Err(refuse(
            "/candidate_ids",
            format!(
                "a decision on membership ({}) names its candidate",
                b.kind.label()
            ),
        )),
        [one] => {
            let need = standing_for(b.kind).expect("a decision on membership");
            let standing = roll.get(*one).and_then(|m| m.standing);
            if standing != Some(need) {
                let name = roll.get(*one).map_or("the person", |m| m.name.as_str());
                return Err(refuse(
                    "/candidate_ids/0",
                    format!(
                        "{name} {}, but {} is decided for a {} ({}) only",
                        standing_words(standing),
                        b.kind.label(),
                        words(need),
                        need.label()
                    ),
                ));
            }
            Ok(())
        }
        _ => Err(refuse(
            "/candidate_ids",
            "one candidate per vote: each candidate is discussed and voted on separately (发展党员工作细则 Art. 21 and 33)",
        )),
    }
}

/// A decision as stored, before judging.
struct Row {
    id: Uuid,
    meeting_id: Uuid,
    org_unit_id: Uuid,
    position: i32,
    kind: DecisionKind,
    motion: String,
    method: VotingMethod,
    in_favour: i32,
    against: i32,
    abstaining: i32,
    judgement: Option<Json<Judgement>>,
    standing_recorded: bool,
    version: i32,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    candidates: Json<Vec<Candidate>>,
    opinions: Json<Vec<WrittenOpinion>>,
    exclusions: Json<Vec<Exclusion>>,
    votes: Json<Vec<NamedVote>>,
}

impl Row {
    /// The decision with its judgement: kept as finalized, else worked out from `roll` now.
    fn judged(self, roll: &Roll) -> MeetingDecision {
        let whole = |n: i32| u32::try_from(n).unwrap_or(0);
        let judgement = match self.judgement {
            Some(kept) => kept.0,
            None => {
                let candidates: Vec<Uuid> = self.candidates.iter().map(|c| c.person_id).collect();
                let opinions: Vec<(Uuid, Vote)> = self
                    .opinions
                    .iter()
                    .map(|o| (o.person_id, o.vote))
                    .collect();
                let exclusions: Vec<Uuid> = self.exclusions.iter().map(|e| e.person_id).collect();
                let votes: Vec<(Uuid, Vote)> =
                    self.votes.iter().map(|v| (v.person_id, v.vote)).collect();
                let ballot = Ballot {
                    kind: self.kind,
                    method: self.method,
                    candidates: &candidates,
                    in_favour: whole(self.in_favour),
                    against: whole(self.against),
                    abstaining: whole(self.abstaining),
                    opinions: &opinions,
                    exclusions: &exclusions,
                    votes: &votes,
                };
                judge(roll, &ballot).unwrap_or_else(|refusal| {
                    let summary = roll.summary();
                    let message = if refusal.field.is_empty() {
                        refusal.message
                    } else {
                        format!("{}: {}", refusal.field, refusal.message)
                    };
                    Judgement {
                        full_members: summary.full_members,
                        excluded: exclusions.len() as u32,
                        due: summary.full_members.saturating_sub(exclusions.len() as u32),
                        present: summary.full_present,
                        written: opinions.len() as u32,
                        probationary_present: summary.probationary_present,
                        quorum: vote::more_than_half(
                            summary.full_present,
                            summary.full_members.saturating_sub(exclusions.len() as u32),
                        ),
                        passed: false,
                        reason: "记录与出席情况或党员身份不符，须更正后方能确定表决结果".into(),
                        problem: Some(message),
                    }
                })
            }
        };
        MeetingDecision {
            id: self.id,
            meeting_id: self.meeting_id,
            org_unit_id: self.org_unit_id,
            position: self.position,
            kind: self.kind,
            motion: self.motion,
            candidates: self.candidates.0,
            method: self.method,
            in_favour: whole(self.in_favour),
            against: whole(self.against),
            abstaining: whole(self.abstaining),
            written_opinions: self.opinions.0,
            exclusions: self.exclusions.0,
            votes: self.votes.0,
            judgement,
            standing_recorded: self.standing_recorded,
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

/// The decisions of `meeting` (or the one decision `only`), judged with `roll` unless kept.
pub async fn of_meeting(
    conn: &mut PgConnection,
    meeting: Uuid,
    only: Option<Uuid>,
    roll: &Roll,
) -> Result<Vec<MeetingDecision>> {
    let rows = sqlx::query_as!(
        Row,
        r#"select d.id, d.meeting_id, d.org_unit_id, d.position, d.kind as "kind: DecisionKind",
                  d.motion, d.method as "method: VotingMethod", d.in_favour, d.against,
                  d.abstaining, d.judgement as "judgement: Json<Judgement>",
                  exists (select 1 from standing_changes s where s.decision_id = d.id)
                      as "standing_recorded!",
                  d.version,
                  d.created_at, d.updated_at,
                  coalesce((select jsonb_agg(jsonb_build_object('person_id', p.id, 'name', p.name)
                                             order by c.position)
                            from decision_candidates c join people p on p.id = c.person_id
                            where c.decision_id = d.id), '[]') as "candidates!: Json<Vec<Candidate>>",
                  coalesce((select jsonb_agg(jsonb_build_object('person_id', p.id, 'name', p.name,
                                                                'vote', o.vote) order by p.name, p.id)
                            from decision_opinions o join people p on p.id = o.person_id
                            where o.decision_id = d.id), '[]') as "opinions!: Json<Vec<WrittenOpinion>>",
                  coalesce((select jsonb_agg(jsonb_build_object('person_id', p.id, 'name', p.name,
                                                                'reason', e.reason, 'approval', e.approval)
                                             order by p.name, p.id)
                            from decision_exclusions e join people p on p.id = e.person_id
                            where e.decision_id = d.id), '[]') as "exclusions!: Json<Vec<Exclusion>>",
                  coalesce((select jsonb_agg(jsonb_build_object('person_id', p.id, 'name', p.name,
                                                                'vote', v.vote) order by p.name, p.id)
                            from decision_votes v join people p on p.id = v.person_id
                            where v.decision_id = d.id), '[]') as "votes!: Json<Vec<NamedVote>>"
           from decisions d
           where d.meeting_id = $1 and ($2::uuid is null or d.id = $2)
           order by d.position"#,
        meeting,
        only
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.judged(roll)).collect())
}

/// The meeting a decision belongs to (404 when there is no such decision).
pub async fn meeting_of(conn: &mut PgConnection, decision: Uuid) -> Result<Uuid> {
    sqlx::query_scalar!("select meeting_id from decisions where id = $1", decision)
        .fetch_optional(conn)
        .await?
        .ok_or_else(crate::auth::access::not_found)
}

/// Keep each decision's judgement as it stands (at finalizing): the minutes and the digest
/// read these from then on. 409 when a decision's counts can no longer be.
pub async fn keep_judgements(conn: &mut PgConnection, meeting: Uuid, roll: &Roll) -> Result<()> {
    let decisions = of_meeting(&mut *conn, meeting, None, roll).await?;
    for d in &decisions {
        if let Some(problem) = &d.judgement.problem {
            let motion: String = d.motion.chars().take(40).collect();
            return Err(AppError::Conflict(format!(
                "decision {} (“{motion}”) cannot be counted as recorded ({problem}): correct it before finalizing",
                d.position
            )));
        }
        sqlx::query!(
            "update decisions set judgement = $2 where id = $1 and judgement is null",
            d.id,
            Json(&d.judgement) as _
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
