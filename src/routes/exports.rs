//! The minutes of a meeting as documents to download.

use actix_web::{HttpResponse, get, http::header, web};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::{AuthUser, Permission};
use crate::error::Result;
use crate::export::{attachment, minutes};
use crate::routes::meetings;
use crate::startup::AppState;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(minutes_markdown).service(minutes_word);
}

/// The minutes (会议记录) as Markdown: the meeting's particulars, attendance, agenda, every
/// speech in full and in order, the criticisms with their targets, and the rectification
/// items that came out of it.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The minutes", body = String, content_type = "text/markdown; charset=utf-8",
            headers(("Content-Disposition" = String, description = "attachment, with the meeting's title as a UTF-8 file name"))),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/minutes.md")]
async fn minutes_markdown(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let minutes = minutes::gather(&mut conn, *id, state.timezone).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/markdown; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            attachment(&format!("{}.md", minutes.title), "minutes.md"),
        ))
        .body(minutes.markdown()))
}

/// The minutes (会议记录) as a Word document: the same content as the Markdown, laid out with
/// a particulars table, 宋体 body text and 黑体 headings.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The minutes", body = Vec<u8>,
            content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers(("Content-Disposition" = String, description = "attachment, with the meeting's title as a UTF-8 file name"))),
        (status = 404, description = "No such meeting in your reach"),
    )
)]
#[get("/meetings/{id}/minutes.docx")]
async fn minutes_word(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let mut conn = state.pool.acquire().await?;
    meetings::require(&mut conn, &user, *id, Permission::Read).await?;
    let minutes = minutes::gather(&mut conn, *id, state.timezone).await?;
    drop(conn);
    let title = minutes.title.clone();
    // Building and zipping a long document is CPU work: off the async workers.
    let bytes = tokio::task::spawn_blocking(move || minutes.docx())
        .await
        .map_err(anyhow::Error::from)??;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .insert_header((
            header::CONTENT_DISPOSITION,
            attachment(&format!("{title}.docx"), "minutes.docx"),
        ))
        .body(bytes))
}
