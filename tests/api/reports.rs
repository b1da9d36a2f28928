use serde_json::json;

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::world::{BranchRecords, World};

#[tokio::test]
async fn the_criticism_matrix_shows_who_criticised_whom_and_who_was_left_out() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    // A third member, present, who criticises the secretary twice.
    let zhou = id_of(
        &json_of(
            app.create_person(
                token,
                &json!({"org_unit_id": w.branch_a, "name": "周党员", "kind": "member"}),
            )
            .await,
            201,
        )
        .await,
    );
    json_of(
        app.put_attendance(
            token,
            &r.meeting,
            &json!([
                {"person_id": r.secretary_person, "status": "present"},
                {"person_id": r.member_person, "status": "present"},
                {"person_id": zhou, "status": "present"},
                {"person_id": r.guest, "status": "present"},
            ]),
        )
        .await,
        200,
    )
    .await;
    for text in ["希望书记多听取意见。", "希望书记多下基层。"] {
        json_of(app.create_speech(token, &r.meeting, &json!({"speaker_id": zhou, "kind": "criticism", "target_person_id": r.secretary_person, "content": text})).await, 201).await;
    }
    let matrix = json_of(
        app.criticism_matrix(&w.reviewer.token, &r.meeting).await,
        200,
    )
    .await;
    let pairs: Vec<(String, String, i64)> = matrix["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["critic_name"].as_str().unwrap().to_owned(),
                p["target_name"].as_str().unwrap().to_owned(),
                p["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("周党员".to_owned(), "王书记".to_owned(), 2),
            ("王书记".to_owned(), "李党员".to_owned(), 1)
        ]
    );
    let names = |key: &str| -> Vec<String> {
        matrix[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_owned())
            .collect()
    };
    // The guest is no member: left out of both lists.
    assert_eq!(names("gave_none"), ["李党员"]);
    assert_eq!(names("received_none"), ["周党员"]);

    let lecture = id_of(&json_of(app.create_meeting(token, &json!({"org_unit_id": w.branch_a, "kind": "party_lecture", "title": "党课", "starts_at": "2026-06-01T01:00:00Z"})).await, 201).await);
    assert_problem(app.criticism_matrix(token, &lecture).await, 409).await;
    assert_problem(
        app.criticism_matrix(&w.member_b.token, &r.meeting).await,
        404,
    )
    .await;
}
