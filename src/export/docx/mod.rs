//! The minutes as a Word document laid out as Chinese official documents are (GB/T 9704-2012,
//! adapted to a 会议记录): A4 with the standard's margins, a 二号 title, 三号 仿宋 body text
//! with a two-character first-line indent at a fixed 28.95 pt line (22 lines a page), 黑体 and
//! 楷体 for the speeches' own 一、 and （一） headings, tables whose header row repeats and whose
//! rows do not split, page numbers "— 1 —" at the foot, lines to sign at the end, and the
//! attachments after them ([`annex`]).
//!
//! Built with docx-rs; what it cannot write (a repeated header row, the East Asian language
//! tag) is added to its XML by [`package`], through an XML reader and writer.

mod annex;
mod layout;
mod package;
mod tables;

use docx_rs::{Docx, Footer, PageMargin, Paragraph, Run};

pub use layout::Fonts;
use layout::*;

use super::minutes::{COUNTS_LABEL, Minutes, SIGNATURES, outline_level};
use crate::domain::{long_lines, one_line};

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
    let pictures = annex::pictures(m);
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
        .footer(footer(
            &crate::export::marks::footer(&m.marks)
                .into_iter()
                .collect::<Vec<_>>(),
        ))
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
        doc = doc.add_paragraph(line(SPEAKER, &m.marked_heading(speech)).keep_next(true));
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

    if !m.decisions.is_empty() {
        doc = doc.add_paragraph(line(SECTION, "决议").keep_next(true));
        for (i, d) in m.decisions.iter().enumerate() {
            let mut heading = line(LEVEL1, &Minutes::decision_heading(i, d)).keep_next(true);
            if i > 0 {
                // Half a line between one decision and the next.
                heading = heading.line_spacing(exact(BODY_LINE).before(BODY_LINE as u32 / 2));
            }
            doc = doc.add_paragraph(heading);
            let lines = Minutes::decision_lines(d);
            let last = lines.len() - 1;
            let counts = lines
                .iter()
                .position(|l| l.label == COUNTS_LABEL)
                .unwrap_or(last);
            for (n, l) in lines.into_iter().enumerate() {
                // The count, the votes, the result and the rule that decided it read as one
                // block on one page; the motion may run on from the page before.
                let mut value = Run::new().add_text(one_line(&l.value));
                if l.strong {
                    value = value.bold();
                }
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .style(BODY)
                        .keep_next(n >= counts && n < last)
                        .add_run(Run::new().add_text(format!("{}：", l.label)))
                        .add_run(value),
                );
            }
        }
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
    if !summary.is_empty() {
        doc = doc.add_paragraph(line(SECTION, "会议小结").keep_next(true));
        let last = summary.len().saturating_sub(1);
        for (i, paragraph) in summary.iter().enumerate() {
            doc = doc.add_paragraph(line(BODY, paragraph).keep_next(i == last));
        }
    }

    for note in annex::note(m) {
        doc = doc.add_paragraph(note);
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

    if !m.attachments.is_empty() {
        doc = annex::appendix(doc, m, pictures);
    }

    let mut stored = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut stored)?;
    package::finish(stored.into_inner())
}

#[cfg(test)]
mod tests;
