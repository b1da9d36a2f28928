//! Liveness and readiness for load balancers and orchestrators.

use std::time::Duration;

use actix_web::{get, web};
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
    cfg.service(live).service(ready);
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
    let ping = sqlx::query("select 1").execute(&state.pool);
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
