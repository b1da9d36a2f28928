//! Notification emails (issue 15): a letter sent by the real mailer over SMTP to the tests' own
//! server arrives as a mail client reads it — the recipient, the Chinese subject, a plain and
//! an HTML alternative saying the same, the link in both, the text escaped in the HTML — and
//! a refusal or a silent server gives the delivery log a reason and a retry verdict.

use std::time::{Duration, Instant};

use mail_parser::{MessageParser, MimeHeaders, PartType};
use minutebook::mail::{Letter, Mailer, SendError};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::smtp_receiver::{Received, SmtpReceiver};

const FROM: &str = "党支部会议记录 <noreply@dangjian.example.cn>";
const LINK: &str = "https://dangjian.example.cn/#/items/0190a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b";

fn letter() -> Letter {
    Letter {
        to_address: "zhangsan@example.cn".to_owned(),
        to_name: "张三".to_owned(),
        subject: "整改事项将于明天到期：理论学习不深入".to_owned(),
        text: "您负责的整改事项“理论学习不深入”将于明天到期。\n\
               请在到期前提交整改情况。<script>alert('x')</script>\n\
               .以点开头的一行也应原样送达。"
            .to_owned(),
        link: Some(LINK.to_owned()),
    }
}

fn mailer(receiver: &SmtpReceiver, timeout: Duration) -> Mailer {
    Mailer::from_url(&receiver.url(), FROM, timeout).unwrap()
}

/// The text of the `text/plain` and the `text/html` parts of a `multipart/alternative`
/// message, as its parser decodes them (no conversion between the two).
pub fn alternatives(received: &Received) -> (String, String) {
    let message = MessageParser::default().parse(&received.data).unwrap();
    let root = message.root_part();
    let kind = root.content_type().unwrap();
    assert_eq!(
        (kind.ctype(), kind.subtype()),
        ("multipart", Some("alternative"))
    );
    let (mut plain, mut html) = (None, None);
    for &id in root.sub_parts().unwrap() {
        let part = &message.parts[id as usize];
        let kind = part.content_type().unwrap();
        assert_eq!(kind.attribute("charset"), Some("utf-8"));
        match (&part.body, kind.subtype()) {
            (PartType::Text(text), Some("plain")) => plain = Some(text.to_string()),
            (PartType::Html(text), Some("html")) => html = Some(text.to_string()),
            other => panic!("unexpected part {other:?}"),
        }
    }
    (
        plain.expect("a text/plain part"),
        html.expect("a text/html part"),
    )
}

#[tokio::test]
async fn a_letter_arrives_as_a_mail_client_reads_it() {
    let receiver = SmtpReceiver::start().await;
    mailer(&receiver, Duration::from_secs(10))
        .send(&letter())
        .await
        .unwrap();
    let received = receiver.wait_for(1, Duration::from_secs(5)).await;
    assert_eq!(received.len(), 1);
    let got = &received[0];
    // The envelope.
    assert_eq!(got.from, "noreply@dangjian.example.cn");
    assert_eq!(got.to, vec!["zhangsan@example.cn".to_owned()]);
    // Sent 7-bit clean (the receiver offers no 8BITMIME): the Chinese travels encoded.
    assert!(got.data.is_ascii());

    let message = MessageParser::default().parse(&got.data).unwrap();
    assert_eq!(
        message.subject(),
        Some("整改事项将于明天到期：理论学习不深入")
    );
    let to = message.to().unwrap().first().unwrap();
    assert_eq!(to.address(), Some("zhangsan@example.cn"));
    assert_eq!(to.name(), Some("张三"));
    let from = message.from().unwrap().first().unwrap();
    assert_eq!(from.name(), Some("党支部会议记录"));
    assert_eq!(from.address(), Some("noreply@dangjian.example.cn"));
    assert!(message.date().is_some());
    let id = message.message_id().unwrap();
    assert!(id.ends_with("@dangjian.example.cn"), "{id}");

    let (plain, html) = alternatives(got);
    // Both say it, in Chinese, with the link.
    for part in [&plain, &html] {
        assert!(part.contains("张三同志："), "{part}");
        assert!(
            part.contains("您负责的整改事项“理论学习不深入”将于明天到期。"),
            "{part}"
        );
        assert!(part.contains("个人设置"), "{part}");
    }
    assert!(plain.contains(&format!("查看详情：{LINK}")), "{plain}");
    assert!(
        plain.contains("请在到期前提交整改情况。<script>alert('x')</script>"),
        "{plain}"
    );
    // Each line of the text stays a line, a leading dot included.
    assert!(plain.contains("\n.以点开头的一行也应原样送达。"), "{plain}");
    assert!(
        html.contains(&format!("<a href=\"{LINK}\">查看详情</a>")),
        "{html}"
    );
    // The text is escaped in the HTML: what looked like a tag arrives as text.
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "{html}"
    );
}

#[tokio::test]
async fn a_permanent_refusal_is_not_retried_a_temporary_one_is() {
    let receiver = SmtpReceiver::start().await;
    let mailer = mailer(&receiver, Duration::from_secs(10));
    receiver.refuse_next(1, 550);
    receiver.refuse_next(1, 451);

    let SendError { reason, retryable } = mailer.send(&letter()).await.unwrap_err();
    assert!(!retryable, "{reason}");
    assert!(reason.starts_with("SMTP 550"), "{reason}");
    assert!(reason.contains("message refused"), "{reason}");

    let SendError { reason, retryable } = mailer.send(&letter()).await.unwrap_err();
    assert!(retryable, "{reason}");
    assert!(reason.starts_with("SMTP 451"), "{reason}");
    assert!(reason.contains("try again later"), "{reason}");

    // Refused ones are not kept; the third attempt goes through.
    assert_eq!(receiver.refused(), 2);
    assert!(receiver.received().is_empty());
    mailer.send(&letter()).await.unwrap();
    assert_eq!(receiver.wait_for(1, Duration::from_secs(5)).await.len(), 1);
}

#[tokio::test]
async fn a_server_that_never_answers_fails_within_the_timeout_and_may_be_retried() {
    let receiver = SmtpReceiver::silent().await;
    let timeout = Duration::from_millis(500);
    let started = Instant::now();
    let SendError { reason, retryable } = mailer(&receiver, timeout)
        .send(&letter())
        .await
        .unwrap_err();
    let took = started.elapsed();
    assert!(took >= timeout && took < timeout * 4, "took {took:?}");
    assert!(retryable, "{reason}");
    assert!(reason.contains("within 0.5 s"), "{reason}");
}

#[tokio::test]
async fn a_server_that_is_not_there_may_be_retried() {
    // A port that was just free: nothing listens on it.
    let port = {
        let socket = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        socket.local_addr().unwrap().port()
    };
    let mailer = Mailer::from_url(
        &format!("smtp://127.0.0.1:{port}"),
        FROM,
        Duration::from_secs(5),
    )
    .unwrap();
    let SendError { reason, retryable } = mailer.send(&letter()).await.unwrap_err();
    assert!(retryable, "{reason}");
    assert!(
        reason.starts_with("the connection to the SMTP server failed"),
        "{reason}"
    );
    assert!(reason.chars().count() <= minutebook::mail::MAX_REASON_CHARS);
}

#[tokio::test]
async fn a_letter_to_a_bad_address_is_refused_for_good() {
    let receiver = SmtpReceiver::start().await;
    let SendError { reason, retryable } = mailer(&receiver, Duration::from_secs(5))
        .send(&Letter {
            to_address: "zhangsan at example.cn".to_owned(),
            ..letter()
        })
        .await
        .unwrap_err();
    assert!(!retryable, "{reason}");
    assert!(reason.contains("`zhangsan at example.cn`"), "{reason}");
    assert!(receiver.received().is_empty() && receiver.refused() == 0);
}

/// The receiver itself, spoken to line by line as RFC 5321 has it: replies, dot-unstuffing,
/// RSET forgetting the transaction, commands out of order refused.
#[tokio::test]
async fn the_test_receiver_speaks_smtp() {
    let receiver = SmtpReceiver::start().await;
    let stream = TcpStream::connect(receiver.url().trim_start_matches("smtp://"))
        .await
        .unwrap();
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    // Sends a line (none for the greeting) and returns the reply's last line.
    let mut say = async |line: &str| {
        if !line.is_empty() {
            write
                .write_all(format!("{line}\r\n").as_bytes())
                .await
                .unwrap();
        }
        loop {
            let mut reply = String::new();
            read.read_line(&mut reply).await.unwrap();
            if reply.as_bytes().get(3) != Some(&b'-') {
                return reply.trim_end().to_owned();
            }
        }
    };
    assert!(say("").await.starts_with("220 "));
    assert!(say("MAIL FROM:<a@example.org>").await.starts_with("503 "));
    assert!(say("EHLO client.example.org").await.starts_with("250 "));
    assert!(say("RCPT TO:<b@example.org>").await.starts_with("503 "));
    assert!(say("MAIL FROM:<a@example.org>").await.starts_with("250 "));
    assert!(say("RCPT TO:<b@example.org>").await.starts_with("250 "));
    assert!(say("RSET").await.starts_with("250 "));
    assert!(say("DATA").await.starts_with("503 "));
    assert!(say("NOOP").await.starts_with("250 "));
    assert!(
        say("mail from:<a@example.org> BODY=7BIT")
            .await
            .starts_with("250 ")
    );
    assert!(say("RCPT TO:<b@example.org>").await.starts_with("250 "));
    assert!(say("RCPT TO:<c@example.org>").await.starts_with("250 "));
    assert!(say("DATA").await.starts_with("354 "));
    let data = say("Subject: t\r\n\r\n..leading dot\r\n.").await;
    assert!(data.starts_with("250 "), "{data}");
    assert!(say("FOO").await.starts_with("500 "));
    assert!(say("QUIT").await.starts_with("221 "));

    let received = receiver.wait_for(1, Duration::from_secs(5)).await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].from, "a@example.org");
    assert_eq!(received[0].to, ["b@example.org", "c@example.org"]);
    assert_eq!(received[0].data, b"Subject: t\r\n\r\n.leading dot\r\n");
}

/// The login of the URL is used (percent-decoded); a refused login is a problem of our account,
/// not of the letter, and ends when an administrator fixes it: retried.
#[tokio::test]
async fn the_url_login_is_used_and_a_refused_one_is_retried() {
    let receiver = SmtpReceiver::start().await;
    let url = receiver
        .url()
        .replacen("smtp://", "smtp://noreply:p%40ss%20word@", 1);
    let mailer = Mailer::from_url(&url, FROM, Duration::from_secs(5)).unwrap();
    mailer.send(&letter()).await.unwrap();
    assert_eq!(receiver.wait_for(1, Duration::from_secs(5)).await.len(), 1);
    let login = ("noreply".to_owned(), "p@ss word".to_owned());
    assert_eq!(receiver.logins(), std::slice::from_ref(&login));

    receiver.refuse_logins(true);
    let SendError { reason, retryable } = mailer.send(&letter()).await.unwrap_err();
    assert!(retryable, "{reason}");
    assert!(reason.starts_with("SMTP 535"), "{reason}");
    assert!(!reason.contains("p@ss"), "{reason}");
    assert_eq!(receiver.logins(), [login.clone(), login]);
    assert_eq!(receiver.received().len(), 1);
}

/// TLS asked for is TLS or nothing: a server without it gets no letter in clear text.
#[tokio::test]
async fn a_server_without_the_tls_asked_for_gets_nothing() {
    let receiver = SmtpReceiver::start().await;
    let timeout = Duration::from_secs(5);
    // STARTTLS required, and the server does not offer it.
    let mailer = Mailer::from_url(&format!("{}?tls=required", receiver.url()), FROM, timeout);
    let SendError { reason, retryable } = mailer.unwrap().send(&letter()).await.unwrap_err();
    assert!(retryable, "{reason}");
    assert!(reason.contains("STARTTLS is not supported"), "{reason}");
    // TLS from the start (rustls), and the server answers in clear text.
    let smtps = receiver.url().replacen("smtp://", "smtps://", 1);
    let mailer = Mailer::from_url(&smtps, FROM, timeout).unwrap();
    let SendError { reason, retryable } = mailer.send(&letter()).await.unwrap_err();
    assert!(retryable, "{reason}");
    assert!(
        reason.starts_with("the connection to the SMTP server failed: "),
        "{reason}"
    );
    assert_eq!(reason.matches("corrupt message").count(), 1, "{reason}");
    assert!(receiver.received().is_empty());
}
