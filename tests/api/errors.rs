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

/// A path that exists with other methods answers 405 naming them (RFC 9110 §15.5.6); HEAD
/// is taken wherever GET is.
#[tokio::test]
async fn a_wrong_method_is_a_problem_405_with_allow() {
    let app = TestApp::spawn().await;
    for (method, path, allow) in [
        (reqwest::Method::DELETE, "/health/live", "GET, HEAD"),
        (reqwest::Method::TRACE, "/api/v1/me", "GET, PATCH, HEAD"),
        (
            reqwest::Method::PUT,
            "/api/v1/meetings/not-even-a-uuid",
            "GET, DELETE, PATCH, HEAD",
        ),
        (reqwest::Method::POST, "/calendar/abc.ics", "GET, HEAD"),
        (reqwest::Method::HEAD, "/api/v1/auth/login", "POST"),
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
        if method == reqwest::Method::HEAD {
            // The answer to a HEAD has no body to read.
            assert_eq!(response.status(), 405);
            continue;
        }
        let body = assert_problem(response, 405).await;
        assert!(body["detail"].as_str().unwrap().contains(path), "{body}");
    }
}

/// HEAD answers as GET does, without the body (RFC 9110 §9.3.2).
#[tokio::test]
async fn head_answers_as_get_without_the_body() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    for path in ["/health/live", "/api/v1/me", "/api/v1/meetings"] {
        let get = app.get_as(&w.member_a.token, path).await;
        assert_eq!(get.status(), 200, "{path}");
        let length = get.headers()["content-length"].clone();
        let head = app
            .client
            .head(app.url(path))
            .bearer_auth(&w.member_a.token)
            .send()
            .await
            .unwrap();
        assert_eq!(head.status(), 200, "{path}");
        assert_eq!(head.headers()["content-length"], length, "{path}");
        assert!(head.headers().contains_key("x-request-id"), "{path}");
        assert!(head.bytes().await.unwrap().is_empty(), "{path}");
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

/// The one field error of a 422: its field and message.
async fn field_error(response: reqwest::Response) -> (String, String) {
    let problem = assert_problem(response, 422).await;
    let errors = problem["errors"].as_array().expect("errors[]");
    assert_eq!(errors.len(), 1, "{problem}");
    let field = errors[0]["field"].as_str().unwrap().to_owned();
    let message = errors[0]["message"].as_str().unwrap().to_owned();
    assert_eq!(
        problem["detail"],
        format!("{field}: {message}"),
        "{problem}"
    );
    (field, message)
}

/// A body that does not fit its type names the field as a JSON pointer and says what it must
/// be, in the words of the document, not serde's ("premature end of input").
#[tokio::test]
async fn type_errors_in_a_body_name_the_field_and_what_it_must_be() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let meeting = |change: serde_json::Value| {
        let mut body = json!({
            "org_unit_id": w.branch_a, "kind": "committee_meeting", "title": "支委会",
            "starts_at": "2026-12-01T09:00:00+08:00"
        });
        for (k, v) in change.as_object().unwrap() {
            if v.is_null() {
                body.as_object_mut().unwrap().remove(k);
            } else {
                body[k] = v.clone();
            }
        }
        body
    };
    let cases = [
        (
            json!({"starts_at": "2026-12-01T09:00:00"}),
            "/starts_at",
            "must be an RFC 3339 time with offset, e.g. 2026-12-01T09:00:00+08:00",
        ),
        (
            json!({"org_unit_id": "branch-a"}),
            "/org_unit_id",
            "must be a UUID, e.g. ",
        ),
        (
            json!({"kind": "party_congress"}),
            "/kind",
            "must be one of: ",
        ),
        (json!({"title": 5}), "/title", "must be a string"),
        (json!({"title": null}), "/title", "is required"),
        (
            json!({"is_admin": true}),
            "/is_admin",
            "is not a known field; known fields: ",
        ),
    ];
    for (change, field, message) in cases {
        let (got_field, got_message) =
            field_error(app.create_meeting(token, &meeting(change.clone())).await).await;
        assert_eq!(got_field, field, "{change}");
        assert!(
            got_message.starts_with(message),
            "{change}: {got_message:?}"
        );
    }
    let (_, message) = field_error(
        app.create_meeting(token, &meeting(json!({"kind": "x"})))
            .await,
    )
    .await;
    assert!(message.contains("committee_meeting"), "{message}");
    let meetings: i64 = sqlx::query_scalar("select count(*) from meetings")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(meetings, 0, "a refused body created a meeting");

    // A date, an integer, and fields inside an array body.
    let item = json!({
        "org_unit_id": w.branch_a, "problem": "学习不够", "measure": "每月精读",
        "owner_id": uuid::Uuid::now_v7(), "due_on": "2026/12/31"
    });
    let (field, message) = field_error(
        app.post_as(token, "/api/v1/rectification-items", &item)
            .await,
    )
    .await;
    assert_eq!(field, "/due_on");
    assert_eq!(message, "must be a date as YYYY-MM-DD, e.g. 2026-12-31");
    let updates = format!(
        "/api/v1/rectification-items/{}/updates",
        uuid::Uuid::now_v7()
    );
    let (field, message) = field_error(
        app.post_as(
            token,
            &updates,
            &json!({"note": "过半", "progress_percent": "half"}),
        )
        .await,
    )
    .await;
    assert_eq!(field, "/progress_percent");
    assert!(message.starts_with("must be an integer"), "{message}");
    let meeting_id = uuid::Uuid::now_v7().to_string();
    let (field, message) = field_error(
        app.put_attendance(
            token,
            &meeting_id,
            &json!([
                {"person_id": uuid::Uuid::now_v7(), "status": "present"},
                {"person_id": "张三", "status": "present"}
            ]),
        )
        .await,
    )
    .await;
    assert_eq!(field, "/1/person_id");
    assert!(message.starts_with("must be a UUID"), "{message}");
    let (field, message) = field_error(
        app.put_attendance(
            token,
            &meeting_id,
            &json!([{"person_id": uuid::Uuid::now_v7(), "status": "late"}]),
        )
        .await,
    )
    .await;
    assert_eq!(field, "/0/status");
    assert_eq!(message, "must be one of: present, absent, leave");
    let (field, _) = field_error(
        app.put_attendance(token, &meeting_id, &json!([{"status": "present"}]))
            .await,
    )
    .await;
    assert_eq!(field, "/0/person_id");
}

/// A query parameter that does not fit is a 422 naming it as in the URL.
#[tokio::test]
async fn type_errors_in_a_query_name_the_parameter() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let compliance = |year: &str| {
        format!(
            "/api/v1/reports/meeting-compliance?org_unit_id={}&year={year}",
            w.branch_a
        )
    };
    let cases = [
        (compliance("abc"), "year", "must be an integer"),
        (
            "/api/v1/meetings?limit=x".to_owned(),
            "limit",
            "must be an integer",
        ),
        (
            "/api/v1/meetings?org_unit_id=branch-a".to_owned(),
            "org_unit_id",
            "must be a UUID",
        ),
        (
            "/api/v1/meetings?from=2026-12-01".to_owned(),
            "from",
            "must be an RFC 3339 time with offset",
        ),
        (
            "/api/v1/meetings?status=done".to_owned(),
            "status",
            "must be one of: ",
        ),
        (
            "/api/v1/meetings?colour=red".to_owned(),
            "colour",
            "is not a known field",
        ),
        (
            "/api/v1/reports/meeting-compliance?year=2026".to_owned(),
            "org_unit_id",
            "is required",
        ),
    ];
    for (path, field, message) in cases {
        let (got_field, got_message) = field_error(app.get_as(token, &path).await).await;
        assert_eq!(got_field, field, "{path}");
        assert!(got_message.starts_with(message), "{path}: {got_message:?}");
    }
}

/// A path id that is no UUID names nothing: 404 like an unknown id, saying which parameter
/// and what it must be.
#[tokio::test]
async fn a_malformed_path_id_is_a_404_that_names_it() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let unknown = format!("/api/v1/meetings/{}", uuid::Uuid::now_v7());
    assert_problem(app.get_as(token, &unknown).await, 404).await;
    let problem = assert_problem(app.get_as(token, "/api/v1/meetings/42").await, 404).await;
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.starts_with("id: must be a UUID, e.g. "), "{problem}");
    assert!(detail.contains("`42`"), "{problem}");
    // Every parameter of a path is checked, not only the first.
    let member = format!("/api/v1/org-units/{}/members/someone", w.branch_a);
    let problem = assert_problem(app.delete_as(token, &member).await, 404).await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("must be a UUID"),
        "{problem}"
    );
}

/// If-Match is evaluated after reach and role (RFC 9110 §13.2.1), compared strongly, and may
/// list several tags.
#[tokio::test]
async fn preconditions_come_after_reach_and_role_and_compare_strongly() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let person = format!("/api/v1/people/{}", r.guest);
    let change = json!({"title": "副市长"});
    let patch = |token: &str, if_match: Option<&str>| {
        let headers: Vec<(String, String)> = if_match
            .map(|v| ("If-Match".to_owned(), v.to_owned()))
            .into_iter()
            .collect();
        let token = token.to_owned();
        let (app, person, change) = (&app, person.clone(), change.clone());
        async move {
            let headers: Vec<(&str, &str)> = headers
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            app.request_with(
                reqwest::Method::PATCH,
                &person,
                Some(&token),
                Some(&change),
                &headers,
            )
            .await
        }
    };
    // Out of reach: 404 whatever the precondition says, stale or missing.
    assert_problem(patch(&w.secretary_b.token, Some("\"99\"")).await, 404).await;
    assert_problem(patch(&w.secretary_b.token, None).await, 404).await;
    // In reach but not allowed to write: 403.
    assert_problem(patch(&w.member_a.token, Some("\"99\"")).await, 403).await;
    assert_problem(patch(&w.member_a.token, None).await, 403).await;
    let token = &w.secretary_a.token;
    // A weak tag never matches, even of the current version.
    assert_problem(patch(token, Some("W/\"1\"")).await, 412).await;
    // A list matches when any of its strong tags does.
    let changed = json_of(patch(token, Some("\"7\", W/\"2\", \"1\"")).await, 200).await;
    assert_eq!(changed["version"], 2);
    assert_problem(patch(token, Some("\"1\", \"3\"")).await, 412).await;
    let changed = json_of(patch(token, Some("*")).await, 200).await;
    assert_eq!(changed["version"], 3);
    assert_problem(patch(token, None).await, 428).await;

    // The same order where If-Match is optional: finalizing someone else's meeting.
    let finalize = format!("/api/v1/meetings/{}/finalize", r.meeting);
    let response = app
        .request_with(
            reqwest::Method::POST,
            &finalize,
            Some(&w.secretary_b.token),
            None,
            &[("If-Match", "\"99\"")],
        )
        .await;
    assert_problem(response, 404).await;
}

/// Every path of the document, and the documentation beside it, answers a method it does not
/// take with 405 and an `Allow` naming exactly the methods the document lists.
#[tokio::test]
async fn every_path_answers_a_wrong_method_with_405_and_its_methods() {
    let app = TestApp::spawn().await;
    let document = json_of(app.get("/api-docs/openapi.json").await, 200).await;
    let methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    let mut paths: Vec<(String, Vec<String>)> = document["paths"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(template, item)| {
            let listed = methods
                .iter()
                .filter(|m| item.get(m.to_lowercase()).is_some())
                .map(|m| m.to_string())
                .collect::<Vec<_>>();
            // HEAD is taken wherever GET is.
            let listed = if listed.iter().any(|m| m == "GET") {
                [listed, vec!["HEAD".to_owned()]].concat()
            } else {
                listed
            };
            // Any value will do for a parameter: the method is refused before it is read.
            let path = template
                .split('/')
                .map(|part| match (part.find('{'), part.find('}')) {
                    (Some(a), Some(b)) => format!("{}x{}", &part[..a], &part[b + 1..]),
                    _ => part.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("/");
            (path, listed)
        })
        .collect();
    assert!(paths.len() > 40, "{}", paths.len());
    for docs in [
        "/docs",
        "/docs/",
        "/docs/index.html",
        "/api-docs/openapi.json",
    ] {
        paths.push((docs.to_owned(), vec!["GET".to_owned(), "HEAD".to_owned()]));
    }
    for (path, listed) in paths {
        let method = methods
            .iter()
            .find(|m| !listed.iter().any(|l| l == *m))
            .unwrap();
        let response = app
            .client
            .request(method.parse().unwrap(), app.url(&path))
            .send()
            .await
            .unwrap();
        let allow = response
            .headers()
            .get("allow")
            .map(|v| v.to_str().unwrap().to_owned());
        let mut allowed: Vec<String> = allow
            .iter()
            .flat_map(|a| a.split(", ").map(str::to_owned))
            .collect();
        allowed.sort();
        let mut expected = listed.clone();
        expected.sort();
        assert_eq!(allowed, expected, "{method} {path}");
        assert_problem(response, 405).await;
    }
}
