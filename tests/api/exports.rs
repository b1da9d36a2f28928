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
