//! An optional read replica (`MINUTEBOOK_REPLICA_URL`): a streaming standby that takes the
//! heavy reads — search, reports, ledgers, minutes — off the primary.
//!
//! Reads stay read-your-writes across instances: before a read on the standby, the primary is
//! asked how far its WAL goes, and the standby is used only once it has replayed that far (a
//! bounded wait). Whatever was acknowledged to anyone before the read started is in that WAL,
//! so a user's next read, on whichever instance, never shows a version older than their own
//! write. A standby that lags past the wait, is unreachable, or was promoted (no longer in
//! recovery) is passed over: the read goes to the primary, and a warning says so now and then.

use std::ops::{Deref, DerefMut};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use prometheus::{IntCounterVec, Opts};
use sqlx::pool::PoolConnection;
use sqlx::postgres::PgConnectOptions;
use sqlx::{PgConnection, PgPool, Postgres};

use super::PoolSettings;

/// `MINUTEBOOK_REPLICA_MAX_WAIT_MS` when unset.
pub const DEFAULT_MAX_WAIT: Duration = Duration::from_millis(500);
/// After the standby was unreachable or not a standby, reads skip it this long, so that not
/// every read pays the wait for a server that is down.
const SKIP_AFTER_FAILURE: Duration = Duration::from_secs(5);
/// At most one warning about reads falling back to the primary this often (not one a request).
const WARN_EVERY: Duration = Duration::from_secs(60);
/// The first and the longest pause between two looks at the standby's replay position.
const FIRST_POLL: Duration = Duration::from_millis(2);
const LONGEST_POLL: Duration = Duration::from_millis(50);

/// Which server a read went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Served {
    Primary,
    Replica,
}

impl Served {
    pub fn as_str(self) -> &'static str {
        match self {
            Served::Primary => "primary",
            Served::Replica => "replica",
        }
    }
}

/// Why a read meant for the standby went to the primary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fallback {
    /// It had not replayed the primary's WAL position within the wait.
    Lagging,
    /// No connection or a failed query.
    Unreachable,
    /// `pg_is_in_recovery()` is false: promoted, or not a standby at all.
    NotStandby,
}

impl Fallback {
    fn as_str(self) -> &'static str {
        match self {
            Fallback::Lagging => "lagging",
            Fallback::Unreachable => "unreachable",
            Fallback::NotStandby => "not_standby",
        }
    }
}

/// A connected standby and how long a read waits for it.
#[derive(Debug, Clone)]
pub struct Replica {
    pool: PgPool,
    /// For messages: never the password.
    described: String,
    max_wait: Duration,
}

impl Replica {
    /// Connect to the standby `url` names with the primary's pool limits; no migrations run on
    /// it (they arrive by replication). An unreachable server, or one that is not a standby,
    /// is an error.
    pub async fn connect(
        url: &str,
        settings: &PoolSettings,
        max_wait: Duration,
    ) -> anyhow::Result<Replica> {
        let options: PgConnectOptions = url
            .parse()
            .context("MINUTEBOOK_REPLICA_URL is not a valid PostgreSQL URL")?;
        Replica::connect_with(options, settings, max_wait).await
    }

    pub async fn connect_with(
        options: PgConnectOptions,
        settings: &PoolSettings,
        max_wait: Duration,
    ) -> anyhow::Result<Replica> {
        let described = super::describe(&options);
        let pool = super::connect(options, settings).await.with_context(|| {
            format!("the read replica (MINUTEBOOK_REPLICA_URL, {described}) cannot be reached")
        })?;
        let standby = sqlx::query_scalar!(r#"select pg_is_in_recovery() as "standby!""#)
            .fetch_one(&pool)
            .await
            .with_context(|| {
                format!("asking the read replica ({described}) whether it is a standby")
            })?;
        if !standby {
            pool.close().await;
            bail!(
                "the read replica (MINUTEBOOK_REPLICA_URL, {described}) is not a standby (pg_is_in_recovery() is false): name a streaming standby of the primary, or unset it"
            );
        }
        Ok(Replica {
            pool,
            described,
            max_wait,
        })
    }

    pub fn described(&self) -> &str {
        &self.described
    }
}

/// Where reads go: the primary, and the standby when one is configured.
#[derive(Debug)]
pub struct ReadPools {
    primary: PgPool,
    replica: Option<Replica>,
    /// Reads by server and reason (`/metrics`: `minutebook_db_reads_total`).
    reads: IntCounterVec,
    health: Mutex<Health>,
}

#[derive(Debug, Default)]
struct Health {
    /// Skip the standby until then (it was down or promoted).
    skip_until: Option<Instant>,
    last_warning: Option<Instant>,
    /// Fallbacks since the last warning.
    unreported: u64,
}

/// A connection to read from, on the server that `served` names.
#[derive(Debug)]
pub struct ReadConnection {
    conn: PoolConnection<Postgres>,
    pub served: Served,
}

impl Deref for ReadConnection {
    type Target = PgConnection;
    fn deref(&self) -> &PgConnection {
        &self.conn
    }
}

impl DerefMut for ReadConnection {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.conn
    }
}

impl ReadPools {
    pub fn new(primary: PgPool, replica: Option<Replica>) -> ReadPools {
        let reads = IntCounterVec::new(
            Opts::new(
                "minutebook_db_reads_total",
                "Reads that may use the replica, by the server that served them and why",
            ),
            &["db", "reason"],
        )
        .expect("a valid metric");
        ReadPools {
            primary,
            replica,
            reads,
            health: Mutex::default(),
        }
    }

    /// The counter of reads, to register with the metrics.
    pub fn metric(&self) -> IntCounterVec {
        self.reads.clone()
    }

    /// A connection for a read that may come from the standby: the standby's once it has
    /// replayed everything the primary had written when this was called, else the primary's.
    /// Records `db=replica|primary` on the current span (the request's). Errors only when the
    /// primary cannot be used.
    pub async fn read(&self) -> Result<ReadConnection, sqlx::Error> {
        let Some(replica) = &self.replica else {
            return self.on_primary().await;
        };
        let skipping = {
            let mut health = self.health.lock().expect("replica health");
            let skipping = health
                .skip_until
                .is_some_and(|until| Instant::now() < until);
            health.unreported += u64::from(skipping);
            skipping
        };
        if skipping {
            self.count(Served::Primary, Fallback::Unreachable.as_str());
            return self.on_primary().await;
        }
        // The position below which every commit acknowledged so far lies: the flush position
        // when commits wait for their flush (the service never changes synchronous_commit, so
        // the server's setting is every session's), else the insert position — an
        // asynchronous commit is acknowledged before its WAL is even written.
        let target = sqlx::query_scalar!(
            r#"select (case when current_setting('synchronous_commit') = 'off'
                            then pg_current_wal_insert_lsn()
                            else pg_current_wal_flush_lsn() end)::text as "lsn!""#
        )
        .fetch_one(&self.primary)
        .await?;
        let deadline = tokio::time::Instant::now() + replica.max_wait;
        let caught_up = match tokio::time::timeout_at(deadline, replica.pool.acquire()).await {
            Ok(Ok(conn)) => tokio::time::timeout_at(deadline, wait_for(conn, &target))
                .await
                .unwrap_or(Err((Fallback::Lagging, None))),
            Ok(Err(e)) => Err((Fallback::Unreachable, Some(e))),
            // sqlx keeps trying a refused connection until its own deadline: with no connection
            // open the standby is taken as unreachable (and skipped a while); with some open,
            // all in use, it is only busy, like a standby that lags.
            Err(_) if replica.pool.size() == 0 => Err((Fallback::Unreachable, None)),
            Err(_) => Err((Fallback::Lagging, None)),
        };
        match caught_up {
            Ok(conn) => {
                self.count(Served::Replica, "caught_up");
                tracing::Span::current().record("db", Served::Replica.as_str());
                tracing::debug!("reading from the read replica");
                Ok(ReadConnection {
                    conn,
                    served: Served::Replica,
                })
            }
            Err((why, error)) => {
                // Before the warning, so that its line names the server too.
                tracing::Span::current().record("db", Served::Primary.as_str());
                self.fell_back(replica, why, error);
                self.on_primary().await
            }
        }
    }

    async fn on_primary(&self) -> Result<ReadConnection, sqlx::Error> {
        let conn = self.primary.acquire().await?;
        tracing::Span::current().record("db", Served::Primary.as_str());
        if self.replica.is_some() {
            tracing::debug!("reading from the primary instead of the read replica");
        }
        Ok(ReadConnection {
            conn,
            served: Served::Primary,
        })
    }

    fn count(&self, served: Served, reason: &str) {
        self.reads
            .with_label_values(&[served.as_str(), reason])
            .inc();
    }

    fn fell_back(&self, replica: &Replica, why: Fallback, error: Option<sqlx::Error>) {
        self.count(Served::Primary, why.as_str());
        let now = Instant::now();
        let mut health = self.health.lock().expect("replica health");
        if why != Fallback::Lagging {
            health.skip_until = Some(now + SKIP_AFTER_FAILURE);
        }
        health.unreported += 1;
        if health
            .last_warning
            .is_some_and(|last| now.duration_since(last) < WARN_EVERY)
        {
            return;
        }
        let reads = std::mem::take(&mut health.unreported);
        health.last_warning = Some(now);
        drop(health);
        let replica_at = replica.described();
        match why {
            Fallback::Lagging => tracing::warn!(
                replica = %replica_at, reads, max_wait_ms = replica.max_wait.as_millis() as u64,
                "the read replica lags behind the primary; reads go to the primary meanwhile"
            ),
            Fallback::Unreachable => tracing::warn!(
                replica = %replica_at, reads, error = %error.map(|e| e.to_string()).unwrap_or_default(),
                "the read replica cannot be reached; reads go to the primary meanwhile"
            ),
            Fallback::NotStandby => tracing::warn!(
                replica = %replica_at, reads,
                "the read replica is no longer a standby (promoted?); reads go to the primary meanwhile"
            ),
        }
    }
}

/// `conn`, to the standby, once the standby has replayed the WAL up to `target`.
async fn wait_for(
    mut conn: PoolConnection<Postgres>,
    target: &str,
) -> Result<PoolConnection<Postgres>, (Fallback, Option<sqlx::Error>)> {
    let mut pause = FIRST_POLL;
    loop {
        let position = sqlx::query!(
            r#"select pg_is_in_recovery() as "standby!",
                      coalesce(pg_last_wal_replay_lsn() >= $1::text::pg_lsn, false) as "replayed!""#,
            target
        )
        .fetch_one(&mut *conn)
        .await;
        match position {
            Ok(p) if !p.standby => return Err((Fallback::NotStandby, None)),
            Ok(p) if p.replayed => return Ok(conn),
            Ok(_) => {}
            Err(e) => {
                // Not back into the pool: the connection may be the reason.
                conn.close_on_drop();
                return Err((Fallback::Unreachable, Some(e)));
            }
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(LONGEST_POLL);
    }
}
