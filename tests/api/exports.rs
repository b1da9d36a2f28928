use std::time::Duration;

use minutebook::export::ExportSlots;
use serde_json::json;

use crate::helpers::{SAMPLE_SPEECH, TestApp, assert_problem, etag_of, id_of, json_of};
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
        "# 2026年度组织生活会会议记录\n",
        "| 会议类型 | 组织生活会 |",
        "| 时间 | 2026年11月20日 09:30 |",
        "| 地点 | 三楼会议室 |",
        "| 主持人 | 王书记 |",
        "| 记录人 | 李党员 |",
        "| 应到/实到 | 2人/2人（均为正式党员） |",
        "| 请假 | 无 |",
        "| 列席 | 张市长（市长） |",
        "1. 通报整改落实情况\n2. 个人对照检查\n3. 相互批评",
        "### 1. 张市长（市长） · 讲话：在市政府办机关第一党支部组织生活会上的讲话",
        "### 3. 王书记（支部书记） · 批评意见 → 李党员",
        "- 王书记 → 李党员：希望李党员加强理论学习。",
        "| 1 | 理论学习不够系统深入 | 每月精读一篇原文 | 李党员 | 2027-03-31 | 未开始 |",
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
    // Absolute, on the scheme and host the request came to, for pasting into a calendar app.
    assert_eq!(
        url,
        app.url(&format!(
            "/calendar/{}.ics",
            first["token"].as_str().unwrap()
        ))
    );

    // No bearer header: the address is the credential.
    let response = app.client.get(&url).send().await.unwrap();
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
    // The unit, then the agenda, one per line, and nothing after the last.
    assert_eq!(
        events[0].get_description(),
        Some("第一党支部\n通报整改落实情况\n个人对照检查\n相互批评")
    );
    assert_eq!(
        calendar.property_value("PRODID"),
        Some(concat!(
            "-//minutebook//minutebook ",
            env!("CARGO_PKG_VERSION"),
            "//ZH"
        ))
    );
    // RFC 5545: CRLF line ends, lines folded at 75 octets.
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.trim_end().ends_with("END:VCALENDAR"));
    assert!(ics.split("\r\n").all(|line| line.len() <= 75), "{ics}");

    // A new address replaces the old one.
    let second = issue(w.member_a.token.clone()).await;
    assert_problem(app.client.get(&url).send().await.unwrap(), 404).await;
    let second_url = second["url"].as_str().unwrap();
    assert_eq!(
        app.client.get(second_url).send().await.unwrap().status(),
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
        .get(reviewer["url"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
}

/// The document lists the .docx under its own type and under `application/octet-stream` (for
/// generators that know bytes only by that name): both are what the server really sends.
#[tokio::test]
async fn the_word_minutes_go_out_as_octet_stream_when_accept_prefers_it() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let url = format!("{}/api/v1/meetings/{}/minutes.docx", app.address, r.meeting);
    const WORD: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    for (accept, sent) in [
        (None, WORD),
        (Some("*/*"), WORD),
        (Some(WORD), WORD),
        (Some("application/octet-stream"), "application/octet-stream"),
        (
            Some("application/octet-stream, */*;q=0.1"),
            "application/octet-stream",
        ),
        (Some("application/json;q=0.5, */*;q=0.9"), WORD),
    ] {
        let mut request = app.client.get(&url).bearer_auth(&w.member_a.token);
        if let Some(accept) = accept {
            request = request.header("Accept", accept);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 200, "{accept:?}");
        assert_eq!(response.headers()["content-type"], sent, "{accept:?}");
        assert!(
            response.bytes().await.unwrap().starts_with(b"PK"),
            "{accept:?}"
        );
    }
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
        "2026年度组织生活会会议记录",
        "会议类型",
        "组织生活会",
        "2026年11月20日 09:30",
        "三楼会议室",
        "主持人",
        "王书记",
        "记录人",
        "应到/实到",
        "2人/2人",
        "列席",
        "张市长（市长）",
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
        "仿宋",
        "楷体",
        "主持人（签字）：",
        "记录人（签字）：",
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

#[tokio::test]
async fn control_characters_are_refused_naming_the_field() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let field_of = |problem: serde_json::Value| problem["errors"][0]["field"].clone();
    let speech = |body: serde_json::Value| {
        let mut speech =
            json!({"speaker_id": r.member_person, "kind": "comment", "content": "同意"});
        speech
            .as_object_mut()
            .unwrap()
            .extend(body.as_object().unwrap().clone());
        speech
    };
    // A form feed pasted from Word, in a speech.
    let problem = assert_problem(
        app.create_speech(
            token,
            &r.meeting,
            &speech(json!({"content": "第一段\u{c}第二段"})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_of(problem), "/content");
    let etag = etag_of(&app.get_speech(token, &r.speech).await);
    let problem = assert_problem(
        app.update_speech(
            token,
            &r.speech,
            &etag,
            &json!({"content": "一、\u{b}问题"}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_of(problem), "/content");
    // A bare CR is not a line break anywhere.
    let problem = assert_problem(
        app.create_speech(
            token,
            &r.meeting,
            &speech(json!({"content": "第一段\r第二段"})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_of(problem), "/content");
    let problem = assert_problem(
        app.create_speech(
            token,
            &r.meeting,
            &speech(json!({"title": "讲话\n# 假标题"})),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_of(problem), "/title");
    let meeting = |body: serde_json::Value| {
        let mut meeting = json!({"org_unit_id": w.branch_a, "kind": "committee_meeting",
            "title": "支委会", "starts_at": "2026-05-01T01:00:00Z"});
        meeting
            .as_object_mut()
            .unwrap()
            .extend(body.as_object().unwrap().clone());
        meeting
    };
    for (body, field) in [
        (json!({"location": "三楼\rSUMMARY:FAKE"}), "/location"),
        (json!({"title": "支委会\n# 注入"}), "/title"),
        (json!({"agenda": ["议程一", "议程\n二"]}), "/agenda/1"),
        (json!({"summary": "小结\u{1b}[31m"}), "/summary"),
    ] {
        let problem = assert_problem(app.create_meeting(token, &meeting(body)).await, 422).await;
        assert_eq!(field_of(problem), field);
    }
    let etag = etag_of(&app.get_meeting(token, &r.meeting).await);
    let problem = assert_problem(
        app.update_meeting(
            token,
            &r.meeting,
            &etag,
            &json!({"location": "三楼\r\nSUMMARY:FAKE"}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_of(problem), "/location");
    let problem = assert_problem(
        app.create_person(
            token,
            &json!({"org_unit_id": w.branch_a, "name": "张\t三", "kind": "guest"}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_of(problem), "/name");
    let problem = assert_problem(
        app.create_item(
            token,
            &json!({
                "org_unit_id": w.branch_a, "problem": "问\u{c}题", "measure": "措施",
                "owner_id": r.member_person, "due_on": "2027-03-31"
            }),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(field_of(problem), "/problem");

    // Long texts keep tab and line breaks (LF or CR LF), exactly as sent.
    let content = "一、问题\r\n\t学习不够。\n二、措施";
    let kept = json_of(
        app.create_speech(token, &r.meeting, &speech(json!({"content": content})))
            .await,
        201,
    )
    .await;
    assert_eq!(kept["content"], content);
    json_of(
        app.create_meeting(token, &meeting(json!({"summary": "一、\r\n\t二、"})))
            .await,
        201,
    )
    .await;
}

/// Rows stored before the rules (or by hand) with every kind of control character.
async fn store_hostile_text(app: &TestApp, r: &BranchRecords) {
    let uuid = |s: &str| uuid::Uuid::parse_str(s).unwrap();
    sqlx::query(
        "update meetings set title = $2, location = $3, summary = $4, agenda = $5 where id = $1",
    )
    .bind(uuid(&r.meeting))
    .bind("标题\n# 注入\n<script>alert(1)</script>")
    .bind("三楼\rSUMMARY:FAKE")
    .bind("小结\u{c}第一条\r第二条")
    .bind(json!(["议程一\n## 假议程", "议程\u{1}二"]))
    .execute(&app.pool)
    .await
    .unwrap();
    sqlx::query("update speeches set title = $2, content = $3 where id = $1")
        .bind(uuid(&r.speech))
        .bind("讲话\r\n## 假标题 *粗*")
        .bind("第一段\u{c}接着\n<img src=x onerror=alert(1)>\n# 伪造标题\r第三段\u{1b}[31m")
        .execute(&app.pool)
        .await
        .unwrap();
    sqlx::query("update people set name = '张\u{b}市长' where id = $1")
        .bind(uuid(&r.guest))
        .execute(&app.pool)
        .await
        .unwrap();
}

/// Every character of `xml` is one XML 1.0 allows, and the elements nest.
fn assert_well_formed_xml(xml: &str) {
    let bad: Vec<String> = xml
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        .map(|c| format!("U+{:04X}", c as u32))
        .collect();
    assert!(bad.is_empty(), "characters XML cannot carry: {bad:?}");
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("malformed XML at {}: {e}", reader.buffer_position()),
        }
    }
}

#[tokio::test]
async fn stored_control_characters_do_not_break_the_documents() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    store_hostile_text(&app, &r).await;
    let token = &w.member_a.token;

    // Word: word/document.xml is well-formed, without the characters.
    let response = app
        .get_as(
            token,
            &format!("/api/v1/meetings/{}/minutes.docx", r.meeting),
        )
        .await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        if part.name().ends_with(".xml") || part.name().ends_with(".rels") {
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut part, &mut xml).unwrap();
            assert_well_formed_xml(&xml);
        }
    }
    let document = docx_rs::read_docx(&bytes)
        .expect("a readable Word document")
        .json();
    for part in ["第一段接着", "第三段", "小结第一条", "张 市长"] {
        assert!(document.contains(part), "missing {part:?}");
    }

    // Markdown: the title stays one heading, no injected heading, no raw HTML.
    let md = app
        .minutes_md(token, &r.meeting)
        .await
        .text()
        .await
        .unwrap();
    assert!(!md.contains('<'), "raw HTML in\n{md}");
    assert!(!md.contains('\r'), "a CR in\n{md}");
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings.iter().filter(|h| h.starts_with("# ")).count(),
        1,
        "{headings:?}"
    );
    assert!(headings[0].starts_with("# 标题 "), "{headings:?}");
    for h in &headings[1..] {
        let known = [
            "## 议程",
            "## 发言",
            "## 批评意见",
            "## 整改事项",
            "## 会议小结",
            // The member's self-criticism: its own 一、 heading, a level below the speech's.
            "#### 一、存在的问题",
        ];
        assert!(
            known.contains(h)
                || h.starts_with("### 1. ")
                || h.starts_with("### 2. ")
                || h.starts_with("### 3. "),
            "injected heading {h:?} in\n{md}"
        );
    }
    assert!(md.contains("第一段接着"), "{md}");
    assert!(!md.lines().any(|l| l.starts_with("# 伪造标题")), "{md}");

    // iCalendar: no bare CR or LF, so no injected property line.
    let feed = json_of(
        app.post_as(token, "/api/v1/me/calendar-token", &json!({}))
            .await,
        201,
    )
    .await;
    let ics = app
        .client
        .get(feed["url"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let lines: Vec<&str> = ics.trim_end_matches("\r\n").split("\r\n").collect();
    for line in &lines {
        assert!(
            !line.contains(['\r', '\n']) && !line.chars().any(|c| c.is_control() && c != '\t'),
            "control character in line {line:?}"
        );
    }
    assert!(
        !lines.iter().any(|l| l.starts_with("SUMMARY:FAKE")),
        "{ics}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("SUMMARY")).count(),
        1,
        "{ics}"
    );
    let calendar: icalendar::Calendar = ics.parse().expect("the feed parses as iCalendar");
    use icalendar::EventLike;
    let event = calendar.components[0].as_event().unwrap();
    assert_eq!(event.get_location(), Some("三楼 SUMMARY:FAKE"));
}

/// The feed's address is absolute: under `MINUTEBOOK_PUBLIC_URL` when set, else on the
/// request's own scheme and host — the proxy's view of them only when proxy headers are trusted.
#[tokio::test]
async fn calendar_feed_addresses_are_absolute() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = w.member_a.token.as_str();
    async fn issue(app: &TestApp, token: &str, headers: &[(&str, &str)]) -> (String, String) {
        let response = app
            .request_with(
                reqwest::Method::POST,
                "/api/v1/me/calendar-token",
                Some(token),
                Some(&json!({})),
                headers,
            )
            .await;
        let body = json_of(response, 201).await;
        let url = body["url"].as_str().unwrap().to_owned();
        let path = format!("/calendar/{}.ics", body["token"].as_str().unwrap());
        (url, path)
    }
    let forwarded: &[(&str, &str)] = &[
        ("X-Forwarded-Proto", "https"),
        ("X-Forwarded-Host", "minutebook.example.org"),
    ];

    // Not behind a trusted proxy: forwarded headers are anyone's to set, and ignored.
    let (url, path) = issue(&app, token, forwarded).await;
    assert_eq!(url, app.url(&path));
    let (url, path) = issue(&app, token, &[("Host", "branch.example.org:8443")]).await;
    assert_eq!(url, format!("http://branch.example.org:8443{path}"));

    let proxied = app
        .instance_configured(|settings| settings.trust_proxy_headers = true)
        .await;
    let (url, path) = issue(&proxied, token, forwarded).await;
    assert_eq!(url, format!("https://minutebook.example.org{path}"));
    let (url, path) = issue(
        &proxied,
        token,
        &[("Forwarded", "proto=https;host=records.example.org")],
    )
    .await;
    assert_eq!(url, format!("https://records.example.org{path}"));

    // A configured public address wins over anything the request says, and keeps its path.
    let public = app
        .instance_configured(|settings| {
            settings.trust_proxy_headers = true;
            settings.public_url = Some(
                minutebook::config::PublicUrl::parse("https://example.org/minutebook").unwrap(),
            );
        })
        .await;
    let (url, path) = issue(&public, token, forwarded).await;
    assert_eq!(url, format!("https://example.org/minutebook{path}"));
}

/// Blank agenda lines (stored before agenda items had to have text) leave no empty line, and
/// the description ends with its last line.
#[tokio::test]
async fn calendar_descriptions_end_with_their_last_line() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let meeting = id_of(
        &json_of(
            app.create_meeting(
                &w.secretary_a.token,
                &json!({
                    "org_unit_id": w.branch_a, "kind": "party_lecture", "title": "专题党课",
                    "starts_at": "2026-11-20T01:30:00Z", "agenda": ["专题学习"]
                }),
            )
            .await,
            201,
        )
        .await,
    );
    sqlx::query(r#"update meetings set agenda = '["专题学习", " ", ""]' where id = $1::uuid"#)
        .bind(&meeting)
        .execute(&app.pool)
        .await
        .unwrap();
    let feed = json_of(
        app.post_as(&w.member_a.token, "/api/v1/me/calendar-token", &json!({}))
            .await,
        201,
    )
    .await;
    let ics = app
        .client
        .get(feed["url"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        ics.contains("\r\nDESCRIPTION:第一党支部\\n专题学习\r\n"),
        "{ics}"
    );
    let calendar: icalendar::Calendar = ics.parse().expect("the feed parses as iCalendar");
    use icalendar::Component;
    let event = calendar.components[0].as_event().unwrap();
    assert_eq!(event.get_description(), Some("第一党支部\n专题学习"));
}

#[tokio::test]
async fn exports_wait_for_a_turn_then_answer_503_with_retry_after() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let exports = ExportSlots::new(1, Duration::from_millis(300));
    let app = app.instance_with_exports(exports.clone()).await;
    let token = &w.member_a.token;
    let path = |format: &str| format!("/api/v1/meetings/{}/minutes.{format}", r.meeting);

    // Every turn is taken: both formats give up after the wait.
    let busy = exports.acquire().await.unwrap();
    for format in ["md", "docx"] {
        let response = app.get_as(token, &path(format)).await;
        assert_eq!(response.headers()["retry-after"], "5");
        assert_problem(response, 503).await;
    }
    // A turn that frees up within the wait is taken.
    let docx = path("docx");
    let (response, ()) = tokio::join!(app.get_as(token, &docx), async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        drop(busy);
    });
    assert_eq!(response.status(), 200);
    assert_eq!(app.get_as(token, &path("md")).await.status(), 200);
}
