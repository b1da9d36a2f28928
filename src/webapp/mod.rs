//! The web client: the files of `web/` — plain ES modules, HTML and CSS, and the vendored UI
//! library — embedded in the binary at compile time and served at `/` (the page) and under
//! `/web/` (everything it loads). The client talks to the public API like any other front end;
//! this module only serves its files: content types, strong ETags from the content's SHA-256
//! (304 on a match), compression, and the app's own strict Content-Security-Policy.
//!
//! In debug builds rust-embed reads the files from `web/` on each request, so editing them
//! needs no rebuild; release builds carry them inside the binary.

use std::borrow::Cow;

use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Compress;
use actix_web::{HttpRequest, HttpResponse, guard, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rust_embed::Embed;

use crate::error::{AppError, Result};

#[derive(Embed)]
#[folder = "web/"]
// Type declarations and the type-checker's settings are for development, not for browsers.
#[exclude = "*.d.ts"]
#[exclude = "jsconfig.json"]
struct Files;

/// Scripts, styles, images and requests from this origin only; nothing inline, nothing
/// framed, no plugins. The page works with the network cut off because it needs nothing else.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The page and its files.
pub fn configure(cfg: &mut web::ServiceConfig) {
    // Guarded resources, like the API's: another method falls through to the application's
    // default service, which answers 405 with `Allow` as everywhere else.
    cfg.service(
        web::resource("/")
            .guard(guard::Get())
            .wrap(Compress::default())
            .to(page),
    )
    .service(
        // A tail segment, not a regex: the metrics middleware labels it by this pattern.
        web::resource("/web/{tail}*")
            .guard(guard::Get())
            .wrap(Compress::default())
            .to(asset),
    );
}

async fn page(req: HttpRequest) -> Result<HttpResponse> {
    serve(&req, "index.html")
}

async fn asset(req: HttpRequest, tail: web::Path<String>) -> Result<HttpResponse> {
    serve(&req, &tail)
}

fn serve(req: &HttpRequest, path: &str) -> Result<HttpResponse> {
    let file = Files::get(path).ok_or_else(|| AppError::NotFound("no such file".into()))?;
    let etag = format!(
        "\"{}\"",
        URL_SAFE_NO_PAD.encode(&file.metadata.sha256_hash()[..18])
    );
    let unchanged = not_modified(req, &etag);
    let mut response = if unchanged {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, etag))
        // Revalidate every time: the files change with the binary, and a 304 is cheap.
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .insert_header((header::REFERRER_POLICY, "no-referrer"));
    if unchanged {
        return Ok(response.finish());
    }
    response.insert_header((header::CONTENT_TYPE, content_type(path)));
    // Release builds serve the bytes inside the binary as they are, without a copy.
    Ok(match file.data {
        Cow::Borrowed(bytes) => response.body(bytes),
        Cow::Owned(bytes) => response.body(bytes),
    })
}

/// Whether `If-None-Match` names `etag` (or is `*`): then the client's copy is current.
fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        // If-None-Match compares weakly (RFC 9110 §13.1.2).
        .any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

fn content_type(path: &str) -> HeaderValue {
    let value = match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    HeaderValue::from_static(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_has_a_content_type_a_browser_will_run_or_show() {
        for path in Files::iter() {
            assert_ne!(
                content_type(&path),
                "application/octet-stream",
                "{path} would be served without a type"
            );
        }
        assert!(Files::get("index.html").is_some());
    }
}
