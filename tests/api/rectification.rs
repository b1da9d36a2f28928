use chrono::{Duration, Utc};
use futures_util::future::join_all;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::world::{BranchRecords, World};

fn item(r: &BranchRecords, owner: &str, due_on: &str) -> Value {
    json!({
        "org_unit_id": r.unit, "meeting_id": r.meeting, "source_speech_id": r.speech,
        "problem": "理论学习不够系统深入", "measure": "每月精读一篇原文并撰写心得",
        "owner_id": owner, "due_on": due_on
    })
}

fn days_from_today(days: i64) -> String {
    (Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
        + Duration::days(days))
    .to_string()
}

#[tokio::test]
async fn the_loop_from_problem_to_verified_close() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let response = app
        .create_item(
            &w.secretary_a.token,
            &item(&r, &r.member_person, &days_from_today(30)),
        )
        .await;
    assert_eq!(etag_of(&response), "\"1\"");
    let created = json_of(response, 201).await;
    let id = id_of(&created);
    assert_eq!(created["status"], "open");
    assert_eq!(created["overdue"], false);
    assert_eq!(created["progress_percent"], 0);

    // The member's daily view.
    let mine = json_of(app.list_items(&w.member_a.token, "?owner=me").await, 200).await;
    assert_eq!(mine["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        json_of(app.list_items(&w.secretary_a.token, "?owner=me").await, 200).await["items"],
        json!([])
    );

    // Submitting needs progress first, and the answer says so in a sentence.
    let refused = assert_problem(app.submit_item(&w.member_a.token, &id).await, 409).await;
    assert_eq!(
        refused["detail"],
        "an open item cannot be submitted; only an in_progress item can be"
    );
    let update = json_of(
        app.add_item_update(
            &w.member_a.token,
            &id,
            &json!({"note": "已精读《论党的自我革命》", "progress_percent": 30}),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(update["author_id"], w.member_a.id);
    let now = json_of(app.get_item(&w.member_a.token, &id).await, 200).await;
    assert_eq!(
        (now["status"].as_str(), now["progress_percent"].as_i64()),
        (Some("in_progress"), Some(30))
    );
    json_of(
        app.add_item_update(&w.secretary_a.token, &id, &json!({"note": "支部督促"}))
            .await,
        201,
    )
    .await;
    let updates = json_of(app.list_item_updates(&w.reviewer.token, &id).await, 200).await;
    let notes: Vec<&str> = updates["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["note"].as_str().unwrap())
        .collect();
    assert_eq!(notes, ["已精读《论党的自我革命》", "支部督促"]);

    let submitted = json_of(app.submit_item(&w.member_a.token, &id).await, 200).await;
    assert_eq!(submitted["status"], "submitted");
    assert!(submitted["submitted_at"].is_string());
    assert_problem(
        app.add_item_update(&w.member_a.token, &id, &json!({"note": "补充"}))
            .await,
        409,
    )
    .await;

    // The owner never verifies or returns its own item; a member never verifies.
    assert_problem(
        app.verify_item(&w.member_a.token, &id, "我完成了").await,
        403,
    )
    .await;
    assert_problem(app.return_item(&w.member_a.token, &id, "退回").await, 403).await;

    // Returned, reworked, resubmitted, then verified by the reviewer.
    let returned = json_of(
        app.return_item(&w.secretary_a.token, &id, "心得体会不够具体")
            .await,
        200,
    )
    .await;
    assert_eq!(
        (
            returned["status"].as_str(),
            returned["return_note"].as_str()
        ),
        (Some("in_progress"), Some("心得体会不够具体"))
    );
    let refused =
        assert_problem(app.verify_item(&w.reviewer.token, &id, "先验收").await, 409).await;
    assert_eq!(
        refused["detail"],
        "an in_progress item cannot be verified; only a submitted item can be"
    );
    json_of(
        app.add_item_update(
            &w.member_a.token,
            &id,
            &json!({"note": "重写心得", "progress_percent": 100}),
        )
        .await,
        201,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &id).await, 200).await;
    let verified = json_of(
        app.verify_item(&w.reviewer.token, &id, "整改到位，同意销号")
            .await,
        200,
    )
    .await;
    assert_eq!(verified["status"], "verified");
    assert_eq!(verified["verified_by"], w.reviewer.id);
    assert_eq!(verified["verification_note"], "整改到位，同意销号");

    // Verified is final.
    let etag = etag_of(&app.get_item(&w.secretary_a.token, &id).await);
    assert_problem(
        app.update_item(&w.secretary_a.token, &id, &etag, &json!({"measure": "改"}))
            .await,
        409,
    )
    .await;
    let refused = assert_problem(
        app.verify_item(&w.secretary_a.token, &id, "再次").await,
        409,
    )
    .await;
    assert_eq!(
        refused["detail"],
        "a verified item cannot be verified; only a submitted item can be"
    );
    assert_problem(
        app.return_item(&w.secretary_a.token, &id, "退回").await,
        409,
    )
    .await;
    assert_problem(app.submit_item(&w.secretary_a.token, &id).await, 409).await;

    // Every move is in the audit trail.
    let trail = json_of(
        app.audit_events(&w.secretary_a.token, &format!("?entity_id={id}"))
            .await,
        200,
    )
    .await;
    let actions: Vec<&str> = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "create", "progress", "progress", "submit", "return", "progress", "submit", "verify"
        ]
    );

    // Progress notes are append-only, whoever asks.
    for statement in [
        "update rectification_updates set note = 'forged'",
        "delete from rectification_updates",
    ] {
        let err = sqlx::query(statement).execute(&app.pool).await.unwrap_err();
        assert!(
            err.to_string().contains("append-only"),
            "{statement}: {err}"
        );
    }
}

#[tokio::test]
async fn items_are_validated_and_edited_by_secretaries_only() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let other_meeting = id_of(&json_of(app.create_meeting(token, &json!({"org_unit_id": w.branch_a, "kind": "other", "title": "另一个会", "starts_at": "2026-01-01T00:00:00Z"})).await, 201).await);
    let before = app.snapshot().await;
    let mut wrong_speech = item(&r, &r.member_person, "2027-01-01");
    wrong_speech["meeting_id"] = json!(other_meeting);
    assert_eq!(
        assert_problem(app.create_item(token, &wrong_speech).await, 422).await["errors"][0]["field"],
        "/source_speech_id"
    );
    let mut speech_only = item(&r, &r.member_person, "2027-01-01");
    speech_only["meeting_id"] = json!(null);
    assert_problem(app.create_item(token, &speech_only).await, 422).await;
    let mut empty = item(&r, &r.member_person, "2027-01-01");
    empty["problem"] = json!(" ");
    assert_problem(app.create_item(token, &empty).await, 422).await;
    let mut bad_date = item(&r, &r.member_person, "2027-02-30");
    bad_date["due_on"] = json!("2027-02-30");
    assert_problem(app.create_item(token, &bad_date).await, 422).await;
    assert_problem(
        app.create_item(&w.member_a.token, &item(&r, &r.member_person, "2027-01-01"))
            .await,
        403,
    )
    .await;
    assert_problem(
        app.create_item(&w.reviewer.token, &item(&r, &r.member_person, "2027-01-01"))
            .await,
        403,
    )
    .await;
    assert_eq!(app.snapshot().await, before);

    let id = id_of(
        &json_of(
            app.create_item(token, &item(&r, &r.member_person, "2027-01-01"))
                .await,
            201,
        )
        .await,
    );
    assert_problem(
        app.update_item(&w.reviewer.token, &id, "\"1\"", &json!({"measure": "改"}))
            .await,
        403,
    )
    .await;
    assert_problem(
        app.update_item(&w.member_a.token, &id, "\"1\"", &json!({"measure": "改"}))
            .await,
        403,
    )
    .await;
    assert_problem(
        app.add_item_update(&w.reviewer.token, &id, &json!({"note": "督导意见"}))
            .await,
        403,
    )
    .await;
    assert_problem(
        app.add_item_update(
            &w.member_a.token,
            &id,
            &json!({"note": "进展", "progress_percent": 101}),
        )
        .await,
        422,
    )
    .await;
    let changed = json_of(
        app.update_item(
            token,
            &id,
            "\"1\"",
            &json!({"due_on": "2027-06-30", "owner_id": r.secretary_person}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        (changed["due_on"].as_str(), changed["version"].as_i64()),
        (Some("2027-06-30"), Some(2))
    );
    assert_problem(
        app.update_item(token, &id, "\"1\"", &json!({"measure": "改"}))
            .await,
        412,
    )
    .await;
    // The new owner is the secretary: it may no longer verify it, the member may no longer report on it.
    assert_problem(
        app.add_item_update(&w.member_a.token, &id, &json!({"note": "进展"}))
            .await,
        403,
    )
    .await;
}

#[tokio::test]
async fn overdue_follows_the_calendar_of_the_configured_time_zone() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    // UTC−12 and UTC+14 are 26 hours apart: their dates always differ.
    let west = app.instance_in(chrono_tz::Etc::GMTPlus12).await;
    let east = app.instance_in(chrono_tz::Pacific::Kiritimati).await;
    let west_today = Utc::now()
        .with_timezone(&chrono_tz::Etc::GMTPlus12)
        .date_naive();
    let id = id_of(
        &json_of(
            app.create_item(
                &w.secretary_a.token,
                &item(&r, &r.member_person, &west_today.to_string()),
            )
            .await,
            201,
        )
        .await,
    );

    let in_west = json_of(west.get_item(&w.member_a.token, &id).await, 200).await;
    assert_eq!(in_west["overdue"], false, "due today is not overdue");
    let in_east = json_of(east.get_item(&w.member_a.token, &id).await, 200).await;
    assert_eq!(
        in_east["overdue"], true,
        "where it is already tomorrow, it is"
    );
    let overdue_east = json_of(
        east.list_items(&w.member_a.token, "?overdue=true").await,
        200,
    )
    .await;
    assert_eq!(overdue_east["items"].as_array().unwrap().len(), 1);
    let overdue_west = json_of(
        west.list_items(&w.member_a.token, "?overdue=true").await,
        200,
    )
    .await;
    assert_eq!(overdue_west["items"], json!([]));
    let report_east = json_of(
        east.rectification_report(&w.secretary_a.token, &w.branch_a)
            .await,
        200,
    )
    .await;
    assert_eq!(report_east["overdue"], 1);
    let report_west = json_of(
        west.rectification_report(&w.secretary_a.token, &w.branch_a)
            .await,
        200,
    )
    .await;
    assert_eq!(report_west["overdue"], 0);
}

#[tokio::test]
async fn the_report_agrees_with_the_items() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let group = id_of(
        &json_of(
            app.create_org_unit(
                token,
                &json!({"name": "第一党小组", "kind": "group", "parent_id": w.branch_a}),
            )
            .await,
            201,
        )
        .await,
    );
    let group_person = id_of(
        &json_of(
            app.create_person(
                token,
                &json!({"org_unit_id": group, "name": "周组员", "kind": "member"}),
            )
            .await,
            201,
        )
        .await,
    );
    let new = |unit: &str, owner: &str, due: String| {
        let mut body = item(&r, owner, &due);
        body["org_unit_id"] = json!(unit);
        let app = &app;
        async move { id_of(&json_of(app.create_item(token, &body).await, 201).await) }
    };
    let progress = |id: String| {
        let app = &app;
        async move {
            json_of(
                app.add_item_update(token, &id, &json!({"note": "进展"}))
                    .await,
                201,
            )
            .await;
            id
        }
    };
    // Branch: one open and overdue, one in progress, one verified late, one verified on time.
    new(&w.branch_a, &r.member_person, days_from_today(-3)).await;
    progress(new(&w.branch_a, &r.member_person, days_from_today(10)).await).await;
    let late = progress(new(&w.branch_a, &r.secretary_person, days_from_today(-1)).await).await;
    let on_time = progress(new(&w.branch_a, &r.member_person, days_from_today(5)).await).await;
    for id in [&late, &on_time] {
        json_of(app.submit_item(token, id).await, 200).await;
        json_of(
            app.verify_item(&w.reviewer.token, id, "同意销号").await,
            200,
        )
        .await;
    }
    // Group: one submitted, overdue.
    let submitted = progress(new(&group, &group_person, days_from_today(-2)).await).await;
    json_of(app.submit_item(token, &submitted).await, 200).await;

    let report = json_of(
        app.rectification_report(&w.reviewer.token, &w.branch_a)
            .await,
        200,
    )
    .await;
    let pick = |v: &Value| {
        [
            "total",
            "open",
            "in_progress",
            "submitted",
            "verified",
            "overdue",
            "verified_on_time",
            "verified_late",
        ]
        .map(|k| v[k].as_i64().unwrap())
    };
    assert_eq!(pick(&report), [5, 1, 1, 1, 2, 2, 1, 1]);
    let owners: Vec<(String, [i64; 8])> = report["by_owner"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["name"].as_str().unwrap().to_owned(), pick(o)))
        .collect();
    assert_eq!(
        owners,
        [
            ("周组员".to_owned(), [1, 0, 0, 1, 0, 1, 0, 0]),
            ("李党员".to_owned(), [3, 1, 1, 0, 1, 1, 1, 0]),
            ("王书记".to_owned(), [1, 0, 0, 0, 1, 0, 0, 1]),
        ]
    );
    let children = report["by_child_unit"].as_array().unwrap();
    assert_eq!(children.len(), 1);
    assert_eq!(children[0]["org_unit_id"], group);
    assert_eq!(pick(&children[0]), [1, 0, 0, 1, 0, 1, 0, 0]);

    // The committee's report rolls both branches up, branch by branch.
    let committee = json_of(
        app.rectification_report(&w.reviewer.token, &w.committee)
            .await,
        200,
    )
    .await;
    assert_eq!(committee["total"], 5);
    let branches: Vec<(String, i64)> = committee["by_child_unit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["name"].as_str().unwrap().to_owned(),
                u["total"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        branches,
        [("第一党支部".to_owned(), 5), ("第二党支部".to_owned(), 0)]
    );

    // The lists agree with the report.
    let listed_overdue = json_of(
        app.list_items(
            &w.reviewer.token,
            &format!("?org_unit_id={}&overdue=true", w.branch_a),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(
        listed_overdue["items"].as_array().unwrap().len(),
        1,
        "the branch's own overdue item"
    );
    let all = json_of(app.list_items(&w.reviewer.token, "?limit=2").await, 200).await;
    assert_eq!(all["items"].as_array().unwrap().len(), 2);
    assert!(all["next_cursor"].is_string());
    let dues: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["due_on"].as_str().unwrap())
        .collect();
    assert!(dues[0] <= dues[1], "by due date");
    assert_problem(
        app.rectification_report(&w.member_b.token, &w.branch_a)
            .await,
        404,
    )
    .await;
}

#[tokio::test]
async fn the_next_meeting_opens_with_the_items_still_open() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let open = id_of(
        &json_of(
            app.create_item(token, &item(&r, &r.member_person, "2027-01-01"))
                .await,
            201,
        )
        .await,
    );
    let done = id_of(
        &json_of(
            app.create_item(token, &item(&r, &r.member_person, "2027-01-01"))
                .await,
            201,
        )
        .await,
    );
    json_of(
        app.add_item_update(token, &done, &json!({"note": "完成"}))
            .await,
        201,
    )
    .await;
    json_of(app.submit_item(token, &done).await, 200).await;
    json_of(
        app.verify_item(&w.reviewer.token, &done, "同意销号").await,
        200,
    )
    .await;

    let starts = (Utc::now() + Duration::days(30)).to_rfc3339();
    let next = id_of(&json_of(app.create_meeting(token, &json!({"org_unit_id": w.branch_a, "kind": "organizational_life", "title": "下一次组织生活会", "starts_at": starts})).await, 201).await);
    let carried = json_of(app.carry_over(&w.member_a.token, &next).await, 200).await;
    let ids: Vec<&str> = carried
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [open.as_str()]);
    // An earlier meeting (before the items existed) carries none of them.
    let earlier = json_of(app.carry_over(&w.member_a.token, &r.meeting).await, 200).await;
    assert_eq!(earlier, json!([]));
    assert_problem(app.carry_over(&w.member_b.token, &next).await, 404).await;
}

/// An item of the branch owned by `owner`, moved to `in_progress` by the secretary.
async fn item_in_progress(app: &TestApp, w: &World, r: &BranchRecords, owner: &str) -> String {
    let token = &w.secretary_a.token;
    let id = id_of(
        &json_of(
            app.create_item(token, &item(r, owner, "2027-01-01")).await,
            201,
        )
        .await,
    );
    json_of(
        app.add_item_update(token, &id, &json!({"note": "开始整改"}))
            .await,
        201,
    )
    .await;
    id
}

#[tokio::test]
async fn nobody_who_owned_an_item_in_its_cycle_verifies_it() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let secretary = &w.secretary_a.token;

    // The owner cannot hand a submitted item to someone else and then verify it.
    let handed_over = item_in_progress(&app, &w, &r, &r.secretary_person).await;
    json_of(app.submit_item(secretary, &handed_over).await, 200).await;
    let etag = etag_of(&app.get_item(secretary, &handed_over).await);
    assert_problem(
        app.update_item(
            secretary,
            &handed_over,
            &etag,
            &json!({"owner_id": r.member_person}),
        )
        .await,
        409,
    )
    .await;
    // Other fields of a submitted item may still change; the owner stays.
    let edited = json_of(
        app.update_item(
            secretary,
            &handed_over,
            &etag,
            &json!({"owner_id": r.secretary_person, "due_on": "2027-02-01"}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(edited["owner_id"], r.secretary_person);
    assert_problem(
        app.verify_item(secretary, &handed_over, "已完成").await,
        403,
    )
    .await;

    // Nor hand it over just before submitting: who owned it since it was created (or last
    // returned) neither verifies nor returns it.
    let reassigned = item_in_progress(&app, &w, &r, &r.secretary_person).await;
    let etag = etag_of(&app.get_item(secretary, &reassigned).await);
    json_of(
        app.update_item(
            secretary,
            &reassigned,
            &etag,
            &json!({"owner_id": r.member_person}),
        )
        .await,
        200,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &reassigned).await, 200).await;
    assert_problem(app.verify_item(secretary, &reassigned, "已完成").await, 403).await;
    assert_problem(app.return_item(secretary, &reassigned, "退回").await, 403).await;

    // A return starts a new cycle: the member owns the rework, so the former owner may judge it.
    json_of(
        app.return_item(&w.reviewer.token, &reassigned, "不够具体")
            .await,
        200,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &reassigned).await, 200).await;
    json_of(
        app.verify_item(secretary, &reassigned, "整改到位").await,
        200,
    )
    .await;

    // Nor unlink the owner's person record from one's account and then verify.
    let unlinked = item_in_progress(&app, &w, &r, &r.secretary_person).await;
    json_of(app.submit_item(secretary, &unlinked).await, 200).await;
    let etag = etag_of(&app.get_person(secretary, &r.secretary_person).await);
    json_of(
        app.update_person(
            secretary,
            &r.secretary_person,
            &etag,
            &json!({"user_id": null}),
        )
        .await,
        200,
    )
    .await;
    assert_problem(app.verify_item(secretary, &unlinked, "已完成").await, 403).await;
    assert_problem(
        app.verify_item(secretary, &handed_over, "已完成").await,
        403,
    )
    .await;
    // Someone who never owned it verifies it.
    json_of(
        app.verify_item(&w.reviewer.token, &unlinked, "整改到位")
            .await,
        200,
    )
    .await;
}

#[tokio::test]
async fn concurrent_submits_and_progress_updates_leave_every_item_consistent() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.member_a.token;
    let mut ids = Vec::new();
    for _ in 0..20 {
        ids.push(item_in_progress(&app, &w, &r, &r.member_person).await);
    }
    let pairs = ids.iter().map(|id| {
        let app = &app;
        let note = json!({"note": "补充材料", "progress_percent": 90});
        async move {
            let (submit, update) = tokio::join!(
                app.submit_item(token, id),
                app.add_item_update(token, id, &note),
            );
            (submit.status().as_u16(), update.status().as_u16())
        }
    });
    let outcomes = join_all(pairs).await;
    for (id, (submit, update)) in ids.iter().zip(&outcomes) {
        let id = uuid::Uuid::parse_str(id).unwrap();
        // Both run one after the other: an update after the submission is refused.
        assert_eq!(*submit, 200, "{outcomes:?}");
        assert!(*update == 201 || *update == 409, "{outcomes:?}");
        let (status, submitted_at, version): (String, Option<chrono::DateTime<Utc>>, i32) =
            sqlx::query_as(
                "select status, submitted_at, version from rectification_items where id = $1",
            )
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
        assert_eq!(status, "submitted", "{outcomes:?}");
        assert!(submitted_at.is_some());
        // The audit trail tells the same story: every progress note and the submission, in
        // the order they happened, the last one leaving the item as it is.
        let trail: Vec<(String, String, i64)> = sqlx::query_as(
            "select action, after ->> 'status', (after ->> 'version')::int8 from audit_events
             where entity_id = $1 order by id",
        )
        .bind(id)
        .fetch_all(&app.pool)
        .await
        .unwrap();
        let notes: i64 =
            sqlx::query_scalar("select count(*) from rectification_updates where item_id = $1")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        let progress = trail.iter().filter(|(a, _, _)| a == "progress").count() as i64;
        assert_eq!(progress, notes);
        assert_eq!(notes, if *update == 201 { 2 } else { 1 });
        let (last, last_status, last_version) = trail.last().unwrap();
        assert_eq!(
            (last.as_str(), last_status.as_str(), *last_version),
            ("submit", "submitted", version as i64)
        );
    }
}

/// Every item of a meeting is a row of its minutes: a meeting has at most 200, and writers
/// racing for the last place cannot pass the limit.
#[tokio::test]
async fn a_meeting_has_at_most_200_items() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let first = id_of(
        &json_of(
            app.create_item(token, &item(&r, &r.member_person, &days_from_today(30)))
                .await,
            201,
        )
        .await,
    );
    // 197 more straight into the table, copies of the first.
    sqlx::query(
        "insert into rectification_items
             (id, org_unit_id, meeting_id, problem, measure, owner_id, due_on)
         select gen_random_uuid(), org_unit_id, meeting_id, problem, measure, owner_id, due_on
         from rectification_items, generate_series(1, 197)
         where id = $1::uuid",
    )
    .bind(&first)
    .execute(&app.pool)
    .await
    .unwrap();
    let body = item(&r, &r.member_person, &days_from_today(30));
    let racing = (0..4).map(|_| app.create_item(token, &body));
    let statuses: Vec<u16> = join_all(racing)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|&&s| s == 201).count(),
        2,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|&&s| s == 409).count(),
        2,
        "{statuses:?}"
    );
    let count: i64 =
        sqlx::query_scalar("select count(*) from rectification_items where meeting_id = $1::uuid")
            .bind(&r.meeting)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(count, 200);

    // An item of another meeting cannot be moved in; one already in it can still be edited.
    let elsewhere = json_of(
        app.create_item(
            token,
            &json!({
                "org_unit_id": r.unit, "problem": "问题", "measure": "措施",
                "owner_id": r.member_person, "due_on": days_from_today(30)
            }),
        )
        .await,
        201,
    )
    .await;
    let response = app
        .update_item(
            token,
            &id_of(&elsewhere),
            "\"1\"",
            &json!({"meeting_id": r.meeting}),
        )
        .await;
    assert_problem(response, 409).await;
    let response = app
        .update_item(token, &first, "\"1\"", &json!({"measure": "新的措施"}))
        .await;
    json_of(response, 200).await;
}
