use serde_json::json;

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::{BranchRecords, World};

#[tokio::test]
async fn people_are_created_changed_and_deleted_with_etags() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let response = app.create_person(token, &json!({"org_unit_id": w.branch_a, "name": "陈部长", "title": "组织部长", "kind": "guest"})).await;
    assert_eq!(etag_of(&response), "\"1\"");
    let person = json_of(response, 201).await;
    let id = id_of(&person);
    assert_eq!(person["title"], "组织部长");

    let changed = app
        .update_person(
            token,
            &id,
            "\"1\"",
            &json!({"title": null, "kind": "member"}),
        )
        .await;
    assert_eq!(etag_of(&changed), "\"2\"");
    let changed = json_of(changed, 200).await;
    assert_eq!(changed["title"], json!(null));
    assert_eq!(changed["name"], "陈部长");
    assert_problem(
        app.update_person(token, &id, "\"1\"", &json!({"name": "x"}))
            .await,
        412,
    )
    .await;

    let listed = json_of(
        app.list_people(
            &w.member_a.token,
            &format!("?org_unit_id={}&kind=member", w.branch_a),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    assert_eq!(app.delete_person(token, &id, "\"2\"").await.status(), 204);
    assert_problem(app.get_person(token, &id).await, 404).await;
}

#[tokio::test]
async fn a_person_named_by_the_minutes_cannot_be_deleted() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let etag = etag_of(&app.get_person(token, &r.guest).await);
    assert_problem(app.delete_person(token, &r.guest, &etag).await, 409).await;
    // One person per account in a unit.
    let twice = json!({"org_unit_id": w.branch_a, "name": "又一个", "kind": "member", "user_id": w.member_a.id});
    assert_problem(app.create_person(token, &twice).await, 409).await;
}

#[tokio::test]
async fn people_are_looked_up_together_by_their_ids_within_reach() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let query = format!("?ids={},{}", a.guest, b.guest);
    let found = json_of(app.list_people(&w.secretary_a.token, &query).await, 200).await;
    let ids: Vec<&str> = found["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    // The other branch's guest is out of reach: left out, not refused.
    assert_eq!(ids, [a.guest.as_str()]);
    let both = json_of(app.list_people(&w.reviewer.token, &query).await, 200).await;
    assert_eq!(both["items"].as_array().unwrap().len(), 2);

    let bad = assert_problem(app.list_people(&w.secretary_a.token, "?ids=1,2").await, 422).await;
    assert_eq!(bad["errors"][0]["field"], "ids");
    let many = vec![a.guest.clone(); 201].join(",");
    let too_many = assert_problem(
        app.list_people(&w.secretary_a.token, &format!("?ids={many}"))
            .await,
        422,
    )
    .await;
    assert_eq!(too_many["errors"][0]["field"], "ids");
}
