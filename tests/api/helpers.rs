//! The test harness: a real PostgreSQL (a throwaway cluster, or the server of `DATABASE_URL`),
//! a fresh migrated database per test, and the real HTTP application on a random port.

use std::net::TcpListener;
use std::time::Duration;

use minutebook::config::JwtSecret;
use minutebook::db::cluster::{Durability, LocalCluster};
use minutebook::db::{self, PoolSettings};
use minutebook::export::ExportSlots;
use minutebook::seal::checkpoint::CheckpointKey;
use minutebook::startup::{Application, Settings};
use reqwest::{Method, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use sqlx::postgres::PgConnectOptions;
use sqlx::{AssertSqlSafe, Connection, PgConnection, PgPool};
use tokio::sync::OnceCell;
use uuid::Uuid;

pub const TEST_JWT_SECRET: &str = "test-secret-that-is-at-least-32-bytes-long";
/// Every test instance signs checkpoints with this key, as instances sharing a database share
/// one.
pub const TEST_CHECKPOINT_SEED: [u8; 32] = [7; 32];

/// The server every test database lives on, started once per test binary.
static SERVER: OnceCell<PgConnectOptions> = OnceCell::const_new();

/// A folder under the system temporary directory (short enough for a socket path).
pub fn scratch_dir(what: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("mb-{what}-{}", Uuid::now_v7().simple()))
}

/// Start a throwaway cluster that is stopped and deleted when this test process exits.
pub async fn throwaway_cluster(what: &str) -> LocalCluster {
    let cluster = LocalCluster::start(&scratch_dir(what), Durability::Throwaway)
        .await
        .expect("starting a throwaway PostgreSQL cluster");
    cluster
        .remove_when_process_exits(std::process::id())
        .expect("watching the throwaway cluster");
    cluster
}

/// Options for the server's maintenance database.
async fn server() -> &'static PgConnectOptions {
    SERVER
        .get_or_init(|| async {
            if let Ok(url) = std::env::var("DATABASE_URL") {
                return url
                    .parse::<PgConnectOptions>()
                    .expect("DATABASE_URL parses");
            }
            throwaway_cluster("tests").await.connect_options("postgres")
        })
        .await
}

/// A new, empty database with the migrations applied, for one test.
pub async fn fresh_database() -> PgConnectOptions {
    let server = server().await;
    let name = format!("test_{}", Uuid::now_v7().simple());
    let mut conn = PgConnection::connect_with(&server.clone().database("postgres"))
        .await
        .expect("connecting to the test server");
    sqlx::query(AssertSqlSafe(format!("create database {name}")))
        .execute(&mut conn)
        .await
        .expect("creating a test database");
    conn.close().await.ok();
    let options = server.clone().database(&name);
    let pool = test_pool(options.clone()).await;
    minutebook::MIGRATOR
        .run(&pool)
        .await
        .expect("migrating the test database");
    pool.close().await;
    options
}

pub async fn test_pool(options: PgConnectOptions) -> PgPool {
    let settings = PoolSettings {
        max_connections: 5,
        acquire_timeout: Duration::from_secs(2),
        ..PoolSettings::default()
    };
    db::connect(options, &settings)
        .await
        .expect("connecting the test pool")
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub pool: PgPool,
    /// Where this database's attachments are stored (shared by its instances).
    pub data_dir: std::path::PathBuf,
}

impl TestApp {
    /// The real application on a random port, on a fresh database.
    pub async fn spawn() -> TestApp {
        let db = fresh_database().await;
        TestApp::spawn_on(test_pool(db).await).await
    }

    /// A second instance of the service on the same database, as behind a load balancer.
    pub async fn second_instance(&self) -> TestApp {
        let options = self.pool.connect_options().as_ref().clone();
        TestApp::spawn_on(test_pool(options).await).await
    }

    /// The application on an existing pool (e.g. one whose server a test stops).
    pub async fn spawn_on(pool: PgPool) -> TestApp {
        TestApp::spawn_in(pool, chrono_tz::Asia::Shanghai).await
    }

    /// Another instance on the same database whose calendar is that of `timezone`.
    pub async fn instance_in(&self, timezone: chrono_tz::Tz) -> TestApp {
        let options = self.pool.connect_options().as_ref().clone();
        TestApp::spawn_in(test_pool(options).await, timezone).await
    }

    async fn spawn_in(pool: PgPool, timezone: chrono_tz::Tz) -> TestApp {
        TestApp::spawn_with(pool, timezone, ExportSlots::new(2, Duration::from_secs(30))).await
    }

    /// An instance on the same database that builds minutes in the turns of `exports`.
    pub async fn instance_with_exports(&self, exports: ExportSlots) -> TestApp {
        let options = self.pool.connect_options().as_ref().clone();
        TestApp::spawn_with(test_pool(options).await, chrono_tz::Asia::Shanghai, exports).await
    }

    async fn spawn_with(pool: PgPool, timezone: chrono_tz::Tz, exports: ExportSlots) -> TestApp {
        TestApp::spawn_configured(pool, |settings| {
            settings.timezone = timezone;
            settings.exports = exports;
        })
        .await
    }

    /// An instance on the same database with settings changed by `configure` (CORS origins,
    /// public address, …).
    pub async fn instance_configured(&self, configure: impl FnOnce(&mut Settings)) -> TestApp {
        let options = self.pool.connect_options().as_ref().clone();
        TestApp::spawn_configured(test_pool(options).await, configure).await
    }

    /// The only instance on a fresh database, with settings changed by `configure`.
    pub async fn spawn_with_settings(configure: impl FnOnce(&mut Settings)) -> TestApp {
        let db = fresh_database().await;
        TestApp::spawn_configured(test_pool(db).await, configure).await
    }

    /// The application on an existing pool, with settings changed by `configure`.
    pub async fn spawn_configured(pool: PgPool, configure: impl FnOnce(&mut Settings)) -> TestApp {
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding a random port");
        // Every instance on one database keeps its attachments in one place, as deployed.
        let database = pool
            .connect_options()
            .get_database()
            .unwrap_or("db")
            .to_owned();
        let data_dir = std::env::temp_dir().join(format!("mb-files-{database}"));
        let storage = minutebook::storage::Storage::open(None, &data_dir).expect("opening storage");
        let mut settings = Settings {
            jwt_secret: JwtSecret::parse(TEST_JWT_SECRET).unwrap(),
            workers: Some(1),
            shutdown_timeout: Duration::from_secs(1),
            trust_proxy_headers: false,
            cors_origins: Default::default(),
            public_url: None,
            timezone: chrono_tz::Asia::Shanghai,
            metrics_bind: None,
            exports: ExportSlots::new(2, Duration::from_secs(30)),
            checkpoint_key: CheckpointKey::from_seed(TEST_CHECKPOINT_SEED),
            checkpoint_every: Duration::from_secs(3600),
            // The fixtures have fixed dates, now long past: entering them is not late here.
            // The tests of late entries (补录) set the service's default.
            late_entry_days: 36_500,
            reminder_time: minutebook::domain::notification::DEFAULT_REMINDER_TIME,
            escalate_after_days: minutebook::domain::notification::DEFAULT_ESCALATE_AFTER_DAYS,
            storage,
            attachment_max_bytes: 20 * 1024 * 1024,
            replica: None,
            // The tests' receivers are on this machine; retries come quickly.
            deliveries: minutebook::startup::DeliverySettings {
                allow_private_webhooks: true,
                timeout: Duration::from_secs(3),
                retry_base: Duration::from_millis(100),
                poll_every: Duration::from_millis(50),
                ..Default::default()
            },
        };
        configure(&mut settings);
        let app = Application::build(settings, pool.clone(), listener).expect("building the app");
        let address = format!("http://{}", app.address());
        tokio::spawn(app.run_until_stopped());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        TestApp {
            address,
            client,
            pool,
            data_dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// Any request, with a bearer token when given and a JSON body when given.
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Response {
        self.request_with(method, path, token, body, &[]).await
    }

    /// [`Self::request`] with extra headers (If-Match, Idempotency-Key, …).
    pub async fn request_with(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Response {
        let mut request = self.client.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request")
    }

    pub async fn get_as(&self, token: &str, path: &str) -> Response {
        self.request(Method::GET, path, Some(token), None).await
    }

    pub async fn post_as(&self, token: &str, path: &str, body: &Value) -> Response {
        self.request(Method::POST, path, Some(token), Some(body))
            .await
    }

    pub async fn put_as(&self, token: &str, path: &str, body: &Value) -> Response {
        self.request(Method::PUT, path, Some(token), Some(body))
            .await
    }

    pub async fn patch_as(&self, token: &str, path: &str, body: &Value) -> Response {
        self.request(Method::PATCH, path, Some(token), Some(body))
            .await
    }

    pub async fn delete_as(&self, token: &str, path: &str) -> Response {
        self.request(Method::DELETE, path, Some(token), None).await
    }

    // Authentication

    pub async fn login(&self, username: &str, password: &str) -> Response {
        let body = json!({"username": username, "password": password});
        self.request(Method::POST, "/api/v1/auth/login", None, Some(&body))
            .await
    }

    /// Log in and return the token pair; panics unless the login succeeds.
    pub async fn login_ok(&self, username: &str, password: &str) -> Tokens {
        let response = self.login(username, password).await;
        assert_eq!(response.status(), 200, "login of {username}");
        response.json().await.unwrap()
    }

    pub async fn refresh(&self, refresh_token: &str) -> Response {
        let body = json!({"refresh_token": refresh_token});
        self.request(Method::POST, "/api/v1/auth/refresh", None, Some(&body))
            .await
    }

    pub async fn logout(&self, refresh_token: &str) -> Response {
        let body = json!({"refresh_token": refresh_token});
        self.request(Method::POST, "/api/v1/auth/logout", None, Some(&body))
            .await
    }

    pub async fn me(&self, token: &str) -> Response {
        self.get_as(token, "/api/v1/me").await
    }

    pub async fn change_password(&self, token: &str, current: &str, new: &str) -> Response {
        let body = json!({"current_password": current, "new_password": new});
        self.put_as(token, "/api/v1/me/password", &body).await
    }

    // Organisation and users

    pub async fn create_org_unit(&self, token: &str, body: &Value) -> Response {
        self.post_as(token, "/api/v1/org-units", body).await
    }

    pub async fn list_org_units(&self, token: &str, query: &str) -> Response {
        self.get_as(token, &format!("/api/v1/org-units{query}"))
            .await
    }

    pub async fn get_org_unit(&self, token: &str, id: &str) -> Response {
        self.get_as(token, &format!("/api/v1/org-units/{id}")).await
    }

    pub async fn update_org_unit(&self, token: &str, id: &str, body: &Value) -> Response {
        self.patch_as(token, &format!("/api/v1/org-units/{id}"), body)
            .await
    }

    pub async fn create_user(&self, token: &str, body: &Value) -> Response {
        self.post_as(token, "/api/v1/users", body).await
    }

    pub async fn list_users(&self, token: &str, query: &str) -> Response {
        self.get_as(token, &format!("/api/v1/users{query}")).await
    }

    pub async fn get_user(&self, token: &str, id: &str) -> Response {
        self.get_as(token, &format!("/api/v1/users/{id}")).await
    }

    pub async fn update_user(&self, token: &str, id: &str, body: &Value) -> Response {
        self.patch_as(token, &format!("/api/v1/users/{id}"), body)
            .await
    }

    pub async fn reset_password(&self, token: &str, user: &str) -> Response {
        let path = format!("/api/v1/users/{user}/password-reset");
        self.request(Method::POST, &path, Some(token), None).await
    }

    pub async fn list_members(&self, token: &str, unit: &str) -> Response {
        self.get_as(token, &format!("/api/v1/org-units/{unit}/members"))
            .await
    }

    pub async fn put_member(&self, token: &str, unit: &str, user: &str, role: &str) -> Response {
        let body = json!({"role": role});
        self.put_as(
            token,
            &format!("/api/v1/org-units/{unit}/members/{user}"),
            &body,
        )
        .await
    }

    pub async fn remove_member(&self, token: &str, unit: &str, user: &str) -> Response {
        self.delete_as(token, &format!("/api/v1/org-units/{unit}/members/{user}"))
            .await
    }

    // People, meetings, attendance, speeches, audit

    pub async fn create_person(&self, token: &str, body: &Value) -> Response {
        self.post_as(token, "/api/v1/people", body).await
    }

    pub async fn list_people(&self, token: &str, query: &str) -> Response {
        self.get_as(token, &format!("/api/v1/people{query}")).await
    }

    pub async fn get_person(&self, token: &str, id: &str) -> Response {
        self.get_as(token, &format!("/api/v1/people/{id}")).await
    }

    pub async fn update_person(&self, token: &str, id: &str, etag: &str, body: &Value) -> Response {
        let path = format!("/api/v1/people/{id}");
        self.request_with(
            Method::PATCH,
            &path,
            Some(token),
            Some(body),
            &[("If-Match", etag)],
        )
        .await
    }

    pub async fn delete_person(&self, token: &str, id: &str, etag: &str) -> Response {
        let path = format!("/api/v1/people/{id}");
        self.request_with(
            Method::DELETE,
            &path,
            Some(token),
            None,
            &[("If-Match", etag)],
        )
        .await
    }

    pub async fn create_meeting(&self, token: &str, body: &Value) -> Response {
        self.post_as(token, "/api/v1/meetings", body).await
    }

    pub async fn create_meeting_with_key(&self, token: &str, key: &str, body: &Value) -> Response {
        let headers = [("Idempotency-Key", key)];
        self.request_with(
            Method::POST,
            "/api/v1/meetings",
            Some(token),
            Some(body),
            &headers,
        )
        .await
    }

    pub async fn list_meetings(&self, token: &str, query: &str) -> Response {
        self.get_as(token, &format!("/api/v1/meetings{query}"))
            .await
    }

    pub async fn get_meeting(&self, token: &str, id: &str) -> Response {
        self.get_as(token, &format!("/api/v1/meetings/{id}")).await
    }

    pub async fn update_meeting(
        &self,
        token: &str,
        id: &str,
        etag: &str,
        body: &Value,
    ) -> Response {
        let path = format!("/api/v1/meetings/{id}");
        self.request_with(
            Method::PATCH,
            &path,
            Some(token),
            Some(body),
            &[("If-Match", etag)],
        )
        .await
    }

    pub async fn delete_meeting(&self, token: &str, id: &str, etag: &str) -> Response {
        let path = format!("/api/v1/meetings/{id}");
        self.request_with(
            Method::DELETE,
            &path,
            Some(token),
            None,
            &[("If-Match", etag)],
        )
        .await
    }

    pub async fn finalize_meeting(&self, token: &str, id: &str) -> Response {
        let path = format!("/api/v1/meetings/{id}/finalize");
        self.request(Method::POST, &path, Some(token), None).await
    }

    pub async fn put_attendance(&self, token: &str, meeting: &str, body: &Value) -> Response {
        self.put_as(
            token,
            &format!("/api/v1/meetings/{meeting}/attendance"),
            body,
        )
        .await
    }

    pub async fn get_attendance(&self, token: &str, meeting: &str) -> Response {
        self.get_as(token, &format!("/api/v1/meetings/{meeting}/attendance"))
            .await
    }

    pub async fn create_speech(&self, token: &str, meeting: &str, body: &Value) -> Response {
        self.post_as(token, &format!("/api/v1/meetings/{meeting}/speeches"), body)
            .await
    }

    pub async fn list_speeches(&self, token: &str, meeting: &str) -> Response {
        self.get_as(token, &format!("/api/v1/meetings/{meeting}/speeches"))
            .await
    }

    pub async fn list_speakers(&self, token: &str, meeting: &str) -> Response {
        self.get_as(token, &format!("/api/v1/meetings/{meeting}/speakers"))
            .await
    }

    pub async fn get_speech(&self, token: &str, id: &str) -> Response {
        self.get_as(token, &format!("/api/v1/speeches/{id}")).await
    }

    pub async fn update_speech(&self, token: &str, id: &str, etag: &str, body: &Value) -> Response {
        let path = format!("/api/v1/speeches/{id}");
        self.request_with(
            Method::PATCH,
            &path,
            Some(token),
            Some(body),
            &[("If-Match", etag)],
        )
        .await
    }

    pub async fn delete_speech(&self, token: &str, id: &str, etag: &str) -> Response {
        let path = format!("/api/v1/speeches/{id}");
        self.request_with(
            Method::DELETE,
            &path,
            Some(token),
            None,
            &[("If-Match", etag)],
        )
        .await
    }

    pub async fn audit_events(&self, token: &str, query: &str) -> Response {
        self.get_as(token, &format!("/api/v1/audit-events{query}"))
            .await
    }

    // Rectification items and reports

    pub async fn create_item(&self, token: &str, body: &Value) -> Response {
        self.post_as(token, "/api/v1/rectification-items", body)
            .await
    }

    pub async fn list_items(&self, token: &str, query: &str) -> Response {
        self.get_as(token, &format!("/api/v1/rectification-items{query}"))
            .await
    }

    pub async fn get_item(&self, token: &str, id: &str) -> Response {
        self.get_as(token, &format!("/api/v1/rectification-items/{id}"))
            .await
    }

    pub async fn update_item(&self, token: &str, id: &str, etag: &str, body: &Value) -> Response {
        let path = format!("/api/v1/rectification-items/{id}");
        self.request_with(
            Method::PATCH,
            &path,
            Some(token),
            Some(body),
            &[("If-Match", etag)],
        )
        .await
    }

    pub async fn add_item_update(&self, token: &str, id: &str, body: &Value) -> Response {
        self.post_as(
            token,
            &format!("/api/v1/rectification-items/{id}/updates"),
            body,
        )
        .await
    }

    pub async fn list_item_updates(&self, token: &str, id: &str) -> Response {
        self.get_as(token, &format!("/api/v1/rectification-items/{id}/updates"))
            .await
    }

    pub async fn submit_item(&self, token: &str, id: &str) -> Response {
        let path = format!("/api/v1/rectification-items/{id}/submit");
        self.request(Method::POST, &path, Some(token), None).await
    }

    pub async fn verify_item(&self, token: &str, id: &str, note: &str) -> Response {
        let path = format!("/api/v1/rectification-items/{id}/verify");
        self.post_as(token, &path, &json!({"note": note})).await
    }

    pub async fn return_item(&self, token: &str, id: &str, note: &str) -> Response {
        let path = format!("/api/v1/rectification-items/{id}/return");
        self.post_as(token, &path, &json!({"note": note})).await
    }

    pub async fn carry_over(&self, token: &str, meeting: &str) -> Response {
        self.get_as(token, &format!("/api/v1/meetings/{meeting}/carry-over"))
            .await
    }

    pub async fn rectification_report(&self, token: &str, unit: &str) -> Response {
        self.get_as(
            token,
            &format!("/api/v1/reports/rectification?org_unit_id={unit}"),
        )
        .await
    }

    pub async fn criticism_matrix(&self, token: &str, meeting: &str) -> Response {
        self.get_as(
            token,
            &format!("/api/v1/meetings/{meeting}/criticism-matrix"),
        )
        .await
    }

    pub async fn meeting_compliance(&self, token: &str, unit: &str, year: i32) -> Response {
        let query = format!("?org_unit_id={unit}&year={year}");
        self.get_as(token, &format!("/api/v1/reports/meeting-compliance{query}"))
            .await
    }

    pub async fn put_meeting_rule(&self, token: &str, kind: &str, body: &Value) -> Response {
        self.put_as(token, &format!("/api/v1/meeting-rules/{kind}"), body)
            .await
    }

    pub async fn minutes_md(&self, token: &str, meeting: &str) -> Response {
        self.get_as(token, &format!("/api/v1/meetings/{meeting}/minutes.md"))
            .await
    }

    pub async fn search(&self, token: &str, query: &str) -> Response {
        self.get_as(token, &format!("/api/v1/search{query}")).await
    }

    /// Every row of every table of the service, to show that a refused request changed nothing.
    pub async fn snapshot(&self) -> Value {
        // The sealer's tables change in the background at its own pace (every few seconds),
        // whatever a request did.
        let tables: Vec<String> = sqlx::query_scalar(
            "select table_name::text from information_schema.tables
             where table_schema = 'public' and table_type = 'BASE TABLE'
               and table_name not like '\\_sqlx%'
               and table_name not in ('audit_seals', 'audit_chain_head', 'audit_checkpoints')
             order by 1",
        )
        .fetch_all(&self.pool)
        .await
        .unwrap();
        let mut all = serde_json::Map::new();
        for table in tables {
            let rows: Value = sqlx::query_scalar(AssertSqlSafe(format!(
                "select coalesce(jsonb_agg(t order by t::text), '[]') from {table} t"
            )))
            .fetch_one(&self.pool)
            .await
            .unwrap();
            all.insert(table, rows);
        }
        Value::Object(all)
    }

    pub async fn health_live(&self) -> Response {
        self.get("/health/live").await
    }

    pub async fn health_ready(&self) -> Response {
        self.get("/health/ready").await
    }

    pub async fn metrics(&self) -> String {
        self.get("/metrics").await.text().await.unwrap()
    }

    pub async fn openapi(&self) -> serde_json::Value {
        self.get("/api-docs/openapi.json")
            .await
            .json()
            .await
            .unwrap()
    }
}

/// Assert `response` is an RFC 9457 problem with `status`; returns its body.
pub async fn assert_problem(response: Response, status: u16) -> serde_json::Value {
    assert_eq!(
        response.status().as_u16(),
        status,
        "status of {}",
        response.url()
    );
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    assert_eq!(content_type.as_deref(), Some("application/problem+json"));
    let body: serde_json::Value = response.json().await.expect("a JSON problem body");
    assert_eq!(body["status"], status);
    assert!(body["title"].is_string(), "{body}");
    assert!(body["type"].is_string(), "{body}");
    body
}

#[derive(Debug, Clone, Deserialize)]
pub struct Tokens {
    pub access_token: String,
    pub refresh_token: String,
    pub token_type: String,
    pub expires_in: i64,
}

/// The response's JSON body, after checking its status.
pub async fn json_of(response: Response, status: u16) -> Value {
    let url = response.url().clone();
    let actual = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    assert_eq!(actual, status, "{url}: {body}");
    body
}

pub fn id_of(body: &Value) -> String {
    body["id"].as_str().expect("an id").to_owned()
}

/// The `ETag` header of a response.
pub fn etag_of(response: &Response) -> String {
    response.headers()["etag"].to_str().unwrap().to_owned()
}

/// The sample speech: a leader's comments at a branch's organizational life meeting.
pub const SAMPLE_SPEECH: &str = include_str!("../fixtures/speech-branch-life-meeting.txt");
