//! The command line: every option also reads an environment variable.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::config::{self, JwtSecret};
use crate::db::{Database, PoolSettings};
use crate::domain::{Password, Username};
use crate::telemetry::LogFormat;

#[derive(Debug, Parser)]
#[command(
    name = "minutebook",
    version,
    about = "Records of Party branch meetings, served over REST"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Log format on stderr; the level comes from RUST_LOG (default info).
    #[arg(
        long,
        env = "MINUTEBOOK_LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    pub log_format: LogFormat,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API (what a bare `minutebook` does).
    Serve(Box<ServeArgs>),
    /// Apply the database migrations and exit.
    Migrate,
    /// Create an administrator; the password comes from MINUTEBOOK_ADMIN_PASSWORD or the terminal.
    CreateAdmin(CreateAdminArgs),
    /// Print the OpenAPI document.
    Openapi,
    /// Rebuild the search index of every speech, meeting and rectification item.
    Reindex,
    /// Fill the database with a demo organisation and print its logins.
    DemoData,
    /// The tamper-evident audit trail: verify it, or sign a checkpoint of it.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// The attachments' files: compare them with the database.
    #[command(subcommand)]
    Storage(StorageCommand),
}

#[derive(Debug, Subcommand)]
pub enum StorageCommand {
    /// Print (JSON) the stored files no attachment names (orphans; those written in the last
    /// hour separately, as uploads that may still be in flight), the temporary files of
    /// uploads broken off, and the attachments whose file is missing; fail if one is.
    Check(StorageCheckArgs),
}

#[derive(Debug, Clone, Args)]
pub struct StorageCheckArgs {
    #[command(flatten)]
    pub storage: StorageArgs,
    /// Delete the orphans older than an hour, and the temporary files of uploads broken off
    /// more than an hour ago.
    #[arg(long)]
    pub delete_orphans: bool,
}

/// Where attachments are stored, and how large one may be.
#[derive(Debug, Clone, Args)]
pub struct StorageArgs {
    /// Where attachments' files go: `file:///abs/folder`, or `s3://bucket[/prefix]` with the
    /// endpoint, region and credentials from the AWS_* variables (AWS_ENDPOINT_URL,
    /// AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_ALLOW_HTTP) or the URL's
    /// query (`?endpoint=…&region=…`). Unset: <data-dir>/attachments.
    #[arg(long, env = "MINUTEBOOK_STORAGE_URL", hide_env_values = true)]
    pub storage_url: Option<String>,
    /// Largest attachment accepted, in bytes.
    #[arg(long, env = "MINUTEBOOK_ATTACHMENT_MAX_BYTES", default_value_t = 20 * 1024 * 1024,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub attachment_max_bytes: u64,
}

impl StorageArgs {
    pub fn open(&self, database: &DatabaseArgs) -> anyhow::Result<crate::storage::Storage> {
        crate::storage::Storage::open(self.storage_url.as_deref(), &database.data_dir)
            .context("opening the attachments' storage")
    }
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the audit chain, the checkpoints and every finalized meeting's digest; print
    /// the report (JSON) and fail naming the first event or meeting that does not match.
    Verify(VerifyArgs),
    /// Seal what is committed, sign a checkpoint of the chain's head and print it (JSON), for
    /// keeping elsewhere.
    Checkpoint(SealArgs),
}

#[derive(Debug, Clone, Args)]
pub struct SealArgs {
    /// The Ed25519 key (PKCS#8 PEM) that signs audit checkpoints; created on first use.
    /// Default: <data-dir>/checkpoint-key.pem.
    #[arg(long, env = config::CHECKPOINT_KEY_VAR)]
    pub checkpoint_key: Option<PathBuf>,
}

impl SealArgs {
    pub fn load(
        &self,
        database: &DatabaseArgs,
    ) -> anyhow::Result<crate::seal::checkpoint::CheckpointKey> {
        let path = config::checkpoint_key_path(self.checkpoint_key.as_deref(), &database.data_dir);
        crate::seal::checkpoint::CheckpointKey::load_or_create(&path)
    }
}

#[derive(Debug, Clone, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub seal: SealArgs,
    /// A checkpoint kept earlier (a file with one exported checkpoint or a JSON array of them)
    /// to check against the chain as well; may be given more than once.
    #[arg(long = "checkpoint", value_name = "FILE")]
    pub checkpoints: Vec<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// PostgreSQL server to use. Unset: a private cluster under <data-dir>/postgres, started
    /// and stopped with the service.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true, global = true)]
    pub database_url: Option<String>,
    /// A streaming standby of that server for `serve` to read search, reports, ledgers and
    /// minutes from (same pool limits; no migrations run on it). Unset: every read from the
    /// primary.
    #[arg(
        long,
        env = "MINUTEBOOK_REPLICA_URL",
        hide_env_values = true,
        global = true
    )]
    pub replica_url: Option<String>,
    /// Milliseconds a read waits for the replica to replay what the primary has written
    /// before it reads from the primary instead.
    #[arg(long, env = "MINUTEBOOK_REPLICA_MAX_WAIT_MS", default_value_t = 500, global = true,
          value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub replica_max_wait_ms: u64,
    /// Folder for the local cluster and the generated JWT secret.
    #[arg(
        long,
        env = "MINUTEBOOK_DATA_DIR",
        default_value = ".data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// Most connections the pool opens.
    #[arg(
        long,
        env = "MINUTEBOOK_DB_MAX_CONNECTIONS",
        default_value_t = 10,
        global = true
    )]
    pub db_max_connections: u32,
    /// Seconds a request waits for a free connection before answering 503.
    #[arg(
        long,
        env = "MINUTEBOOK_DB_ACQUIRE_TIMEOUT",
        default_value_t = 5,
        global = true
    )]
    pub db_acquire_timeout: u64,
    /// Seconds one SQL statement may run (statement_timeout).
    #[arg(
        long,
        env = "MINUTEBOOK_DB_STATEMENT_TIMEOUT",
        default_value_t = 30,
        global = true
    )]
    pub db_statement_timeout: u64,
    /// Seconds a transaction may sit idle (idle_in_transaction_session_timeout).
    #[arg(
        long,
        env = "MINUTEBOOK_DB_IDLE_IN_TRANSACTION_TIMEOUT",
        default_value_t = 60,
        global = true
    )]
    pub db_idle_in_transaction_timeout: u64,
}

impl DatabaseArgs {
    pub fn pool_settings(&self) -> PoolSettings {
        PoolSettings {
            max_connections: self.db_max_connections,
            acquire_timeout: Duration::from_secs(self.db_acquire_timeout),
            statement_timeout: Duration::from_secs(self.db_statement_timeout),
            idle_in_transaction_timeout: Duration::from_secs(self.db_idle_in_transaction_timeout),
        }
    }

    /// `DATABASE_URL`, where an empty value counts as unset.
    pub fn url(&self) -> Option<&str> {
        self.database_url
            .as_deref()
            .filter(|url| !url.trim().is_empty())
    }

    /// The read replica, connected, when `MINUTEBOOK_REPLICA_URL` is set (an empty value counts
    /// as unset).
    pub async fn replica(&self) -> anyhow::Result<Option<crate::db::replica::Replica>> {
        let Some(url) = self
            .replica_url
            .as_deref()
            .filter(|url| !url.trim().is_empty())
        else {
            return Ok(None);
        };
        anyhow::ensure!(
            !self.is_local(),
            "MINUTEBOOK_REPLICA_URL needs DATABASE_URL: the local cluster has no standby"
        );
        let max_wait = Duration::from_millis(self.replica_max_wait_ms);
        crate::db::replica::Replica::connect(url, &self.pool_settings(), max_wait)
            .await
            .map(Some)
    }

    /// The zero-config local mode: no DATABASE_URL.
    pub fn is_local(&self) -> bool {
        self.url().is_none()
    }

    /// Connect to the database these arguments name (starting the local cluster if none).
    pub async fn open(&self) -> anyhow::Result<Database> {
        Database::open(self.url(), &self.data_dir, self.pool_settings()).await
    }
}

#[derive(Debug, Clone, Parser)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "MINUTEBOOK_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// HTTP worker threads (default: one per CPU core).
    #[arg(long, env = "MINUTEBOOK_WORKERS")]
    pub workers: Option<usize>,
    /// Seconds in-flight requests get to finish on SIGTERM/SIGINT/SIGHUP.
    #[arg(long, env = "MINUTEBOOK_SHUTDOWN_TIMEOUT", default_value_t = 30)]
    pub shutdown_timeout: u64,
    /// Take client addresses (for login throttling and logs) from Forwarded/X-Forwarded-For.
    /// Only behind a reverse proxy that sets them: otherwise clients could pick their own.
    #[arg(long, env = "MINUTEBOOK_TRUST_PROXY_HEADERS", default_value_t = false)]
    pub trust_proxy_headers: bool,
    /// Origins whose pages may call the API from a browser (CORS), comma-separated, e.g.
    /// https://app.example.org,http://localhost:5173. Empty: none (no CORS headers at all).
    #[arg(long, env = config::CORS_ORIGINS_VAR, default_value = "")]
    pub cors_origins: String,
    /// The service's public address (e.g. https://minutebook.example.org), for the absolute
    /// addresses it hands out. Unset: the scheme and host of each request.
    #[arg(long, env = config::PUBLIC_URL_VAR)]
    pub public_url: Option<String>,
    /// Time zone whose calendar decides "today" (overdue rectification items, reports).
    #[arg(long, env = "MINUTEBOOK_TIMEZONE", default_value = "Asia/Shanghai")]
    pub timezone: chrono_tz::Tz,
    /// Serve /metrics on this address only (e.g. 127.0.0.1:9090) instead of the API's.
    #[arg(long, env = "MINUTEBOOK_METRICS_BIND")]
    pub metrics_bind: Option<std::net::SocketAddr>,
    /// Documents (minutes, ledgers) built at once; further export requests wait for a turn.
    #[arg(long, env = "MINUTEBOOK_EXPORT_SLOTS", default_value_t = 2,
          value_parser = clap::value_parser!(u16).range(1..))]
    pub export_slots: u16,
    /// Seconds an export request waits for a turn before a 503.
    #[arg(long, env = "MINUTEBOOK_EXPORT_WAIT", default_value_t = 30)]
    pub export_wait: u64,
    #[command(flatten)]
    pub seal: SealArgs,
    /// Seconds between signed checkpoints of the audit trail (written only when it grew).
    #[arg(long, env = config::CHECKPOINT_EVERY_VAR, default_value_t = 3600,
          value_parser = clap::value_parser!(u64).range(60..))]
    pub checkpoint_every: u64,
    /// Days after a meeting ended from which a speech, attendance list or rectification item
    /// entered for it is shown as a late entry (补录).
    #[arg(long, env = config::LATE_ENTRY_DAYS_VAR,
          default_value_t = crate::domain::late_entry::DEFAULT_GRACE_DAYS)]
    pub late_entry_days: u32,
    /// Local time (HH:MM, in MINUTEBOOK_TIMEZONE) the day's reminders go out at.
    #[arg(long, env = "MINUTEBOOK_REMINDER_TIME",
          default_value_t = crate::domain::notification::DEFAULT_REMINDER_TIME,
          value_parser = parse_time_of_day)]
    pub reminder_time: chrono::NaiveTime,
    /// Days past its due date an unverified rectification item escalates to the secretaries
    /// of its unit and the reviewers above it.
    #[arg(long, env = "MINUTEBOOK_ESCALATE_AFTER_DAYS",
          default_value_t = crate::domain::notification::DEFAULT_ESCALATE_AFTER_DAYS,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub escalate_after_days: u32,
    /// Let webhooks point at loopback, private and link-local addresses (for an intranet
    /// deployment whose chat server is inside it).
    #[arg(long, env = "MINUTEBOOK_WEBHOOK_ALLOW_PRIVATE", default_value_t = false,
          action = clap::ArgAction::Set)]
    pub webhook_allow_private: bool,
    /// Seconds one webhook or email attempt may take.
    #[arg(long, env = "MINUTEBOOK_DELIVERY_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=120))]
    pub delivery_timeout: u64,
    /// Seconds before a failed delivery is first tried again (then twice as long each time,
    /// for up to 24 hours).
    #[arg(long, env = "MINUTEBOOK_DELIVERY_RETRY_BASE", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub delivery_retry_base: u64,
    /// Deliveries one instance sends at once.
    #[arg(long, env = "MINUTEBOOK_DELIVERY_CONCURRENCY", default_value_t = 8,
          value_parser = clap::value_parser!(u16).range(1..=256))]
    pub delivery_concurrency: u16,
    /// The SMTP server notifications are emailed through, e.g. `smtp://mail.example.org:587?tls=required`
    /// or `smtps://user:password@mail.example.org`; unset: no email.
    #[arg(long, env = "MINUTEBOOK_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of notification emails.
    #[arg(
        long,
        env = "MINUTEBOOK_MAIL_FROM",
        default_value = "党支部会议记录 <minutebook@localhost>"
    )]
    pub mail_from: String,
    #[command(flatten)]
    pub storage: StorageArgs,
}

/// `09:00` (or `09:00:00`) as a time of day.
fn parse_time_of_day(raw: &str) -> Result<chrono::NaiveTime, String> {
    chrono::NaiveTime::parse_from_str(raw, "%H:%M")
        .or_else(|_| chrono::NaiveTime::parse_from_str(raw, "%H:%M:%S"))
        .map_err(|_| format!("`{raw}` is not a time of day like 09:00"))
}

#[derive(Debug, Clone, Args)]
pub struct CreateAdminArgs {
    /// Login name of the new administrator.
    #[arg(long)]
    pub username: String,
    /// Name shown in the records.
    #[arg(long, default_value = "Administrator")]
    pub display_name: String,
}

/// Run the command the user asked for.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let command = match cli.command {
        Some(command) => command,
        // A bare `minutebook` serves, reading its options from the environment.
        None => Command::Serve(Box::new(ServeArgs::parse_from(["minutebook-serve"]))),
    };
    match command {
        Command::Serve(args) => serve(*args, &cli.database).await,
        Command::Migrate => {
            let db = cli.database.open().await?;
            tracing::info!("migrations applied");
            db.close().await
        }
        Command::CreateAdmin(args) => create_admin(args, &cli.database).await,
        Command::DemoData => {
            let admin_password = config::admin_password_from_env()?;
            let db = cli.database.open().await?;
            // The first administrator first, as `serve` would: demo accounts must not stop
            // the first start from creating it.
            let filled = match crate::admin::create_first_admin(&db.pool, admin_password).await {
                Ok(()) => crate::demo::fill(&db.pool).await,
                Err(e) => Err(e),
            };
            let closed = db.close().await;
            let accounts = filled?;
            closed?;
            println!("Demo data is in. Serve, open / in a browser (or /docs/) and log in as:");
            for (username, role) in accounts {
                println!(
                    "  {username:<18} {role:<10} password: {}",
                    crate::demo::DEMO_PASSWORD
                );
            }
            Ok(())
        }
        Command::Reindex => {
            let db = cli.database.open().await?;
            let done = crate::search::reindex_all(&db.pool).await;
            let closed = db.close().await;
            let (speeches, meetings, items) = done?;
            closed?;
            eprintln!(
                "minutebook: indexed {speeches} speeches, {meetings} meetings, {items} rectification items"
            );
            Ok(())
        }
        Command::Openapi => {
            println!("{}", crate::openapi::document_json());
            Ok(())
        }
        Command::Audit(AuditCommand::Verify(args)) => verify(args, &cli.database).await,
        Command::Storage(StorageCommand::Check(args)) => storage_check(args, &cli.database).await,
        Command::Audit(AuditCommand::Checkpoint(args)) => {
            let key = args.load(&cli.database)?;
            let db = cli.database.open().await?;
            let written = async {
                crate::seal::chain::seal_committed(&db.pool).await?;
                Ok::<_, anyhow::Error>(crate::seal::checkpoint::write(&db.pool, &key).await?)
            }
            .await;
            let closed = db.close().await;
            let checkpoint = written?;
            closed?;
            println!("{}", serde_json::to_string_pretty(&checkpoint)?);
            Ok(())
        }
    }
}

/// `minutebook storage check`: the report on stdout; an error if an attachment has no file.
async fn storage_check(args: StorageCheckArgs, database: &DatabaseArgs) -> anyhow::Result<()> {
    let storage = args.storage.open(database)?;
    let db = database.open().await?;
    let rows = crate::store::attachments::stored_hashes(&db.pool).await;
    let closed = db.close().await;
    let rows = rows.map_err(|e| anyhow::anyhow!("reading the attachments: {e}"))?;
    closed?;
    // Listed after the rows were read: a file uploaded in between shows as in flight, never
    // as missing.
    let files = storage.list().await?;
    // An upload writes its file first and its row after: a file younger than this may be
    // one whose row is still coming.
    let settled_before = chrono::Utc::now() - chrono::Duration::hours(1);
    let (mut orphans, mut in_flight) = (Vec::new(), Vec::new());
    for (sha256, modified) in &files {
        if rows.contains_key(sha256) {
            continue;
        }
        let entry = serde_json::json!({ "sha256": sha256, "modified": modified });
        if *modified < settled_before {
            orphans.push((sha256, entry));
        } else {
            in_flight.push(entry);
        }
    }
    let stored: std::collections::HashSet<&str> = files.iter().map(|(h, _)| h.as_str()).collect();
    let mut missing: Vec<_> = rows
        .iter()
        .filter(|(sha256, _)| !stored.contains(sha256.as_str()))
        .collect();
    missing.sort();
    let mut deleted = 0;
    if args.delete_orphans {
        for (sha256, _) in &orphans {
            storage.delete(sha256).await?;
            deleted += 1;
        }
    }
    let stale_uploads = storage
        .stale_uploads(settled_before, args.delete_orphans)
        .await?;
    let report = serde_json::json!({
        "files": files.len(),
        "attachments": rows.values().map(Vec::len).sum::<usize>(),
        "orphans": orphans.iter().map(|(_, e)| e).collect::<Vec<_>>(),
        "in_flight": in_flight,
        "deleted_orphans": deleted,
        // Temporary files of uploads broken off more than an hour ago (deleted with the
        // orphans).
        "stale_uploads": stale_uploads,
        "missing": missing.iter().map(|(sha256, ids)| serde_json::json!({
            "sha256": sha256, "attachment_ids": ids,
        })).collect::<Vec<_>>(),
    });
    println!("{}", serde_json::to_string_pretty(&report)?);
    if !missing.is_empty() {
        let ids: Vec<String> = missing
            .iter()
            .flat_map(|(_, ids)| ids.iter().map(ToString::to_string))
            .collect();
        anyhow::bail!("attachments without their file: {}", ids.join(", "));
    }
    eprintln!(
        "minutebook: every attachment has its file; {} orphan files{}, {} in flight",
        orphans.len(),
        if args.delete_orphans { " deleted" } else { "" },
        in_flight.len()
    );
    Ok(())
}

/// `minutebook audit verify`: the report on stdout; an error naming the first mismatch.
async fn verify(args: VerifyArgs, database: &DatabaseArgs) -> anyhow::Result<()> {
    let key = args.seal.load(database)?;
    let mut kept = Vec::new();
    for path in &args.checkpoints {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .with_context(|| format!("{} is not JSON", path.display()))?;
        let one_or_many = match value {
            serde_json::Value::Array(all) => all,
            one => vec![one],
        };
        for one in one_or_many {
            kept.push(serde_json::from_value(one).with_context(|| {
                format!("{} does not hold exported checkpoints", path.display())
            })?);
        }
    }
    let db = database.open().await?;
    let verified = crate::seal::verify::verify(&db.pool, key.public_key(), &kept).await;
    let closed = db.close().await;
    let report = verified.map_err(|e| anyhow::anyhow!("verifying: {e}"))?;
    closed?;
    println!("{}", serde_json::to_string_pretty(&report)?);
    if report.intact {
        eprintln!(
            "minutebook: intact — {} events sealed, {} checkpoints and {} finalized meetings match",
            report.chain.sealed, report.checkpoints.checked, report.meetings.checked
        );
        return Ok(());
    }
    let mut first = Vec::new();
    if let Some(m) = &report.chain.first_mismatch {
        first.push(format!(
            "audit event {} (seal {}) is {}",
            m.event_id,
            m.seq,
            m.problem.as_str()
        ));
    }
    if !report.chain.head_intact {
        first.push("the chain's head was moved".into());
    }
    if let Some(c) = &report.checkpoints.first_mismatch {
        first.push(format!(
            "the checkpoint of seal {} signed at {}: {}",
            c.seq,
            c.signed_at,
            c.problem.as_str()
        ));
    }
    for k in report.kept.iter().filter(|k| !k.holds) {
        let problem = k.problem.map(|p| p.as_str()).unwrap_or_default();
        first.push(format!("the kept checkpoint of seal {}: {problem}", k.seq));
    }
    if let Some(m) = &report.meetings.first_mismatch {
        first.push(format!(
            "meeting {} ({}): {}",
            m.meeting_id,
            m.title,
            m.problem.as_str()
        ));
    }
    anyhow::bail!("verification failed: {}", first.join("; "))
}

async fn serve(args: ServeArgs, database: &DatabaseArgs) -> anyhow::Result<()> {
    // Settle every setting before starting anything that must be stopped again.
    let jwt_secret = JwtSecret::load(
        std::env::var(config::JWT_SECRET_VAR).ok().as_deref(),
        database.is_local().then_some(database.data_dir.as_path()),
    )?;
    let admin_password = config::admin_password_from_env()?;
    let cors_origins = config::CorsOrigins::parse(&args.cors_origins)?;
    let public_url = config::public_url_from(args.public_url.as_deref())?;
    let fonts = config::minutes_fonts(|var| std::env::var(var).ok())?;
    let storage = args.storage.open(database)?;
    let mailer = args
        .smtp_url
        .as_deref()
        .map(str::trim)
        .filter(|url| !url.is_empty())
        .map(|url| {
            let timeout = Duration::from_secs(args.delivery_timeout);
            crate::mail::Mailer::from_url(url, &args.mail_from, timeout)
        })
        .transpose()
        .context("MINUTEBOOK_SMTP_URL / MINUTEBOOK_MAIL_FROM")?;
    let checkpoint_key = args.seal.load(database)?;
    let listener = std::net::TcpListener::bind(&args.bind)
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let signals = crate::startup::StopSignals::listen().context("listening for signals")?;

    let db = database.open().await?;
    let served = async {
        let replica = database.replica().await?;
        if let Some(replica) = &replica {
            tracing::info!(replica = %replica.described(), "search, reports, ledgers and minutes read from the read replica");
        }
        crate::admin::create_first_admin(&db.pool, admin_password).await?;
        let settings = crate::startup::Settings {
            jwt_secret,
            workers: args.workers,
            shutdown_timeout: Duration::from_secs(args.shutdown_timeout),
            trust_proxy_headers: args.trust_proxy_headers,
            cors_origins,
            public_url,
            timezone: args.timezone,
            metrics_bind: args.metrics_bind,
            exports: crate::export::ExportSlots::new(
                args.export_slots.into(),
                Duration::from_secs(args.export_wait),
            )
            .with_fonts(fonts),
            checkpoint_key,
            checkpoint_every: Duration::from_secs(args.checkpoint_every),
            late_entry_days: args.late_entry_days,
            reminder_time: args.reminder_time,
            escalate_after_days: args.escalate_after_days,
            storage,
            attachment_max_bytes: args.storage.attachment_max_bytes,
            replica,
            deliveries: crate::startup::DeliverySettings {
                allow_private_webhooks: args.webhook_allow_private,
                timeout: Duration::from_secs(args.delivery_timeout),
                retry_base: Duration::from_secs(args.delivery_retry_base),
                concurrency: args.delivery_concurrency.into(),
                mailer,
                ..Default::default()
            },
        };
        let app = crate::startup::Application::build(settings, db.pool.clone(), listener)?;
        app.stop_on(signals);
        let address = format!("http://{}", app.address());
        tracing::info!("minutebook is serving on {address}; API docs at {address}/docs/");
        if let Some(metrics) = app.metrics_address() {
            tracing::info!("metrics are served on http://{metrics}/metrics");
        }
        app.run_until_stopped()
            .await
            .context("the HTTP server failed")
    }
    .await;
    let closed = db.close().await;
    served.and(closed)
}

async fn create_admin(args: CreateAdminArgs, database: &DatabaseArgs) -> anyhow::Result<()> {
    let username =
        Username::parse(&args.username).map_err(|e| anyhow::anyhow!("--username {e}"))?;
    let password = match config::admin_password_from_env()? {
        Some(password) => password,
        None => {
            let raw = rpassword::prompt_password(format!("Password for {username}: ")).context(
                "reading the password from the terminal (or set MINUTEBOOK_ADMIN_PASSWORD)",
            )?;
            let again =
                rpassword::prompt_password("Repeat it: ").context("reading the password")?;
            anyhow::ensure!(raw == again, "the two passwords differ");
            Password::parse(raw).map_err(|e| anyhow::anyhow!("the password {e}"))?
        }
    };
    let db = database.open().await?;
    let created =
        crate::admin::create_admin(&db.pool, &username, &args.display_name, &password).await;
    let closed = db.close().await;
    let id = created?;
    closed?;
    eprintln!("minutebook: created administrator {username} ({id})");
    Ok(())
}
