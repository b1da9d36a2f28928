//! The one error type of the service and its RFC 9457 `application/problem+json` form.
//!
//! Handlers return [`Result<T>`]; actix's own extractor failures, unknown routes and any other
//! error response are turned into the same problem document (see [`configure_extractors`] and
//! [`problem_for_bare_errors`]), so a client never has to parse two error shapes.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::error::{JsonPayloadError, QueryPayloadError};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub type Result<T, E = AppError> = std::result::Result<T, E>;

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// Largest JSON body accepted, in bytes. Limits on text are in characters, and JSON may write
/// any character as a `\u` escape — an astral one as a surrogate pair, 12 bytes — so the
/// largest valid speech (200,000 characters) is up to 2.4 MB of JSON; this admits it in any
/// encoding, with room for its other fields.
pub const JSON_BODY_LIMIT: usize = 3 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    BadRequest(String),
    #[error("authentication required")]
    Unauthorized(String),
    #[error("forbidden")]
    Forbidden(String),
    #[error("not found")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the record has changed since it was read")]
    PreconditionFailed,
    #[error("If-Match is required")]
    PreconditionRequired,
    #[error("{0}")]
    PayloadTooLarge(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{detail}")]
    Validation {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("{0}")]
    Unavailable(String),
    #[error(transparent)]
    Database(sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<crate::domain::Invalid> for AppError {
    fn from(e: crate::domain::Invalid) -> Self {
        AppError::invalid(&e.field, e.message)
    }
}

/// What a violated constraint means to the client, by the constraint's name: the one place
/// where the database's refusals become 409 answers. Any other violation is a bug: a 500.
const CONFLICTS: &[(&str, &str)] = &[
    (
        "org_units_sibling_name_key",
        "a unit with this name already exists at this place in the tree",
    ),
    ("users_username_key", "the username is taken"),
    (
        "people_org_unit_user_key",
        "this user already has a person in this unit",
    ),
];

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        if crate::db::is_connection_lost(&e) {
            crate::db::note_connection_lost();
        }
        if let Some(db) = e.as_database_error() {
            if let Some((_, message)) = db
                .constraint()
                .and_then(|name| CONFLICTS.iter().find(|(known, _)| *known == name))
            {
                return AppError::Conflict((*message).into());
            }
            // A delete refused because other records still name this one.
            if db.code().as_deref() == Some("23503")
                && db.message().starts_with("update or delete on table")
            {
                return AppError::Conflict("other records still name this one".into());
            }
        }
        AppError::Database(e)
    }
}

impl AppError {
    /// A 422 for one field, named by its JSON pointer (`/title`).
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        AppError::Validation {
            detail: format!("{field}: {message}"),
            errors: vec![FieldError {
                field: field.to_owned(),
                message,
            }],
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            AppError::BadRequest(d)
            | AppError::Unauthorized(d)
            | AppError::Forbidden(d)
            | AppError::NotFound(d)
            | AppError::Conflict(d)
            | AppError::PayloadTooLarge(d)
            | AppError::UnsupportedMediaType(d)
            | AppError::Unavailable(d)
            | AppError::Validation { detail: d, .. } => Some(d.clone()),
            AppError::PreconditionFailed => {
                Some("the record has changed since you read it; fetch it again".into())
            }
            AppError::PreconditionRequired => {
                Some("send If-Match with the ETag of the version you read".into())
            }
            AppError::TooManyRequests { retry_after_secs } => {
                Some(format!("too many attempts; retry in {retry_after_secs} s"))
            }
            AppError::Database(e) if crate::db::is_transient(e) => {
                Some("the database is unavailable; try again shortly".into())
            }
            // Never leak SQL, causes or internals: they go to the log.
            AppError::Database(_) | AppError::Internal(_) => None,
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            AppError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::Validation { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Database(e) if crate::db::is_transient(e) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Database(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            // Expected under load or while the database restarts: not a fault of the service.
            tracing::warn!(error = %format!("{self:#}"), "request refused for now");
        } else if status.is_server_error() {
            // The request's tracing span carries the request id; `{:#}` prints the cause chain.
            tracing::error!(error = %format!("{self:#}"), cause = ?self, "request failed");
        }
        let mut problem = Problem::new(status, self.detail());
        if let AppError::Validation { errors, .. } = self {
            problem.errors = errors.clone();
        }
        let mut response = problem.response();
        let headers = response.headers_mut();
        match self {
            AppError::Unauthorized(_) => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            AppError::TooManyRequests { retry_after_secs } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
            _ if status == StatusCode::SERVICE_UNAVAILABLE => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            }
            _ => {}
        }
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            // The rest of the body is never read: end the connection with the answer, so a
            // client still sending learns of it at once instead of waiting on a full socket.
            response
                .head_mut()
                .set_connection_type(actix_web::http::ConnectionType::Close);
        }
        response
    }
}

/// An RFC 9457 problem details document.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "type": "about:blank",
    "title": "Unprocessable Entity",
    "status": 422,
    "detail": "/title: must not be empty",
    "errors": [{"field": "/title", "message": "must not be empty"}]
}))]
pub struct Problem {
    /// A URI reference identifying the problem type; `about:blank` means the status says it all.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// The HTTP reason phrase of `status`.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong, for a person to read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Per-field validation failures (422 only): which field, and what it must be.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// One invalid field of a request body or query.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FieldError {
    /// JSON pointer to the field of the body, e.g. `/title` or `/0/person_id`; for a query
    /// parameter its name, e.g. `limit`.
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(status: StatusCode, detail: Option<String>) -> Self {
        Problem {
            problem_type: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail,
            errors: Vec::new(),
        }
    }

    pub fn response(&self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(self).unwrap_or_default();
        HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, PROBLEM_CONTENT_TYPE))
            .body(body)
    }
}

/// Extractor settings that make actix's own rejections answer as problems.
pub fn configure_extractors(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::JsonConfig::default()
            .limit(JSON_BODY_LIMIT)
            .error_handler(json_error),
    )
    .app_data(web::PayloadConfig::default().limit(JSON_BODY_LIMIT))
    .app_data(web::QueryConfig::default().error_handler(query_error));
}

fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> actix_web::Error {
    let app_error = match err {
        JsonPayloadError::OverflowKnownLength { limit, .. }
        | JsonPayloadError::Overflow { limit } => {
            AppError::PayloadTooLarge(format!("the body is larger than {limit} bytes"))
        }
        JsonPayloadError::ContentType => {
            AppError::UnsupportedMediaType("send the body as application/json".into())
        }
        // Well-formed JSON of the wrong shape (unknown field, missing field, wrong type).
        JsonPayloadError::Deserialize(e) if e.is_data() => AppError::Validation {
            detail: e.to_string(),
            errors: Vec::new(),
        },
        JsonPayloadError::Deserialize(e) => AppError::BadRequest(format!("malformed JSON: {e}")),
        JsonPayloadError::Payload(actix_web::error::PayloadError::Overflow) => {
            AppError::PayloadTooLarge(format!("the body is larger than {JSON_BODY_LIMIT} bytes"))
        }
        other => AppError::BadRequest(format!("could not read the body: {other}")),
    };
    app_error.into()
}

fn query_error(err: QueryPayloadError, _req: &HttpRequest) -> actix_web::Error {
    let QueryPayloadError::Deserialize(e) = err else {
        return AppError::BadRequest("invalid query string".into()).into();
    };
    // The handlers take `edge::Query`, which names the parameter; this is the fallback.
    AppError::Validation {
        detail: format!("invalid query parameter: {e}"),
        errors: Vec::new(),
    }
    .into()
}

/// Middleware hook: an error response that is not yet a problem (405 from a resource, a
/// payload error from actix, …) is rewritten as one, keeping its status and headers.
pub fn problem_for_bare_errors<B: MessageBody + 'static>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_CONTENT_TYPE.as_bytes()));
    if is_problem {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let (req, original) = res.into_parts();
    let status = original.status();
    let detail = match original.error() {
        // Client errors from actix are safe to show; server errors stay opaque.
        Some(e) if !status.is_server_error() => Some(e.to_string()),
        None if status == StatusCode::NOT_FOUND => {
            Some(format!("no resource at {} {}", req.method(), req.path()))
        }
        _ => None,
    };
    let mut problem_response: HttpResponse<BoxBody> = Problem::new(status, detail).response();
    for (name, value) in original.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            problem_response
                .headers_mut()
                .insert(name.clone(), value.clone());
        }
    }
    let res = ServiceResponse::new(req, problem_response).map_into_boxed_body();
    Ok(ErrorHandlerResponse::Response(res.map_into_right_body()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_errors_hide_their_cause() {
        let err = AppError::Internal(anyhow::anyhow!("select secret from users failed"));
        assert_eq!(err.status_code(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(err.detail(), None);
    }

    #[test]
    fn pool_timeouts_are_unavailable() {
        let err = AppError::Database(sqlx::Error::PoolTimedOut);
        assert_eq!(err.status_code(), StatusCode::SERVICE_UNAVAILABLE);
    }

    /// actix's own rejections, through the same settings and middleware the service uses.
    mod extractor_rejections {
        use actix_web::middleware::ErrorHandlers;
        use actix_web::{App, test, web};
        use serde::Deserialize;

        use super::super::*;

        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Body {
            title: String,
        }

        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct Page {
            limit: u32,
        }

        async fn call(req: test::TestRequest) -> (u16, String, serde_json::Value) {
            let app = test::init_service(
                App::new()
                    .configure(configure_extractors)
                    .route(
                        "/things",
                        web::post().to(|_: web::Json<Body>| async { "ok" }),
                    )
                    .route(
                        "/things/{id}",
                        web::get().to(|_: web::Path<uuid::Uuid>| async { "ok" }),
                    )
                    .route(
                        "/things",
                        web::get().to(|_: web::Query<Page>| async { "ok" }),
                    )
                    .default_service(web::to(|| async {
                        Err::<HttpResponse, _>(AppError::NotFound("no resource here".into()))
                    }))
                    .wrap(ErrorHandlers::new().default_handler(problem_for_bare_errors)),
            )
            .await;
            let res = test::call_service(&app, req.to_request()).await;
            let status = res.status().as_u16();
            let content_type = res
                .headers()
                .get("content-type")
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned();
            let body: serde_json::Value = test::read_body_json(res).await;
            assert_eq!(body["status"], status);
            (status, content_type, body)
        }

        fn post(body: &'static str) -> test::TestRequest {
            test::TestRequest::post()
                .uri("/things")
                .insert_header(("content-type", "application/json"))
                .set_payload(body)
        }

        #[actix_web::test]
        async fn each_rejection_is_a_problem_with_the_right_status() {
            let huge = format!("{{\"title\": \"{}\"}}", "x".repeat(JSON_BODY_LIMIT));
            let cases: Vec<(&str, test::TestRequest, u16)> = vec![
                ("malformed JSON", post("{\"title\": "), 400),
                ("not JSON at all", post("title=x"), 400),
                (
                    "unknown field",
                    post(r#"{"title": "t", "is_admin": true}"#),
                    422,
                ),
                ("missing field", post("{}"), 422),
                ("wrong type", post(r#"{"title": 5}"#), 422),
                (
                    "wrong content type",
                    test::TestRequest::post()
                        .uri("/things")
                        .insert_header(("content-type", "text/plain"))
                        .set_payload(r#"{"title": "t"}"#),
                    415,
                ),
                (
                    "body over the limit",
                    test::TestRequest::post()
                        .uri("/things")
                        .insert_header(("content-type", "application/json"))
                        .set_payload(huge),
                    413,
                ),
                // A malformed id names nothing, like an unknown one (`edge::path_refusal`).
                (
                    "bad path parameter",
                    test::TestRequest::get().uri("/things/not-a-uuid"),
                    404,
                ),
                (
                    "bad query parameter",
                    test::TestRequest::get().uri("/things?limit=many"),
                    422,
                ),
                (
                    "unknown route",
                    test::TestRequest::get().uri("/nowhere"),
                    404,
                ),
            ];
            for (case, req, expected) in cases {
                let (status, content_type, body) = call(req).await;
                assert_eq!(status, expected, "{case}: {body}");
                assert_eq!(content_type, PROBLEM_CONTENT_TYPE, "{case}");
                assert!(body["detail"].is_string(), "{case}: {body}");
            }
        }

        #[actix_web::test]
        async fn the_unknown_field_is_named() {
            let (_, _, body) = call(post(r#"{"title": "t", "is_admin": true}"#)).await;
            assert!(
                body["detail"].as_str().unwrap().contains("is_admin"),
                "{body}"
            );
        }
    }

    #[test]
    fn problem_serialises_without_empty_members() {
        let json = serde_json::to_value(Problem::new(StatusCode::NOT_FOUND, None)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404})
        );
    }
}
