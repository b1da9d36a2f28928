//! The ledgers (台账) as spreadsheets, read back with a spreadsheet reader (calamine) and held
//! row by row to what the API answers for the same unit and reach.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::time::Duration;

use calamine::{Data, Reader, Xlsx};
use chrono::{DateTime, Utc};
use minutebook::export::ExportSlots;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::world::{BranchRecords, World};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const RECTIFICATION_HEADER: [&str; 10] = [
    "序号",
    "单位",
    "问题",
    "整改措施",
    "责任人",
    "完成时限",
    "进展",
    "状态",
    "销号日期",
    "验收人",
];
const MEETING_HEADER: [&str; 11] = [
    "序号",
    "日期",
    "单位",
    "类别",
    "题目",
    "应到",
    "实到",
    "主持人",
    "记录人",
    "是否定稿",
    "记录摘要",
];

fn rectification_path(unit: &str) -> String {
    format!("/api/v1/org-units/{unit}/ledgers/rectification.xlsx")
}

fn meetings_path(unit: &str, year: i32) -> String {
    format!("/api/v1/org-units/{unit}/ledgers/meetings.xlsx?year={year}")
}

/// The ledger at `path` as `token` downloads it: its bytes, after checking the headers.
async fn download(app: &TestApp, token: &str, path: &str, file_name: &str) -> Vec<u8> {
    let response = app.get_as(token, path).await;
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(response.headers()["content-type"], XLSX);
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    let encoded = disposition
        .split_once("filename*=UTF-8''")
        .map(|(_, name)| name)
        .unwrap_or_else(|| panic!("no UTF-8 file name in {disposition}"));
    assert!(
        disposition.starts_with("attachment; filename=\""),
        "{disposition}"
    );
    assert_eq!(
        percent_encoding::percent_decode_str(encoded)
            .decode_utf8()
            .unwrap(),
        file_name
    );
    response.bytes().await.unwrap().to_vec()
}

/// Every cell of sheet `name`, as text: numbers as written, dates as YYYY-MM-DD.
fn cells(bytes: &[u8], name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).expect("a readable .xlsx");
    assert_eq!(book.sheet_names(), [name]);
    let range = book.worksheet_range(name).expect("the sheet");
    let (rows, cols) = range.end().expect("a sheet with cells");
    (0..=rows)
        .map(|r| {
            (0..=cols)
                .map(|c| match range.get_value((r, c)) {
                    None | Some(Data::Empty) => String::new(),
                    Some(Data::String(s)) => s.clone(),
                    Some(Data::Float(f)) => f.to_string(),
                    Some(Data::DateTime(d)) => excel_day(d.as_f64()).to_string(),
                    Some(other) => panic!("unexpected cell {other:?} at ({r}, {c})"),
                })
                .collect()
        })
        .collect()
}

/// The day of an Excel serial date (1900 system, days since 1899-12-30; the sheets hold dates
/// after 1900 only).
fn excel_day(serial: f64) -> chrono::NaiveDate {
    assert_eq!(serial.fract(), 0.0, "a date without a time: {serial}");
    chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap() + chrono::Duration::days(serial as i64)
}

/// The attributes of every `element` in the sheet's XML.
fn elements(bytes: &[u8], element: &str) -> Vec<HashMap<String, String>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut found = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.name().as_ref() == element.as_bytes() =>
            {
                found.push(
                    e.attributes()
                        .map(|a| {
                            let a = a.unwrap();
                            (
                                String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                                String::from_utf8(a.value.to_vec()).unwrap(),
                            )
                        })
                        .collect(),
                );
            }
            _ => {}
        }
    }
    found
}

/// The layout every ledger has: the header row frozen under the title and filtered down to
/// the last row, columns sized, 宋体 in every cell; `overdue` rows (0-based data rows) filled
/// red and no others.
fn assert_layout(bytes: &[u8], sheet: &str, columns: usize, rows: usize, overdue: &[usize]) {
    let pane = &elements(bytes, "pane")[0];
    assert_eq!(pane["state"], "frozen");
    assert_eq!(pane["ySplit"], "2", "title and header stay in view");
    let last = (b'A' + columns as u8 - 1) as char;
    assert_eq!(
        elements(bytes, "autoFilter")[0]["ref"],
        format!("A2:{last}{}", rows + 2)
    );
    assert_eq!(widths(bytes).len(), columns, "every column sized");

    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let styles = book.worksheet_style(sheet).unwrap();
    let red = calamine::Color::rgb(0xFF, 0xC7, 0xCE);
    for row in 0..rows + 2 {
        for col in 0..columns {
            let style = styles
                .get((row as u32, col as u32))
                .unwrap_or_else(|| panic!("no style at ({row}, {col})"));
            let font = style.font.as_ref().and_then(|f| f.name.as_deref());
            assert_eq!(font, Some("宋体"), "font at ({row}, {col})");
            if row >= 2 {
                let fill = style.fill.as_ref().filter(|f| f.is_visible());
                let filled = fill.and_then(|f| f.get_color()) == Some(red);
                assert_eq!(
                    filled,
                    overdue.contains(&(row - 2)),
                    "red fill at ({row}, {col})"
                );
            }
        }
    }
}

/// The width of every column of the sheet, in order (a `<col>` may size a run of them).
fn widths(bytes: &[u8]) -> Vec<f64> {
    let mut widths = Vec::new();
    for col in elements(bytes, "col") {
        let (min, max): (usize, usize) = (col["min"].parse().unwrap(), col["max"].parse().unwrap());
        assert_eq!(
            min,
            widths.len() + 1,
            "columns sized in order, none left out"
        );
        assert_eq!(col["customWidth"], "1");
        widths.extend((min..=max).map(|_| col["width"].parse::<f64>().unwrap()));
    }
    widths
}

/// Names by id of every record the API's `path` lists for `token`.
async fn names(app: &TestApp, token: &str, path: &str, field: &str) -> HashMap<String, String> {
    json_of(app.get_as(token, path).await, 200).await["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (id_of(r), r[field].as_str().unwrap().to_owned()))
        .collect()
}

fn local_day(at: &str) -> String {
    at.parse::<DateTime<Utc>>()
        .unwrap()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
        .to_string()
}

fn days_from_today(days: i64) -> String {
    (Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
        + chrono::Duration::days(days))
    .to_string()
}

/// The rows the rectification ledger must hold for what `token` sees through the API in
/// `units`: every item, by due date, as the items list answers it.
async fn expected_items(
    app: &TestApp,
    token: &str,
    admin: &str,
    units: &[&str],
) -> Vec<Vec<String>> {
    let unit_names = names(app, token, "/api/v1/org-units?limit=200", "name").await;
    let people = names(app, token, "/api/v1/people?limit=200", "name").await;
    let items = json_of(app.list_items(token, "?limit=200").await, 200).await;
    let mut rows = Vec::new();
    for item in items["items"].as_array().unwrap() {
        let unit = item["org_unit_id"].as_str().unwrap();
        if !units.contains(&unit) {
            continue;
        }
        let updates = json_of(app.list_item_updates(token, &id_of(item)).await, 200).await;
        let progress = updates["items"]
            .as_array()
            .unwrap()
            .last()
            .map(|u| u["note"].as_str().unwrap().to_owned());
        let status = match item["status"].as_str().unwrap() {
            "open" => "未开始",
            "in_progress" => "整改中",
            "submitted" => "待验收",
            "verified" => "已销号",
            other => panic!("status {other}"),
        };
        let verifier = match item["verified_by"].as_str() {
            Some(user) => json_of(app.get_user(admin, user).await, 200).await["display_name"]
                .as_str()
                .unwrap()
                .to_owned(),
            None => String::new(),
        };
        rows.push(vec![
            (rows.len() + 1).to_string(),
            unit_names[unit].clone(),
            item["problem"].as_str().unwrap().to_owned(),
            item["measure"].as_str().unwrap().to_owned(),
            people[item["owner_id"].as_str().unwrap()].clone(),
            item["due_on"].as_str().unwrap().to_owned(),
            progress.unwrap_or_default(),
            if item["overdue"] == true {
                format!("{status}（已逾期）")
            } else {
                status.to_owned()
            },
            item["verified_at"]
                .as_str()
                .map(local_day)
                .unwrap_or_default(),
            verifier,
        ]);
    }
    rows
}

#[tokio::test]
async fn the_rectification_ledger_holds_every_item_in_reach_as_the_api_lists_it() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    // A group below branch A, with an item of its own.
    let group = id_of(
        &json_of(
            app.create_org_unit(
                &w.admin.token,
                &json!({"name": "第一党小组", "kind": "group", "parent_id": w.branch_a}),
            )
            .await,
            201,
        )
        .await,
    );
    let token = &w.secretary_a.token;
    let zhou = id_of(
        &json_of(
            app.create_person(
                token,
                &json!({"org_unit_id": group, "name": "周组员", "kind": "member"}),
            )
            .await,
            201,
        )
        .await,
    );
    let create =
        |token: String, unit: String, owner: String, problem: &'static str, due: String| {
            let app = &app;
            async move {
                id_of(&json_of(app.create_item(&token, &json!({
                "org_unit_id": unit, "problem": problem, "measure": "每月精读一篇原文并撰写心得",
                "owner_id": owner, "due_on": due
            })).await, 201).await)
            }
        };
    let (sa, sb) = (w.secretary_a.token.clone(), w.secretary_b.token.clone());
    let unit_a = w.branch_a.clone();
    create(
        sa.clone(),
        unit_a.clone(),
        a.member_person.clone(),
        "理论学习不够系统深入\n学用结合不紧",
        days_from_today(30),
    )
    .await;
    // Overdue and in progress, with two progress notes: the ledger shows the latest.
    let late = create(
        sa.clone(),
        unit_a.clone(),
        a.member_person.clone(),
        "联系群众不够",
        days_from_today(-10),
    )
    .await;
    for note in ["已走访两户群众", "已走访全部联系户并建立台账"] {
        json_of(
            app.add_item_update(&w.member_a.token, &late, &json!({"note": note}))
                .await,
            201,
        )
        .await;
    }
    // Due in the past but verified (by the reviewer): not overdue.
    let done = create(
        sa.clone(),
        unit_a.clone(),
        a.member_person.clone(),
        "批评与自我批评不够深入",
        days_from_today(-3),
    )
    .await;
    json_of(
        app.add_item_update(
            &w.member_a.token,
            &done,
            &json!({"note": "已在支委会上作了深刻检查", "progress_percent": 100}),
        )
        .await,
        201,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &done).await, 200).await;
    json_of(
        app.verify_item(&w.reviewer.token, &done, "整改到位，同意销号")
            .await,
        200,
    )
    .await;
    create(
        sa.clone(),
        group.clone(),
        zhou,
        "小组学习次数不足",
        days_from_today(10),
    )
    .await;
    create(
        sb,
        w.branch_b.clone(),
        b.member_person.clone(),
        "第二支部的问题",
        days_from_today(1),
    )
    .await;

    // The secretary of branch A: the branch and the group below it, nothing of branch B.
    let bytes = download(
        &app,
        token,
        &rectification_path(&w.branch_a),
        "第一党支部整改台账.xlsx",
    )
    .await;
    let sheet = cells(&bytes, "整改台账");
    let today = days_from_today(0);
    assert_eq!(sheet[0][0], format!("第一党支部整改台账（截至 {today}）"));
    assert_eq!(sheet[1], RECTIFICATION_HEADER);
    let expected = expected_items(&app, token, &w.admin.token, &[&w.branch_a, &group]).await;
    assert_eq!(expected.len(), 4);
    assert_eq!(&sheet[2..], &expected[..]);
    // The overdue item is the first by due date; the verified one is not marked.
    assert_eq!(sheet[2][7], "整改中（已逾期）");
    assert_eq!(sheet[2][6], "已走访全部联系户并建立台账");
    assert_eq!(sheet[3][7], "已销号");
    assert_eq!(sheet[3][9], "孙督导");
    assert_eq!(sheet[3][8], today);
    assert_layout(&bytes, "整改台账", 10, 4, &[0]);
    let width = widths(&bytes);
    // Sized to their content: the problem column wraps at 50, 序号 stays narrow.
    assert!(
        width[0] < 10.0 && width[2] > 20.0 && width[2] < 52.0,
        "{width:?}"
    );

    // The reviewer of the committee: every unit below it.
    let bytes = download(
        &app,
        &w.reviewer.token,
        &rectification_path(&w.committee),
        "市直机关党委整改台账.xlsx",
    )
    .await;
    let sheet = cells(&bytes, "整改台账");
    let every = [w.committee.as_str(), &w.branch_a, &w.branch_b, &group];
    let expected = expected_items(&app, &w.reviewer.token, &w.admin.token, &every).await;
    assert_eq!(expected.len(), 5);
    assert_eq!(&sheet[2..], &expected[..]);
    assert_layout(&bytes, "整改台账", 10, 5, &[0]);

    // Out of reach answers as a missing unit does.
    for (who, unit) in [
        (&w.secretary_b.token, &w.branch_a),
        (&w.member_b.token, &w.branch_a),
        (&w.secretary_a.token, &w.committee),
        (&w.secretary_a.token, &w.branch_b),
    ] {
        assert_problem(app.get_as(who, &rectification_path(unit)).await, 404).await;
    }
    let nobody = uuid::Uuid::now_v7().to_string();
    assert_problem(app.get_as(token, &rectification_path(&nobody)).await, 404).await;
    assert_problem(app.get_as(token, &rectification_path("42")).await, 404).await;
    assert_problem(app.get(&rectification_path(&w.branch_a)).await, 401).await;
    // A member of the branch reads it as it reads the items.
    let bytes = download(
        &app,
        &w.member_a.token,
        &rectification_path(&w.branch_a),
        "第一党支部整改台账.xlsx",
    )
    .await;
    assert_eq!(cells(&bytes, "整改台账").len(), 6);
    // Bytes for generators that know them only as application/octet-stream.
    let response = app
        .request_with(
            reqwest::Method::GET,
            &rectification_path(&w.branch_a),
            Some(token),
            None,
            &[("Accept", "application/octet-stream")],
        )
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/octet-stream"
    );
}

/// Hold a meeting of `kind` starting at `starts_at`, with everyone of `records` present but
/// the member (absent).
async fn held(
    app: &TestApp,
    token: &str,
    r: &BranchRecords,
    kind: &str,
    title: &str,
    starts_at: &str,
) -> String {
    let meeting = json_of(
        app.create_meeting(
            token,
            &json!({
                "org_unit_id": r.unit, "kind": kind, "title": title, "starts_at": starts_at,
                "host_id": r.secretary_person
            }),
        )
        .await,
        201,
    )
    .await;
    let id = id_of(&meeting);
    json_of(
        app.put_attendance(
            token,
            &id,
            &json!([
                {"person_id": r.secretary_person, "status": "present"},
                {"person_id": r.member_person, "status": "absent", "reason": "未请假"},
            ]),
        )
        .await,
        200,
    )
    .await;
    let etag = format!("\"{}\"", meeting["version"].as_i64().unwrap() + 1);
    json_of(
        app.update_meeting(token, &id, &etag, &json!({"status": "held"}))
            .await,
        200,
    )
    .await;
    id
}

/// The rows the meeting ledger of `year` must hold for what `token` sees through the API in
/// `units`: the meetings that took place, by start.
async fn expected_meetings(
    app: &TestApp,
    token: &str,
    units: &[&str],
    year: i32,
) -> Vec<Vec<String>> {
    let unit_names = names(app, token, "/api/v1/org-units?limit=200", "name").await;
    let people = names(app, token, "/api/v1/people?limit=200", "name").await;
    let list = json_of(app.list_meetings(token, "?limit=200").await, 200).await;
    let mut meetings: Vec<&Value> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| units.contains(&m["org_unit_id"].as_str().unwrap()))
        .filter(|m| ["held", "finalized"].contains(&m["status"].as_str().unwrap()))
        .filter(|m| local_day(m["starts_at"].as_str().unwrap()).starts_with(&format!("{year}-")))
        .collect();
    meetings.sort_by_key(|m| {
        (
            m["starts_at"]
                .as_str()
                .unwrap()
                .parse::<DateTime<Utc>>()
                .unwrap(),
            id_of(m),
        )
    });
    let person = |id: &Value| id.as_str().map(|id| people[id].clone()).unwrap_or_default();
    meetings
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let kind = match m["kind"].as_str().unwrap() {
                "organizational_life" => "组织生活会",
                "committee_meeting" => "支委会",
                other => panic!("kind {other}"),
            };
            vec![
                (i + 1).to_string(),
                local_day(m["starts_at"].as_str().unwrap()),
                unit_names[m["org_unit_id"].as_str().unwrap()].clone(),
                kind.to_owned(),
                m["title"].as_str().unwrap().to_owned(),
                m["attendance_summary"]["expected"].to_string(),
                m["attendance_summary"]["present"].to_string(),
                person(&m["host_id"]),
                person(&m["recorder_id"]),
                if m["status"] == "finalized" {
                    "是"
                } else {
                    "否"
                }
                .to_owned(),
                // The digest of a finalized record.
                m["record_digest"].as_str().unwrap_or_default().to_owned(),
            ]
        })
        .collect()
}

#[tokio::test]
async fn the_meeting_ledger_of_a_year_holds_the_meetings_that_took_place() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let token = &w.secretary_a.token;
    json_of(app.finalize_meeting(token, &a.meeting).await, 200).await;
    held(
        &app,
        token,
        &a,
        "committee_meeting",
        "三月支委会",
        "2026-03-05T02:00:00Z",
    )
    .await;
    // 1 January 2026, 01:00 in Shanghai: a meeting of 2026, though still 2025 in UTC.
    held(
        &app,
        token,
        &a,
        "committee_meeting",
        "元旦支委会",
        "2025-12-31T17:00:00Z",
    )
    .await;
    // 1 January 2027 in Shanghai: not of 2026.
    held(
        &app,
        token,
        &a,
        "committee_meeting",
        "新年支委会",
        "2026-12-31T17:00:00Z",
    )
    .await;
    // Scheduled, not held: not in the ledger.
    json_of(app.create_meeting(token, &json!({"org_unit_id": w.branch_a, "kind": "committee_meeting", "title": "六月支委会", "starts_at": "2026-06-01T02:00:00Z"})).await, 201).await;

    let bytes = download(
        &app,
        token,
        &meetings_path(&w.branch_a, 2026),
        "第一党支部2026年会议台账.xlsx",
    )
    .await;
    let sheet = cells(&bytes, "会议台账");
    assert_eq!(sheet[0][0], "第一党支部2026年会议台账");
    assert_eq!(sheet[1], MEETING_HEADER);
    let expected = expected_meetings(&app, token, &[&w.branch_a], 2026).await;
    let titles: Vec<&str> = expected.iter().map(|r| r[4].as_str()).collect();
    assert_eq!(titles, ["元旦支委会", "三月支委会", "2026年度组织生活会"]);
    assert_eq!(&sheet[2..], &expected[..]);
    assert_eq!(sheet[2][1], "2026-01-01");
    assert_eq!(sheet[2][5..=7], ["2", "1", "王书记"]);
    assert_eq!(sheet[4][9], "是");
    assert_layout(&bytes, "会议台账", 11, 3, &[]);

    // The reviewer of the committee sees both branches; 2027 holds the new year's meeting.
    let bytes = download(
        &app,
        &w.reviewer.token,
        &meetings_path(&w.committee, 2026),
        "市直机关党委2026年会议台账.xlsx",
    )
    .await;
    let every = [w.committee.as_str(), &w.branch_a, &w.branch_b];
    let expected = expected_meetings(&app, &w.reviewer.token, &every, 2026).await;
    assert_eq!(expected.len(), 4);
    assert_eq!(&cells(&bytes, "会议台账")[2..], &expected[..]);
    let bytes = download(
        &app,
        &w.reviewer.token,
        &meetings_path(&w.committee, 2027),
        "市直机关党委2027年会议台账.xlsx",
    )
    .await;
    let sheet = cells(&bytes, "会议台账");
    assert_eq!(
        &sheet[2..],
        &expected_meetings(&app, &w.reviewer.token, &every, 2027).await[..]
    );
    assert_eq!(sheet.len(), 3);
    // An empty year is a sheet with its header and no rows.
    let bytes = download(
        &app,
        token,
        &meetings_path(&w.branch_a, 2024),
        "第一党支部2024年会议台账.xlsx",
    )
    .await;
    assert_eq!(cells(&bytes, "会议台账").len(), 2);
    assert_layout(&bytes, "会议台账", 11, 0, &[]);

    for (who, unit) in [
        (&w.secretary_b.token, &w.branch_a),
        (&w.member_b.token, &w.branch_a),
        (&w.secretary_a.token, &w.committee),
    ] {
        assert_problem(app.get_as(who, &meetings_path(unit, 2026)).await, 404).await;
    }

    // The year: required, an integer, from 2000 to 2100, and nothing else is taken.
    let base = format!("/api/v1/org-units/{}/ledgers/meetings.xlsx", w.branch_a);
    for query in ["", "?year=1999", "?year=2101", "?year=abc", "?year=2026.5"] {
        let problem = assert_problem(app.get_as(token, &format!("{base}{query}")).await, 422).await;
        assert_eq!(problem["errors"][0]["field"], "year", "{query}: {problem}");
    }
    assert_problem(
        app.get_as(token, &format!("{base}?year=2026&unit=1")).await,
        422,
    )
    .await;
}

#[tokio::test]
async fn stored_control_characters_do_not_reach_the_sheet() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let item = id_of(
        &json_of(
            app.create_item(
                token,
                &json!({
                    "org_unit_id": w.branch_a, "problem": "问题", "measure": "措施",
                    "owner_id": a.member_person, "due_on": "2027-01-01"
                }),
            )
            .await,
            201,
        )
        .await,
    );
    // Rows written before the text rules, or by hand.
    sqlx::query("update rectification_items set problem = '第一段' || chr(11) || '接着' || chr(13) || '第二段' where id = $1::uuid")
        .bind(&item)
        .execute(&app.pool)
        .await
        .unwrap();
    sqlx::query("update people set name = '李' || chr(12) || '党员' where id = $1::uuid")
        .bind(&a.member_person)
        .execute(&app.pool)
        .await
        .unwrap();
    let bytes = download(
        &app,
        token,
        &rectification_path(&w.branch_a),
        "第一党支部整改台账.xlsx",
    )
    .await;
    let sheet = cells(&bytes, "整改台账");
    assert_eq!(sheet[2][2], "第一段接着\n第二段");
    assert_eq!(sheet[2][4], "李 党员");
}

#[tokio::test]
async fn a_ledger_past_its_limits_is_refused_with_a_409() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let items = |count: i32, chars: i32| {
        sqlx::query(
            "insert into rectification_items (id, org_unit_id, problem, measure, owner_id, due_on)
             select gen_random_uuid(), $1::uuid, repeat('问', $3), '措施', $2::uuid, date '2027-01-01'
             from generate_series(1, $4)",
        )
        .bind(&w.branch_a)
        .bind(&a.member_person)
        .bind(chars)
        .bind(count)
        .execute(&app.pool)
    };
    // 1,000 items of 4,998 characters of problem and 2 of measure: exactly the limit.
    items(1_000, 4_998).await.unwrap();
    let path = rectification_path(&w.branch_a);
    assert_eq!(app.get_as(token, &path).await.status(), 200);
    items(1, 1).await.unwrap();
    let refused = assert_problem(app.get_as(token, &path).await, 409).await;
    assert_eq!(
        refused["detail"],
        "the rectification ledger would hold 5000003 characters of problems, measures and \
         progress notes, more than 5000000: export the ledger of a unit further down instead"
    );
    sqlx::query("delete from rectification_items")
        .execute(&app.pool)
        .await
        .unwrap();
    items(10_001, 1).await.unwrap();
    let refused = assert_problem(app.get_as(token, &path).await, 409).await;
    assert_eq!(
        refused["detail"],
        "the rectification ledger would hold 10001 items, more than 10000: export the ledger of \
         a unit further down instead"
    );

    let meetings = |count: i32| {
        sqlx::query(
            "insert into meetings (id, org_unit_id, kind, title, starts_at, status)
             select gen_random_uuid(), $1::uuid, 'committee_meeting', '支委会' || g,
                    timestamptz '2025-03-01 02:00:00+00' + g * interval '1 minute', 'held'
             from generate_series(1, $2) g",
        )
        .bind(&w.branch_a)
        .bind(count)
        .execute(&app.pool)
    };
    // 10,000 meetings fit; one more does not.
    meetings(10_000).await.unwrap();
    let path = meetings_path(&w.branch_a, 2025);
    let response = app.get_as(token, &path).await;
    assert_eq!(response.status(), 200);
    let sheet = cells(&response.bytes().await.unwrap(), "会议台账");
    assert_eq!(sheet.len(), 10_002);
    assert_eq!(sheet[10_001][0], "10000");
    meetings(1).await.unwrap();
    let refused = assert_problem(app.get_as(token, &path).await, 409).await;
    assert_eq!(
        refused["detail"],
        "the meeting ledger of 2025 would hold more than 10000 meetings: export the ledger of a \
         unit further down instead"
    );
}

#[tokio::test]
async fn ledgers_wait_for_an_export_turn_then_answer_503_with_retry_after() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let exports = ExportSlots::new(1, Duration::from_millis(300));
    let app = app.instance_with_exports(exports.clone()).await;
    let token = &w.reviewer.token;
    let paths = [
        rectification_path(&w.branch_a),
        meetings_path(&w.branch_a, 2026),
    ];

    let busy = exports.acquire().await.unwrap();
    for path in &paths {
        let response = app.get_as(token, path).await;
        assert_eq!(response.headers()["retry-after"], "5");
        assert_problem(response, 503).await;
    }
    // Out of reach is told at once, without a turn.
    assert_problem(app.get_as(&w.secretary_b.token, &paths[0]).await, 404).await;
    let (response, ()) = tokio::join!(app.get_as(token, &paths[0]), async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        drop(busy);
    });
    assert_eq!(response.status(), 200);
    assert_eq!(app.get_as(token, &paths[1]).await.status(), 200);
}
