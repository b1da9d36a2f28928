//! The calendar feed: a secret address per user that calendar apps poll for the meetings in
//! the user's reach. Calendar apps cannot send a bearer token, so the address is the
//! credential; asking for a new one makes the old one stop working.

use actix_web::{HttpResponse, get, http::header, post, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::types::Json;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::audit::{self, Event as AuditEvent};
use crate::auth::{AuthUser, access};
use crate::domain::one_line;
use crate::error::Result;
use crate::state::AppState;

/// Meetings in one feed, newest first.
const MAX_EVENTS: i64 = 1000;

pub fn configure_api(cfg: &mut ServiceConfig) {
    cfg.service(issue_token);
}

pub fn configure_feed(cfg: &mut ServiceConfig) {
    cfg.service(feed);
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"token": "q8Jx…", "url": "/calendar/q8Jx….ics"}))]
pub struct CalendarToken {
    /// The secret; shown once.
    pub token: String,
    /// The feed's address on this server, for a calendar app's subscription.
    pub url: String,
}

fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Issue a new calendar feed address for the caller; the previous one stops working.
#[utoipa::path(
    tag = "me",
    security(("bearer" = [])),
    responses((status = 201, description = "The new feed address", body = CalendarToken))
)]
#[post("/me/calendar-token")]
async fn issue_token(state: web::Data<AppState>, user: AuthUser) -> Result<HttpResponse> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let mut tx = state.pool.begin().await?;
    sqlx::query!(
        "insert into calendar_tokens (user_id, token_hash) values ($1, $2)
         on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()",
        user.id,
        hash(&token)
    )
    .execute(&mut *tx)
    .await?;
    let event = AuditEvent {
        action: "issue_calendar_token",
        entity_type: "user",
        entity_id: user.id,
        org_unit_id: None,
        before: None,
        after: None,
    };
    audit::record(&mut tx, &user, event).await?;
    tx.commit().await?;
    let url = format!("/calendar/{token}.ics");
    Ok(HttpResponse::Created().json(CalendarToken { token, url }))
}

struct FeedMeeting {
    id: Uuid,
    title: String,
    kind: String,
    status: String,
    starts_at: DateTime<Utc>,
    ends_at: Option<DateTime<Utc>>,
    location: Option<String>,
    agenda: Json<Vec<String>>,
    unit: String,
    updated_at: DateTime<Utc>,
}

/// The meetings in reach of the feed's owner, as iCalendar (RFC 5545).
#[utoipa::path(
    tag = "meetings",
    responses(
        (status = 200, description = "The calendar", body = String, content_type = "text/calendar; charset=utf-8"),
        (status = 404, description = "No such feed (or it was replaced)"),
    )
)]
#[get("/calendar/{token}.ics")]
async fn feed(state: web::Data<AppState>, token: web::Path<String>) -> Result<HttpResponse> {
    let owner = sqlx::query!(
        "select u.id, u.is_admin from calendar_tokens t join users u on u.id = t.user_id
         where t.token_hash = $1 and u.disabled_at is null",
        hash(&token)
    )
    .fetch_optional(&state.pool)
    .await?
    .ok_or_else(access::not_found)?;
    let meetings = sqlx::query_as!(
        FeedMeeting,
        r#"select m.id, m.title, m.kind, m.status, m.starts_at, m.ends_at, m.location,
                  m.agenda as "agenda: Json<Vec<String>>", u.name as unit, m.updated_at
           from meetings m join org_units u on u.id = m.org_unit_id
           where $2 or m.org_unit_id in (select * from reachable_org_units($1))
           order by m.starts_at desc limit $3"#,
        owner.id,
        owner.is_admin,
        MAX_EVENTS
    )
    .fetch_all(&state.pool)
    .await?;
    let mut calendar = Calendar::new();
    calendar.name("minutebook");
    for m in meetings {
        // The crate escapes LF but writes a CR (or any other control character) raw, and a
        // bare CR ends the line for many readers: every value goes out as one line, and the
        // description's lines are joined by LF.
        let description = std::iter::once(&m.unit)
            .chain(&m.agenda.0)
            .map(|line| one_line(line))
            .collect::<Vec<_>>()
            .join("\n");
        let mut event = Event::new();
        event
            .uid(&format!("{}@minutebook", m.id))
            .timestamp(m.updated_at)
            .summary(&format!(
                "{}（{}）",
                one_line(&m.title),
                crate::export::minutes::meeting_kind_label(&m.kind)
            ))
            .starts(m.starts_at)
            .ends(m.ends_at.unwrap_or(m.starts_at + Duration::hours(2)))
            .description(&description)
            .status(if m.status == "cancelled" {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            });
        if let Some(location) = &m.location {
            event.location(&one_line(location));
        }
        calendar.push(event.done());
    }
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "private, max-age=300"))
        .body(calendar.done().to_string()))
}
