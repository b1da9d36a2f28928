//! The cross-branch matrix: every endpoint, tried by every role against the other branch's
//! ids, in the path and in the body. Each must be refused (404 out of reach, 403 in reach but
//! not allowed) and leave the database exactly as it was. Later resources add their rows.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::world::{Actor, BranchRecords, World};

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
        // PATCH and DELETE carry an If-Match, so what is tested is access, not the 428.
        let headers: &[(&str, &str)] = if matches!(a.method, Method::PATCH | Method::DELETE) {
            &[("If-Match", "\"1\"")]
        } else {
            &[]
        };
        let response = app
            .request_with(
                a.method.clone(),
                &a.path,
                Some(&a.actor.token),
                a.body.as_ref(),
                headers,
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

/// The attempts of the meetings issue by the people of branch `own` against branch `other`.
fn minutes_attempts(
    secretary: &Actor,
    member: &Actor,
    own: &BranchRecords,
    other: &BranchRecords,
    other_member: &Actor,
) -> Vec<Attempt> {
    let mut attempts = Vec::new();
    let speech = json!({"speaker_id": other.guest, "kind": "remarks", "content": "讲话"});
    for actor in [secretary, member] {
        let is_secretary = std::ptr::eq(actor, secretary);
        // Their records in the path.
        for path in [
            format!("/api/v1/people/{}", other.guest),
            format!("/api/v1/meetings/{}", other.meeting),
            format!("/api/v1/meetings/{}/attendance", other.meeting),
            format!("/api/v1/meetings/{}/speeches", other.meeting),
            format!("/api/v1/meetings/{}/speakers", other.meeting),
            format!("/api/v1/speeches/{}", other.speech),
            format!("/api/v1/people?org_unit_id={}", other.unit),
            format!("/api/v1/meetings?org_unit_id={}", other.unit),
        ] {
            attempts.push(attempt(actor, Method::GET, path, None, 404));
        }
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/people/{}", other.guest),
            Some(json!({"name": "改"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::DELETE,
            format!("/api/v1/people/{}", other.guest),
            None,
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/meetings/{}", other.meeting),
            Some(json!({"title": "改"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::DELETE,
            format!("/api/v1/meetings/{}", other.meeting),
            None,
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("/api/v1/meetings/{}/finalize", other.meeting),
            None,
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::PUT,
            format!("/api/v1/meetings/{}/attendance", other.meeting),
            Some(json!([])),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("/api/v1/meetings/{}/speeches", other.meeting),
            Some(speech.clone()),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/speeches/{}", other.speech),
            Some(json!({"content": "改"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::DELETE,
            format!("/api/v1/speeches/{}", other.speech),
            None,
            404,
        ));
        // Their ids in the body.
        attempts.push(attempt(
            actor,
            Method::POST,
            "/api/v1/people".into(),
            Some(json!({"org_unit_id": other.unit, "name": "x", "kind": "guest"})),
            404,
        ));
        attempts.push(attempt(actor, Method::POST, "/api/v1/meetings".into(), Some(json!({"org_unit_id": other.unit, "kind": "other", "title": "x", "starts_at": "2026-01-01T00:00:00Z"})), 404));
        // Their ids in a body aimed at our own records: the member may not write here at all.
        let expected = if is_secretary { 404 } else { 403 };
        attempts.push(attempt(actor, Method::POST, "/api/v1/people".into(), Some(json!({"org_unit_id": own.unit, "name": "x", "kind": "member", "user_id": other_member.id})), expected));
        attempts.push(attempt(actor, Method::POST, "/api/v1/meetings".into(), Some(json!({"org_unit_id": own.unit, "kind": "other", "title": "x", "starts_at": "2026-01-01T00:00:00Z", "host_id": other.guest})), expected));
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/meetings/{}", own.meeting),
            Some(json!({"recorder_id": other.guest})),
            expected,
        ));
        attempts.push(attempt(
            actor,
            Method::PUT,
            format!("/api/v1/meetings/{}/attendance", own.meeting),
            Some(json!([{"person_id": other.guest, "status": "present"}])),
            expected,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("/api/v1/meetings/{}/speeches", own.meeting),
            Some(speech.clone()),
            expected,
        ));
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/speeches/{}", own.speech),
            Some(json!({"speaker_id": other.guest})),
            expected,
        ));
        attempts.push(attempt(
            actor,
            Method::GET,
            format!("/api/v1/audit-events?org_unit_id={}", other.unit),
            None,
            404,
        ));
        // Search and reports.
        for path in [
            format!("/api/v1/meetings/{}/criticism-matrix", other.meeting),
            format!(
                "/api/v1/reports/meeting-compliance?org_unit_id={}&year=2026",
                other.unit
            ),
            format!(
                "/api/v1/reports/admissions?org_unit_id={}&year=2026",
                other.unit
            ),
            format!(
                "/api/v1/search?q=%E8%A7%86%E9%87%8E&org_unit_id={}",
                other.unit
            ),
            format!("/api/v1/meetings/{}/minutes.md", other.meeting),
            format!("/api/v1/meetings/{}/minutes.docx", other.meeting),
        ] {
            attempts.push(attempt(actor, Method::GET, path, None, 404));
        }
        let rule = json!({"applies_to": "branch", "period": "year", "min_meetings": 1});
        attempts.push(attempt(
            actor,
            Method::PUT,
            "/api/v1/meeting-rules/general_assembly".into(),
            Some(rule),
            403,
        ));
    }
    // A member writes nothing, even in its own branch, and does not read the audit trail.
    let mine = json!({"speaker_id": own.guest, "kind": "remarks", "content": "讲话"});
    attempts.push(attempt(
        member,
        Method::POST,
        "/api/v1/people".into(),
        Some(json!({"org_unit_id": own.unit, "name": "x", "kind": "guest"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::PATCH,
        format!("/api/v1/people/{}", own.guest),
        Some(json!({"name": "改"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::DELETE,
        format!("/api/v1/people/{}", own.guest),
        None,
        403,
    ));
    attempts.push(attempt(member, Method::POST, "/api/v1/meetings".into(), Some(json!({"org_unit_id": own.unit, "kind": "other", "title": "x", "starts_at": "2026-01-01T00:00:00Z"})), 403));
    attempts.push(attempt(
        member,
        Method::PATCH,
        format!("/api/v1/meetings/{}", own.meeting),
        Some(json!({"title": "改"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::DELETE,
        format!("/api/v1/meetings/{}", own.meeting),
        None,
        403,
    ));
    attempts.push(attempt(
        member,
        Method::POST,
        format!("/api/v1/meetings/{}/finalize", own.meeting),
        None,
        403,
    ));
    attempts.push(attempt(
        member,
        Method::PUT,
        format!("/api/v1/meetings/{}/attendance", own.meeting),
        Some(json!([])),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::POST,
        format!("/api/v1/meetings/{}/speeches", own.meeting),
        Some(mine),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::PATCH,
        format!("/api/v1/speeches/{}", own.speech),
        Some(json!({"content": "改"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::DELETE,
        format!("/api/v1/speeches/{}", own.speech),
        None,
        403,
    ));
    attempts.push(attempt(
        member,
        Method::GET,
        "/api/v1/audit-events".into(),
        None,
        403,
    ));
    attempts
}

/// The reviewer reads the minutes of both branches and writes none of them.
fn reviewer_minutes_attempts(reviewer: &Actor, records: [&BranchRecords; 2]) -> Vec<Attempt> {
    let mut attempts = Vec::new();
    let rule = json!({"applies_to": "branch", "period": "year", "min_meetings": 1});
    attempts.push(attempt(
        reviewer,
        Method::PUT,
        "/api/v1/meeting-rules/party_lecture".into(),
        Some(rule),
        403,
    ));
    for r in records {
        attempts.push(attempt(
            reviewer,
            Method::POST,
            "/api/v1/people".into(),
            Some(json!({"org_unit_id": r.unit, "name": "x", "kind": "guest"})),
            403,
        ));
        attempts.push(attempt(
            reviewer,
            Method::PATCH,
            format!("/api/v1/people/{}", r.guest),
            Some(json!({"name": "改"})),
            403,
        ));
        attempts.push(attempt(reviewer, Method::POST, "/api/v1/meetings".into(), Some(json!({"org_unit_id": r.unit, "kind": "other", "title": "x", "starts_at": "2026-01-01T00:00:00Z"})), 403));
        attempts.push(attempt(
            reviewer,
            Method::PATCH,
            format!("/api/v1/meetings/{}", r.meeting),
            Some(json!({"title": "改"})),
            403,
        ));
        attempts.push(attempt(
            reviewer,
            Method::POST,
            format!("/api/v1/meetings/{}/finalize", r.meeting),
            None,
            403,
        ));
        attempts.push(attempt(
            reviewer,
            Method::PUT,
            format!("/api/v1/meetings/{}/attendance", r.meeting),
            Some(json!([])),
            403,
        ));
        attempts.push(attempt(
            reviewer,
            Method::POST,
            format!("/api/v1/meetings/{}/speeches", r.meeting),
            Some(json!({"speaker_id": r.guest, "kind": "remarks", "content": "讲话"})),
            403,
        ));
        attempts.push(attempt(
            reviewer,
            Method::DELETE,
            format!("/api/v1/speeches/{}", r.speech),
            None,
            403,
        ));
    }
    attempts
}

/// The attempts of the rectification issue against `other`'s item by the people of `own`.
fn rectification_attempts(
    secretary: &Actor,
    member: &Actor,
    own: &BranchRecords,
    own_item: &str,
    other: &BranchRecords,
    other_item: &str,
) -> Vec<Attempt> {
    let mut attempts = Vec::new();
    let new_item = |unit: &str, owner: &str, meeting: Option<&str>| json!({"org_unit_id": unit, "meeting_id": meeting, "problem": "问题", "measure": "措施", "owner_id": owner, "due_on": "2027-01-01"});
    for actor in [secretary, member] {
        let is_secretary = std::ptr::eq(actor, secretary);
        let item = format!("/api/v1/rectification-items/{other_item}");
        for path in [
            item.clone(),
            format!("{item}/updates"),
            format!("/api/v1/meetings/{}/carry-over", other.meeting),
            format!("/api/v1/reports/rectification?org_unit_id={}", other.unit),
            format!(
                "/api/v1/org-units/{}/ledgers/rectification.xlsx",
                other.unit
            ),
            format!(
                "/api/v1/org-units/{}/ledgers/meetings.xlsx?year=2026",
                other.unit
            ),
            format!("/api/v1/rectification-items?org_unit_id={}", other.unit),
            format!("/api/v1/rectification-items?meeting_id={}", other.meeting),
        ] {
            attempts.push(attempt(actor, Method::GET, path, None, 404));
        }
        attempts.push(attempt(
            actor,
            Method::PATCH,
            item.clone(),
            Some(json!({"measure": "改"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("{item}/updates"),
            Some(json!({"note": "进展"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("{item}/submit"),
            None,
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("{item}/verify"),
            Some(json!({"note": "销号"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("{item}/return"),
            Some(json!({"note": "退回"})),
            404,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            "/api/v1/rectification-items".into(),
            Some(new_item(&other.unit, &other.member_person, None)),
            404,
        ));
        // Their ids in a body aimed at our own unit.
        let expected = if is_secretary { 404 } else { 403 };
        attempts.push(attempt(
            actor,
            Method::POST,
            "/api/v1/rectification-items".into(),
            Some(new_item(&own.unit, &other.member_person, None)),
            expected,
        ));
        attempts.push(attempt(
            actor,
            Method::POST,
            "/api/v1/rectification-items".into(),
            Some(new_item(
                &own.unit,
                &own.member_person,
                Some(&other.meeting),
            )),
            expected,
        ));
        attempts.push(attempt(
            actor,
            Method::PATCH,
            format!("/api/v1/rectification-items/{own_item}"),
            Some(json!({"owner_id": other.member_person})),
            expected,
        ));
    }
    // The member owns `own_item`: it reports on it but neither edits nor verifies it.
    attempts.push(attempt(
        member,
        Method::PATCH,
        format!("/api/v1/rectification-items/{own_item}"),
        Some(json!({"measure": "改"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::POST,
        format!("/api/v1/rectification-items/{own_item}/verify"),
        Some(json!({"note": "我自己销号"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::POST,
        format!("/api/v1/rectification-items/{own_item}/return"),
        Some(json!({"note": "退回"})),
        403,
    ));
    attempts.push(attempt(
        member,
        Method::POST,
        "/api/v1/rectification-items".into(),
        Some(new_item(&own.unit, &own.member_person, None)),
        403,
    ));
    attempts
}

#[tokio::test]
async fn no_role_reads_or_changes_the_rectification_items_of_another_branch() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let item = |secretary: &Actor, r: &BranchRecords| {
        let body = json!({"org_unit_id": r.unit, "meeting_id": r.meeting, "problem": "问题", "measure": "措施", "owner_id": r.member_person, "due_on": "2027-01-01"});
        let token = secretary.token.clone();
        let app = &app;
        async move {
            let created: Value = app.create_item(&token, &body).await.json().await.unwrap();
            let id = created["id"].as_str().unwrap().to_owned();
            // In progress and submitted, so verify and return are legal moves for those allowed.
            app.add_item_update(&token, &id, &json!({"note": "进展"}))
                .await;
            app.submit_item(&token, &id).await;
            id
        }
    };
    let item_a = item(&w.secretary_a, &a).await;
    let item_b = item(&w.secretary_b, &b).await;
    let mut attempts =
        rectification_attempts(&w.secretary_a, &w.member_a, &a, &item_a, &b, &item_b);
    attempts.extend(rectification_attempts(
        &w.secretary_b,
        &w.member_b,
        &b,
        &item_b,
        &a,
        &item_a,
    ));
    // The reviewer reads and verifies, and changes nothing else.
    for (r, id) in [(&a, &item_a), (&b, &item_b)] {
        let path = format!("/api/v1/rectification-items/{id}");
        attempts.push(attempt(
            &w.reviewer,
            Method::PATCH,
            path.clone(),
            Some(json!({"measure": "改"})),
            403,
        ));
        attempts.push(attempt(
            &w.reviewer,
            Method::POST,
            format!("{path}/updates"),
            Some(json!({"note": "督导"})),
            403,
        ));
        attempts.push(attempt(
            &w.reviewer,
            Method::POST,
            format!("{path}/submit"),
            None,
            403,
        ));
        attempts.push(attempt(&w.reviewer, Method::POST, "/api/v1/rectification-items".into(), Some(json!({"org_unit_id": r.unit, "problem": "问题", "measure": "措施", "owner_id": r.member_person, "due_on": "2027-01-01"})), 403));
    }
    assert_all_refused(&app, attempts).await;
}

#[tokio::test]
async fn no_role_reads_or_writes_the_minutes_of_another_branch() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let mut attempts = minutes_attempts(&w.secretary_a, &w.member_a, &a, &b, &w.member_b);
    attempts.extend(minutes_attempts(
        &w.secretary_b,
        &w.member_b,
        &b,
        &a,
        &w.member_a,
    ));
    attempts.extend(reviewer_minutes_attempts(&w.reviewer, [&a, &b]));
    assert_all_refused(&app, attempts).await;
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

#[tokio::test]
async fn nobody_reads_or_changes_the_notifications_or_reminder_days_of_another() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // Each branch's meeting tells its member.
    BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let mine = |actor: &Actor| {
        let (app, token) = (&app, actor.token.clone());
        async move {
            let page: Value = app
                .get_as(&token, "/api/v1/me/notifications")
                .await
                .json()
                .await
                .unwrap();
            page["items"].as_array().unwrap().clone()
        }
    };
    let of_a = mine(&w.member_a).await;
    let of_b = mine(&w.member_b).await;
    assert_eq!((of_a.len(), of_b.len()), (1, 1));
    assert_ne!(of_a[0]["entity_id"], of_b[0]["entity_id"]);
    let mut attempts = Vec::new();
    for (notification, others) in [
        (
            &of_a[0],
            [
                &w.secretary_a,
                &w.secretary_b,
                &w.member_b,
                &w.reviewer,
                &w.admin,
            ],
        ),
        (
            &of_b[0],
            [
                &w.secretary_b,
                &w.secretary_a,
                &w.member_a,
                &w.reviewer,
                &w.admin,
            ],
        ),
    ] {
        let path = format!(
            "/api/v1/me/notifications/{}/read",
            notification["id"].as_str().unwrap()
        );
        for actor in others {
            attempts.push(attempt(actor, Method::POST, path.clone(), None, 404));
        }
    }
    // A unit's reminder days: out of reach for the other branch.
    for (actor, unit) in [
        (&w.secretary_a, &w.branch_b),
        (&w.member_a, &w.branch_b),
        (&w.secretary_b, &w.branch_a),
        (&w.member_b, &w.branch_a),
    ] {
        let path = format!("/api/v1/org-units/{unit}/notification-settings");
        attempts.push(attempt(actor, Method::GET, path.clone(), None, 404));
        let days = Some(json!({"due_soon_days": 3}));
        attempts.push(attempt(actor, Method::PUT, path, days, 404));
    }
    assert_all_refused(&app, attempts).await;
    // Nobody else's list shows them.
    for actor in [&w.secretary_a, &w.secretary_b, &w.reviewer, &w.admin] {
        assert_eq!(mine(actor).await, Vec::<Value>::new(), "{}", actor.username);
    }
}

#[tokio::test]
async fn nobody_reaches_the_webhooks_of_a_unit_they_do_not_keep() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let receiver = crate::receiver::Receiver::start().await;
    let mut hooks = Vec::new();
    for (secretary, unit) in [(&w.secretary_a, &w.branch_a), (&w.secretary_b, &w.branch_b)] {
        let body =
            json!({"name": "群", "kind": "wecom", "url": format!("{}/send?key=k", receiver.base)});
        let created: Value = app
            .post_as(
                &secretary.token,
                &format!("/api/v1/org-units/{unit}/webhooks"),
                &body,
            )
            .await
            .json()
            .await
            .unwrap();
        hooks.push(created["id"].as_str().unwrap().to_owned());
    }
    let mut attempts = Vec::new();
    // (actor, the unit and webhook tried, the status: 404 out of reach, 403 in reach but not
    // its secretary)
    for (actor, unit, hook, expected) in [
        (&w.secretary_a, &w.branch_b, &hooks[1], 404),
        (&w.member_a, &w.branch_b, &hooks[1], 404),
        (&w.secretary_b, &w.branch_a, &hooks[0], 404),
        (&w.member_b, &w.branch_a, &hooks[0], 404),
        (&w.member_a, &w.branch_a, &hooks[0], 403),
        (&w.reviewer, &w.branch_a, &hooks[0], 403),
    ] {
        let list = format!("/api/v1/org-units/{unit}/webhooks");
        attempts.push(attempt(actor, Method::GET, list.clone(), None, expected));
        let body = json!({"name": "x", "kind": "wecom", "url": format!("{}/x", receiver.base)});
        attempts.push(attempt(actor, Method::POST, list, Some(body), expected));
        let one = format!("/api/v1/webhooks/{hook}");
        attempts.push(attempt(actor, Method::GET, one.clone(), None, expected));
        let change = Some(json!({"enabled": false}));
        attempts.push(attempt(actor, Method::PATCH, one.clone(), change, expected));
        attempts.push(attempt(actor, Method::DELETE, one.clone(), None, expected));
        attempts.push(attempt(
            actor,
            Method::POST,
            format!("{one}/test"),
            None,
            expected,
        ));
        let log = format!("{one}/deliveries");
        attempts.push(attempt(actor, Method::GET, log, None, expected));
    }
    assert_all_refused(&app, attempts).await;
    assert!(receiver.received().is_empty());
}

#[tokio::test]
async fn nobody_reaches_the_attachments_of_another_branch() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let photo = crate::storage::jpeg(32, 32);
    let mut sheets = Vec::new();
    let mut items = Vec::new();
    for (secretary, r) in [(&w.secretary_a, &a), (&w.secretary_b, &b)] {
        let sheet: Value = app
            .client
            .post(app.url(&format!(
                "/api/v1/meetings/{}/attachments?kind=sign_in_sheet&name=s.jpg",
                r.meeting
            )))
            .bearer_auth(&secretary.token)
            .body(photo.clone())
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        sheets.push(sheet["id"].as_str().unwrap().to_owned());
        let item: Value = app
            .create_item(
                &secretary.token,
                &json!({"org_unit_id": r.unit, "problem": "问题", "measure": "措施",
                        "owner_id": r.member_person, "due_on": "2027-03-31"}),
            )
            .await
            .json()
            .await
            .unwrap();
        items.push(item["id"].as_str().unwrap().to_owned());
    }
    let mut attempts = Vec::new();
    for (actors, r, sheet, item) in [
        ([&w.secretary_b, &w.member_b], &a, &sheets[0], &items[0]),
        ([&w.secretary_a, &w.member_a], &b, &sheets[1], &items[1]),
    ] {
        for actor in actors {
            let on_meeting = format!("/api/v1/meetings/{}/attachments", r.meeting);
            attempts.push(attempt(actor, Method::GET, on_meeting.clone(), None, 404));
            let upload = format!("{on_meeting}?kind=photo&name=x.jpg");
            attempts.push(attempt(actor, Method::POST, upload, None, 404));
            let on_item = format!("/api/v1/rectification-items/{item}/attachments");
            attempts.push(attempt(actor, Method::GET, on_item.clone(), None, 404));
            let upload = format!("{on_item}?name=x.pdf");
            attempts.push(attempt(actor, Method::POST, upload, None, 404));
            let one = format!("/api/v1/attachments/{sheet}");
            for path in [
                one.clone(),
                format!("{one}/content"),
                format!("{one}/thumbnail"),
            ] {
                attempts.push(attempt(actor, Method::GET, path, None, 404));
            }
            attempts.push(attempt(actor, Method::DELETE, one, None, 404));
            let quota = format!("/api/v1/org-units/{}/attachment-quota", r.unit);
            attempts.push(attempt(actor, Method::GET, quota.clone(), None, 404));
            let set = Some(json!({"quota_bytes": 1}));
            attempts.push(attempt(actor, Method::PUT, quota, set, 404));
        }
    }
    // In reach but not allowed: the member deletes the branch's sign-in sheet, the reviewer
    // attaches to a meeting.
    let sheet = format!("/api/v1/attachments/{}", sheets[0]);
    attempts.push(attempt(&w.member_a, Method::DELETE, sheet, None, 403));
    let upload = format!(
        "/api/v1/meetings/{}/attachments?kind=photo&name=x.jpg",
        a.meeting
    );
    attempts.push(attempt(&w.reviewer, Method::POST, upload, None, 403));
    assert_all_refused(&app, attempts).await;
}

#[tokio::test]
async fn nobody_reaches_the_decisions_or_standings_of_another_branch() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let vote = json!({"kind": "other", "motion": "审议支部工作计划", "method": "show_of_hands",
                      "in_favour": 2, "against": 0, "abstaining": 0});
    let (mut decisions, mut assemblies) = (Vec::new(), Vec::new());
    for (secretary, r) in [(&w.secretary_a, &a), (&w.secretary_b, &b)] {
        // Decisions are a 支部党员大会's.
        let assembly: Value = app
            .create_meeting(
                &secretary.token,
                &json!({"org_unit_id": r.unit, "kind": "general_assembly", "title": "支部党员大会",
                        "starts_at": "2026-11-02T01:00:00Z"}),
            )
            .await
            .json()
            .await
            .unwrap();
        let assembly = assembly["id"].as_str().unwrap().to_owned();
        let present = json!([{"person_id": r.secretary_person, "status": "present"},
                             {"person_id": r.member_person, "status": "present"}]);
        let listed = app
            .put_attendance(&secretary.token, &assembly, &present)
            .await;
        assert_eq!(listed.status(), 200);
        let path = format!("/api/v1/meetings/{assembly}/decisions");
        let decision: Value = app
            .post_as(&secretary.token, &path, &vote)
            .await
            .json()
            .await
            .unwrap();
        decisions.push(decision["id"].as_str().unwrap().to_owned());
        assemblies.push(assembly);
    }
    let change = json!({"standing": "probationary_member", "effective_on": "2026-01-01"});
    let mut attempts = Vec::new();
    for (actors, r, decision, assembly) in [
        (
            [&w.secretary_b, &w.member_b],
            &a,
            &decisions[0],
            &assemblies[0],
        ),
        (
            [&w.secretary_a, &w.member_a],
            &b,
            &decisions[1],
            &assemblies[1],
        ),
    ] {
        for actor in actors {
            let list = format!("/api/v1/meetings/{assembly}/decisions");
            attempts.push(attempt(actor, Method::GET, list.clone(), None, 404));
            attempts.push(attempt(actor, Method::POST, list, Some(vote.clone()), 404));
            let one = format!("/api/v1/decisions/{decision}");
            attempts.push(attempt(actor, Method::GET, one.clone(), None, 404));
            attempts.push(attempt(
                actor,
                Method::PUT,
                one.clone(),
                Some(vote.clone()),
                404,
            ));
            attempts.push(attempt(actor, Method::DELETE, one, None, 404));
            let standing = format!("/api/v1/people/{}/standing", r.member_person);
            attempts.push(attempt(actor, Method::GET, standing.clone(), None, 404));
            let body = Some(change.clone());
            attempts.push(attempt(actor, Method::POST, standing, body, 404));
        }
    }
    // In reach but not allowed: a member and the reviewer record or change nothing.
    for actor in [&w.member_a, &w.reviewer] {
        let list = format!("/api/v1/meetings/{}/decisions", assemblies[0]);
        attempts.push(attempt(actor, Method::POST, list, Some(vote.clone()), 403));
        let one = format!("/api/v1/decisions/{}", decisions[0]);
        attempts.push(attempt(
            actor,
            Method::PUT,
            one.clone(),
            Some(vote.clone()),
            403,
        ));
        attempts.push(attempt(actor, Method::DELETE, one, None, 403));
        let standing = format!("/api/v1/people/{}/standing", a.member_person);
        attempts.push(attempt(
            actor,
            Method::POST,
            standing,
            Some(change.clone()),
            403,
        ));
    }
    assert_all_refused(&app, attempts).await;
}

#[tokio::test]
async fn nobody_reaches_the_committee_of_another_branch() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let mut terms = Vec::new();
    for (secretary, unit) in [(&w.secretary_a, &w.branch_a), (&w.secretary_b, &w.branch_b)] {
        let term: Value = app
            .post_as(
                &secretary.token,
                &format!("/api/v1/org-units/{unit}/committee-terms"),
                &json!({"started_on": "2024-06-20", "length_years": 3, "seats": 5}),
            )
            .await
            .json()
            .await
            .unwrap();
        terms.push(term["id"].as_str().unwrap().to_owned());
    }
    let mut attempts = Vec::new();
    // (actor, the branch and term tried, a person of that branch, the status: 404 out of
    // reach, 403 in reach but not its secretary)
    for (actor, unit, term, person, expected) in [
        (
            &w.secretary_a,
            &w.branch_b,
            &terms[1],
            &b.member_person,
            404,
        ),
        (&w.member_a, &w.branch_b, &terms[1], &b.member_person, 404),
        (
            &w.secretary_b,
            &w.branch_a,
            &terms[0],
            &a.member_person,
            404,
        ),
        (&w.member_b, &w.branch_a, &terms[0], &a.member_person, 404),
        (&w.member_a, &w.branch_a, &terms[0], &a.member_person, 403),
        (&w.reviewer, &w.branch_a, &terms[0], &a.member_person, 403),
    ] {
        let list = format!("/api/v1/org-units/{unit}/committee-terms");
        if expected == 404 {
            attempts.push(attempt(actor, Method::GET, list.clone(), None, expected));
            let report = format!("/api/v1/reports/committee-terms?org_unit_id={unit}");
            attempts.push(attempt(actor, Method::GET, report, None, expected));
            let one = format!("/api/v1/committee-terms/{term}");
            attempts.push(attempt(actor, Method::GET, one, None, expected));
        }
        let body = json!({"started_on": "2025-06-20", "length_years": 3, "seats": 5});
        attempts.push(attempt(actor, Method::POST, list, Some(body), expected));
        let one = format!("/api/v1/committee-terms/{term}");
        let change = Some(json!({"seats": 7}));
        attempts.push(attempt(actor, Method::PATCH, one.clone(), change, expected));
        let members = json!([{"person_id": person, "post": "secretary", "from_on": "2024-06-20"}]);
        let path = format!("{one}/members");
        attempts.push(attempt(actor, Method::PUT, path, Some(members), expected));
    }
    // Their ids in the body of one's own term: refused alike, whether they exist or not.
    let own = format!("/api/v1/committee-terms/{}", terms[0]);
    let theirs = Some(json!({"election_meeting_id": b.meeting}));
    attempts.push(attempt(
        &w.secretary_a,
        Method::PATCH,
        own.clone(),
        theirs,
        422,
    ));
    let members =
        json!([{"person_id": b.member_person, "post": "member", "from_on": "2024-06-20"}]);
    attempts.push(attempt(
        &w.secretary_a,
        Method::PUT,
        format!("{own}/members"),
        Some(members),
        422,
    ));
    // The committee above is out of a branch's reach in the report too.
    let above = format!(
        "/api/v1/reports/committee-terms?org_unit_id={}",
        w.committee
    );
    attempts.push(attempt(&w.secretary_a, Method::GET, above, None, 404));
    assert_all_refused(&app, attempts).await;
}
