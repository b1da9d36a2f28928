//! The OpenAPI 3.1 document, collected from the registered routes by utoipa-actix-web.

use actix_web::App;
use utoipa::openapi::OpenApi as Document;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
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
    tags((name = "operations", description = "Health checks and metrics for operators")),
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
    let (_, document) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(crate::routes::configure)
        .split_for_parts();
    document
}

/// The document as committed in `openapi/openapi.json`: pretty JSON, newline-terminated by the
/// printer.
pub fn document_json() -> String {
    document()
        .to_pretty_json()
        .expect("the OpenAPI document serialises")
}
