//! Building the HTTP application from a listener, so tests can bind port 0.

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::time::Duration;

use actix_cors::Cors;
use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServerHandle, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::{Condition, ErrorHandlers, Next, from_fn};
use actix_web::{App, HttpMessage, HttpResponse, HttpServer, web};
use actix_web_prom::PrometheusMetricsBuilder;
use anyhow::Context;
use prometheus::Registry;
use sqlx::PgPool;
use tokio::signal::unix::{Signal, SignalKind, signal};
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder, TracingLogger};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::auth::accounts::AccountCache;
use crate::auth::jwt::Keys;
use crate::config::{CorsOrigins, JwtSecret, PublicUrl};
use crate::db::replica::ReadPools;
use crate::domain::late_entry::LateEntries;
use crate::domain::notification::{DEFAULT_DUE_SOON_DAYS, ReminderDays};
use crate::error;
use crate::export::ExportSlots;
use crate::notify::Outbox;
use crate::notify::dispatch::Dispatcher;
use crate::notify::reminders::ReminderRules;
use crate::seal::checkpoint::CheckpointKey;
use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct Settings {
    pub jwt_secret: JwtSecret,
    /// HTTP worker threads; `None`: one per CPU core.
    pub workers: Option<usize>,
    /// How long in-flight requests get on SIGTERM/SIGINT/SIGHUP.
    pub shutdown_timeout: Duration,
    pub trust_proxy_headers: bool,
    /// Origins allowed to call from a browser; empty: no CORS at all.
    pub cors_origins: CorsOrigins,
    /// The base of absolute addresses handed out; `None`: each request's own.
    pub public_url: Option<PublicUrl>,
    pub timezone: chrono_tz::Tz,
    /// Serve `/metrics` here, and only here; `None`: on the API's own address.
    pub metrics_bind: Option<SocketAddr>,
    /// How many minutes documents are built at once, and how long a request waits for a turn.
    pub exports: ExportSlots,
    /// Signs the audit trail's checkpoints.
    pub checkpoint_key: CheckpointKey,
    /// How often a checkpoint is signed (when the chain has grown).
    pub checkpoint_every: Duration,
    /// Days after a meeting's end from which an entry is shown as late (补录).
    pub late_entry_days: u32,
    /// The local time the day's reminders go out at.
    pub reminder_time: chrono::NaiveTime,
    /// Days past its due date an unverified rectification item escalates.
    pub escalate_after_days: u32,
    /// How notifications leave by webhook and email.
    pub deliveries: DeliverySettings,
    /// Where attachments' files are kept.
    pub storage: crate::storage::Storage,
    /// The largest attachment taken, in bytes.
    pub attachment_max_bytes: u64,
    /// The read replica search, reports, ledgers and minutes read from; `None`: the primary.
    pub replica: Option<crate::db::replica::Replica>,
}

/// How notifications leave the service by webhook (and email).
#[derive(Debug, Clone)]
pub struct DeliverySettings {
    /// Webhooks may point at loopback, private and link-local addresses (an intranet).
    pub allow_private_webhooks: bool,
    /// How long one attempt may take.
    pub timeout: Duration,
    /// The wait after a first failed attempt; it doubles with each further one.
    pub retry_base: Duration,
    /// How long a delivery is retried before it is marked failed.
    pub give_up_after: Duration,
    /// Deliveries one instance sends at once.
    pub concurrency: usize,
    /// How often an instance looks for due deliveries when it found none.
    pub poll_every: Duration,
    /// Sends notifications by email (`MINUTEBOOK_SMTP_URL`); none: no email.
    pub mailer: Option<crate::mail::Mailer>,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        DeliverySettings {
            allow_private_webhooks: false,
            timeout: Duration::from_secs(10),
            retry_base: Duration::from_secs(30),
            give_up_after: Duration::from_secs(24 * 3600),
            concurrency: 8,
            poll_every: crate::jobs::deliveries::POLL_EVERY,
            mailer: None,
        }
    }
}

pub struct Application {
    server: Server,
    address: SocketAddr,
    /// The separate metrics server and its address, when one is configured.
    metrics: Option<(Server, SocketAddr)>,
    pool: PgPool,
    checkpoint_key: CheckpointKey,
    checkpoint_every: Duration,
    reminders: ReminderRules,
    dispatcher: Arc<Dispatcher>,
    delivery_slots: usize,
    delivery_poll: Duration,
    accounts: Arc<AccountCache>,
}

/// The request's span: tracing-actix-web's, with `db` (`replica` or `primary`) filled in by a
/// read that may come from the read replica (`db::replica`).
struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> tracing::Span {
        tracing_actix_web::root_span!(request, db = tracing::field::Empty)
    }

    fn on_request_end<B: MessageBody>(
        span: tracing::Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

impl Application {
    pub fn build(settings: Settings, pool: PgPool, listener: TcpListener) -> anyhow::Result<Self> {
        let address = listener.local_addr()?;
        let outbox = Outbox {
            timezone: settings.timezone,
            email: settings.deliveries.mailer.is_some(),
        };
        let deliveries = &settings.deliveries;
        let dispatcher = Arc::new(Dispatcher {
            allow_private: deliveries.allow_private_webhooks,
            timeout: deliveries.timeout,
            retry_base: deliveries.retry_base,
            give_up_after: deliveries.give_up_after,
            links: settings.public_url.clone(),
            mailer: deliveries.mailer.clone(),
            test_turns: Arc::new(tokio::sync::Semaphore::new(
                crate::notify::dispatch::TEST_TURNS,
            )),
        });
        let accounts = Arc::new(AccountCache::default());
        let reads = ReadPools::new(pool.clone(), settings.replica.clone());
        let reads_metric = reads.metric();
        let state = web::Data::new(AppState {
            read_pools: reads,
            accounts: accounts.clone(),
            storage: settings.storage.clone(),
            attachment_limit: settings.attachment_max_bytes,
            upload_turns: Arc::new(tokio::sync::Semaphore::new(
                crate::routes::attachments::UPLOAD_TURNS,
            )),
            thumbnail_turns: Arc::new(tokio::sync::Semaphore::new(
                crate::routes::attachments::THUMBNAIL_TURNS,
            )),
            outbox,
            dispatcher: dispatcher.clone(),
            pool: pool.clone(),
            jwt: Keys::new(&settings.jwt_secret),
            trust_proxy_headers: settings.trust_proxy_headers,
            public_url: settings.public_url.clone(),
            timezone: settings.timezone,
            exports: settings.exports.clone(),
            checkpoint_key: settings.checkpoint_key.clone(),
            late_entries: LateEntries {
                grace_days: settings.late_entry_days,
                timezone: settings.timezone,
            },
        });
        let registry = Registry::new();
        registry
            .register(Box::new(reads_metric))
            .context("registering the reads metric")?;
        let metrics = PrometheusMetricsBuilder::new("minutebook")
            .registry(registry.clone())
            // Unknown paths share one label, so scanners cannot blow up the series count.
            .mask_unmatched_patterns("UNMATCHED")
            // Static documentation assets are not worth a series each.
            .exclude_regex("^/docs/")
            .build()
            .map_err(|e| anyhow::anyhow!("setting up metrics: {e}"))?;
        let registry = web::Data::new(registry);
        let metrics_server = settings
            .metrics_bind
            .map(|bind| metrics_server(bind, registry.clone()))
            .transpose()?;
        // With a metrics address, the API's own `/metrics` has no registry and answers 404.
        let api_registry = metrics_server.is_none().then(|| registry.clone());
        let document = crate::openapi::document();
        // What a refused field must be is said from the document (`edge::Contract`).
        let contract = web::Data::new(crate::edge::Contract::new(&document));
        // The document is served as bytes made once: as a struct it is several megabytes,
        // which each worker would otherwise hold (and serialize on every request).
        let document = web::Bytes::from(serde_json::to_vec(&document)?);
        let cors_origins = settings.cors_origins.clone();

        let mut server = HttpServer::new(move || {
            App::new()
                .into_utoipa_app()
                .configure(crate::routes::configure)
                .into_app()
                .app_data(state.clone())
                .configure(|cfg| {
                    if let Some(registry) = api_registry.clone() {
                        cfg.app_data(registry);
                    }
                })
                .configure(error::configure_extractors)
                .configure(crate::edge::configure)
                .app_data(contract.clone())
                // A tail segment, not a `{_:.*}` regex: the metrics middleware cannot turn a
                // regex pattern into its label and would warn on every asset.
                .service(SwaggerUi::new("/docs/{tail}*").config(Config::new([OPENAPI_DOCUMENT])))
                .route(OPENAPI_DOCUMENT, web::get().to(serve_document))
                .app_data(web::Data::new(OpenApiJson(document.clone())))
                .route("/docs", web::get().to(docs_redirect))
                .configure(crate::webapp::configure)
                .default_service(web::to(route_not_found))
                .wrap(from_fn(crate::edge::refuse_nul_in_url))
                .wrap(from_fn(crate::edge::head_as_get))
                // Inside the error handlers, so errors (even a middleware's) carry CORS headers
                // too, and inside the protective headers, so preflight answers carry those.
                .wrap(Condition::new(
                    !cors_origins.is_empty(),
                    cors(&cors_origins),
                ))
                .wrap(from_fn(crate::edge::protective_headers))
                .wrap(ErrorHandlers::new().default_handler(error::problem_for_bare_errors))
                .wrap(from_fn(request_id_header))
                .wrap(metrics.clone())
                .wrap(TracingLogger::<RequestSpan>::new())
        })
        .shutdown_timeout(settings.shutdown_timeout.as_secs())
        // The service listens for the stop signals itself (`StopSignals`): actix knows no
        // SIGHUP, which would otherwise kill the process and leave the local cluster running.
        .disable_signals()
        .listen(listener)
        .context("starting the HTTP server")?;
        if let Some(workers) = settings.workers {
            server = server.workers(workers);
        }
        Ok(Application {
            server: server.run(),
            address,
            metrics: metrics_server,
            pool,
            checkpoint_key: settings.checkpoint_key,
            checkpoint_every: settings.checkpoint_every,
            reminders: ReminderRules {
                at: settings.reminder_time,
                days: ReminderDays {
                    due_soon: DEFAULT_DUE_SOON_DAYS,
                    escalate_after: settings.escalate_after_days,
                },
                outbox,
            },
            dispatcher,
            delivery_slots: settings.deliveries.concurrency,
            delivery_poll: settings.deliveries.poll_every,
            accounts,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Where `/metrics` is served when it has its own address.
    pub fn metrics_address(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().map(|(_, address)| *address)
    }

    /// Stop serving on the first of `signals`, giving in-flight requests the shutdown
    /// timeout; `run_until_stopped` then returns.
    pub fn stop_on(&self, signals: StopSignals) {
        tokio::spawn(signals.stop_on_first(self.server.handle()));
    }

    /// Serve until stopped (see `stop_on`), then finish in-flight requests and return.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let listening = tokio::spawn(crate::jobs::accounts::run(self.pool.clone(), self.accounts));
        let housekeeping = tokio::spawn(crate::jobs::housekeeping::run(self.pool.clone()));
        let reminders = tokio::spawn(crate::jobs::reminders::run(
            self.pool.clone(),
            self.reminders,
        ));
        let deliveries = tokio::spawn(crate::jobs::deliveries::run(
            self.pool.clone(),
            self.dispatcher,
            self.delivery_slots,
            self.delivery_poll,
        ));
        let sealing = tokio::spawn(crate::jobs::seal::run(
            self.pool,
            self.checkpoint_key,
            self.checkpoint_every,
        ));
        let metrics = self.metrics.map(|(server, _)| {
            let handle = server.handle();
            (tokio::spawn(server), handle)
        });
        let result = self.server.await;
        housekeeping.abort();
        listening.abort();
        sealing.abort();
        reminders.abort();
        deliveries.abort();
        if let Some((task, handle)) = metrics {
            handle.stop(true).await;
            let _ = task.await;
        }
        result
    }
}

/// A one-worker server for `/metrics` alone, on an address operators keep private.
fn metrics_server(
    bind: SocketAddr,
    registry: web::Data<Registry>,
) -> anyhow::Result<(Server, SocketAddr)> {
    let listener =
        TcpListener::bind(bind).with_context(|| format!("cannot listen on {bind} for metrics"))?;
    let address = listener.local_addr()?;
    let server = HttpServer::new(move || {
        App::new()
            .app_data(registry.clone())
            .service(crate::routes::operations::metrics)
    })
    .workers(1)
    // The API server's shutdown stops this one.
    .disable_signals()
    .listen(listener)
    .context("starting the metrics server")?
    .run();
    Ok((server, address))
}

/// SIGTERM, SIGINT and SIGHUP (the terminal was closed) all mean: stop gracefully, then stop
/// the local cluster. Listening starts before anything is started, so a signal that arrives
/// while the cluster starts is kept and acted on once serving, instead of killing the process
/// and leaving the cluster behind.
pub struct StopSignals {
    terminate: Signal,
    interrupt: Signal,
    hangup: Signal,
}

impl StopSignals {
    pub fn listen() -> std::io::Result<Self> {
        Ok(StopSignals {
            terminate: signal(SignalKind::terminate())?,
            interrupt: signal(SignalKind::interrupt())?,
            hangup: signal(SignalKind::hangup())?,
        })
    }

    async fn stop_on_first(mut self, server: ServerHandle) {
        let name = tokio::select! {
            _ = self.terminate.recv() => "SIGTERM",
            _ = self.interrupt.recv() => "SIGINT",
            _ = self.hangup.recv() => "SIGHUP",
        };
        tracing::info!("{name} received; finishing in-flight requests, then stopping");
        // Later signals are ignored (tokio keeps its handlers): the shutdown timeout bounds
        // the stop.
        server.stop(true).await;
    }
}

/// The default service: no route matched. A path that exists with other methods is a 405
/// naming them in `Allow` (RFC 9110 §15.5.6); anything else a 404.
async fn route_not_found(req: actix_web::HttpRequest) -> error::Result<HttpResponse> {
    // The Swagger UI and the document are served beside the documented routes, by GET.
    // So are the web client's page and files.
    let documentation = req.path() == "/docs"
        || req.path().starts_with("/docs/")
        || req.path() == OPENAPI_DOCUMENT
        || req.path() == "/"
        || req.path().starts_with("/web/");
    let allowed = crate::openapi::allowed_methods(req.path()).or(documentation.then_some("GET"));
    if let Some(allowed) = allowed {
        // HEAD is answered wherever GET is (`edge::head_as_get`).
        let allowed = if allowed.split(", ").any(|m| m == "GET") {
            format!("{allowed}, HEAD")
        } else {
            allowed.to_owned()
        };
        let detail = format!("{} {} is not allowed", req.method(), req.path());
        let mut response = error::Problem::new(
            actix_web::http::StatusCode::METHOD_NOT_ALLOWED,
            Some(detail),
        )
        .response();
        response.headers_mut().insert(
            actix_web::http::header::ALLOW,
            HeaderValue::from_str(&allowed).map_err(anyhow::Error::from)?,
        );
        return Ok(response);
    }
    Err(error::AppError::NotFound(format!(
        "no resource at {} {}",
        req.method(),
        req.path()
    )))
}

/// Where the OpenAPI document is served (and the Swagger UI reads it).
const OPENAPI_DOCUMENT: &str = "/api-docs/openapi.json";

/// The OpenAPI document as served: JSON made once at start.
struct OpenApiJson(web::Bytes);

async fn serve_document(document: web::Data<OpenApiJson>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(actix_web::http::header::ContentType::json())
        .body(document.0.clone())
}

/// The Swagger UI lives under `/docs/`; a bare `/docs` would otherwise be a 404.
async fn docs_redirect() -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header(("Location", "/docs/"))
        .finish()
}

/// CORS for the allowed origins: the API's methods, the request headers it reads and the
/// response headers a client needs. Other origins get no CORS headers, so their pages cannot
/// read the answers; requests without `Origin` (not from a browser) are untouched.
fn cors(origins: &CorsOrigins) -> Cors {
    let cors = Cors::default()
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::IF_MATCH,
            crate::routes::versioning::IDEMPOTENCY_KEY,
        ])
        .expose_headers([
            header::ETAG,
            header::LOCATION,
            header::RETRY_AFTER,
            REQUEST_ID_HEADER,
            HeaderName::from_static("idempotent-replayed"),
        ])
        .max_age(3600);
    origins
        .as_slice()
        .iter()
        .fold(cors, |cors, origin| cors.allowed_origin(origin))
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
