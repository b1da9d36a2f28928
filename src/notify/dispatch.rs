//! Sending deliveries: claiming due ones (`FOR UPDATE SKIP LOCKED`, so any number of instances
//! share the work and none sends what another holds), sending each by its channel, and writing
//! down what came of it — delivered, retried later with exponential backoff and jitter, or
//! failed for good.
//!
//! A claimed delivery is pushed past the time its sending may take (the lease) before it is
//! sent, and the claim commits at once: an instance that dies while sending leaves it to be
//! claimed again when the lease runs out. So nothing is lost, and at most the deliveries in
//! flight at the moment of the crash go out twice.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rand::Rng;
use sqlx::PgPool;
use tokio::sync::Semaphore;
use uuid::Uuid;

use crate::config::PublicUrl;
use crate::error::Result;
use crate::mail::{Letter, Mailer};
use crate::webhook::{self, target};

/// How much of a receiver's answer is kept in the delivery log.
pub const EXCERPT_CHARS: usize = 500;
/// How much of a receiver's answer is read at all.
const EXCERPT_READ_BYTES: usize = 4096;
/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);

/// How deliveries are sent and retried.
#[derive(Clone)]
pub struct Dispatcher {
    /// Webhooks may point at loopback, private and link-local addresses (intranet deployments).
    pub allow_private: bool,
    /// How long one attempt may take, connecting included.
    pub timeout: Duration,
    /// The wait after the first failed attempt; it doubles with each further failure.
    pub retry_base: Duration,
    /// How long after its creation a delivery is still retried.
    pub give_up_after: Duration,
    /// The base of the links to records (`MINUTEBOOK_PUBLIC_URL`); no links without it.
    pub links: Option<PublicUrl>,
    /// Sends email (`MINUTEBOOK_SMTP_URL`); none: no email is written to send.
    pub mailer: Option<Mailer>,
    /// Turns for test messages, sent from requests: at most this many at once per instance.
    pub test_turns: Arc<Semaphore>,
}

/// Test messages one instance sends at once (each may take the whole timeout).
pub const TEST_TURNS: usize = 4;

/// A delivery claimed for sending, with what its target is now.
#[derive(Debug)]
pub struct Claimed {
    pub id: Uuid,
    pub channel: String,
    pub event: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub title: String,
    pub body: String,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
    pub webhook_kind: Option<String>,
    pub webhook_url: Option<String>,
    pub webhook_secret: Option<String>,
    pub webhook_enabled: Option<bool>,
    /// The recipient's address now, for an email, and whether they still want email.
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub email_wanted: Option<bool>,
}

/// What came of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Delivered {
        status: i32,
        excerpt: Option<String>,
    },
    /// Worth trying again (a timeout, a 5xx, a 429, a platform's error code).
    Retry {
        status: Option<i32>,
        error: String,
        excerpt: Option<String>,
    },
    /// Trying again will not help (a refused address, a 4xx, a redirect).
    Fail {
        status: Option<i32>,
        error: String,
        excerpt: Option<String>,
    },
    /// Nothing to send to any more (the webhook was disabled).
    Skip { reason: String },
}

/// Claim up to `limit` due deliveries (or only `only`, due or not, if it is pending), pushing
/// each past `lease`; the claim commits before anything is sent.
pub async fn claim(
    pool: &PgPool,
    limit: usize,
    lease: Duration,
    only: Option<Uuid>,
) -> Result<Vec<Claimed>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let claimed = sqlx::query_as!(
        Claimed,
        r#"with due as (
               select id from deliveries
               where status = 'pending'
                 and (($3::uuid is null and next_attempt_at <= now()) or id = $3)
               order by next_attempt_at
               limit $1
               for update skip locked),
           claimed as (
               update deliveries d
               set attempts = d.attempts + 1, last_attempt_at = now(),
                   next_attempt_at = now() + make_interval(secs => $2)
               from due where d.id = due.id
               returning d.id, d.channel, d.webhook_id, d.user_id, d.event, d.entity_type,
                         d.entity_id, d.title, d.body, d.attempts, d.created_at)
           select c.id as "id!", c.channel as "channel!", c.event as "event!",
                  c.entity_type, c.entity_id, c.title as "title!", c.body as "body!",
                  c.attempts as "attempts!", c.created_at as "created_at!",
                  w.kind as "webhook_kind?", w.url as "webhook_url?",
                  w.secret as "webhook_secret?", w.enabled as "webhook_enabled?",
                  u.email as "email?", u.display_name as "display_name?",
                  (u.email_notifications and u.disabled_at is null) as "email_wanted?"
           from claimed c left join webhooks w on w.id = c.webhook_id
                left join users u on u.id = c.user_id
           order by c.id"#,
        limit,
        lease.as_secs_f64(),
        only
    )
    .fetch_all(pool)
    .await?;
    Ok(claimed)
}

impl Dispatcher {
    /// How long a claimed delivery is held: longer than any attempt can take.
    pub fn lease(&self) -> Duration {
        self.timeout * 2 + Duration::from_secs(5)
    }

    /// Send `claimed` and write down what came of it; a failure that may pass is retried
    /// later only if `retry` (test messages are tried once).
    pub async fn deliver(&self, pool: &PgPool, claimed: &Claimed, retry: bool) -> Result<Outcome> {
        let outcome = match claimed.channel.as_str() {
            "webhook" => self.send_webhook(claimed).await,
            _ => self.send_email(claimed).await,
        };
        self.record(pool, claimed, &outcome, retry).await?;
        Ok(outcome)
    }

    /// The web client's address of the record a delivery is about.
    fn link(&self, claimed: &Claimed) -> Option<String> {
        let base = self.links.as_ref()?;
        let path = match (claimed.entity_type.as_deref(), claimed.entity_id) {
            (Some("meeting"), Some(id)) => format!("#/meetings/{id}"),
            (Some("rectification_item"), Some(id)) => format!("#/items/{id}"),
            _ => String::new(),
        };
        Some(base.join(&path))
    }

    async fn send_email(&self, claimed: &Claimed) -> Outcome {
        let Some(mailer) = &self.mailer else {
            // Another instance may be configured to send it.
            return Outcome::Retry {
                status: None,
                error: "this instance has no MINUTEBOOK_SMTP_URL".into(),
                excerpt: None,
            };
        };
        let (Some(address), Some(true)) = (&claimed.email, claimed.email_wanted) else {
            return Outcome::Skip {
                reason: "the user no longer takes email (no address, turned off, or disabled)"
                    .into(),
            };
        };
        let letter = Letter {
            to_address: address.clone(),
            to_name: claimed.display_name.clone().unwrap_or_default(),
            subject: claimed.title.clone(),
            text: claimed.body.clone(),
            link: self.link(claimed),
        };
        match mailer.send(&letter).await {
            Ok(()) => Outcome::Delivered {
                status: 250,
                excerpt: None,
            },
            Err(e) if e.retryable => Outcome::Retry {
                status: None,
                error: e.reason,
                excerpt: None,
            },
            Err(e) => Outcome::Fail {
                status: None,
                error: e.reason,
                excerpt: None,
            },
        }
    }

    async fn send_webhook(&self, claimed: &Claimed) -> Outcome {
        let (Some(kind), Some(url)) = (&claimed.webhook_kind, &claimed.webhook_url) else {
            return Outcome::Skip {
                reason: "the webhook no longer exists".into(),
            };
        };
        if claimed.webhook_enabled == Some(false) {
            return Outcome::Skip {
                reason: "the webhook is disabled".into(),
            };
        }
        let kind = match kind.as_str() {
            "wecom" => webhook::Kind::Wecom,
            "dingtalk" => webhook::Kind::Dingtalk,
            "feishu" => webhook::Kind::Feishu,
            _ => webhook::Kind::Generic,
        };
        let message = webhook::Message {
            event: claimed.event.clone(),
            title: claimed.title.clone(),
            text: claimed.body.clone(),
            link: self.link(claimed),
            record: claimed
                .entity_type
                .clone()
                .zip(claimed.entity_id.map(|id| id.to_string())),
        };
        let now_ms = Utc::now().timestamp_millis();
        let prepared = webhook::prepare(
            kind,
            url,
            claimed.webhook_secret.as_deref(),
            &message,
            now_ms,
        );
        self.post(&prepared, kind).await
    }

    /// POST a prepared request to the addresses its host resolves to now, if they are allowed
    /// (resolved once and pinned, so the name cannot point elsewhere between the check and the
    /// connection), following no redirect.
    async fn post(&self, prepared: &webhook::Prepared, kind: webhook::Kind) -> Outcome {
        let fail = |error: String| Outcome::Fail {
            status: None,
            error,
            excerpt: None,
        };
        let url = match target::parse(&prepared.url) {
            Ok(url) => url,
            Err(why) => return fail(why),
        };
        let addresses = match target::resolve(&url, self.allow_private).await {
            Ok(addresses) => addresses,
            Err(target::Unreachable::Refused(why)) => return fail(why),
            Err(target::Unreachable::Unresolved(why)) => {
                return Outcome::Retry {
                    status: None,
                    error: why,
                    excerpt: None,
                };
            }
        };
        let host = url.host_str().unwrap_or_default();
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // A proxy would connect to the address on our behalf, past the check above.
            .no_proxy()
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            .resolve_to_addrs(host, &addresses)
            .user_agent(concat!("minutebook/", env!("CARGO_PKG_VERSION")))
            .build();
        let client = match client {
            Ok(client) => client,
            Err(e) => return fail(format!("cannot make an HTTP client: {e}")),
        };
        let mut request = client.post(url).body(prepared.body.clone());
        for (name, value) in &prepared.headers {
            request = request.header(*name, value);
        }
        let mut response = match request.send().await {
            Ok(response) => response,
            Err(e) => {
                return Outcome::Retry {
                    status: None,
                    error: describe(&e),
                    excerpt: None,
                };
            }
        };
        let status = response.status();
        let code = i32::from(status.as_u16());
        let excerpt = read_excerpt(&mut response).await;
        if status.is_redirection() {
            let to = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .unwrap_or("?");
            return Outcome::Fail {
                status: Some(code),
                error: format!("answered {status} to {to}; redirects are not followed"),
                excerpt,
            };
        }
        if status.is_success() {
            return match platform_error(kind, excerpt.as_deref()) {
                None => Outcome::Delivered {
                    status: code,
                    excerpt,
                },
                Some(error) => Outcome::Retry {
                    status: Some(code),
                    error,
                    excerpt,
                },
            };
        }
        let error = format!("answered {status}");
        let lasting = status.is_client_error()
            && status != reqwest::StatusCode::REQUEST_TIMEOUT
            && status != reqwest::StatusCode::TOO_MANY_REQUESTS;
        if lasting {
            Outcome::Fail {
                status: Some(code),
                error,
                excerpt,
            }
        } else {
            Outcome::Retry {
                status: Some(code),
                error,
                excerpt,
            }
        }
    }

    /// Write down what came of an attempt on `claimed`.
    async fn record(
        &self,
        pool: &PgPool,
        claimed: &Claimed,
        outcome: &Outcome,
        retry: bool,
    ) -> Result<()> {
        let (status, code, error, excerpt, next) = match outcome {
            Outcome::Delivered { status, excerpt } => {
                ("delivered", Some(*status), None, excerpt.clone(), None)
            }
            Outcome::Skip { reason } => ("skipped", None, Some(reason.clone()), None, None),
            Outcome::Fail {
                status,
                error,
                excerpt,
            } => (
                "failed",
                *status,
                Some(error.clone()),
                excerpt.clone(),
                None,
            ),
            Outcome::Retry {
                status,
                error,
                excerpt,
            } => {
                let wait = backoff(self.retry_base, claimed.attempts);
                let next = Utc::now() + wait;
                let deadline = claimed.created_at + self.give_up_after;
                if retry && next <= deadline {
                    (
                        "pending",
                        *status,
                        Some(error.clone()),
                        excerpt.clone(),
                        Some(next),
                    )
                } else {
                    let error = if retry {
                        format!("gave up after {} attempts: {error}", claimed.attempts)
                    } else {
                        error.clone()
                    };
                    ("failed", *status, Some(error), excerpt.clone(), None)
                }
            }
        };
        sqlx::query!(
            "update deliveries
             set status = $2, last_status = $3, last_error = $4, response_excerpt = $5,
                 next_attempt_at = coalesce($6, next_attempt_at),
                 delivered_at = case when $2 = 'delivered' then now() end
             where id = $1",
            claimed.id,
            status,
            code,
            error.map(|e| shorten(&e, EXCERPT_CHARS)),
            excerpt,
            next
        )
        .execute(pool)
        .await?;
        Ok(())
    }
}

/// The wait after the `attempts`-th failed attempt: `base` doubled each time, at most an hour,
/// between half and all of it at random so that many deliveries failing together (a receiver
/// down) do not come back together.
pub fn backoff(base: Duration, attempts: i32) -> chrono::Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(20);
    let full = base.saturating_mul(1 << doublings).min(MAX_BACKOFF);
    let wait = full.mul_f64(rand::rng().random_range(0.5..=1.0));
    chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX)
}

/// The start of a receiver's answer, read no further than needed.
async fn read_excerpt(response: &mut reqwest::Response) -> Option<String> {
    let mut read = Vec::new();
    while read.len() < EXCERPT_READ_BYTES {
        match response.chunk().await {
            Ok(Some(chunk)) => read.extend_from_slice(&chunk),
            _ => break,
        }
    }
    read.truncate(EXCERPT_READ_BYTES);
    let text = String::from_utf8_lossy(&read);
    let text = text.trim();
    (!text.is_empty()).then(|| shorten(text, EXCERPT_CHARS))
}

/// The error a robot platform reports in a 200 answer: WeCom and DingTalk say `errcode`,
/// Feishu says `code`; 0 is success.
fn platform_error(kind: webhook::Kind, answer: Option<&str>) -> Option<String> {
    let field = match kind {
        webhook::Kind::Generic => return None,
        webhook::Kind::Wecom | webhook::Kind::Dingtalk => ("errcode", "errmsg"),
        webhook::Kind::Feishu => ("code", "msg"),
    };
    let answer: serde_json::Value = serde_json::from_str(answer?).ok()?;
    let code = answer.get(field.0)?.as_i64()?;
    (code != 0).then(|| {
        let message = answer.get(field.1).and_then(|m| m.as_str()).unwrap_or("");
        format!("the platform answered {} {code}: {message}", field.0)
    })
}

/// What went wrong with a request, in a line.
fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "no answer in time".into()
    } else if e.is_connect() {
        format!("cannot connect: {}", root_cause(e))
    } else {
        root_cause(e)
    }
}

fn root_cause(e: &dyn std::error::Error) -> String {
    let mut cause = e;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    cause.to_string()
}

fn shorten(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_with_each_failure_within_their_jitter_and_an_hour() {
        let base = Duration::from_secs(30);
        for (attempts, full) in [(1, 30), (2, 60), (3, 120), (10, 3600), (40, 3600)] {
            for _ in 0..20 {
                let wait = backoff(base, attempts).num_milliseconds();
                assert!(
                    (full * 500..=full * 1000).contains(&wait),
                    "attempt {attempts}: {wait} ms"
                );
            }
        }
    }

    #[test]
    fn a_platform_error_in_a_200_answer_is_not_a_delivery() {
        let wecom = webhook::Kind::Wecom;
        assert_eq!(
            platform_error(wecom, Some(r#"{"errcode":0,"errmsg":"ok"}"#)),
            None
        );
        assert!(
            platform_error(
                wecom,
                Some(r#"{"errcode":93000,"errmsg":"invalid webhook url"}"#)
            )
            .unwrap()
            .contains("93000")
        );
        let feishu = webhook::Kind::Feishu;
        assert!(
            platform_error(feishu, Some(r#"{"code":19021,"msg":"sign match fail"}"#)).is_some()
        );
        assert_eq!(
            platform_error(feishu, Some(r#"{"code":0,"msg":"success"}"#)),
            None
        );
        assert_eq!(
            platform_error(webhook::Kind::Generic, Some(r#"{"errcode":1}"#)),
            None
        );
        assert_eq!(platform_error(wecom, Some("not json")), None);
    }
}
