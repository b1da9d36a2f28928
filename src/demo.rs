//! `minutebook demo-data`: a living organisation for newcomers to look at in /docs — a
//! committee with two branches, people, a year of meetings of every kind with attendance and
//! speeches (the sample speech among them), criticisms, rectification items in every state, and
//! a 支部党员大会 that admits a candidate, confirms a probationary member and fails a motion on
//! exactly half the votes ([`ASSEMBLY_DAY`]).

use anyhow::{Context, bail};
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::password;
use crate::domain::Password;
use crate::store::{decisions, votes::Roll};

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

/// The day of the demo 支部党员大会 that votes on membership (09:00 in Shanghai): fixed, so
/// that its minutes and its counts read the same whenever the demo is loaded.
pub const ASSEMBLY_DAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 6, 26).expect("a valid day");
pub const ASSEMBLY_TITLE: &str = "发展党员支部党员大会";

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
    // The first branch has eight full members and a probationary member, 郑晓东 (admitted a year
    // before the demo 党员大会): enough for its votes to be worth counting.
    let names: [&[&str]; 2] = [
        &[
            "陈党员",
            "杨党员",
            "黄党员",
            "林党员",
            "郑晓东",
            "周党员",
            "吴党员",
        ],
        &["郑党员", "冯党员"],
    ];
    for (b, names) in names.iter().enumerate() {
        for name in *names {
            people[b].push(insert_person(&mut tx, branches[b], name, None, "member", None).await?);
        }
    }
    // A development candidate, on no list but the 党员大会 that admits her (and those after).
    let candidate = insert_person(&mut tx, branches[0], "赵敏", None, "member", None).await?;
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
    assembly(&mut tx, branches[0], &people[0], candidate).await?;
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
    // The stored attendance summaries, as the attendance endpoint counts them.
    sqlx::query(
        "update meetings m set attendance_expected = c.expected, attendance_present = c.present,
             attendance_leave = c.leave, attendance_absent = c.absent
         from (select a.meeting_id, count(*) as expected,
                      count(*) filter (where a.status = 'present') as present,
                      count(*) filter (where a.status = 'leave') as leave,
                      count(*) filter (where a.status = 'absent') as absent
               from attendance a join people p on p.id = a.person_id and p.kind = 'member'
               group by a.meeting_id) c
         where c.meeting_id = m.id and m.org_unit_id = any($1)",
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

/// A person's standing from a day, as `POST /people/{id}/standing` records it.
async fn standing(
    tx: &mut sqlx::PgConnection,
    unit: Uuid,
    person: Uuid,
    standing: &str,
    day: NaiveDate,
    decision: Option<Uuid>,
    note: Option<&str>,
) -> anyhow::Result<()> {
    sqlx::query(
        "insert into standing_changes (id, person_id, org_unit_id, standing, effective_on,
             decision_id, note)
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(Uuid::now_v7())
    .bind(person)
    .bind(unit)
    .bind(standing)
    .bind(day)
    .bind(decision)
    .bind(note)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// A decision of the demo: kind, motion, method, candidate, (for, against, abstaining),
/// written opinions, exclusions (person, reason, approval).
struct Decision<'a> {
    kind: &'a str,
    motion: &'a str,
    method: &'a str,
    candidate: Option<Uuid>,
    votes: [i32; 3],
    opinions: &'a [(Uuid, &'a str)],
    exclusions: &'a [(Uuid, &'a str, &'a str)],
}

/// The 支部党员大会 of [`ASSEMBLY_DAY`] in the first branch: eight full members, six of them
/// present, 吴党员 on leave (her written opinion counted in the admission) and 周党员 absent
/// in hospital (left out of those due for the votes on membership, with the committee's
/// approval); the probationary member 郑晓东 present without a vote; the development candidate
/// 赵敏 present. It admits 赵敏 (secret ballot: due 7, present 6, 6 in favour with the written
/// opinion: passed), confirms 郑晓东 (due 7, present 6, 6 in favour: passed), and fails a
/// commendation on exactly half (show of hands: due 8, present 6, 4 in favour: not more than
/// half of 8). The judgements are the service's (`store::decisions`), kept as at finalizing;
/// the standing changes the passed decisions made are recorded with them.
async fn assembly(
    tx: &mut sqlx::PgConnection,
    unit: Uuid,
    members: &[Uuid],
    candidate: Uuid,
) -> anyhow::Result<()> {
    // members: 王书记, 李党员, 陈党员, 杨党员, 黄党员, 林党员, 郑晓东, 周党员, 吴党员.
    let [secretary, _, chen, ..] = members else {
        bail!("the first demo branch has too few members");
    };
    let (probationary, in_hospital, on_leave) = (members[6], members[7], members[8]);
    let day = ASSEMBLY_DAY;
    standing(
        tx,
        unit,
        probationary,
        "probationary_member",
        day - Duration::days(365),
        None,
        Some("经上年度支部党员大会接收为预备党员，党委审批同意"),
    )
    .await?;
    standing(
        tx,
        unit,
        candidate,
        "activist",
        NaiveDate::from_ymd_opt(2025, 3, 1).expect("a day"),
        None,
        Some("经党员推荐、支委会研究确定为入党积极分子"),
    )
    .await?;
    standing(
        tx,
        unit,
        candidate,
        "development_candidate",
        NaiveDate::from_ymd_opt(2026, 3, 1).expect("a day"),
        None,
        Some("经支委会讨论、党委备案确定为发展对象"),
    )
    .await?;

    // On the list: the full members present, the probationary member and the candidate, and
    // 吴党员 last, on leave; 周党员 absent with the reason.
    let mut listed: Vec<Uuid> = members[..6].to_vec();
    listed.extend([probationary, candidate, on_leave]);
    let starts_at = Utc
        .with_ymd_and_hms(day.year(), day.month(), day.day(), 1, 0, 0)
        .single()
        .context("the assembly's time")?;
    let speeches: Vec<Speech> = vec![(
        *secretary,
        "report",
        Some("发展对象和预备党员的培养考察情况"),
        "一、发展对象赵敏同志
赵敏同志2025年3月被确定为入党积极分子，经一年以上培养教育和考察，2026年3月被确定为发展对象，政治审查合格，已参加集中培训。
二、预备党员郑晓东同志
郑晓东同志预备期一年已满，预备期间表现良好，本人已提出转正申请。".into(),
        None,
    )];
    let meeting = insert_meeting(
        tx,
        unit,
        "general_assembly",
        ASSEMBLY_TITLE,
        starts_at,
        (&listed, &[]),
        &speeches,
    )
    .await?;
    sqlx::query(
        "update meetings set agenda = '[\"讨论接收赵敏同志为中共预备党员\", \"讨论郑晓东同志预备党员转正\", \"讨论表彰事项\"]'
         where id = $1",
    )
    .bind(meeting)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "update attendance set reason = '家中有事' where meeting_id = $1 and person_id = $2",
    )
    .bind(meeting)
    .bind(on_leave)
    .execute(&mut *tx)
    .await?;
    sqlx::query("insert into attendance (meeting_id, person_id, status, reason) values ($1, $2, 'absent', '因病住院治疗')")
        .bind(meeting)
        .bind(in_hospital)
        .execute(&mut *tx)
        .await?;

    let excluded: &[(Uuid, &str, &str)] = &[(
        in_hospital,
        "因病住院治疗",
        "经示范党委批准（示党委〔2026〕8号）",
    )];
    let admission = [
        Decision {
            kind: "admission",
            motion: "讨论接收赵敏同志为中共预备党员",
            method: "secret_ballot",
            candidate: Some(candidate),
            votes: [6, 0, 1],
            opinions: &[(on_leave, "in_favour")],
            exclusions: excluded,
        },
        Decision {
            kind: "confirmation",
            motion: "讨论郑晓东同志预备党员按期转为正式党员",
            method: "secret_ballot",
            candidate: Some(probationary),
            votes: [6, 0, 0],
            opinions: &[],
            exclusions: excluded,
        },
        Decision {
            kind: "commendation",
            motion: "提请党委表彰陈党员同志为年度优秀共产党员",
            method: "show_of_hands",
            candidate: Some(*chen),
            votes: [4, 1, 1],
            opinions: &[],
            exclusions: &[],
        },
    ];
    let mut ids = Vec::new();
    for (i, d) in admission.iter().enumerate() {
        let id = Uuid::now_v7();
        sqlx::query(
            "insert into decisions (id, meeting_id, org_unit_id, position, kind, motion, method,
                                    in_favour, against, abstaining)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(id)
        .bind(meeting)
        .bind(unit)
        .bind(i as i32 + 1)
        .bind(d.kind)
        .bind(d.motion)
        .bind(d.method)
        .bind(d.votes[0])
        .bind(d.votes[1])
        .bind(d.votes[2])
        .execute(&mut *tx)
        .await?;
        if let Some(person) = d.candidate {
            sqlx::query("insert into decision_candidates (decision_id, person_id, position) values ($1, $2, 1)")
                .bind(id)
                .bind(person)
                .execute(&mut *tx)
                .await?;
        }
        for (person, vote) in d.opinions {
            sqlx::query(
                "insert into decision_opinions (decision_id, person_id, vote) values ($1, $2, $3)",
            )
            .bind(id)
            .bind(person)
            .bind(vote)
            .execute(&mut *tx)
            .await?;
        }
        for (person, reason, approval) in d.exclusions {
            sqlx::query("insert into decision_exclusions (decision_id, person_id, reason, approval) values ($1, $2, $3, $4)")
                .bind(id)
                .bind(person)
                .bind(reason)
                .bind(approval)
                .execute(&mut *tx)
                .await?;
        }
        ids.push(id);
    }
    // Judged by the service's rules and kept, as finalizing keeps them; then the results are
    // checked, so the demo never shows a vote that came out otherwise than described.
    let roll = Roll::of_meeting(&mut *tx, meeting, unit, day).await?;
    decisions::keep_judgements(&mut *tx, meeting, &roll).await?;
    let judged: Vec<bool> = decisions::of_meeting(&mut *tx, meeting, None, &roll)
        .await?
        .iter()
        .map(|d| d.judgement.passed)
        .collect();
    if judged != [true, true, false] {
        bail!("the demo 党员大会's votes came out {judged:?}, not passed, passed, not passed");
    }
    // What the passed decisions made: 赵敏 a probationary member from the meeting's day, 郑晓东
    // a full member at the end of his year of probation (the same day).
    standing(
        tx,
        unit,
        candidate,
        "probationary_member",
        day,
        Some(ids[0]),
        None,
    )
    .await?;
    standing(
        tx,
        unit,
        probationary,
        "full_member",
        day,
        Some(ids[1]),
        None,
    )
    .await?;
    // 赵敏 attends the branch's meetings from then on, as a probationary member.
    sqlx::query(
        "insert into attendance (meeting_id, person_id, status)
         select id, $2, 'present' from meetings where org_unit_id = $1 and starts_at > $3",
    )
    .bind(unit)
    .bind(candidate)
    .bind(starts_at)
    .execute(&mut *tx)
    .await?;
    Ok(())
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
