//! Browsers on other origins: CORS for the origins in `MINUTEBOOK_CORS_ORIGINS`, nothing for
//! the rest, and nothing at all when the list is empty.

use minutebook::config::CorsOrigins;
use reqwest::header::HeaderMap;
use reqwest::{Method, Response};
use serde_json::json;

use crate::helpers::{TestApp, assert_problem, json_of};
use crate::world::World;

const APP_ORIGIN: &str = "https://app.example.org";
const DEV_ORIGIN: &str = "http://localhost:5173";
const OTHER_ORIGIN: &str = "https://evil.example.net";

async fn with_origins(app: &TestApp) -> TestApp {
    app.instance_configured(|settings| {
        settings.cors_origins = CorsOrigins::parse(&format!("{APP_ORIGIN}, {DEV_ORIGIN}")).unwrap();
    })
    .await
}

async fn preflight(
    app: &TestApp,
    origin: &str,
    path: &str,
    method: &str,
    headers: &str,
) -> Response {
    app.client
        .request(Method::OPTIONS, app.url(path))
        .header("Origin", origin)
        .header("Access-Control-Request-Method", method)
        .header("Access-Control-Request-Headers", headers)
        .send()
        .await
        .unwrap()
}

fn list(headers: &HeaderMap, name: &str) -> Vec<String> {
    headers
        .get_all(name)
        .iter()
        .flat_map(|v| v.to_str().unwrap().split(','))
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| !v.is_empty())
        .collect()
}

/// No allowance: without `Access-Control-Allow-Origin` a browser hides the answer from the page
/// (the exposed names alone allow nothing).
fn allows_nothing(headers: &HeaderMap) -> bool {
    headers
        .keys()
        .all(|name| !name.as_str().starts_with("access-control-allow-"))
}

fn has_no_cors_headers(headers: &HeaderMap) -> bool {
    headers
        .keys()
        .all(|name| !name.as_str().starts_with("access-control-"))
}

/// What a browser needs on an answer to an allowed origin to let the page read it.
fn assert_readable_by(headers: &HeaderMap, origin: &str, what: &str) {
    assert_eq!(
        headers
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap()),
        Some(origin),
        "{what}: {headers:?}"
    );
    let exposed = list(headers, "access-control-expose-headers");
    for header in [
        "etag",
        "location",
        "x-request-id",
        "retry-after",
        "idempotent-replayed",
    ] {
        assert!(
            exposed.iter().any(|e| e == header),
            "{what}: {header} not exposed in {exposed:?}"
        );
    }
    assert!(
        list(headers, "vary").iter().any(|v| v == "origin"),
        "{what}: the answer depends on Origin, so caches must know: {headers:?}"
    );
}

#[tokio::test]
async fn a_preflight_from_an_allowed_origin_is_answered() {
    let app = TestApp::spawn().await;
    let app = with_origins(&app).await;
    for (path, method, headers) in [
        (
            "/api/v1/meetings",
            "POST",
            "authorization, content-type, idempotency-key",
        ),
        (
            "/api/v1/meetings/019a1b2c-0000-7000-8000-000000000001",
            "PATCH",
            "authorization, content-type, if-match",
        ),
        (
            "/api/v1/people/019a1b2c-0000-7000-8000-000000000001",
            "DELETE",
            "authorization, if-match",
        ),
        ("/api/v1/auth/login", "POST", "content-type"),
        (
            "/api/v1/meeting-rules/party_lecture",
            "PUT",
            "authorization, content-type",
        ),
    ] {
        for origin in [APP_ORIGIN, DEV_ORIGIN] {
            let response = preflight(&app, origin, path, method, headers).await;
            let what = format!("OPTIONS {path} for {method} from {origin}");
            assert_eq!(response.status(), 200, "{what}");
            let h = response.headers();
            assert_eq!(h["access-control-allow-origin"], origin, "{what}");
            let methods = list(h, "access-control-allow-methods");
            for m in ["get", "post", "put", "patch", "delete"] {
                assert!(methods.iter().any(|x| x == m), "{what}: {m} in {methods:?}");
            }
            let allowed = list(h, "access-control-allow-headers");
            for header in [
                "authorization",
                "content-type",
                "if-match",
                "idempotency-key",
            ] {
                assert!(
                    allowed.iter().any(|x| x == header),
                    "{what}: {header} in {allowed:?}"
                );
            }
            assert_eq!(h["access-control-max-age"], "3600", "{what}");
            assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
            assert!(h.contains_key("x-request-id"), "{what}");
            assert!(
                h.get("access-control-allow-credentials").is_none(),
                "{what}"
            );
        }
    }
}

#[tokio::test]
async fn a_preflight_from_another_origin_gets_no_allowance() {
    let app = TestApp::spawn().await;
    let app = with_origins(&app).await;
    for origin in [
        OTHER_ORIGIN,
        "https://app.example.org:8443",
        "http://app.example.org",
        "null",
    ] {
        let response = preflight(&app, origin, "/api/v1/meetings", "POST", "authorization").await;
        assert!(
            allows_nothing(response.headers()),
            "{origin}: {:?}",
            response.headers()
        );
        assert!(!response.status().is_success(), "{origin}");
        // Refused like any other error: a problem with a request id and the usual headers.
        assert!(response.headers().contains_key("x-request-id"));
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert_problem(response, 400).await;
    }
    // A header the API does not read is not allowed either, even from an allowed origin.
    let response = preflight(&app, APP_ORIGIN, "/api/v1/meetings", "POST", "x-custom").await;
    assert!(
        response
            .headers()
            .get("access-control-allow-headers")
            .is_none()
    );
    assert!(!response.status().is_success());
}

#[tokio::test]
async fn answers_and_errors_are_readable_by_an_allowed_origin_only() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let app = with_origins(&app).await;
    let token = w.secretary_a.token.as_str();
    let send = |method: Method, path: &str, origin: &str| {
        app.client
            .request(method, app.url(path))
            .header("Origin", origin)
    };

    // A login, then a create with an idempotency key and its replay.
    let login = send(Method::POST, "/api/v1/auth/login", APP_ORIGIN)
        .json(&json!({"username": w.secretary_a.username, "password": crate::world::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_readable_by(login.headers(), APP_ORIGIN, "login");
    json_of(login, 200).await;
    let meeting = json!({
        "org_unit_id": w.branch_a, "kind": "party_lecture", "title": "专题党课",
        "starts_at": "2026-12-01T09:00:00+08:00"
    });
    let create = || {
        send(Method::POST, "/api/v1/meetings", DEV_ORIGIN)
            .bearer_auth(token)
            .header("Idempotency-Key", "cors-test-create-1")
            .json(&meeting)
    };
    let created = create().send().await.unwrap();
    assert_eq!(created.status(), 201);
    assert!(created.headers().contains_key("location"));
    assert_readable_by(created.headers(), DEV_ORIGIN, "create");
    let replayed = create().send().await.unwrap();
    assert!(replayed.headers().contains_key("idempotent-replayed"));
    assert_readable_by(replayed.headers(), DEV_ORIGIN, "replay");

    // Errors too, or the page could not tell a 401 from a network failure: from the handler,
    // the router, the body parser and the edge middleware.
    let errors = [
        (send(Method::GET, "/api/v1/me", APP_ORIGIN), 401),
        (send(Method::GET, "/api/v1/no-such-thing", APP_ORIGIN), 404),
        (
            send(Method::POST, "/api/v1/meetings", APP_ORIGIN)
                .bearer_auth(token)
                .json(&json!({"title": ""})),
            422,
        ),
        (
            send(Method::GET, "/api/v1/meetings?q=a%00b", APP_ORIGIN).bearer_auth(token),
            422,
        ),
    ];
    for (request, status) in errors {
        let response = request.send().await.unwrap();
        let what = format!("{} ({status})", response.url());
        assert_readable_by(response.headers(), APP_ORIGIN, &what);
        assert_problem(response, status).await;
    }

    // Another origin gets the same answers, without the headers that let its page read them.
    let me = send(Method::GET, "/api/v1/me", OTHER_ORIGIN)
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert!(allows_nothing(me.headers()), "{:?}", me.headers());
    json_of(me, 200).await;
    let unauthorized = send(Method::GET, "/api/v1/me", OTHER_ORIGIN)
        .send()
        .await
        .unwrap();
    assert!(allows_nothing(unauthorized.headers()));
    assert_problem(unauthorized, 401).await;
}

#[tokio::test]
async fn without_origins_there_is_no_cors_at_all() {
    let app = TestApp::spawn().await;
    let response = preflight(
        &app,
        APP_ORIGIN,
        "/api/v1/meetings",
        "POST",
        "authorization",
    )
    .await;
    assert!(
        has_no_cors_headers(response.headers()),
        "{:?}",
        response.headers()
    );
    assert!(!response.status().is_success());
    let response = app
        .client
        .get(app.url("/health/live"))
        .header("Origin", APP_ORIGIN)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        has_no_cors_headers(response.headers()),
        "{:?}",
        response.headers()
    );
}
