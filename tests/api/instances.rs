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

/// `GET /me` with `token` on `app` until it answers `status`, for at most two seconds; how
/// long that took.
async fn until_answered(app: &TestApp, token: &str, status: u16) -> std::time::Duration {
    let start = std::time::Instant::now();
    loop {
        if app.me(token).await.status().as_u16() == status {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(2),
            "still not {status} after two seconds"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn a_disabled_user_or_a_changed_password_is_refused_at_once_on_every_instance() {
    let one = TestApp::spawn().await;
    let two = one.second_instance().await;
    let w = World::build(&one).await;
    let (member, admin) = (&w.member_a, &w.admin.token);
    // Both instances have served the member, so both keep the account in memory.
    for app in [&one, &two] {
        json_of(app.me(&member.token).await, 200).await;
        json_of(app.me(&member.token).await, 200).await;
    }

    // Served from memory: a change that notifies nobody (the trigger off) goes unseen...
    let sql = |q: &'static str| {
        let pool = one.pool.clone();
        let id = member.id.clone();
        async move {
            sqlx::query(q)
                .bind(uuid::Uuid::parse_str(&id).unwrap())
                .execute(&pool)
                .await
                .unwrap();
        }
    };
    let trigger = |q: &'static str| {
        let pool = one.pool.clone();
        async move { sqlx::raw_sql(q).execute(&pool).await.unwrap() }
    };
    trigger("alter table users disable trigger users_notify_change").await;
    sql("update users set token_generation = token_generation + 1 where id = $1").await;
    for app in [&one, &two] {
        json_of(app.me(&member.token).await, 200).await;
    }
    // ...and the notification of a change is what every instance forgets it by.
    trigger("alter table users enable trigger users_notify_change").await;
    sql("update users set updated_at = now() where id = $1").await;
    for app in [&one, &two] {
        let took = until_answered(app, &member.token, 401).await;
        assert!(took.as_millis() < 1000, "took {took:?}");
    }
    let member = &crate::world::Actor {
        token: one.login_ok(&member.username, PASSWORD).await.access_token,
        ..member.clone()
    };
    for app in [&one, &two] {
        json_of(app.me(&member.token).await, 200).await;
    }

    // Disabled on one instance: refused on both, well within a second.
    json_of(
        one.update_user(admin, &member.id, &json!({"disabled": true}))
            .await,
        200,
    )
    .await;
    for app in [&one, &two] {
        let took = until_answered(app, &member.token, 401).await;
        assert!(took.as_millis() < 1000, "took {took:?}");
    }
    json_of(
        one.update_user(admin, &member.id, &json!({"disabled": false}))
            .await,
        200,
    )
    .await;
    // Disabling revoked the member's tokens: a new login.
    let token = one.login_ok(&member.username, PASSWORD).await.access_token;
    for app in [&one, &two] {
        until_answered(app, &token, 200).await;
    }

    // The listeners lose their connections: each listens again on a new one, and a change
    // made afterwards still reaches both.
    let ended: Vec<bool> = sqlx::query_scalar(
        "select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and query ilike 'listen%'",
    )
    .fetch_all(&one.pool)
    .await
    .unwrap();
    assert_eq!(ended, [true, true], "one listener per instance");
    for app in [&one, &two] {
        until_answered(app, &token, 200).await;
    }
    // Each listens again within its second of waiting, and keeps the account anew.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    for app in [&one, &two] {
        json_of(app.me(&token).await, 200).await;
    }
    // A password changed on the second instance: the old token is refused on both.
    let response = two
        .change_password(&token, PASSWORD, "a brand new passphrase 2026")
        .await;
    assert!(response.status().is_success(), "{}", response.status());
    for app in [&one, &two] {
        let took = until_answered(app, &token, 401).await;
        assert!(took.as_millis() < 1000, "took {took:?}");
    }
}
