//! Everything the minutes of one meeting show, read once and rendered as Markdown or Word.
//!
//! Stored text may hold what the documents cannot carry (rows from before the text rules, or
//! written by hand): every writer passes it through [`one_line`] or [`long_lines`], and the
//! Markdown escapes markup as well.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sqlx::PgConnection;
use sqlx::types::Json;
use uuid::Uuid;

use crate::domain::{long_lines, one_line};
use crate::error::Result;
use crate::export::marks::{self, Marks};

#[derive(Debug)]
pub struct Minutes {
    pub title: String,
    pub unit: String,
    pub kind: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub location: Option<String>,
    pub host: Option<String>,
    pub recorder: Option<String>,
    pub agenda: Vec<String>,
    pub summary: Option<String>,
    pub attendance: Vec<Attendee>,
    pub speeches: Vec<SpeechText>,
    pub items: Vec<ItemLine>,
    /// The service's time zone, for the times shown.
    pub timezone: Tz,
    /// The record's digest and its late entries (`export::marks`).
    pub marks: Marks,
}

#[derive(Debug)]
pub struct Attendee {
    pub name: String,
    pub title: Option<String>,
    pub status: String,
    pub reason: Option<String>,
}

#[derive(Debug)]
pub struct SpeechText {
    pub position: i32,
    pub kind: String,
    pub title: Option<String>,
    pub content: String,
    pub speaker: String,
    pub speaker_title: Option<String>,
    pub target: Option<String>,
}

#[derive(Debug)]
pub struct ItemLine {
    pub id: Uuid,
    pub problem: String,
    pub measure: String,
    pub owner: String,
    pub due_on: NaiveDate,
    pub status: String,
}

/// Read the minutes of `meeting` (access already checked by the caller).
pub async fn gather(conn: &mut PgConnection, meeting: Uuid, timezone: Tz) -> Result<Minutes> {
    let head = sqlx::query!(
        r#"select m.title, u.name as unit, m.kind, m.starts_at, m.ends_at, m.location,
                  h.name as "host?", r.name as "recorder?",
                  m.agenda as "agenda: Json<Vec<String>>", m.summary
           from meetings m join org_units u on u.id = m.org_unit_id
           left join people h on h.id = m.host_id
           left join people r on r.id = m.recorder_id
           where m.id = $1"#,
        meeting
    )
    .fetch_one(&mut *conn)
    .await?;
    let attendance = sqlx::query_as!(
        Attendee,
        "select p.name, p.title, a.status, a.reason
         from attendance a join people p on p.id = a.person_id
         where a.meeting_id = $1 order by p.name, p.id",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let speeches = sqlx::query_as!(
        SpeechText,
        r#"select s.position, s.kind, s.title, s.content, p.name as speaker,
                  p.title as speaker_title, t.name as "target?"
           from speeches s join people p on p.id = s.speaker_id
           left join people t on t.id = s.target_person_id
           where s.meeting_id = $1 order by s.position"#,
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    let items = sqlx::query_as!(
        ItemLine,
        "select i.id, i.problem, i.measure, p.name as owner, i.due_on, i.status
         from rectification_items i join people p on p.id = i.owner_id
         where i.meeting_id = $1 order by i.due_on, i.id",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(Minutes {
        title: head.title,
        unit: head.unit,
        kind: head.kind,
        starts_at: head.starts_at,
        ends_at: head.ends_at,
        location: head.location,
        host: head.host,
        recorder: head.recorder,
        agenda: head.agenda.0,
        summary: head.summary,
        attendance,
        speeches,
        items,
        timezone,
        marks: Marks::default(),
    })
}

pub fn meeting_kind_label(kind: &str) -> &str {
    match kind {
        "general_assembly" => "支部党员大会",
        "committee_meeting" => "支委会",
        "group_meeting" => "党小组会",
        "party_lecture" => "党课",
        "organizational_life" => "组织生活会",
        "democratic_life" => "民主生活会",
        "theme_day" => "主题党日",
        _ => "其他会议",
    }
}

pub fn speech_kind_label(kind: &str) -> &str {
    match kind {
        "remarks" => "讲话",
        "report" => "报告",
        "self_criticism" => "对照检查",
        "criticism" => "批评意见",
        "response" => "表态发言",
        "comment" => "点评",
        "lecture" => "党课讲稿",
        _ => "发言",
    }
}

pub fn item_status_label(status: &str) -> &str {
    match status {
        "open" => "未开始",
        "in_progress" => "整改中",
        "submitted" => "待验收",
        "verified" => "已销号",
        _ => status,
    }
}

impl Minutes {
    /// 时间 as the minutes show it, in the service's time zone.
    pub fn time(&self) -> String {
        let start = self.starts_at.with_timezone(&self.timezone);
        match self.ends_at.map(|e| e.with_timezone(&self.timezone)) {
            Some(end) if end.date_naive() == start.date_naive() => {
                format!(
                    "{}–{}",
                    start.format("%Y年%m月%d日 %H:%M"),
                    end.format("%H:%M")
                )
            }
            Some(end) => format!(
                "{} – {}",
                start.format("%Y年%m月%d日 %H:%M"),
                end.format("%Y年%m月%d日 %H:%M")
            ),
            None => start.format("%Y年%m月%d日 %H:%M").to_string(),
        }
    }

    /// 应到 / 实到
    pub fn counts(&self) -> (usize, usize) {
        let present = self
            .attendance
            .iter()
            .filter(|a| a.status == "present")
            .count();
        (self.attendance.len(), present)
    }

    /// Names of those with `status`, each with its reason in brackets.
    pub fn names(&self, status: &str) -> String {
        let names: Vec<String> = self
            .attendance
            .iter()
            .filter(|a| a.status == status)
            .map(|a| match &a.reason {
                Some(reason) => format!("{}（{}）", a.name, reason),
                None => a.name.clone(),
            })
            .collect();
        if names.is_empty() {
            "无".into()
        } else {
            names.join("、")
        }
    }

    /// The speech's heading: position, speaker with its title, kind, and the speech's title.
    pub fn speech_heading(speech: &SpeechText) -> String {
        let speaker = match &speech.speaker_title {
            Some(t) => format!("{}（{}）", speech.speaker, t),
            None => speech.speaker.clone(),
        };
        let kind = match &speech.target {
            Some(target) => format!("{} → {}", speech_kind_label(&speech.kind), target),
            None => speech_kind_label(&speech.kind).to_owned(),
        };
        match &speech.title {
            Some(title) => format!("{}. {speaker} · {kind}：{title}", speech.position),
            None => format!("{}. {speaker} · {kind}", speech.position),
        }
    }

    /// The minutes as Markdown.
    pub fn markdown(&self) -> String {
        let cell = md_inline;
        let (expected, present) = self.counts();
        let mut md = format!("# {}\n\n", md_inline(&self.title));
        md.push_str("| 项目 | 内容 |\n|---|---|\n");
        let rows = [
            ("党组织", self.unit.clone()),
            ("会议类型", meeting_kind_label(&self.kind).to_owned()),
            ("时间", self.time()),
            ("地点", self.location.clone().unwrap_or_else(|| "—".into())),
            ("主持人", self.host.clone().unwrap_or_else(|| "—".into())),
            (
                "记录人",
                self.recorder.clone().unwrap_or_else(|| "—".into()),
            ),
            (
                "应到 / 实到",
                format!("{expected} / {present}{}", self.late_attendance()),
            ),
            ("请假", self.names("leave")),
            ("缺席", self.names("absent")),
        ];
        for (label, value) in rows {
            md.push_str(&format!("| {label} | {} |\n", cell(&value)));
        }
        md.push_str("\n## 议程\n\n");
        if self.agenda.is_empty() {
            md.push_str("无\n");
        }
        for (i, item) in self.agenda.iter().enumerate() {
            md.push_str(&format!("{}. {}\n", i + 1, md_block(item)));
        }
        md.push_str("\n## 发言\n");
        for speech in &self.speeches {
            md.push_str(&format!(
                "\n### {}\n\n",
                md_inline(&self.marked_heading(speech))
            ));
            for paragraph in long_lines(&speech.content) {
                let paragraph = paragraph.trim();
                if !paragraph.is_empty() {
                    md.push_str(&md_block(paragraph));
                    md.push_str("\n\n");
                }
            }
        }
        md.push_str("\n## 批评意见\n\n");
        let criticisms: Vec<&SpeechText> = self
            .speeches
            .iter()
            .filter(|s| s.target.is_some())
            .collect();
        if criticisms.is_empty() {
            md.push_str("无\n");
        }
        for s in criticisms {
            let first: String = s.content.chars().take(60).collect();
            md.push_str(&format!(
                "- {} → {}：{}\n",
                md_block(&s.speaker),
                md_inline(s.target.as_deref().unwrap_or_default()),
                cell(&first)
            ));
        }
        md.push_str("\n## 整改事项\n\n");
        if self.items.is_empty() {
            md.push_str("无\n");
        } else {
            md.push_str("| 问题 | 整改措施 | 责任人 | 完成时限 | 状态 |\n|---|---|---|---|---|\n");
            for item in &self.items {
                md.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    cell(&self.marked_problem(item)),
                    cell(&item.measure),
                    cell(&item.owner),
                    item.due_on,
                    item_status_label(&item.status)
                ));
            }
        }
        if let Some(summary) = &self.summary {
            md.push_str("\n## 会议小结\n");
            for paragraph in long_lines(summary) {
                let paragraph = paragraph.trim();
                if !paragraph.is_empty() {
                    md.push_str(&format!("\n{}\n", md_block(paragraph)));
                }
            }
        }
        if let Some(footer) = marks::footer(&self.marks) {
            md.push_str(&format!("\n---\n\n{}\n", md_inline(&footer)));
        }
        md
    }

    /// 补录 beside the attendance counts, when the list was entered late.
    fn late_attendance(&self) -> String {
        marks::late(self.marks.attendance.as_ref())
    }

    /// A speech's heading, with 补录 when it was entered late.
    fn marked_heading(&self, speech: &SpeechText) -> String {
        let late = marks::late(self.marks.speeches.get(&speech.position));
        format!("{}{late}", Self::speech_heading(speech))
    }

    /// An item's problem, with 补录 when it was entered late.
    fn marked_problem(&self, item: &ItemLine) -> String {
        format!(
            "{}{}",
            item.problem,
            marks::late(self.marks.items.get(&item.id))
        )
    }
}

/// Stored text as Markdown inline text: one line, with every character that Markdown or HTML
/// would read as markup escaped, so it shows as typed and cannot inject headings or HTML.
fn md_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Like [`md_inline`], for text that starts a paragraph or list item: a leading `-`, `+`, `=`
/// or `1.` would start a list or an underline.
fn md_block(text: &str) -> String {
    let escaped = md_inline(text.trim());
    let digits = escaped.len()
        - escaped
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    match escaped[digits..].chars().next() {
        Some('-' | '+' | '=') if digits == 0 => format!("\\{escaped}"),
        Some('.' | ')') if digits > 0 => {
            format!("{}\\{}", &escaped[..digits], &escaped[digits..])
        }
        _ => escaped,
    }
}

/// Fonts by name, as Word and LibreOffice know them: 宋体 for the body, 黑体 for headings.
const BODY_FONT: &str = "宋体";
const HEADING_FONT: &str = "黑体";
/// Sizes in half-points: 二号 title, 三号 headings, 四号 body.
const TITLE_SIZE: usize = 44;
const HEADING_SIZE: usize = 32;
const BODY_SIZE: usize = 28;

/// A run of one line: XML cannot carry control characters, and Word calls a document with one
/// corrupt.
fn run(text: &str, font: &str, size: usize) -> docx_rs::Run {
    docx_rs::Run::new()
        .add_text(one_line(text))
        .size(size)
        .fonts(
            docx_rs::RunFonts::new()
                .east_asia(font)
                .ascii(font)
                .hi_ansi(font)
                .cs(font),
        )
}

fn body(text: &str) -> docx_rs::Paragraph {
    docx_rs::Paragraph::new().add_run(run(text, BODY_FONT, BODY_SIZE))
}

fn heading(text: &str) -> docx_rs::Paragraph {
    docx_rs::Paragraph::new().add_run(run(text, HEADING_FONT, HEADING_SIZE).bold())
}

fn table(rows: Vec<Vec<String>>) -> docx_rs::Table {
    docx_rs::Table::new(
        rows.into_iter()
            .map(|cells| {
                docx_rs::TableRow::new(
                    cells
                        .iter()
                        .map(|c| docx_rs::TableCell::new().add_paragraph(body(c)))
                        .collect(),
                )
            })
            .collect(),
    )
}

impl Minutes {
    /// The minutes as a Word document in the usual 会议记录 layout.
    pub fn docx(&self) -> anyhow::Result<Vec<u8>> {
        let (expected, present) = self.counts();
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
        let mut doc = docx_rs::Docx::new().add_paragraph(
            docx_rs::Paragraph::new()
                .add_run(run(&self.title, HEADING_FONT, TITLE_SIZE).bold())
                .align(docx_rs::AlignmentType::Center),
        );
        doc = doc.add_table(table(vec![
            vec!["党组织".into(), self.unit.clone()],
            vec!["会议类型".into(), meeting_kind_label(&self.kind).into()],
            vec!["时间".into(), self.time()],
            vec!["地点".into(), dash(&self.location)],
            vec!["主持人".into(), dash(&self.host)],
            vec!["记录人".into(), dash(&self.recorder)],
            vec![
                "应到 / 实到".into(),
                format!("{expected} / {present}{}", self.late_attendance()),
            ],
            vec!["请假".into(), self.names("leave")],
            vec!["缺席".into(), self.names("absent")],
        ]));
        doc = doc.add_paragraph(heading("议程"));
        if self.agenda.is_empty() {
            doc = doc.add_paragraph(body("无"));
        }
        for (i, item) in self.agenda.iter().enumerate() {
            doc = doc.add_paragraph(body(&format!("{}. {}", i + 1, item)));
        }
        doc = doc.add_paragraph(heading("发言"));
        for speech in &self.speeches {
            doc = doc.add_paragraph(
                docx_rs::Paragraph::new()
                    .add_run(run(&self.marked_heading(speech), HEADING_FONT, BODY_SIZE).bold()),
            );
            for paragraph in long_lines(&speech.content) {
                let paragraph = paragraph.trim();
                if !paragraph.is_empty() {
                    doc = doc.add_paragraph(body(paragraph));
                }
            }
        }
        doc = doc.add_paragraph(heading("批评意见"));
        let criticisms: Vec<&SpeechText> = self
            .speeches
            .iter()
            .filter(|s| s.target.is_some())
            .collect();
        if criticisms.is_empty() {
            doc = doc.add_paragraph(body("无"));
        }
        for s in criticisms {
            let first: String = s.content.chars().take(60).collect();
            doc = doc.add_paragraph(body(&format!(
                "{} → {}：{}",
                s.speaker,
                s.target.as_deref().unwrap_or_default(),
                first
            )));
        }
        doc = doc.add_paragraph(heading("整改事项"));
        if self.items.is_empty() {
            doc = doc.add_paragraph(body("无"));
        } else {
            let mut rows = vec![vec![
                "问题".to_owned(),
                "整改措施".into(),
                "责任人".into(),
                "完成时限".into(),
                "状态".into(),
            ]];
            rows.extend(self.items.iter().map(|i| {
                vec![
                    self.marked_problem(i),
                    i.measure.clone(),
                    i.owner.clone(),
                    i.due_on.to_string(),
                    item_status_label(&i.status).to_owned(),
                ]
            }));
            doc = doc.add_table(table(rows));
        }
        if let Some(summary) = &self.summary {
            doc = doc.add_paragraph(heading("会议小结"));
            for paragraph in long_lines(summary) {
                let paragraph = paragraph.trim();
                if !paragraph.is_empty() {
                    doc = doc.add_paragraph(body(paragraph));
                }
            }
        }
        if let Some(footer) = marks::footer(&self.marks) {
            doc = doc.footer(docx_rs::Footer::new().add_paragraph(body(&footer)));
        }
        let mut stored = std::io::Cursor::new(Vec::new());
        doc.build().pack(&mut stored)?;
        deflate(stored.into_inner())
    }
}

/// docx-rs stores the parts of the package uncompressed: deflated, the minutes are a fraction
/// of the size, to send and to hold in memory until sent.
fn deflate(package: Vec<u8>) -> anyhow::Result<Vec<u8>> {
    let mut stored = zip::ZipArchive::new(std::io::Cursor::new(package))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..stored.len() {
        let mut part = stored.by_index(i)?;
        let name = part.name().to_owned();
        if part.is_dir() {
            out.add_directory(name, options)?;
        } else {
            out.start_file(name, options)?;
            std::io::copy(&mut part, &mut out)?;
        }
    }
    Ok(out.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_text_shows_as_typed() {
        assert_eq!(
            md_inline("标题\n# 注入 <b>&</b> *x* [a](b) | ~"),
            "标题 \\# 注入 &lt;b&gt;&amp;&lt;/b&gt; \\*x\\* \\[a\\](b) \\| \\~"
        );
        assert_eq!(md_block("- 不是列表"), "\\- 不是列表");
        assert_eq!(md_block("12. 不是列表"), "12\\. 不是列表");
        assert_eq!(md_block("1.加强学习"), "1\\.加强学习");
        assert_eq!(md_block("一、强化思想引领"), "一、强化思想引领");
        assert_eq!(md_block("2026年"), "2026年");
    }
}
