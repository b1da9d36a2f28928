//! What every request must satisfy before a handler sees it.
//!
//! PostgreSQL cannot store U+0000 in text, so a NUL anywhere in a query parameter, a path or a
//! JSON string is refused here, as a 422 that names where it was, instead of failing deep in
//! a query. And a body declared as an object must be a JSON object: serde would otherwise
//! take `[null, null]` for a struct of two optional fields.
//!
//! Handlers take bodies through [`Json`] (an object) or [`JsonList`] (an array) and query
//! strings through [`Query`]; the query string and the path are checked by the
//! [`refuse_nul_in_url`] middleware, and every answer gets the [`protective_headers`].
//!
//! A body or query that does not fit its type is a 422 naming the field (a JSON pointer such
//! as `/0/person_id`, or the query parameter) and saying what it must be. serde finds the
//! field (through `serde_path_to_error`); what it must be is read from the field's schema in
//! the OpenAPI document ([`Contract`]), so the answer says what the document says — serde's
//! own words ("premature end of input") name neither the field nor the format.

use std::future::{Ready, ready};
use std::ops::Deref;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::Deserializer;
use serde::de::{DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

use crate::error::{AppError, FieldError};

pub mod download;
pub mod upload;

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
    let req = req.clone();
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
        let contract = req_contract(&req);
        let mut deserializer = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, T>(&mut deserializer).map_err(|e| {
            let message = json_message(e.inner());
            field_refusal(&pointer_of(e.path()), &message, |pointer| {
                contract.as_ref()?.body_field(&req, pointer)
            })
            .into()
        })
    })
}

/// The app's [`Contract`], if it has one (unit tests of single handlers may not).
fn req_contract(req: &HttpRequest) -> Option<web::Data<Contract>> {
    req.app_data::<web::Data<Contract>>().cloned()
}

/// serde_json's message without the " at line 1 column 114" it appends.
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let at = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&at).unwrap_or(&text).to_owned()
}

/// The JSON pointer of a serde path: `/0/person_id`.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}

/// The 422 for a value serde refused at `at` (a JSON pointer, or a query parameter's name)
/// with `message`. A missing or unknown field is named itself (serde reports it at the
/// object that lacks or holds it); any other refusal says what the field must be, as
/// `describe` finds it in the document, else in serde's words.
fn field_refusal(
    at: &str,
    message: &str,
    describe: impl FnOnce(&str) -> Option<String>,
) -> AppError {
    let (field, text) = if let Some(name) = backticked(message, "missing field `") {
        (child(at, &name), "is required".to_owned())
    } else if let Some(name) = backticked(message, "unknown field `") {
        let known = message
            .split_once(", expected one of ")
            .or_else(|| message.split_once(", expected "))
            .map(|(_, list)| format!("; known fields: {}", list.replace('`', "")))
            .unwrap_or_default();
        let field = if at.ends_with(&format!("/{name}")) || at == name {
            at.to_owned()
        } else {
            child(at, &name)
        };
        (field, format!("is not a known field{known}"))
    } else {
        let text = match describe(at) {
            Some(wanted) => format!("must be {wanted}"),
            None => message.to_owned(),
        };
        (at.to_owned(), text)
    };
    AppError::Validation {
        detail: format!("{field}: {text}"),
        errors: vec![FieldError {
            field,
            message: text,
        }],
    }
}

/// `name` from a message that starts with `prefix` and goes on with "name`".
fn backticked(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?;
    rest.split_once('`').map(|(name, _)| name.to_owned())
}

/// How member `name` of the object at `at` is named: a pointer below a pointer (`/0` →
/// `/0/reason`, the body `""` → `/title`); a query parameter (`at` is `None` there) bare.
fn child(at: &str, name: &str) -> String {
    format!("{at}/{}", name.replace('~', "~0").replace('/', "~1"))
}

/// The OpenAPI document as JSON, for saying what a refused field must be. Built once at
/// start (`startup.rs`) and shared as app data.
#[derive(Debug)]
pub struct Contract {
    document: Value,
}

impl Contract {
    pub fn new(document: &impl serde::Serialize) -> Self {
        Contract {
            document: serde_json::to_value(document).unwrap_or(Value::Null),
        }
    }

    /// The operation the request was routed to.
    fn operation(&self, req: &HttpRequest) -> Option<&Value> {
        let pattern = req.match_pattern()?;
        let method = req.method().as_str().to_ascii_lowercase();
        self.document.get("paths")?.get(pattern)?.get(method)
    }

    /// What the body's field at `pointer` must be.
    fn body_field(&self, req: &HttpRequest, pointer: &str) -> Option<String> {
        let body = self
            .operation(req)?
            .pointer("/requestBody/content/application~1json/schema")?;
        self.expectation(self.descend(body, pointer)?)
    }

    /// What the request's parameter `name` in `place` (`query` or `path`) must be.
    fn parameter(&self, req: &HttpRequest, place: &str, name: &str) -> Option<&Value> {
        self.operation(req)?
            .get("parameters")?
            .as_array()?
            .iter()
            .find(|p| p["in"] == place && p["name"] == name)?
            .get("schema")
    }

    /// A `$ref` followed to its schema.
    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut schema = schema;
        // A reference to a reference is followed too, a few times at most.
        for _ in 0..8 {
            let Some(target) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            match target
                .strip_prefix('#')
                .and_then(|p| self.document.pointer(p))
            {
                Some(next) => schema = next,
                None => break,
            }
        }
        schema
    }

    /// The non-null alternatives of a schema (`oneOf: [{$ref}, {type: null}]` → the `$ref`).
    fn alternatives<'a>(&'a self, schema: &'a Value) -> Vec<&'a Value> {
        let schema = self.resolve(schema);
        for key in ["oneOf", "anyOf", "allOf"] {
            if let Some(list) = schema.get(key).and_then(Value::as_array) {
                return list
                    .iter()
                    .filter(|s| s.get("type") != Some(&Value::from("null")))
                    .flat_map(|s| self.alternatives(s))
                    .collect();
            }
        }
        vec![schema]
    }

    /// The schema at `pointer` inside `schema` (`/0/person_id`: an item's property).
    fn descend<'a>(&'a self, schema: &'a Value, pointer: &str) -> Option<&'a Value> {
        let mut here = schema;
        for token in pointer.split('/').skip(1) {
            let key = token.replace("~1", "/").replace("~0", "~");
            here = self.alternatives(here).into_iter().find_map(|s| {
                s.get("properties")
                    .and_then(|p| p.get(&key))
                    .or_else(|| key.parse::<usize>().ok().and(s.get("items")))
            })?;
        }
        Some(here)
    }

    /// What a value of `schema` is, in words a person can act on ("a UUID, e.g. …").
    fn expectation(&self, schema: &Value) -> Option<String> {
        let alternatives = self.alternatives(schema);
        let words: Vec<String> = alternatives.iter().filter_map(|s| kind_of(s)).collect();
        (!words.is_empty()).then(|| words.join(", or "))
    }
}

/// What one (resolved, non-null) schema takes.
fn kind_of(schema: &Value) -> Option<String> {
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let names: Vec<String> = values
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect();
        return Some(format!("one of: {}", names.join(", ")));
    }
    match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => {
            return Some("an RFC 3339 time with offset, e.g. 2026-12-01T09:00:00+08:00".into());
        }
        Some("date") => return Some("a date as YYYY-MM-DD, e.g. 2026-12-31".into()),
        Some("uuid") => return Some("a UUID, e.g. 019a1b2c-0000-7000-8000-000000000001".into()),
        _ => {}
    }
    // `type` is a name, or a list of names with `null` among them.
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let kind = types.into_iter().find(|t| *t != "null")?;
    Some(match kind {
        "integer" | "number" => {
            let noun = if kind == "integer" {
                "an integer"
            } else {
                "a number"
            };
            let bound = |key| schema.get(key).filter(|v| v.is_number());
            match (bound("minimum"), bound("maximum")) {
                (Some(min), Some(max)) => format!("{noun} from {min} to {max}"),
                (Some(min), None) => format!("{noun} of at least {min}"),
                (None, Some(max)) => format!("{noun} of at most {max}"),
                (None, None) => noun.to_owned(),
            }
        }
        "boolean" => "true or false".into(),
        "string" => "a string".into(),
        "array" => "an array".into(),
        "object" => "an object".into(),
        other => format!("of type {other}"),
    })
}

/// A query string, deserialized into `T`; a parameter that does not fit is a 422 naming it.
#[derive(Debug)]
pub struct Query<T>(pub T);

impl<T> Query<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for Query<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned> FromRequest for Query<T> {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let pairs = form_urlencoded::parse(req.query_string().as_bytes());
        let parsed = serde_path_to_error::deserialize(serde_urlencoded::Deserializer::new(pairs));
        ready(parsed.map(Query).map_err(|e| {
            // A query parameter is named bare (`limit`), as in the URL.
            let name = pointer_of(e.path());
            let name = name.strip_prefix('/').unwrap_or(&name).to_owned();
            let contract = req_contract(req);
            let error = field_refusal(&name, &e.inner().to_string(), |name| {
                let contract = contract.as_ref()?;
                contract.expectation(contract.parameter(req, "query", name)?)
            });
            bare_names(error).into()
        }))
    }
}

/// A refusal of a query parameter names it as in the URL: `limit`, not `/limit`.
fn bare_names(error: AppError) -> AppError {
    match error {
        AppError::Validation { errors, .. } => {
            let errors: Vec<FieldError> = errors
                .into_iter()
                .map(|e| FieldError {
                    field: e.field.trim_start_matches('/').to_owned(),
                    message: e.message,
                })
                .collect();
            let detail = errors
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message))
                .collect::<Vec<_>>()
                .join("; ");
            AppError::Validation { detail, errors }
        }
        other => other,
    }
}

/// A path parameter that does not fit its type names nothing that exists: 404, as for an id
/// that names no record, saying which parameter and what it must be. Unknown ids are 404s
/// everywhere (a record out of reach too); a malformed one is not treated differently.
pub fn path_refusal(req: &HttpRequest) -> AppError {
    let contract = req_contract(req);
    let refused = req.match_info().iter().find_map(|(name, value)| {
        let contract = contract.as_ref()?;
        let schema = contract.parameter(req, "path", name)?;
        (!contract.fits(schema, value))
            .then(|| Some((name, value, contract.expectation(schema)?)))?
    });
    AppError::NotFound(match refused {
        Some((name, value, wanted)) => {
            format!("{name}: must be {wanted}; nothing has the {name} `{value}`")
        }
        None => format!("no resource at {} {}", req.method(), req.path()),
    })
}

/// Extractor settings of the edge: a path parameter that does not fit is [`path_refusal`].
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PathConfig::default().error_handler(|_, req| path_refusal(req).into()));
}

impl Contract {
    /// Whether the path segment `value` fits `schema` (the kinds path parameters have).
    fn fits(&self, schema: &Value, value: &str) -> bool {
        self.alternatives(schema).iter().any(|s| {
            if let Some(values) = s.get("enum").and_then(Value::as_array) {
                return values.iter().any(|v| v == value);
            }
            match (s.get("format").and_then(Value::as_str), s.get("type")) {
                (Some("uuid"), _) => uuid::Uuid::parse_str(value).is_ok(),
                (_, Some(t)) if t == "integer" => value.parse::<i64>().is_ok(),
                _ => true,
            }
        })
    }
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

/// Middleware: HEAD is GET without the body (RFC 9110 §9.3.2: a server must support both).
/// The request is routed and answered as a GET; actix-http, which saw HEAD when it read the
/// request, sends only the head of the answer, with the GET's `Content-Length`.
pub async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
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
    fn what_a_field_must_be_is_read_from_its_schema() {
        let contract = Contract::new(&json!({"components": {"schemas": {
            "Status": {"type": "string", "enum": ["held", "cancelled"]},
            "Entry": {"type": "object", "properties": {
                "person_id": {"type": "string", "format": "uuid"},
                "percent": {"type": ["integer", "null"], "minimum": 0, "maximum": 100}
            }},
            "Change": {"type": "object", "properties": {
                "status": {"oneOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]},
                "due_on": {"type": ["string", "null"], "format": "date"},
                "entries": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}}
            }}
        }}}));
        let body = json!({"$ref": "#/components/schemas/Change"});
        let at = |pointer: &str| {
            contract
                .descend(&body, pointer)
                .and_then(|s| contract.expectation(s))
        };
        assert_eq!(at("/status").unwrap(), "one of: held, cancelled");
        assert_eq!(
            at("/due_on").unwrap(),
            "a date as YYYY-MM-DD, e.g. 2026-12-31"
        );
        assert!(at("/entries/3/person_id").unwrap().starts_with("a UUID"));
        assert_eq!(
            at("/entries/0/percent").unwrap(),
            "an integer from 0 to 100"
        );
        assert_eq!(at("/entries").unwrap(), "an array");
        assert_eq!(at("/nowhere"), None);
    }

    #[test]
    fn missing_and_unknown_fields_are_named_themselves() {
        let named = |at: &str, message: &str| match field_refusal(at, message, |_| None) {
            AppError::Validation { errors, .. } => {
                (errors[0].field.clone(), errors[0].message.clone())
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(
            named("/0", "missing field `person_id`"),
            ("/0/person_id".into(), "is required".into())
        );
        assert_eq!(
            named("", "unknown field `a/b`, expected `title`"),
            (
                "/a~1b".into(),
                "is not a known field; known fields: title".into()
            )
        );
        // Without a schema, serde's own words.
        assert_eq!(
            named("/n", "invalid type: string \"x\", expected i32").1,
            "invalid type: string \"x\", expected i32"
        );
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
