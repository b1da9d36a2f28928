//! Attachments (issue 16) through the API: a meeting's sign-in sheet and an item's evidence
//! round trip byte for byte; what could run in a browser is refused; limits refuse before the
//! whole body is stored and leave nothing; finalized meetings and verified items keep theirs;
//! downloads answer ranges, tags and safe headers.

use bytes::Bytes;
use futures_util::stream;
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::storage::{jpeg, pdf};
use crate::world::{BranchRecords, World};

/// Upload `bytes` as the body of `path` (a query included), declaring `content_type`.
async fn upload(
    app: &TestApp,
    token: &str,
    path: &str,
    content_type: &str,
    bytes: Vec<u8>,
) -> Response {
    app.client
        .post(app.url(path))
        .bearer_auth(token)
        .header("Content-Type", content_type)
        .body(bytes)
        .send()
        .await
        .unwrap()
}

async fn download(app: &TestApp, token: &str, id: &str, headers: &[(&str, &str)]) -> Response {
    let mut request = app
        .client
        .get(app.url(&format!("/api/v1/attachments/{id}/content")))
        .bearer_auth(token);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

fn sheet_path(meeting: &str, name: &str) -> String {
    let name: String = url::form_urlencoded::byte_serialize(name.as_bytes()).collect();
    format!("/api/v1/meetings/{meeting}/attachments?kind=sign_in_sheet&name={name}")
}

fn evidence_path(item: &str, name: &str) -> String {
    let name: String = url::form_urlencoded::byte_serialize(name.as_bytes()).collect();
    format!("/api/v1/rectification-items/{item}/attachments?name={name}")
}

async fn count_rows(app: &TestApp) -> i64 {
    sqlx::query_scalar("select count(*) from attachments")
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

/// The files the service's storage holds (names only).
fn stored_files(app: &TestApp) -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path.to_string_lossy().into_owned());
            }
        }
    }
    let mut out = Vec::new();
    walk(&app.data_dir, &mut out);
    out.sort();
    out
}

#[tokio::test]
async fn a_sign_in_sheet_and_evidence_round_trip_byte_for_byte() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let photo = jpeg(640, 480);
    // The client's type and name lie; the content decides.
    let created = upload(
        &app,
        &w.secretary_a.token,
        &sheet_path(&r.meeting, "../../签到表.png"),
        "text/html",
        photo.clone(),
    )
    .await;
    let sheet = json_of(created, 201).await;
    assert_eq!(sheet["media_type"], "image/jpeg");
    assert_eq!(sheet["file_name"], "签到表.jpg");
    assert_eq!(sheet["kind"], "sign_in_sheet");
    assert_eq!(sheet["size_bytes"], photo.len());
    assert_eq!(sheet["has_thumbnail"], true);
    let expected_hash = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&photo));
    assert_eq!(sheet["sha256"], expected_hash.as_str());
    // The name given changes nothing on disk: files are named by their hash only.
    let files = stored_files(&app);
    assert!(
        files.iter().any(|f| f.contains(&expected_hash)),
        "{files:?}"
    );
    assert!(
        files
            .iter()
            .all(|f| !f.contains("签到表") && !f.contains("..")),
        "{files:?}"
    );

    // The member of the branch reads it, byte for byte, with safe headers.
    let got = download(&app, &w.member_a.token, &id_of(&sheet), &[]).await;
    assert_eq!(got.status(), 200);
    let header = |r: &Response, name: &str| {
        r.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(header(&got, "content-type"), "image/jpeg");
    assert_eq!(header(&got, "x-content-type-options"), "nosniff");
    assert_eq!(header(&got, "etag"), format!("\"{expected_hash}\""));
    assert_eq!(header(&got, "accept-ranges"), "bytes");
    let disposition = header(&got, "content-disposition");
    assert!(disposition.starts_with("inline"), "{disposition}");
    assert!(
        disposition.contains("filename*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8.jpg"),
        "{disposition}"
    );
    assert!(header(&got, "content-security-policy").contains("sandbox"));
    assert_eq!(got.bytes().await.unwrap().as_ref(), photo.as_slice());
    // A client that knows bytes only as application/octet-stream may ask for that.
    let as_bytes = download(
        &app,
        &w.member_a.token,
        &id_of(&sheet),
        &[("Accept", "application/octet-stream")],
    )
    .await;
    assert_eq!(
        header(&as_bytes, "content-type"),
        "application/octet-stream"
    );

    // Its thumbnail is a small JPEG.
    let thumb = app
        .get_as(
            &w.member_a.token,
            &format!("/api/v1/attachments/{}/thumbnail", id_of(&sheet)),
        )
        .await;
    assert_eq!(thumb.status(), 200);
    let thumb = image::load_from_memory(&thumb.bytes().await.unwrap()).unwrap();
    assert_eq!((thumb.width(), thumb.height()), (320, 240));

    // The member attaches evidence (a PDF) to an item of theirs; it goes out as a download.
    let item = json_of(
        app.create_item(
            &w.secretary_a.token,
            &json!({"org_unit_id": r.unit, "meeting_id": r.meeting, "problem": "学习不够深入",
                    "measure": "每月精读一篇原文", "owner_id": r.member_person, "due_on": "2027-03-31"}),
        )
        .await,
        201,
    )
    .await;
    let item_id = id_of(&item);
    let document = pdf();
    let evidence = json_of(
        upload(
            &app,
            &w.member_a.token,
            &evidence_path(&item_id, "学习笔记.pdf"),
            "application/octet-stream",
            document.clone(),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(evidence["kind"], "evidence");
    assert_eq!(evidence["media_type"], "application/pdf");
    assert_eq!(evidence["has_thumbnail"], false);
    let got = download(&app, &w.reviewer.token, &id_of(&evidence), &[]).await;
    assert!(header(&got, "content-disposition").starts_with("attachment"));
    assert_eq!(got.bytes().await.unwrap().as_ref(), document.as_slice());
    // Listed with their records.
    let listed = json_of(
        app.get_as(
            &w.member_a.token,
            &format!("/api/v1/meetings/{}/attachments", r.meeting),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let listed = json_of(
        app.get_as(
            &w.reviewer.token,
            &format!("/api/v1/rectification-items/{item_id}/attachments"),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(listed[0]["id"], evidence["id"]);

    // Audited with the hash.
    let audit = json_of(
        app.get_as(
            &w.secretary_a.token,
            &format!("/api/v1/audit-events?entity_id={}", id_of(&sheet)),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(audit["items"][0]["after"]["sha256"], expected_hash.as_str());

    // Another branch sees none of it.
    for path in [
        format!("/api/v1/attachments/{}", id_of(&sheet)),
        format!("/api/v1/attachments/{}/content", id_of(&sheet)),
        format!("/api/v1/attachments/{}/thumbnail", id_of(&sheet)),
        format!("/api/v1/meetings/{}/attachments", r.meeting),
    ] {
        assert_problem(app.get_as(&w.member_b.token, &path).await, 404).await;
    }
    let refused = upload(
        &app,
        &w.secretary_b.token,
        &sheet_path(&r.meeting, "x.jpg"),
        "image/jpeg",
        jpeg(8, 8),
    )
    .await;
    assert_problem(refused, 404).await;
    assert_eq!(count_rows(&app).await, 2);
}

#[tokio::test]
async fn what_could_run_in_a_browser_is_refused_and_leaves_nothing() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let before = stored_files(&app);
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 4096));
    for (name, bytes) in [
        ("photo.jpg", elf),
        (
            "签到表.html",
            b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".to_vec(),
        ),
        (
            "签到表.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec(),
        ),
        ("notes.txt", "会议记录".as_bytes().to_vec()),
    ] {
        let refused = upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, name),
            "image/jpeg",
            bytes,
        )
        .await;
        assert_problem(refused, 415).await;
    }
    assert_problem(
        upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, "a.jpg"),
            "image/jpeg",
            Vec::new(),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(count_rows(&app).await, 0);
    assert_eq!(
        stored_files(&app),
        before,
        "nothing stored, not even a temporary file"
    );
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused_before_it_is_stored_in_full() {
    let app = TestApp::spawn_with_settings(|s| s.attachment_max_bytes = 1 << 20).await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let before = stored_files(&app);
    // Declared too large: refused at once.
    let big = jpeg(2000, 2000);
    assert!(big.len() > 1 << 20);
    assert_problem(
        upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, "a.jpg"),
            "image/jpeg",
            big.clone(),
        )
        .await,
        413,
    )
    .await;
    // Not declared (chunked): refused once the limit is passed, and the rest never read.
    let chunks: Vec<Result<Bytes, std::io::Error>> = big
        .chunks(64 * 1024)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let streamed = app
        .client
        .post(app.url(&sheet_path(&r.meeting, "a.jpg")))
        .bearer_auth(&w.secretary_a.token)
        .body(reqwest::Body::wrap_stream(stream::iter(chunks)))
        .send()
        .await;
    // The server may close the connection while the client still sends: either way, no row.
    if let Ok(response) = streamed {
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    }
    assert_eq!(count_rows(&app).await, 0);
    assert_eq!(stored_files(&app), before);
    // At the limit it is taken.
    let small = jpeg(100, 100);
    json_of(
        upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, "a.jpg"),
            "image/jpeg",
            small,
        )
        .await,
        201,
    )
    .await;
}

#[tokio::test]
async fn ranges_and_tags_answer_the_right_bytes() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let document = pdf();
    let len = document.len();
    let sheet = json_of(
        upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, "签到表.pdf"),
            "application/pdf",
            document.clone(),
        )
        .await,
        201,
    )
    .await;
    let id = id_of(&sheet);
    let token = &w.member_a.token;
    for (range, first, last) in [
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, len - 1),
        ("bytes=-50", len - 50, len - 1),
        (&*format!("bytes=10-{}", len + 1000), 10, len - 1),
    ] {
        let got = download(&app, token, &id, &[("Range", range)]).await;
        assert_eq!(got.status(), 206, "{range}");
        assert_eq!(
            got.headers()["content-range"].to_str().unwrap(),
            format!("bytes {first}-{last}/{len}")
        );
        assert_eq!(
            got.bytes().await.unwrap().as_ref(),
            &document[first..=last],
            "{range}"
        );
    }
    let outside = download(
        &app,
        token,
        &id,
        &[("Range", &format!("bytes={}-", len + 5))],
    )
    .await;
    assert_eq!(outside.status(), 416);
    assert_eq!(
        outside.headers()["content-range"].to_str().unwrap(),
        format!("bytes */{len}")
    );
    // Several ranges: the whole file.
    let whole = download(&app, token, &id, &[("Range", "bytes=0-1,5-6")]).await;
    assert_eq!(whole.status(), 200);
    assert_eq!(whole.bytes().await.unwrap().len(), len);
    // A range against another version (If-Range) gets the whole file; the tag gets a 304.
    let etag = format!("\"{}\"", sheet["sha256"].as_str().unwrap());
    let stale = download(
        &app,
        token,
        &id,
        &[("Range", "bytes=0-9"), ("If-Range", "\"other\"")],
    )
    .await;
    assert_eq!(stale.status(), 200);
    let fresh = download(
        &app,
        token,
        &id,
        &[("Range", "bytes=0-9"), ("If-Range", &etag)],
    )
    .await;
    assert_eq!(fresh.status(), 206);
    let cached = download(&app, token, &id, &[("If-None-Match", &etag)]).await;
    assert_eq!(cached.status(), 304);
    // If-None-Match compares weakly (RFC 9110 §13.1.2).
    let weak = format!("W/{etag}");
    let cached = download(&app, token, &id, &[("If-None-Match", &weak)]).await;
    assert_eq!(cached.status(), 304);
}

#[tokio::test]
async fn a_finalized_meeting_and_a_verified_item_keep_their_attachments() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let photo = |kind: &str| {
        format!(
            "/api/v1/meetings/{}/attachments?kind={kind}&name=p.jpg",
            r.meeting
        )
    };
    // Only secretaries attach to meetings; evidence is no meeting's kind.
    assert_problem(
        upload(
            &app,
            &w.member_a.token,
            &photo("photo"),
            "image/jpeg",
            jpeg(8, 8),
        )
        .await,
        403,
    )
    .await;
    let wrong = assert_problem(
        upload(
            &app,
            &w.secretary_a.token,
            &photo("evidence"),
            "image/jpeg",
            jpeg(8, 8),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(wrong["errors"][0]["field"], "kind");
    let kept = json_of(
        upload(
            &app,
            &w.secretary_a.token,
            &photo("photo"),
            "image/jpeg",
            jpeg(8, 8),
        )
        .await,
        201,
    )
    .await;
    let removed = json_of(
        upload(
            &app,
            &w.secretary_a.token,
            &photo("material"),
            "image/jpeg",
            jpeg(9, 9),
        )
        .await,
        201,
    )
    .await;
    let one = |a: &Value| format!("/api/v1/attachments/{}", id_of(a));
    assert_problem(app.delete_as(&w.member_a.token, &one(&removed)).await, 403).await;
    assert_eq!(
        app.delete_as(&w.secretary_a.token, &one(&removed))
            .await
            .status(),
        204
    );
    assert_problem(app.get_as(&w.secretary_a.token, &one(&removed)).await, 404).await;
    json_of(
        app.finalize_meeting(&w.secretary_a.token, &r.meeting).await,
        200,
    )
    .await;
    assert_problem(
        upload(
            &app,
            &w.secretary_a.token,
            &photo("photo"),
            "image/jpeg",
            jpeg(8, 8),
        )
        .await,
        409,
    )
    .await;
    assert_problem(app.delete_as(&w.secretary_a.token, &one(&kept)).await, 409).await;

    // Evidence: its owner and the secretaries add it, until the item is verified.
    let item = id_of(
        &json_of(
            app.create_item(
                &w.secretary_a.token,
                &json!({"org_unit_id": r.unit, "meeting_id": r.meeting, "problem": "问题",
                    "measure": "措施", "owner_id": r.member_person, "due_on": "2027-03-31"}),
            )
            .await,
            201,
        )
        .await,
    );
    let update = json_of(
        app.add_item_update(
            &w.member_a.token,
            &item,
            &json!({"note": "已整改", "progress_percent": 100}),
        )
        .await,
        201,
    )
    .await;
    let on_update = format!(
        "{}&update_id={}",
        evidence_path(&item, "制度.pdf"),
        id_of(&update)
    );
    let evidence = json_of(
        upload(
            &app,
            &w.member_a.token,
            &on_update,
            "application/pdf",
            pdf(),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(evidence["update_id"], update["id"]);
    let other_item = format!(
        "{}&update_id={}",
        evidence_path(&item, "x.pdf"),
        uuid::Uuid::now_v7()
    );
    let refused = assert_problem(
        upload(
            &app,
            &w.member_a.token,
            &other_item,
            "application/pdf",
            pdf(),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "update_id");
    // Not the owner, a member: 403; the reviewer reads but does not add.
    assert_problem(
        upload(
            &app,
            &w.reviewer.token,
            &evidence_path(&item, "x.pdf"),
            "application/pdf",
            pdf(),
        )
        .await,
        403,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &item).await, 200).await;
    json_of(
        app.verify_item(&w.reviewer.token, &item, "佐证材料齐全")
            .await,
        200,
    )
    .await;
    assert_problem(
        upload(
            &app,
            &w.member_a.token,
            &evidence_path(&item, "more.pdf"),
            "application/pdf",
            pdf(),
        )
        .await,
        409,
    )
    .await;
    assert_problem(app.delete_as(&w.member_a.token, &one(&evidence)).await, 409).await;
    assert_eq!(count_rows(&app).await, 2);
}

#[tokio::test]
async fn a_units_quota_refuses_what_would_pass_it() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let path = format!("/api/v1/org-units/{}/attachment-quota", w.branch_a);
    let none = json_of(app.get_as(&w.member_a.token, &path).await, 200).await;
    assert_eq!(
        none,
        json!({"org_unit_id": w.branch_a, "quota_bytes": null, "used_bytes": 0})
    );
    let photo = jpeg(200, 200);
    let quota = photo.len() as i64 + 100;
    assert_problem(
        app.put_as(&w.secretary_a.token, &path, &json!({"quota_bytes": quota}))
            .await,
        403,
    )
    .await;
    assert_problem(
        app.put_as(&w.admin.token, &path, &json!({"quota_bytes": 0}))
            .await,
        422,
    )
    .await;
    // A whole number may come as 2.0, as some JSON writers send it.
    let set = json!({"quota_bytes": quota as f64});
    let set = json_of(app.put_as(&w.admin.token, &path, &set).await, 200).await;
    assert_eq!(set["quota_bytes"], quota);
    json_of(
        upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, "a.jpg"),
            "image/jpeg",
            photo.clone(),
        )
        .await,
        201,
    )
    .await;
    let refused = assert_problem(
        upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, "b.jpg"),
            "image/jpeg",
            photo.clone(),
        )
        .await,
        409,
    )
    .await;
    assert!(
        refused["detail"].as_str().unwrap().contains("quota"),
        "{refused}"
    );
    let used = json_of(app.get_as(&w.secretary_a.token, &path).await, 200).await;
    assert_eq!(used["used_bytes"], photo.len());
    // Nearly full: a body without a declared length is stopped where the quota ends, and
    // nothing of it is kept (a unit at its quota cannot fill the disk with refused files).
    let before = stored_files(&app);
    let bigger = jpeg(400, 400);
    let chunks: Vec<Result<Bytes, std::io::Error>> = bigger
        .chunks(8 * 1024)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let streamed = app
        .client
        .post(app.url(&sheet_path(&r.meeting, "c.jpg")))
        .bearer_auth(&w.secretary_a.token)
        .body(reqwest::Body::wrap_stream(stream::iter(chunks)))
        .send()
        .await;
    if let Ok(response) = streamed {
        assert_problem(response, 409).await;
    }
    assert_eq!(stored_files(&app), before);
    json_of(
        app.put_as(&w.admin.token, &path, &json!({"quota_bytes": null}))
            .await,
        200,
    )
    .await;
    json_of(
        upload(
            &app,
            &w.secretary_a.token,
            &sheet_path(&r.meeting, "b.jpg"),
            "image/jpeg",
            photo,
        )
        .await,
        201,
    )
    .await;
}

#[tokio::test]
async fn office_documents_as_word_processors_write_them_are_taken() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    // A .docx LibreOffice wrote (its entries in LibreOffice's order), and an .xlsx as
    // rust_xlsxwriter (our own ledgers) writes one.
    let docx = include_bytes!("../fixtures/libreoffice.docx").to_vec();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook
        .add_worksheet()
        .write_string(0, 0, "整改台账")
        .unwrap();
    let xlsx = workbook.save_to_buffer().unwrap();
    let path = |name: &str| {
        format!(
            "/api/v1/meetings/{}/attachments?kind=material&name={name}",
            r.meeting
        )
    };
    for (name, bytes, media_type) in [
        (
            "材料.docx",
            docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "台账.xlsx",
            xlsx,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ] {
        let stored = json_of(
            upload(
                &app,
                &w.secretary_a.token,
                &path(name),
                "application/octet-stream",
                bytes,
            )
            .await,
            201,
        )
        .await;
        assert_eq!(stored["media_type"], media_type, "{name}");
    }
}
