//! The ledgers (台账) of a unit and the units below it, as spreadsheets to download: the
//! rectification ledger and the meeting ledger of a year.
//!
//! Built like the minutes: in a turn of the export slots (a request waits up to
//! `MINUTEBOOK_EXPORT_WAIT` for one, then answers 503 with `Retry-After`), on the blocking
//! pool rather than the async workers, and bounded in size (`export::ledger::MAX_ROWS`).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::compliance::YEARS;
use super::tag::TAG;
use crate::auth::{AuthUser, Permission, access};
use crate::edge::download::media_type;
use crate::error::{AppError, Problem, Result};
use crate::export::{attachment, ledger};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct LedgerYear {
    /// The calendar year (in the service's time zone) whose meetings the ledger lists.
    #[param(minimum = 2000, maximum = 2100)]
    pub year: i32,
}

/// The rectification ledger (整改台账) of a unit and every unit below it, as a spreadsheet.
///
/// One row per item, by due date: 序号, 单位, 问题, 整改措施, 责任人, 完成时限, 进展 (the latest
/// progress note), 状态, 销号日期, 验收人. Overdue items (due before today in the service's time
/// zone and not verified) are filled red and say 已逾期 in their status. The header row stays
/// in view and carries the filters; every cell is in 宋体.
///
/// At most 10,000 items and 5,000,000 characters of problems, measures and progress notes; a
/// larger ledger is refused with a 409 (export a unit further down instead).
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The ledger", body = Vec<u8>, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers(("Content-Disposition" = String, description = "attachment, named after the unit as a UTF-8 file name"))),
        (status = 404, description = "No such unit in your reach"),
        (status = 409, description = "The ledger would hold more than 10,000 items or 5,000,000 characters of text",
            body = Problem, content_type = "application/problem+json",
            example = json!({"type": "about:blank", "title": "Conflict", "status": 409,
                "detail": "the rectification ledger would hold 10001 items, more than 10000: export the ledger of a unit further down instead"})),
        (status = 503, description = "Too many documents are being built right now; retry after `Retry-After` seconds",
            headers(("Retry-After" = String))),
    )
)]
#[get("/org-units/{id}/ledgers/rectification.xlsx")]
pub(super) async fn rectification_ledger(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    request: HttpRequest,
) -> Result<HttpResponse> {
    let unit = *id;
    // Reach first: a unit out of reach takes no turn.
    access::require(&state.pool, &user, unit, Permission::Read).await?;
    let turn = state.exports.acquire().await?;
    let ledger = {
        let mut conn = state.reads().await?;
        ledger::rectification(&mut conn, unit, state.today(), state.timezone).await?
    };
    let name = format!("{}.xlsx", ledger.title());
    let bytes = build(turn, move || ledger.xlsx()).await?;
    Ok(spreadsheet(
        &request,
        &name,
        "rectification-ledger.xlsx",
        bytes,
    ))
}

/// The meeting ledger (会议台账) of a year of a unit and every unit below it, as a spreadsheet.
///
/// One row per meeting that took place (held or finalized) in that year, by start: 序号, 日期,
/// 单位, 类别, 题目, 应到, 实到, 主持人, 记录人, 是否定稿, 记录摘要 (the digest of a finalized
/// record). The header row stays in view and carries the filters; every cell is in 宋体.
///
/// At most 10,000 meetings; a larger ledger is refused with a 409.
#[utoipa::path(
    tag = TAG,
    security(("bearer" = [])),
    params(LedgerYear),
    responses(
        (status = 200, description = "The ledger", body = Vec<u8>, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers(("Content-Disposition" = String, description = "attachment, named after the unit and year as a UTF-8 file name"))),
        (status = 404, description = "No such unit in your reach"),
        (status = 409, description = "The ledger would hold more than 10,000 meetings",
            body = Problem, content_type = "application/problem+json",
            example = json!({"type": "about:blank", "title": "Conflict", "status": 409,
                "detail": "the meeting ledger of 2026 would hold more than 10000 meetings: export the ledger of a unit further down instead"})),
        (status = 422, description = "`year` is missing, not an integer, or not from 2000 to 2100"),
        (status = 503, description = "Too many documents are being built right now; retry after `Retry-After` seconds",
            headers(("Retry-After" = String))),
    )
)]
#[get("/org-units/{id}/ledgers/meetings.xlsx")]
pub(super) async fn meeting_ledger(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    query: crate::edge::Query<LedgerYear>,
    request: HttpRequest,
) -> Result<HttpResponse> {
    let (unit, year) = (*id, query.year);
    if !YEARS.contains(&year) {
        return Err(AppError::invalid(
            "year",
            "must be an integer from 2000 to 2100",
        ));
    }
    // Reach first: a unit out of reach takes no turn.
    access::require(&state.pool, &user, unit, Permission::Read).await?;
    let turn = state.exports.acquire().await?;
    let ledger = {
        let mut conn = state.reads().await?;
        ledger::meetings(&mut conn, unit, year, state.timezone).await?
    };
    let name = format!("{}.xlsx", ledger.title());
    let fallback = format!("meeting-ledger-{year}.xlsx");
    let bytes = build(turn, move || ledger.xlsx()).await?;
    Ok(spreadsheet(&request, &name, &fallback, bytes))
}

/// Build a spreadsheet on the blocking pool, in the export turn `turn`.
async fn build<F>(turn: tokio::sync::OwnedSemaphorePermit, build: F) -> Result<Vec<u8>>
where
    F: FnOnce() -> anyhow::Result<Vec<u8>> + Send + 'static,
{
    let bytes = tokio::task::spawn_blocking(move || {
        // The turn ends when the file is built, even if the client has gone.
        let _turn = turn;
        build()
    })
    .await
    .map_err(anyhow::Error::from)??;
    Ok(bytes)
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn spreadsheet(request: &HttpRequest, name: &str, fallback: &str, bytes: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(media_type(request, XLSX))
        .insert_header((header::CONTENT_DISPOSITION, attachment(name, fallback)))
        .body(bytes)
}
