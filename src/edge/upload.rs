//! A request body that is a file (a spreadsheet, say): read whole, but never more than a limit,
//! and only in the media types the operation takes.

use actix_web::http::header;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

use crate::error::{AppError, Result};

/// The body of `req` with its media type (lower case, without parameters), if the type is one
/// of `accepted` (415 naming them otherwise) and the body is at most `limit` bytes (413 as
/// soon as it is known to be larger: by `Content-Length`, or by what has arrived).
pub async fn read(
    req: &HttpRequest,
    mut payload: web::Payload,
    accepted: &[&str],
    limit: usize,
) -> Result<(String, Vec<u8>)> {
    let media_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| accepted.contains(&v.as_str()))
        .ok_or_else(|| {
            AppError::UnsupportedMediaType(format!(
                "send the file as one of {}",
                accepted.join(", ")
            ))
        })?;
    let too_large = || AppError::PayloadTooLarge(format!("the file is larger than {limit} bytes"));
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let mut body = Vec::with_capacity(declared.map_or(0, |n| n as usize));
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| AppError::BadRequest(format!("the body could not be read: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok((media_type, body))
}
