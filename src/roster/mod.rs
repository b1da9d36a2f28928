//! A branch's member list as branches keep it — an .xlsx workbook or a CSV file with the
//! columns 姓名, 职务, 类别 (党员 or 列席) and optionally 用户名 — read into the people to
//! register. Every row is checked here on its own; what the database already holds (people of
//! the unit, usernames taken) is checked by the import itself.
//!
//! Problems are named by a pointer to the row as the spreadsheet numbers it and the column:
//! `/rows/3/name` is the 姓名 cell of row 3.

mod sheet;

use std::collections::HashMap;

use crate::domain::{Invalid, Username, required_text};

pub use sheet::{MAX_COLUMNS, MAX_ROWS, Row};

/// Largest file accepted, in bytes.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Longest name and title, as for people registered one by one.
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_TITLE_CHARS: usize = 100;

/// How the file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

/// Whether a row is a member of the unit or a guest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Member,
    Guest,
}

/// One person of the list, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The row's number in the spreadsheet (the heading is usually row 1).
    pub row: u32,
    pub name: String,
    pub title: Option<String>,
    pub standing: Standing,
    pub username: Option<Username>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Name,
    Title,
    Kind,
    Username,
}

impl Column {
    /// The column's pointer segment.
    fn key(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Title => "title",
            Column::Kind => "kind",
            Column::Username => "username",
        }
    }

    /// The column a heading names, in the words branches use.
    fn of_heading(heading: &str) -> Option<Column> {
        let heading = heading.trim().to_lowercase();
        match heading.as_str() {
            "姓名" | "name" => Some(Column::Name),
            "职务" | "职位" | "title" => Some(Column::Title),
            "类别" | "身份" | "人员类别" | "kind" => Some(Column::Kind),
            "用户名" | "账号" | "帐号" | "username" => Some(Column::Username),
            _ => None,
        }
    }
}

const HEADINGS: &str = "姓名 (required), 职务, 类别 (党员 or 列席) and 用户名";

fn standing(raw: &str) -> Option<Standing> {
    match raw.trim().to_lowercase().as_str() {
        "" | "党员" | "正式党员" | "预备党员" | "member" => Some(Standing::Member),
        "列席" | "来宾" | "嘉宾" | "guest" => Some(Standing::Guest),
        _ => None,
    }
}

fn at(row: u32, column: Column) -> String {
    format!("/rows/{row}/{}", column.key())
}

/// The people of the file, or every problem found in it (nothing is partly read).
pub fn read(format: Format, bytes: &[u8]) -> Result<Vec<Entry>, Vec<Invalid>> {
    let rows = match format {
        Format::Csv => sheet::csv_rows(bytes),
        Format::Xlsx => sheet::xlsx_rows(bytes),
    }
    .map_err(|e| vec![e])?;
    entries(&rows)
}

/// The first row names the columns; every later row is a person.
fn entries(rows: &[Row]) -> Result<Vec<Entry>, Vec<Invalid>> {
    let Some((heading, people)) = rows.split_first() else {
        return Err(vec![Invalid::new(
            "/file",
            format!("the file is empty; its first row names the columns: {HEADINGS}"),
        )]);
    };
    let mut columns: HashMap<Column, usize> = HashMap::new();
    for (i, cell) in heading.cells.iter().enumerate() {
        if let Some(column) = Column::of_heading(cell)
            && columns.insert(column, i).is_some()
        {
            return Err(vec![Invalid::new(
                "/file",
                format!("the column {cell} is there twice"),
            )]);
        }
    }
    if !columns.contains_key(&Column::Name) {
        return Err(vec![Invalid::new(
            "/file",
            format!(
                "row {} must name the columns: {HEADINGS}; no 姓名 column was found",
                heading.number
            ),
        )]);
    }
    if people.is_empty() {
        return Err(vec![Invalid::new("/rows", "the file lists nobody")]);
    }
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    let mut names: HashMap<String, u32> = HashMap::new();
    let mut usernames: HashMap<String, u32> = HashMap::new();
    for row in people {
        let cell = |column: Column| {
            columns
                .get(&column)
                .and_then(|&i| row.cells.get(i))
                .map_or("", |c| c.as_str())
        };
        let mut problem = |column: Column, message: String| {
            problems.push(Invalid::new(&at(row.number, column), message));
        };
        let name = required_text(
            &at(row.number, Column::Name),
            cell(Column::Name),
            MAX_NAME_CHARS,
        )
        .map_err(|e| problem(Column::Name, e.message))
        .ok();
        if let Some(name) = &name
            && let Some(first) = names.insert(name.clone(), row.number)
        {
            problem(
                Column::Name,
                format!(
                    "{name} is also in row {first}: people with the same name are registered one by one"
                ),
            );
        }
        let title = match cell(Column::Title) {
            "" => Ok(None),
            raw => required_text(&at(row.number, Column::Title), raw, MAX_TITLE_CHARS)
                .map(Some)
                .map_err(|e| problem(Column::Title, e.message)),
        };
        let standing = standing(cell(Column::Kind)).ok_or_else(|| {
            problem(
                Column::Kind,
                format!(
                    "{} is neither 党员 (member) nor 列席 (guest)",
                    cell(Column::Kind)
                ),
            )
        });
        let username = match cell(Column::Username) {
            "" => Ok(None),
            raw => Username::parse(raw)
                .map(Some)
                .map_err(|e| problem(Column::Username, e)),
        };
        if let Ok(Some(username)) = &username
            && let Some(first) = usernames.insert(username.as_str().to_lowercase(), row.number)
        {
            problem(
                Column::Username,
                format!("{} is also in row {first}", username.as_str()),
            );
        }
        if let (Some(name), Ok(title), Ok(standing), Ok(username)) =
            (name, title, standing, username)
        {
            entries.push(Entry {
                row: row.number,
                name,
                title,
                standing,
                username,
            });
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(lines: &[&[&str]]) -> Vec<Row> {
        lines
            .iter()
            .enumerate()
            .map(|(i, cells)| Row {
                number: i as u32 + 1,
                cells: cells.iter().map(|c| c.to_string()).collect(),
            })
            .collect()
    }

    #[test]
    fn columns_are_found_by_their_headings_in_any_order() {
        let entries = entries(&rows(&[
            &["序号", "用户名", "姓名", "类别", "职务"],
            &["1", "", "张伟", "党员", "支部书记"],
            &["2", "li.na", "李娜", "", ""],
            &["3", "", "王市长", "列席", "市长"],
        ]))
        .unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].name, "张伟");
        assert_eq!(entries[0].title.as_deref(), Some("支部书记"));
        assert_eq!(entries[1].standing, Standing::Member);
        assert_eq!(entries[1].username.as_ref().unwrap().as_str(), "li.na");
        assert_eq!(entries[2].standing, Standing::Guest);
        assert_eq!(entries[2].row, 4);
    }

    #[test]
    fn every_bad_row_is_named_with_its_column() {
        let problems = entries(&rows(&[
            &["姓名", "类别", "用户名"],
            &["", "党员", ""],
            &["张伟", "群众", "x"],
            &["李娜", "", "Li.Na"],
            &["张伟", "", "li.na"],
        ]))
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "/rows/2/name",
                "/rows/3/kind",
                "/rows/3/username",
                "/rows/5/name",
                "/rows/5/username"
            ]
        );
        assert!(problems[3].message.contains("row 3"), "{:?}", problems[3]);
    }

    #[test]
    fn a_file_without_a_name_column_or_without_people_is_refused() {
        assert_eq!(
            entries(&rows(&[&["名字", "职务"], &["张伟", ""]])).unwrap_err()[0].field,
            "/file"
        );
        assert_eq!(
            entries(&rows(&[&["姓名", "职务"]])).unwrap_err()[0].field,
            "/rows"
        );
        assert_eq!(entries(&[]).unwrap_err()[0].field, "/file");
    }
}
