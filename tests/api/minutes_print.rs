//! Minutes fit to print: who may speak (the attendance list first), written statements, and
//! the structure of the minutes as a reader finds it.

use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::{BranchRecords, World};

/// A 支委会 of `unit` with no attendance list yet.
async fn new_meeting(app: &TestApp, token: &str, unit: &str) -> String {
    let body = json!({
        "org_unit_id": unit, "kind": "committee_meeting", "title": "支委会",
        "starts_at": "2026-05-01T01:00:00Z"
    });
    id_of(&json_of(app.create_meeting(token, &body).await, 201).await)
}

#[tokio::test]
async fn a_speaker_must_be_on_the_attendance_list_first() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let meeting = new_meeting(&app, token, &w.branch_a).await;
    let before = app.snapshot().await;
    let say =
        |speaker: &str| json!({"speaker_id": speaker, "kind": "remarks", "content": "同意。"});

    // Not on the list (there is none yet): refused, naming the field, and nothing changes.
    let problem = assert_problem(
        app.create_speech(token, &meeting, &say(&r.guest)).await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "/speaker_id");
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("attendance list") && detail.contains("first") && detail.contains("列席"),
        "{detail}"
    );
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused speech changes nothing"
    );

    // On the list: the guest present (列席), the member absent (a written statement).
    json_of(
        app.put_attendance(
            token,
            &meeting,
            &json!([
                {"person_id": r.guest, "status": "present"},
                {"person_id": r.member_person, "status": "absent", "reason": "在外学习"},
            ]),
        )
        .await,
        200,
    )
    .await;
    let spoken = json_of(
        app.create_speech(token, &meeting, &say(&r.guest)).await,
        201,
    )
    .await;
    assert_eq!(spoken["written_statement"], false);
    let written = json_of(
        app.create_speech(token, &meeting, &say(&r.member_person))
            .await,
        201,
    )
    .await;
    assert_eq!(written["written_statement"], true);
    let listed = json_of(app.list_speeches(token, &meeting).await, 200).await;
    let flags: Vec<&Value> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["written_statement"])
        .collect();
    assert_eq!(flags, [&json!(false), &json!(true)]);

    // Changing the speaker to someone not on the list is refused the same way.
    let response = app.get_speech(token, &id_of(&spoken)).await;
    let etag = etag_of(&response);
    let problem = assert_problem(
        app.update_speech(
            token,
            &id_of(&spoken),
            &etag,
            &json!({"speaker_id": r.secretary_person}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "/speaker_id");
    assert_eq!(
        json_of(app.get_speech(token, &id_of(&spoken)).await, 200).await["speaker_id"],
        json!(r.guest)
    );

    // Written statement follows the list: marked present, the member spoke in person.
    json_of(
        app.put_attendance(
            token,
            &meeting,
            &json!([
                {"person_id": r.guest, "status": "present"},
                {"person_id": r.member_person, "status": "present"},
            ]),
        )
        .await,
        200,
    )
    .await;
    let now = json_of(app.get_speech(token, &id_of(&written)).await, 200).await;
    assert_eq!(now["written_statement"], false);
}

#[tokio::test]
async fn the_markdown_minutes_read_as_a_record_to_sign() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    // A member absent who sent a written statement, and an item already overdue.
    let absent = id_of(
        &json_of(
            app.create_person(
                token,
                &json!({
                    "org_unit_id": w.branch_a, "name": "周党员", "kind": "member"
                }),
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
                {"person_id": r.guest, "status": "present"},
                {"person_id": absent, "status": "absent", "reason": "外出学习"},
            ]),
        )
        .await,
        200,
    )
    .await;
    json_of(
        app.create_speech(
            token,
            &r.meeting,
            &json!({
                "speaker_id": absent, "kind": "self_criticism",
                "content": "一、存在的不足\n（一）学习方面\n书面检查：学习不够系统。"
            }),
        )
        .await,
        201,
    )
    .await;
    for (problem, due) in [
        ("调查研究不够", "2020-01-31"),
        ("理论学习不够系统深入", "2099-03-31"),
    ] {
        json_of(
            app.create_item(
                token,
                &json!({
                    "org_unit_id": w.branch_a, "meeting_id": r.meeting, "problem": problem,
                    "measure": "每月精读一篇原文", "owner_id": r.member_person, "due_on": due
                }),
            )
            .await,
            201,
        )
        .await;
    }

    let md = app
        .minutes_md(&w.member_a.token, &r.meeting)
        .await
        .text()
        .await
        .unwrap();
    let at = |part: &str| {
        md.find(part)
            .unwrap_or_else(|| panic!("missing {part:?} in\n{md}"))
    };
    // In this order: title, particulars, agenda, speeches with their outline, items, signatures.
    let order = [
        "# 2026年度组织生活会会议记录\n",
        "| 时间 | 2026年11月20日 09:30 |",
        "| 地点 | 三楼会议室 |",
        "| 主持人 | 王书记 |",
        "| 记录人 | 李党员 |",
        "| 应到/实到 | 3人/2人（均为正式党员） |",
        "| 请假 | 无 |",
        "| 缺席 | 周党员（外出学习） |",
        "| 列席 | 张市长（市长） |",
        "## 议程",
        "### 1. 张市长（市长） · 讲话：在市政府办机关第一党支部组织生活会上的讲话",
        "#### 一、强化思想引领，做政治上的明白人",
        "### 4. 周党员 · 对照检查（书面发言）",
        "#### 一、存在的不足",
        "##### （一）学习方面",
        "书面检查：学习不够系统。",
        "## 整改事项",
        "| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 | 状态 |",
        "| 1 | 调查研究不够 | 每月精读一篇原文 | 李党员 | 2020-01-31 | **未开始（逾期）** |",
        "| 2 | 理论学习不够系统深入 | 每月精读一篇原文 | 李党员 | 2099-03-31 | 未开始 |",
        "主持人（签字）：",
        "记录人（签字）：",
        "日期：",
    ];
    let positions: Vec<usize> = order.iter().map(|p| at(p)).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "out of order: {positions:?}\n{md}"
    );
    assert!(!md.contains("会议记录会议记录"));
}

#[tokio::test]
async fn the_word_minutes_carry_written_statements_and_guests() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    json_of(
        app.put_attendance(
            token,
            &r.meeting,
            &json!([
                {"person_id": r.secretary_person, "status": "present"},
                {"person_id": r.member_person, "status": "absent", "reason": "未请假"},
                {"person_id": r.guest, "status": "present"},
            ]),
        )
        .await,
        200,
    )
    .await;
    let response = app
        .get_as(
            token,
            &format!("/api/v1/meetings/{}/minutes.docx", r.meeting),
        )
        .await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap();
    let document = docx_rs::read_docx(&bytes)
        .expect("a readable Word document")
        .json();
    for part in [
        "2026年度组织生活会会议记录",
        "2. 李党员 · 对照检查（书面发言）",
        "列席",
        "张市长（市长）",
        "2人/1人",
        "主持人（签字）：",
    ] {
        assert!(document.contains(part), "missing {part:?}");
    }
}

#[tokio::test]
async fn whoever_spoke_stays_on_the_attendance_list() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let meeting = new_meeting(&app, token, &w.branch_a).await;
    let both = json!([
        {"person_id": r.guest, "status": "present"},
        {"person_id": r.member_person, "status": "present"},
    ]);
    json_of(app.put_attendance(token, &meeting, &both).await, 200).await;
    let speech = json!({"speaker_id": r.guest, "kind": "remarks", "content": "同意。"});
    json_of(app.create_speech(token, &meeting, &speech).await, 201).await;
    let summary =
        json_of(app.get_meeting(token, &meeting).await, 200).await["attendance_summary"].clone();
    assert_eq!(
        summary,
        json!({"expected": 1, "present": 1, "leave": 0, "absent": 0})
    );

    let before = app.snapshot().await;
    let without_the_speaker = json!([{"person_id": r.member_person, "status": "present"}]);
    let problem = assert_problem(
        app.put_attendance(token, &meeting, &without_the_speaker)
            .await,
        422,
    )
    .await;
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.contains("spoke at this meeting"), "{detail}");
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused list changes nothing"
    );
    // Marked absent instead, the speech becomes a written statement.
    let absent = json!([
        {"person_id": r.guest, "status": "absent", "reason": "未请假"},
        {"person_id": r.member_person, "status": "present"},
    ]);
    json_of(app.put_attendance(token, &meeting, &absent).await, 200).await;
}
