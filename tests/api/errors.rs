use crate::helpers::{TestApp, assert_problem};

#[tokio::test]
async fn unknown_routes_are_problem_404s() {
    let app = TestApp::spawn().await;
    // The last one is answered by the Swagger UI service, not the router's default.
    for path in [
        "/no/such/route",
        "/api/v1/nothing-here",
        "/health",
        "/docs/no-such-asset.js",
    ] {
        let body = assert_problem(app.get(path).await, 404).await;
        assert_eq!(body["title"], "Not Found");
        assert!(body["detail"].as_str().unwrap().contains(path), "{body}");
    }
}

/// A path that exists with other methods answers 405 naming them (RFC 9110 §15.5.6).
#[tokio::test]
async fn a_wrong_method_is_a_problem_405_with_allow() {
    let app = TestApp::spawn().await;
    for (method, path, allow) in [
        (reqwest::Method::DELETE, "/health/live", "GET"),
        (reqwest::Method::TRACE, "/api/v1/me", "GET"),
        (
            reqwest::Method::PUT,
            "/api/v1/meetings/not-even-a-uuid",
            "GET, DELETE, PATCH",
        ),
        (reqwest::Method::POST, "/calendar/abc.ics", "GET"),
    ] {
        let response = app
            .client
            .request(method.clone(), app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.headers().get("allow").map(|v| v.to_str().unwrap()),
            Some(allow),
            "{method} {path}"
        );
        let body = assert_problem(response, 405).await;
        assert!(body["detail"].as_str().unwrap().contains(path), "{body}");
    }
}
