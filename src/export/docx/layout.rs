//! The page and the style sheet of the Word minutes: A4 and the GB/T 9704 margins, sizes,
//! the fixed line, the named paragraph styles and the fonts they ask for.

use docx_rs::{
    AlignmentType, Docx, LineSpacing, LineSpacingType, Paragraph, Run, RunFonts, SpecialIndentType,
    Style, StyleType,
};

use crate::domain::one_line;

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
pub(super) const TWIPS_PER_MM: f64 = 56.692_913;

pub(super) fn mm(v: f64) -> i32 {
    (v * TWIPS_PER_MM).round() as i32
}

/// A4, and the text area GB/T 9704 leaves inside its margins.
pub(super) const PAGE_WIDTH: u32 = 11_906;
pub(super) const PAGE_HEIGHT: u32 = 16_838;
pub(super) const MARGINS_MM: (f64, f64, f64, f64) = (37.0, 35.0, 28.0, 26.0); // top, bottom, left, right
/// The page number's line sits 7 mm below the text area (its foot about 22 mm from the edge).
pub(super) const FOOTER_MM: f64 = 22.0;

pub(super) fn text_width() -> i32 {
    PAGE_WIDTH as i32 - mm(MARGINS_MM.2) - mm(MARGINS_MM.3)
}

/// Sizes in half-points: 二号, 三号, 四号.
pub(super) const TITLE_SIZE: usize = 44;
pub(super) const BODY_SIZE: usize = 32;
pub(super) const TABLE_SIZE: usize = 28;
/// 五号, for a SHA-256 in hex: with its label, its 64 digits fit on one line.
pub(super) const HASH_SIZE: usize = 21;
/// 28.95 pt, in twips: 22 lines in the 225 mm of text height.
pub(super) const BODY_LINE: i32 = 579;
/// A table line, for 四号 text.
pub(super) const TABLE_LINE: i32 = 400;
/// Two characters of 三号 (16 pt), in twips.
pub(super) const FIRST_LINE_INDENT: i32 = 2 * 16 * 20;

/// The style of a table whose first row is repeated at the top of every page it runs onto
/// (`w:tblHeader`, which `package` adds to that row: docx-rs has no API for it).
pub(super) const REPEATING: &str = "MinutesRepeatingHeader";

/// Paragraph styles, so that a secretary editing the file finds them by name.
pub(super) const TITLE: &str = "MinutesTitle";
pub(super) const SECTION: &str = "MinutesSection";
pub(super) const SPEAKER: &str = "MinutesSpeaker";
pub(super) const BODY: &str = "MinutesBody";
pub(super) const LEVEL1: &str = "MinutesHeading1";
pub(super) const LEVEL2: &str = "MinutesHeading2";
pub(super) const CELL: &str = "MinutesCell";
pub(super) const CELL_HEAD: &str = "MinutesCellHead";
pub(super) const SIGN: &str = "MinutesSignature";
pub(super) const PAGE_NUMBER: &str = "MinutesPageNumber";

pub(super) fn fonts_of(name: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(name)
        .ascii(name)
        .hi_ansi(name)
        .cs(name)
}

pub(super) fn exact(line: i32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(line)
}

pub(super) fn styles(docx: Docx, fonts: &Fonts) -> Docx {
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
        .add_style(Style::new(REPEATING, StyleType::Table).name("表头重复的表格"))
}

/// A paragraph of one line of stored text in `style` (control characters dropped: XML cannot
/// carry them, and Word calls a document with one corrupt).
pub(super) fn line(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(one_line(text)))
}
