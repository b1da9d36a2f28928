//! For operators: liveness and readiness for load balancers and orchestrators, and Prometheus
//! metrics (request counts and latency histograms per route pattern, collected by the
//! `actix-web-prom` middleware into the registry served here).

use std::time::Duration;

use actix_web::{HttpResponse, get, web};
use prometheus::{Encoder, Registry, TextEncoder};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::{AppError, Problem, Result};
use crate::state::AppState;

pub const TAG: &str = "operations";

/// How long readiness waits for the database before calling it unreachable.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"status": "ok"}))]
pub struct Health {
    /// Always `ok` when the answer is 200.
    pub status: &'static str,
}

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(live).service(ready).service(metrics);
}

/// The process is up and answering.
#[utoipa::path(
    tag = TAG,
    responses((status = 200, description = "The service is running", body = Health))
)]
#[get("/health/live")]
async fn live() -> web::Json<Health> {
    web::Json(Health { status: "ok" })
}

/// The service can serve requests: its database answers.
#[utoipa::path(
    tag = TAG,
    responses(
        (status = 200, description = "The database answers", body = Health),
        (status = 503, description = "The database is unreachable", body = Problem,
            content_type = "application/problem+json"),
    )
)]
#[get("/health/ready")]
async fn ready(state: web::Data<AppState>) -> Result<web::Json<Health>> {
    let ping = sqlx::query_scalar!(r#"select 1 as "one!""#).fetch_one(&state.pool);
    match tokio::time::timeout(READY_TIMEOUT, ping).await {
        Ok(Ok(_)) => Ok(web::Json(Health { status: "ok" })),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readiness: the database is unreachable");
            Err(AppError::Unavailable("the database is unreachable".into()))
        }
        Err(_) => Err(AppError::Unavailable(
            "the database did not answer in time".into(),
        )),
    }
}

/// Metrics in the Prometheus text format: request counts and latency histograms per route
/// pattern and status. Not here when the service serves metrics on its own address
/// (`MINUTEBOOK_METRICS_BIND`).
#[utoipa::path(
    tag = TAG,
    responses(
        (status = 200, description = "Prometheus text exposition format",
            body = String, content_type = "text/plain; version=0.0.4"),
        (status = 404, description = "Metrics are served on a separate address"),
    )
)]
#[get("/metrics")]
pub async fn metrics(registry: Option<web::Data<Registry>>) -> Result<HttpResponse> {
    let Some(registry) = registry else {
        return Err(AppError::NotFound(
            "metrics are served on a separate address".into(),
        ));
    };
    let encoder = TextEncoder::new();
    let mut body = Vec::new();
    encoder
        .encode(&registry.gather(), &mut body)
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(HttpResponse::Ok()
        .content_type(encoder.format_type())
        .body(body))
}
