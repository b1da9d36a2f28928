//! The test harness: a real PostgreSQL (a throwaway cluster, or the server of `DATABASE_URL`),
//! a fresh migrated database per test, and the real HTTP application on a random port.

use std::net::TcpListener;
use std::time::Duration;

use minutebook::config::JwtSecret;
use minutebook::db::cluster::{Durability, LocalCluster};
use minutebook::db::{self, PoolSettings};
use minutebook::startup::{Application, Settings};
use reqwest::Response;
use sqlx::postgres::PgConnectOptions;
use sqlx::{AssertSqlSafe, Connection, PgConnection, PgPool};
use tokio::sync::OnceCell;
use uuid::Uuid;

pub const TEST_JWT_SECRET: &str = "test-secret-that-is-at-least-32-bytes-long";

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
}

impl TestApp {
    /// The real application on a random port, on a fresh database.
    pub async fn spawn() -> TestApp {
        let db = fresh_database().await;
        TestApp::spawn_on(test_pool(db).await).await
    }

    /// The application on an existing pool (e.g. one whose server a test stops).
    pub async fn spawn_on(pool: PgPool) -> TestApp {
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding a random port");
        let settings = Settings {
            jwt_secret: JwtSecret::parse(TEST_JWT_SECRET).unwrap(),
            workers: Some(1),
            shutdown_timeout: Duration::from_secs(1),
            trust_proxy_headers: false,
        };
        let app = Application::build(settings, pool, listener).expect("building the app");
        let address = format!("http://{}", app.address());
        tokio::spawn(app.run_until_stopped());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        TestApp { address, client }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.expect("GET")
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
