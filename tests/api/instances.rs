//! Two instances against one database behave as one: nothing that must be shared lives in a
//! process.

use serde_json::json;

use crate::helpers::{TestApp, assert_problem, json_of};
use crate::world::{PASSWORD, World};

#[tokio::test]
async fn two_instances_share_tokens_throttles_and_idempotency_keys() {
    let one = TestApp::spawn().await;
    let two = one.second_instance().await;
    let w = World::build(&one).await;

    // A token from one instance works on the other; a refresh token spent on one is spent.
    json_of(two.me(&w.member_a.token).await, 200).await;
    let next = json_of(two.refresh(&w.member_a.refresh_token).await, 200).await;
    assert_problem(one.refresh(&w.member_a.refresh_token).await, 401).await;
    // That reuse revoked the chain everywhere.
    assert_problem(
        two.refresh(next["refresh_token"].as_str().unwrap()).await,
        401,
    )
    .await;

    // Failed logins count across instances.
    for i in 0..5 {
        let app = if i % 2 == 0 { &one } else { &two };
        assert_problem(app.login("member.b", "wrong password, again").await, 401).await;
    }
    assert_problem(one.login("member.b", PASSWORD).await, 429).await;
    assert_problem(two.login("member.b", PASSWORD).await, 429).await;

    // A retry that lands on the other instance replays the first answer.
    let body = json!({"org_unit_id": w.branch_a, "kind": "theme_day", "title": "主题党日", "starts_at": "2026-07-01T01:00:00Z"});
    let first = json_of(
        one.create_meeting_with_key(&w.secretary_a.token, "retry-1", &body)
            .await,
        201,
    )
    .await;
    let retry = two
        .create_meeting_with_key(&w.secretary_a.token, "retry-1", &body)
        .await;
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    assert_eq!(json_of(retry, 201).await, first);

    // Disabling on one instance ends the user's tokens on the other at once.
    json_of(
        one.update_user(
            &w.secretary_b.token,
            &w.member_b.id,
            &json!({"disabled": true}),
        )
        .await,
        200,
    )
    .await;
    assert_problem(two.me(&w.member_b.token).await, 401).await;
}
