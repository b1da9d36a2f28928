//! What every request must satisfy before a handler sees it.
//!
//! PostgreSQL cannot store U+0000 in text, so a NUL anywhere in a query parameter, a path or a
//! JSON string is refused here, as a 422 that names where it was, instead of failing deep in
//! a query. And a body declared as an object must be a JSON object: serde would otherwise
//! take `[null, null]` for a struct of two optional fields.
//!
//! Handlers take bodies through [`Json`] (an object) or [`JsonList`] (an array); the query
//! string and the path are checked by the [`refuse_nul_in_url`] middleware, and every answer
//! gets the [`protective_headers`].

use std::ops::Deref;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::Deserializer;
use serde::de::{DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::error::AppError;

/// What a refused NUL is called in the problem document.
pub const NUL_MESSAGE: &str = "must not contain the character U+0000";

/// Whether `error` is the refusal of a NUL character (login hides it behind its 401).
pub fn is_nul_refusal(error: &AppError) -> bool {
    matches!(error, AppError::Validation { errors, .. }
        if errors.iter().any(|e| e.message == NUL_MESSAGE))
}

/// A JSON object body, deserialized into `T` once it is known to be an object without NUL.
#[derive(Debug)]
pub struct Json<T>(pub T);

/// A JSON array body, deserialized into `T` (a `Vec`) once it is known to hold no NUL.
#[derive(Debug)]
pub struct JsonList<T>(pub T);

impl<T> Json<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> JsonList<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Deref for JsonList<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Object,
    Array,
}

/// Read the body as JSON text (with the limits and errors of the app's `JsonConfig`), check
/// its shape and strings, then deserialize it. No JSON tree is built on the way: a 3 MiB body
/// of tiny values would take many times its size as one.
fn extract<T: DeserializeOwned + 'static>(
    req: &HttpRequest,
    payload: &mut Payload,
    shape: Shape,
) -> LocalBoxFuture<'static, Result<T, actix_web::Error>> {
    let raw = web::Json::<Box<RawValue>>::from_request(req, payload);
    Box::pin(async move {
        let web::Json(raw) = raw.await?;
        let text = raw.get();
        match (text.as_bytes().first(), shape) {
            (Some(b'{'), Shape::Object) | (Some(b'['), Shape::Array) => {}
            (_, Shape::Object) => return Err(AppError::invalid("", "must be a JSON object").into()),
            (_, Shape::Array) => return Err(AppError::invalid("", "must be a JSON array").into()),
        }
        // In valid JSON a NUL can only be written as this escape; look closer only then.
        if text.contains("\\u0000")
            && let Some(pointer) = first_nul(text)
        {
            return Err(AppError::invalid(&pointer, NUL_MESSAGE).into());
        }
        serde_json::from_str::<T>(text).map_err(|e| {
            AppError::Validation {
                detail: e.to_string(),
                errors: Vec::new(),
            }
            .into()
        })
    })
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = extract::<T>(req, payload, Shape::Object);
        Box::pin(async move { body.await.map(Json) })
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for JsonList<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = extract::<T>(req, payload, Shape::Array);
        Box::pin(async move { body.await.map(JsonList) })
    }
}

/// The JSON pointer of the first string or key of the valid JSON `text` holding a NUL,
/// found in one pass that keeps only the path it is on.
fn first_nul(text: &str) -> Option<String> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    NulFinder { at: String::new() }
        .deserialize(&mut deserializer)
        .ok()
        .flatten()
}

/// Walks any JSON value without keeping it; answers the pointer of the first NUL.
struct NulFinder {
    at: String,
}

impl<'de> DeserializeSeed<'de> for NulFinder {
    type Value = Option<String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NulFinder {
    type Value = Option<String>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Option<String>, E> {
        Ok(v.contains('\0').then_some(self.at))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Option<String>, E> {
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Option<String>, A::Error> {
        let mut found = None;
        let mut index = 0usize;
        // Every element is read, found or not: the deserializer must reach the end.
        while let Some(here) = items.next_element_seed(NulFinder {
            at: format!("{}/{index}", self.at),
        })? {
            found = found.or(here);
            index += 1;
        }
        Ok(found)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<Option<String>, A::Error> {
        let mut found = None;
        while let Some(key) = fields.next_key::<String>()? {
            let at = format!("{}/{}", self.at, key.replace('~', "~0").replace('/', "~1"));
            let here = if key.contains('\0') {
                fields.next_value::<serde::de::IgnoredAny>()?;
                Some(at)
            } else {
                fields.next_value_seed(NulFinder { at })?
            };
            found = found.or(here);
        }
        Ok(found)
    }
}

/// For PATCH bodies: tells a field sent as null (`Some(None)`) from one left out (`None`).
/// Use with `#[serde(default, deserialize_with = "present")]`.
pub fn present<'de, D: Deserializer<'de>, T: serde::Deserialize<'de>>(
    d: D,
) -> std::result::Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// Middleware: refuse a NUL in the query string (naming the parameter) or the path.
pub async fn refuse_nul_in_url(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if let Some(field) = nul_in_url(req.path(), req.query_string()) {
        return Err(AppError::invalid(&field, NUL_MESSAGE).into());
    }
    next.call(req).await
}

/// The query parameter (or `path`) that holds a NUL, if any.
fn nul_in_url(path: &str, query: &str) -> Option<String> {
    if percent_encoding::percent_decode_str(path).any(|b| b == 0) {
        return Some("path".into());
    }
    if !query
        .as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"%00"))
    {
        return None;
    }
    // A query that does not parse as pairs is left to the handler's own extractor.
    let pairs = web::Query::<Vec<(String, String)>>::from_query(query).ok()?;
    pairs
        .into_inner()
        .into_iter()
        .find(|(name, value)| name.contains('\0') || value.contains('\0'))
        .map(|(name, _)| name.replace('\0', "\u{FFFD}"))
}

/// Middleware: headers every answer carries. No sniffing of content types, no framing (a
/// page of ours inside someone else's frame), and nothing a user fetched with a credential —
/// a bearer token, or the secret address of a calendar feed — kept by caches.
pub async fn protective_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let private =
        req.headers().contains_key(header::AUTHORIZATION) || req.path().starts_with("/calendar/");
    let mut res = next.call(req).await?;
    let headers = res.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("frame-ancestors 'none'"),
        );
    }
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_first_nul_is_named_by_its_pointer() {
        let find = |v: serde_json::Value| first_nul(&v.to_string());
        assert_eq!(
            find(json!({"title": "ok", "n": [1, 2.5, null, true]})),
            None
        );
        assert_eq!(find(json!({"title": "a\u{0}b"})), Some("/title".into()));
        assert_eq!(
            find(json!({"agenda": ["x", "\u{0}"], "z": "\u{0}"})),
            Some("/agenda/1".into())
        );
        assert_eq!(
            find(json!({"a/b": {"c\u{0}": 1}})),
            Some("/a~1b/c\u{0}".into())
        );
        assert_eq!(find(json!(["\u{0}"])), Some("/0".into()));
        // An escaped backslash before `u0000` is no NUL.
        assert_eq!(first_nul(r#"{"a": "\\u0000"}"#), None);
    }

    #[test]
    fn a_nul_in_the_url_is_named() {
        assert_eq!(nul_in_url("/api/v1/meetings", "limit=5"), None);
        assert_eq!(
            nul_in_url("/api/v1/audit-events", "limit=5&entity_type=a%00b"),
            Some("entity_type".into())
        );
        assert_eq!(nul_in_url("/calendar/ab%00c.ics", ""), Some("path".into()));
        // An escaped percent sign is not a NUL.
        assert_eq!(nul_in_url("/api/v1/search", "q=%2500"), None);
    }
}
