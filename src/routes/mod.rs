//! One file per resource; each has a `configure` that registers its handlers.

pub mod auth;
pub mod health;
pub mod list;
pub mod me;
pub mod members;
pub mod metrics;
pub mod org_units;
pub mod users;

use utoipa_actix_web::scope;
use utoipa_actix_web::service_config::ServiceConfig;

/// The prefix of the API proper.
pub const API_PREFIX: &str = "/api/v1";

/// Every route of the service. The OpenAPI document is collected from exactly these.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.configure(health::configure)
        .configure(metrics::configure)
        .service(
            scope::scope(API_PREFIX)
                .configure(auth::configure)
                .configure(me::configure)
                .configure(org_units::configure)
                .configure(members::configure)
                .configure(users::configure),
        );
}
