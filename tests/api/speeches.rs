use serde_json::{Value, json};

use crate::helpers::{SAMPLE_SPEECH, TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::{BranchRecords, World};

#[tokio::test]
async fn the_sample_speech_comes_back_byte_identical_with_its_outline() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let response = app.get_speech(&w.member_a.token, &r.speech).await;
    let body = response.bytes().await.unwrap();
    let speech: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        speech["content"].as_str().unwrap().as_bytes(),
        SAMPLE_SPEECH.as_bytes()
    );
    assert_eq!(speech["char_count"], SAMPLE_SPEECH.chars().count());
    assert_eq!(speech["position"], 1);
    assert_eq!(
        speech["outline"],
        json!([
            {"level": 1, "text": "一、强化思想引领，做政治上的明白人"},
            {"level": 1, "text": "二、强化实践历练，做工作上的实干家"},
            {"level": 1, "text": "三、强化自我约束，做人民满意的公务员"},
        ])
    );
}

async fn positions(app: &TestApp, token: &str, meeting: &str) -> Vec<(i64, String)> {
    let page = json_of(app.list_speeches(token, meeting).await, 200).await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["position"].as_i64().unwrap(),
                s["content"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn positions_stay_one_to_n_through_inserts_moves_and_deletes() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let meeting = committee_meeting(&app, token, &w.branch_a, &r.member_person).await;
    let say = |content: &'static str, position: Option<i64>| {
        let app = &app;
        let meeting = &meeting;
        let speaker = r.member_person.clone();
        async move {
            let mut body = json!({"speaker_id": speaker, "kind": "comment", "content": content});
            if let Some(p) = position {
                body["position"] = json!(p);
            }
            app.create_speech(token, meeting, &body).await
        }
    };
    let a = id_of(&json_of(say("A", None).await, 201).await);
    json_of(say("B", None).await, 201).await;
    let c = id_of(&json_of(say("C", None).await, 201).await);
    let d = id_of(&json_of(say("D", Some(1)).await, 201).await);
    let texts = |v: Vec<(i64, String)>| {
        v.into_iter()
            .map(|(p, t)| format!("{p}{t}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(texts(positions(&app, token, &meeting).await), "1D 2A 3B 4C");
    assert_problem(say("E", Some(6)).await, 422).await;
    assert_problem(say("E", Some(0)).await, 422).await;

    // Shifted neighbours changed, so their ETags did too.
    let a_now = app.get_speech(token, &a).await;
    assert_eq!(etag_of(&a_now), "\"2\"");

    let c_etag = etag_of(&app.get_speech(token, &c).await);
    json_of(
        app.update_speech(token, &c, &c_etag, &json!({"position": 2}))
            .await,
        200,
    )
    .await;
    assert_eq!(texts(positions(&app, token, &meeting).await), "1D 2C 3A 4B");
    let c_etag = etag_of(&app.get_speech(token, &c).await);
    json_of(
        app.update_speech(token, &c, &c_etag, &json!({"position": 4}))
            .await,
        200,
    )
    .await;
    assert_eq!(texts(positions(&app, token, &meeting).await), "1D 2A 3B 4C");
    let c_etag = etag_of(&app.get_speech(token, &c).await);
    assert_problem(
        app.update_speech(token, &c, &c_etag, &json!({"position": 5}))
            .await,
        422,
    )
    .await;

    let d_etag = etag_of(&app.get_speech(token, &d).await);
    assert_problem(app.delete_speech(token, &d, "\"99\"").await, 412).await;
    assert_eq!(app.delete_speech(token, &d, &d_etag).await.status(), 204);
    assert_eq!(texts(positions(&app, token, &meeting).await), "1A 2B 3C");
}

#[tokio::test]
async fn criticism_names_its_target_and_speakers_are_counted() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"speaker_id": r.secretary_person, "kind": "criticism", "content": "批评"}),
            "/target_person_id",
        ),
        (
            json!({"speaker_id": r.secretary_person, "kind": "criticism", "target_person_id": r.secretary_person, "content": "批评"}),
            "/target_person_id",
        ),
        (
            json!({"speaker_id": r.secretary_person, "kind": "remarks", "target_person_id": r.member_person, "content": "讲话"}),
            "/target_person_id",
        ),
        (
            json!({"speaker_id": r.secretary_person, "kind": "remarks", "content": "  "}),
            "/content",
        ),
        (
            json!({"speaker_id": r.secretary_person, "kind": "remarks", "content": "长".repeat(200_001)}),
            "/content",
        ),
    ];
    for (body, field) in cases {
        let problem = assert_problem(app.create_speech(token, &r.meeting, &body).await, 422).await;
        assert_eq!(problem["errors"][0]["field"], field);
    }
    // Exactly 200,000 characters (600,000 bytes) is fine.
    let long = json_of(app.create_speech(token, &r.meeting, &json!({"speaker_id": r.member_person, "kind": "self_criticism", "content": "长".repeat(200_000)})).await, 201).await;
    assert_eq!(long["char_count"], 200_000);

    let speakers = json_of(app.list_speakers(&w.reviewer.token, &r.meeting).await, 200).await;
    let summary: Vec<(String, i64, i64)> = speakers
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_owned(),
                s["first_position"].as_i64().unwrap(),
                s["speech_count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("张市长".to_owned(), 1, 1),
            ("李党员".to_owned(), 2, 2),
            ("王书记".to_owned(), 3, 1)
        ]
    );
}

/// A meeting of `n` speeches of one character each, written straight to the database.
/// A 支委会 of `unit` with `speaker` present: speakers are on the attendance list first.
async fn committee_meeting(app: &TestApp, token: &str, unit: &str, speaker: &str) -> String {
    let meeting = id_of(&json_of(app.create_meeting(token, &json!({
        "org_unit_id": unit, "kind": "committee_meeting", "title": "支委会", "starts_at": "2026-05-01T01:00:00Z"
    })).await, 201).await);
    let present = json!([{"person_id": speaker, "status": "present"}]);
    json_of(app.put_attendance(token, &meeting, &present).await, 200).await;
    meeting
}

async fn fill_meeting(app: &TestApp, meeting: &str, speaker: &str, n: i32) {
    sqlx::query(
        "insert into speeches (id, meeting_id, org_unit_id, position, speaker_id, kind, content,
                               char_count, outline)
         select gen_random_uuid(), m.id, m.org_unit_id, p, $2, 'comment', '好', 1, '[]'
         from meetings m, generate_series(1, $3) p where m.id = $1",
    )
    .bind(uuid::Uuid::parse_str(meeting).unwrap())
    .bind(uuid::Uuid::parse_str(speaker).unwrap())
    .bind(n)
    .execute(&app.pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn a_meeting_holds_at_most_100_speeches() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let meeting = committee_meeting(&app, token, &w.branch_a, &r.member_person).await;
    fill_meeting(&app, &meeting, &r.member_person, 99).await;
    let say = json!({"speaker_id": r.member_person, "kind": "comment", "content": "同意"});
    // Four writers race for the last place: the meeting's row lock lets exactly one in.
    let racers = (0..4).map(|_| app.create_speech(token, &meeting, &say));
    let mut statuses: Vec<u16> = futures_util::future::join_all(racers)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    statuses.sort();
    assert_eq!(statuses, [201, 409, 409, 409]);
    let problem = assert_problem(app.create_speech(token, &meeting, &say).await, 409).await;
    assert!(
        problem["detail"].as_str().unwrap().contains("100 speeches"),
        "{problem}"
    );
}

#[tokio::test]
async fn the_speeches_of_a_meeting_hold_at_most_a_million_characters() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let meeting = committee_meeting(&app, token, &w.branch_a, &r.member_person).await;
    let speech = |content: String| json!({"speaker_id": r.member_person, "kind": "comment", "content": content});
    let mut ids = Vec::new();
    for _ in 0..5 {
        let s = json_of(
            app.create_speech(token, &meeting, &speech("长".repeat(200_000)))
                .await,
            201,
        )
        .await;
        ids.push(id_of(&s));
    }
    // Exactly 1,000,000 characters in all: one more is refused, naming the limit.
    let problem = assert_problem(
        app.create_speech(token, &meeting, &speech("多".into()))
            .await,
        409,
    )
    .await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("1000000 characters"),
        "{problem}"
    );
    // Shrinking one makes room; growing one past the budget is refused like a new one.
    let etag = etag_of(&app.get_speech(token, &ids[1]).await);
    json_of(
        app.update_speech(
            token,
            &ids[1],
            &etag,
            &json!({"content": "长".repeat(199_999)}),
        )
        .await,
        200,
    )
    .await;
    let last = id_of(
        &json_of(
            app.create_speech(token, &meeting, &speech("多".into()))
                .await,
            201,
        )
        .await,
    );
    let etag = etag_of(&app.get_speech(token, &last).await);
    assert_problem(
        app.update_speech(token, &last, &etag, &json!({"content": "多多"}))
            .await,
        409,
    )
    .await;
    json_of(
        app.update_speech(token, &last, &etag, &json!({"content": "少"}))
            .await,
        200,
    )
    .await;
}

#[tokio::test]
async fn the_speeches_of_a_meeting_hold_at_most_10000_lines() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let meeting = committee_meeting(&app, token, &w.branch_a, &r.member_person).await;
    let speech = |content: String| json!({"speaker_id": r.member_person, "kind": "comment", "content": content});
    // Every line is a paragraph of the Word minutes, however short: 10,000 in all.
    let lines = vec!["一"; 5_000].join("\n");
    json_of(
        app.create_speech(token, &meeting, &speech(lines.clone()))
            .await,
        201,
    )
    .await;
    let second = json_of(
        app.create_speech(token, &meeting, &speech(lines)).await,
        201,
    )
    .await;
    let problem = assert_problem(
        app.create_speech(token, &meeting, &speech("多".into()))
            .await,
        409,
    )
    .await;
    assert!(
        problem["detail"].as_str().unwrap().contains("10000 lines"),
        "{problem}"
    );
    // CR LF is one line break; one more line is refused.
    let second = id_of(&second);
    let etag = etag_of(&app.get_speech(token, &second).await);
    let crlf = vec!["一"; 5_000].join("\r\n");
    let changed = app
        .update_speech(token, &second, &etag, &json!({"content": crlf}))
        .await;
    let etag = etag_of(&changed);
    json_of(changed, 200).await;
    let more = vec!["一"; 5_001].join("\n");
    assert_problem(
        app.update_speech(token, &second, &etag, &json!({"content": more}))
            .await,
        409,
    )
    .await;
}
