//! A meeting's attachments in its minutes (issue 16): the .docx embeds the sign-in sheet
//! uploaded through the API and lists every file with its SHA-256, the .md lists them too,
//! and minutes without attachments stay as they were.

use std::io::Read;

use serde_json::Value;

use crate::helpers::{TestApp, json_of};
use crate::storage::{jpeg, pdf};
use crate::world::{BranchRecords, World};

async fn attach(
    app: &TestApp,
    token: &str,
    meeting: &str,
    kind: &str,
    name: &str,
    bytes: Vec<u8>,
) -> Value {
    let response = app
        .client
        .post(app.url(&format!(
            "/api/v1/meetings/{meeting}/attachments?kind={kind}&name={name}"
        )))
        .bearer_auth(token)
        .header("Content-Type", "application/octet-stream")
        .body(bytes)
        .send()
        .await
        .unwrap();
    json_of(response, 201).await
}

/// The .docx of `meeting`: its parts by name, with their bytes.
async fn word(app: &TestApp, token: &str, meeting: &str) -> Vec<(String, Vec<u8>)> {
    let response = app
        .get_as(token, &format!("/api/v1/meetings/{meeting}/minutes.docx"))
        .await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut part = zip.by_index(i).unwrap();
            let mut content = Vec::new();
            part.read_to_end(&mut content).unwrap();
            (part.name().to_owned(), content)
        })
        .collect()
}

fn text_of<'a>(parts: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    let (_, bytes) = parts.iter().find(|(n, _)| n == name).unwrap();
    std::str::from_utf8(bytes).unwrap()
}

#[tokio::test]
async fn the_minutes_embed_the_sign_in_sheet_and_list_every_attachment_with_its_hash() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;

    // Without attachments: no appendix in either format.
    let before = word(&app, token, &r.meeting).await;
    assert!(!before.iter().any(|(n, _)| n.starts_with("word/media/")));
    let document = text_of(&before, "word/document.xml");
    assert!(!document.contains("附件") && !document.contains("<w:drawing>"));
    let md_before = app
        .minutes_md(token, &r.meeting)
        .await
        .text()
        .await
        .unwrap();
    assert!(!md_before.contains("附件"), "{md_before}");

    let sheet = attach(
        &app,
        token,
        &r.meeting,
        "sign_in_sheet",
        "签到表.jpg",
        jpeg(640, 480),
    )
    .await;
    let material = attach(&app, token, &r.meeting, "material", "学习材料.pdf", pdf()).await;
    let hashes = [
        sheet["sha256"].as_str().unwrap(),
        material["sha256"].as_str().unwrap(),
    ];

    // Word: the sheet as a JPEG part, referenced by a drawing; both listed with their hashes.
    let parts = word(&app, &w.member_a.token, &r.meeting).await;
    let media: Vec<&(String, Vec<u8>)> = parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/media/") && !n.ends_with('/'))
        .collect();
    assert_eq!(
        media.len(),
        1,
        "one picture: the PDF is listed, not embedded"
    );
    let (media_name, picture) = media[0];
    assert!(picture.starts_with(&[0xFF, 0xD8, 0xFF]), "a JPEG");
    let decoded = image::load_from_memory(picture).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (640, 480));
    let rels = text_of(&parts, "word/_rels/document.xml.rels");
    let target = media_name.strip_prefix("word/").unwrap();
    let rel = rels
        .split("<Relationship ")
        .find(|r| r.contains(&format!("Target=\"{target}\"")))
        .unwrap_or_else(|| panic!("no relationship to {target} in {rels}"));
    let id = rel
        .split("Id=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let document = text_of(&parts, "word/document.xml");
    assert_eq!(document.matches("<w:drawing>").count(), 1);
    assert!(
        document.contains(&format!("r:embed=\"{id}\"")),
        "no drawing of {id}"
    );
    for text in [
        "附件：1. 签到表.jpg",
        "2. 学习材料.pdf",
        "1. 签到表：签到表.jpg（",
        "2. 会议材料：学习材料.pdf（",
        "图1 签到表：签到表.jpg",
    ] {
        assert!(document.contains(text), "missing {text:?}");
    }
    for hash in hashes {
        assert!(document.contains(hash), "missing {hash}");
    }

    // Markdown: both, with kind, name, size and hash.
    let md = app
        .minutes_md(&w.member_a.token, &r.meeting)
        .await
        .text()
        .await
        .unwrap();
    let rows: Vec<&str> = md
        .split("\n## 附件\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no 附件 section in\n{md}"))
        .lines()
        .filter(|l| l.starts_with("| "))
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[0], "| 序号 | 类别 | 文件名 | 大小 | SHA-256 |");
    let size = |a: &Value| a["size_bytes"].as_i64().unwrap();
    assert!(size(&material) < 1024, "the sample PDF is under a KB");
    assert_eq!(
        rows[2],
        format!(
            "| 2 | 会议材料 | 学习材料.pdf | {} B | {} |",
            size(&material),
            hashes[1]
        )
    );
    assert!(
        rows[1].starts_with("| 1 | 签到表 | 签到表.jpg | ")
            && rows[1].ends_with(&format!(" | {} |", hashes[0])),
        "{}",
        rows[1]
    );
    // The rest of the minutes is as it was.
    assert!(
        md.split("\n## 附件\n").next().unwrap() == md_before,
        "changed before 附件"
    );
}
