//! A real SMTP server for the tests, in-process on 127.0.0.1: it speaks the protocol of RFC 5321
//! (greeting, EHLO/HELO, AUTH PLAIN, MAIL FROM, RCPT TO, DATA with dot-unstuffing, RSET, NOOP,
//! QUIT) and keeps every message it accepts. It can refuse the next messages with a chosen reply (451 to
//! test retries, 550 for a permanent refusal), or accept connections and never answer.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

/// One message the receiver accepted.
#[derive(Debug, Clone)]
pub struct Received {
    /// The envelope's sender (`MAIL FROM`), without the angle brackets.
    pub from: String,
    /// The envelope's recipients (`RCPT TO`).
    pub to: Vec<String>,
    /// The message as sent after `DATA`, dot-unstuffed, lines ending in CRLF.
    pub data: Vec<u8>,
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    /// Replies that end the next messages' DATA instead of 250, first first.
    refusals: Mutex<VecDeque<u16>>,
    refused: Mutex<usize>,
    /// Every user and password a client logged in with, first first.
    logins: Mutex<Vec<(String, String)>>,
    refuse_logins: Mutex<bool>,
    changed: Notify,
}

pub struct SmtpReceiver {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

impl Drop for SmtpReceiver {
    fn drop(&mut self) {
        // Aborting the accepting task drops its set of sessions, which aborts them too.
        self.server.abort();
    }
}

impl SmtpReceiver {
    /// A receiver that accepts every message (until told otherwise).
    pub async fn start() -> SmtpReceiver {
        Self::spawn(true).await
    }

    /// A server that accepts connections and never says a word.
    pub async fn silent() -> SmtpReceiver {
        Self::spawn(false).await
    }

    async fn spawn(speaks: bool) -> SmtpReceiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        let state = shared.clone();
        let server = tokio::spawn(async move {
            let mut sessions = tokio::task::JoinSet::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                if speaks {
                    let state = state.clone();
                    sessions.spawn(async move {
                        // A client that goes away mid-session is its own business.
                        let _ = session(stream, &state).await;
                    });
                } else {
                    sessions.spawn(async move {
                        let _held = stream;
                        std::future::pending::<()>().await;
                    });
                }
            }
        });
        SmtpReceiver {
            addr,
            shared,
            server,
        }
    }

    /// The URL a mailer is configured with: plain SMTP on the receiver's port.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// The next `n` messages are refused with `code` at the end of their DATA, not kept.
    pub fn refuse_next(&self, n: usize, code: u16) {
        let mut refusals = self.shared.refusals.lock().unwrap();
        refusals.extend(std::iter::repeat_n(code, n));
    }

    /// Logins are refused with 535 from now on (or accepted again).
    pub fn refuse_logins(&self, refuse: bool) {
        *self.shared.refuse_logins.lock().unwrap() = refuse;
    }

    /// The users and passwords clients logged in with (AUTH PLAIN), refused ones included.
    pub fn logins(&self) -> Vec<(String, String)> {
        self.shared.logins.lock().unwrap().clone()
    }

    /// How many messages were refused so far.
    pub fn refused(&self) -> usize {
        *self.shared.refused.lock().unwrap()
    }

    /// The messages accepted so far.
    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    /// The messages accepted, once there are `n` of them or `timeout` has passed.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Registered before looking, so a message arriving in between still wakes us.
            let changed = self.shared.changed.notified();
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return self.received();
            }
        }
    }
}

/// What a session knows of the message under way.
#[derive(Default)]
struct Transaction {
    from: Option<String>,
    to: Vec<String>,
}

/// User and password of an `AUTH PLAIN` initial response (base64 of `authzid\0user\0pass`).
fn plain_login(argument: &str) -> Option<(String, String)> {
    let (mechanism, response) = argument.split_once(' ')?;
    if !mechanism.eq_ignore_ascii_case("PLAIN") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(response.trim()).ok()?).ok()?;
    let mut fields = decoded.split('\0');
    let (_authzid, user, password) = (fields.next()?, fields.next()?, fields.next()?);
    Some((user.to_owned(), password.to_owned()))
}

/// The address in `FROM:<a@b> PARAMS` or `TO:<a@b>`, after the keyword.
fn path(argument: &str, keyword: &str) -> Option<String> {
    let rest = argument.get(..keyword.len())?;
    if !rest.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = argument[keyword.len()..].trim_start();
    let inner = rest.strip_prefix('<')?;
    let end = inner.find('>')?;
    Some(inner[..end].to_owned())
}

async fn session(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write
        .write_all(b"220 minutebook-test ESMTP ready\r\n")
        .await?;
    let mut greeted = false;
    let mut transaction = Transaction::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        let (verb, argument) = text.split_once(' ').unwrap_or((text, ""));
        let reply: &[u8] = match verb.to_ascii_uppercase().as_str() {
            "EHLO" | "HELO" if argument.trim().is_empty() => b"501 5.5.4 say who you are\r\n",
            "EHLO" => {
                greeted = true;
                transaction = Transaction::default();
                b"250-minutebook-test greets you\r\n250-AUTH PLAIN\r\n250 HELP\r\n"
            }
            "HELO" => {
                greeted = true;
                transaction = Transaction::default();
                b"250 minutebook-test\r\n"
            }
            "AUTH" if !greeted => b"503 5.5.1 EHLO first\r\n",
            "AUTH" => match plain_login(argument) {
                Some(login) => {
                    shared.logins.lock().unwrap().push(login);
                    if *shared.refuse_logins.lock().unwrap() {
                        b"535 5.7.8 authentication credentials invalid\r\n"
                    } else {
                        b"235 2.7.0 authentication successful\r\n"
                    }
                }
                None => b"504 5.5.4 only AUTH PLAIN with an initial response\r\n",
            },
            "MAIL" if !greeted => b"503 5.5.1 EHLO first\r\n",
            "MAIL" if transaction.from.is_some() => b"503 5.5.1 sender already given\r\n",
            "MAIL" => match path(argument, "FROM:") {
                Some(from) => {
                    transaction.from = Some(from);
                    b"250 2.1.0 OK\r\n"
                }
                None => b"501 5.5.4 MAIL FROM:<address>\r\n",
            },
            "RCPT" if transaction.from.is_none() => b"503 5.5.1 MAIL first\r\n",
            "RCPT" => match path(argument, "TO:") {
                Some(to) if !to.is_empty() => {
                    transaction.to.push(to);
                    b"250 2.1.5 OK\r\n"
                }
                _ => b"501 5.5.4 RCPT TO:<address>\r\n",
            },
            "DATA" if transaction.to.is_empty() => b"503 5.5.1 RCPT first\r\n",
            "DATA" => {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut data = Vec::new();
                loop {
                    line.clear();
                    if lines.read_until(b'\n', &mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == b".\r\n" || line == b".\n" {
                        break;
                    }
                    // Dot-unstuffing: a line the client began with "." had one added.
                    let content = line.strip_prefix(b".").unwrap_or(&line);
                    data.extend_from_slice(content);
                }
                let transaction = std::mem::take(&mut transaction);
                let refusal = shared.refusals.lock().unwrap().pop_front();
                let reply = match refusal {
                    Some(code) => {
                        *shared.refused.lock().unwrap() += 1;
                        let text = if code < 500 {
                            "4.3.0 try again later"
                        } else {
                            "5.7.1 message refused"
                        };
                        format!("{code} {text}\r\n")
                    }
                    None => {
                        shared.received.lock().unwrap().push(Received {
                            from: transaction.from.unwrap_or_default(),
                            to: transaction.to,
                            data,
                        });
                        "250 2.0.0 queued\r\n".to_owned()
                    }
                };
                write.write_all(reply.as_bytes()).await?;
                shared.changed.notify_waiters();
                continue;
            }
            "RSET" => {
                transaction = Transaction::default();
                b"250 2.0.0 OK\r\n"
            }
            "NOOP" => b"250 2.0.0 OK\r\n",
            "QUIT" => {
                write.write_all(b"221 2.0.0 bye\r\n").await?;
                return Ok(());
            }
            _ => b"500 5.5.2 command not recognized\r\n",
        };
        write.write_all(reply).await?;
    }
}
