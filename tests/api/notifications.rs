//! Notifications (issue 15): each change tells exactly who should know, once; the caller's
//! list, unread count and read marks; reminders written once per day whatever the number of
//! instances creating them.

use chrono::{Duration, NaiveDate, Utc};
use futures_util::future::join_all;
use minutebook::domain::notification::{
    DEFAULT_DUE_SOON_DAYS, DEFAULT_ESCALATE_AFTER_DAYS, DEFAULT_REMINDER_TIME, ReminderDays,
};
use minutebook::notify::Outbox;
use minutebook::notify::reminders::{ReminderRules, create_for_day};
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::{Actor, BranchRecords, World};

const ZONE: chrono_tz::Tz = chrono_tz::Asia::Shanghai;

fn today() -> NaiveDate {
    Utc::now().with_timezone(&ZONE).date_naive()
}

/// The service's default reminder rules in `timezone`, without email.
pub fn default_rules(timezone: chrono_tz::Tz) -> ReminderRules {
    ReminderRules {
        at: DEFAULT_REMINDER_TIME,
        days: ReminderDays {
            due_soon: DEFAULT_DUE_SOON_DAYS,
            escalate_after: DEFAULT_ESCALATE_AFTER_DAYS,
        },
        outbox: Outbox {
            timezone,
            email: false,
        },
    }
}

fn item(r: &BranchRecords, owner: &str, due_on: NaiveDate, problem: &str) -> Value {
    json!({
        "org_unit_id": r.unit, "meeting_id": r.meeting, "problem": problem,
        "measure": "每月精读一篇原文并撰写心得", "owner_id": owner, "due_on": due_on
    })
}

/// Every notification of `actor`, newest first (all pages).
async fn all_of(app: &TestApp, actor: &Actor) -> Vec<Value> {
    let mut all = Vec::new();
    let mut cursor = String::new();
    loop {
        let path = format!("/api/v1/me/notifications?limit=200{cursor}");
        let page = json_of(app.get_as(&actor.token, &path).await, 200).await;
        all.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(next) => cursor = format!("&cursor={next}"),
            None => return all,
        }
    }
}

/// The notifications of `actor` of `kind` about `entity`.
async fn of_kind(app: &TestApp, actor: &Actor, kind: &str, entity: &str) -> Vec<Value> {
    all_of(app, actor)
        .await
        .into_iter()
        .filter(|n| n["kind"] == kind && n["entity_id"] == entity)
        .collect()
}

/// How many notifications of `kind` about `entity` each of `actors` has.
async fn counts(app: &TestApp, actors: &[&Actor], kind: &str, entity: &str) -> Vec<usize> {
    let mut counts = Vec::new();
    for actor in actors {
        counts.push(of_kind(app, actor, kind, entity).await.len());
    }
    counts
}

#[tokio::test]
async fn each_move_of_an_item_tells_exactly_who_should_know_once() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let everyone = [
        &w.secretary_a,
        &w.member_a,
        &w.reviewer,
        &w.secretary_b,
        &w.member_b,
        &w.admin,
    ];
    let due = today() + Duration::days(30);
    let created = app
        .create_item(
            &w.secretary_a.token,
            &item(&r, &r.member_person, due, "理论学习不够系统深入"),
        )
        .await;
    let id = id_of(&json_of(created, 201).await);

    // Assigned: the owner only, not the secretary who did it.
    assert_eq!(
        counts(&app, &everyone, "item_assigned", &id).await,
        [0, 1, 0, 0, 0, 0]
    );
    let assigned = &of_kind(&app, &w.member_a, "item_assigned", &id).await[0];
    assert_eq!(assigned["entity_type"], "rectification_item");
    assert_eq!(assigned["org_unit_id"], w.branch_a.as_str());
    assert_eq!(
        assigned["message"],
        "您有一项新的整改事项：理论学习不够系统深入"
    );
    assert_eq!(assigned["read_at"], Value::Null);

    // Progress tells nobody; a submission tells the secretary and the reviewer above.
    json_of(
        app.add_item_update(
            &w.member_a.token,
            &id,
            &json!({"note": "已学习", "progress_percent": 50}),
        )
        .await,
        201,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &id).await, 200).await;
    assert_eq!(
        counts(&app, &everyone, "item_submitted", &id).await,
        [1, 0, 1, 0, 0, 0]
    );

    // A return tells the owner, with the note.
    let note = "学习心得未附原始记录，请补充后重新提交。";
    json_of(app.return_item(&w.secretary_a.token, &id, note).await, 200).await;
    let returned = of_kind(&app, &w.member_a, "item_returned", &id).await;
    assert_eq!(returned.len(), 1);
    assert_eq!(returned[0]["note"], note);
    assert_eq!(
        counts(&app, &everyone, "item_returned", &id).await,
        [0, 1, 0, 0, 0, 0]
    );

    // Submitted again: once more each; verified by the reviewer: the owner is told.
    json_of(app.submit_item(&w.member_a.token, &id).await, 200).await;
    assert_eq!(
        counts(&app, &everyone, "item_submitted", &id).await,
        [2, 0, 2, 0, 0, 0]
    );
    json_of(
        app.verify_item(&w.reviewer.token, &id, "整改到位").await,
        200,
    )
    .await;
    assert_eq!(
        counts(&app, &everyone, "item_verified", &id).await,
        [0, 1, 0, 0, 0, 0]
    );
    assert_eq!(
        of_kind(&app, &w.member_a, "item_verified", &id).await[0]["note"],
        "整改到位"
    );

    // Handing an item over tells the new owner; a refused change tells nobody.
    let other = app
        .create_item(
            &w.secretary_a.token,
            &item(&r, &r.secretary_person, due, "组织生活不规范"),
        )
        .await;
    let other = json_of(other, 201).await;
    let other_id = id_of(&other);
    assert_eq!(
        counts(&app, &everyone, "item_assigned", &other_id).await,
        [0, 0, 0, 0, 0, 0],
        "the secretary assigning an item to itself is not told"
    );
    let refused = app
        .update_item(
            &w.secretary_a.token,
            &other_id,
            "\"9\"",
            &json!({"owner_id": r.member_person}),
        )
        .await;
    assert_problem(refused, 412).await;
    assert_eq!(
        counts(&app, &[&w.member_a], "item_assigned", &other_id).await,
        [0]
    );
    let handed = app
        .update_item(
            &w.secretary_a.token,
            &other_id,
            "\"1\"",
            &json!({"owner_id": r.member_person}),
        )
        .await;
    json_of(handed, 200).await;
    assert_eq!(
        counts(&app, &everyone, "item_assigned", &other_id).await,
        [0, 1, 0, 0, 0, 0]
    );
    let measure_only = app
        .update_item(
            &w.secretary_a.token,
            &other_id,
            "\"2\"",
            &json!({"measure": "每周一次"}),
        )
        .await;
    json_of(measure_only, 200).await;
    assert_eq!(
        counts(&app, &[&w.member_a], "item_assigned", &other_id).await,
        [1]
    );
}

#[tokio::test]
async fn meetings_tell_the_people_of_their_unit() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let everyone = [
        &w.secretary_a,
        &w.member_a,
        &w.reviewer,
        &w.secretary_b,
        &w.member_b,
    ];
    // BranchRecords scheduled a meeting (then held it by recording speeches).
    assert_eq!(
        counts(&app, &everyone, "meeting_scheduled", &r.meeting).await,
        [0, 1, 0, 0, 0]
    );
    let scheduled = &of_kind(&app, &w.member_a, "meeting_scheduled", &r.meeting).await[0];
    assert_eq!(scheduled["entity_type"], "meeting");
    // 01:30Z is 09:30 in Shanghai, the service's zone.
    assert_eq!(
        scheduled["message"],
        "会议已安排：2026年度组织生活会（2026-11-20 09:30）"
    );
    json_of(
        app.finalize_meeting(&w.secretary_a.token, &r.meeting).await,
        200,
    )
    .await;
    assert_eq!(
        counts(&app, &everyone, "minutes_finalized", &r.meeting).await,
        [0, 1, 0, 0, 0]
    );

    let next = json_of(
        app.create_meeting(
            &w.secretary_a.token,
            &json!({
                "org_unit_id": w.branch_a, "kind": "party_lecture", "title": "专题党课",
                "starts_at": "2027-01-10T06:00:00Z"
            }),
        )
        .await,
        201,
    )
    .await;
    let next_id = id_of(&next);
    // Changing the title only is no move.
    let renamed = app
        .update_meeting(
            &w.secretary_a.token,
            &next_id,
            "\"1\"",
            &json!({"title": "专题党课（一）"}),
        )
        .await;
    json_of(renamed, 200).await;
    assert_eq!(
        counts(&app, &everyone, "meeting_moved", &next_id).await,
        [0, 0, 0, 0, 0]
    );
    let moved = app
        .update_meeting(
            &w.secretary_a.token,
            &next_id,
            "\"2\"",
            &json!({"starts_at": "2027-01-11T06:00:00Z"}),
        )
        .await;
    let moved_etag = etag_of(&moved);
    json_of(moved, 200).await;
    assert_eq!(
        counts(&app, &everyone, "meeting_moved", &next_id).await,
        [0, 1, 0, 0, 0]
    );
    let cancelled = app
        .update_meeting(
            &w.secretary_a.token,
            &next_id,
            &moved_etag,
            &json!({"status": "cancelled"}),
        )
        .await;
    json_of(cancelled, 200).await;
    assert_eq!(
        counts(&app, &everyone, "meeting_cancelled", &next_id).await,
        [0, 1, 0, 0, 0]
    );
    assert_eq!(
        of_kind(&app, &w.member_a, "meeting_cancelled", &next_id).await[0]["message"],
        "会议已取消：专题党课（一）（2027-01-11 14:00）"
    );
}

#[tokio::test]
async fn the_list_is_newest_first_with_a_count_of_unread_and_read_marks_of_ones_own() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let due = today() + Duration::days(60);
    let mut ids = Vec::new();
    for problem in ["问题一", "问题二", "问题三"] {
        let created = app
            .create_item(
                &w.secretary_a.token,
                &item(&r, &r.member_person, due, problem),
            )
            .await;
        ids.push(id_of(&json_of(created, 201).await));
    }
    // The meeting of BranchRecords and the three items.
    let unread = |actor: &Actor| {
        let token = actor.token.clone();
        let app = &app;
        async move {
            json_of(
                app.get_as(&token, "/api/v1/me/notifications/unread-count")
                    .await,
                200,
            )
            .await["unread"]
                .as_i64()
                .unwrap()
        }
    };
    assert_eq!(unread(&w.member_a).await, 4);
    assert_eq!(unread(&w.member_b).await, 0);

    let first = json_of(
        app.get_as(&w.member_a.token, "/api/v1/me/notifications?limit=2")
            .await,
        200,
    )
    .await;
    let entities: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["entity_id"].as_str().unwrap())
        .collect();
    assert_eq!(entities, [ids[2].as_str(), ids[1].as_str()], "newest first");
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = json_of(
        app.get_as(
            &w.member_a.token,
            &format!("/api/v1/me/notifications?limit=2&cursor={cursor}"),
        )
        .await,
        200,
    )
    .await;
    let rest: Vec<&str> = second["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert_eq!(rest, ["item_assigned", "meeting_scheduled"]);
    assert_eq!(second["next_cursor"], Value::Null);

    // Marking read: once counts, again changes nothing; someone else's is not found.
    let newest = first["items"][0]["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/me/notifications/{newest}/read");
    let read = json_of(app.post_as(&w.member_a.token, &path, &json!({})).await, 200).await;
    let read_at = read["read_at"].as_str().unwrap().to_owned();
    assert_eq!(unread(&w.member_a).await, 3);
    let again = json_of(app.post_as(&w.member_a.token, &path, &json!({})).await, 200).await;
    assert_eq!(again["read_at"], read_at.as_str());
    assert_eq!(unread(&w.member_a).await, 3);
    for actor in [&w.secretary_a, &w.member_b, &w.reviewer, &w.admin] {
        assert_problem(app.post_as(&actor.token, &path, &json!({})).await, 404).await;
    }
    let unread_only = json_of(
        app.get_as(&w.member_a.token, "/api/v1/me/notifications?unread=true")
            .await,
        200,
    )
    .await;
    assert_eq!(unread_only["items"].as_array().unwrap().len(), 3);
    assert!(
        unread_only["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["id"] != newest.as_str())
    );
    let read_only = json_of(
        app.get_as(&w.member_a.token, "/api/v1/me/notifications?unread=false")
            .await,
        200,
    )
    .await;
    assert_eq!(read_only["items"][0]["id"], newest.as_str());
    assert_eq!(read_only["items"].as_array().unwrap().len(), 1);

    let all = json_of(
        app.post_as(
            &w.member_a.token,
            "/api/v1/me/notifications/read-all",
            &json!({}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(all["marked"], 3);
    assert_eq!(unread(&w.member_a).await, 0);
    let none = json_of(
        app.post_as(
            &w.member_a.token,
            "/api/v1/me/notifications/read-all",
            &json!({}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(none["marked"], 0);

    // Bad paging is a problem naming the field.
    let bad = assert_problem(
        app.get_as(&w.member_a.token, "/api/v1/me/notifications?unread=perhaps")
            .await,
        422,
    )
    .await;
    assert!(bad.to_string().contains("unread"), "{bad}");
}

#[tokio::test]
async fn reminders_of_a_day_are_written_once_whatever_the_instances_and_runs() {
    let app = TestApp::spawn().await;
    let second = app.second_instance().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let day = today();
    let mut due = Vec::new();
    for (days, problem) in [
        (7, "七天后到期"),
        (1, "明天到期"),
        (-1, "昨天到期"),
        (-7, "逾期七天"),
        (3, "三天后到期"),
    ] {
        let body = item(&r, &r.member_person, day + Duration::days(days), problem);
        due.push(id_of(
            &json_of(app.create_item(&w.secretary_a.token, &body).await, 201).await,
        ));
    }
    // A verified item due tomorrow is reminded of no more.
    let done = item(&r, &r.member_person, day + Duration::days(1), "已销号");
    let done = id_of(&json_of(app.create_item(&w.secretary_a.token, &done).await, 201).await);
    app.add_item_update(&w.member_a.token, &done, &json!({"note": "完成"}))
        .await;
    json_of(app.submit_item(&w.member_a.token, &done).await, 200).await;
    json_of(
        app.verify_item(&w.secretary_a.token, &done, "好").await,
        200,
    )
    .await;
    // A meeting tomorrow at 10:00 local time.
    let tomorrow = (day + Duration::days(1))
        .and_hms_opt(10, 0, 0)
        .unwrap()
        .and_local_timezone(ZONE)
        .unwrap()
        .to_utc();
    let meeting = json_of(
        app.create_meeting(
            &w.secretary_a.token,
            &json!({
                "org_unit_id": w.branch_a, "kind": "theme_day", "title": "主题党日",
                "starts_at": tomorrow
            }),
        )
        .await,
        201,
    )
    .await;
    let meeting = id_of(&meeting);

    // The second branch reminds 10 days ahead and escalates after 3.
    let b = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let settings = format!("/api/v1/org-units/{}/notification-settings", w.branch_b);
    let set = json!({"due_soon_days": 10, "escalate_after_days": 3});
    let answer = json_of(app.put_as(&w.secretary_b.token, &settings, &set).await, 200).await;
    assert_eq!(answer["due_soon_days"], 10);
    let mut due_b = Vec::new();
    for (days, problem) in [
        (10, "十天后到期"),
        (7, "七天后到期"),
        (-3, "逾期三天"),
        (-7, "逾期七天"),
    ] {
        let body = item(&b, &b.member_person, day + Duration::days(days), problem);
        let created = app.create_item(&w.secretary_b.token, &body).await;
        due_b.push(id_of(&json_of(created, 201).await));
    }

    let rules = default_rules(ZONE);
    // Two instances' pools, each creating the day's reminders several times at once.
    let runs = (0..4).map(|i| {
        let pool = if i % 2 == 0 {
            app.pool.clone()
        } else {
            second.pool.clone()
        };
        async move { create_for_day(&pool, day, rules).await.unwrap() }
    });
    let written: u64 = join_all(runs).await.into_iter().sum();
    // Once more, as after a restart: nothing new.
    assert_eq!(create_for_day(&app.pool, day, rules).await.unwrap(), 0);

    let everyone = [
        &w.secretary_a,
        &w.member_a,
        &w.reviewer,
        &w.secretary_b,
        &w.member_b,
    ];
    let expect = [
        ("item_due_soon", &due[0], [0, 1, 0, 0, 0]),
        ("item_due_tomorrow", &due[1], [0, 1, 0, 0, 0]),
        ("item_overdue", &due[2], [0, 1, 0, 0, 0]),
        // Escalated to the secretary of its unit and the reviewer above; not the owner.
        ("item_escalated", &due[3], [1, 0, 1, 0, 0]),
        // A reminder is nobody's act: the secretary who scheduled it is reminded too.
        ("meeting_tomorrow", &meeting, [1, 1, 0, 0, 0]),
        ("item_due_tomorrow", &done, [0, 0, 0, 0, 0]),
        // The second branch by its own days.
        ("item_due_soon", &due_b[0], [0, 0, 0, 0, 1]),
        ("item_due_soon", &due_b[1], [0, 0, 0, 0, 0]),
        ("item_escalated", &due_b[2], [0, 0, 1, 1, 0]),
        ("item_escalated", &due_b[3], [0, 0, 0, 0, 0]),
    ];
    let mut total = 0;
    for (kind, entity, counted) in expect {
        assert_eq!(
            counts(&app, &everyone, kind, entity).await,
            counted,
            "{kind}"
        );
        total += counted.iter().sum::<usize>();
    }
    // Nothing else was reminded of (the item due in three days, other kinds, other days).
    let reminders: i64 =
        sqlx::query_scalar("select count(*) from notifications where reminder_on is not null")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(reminders as usize, total);
    // The instances' own jobs may have written some of them first; together, each once.
    assert!(written as usize <= total);
    let reminded = &of_kind(&app, &w.member_a, "item_due_tomorrow", &due[1]).await[0];
    assert_eq!(reminded["reminder_on"], day.to_string());
    assert_eq!(reminded["message"], "您的整改事项明天到期：明天到期");
}

#[tokio::test]
async fn a_units_reminder_days_are_set_by_its_secretaries_within_their_range() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let path = format!("/api/v1/org-units/{}/notification-settings", w.branch_a);
    let defaults = json_of(app.get_as(&w.member_a.token, &path).await, 200).await;
    assert_eq!(
        defaults,
        json!({"org_unit_id": w.branch_a, "due_soon_days": null, "escalate_after_days": null})
    );
    let before = app.snapshot().await;
    for (body, field) in [
        (json!({"due_soon_days": 61}), "/due_soon_days"),
        (json!({"due_soon_days": 1}), "/due_soon_days"),
        (json!({"escalate_after_days": 0}), "/escalate_after_days"),
    ] {
        let refused =
            assert_problem(app.put_as(&w.secretary_a.token, &path, &body).await, 422).await;
        assert_eq!(refused["errors"][0]["field"], field, "{refused}");
    }
    let set = json!({"due_soon_days": 14});
    assert_problem(app.put_as(&w.member_a.token, &path, &set).await, 403).await;
    assert_problem(app.put_as(&w.reviewer.token, &path, &set).await, 403).await;
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused change changed something"
    );

    // 14.0 is the integer 14 to JSON Schema, and so to the server.
    let whole = json!({"due_soon_days": 14.0});
    let saved = json_of(app.put_as(&w.secretary_a.token, &path, &whole).await, 200).await;
    assert_eq!(saved["due_soon_days"], 14);
    assert_eq!(saved["escalate_after_days"], Value::Null);
    assert_eq!(
        json_of(app.get_as(&w.reviewer.token, &path).await, 200).await,
        saved
    );
    let events = json_of(
        app.audit_events(
            &w.secretary_a.token,
            "?entity_type=unit_notification_settings",
        )
        .await,
        200,
    )
    .await;
    let events = events["items"].as_array().unwrap().clone();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["after"]["due_soon_days"], 14);
    // Back to the defaults.
    let cleared = json_of(
        app.put_as(&w.secretary_a.token, &path, &json!({})).await,
        200,
    )
    .await;
    assert_eq!(cleared, defaults);
}
