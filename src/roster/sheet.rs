//! The cells of the first sheet of an .xlsx workbook, or of a CSV file, as rows of text.
//!
//! Both are read with bounds an upload cannot get around: a CSV is at most the body limit; an
//! .xlsx is a zip whose parts are inflated into a counter first (a few KB of deflate can
//! declare gigabytes), and its cells are read one by one, never as the rectangle the sheet
//! claims to span (one cell at XFD1048576 would make that rectangle 17 billion cells).

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};

use crate::domain::Invalid;

/// Most rows (besides the heading) and columns read from one file.
pub const MAX_ROWS: usize = 1000;
pub const MAX_COLUMNS: usize = 26;

/// Largest inflated size of one part of an .xlsx, and of all its parts together.
const MAX_PART_BYTES: u64 = 16 * 1024 * 1024;
const MAX_PACKAGE_BYTES: u64 = 32 * 1024 * 1024;
const MAX_PARTS: usize = 500;

/// A row of the sheet: its number as the spreadsheet shows it (1 = the first row) and its
/// cells' text, trimmed, up to [`MAX_COLUMNS`] of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: u32,
    pub cells: Vec<String>,
}

fn unreadable(message: impl Into<String>) -> Invalid {
    Invalid::new("/file", message)
}

/// The non-empty rows of a CSV file: UTF-8 (with or without a byte-order mark), or GB18030 —
/// what Excel writes for "CSV" on a Chinese Windows — when the bytes are not UTF-8.
pub fn csv_rows(bytes: &[u8]) -> Result<Vec<Row>, Invalid> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.trim_start_matches('\u{feff}').to_owned(),
        Err(_) => {
            let (text, _, malformed) = encoding_rs::GB18030.decode(bytes);
            if malformed {
                return Err(unreadable(
                    "the CSV file is neither UTF-8 nor GB18030 (GBK) text",
                ));
            }
            text.into_owned()
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| unreadable(format!("not a readable CSV file: {e}")))?;
        let number = record
            .position()
            .map_or(0, |p| u32::try_from(p.line()).unwrap_or(u32::MAX));
        let cells: Vec<String> = record
            .iter()
            .take(MAX_COLUMNS)
            .map(|c| c.trim().to_owned())
            .collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if rows.len() > MAX_ROWS {
            return Err(too_many_rows());
        }
        rows.push(Row { number, cells });
    }
    Ok(rows)
}

fn too_many_rows() -> Invalid {
    Invalid::new(
        "/rows",
        format!("at most {MAX_ROWS} people can be imported at once"),
    )
}

/// Inflate every part of the package into a counter, refusing one that inflates past the
/// limits (or lies about its size) before the spreadsheet reader keeps anything in memory.
fn check_package(bytes: &[u8]) -> Result<(), Invalid> {
    let not_xlsx = || unreadable("not an .xlsx workbook");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    if zip.len() > MAX_PARTS {
        return Err(not_xlsx());
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let part = zip.by_index(i).map_err(|_| not_xlsx())?;
        let inflated = std::io::copy(&mut part.take(MAX_PART_BYTES + 1), &mut std::io::sink())
            .map_err(|_| not_xlsx())?;
        total += inflated;
        if inflated > MAX_PART_BYTES || total > MAX_PACKAGE_BYTES {
            return Err(unreadable(format!(
                "the workbook holds more than {} MB of data; keep the member list in a sheet of its own",
                MAX_PACKAGE_BYTES / 1024 / 1024
            )));
        }
    }
    Ok(())
}

/// The text of a cell as a person reads it: whole numbers without ".0" (a username such as
/// 2024001 typed into a number cell), dates as they are.
fn text(cell: Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        other => other.to_string().trim().to_owned(),
    }
}

/// The non-empty rows of the workbook's first sheet.
pub fn xlsx_rows(bytes: &[u8]) -> Result<Vec<Row>, Invalid> {
    check_package(bytes)?;
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| unreadable(format!("not a readable .xlsx workbook: {e}")))?;
    let first = workbook
        .sheet_names()
        .into_iter()
        .next()
        .ok_or_else(|| unreadable("the workbook has no sheet"))?;
    let mut cells = workbook
        .worksheet_cells_reader(&first)
        .map_err(|e| unreadable(format!("the first sheet cannot be read: {e}")))?;
    let mut rows: Vec<Row> = Vec::new();
    while let Some(cell) = cells
        .next_cell()
        .map_err(|e| unreadable(format!("the first sheet cannot be read: {e}")))?
    {
        let (row, column) = cell.get_position();
        let column = column as usize;
        let value = text(Data::from(cell.get_value().clone()));
        if column >= MAX_COLUMNS || value.is_empty() {
            continue;
        }
        let number = row.saturating_add(1);
        if rows.last().is_none_or(|last| last.number != number) {
            if rows.len() > MAX_ROWS {
                return Err(too_many_rows());
            }
            rows.push(Row {
                number,
                cells: Vec::new(),
            });
        }
        let current = &mut rows.last_mut().expect("pushed above").cells;
        if current.len() <= column {
            current.resize(column + 1, String::new());
        }
        current[column] = value;
    }
    // Cells come row by row in the sheet's XML; keep the spreadsheet's order regardless.
    rows.sort_by_key(|r| r.number);
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_in_utf8_with_a_byte_order_mark_and_in_gbk() {
        let utf8 = "\u{feff}姓名,职务\n张伟,支部书记\n\n,\n李娜,\n".as_bytes();
        let rows = csv_rows(utf8).unwrap();
        assert_eq!(
            rows,
            vec![
                Row {
                    number: 1,
                    cells: vec!["姓名".into(), "职务".into()]
                },
                Row {
                    number: 2,
                    cells: vec!["张伟".into(), "支部书记".into()]
                },
                Row {
                    number: 5,
                    cells: vec!["李娜".into(), "".into()]
                },
            ]
        );
        let (gbk, _, _) = encoding_rs::GBK.encode("姓名,职务\n王芳,组织委员\n");
        let rows = csv_rows(&gbk).unwrap();
        assert_eq!(rows[1].cells, vec!["王芳", "组织委员"]);
    }

    #[test]
    fn a_csv_that_is_no_known_text_is_refused() {
        let e = csv_rows(&[0xff, 0xfe, 0xff, 0x00, 0x81]).unwrap_err();
        assert_eq!(e.field, "/file");
    }

    #[test]
    fn too_many_rows_are_refused() {
        let mut csv = String::from("姓名\n");
        for i in 0..=MAX_ROWS {
            csv.push_str(&format!("p{i}\n"));
        }
        assert_eq!(csv_rows(csv.as_bytes()).unwrap_err().field, "/rows");
    }

    #[test]
    fn something_else_is_not_a_workbook() {
        assert_eq!(xlsx_rows(b"PK\x03\x04 nope").unwrap_err().field, "/file");
        assert_eq!(xlsx_rows(b"name,title").unwrap_err().field, "/file");
    }

    #[test]
    fn a_zip_that_inflates_past_the_limit_is_refused_before_it_is_read() {
        use std::io::Write;
        let mut package = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        package
            .start_file("xl/worksheets/sheet1.xml", options)
            .unwrap();
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..=MAX_PART_BYTES / (1024 * 1024) {
            package.write_all(&zeros).unwrap();
        }
        let bytes = package.finish().unwrap().into_inner();
        assert!(bytes.len() < 100 * 1024, "a small upload: {}", bytes.len());
        let e = xlsx_rows(&bytes).unwrap_err();
        assert!(e.message.contains("MB"), "{e}");
    }
}
