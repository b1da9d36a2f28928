//! One file per resource; each has a `configure` that registers its handlers.

pub mod health;
pub mod metrics;

use utoipa_actix_web::service_config::ServiceConfig;

/// Every route of the service. The OpenAPI document is collected from exactly these.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.configure(health::configure)
        .configure(metrics::configure);
}
