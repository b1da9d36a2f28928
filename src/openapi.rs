//! The OpenAPI 3.1 document, collected from the registered routes by utoipa-actix-web.

use std::sync::OnceLock;

use actix_web::App;
use actix_web::dev::ResourceDef;
use utoipa::openapi::path::ParameterIn;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{Content, OpenApi as Document, Ref, RefOr, Response};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

use crate::error::{FieldError, Problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "minutebook",
        description = "Records of Party branch meetings: meetings, attendance, speeches and \
            rectification items, with organisation-scoped access. Every error is an RFC 9457 \
            `application/problem+json` document.",
        license(name = "MIT OR Apache-2.0", identifier = "MIT OR Apache-2.0"),
    ),
    components(schemas(Problem, FieldError)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Log in, refresh tokens, log out"),
        (name = "me", description = "The caller's own account"),
        (name = "org-units", description = "The organisation tree and its memberships"),
        (name = "users", description = "User accounts"),
        (name = "people", description = "Members and guests who attend and speak"),
        (name = "meetings", description = "Meetings, their attendance and their minutes"),
        (name = "speeches", description = "What each person said, in order"),
        (name = "rectification", description = "Rectification items, from problem to verified close"),
        (name = "reports", description = "Roll-ups for secretaries and reviewers"),
        (name = "search", description = "Chinese-aware full-text search"),
        (name = "audit", description = "Who changed what, when"),
        (name = "operations", description = "Health checks and metrics for operators"),
    ),
)]
struct ApiDoc;

/// Adds the bearer (JWT) security scheme that authenticated operations refer to.
struct BearerAuth;

/// Name of the security scheme in the document.
pub const BEARER: &str = "bearer";

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut Document) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            BEARER,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("An access token from POST /api/v1/auth/login"))
                    .build(),
            ),
        );
    }
}

/// The document for the routes of [`crate::routes::configure`].
pub fn document() -> Document {
    let (_, mut document) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(crate::routes::configure)
        .split_for_parts();
    add_problem_responses(&mut document);
    document
}

/// The methods the document lists for the path template that `path` matches ("GET, PATCH"),
/// for the `Allow` of a 405; `None` when no template matches.
pub fn allowed_methods(path: &str) -> Option<&'static str> {
    static TEMPLATES: OnceLock<Vec<(ResourceDef, String)>> = OnceLock::new();
    let templates = TEMPLATES.get_or_init(|| {
        document()
            .paths
            .paths
            .iter()
            .map(|(template, item)| {
                let methods = [
                    ("GET", &item.get),
                    ("PUT", &item.put),
                    ("POST", &item.post),
                    ("DELETE", &item.delete),
                    ("OPTIONS", &item.options),
                    ("HEAD", &item.head),
                    ("PATCH", &item.patch),
                    ("TRACE", &item.trace),
                ]
                .into_iter()
                .filter(|(_, operation)| operation.is_some())
                .map(|(method, _)| method)
                .collect::<Vec<_>>()
                .join(", ");
                (ResourceDef::new(template.as_str()), methods)
            })
            .collect()
    });
    templates
        .iter()
        .find(|(template, _)| template.is_match(path))
        .map(|(_, methods)| methods.as_str())
}

/// Every error answer is a problem document, and some can come from any operation of a kind
/// (401 from any secured one, 422 from any with a body, …). Handlers declare what is
/// particular to them; this adds the common answers and the problem schema to all of them.
fn add_problem_responses(document: &mut Document) {
    for (path, item) in document.paths.paths.iter_mut() {
        let api = path.starts_with(crate::routes::API_PREFIX);
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ];
        for operation in operations.into_iter().flatten() {
            let has_body = operation.request_body.is_some();
            let has_params = operation.parameters.as_ref().is_some_and(|p| !p.is_empty());
            let has_in = |place: ParameterIn| {
                operation
                    .parameters
                    .iter()
                    .flatten()
                    .any(|p| matches!(p, RefOr::T(p) if p.parameter_in == place))
            };
            // A path parameter that does not fit names nothing (404); a query parameter that
            // does not fit is a 422 naming it (`edge`).
            let (has_path, has_query) = (has_in(ParameterIn::Path), has_in(ParameterIn::Query));
            let mut common = Vec::new();
            if has_body || has_params {
                common.push((
                    "400",
                    "Malformed JSON, a malformed header, or a cursor that is not ours",
                ));
            }
            if has_path {
                common.push((
                    "404",
                    "Nothing has this path: an unknown id, or one that is no UUID",
                ));
            }
            if operation.security.is_some() {
                common.push(("401", "No valid access token"));
                if !crate::routes::me::OPEN_WHILE_PASSWORD_CHANGE_REQUIRED.contains(&path.as_str())
                {
                    common.push((
                        "403",
                        "Forbidden; also every operation of a user whose password was reset, \
                         until it chooses a new one (PUT /api/v1/me/password)",
                    ));
                }
            }
            if has_body {
                common.push(("413", "The body is over 1 MiB"));
                common.push(("415", "The body is not application/json"));
            }
            if has_body || has_query {
                common.push(("422", "A field is invalid or unknown"));
            }
            common.push((
                "500",
                "An unexpected error; the log has it under the X-Request-Id",
            ));
            if api {
                common.push(("503", "The database is unavailable; retry later"));
            }
            let responses = &mut operation.responses.responses;
            for (status, description) in common {
                responses
                    .entry(status.to_owned())
                    .or_insert_with(|| RefOr::T(Response::new(description)));
            }
            for (status, response) in responses.iter_mut() {
                if let (true, RefOr::T(response)) = (status.as_str() >= "400", response)
                    && response.content.is_empty()
                {
                    response.content.insert(
                        crate::error::PROBLEM_CONTENT_TYPE.to_owned(),
                        RefOr::T(Content::new(Some(Ref::from_schema_name("Problem")))),
                    );
                }
            }
        }
    }
}

/// The document as committed in `openapi/openapi.json`: pretty JSON, newline-terminated by the
/// printer.
pub fn document_json() -> String {
    document()
        .to_pretty_json()
        .expect("the OpenAPI document serialises")
}
