//! The 决议 of a meeting in its minutes (.md and .docx), the admissions report, and the demo
//! 支部党员大会 (issue 17).

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::World;

/// A 支部党员大会 of `w.branch_a` on 2026-11-20: eight full members (党员01–06 present, 书面
/// on leave, 住院 absent), the probationary 预备 and the development candidate 小明, present.
struct Assembly<'a> {
    app: &'a TestApp,
    token: String,
    meeting: String,
    people: HashMap<&'static str, String>,
}

const FULL: [&str; 8] = [
    "党员01", "党员02", "党员03", "党员04", "党员05", "党员06", "书面", "住院",
];

impl<'a> Assembly<'a> {
    async fn new(app: &'a TestApp, w: &World) -> Assembly<'a> {
        let token = w.secretary_a.token.clone();
        let mut people = HashMap::new();
        for name in FULL.iter().chain(&["预备", "小明"]) {
            let body = json!({"org_unit_id": w.branch_a, "name": name, "kind": "member"});
            let id = id_of(&json_of(app.create_person(&token, &body).await, 201).await);
            people.insert(*name, id);
        }
        for (name, standing, day) in [
            ("预备", "probationary_member", "2026-01-10"),
            ("小明", "development_candidate", "2026-03-01"),
        ] {
            let path = format!("/api/v1/people/{}/standing", people[name]);
            let body = json!({"standing": standing, "effective_on": day});
            json_of(app.post_as(&token, &path, &body).await, 201).await;
        }
        let body = json!({
            "org_unit_id": w.branch_a, "kind": "general_assembly", "title": "支部党员大会",
            "starts_at": "2026-11-20T01:00:00Z",
        });
        let meeting = id_of(&json_of(app.create_meeting(&token, &body).await, 201).await);
        let a = Assembly {
            app,
            token,
            meeting,
            people,
        };
        a.attend(None).await;
        a
    }

    fn id(&self, name: &str) -> &str {
        &self.people[name]
    }

    /// The list: 党员01–06, 预备 and 小明 present but `away` (absent), 书面 on leave, 住院
    /// absent.
    async fn attend(&self, away: Option<&str>) {
        let mut list: Vec<Value> = [
            "党员01", "党员02", "党员03", "党员04", "党员05", "党员06", "预备", "小明",
        ]
        .iter()
        .map(|n| {
            if away == Some(*n) {
                json!({"person_id": self.id(n), "status": "absent", "reason": "临时外出"})
            } else {
                json!({"person_id": self.id(n), "status": "present"})
            }
        })
        .collect();
        list.push(json!({"person_id": self.id("书面"), "status": "leave", "reason": "因公出差"}));
        list.push(json!({"person_id": self.id("住院"), "status": "absent", "reason": "因病住院"}));
        json_of(
            self.app
                .put_attendance(&self.token, &self.meeting, &json!(list))
                .await,
            200,
        )
        .await;
    }

    async fn decide(&self, body: &Value) -> Value {
        let path = format!("/api/v1/meetings/{}/decisions", self.meeting);
        json_of(self.app.post_as(&self.token, &path, body).await, 201).await
    }

    /// The admission of 小明: secret ballot, 书面's written opinion, 住院 left out; due 7,
    /// present 6, 6 in favour: passed.
    async fn admit(&self) -> Value {
        self.decide(&json!({
            "kind": "admission", "motion": "讨论接收小明同志为中共预备党员",
            "candidate_ids": [self.id("小明")], "method": "secret_ballot",
            "in_favour": 6, "against": 0, "abstaining": 1,
            "written_opinions": [{"person_id": self.id("书面"), "vote": "in_favour"}],
            "exclusions": [{"person_id": self.id("住院"), "reason": "因病长期住院", "approval": "经机关党委批准"}]
        }))
        .await
    }

    /// A commendation by show of hands: due 8, present 6, 4 in favour — exactly half: fails.
    async fn commend(&self) -> Value {
        self.decide(&json!({
            "kind": "commendation", "motion": "表彰党员01同志为优秀共产党员",
            "candidate_ids": [self.id("党员01")], "method": "show_of_hands",
            "in_favour": 4, "against": 1, "abstaining": 1
        }))
        .await
    }

    async fn markdown(&self) -> String {
        let response = self.app.minutes_md(&self.token, &self.meeting).await;
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    }

    async fn word(&self) -> Vec<u8> {
        let path = format!("/api/v1/meetings/{}/minutes.docx", self.meeting);
        let response = self.app.get_as(&self.token, &path).await;
        assert_eq!(response.status(), 200);
        response.bytes().await.unwrap().to_vec()
    }
}

/// `parts` all in `text`, in this order.
fn assert_in_order(text: &str, parts: &[&str]) {
    let mut at = 0;
    for part in parts {
        match text[at..].find(part) {
            Some(found) => at += found + part.len(),
            None => panic!(
                "missing {part:?} after byte {at} (anywhere: {}) in\n{text}",
                text.contains(part)
            ),
        }
    }
}

/// The XML of the document part of a .docx.
fn document_xml(docx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    xml
}

/// Whether the run holding exactly `text` is bold.
fn run_is_bold(xml: &str, text: &str) -> bool {
    let end = xml
        .find(&format!(">{text}</w:t>"))
        .unwrap_or_else(|| panic!("no run of {text:?}"));
    let start = xml[..end].rfind("<w:r>").expect("the run's start");
    xml[start..end].contains("<w:b ") || xml[start..end].contains("<w:b/>")
}

#[tokio::test]
async fn the_minutes_carry_each_decision_and_how_it_was_voted() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = Assembly::new(&app, &w).await;
    a.admit().await;
    a.commend().await;

    let md = a.markdown().await;
    assert_in_order(
        &md,
        &[
            // Only party members count: 小明 attends as 列席 with her standing.
            "| 应到/实到 | 9人/7人（正式党员8人/6人，预备党员1人/1人） |",
            "| 表决权 | 应到会有表决权的党员8人，实到6人；预备党员1人到会，无表决权 |",
            "| 请假 | 书面（因公出差） |",
            "| 缺席 | 住院（因病住院） |",
            "| 列席 | 小明（发展对象） |",
            "## 发言",
            "## 决议",
            "### 一、接收预备党员：小明",
            "议题：讨论接收小明同志为中共预备党员",
            "表决方式：无记名投票",
            "对象：小明",
            "到会情况：应到会有表决权的党员7人（正式党员8人，经批准不计入1人），实到6人；预备党员1人到会，不参加表决",
            "经批准不计入：住院，因病长期住院，经机关党委批准",
            "书面意见：1份，书面（赞成）",
            "表决情况：赞成6票（含书面意见1份）、反对0票、弃权1票",
            "表决结果：**通过**",
            "依据：应到会有表决权的党员7人（经批准不计入1人），实到6人，超过半数；赞成6票（含书面意见1份）、反对0票、弃权1票，赞成票超过应到会有表决权党员的半数，通过",
            "### 二、表彰：党员01",
            "议题：表彰党员01同志为优秀共产党员",
            "表决方式：举手表决",
            "对象：党员01",
            "到会情况：应到会有表决权的党员8人，实到6人；预备党员1人到会，不参加表决",
            "书面意见：无",
            "表决情况：赞成4票、反对1票、弃权1票",
            "表决结果：**未通过**",
            "依据：应到会有表决权的党员8人，实到6人，超过半数；赞成4票、反对1票、弃权1票，赞成票未超过应到会有表决权党员的半数（须至少5票），未通过",
            "## 整改事项",
            "主持人（签字）",
        ],
    );
    assert_eq!(md.matches("**通过**").count(), 1, "{md}");
    assert_eq!(md.matches("**未通过**").count(), 1, "{md}");

    // The Word minutes say the same, the results in bold.
    let docx = a.word().await;
    let text = docx_rs::read_docx(&docx).unwrap().json();
    for part in [
        "正式党员8人/6人，预备党员1人/1人",
        "应到会有表决权的党员8人，实到6人",
        "缺席",
        "住院（因病住院）",
        "小明（发展对象）",
        "决议",
        "一、接收预备党员：小明",
        "无记名投票",
        "应到会有表决权的党员7人（正式党员8人，经批准不计入1人），实到6人",
        "住院，因病长期住院，经机关党委批准",
        "1份，书面（赞成）",
        "赞成6票（含书面意见1份）、反对0票、弃权1票",
        "二、表彰：党员01",
        "举手表决",
        "赞成4票、反对1票、弃权1票",
        "（须至少5票），未通过",
    ] {
        assert!(text.contains(part), "missing {part:?} in the .docx");
    }
    let xml = document_xml(&docx);
    assert!(run_is_bold(&xml, "通过"), "通过 in bold");
    assert!(run_is_bold(&xml, "未通过"), "未通过 in bold");
    assert!(!run_is_bold(&xml, "无记名投票"), "only the result is bold");

    // A member marked absent after the vote: the show of hands counted 6 votes of those
    // present, but only 5 full members are now. The draft minutes say what to correct.
    a.attend(Some("党员02")).await;
    let md = a.markdown().await;
    assert_in_order(
        &md,
        &[
            "### 二、表彰：党员01",
            "表决结果：**待更正**",
            "须更正：/in\\_favour: 6 votes are counted, but only 5 can vote",
        ],
    );
    // Finalizing is refused until it is corrected, and the minutes stay a draft.
    let held = json!({"status": "held"});
    let etag = etag_of(&app.get_meeting(&a.token, &a.meeting).await);
    json_of(
        app.update_meeting(&a.token, &a.meeting, &etag, &held).await,
        200,
    )
    .await;
    assert_problem(app.finalize_meeting(&a.token, &a.meeting).await, 409).await;
}

#[tokio::test]
async fn the_admissions_report_counts_each_kind_per_unit_within_reach() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = Assembly::new(&app, &w).await;
    let admitted = a.admit().await;
    // 预备's confirmation fails: 3 of 8 due (no one left out).
    let failed = a
        .decide(&json!({
            "kind": "confirmation", "motion": "讨论预备同志转正",
            "candidate_ids": [a.id("预备")], "method": "secret_ballot",
            "in_favour": 3, "against": 3, "abstaining": 0
        }))
        .await;
    // A commendation is no decision on membership: not in the report.
    a.commend().await;

    let report = |token: String, unit: String, year: i32| {
        let app = &app;
        async move {
            app.get_as(
                &token,
                &format!("/api/v1/reports/admissions?org_unit_id={unit}&year={year}"),
            )
            .await
        }
    };
    let r = json_of(
        report(w.reviewer.token.clone(), w.committee.clone(), 2026).await,
        200,
    )
    .await;
    let counts = |counts: &Value| -> Vec<(String, u64, u64, u64)> {
        counts
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["kind"].as_str().unwrap().to_owned(),
                    c["voted"].as_u64().unwrap(),
                    c["passed"].as_u64().unwrap(),
                    c["not_passed"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let expected = vec![
        ("admission".to_owned(), 1, 1, 0),
        ("confirmation".to_owned(), 1, 0, 1),
        ("extension".to_owned(), 0, 0, 0),
        ("cancellation".to_owned(), 0, 0, 0),
    ];
    assert_eq!(counts(&r["totals"]), expected);
    let units = r["units"].as_array().unwrap();
    assert_eq!(
        units[0]["org_unit_id"],
        json!(w.committee),
        "the unit itself first"
    );
    let branch = units
        .iter()
        .find(|u| u["org_unit_id"] == json!(w.branch_a))
        .unwrap();
    assert_eq!(counts(&branch["counts"]), expected);
    let other = units
        .iter()
        .find(|u| u["org_unit_id"] == json!(w.branch_b))
        .unwrap();
    assert!(other["decisions"].as_array().unwrap().is_empty());
    assert_eq!(other["counts"][0]["voted"], 0);
    let lines = branch["decisions"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["decision_id"], admitted["id"]);
    assert_eq!(lines[0]["meeting_id"], json!(a.meeting));
    assert_eq!(lines[0]["meeting_title"], "支部党员大会");
    assert_eq!(lines[0]["day"], "2026-11-20");
    assert_eq!(lines[0]["candidate"], "小明");
    assert_eq!(lines[0]["candidate_id"], json!(a.id("小明")));
    assert_eq!(lines[0]["passed"], true);
    assert_eq!(lines[1]["decision_id"], failed["id"]);
    assert_eq!(lines[1]["passed"], false);
    assert!(
        lines[1]["reason"].as_str().unwrap().ends_with("未通过"),
        "{}",
        lines[1]["reason"]
    );

    // Another year holds none.
    let none = json_of(
        report(w.secretary_a.token.clone(), w.branch_a.clone(), 2025).await,
        200,
    )
    .await;
    assert_eq!(none["totals"][0]["voted"], 0);
    assert!(none["units"][0]["decisions"].as_array().unwrap().is_empty());
    // Another branch's secretary does not reach it; a year out of range is named.
    assert_problem(
        report(w.secretary_b.token.clone(), w.branch_a.clone(), 2026).await,
        404,
    )
    .await;
    let problem = assert_problem(
        report(w.secretary_a.token.clone(), w.branch_a.clone(), 1999).await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "year");
}

#[tokio::test]
async fn the_demo_assembly_admits_confirms_and_fails_on_exactly_half() {
    let app = TestApp::spawn().await;
    let url = sqlx::ConnectOptions::to_url_lossy(app.pool.connect_options().as_ref()).to_string();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_minutebook"))
            .arg("demo-data")
            .env("DATABASE_URL", url)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let token = app
        .login_ok("demo.secretary1", minutebook::demo::DEMO_PASSWORD)
        .await
        .access_token;
    let meetings = json_of(
        app.list_meetings(&token, "?kind=general_assembly&limit=200")
            .await,
        200,
    )
    .await;
    let assembly = meetings["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["title"] == minutebook::demo::ASSEMBLY_TITLE)
        .expect("the demo 党员大会")
        .clone();
    assert_eq!(assembly["status"], "finalized");
    assert!(assembly["record_digest"].is_string());
    let id = assembly["id"].as_str().unwrap();
    let list = json_of(
        app.get_as(&token, &format!("/api/v1/meetings/{id}/decisions"))
            .await,
        200,
    )
    .await;
    assert_eq!(list["day"], "2026-06-26");
    let decisions = list["decisions"].as_array().unwrap();
    let judged: Vec<(&str, bool, u64, u64, u64)> = decisions
        .iter()
        .map(|d| {
            let j = &d["judgement"];
            (
                d["kind"].as_str().unwrap(),
                j["passed"].as_bool().unwrap(),
                j["due"].as_u64().unwrap(),
                j["present"].as_u64().unwrap(),
                j["written"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        judged,
        [
            ("admission", true, 7, 6, 1),
            ("confirmation", true, 7, 6, 0),
            ("commendation", false, 8, 6, 0),
        ]
    );
    assert_eq!(decisions[0]["method"], "secret_ballot");
    assert_eq!(decisions[0]["exclusions"].as_array().unwrap().len(), 1);
    assert_eq!(decisions[0]["written_opinions"][0]["name"], "吴党员");
    // Exactly half: 4 of 8.
    assert_eq!(decisions[2]["in_favour"], 4);
    assert!(
        decisions
            .iter()
            .all(|d| d["judgement"]["problem"].is_null())
    );
    // Kept as at finalizing.
    let kept: i64 = sqlx::query_scalar(
        "select count(*) from decisions where meeting_id = $1::uuid and judgement is not null",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(kept, 3);

    // What the passed decisions made, with the meeting that decided them.
    let candidate = decisions[0]["candidates"][0]["person_id"].as_str().unwrap();
    let history = json_of(
        app.get_as(&token, &format!("/api/v1/people/{candidate}/standing"))
            .await,
        200,
    )
    .await;
    assert_eq!(history["name"], "赵敏");
    assert_eq!(history["standing"], "probationary_member");
    let last = history["changes"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (&last["effective_on"], &last["meeting_id"]),
        (&json!("2026-06-26"), &json!(id))
    );
    let confirmed = decisions[1]["candidates"][0]["person_id"].as_str().unwrap();
    let history = json_of(
        app.get_as(&token, &format!("/api/v1/people/{confirmed}/standing"))
            .await,
        200,
    )
    .await;
    assert_eq!(history["standing"], "full_member");
    assert_eq!(history["changes"][1]["decision_id"], decisions[1]["id"]);

    // The minutes print it, with the digest of the record as finalized; the record verifies.
    let md = app.minutes_md(&token, id).await.text().await.unwrap();
    assert_eq!(md.matches("表决结果：**通过**").count(), 2, "{md}");
    assert_eq!(md.matches("表决结果：**未通过**").count(), 1, "{md}");
    assert!(md.contains("| 缺席 | 周党员（因病住院治疗） |"), "{md}");
    assert!(md.contains("| 请假 | 吴党员（家中有事） |"), "{md}");
    assert!(md.contains("| 列席 | 赵敏（发展对象） |"), "{md}");
    assert!(
        md.contains(&format!(
            "定稿记录摘要（SHA-256）：{}",
            assembly["record_digest"].as_str().unwrap()
        )),
        "{md}"
    );
    let report = json_of(
        app.get_as(
            &token,
            &format!(
                "/api/v1/reports/admissions?org_unit_id={}&year=2026",
                assembly["org_unit_id"].as_str().unwrap()
            ),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(report["totals"][0]["passed"], 1);
    assert_eq!(report["totals"][1]["passed"], 1);
}
