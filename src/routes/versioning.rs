//! Optimistic locking and safe retries: `ETag`/`If-Match` on versioned records, and
//! `Idempotency-Key` on creates.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName};
use actix_web::{FromRequest, HttpRequest, HttpResponse};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::PgConnection;

use crate::auth::AuthUser;
use crate::error::{AppError, Result};

/// The `ETag` of a record at `version`.
pub fn etag(version: i32) -> String {
    format!("\"{version}\"")
}

/// The `If-Match` header of a request, parsed (RFC 9110 §13.1.1).
///
/// A handler evaluates it ([`IfMatch::required`], [`IfMatch::optional`]) just before its
/// write, once the record and every record the request names are found within the caller's
/// reach and the role allowed: a 404 or 403 wins over a 412 or 428 (RFC 9110 §13.2.1), so a
/// precondition tells nothing about records out of reach.
#[derive(Debug, Clone)]
pub struct IfMatch(Option<Precondition>);

#[derive(Debug, Clone, PartialEq)]
enum Precondition {
    /// `*`: any current version.
    Any,
    /// The versions of the strong tags listed; a weak tag (`W/"3"`) or a value that is no
    /// ETag of ours matches nothing: If-Match compares strongly.
    Versions(Vec<i32>),
}

impl IfMatch {
    /// Check the header against `current`, the version of the locked record; answers the
    /// version to write with (`… where version = $n`). Missing: 428. No tag matching: 412.
    pub fn required(&self, current: i32) -> Result<i32> {
        match &self.0 {
            None => Err(AppError::PreconditionRequired),
            Some(precondition) => Self::check(precondition, current),
        }
    }

    /// Like [`Self::required`], for operations where `If-Match` may be left out.
    pub fn optional(&self, current: i32) -> Result<i32> {
        match &self.0 {
            None => Ok(current),
            Some(precondition) => Self::check(precondition, current),
        }
    }

    fn check(precondition: &Precondition, current: i32) -> Result<i32> {
        match precondition {
            Precondition::Any => Ok(current),
            Precondition::Versions(listed) if listed.contains(&current) => Ok(current),
            Precondition::Versions(_) => Err(AppError::PreconditionFailed),
        }
    }
}

/// `If-Match` field values (every line of the header): `*`, or a list of entity tags.
fn parse_if_match<'a>(values: impl Iterator<Item = &'a [u8]>) -> Option<Precondition> {
    let mut present = false;
    let mut any = false;
    let mut versions = Vec::new();
    for value in values {
        present = true;
        // Not visible ASCII: no tag of ours is in it.
        let mut rest = std::str::from_utf8(value).unwrap_or("");
        loop {
            rest = rest.trim_start_matches([' ', '\t', ',']);
            if rest.is_empty() {
                break;
            }
            if let Some(after) = rest.strip_prefix('*') {
                any = true;
                rest = after;
                continue;
            }
            let (weak, tag) = match rest.strip_prefix("W/") {
                Some(tag) => (true, tag),
                None => (false, rest),
            };
            let Some((opaque, after)) = tag
                .strip_prefix('"')
                .and_then(|quoted| quoted.split_once('"'))
            else {
                // Not an entity tag (`3`, `garbage`): it matches nothing; on to the next.
                rest = rest.find(',').map_or("", |comma| &rest[comma..]);
                continue;
            };
            if let (false, Ok(version)) = (weak, opaque.parse()) {
                versions.push(version);
            }
            rest = after;
        }
    }
    let precondition = if any {
        Precondition::Any
    } else {
        Precondition::Versions(versions)
    };
    present.then_some(precondition)
}

impl FromRequest for IfMatch {
    type Error = AppError;
    type Future = Ready<Result<Self>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let values = req
            .headers()
            .get_all(header::IF_MATCH)
            .map(|v| v.as_bytes());
        ready(Ok(IfMatch(parse_if_match(values))))
    }
}

pub const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");
pub const MAX_KEY_CHARS: usize = 255;
/// Visible ASCII and spaces, not only spaces (HTTP drops spaces around a header's value).
pub const KEY_PATTERN: &str = "^[ -~]*[!-~][ -~]*$";

/// The `Idempotency-Key` header of a create, if any.
#[derive(Debug, Clone)]
pub struct IdempotencyKey(Option<String>);

impl FromRequest for IdempotencyKey {
    type Error = AppError;
    type Future = Ready<Result<Self>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let key = match req.headers().get(&IDEMPOTENCY_KEY) {
            None => Ok(None),
            // `to_str` lets a tab through; the key is visible ASCII and spaces only.
            Some(value) => match value.to_str() {
                Ok(key)
                    if (1..=MAX_KEY_CHARS).contains(&key.len())
                        && key.bytes().all(|b| (b' '..=b'~').contains(&b)) =>
                {
                    Ok(Some(key.to_owned()))
                }
                _ => Err(AppError::BadRequest(format!(
                    "Idempotency-Key must be 1 to {MAX_KEY_CHARS} visible ASCII characters"
                ))),
            },
        };
        ready(key.map(IdempotencyKey))
    }
}

/// A response as it is kept for replay.
#[derive(Debug, Clone)]
pub struct Stored {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Stored {
    /// 201 with `Location`, `ETag` (when versioned) and the JSON of `record`.
    pub fn created(
        location: String,
        version: Option<i32>,
        record: &impl Serialize,
    ) -> Result<Self> {
        let mut headers = vec![(header::LOCATION.to_string(), location)];
        if let Some(version) = version {
            headers.push((header::ETAG.to_string(), etag(version)));
        }
        Ok(Stored {
            status: 201,
            headers,
            body: serde_json::to_vec(record).map_err(anyhow::Error::from)?,
        })
    }

    pub fn respond(&self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::OK);
        let mut response = HttpResponse::build(status);
        response.content_type("application/json");
        for (name, value) in &self.headers {
            response.insert_header((name.as_str(), value.as_str()));
        }
        response.body(self.body.clone())
    }
}

impl IdempotencyKey {
    /// Claim the key for this create inside its transaction. `Some`: the same user already
    /// made this request with this key; answer the stored response again. A concurrent retry
    /// waits here on the key's row until the first attempt commits (then replays) or rolls
    /// back (then proceeds). The same key with another request: 422.
    pub async fn claim(
        &self,
        conn: &mut PgConnection,
        user: &AuthUser,
        operation: &str,
        request: &impl Serialize,
    ) -> Result<Option<HttpResponse>> {
        let Some(key) = &self.0 else {
            return Ok(None);
        };
        let mut hasher = Sha256::new();
        hasher.update(operation.as_bytes());
        hasher.update(b"\n");
        hasher.update(serde_json::to_vec(request).map_err(anyhow::Error::from)?);
        let hash = hasher.finalize().to_vec();
        let claimed = sqlx::query!(
            "insert into idempotency_keys (user_id, key, request_hash) values ($1, $2, $3)
             on conflict (user_id, key) do nothing",
            user.id,
            key,
            &hash
        )
        .execute(&mut *conn)
        .await?;
        if claimed.rows_affected() == 1 {
            return Ok(None);
        }
        let row = sqlx::query!(
            r#"select request_hash, status,
                      headers as "headers: sqlx::types::Json<Vec<(String, String)>>", body
               from idempotency_keys where user_id = $1 and key = $2"#,
            user.id,
            key
        )
        .fetch_one(&mut *conn)
        .await?;
        let (stored_hash, status, headers, body) =
            (row.request_hash, row.status, row.headers, row.body);
        if stored_hash != hash {
            return Err(AppError::Validation {
                detail: "this Idempotency-Key was already used with a different request".into(),
                errors: Vec::new(),
            });
        }
        let (Some(status), Some(headers), Some(body)) = (status, headers, body) else {
            return Err(AppError::Conflict(
                "a request with this Idempotency-Key is still in progress".into(),
            ));
        };
        let stored = Stored {
            status: status as u16,
            headers: headers.0,
            body,
        };
        let mut response = stored.respond();
        response
            .headers_mut()
            .insert(REPLAYED, header::HeaderValue::from_static("true"));
        Ok(Some(response))
    }

    /// Keep `response` for replays of this key (no-op without a key).
    pub async fn store(
        &self,
        conn: &mut PgConnection,
        user: &AuthUser,
        response: &Stored,
    ) -> Result<()> {
        let Some(key) = &self.0 else {
            return Ok(());
        };
        sqlx::query!(
            "update idempotency_keys set status = $3, headers = $4, body = $5
             where user_id = $1 and key = $2",
            user.id,
            key,
            response.status as i16,
            sqlx::types::Json(&response.headers) as _,
            &response.body
        )
        .execute(conn)
        .await?;
        Ok(())
    }
}

/// 200 with the JSON of a versioned record and its `ETag`.
pub fn ok_with_etag(version: i32, record: &impl Serialize) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::ETAG, etag(version)))
        .json(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lines: &[&str]) -> Option<Precondition> {
        parse_if_match(lines.iter().map(|l| l.as_bytes()))
    }

    #[test]
    fn if_match_lists_strong_tags_and_star() {
        assert_eq!(parse(&[]), None);
        assert_eq!(parse(&["\"3\""]), Some(Precondition::Versions(vec![3])));
        assert_eq!(
            parse(&["\"3\", \"4\"", "\"7\""]),
            Some(Precondition::Versions(vec![3, 4, 7]))
        );
        assert_eq!(parse(&["*"]), Some(Precondition::Any));
        // Weak tags and values that are no entity tag match nothing.
        assert_eq!(
            parse(&["W/\"3\", 4, garbage, \"x\""]),
            Some(Precondition::Versions(vec![]))
        );
        assert_eq!(
            parse(&["W/\"3\",\"5\""]),
            Some(Precondition::Versions(vec![5]))
        );
    }

    #[test]
    fn a_precondition_is_checked_against_the_current_version() {
        let header = |lines: &[&str]| IfMatch(parse(lines));
        assert_eq!(header(&["\"2\", \"3\""]).required(3).unwrap(), 3);
        assert!(matches!(
            header(&["W/\"3\""]).required(3),
            Err(AppError::PreconditionFailed)
        ));
        assert!(matches!(
            header(&[]).required(3),
            Err(AppError::PreconditionRequired)
        ));
        assert_eq!(header(&[]).optional(3).unwrap(), 3);
        assert_eq!(header(&["*"]).required(9).unwrap(), 9);
    }
}
