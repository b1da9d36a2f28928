use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::{BranchRecords, World};

fn meeting_body(unit: &str, title: &str, starts_at: &str, kind: &str) -> Value {
    json!({"org_unit_id": unit, "kind": kind, "title": title, "starts_at": starts_at})
}

#[tokio::test]
async fn a_meeting_is_created_read_and_listed_newest_first() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let response = app
        .create_meeting(
            token,
            &meeting_body(
                &w.branch_a,
                "支委会",
                "2026-03-01T01:00:00Z",
                "committee_meeting",
            ),
        )
        .await;
    assert_eq!(etag_of(&response), "\"1\"");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let created = json_of(response, 201).await;
    assert_eq!(location, format!("/api/v1/meetings/{}", id_of(&created)));
    assert_eq!(created["status"], "scheduled");
    assert_eq!(created["agenda"], json!([]));
    assert_eq!(
        created["attendance_summary"],
        json!({"expected": 0, "present": 0, "leave": 0, "absent": 0})
    );

    let read = app.get_meeting(&w.member_a.token, &id_of(&created)).await;
    assert_eq!(etag_of(&read), "\"1\"");
    let mut read = json_of(read, 200).await;
    // The one meeting also answers who may vote at it (no members yet).
    let voting = read.as_object_mut().unwrap().remove("voting_summary");
    assert_eq!(
        voting,
        Some(
            json!({"full_members": 0, "full_present": 0, "probationary_members": 0, "probationary_present": 0})
        )
    );
    assert_eq!(read, created);

    for (title, at, kind) in [
        ("一月党课", "2026-01-10T01:00:00Z", "party_lecture"),
        ("五月主题党日", "2026-05-10T01:00:00Z", "theme_day"),
        ("四月支委会", "2026-04-10T01:00:00Z", "committee_meeting"),
        ("同时开始的会", "2026-04-10T01:00:00Z", "other"),
    ] {
        json_of(
            app.create_meeting(token, &meeting_body(&w.branch_a, title, at, kind))
                .await,
            201,
        )
        .await;
    }
    let mut starts = Vec::new();
    let mut query = "?limit=2".to_owned();
    loop {
        let page = json_of(app.list_meetings(&w.member_a.token, &query).await, 200).await;
        for m in page["items"].as_array().unwrap() {
            starts.push(m["starts_at"].as_str().unwrap().to_owned());
        }
        match &page["next_cursor"] {
            Value::String(c) => query = format!("?limit=2&cursor={c}"),
            _ => break,
        }
    }
    assert_eq!(starts.len(), 5);
    let mut sorted = starts.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(starts, sorted, "newest first");

    let filtered = json_of(
        app.list_meetings(
            token,
            "?kind=committee_meeting&from=2026-03-15T00:00:00Z&to=2026-12-31T00:00:00Z",
        )
        .await,
        200,
    )
    .await;
    let titles: Vec<&str> = filtered["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["四月支委会"]);
    // A parameter that does not fit is a 422 naming it (tests/api/errors.rs has the words).
    for (bad, field) in [("?from=yesterday", "from"), ("?status=done", "status")] {
        let problem = assert_problem(app.list_meetings(token, bad).await, 422).await;
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    // The other branch sees none of them.
    let theirs = json_of(app.list_meetings(&w.member_b.token, "").await, 200).await;
    assert_eq!(theirs["items"], json!([]));
}

#[tokio::test]
async fn invalid_meetings_are_refused_and_change_nothing() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let base = meeting_body(
        &w.branch_a,
        "支部党员大会",
        "2026-03-01T01:00:00Z",
        "general_assembly",
    );
    let before = app.snapshot().await;
    let cases: Vec<(&str, Value, Option<&str>)> = vec![
        ("title", json!(""), Some("/title")),
        ("title", json!("长".repeat(201)), Some("/title")),
        ("ends_at", json!("2026-02-01T00:00:00Z"), Some("/ends_at")),
        ("agenda", json!(vec!["议题"; 51]), Some("/agenda")),
        ("agenda", json!(["议题", " "]), Some("/agenda/1")),
        ("kind", json!("party_congress"), None),
        ("starts_at", json!("tomorrow"), None),
        ("status", json!("held"), None),
    ];
    for (key, value, field) in cases {
        let mut body = base.clone();
        body[key] = value;
        let problem =
            assert_problem(app.create_meeting(&w.secretary_a.token, &body).await, 422).await;
        if let Some(field) = field {
            assert_eq!(problem["errors"][0]["field"], field, "{key}");
        }
    }
    let mut huge = base.clone();
    huge["summary"] = json!("x".repeat(minutebook::error::JSON_BODY_LIMIT));
    assert_problem(app.create_meeting(&w.secretary_a.token, &huge).await, 413).await;
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn patch_needs_the_current_etag() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let id = id_of(
        &json_of(
            app.create_meeting(
                token,
                &meeting_body(&w.branch_a, "党课", "2026-03-01T01:00:00Z", "party_lecture"),
            )
            .await,
            201,
        )
        .await,
    );
    let change = json!({"title": "专题党课"});

    let path = format!("/api/v1/meetings/{id}");
    assert_problem(app.patch_as(token, &path, &change).await, 428).await;
    assert_problem(app.update_meeting(token, &id, "\"7\"", &change).await, 412).await;
    assert_problem(
        app.update_meeting(token, &id, "garbage", &change).await,
        412,
    )
    .await;
    let changed = app.update_meeting(token, &id, "\"1\"", &change).await;
    assert_eq!(etag_of(&changed), "\"2\"");
    assert_eq!(json_of(changed, 200).await["title"], "专题党课");
    // The old ETag is stale now, and the stale write changed nothing.
    assert_problem(
        app.update_meeting(token, &id, "\"1\"", &json!({"title": "旧的"}))
            .await,
        412,
    )
    .await;
    assert_eq!(
        json_of(app.get_meeting(token, &id).await, 200).await["title"],
        "专题党课"
    );
}

#[tokio::test]
async fn of_32_concurrent_patches_with_one_etag_exactly_one_wins() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let id = id_of(
        &json_of(
            app.create_meeting(
                token,
                &meeting_body(
                    &w.branch_a,
                    "支委会",
                    "2026-03-01T01:00:00Z",
                    "committee_meeting",
                ),
            )
            .await,
            201,
        )
        .await,
    );
    let attempts = (0..32).map(|i| {
        let body = json!({"title": format!("第{i}次修改")});
        let app = &app;
        let id = &id;
        async move {
            app.update_meeting(token, id, "\"1\"", &body)
                .await
                .status()
                .as_u16()
        }
    });
    let statuses = join_all(attempts).await;
    assert_eq!(
        statuses.iter().filter(|&&s| s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 412).count(),
        31,
        "{statuses:?}"
    );
    let meeting = json_of(app.get_meeting(token, &id).await, 200).await;
    assert_eq!(meeting["version"], 2);
}

#[tokio::test]
async fn status_moves_only_forward_and_deletion_only_before_the_meeting() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let new = |title: &'static str| {
        let app = &app;
        let unit = w.branch_a.clone();
        async move {
            id_of(
                &json_of(
                    app.create_meeting(
                        token,
                        &meeting_body(&unit, title, "2026-03-01T01:00:00Z", "theme_day"),
                    )
                    .await,
                    201,
                )
                .await,
            )
        }
    };
    let cancelled = new("取消的会").await;
    json_of(
        app.update_meeting(token, &cancelled, "\"1\"", &json!({"status": "cancelled"}))
            .await,
        200,
    )
    .await;
    assert_problem(
        app.update_meeting(token, &cancelled, "\"2\"", &json!({"title": "复活"}))
            .await,
        409,
    )
    .await;
    assert_eq!(
        app.delete_meeting(token, &cancelled, "\"2\"")
            .await
            .status(),
        204
    );

    let held = new("开过的会").await;
    json_of(
        app.update_meeting(token, &held, "\"1\"", &json!({"status": "held"}))
            .await,
        200,
    )
    .await;
    assert_problem(
        app.update_meeting(token, &held, "\"2\"", &json!({"status": "scheduled"}))
            .await,
        409,
    )
    .await;
    assert_problem(
        app.update_meeting(token, &held, "\"2\"", &json!({"status": "finalized"}))
            .await,
        422,
    )
    .await;
    assert_problem(app.delete_meeting(token, &held, "\"2\"").await, 409).await;

    let scheduled = new("还没开的会").await;
    let refused = assert_problem(app.finalize_meeting(token, &scheduled).await, 409).await;
    assert_eq!(
        refused["detail"],
        "a scheduled meeting cannot be finalized; only a held meeting can be"
    );
    assert_problem(app.delete_meeting(token, &scheduled, "\"9\"").await, 412).await;
    assert_eq!(
        app.delete_meeting(token, &scheduled, "\"1\"")
            .await
            .status(),
        204
    );
    assert_problem(app.get_meeting(token, &scheduled).await, 404).await;
}

#[tokio::test]
async fn attendance_is_replaced_whole_and_counted() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let list = json!([
        {"person_id": r.secretary_person, "status": "present"},
        {"person_id": r.member_person, "status": "leave", "reason": "因公出差"},
        {"person_id": r.guest, "status": "absent", "reason": "未请假"},
    ]);
    let stored = json_of(app.put_attendance(token, &r.meeting, &list).await, 200).await;
    assert_eq!(stored.as_array().unwrap().len(), 3);
    let leave = stored
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["status"] == "leave")
        .unwrap();
    assert_eq!(leave["reason"], "因公出差");
    assert_eq!(leave["name"], "李党员");
    assert_eq!(
        json_of(app.get_attendance(&w.member_a.token, &r.meeting).await, 200).await,
        stored
    );
    let meeting = json_of(app.get_meeting(token, &r.meeting).await, 200).await;
    assert_eq!(
        meeting["attendance_summary"],
        json!({"expected": 2, "present": 1, "leave": 1, "absent": 0}),
        "the members are counted; a guest (列席) is not due to attend"
    );

    let before = app.snapshot().await;
    let committee_person = id_of(
        &json_of(
            app.create_person(
                &w.admin.token,
                &json!({"org_unit_id": w.committee, "name": "上级领导", "kind": "guest"}),
            )
            .await,
            201,
        )
        .await,
    );
    let before_committee = app.snapshot().await;
    assert_ne!(before, before_committee);
    let bad: Vec<(Value, u16, &str)> = vec![
        (
            json!([{"person_id": r.member_person, "status": "leave"}]),
            422,
            "/0/reason",
        ),
        (
            json!([{"person_id": r.member_person, "status": "present", "reason": "x"}]),
            422,
            "/0/reason",
        ),
        (
            json!([{"person_id": r.guest, "status": "present"}, {"person_id": r.guest, "status": "absent"}]),
            422,
            "/1/person_id",
        ),
        (
            json!([{"person_id": committee_person, "status": "present"}]),
            422,
            "/0/person_id",
        ),
    ];
    for (body, status, field) in bad {
        let problem = assert_problem(
            app.put_attendance(&w.admin.token, &r.meeting, &body).await,
            status,
        )
        .await;
        assert_eq!(problem["errors"][0]["field"], field, "{body}");
    }
    // A person the secretary cannot reach is not found, like any other record.
    assert_problem(
        app.put_attendance(
            token,
            &r.meeting,
            &json!([{"person_id": committee_person, "status": "present"}]),
        )
        .await,
        404,
    )
    .await;
    assert_eq!(app.snapshot().await, before_committee);
}

#[tokio::test]
async fn finalized_minutes_refuse_every_change() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let meeting = json_of(app.get_meeting(token, &r.meeting).await, 200).await;
    assert_eq!(
        meeting["status"], "held",
        "recording speeches marks the meeting held"
    );
    assert_problem(
        app.finalize_meeting(&w.member_a.token, &r.meeting).await,
        403,
    )
    .await;
    let finalized = app.finalize_meeting(token, &r.meeting).await;
    let etag = etag_of(&finalized);
    let finalized = json_of(finalized, 200).await;
    assert_eq!(finalized["status"], "finalized");
    assert!(finalized["finalized_at"].is_string());

    let speech = app.get_speech(token, &r.speech).await;
    let speech_etag = etag_of(&speech);
    let before = app.snapshot().await;
    assert_problem(
        app.update_meeting(token, &r.meeting, &etag, &json!({"title": "改"}))
            .await,
        409,
    )
    .await;
    assert_problem(app.delete_meeting(token, &r.meeting, &etag).await, 409).await;
    assert_problem(app.finalize_meeting(token, &r.meeting).await, 409).await;
    assert_problem(app.put_attendance(token, &r.meeting, &json!([])).await, 409).await;
    assert_problem(
        app.create_speech(
            token,
            &r.meeting,
            &json!({"speaker_id": r.guest, "kind": "remarks", "content": "补充"}),
        )
        .await,
        409,
    )
    .await;
    assert_problem(
        app.update_speech(token, &r.speech, &speech_etag, &json!({"content": "改写"}))
            .await,
        409,
    )
    .await;
    assert_problem(app.delete_speech(token, &r.speech, &speech_etag).await, 409).await;
    assert_eq!(app.snapshot().await, before);
}

#[tokio::test]
async fn an_idempotency_key_replays_the_first_answer() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let body = meeting_body(
        &w.branch_a,
        "支部党员大会",
        "2026-03-01T01:00:00Z",
        "general_assembly",
    );
    let first = app.create_meeting_with_key(token, "key-1", &body).await;
    let first_location = first.headers()["location"].clone();
    let first = json_of(first, 201).await;
    let again = app.create_meeting_with_key(token, "key-1", &body).await;
    assert_eq!(again.headers()["location"], first_location);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(json_of(again, 201).await, first);

    let mut other = body.clone();
    other["title"] = json!("另一个会");
    assert_problem(
        app.create_meeting_with_key(token, "key-1", &other).await,
        422,
    )
    .await;
    // Keys belong to their user: another user's same key is a new request.
    let by_admin = json_of(
        app.create_meeting_with_key(&w.admin.token, "key-1", &body)
            .await,
        201,
    )
    .await;
    assert_ne!(by_admin["id"], first["id"]);

    // Concurrent retries of one request create one meeting.
    let retries = (0..8).map(|_| {
        let app = &app;
        let body = &other;
        async move {
            json_of(app.create_meeting_with_key(token, "key-2", body).await, 201).await["id"]
                .clone()
        }
    });
    let ids = join_all(retries).await;
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    let count: i64 = sqlx::query_scalar("select count(*) from meetings")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(count, 3);
    assert_problem(
        app.create_meeting_with_key(token, &"k".repeat(300), &body)
            .await,
        400,
    )
    .await;
    // Visible ASCII, as the document's pattern says: a tab inside is not (spaces are).
    assert_problem(
        app.create_meeting_with_key(token, "key\t3", &body).await,
        400,
    )
    .await;
    json_of(
        app.create_meeting_with_key(token, "key 3", &body).await,
        201,
    )
    .await;
}

#[tokio::test]
async fn concurrent_status_moves_leave_every_meeting_consistent() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let mut ids = Vec::new();
    for i in 0..20 {
        let body = meeting_body(
            &w.branch_a,
            &format!("第{i}次党小组会"),
            "2026-03-01T01:00:00Z",
            "group_meeting",
        );
        ids.push(id_of(
            &json_of(app.create_meeting(token, &body).await, 201).await,
        ));
    }
    // Each meeting at once: a speech (which marks it held), a cancellation and a finalization.
    let races = ids.iter().map(|id| {
        let app = &app;
        let speech =
            json!({"speaker_id": r.member_person, "kind": "report", "content": "汇报学习情况"});
        let cancel = json!({"status": "cancelled"});
        async move {
            let (speech, cancel, finalize) = tokio::join!(
                app.create_speech(token, id, &speech),
                app.update_meeting(token, id, "\"1\"", &cancel),
                app.finalize_meeting(token, id),
            );
            [
                speech.status().as_u16(),
                cancel.status().as_u16(),
                finalize.status().as_u16(),
            ]
        }
    });
    let outcomes = join_all(races).await;
    for (id, [speech, cancel, finalize]) in ids.iter().zip(&outcomes) {
        let id = uuid::Uuid::parse_str(id).unwrap();
        let (status, finalized_at, version): (String, Option<chrono::DateTime<chrono::Utc>>, i32) =
            sqlx::query_as("select status, finalized_at, version from meetings where id = $1")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        let speeches: i64 =
            sqlx::query_scalar("select count(*) from speeches where meeting_id = $1")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        // Exactly one of the speech and the cancellation wins; finalizing needs the speech first.
        assert!((*speech == 201) != (*cancel == 200), "{outcomes:?}");
        match status.as_str() {
            "cancelled" => assert_eq!((speeches, *finalize), (0, 409), "{outcomes:?}"),
            "held" => assert_eq!((speeches, *finalize), (1, 409), "{outcomes:?}"),
            "finalized" => assert_eq!((speeches, *finalize), (1, 200), "{outcomes:?}"),
            other => panic!("a meeting left {other}: {outcomes:?}"),
        }
        assert_eq!(finalized_at.is_some(), status == "finalized");
        // Every status move is in the audit trail, the last one leaving the meeting as it is.
        let trail: Vec<(String, String, i64)> = sqlx::query_as(
            "select action, after ->> 'status', (after ->> 'version')::int8 from audit_events
             where entity_id = $1 order by id",
        )
        .bind(id)
        .fetch_all(&app.pool)
        .await
        .unwrap();
        let (_, last_status, last_version) = trail.last().unwrap();
        assert_eq!(
            (last_status.as_str(), *last_version),
            (status.as_str(), version as i64),
            "{trail:?}"
        );
    }
}
