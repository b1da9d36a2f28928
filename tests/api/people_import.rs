//! Importing a unit's member list from a spreadsheet (.xlsx or CSV).

use reqwest::Response;
use serde_json::Value;

use crate::helpers::{TestApp, assert_problem, json_of};
use crate::world::World;

const CSV: &str = "text/csv";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async fn import(
    app: &TestApp,
    token: &str,
    unit: &str,
    query: &str,
    media_type: &str,
    body: Vec<u8>,
) -> Response {
    app.client
        .post(app.url(&format!("/api/v1/org-units/{unit}/people/import{query}")))
        .bearer_auth(token)
        .header("Content-Type", media_type)
        .body(body)
        .send()
        .await
        .expect("import")
}

async fn people_of(app: &TestApp, token: &str, unit: &str) -> Vec<Value> {
    let page = json_of(
        app.list_people(token, &format!("?org_unit_id={unit}&limit=200"))
            .await,
        200,
    )
    .await;
    page["items"].as_array().unwrap().clone()
}

async fn audited(app: &TestApp, token: &str, entity_type: &str) -> usize {
    let page = json_of(
        app.audit_events(token, &format!("?entity_type={entity_type}&limit=200"))
            .await,
        200,
    )
    .await;
    page["items"].as_array().unwrap().len()
}

/// A workbook as a secretary would make it: a title row above the heading is not allowed, but
/// columns in any order, an extra 序号 column and a number typed into the username cell are.
fn workbook(rows: &[&[&str]]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            match cell.parse::<f64>() {
                Ok(n) => sheet.write_number(r as u32, c as u16, n).unwrap(),
                Err(_) => sheet.write_string(r as u32, c as u16, *cell).unwrap(),
            };
        }
    }
    book.save_to_buffer().unwrap()
}

#[tokio::test]
async fn a_member_list_is_checked_by_a_dry_run_then_imported_with_accounts() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let before = people_of(&app, token, &w.branch_a).await.len();
    let (people_audited, users_audited) = (
        audited(&app, token, "person").await,
        audited(&app, token, "user").await,
    );
    let csv =
        "姓名,职务,类别,用户名\n王小红,组织委员,党员,wang.xh\n赵刚,,党员,\n陈市长,市长,列席,\n";

    let dry = json_of(
        import(&app, token, &w.branch_a, "?dry_run=true", CSV, csv.into()).await,
        200,
    )
    .await;
    assert_eq!(dry["dry_run"], true);
    assert_eq!(
        (dry["created"].as_u64(), dry["accounts_created"].as_u64()),
        (Some(3), Some(1))
    );
    assert!(
        dry["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["person_id"].is_null() && r["one_time_password"].is_null())
    );
    assert_eq!(people_of(&app, token, &w.branch_a).await.len(), before);
    assert_eq!(
        app.login("wang.xh", "whatever-password").await.status(),
        401
    );

    let done = json_of(
        import(&app, token, &w.branch_a, "", CSV, csv.into()).await,
        200,
    )
    .await;
    assert_eq!(done["dry_run"], false);
    assert_eq!(done["created"], 3);
    let rows = done["rows"].as_array().unwrap();
    assert_eq!(rows[0]["row"], 2);
    assert_eq!(rows[0]["kind"], "member");
    assert_eq!(rows[2]["kind"], "guest");
    assert_eq!(rows[2]["title"], "市长");
    assert_eq!(rows[1]["title"], Value::Null);
    assert_eq!(rows[0]["account_created"], true);
    let password = rows[0]["one_time_password"].as_str().unwrap().to_owned();
    assert!(rows[1]["one_time_password"].is_null());

    let people = people_of(&app, token, &w.branch_a).await;
    assert_eq!(people.len(), before + 3);
    let wang = people.iter().find(|p| p["name"] == "王小红").unwrap();
    assert_eq!(wang["id"], rows[0]["person_id"]);
    // The account logs in with its one-time password, must change it, and is a member here.
    let login = json_of(app.login("wang.xh", &password).await, 200).await;
    assert_eq!(login["password_change_required"], true);
    let me = json_of(app.me(login["access_token"].as_str().unwrap()).await, 200).await;
    assert_eq!(wang["user_id"], me["id"]);
    assert_eq!(
        me["memberships"][0]["org_unit_id"].as_str(),
        Some(w.branch_a.as_str())
    );
    // Each person and the account are in the audit trail.
    assert_eq!(audited(&app, token, "person").await, people_audited + 3);
    assert_eq!(audited(&app, token, "user").await, users_audited + 1);

    // The same list again, with one title changed: matched by name, not doubled.
    let again =
        "姓名,职务,类别,用户名\n王小红,纪检委员,党员,wang.xh\n赵刚,,党员,\n陈市长,市长,列席,\n";
    let again = json_of(
        import(&app, token, &w.branch_a, "", CSV, again.into()).await,
        200,
    )
    .await;
    assert_eq!(
        (
            again["created"].as_u64(),
            again["updated"].as_u64(),
            again["unchanged"].as_u64()
        ),
        (Some(0), Some(1), Some(2))
    );
    assert_eq!(again["accounts_created"], 0);
    assert_eq!(people_of(&app, token, &w.branch_a).await.len(), before + 3);
    assert_eq!(audited(&app, token, "person").await, people_audited + 4);
}

#[tokio::test]
async fn every_bad_row_is_named_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let before = people_of(&app, token, &w.branch_a).await.len();
    let people_audited = audited(&app, token, "person").await;
    let book = workbook(&[
        &["序号", "姓名", "类别", "用户名"],
        &["1", "周新", "党员", "zhou.xin"],
        &["2", "", "党员", ""],
        &["3", "吴明", "群众", ""],
        &["4", "郑华", "党员", w.member_a.username.as_str()],
        &["5", "周新", "列席", ""],
    ]);
    let problem = assert_problem(import(&app, token, &w.branch_a, "", XLSX, book).await, 422).await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["/rows/3/name", "/rows/4/kind", "/rows/6/name"],
        "{problem}"
    );
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("nothing was imported")
    );
    // Rows that are fine on their own are then checked against what is stored.
    let book = workbook(&[
        &["姓名", "用户名"],
        &["周新", "zhou.xin"],
        &["郑华", w.member_a.username.as_str()],
    ]);
    let problem = assert_problem(import(&app, token, &w.branch_a, "", XLSX, book).await, 422).await;
    assert_eq!(problem["errors"][0]["field"], "/rows/3/username");
    assert_eq!(problem["errors"].as_array().unwrap().len(), 1);
    assert_eq!(people_of(&app, token, &w.branch_a).await.len(), before);
    assert_eq!(app.login("zhou.xin", "x").await.status(), 401);
    assert_eq!(audited(&app, token, "person").await, people_audited);
}

#[tokio::test]
async fn workbooks_and_csv_files_saved_by_chinese_excel_are_read() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    // A number typed into the username cell reads as the digits, not "2024001.0".
    let book = workbook(&[
        &["用户名", "职务", "姓名"],
        &["2024001", "宣传委员", "孙丽"],
        &["", "", "钱进"],
    ]);
    let done = json_of(
        import(&app, token, &w.branch_a, "", XLSX, book.clone()).await,
        200,
    )
    .await;
    assert_eq!(done["rows"][0]["username"], "2024001");
    assert_eq!(done["rows"][0]["title"], "宣传委员");
    assert_eq!(done["created"], 2);
    // Sent as bytes of no declared kind, the content decides.
    let again = json_of(
        import(
            &app,
            token,
            &w.branch_a,
            "",
            "application/octet-stream",
            book,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(again["unchanged"], 2);
    // Excel's "CSV" on a Chinese Windows is GBK.
    let (gbk, _, _) = encoding_rs::GBK.encode("姓名,类别\r\n李四,列席\r\n");
    let done = json_of(
        import(&app, token, &w.branch_a, "", CSV, gbk.into_owned()).await,
        200,
    )
    .await;
    assert_eq!(done["rows"][0]["name"], "李四");
    assert_eq!(done["rows"][0]["kind"], "guest");
}

#[tokio::test]
async fn imports_are_for_secretaries_of_the_unit_and_take_only_spreadsheets() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let csv = || "姓名\n某人\n".as_bytes().to_vec();
    let before = people_of(&app, &w.secretary_a.token, &w.branch_a)
        .await
        .len();
    assert_problem(
        import(&app, &w.member_a.token, &w.branch_a, "", CSV, csv()).await,
        403,
    )
    .await;
    assert_problem(
        import(&app, &w.secretary_b.token, &w.branch_a, "", CSV, csv()).await,
        404,
    )
    .await;
    let json = import(
        &app,
        &w.secretary_a.token,
        &w.branch_a,
        "",
        "application/json",
        b"{}".to_vec(),
    )
    .await;
    let problem = assert_problem(json, 415).await;
    assert!(problem["detail"].as_str().unwrap().contains("text/csv"));
    let large = vec![b'a'; 2 * 1024 * 1024 + 1];
    assert_problem(
        import(&app, &w.secretary_a.token, &w.branch_a, "", CSV, large).await,
        413,
    )
    .await;
    let not_a_workbook = assert_problem(
        import(&app, &w.secretary_a.token, &w.branch_a, "", XLSX, csv()).await,
        422,
    )
    .await;
    assert_eq!(not_a_workbook["errors"][0]["field"], "/file");
    let no_heading = assert_problem(
        import(
            &app,
            &w.secretary_a.token,
            &w.branch_a,
            "",
            CSV,
            "名字\n某人\n".into(),
        )
        .await,
        422,
    )
    .await;
    assert!(
        no_heading["detail"].as_str().unwrap().contains("姓名"),
        "{no_heading}"
    );
    assert_eq!(
        people_of(&app, &w.secretary_a.token, &w.branch_a)
            .await
            .len(),
        before
    );
}
