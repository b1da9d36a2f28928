//! The minutes as a Word document laid out as Chinese official documents are (GB/T 9704-2012,
//! adapted to a 会议记录): A4 with the standard's margins, a 二号 title, 三号 仿宋 body text
//! with a two-character first-line indent at a fixed 28.95 pt line (22 lines a page), 黑体 and
//! 楷体 for the speeches' own 一、 and （一） headings, tables whose header row repeats and whose
//! rows do not split, page numbers "— 1 —" at the foot, and lines to sign at the end.
//!
//! Built with docx-rs; what it cannot write (a repeated header row, the East Asian language
//! tag) is added to its XML by [`package`], through an XML reader and writer.

mod package;
mod tables;

use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, LineSpacingType, PageMargin, Paragraph, Run,
    RunFonts, SpecialIndentType, Style, StyleType,
};

use super::minutes::{Minutes, SIGNATURES, outline_level};
use crate::domain::{long_lines, one_line};

/// The font names the minutes ask for, as Word and LibreOffice know them. They are set in the
/// East Asian slot too: a name only in the Latin slots leaves Chinese text to the viewer's
/// fallback, which may be a Japanese face.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fonts {
    /// Body text and tables (仿宋).
    pub body: String,
    /// Section headings and the speeches' 一、 headings (黑体).
    pub heading: String,
    /// The speeches' （一） headings (楷体).
    pub subheading: String,
    /// The title and the page numbers (宋体; offices with 方正小标宋 set that).
    pub title: String,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts {
            body: "仿宋".into(),
            heading: "黑体".into(),
            subheading: "楷体".into(),
            title: "宋体".into(),
        }
    }
}

/// Twentieths of a point per millimetre.
const TWIPS_PER_MM: f64 = 56.692_913;

fn mm(v: f64) -> i32 {
    (v * TWIPS_PER_MM).round() as i32
}

/// A4, and the text area GB/T 9704 leaves inside its margins.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
const MARGINS_MM: (f64, f64, f64, f64) = (37.0, 35.0, 28.0, 26.0); // top, bottom, left, right
/// The page number's line sits 7 mm below the text area (its foot about 22 mm from the edge).
const FOOTER_MM: f64 = 22.0;

pub(crate) fn text_width() -> i32 {
    PAGE_WIDTH as i32 - mm(MARGINS_MM.2) - mm(MARGINS_MM.3)
}

/// Sizes in half-points: 二号, 三号, 四号.
const TITLE_SIZE: usize = 44;
const BODY_SIZE: usize = 32;
pub(crate) const TABLE_SIZE: usize = 28;
/// 28.95 pt, in twips: 22 lines in the 225 mm of text height.
const BODY_LINE: i32 = 579;
/// A table line, for 四号 text.
pub(crate) const TABLE_LINE: i32 = 400;
/// Two characters of 三号 (16 pt), in twips.
const FIRST_LINE_INDENT: i32 = 2 * 16 * 20;

/// Paragraph styles, so that a secretary editing the file finds them by name.
pub(crate) const TITLE: &str = "MinutesTitle";
pub(crate) const SECTION: &str = "MinutesSection";
pub(crate) const SPEAKER: &str = "MinutesSpeaker";
pub(crate) const BODY: &str = "MinutesBody";
pub(crate) const LEVEL1: &str = "MinutesHeading1";
pub(crate) const LEVEL2: &str = "MinutesHeading2";
pub(crate) const CELL: &str = "MinutesCell";
pub(crate) const CELL_HEAD: &str = "MinutesCellHead";
const SIGN: &str = "MinutesSignature";
const PAGE_NUMBER: &str = "MinutesPageNumber";

fn fonts_of(name: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(name)
        .ascii(name)
        .hi_ansi(name)
        .cs(name)
}

fn exact(line: i32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(line)
}

fn styles(docx: Docx, fonts: &Fonts) -> Docx {
    let paragraph = |id: &str, name: &str| Style::new(id, StyleType::Paragraph).name(name);
    let indented = |s: Style| {
        s.indent(
            None,
            Some(SpecialIndentType::FirstLine(FIRST_LINE_INDENT)),
            None,
            None,
        )
    };
    docx.default_fonts(fonts_of(&fonts.body))
        .default_size(BODY_SIZE)
        .add_style(
            paragraph(TITLE, "会议记录标题")
                .fonts(fonts_of(&fonts.title))
                .size(TITLE_SIZE)
                .align(AlignmentType::Center)
                // A blank line of body text below the title.
                .line_spacing(exact(BODY_LINE * 3 / 2).after(BODY_LINE as u32)),
        )
        .add_style(
            paragraph(SECTION, "会议记录栏目")
                .fonts(fonts_of(&fonts.heading))
                .size(BODY_SIZE)
                .line_spacing(exact(BODY_LINE).before(BODY_LINE as u32 / 2)),
        )
        .add_style(
            paragraph(SPEAKER, "发言人")
                .fonts(fonts_of(&fonts.body))
                .size(BODY_SIZE)
                .bold()
                .line_spacing(exact(BODY_LINE).before(BODY_LINE as u32 / 2)),
        )
        .add_style(
            indented(paragraph(BODY, "会议记录正文"))
                .fonts(fonts_of(&fonts.body))
                .size(BODY_SIZE)
                // Not justified: LibreOffice drops a full-width comma that ends a justified
                // line (it hangs it into the margin, then loses it). Chinese characters are
                // all one em, so the lines end flush all the same.
                .align(AlignmentType::Left)
                .line_spacing(exact(BODY_LINE)),
        )
        .add_style(
            indented(paragraph(LEVEL1, "一级标题"))
                .fonts(fonts_of(&fonts.heading))
                .size(BODY_SIZE)
                .line_spacing(exact(BODY_LINE)),
        )
        .add_style(
            indented(paragraph(LEVEL2, "二级标题"))
                .fonts(fonts_of(&fonts.subheading))
                .size(BODY_SIZE)
                .line_spacing(exact(BODY_LINE)),
        )
        .add_style(
            paragraph(CELL, "表格文字")
                .fonts(fonts_of(&fonts.body))
                .size(TABLE_SIZE)
                .line_spacing(exact(TABLE_LINE)),
        )
        .add_style(
            paragraph(CELL_HEAD, "表格标题")
                .fonts(fonts_of(&fonts.heading))
                .size(TABLE_SIZE)
                .align(AlignmentType::Center)
                .line_spacing(exact(TABLE_LINE)),
        )
        .add_style(
            paragraph(SIGN, "签字栏")
                .fonts(fonts_of(&fonts.body))
                .size(BODY_SIZE)
                .indent(Some(mm(60.0)), None, None, None)
                .line_spacing(exact(BODY_LINE).before(BODY_LINE as u32)),
        )
        .add_style(
            paragraph(PAGE_NUMBER, "页码")
                .fonts(fonts_of(&fonts.title))
                .size(TABLE_SIZE)
                .align(AlignmentType::Center),
        )
        .add_style(Style::new(tables::REPEATING, StyleType::Table).name("表头重复的表格"))
}

/// A paragraph of one line of stored text in `style` (control characters dropped: XML cannot
/// carry them, and Word calls a document with one corrupt).
pub(crate) fn line(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(one_line(text)))
}

/// The foot of every page: the page number as a PAGE field between dashes, then `notes`, one
/// centred line each (for what a printed copy should carry on every page).
fn footer(notes: &[String]) -> Footer {
    let number = Paragraph::new()
        .style(PAGE_NUMBER)
        .add_run(Run::new().add_text("— "))
        .add_page_num(docx_rs::PageNum::new())
        .add_run(Run::new().add_text(" —"));
    notes
        .iter()
        .fold(Footer::new().add_paragraph(number), |f, note| {
            f.add_paragraph(line(PAGE_NUMBER, note))
        })
}

/// The minutes as a .docx package.
pub fn minutes(m: &Minutes, fonts: &Fonts) -> anyhow::Result<Vec<u8>> {
    let (top, bottom, left, right) = MARGINS_MM;
    let mut doc = styles(Docx::new(), fonts)
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(mm(top))
                .bottom(mm(bottom))
                .left(mm(left))
                .right(mm(right))
                .header(mm(15.0))
                .footer(mm(FOOTER_MM)),
        )
        .footer(footer(&[]))
        .add_paragraph(line(TITLE, &m.document_title()))
        .add_table(tables::particulars(m));

    doc = doc.add_paragraph(line(SECTION, "议程").keep_next(true));
    if m.agenda.is_empty() {
        doc = doc.add_paragraph(line(BODY, "无"));
    }
    for (i, item) in m.agenda.iter().enumerate() {
        doc = doc.add_paragraph(line(BODY, &format!("{}. {}", i + 1, item)));
    }

    doc = doc.add_paragraph(line(SECTION, "发言").keep_next(true));
    for speech in &m.speeches {
        doc = doc.add_paragraph(line(SPEAKER, &Minutes::speech_heading(speech)).keep_next(true));
        for paragraph in long_lines(&speech.content) {
            let paragraph = paragraph.trim();
            if paragraph.is_empty() {
                continue;
            }
            doc = doc.add_paragraph(match outline_level(paragraph) {
                1 => line(LEVEL1, paragraph).keep_next(true),
                2 => line(LEVEL2, paragraph).keep_next(true),
                _ => line(BODY, paragraph),
            });
        }
    }

    doc = doc.add_paragraph(line(SECTION, "批评意见").keep_next(true));
    let mut any = false;
    for (s, first) in m.criticisms() {
        any = true;
        let target = s.target.as_deref().unwrap_or_default();
        doc = doc.add_paragraph(line(BODY, &format!("{} → {target}：{first}", s.speaker)));
    }
    if !any {
        doc = doc.add_paragraph(line(BODY, "无"));
    }

    // What closes the record keeps with the lines to sign, so that they never stand alone on
    // a last page that could be swapped for another.
    let summary: Vec<String> = m
        .summary
        .iter()
        .flat_map(|s| long_lines(s))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    let closing = summary.is_empty();
    doc = doc.add_paragraph(line(SECTION, "整改事项").keep_next(true));
    if m.items.is_empty() {
        doc = doc.add_paragraph(line(BODY, "无").keep_next(closing));
    } else {
        doc = doc.add_table(tables::items(m, closing));
    }
    if m.summary.is_some() {
        doc = doc.add_paragraph(line(SECTION, "会议小结").keep_next(true));
        let last = summary.len().saturating_sub(1);
        for (i, paragraph) in summary.iter().enumerate() {
            doc = doc.add_paragraph(line(BODY, paragraph).keep_next(i == last));
        }
    }

    // The lines to sign, kept together on one page: blanks of ideographic spaces, underlined
    // for the two signatures.
    let last = SIGNATURES.len() - 1;
    for (i, label) in SIGNATURES.into_iter().enumerate() {
        let blank = if i == last {
            Run::new().add_text("\u{3000}\u{3000}\u{3000}年\u{3000}\u{3000}月\u{3000}\u{3000}日")
        } else {
            Run::new()
                .add_text("\u{3000}".repeat(8))
                .underline("single")
        };
        let mut signature = Paragraph::new()
            .style(SIGN)
            .keep_next(i < last)
            .add_run(Run::new().add_text(format!("{label}：")))
            .add_run(blank);
        if i > 0 {
            // Room to sign between the lines; a full line only above the first.
            signature = signature.line_spacing(exact(BODY_LINE).before(BODY_LINE as u32 / 2));
        }
        doc = doc.add_paragraph(signature);
    }

    let mut stored = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut stored)?;
    package::finish(stored.into_inner())
}

#[cfg(test)]
mod tests;
