//! Building the HTTP application from a listener, so tests can bind port 0.

use std::net::{SocketAddr, TcpListener};
use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::{ErrorHandlers, Next, from_fn};
use actix_web::{App, HttpMessage, HttpResponse, HttpServer, web};
use actix_web_prom::PrometheusMetricsBuilder;
use anyhow::Context;
use prometheus::Registry;
use sqlx::PgPool;
use tracing_actix_web::{RequestId, TracingLogger};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::jwt::Keys;
use crate::config::JwtSecret;
use crate::error;
use crate::export::ExportSlots;

/// What handlers share.
pub struct AppState {
    pub pool: PgPool,
    pub jwt: Keys,
    /// Take the client address from `Forwarded`/`X-Forwarded-For` (only behind a proxy that
    /// sets them); otherwise the peer address.
    pub trust_proxy_headers: bool,
    /// The calendar that decides "today".
    pub timezone: chrono_tz::Tz,
    /// Turns to build minutes documents.
    pub exports: ExportSlots,
}

impl AppState {
    /// Today's date in the service's time zone.
    pub fn today(&self) -> chrono::NaiveDate {
        chrono::Utc::now()
            .with_timezone(&self.timezone)
            .date_naive()
    }
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub jwt_secret: JwtSecret,
    /// HTTP worker threads; `None`: one per CPU core.
    pub workers: Option<usize>,
    /// How long in-flight requests get on SIGTERM/SIGINT.
    pub shutdown_timeout: Duration,
    pub trust_proxy_headers: bool,
    pub timezone: chrono_tz::Tz,
    /// How many minutes documents are built at once, and how long a request waits for a turn.
    pub exports: ExportSlots,
}

pub struct Application {
    server: Server,
    address: SocketAddr,
    pool: PgPool,
}

/// How often expired idempotency keys and stale login counts are deleted.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(600);

/// Delete what has outlived its use; any instance may do it, and doing it twice is harmless.
async fn housekeeping(pool: PgPool) {
    let mut ticks = tokio::time::interval(HOUSEKEEPING_EVERY);
    loop {
        ticks.tick().await;
        let keys = crate::routes::versioning::forget_old_keys(&pool).await;
        let logins = crate::auth::throttle::forget_stale(&pool).await;
        match (keys, logins) {
            (Ok(keys), Ok(logins)) => {
                tracing::debug!(keys, logins, "housekeeping deleted expired rows")
            }
            (Err(e), _) | (_, Err(e)) => tracing::warn!(error = %e, "housekeeping failed"),
        }
    }
}

pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

impl Application {
    pub fn build(settings: Settings, pool: PgPool, listener: TcpListener) -> anyhow::Result<Self> {
        let address = listener.local_addr()?;
        let state = web::Data::new(AppState {
            pool: pool.clone(),
            jwt: Keys::new(&settings.jwt_secret),
            trust_proxy_headers: settings.trust_proxy_headers,
            timezone: settings.timezone,
            exports: settings.exports.clone(),
        });
        let registry = Registry::new();
        let metrics = PrometheusMetricsBuilder::new("minutebook")
            .registry(registry.clone())
            // Unknown paths share one label, so scanners cannot blow up the series count.
            .mask_unmatched_patterns("UNMATCHED")
            // Static documentation assets are not worth a series each.
            .exclude_regex("^/docs/")
            .build()
            .map_err(|e| anyhow::anyhow!("setting up metrics: {e}"))?;
        let registry = web::Data::new(registry);
        let document = crate::openapi::document();

        let mut server = HttpServer::new(move || {
            App::new()
                .into_utoipa_app()
                .configure(crate::routes::configure)
                .into_app()
                .app_data(state.clone())
                .app_data(registry.clone())
                .configure(error::configure_extractors)
                .service(
                    SwaggerUi::new("/docs/{_:.*}").url("/api-docs/openapi.json", document.clone()),
                )
                .route("/docs", web::get().to(docs_redirect))
                .default_service(web::to(error::route_not_found))
                .wrap(ErrorHandlers::new().default_handler(error::problem_for_bare_errors))
                .wrap(from_fn(request_id_header))
                .wrap(metrics.clone())
                .wrap(TracingLogger::default())
        })
        .shutdown_timeout(settings.shutdown_timeout.as_secs())
        .listen(listener)
        .context("starting the HTTP server")?;
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        Ok(Application {
            server: server.run(),
            address,
            pool,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Serve until SIGTERM or SIGINT, then finish in-flight requests and return.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let housekeeping = tokio::spawn(housekeeping(self.pool));
        let result = self.server.await;
        housekeeping.abort();
        result
    }
}

/// The Swagger UI lives under `/docs/`; a bare `/docs` would otherwise be a 404.
async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header(("Location", "/docs/"))
        .finish()
}

/// Echo the request id that `TracingLogger` put in every log line of this request, so a
/// client can quote it.
async fn request_id_header(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> actix_web::Result<ServiceResponse<impl MessageBody>> {
    let id = req.extensions().get::<RequestId>().copied();
    let mut res = next.call(req).await?;
    if let Some(value) = id.and_then(|id| HeaderValue::from_str(&id.to_string()).ok()) {
        res.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    Ok(res)
}
