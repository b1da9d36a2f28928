use serde_json::Value;

use crate::helpers::TestApp;

const REFRESH: &str = "cargo run --quiet -- openapi > openapi/openapi.json";

#[test]
fn the_committed_document_matches_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let generated = minutebook::openapi::document_json();
    if committed.trim_end() != generated.trim_end() {
        // Left for diffing: `diff openapi/openapi.json target/openapi.generated.json`.
        let out = concat!(env!("CARGO_MANIFEST_DIR"), "/target/openapi.generated.json");
        let _ = std::fs::write(out, &generated);
    }
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi/openapi.json differs from what the code generates; refresh it with:\n    {REFRESH}"
    );
}

#[tokio::test]
async fn the_served_document_is_the_generated_one() {
    let app = TestApp::spawn().await;
    let served = app.openapi().await;
    let generated: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    assert_eq!(served, generated);
}

#[test]
fn the_document_is_openapi_3_1_with_bearer_auth() {
    let doc: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1."),
        "{}",
        doc["openapi"]
    );
    let bearer = &doc["components"]["securitySchemes"]["bearer"];
    assert_eq!(bearer["type"], "http");
    assert_eq!(bearer["scheme"], "bearer");
    for path in ["/health/live", "/health/ready", "/metrics"] {
        assert!(doc["paths"][path].is_object(), "{path} is missing");
    }
}

/// Every response needs a description (OpenAPI 3.1 requires it), and every error response
/// is the problem document.
#[test]
fn every_response_is_described_and_every_error_is_a_problem() {
    let doc: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            for (status, response) in operation["responses"].as_object().unwrap() {
                let at = format!("{method} {path} {status}");
                assert!(
                    response["description"]
                        .as_str()
                        .is_some_and(|d| !d.is_empty()),
                    "{at} has no description"
                );
                if status.starts_with('4') || status.starts_with('5') {
                    let schema = &response["content"]["application/problem+json"]["schema"];
                    assert_eq!(schema["$ref"], "#/components/schemas/Problem", "{at}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 4);
}

#[tokio::test]
async fn swagger_ui_is_served_from_the_binary() {
    let app = TestApp::spawn().await;
    let redirect = app.get("/docs").await;
    assert_eq!(redirect.status(), 308);
    assert_eq!(redirect.headers()["location"], "/docs/");

    // The root leads to the documentation until the web client takes it; temporarily, so
    // browsers do not remember it.
    let root = app.get("/").await;
    assert_eq!(root.status(), 307);
    assert_eq!(root.headers()["location"], "/docs/");

    let page = app.get("/docs/").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("swagger-ui"), "{html}");
    // The page's own scripts and styles come from this server, not a CDN.
    assert!(
        !html.contains("https://"),
        "the docs page loads something remote:\n{html}"
    );
    for asset in [
        "/docs/swagger-ui.css",
        "/docs/swagger-ui-bundle.js",
        "/docs/swagger-initializer.js",
    ] {
        let response = app.get(asset).await;
        assert_eq!(response.status(), 200, "{asset}");
        assert!(!response.bytes().await.unwrap().is_empty(), "{asset}");
    }
    let initializer = app
        .get("/docs/swagger-initializer.js")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        initializer.contains("/api-docs/openapi.json"),
        "{initializer}"
    );
}
