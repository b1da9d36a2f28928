//! Notification emails: the message a member gets (Chinese text, plain and HTML alternatives)
//! and sending it over SMTP with lettre — the email channel of the notification dispatcher.
//!
//! [`compose`] is pure: a [`Letter`] becomes a MIME message with no I/O, so tests can read it.
//! [`Mailer::send`] delivers one letter and says whether a failure is worth retrying.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::MultiPart;
use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

// What callers hold: a parsed address, the sender, the built message.
pub use lettre::message::Mailbox;
pub use lettre::{Address, Message};

/// Longest failure reason [`Mailer::send`] gives, in characters (the delivery log keeps it).
pub const MAX_REASON_CHARS: usize = 300;

/// Longest email address accepted, in characters (RFC 5321's limit on a path).
pub const MAX_ADDRESS_CHARS: usize = 254;

/// Replies that refuse our own login to the server, not the letter: permanent by their code,
/// but they end when an administrator fixes the account, so they are retried.
const AUTHENTICATION_CODES: [u16; 4] = [530, 534, 535, 538];

/// What one email says (Chinese text), and where its record is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub to_address: String,
    /// The recipient's name, for the greeting and the `To` header; may be empty.
    pub to_name: String,
    pub subject: String,
    pub text: String,
    /// The record in the web client (http or https).
    pub link: Option<String>,
}

/// What is wrong with a mail setting or a letter.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// The SMTP URL; the reason never repeats the URL, which may hold a password.
    #[error("the SMTP URL {0}")]
    SmtpUrl(String),
    #[error(
        "the sender `{from}` is not an address like `党支部会议记录 <noreply@example.org>`: {reason}"
    )]
    From { from: String, reason: String },
    #[error("the SMTP timeout must be longer than zero")]
    Timeout,
    #[error("`{address}` is not an email address: {reason}")]
    Address { address: String, reason: String },
    #[error("the link `{0}` is not an http or https URL")]
    Link(String),
    #[error("the message cannot be built: {0}")]
    Message(String),
}

/// Why one letter was not sent: a short reason for the delivery log, and whether sending it
/// again may succeed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct SendError {
    /// At most [`MAX_REASON_CHARS`] characters.
    pub reason: String,
    pub retryable: bool,
}

impl SendError {
    fn new(reason: String, retryable: bool) -> SendError {
        let reason = match reason.char_indices().nth(MAX_REASON_CHARS) {
            Some((cut, _)) => {
                let mut short = reason[..cut].to_owned();
                short.pop();
                short.push('…');
                short
            }
            None => reason,
        };
        SendError { reason, retryable }
    }
}

/// Sends letters through one SMTP server. Cloning shares it.
#[derive(Clone)]
pub struct Mailer {
    inner: Arc<Inner>,
}

struct Inner {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    timeout: Duration,
}

// By hand: the transport's own Debug would print the credentials.
impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.inner.from.to_string())
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// A mailer for the server of `smtp_url`, as lettre's `AsyncSmtpTransport::from_url` takes
    /// it: `smtp://host:25` (plain), `smtp://host:587?tls=required` (STARTTLS, or
    /// `tls=opportunistic`), `smtps://host:465` (TLS from the start), with `user:password@`
    /// to log in (percent-encoded). Letters come from `from`, an address like
    /// `党支部会议记录 <noreply@example.org>`. `timeout` bounds each send, connecting included.
    pub fn from_url(smtp_url: &str, from: &str, timeout: Duration) -> Result<Mailer, MailError> {
        let from_error = |reason: String| MailError::From {
            from: from.to_owned(),
            reason,
        };
        let from: Mailbox = from.parse().map_err(|e| from_error(format!("{e}")))?;
        check_address_length(from.email.as_ref()).map_err(from_error)?;
        if timeout.is_zero() {
            return Err(MailError::Timeout);
        }
        check_smtp_url(smtp_url)?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            // lettre's errors name the part at fault, never the password.
            .map_err(|e| MailError::SmtpUrl(format!("is not usable: {e}")))?
            .timeout(Some(timeout))
            .build();
        Ok(Mailer {
            inner: Arc::new(Inner {
                transport,
                from,
                timeout,
            }),
        })
    }

    /// The sender's mailbox, as letters carry it.
    pub fn from(&self) -> &Mailbox {
        &self.inner.from
    }

    /// Sends one letter. A refusal with a 5xx reply, or a letter that cannot be built, is not
    /// worth retrying; a connection that fails or times out, TLS, 4xx replies and a refused
    /// login are.
    pub async fn send(&self, letter: &Letter) -> Result<(), SendError> {
        let message =
            compose(&self.inner.from, letter).map_err(|e| SendError::new(e.to_string(), false))?;
        // lettre bounds connecting; this bounds a server that connects, then never answers.
        // A server that took the letter and hangs only before QUIT is counted as failed, so a
        // retry may send that one letter twice.
        let timeout = self.inner.timeout;
        match tokio::time::timeout(timeout, self.inner.transport.send(message)).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(send_error(&e)),
            Err(_) => Err(SendError::new(
                format!(
                    "the SMTP server did not complete the exchange within {} s",
                    timeout.as_secs_f64()
                ),
                true,
            )),
        }
    }
}

/// The reason and retry verdict of a failed exchange with the server.
fn send_error(e: &SmtpError) -> SendError {
    let mut reason = String::new();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        // Some causes print their own cause too; say each once.
        let text = cause.to_string();
        if !reason.ends_with(&text) {
            reason.push_str(": ");
            reason.push_str(&text);
        }
        source = cause.source();
    }
    if let Some(code) = e.status() {
        let code = u16::from(code);
        let retryable = !e.is_permanent() || AUTHENTICATION_CODES.contains(&code);
        return SendError::new(format!("SMTP {code}{reason}"), retryable);
    }
    let what = if e.is_timeout() {
        "the SMTP server timed out"
    } else if e.is_tls() {
        "TLS with the SMTP server failed"
    } else if e.is_response() {
        "the SMTP server's reply was not understood"
    } else if e.is_client() {
        "the SMTP exchange failed"
    } else {
        // lettre reports a failed TLS handshake as a connection error too.
        "the connection to the SMTP server failed"
    };
    SendError::new(format!("{what}{reason}"), true)
}

/// Checks what lettre would accept silently or report vaguely, without echoing the URL.
fn check_smtp_url(smtp_url: &str) -> Result<(), MailError> {
    let url = url::Url::parse(smtp_url)
        .map_err(|e| MailError::SmtpUrl(format!("is not a URL like smtp://host:25 ({e})")))?;
    let tls = url
        .query_pairs()
        .find(|(k, _)| k == "tls")
        .map(|(_, v)| v.into_owned());
    match (url.scheme(), tls.as_deref()) {
        ("smtp", None | Some("required" | "opportunistic")) | ("smtps", None) => {}
        ("smtp", Some(other)) => {
            return Err(MailError::SmtpUrl(format!(
                "has tls={other}; it may be `required` or `opportunistic`"
            )));
        }
        ("smtps", Some(_)) => {
            return Err(MailError::SmtpUrl(
                "is smtps:// (TLS from the start) and takes no tls= parameter".to_owned(),
            ));
        }
        (scheme, _) => {
            return Err(MailError::SmtpUrl(format!(
                "has the scheme `{scheme}`; it must be smtp:// or smtps://"
            )));
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(MailError::SmtpUrl("names no host".to_owned()));
    }
    if url.password().is_none() && !url.username().is_empty() {
        return Err(MailError::SmtpUrl(
            "has a user but no password (user:password@host)".to_owned(),
        ));
    }
    Ok(())
}

fn check_address_length(address: &str) -> Result<(), String> {
    if address.chars().count() > MAX_ADDRESS_CHARS {
        return Err(format!("longer than {MAX_ADDRESS_CHARS} characters"));
    }
    Ok(())
}

/// An email address as a user gives it for their account (`name@example.org`), checked as
/// SMTP will need it: no display name, no surrounding spaces.
pub fn parse_address(s: &str) -> Result<Address, MailError> {
    let invalid = |reason: String| MailError::Address {
        address: s.to_owned(),
        reason,
    };
    check_address_length(s).map_err(invalid)?;
    s.parse::<Address>()
        .map_err(|e| invalid(e.to_string().to_lowercase()))
}

/// The message that carries `letter` from `from`: UTF-8, the subject encoded for any mail
/// reader, plain-text and HTML alternatives, `Date` and `Message-ID`.
pub fn compose(from: &Mailbox, letter: &Letter) -> Result<Message, MailError> {
    let address = parse_address(&letter.to_address)?;
    let name = one_line(&letter.to_name);
    let to = Mailbox::new((!name.is_empty()).then_some(name), address);
    if let Some(link) = &letter.link {
        let url = url::Url::parse(link).map_err(|_| MailError::Link(link.clone()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(MailError::Link(link.clone()));
        }
    }
    // Unique, and in the sender's own domain as RFC 5322 recommends.
    let message_id = format!(
        "<{}@{}>",
        uuid::Uuid::now_v7().simple(),
        from.email.domain()
    );
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(one_line(&letter.subject))
        .date_now()
        .message_id(Some(message_id))
        .multipart(MultiPart::alternative_plain_html(
            plain_text(letter),
            html(letter),
        ))
        .map_err(|e| MailError::Message(e.to_string()))
}

/// A header's text on one line: a line break would end the header (lettre panics on one in a
/// name), and other control characters have no place there.
fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Why the recipient gets this email, and how to stop it.
const FOOTER: &str = "您收到这封邮件，是因为您的账号开启了邮件通知。如不想再收到，可登录后在“个人设置”中关闭邮件通知。本邮件由系统自动发送，请勿直接回复。";

fn greeting(letter: &Letter) -> String {
    match one_line(&letter.to_name).as_str() {
        "" => "您好：".to_owned(),
        name => format!("{name}同志："),
    }
}

fn plain_text(letter: &Letter) -> String {
    let mut out = format!("{}\n\n{}\n", greeting(letter), letter.text.trim_end());
    if let Some(link) = &letter.link {
        out.push_str(&format!("\n查看详情：{link}\n"));
    }
    out.push_str(&format!("\n——\n{FOOTER}\n"));
    out
}

/// Text made safe inside HTML elements and quoted attributes alike.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn html(letter: &Letter) -> String {
    // Each line of the text stays a line; blank lines part paragraphs.
    let paragraphs: String = letter
        .text
        .trim_end()
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>\n", escape(p.trim()).replace('\n', "<br>\n")))
        .collect();
    let link = letter
        .link
        .as_deref()
        .map(|l| format!("<p><a href=\"{}\">查看详情</a></p>\n", escape(l)))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>{title}</title></head>\n\
         <body style=\"font-family: sans-serif; line-height: 1.6; color: #222;\">\n\
         <p>{greeting}</p>\n{paragraphs}{link}\
         <hr>\n<p style=\"font-size: 12px; color: #666;\">{footer}</p>\n</body>\n</html>\n",
        title = escape(&one_line(&letter.subject)),
        greeting = escape(&greeting(letter)),
        footer = escape(FOOTER),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from() -> Mailbox {
        "党支部会议记录 <noreply@dangjian.example.cn>"
            .parse()
            .unwrap()
    }

    fn letter() -> Letter {
        Letter {
            to_address: "zhangsan@example.cn".to_owned(),
            to_name: "张三".to_owned(),
            subject: "整改事项明天到期".to_owned(),
            text: "您的整改事项“理论学习不深入”将于明天到期。\n请及时提交整改情况。".to_owned(),
            link: Some("https://dangjian.example.cn/#/items/42?from=mail&x=1".to_owned()),
        }
    }

    fn formatted(letter: &Letter) -> String {
        String::from_utf8(compose(&from(), letter).unwrap().formatted()).unwrap()
    }

    #[test]
    fn the_message_is_seven_bit_with_both_alternatives_and_its_headers() {
        let raw = formatted(&letter());
        // Every byte ASCII: non-ASCII text travels encoded, so any server takes it.
        assert!(raw.is_ascii(), "{raw}");
        assert!(
            raw.contains("Content-Type: multipart/alternative;"),
            "{raw}"
        );
        assert!(
            raw.contains("Content-Type: text/plain; charset=utf-8"),
            "{raw}"
        );
        assert!(
            raw.contains("Content-Type: text/html; charset=utf-8"),
            "{raw}"
        );
        assert!(raw.contains("\r\nDate: "), "{raw}");
        assert!(
            raw.contains("\r\nMessage-ID: <") && raw.contains("@dangjian.example.cn>\r\n"),
            "{raw}"
        );
        // The Chinese subject as an RFC 2047 encoded word, not raw bytes.
        assert!(raw.contains("\r\nSubject: =?utf-8?b?"), "{raw}");
        assert!(raw.contains("<zhangsan@example.cn>"), "{raw}");
        // Each message has its own id.
        let id = |raw: &str| {
            raw.split("Message-ID: ")
                .nth(1)
                .unwrap()
                .split("\r\n")
                .next()
                .unwrap()
                .to_owned()
        };
        assert_ne!(id(&raw), id(&formatted(&letter())));
    }

    #[test]
    fn the_plain_text_greets_says_links_and_explains() {
        let text = plain_text(&letter());
        assert!(text.starts_with("张三同志：\n\n您的整改事项"), "{text}");
        assert!(
            text.contains("\n查看详情：https://dangjian.example.cn/#/items/42?from=mail&x=1\n"),
            "{text}"
        );
        assert!(text.contains("个人设置"), "{text}");
        let anonymous = plain_text(&Letter {
            to_name: "  ".to_owned(),
            link: None,
            ..letter()
        });
        assert!(anonymous.starts_with("您好：\n\n"), "{anonymous}");
        assert!(!anonymous.contains("查看详情"), "{anonymous}");
    }

    #[test]
    fn the_html_escapes_the_text_and_the_link() {
        let html = html(&Letter {
            subject: "<b>主题</b>".to_owned(),
            text: "第一行 <script>alert('x')</script> & 更多\n第二行\n\n第二段".to_owned(),
            ..letter()
        });
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(
            html.contains(
                "<p>第一行 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 更多<br>\n第二行</p>\n<p>第二段</p>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<a href=\"https://dangjian.example.cn/#/items/42?from=mail&amp;x=1\">查看详情</a>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<title>&lt;b&gt;主题&lt;/b&gt;</title>"),
            "{html}"
        );
        assert!(html.contains("个人设置"), "{html}");
    }

    #[test]
    fn a_line_break_in_the_subject_or_name_cannot_add_a_header() {
        let raw = formatted(&Letter {
            subject: "到期\r\nBcc: spy@example.org".to_owned(),
            to_name: "张三\r\nBcc: spy@example.org".to_owned(),
            ..letter()
        });
        assert!(!raw.to_lowercase().contains("\r\nbcc:"), "{raw}");
        let message = compose(
            &from(),
            &Letter {
                subject: "到期\r\nBcc: spy@example.org".to_owned(),
                to_name: "张三\nBcc: spy@example.org".to_owned(),
                ..letter()
            },
        )
        .unwrap();
        // Nobody else is in the envelope either.
        assert_eq!(message.envelope().to().len(), 1);
        assert_eq!(one_line(" 到期\r\n\tBcc:\u{1b}x "), "到期 Bcc: x");
    }

    #[test]
    fn a_bad_recipient_or_link_is_refused_by_name() {
        let e = compose(
            &from(),
            &Letter {
                to_address: "not an address".to_owned(),
                ..letter()
            },
        )
        .unwrap_err();
        assert!(matches!(e, MailError::Address { .. }), "{e}");
        assert!(e.to_string().contains("`not an address`"), "{e}");
        for link in ["javascript:alert(1)", "/#/items/1", "ftp://example.org/x"] {
            let e = compose(
                &from(),
                &Letter {
                    link: Some(link.to_owned()),
                    ..letter()
                },
            )
            .unwrap_err();
            assert_eq!(e, MailError::Link(link.to_owned()));
        }
    }

    #[test]
    fn addresses_are_checked_as_smtp_needs_them() {
        for good in ["a@example.org", "zhang.san+party@dangjian.example.cn"] {
            assert_eq!(parse_address(good).unwrap().to_string(), good);
        }
        let long = format!("{}@example.org", "a".repeat(250));
        for bad in [
            "",
            "a",
            "@example.org",
            "a@",
            " a@example.org",
            "a@example.org ",
            "张三 <a@example.org>",
            "a@exa mple.org",
            long.as_str(),
        ] {
            let e = parse_address(bad).unwrap_err();
            assert!(matches!(e, MailError::Address { .. }), "{bad:?}: {e}");
        }
    }

    #[test]
    fn settings_are_refused_with_what_is_wrong_and_never_the_password() {
        let t = Duration::from_secs(5);
        let from = "党支部会议记录 <noreply@example.org>";
        assert!(Mailer::from_url("smtp://127.0.0.1:2525", from, t).is_ok());
        assert!(Mailer::from_url("smtps://u:p%40ss@smtp.example.org", from, t).is_ok());
        assert!(Mailer::from_url("smtp://u:p@smtp.example.org:587?tls=required", from, t).is_ok());
        let refused = |url: &str, from: &str, t: Duration| {
            Mailer::from_url(url, from, t).unwrap_err().to_string()
        };
        let e = refused("http://u:hunter2@smtp.example.org", from, t);
        assert!(e.contains("`http`") && !e.contains("hunter2"), "{e}");
        let e = refused("smtp://u:hunter2@smtp.example.org?tls=yes", from, t);
        assert!(e.contains("tls=yes") && !e.contains("hunter2"), "{e}");
        let e = refused("smtps://u:hunter2@smtp.example.org?tls=required", from, t);
        assert!(e.contains("tls=") && !e.contains("hunter2"), "{e}");
        let e = refused("smtp://u:hunter2@", from, t);
        assert!(!e.contains("hunter2"), "{e}");
        let e = refused("smtp://u@smtp.example.org", from, t);
        assert!(e.contains("no password"), "{e}");
        let e = refused("not a url", from, t);
        assert!(e.starts_with("the SMTP URL is not a URL"), "{e}");
        let e = refused("smtp://smtp.example.org", "noreply", t);
        assert!(e.contains("`noreply`"), "{e}");
        let e = refused("smtp://smtp.example.org", from, Duration::ZERO);
        assert!(e.contains("timeout"), "{e}");
        // The debug form shows no credentials either.
        let mailer = Mailer::from_url("smtps://u:hunter2@smtp.example.org", from, t).unwrap();
        assert!(!format!("{mailer:?}").contains("hunter2"));
    }

    #[test]
    fn reasons_are_cut_to_the_log_length() {
        let e = SendError::new("错".repeat(500), true);
        assert_eq!(e.reason.chars().count(), MAX_REASON_CHARS);
        assert!(e.reason.ends_with('…'));
        assert_eq!(SendError::new("short".to_owned(), false).reason, "short");
    }
}
