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

/// The names of the component schemas that `node` refers to (`#/components/schemas/X`).
fn references(node: &Value, into: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref") {
                let name = target.trim_start_matches("#/components/schemas/");
                into.push(name.to_owned());
            }
            map.values().for_each(|v| references(v, into));
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, into)),
        _ => {}
    }
}

/// Every component schema reachable from the responses, following references.
fn response_schemas(doc: &Value) -> std::collections::BTreeSet<String> {
    let mut todo = Vec::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            references(&operation["responses"], &mut todo);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone()) {
            let schema = &doc["components"]["schemas"][&name];
            assert!(
                schema.is_object(),
                "#/components/schemas/{name} is referenced but missing"
            );
            references(schema, &mut todo);
        }
    }
    seen
}

/// Properties of `schema` (and of objects inline in it) not listed as required.
fn optional_properties(schema: &Value, at: &str, into: &mut Vec<String>) {
    let Some(schema) = schema.as_object() else {
        return;
    };
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (name, property) in properties {
            if !required.contains(&name.as_str()) {
                into.push(format!("{at}.{name}"));
            }
            optional_properties(property, &format!("{at}.{name}"), into);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(inner) = schema.get(key) {
            optional_properties(inner, &format!("{at}[]"), into);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for inner in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            optional_properties(inner, at, into);
        }
    }
}

/// The server sends every field of a response, as null when empty (no field is skipped), so a
/// response schema lists every property as required; otherwise generated clients type it
/// `T | null | undefined`. The one exception is the problem document, whose `detail` and
/// `errors` are left out when there is nothing to say (RFC 9457 makes every member optional).
#[test]
fn every_property_of_a_response_schema_is_required() {
    let doc: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    let schemas = response_schemas(&doc);
    assert!(
        schemas.contains("Meeting") && schemas.contains("Page_Meeting"),
        "{schemas:?}"
    );
    let mut optional = Vec::new();
    for name in &schemas {
        optional_properties(&doc["components"]["schemas"][name], name, &mut optional);
    }
    // Inline response bodies, too.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            for (status, response) in operation["responses"].as_object().unwrap() {
                for (media_type, content) in response["content"].as_object().into_iter().flatten() {
                    let at = format!("{method} {path} {status} {media_type}");
                    optional_properties(&content["schema"], &at, &mut optional);
                }
            }
        }
    }
    optional.retain(|p| p != "Problem.detail" && p != "Problem.errors");
    assert!(
        optional.is_empty(),
        "response properties not listed as required:\n  {}",
        optional.join("\n  ")
    );
}

/// A list page refers to its item schema: an inline copy becomes a class of its own in
/// generated clients (`PageMeetingItemsItem` beside `Meeting`).
#[test]
fn list_pages_refer_to_their_item_schema() {
    let doc: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let pages: Vec<_> = schemas.keys().filter(|n| n.starts_with("Page_")).collect();
    assert!(pages.len() >= 10, "{pages:?}");
    for name in pages {
        let item = name.trim_start_matches("Page_");
        assert_eq!(
            schemas[name]["properties"]["items"]["items"],
            serde_json::json!({"$ref": format!("#/components/schemas/{item}")}),
            "{name}"
        );
    }
    // No other inline object anywhere in the components repeats a named one.
    let named: Vec<(&String, &Value)> = schemas
        .iter()
        .filter(|(_, s)| s.get("properties").is_some())
        .collect();
    fn inline_copies<'a>(node: &'a Value, top: bool, into: &mut Vec<&'a Value>) {
        match node {
            Value::Object(map) => {
                if !top && map.contains_key("properties") {
                    into.push(node);
                }
                map.values().for_each(|v| inline_copies(v, false, into));
            }
            Value::Array(items) => items.iter().for_each(|v| inline_copies(v, false, into)),
            _ => {}
        }
    }
    for (name, schema) in schemas {
        let mut inline = Vec::new();
        inline_copies(schema, true, &mut inline);
        for copy in inline {
            if let Some((copied, _)) = named.iter().find(|(_, s)| *s == copy) {
                panic!("{name} holds an inline copy of {copied}");
            }
        }
    }
}

/// Files are binary strings, which generators turn into a Blob or a File; text downloads are
/// strings.
#[test]
fn downloads_are_declared_as_binary_or_text() {
    let doc: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    let body = |path: &str| {
        doc["paths"][path]["get"]["responses"]["200"]["content"]
            .as_object()
            .unwrap_or_else(|| panic!("{path} has no 200 content"))
            .clone()
    };
    let word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    let docx = body("/api/v1/meetings/{id}/minutes.docx");
    // What the server sends comes first (generators and Swagger UI take the first they know);
    // octet-stream, the name every generator knows for bytes, follows.
    let document = minutebook::openapi::document();
    let operation = document.paths.paths["/api/v1/meetings/{id}/minutes.docx"]
        .get
        .as_ref()
        .unwrap();
    let utoipa::openapi::RefOr::T(ok) = &operation.responses.responses["200"] else {
        panic!("the docx 200 is a reference");
    };
    let media_types: Vec<&String> = ok.content.keys().collect();
    assert_eq!(media_types, [word, "application/octet-stream"]);
    for (media_type, content) in &docx {
        assert_eq!(content["schema"]["type"], "string", "{media_type}");
        assert_eq!(content["schema"]["format"], "binary", "{media_type}");
        assert_eq!(content["schema"]["contentMediaType"], media_type.as_str());
    }
    for path in ["/api/v1/meetings/{id}/minutes.md", "/calendar/{token}.ics"] {
        let text = body(path);
        assert_eq!(text.len(), 1, "{path}");
        let (media_type, text) = text.into_iter().next().unwrap();
        assert!(media_type.starts_with("text/"), "{path}: {media_type}");
        assert_eq!(text["schema"]["type"], "string", "{path}");
        assert!(text["schema"].get("format").is_none(), "{path}");
    }
}

/// Each error status shows an example of its own, in the shape the server sends: a 401 does not
/// show a 422's field errors.
#[test]
fn every_error_response_has_an_example_of_its_status() {
    let doc: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    let mut statuses = std::collections::BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            for (status, response) in operation["responses"].as_object().unwrap() {
                if !(status.starts_with('4') || status.starts_with('5')) {
                    continue;
                }
                let at = format!("{method} {path} {status}");
                let example = &response["content"]["application/problem+json"]["example"];
                assert_eq!(example["status"].to_string(), *status, "{at}: {example}");
                assert_eq!(example["type"], "about:blank", "{at}");
                let reason = actix_web::http::StatusCode::from_bytes(status.as_bytes())
                    .unwrap()
                    .canonical_reason()
                    .unwrap();
                assert_eq!(example["title"], reason, "{at}");
                if status == "500" {
                    // The cause is in the log, never in the answer.
                    assert!(example.get("detail").is_none(), "{at}: {example}");
                } else {
                    assert!(
                        example["detail"].as_str().is_some_and(|d| !d.is_empty()),
                        "{at}"
                    );
                }
                if status == "422" {
                    let errors = example["errors"].as_array().expect("422 has errors[]");
                    assert!(
                        errors[0]["field"].as_str().unwrap().starts_with('/'),
                        "{at}"
                    );
                } else {
                    assert!(example.get("errors").is_none(), "{at}: {example}");
                }
                statuses.insert(status.clone());
            }
        }
    }
    for status in [
        "400", "401", "403", "404", "409", "412", "413", "415", "422", "428", "429", "500", "503",
    ] {
        assert!(statuses.contains(status), "no operation declares {status}");
    }
}
