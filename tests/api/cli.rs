//! The binary as an operator runs it.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use sqlx::postgres::PgConnectOptions;
use sqlx::{ConnectOptions, Connection, PgConnection};

use crate::helpers::{TEST_JWT_SECRET, fresh_database, scratch_dir};

const ADMIN_PASSWORD: &str = "a long enough admin passphrase";

/// The binary with a clean environment: none of the service's variables leak in from the
/// machine running the tests.
fn minutebook() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minutebook"));
    for (key, _) in std::env::vars() {
        if key.starts_with("MINUTEBOOK_") || key == "DATABASE_URL" {
            command.env_remove(key);
        }
    }
    command.env("RUST_LOG", "warn").stdin(Stdio::null());
    command
}

async fn run(mut command: Command) -> Output {
    tokio::task::spawn_blocking(move || command.output().expect("running minutebook"))
        .await
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn url(options: &PgConnectOptions) -> String {
    options.to_url_lossy().to_string()
}

#[tokio::test]
async fn openapi_prints_the_document() {
    let mut command = minutebook();
    command.arg("openapi");
    let output = run(command).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        printed.trim_end(),
        minutebook::openapi::document_json().trim_end()
    );
}

#[tokio::test]
async fn migrate_applies_the_migrations_to_a_database_it_creates() {
    let existing = fresh_database().await;
    let missing = existing
        .clone()
        .database(&format!("created_by_migrate_{}", std::process::id()));
    let mut command = minutebook();
    command.arg("migrate").env("DATABASE_URL", url(&missing));
    let output = run(command).await;
    assert!(output.status.success(), "{}", stderr(&output));

    let mut conn = PgConnection::connect_with(&missing)
        .await
        .expect("the database exists");
    let applied: i64 = sqlx::query_scalar("select count(*) from _sqlx_migrations where success")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(applied as usize, minutebook::MIGRATOR.iter().count());
}

#[tokio::test]
async fn create_admin_stores_an_argon2id_hash_and_refuses_duplicates() {
    let db = fresh_database().await;
    let create = |username: &str, password: &str| {
        let mut command = minutebook();
        command
            .args(["create-admin", "--username", username])
            .env("DATABASE_URL", url(&db))
            .env("MINUTEBOOK_ADMIN_PASSWORD", password);
        command
    };

    let output = run(create("Secretary.Wang", ADMIN_PASSWORD)).await;
    assert!(output.status.success(), "{}", stderr(&output));

    let mut conn = PgConnection::connect_with(&db).await.unwrap();
    let (hash, is_admin): (String, bool) = sqlx::query_as(
        "select password_hash, is_admin from users where username = 'Secretary.Wang'",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert!(is_admin);
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(ADMIN_PASSWORD));

    // The same name in another case is the same account.
    let duplicate = run(create("secretary.wang", ADMIN_PASSWORD)).await;
    assert!(!duplicate.status.success());
    assert!(
        stderr(&duplicate).contains("already exists"),
        "{}",
        stderr(&duplicate)
    );

    let weak = run(create("another", "short")).await;
    assert!(!weak.status.success());
    assert!(
        stderr(&weak).contains("at least 12 characters"),
        "{}",
        stderr(&weak)
    );

    let count: i64 = sqlx::query_scalar("select count(*) from users")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(count, 1);
}

/// A failure at start-up is one clear line and a non-zero exit, never a panic.
fn assert_one_clear_line(output: &Output, expected: &str) {
    assert!(!output.status.success());
    let text = stderr(output);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "expected one line, got:\n{text}");
    assert!(lines[0].starts_with("minutebook: "), "{text}");
    assert!(lines[0].contains(expected), "{text}");
    assert!(!text.contains("panicked"), "{text}");
}

#[tokio::test]
async fn an_unreachable_database_is_one_clear_error() {
    let mut command = minutebook();
    command
        .arg("migrate")
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/minutebook");
    let output = run(command).await;
    assert_one_clear_line(
        &output,
        "cannot connect to database minutebook on 127.0.0.1:1",
    );
}

#[tokio::test]
async fn serve_refuses_a_short_or_missing_jwt_secret() {
    let db = fresh_database().await;
    let mut short = minutebook();
    short
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("DATABASE_URL", url(&db))
        .env("MINUTEBOOK_JWT_SECRET", "too-short");
    assert_one_clear_line(&run(short).await, "at least 32 bytes");

    let mut missing = minutebook();
    missing
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("DATABASE_URL", url(&db));
    assert_one_clear_line(&run(missing).await, "MINUTEBOOK_JWT_SECRET is required");
}

/// Origins and the public address are checked before anything starts (here, before the
/// unreachable database is tried), from the environment or the command line.
#[tokio::test]
async fn serve_refuses_origins_and_public_addresses_that_are_not() {
    let serve = || {
        let mut command = minutebook();
        command
            .args(["serve", "--bind", "127.0.0.1:0"])
            .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/minutebook")
            .env("MINUTEBOOK_JWT_SECRET", TEST_JWT_SECRET);
        command
    };
    let mut wildcard = serve();
    wildcard.env("MINUTEBOOK_CORS_ORIGINS", "https://app.example.org,*");
    assert_one_clear_line(
        &run(wildcard).await,
        "MINUTEBOOK_CORS_ORIGINS: \"*\" is not an origin",
    );
    let mut with_path = serve();
    with_path.args(["--cors-origins", "https://app.example.org/spa"]);
    assert_one_clear_line(&run(with_path).await, "MINUTEBOOK_CORS_ORIGINS");
    let mut relative = serve();
    relative.env("MINUTEBOOK_PUBLIC_URL", "minutebook.example.org");
    assert_one_clear_line(
        &run(relative).await,
        "MINUTEBOOK_PUBLIC_URL must be an absolute http(s) URL",
    );
}

/// A running service whose stderr is collected as it arrives.
struct Service {
    child: Child,
    stderr: Arc<Mutex<String>>,
    base: String,
}

impl Service {
    fn start(mut command: Command, port: u16) -> Service {
        command
            .env("MINUTEBOOK_BIND", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("starting minutebook");
        let stderr = Arc::new(Mutex::new(String::new()));
        let pipe = child.stderr.take().unwrap();
        let sink = stderr.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                let mut text = sink.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
            }
        });
        Service {
            child,
            stderr,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    async fn wait_until_ready(&mut self) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            if let Ok(response) = client
                .get(format!("{}/health/ready", self.base))
                .send()
                .await
                && response.status() == 200
            {
                return;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("minutebook exited with {status}:\n{}", self.stderr());
            }
            assert!(
                Instant::now() < deadline,
                "not ready in time:\n{}",
                self.stderr()
            );
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// SIGTERM, then the exit status.
    async fn terminate(self) -> std::process::ExitStatus {
        self.signal(Signal::SIGTERM).await
    }

    /// Send `signal`, then the exit status.
    async fn signal(mut self, signal: Signal) -> std::process::ExitStatus {
        kill(Pid::from_raw(self.child.id() as i32), signal).unwrap();
        tokio::task::spawn_blocking(move || self.child.wait().unwrap())
            .await
            .unwrap()
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn cluster_is_running(data_dir: &Path) -> bool {
    data_dir.join("postgres/postmaster.pid").exists()
}

/// No DATABASE_URL, no secret, no password: the service makes its own cluster, secret and
/// first administrator, and stops the cluster when it is told to stop.
#[tokio::test]
async fn zero_config_serve_starts_and_stops_its_own_cluster() {
    let data_dir = DataDir::new("zero-config");
    let serve = || {
        let mut command = minutebook();
        command.env("MINUTEBOOK_DATA_DIR", &*data_dir);
        command
    };

    let mut first = Service::start(serve(), free_port());
    first.wait_until_ready().await;
    assert!(cluster_is_running(&data_dir));
    let secret = data_dir.join("jwt-secret");
    let mode = std::fs::metadata(&secret).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let printed = first.stderr();
    assert!(
        printed.contains("created user `admin` with password "),
        "{printed}"
    );
    assert!(
        printed.contains("/docs/"),
        "the docs address is printed:\n{printed}"
    );

    let status = first.terminate().await;
    assert!(status.success(), "{status}");
    assert!(
        !cluster_is_running(&data_dir),
        "the cluster was left running"
    );

    // The second start keeps the data, the secret and the admin, and prints no password.
    let secret_before = std::fs::read(&secret).unwrap();
    let mut second = Service::start(serve(), free_port());
    second.wait_until_ready().await;
    assert_eq!(std::fs::read(&secret).unwrap(), secret_before);
    assert!(
        !second.stderr().contains("with password"),
        "{}",
        second.stderr()
    );
    let options = PgConnectOptions::new()
        .socket(data_dir.join("postgres"))
        .username("postgres")
        .database("minutebook");
    let mut conn = PgConnection::connect_with(&options).await.unwrap();
    let admins: Vec<String> = sqlx::query_scalar("select username from users where is_admin")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert_eq!(admins, ["admin"]);
    conn.close().await.unwrap();
    assert!(second.terminate().await.success());
    assert!(!cluster_is_running(&data_dir));
}

#[tokio::test]
async fn first_start_uses_the_given_admin_password() {
    let db = fresh_database().await;
    let mut command = minutebook();
    command
        .env("DATABASE_URL", url(&db))
        .env("MINUTEBOOK_JWT_SECRET", TEST_JWT_SECRET)
        .env("MINUTEBOOK_ADMIN_PASSWORD", ADMIN_PASSWORD);
    let mut service = Service::start(command, free_port());
    service.wait_until_ready().await;
    assert!(!service.stderr().contains(ADMIN_PASSWORD));
    let mut conn = PgConnection::connect_with(&db).await.unwrap();
    let hash: String =
        sqlx::query_scalar("select password_hash from users where username = 'admin'")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    let verified = minutebook::auth::password::verify(ADMIN_PASSWORD.into(), hash)
        .await
        .unwrap();
    assert!(verified);
    assert!(service.terminate().await.success());
}

/// Logging into a pipe whose reader has gone (`minutebook 2>&1 | head -n 3`) loses the log
/// lines and nothing else: every request still gets its answer.
#[tokio::test]
async fn a_closed_log_pipe_fails_no_request() {
    let db = fresh_database().await;
    let port = free_port();
    let mut command = minutebook();
    command
        .env("DATABASE_URL", url(&db))
        .env("MINUTEBOOK_JWT_SECRET", TEST_JWT_SECRET)
        .env("MINUTEBOOK_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .env("MINUTEBOOK_BIND", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "debug")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("starting minutebook");
    // The reader reads three lines and exits, as `head -n 3` does.
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    for _ in 0..3 {
        lines.next();
    }
    drop(lines);

    let client = reqwest::Client::new();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !client
        .get(format!("{base}/health/ready"))
        .send()
        .await
        .is_ok_and(|r| r.status() == 200)
    {
        assert!(Instant::now() < deadline, "not ready in time");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for _ in 0..20 {
        // A failed login writes a warning line; a successful one an info line.
        let wrong = client
            .post(format!("{base}/api/v1/auth/login"))
            .json(&serde_json::json!({"username": "nobody", "password": "wrong password!"}))
            .send()
            .await
            .expect("the request gets an answer");
        assert!(matches!(wrong.status().as_u16(), 401 | 429), "{wrong:?}");
        let ok = client
            .post(format!("{base}/api/v1/auth/login"))
            .json(&serde_json::json!({"username": "admin", "password": ADMIN_PASSWORD}))
            .send()
            .await
            .expect("the request gets an answer");
        assert_eq!(ok.status(), 200);
    }
    assert!(child.try_wait().unwrap().is_none(), "the service died");
    kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM).unwrap();
    tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
}

fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/PID/status")
}

/// Each password hash needs 19 MiB; reused work areas keep the process from growing with
/// every login: after 1,000 of them, 16 at a time, it stays within 100 MB of where it began.
#[tokio::test]
async fn logins_do_not_grow_memory() {
    let db = fresh_database().await;
    let mut command = minutebook();
    command
        .env("DATABASE_URL", url(&db))
        .env("MINUTEBOOK_JWT_SECRET", TEST_JWT_SECRET)
        .env("MINUTEBOOK_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .env("MINUTEBOOK_WORKERS", "2");
    let mut service = Service::start(command, free_port());
    service.wait_until_ready().await;
    let client = reqwest::Client::new();
    let login = format!("{}/api/v1/auth/login", service.base);
    let log_in = |username: String| {
        let (client, login) = (&client, &login);
        async move {
            let body = serde_json::json!({"username": username, "password": ADMIN_PASSWORD});
            let response = client.post(login).json(&body).send().await.unwrap();
            assert_eq!(response.status(), 200);
            response.json::<serde_json::Value>().await.unwrap()
        }
    };
    // Sixteen accounts, each logging in one attempt at a time (the throttle counts attempts
    // in flight), so that sixteen hashes are asked for at once.
    let token = log_in("admin".into()).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut usernames = vec!["admin".to_owned()];
    for i in 1..16 {
        let username = format!("user{i}");
        let created = client
            .post(format!("{}/api/v1/users", service.base))
            .bearer_auth(&token)
            .json(&serde_json::json!({
                "username": username, "display_name": username, "password": ADMIN_PASSWORD
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
        usernames.push(username);
    }
    let idle = resident_kib(service.child.id());
    let streams = usernames.iter().map(|username| async {
        for _ in 0..1000 / 16 {
            log_in(username.clone()).await;
        }
    });
    futures_util::future::join_all(streams).await;
    let after = resident_kib(service.child.id());
    assert!(
        after < idle + 100 * 1024,
        "resident memory grew from {idle} KiB to {after} KiB"
    );
    assert!(service.terminate().await.success());
}

/// A data folder for the local mode that, whatever the test's outcome, is removed with any
/// cluster still running in it.
struct DataDir(std::path::PathBuf);

impl DataDir {
    fn new(what: &str) -> DataDir {
        DataDir(scratch_dir(what))
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        if cluster_is_running(&self.0) {
            let bin = minutebook::db::cluster::find_bin_dir(
                std::env::var_os("PATH").as_deref(),
                Path::new("/usr/lib/postgresql"),
            )
            .unwrap();
            let mut stop = if nix::unistd::geteuid().is_root() {
                let mut runuser = Command::new("runuser");
                runuser
                    .args(["-u", "postgres", "--"])
                    .arg(bin.join("pg_ctl"));
                runuser
            } else {
                Command::new(bin.join("pg_ctl"))
            };
            let _ = stop
                .args(["stop", "-m", "immediate", "-D"])
                .arg(self.0.join("postgres"))
                .output();
        }
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for DataDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

fn local_serve(data_dir: &Path) -> Command {
    let mut command = minutebook();
    command.env("MINUTEBOOK_DATA_DIR", data_dir);
    command
}

/// Closing the terminal sends SIGHUP: the service stops as on SIGTERM, cluster included.
#[tokio::test]
async fn sighup_stops_the_service_and_its_cluster() {
    let data_dir = DataDir::new("sighup");
    let mut service = Service::start(local_serve(&data_dir), free_port());
    service.wait_until_ready().await;
    assert!(cluster_is_running(&data_dir));

    let status = service.signal(Signal::SIGHUP).await;
    assert!(status.success(), "{status}");
    assert!(
        !cluster_is_running(&data_dir),
        "the cluster was left running"
    );
}

/// A cluster left running by a killed process is adopted by the next start, and stopped when
/// that one stops.
#[tokio::test]
async fn a_leftover_cluster_is_adopted_then_stopped() {
    let data_dir = DataDir::new("leftover");
    let mut killed = Service::start(local_serve(&data_dir), free_port());
    killed.wait_until_ready().await;
    let status = killed.signal(Signal::SIGKILL).await;
    assert!(!status.success());
    assert!(cluster_is_running(&data_dir), "the leftover to adopt");

    let mut next = Service::start(local_serve(&data_dir), free_port());
    next.wait_until_ready().await;
    assert!(
        next.stderr().contains("already running"),
        "{}",
        next.stderr()
    );
    assert!(next.terminate().await.success());
    assert!(
        !cluster_is_running(&data_dir),
        "the adopted cluster was left running"
    );
}

/// A one-off command on the folder of a running service leaves the cluster to the service.
#[tokio::test]
async fn a_command_beside_a_running_service_leaves_its_cluster_running() {
    let data_dir = DataDir::new("beside");
    let mut service = Service::start(local_serve(&data_dir), free_port());
    service.wait_until_ready().await;

    let mut migrate = local_serve(&data_dir);
    migrate.arg("migrate");
    let output = run(migrate).await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(cluster_is_running(&data_dir), "migrate stopped the cluster");
    service.wait_until_ready().await;

    assert!(service.terminate().await.success());
    assert!(!cluster_is_running(&data_dir));
}

/// A service killed (SIGKILL) while sending loses no delivery, and sends again at most the
/// ones it had in flight: those come back to the outbox when their lease runs out.
#[tokio::test]
async fn a_service_killed_while_sending_loses_nothing_and_repeats_only_what_was_in_flight() {
    use crate::receiver::{Receiver, Reply};

    let db = fresh_database().await;
    let receiver = Receiver::start().await;
    // Five messages waiting for a unit's robot; the service sends two at a time, and the
    // receiver holds the first two without answering.
    receiver.reply_next([Reply::Hang, Reply::Hang]);
    let mut conn = PgConnection::connect_with(&db).await.unwrap();
    let (unit, hook) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
    sqlx::query("insert into org_units (id, name, kind) values ($1, '机关第一党支部', 'branch')")
        .bind(unit)
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query(
        "insert into webhooks (id, org_unit_id, name, kind, url) values ($1, $2, '群', 'wecom', $3)",
    )
    .bind(hook)
    .bind(unit)
    .bind(format!("{}/send?key=k", receiver.base))
    .execute(&mut conn)
    .await
    .unwrap();
    for n in 1..=5 {
        sqlx::query(
            "insert into deliveries (id, channel, webhook_id, org_unit_id, event, title, body)
             values ($1, 'webhook', $2, $3, 'test', $4, '正文')",
        )
        .bind(uuid::Uuid::now_v7())
        .bind(hook)
        .bind(unit)
        .bind(format!("消息{n}"))
        .execute(&mut conn)
        .await
        .unwrap();
    }

    let mut serve = minutebook();
    serve
        .arg("serve")
        .env("DATABASE_URL", url(&db))
        .env("MINUTEBOOK_JWT_SECRET", TEST_JWT_SECRET)
        .env("MINUTEBOOK_WEBHOOK_ALLOW_PRIVATE", "true")
        .env("MINUTEBOOK_DELIVERY_TIMEOUT", "2")
        .env("MINUTEBOOK_DELIVERY_CONCURRENCY", "2");
    let mut service = Service::start(serve, free_port());
    service.wait_until_ready().await;
    assert_eq!(receiver.wait_for(2, Duration::from_secs(30)).await.len(), 2);
    service.signal(Signal::SIGKILL).await;

    // Another instance takes over: the three never sent at once, the two in flight when
    // their lease (twice the timeout and 5 s) has run out.
    let _next =
        crate::helpers::TestApp::spawn_on(crate::helpers::test_pool(db.clone()).await).await;
    receiver.wait_for(7, Duration::from_secs(30)).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    let delivered = loop {
        let delivered: i64 = sqlx::query_scalar(
            "select count(*) from deliveries where webhook_id = $1 and status = 'delivered'",
        )
        .bind(hook)
        .fetch_one(&mut conn)
        .await
        .unwrap();
        if delivered == 5 || Instant::now() > deadline {
            break delivered;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(delivered, 5, "nothing is lost");
    let mut times: std::collections::BTreeMap<String, usize> = Default::default();
    for request in receiver.received() {
        let content = request.json()["markdown"]["content"]
            .as_str()
            .unwrap()
            .to_owned();
        let title = content.split("**").nth(1).unwrap().to_owned();
        *times.entry(title).or_default() += 1;
    }
    let mut counts: Vec<usize> = times.values().copied().collect();
    counts.sort();
    assert_eq!(times.len(), 5, "{times:?}");
    assert_eq!(
        counts,
        [1, 1, 1, 2, 2],
        "only the two in flight came twice: {times:?}"
    );
}

/// A service killed (SIGKILL) in the middle of an upload leaves no attachment without its
/// file: the row is written only once the file is durable. The one uploaded before stays whole.
#[tokio::test]
async fn a_service_killed_during_an_upload_leaves_no_row_without_its_file() {
    let db = fresh_database().await;
    let data_dir = scratch_dir("killed-upload");
    let storage_url = format!("file://{}", data_dir.join("files").display());
    let mut serve = minutebook();
    serve
        .env("DATABASE_URL", url(&db))
        .env("MINUTEBOOK_JWT_SECRET", TEST_JWT_SECRET)
        .env("MINUTEBOOK_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .env("MINUTEBOOK_STORAGE_URL", &storage_url);
    let mut service = Service::start(serve, free_port());
    service.wait_until_ready().await;
    let client = reqwest::Client::new();
    let api = |path: &str| format!("{}/api/v1{path}", service.base);
    let login: serde_json::Value = client
        .post(api("/auth/login"))
        .json(&serde_json::json!({"username": "admin", "password": ADMIN_PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["access_token"].as_str().unwrap().to_owned();
    let created = |path: &'static str, body: serde_json::Value| {
        let (client, token, url) = (client.clone(), token.clone(), api(path));
        async move {
            let answer: serde_json::Value = client
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            answer["id"].as_str().unwrap().to_owned()
        }
    };
    let unit = created(
        "/org-units",
        serde_json::json!({"name": "机关第一党支部", "kind": "branch"}),
    )
    .await;
    let meeting = created(
        "/meetings",
        serde_json::json!({"org_unit_id": unit, "kind": "committee_meeting",
                           "title": "支委会", "starts_at": "2026-12-01T02:00:00Z"}),
    )
    .await;
    let upload = api(&format!(
        "/meetings/{meeting}/attachments?kind=sign_in_sheet&name=sheet.jpg"
    ));
    let photo = crate::storage::jpeg(1200, 900);
    let first = client
        .post(&upload)
        .bearer_auth(&token)
        .body(photo.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 201);

    // The second upload sends half a picture, then waits; the service dies meanwhile.
    let other = crate::storage::jpeg(1600, 1200);
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(4);
    tx.send(Ok(other[..other.len() / 2].to_vec()))
        .await
        .unwrap();
    let stream = tokio_stream_of(rx);
    let pending = tokio::spawn(
        client
            .post(&upload)
            .bearer_auth(&token)
            .body(reqwest::Body::wrap_stream(stream))
            .send(),
    );
    tokio::time::sleep(Duration::from_millis(800)).await;
    service.signal(Signal::SIGKILL).await;
    assert!(
        pending.await.unwrap().is_err(),
        "the upload cannot have succeeded"
    );
    drop(tx);

    let mut conn = PgConnection::connect_with(&db).await.unwrap();
    let rows: i64 = sqlx::query_scalar("select count(*) from attachments")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(rows, 1, "only the finished upload has a row");
    // Every row has its file, whole: the check passes and the file is the one sent.
    let mut check = minutebook();
    check
        .args(["storage", "check"])
        .env("DATABASE_URL", url(&db))
        .env("MINUTEBOOK_STORAGE_URL", &storage_url);
    let output = run(check).await;
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["missing"], serde_json::json!([]), "{report}");
    let storage = minutebook::storage::Storage::open(Some(&storage_url), &data_dir).unwrap();
    let sha256: String = sqlx::query_scalar("select sha256 from attachments")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    let kept = storage.read(&sha256, photo.len() as u64).await.unwrap();
    assert_eq!(kept, photo);
}

/// The items of a channel as a stream (for a request body sent bit by bit).
fn tokio_stream_of<T: Send + 'static>(
    mut rx: tokio::sync::mpsc::Receiver<T>,
) -> impl futures_util::Stream<Item = T> + Send + 'static {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}
