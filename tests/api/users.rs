use serde_json::json;

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::world::World;

#[tokio::test]
async fn a_secretary_creates_users_into_its_unit() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let body = json!({
        "username": "Zhou.Min", "display_name": "周敏", "password": "一个足够长的中文口令啊！",
        "org_unit_id": w.branch_a
    });
    let response = app.create_user(&w.secretary_a.token, &body).await;
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/api/v1/users/")
    );
    let user = json_of(response, 201).await;
    assert_eq!(user["one_time_password"], serde_json::Value::Null);
    assert_eq!(user["username"], "Zhou.Min");
    assert_eq!(user["is_admin"], false);
    assert_eq!(user["disabled"], false);
    assert!(user.get("password_hash").is_none());

    let members = json_of(
        app.list_members(&w.secretary_a.token, &w.branch_a).await,
        200,
    )
    .await;
    let new = members["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["user_id"] == user["id"])
        .unwrap();
    assert_eq!(new["role"], "member");
    app.login_ok("zhou.min", "一个足够长的中文口令啊！").await;
    json_of(app.get_user(&w.secretary_a.token, &id_of(&user)).await, 200).await;
    assert_problem(app.get_user(&w.secretary_b.token, &id_of(&user)).await, 404).await;
}

#[tokio::test]
async fn invalid_users_are_refused_field_by_field() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let base = json!({"username": "new.user", "display_name": "新人", "password": "a long enough passphrase", "org_unit_id": w.branch_a});
    let cases = [
        ("username", json!("x"), "/username", 422),
        ("username", json!("张三"), "/username", 422),
        ("display_name", json!(""), "/display_name", 422),
        ("password", json!("too short"), "/password", 422),
        ("password", json!("qwertyuiop123"), "/password", 422),
        ("password", json!("a".repeat(129)), "/password", 422),
    ];
    let before = app.snapshot().await;
    for (key, value, field, status) in cases {
        let mut body = base.clone();
        body[key] = value;
        let problem =
            assert_problem(app.create_user(&w.secretary_a.token, &body).await, status).await;
        assert_eq!(problem["errors"][0]["field"], field, "{body}");
    }
    // A secretary must say which unit; a role needs a unit.
    let mut no_unit = base.clone();
    no_unit.as_object_mut().unwrap().remove("org_unit_id");
    assert_problem(app.create_user(&w.secretary_a.token, &no_unit).await, 422).await;
    let mut role_only = no_unit.clone();
    role_only["role"] = json!("member");
    assert_problem(app.create_user(&w.admin.token, &role_only).await, 422).await;
    assert_eq!(app.snapshot().await, before);

    // Usernames are unique without regard to case.
    let mut taken = base.clone();
    taken["username"] = json!("MEMBER.A");
    assert_problem(app.create_user(&w.secretary_a.token, &taken).await, 409).await;
}

#[tokio::test]
async fn only_admins_and_secretaries_list_users_and_only_admins_change_admins() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let all = json_of(app.list_users(&w.admin.token, "").await, 200).await;
    assert_eq!(all["items"].as_array().unwrap().len(), 6);
    assert_problem(app.list_users(&w.reviewer.token, "").await, 403).await;
    // Admins may create users with no membership; such users are visible to admins only.
    let loner = json_of(app.create_user(&w.admin.token, &json!({"username": "loner", "display_name": "x", "password": "a long enough passphrase"})).await, 201).await;
    assert_problem(
        app.get_user(&w.secretary_a.token, &id_of(&loner)).await,
        404,
    )
    .await;
    // Put the admin into branch A: the branch secretary sees it but cannot change it.
    json_of(
        app.put_member(&w.admin.token, &w.branch_a, &w.admin.id, "member")
            .await,
        200,
    )
    .await;
    json_of(app.get_user(&w.secretary_a.token, &w.admin.id).await, 200).await;
    assert_problem(
        app.update_user(
            &w.secretary_a.token,
            &w.admin.id,
            &json!({"disabled": true}),
        )
        .await,
        403,
    )
    .await;
    let renamed = json_of(
        app.update_user(
            &w.admin.token,
            &w.member_a.id,
            &json!({"display_name": "李明"}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(renamed["display_name"], "李明");
}

#[tokio::test]
async fn a_secretary_cannot_change_a_user_who_also_belongs_above_its_reach() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // The committee's reviewer is given a membership in branch A: the branch secretary sees
    // the account, but it is not the secretary's to change.
    json_of(
        app.put_member(&w.admin.token, &w.branch_a, &w.reviewer.id, "member")
            .await,
        200,
    )
    .await;
    json_of(
        app.get_user(&w.secretary_a.token, &w.reviewer.id).await,
        200,
    )
    .await;
    let before = app.snapshot().await;
    for body in [json!({"disabled": true}), json!({"display_name": "冒名"})] {
        let problem = assert_problem(
            app.update_user(&w.secretary_a.token, &w.reviewer.id, &body)
                .await,
            403,
        )
        .await;
        assert!(
            problem["detail"].as_str().unwrap().contains("outside"),
            "{problem}"
        );
    }
    assert_eq!(app.snapshot().await, before);
    assert_eq!(app.me(&w.reviewer.token).await.status(), 200);
    // The same goes for another branch's secretary given a membership in branch A.
    json_of(
        app.put_member(&w.admin.token, &w.branch_a, &w.secretary_b.id, "member")
            .await,
        200,
    )
    .await;
    assert_problem(
        app.update_user(
            &w.secretary_a.token,
            &w.secretary_b.id,
            &json!({"disabled": true}),
        )
        .await,
        403,
    )
    .await;
    // An admin may.
    json_of(
        app.update_user(
            &w.admin.token,
            &w.reviewer.id,
            &json!({"display_name": "孙督导员"}),
        )
        .await,
        200,
    )
    .await;
}

#[tokio::test]
async fn a_change_to_a_user_is_audited_in_each_of_its_units() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // member.a belongs to branch A and to a group below it: both are in the secretary's reach.
    let group = id_of(
        &json_of(
            app.create_org_unit(
                &w.secretary_a.token,
                &json!({"name": "一组", "kind": "group", "parent_id": w.branch_a}),
            )
            .await,
            201,
        )
        .await,
    );
    json_of(
        app.put_member(&w.secretary_a.token, &group, &w.member_a.id, "member")
            .await,
        200,
    )
    .await;
    json_of(
        app.update_user(
            &w.secretary_a.token,
            &w.member_a.id,
            &json!({"display_name": "李明"}),
        )
        .await,
        200,
    )
    .await;
    let query = format!("?entity_type=user&entity_id={}", w.member_a.id);
    let events = json_of(app.audit_events(&w.secretary_a.token, &query).await, 200).await;
    let updates: Vec<&serde_json::Value> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "update")
        .collect();
    let mut units: Vec<&str> = updates
        .iter()
        .map(|e| e["org_unit_id"].as_str().unwrap())
        .collect();
    units.sort();
    let mut expected = vec![w.branch_a.as_str(), group.as_str()];
    expected.sort();
    assert_eq!(units, expected);
    for event in updates {
        assert_eq!(event["after"]["display_name"], "李明");
    }
    // Branch B's secretary sees none of it.
    let other = json_of(app.audit_events(&w.secretary_b.token, &query).await, 200).await;
    assert_eq!(other["items"], json!([]));
}

#[tokio::test]
async fn a_secretary_resets_passwords_only_within_its_reach() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let before = app.snapshot().await;
    // Another branch's secretary, a member and a reviewer do not manage the account: 404.
    for token in [&w.secretary_b.token, &w.member_b.token, &w.reviewer.token] {
        assert_problem(app.reset_password(token, &w.member_a.id).await, 404).await;
    }
    assert_eq!(app.snapshot().await, before);
    // A user who also belongs above the secretary's reach, and an admin, are not its to reset.
    json_of(
        app.put_member(&w.admin.token, &w.branch_a, &w.reviewer.id, "member")
            .await,
        200,
    )
    .await;
    json_of(
        app.put_member(&w.admin.token, &w.branch_a, &w.admin.id, "member")
            .await,
        200,
    )
    .await;
    let before = app.snapshot().await;
    for user in [&w.reviewer.id, &w.admin.id] {
        assert_problem(app.reset_password(&w.secretary_a.token, user).await, 403).await;
    }
    // Nobody resets their own password here: that is what PUT /me/password is for.
    assert_problem(
        app.reset_password(&w.secretary_a.token, &w.secretary_a.id)
            .await,
        403,
    )
    .await;
    assert_eq!(app.snapshot().await, before);
    app.login_ok("reviewer", crate::world::PASSWORD).await;
    // An admin resets anyone's.
    let reset = json_of(
        app.reset_password(&w.admin.token, &w.reviewer.id).await,
        200,
    )
    .await;
    assert!(reset["one_time_password"].as_str().unwrap().chars().count() >= 16);
    assert_problem(
        app.reset_password(&w.admin.token, &uuid::Uuid::now_v7().to_string())
            .await,
        404,
    )
    .await;
}

#[tokio::test]
async fn a_user_created_without_a_password_gets_a_one_time_one_and_shows_in_the_members() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let body = json!({"username": "sun.li", "display_name": "孙丽", "org_unit_id": w.branch_a});
    let response = app.create_user(&w.secretary_a.token, &body).await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    let user = json_of(response, 201).await;
    let one_time = user["one_time_password"]
        .as_str()
        .expect("a one-time password");
    let login = json_of(app.login("sun.li", one_time).await, 200).await;
    assert_eq!(login["password_change_required"], true);

    // The unit's member list says which accounts are disabled.
    let disabled = |members: &serde_json::Value| {
        members["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["user_id"] == user["id"])
            .unwrap()["disabled"]
            .clone()
    };
    let members = json_of(
        app.list_members(&w.secretary_a.token, &w.branch_a).await,
        200,
    )
    .await;
    assert_eq!(disabled(&members), false);
    let off = json!({"disabled": true});
    json_of(
        app.update_user(&w.secretary_a.token, &id_of(&user), &off)
            .await,
        200,
    )
    .await;
    let members = json_of(
        app.list_members(&w.secretary_a.token, &w.branch_a).await,
        200,
    )
    .await;
    assert_eq!(disabled(&members), true);
}
