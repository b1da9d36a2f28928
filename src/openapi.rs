//! The OpenAPI 3.1 document, collected from the registered routes by utoipa-actix-web.

use std::sync::OnceLock;

use actix_web::App;
use actix_web::dev::ResourceDef;
use actix_web::http::StatusCode;
use serde_json::Value;
use utoipa::openapi::path::ParameterIn;
use utoipa::openapi::schema::{ArrayItems, KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Document, Ref, RefOr, Response};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

use crate::error::{FieldError, JSON_BODY_LIMIT, Problem};

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
        (name = "committee", description = "Branch committees: their terms, members and posts"),
        (name = "people", description = "Members and guests who attend and speak"),
        (name = "meetings", description = "Meetings, their attendance and their minutes"),
        (name = "speeches", description = "What each person said, in order"),
        (name = "decisions", description = "What a meeting decided and how it was voted, counted by the branch's rules"),
        (name = "rectification", description = "Rectification items, from problem to verified close"),
        (name = "reports", description = "Roll-ups for secretaries and reviewers"),
        (name = "search", description = "Chinese-aware full-text search"),
        (name = "audit", description = "Who changed what, when"),
        (name = "attachments", description = "Files of meetings (sign-in sheets, photos, materials) and evidence of rectification items"),
        (name = "notifications", description = "What the caller is told: assignments, decisions, reminders"),
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
    declare_binary_bodies(&mut document);
    reference_named_schemas(&mut document);
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
    let too_large = format!("The body is over {} MiB", JSON_BODY_LIMIT / (1024 * 1024));
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
                common.push(("413", too_large.as_str()));
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
                let RefOr::T(response) = response else {
                    continue;
                };
                if status.as_str() < "400" {
                    continue;
                }
                if response.content.is_empty() {
                    response.content.insert(
                        crate::error::PROBLEM_CONTENT_TYPE.to_owned(),
                        ContentBuilder::new()
                            .schema(Some(Ref::from_schema_name("Problem")))
                            .build()
                            .into(),
                    );
                }
                if let Some(RefOr::T(content)) =
                    response.content.get_mut(crate::error::PROBLEM_CONTENT_TYPE)
                    && content.example.is_none()
                    && content.examples.is_empty()
                {
                    content.example = problem_example(status);
                }
            }
        }
    }
}

/// What the server answers with `status`, as an example for that response: each status its
/// own, so that Swagger UI and generated docs do not show a 422 under a 401.
fn problem_example(status: &str) -> Option<Value> {
    let code = StatusCode::from_bytes(status.as_bytes()).ok()?;
    let too_large = format!("the body is larger than {JSON_BODY_LIMIT} bytes");
    let detail = match code.as_u16() {
        400 => "cursor is not valid; pass next_cursor unchanged",
        401 => "a valid bearer access token is required",
        403 => "your role (member) may not do this here",
        404 => "no such record",
        409 => "a finalized meeting cannot be held",
        412 => "the record has changed since you read it; fetch it again",
        413 => too_large.as_str(),
        415 => "send the body as application/json",
        416 => "the range is outside the file (482113 bytes)",
        422 => "/title: must not be empty",
        428 => "send If-Match with the ETag of the version you read",
        429 => "too many attempts; retry in 900 s",
        503 => "the database is unavailable; try again shortly",
        // A 500 says nothing of its cause: that is in the log, under the X-Request-Id.
        _ => "",
    };
    let mut problem = Problem::new(code, (!detail.is_empty()).then(|| detail.to_owned()));
    if code == StatusCode::UNPROCESSABLE_ENTITY {
        problem.errors = vec![FieldError {
            field: "/title".into(),
            message: "must not be empty".into(),
        }];
    }
    serde_json::to_value(problem).ok()
}

/// A response that is neither JSON nor text is a file: bytes, which generators type as a
/// binary string (a `Blob`, a `File`), not as the array of integers utoipa makes of `Vec<u8>`.
/// Its own media type stays first (it is what the server sends); `application/octet-stream` is
/// listed after it because some generators (openapi-python-client) know bytes only by that
/// name and otherwise drop the response with a warning.
fn declare_binary_bodies(document: &mut Document) {
    const OCTET_STREAM: &str = "application/octet-stream";
    let binary = |media_type: Option<&str>| {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .content_media_type(media_type.unwrap_or(OCTET_STREAM))
            .build()
    };
    for item in document.paths.paths.values_mut() {
        let operations = [&mut item.get, &mut item.post, &mut item.put];
        for operation in operations.into_iter().flatten() {
            // A file uploaded as the body, likewise; it may be sent as octet-stream too.
            if let Some(RefOr::T(body)) = &mut operation.request_body {
                let mut files = false;
                for (media_type, content) in body.content.iter_mut() {
                    let RefOr::T(content) = content else {
                        continue;
                    };
                    let essence = media_type.split(';').next().unwrap_or_default().trim();
                    if !(essence.ends_with("json") || essence.starts_with("text/")) {
                        content.schema = Some(binary(Some(essence)).into());
                        files = true;
                    }
                }
                if files {
                    body.content.insert(
                        OCTET_STREAM.to_owned(),
                        ContentBuilder::new()
                            .schema(Some(binary(None)))
                            .build()
                            .into(),
                    );
                }
            }
            for response in operation.responses.responses.values_mut() {
                let RefOr::T(response) = response else {
                    continue;
                };
                let mut files = Vec::new();
                for (media_type, content) in response.content.iter_mut() {
                    let RefOr::T(content) = content else {
                        continue;
                    };
                    let essence = media_type.split(';').next().unwrap_or_default().trim();
                    if essence.ends_with("json") || essence.starts_with("text/") {
                        continue;
                    }
                    content.schema = Some(binary(Some(essence)).into());
                    files.push(essence.to_owned());
                }
                if !files.is_empty() {
                    response
                        .content
                        .entry(OCTET_STREAM.to_owned())
                        .or_insert_with(|| {
                            ContentBuilder::new()
                                .schema(Some(binary(None)))
                                .build()
                                .into()
                        });
                    response.description = format!(
                        "{} (sent as {}, or as {OCTET_STREAM} when `Accept` prefers that, \
                         for generators that know bytes only by that name)",
                        response.description,
                        files.join(", ")
                    );
                }
            }
        }
    }
}

/// utoipa composes a generic schema with a copy of its argument (`Page<Meeting>` holds a whole
/// `Meeting` as its items), and generators then make a class of every copy. Where a property of
/// a named schema is such a copy of another named object schema, or an array of them, it
/// becomes a reference to it.
fn reference_named_schemas(document: &mut Document) {
    let Some(components) = document.components.as_mut() else {
        return;
    };
    let named: Vec<(String, Value)> = components
        .schemas
        .iter()
        .filter(
            |(_, schema)| matches!(schema, RefOr::T(Schema::Object(o)) if !o.properties.is_empty()),
        )
        .filter_map(|(name, schema)| Some((name.clone(), serde_json::to_value(schema).ok()?)))
        .collect();
    let reference = |schema: &mut RefOr<Schema>| {
        let Ok(value) = serde_json::to_value(&*schema) else {
            return;
        };
        if let Some((name, _)) = named.iter().find(|(_, named)| *named == value) {
            *schema = Ref::from_schema_name(name.as_str()).into();
        }
    };
    for schema in components.schemas.values_mut() {
        let RefOr::T(Schema::Object(object)) = schema else {
            continue;
        };
        for property in object.properties.values_mut() {
            match property {
                RefOr::T(Schema::Array(array)) => {
                    if let ArrayItems::RefOrSchema(items) = &mut array.items {
                        reference(items);
                    }
                }
                other => reference(other),
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
