//! Connecting to PostgreSQL: the database is created when missing, the pool has limits so a
//! stuck query or a leaked transaction cannot hold a connection forever, and the embedded
//! migrations run before anything else touches the schema.

pub mod cluster;
pub mod replica;

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{AssertSqlSafe, Connection, PgConnection, PgPool};

/// Connections idle longer than this are pinged before use.
const PING_IF_IDLE_FOR: Duration = Duration::from_secs(30);

/// When this process last saw a connection to PostgreSQL fail, in milliseconds after
/// [`EPOCH`] (0: never). After a server restart every pooled connection is dead, but each
/// would fail only when used: once one has failed, the pool discards the ones as old.
static LAST_CONNECTION_LOSS: AtomicU64 = AtomicU64::new(0);
static EPOCH: LazyLock<Instant> = LazyLock::new(Instant::now);

/// Whether `e` means the connection is gone (server restarted or shut down, network lost):
/// the same request may succeed on a new connection.
pub fn is_connection_lost(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_) | sqlx::Error::Protocol(_) | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(d) => d.code().is_some_and(|code| {
            // admin_shutdown, crash_shutdown, cannot_connect_now, class 08 (connection exception)
            matches!(code.as_ref(), "57P01" | "57P02" | "57P03") || code.starts_with("08")
        }),
        _ => false,
    }
}

/// Whether `e` is worth a retry later rather than a bug: a lost connection, an exhausted or
/// closed pool, too many connections, a statement that ran out of time, or a read the read
/// replica cancelled because replaying the primary's changes needed its rows (40001: the
/// service runs no serializable transactions, so only a standby says it).
pub fn is_transient(e: &sqlx::Error) -> bool {
    is_connection_lost(e)
        || matches!(e, sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed)
        || matches!(e, sqlx::Error::Database(d)
            if d.code().is_some_and(|c| matches!(c.as_ref(), "57014" | "53300" | "40001")))
}

/// Record that a connection was found dead, so connections as old are not handed out again.
pub fn note_connection_lost() {
    let now = EPOCH.elapsed().as_millis() as u64;
    LAST_CONNECTION_LOSS.store(now.max(1), Ordering::Relaxed);
}

/// Whether a connection of this age was opened before the last loss was seen.
fn predates_last_loss(age: Duration) -> bool {
    let loss = LAST_CONNECTION_LOSS.load(Ordering::Relaxed);
    loss != 0 && EPOCH.elapsed().saturating_sub(age) <= Duration::from_millis(loss)
}

/// Run a read; when it fails on a lost connection, run it once more on a fresh one.
pub async fn read_retrying<T, F, Fut>(mut read: F) -> Result<T, sqlx::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, sqlx::Error>>,
{
    match read().await {
        Err(e) if is_connection_lost(&e) => {
            note_connection_lost();
            tracing::warn!(error = %e, "a database connection was lost; retrying the read");
            read().await
        }
        other => other,
    }
}

/// Limits of the connection pool; every value has a command-line flag and a variable.
#[derive(Debug, Clone)]
pub struct PoolSettings {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
    pub statement_timeout: Duration,
    pub idle_in_transaction_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(5),
            statement_timeout: Duration::from_secs(30),
            idle_in_transaction_timeout: Duration::from_secs(60),
        }
    }
}

/// Where a connection goes, for messages: never the password.
pub fn describe(options: &PgConnectOptions) -> String {
    let database = options.get_database().unwrap_or("(default)");
    match options.get_socket() {
        Some(socket) => format!("database {database} on socket {}", socket.display()),
        None => format!(
            "database {database} on {}:{}",
            options.get_host(),
            options.get_port()
        ),
    }
}

/// Create the database `options` names if it does not exist and the role may create it.
pub async fn ensure_database(options: &PgConnectOptions) -> anyhow::Result<()> {
    let err = match PgConnection::connect_with(options).await {
        Ok(conn) => return conn.close().await.map_err(Into::into),
        Err(err) => err,
    };
    let missing = err
        .as_database_error()
        .and_then(|e| e.code())
        .is_some_and(|code| code == "3D000");
    if !missing {
        return Err(err).with_context(|| format!("cannot connect to {}", describe(options)));
    }
    let name = options.get_database().unwrap_or_default().to_owned();
    let mut maintenance = PgConnection::connect_with(&options.clone().database("postgres"))
        .await
        .with_context(|| {
            format!("database {name} does not exist and the server's `postgres` database, used to create it, is unreachable")
        })?;
    let create = format!("create database \"{}\"", name.replace('"', "\"\""));
    match sqlx::query(AssertSqlSafe(create))
        .execute(&mut maintenance)
        .await
    {
        Ok(_) => tracing::info!(database = %name, "created the database"),
        // Another instance created it first.
        Err(e) if e.as_database_error().and_then(|d| d.code()).as_deref() == Some("42P04") => {}
        Err(e) => {
            return Err(e).with_context(|| {
                format!("database {name} does not exist and could not be created")
            });
        }
    }
    maintenance.close().await?;
    Ok(())
}

/// A pool with the limits of `settings`; it opens one connection now to fail early.
pub async fn connect(options: PgConnectOptions, settings: &PoolSettings) -> anyhow::Result<PgPool> {
    let described = describe(&options);
    // Set on each new connection rather than as the startup parameter `options`, which
    // PgBouncer refuses (README, "PgBouncer").
    let timeouts = format!(
        "set statement_timeout = '{}ms'; set idle_in_transaction_session_timeout = '{}ms'",
        settings.statement_timeout.as_millis(),
        settings.idle_in_transaction_timeout.as_millis()
    );
    if settings.max_connections == 0 {
        bail!("the pool needs at least one connection");
    }
    PgPoolOptions::new()
        .max_connections(settings.max_connections)
        .min_connections(0)
        .acquire_timeout(settings.acquire_timeout)
        .idle_timeout(Duration::from_secs(600))
        .max_lifetime(Duration::from_secs(1800))
        // sqlx pings every connection it hands out by default: a round trip per query, which
        // measured as a third of the cost of a read. Ping only connections that sat idle long
        // enough to have gone stale; one that died sooner fails its query (a 503) and is
        // dropped.
        .test_before_acquire(false)
        .after_connect(move |conn, _| {
            let timeouts = timeouts.clone();
            Box::pin(async move {
                sqlx::raw_sql(AssertSqlSafe(timeouts)).execute(conn).await?;
                Ok(())
            })
        })
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if predates_last_loss(meta.age) {
                    return Ok(false);
                }
                if meta.idle_for > PING_IF_IDLE_FOR {
                    conn.ping().await?;
                }
                Ok(true)
            })
        })
        .connect_with(options)
        .await
        .with_context(|| format!("cannot connect to {described}"))
}

/// Create the database if needed, connect, and apply the embedded migrations.
pub async fn connect_and_migrate(
    options: PgConnectOptions,
    settings: &PoolSettings,
) -> anyhow::Result<PgPool> {
    ensure_database(&options).await?;
    let pool = connect(options, settings).await?;
    crate::MIGRATOR
        .run(&pool)
        .await
        .context("applying the database migrations")?;
    Ok(pool)
}

/// The service's database: a server named by `DATABASE_URL`, or the private local cluster.
pub struct Database {
    pub pool: PgPool,
    cluster: Option<cluster::LocalCluster>,
}

/// Name of the database inside the local cluster.
pub const LOCAL_DATABASE: &str = "minutebook";

impl Database {
    /// Connect (starting the local cluster first in zero-config mode) and migrate.
    pub async fn open(
        url: Option<&str>,
        data_dir: &std::path::Path,
        settings: PoolSettings,
    ) -> anyhow::Result<Self> {
        let Some(url) = url else {
            let dir = data_dir.join("postgres");
            let cluster = cluster::LocalCluster::start(&dir, cluster::Durability::Durable).await?;
            let options = cluster.connect_options(LOCAL_DATABASE);
            return match connect_and_migrate(options, &settings).await {
                Ok(pool) => Ok(Database {
                    pool,
                    cluster: Some(cluster),
                }),
                Err(e) => {
                    if let Err(stop) = cluster.stop().await {
                        tracing::warn!(error = %format!("{stop:#}"), "could not stop the local cluster");
                    }
                    Err(e)
                }
            };
        };
        let options: PgConnectOptions = url
            .parse()
            .context("DATABASE_URL is not a valid PostgreSQL URL")?;
        let pool = connect_and_migrate(options, &settings).await?;
        Ok(Database {
            pool,
            cluster: None,
        })
    }

    /// Close the pool, then stop the local cluster unless another minutebook process uses it.
    pub async fn close(self) -> anyhow::Result<()> {
        self.pool.close().await;
        match self.cluster {
            Some(cluster) => cluster.stop().await,
            None => Ok(()),
        }
    }
}
