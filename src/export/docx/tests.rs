//! The package read back as XML: the properties a printed 会议记录 depends on are there.

use chrono::{NaiveDate, TimeZone, Utc};
use quick_xml::Reader;
use quick_xml::events::Event;

use super::layout::{BODY, LEVEL1, LEVEL2, SPEAKER, TITLE, text_width};
use super::{Fonts, minutes};
use crate::export::minutes::{AttachmentLine, Attendee, ItemLine, Minutes, SpeechText};

/// An element: its name, attributes and children, and the text directly in it.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
    text: String,
}

impl Node {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every element named `name` at any depth, in document order.
    fn all<'a>(&'a self, name: &str, found: &mut Vec<&'a Node>) {
        for c in &self.children {
            if c.name == name {
                found.push(c);
            }
            c.all(name, found);
        }
    }

    fn find(&self, name: &str) -> Vec<&Node> {
        let mut found = Vec::new();
        self.all(name, &mut found);
        found
    }

    /// All the text under this element.
    fn texts(&self) -> String {
        let mut out = self.text.clone();
        for c in &self.children {
            out.push_str(&c.texts());
        }
        out
    }
}

fn parse(xml: &[u8]) -> Node {
    let mut reader = Reader::from_reader(xml);
    let mut stack = vec![Node::default()];
    let element = |e: &quick_xml::events::BytesStart| Node {
        name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    String::from_utf8(a.value.to_vec()).unwrap(),
                )
            })
            .collect(),
        ..Node::default()
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => stack.push(element(&e)),
            Event::Empty(e) => stack.last_mut().unwrap().children.push(element(&e)),
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(t) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                // Entities in text (&amp; …): the tests only need to know text is there.
                stack
                    .last_mut()
                    .unwrap()
                    .text
                    .push_str(&format!("&{};", r.decode().unwrap()));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    stack.pop().unwrap()
}

fn part(package: &[u8], name: &str) -> Node {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(package)).unwrap();
    let mut xml = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name(name).unwrap(), &mut xml).unwrap();
    parse(&xml)
}

fn attendee(name: &str, kind: &str, status: &str, reason: Option<&str>) -> Attendee {
    Attendee {
        name: name.into(),
        title: (kind == "guest").then(|| "市长".into()),
        kind: kind.into(),
        standing: (kind == "member").then_some(crate::domain::standing::PartyStanding::FullMember),
        status: status.into(),
        reason: reason.map(Into::into),
    }
}

fn sample(title: &str, items: usize) -> Minutes {
    let speech = |position, speaker: &str, status: &str, content: &str| SpeechText {
        position,
        kind: "remarks".into(),
        title: None,
        content: content.into(),
        speaker: speaker.into(),
        speaker_title: None,
        speaker_kind: "member".into(),
        speaker_status: Some(status.into()),
        target: None,
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    Minutes {
        title: title.into(),
        unit: "第一党支部".into(),
        kind: "organizational_life".into(),
        starts_at: Utc.with_ymd_and_hms(2026, 11, 20, 1, 30, 0).unwrap(),
        ends_at: Some(Utc.with_ymd_and_hms(2026, 11, 20, 3, 30, 0).unwrap()),
        location: Some("党员活动室".into()),
        host: Some("王书记".into()),
        recorder: Some("李党员".into()),
        agenda: vec!["个人对照检查".into()],
        summary: None,
        attendance: vec![
            attendee("王书记", "member", "present", None),
            attendee("李党员", "member", "present", None),
            attendee("周党员", "member", "absent", None),
            attendee("冯党员", "member", "leave", Some("因公出差")),
            attendee("张市长", "guest", "present", None),
        ],
        voting: crate::store::votes::VotingSummary {
            full_members: 4,
            full_present: 2,
            probationary_members: 0,
            probationary_present: 0,
        },
        decisions: Vec::new(),
        speeches: vec![
            speech(
                1,
                "王书记",
                "present",
                "开场。\n一、存在的问题\n（一）学习方面\n学习不够深入。",
            ),
            speech(2, "周党员", "absent", "书面意见。"),
        ],
        items: (0..items)
            .map(|i| ItemLine {
                id: uuid::Uuid::now_v7(),
                problem: format!("问题{i}"),
                measure: "每月精读一篇原文".into(),
                owner: "李党员".into(),
                due_on: today - chrono::Duration::days(i as i64 - 5),
                status: if i == 0 { "verified" } else { "in_progress" }.into(),
            })
            .collect(),
        attachments: Vec::new(),
        timezone: chrono_tz::Asia::Shanghai,
        today,
        marks: Default::default(),
    }
}

#[test]
fn the_title_says_minutes_once() {
    assert_eq!(
        sample("2026年度组织生活会", 0).document_title(),
        "2026年度组织生活会会议记录"
    );
    assert_eq!(
        sample("11月支委会会议记录", 0).document_title(),
        "11月支委会会议记录"
    );
    let package = minutes(&sample("11月支委会会议记录", 0), &Fonts::default()).unwrap();
    let body = part(&package, "word/document.xml");
    let title = body.find("w:p")[0].texts();
    assert_eq!(title, "11月支委会会议记录");
}

#[test]
fn the_page_is_a4_with_the_standards_margins_and_a_numbered_foot() {
    let package = minutes(&sample("组织生活会", 0), &Fonts::default()).unwrap();
    let body = part(&package, "word/document.xml");
    let size = body.find("w:pgSz")[0];
    assert_eq!(
        (size.attr("w:w"), size.attr("w:h")),
        (Some("11906"), Some("16838"))
    );
    let margins = body.find("w:pgMar")[0];
    // 37, 35, 28 and 26 mm.
    for (side, twips) in [
        ("w:top", "2098"),
        ("w:bottom", "1984"),
        ("w:left", "1587"),
        ("w:right", "1474"),
    ] {
        assert_eq!(margins.attr(side), Some(twips), "{side}");
    }
    // The foot: "— PAGE —", the number a field Word and LibreOffice fill in.
    let footer = part(&package, "word/footer1.xml");
    let number = footer.find("w:p")[0];
    let instructions: Vec<String> = number
        .find("w:instrText")
        .iter()
        .map(|i| i.texts())
        .collect();
    assert_eq!(instructions, ["PAGE"]);
    assert_eq!(number.find("w:fldChar").len(), 3, "begin, separate, end");
    let shown = number.texts();
    assert!(
        shown.starts_with("— ") && shown.ends_with(" —"),
        "{shown:?}"
    );
    assert!(!body.find("w:footerReference").is_empty());
}

#[test]
fn fonts_are_set_in_the_east_asian_slot_with_the_chinese_language() {
    let fonts = Fonts {
        body: "方正仿宋_GBK".into(),
        ..Fonts::default()
    };
    let package = minutes(&sample("组织生活会", 1), &fonts).unwrap();
    let styles = part(&package, "word/styles.xml");
    let defaults = styles.find("w:rPrDefault")[0].child("w:rPr").unwrap();
    let lang = defaults
        .child("w:lang")
        .expect("a language in the defaults");
    assert_eq!(lang.attr("w:eastAsia"), Some("zh-CN"));
    assert_eq!(lang.attr("w:val"), Some("zh-CN"));
    assert_eq!(
        defaults.child("w:rFonts").unwrap().attr("w:eastAsia"),
        Some("方正仿宋_GBK")
    );
    let style = |id: &str| {
        styles
            .find("w:style")
            .into_iter()
            .find(|s| s.attr("w:styleId") == Some(id))
            .unwrap_or_else(|| panic!("no style {id}"))
    };
    for (id, font) in [
        (BODY, "方正仿宋_GBK"),
        (LEVEL1, "黑体"),
        (LEVEL2, "楷体"),
        (TITLE, "宋体"),
    ] {
        let fonts = style(id).find("w:rFonts");
        assert_eq!(fonts[0].attr("w:eastAsia"), Some(font), "{id}");
    }
    // 三号 body at a fixed 28.95 pt line, the first line indented two characters.
    let body = style(BODY);
    assert_eq!(body.find("w:sz")[0].attr("w:val"), Some("32"));
    let spacing = body.find("w:spacing")[0];
    assert_eq!(
        (spacing.attr("w:line"), spacing.attr("w:lineRule")),
        (Some("579"), Some("exact"))
    );
    assert_eq!(body.find("w:ind")[0].attr("w:firstLine"), Some("640"));
    assert_eq!(style(TITLE).find("w:sz")[0].attr("w:val"), Some("44"));
}

#[test]
fn speech_headings_take_their_level_and_absent_speakers_wrote() {
    let package = minutes(&sample("组织生活会", 0), &Fonts::default()).unwrap();
    let body = part(&package, "word/document.xml");
    let style_of = |text: &str| {
        body.find("w:p")
            .into_iter()
            .find(|p| p.texts() == text)
            .unwrap_or_else(|| panic!("no paragraph {text:?}"))
            .find("w:pStyle")[0]
            .attr("w:val")
            .map(str::to_owned)
    };
    assert_eq!(style_of("一、存在的问题").as_deref(), Some(LEVEL1));
    assert_eq!(style_of("（一）学习方面").as_deref(), Some(LEVEL2));
    assert_eq!(style_of("学习不够深入。").as_deref(), Some(BODY));
    assert_eq!(
        style_of("2. 周党员 · 讲话（书面发言）").as_deref(),
        Some(SPEAKER)
    );
    // Particulars: members counted, the guest 列席, leave with its reason.
    let text = body.texts();
    for part in [
        "应到/实到4人/2人",
        "请假冯党员（因公出差）",
        "缺席周党员",
        "列席张市长（市长）",
    ] {
        assert!(text.contains(part), "missing {part:?} in {text}");
    }
    // The lines to sign close the document.
    let last: Vec<String> = body
        .find("w:p")
        .iter()
        .rev()
        .take(3)
        .map(|p| p.texts())
        .collect();
    assert!(last[2].starts_with("主持人（签字）："), "{last:?}");
    assert!(last[1].starts_with("记录人（签字）："), "{last:?}");
    assert!(last[0].starts_with("日期："), "{last:?}");
}

#[test]
fn the_items_table_repeats_its_header_and_keeps_rows_whole() {
    let package = minutes(&sample("组织生活会", 40), &Fonts::default()).unwrap();
    let body = part(&package, "word/document.xml");
    let tables = body.find("w:tbl");
    assert_eq!(tables.len(), 2, "particulars and items");
    for table in &tables {
        for row in table.find("w:tr") {
            let props = row.child("w:trPr").expect("row properties");
            assert!(props.child("w:cantSplit").is_some(), "a row that may split");
        }
    }
    let rows = tables[1].find("w:tr");
    assert_eq!(rows.len(), 41);
    let header: Vec<bool> = rows
        .iter()
        .map(|r| r.child("w:trPr").unwrap().child("w:tblHeader").is_some())
        .collect();
    assert!(
        header[0] && !header[1..].iter().any(|&h| h),
        "only the first row repeats"
    );
    assert!(
        tables[0].find("w:tblHeader").is_empty(),
        "the particulars have no header"
    );
    let head: Vec<String> = rows[0].find("w:tc").iter().map(|c| c.texts()).collect();
    assert_eq!(
        head,
        ["序号", "问题", "整改措施", "责任人", "完成时限", "状态"]
    );
    // Columns sized to their content: the date's column holds a date on one line, and the
    // texts get the room that is left.
    let grid: Vec<i32> = tables[1]
        .find("w:gridCol")
        .iter()
        .map(|c| c.attr("w:w").unwrap().parse().unwrap())
        .collect();
    assert!(grid[4] >= 10 * 168 && grid[4] < 2000, "{grid:?}");
    assert!(
        grid[1] > 1500 && grid[1] > grid[3] && (grid[1] - grid[2]).abs() <= 1,
        "{grid:?}"
    );
    assert_eq!(grid.iter().sum::<i32>(), text_width());
    // Overdue items (due before today, not verified) are marked; the verified one is not.
    let status: Vec<String> = rows[1..]
        .iter()
        .map(|r| r.find("w:tc")[5].texts())
        .collect();
    assert_eq!(status[0], "已销号", "verified, though past due");
    assert_eq!(status[5], "整改中", "due today");
    assert_eq!(status[6], "整改中（逾期）");
    // Cells are centred vertically.
    for cell in tables[0].find("w:tc") {
        assert_eq!(cell.find("w:vAlign")[0].attr("w:val"), Some("center"));
    }
}

#[test]
fn the_lines_to_sign_keep_with_the_end_of_the_record() {
    let keeps = |p: &Node| p.find("w:keepNext").len() == 1;
    // Items last: the paragraphs of the table's last row keep with the lines to sign.
    let package = minutes(&sample("组织生活会", 3), &Fonts::default()).unwrap();
    let body = part(&package, "word/document.xml");
    let rows = body.find("w:tbl")[1].find("w:tr");
    let (last, before) = (rows[rows.len() - 1], rows[rows.len() - 2]);
    assert!(last.find("w:p").iter().all(|p| keeps(p)));
    assert!(!before.find("w:p").iter().any(|p| keeps(p)));
    let signatures: Vec<bool> = body
        .find("w:p")
        .iter()
        .rev()
        .take(3)
        .map(|p| keeps(p))
        .collect();
    assert_eq!(
        signatures,
        [false, true, true],
        "日期 last, the two signatures keep with it"
    );

    // A summary last: its last paragraph keeps with them, the table no longer does.
    let mut with_summary = sample("组织生活会", 3);
    with_summary.summary = Some("一是统一了思想。\n二是明确了整改方向。".into());
    let package = minutes(&with_summary, &Fonts::default()).unwrap();
    let body = part(&package, "word/document.xml");
    let rows = body.find("w:tbl")[1].find("w:tr");
    assert!(!rows[rows.len() - 1].find("w:p").iter().any(|p| keeps(p)));
    let paragraphs = body.find("w:p");
    let summary_end = paragraphs
        .iter()
        .find(|p| p.texts() == "二是明确了整改方向。")
        .unwrap();
    assert!(keeps(summary_end));
    let summary_start = paragraphs
        .iter()
        .find(|p| p.texts() == "一是统一了思想。")
        .unwrap();
    assert!(!keeps(summary_start));
}

/// A real JPEG of `width` × `height`, as a phone would upload one.
fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x ^ y) % 256) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

fn attached(kind: &str, name: &str, media_type: &str, bytes: Option<Vec<u8>>) -> AttachmentLine {
    use sha2::Digest;
    let content = bytes.clone().unwrap_or_else(|| name.as_bytes().to_vec());
    AttachmentLine {
        kind: kind.into(),
        file_name: name.into(),
        media_type: media_type.into(),
        size_bytes: content.len() as i64,
        sha256: hex::encode(sha2::Sha256::digest(&content)),
        bytes,
    }
}

fn names_in(package: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(package)).unwrap();
    zip.file_names().map(str::to_owned).collect()
}

#[test]
fn the_sign_in_sheet_is_embedded_and_every_attachment_listed_with_its_hash() {
    let mut m = sample("组织生活会", 1);
    m.attachments = vec![
        // Uploaded first, shown after the sheets: photos follow the sign-in sheets.
        attached("photo", "合影.jpg", "image/jpeg", Some(jpeg(300, 200))),
        attached(
            "sign_in_sheet",
            "签到表.jpg",
            "image/jpeg",
            Some(jpeg(600, 800)),
        ),
        attached("material", "学习材料.pdf", "application/pdf", None),
        attached("sign_in_sheet", "签到表2.heic", "image/heic", None),
    ];
    let package = minutes(&m, &Fonts::default()).unwrap();

    // Two pictures, stored as the JPEGs they are and declared so.
    let media: Vec<String> = names_in(&package)
        .into_iter()
        .filter(|n| n.starts_with("word/media/") && !n.ends_with('/'))
        .collect();
    assert_eq!(media.len(), 2, "{media:?}");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&package[..])).unwrap();
    for name in &media {
        assert!(name.ends_with(".jpeg"), "{name}");
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name(name).unwrap(), &mut bytes).unwrap();
        assert!(bytes.starts_with(&[0xFF, 0xD8, 0xFF]), "{name} is a JPEG");
    }
    let types = part(&package, "[Content_Types].xml");
    assert!(types.find("Default").iter().any(
        |d| d.attr("Extension") == Some("jpeg") && d.attr("ContentType") == Some("image/jpeg")
    ));

    // Drawings in the body, each referencing one of those parts, at the text's width.
    let body = part(&package, "word/document.xml");
    let rels = part(&package, "word/_rels/document.xml.rels");
    let target = |id: &str| {
        rels.find("Relationship")
            .into_iter()
            .find(|r| r.attr("Id") == Some(id))
            .and_then(|r| r.attr("Target"))
            .map(|t| format!("word/{t}"))
    };
    let drawings = body.find("w:drawing");
    assert_eq!(drawings.len(), 2);
    let mut referenced: Vec<String> = drawings
        .iter()
        .map(|d| target(d.find("a:blip")[0].attr("r:embed").unwrap()).unwrap())
        .collect();
    referenced.sort();
    let mut stored = media.clone();
    stored.sort();
    assert_eq!(referenced, stored);
    let extent = |d: &Node| {
        let e = d.find("wp:extent")[0];
        let n = |a| e.attr(a).unwrap().parse::<i64>().unwrap();
        (n("cx"), n("cy"))
    };
    // The sheet (portrait, 3:4) first, no taller than 180 mm; then the photo at full width.
    let (sheet, photo) = (extent(drawings[0]), extent(drawings[1]));
    let width = i64::from(text_width()) * 635;
    assert_eq!(photo, (width, width * 2 / 3));
    assert!(
        sheet.1 <= 6_481_000 && (sheet.0 * 4 / 3 - sheet.1).abs() <= 2,
        "{sheet:?}"
    );
    let paragraphs: Vec<String> = body.find("w:p").iter().map(|p| p.texts()).collect();
    let at = |text: &str| {
        paragraphs
            .iter()
            .position(|p| p == text)
            .unwrap_or_else(|| panic!("no paragraph {text:?} in {paragraphs:#?}"))
    };
    assert!(at("图1 签到表：签到表.jpg") < at("图2 会议照片：合影.jpg"));

    // 附件说明 before the lines to sign, the appendix on a page of its own after them.
    let note = at("附件：1. 合影.jpg");
    assert_eq!(
        paragraphs[note + 1..note + 4],
        ["2. 签到表.jpg", "3. 学习材料.pdf", "4. 签到表2.heic"]
    );
    let sign = paragraphs
        .iter()
        .position(|p| p.starts_with("日期："))
        .unwrap();
    assert_eq!(
        paragraphs
            .iter()
            .position(|p| p.starts_with("主持人（签字）："))
            .unwrap(),
        note + 4
    );
    let appendix = at("附件");
    assert!(appendix > sign);
    let heading = body.find("w:p")[appendix];
    assert_eq!(heading.find("w:pageBreakBefore").len(), 1);
    for (i, a) in m.attachments.iter().enumerate() {
        let listed = (appendix..paragraphs.len())
            .find(|&p| {
                paragraphs[p].starts_with(&format!("{}. ", i + 1))
                    && paragraphs[p].contains(&a.file_name)
            })
            .unwrap_or_else(|| panic!("{} not in the appendix", a.file_name));
        assert_eq!(paragraphs[listed + 1], format!("SHA-256：{}", a.sha256));
    }
    assert!(paragraphs.iter().any(|p| p
        == &format!(
            "4. 签到表：签到表2.heic（{} B）（未嵌入，见系统附件）",
            m.attachments[3].size_bytes
        )));
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("3. 会议材料：学习材料.pdf（") && !p.contains("未嵌入"))
    );

    // The foot (number and marks) is still the document's, on every page.
    assert_eq!(body.find("w:footerReference").len(), 1);
    assert_eq!(body.find("w:sectPr").len(), 1, "one section: one foot");
}

#[test]
fn at_most_ten_pictures_are_embedded_and_the_rest_noted() {
    let mut m = sample("组织生活会", 0);
    m.attachments = (0..12)
        .map(|i| {
            attached(
                "photo",
                &format!("照片{i}.jpg"),
                "image/jpeg",
                Some(jpeg(40 + i, 30)),
            )
        })
        .collect();
    let package = minutes(&m, &Fonts::default()).unwrap();
    let body = part(&package, "word/document.xml");
    assert_eq!(body.find("w:drawing").len(), 10);
    assert!(body.texts().contains("另有2张图片未嵌入，见系统附件。"));
}

#[test]
fn minutes_without_attachments_have_no_appendix() {
    let package = minutes(&sample("组织生活会", 1), &Fonts::default()).unwrap();
    assert!(
        !names_in(&package)
            .iter()
            .any(|n| n.starts_with("word/media/")),
        "{:?}",
        names_in(&package)
    );
    let body = part(&package, "word/document.xml");
    assert!(body.find("w:drawing").is_empty());
    assert!(!body.texts().contains("附件"));
    let last = body.find("w:p").last().unwrap().texts();
    assert!(last.starts_with("日期："), "{last}");
}
