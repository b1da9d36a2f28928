use serde_json::json;

use crate::helpers::{TestApp, assert_problem, json_of};
use crate::world::{BranchRecords, World};

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

/// A raw body with a bearer token, for encodings `serde_json` would not produce.
async fn send_raw(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: String,
) -> reqwest::Response {
    app.client
        .request(method, app.url(path))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_nul_character_is_refused_where_it_is_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let body = json!({"org_unit_id": w.branch_a, "name": "张\u{0}三", "kind": "member"});
    let problem = assert_problem(app.create_person(token, &body).await, 422).await;
    assert_eq!(problem["errors"][0]["field"], "/name", "{problem}");
    let people: i64 = sqlx::query_scalar("select count(*) from people")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(people, 0);

    // Deep inside an array body too.
    let problem = assert_problem(
        app.put_attendance(
            token,
            &uuid::Uuid::now_v7().to_string(),
            &json!([{"person_id": uuid::Uuid::now_v7(), "status": "leave", "reason": "病\u{0}"}]),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "/0/reason", "{problem}");

    // In a query parameter, named; in a path.
    let problem = assert_problem(
        app.get_as(token, "/api/v1/audit-events?entity_type=meeting%00")
            .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "entity_type", "{problem}");
    let problem = assert_problem(app.get("/calendar/abc%00def.ics").await, 422).await;
    assert_eq!(problem["errors"][0]["field"], "path", "{problem}");
    assert_problem(app.get_as(token, "/api/v1/search?q=%00").await, 422).await;
}

#[tokio::test]
async fn object_bodies_must_be_objects_and_lists_lists() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let person = json_of(
        app.create_person(
            token,
            &json!({"org_unit_id": w.branch_a, "name": "张三", "kind": "member"}),
        )
        .await,
        201,
    )
    .await;
    let path = format!("/api/v1/people/{}", person["id"].as_str().unwrap());
    let response = app
        .client
        .patch(app.url(&path))
        .bearer_auth(token)
        .header("if-match", "\"1\"")
        .json(&json!([null, null]))
        .send()
        .await
        .unwrap();
    let problem = assert_problem(response, 422).await;
    assert!(
        problem["detail"].as_str().unwrap().contains("object"),
        "{problem}"
    );
    for body in ["\"text\"", "42", "null"] {
        let response = send_raw(
            &app,
            reqwest::Method::POST,
            "/api/v1/people",
            token,
            body.into(),
        )
        .await;
        assert_problem(response, 422).await;
    }
    let events: i64 = sqlx::query_scalar(
        "select count(*) from audit_events where entity_type = 'person' and action <> 'create'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(events, 0, "a refused body left an audit row");

    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let attendance = format!("/api/v1/meetings/{}/attendance", r.meeting);
    let response = send_raw(&app, reqwest::Method::PUT, &attendance, token, "{}".into()).await;
    let problem = assert_problem(response, 422).await;
    assert!(
        problem["detail"].as_str().unwrap().contains("array"),
        "{problem}"
    );
}

/// The limit on a speech is in characters; the largest one must get through in any valid
/// JSON encoding, here every character an escaped surrogate pair (12 bytes).
#[tokio::test]
async fn the_largest_speech_fits_the_body_limit_in_any_encoding() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let content = "\\ud840\\udc00".repeat(200_000); // U+20000 𠀀, 200,000 times
    let body = format!(
        r#"{{"speaker_id": "{}", "kind": "remarks", "title": "\u8bb2\u8bdd", "content": "{content}"}}"#,
        r.guest
    );
    assert!(body.len() > 2_400_000);
    let path = format!("/api/v1/meetings/{}/speeches", r.meeting);
    let response = send_raw(
        &app,
        reqwest::Method::POST,
        &path,
        &w.secretary_a.token,
        body,
    )
    .await;
    let speech = json_of(response, 201).await;
    assert_eq!(speech["char_count"], 200_000);
}

#[tokio::test]
async fn a_nul_at_login_is_wrong_credentials() {
    let app = TestApp::spawn().await;
    World::build(&app).await;
    for body in [
        json!({"username": "member.a\u{0}", "password": crate::world::PASSWORD}),
        json!({"username": "member.a", "password": "\u{0}"}),
    ] {
        let response = app
            .request(
                reqwest::Method::POST,
                "/api/v1/auth/login",
                None,
                Some(&body),
            )
            .await;
        assert_problem(response, 401).await;
    }
    // Other shapes are still named.
    let response = app
        .request(
            reqwest::Method::POST,
            "/api/v1/auth/login",
            None,
            Some(&json!(["a", "b"])),
        )
        .await;
    assert_problem(response, 422).await;
}
