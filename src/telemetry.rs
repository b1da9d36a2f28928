//! Logs go to stderr (stdout stays clean for `minutebook openapi`), filtered by `RUST_LOG`.
//!
//! A log line must never fail or hold up a request: lines go through a bounded queue to a
//! writer thread that drops them when the queue is full, and a sink that is gone (stderr into
//! a pipe whose reader exited) is ignored instead of panicking the handler that logged.

use std::io::{self, Write};

use tracing_appender::non_blocking::{NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::EnvFilter;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// Log lines waiting for the writer thread before new ones are dropped.
const QUEUED_LINES: usize = 16_384;

/// Start logging; keep the guard until exit, so queued lines are written.
pub fn init(format: LogFormat) -> WorkerGuard {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,actix_server=warn"));
    let (writer, guard) = NonBlockingBuilder::default()
        .lossy(true)
        .buffered_lines_limit(QUEUED_LINES)
        .thread_name("minutebook-log")
        .finish(ForgivingStderr);
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    // A second initialisation (tests) keeps the first subscriber.
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    guard
}

/// stderr that reports every write as done: a closed or broken sink loses log lines, nothing
/// else.
struct ForgivingStderr;

impl Write for ForgivingStderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let _ = io::stderr().write_all(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let _ = io::stderr().flush();
        Ok(())
    }
}
