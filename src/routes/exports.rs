//! The minutes of a meeting as documents to download.
//!
//! Building is bounded: at most `MINUTEBOOK_EXPORT_SLOTS` documents are built at once (a
//! request waits up to `MINUTEBOOK_EXPORT_WAIT` for its turn, then answers 503 with
//! `Retry-After`), on the blocking pool rather than the async workers. Together with the limits
//! on one meeting's speeches this bounds the memory exports can take. Neither format is
//! streamed from the database: a slow client would hold a pool connection for the whole
//! download, and the limits keep a Markdown file to a few MB.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::auth::{AuthUser, Permission};
use crate::domain::one_line;
use crate::edge::download::media_type;
use crate::error::Result;
use crate::export::minutes::{self, Minutes};
use crate::export::{attachment, docx};
use crate::state::AppState;
use crate::store::meetings;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(minutes_markdown).service(minutes_word);
}

/// The title of meeting `id` and its minutes as `render` makes them, built in a turn of the
/// export slots and off the async workers; with the bytes of the pictures to embed when
/// `pictures` (read here, in the turn: the document is built from memory).
async fn render<T, F>(
    state: &AppState,
    user: &AuthUser,
    id: Uuid,
    pictures: bool,
    render: F,
) -> Result<(String, T)>
where
    T: Send + 'static,
    F: FnOnce(&Minutes) -> anyhow::Result<T> + Send + 'static,
{
    let turn = state.exports.acquire().await?;
    let mut minutes = {
        let mut conn = state.reads().await?;
        meetings::require(&mut conn, user, id, Permission::Read).await?;
        let mut minutes = minutes::gather(&mut conn, id, state.timezone).await?;
        minutes.marks = crate::export::marks::read(&mut conn, id, &state.late_entries).await?;
        minutes
    };
    if pictures {
        minutes.read_pictures(&state.storage).await;
    }
    let title = one_line(&minutes.title).into_owned();
    let document = tokio::task::spawn_blocking(move || {
        // The turn ends when the document is built, even if the client has gone.
        let _turn = turn;
        render(&minutes)
    })
    .await
    .map_err(anyhow::Error::from)??;
    Ok((title, document))
}

/// The minutes (会议记录) as Markdown: the meeting's particulars, attendance, agenda, every
/// speech in full and in order, the criticisms with their targets, and the rectification
/// items that came out of it; then its attachments (附件), each with its size and SHA-256.
///
/// Stored text is escaped: no raw HTML, no Markdown markup, one line for every title.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The minutes", body = String, content_type = "text/markdown; charset=utf-8",
            headers(("Content-Disposition" = String, description = "attachment, with the meeting's title as a UTF-8 file name"))),
        (status = 404, description = "No such meeting in your reach"),
        (status = 503, description = "Too many minutes are being built right now; retry after `Retry-After` seconds",
            headers(("Retry-After" = String))),
    )
)]
#[get("/meetings/{id}/minutes.md")]
async fn minutes_markdown(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse> {
    let (title, markdown) = render(&state, &user, *id, false, |m| Ok(m.markdown())).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/markdown; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            attachment(&format!("{title}.md"), "minutes.md"),
        ))
        .body(markdown))
}

/// The minutes (会议记录) as a Word document: the same content as the Markdown, laid out as
/// Chinese official documents are (GB/T 9704-2012): A4, 二号 title, 三号 仿宋 body text with a
/// fixed line, 黑体 and 楷体 headings, a particulars table, an items table whose header repeats
/// on every page, page numbers and lines to sign. The attachments are named below the text
/// (附件说明) and listed with their SHA-256 on a 附件 page after the lines to sign, which
/// shows the sign-in sheets and photos as pictures (at most 10). The fonts are the service's
/// settings.
#[utoipa::path(
    tag = "meetings",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The minutes", body = Vec<u8>,
            content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers(("Content-Disposition" = String, description = "attachment, with the meeting's title as a UTF-8 file name"))),
        (status = 404, description = "No such meeting in your reach"),
        (status = 503, description = "Too many minutes are being built right now; retry after `Retry-After` seconds",
            headers(("Retry-After" = String))),
    )
)]
#[get("/meetings/{id}/minutes.docx")]
async fn minutes_word(
    state: web::Data<AppState>,
    user: AuthUser,
    id: web::Path<Uuid>,
    request: HttpRequest,
) -> Result<HttpResponse> {
    let fonts = state.exports.fonts();
    let (title, bytes) =
        render(&state, &user, *id, true, move |m| docx::minutes(m, &fonts)).await?;
    Ok(HttpResponse::Ok()
        .content_type(media_type(&request, WORD))
        .insert_header((
            header::CONTENT_DISPOSITION,
            attachment(&format!("{title}.docx"), "minutes.docx"),
        ))
        .body(bytes))
}

const WORD: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
