//! The ledgers (台账) superior organisations collect, as spreadsheets (.xlsx, written with
//! rust_xlsxwriter): the rectification ledger (整改台账) and the meeting ledger of a year
//! (会议台账) of a unit and every unit below it.
//!
//! Each is one sheet: a title row, a header row that stays in view (frozen) and carries the
//! filters, columns sized to what they hold, 宋体 throughout. Like the minutes, stored text
//! passes through [`one_line`] or [`long_lines`] first, so nothing a sheet cannot carry
//! reaches it.

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;
use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::rectification::{self, ItemStatus};
use crate::domain::{long_lines, one_line};
use crate::error::{AppError, Result};
use crate::export::minutes::{item_status_label, meeting_kind_label};

/// Rows one ledger holds at most. Every row is built in memory (as the minutes are), so the
/// size of a ledger is bounded like that of a meeting; past this, ask for a unit further down.
pub const MAX_ROWS: i64 = 10_000;
/// Characters of problems, measures and progress notes one rectification ledger holds at most
/// (each of them may be 5,000 characters long, so rows alone do not bound its size).
pub const MAX_TEXT_CHARS: i64 = 5_000_000;

/// The font of every cell, title and header included, and its character set (GB2312), so a
/// spreadsheet program picks the Chinese face rather than a fallback.
const FONT: &str = "宋体";
const FONT_CHARSET: u8 = 134;
/// Overdue rows: the light red fill and dark red text spreadsheet programs use for "bad".
const OVERDUE_FILL: u32 = 0xFFC7CE;
const OVERDUE_TEXT: u32 = 0x9C0006;
const HEADER_FILL: u32 = 0xD9D9D9;

/// One row of the rectification ledger.
#[derive(Debug)]
pub struct ItemLine {
    pub id: Uuid,
    pub unit: String,
    pub problem: String,
    pub measure: String,
    pub owner: String,
    pub due_on: NaiveDate,
    pub status: String,
    /// The latest progress note (整改进展).
    pub progress: Option<String>,
    /// 销号日期, in the service's time zone.
    pub verified_on: Option<NaiveDate>,
    /// 验收人: the display name of the user who verified it.
    pub verifier: Option<String>,
}

impl ItemLine {
    pub fn overdue(&self, today: NaiveDate) -> bool {
        ItemStatus::try_from(self.status.clone())
            .is_ok_and(|status| rectification::overdue(self.due_on, status, today))
    }
}

/// The rectification ledger (整改台账) of a unit and the units below it, by due date.
#[derive(Debug)]
pub struct RectificationLedger {
    pub unit: String,
    /// "Today" in the service's time zone, which decides what is overdue.
    pub as_of: NaiveDate,
    pub items: Vec<ItemLine>,
}

/// One row of the meeting ledger.
#[derive(Debug)]
pub struct MeetingLine {
    pub id: Uuid,
    /// The day it started, in the service's time zone.
    pub day: NaiveDate,
    pub unit: String,
    pub kind: String,
    pub title: String,
    /// 应到 / 实到
    pub expected: i32,
    pub present: i32,
    pub host: Option<String>,
    pub recorder: Option<String>,
    pub finalized: bool,
    /// The digest of the finalized record (记录摘要).
    pub digest: Option<String>,
}

/// The meeting ledger (会议台账) of a year: the meetings that took place (held or finalized)
/// in a unit and the units below it, by start.
#[derive(Debug)]
pub struct MeetingLedger {
    pub unit: String,
    pub year: i32,
    pub meetings: Vec<MeetingLine>,
}

/// The refusal of a ledger larger than the limits.
fn too_large(what: String) -> AppError {
    AppError::Conflict(format!(
        "{what}: export the ledger of a unit further down instead"
    ))
}

/// Read the rectification ledger of `unit` and every unit below it (the caller has checked
/// that `unit` is in reach: everything below it is too). 409 past [`MAX_ROWS`] rows or
/// [`MAX_TEXT_CHARS`] characters of text, before any row is read.
pub async fn rectification(
    conn: &mut PgConnection,
    unit: Uuid,
    today: NaiveDate,
    timezone: Tz,
) -> Result<RectificationLedger> {
    let name = unit_name(conn, unit).await?;
    let size = sqlx::query!(
        r#"select count(*) as "rows!",
                  coalesce(sum(char_length(i.problem) + char_length(i.measure)
                               + coalesce(char_length(n.note), 0)), 0)::int8 as "chars!"
           from rectification_items i
           join org_unit_closure c on c.descendant_id = i.org_unit_id and c.ancestor_id = $1
           left join lateral (select u.note from rectification_updates u
                              where u.item_id = i.id order by u.id desc limit 1) n on true"#,
        unit
    )
    .fetch_one(&mut *conn)
    .await?;
    check_size(size.rows, size.chars)?;
    let items = sqlx::query_as!(
        ItemLine,
        r#"select i.id, u.name as unit, i.problem, i.measure, p.name as owner, i.due_on,
                  i.status, n.note as "progress?",
                  (i.verified_at at time zone $2)::date as "verified_on?",
                  v.display_name as "verifier?"
           from rectification_items i
           join org_unit_closure c on c.descendant_id = i.org_unit_id and c.ancestor_id = $1
           join org_units u on u.id = i.org_unit_id
           join people p on p.id = i.owner_id
           left join users v on v.id = i.verified_by
           left join lateral (select up.note from rectification_updates up
                              where up.item_id = i.id order by up.id desc limit 1) n on true
           order by i.due_on, i.id
           limit $3"#,
        unit,
        timezone.name(),
        MAX_ROWS + 1
    )
    .fetch_all(&mut *conn)
    .await?;
    // Items recorded since the count are held to the same limits.
    let chars = items.iter().map(|i| {
        let note = i.progress.as_deref().unwrap_or_default();
        (i.problem.chars().count() + i.measure.chars().count() + note.chars().count()) as i64
    });
    check_size(items.len() as i64, chars.sum())?;
    Ok(RectificationLedger {
        unit: name,
        as_of: today,
        items,
    })
}

fn check_size(rows: i64, chars: i64) -> Result<()> {
    if rows > MAX_ROWS {
        return Err(too_large(format!(
            "the rectification ledger would hold {rows} items, more than {MAX_ROWS}"
        )));
    }
    if chars > MAX_TEXT_CHARS {
        return Err(too_large(format!(
            "the rectification ledger would hold {chars} characters of problems, measures and \
             progress notes, more than {MAX_TEXT_CHARS}"
        )));
    }
    Ok(())
}

/// Read the meeting ledger of `year` (in the service's time zone) of `unit` and every unit
/// below it (the caller has checked that `unit` is in reach). 409 past [`MAX_ROWS`] meetings.
pub async fn meetings(
    conn: &mut PgConnection,
    unit: Uuid,
    year: i32,
    timezone: Tz,
) -> Result<MeetingLedger> {
    let name = unit_name(conn, unit).await?;
    let meetings = sqlx::query_as!(
        MeetingLine,
        r#"select m.id, (m.starts_at at time zone $3)::date as "day!", u.name as unit, m.kind,
                  m.title, m.attendance_expected as expected, m.attendance_present as present,
                  h.name as "host?", r.name as "recorder?",
                  m.status = 'finalized' as "finalized!",
                  m.record_digest as "digest?"
           from meetings m
           join org_unit_closure c on c.descendant_id = m.org_unit_id and c.ancestor_id = $1
           join org_units u on u.id = m.org_unit_id
           left join people h on h.id = m.host_id
           left join people r on r.id = m.recorder_id
           where m.status in ('held', 'finalized')
             and extract(year from m.starts_at at time zone $3)::integer = $2
           order by m.starts_at, m.id
           limit $4"#,
        unit,
        year,
        timezone.name(),
        MAX_ROWS + 1
    )
    .fetch_all(&mut *conn)
    .await?;
    if meetings.len() as i64 > MAX_ROWS {
        return Err(too_large(format!(
            "the meeting ledger of {year} would hold more than {MAX_ROWS} meetings"
        )));
    }
    Ok(MeetingLedger {
        unit: name,
        year,
        meetings,
    })
}

async fn unit_name(conn: &mut PgConnection, unit: Uuid) -> Result<String> {
    sqlx::query_scalar!("select name from org_units where id = $1", unit)
        .fetch_optional(conn)
        .await?
        .ok_or_else(|| AppError::NotFound("no such record".into()))
}

/// A column of a ledger: its header, and where its text wraps. Every column is as wide as
/// its widest cell (in the widths of a digit; a Chinese character takes two), but one that
/// wraps grows no wider than `wrap_at` and wraps its text instead.
struct Column {
    header: &'static str,
    wrap_at: Option<f64>,
}

const fn column(header: &'static str) -> Column {
    Column {
        header,
        wrap_at: None,
    }
}

const fn wrapped(header: &'static str, wrap_at: f64) -> Column {
    Column {
        header,
        wrap_at: Some(wrap_at),
    }
}

const RECTIFICATION_COLUMNS: [Column; 10] = [
    column("序号"),
    wrapped("单位", 24.0),
    wrapped("问题", 50.0),
    wrapped("整改措施", 50.0),
    wrapped("责任人", 14.0),
    column("完成时限"),
    wrapped("进展", 50.0),
    column("状态"),
    column("销号日期"),
    wrapped("验收人", 14.0),
];

const MEETING_COLUMNS: [Column; 11] = [
    column("序号"),
    column("日期"),
    wrapped("单位", 24.0),
    column("类别"),
    wrapped("题目", 44.0),
    column("应到"),
    column("实到"),
    wrapped("主持人", 14.0),
    wrapped("记录人", 14.0),
    column("是否定稿"),
    column("记录摘要"),
];

/// What one cell holds.
enum Cell {
    /// Text, on one line or (a long text) on several.
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Blank,
}

fn text(value: &str) -> Cell {
    Cell::Text(one_line(value).into_owned())
}

fn lines(value: &str) -> Cell {
    Cell::Text(long_lines(value).collect::<Vec<_>>().join("\n"))
}

fn optional(value: Option<&str>) -> Cell {
    value.map_or(Cell::Blank, text)
}

impl RectificationLedger {
    /// The title of the sheet, and the file's name without its extension.
    pub fn title(&self) -> String {
        format!("{}整改台账", one_line(&self.unit))
    }

    /// The status as the ledger says it: in Chinese, and 已逾期 when overdue.
    pub fn status(&self, item: &ItemLine) -> String {
        let label = item_status_label(&item.status);
        if item.overdue(self.as_of) {
            format!("{label}（已逾期）")
        } else {
            label.to_owned()
        }
    }

    pub fn xlsx(&self) -> anyhow::Result<Vec<u8>> {
        let rows = self.items.iter().enumerate().map(|(i, item)| {
            let cells = vec![
                Cell::Number((i + 1) as f64),
                text(&item.unit),
                lines(&item.problem),
                lines(&item.measure),
                text(&item.owner),
                Cell::Date(item.due_on),
                item.progress.as_deref().map_or(Cell::Blank, lines),
                Cell::Text(self.status(item)),
                item.verified_on.map_or(Cell::Blank, Cell::Date),
                optional(item.verifier.as_deref()),
            ];
            (cells, item.overdue(self.as_of))
        });
        let title = format!("{}（截至 {}）", self.title(), self.as_of);
        workbook("整改台账", &title, &RECTIFICATION_COLUMNS, rows)
    }
}

impl MeetingLedger {
    /// The title of the sheet, and the file's name without its extension.
    pub fn title(&self) -> String {
        format!("{}{}年会议台账", one_line(&self.unit), self.year)
    }

    pub fn xlsx(&self) -> anyhow::Result<Vec<u8>> {
        let rows = self.meetings.iter().enumerate().map(|(i, m)| {
            let cells = vec![
                Cell::Number((i + 1) as f64),
                Cell::Date(m.day),
                text(&m.unit),
                Cell::Text(meeting_kind_label(&m.kind).to_owned()),
                text(&m.title),
                Cell::Number(m.expected.into()),
                Cell::Number(m.present.into()),
                optional(m.host.as_deref()),
                optional(m.recorder.as_deref()),
                Cell::Text(if m.finalized { "是" } else { "否" }.to_owned()),
                optional(m.digest.as_deref()),
            ];
            (cells, false)
        });
        workbook("会议台账", &self.title(), &MEETING_COLUMNS, rows)
    }
}

/// The formats of the cells of one kind of row.
struct RowFormats {
    text: Format,
    wrapped: Format,
    number: Format,
    date: Format,
}

impl RowFormats {
    fn new(base: &Format) -> Self {
        RowFormats {
            text: base.clone(),
            wrapped: base.clone().set_text_wrap(),
            number: base.clone().set_align(FormatAlign::Center),
            date: base
                .clone()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Center),
        }
    }
}

/// A workbook of one sheet `name`: `title` over the merged first row, the headers of `columns`
/// in the second (frozen, filtered, repeated on every printed page), then `rows`, each with
/// whether it is marked overdue.
fn workbook(
    name: &str,
    title: &str,
    columns: &[Column],
    rows: impl Iterator<Item = (Vec<Cell>, bool)>,
) -> anyhow::Result<Vec<u8>> {
    let font = Format::new()
        .set_font_name(FONT)
        .set_font_charset(FONT_CHARSET)
        .set_font_size(11);
    let mut workbook = Workbook::new();
    // 宋体 11 is 72 by 18 pixels a cell in Chinese Excel: the default, so empty cells match.
    workbook.set_default_format(&font, 18, 72)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(name)?;

    let base = font
        .clone()
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin);
    let plain = RowFormats::new(&base);
    let overdue = RowFormats::new(
        &base
            .clone()
            .set_background_color(Color::RGB(OVERDUE_FILL))
            .set_font_color(Color::RGB(OVERDUE_TEXT)),
    );
    let header = base
        .clone()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_text_wrap()
        .set_background_color(Color::RGB(HEADER_FILL));
    let title_format = font
        .clone()
        .set_bold()
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);

    let last_col = (columns.len() - 1) as u16;
    sheet.merge_range(0, 0, 0, last_col, &one_line(title), &title_format)?;
    sheet.set_row_height(0, 30)?;
    let mut widths: Vec<usize> = Vec::with_capacity(columns.len());
    for (col, column) in columns.iter().enumerate() {
        sheet.write_string_with_format(1, col as u16, column.header, &header)?;
        widths.push(display_width(column.header));
    }

    let mut row = 1u32;
    for (cells, marked) in rows {
        row += 1;
        let formats = if marked { &overdue } else { &plain };
        for (col, cell) in cells.into_iter().enumerate() {
            let at = col as u16;
            let width = match cell {
                Cell::Text(value) => {
                    let format = match columns[col].wrap_at {
                        Some(_) => &formats.wrapped,
                        None => &formats.text,
                    };
                    sheet.write_string_with_format(row, at, &value, format)?;
                    value.lines().map(display_width).max().unwrap_or(0)
                }
                Cell::Number(value) => {
                    sheet.write_number_with_format(row, at, value, &formats.number)?;
                    value.to_string().len()
                }
                Cell::Date(day) => {
                    sheet.write_datetime_with_format(row, at, excel_date(day)?, &formats.date)?;
                    10
                }
                Cell::Blank => {
                    sheet.write_blank(row, at, &formats.text)?;
                    0
                }
            };
            widths[col] = widths[col].max(width);
        }
    }

    for (col, (column, width)) in columns.iter().zip(widths).enumerate() {
        // Two digits of padding; Excel allows 255 at most.
        let width = (width as f64 + 2.0).min(column.wrap_at.unwrap_or(255.0));
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.set_freeze_panes(2, 0)?;
    sheet.autofilter(1, 0, row, last_col)?;
    print_setup(sheet)?;
    Ok(workbook.save_to_buffer()?)
}

/// Printed: A4 landscape, one page wide, the header row on every page.
fn print_setup(sheet: &mut Worksheet) -> anyhow::Result<()> {
    const A4: u8 = 9;
    sheet.set_paper_size(A4);
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(1, 1)?;
    Ok(())
}

fn excel_date(day: NaiveDate) -> anyhow::Result<ExcelDateTime> {
    Ok(ExcelDateTime::from_ymd(
        u16::try_from(day.year())?,
        day.month() as u8,
        day.day() as u8,
    )?)
}

/// How wide `text` shows, in the widths of a Latin digit: East Asian characters (and
/// full-width forms) take two.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF => 2,
            0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_characters_are_twice_as_wide_as_digits() {
        assert_eq!(display_width("2026-12-31"), 10);
        assert_eq!(display_width("整改台账"), 8);
        assert_eq!(display_width("第1党支部（机关）"), 17);
    }

    #[test]
    fn an_item_is_overdue_until_verified() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let item = |status: &str| ItemLine {
            id: Uuid::nil(),
            unit: "第一党支部".into(),
            problem: "问题".into(),
            measure: "措施".into(),
            owner: "李党员".into(),
            due_on: day(10),
            status: status.into(),
            progress: None,
            verified_on: None,
            verifier: None,
        };
        let ledger = RectificationLedger {
            unit: "第一党支部".into(),
            as_of: day(11),
            items: Vec::new(),
        };
        assert_eq!(ledger.status(&item("in_progress")), "整改中（已逾期）");
        assert_eq!(ledger.status(&item("verified")), "已销号");
        assert!(!item("open").overdue(day(10)));
    }
}
