//! The attachments in the Word minutes, as GB/T 9704 places 附件: a 附件说明 below the text
//! ("附件：1. 签到表.jpg", the names aligned), and the 附件 themselves on a new page after the
//! lines to sign: every file with its size and SHA-256 (to check a copy against the system),
//! then the sign-in sheets and the photos as pictures at the text's width.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, Docx, LineSpacing, LineSpacingType, Paragraph, Pic, Run, SpecialIndentType,
};

use super::layout::*;
use crate::export::minutes::{Minutes, attachment_kind_label, size_label};
use crate::storage::for_print;

/// What "附件：" takes before the first name: two characters of indent and three of label.
const NAMES_INDENT: i32 = 5 * 16 * 20;
/// English Metric Units per twip.
const EMU_PER_TWIP: i64 = 635;
/// The tallest picture, so that it stays on one page with its caption.
const PICTURE_HEIGHT_MM: f64 = 180.0;

/// A picture ready to embed: the JPEG for print and its size in pixels.
pub(super) struct Picture {
    index: usize,
    jpeg: Vec<u8>,
    width: u32,
    height: u32,
}

/// The pictures the minutes embed, converted for print (CPU work: the caller is on the
/// blocking pool). One that cannot be decoded is only listed.
pub(super) fn pictures(m: &Minutes) -> Vec<Picture> {
    m.to_embed()
        .into_iter()
        .filter_map(|index| {
            let a = &m.attachments[index];
            let jpeg = for_print(a.bytes.as_deref()?, &a.media_type)?;
            let (width, height) =
                image::ImageReader::with_format(Cursor::new(&jpeg), image::ImageFormat::Jpeg)
                    .into_dimensions()
                    .ok()?;
            Some(Picture {
                index,
                jpeg,
                width,
                height,
            })
        })
        .collect()
}

/// 附件说明: "附件：1. …", each further name under the first.
pub(super) fn note(m: &Minutes) -> Vec<Paragraph> {
    m.attachments
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let name = format!("{}. {}", i + 1, a.file_name);
            let p = Paragraph::new().style(BODY).keep_next(true);
            if i == 0 {
                // A blank line above, and a long name wraps under itself, not under 附件.
                p.indent(
                    Some(NAMES_INDENT),
                    Some(SpecialIndentType::Hanging(NAMES_INDENT - FIRST_LINE_INDENT)),
                    None,
                    None,
                )
                .line_spacing(exact(BODY_LINE).before(BODY_LINE as u32))
                .add_run(Run::new().add_text(crate::domain::one_line(&format!("附件：{name}"))))
            } else {
                p.indent(
                    Some(NAMES_INDENT),
                    Some(SpecialIndentType::FirstLine(0)),
                    None,
                    None,
                )
                .add_run(Run::new().add_text(crate::domain::one_line(&name)))
            }
        })
        .collect()
}

/// The 附件 pages: the list with sizes and hashes, then the pictures with their captions.
pub(super) fn appendix(mut doc: Docx, m: &Minutes, pictures: Vec<Picture>) -> Docx {
    doc = doc.add_paragraph(line(SECTION, "附件").page_break_before(true));
    let shown: Vec<usize> = pictures.iter().map(|p| p.index).collect();
    for (i, a) in m.attachments.iter().enumerate() {
        // A sign-in sheet is the record's evidence: say where it is when it is not shown.
        let note = if a.kind == "sign_in_sheet" && !shown.contains(&i) {
            "（未嵌入，见系统附件）"
        } else {
            ""
        };
        doc = doc
            .add_paragraph(
                line(
                    BODY,
                    &format!(
                        "{}. {}：{}（{}）{note}",
                        i + 1,
                        attachment_kind_label(&a.kind),
                        a.file_name,
                        size_label(a.size_bytes)
                    ),
                )
                .keep_next(true),
            )
            .add_paragraph(
                // Smaller and flush left, so that the 64 digits stay on one line.
                Paragraph::new()
                    .style(CELL)
                    .add_run(Run::new().add_text("SHA-256：").size(HASH_SIZE))
                    .add_run(Run::new().add_text(&a.sha256).size(HASH_SIZE)),
            );
    }
    let left_out = m.pictures_left_out();
    if left_out > 0 {
        doc = doc.add_paragraph(line(
            BODY,
            &format!("另有{left_out}张图片未嵌入，见系统附件。"),
        ));
    }
    let (width, max_height) = (
        i64::from(text_width()) * EMU_PER_TWIP,
        i64::from(mm(PICTURE_HEIGHT_MM)) * EMU_PER_TWIP,
    );
    for (n, picture) in pictures.into_iter().enumerate() {
        let a = &m.attachments[picture.index];
        // At the text's width, or lower when that would make it taller than a page allows.
        let mut size = (
            width,
            width * i64::from(picture.height) / i64::from(picture.width.max(1)),
        );
        if size.1 > max_height {
            size = (size.0 * max_height / size.1, max_height);
        }
        let pic = Pic::new_with_dimensions(picture.jpeg, picture.width, picture.height)
            .size(size.0 as u32, size.1 as u32);
        doc = doc
            .add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    // Not the body's exact line, which would cut the picture to one line.
                    .line_spacing(
                        LineSpacing::new()
                            .line_rule(LineSpacingType::Auto)
                            .line(240)
                            .before(BODY_LINE as u32 / 2),
                    )
                    .keep_next(true)
                    .add_run(Run::new().add_image(pic)),
            )
            .add_paragraph(
                line(
                    CELL,
                    &format!(
                        "图{} {}：{}",
                        n + 1,
                        attachment_kind_label(&a.kind),
                        a.file_name
                    ),
                )
                .align(AlignmentType::Center),
            );
    }
    doc
}
