use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::world::World;

#[tokio::test]
async fn secretaries_build_the_tree_below_their_units() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let group = json!({"name": "第一党小组", "kind": "group", "parent_id": w.branch_a});
    let response = app.create_org_unit(&w.secretary_a.token, &group).await;
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let created = json_of(response, 201).await;
    assert_eq!(location, format!("/api/v1/org-units/{}", id_of(&created)));
    assert_eq!(created["parent_id"], w.branch_a);
    assert_eq!(created["kind"], "group");

    // Reach covers the new unit: the member of the branch reads it, the other branch does not.
    json_of(
        app.get_org_unit(&w.member_a.token, &id_of(&created)).await,
        200,
    )
    .await;
    assert_problem(
        app.get_org_unit(&w.member_b.token, &id_of(&created)).await,
        404,
    )
    .await;

    // Sibling names are unique, without regard to case or surrounding spaces.
    let again = json!({"name": " 第一党小组 ", "kind": "group", "parent_id": w.branch_a});
    assert_problem(app.create_org_unit(&w.secretary_a.token, &again).await, 409).await;
    // Only admins create top-level units.
    let top = json!({"name": "另一个党委", "kind": "committee"});
    assert_problem(app.create_org_unit(&w.secretary_a.token, &top).await, 403).await;
    json_of(app.create_org_unit(&w.admin.token, &top).await, 201).await;
}

#[tokio::test]
async fn invalid_units_are_refused_field_by_field() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let cases = [
        (
            json!({"name": "  ", "kind": "group", "parent_id": w.branch_a}),
            Some("/name"),
        ),
        (
            json!({"name": "党".repeat(201), "kind": "group", "parent_id": w.branch_a}),
            Some("/name"),
        ),
        (
            json!({"name": "x", "kind": "division", "parent_id": w.branch_a}),
            None,
        ),
        (json!({"kind": "group", "parent_id": w.branch_a}), None),
        (
            json!({"name": "x", "kind": "group", "parent_id": "not-a-uuid"}),
            None,
        ),
    ];
    for (body, field) in cases {
        let problem =
            assert_problem(app.create_org_unit(&w.secretary_a.token, &body).await, 422).await;
        if let Some(field) = field {
            assert_eq!(problem["errors"][0]["field"], field, "{body}");
        }
    }
}

#[tokio::test]
async fn units_are_renamed_and_moved_within_reach_only() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let g1 = id_of(
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
    let g2 = id_of(
        &json_of(
            app.create_org_unit(
                &w.secretary_a.token,
                &json!({"name": "二组", "kind": "group", "parent_id": w.branch_a}),
            )
            .await,
            201,
        )
        .await,
    );

    let renamed = json_of(
        app.update_org_unit(&w.secretary_a.token, &g1, &json!({"name": "第一小组"}))
            .await,
        200,
    )
    .await;
    assert_eq!(renamed["name"], "第一小组");
    assert_eq!(renamed["parent_id"], w.branch_a);

    // Moving g2 below g1 stays within the branch: allowed.
    let moved = json_of(
        app.update_org_unit(&w.secretary_a.token, &g2, &json!({"parent_id": g1}))
            .await,
        200,
    )
    .await;
    assert_eq!(moved["parent_id"], g1);
    // g1 below g2 (its own child) would make a cycle.
    let cycle = assert_problem(
        app.update_org_unit(&w.secretary_a.token, &g1, &json!({"parent_id": g2}))
            .await,
        422,
    )
    .await;
    assert_eq!(cycle["errors"][0]["field"], "/parent_id");
    assert_problem(
        app.update_org_unit(&w.secretary_a.token, &g1, &json!({"parent_id": g1}))
            .await,
        422,
    )
    .await;
    // Making a unit top-level is for admins.
    assert_problem(
        app.update_org_unit(&w.secretary_a.token, &g1, &json!({"parent_id": null}))
            .await,
        403,
    )
    .await;
    // An admin moves a branch between committees.
    let other = id_of(
        &json_of(
            app.create_org_unit(
                &w.admin.token,
                &json!({"name": "新党委", "kind": "committee"}),
            )
            .await,
            201,
        )
        .await,
    );
    json_of(
        app.update_org_unit(&w.admin.token, &w.branch_b, &json!({"parent_id": other}))
            .await,
        200,
    )
    .await;
    // The committee's reviewer no longer reaches it.
    assert_problem(app.get_org_unit(&w.reviewer.token, &w.branch_b).await, 404).await;
}

#[tokio::test]
async fn lists_page_with_a_cursor() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    for i in 0..4 {
        let body = json!({"name": format!("小组{i}"), "kind": "group", "parent_id": w.branch_a});
        json_of(app.create_org_unit(&w.secretary_a.token, &body).await, 201).await;
    }
    let mut seen = Vec::new();
    let mut query = "?limit=2".to_owned();
    loop {
        let page = json_of(app.list_org_units(&w.secretary_a.token, &query).await, 200).await;
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(items.iter().map(|i| i["id"].as_str().unwrap().to_owned()));
        match &page["next_cursor"] {
            Value::String(cursor) => query = format!("?limit=2&cursor={cursor}"),
            _ => break,
        }
    }
    assert_eq!(seen.len(), 5, "the branch and its four groups");
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted, "creation order");

    let clamped = json_of(
        app.list_org_units(&w.admin.token, "?limit=100000").await,
        200,
    )
    .await;
    assert_eq!(clamped["items"].as_array().unwrap().len(), 7);
    // A parameter that does not fit is a 422 naming it; an opaque cursor that is not one of
    // ours is a 400.
    for (bad, status) in [
        ("?limit=0", 422),
        ("?limit=abc", 422),
        ("?cursor=nope", 400),
        ("?colour=red", 422),
    ] {
        assert_problem(app.list_org_units(&w.admin.token, bad).await, status).await;
    }
}

#[tokio::test]
async fn memberships_are_managed_by_secretaries() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let promoted = json_of(
        app.put_member(
            &w.secretary_a.token,
            &w.branch_a,
            &w.member_a.id,
            "secretary",
        )
        .await,
        200,
    )
    .await;
    assert_eq!(promoted["role"], "secretary");
    assert_eq!(promoted["username"], "member.a");
    // The promotion takes effect at once, with the same token.
    let g = json!({"name": "新小组", "kind": "group", "parent_id": w.branch_a});
    json_of(app.create_org_unit(&w.member_a.token, &g).await, 201).await;

    let members = json_of(app.list_members(&w.member_a.token, &w.branch_a).await, 200).await;
    assert_eq!(members["items"].as_array().unwrap().len(), 2);
    assert_problem(
        app.put_member(
            &w.secretary_a.token,
            &w.branch_a,
            &w.member_a.id,
            "chairman",
        )
        .await,
        422,
    )
    .await;
    assert_problem(
        app.remove_member(
            &w.secretary_a.token,
            &w.branch_a,
            &uuid::Uuid::now_v7().to_string(),
        )
        .await,
        404,
    )
    .await;
}

/// "Today" as the service counts it (the test instances run on Asia/Shanghai).
fn today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

#[tokio::test]
async fn a_founding_date_is_kept_changed_cleared_and_audited() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    // Set on create, returned by every read.
    let created = json_of(
        app.create_org_unit(
            token,
            &json!({"name": "第一党小组", "kind": "group", "parent_id": w.branch_a, "established_on": "1998-07-01"}),
        )
        .await,
        201,
    )
    .await;
    let group = id_of(&created);
    assert_eq!(created["established_on"], "1998-07-01");
    let read = json_of(app.get_org_unit(&w.member_a.token, &group).await, 200).await;
    assert_eq!(read["established_on"], "1998-07-01");
    // Left out: not given.
    let branch = json_of(app.get_org_unit(token, &w.branch_a).await, 200).await;
    assert_eq!(branch["established_on"], Value::Null);
    let listed = json_of(app.list_org_units(token, "").await, 200).await;
    assert!(
        listed["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["id"] == group.as_str() && u["established_on"] == "1998-07-01"),
        "{listed}"
    );

    // Changed by PATCH (today is not the future), other fields untouched; left out, it stays.
    let today = today().to_string();
    let changed = json_of(
        app.update_org_unit(token, &group, &json!({"established_on": today}))
            .await,
        200,
    )
    .await;
    assert_eq!(changed["established_on"], today.as_str());
    assert_eq!(changed["name"], "第一党小组");
    let renamed = json_of(
        app.update_org_unit(token, &group, &json!({"name": "一组"}))
            .await,
        200,
    )
    .await;
    assert_eq!(renamed["established_on"], today.as_str());
    // null clears it.
    let cleared = json_of(
        app.update_org_unit(token, &group, &json!({"established_on": null}))
            .await,
        200,
    )
    .await;
    assert_eq!(cleared["established_on"], Value::Null);

    // Only those who may change the unit may date it.
    assert_problem(
        app.update_org_unit(
            &w.member_a.token,
            &group,
            &json!({"established_on": "2001-01-01"}),
        )
        .await,
        403,
    )
    .await;
    assert_problem(
        app.update_org_unit(
            &w.secretary_b.token,
            &group,
            &json!({"established_on": "2001-01-01"}),
        )
        .await,
        404,
    )
    .await;

    // The trail has every value before and after.
    let trail = json_of(
        app.audit_events(token, &format!("?entity_type=org_unit&entity_id={group}"))
            .await,
        200,
    )
    .await;
    let trail = trail["items"].as_array().unwrap();
    let dates: Vec<(&Value, &Value)> = trail
        .iter()
        .map(|e| {
            (
                &e["before"]["established_on"],
                &e["after"]["established_on"],
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            (&Value::Null, &json!("1998-07-01")),
            (&json!("1998-07-01"), &json!(today)),
            (&json!(today), &json!(today)),
            (&json!(today), &Value::Null),
        ],
        "{trail:?}"
    );
}

#[tokio::test]
async fn a_founding_date_in_the_future_is_refused() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let tomorrow = (today() + chrono::Duration::days(1)).to_string();
    let problem = assert_problem(
        app.create_org_unit(
            token,
            &json!({"name": "未来小组", "kind": "group", "parent_id": w.branch_a, "established_on": tomorrow}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(
        problem["errors"][0]["field"], "/established_on",
        "{problem}"
    );
    assert!(
        problem["detail"].as_str().unwrap().contains("future"),
        "{problem}"
    );
    let problem = assert_problem(
        app.update_org_unit(
            token,
            &w.branch_a,
            &json!({"name": "改名", "established_on": tomorrow}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(
        problem["errors"][0]["field"], "/established_on",
        "{problem}"
    );
    // Nothing changed: neither a new unit nor the name.
    let units = json_of(app.list_org_units(&w.admin.token, "").await, 200).await;
    assert!(
        units["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["name"] != "未来小组" && u["name"] != "改名"),
        "{units}"
    );
}
