//! Prometheus metrics: request counts and latency histograms per route pattern, collected by
//! the `actix-web-prom` middleware into the registry served here.

use actix_web::{HttpResponse, get, web};
use prometheus::{Encoder, Registry, TextEncoder};
use utoipa_actix_web::service_config::ServiceConfig;

use crate::error::{AppError, Result};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(metrics);
}

/// Metrics in the Prometheus text format: request counts and latency histograms per route
/// pattern and status. Not here when the service serves metrics on its own address
/// (`MINUTEBOOK_METRICS_BIND`).
#[utoipa::path(
    tag = super::health::TAG,
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
