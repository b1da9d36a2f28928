//! `minutebook demo-data`: a living organisation for newcomers to look at in /docs — a
//! committee with two branches, people, a year of meetings of every kind with attendance and
//! speeches (the sample speech among them), criticisms, and rectification items in every state.

use anyhow::{Context, bail};
use chrono::{Datelike, Duration, TimeZone, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::password;
use crate::domain::Password;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "minutebook-demo";
const SAMPLE_SPEECH: &str = include_str!("../tests/fixtures/speech-branch-life-meeting.txt");

/// The sample speech as a secretary records it: its title, and its text without the reprint
/// notice of the website it was taken from (not part of what was said).
fn sample_speech() -> (&'static str, String) {
    let mut lines = SAMPLE_SPEECH
        .lines()
        .skip_while(|l| l.trim().is_empty() || l.starts_with("本文系"));
    let title = lines.next().unwrap_or_default().trim();
    let text: Vec<&str> = lines.skip_while(|l| l.trim().is_empty()).collect();
    (title, text.join("\n") + "\n")
}

/// The demo accounts: username, display name, role, branch (None: the committee).
const ACCOUNTS: [(&str, &str, &str, Option<usize>); 5] = [
    ("demo.reviewer", "孙督导", "reviewer", None),
    ("demo.secretary1", "王书记", "secretary", Some(0)),
    ("demo.member1", "李党员", "member", Some(0)),
    ("demo.secretary2", "赵书记", "secretary", Some(1)),
    ("demo.member2", "钱党员", "member", Some(1)),
];

/// Fill the database; refuses if the demo committee is already there.
pub async fn fill(pool: &PgPool) -> anyhow::Result<Vec<(&'static str, &'static str)>> {
    let present: bool = sqlx::query_scalar(
        "select exists (select 1 from org_units where name = '示范党委' and parent_id is null)",
    )
    .fetch_one(pool)
    .await?;
    if present {
        bail!("the demo data is already in this database (org unit 示范党委)");
    }
    let hash =
        password::hash(&Password::parse(DEMO_PASSWORD.into()).map_err(anyhow::Error::msg)?).await?;
    let mut tx = pool.begin().await?;
    let committee = Uuid::now_v7();
    // Founded long before they were entered, as real branches are: the compliance report then
    // counts the whole year of demo meetings.
    sqlx::query(
        "insert into org_units (id, name, kind, established_on)
         values ($1, '示范党委', 'committee', '2015-07-01')",
    )
    .bind(committee)
    .execute(&mut *tx)
    .await?;
    let mut branches = Vec::new();
    for name in ["第一党支部", "第二党支部"] {
        let id = Uuid::now_v7();
        sqlx::query(
            "insert into org_units (id, parent_id, name, kind, established_on)
             values ($1, $2, $3, 'branch', '2015-07-01')",
        )
        .bind(id)
        .bind(committee)
        .bind(name)
        .execute(&mut *tx)
        .await?;
        branches.push(id);
    }
    // Accounts, and a person record for each branch account.
    let mut people: Vec<Vec<Uuid>> = vec![Vec::new(), Vec::new()];
    for (username, name, role, branch) in ACCOUNTS {
        let user = Uuid::now_v7();
        sqlx::query(
            "insert into users (id, username, display_name, password_hash) values ($1, $2, $3, $4)",
        )
        .bind(user)
        .bind(username)
        .bind(name)
        .bind(&hash)
        .execute(&mut *tx)
        .await
        .with_context(|| format!("creating {username}"))?;
        let unit = branch.map_or(committee, |b| branches[b]);
        sqlx::query("insert into memberships (user_id, org_unit_id, role) values ($1, $2, $3)")
            .bind(user)
            .bind(unit)
            .bind(role)
            .execute(&mut *tx)
            .await?;
        if let Some(b) = branch {
            let title = (role == "secretary").then_some("支部书记");
            people[b].push(
                insert_person(&mut tx, branches[b], name, title, "member", Some(user)).await?,
            );
        }
    }
    for (b, names) in [["周党员", "吴党员"], ["郑党员", "冯党员"]]
        .iter()
        .enumerate()
    {
        for name in names {
            people[b].push(insert_person(&mut tx, branches[b], name, None, "member", None).await?);
        }
    }
    let guest = insert_person(&mut tx, branches[0], "张市长", Some("市长"), "guest", None).await?;

    // A year of meetings per branch: monthly 支委会, quarterly 党员大会 and 党课, a 主题党日 every
    // other month, the yearly 组织生活会 — past ones finalized, the coming ones scheduled.
    let year = Utc::now().year();
    for (b, unit) in branches.iter().enumerate() {
        let members = &people[b];
        for month in 1..=12u32 {
            let day = |d: u32, hour: u32| Utc.with_ymd_and_hms(year, month, d, hour, 0, 0).unwrap();
            insert_meeting(
                &mut tx,
                *unit,
                "committee_meeting",
                &format!("{month}月支委会"),
                day(5, 1),
                (members, &[]),
                &[],
            )
            .await?;
            if month % 3 == 0 {
                insert_meeting(
                    &mut tx,
                    *unit,
                    "general_assembly",
                    &format!("第{}季度支部党员大会", month / 3),
                    day(12, 1),
                    (members, &[]),
                    &[],
                )
                .await?;
                insert_meeting(
                    &mut tx,
                    *unit,
                    "party_lecture",
                    &format!("第{}季度专题党课", month / 3),
                    day(20, 6),
                    (members, &[]),
                    &[],
                )
                .await?;
            }
            if month % 2 == 0 {
                insert_meeting(
                    &mut tx,
                    *unit,
                    "theme_day",
                    &format!("{month}月主题党日"),
                    day(1, 1),
                    (members, &[]),
                    &[],
                )
                .await?;
            }
        }
        // The organizational life meeting, with the sample speech, self-criticism and criticism;
        // in the first branch the visiting leader who gives it is on the list as 列席.
        let mut speeches: Vec<Speech> = vec![
            (members[1], "self_criticism", None, "一、存在的问题\n理论学习不够系统深入，调查研究不够。\n二、整改措施\n每月精读一篇原文，每季度下基层调研一次。".into(), None),
            (members[0], "criticism", None, "希望同志加强理论学习，多下基层。".into(), Some(members[1])),
            (members[1], "criticism", None, "希望书记多听取党员意见。".into(), Some(members[0])),
        ];
        let mut guests = Vec::new();
        if b == 0 {
            let (title, text) = sample_speech();
            speeches.insert(0, (guest, "remarks", Some(title), text, None));
            guests.push(guest);
        }
        let life_day = Utc.with_ymd_and_hms(year, 11, 20, 1, 30, 0).unwrap();
        let life = insert_meeting(
            &mut tx,
            *unit,
            "organizational_life",
            &format!("{year}年度组织生活会"),
            life_day,
            (members, &guests),
            &speeches,
        )
        .await?;
        // Rectification items in every state.
        let today = Utc::now().date_naive();
        for (status, due, problem) in [
            ("open", today + Duration::days(60), "理论学习不够系统深入"),
            (
                "in_progress",
                today + Duration::days(30),
                "调查研究不够深入",
            ),
            ("submitted", today - Duration::days(5), "联系群众不够紧密"),
            ("verified", today - Duration::days(10), "会议记录不够规范"),
            (
                "in_progress",
                today - Duration::days(3),
                "整改台账更新不及时",
            ),
        ] {
            let verified = status == "verified";
            sqlx::query(
                "insert into rectification_items (id, org_unit_id, meeting_id, problem, measure, owner_id,
                     due_on, status, progress_percent, submitted_at, verified_at, verification_note)
                 values ($1, $2, $3, $4, '制定计划，按月推进，按期销号', $5, $6, $7,
                         case when $7 = 'open' then 0 when $8 then 100 else 50 end,
                         case when $7 in ('submitted', 'verified') then now() end,
                         case when $8 then now() end, case when $8 then '整改到位，同意销号' end)",
            )
            .bind(Uuid::now_v7())
            .bind(unit)
            .bind(life)
            .bind(problem)
            .bind(members[1])
            .bind(due)
            .bind(status)
            .bind(verified)
            .execute(&mut *tx)
            .await?;
        }
    }
    // Entered on the day of each meeting, as a diligent secretary would: no late entries (补录).
    sqlx::query(
        "with held as (select id, ends_at from meetings where org_unit_id = any($1) and ends_at < now())
         update speeches s set created_at = held.ends_at, updated_at = held.ends_at
             from held where s.meeting_id = held.id",
    )
    .bind(&branches[..])
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "update attendance a set recorded_at = m.ends_at from meetings m
         where m.id = a.meeting_id and m.org_unit_id = any($1) and m.ends_at < now()",
    )
    .bind(&branches[..])
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "update rectification_items i set created_at = m.ends_at from meetings m
         where m.id = i.meeting_id and m.org_unit_id = any($1) and m.ends_at < now()",
    )
    .bind(&branches[..])
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    // The past meetings were finalized as inserted, not through the service: their digests.
    crate::seal::record::stamp_unstamped(pool, &branches).await?;
    crate::search::reindex_all(pool).await?;
    Ok(ACCOUNTS.iter().map(|(u, _, r, _)| (*u, *r)).collect())
}

async fn insert_person(
    tx: &mut sqlx::PgConnection,
    unit: Uuid,
    name: &str,
    title: Option<&str>,
    kind: &str,
    user: Option<Uuid>,
) -> anyhow::Result<Uuid> {
    let id = Uuid::now_v7();
    sqlx::query("insert into people (id, org_unit_id, name, title, kind, user_id) values ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(unit)
        .bind(name)
        .bind(title)
        .bind(kind)
        .bind(user)
        .execute(tx)
        .await?;
    Ok(id)
}

/// A speech of the demo: speaker, kind, title, text, target.
type Speech<'a> = (Uuid, &'a str, Option<&'a str>, String, Option<Uuid>);

/// A meeting with every member present but the last (on leave) and the guests present (列席),
/// and `speeches` in order. Its counts are those the attendance endpoint would store.
async fn insert_meeting(
    tx: &mut sqlx::PgConnection,
    unit: Uuid,
    kind: &str,
    title: &str,
    starts_at: chrono::DateTime<Utc>,
    (members, guests): (&[Uuid], &[Uuid]),
    speeches: &[Speech<'_>],
) -> anyhow::Result<Uuid> {
    let id = Uuid::now_v7();
    let past = starts_at < Utc::now();
    let (status, finalized_at) = if past {
        ("finalized", Some(starts_at + Duration::days(1)))
    } else {
        ("scheduled", None)
    };
    // 应到/实到 count members; guests attend as 列席.
    let n = members.len() as i32;
    sqlx::query(
        "insert into meetings (id, org_unit_id, kind, title, starts_at, ends_at, location, host_id,
             recorder_id, agenda, status, finalized_at, attendance_expected, attendance_present,
             attendance_leave)
         values ($1, $2, $3, $4, $5, $5 + interval '2 hours', '党员活动室', $6, $7,
                 '[\"传达学习上级精神\", \"研究部署近期工作\"]', $8, $9, $10, $11, 1)",
    )
    .bind(id)
    .bind(unit)
    .bind(kind)
    .bind(title)
    .bind(starts_at)
    .bind(members[0])
    .bind(members[1])
    .bind(status)
    .bind(finalized_at)
    .bind(n)
    .bind(n - 1)
    .execute(&mut *tx)
    .await?;
    for (i, person) in members.iter().chain(guests).enumerate() {
        let leave = i + 1 == members.len();
        sqlx::query("insert into attendance (meeting_id, person_id, status, reason) values ($1, $2, $3, $4)")
            .bind(id)
            .bind(person)
            .bind(if leave { "leave" } else { "present" })
            .bind(leave.then_some("因公出差"))
            .execute(&mut *tx)
            .await?;
    }
    for (position, (speaker, kind, speech_title, content, target)) in speeches.iter().enumerate() {
        sqlx::query(
            "insert into speeches (id, meeting_id, org_unit_id, position, speaker_id, kind, title,
                 content, target_person_id, char_count, outline)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(Uuid::now_v7())
        .bind(id)
        .bind(unit)
        .bind(position as i32 + 1)
        .bind(speaker)
        .bind(kind)
        .bind(speech_title)
        .bind(content)
        .bind(target)
        .bind(crate::domain::outline::char_count(content))
        .bind(sqlx::types::Json(crate::domain::outline::outline(content)))
        .execute(&mut *tx)
        .await?;
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_speech_is_recorded_without_the_reprint_notice() {
        let (title, text) = sample_speech();
        assert_eq!(title, "在市政府办机关第一党支部组织生活会上的讲话");
        assert!(!text.contains("本文系"), "{text}");
        assert!(
            text.starts_with("今天，参加市政府办机关第一党支部"),
            "{text}"
        );
        assert!(text.trim_end().ends_with("谢谢大家。"));
        // Every other paragraph of the sample is kept.
        let kept = SAMPLE_SPEECH
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty());
        assert!(kept.clone().count() > 10);
        for line in kept {
            assert!(text.contains(line), "missing {line}");
        }
    }
}
