//! The two tables of the minutes: the particulars, and the rectification items.

use docx_rs::{
    Paragraph, Run, Table, TableCell, TableCellMargins, TableLayoutType, TableRow, VAlignType,
    WidthType,
};

use super::layout::{CELL, CELL_HEAD, REPEATING, TABLE_SIZE, line, text_width};
use crate::domain::{long_lines, one_line};
use crate::export::minutes::{Minutes, OVERDUE_MARK, item_status_label};

/// The cells' left and right margins (1.5 mm), set on every table so that the widths below
/// hold in any viewer.
const CELL_MARGIN: i32 = 85;
const CELL_MARGINS: i32 = 2 * CELL_MARGIN;

/// Twips a cell needs for `text` on one line in the table's 四号: a full-width character is
/// one em; a digit or other half-width one is counted at 0.6 em (the faces that stand in for
/// 仿宋's Latin are wider than half), and a quarter em is left for rounding in the viewer.
fn width_of(text: &str) -> i32 {
    let em = TABLE_SIZE as i32 * 10; // half-points to twips
    let tenths: i32 = text
        .chars()
        .map(|c| if c.is_ascii() { 6 } else { 10 })
        .sum();
    tenths * em / 10 + em / 4 + CELL_MARGINS
}

fn cell(paragraphs: Vec<Paragraph>, width: i32) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), TableCell::add_paragraph)
        .width(width as usize, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
}

/// A long text as the paragraphs of a cell (a cell needs at least one).
fn paragraphs(text: &str) -> Vec<Paragraph> {
    let lines: Vec<Paragraph> = long_lines(text)
        .filter(|l| !l.trim().is_empty())
        .map(|l| line(CELL, l.trim()))
        .collect();
    if lines.is_empty() {
        vec![line(CELL, "")]
    } else {
        lines
    }
}

fn table(rows: Vec<TableRow>, grid: &[i32]) -> Table {
    Table::new(rows)
        .set_grid(grid.iter().map(|&w| w as usize).collect())
        .width(grid.iter().sum::<i32>() as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(
            TableCellMargins::new()
                .margin_left(CELL_MARGIN as usize, WidthType::Dxa)
                .margin_right(CELL_MARGIN as usize, WidthType::Dxa),
        )
}

/// Labels in a narrow column, as wide as the longest; values beside them, centred vertically
/// against their labels.
pub(super) fn particulars(m: &Minutes) -> Table {
    let rows = m.particulars();
    let label = rows.iter().map(|(l, _)| width_of(l)).max().unwrap_or(0);
    let grid = [label, text_width() - label];
    let rows = rows
        .into_iter()
        .map(|(l, v)| {
            TableRow::new(vec![
                cell(vec![line(CELL_HEAD, l)], grid[0]),
                cell(vec![line(CELL, &v)], grid[1]),
            ])
            .cant_split()
        })
        .collect();
    table(rows, &grid)
}

/// 序号 / 问题 / 整改措施 / 责任人 / 完成时限 / 状态: the short columns as wide as their
/// longest entry (a date or a name never breaks), the two texts sharing what is left. The
/// header row repeats on every page and no row splits across pages; an overdue item carries
/// the mark under its status. With `keep_with_next` the last row keeps with the paragraph after
/// the table (Word keeps a table with what follows when its last row's paragraphs do).
pub(super) fn items(m: &Minutes, keep_with_next: bool) -> Table {
    const HEAD: [&str; 6] = ["序号", "问题", "整改措施", "责任人", "完成时限", "状态"];
    let widest = |texts: &mut dyn Iterator<Item = String>, head: &str| {
        texts.map(|t| width_of(&t)).fold(width_of(head), i32::max)
    };
    let number = widest(&mut (1..=m.items.len()).map(|i| i.to_string()), HEAD[0]);
    // Names beyond six characters wrap rather than squeeze the texts.
    let owner = widest(
        &mut m
            .items
            .iter()
            .map(|i| one_line(&i.owner).chars().take(6).collect()),
        HEAD[3],
    );
    let due = widest(&mut m.items.iter().map(|i| i.due_on.to_string()), HEAD[4]);
    let status = widest(
        &mut m
            .items
            .iter()
            .map(|i| item_status_label(&i.status).to_owned())
            .chain(std::iter::once(format!("（{OVERDUE_MARK}）"))),
        HEAD[5],
    );
    let texts = text_width() - number - owner - due - status;
    let grid = [number, texts / 2, texts - texts / 2, owner, due, status];

    let head = TableRow::new(
        HEAD.iter()
            .zip(grid)
            .map(|(h, w)| cell(vec![line(CELL_HEAD, h)], w))
            .collect(),
    )
    .cant_split();
    let mut rows = vec![head];
    let last = m.items.len().saturating_sub(1);
    for (i, item) in m.items.iter().enumerate() {
        let keep = keep_with_next && i == last;
        let centred = |t: &str| {
            line(CELL, t)
                .align(docx_rs::AlignmentType::Center)
                .keep_next(keep)
        };
        let mut status = vec![centred(item_status_label(&item.status))];
        if m.is_overdue(item) {
            status.push(
                Paragraph::new()
                    .style(CELL)
                    .align(docx_rs::AlignmentType::Center)
                    .keep_next(keep)
                    .add_run(Run::new().add_text(format!("（{OVERDUE_MARK}）")).bold()),
            );
        }
        let text = |t: &str| {
            paragraphs(t)
                .into_iter()
                .map(|p| p.keep_next(keep))
                .collect()
        };
        rows.push(
            TableRow::new(vec![
                cell(vec![centred(&(i + 1).to_string())], grid[0]),
                cell(text(&m.marked_problem(item)), grid[1]),
                cell(text(&item.measure), grid[2]),
                cell(vec![centred(&item.owner)], grid[3]),
                cell(vec![centred(&item.due_on.to_string())], grid[4]),
                cell(status, grid[5]),
            ])
            .cant_split(),
        );
    }
    table(rows, &grid).style(REPEATING)
}
