//! The calendar feed: a secret address per user that calendar apps poll for the meetings in
//! the user's reach. Calendar apps cannot send a bearer token, so the address is the
//! credential; asking for a new one makes the old one stop working.

use actix_web::{HttpRequest, HttpResponse, get, http::header, post, web};
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

/// The product that made the feed (RFC 5545 §3.7.3), in the usual FPI form.
const PRODID: &str = concat!(
    "-//minutebook//minutebook ",
    env!("CARGO_PKG_VERSION"),
    "//ZH"
);

/// Meetings in one feed, newest first.
const MAX_EVENTS: i64 = 1000;

pub fn configure_api(cfg: &mut ServiceConfig) {
    cfg.service(issue_token);
}

pub fn configure_feed(cfg: &mut ServiceConfig) {
    cfg.service(feed);
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"token": "q8Jx…", "url": "https://minutebook.example.org/calendar/q8Jx….ics"}))]
pub struct CalendarToken {
    /// The secret; shown once.
    pub token: String,
    /// The feed's absolute address, for a calendar app's subscription: under
    /// `MINUTEBOOK_PUBLIC_URL` when set, else on the scheme and host the request came to.
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
async fn issue_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: AuthUser,
) -> Result<HttpResponse> {
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
    let url = absolute_url(&req, &state, &format!("calendar/{token}.ics"));
    Ok(HttpResponse::Created().json(CalendarToken { token, url }))
}

/// `path` as an absolute URL: under the configured public address, else on the scheme and
/// host of the request — as the proxy reported them (`Forwarded`, `X-Forwarded-Proto`/`-Host`)
/// only when proxy headers are trusted, since otherwise any client could set them.
fn absolute_url(req: &HttpRequest, state: &AppState, path: &str) -> String {
    if let Some(public) = &state.public_url {
        return public.join(path);
    }
    let (scheme, host) = if state.trust_proxy_headers {
        let info = req.connection_info();
        (info.scheme().to_owned(), info.host().to_owned())
    } else {
        let config = req.app_config();
        let scheme =
            req.uri()
                .scheme_str()
                .unwrap_or(if config.secure() { "https" } else { "http" });
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .or_else(|| req.uri().authority().map(|a| a.as_str()))
            .unwrap_or(config.host());
        (scheme.to_owned(), host.to_owned())
    };
    // A Host that makes no URL (the server library lets odd bytes through) gives way to the
    // server's own name.
    let base = url::Url::parse(&format!("{scheme}://{host}/"))
        .ok()
        .filter(|base| base.path() == "/" && base.query().is_none() && base.fragment().is_none())
        .unwrap_or_else(|| {
            url::Url::parse(&format!("{scheme}://{}/", req.app_config().host()))
                .expect("the server's own host makes a URL")
        });
    format!("{base}{path}")
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
    // The crate's defaults name the crate as the product; calendar apps show PRODID.
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODID))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name("minutebook");
    for m in meetings {
        // The crate escapes LF but writes a CR (or any other control character) raw, and a
        // bare CR ends the line for many readers: every value goes out as one line, and the
        // description's lines are joined by LF, with no blank line (nor a trailing LF).
        let description = std::iter::once(&m.unit)
            .chain(&m.agenda.0)
            .map(|line| one_line(line))
            .filter(|line| !line.trim().is_empty())
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
