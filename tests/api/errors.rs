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

#[tokio::test]
async fn a_wrong_method_is_a_problem_too() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .delete(app.url("/health/live"))
        .send()
        .await
        .unwrap();
    assert_problem(response, 404).await;
}
