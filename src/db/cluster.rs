//! A private PostgreSQL cluster, started from the server binaries installed on the machine.
//!
//! Used when `DATABASE_URL` is unset (kept under `.data/postgres` between runs) and by the
//! tests (a throwaway cluster in a temporary folder). The cluster listens only on a unix socket
//! inside its own folder. PostgreSQL refuses to run as root, so under root its processes run as
//! the `postgres` system account through `runuser`, as Debian's `pg_ctlcluster` does.
//!
//! Every minutebook process using a cluster holds a shared lock on its folder; the last one to
//! leave stops the cluster, whether it started it or found it running (a leftover of a process
//! that was killed), so closing a terminal or `kill -9` never leaves a server behind for good.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use anyhow::{Context, anyhow, bail};
use sha2::{Digest, Sha256};
use sqlx::postgres::PgConnectOptions;
use tokio::process::Command;

/// The account the cluster's processes run as when the service runs as root.
const SYSTEM_ACCOUNT: &str = "postgres";
/// Debian installs each PostgreSQL major version under `/usr/lib/postgresql/<version>/bin`.
const DEBIAN_ROOT: &str = "/usr/lib/postgresql";
/// Where a root-run cluster goes when the postgres account cannot reach the requested folder
/// (a checkout under `/root`, say).
const ROOT_FALLBACK: &str = "/var/lib/minutebook/clusters";
/// `sun_path` holds 108 bytes including the terminating NUL.
const MAX_SOCKET_PATH: usize = 107;

pub const NO_BINARIES: &str = "no PostgreSQL server binaries found (initdb and pg_ctl on PATH or under /usr/lib/postgresql/*/bin): set DATABASE_URL to use an existing server, or install PostgreSQL (apt-get install postgresql)";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// The service's own data: fsync on, as PostgreSQL ships.
    Durable,
    /// Throwaway test clusters: fsync off, much faster, lost on a crash.
    Throwaway,
}

#[derive(Debug)]
pub struct LocalCluster {
    dir: PathBuf,
    bin_dir: PathBuf,
    run_as: Option<String>,
    /// The open cluster folder, holding this process's lock on it (closed on exec, so the
    /// server processes never inherit it).
    in_use: std::fs::File,
}

impl LocalCluster {
    /// Initialise the cluster in `dir` if it is new, then start it unless it already runs.
    pub async fn start(dir: &Path, durability: Durability) -> anyhow::Result<Self> {
        let bin_dir = find_bin_dir(std::env::var_os("PATH").as_deref(), Path::new(DEBIAN_ROOT))
            .ok_or_else(|| anyhow!(NO_BINARIES))?;
        let run_as = nix::unistd::geteuid()
            .is_root()
            .then(|| SYSTEM_ACCOUNT.to_owned());
        let dir = prepare_dir(dir, run_as.as_deref()).await?;
        let socket = dir.join(".s.PGSQL.5432");
        if socket.as_os_str().len() > MAX_SOCKET_PATH {
            bail!(
                "the database folder {} is too deep for a unix socket path (at most {MAX_SOCKET_PATH} bytes); set MINUTEBOOK_DATA_DIR to a shorter folder",
                dir.display()
            );
        }
        // Shared while in use; waits while another process is stopping the cluster.
        let in_use = lock_folder_shared(&dir).await?;
        let cluster = LocalCluster {
            dir,
            bin_dir,
            run_as,
            in_use,
        };
        if !cluster.dir.join("PG_VERSION").exists() {
            cluster.init(durability).await?;
        }
        if cluster.is_running().await? {
            tracing::info!(dir = %cluster.dir.display(), "using the local PostgreSQL cluster that is already running");
        } else {
            cluster.run_pg_ctl_start().await?;
            tracing::info!(dir = %cluster.dir.display(), "started the local PostgreSQL cluster");
        }
        Ok(cluster)
    }

    /// The folder holding the cluster and its socket.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Options to connect as the cluster's superuser to `database`.
    pub fn connect_options(&self, database: &str) -> PgConnectOptions {
        PgConnectOptions::new()
            .socket(&self.dir)
            .username(SYSTEM_ACCOUNT)
            .database(database)
    }

    /// Stop the cluster unless another minutebook process still uses it (fast shutdown:
    /// sessions are ended, committed data is safe). A cluster found running at start is
    /// stopped too: it lives in this service's own folder, and left alone it would run on
    /// after every later start.
    pub async fn stop(self) -> anyhow::Result<()> {
        match self.in_use.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                tracing::info!(dir = %self.dir.display(), "leaving the local PostgreSQL cluster running: another minutebook process uses it");
                return Ok(());
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).context("locking the database folder");
            }
        }
        if !self.is_running().await? {
            return Ok(());
        }
        let output = self
            .pg_command("pg_ctl")
            .args(["stop", "-m", "fast", "-w", "-t", "60", "-D"])
            .arg(&self.dir)
            .output()
            .await
            .context("running pg_ctl stop")?;
        check(&output, "pg_ctl stop")?;
        tracing::info!(dir = %self.dir.display(), "stopped the local PostgreSQL cluster");
        Ok(())
    }

    /// For throwaway clusters: a small watcher process stops the cluster and deletes its
    /// folder once the process `pid` has exited, however it exits (tests never run drops
    /// of statics, and a panicking test binary must not leave servers behind).
    pub fn remove_when_process_exits(&self, pid: u32) -> anyhow::Result<()> {
        let stop = self.immediate_stop();
        let script = "while kill -0 \"$0\" 2>/dev/null; do sleep 0.5; done; \"$@\" >/dev/null 2>&1; rm -rf \"$DIR\"";
        std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(pid.to_string())
            .args(stop)
            .env("DIR", &self.dir)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .context("starting the cluster watcher")?;
        Ok(())
    }

    /// Copy this running cluster into `dir` (missing or empty) as a streaming standby of it:
    /// `pg_basebackup -R` writes the settings that make it follow this server. Start it with
    /// [`LocalCluster::start`]. Returns the folder used (under root it may move, as with
    /// `start`).
    pub async fn base_backup(&self, dir: &Path) -> anyhow::Result<PathBuf> {
        let dir = prepare_dir(dir, self.run_as.as_deref()).await?;
        let output = self
            .pg_command("pg_basebackup")
            .args([
                "-R",
                "-X",
                "stream",
                "-c",
                "fast",
                "-U",
                SYSTEM_ACCOUNT,
                "-h",
            ])
            .arg(&self.dir)
            .arg("-D")
            .arg(&dir)
            .output()
            .await
            .context("running pg_basebackup")?;
        check(&output, "pg_basebackup")?;
        // The copy carries the lock of this server's socket, which lives in the folder: left
        // there, it would keep the standby from opening its own.
        let lock = dir.join(".s.PGSQL.5432.lock");
        match tokio::fs::remove_file(&lock).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(e).with_context(|| format!("removing {}", lock.display()))
            }
            _ => Ok(dir),
        }
    }

    /// For throwaway clusters: stop the server at once (immediate shutdown) and delete its
    /// folder, blocking — callable from a `Drop`, where no runtime may be left to await on.
    pub fn discard(&self) {
        let line = self.immediate_stop();
        let _ = std::process::Command::new(&line[0])
            .args(&line[1..])
            .current_dir("/")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }

    async fn init(&self, durability: Durability) -> anyhow::Result<()> {
        tracing::info!(dir = %self.dir.display(), "creating a local PostgreSQL cluster");
        let output = self
            .pg_command("initdb")
            .args([
                "--locale=C.UTF-8",
                "-E",
                "UTF8",
                "-U",
                SYSTEM_ACCOUNT,
                // Only the owner can open the socket (mode 0700, below), so trust is safe.
                "--auth=trust",
                "--no-instructions",
                "-D",
            ])
            .arg(&self.dir)
            .output()
            .await
            .context("running initdb")?;
        check(&output, "initdb")?;
        // The socket lives in the data folder itself; '.' is relative to it, so the folder
        // can move without editing this file.
        let mut settings = String::from(
            "\n# minutebook: a private cluster reached only through its own socket\n\
             listen_addresses = ''\n\
             unix_socket_directories = '.'\n\
             unix_socket_permissions = 0700\n",
        );
        if durability == Durability::Throwaway {
            settings.push_str("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
        }
        let conf = self.dir.join("postgresql.conf");
        let mut text = tokio::fs::read_to_string(&conf)
            .await
            .with_context(|| format!("reading {}", conf.display()))?;
        text.push_str(&settings);
        tokio::fs::write(&conf, text)
            .await
            .with_context(|| format!("writing {}", conf.display()))?;
        Ok(())
    }

    async fn is_running(&self) -> anyhow::Result<bool> {
        let output = self
            .pg_command("pg_ctl")
            .args(["status", "-D"])
            .arg(&self.dir)
            .output()
            .await
            .context("running pg_ctl status")?;
        // 0: running, 3: not running; anything else is a real failure.
        match output.status.code() {
            Some(0) => Ok(true),
            Some(3) => Ok(false),
            _ => check(&output, "pg_ctl status").map(|_| false),
        }
    }

    async fn run_pg_ctl_start(&self) -> anyhow::Result<()> {
        let log = self.dir.join("server.log");
        let output = self
            .pg_command("pg_ctl")
            .args(["start", "-w", "-t", "60", "-D"])
            .arg(&self.dir)
            .arg("-l")
            .arg(&log)
            .output()
            .await
            .context("running pg_ctl start")?;
        check(&output, "pg_ctl start").with_context(|| {
            format!(
                "the local PostgreSQL server did not start; its log is {}",
                log.display()
            )
        })
    }

    /// `program` from the PostgreSQL bin folder, run as the postgres account under root.
    fn pg_command(&self, program: &str) -> Command {
        let line = self.pg_command_line(program);
        let mut command = Command::new(&line[0]);
        command
            .args(&line[1..])
            .current_dir(&self.dir)
            .stdin(std::process::Stdio::null())
            .kill_on_drop(true);
        command
    }

    /// `pg_ctl stop -m immediate` of this cluster, as a command line.
    fn immediate_stop(&self) -> Vec<std::ffi::OsString> {
        let mut stop = self.pg_command_line("pg_ctl");
        stop.extend(["stop", "-m", "immediate", "-D"].map(Into::into));
        stop.push(self.dir.clone().into_os_string());
        stop
    }

    fn pg_command_line(&self, program: &str) -> Vec<std::ffi::OsString> {
        let exe = self.bin_dir.join(program).into_os_string();
        match &self.run_as {
            Some(account) => vec![
                "runuser".into(),
                "-u".into(),
                account.into(),
                "--".into(),
                exe,
            ],
            None => vec![exe],
        }
    }
}

/// Open the cluster folder and take a shared lock on it, waiting while a process that is
/// stopping the cluster holds it exclusively.
async fn lock_folder_shared(dir: &Path) -> anyhow::Result<std::fs::File> {
    let dir = dir.to_path_buf();
    tokio::task::spawn_blocking(move || {
        let folder = std::fs::File::open(&dir)
            .with_context(|| format!("opening the database folder {}", dir.display()))?;
        folder
            .lock_shared()
            .with_context(|| format!("locking the database folder {}", dir.display()))?;
        Ok(folder)
    })
    .await?
}

fn check(output: &Output, what: &str) -> anyhow::Result<()> {
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let message = [stderr.trim(), stdout.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    bail!("{what} failed ({}): {message}", output.status)
}

/// Create the cluster folder (mode 0700) and, under root, hand it to the postgres account.
/// Returns the folder actually used: under root it moves to [`ROOT_FALLBACK`] when the
/// postgres account cannot reach the requested one.
async fn prepare_dir(dir: &Path, run_as: Option<&str>) -> anyhow::Result<PathBuf> {
    use std::os::unix::fs::PermissionsExt;

    let mut dir = std::path::absolute(dir).context("resolving the database folder")?;
    if let Some(account) = run_as {
        let user = nix::unistd::User::from_name(account)
            .context("looking up the postgres account")?
            .ok_or_else(|| {
                anyhow!(
                    "PostgreSQL refuses to run as root and there is no `{account}` system account to run it as: run as an ordinary user, install PostgreSQL (apt-get install postgresql), or set DATABASE_URL"
                )
            })?;
        let parent = dir.parent().unwrap_or(Path::new("/")).to_path_buf();
        tokio::fs::create_dir_all(&parent)
            .await
            .with_context(|| format!("creating {}", parent.display()))?;
        if !account_can_enter(account, &parent).await {
            let fallback = Path::new(ROOT_FALLBACK).join(folder_key(&dir));
            tracing::warn!(
                requested = %dir.display(),
                used = %fallback.display(),
                "the postgres account cannot reach the requested database folder; keeping the cluster in a system folder instead"
            );
            dir = fallback;
        }
        create_private_dir(&dir).await?;
        nix::unistd::chown(&dir, Some(user.uid), Some(user.gid))
            .with_context(|| format!("handing {} to the postgres account", dir.display()))?;
    } else {
        create_private_dir(&dir).await?;
    }
    // initdb insists on 0700 or 0750; keep it private even if the folder existed before.
    let mode = tokio::fs::metadata(&dir).await?.permissions().mode() & 0o777;
    if mode & 0o027 != 0 {
        tokio::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).await?;
    }
    Ok(dir)
}

/// The folder itself is private (0700); missing parents get ordinary modes so that the
/// postgres account can pass through them.
async fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    if let Some(parent) = dir.parent() {
        tokio::fs::create_dir_all(parent)
            .await
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    match tokio::fs::DirBuilder::new().mode(0o700).create(dir).await {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            Err(e).with_context(|| format!("creating the database folder {}", dir.display()))
        }
        _ => Ok(()),
    }
}

async fn account_can_enter(account: &str, dir: &Path) -> bool {
    Command::new("runuser")
        .args(["-u", account, "--", "test", "-x"])
        .arg(dir)
        .current_dir("/")
        .output()
        .await
        .is_ok_and(|o| o.status.success())
}

/// A stable short name for a requested folder, so the fallback is the same on every start.
fn folder_key(dir: &Path) -> String {
    let digest = Sha256::digest(dir.as_os_str().as_encoded_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The folder with `initdb` and `pg_ctl`: the first on `path` that has both, else the newest
/// version under Debian's versioned folder.
pub fn find_bin_dir(path: Option<&OsStr>, debian_root: &Path) -> Option<PathBuf> {
    let has_both = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    if let Some(path) = path {
        for dir in std::env::split_paths(path) {
            if has_both(&dir) {
                // Resolve symlinks (Debian links /usr/bin tools through a wrapper), so that
                // pg_ctl finds its own `postgres` beside it.
                let real = std::fs::canonicalize(dir.join("initdb")).ok()?;
                let real_dir = real.parent()?.to_path_buf();
                return Some(if has_both(&real_dir) { real_dir } else { dir });
            }
        }
    }
    let mut versions: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir(debian_root)
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry
                .file_name()
                .to_str()?
                .split('.')
                .map(|part| part.parse::<u32>().ok())
                .collect::<Option<Vec<_>>>()?;
            let bin = entry.path().join("bin");
            has_both(&bin).then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_bin(dir: &Path) {
        std::fs::create_dir_all(dir).unwrap();
        for name in ["initdb", "pg_ctl"] {
            std::fs::write(dir.join(name), "").unwrap();
        }
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("minutebook-{name}-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn prefers_path_then_newest_debian_version() {
        let root = scratch("bins");
        let debian = root.join("debian");
        fake_bin(&debian.join("9.6/bin"));
        fake_bin(&debian.join("15/bin"));
        fake_bin(&debian.join("13/bin"));
        std::fs::create_dir_all(debian.join("notaversion/bin")).unwrap();
        assert_eq!(find_bin_dir(None, &debian), Some(debian.join("15/bin")));

        let on_path = root.join("usr-bin");
        fake_bin(&on_path);
        let path = std::env::join_paths([root.join("empty"), on_path.clone()]).unwrap();
        assert_eq!(find_bin_dir(Some(&path), &debian), Some(on_path));
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn finds_nothing_without_binaries() {
        let root = scratch("nobins");
        let path = std::env::join_paths([root.join("bin")]).unwrap();
        assert_eq!(find_bin_dir(Some(&path), &root.join("missing")), None);
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn fallback_folder_name_is_stable() {
        assert_eq!(
            folder_key(Path::new("/root/app/.data/postgres")),
            folder_key(Path::new("/root/app/.data/postgres"))
        );
        assert_ne!(folder_key(Path::new("/a")), folder_key(Path::new("/b")));
    }
}
