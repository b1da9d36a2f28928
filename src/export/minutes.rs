//! Everything the minutes of one meeting show, read once and rendered as Markdown here or as
//! Word in [`super::docx`]. Both follow the same structure: the title, the particulars (时间,
//! 地点, 主持人, 记录人, 应到/实到 split into full and probationary members, those with a vote,
//! 请假, 缺席, 列席), 议程, the speeches in order with their own 一、/（一） headings, the
//! criticisms, the decisions (决议) and how each was voted, the rectification items, the
//! summary and the lines to sign.
//!
//! Stored text may hold what the documents cannot carry (rows from before the text rules, or
//! written by hand): every writer passes it through [`one_line`] or [`long_lines`], and the
//! Markdown escapes markup as well.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sqlx::PgConnection;
use sqlx::types::Json;
use uuid::Uuid;

use crate::domain::outline::{numeral, outline};
use crate::domain::rectification::{self, ItemStatus};
use crate::domain::standing::PartyStanding;
use crate::domain::vote::{DecisionKind, Vote};
use crate::domain::{long_lines, one_line};
use crate::error::Result;
use crate::export::marks::{self, Marks};
use crate::storage::Storage;
use crate::store::decisions::{self, MeetingDecision};
use crate::store::votes::{Roll, VotingSummary};

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
    /// Who had a vote on the meeting's day (the unit's full members) and who was there.
    pub voting: VotingSummary,
    pub speeches: Vec<SpeechText>,
    /// The decisions (决议) in order, each judged as `store::decisions` judges it (kept at
    /// finalizing).
    pub decisions: Vec<MeetingDecision>,
    pub items: Vec<ItemLine>,
    /// The meeting's attachments, oldest first.
    pub attachments: Vec<AttachmentLine>,
    /// The service's time zone, for the times shown.
    pub timezone: Tz,
    /// Today in that time zone: items due before it and not verified are overdue.
    pub today: NaiveDate,
    /// The record's digest and its late entries (`export::marks`).
    pub marks: Marks,
}

#[derive(Debug)]
pub struct Attendee {
    pub name: String,
    pub title: Option<String>,
    /// `member` or `guest`: guests are 列席, not counted in 应到/实到.
    pub kind: String,
    /// Party standing on the meeting's day: only party members (full and probationary) count
    /// in 应到/实到; an activist or development candidate on the list attends as 列席.
    pub standing: Option<PartyStanding>,
    pub status: String,
    pub reason: Option<String>,
}

impl Attendee {
    /// A party member of the unit on the day (not a guest, not a candidate).
    pub fn is_party_member(&self) -> bool {
        self.kind != "guest" && self.standing.is_some_and(PartyStanding::is_member)
    }
}

#[derive(Debug)]
pub struct SpeechText {
    pub position: i32,
    pub kind: String,
    pub title: Option<String>,
    pub content: String,
    pub speaker: String,
    pub speaker_title: Option<String>,
    pub speaker_kind: String,
    /// How the speaker attended (`present`, `absent`, `leave`), `None` when not on the list
    /// (speeches recorded before the list was required).
    pub speaker_status: Option<String>,
    pub target: Option<String>,
}

impl SpeechText {
    /// 书面发言: the speaker was marked absent, so the speech was a written statement.
    pub fn written(&self) -> bool {
        self.speaker_status.as_deref() == Some("absent")
    }
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

#[derive(Debug)]
pub struct AttachmentLine {
    pub kind: String,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    /// The stored bytes, for the pictures the Word minutes embed ([`Minutes::to_embed`]);
    /// read by [`Minutes::read_pictures`], `None` otherwise.
    pub bytes: Option<Vec<u8>>,
}

impl AttachmentLine {
    /// A picture the minutes can show: a sign-in sheet or a photo whose format is decoded
    /// (HEIC is not, nor a PDF scan).
    pub fn is_picture(&self) -> bool {
        matches!(self.kind.as_str(), "sign_in_sheet" | "photo")
            && matches!(
                self.media_type.as_str(),
                "image/jpeg" | "image/png" | "image/webp"
            )
    }
}

/// At most this many pictures are embedded in the Word minutes: each is a JPEG of up to
/// 1600 px, and the document is built in memory. The rest are listed with a note.
pub const MAX_PICTURES: usize = 10;
/// A picture larger than this stays out of the document (the upload limit is configurable).
pub const MAX_PICTURE_BYTES: u64 = 32 * 1024 * 1024;

/// Read the minutes of `meeting` (access already checked by the caller).
pub async fn gather(conn: &mut PgConnection, meeting: Uuid, timezone: Tz) -> Result<Minutes> {
    let head = sqlx::query!(
        r#"select m.title, m.org_unit_id, u.name as unit, m.kind, m.starts_at, m.ends_at,
                  m.location, h.name as "host?", r.name as "recorder?",
                  m.agenda as "agenda: Json<Vec<String>>", m.summary
           from meetings m join org_units u on u.id = m.org_unit_id
           left join people h on h.id = m.host_id
           left join people r on r.id = m.recorder_id
           where m.id = $1"#,
        meeting
    )
    .fetch_one(&mut *conn)
    .await?;
    // Standings are read on the meeting's day, as its votes are counted.
    let day = head.starts_at.with_timezone(&timezone).date_naive();
    let attendance = sqlx::query_as!(
        Attendee,
        r#"select p.name, p.title, p.kind, standing_on(p.id, $2, $1) as "standing: PartyStanding",
                  a.status, a.reason
           from attendance a join people p on p.id = a.person_id
           where a.meeting_id = $1 order by p.name, p.id"#,
        meeting,
        day
    )
    .fetch_all(&mut *conn)
    .await?;
    let roll = Roll::of_meeting(&mut *conn, meeting, head.org_unit_id, day).await?;
    let decisions = decisions::of_meeting(&mut *conn, meeting, None, &roll).await?;
    let speeches = sqlx::query_as!(
        SpeechText,
        r#"select s.position, s.kind, s.title, s.content, p.name as speaker,
                  p.title as speaker_title, p.kind as speaker_kind,
                  a.status as "speaker_status?", t.name as "target?"
           from speeches s join people p on p.id = s.speaker_id
           left join attendance a on a.meeting_id = s.meeting_id and a.person_id = s.speaker_id
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
    let attachments = sqlx::query!(
        "select kind, file_name, media_type, size_bytes, sha256 from attachments
         where meeting_id = $1 order by created_at, id",
        meeting
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|a| AttachmentLine {
        kind: a.kind,
        file_name: a.file_name,
        media_type: a.media_type,
        size_bytes: a.size_bytes,
        sha256: a.sha256,
        bytes: None,
    })
    .collect();
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
        voting: roll.summary(),
        speeches,
        decisions,
        items,
        attachments,
        timezone,
        today: Utc::now().with_timezone(&timezone).date_naive(),
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

pub fn attachment_kind_label(kind: &str) -> &str {
    match kind {
        "sign_in_sheet" => "签到表",
        "photo" => "会议照片",
        "material" => "会议材料",
        _ => "其他",
    }
}

/// A file's size as the minutes show it.
pub fn size_label(bytes: i64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if b < KB {
        format!("{bytes} B")
    } else if b < KB * KB {
        format!("{:.1} KB", b / KB)
    } else {
        format!("{:.1} MB", b / KB / KB)
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

/// What marks an overdue item in the items table.
pub const OVERDUE_MARK: &str = "逾期";

/// The result of a decision, as the minutes print it (in bold).
pub const PASSED: &str = "通过";
pub const NOT_PASSED: &str = "未通过";
/// The label of a decision's line that counts those due and present with a vote: from it on,
/// the Word minutes keep the decision's lines on one page.
pub const COUNTS_LABEL: &str = "到会情况";
/// A decision's heading quotes at most this many characters of its motion.
const HEADING_CHARS: usize = 30;

/// One line of a decision in the minutes: `label：value`, the value in bold when `strong`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionLine {
    pub label: &'static str,
    pub value: String,
    pub strong: bool,
}

impl DecisionLine {
    fn new(label: &'static str, value: String) -> Self {
        DecisionLine {
            label,
            value,
            strong: false,
        }
    }

    fn strong(label: &'static str, value: &str) -> Self {
        DecisionLine {
            label,
            value: value.to_owned(),
            strong: true,
        }
    }
}

pub fn vote_label(vote: Vote) -> &'static str {
    match vote {
        Vote::InFavour => "赞成",
        Vote::Against => "反对",
        Vote::Abstaining => "弃权",
    }
}

/// The labels of the closing block, each followed by a line to sign or date on.
pub const SIGNATURES: [&str; 3] = ["主持人（签字）", "记录人（签字）", "日期"];

/// A line of a speech and how the speech's own outline numbers it: 1 for `一、`, 2 for
/// `（一）`, 3 for `1.` (as `domain::outline` finds them for the API), 0 for plain text.
pub fn outline_level(line: &str) -> u8 {
    outline(line).first().map_or(0, |h| h.level)
}

impl Minutes {
    /// "<title>会议记录", unless the title already says so.
    pub fn document_title(&self) -> String {
        let title = one_line(&self.title);
        let title = title.trim();
        if title.ends_with("会议记录") {
            title.to_owned()
        } else {
            format!("{title}会议记录")
        }
    }

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

    /// 应到 / 实到: the party members on the attendance list, and those present, as (full,
    /// probationary) pairs. Guests are 列席, outside the count, and so are activists and
    /// development candidates on the list: they are not members yet.
    pub fn counts(&self) -> ((usize, usize), (usize, usize)) {
        let mut full = (0, 0);
        let mut probationary = (0, 0);
        for a in self.attendance.iter().filter(|a| a.is_party_member()) {
            let count = if a.standing == Some(PartyStanding::ProbationaryMember) {
                &mut probationary
            } else {
                &mut full
            };
            count.0 += 1;
            count.1 += usize::from(a.status == "present");
        }
        (full, probationary)
    }

    /// The 应到/实到 cell: the totals, then full and probationary members apart.
    pub fn attendance_counts(&self) -> String {
        let (full, probationary) = self.counts();
        let (expected, present) = (full.0 + probationary.0, full.1 + probationary.1);
        let split = if probationary.0 == 0 {
            "均为正式党员".to_owned()
        } else {
            format!(
                "正式党员{}人/{}人，预备党员{}人/{}人",
                full.0, full.1, probationary.0, probationary.1
            )
        };
        let split = if expected == 0 {
            String::new()
        } else {
            format!("（{split}）")
        };
        format!("{expected}人/{present}人{split}{}", self.late_attendance())
    }

    /// Whether the particulars show who had a vote: at a 支部党员大会, and wherever a vote was
    /// taken.
    pub fn shows_voting(&self) -> bool {
        self.kind == "general_assembly" || !self.decisions.is_empty()
    }

    /// The 表决权 cell: the full members of the unit on the day (应到会有表决权的党员, before
    /// any exclusion a decision records) and those present; probationary members present
    /// attend without a vote (Party Constitution Art. 7).
    pub fn voting_counts(&self) -> String {
        let v = &self.voting;
        let mut text = format!(
            "应到会有表决权的党员{}人，实到{}人",
            v.full_members, v.full_present
        );
        if v.probationary_present > 0 {
            text.push_str(&format!(
                "；预备党员{}人到会，无表决权",
                v.probationary_present
            ));
        }
        text
    }

    /// Names of the party members with `status`, each with its reason in brackets.
    pub fn names(&self, status: &str) -> String {
        let names: Vec<String> = self
            .attendance
            .iter()
            .filter(|a| a.is_party_member() && a.status == status)
            .map(|a| match &a.reason {
                Some(reason) => format!("{}（{}）", a.name, reason),
                None => a.name.clone(),
            })
            .collect();
        or_none(names)
    }

    /// 列席: guests present with their positions, guests who spoke without being on the list,
    /// and those on the list present who are not party members yet, with their standing (a
    /// development candidate at the meeting that admits them).
    pub fn guests(&self) -> String {
        let mut names: Vec<String> = Vec::new();
        let listed = self
            .attendance
            .iter()
            .filter(|a| !a.is_party_member() && a.status == "present")
            .map(|a| {
                let note = if a.kind == "guest" {
                    a.title.clone()
                } else {
                    a.standing.map(|s| s.label().to_owned())
                };
                (&a.name, note)
            });
        let unlisted = self
            .speeches
            .iter()
            .filter(|s| s.speaker_kind == "guest" && s.speaker_status.is_none())
            .map(|s| (&s.speaker, s.speaker_title.clone()));
        for (name, note) in listed.chain(unlisted) {
            let name = match note {
                Some(t) => format!("{name}（{t}）"),
                None => name.clone(),
            };
            if !names.contains(&name) {
                names.push(name);
            }
        }
        or_none(names)
    }

    /// The particulars, label and value, in the order both documents show them.
    pub fn particulars(&self) -> Vec<(&'static str, String)> {
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
        let mut rows = vec![
            ("党组织", self.unit.clone()),
            ("会议类型", meeting_kind_label(&self.kind).to_owned()),
            ("时间", self.time()),
            ("地点", dash(&self.location)),
            ("主持人", dash(&self.host)),
            ("记录人", dash(&self.recorder)),
            ("应到/实到", self.attendance_counts()),
        ];
        if self.shows_voting() {
            rows.push(("表决权", self.voting_counts()));
        }
        rows.extend([
            ("请假", self.names("leave")),
            ("缺席", self.names("absent")),
            ("列席", self.guests()),
        ]);
        rows
    }

    /// A decision's heading, numbered 一、二、 as a speech's own level-1 headings are: what
    /// it is about — the kind and whom it names (接收预备党员：赵敏, 表彰：陈党员), else the
    /// motion's first words.
    pub fn decision_heading(index: usize, d: &MeetingDecision) -> String {
        let about = if d.kind != DecisionKind::Other && !d.candidates.is_empty() {
            let names: Vec<&str> = d.candidates.iter().map(|c| c.name.as_str()).collect();
            format!("{}：{}", d.kind.label(), names.join("、"))
        } else {
            let first = one_line(d.motion.trim().lines().next().unwrap_or_default())
                .trim()
                .to_owned();
            let short: String = first.chars().take(HEADING_CHARS).collect();
            if short.chars().count() < first.chars().count() {
                format!("{short}…")
            } else {
                short
            }
        };
        format!("{}、{about}", numeral(index as u32 + 1))
    }

    /// What the minutes say of a decision, line by line: the motion, the method, whom it is
    /// about, those due and present with a vote (with the exclusions, their reasons and
    /// approvals), the written opinions with their authors, the votes, the result and the
    /// rule that decided it. A decision whose records no longer fit says what to correct.
    pub fn decision_lines(d: &MeetingDecision) -> Vec<DecisionLine> {
        let j = &d.judgement;
        let mut lines = vec![
            DecisionLine::new("议题", d.motion.trim().to_owned()),
            DecisionLine::new("表决方式", d.method.label().to_owned()),
        ];
        if !d.candidates.is_empty() {
            let names: Vec<&str> = d.candidates.iter().map(|c| c.name.as_str()).collect();
            let label = if d.kind == DecisionKind::Election {
                "候选人"
            } else {
                "对象"
            };
            lines.push(DecisionLine::new(label, names.join("、")));
        }
        let mut due = format!("应到会有表决权的党员{}人", j.due);
        if j.excluded > 0 {
            due.push_str(&format!(
                "（正式党员{}人，经批准不计入{}人）",
                j.full_members, j.excluded
            ));
        }
        due.push_str(&format!("，实到{}人", j.present));
        if j.probationary_present > 0 {
            due.push_str(&format!(
                "；预备党员{}人到会，不参加表决",
                j.probationary_present
            ));
        }
        lines.push(DecisionLine::new(COUNTS_LABEL, due));
        // Each member left out, on a line of its own: the reason and the approval.
        for e in &d.exclusions {
            lines.push(DecisionLine::new(
                "经批准不计入",
                format!("{}，{}，{}", e.name, e.reason, e.approval),
            ));
        }
        let opinions = if d.written_opinions.is_empty() {
            "无".to_owned()
        } else {
            let names: Vec<String> = d
                .written_opinions
                .iter()
                .map(|o| format!("{}（{}）", o.name, vote_label(o.vote)))
                .collect();
            format!("{}份，{}", d.written_opinions.len(), names.join("、"))
        };
        lines.push(DecisionLine::new("书面意见", opinions));
        let written = if j.written > 0 {
            format!("（含书面意见{}份）", j.written)
        } else {
            String::new()
        };
        lines.push(DecisionLine::new(
            "表决情况",
            format!(
                "赞成{}票{written}、反对{}票、弃权{}票",
                d.in_favour, d.against, d.abstaining
            ),
        ));
        if !d.votes.is_empty() {
            let named: Vec<String> = [Vote::InFavour, Vote::Against, Vote::Abstaining]
                .into_iter()
                .map(|v| {
                    let names: Vec<&str> = d
                        .votes
                        .iter()
                        .filter(|n| n.vote == v)
                        .map(|n| n.name.as_str())
                        .collect();
                    format!("{}：{}", vote_label(v), or_none_str(&names))
                })
                .collect();
            lines.push(DecisionLine::new("记名表决", named.join("；")));
        }
        match &j.problem {
            Some(problem) => {
                lines.push(DecisionLine::strong("表决结果", "待更正"));
                lines.push(DecisionLine::new("须更正", problem.clone()));
            }
            None => lines.push(DecisionLine::strong(
                "表决结果",
                if j.passed { PASSED } else { NOT_PASSED },
            )),
        }
        lines.push(DecisionLine::new("依据", j.reason.clone()));
        lines
    }

    /// The speech's heading: position, speaker with its title, kind (书面发言 when the speaker
    /// was absent), the target of a criticism, and the speech's title.
    pub fn speech_heading(speech: &SpeechText) -> String {
        let speaker = match &speech.speaker_title {
            Some(t) => format!("{}（{}）", speech.speaker, t),
            None => speech.speaker.clone(),
        };
        let mut kind = speech_kind_label(&speech.kind).to_owned();
        if speech.written() {
            kind.push_str("（书面发言）");
        }
        if let Some(target) = &speech.target {
            kind = format!("{kind} → {target}");
        }
        match &speech.title {
            Some(title) => format!("{}. {speaker} · {kind}：{title}", speech.position),
            None => format!("{}. {speaker} · {kind}", speech.position),
        }
    }

    pub fn is_overdue(&self, item: &ItemLine) -> bool {
        ItemStatus::try_from(item.status.clone())
            .is_ok_and(|status| rectification::overdue(item.due_on, status, self.today))
    }

    /// The status cell of an item: its status, and the overdue mark when it is.
    pub fn item_status(&self, item: &ItemLine) -> String {
        let status = item_status_label(&item.status);
        if self.is_overdue(item) {
            format!("{status}（{OVERDUE_MARK}）")
        } else {
            status.to_owned()
        }
    }

    /// Criticisms: speaker, target and the first words.
    pub fn criticisms(&self) -> impl Iterator<Item = (&SpeechText, String)> {
        self.speeches
            .iter()
            .filter(|s| s.target.is_some())
            .map(|s| (s, s.content.chars().take(60).collect()))
    }

    /// The attachments the Word minutes embed, by index: the sign-in sheets, then the
    /// photos, each in upload order, at most [`MAX_PICTURES`].
    pub fn to_embed(&self) -> Vec<usize> {
        let of = |kind: &'static str| {
            self.attachments
                .iter()
                .enumerate()
                .filter(move |(_, a)| a.kind == kind && a.is_picture())
                .map(|(i, _)| i)
        };
        of("sign_in_sheet")
            .chain(of("photo"))
            .take(MAX_PICTURES)
            .collect()
    }

    /// How many pictures could be shown but are left out for [`MAX_PICTURES`].
    pub fn pictures_left_out(&self) -> usize {
        let pictures = self.attachments.iter().filter(|a| a.is_picture()).count();
        pictures.saturating_sub(MAX_PICTURES)
    }

    /// The bytes of the pictures to embed, from `storage`. A file that cannot be read (gone,
    /// or too large) is only listed: the minutes are still worth having.
    pub async fn read_pictures(&mut self, storage: &Storage) {
        for i in self.to_embed() {
            let a = &mut self.attachments[i];
            match storage.read(&a.sha256, MAX_PICTURE_BYTES).await {
                Ok(bytes) => a.bytes = Some(bytes),
                Err(error) => {
                    tracing::warn!(sha256 = %a.sha256, %error, "a picture for the minutes could not be read")
                }
            }
        }
    }

    /// The minutes as Markdown.
    pub fn markdown(&self) -> String {
        let cell = md_inline;
        let mut md = format!("# {}\n\n", md_inline(&self.document_title()));
        md.push_str("| 项目 | 内容 |\n|---|---|\n");
        for (label, value) in self.particulars() {
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
                if paragraph.is_empty() {
                    continue;
                }
                // The speech's own 一、 and （一） headings, one level below its heading.
                let marks = match outline_level(paragraph) {
                    1 => "#### ",
                    2 => "##### ",
                    _ => "",
                };
                md.push_str(marks);
                md.push_str(&md_block(paragraph));
                md.push_str("\n\n");
            }
        }
        md.push_str("\n## 批评意见\n\n");
        let mut any = false;
        for (s, first) in self.criticisms() {
            any = true;
            md.push_str(&format!(
                "- {} → {}：{}\n",
                md_block(&s.speaker),
                md_inline(s.target.as_deref().unwrap_or_default()),
                cell(&first)
            ));
        }
        if !any {
            md.push_str("无\n");
        }
        if !self.decisions.is_empty() {
            md.push_str("\n## 决议\n");
            for (i, d) in self.decisions.iter().enumerate() {
                md.push_str(&format!(
                    "\n### {}\n\n",
                    md_inline(&Self::decision_heading(i, d))
                ));
                for line in Self::decision_lines(d) {
                    let value = md_inline(&line.value);
                    if line.strong {
                        md.push_str(&format!("{}：**{value}**\n\n", line.label));
                    } else {
                        md.push_str(&format!("{}：{value}\n\n", line.label));
                    }
                }
            }
        }
        md.push_str("\n## 整改事项\n\n");
        if self.items.is_empty() {
            md.push_str("无\n");
        } else {
            md.push_str(
                "| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 | 状态 |\n|---|---|---|---|---|---|\n",
            );
            for (i, item) in self.items.iter().enumerate() {
                let status = if self.is_overdue(item) {
                    // Bold, so the mark stands out in a rendered table too.
                    format!("**{}**", self.item_status(item))
                } else {
                    self.item_status(item)
                };
                md.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} |\n",
                    i + 1,
                    cell(&self.marked_problem(item)),
                    cell(&item.measure),
                    cell(&item.owner),
                    item.due_on,
                    status
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
        // The lines to sign: hard line breaks keep them apart in a rendered page.
        md.push('\n');
        for label in SIGNATURES {
            md.push_str(&format!("\n{label}：________________\\"));
        }
        md.pop();
        md.push('\n');
        if !self.attachments.is_empty() {
            md.push_str(
                "\n## 附件\n\n| 序号 | 类别 | 文件名 | 大小 | SHA-256 |\n|---|---|---|---|---|\n",
            );
            for (i, a) in self.attachments.iter().enumerate() {
                md.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    i + 1,
                    attachment_kind_label(&a.kind),
                    cell(&a.file_name),
                    size_label(a.size_bytes),
                    cell(&a.sha256)
                ));
            }
        }
        if let Some(footer) = marks::footer(&self.marks) {
            md.push_str(&format!("\n---\n\n{}\n", md_inline(&footer)));
        }
        md
    }

    /// 补录 beside the attendance counts, when the list was entered late.
    pub fn late_attendance(&self) -> String {
        marks::late(self.marks.attendance.as_ref())
    }

    /// A speech's heading, with 补录 when it was entered late.
    pub fn marked_heading(&self, speech: &SpeechText) -> String {
        let late = marks::late(self.marks.speeches.get(&speech.position));
        format!("{}{late}", Self::speech_heading(speech))
    }

    /// An item's problem, with 补录 when it was entered late.
    pub fn marked_problem(&self, item: &ItemLine) -> String {
        format!(
            "{}{}",
            item.problem,
            marks::late(self.marks.items.get(&item.id))
        )
    }
}

fn or_none_str(names: &[&str]) -> String {
    if names.is_empty() {
        "无".into()
    } else {
        names.join("、")
    }
}

fn or_none(names: Vec<String>) -> String {
    if names.is_empty() {
        "无".into()
    } else {
        names.join("、")
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

    /// A decision of kind `other` voted by a named show of hands without a quorum.
    fn named_show_of_hands(motion: &str) -> MeetingDecision {
        use crate::store::decisions::{Judgement, NamedVote};
        let person = |name: &str, vote| NamedVote {
            person_id: Uuid::now_v7(),
            name: name.into(),
            vote,
        };
        MeetingDecision {
            id: Uuid::now_v7(),
            meeting_id: Uuid::now_v7(),
            org_unit_id: Uuid::now_v7(),
            position: 1,
            kind: DecisionKind::Other,
            motion: motion.into(),
            candidates: Vec::new(),
            method: crate::domain::vote::VotingMethod::ShowOfHands,
            in_favour: 2,
            against: 1,
            abstaining: 0,
            written_opinions: Vec::new(),
            exclusions: Vec::new(),
            votes: vec![
                person("甲", Vote::InFavour),
                person("乙", Vote::Against),
                person("丙", Vote::InFavour),
            ],
            judgement: Judgement {
                full_members: 8,
                excluded: 0,
                due: 8,
                present: 3,
                written: 0,
                probationary_present: 0,
                quorum: false,
                passed: false,
                reason: "应到会有表决权的党员8人，实到3人，未超过应到会人数的半数，不能进行表决"
                    .into(),
                problem: None,
            },
            standing_recorded: false,
            version: 1,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    #[test]
    fn a_decision_reads_line_by_line_with_its_heading_numbered() {
        let long =
            "关于调整党费收缴时间和方式的建议，自下月起每月第一个工作日由组织委员统一收缴\n第二行";
        let d = named_show_of_hands(long);
        let heading = Minutes::decision_heading(11, &d);
        assert_eq!(
            heading,
            "十二、关于调整党费收缴时间和方式的建议，自下月起每月第一个工作日由…"
        );
        assert_eq!(outline(&heading)[0].level, 1, "read as a level-1 heading");
        let lines: Vec<(&str, String, bool)> = Minutes::decision_lines(&d)
            .into_iter()
            .map(|l| (l.label, l.value, l.strong))
            .collect();
        assert_eq!(
            lines,
            [
                ("议题", long.to_owned(), false),
                ("表决方式", "举手表决".to_owned(), false),
                (
                    "到会情况",
                    "应到会有表决权的党员8人，实到3人".to_owned(),
                    false
                ),
                ("书面意见", "无".to_owned(), false),
                ("表决情况", "赞成2票、反对1票、弃权0票".to_owned(), false),
                (
                    "记名表决",
                    "赞成：甲、丙；反对：乙；弃权：无".to_owned(),
                    false
                ),
                ("表决结果", NOT_PASSED.to_owned(), true),
                ("依据", d.judgement.reason.clone(), false),
            ]
        );
        let short = named_show_of_hands("表决事项");
        assert_eq!(Minutes::decision_heading(0, &short), "一、表决事项");
    }
}
