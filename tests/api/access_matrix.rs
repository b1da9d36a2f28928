//! The cross-branch matrix: every endpoint, tried by every role against the other branch's
//! ids, in the path and in the body. Each must be refused (404 out of reach, 403 in reach but
//! not allowed) and leave the database exactly as it was. Later resources add their rows.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::world::{Actor, World};

/// One attempt: who, what, and the status it must get.
pub struct Attempt {
    pub actor: Actor,
    pub method: Method,
    pub path: String,
    pub body: Option<Value>,
    pub expected: u16,
}

fn attempt(
    actor: &Actor,
    method: Method,
    path: String,
    body: Option<Value>,
    expected: u16,
) -> Attempt {
    Attempt {
        actor: actor.clone(),
        method,
        path,
        body,
        expected,
    }
}

/// Run `attempts` and check each status, then that nothing at all changed.
pub async fn assert_all_refused(app: &TestApp, attempts: Vec<Attempt>) {
    let before = app.snapshot().await;
    let mut failures = Vec::new();
    for a in &attempts {
        let response = app
            .request(
                a.method.clone(),
                &a.path,
                Some(&a.actor.token),
                a.body.as_ref(),
            )
            .await;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        if status != a.expected || content_type != "application/problem+json" {
            failures.push(format!(
                "{} {} {} → {status} ({content_type}), expected {}",
                a.actor.username, a.method, a.path, a.expected
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} attempts were not refused as expected:\n{}",
        failures.len(),
        attempts.len(),
        failures.join("\n")
    );
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused request changed the database"
    );
}

/// The attempts of the accounts issue by the people of one branch (`own`) against the other
/// branch (`other`, whose member is `other_member`).
fn accounts_attempts(
    own: &str,
    secretary: &Actor,
    member: &Actor,
    other: &str,
    other_member: &Actor,
) -> Vec<Attempt> {
    let theirs = &other_member.id;
    let mut attempts = Vec::new();
    for actor in [secretary, member] {
        let is_secretary = std::ptr::eq(actor, secretary);
        // Their unit, in the path.
        attempts.push(attempt(
            actor,
            Method::GET,
            format!("/api/v1/org-units/{other}"),
            None,
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/org-units/{other}"),
            Some(json!({"name": "改名"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::GET,
            format!("/api/v1/org-units/{other}/members"),
            None,
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::PUT,
            format!("/api/v1/org-units/{other}/members/{}", actor.id),
            Some(json!({"role": "secretary"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::PUT,
            format!("/api/v1/org-units/{other}/members/{theirs}"),
            Some(json!({"role": "member"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::DELETE,
            format!("/api/v1/org-units/{other}/members/{theirs}"),
            None,
            404,
        ));
        // Their user, in the path.
        attempts.push(attempt(
            actor,
            Method::GET,
            format!("/api/v1/users/{theirs}"),
            None,
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/users/{theirs}"),
            Some(json!({"disabled": true})),
            404,
        ));
        // Their ids in the body.
        attempts.push(attempt(
            actor,
            Method::POST,
            "/api/v1/org-units".into(),
            Some(json!({"name": "新小组", "kind": "group", "parent_id": other})),
            404,
        ));
        attempts.push(attempt(actor, Method::POST, "/api/v1/users".into(), Some(json!({"username": "intruder", "display_name": "x", "password": "a long enough passphrase", "org_unit_id": other})), 404));
        // Moving their own unit: the member may not write it (403); the secretary may, but the
        // committee above it is out of its reach (404).
        let expected = if is_secretary { 404 } else { 403 };
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/org-units/{own}"),
            Some(json!({"parent_id": other})),
            expected,
        ));
        // Their user into our unit: the secretary may write here but cannot see the user.
        let expected = if is_secretary { 404 } else { 403 };
        attempts.push(attempt(
            actor,
            Method::PUT,
            format!("/api/v1/org-units/{own}/members/{theirs}"),
            Some(json!({"role": "member"})),
            expected,
        ));
        attempts.push(attempt(
            actor,
            Method::DELETE,
            format!("/api/v1/org-units/{own}/members/{theirs}"),
            None,
            expected,
        ));
    }
    // A member writes nothing, even in its own unit.
    attempts.push(attempt(
        member,
        Method::PATCH,
        format!("/api/v1/org-units/{own}"),
        Some(json!({"name": "改名"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::POST,
        "/api/v1/org-units".into(),
        Some(json!({"name": "新小组", "kind": "group", "parent_id": own})),
        403,
    ));
    attempts.push(attempt(member, Method::POST, "/api/v1/users".into(), Some(json!({"username": "newbie", "display_name": "x", "password": "a long enough passphrase", "org_unit_id": own})), 403));
    attempts.push(attempt(
        member,
        Method::PUT,
        format!("/api/v1/org-units/{own}/members/{}", member.id),
        Some(json!({"role": "secretary"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::GET,
        "/api/v1/users".into(),
        None,
        403,
    ));
    attempts.push(attempt(
        member,
        Method::PATCH,
        format!("/api/v1/users/{}", secretary.id),
        Some(json!({"disabled": true})),
        404,
    ));
    attempts
}

/// The reviewer reaches both branches but writes nothing there.
fn reviewer_attempts(world: &World) -> Vec<Attempt> {
    let r = &world.reviewer;
    let mut attempts = Vec::new();
    for (unit, member) in [
        (&world.branch_a, &world.member_a),
        (&world.branch_b, &world.member_b),
    ] {
        attempts.push(attempt(
            r,
            Method::PATCH,
            format!("/api/v1/org-units/{unit}"),
            Some(json!({"name": "改名"})),
            403,
        ));
        attempts.push(attempt(
            r,
            Method::POST,
            "/api/v1/org-units".into(),
            Some(json!({"name": "新小组", "kind": "group", "parent_id": unit})),
            403,
        ));
        attempts.push(attempt(r, Method::POST, "/api/v1/users".into(), Some(json!({"username": "newbie", "display_name": "x", "password": "a long enough passphrase", "org_unit_id": unit})), 403));
        attempts.push(attempt(
            r,
            Method::PUT,
            format!("/api/v1/org-units/{unit}/members/{}", member.id),
            Some(json!({"role": "secretary"})),
            403,
        ));
        attempts.push(attempt(
            r,
            Method::DELETE,
            format!("/api/v1/org-units/{unit}/members/{}", member.id),
            None,
            403,
        ));
    }
    attempts.push(attempt(
        r,
        Method::PUT,
        format!("/api/v1/org-units/{}/members/{}", world.committee, r.id),
        Some(json!({"role": "secretary"})),
        403,
    ));
    attempts.push(attempt(r, Method::GET, "/api/v1/users".into(), None, 403));
    attempts.push(attempt(
        r,
        Method::POST,
        "/api/v1/org-units".into(),
        Some(json!({"name": "新党委", "kind": "committee"})),
        403,
    ));
    attempts
}

#[tokio::test]
async fn no_role_reads_or_writes_across_branches() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let mut attempts = accounts_attempts(
        &w.branch_a,
        &w.secretary_a,
        &w.member_a,
        &w.branch_b,
        &w.member_b,
    );
    attempts.extend(accounts_attempts(
        &w.branch_b,
        &w.secretary_b,
        &w.member_b,
        &w.branch_a,
        &w.member_a,
    ));
    attempts.extend(reviewer_attempts(&w));
    assert_all_refused(&app, attempts).await;
}

#[tokio::test]
async fn lists_show_only_what_is_in_reach() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let ids = |body: &Value, key: &str| -> Vec<String> {
        body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i[key].as_str().unwrap().to_owned())
            .collect()
    };

    let units = |token: String| {
        let app = &app;
        async move {
            app.list_org_units(&token, "")
                .await
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        ids(&units(w.secretary_a.token.clone()).await, "id"),
        std::slice::from_ref(&w.branch_a)
    );
    assert_eq!(
        ids(&units(w.member_b.token.clone()).await, "id"),
        std::slice::from_ref(&w.branch_b)
    );
    assert_eq!(
        ids(&units(w.reviewer.token.clone()).await, "id"),
        [w.committee.clone(), w.branch_a.clone(), w.branch_b.clone()]
    );
    assert_eq!(ids(&units(w.admin.token.clone()).await, "id").len(), 3);

    let users = app
        .list_users(&w.secretary_a.token, "")
        .await
        .json::<Value>()
        .await
        .unwrap();
    let mut seen = ids(&users, "id");
    seen.sort();
    let mut expected = vec![w.secretary_a.id.clone(), w.member_a.id.clone()];
    expected.sort();
    assert_eq!(seen, expected);

    let members = app
        .list_members(&w.reviewer.token, &w.branch_b)
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(ids(&members, "user_id").len(), 2);
}
