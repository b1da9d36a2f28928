//! The criticism matrix of an organizational or democratic life meeting (批评与自我批评): who
//! criticised whom, and which members gave or received no criticism.

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::tag::TAG;
use crate::auth::{AuthUser, Permission};
use crate::domain::meeting::MeetingKind;
use crate::error::{AppError, Result};
use crate::state::AppState;
use crate::store::meetings;

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct CriticismPair {
    pub critic_id: Uuid,
    pub critic_name: String,
    pub target_id: Uuid,
    pub target_name: String,
    /// How many criticisms the critic addressed to the target.
    pub count: i64,
}

#[derive(Debug, Serialize, ToSchema, sqlx::FromRow)]
pub struct MemberRef {
    pub person_id: Uuid,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CriticismMatrix {
    pub meeting_id: Uuid,
    /// Every critic–target pair, by critic then target name.
    pub pairs: Vec<CriticismPair>,
    /// The members expected at the meeting (its attendance list, kind `member`) who were
    /// present or spoke, and criticised nobody.
    pub gave_none: Vec<MemberRef>,
    /// Those same members whom nobody criticised.
    pub received_none: Vec<MemberRef>,
}

/// Who criticised whom at an organizational or democratic life meeting.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The matrix", body = CriticismMatrix),
        (status = 404, description = "No such meeting in your reach"),
        (status = 409, description = "Not an organizational or democratic life meeting"),
    )
)]
#[get("/meetings/{id}/criticism-matrix")]
pub(super) async fn criticism_matrix(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<web::Json<CriticismMatrix>> {
    let mut conn = state.pool.acquire().await?;
    let meeting = meetings::fetch_for(&mut conn, &user, *id, Permission::Read).await?;
    if !matches!(
        meeting.kind,
        MeetingKind::OrganizationalLife | MeetingKind::DemocraticLife
    ) {
        return Err(AppError::Conflict(
            "the criticism matrix is kept for organizational and democratic life meetings".into(),
        ));
    }
    let pairs = sqlx::query_as!(
        CriticismPair,
        r#"select c.id as critic_id, c.name as critic_name, t.id as target_id,
               t.name as target_name, count(*) as "count!"
           from speeches s
           join people c on c.id = s.speaker_id
           join people t on t.id = s.target_person_id
           where s.meeting_id = $1 and s.kind = 'criticism'
           group by c.id, c.name, t.id, t.name
           order by c.name, c.id, t.name, t.id"#,
        meeting.id
    )
    .fetch_all(&mut *conn)
    .await?;
    // The members who took part (present on the attendance list, or speaking) and gave, or
    // received, no criticism.
    let gave_none = sqlx::query_as!(
        MemberRef,
        "select p.id as person_id, p.name from people p
         where p.kind = 'member'
           and (exists (select 1 from attendance a
                        where a.meeting_id = $1 and a.person_id = p.id and a.status = 'present')
                or exists (select 1 from speeches s where s.meeting_id = $1 and s.speaker_id = p.id))
           and not exists (select 1 from speeches s
                           where s.meeting_id = $1 and s.kind = 'criticism' and s.speaker_id = p.id)
         order by p.name, p.id",
        meeting.id
    )
    .fetch_all(&mut *conn)
    .await?;
    let received_none = sqlx::query_as!(
        MemberRef,
        "select p.id as person_id, p.name from people p
         where p.kind = 'member'
           and (exists (select 1 from attendance a
                        where a.meeting_id = $1 and a.person_id = p.id and a.status = 'present')
                or exists (select 1 from speeches s where s.meeting_id = $1 and s.speaker_id = p.id))
           and not exists (select 1 from speeches s
                           where s.meeting_id = $1 and s.kind = 'criticism'
                             and s.target_person_id = p.id)
         order by p.name, p.id",
        meeting.id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(web::Json(CriticismMatrix {
        meeting_id: meeting.id,
        pairs,
        gave_none,
        received_none,
    }))
}
