use serde_json::json;

use crate::helpers::{SAMPLE_SPEECH, TestApp, assert_problem, json_of};
use crate::world::{BranchRecords, World};

#[tokio::test]
async fn the_markdown_minutes_hold_every_part_of_the_meeting() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    json_of(app.create_item(&w.secretary_a.token, &json!({
        "org_unit_id": w.branch_a, "meeting_id": r.meeting, "problem": "理论学习不够系统深入",
        "measure": "每月精读一篇原文", "owner_id": r.member_person, "due_on": "2027-03-31"
    })).await, 201).await;

    let response = app.minutes_md(&w.member_a.token, &r.meeting).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/markdown; charset=utf-8"
    );
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition
            .starts_with("attachment; filename=\"minutes.md\"; filename*=UTF-8''2026%E5%B9%B4"),
        "{disposition}"
    );
    let md = response.text().await.unwrap();
    for part in [
        "# 2026年度组织生活会",
        "| 会议类型 | 组织生活会 |",
        "| 时间 | 2026年11月20日 09:30 |",
        "| 地点 | 三楼会议室 |",
        "| 主持人 | 王书记 |",
        "| 记录人 | 李党员 |",
        "| 应到 / 实到 | 3 / 3 |",
        "| 请假 | 无 |",
        "1. 通报整改落实情况\n2. 个人对照检查\n3. 相互批评",
        "### 1. 张市长（市长） · 讲话：在市政府办机关第一党支部组织生活会上的讲话",
        "### 3. 王书记（支部书记） · 批评意见 → 李党员",
        "- 王书记 → 李党员：希望李党员加强理论学习。",
        "| 理论学习不够系统深入 | 每月精读一篇原文 | 李党员 | 2027-03-31 | 未开始 |",
    ] {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
    }
    // The sample speech in full, paragraph by paragraph.
    for paragraph in SAMPLE_SPEECH
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        assert!(
            md.contains(&format!("{paragraph}\n\n")),
            "missing paragraph {paragraph:?}"
        );
    }
    assert_problem(app.minutes_md(&w.member_b.token, &r.meeting).await, 404).await;
}

#[tokio::test]
async fn the_calendar_feed_serves_the_meetings_in_reach_until_replaced() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let issue = |token: String| {
        let app = &app;
        async move {
            json_of(
                app.post_as(&token, "/api/v1/me/calendar-token", &json!({}))
                    .await,
                201,
            )
            .await
        }
    };
    let first = issue(w.member_a.token.clone()).await;
    let url = first["url"].as_str().unwrap().to_owned();
    assert_eq!(
        url,
        format!("/calendar/{}.ics", first["token"].as_str().unwrap())
    );

    // No bearer header: the address is the credential.
    let response = app.client.get(app.url(&url)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let ics = response.text().await.unwrap();
    let calendar: icalendar::Calendar = ics.parse().expect("the feed parses as iCalendar");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 1, "only branch A's meeting:\n{ics}");
    use icalendar::{Component, EventLike};
    assert_eq!(
        events[0].get_uid(),
        Some(format!("{}@minutebook", a.meeting).as_str())
    );
    assert_eq!(
        events[0].get_summary(),
        Some("2026年度组织生活会（组织生活会）")
    );
    assert_eq!(events[0].get_location(), Some("三楼会议室"));
    // RFC 5545: CRLF line ends, lines folded at 75 octets.
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.trim_end().ends_with("END:VCALENDAR"));
    assert!(ics.split("\r\n").all(|line| line.len() <= 75), "{ics}");

    // A new address replaces the old one.
    let second = issue(w.member_a.token.clone()).await;
    assert_problem(app.client.get(app.url(&url)).send().await.unwrap(), 404).await;
    let second_url = second["url"].as_str().unwrap();
    assert_eq!(
        app.client
            .get(app.url(second_url))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_problem(
        app.client
            .get(app.url("/calendar/made-up.ics"))
            .send()
            .await
            .unwrap(),
        404,
    )
    .await;
    // The reviewer's feed has both branches.
    let reviewer = issue(w.reviewer.token.clone()).await;
    let ics = app
        .client
        .get(app.url(reviewer["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
}

#[tokio::test]
async fn the_word_minutes_hold_every_part_in_chinese_fonts() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    json_of(app.create_item(&w.secretary_a.token, &json!({
        "org_unit_id": w.branch_a, "meeting_id": r.meeting, "problem": "理论学习不够系统深入",
        "measure": "每月精读一篇原文", "owner_id": r.member_person, "due_on": "2027-03-31"
    })).await, 201).await;
    let response = app
        .get_as(
            &w.member_a.token,
            &format!("/api/v1/meetings/{}/minutes.docx", r.meeting),
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.contains("filename*=UTF-8''") && disposition.ends_with(".docx"),
        "{disposition}"
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip package");
    // Read it back with the crate's own reader and look at the document's text and fonts.
    let document = docx_rs::read_docx(&bytes)
        .expect("a readable Word document")
        .json();
    for part in [
        "2026年度组织生活会",
        "会议类型",
        "组织生活会",
        "2026年11月20日 09:30",
        "三楼会议室",
        "主持人",
        "王书记",
        "记录人",
        "应到 / 实到",
        "3 / 3",
        "请假",
        "缺席",
        "议程",
        "1. 通报整改落实情况",
        "发言",
        "1. 张市长（市长） · 讲话：在市政府办机关第一党支部组织生活会上的讲话",
        "批评意见",
        "王书记 → 李党员：希望李党员加强理论学习。",
        "整改事项",
        "理论学习不够系统深入",
        "每月精读一篇原文",
        "2027-03-31",
        "未开始",
        "宋体",
        "黑体",
    ] {
        assert!(document.contains(part), "missing {part:?}");
    }
    for paragraph in SAMPLE_SPEECH
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        assert!(
            document.contains(&serde_json::to_string(paragraph).unwrap()),
            "missing paragraph {paragraph:?}"
        );
    }
    let other = app
        .get_as(
            &w.member_b.token,
            &format!("/api/v1/meetings/{}/minutes.docx", r.meeting),
        )
        .await;
    assert_problem(other, 404).await;
}
