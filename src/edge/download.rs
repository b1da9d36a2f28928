//! A response that is a file (the minutes, a ledger): which media type it goes out as.

use actix_web::HttpRequest;
use actix_web::http::header::{Accept, Header};

const OCTET_STREAM: &str = "application/octet-stream";

/// A file goes out as what it is (`own`), unless the client's `Accept` prefers
/// `application/octet-stream` — which the document lists too, for generators that know bytes
/// only by that name.
pub fn media_type(request: &HttpRequest, own: &'static str) -> &'static str {
    let Ok(accept) = Accept::parse(request) else {
        return own;
    };
    for wanted in accept.ranked() {
        match wanted.essence_str() {
            OCTET_STREAM => return OCTET_STREAM,
            essence if essence == own || essence == "application/*" || essence == "*/*" => {
                return own;
            }
            _ => {}
        }
    }
    own
}
