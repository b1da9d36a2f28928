use std::time::{Duration, Instant};

use minutebook::db::cluster::{Durability, LocalCluster};

use crate::helpers::{TestApp, assert_problem, test_pool, throwaway_cluster};

#[tokio::test]
async fn live_answers_ok() {
    let app = TestApp::spawn().await;
    let response = app.health_live().await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"status": "ok"}));
}

#[tokio::test]
async fn ready_answers_ok_when_the_database_answers() {
    let app = TestApp::spawn().await;
    assert_eq!(app.health_ready().await.status(), 200);
}

#[tokio::test]
async fn every_response_carries_a_distinct_request_id() {
    let app = TestApp::spawn().await;
    let ok = app.health_live().await;
    let missing = app.get("/no/such/route").await;
    let ids: Vec<String> = [&ok, &missing]
        .iter()
        .map(|r| {
            r.headers()
                .get("x-request-id")
                .expect("x-request-id on every response")
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    for id in &ids {
        uuid::Uuid::parse_str(id).expect("the request id is a UUID");
    }
    assert_ne!(ids[0], ids[1]);
}

#[tokio::test]
async fn ready_follows_the_database_down_and_back_up() {
    let cluster = throwaway_cluster("ready").await;
    let dir = cluster.dir().to_path_buf();
    let options = cluster.connect_options("postgres");
    let app = TestApp::spawn_on(test_pool(options).await).await;
    assert_eq!(app.health_ready().await.status(), 200);

    cluster.stop().await.expect("stopping the database");
    let down = app.health_ready().await;
    assert_eq!(down.headers().get("retry-after").unwrap(), "5");
    let body = assert_problem(down, 503).await;
    assert!(
        body["detail"].as_str().unwrap().contains("database"),
        "{body}"
    );
    // The process itself is still alive.
    assert_eq!(app.health_live().await.status(), 200);

    let restarted = LocalCluster::start(&dir, Durability::Throwaway)
        .await
        .expect("restarting the database");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let status = app.health_ready().await.status();
        if status == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "still {status} after the database came back"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    restarted.stop().await.unwrap();
}

#[tokio::test]
async fn metrics_count_requests_per_route_pattern() {
    let app = TestApp::spawn().await;
    for _ in 0..3 {
        app.health_live().await;
    }
    app.get("/no/such/route").await;
    let text = app.metrics().await;
    let live_count = text
        .lines()
        .find(|l| {
            l.starts_with("minutebook_http_requests_total{")
                && l.contains("endpoint=\"/health/live\"")
                && l.contains("status=\"200\"")
        })
        .unwrap_or_else(|| panic!("no counter for /health/live in\n{text}"));
    assert!(live_count.ends_with(" 3"), "{live_count}");
    assert!(text.contains("minutebook_http_requests_duration_seconds_bucket{"));
    // Unknown paths share one label instead of one series each.
    assert!(text.contains("endpoint=\"UNMATCHED\""), "{text}");
    assert!(!text.contains("/no/such/route"));
}

/// Log lines of the `log` crate at WARN and above from `actix_web_prom`, for this whole test
/// binary from the first call on.
fn metrics_middleware_warnings() -> &'static std::sync::Mutex<Vec<u8>> {
    static LINES: std::sync::OnceLock<&'static std::sync::Mutex<Vec<u8>>> =
        std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        let lines: &'static std::sync::Mutex<Vec<u8>> =
            Box::leak(Box::new(std::sync::Mutex::new(Vec::new())));
        struct Sink(&'static std::sync::Mutex<Vec<u8>>);
        impl std::io::Write for Sink {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        // Also installs the bridge from the `log` crate, which actix-web-prom logs through.
        tracing_subscriber::fmt()
            .with_env_filter("off,actix_web_prom=warn")
            .with_writer(move || Sink(lines))
            .with_ansi(false)
            .try_init()
            .expect("no other global logger in the test binary");
        lines
    })
}

/// Each documentation asset once logged a WARN from the metrics middleware (it could not make
/// a label of the Swagger UI's regex route); the API's own requests are still counted.
#[tokio::test]
async fn documentation_assets_log_no_metrics_warnings() {
    let warnings = metrics_middleware_warnings();
    let app = TestApp::spawn().await;
    for asset in [
        "/docs/",
        "/docs/swagger-ui.css",
        "/docs/swagger-initializer.js",
    ] {
        assert_eq!(app.get(asset).await.status(), 200, "{asset}");
    }
    app.health_live().await;
    let logged = String::from_utf8_lossy(&warnings.lock().unwrap()).into_owned();
    assert!(!logged.contains("/docs/"), "{logged}");
    let text = app.metrics().await;
    assert!(text.contains("endpoint=\"/health/live\""), "{text}");
    // Static assets are not worth a series each.
    assert!(!text.contains("endpoint=\"/docs"), "{text}");
}

#[tokio::test]
async fn metrics_can_have_an_address_of_their_own() {
    let pool = crate::helpers::test_pool(crate::helpers::fresh_database().await).await;
    let settings = minutebook::startup::Settings {
        jwt_secret: minutebook::config::JwtSecret::parse(crate::helpers::TEST_JWT_SECRET).unwrap(),
        workers: Some(1),
        shutdown_timeout: Duration::from_secs(1),
        trust_proxy_headers: false,
        cors_origins: Default::default(),
        public_url: None,
        timezone: chrono_tz::Asia::Shanghai,
        metrics_bind: Some("127.0.0.1:0".parse().unwrap()),
        exports: minutebook::export::ExportSlots::new(2, Duration::from_secs(30)),
        checkpoint_key: minutebook::seal::checkpoint::CheckpointKey::from_seed(
            crate::helpers::TEST_CHECKPOINT_SEED,
        ),
        checkpoint_every: Duration::from_secs(3600),
        late_entry_days: 7,
        reminder_time: minutebook::domain::notification::DEFAULT_REMINDER_TIME,
        escalate_after_days: minutebook::domain::notification::DEFAULT_ESCALATE_AFTER_DAYS,
        deliveries: Default::default(),
        storage: minutebook::storage::Storage::open(None, &crate::helpers::scratch_dir("health"))
            .unwrap(),
        attachment_max_bytes: 1024,
        replica: None,
    };
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let app = minutebook::startup::Application::build(settings, pool, listener).unwrap();
    let api = format!("http://{}", app.address());
    let metrics = format!("http://{}/metrics", app.metrics_address().unwrap());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    let live = client
        .get(format!("{api}/health/live"))
        .send()
        .await
        .unwrap();
    assert_eq!(live.status(), 200);
    let public = client.get(format!("{api}/metrics")).send().await.unwrap();
    assert_eq!(public.status(), 404, "the API address still serves metrics");
    let private = client.get(&metrics).send().await.unwrap();
    assert_eq!(private.status(), 200);
    let text = private.text().await.unwrap();
    assert!(text.contains("endpoint=\"/health/live\""), "{text}");
}

#[tokio::test]
async fn every_answer_carries_the_protective_headers() {
    let app = TestApp::spawn().await;
    let w = crate::world::World::build(&app).await;
    let header = |r: &reqwest::Response, name: &str| {
        r.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    for response in [
        app.get("/health/live").await,
        app.get("/no/such/route").await,
        app.me(&w.member_a.token).await,
        app.get("/docs/").await,
    ] {
        assert_eq!(
            header(&response, "x-content-type-options").as_deref(),
            Some("nosniff")
        );
        assert_eq!(
            header(&response, "x-frame-options").as_deref(),
            Some("DENY")
        );
    }
    // Answers to a credential are not for caches; public ones may be.
    let me = app.me(&w.member_a.token).await;
    assert_eq!(header(&me, "cache-control").as_deref(), Some("no-store"));
    let denied = app.me("not-a-token").await;
    assert_eq!(
        header(&denied, "cache-control").as_deref(),
        Some("no-store")
    );
    let live = app.get("/health/live").await;
    assert_eq!(header(&live, "cache-control"), None);
}

/// After PostgreSQL restarts, every pooled connection is dead. None of that reaches a user as
/// a 500: reads retry once on a fresh connection, and the pool drops the old ones.
#[tokio::test]
async fn a_database_restart_costs_no_request() {
    let cluster = throwaway_cluster("restart").await;
    let dir = cluster.dir().to_path_buf();
    let options = cluster.connect_options("postgres");
    let pool = test_pool(options.clone()).await;
    minutebook::MIGRATOR.run(&pool).await.unwrap();
    let app = TestApp::spawn_on(pool).await;
    let w = crate::world::World::build(&app).await;
    // Fill the pool with connections.
    let warm = (0..10).map(|_| app.me(&w.member_a.token));
    for response in futures_util::future::join_all(warm).await {
        assert_eq!(response.status(), 200);
    }

    cluster.stop().await.expect("stopping the database");
    let down = app.me(&w.member_a.token).await;
    assert_eq!(down.headers().get("retry-after").unwrap(), "5");
    assert_problem(down, 503).await;
    let restarted = LocalCluster::start(&dir, Durability::Throwaway)
        .await
        .expect("restarting the database");

    for _ in 0..12 {
        let response = app.me(&w.member_a.token).await;
        assert_eq!(response.status(), 200, "{:?}", response.text().await);
    }
    let list = app.get_as(&w.secretary_a.token, "/api/v1/meetings").await;
    assert_eq!(list.status(), 200);
    restarted.stop().await.unwrap();
}

/// A statement that runs out of time is the database being slow, not a bug: 503.
#[tokio::test]
async fn a_statement_timeout_is_unavailable() {
    let options = crate::helpers::fresh_database().await;
    let settings = minutebook::db::PoolSettings {
        max_connections: 3,
        statement_timeout: Duration::from_millis(300),
        ..Default::default()
    };
    let pool = minutebook::db::connect(options.clone(), &settings)
        .await
        .unwrap();
    let app = TestApp::spawn_on(pool).await;
    let w = crate::world::World::build(&app).await;
    // Another session holds the users table, so reading the caller waits.
    let mut blocker = sqlx::PgConnection::connect_with(&options).await.unwrap();
    use sqlx::Connection;
    let mut tx = blocker.begin().await.unwrap();
    sqlx::query("lock table users in access exclusive mode")
        .execute(&mut *tx)
        .await
        .unwrap();
    let response = app.me(&w.member_a.token).await;
    assert_eq!(response.headers().get("retry-after").unwrap(), "5");
    assert_problem(response, 503).await;
    tx.rollback().await.unwrap();
    assert_eq!(app.me(&w.member_a.token).await.status(), 200);
}
