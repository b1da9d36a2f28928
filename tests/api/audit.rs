use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::{BranchRecords, World};

async fn events(app: &TestApp, token: &str, query: &str) -> Vec<Value> {
    json_of(app.audit_events(token, query).await, 200).await["items"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn every_change_has_its_audit_row_with_actor_and_request_id() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;

    let changed = app
        .update_meeting(
            token,
            &r.meeting,
            &etag_of(&app.get_meeting(token, &r.meeting).await),
            &json!({"summary": "会议总结"}),
        )
        .await;
    let request_id = changed.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    json_of(changed, 200).await;
    let speech_etag = etag_of(&app.get_speech(token, &r.speech).await);
    json_of(
        app.update_speech(token, &r.speech, &speech_etag, &json!({"title": "讲话"}))
            .await,
        200,
    )
    .await;
    json_of(app.finalize_meeting(token, &r.meeting).await, 200).await;

    let trail = events(
        &app,
        token,
        &format!("?entity_type=meeting&entity_id={}", r.meeting),
    )
    .await;
    let actions: Vec<&str> = trail
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["create", "attendance", "hold", "update", "finalize"]
    );
    let update = &trail[3];
    assert_eq!(update["actor_id"], w.secretary_a.id);
    assert_eq!(update["request_id"], request_id);
    assert_eq!(update["before"]["summary"], json!(null));
    assert_eq!(update["after"]["summary"], "会议总结");
    assert_eq!(update["org_unit_id"], w.branch_a);
    assert_eq!(
        trail[1]["after"].as_array().unwrap().len(),
        3,
        "the attendance list after"
    );

    let speech_trail = events(&app, token, &format!("?entity_id={}", r.speech)).await;
    let actions: Vec<&str> = speech_trail
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "update"]);
    let people = events(&app, token, "?entity_type=person").await;
    assert_eq!(people.len(), 3);
    // Every write of the minutes so far: 3 people, meeting (create, attendance, hold by the
    // first speech, update, finalize), 3 speeches + 1 update.
    let count: i64 = sqlx::query_scalar(
        "select count(*) from audit_events where entity_type in ('person', 'meeting', 'speech')",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(count, 3 + 5 + 4);
}

#[tokio::test]
async fn nothing_can_alter_an_audit_row() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let before: i64 = sqlx::query_scalar("select count(*) from audit_events")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(before > 0);
    for statement in [
        "update audit_events set action = 'forged'",
        "delete from audit_events",
        "truncate audit_events",
    ] {
        let err = sqlx::query(statement).execute(&app.pool).await.unwrap_err();
        assert!(
            err.to_string().contains("append-only"),
            "{statement}: {err}"
        );
    }
    let after: i64 =
        sqlx::query_scalar("select count(*) from audit_events where action <> 'forged'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(after, before);
}

#[tokio::test]
async fn the_trail_is_read_within_reach_by_secretaries_reviewers_and_admins() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    assert_problem(app.audit_events(&w.member_a.token, "").await, 403).await;
    assert_problem(
        app.audit_events(&w.member_a.token, &format!("?org_unit_id={}", w.branch_a))
            .await,
        403,
    )
    .await;
    assert_problem(
        app.audit_events(
            &w.secretary_a.token,
            &format!("?org_unit_id={}", w.branch_b),
        )
        .await,
        404,
    )
    .await;

    let seen_by_a = events(&app, &w.secretary_a.token, "?limit=200").await;
    assert!(seen_by_a.iter().all(|e| e["org_unit_id"] == w.branch_a));
    assert!(seen_by_a.iter().any(|e| e["entity_id"] == a.meeting));
    assert!(
        events(
            &app,
            &w.secretary_a.token,
            &format!("?entity_id={}", b.meeting)
        )
        .await
        .is_empty()
    );

    let seen_by_reviewer = events(&app, &w.reviewer.token, "?limit=200").await;
    for meeting in [&a.meeting, &b.meeting] {
        assert!(seen_by_reviewer.iter().any(|e| e["entity_id"] == **meeting));
    }
    let id = id_of(&seen_by_reviewer[0]);
    assert!(!id.is_empty());
}

#[tokio::test]
async fn account_changes_are_audited_too() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let group = id_of(
        &json_of(
            app.create_org_unit(
                token,
                &json!({"name": "一组", "kind": "group", "parent_id": w.branch_a}),
            )
            .await,
            201,
        )
        .await,
    );
    json_of(
        app.update_org_unit(token, &group, &json!({"name": "第一小组"}))
            .await,
        200,
    )
    .await;
    json_of(
        app.put_member(token, &group, &w.member_a.id, "member")
            .await,
        200,
    )
    .await;
    assert_eq!(
        app.remove_member(token, &group, &w.member_a.id)
            .await
            .status(),
        204
    );
    json_of(
        app.update_user(token, &w.member_a.id, &json!({"display_name": "李明"}))
            .await,
        200,
    )
    .await;
    assert_eq!(
        app.change_password(
            &w.member_a.token,
            crate::world::PASSWORD,
            "another long passphrase"
        )
        .await
        .status(),
        204
    );

    let rows: Vec<(String, String, Option<uuid::Uuid>)> = sqlx::query_as(
        "select action, entity_type, actor_id from audit_events where actor_id = any ($1) order by id",
    )
    .bind(vec![w.secretary_a.id.parse::<uuid::Uuid>().unwrap(), w.member_a.id.parse().unwrap()])
    .fetch_all(&app.pool)
    .await
    .unwrap();
    let got: Vec<String> = rows.iter().map(|(a, e, _)| format!("{a} {e}")).collect();
    assert_eq!(
        got,
        [
            "create org_unit",
            "update org_unit",
            "put membership",
            "delete membership",
            "update user",
            "change_password user"
        ]
    );
    // The unit's events are the secretary's to read.
    let unit_trail = events(&app, token, &format!("?org_unit_id={group}")).await;
    assert_eq!(unit_trail.len(), 4);
}
