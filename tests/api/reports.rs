use serde_json::json;

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::world::{BranchRecords, World};

#[tokio::test]
async fn the_criticism_matrix_shows_who_criticised_whom_and_who_was_left_out() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    // A third member, present, who criticises the secretary twice.
    let zhou = id_of(
        &json_of(
            app.create_person(
                token,
                &json!({"org_unit_id": w.branch_a, "name": "周党员", "kind": "member"}),
            )
            .await,
            201,
        )
        .await,
    );
    json_of(
        app.put_attendance(
            token,
            &r.meeting,
            &json!([
                {"person_id": r.secretary_person, "status": "present"},
                {"person_id": r.member_person, "status": "present"},
                {"person_id": zhou, "status": "present"},
                {"person_id": r.guest, "status": "present"},
            ]),
        )
        .await,
        200,
    )
    .await;
    for text in ["希望书记多听取意见。", "希望书记多下基层。"] {
        json_of(app.create_speech(token, &r.meeting, &json!({"speaker_id": zhou, "kind": "criticism", "target_person_id": r.secretary_person, "content": text})).await, 201).await;
    }
    let matrix = json_of(
        app.criticism_matrix(&w.reviewer.token, &r.meeting).await,
        200,
    )
    .await;
    let pairs: Vec<(String, String, i64)> = matrix["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["critic_name"].as_str().unwrap().to_owned(),
                p["target_name"].as_str().unwrap().to_owned(),
                p["count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("周党员".to_owned(), "王书记".to_owned(), 2),
            ("王书记".to_owned(), "李党员".to_owned(), 1)
        ]
    );
    let names = |key: &str| -> Vec<String> {
        matrix[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["name"].as_str().unwrap().to_owned())
            .collect()
    };
    // The guest is no member: left out of both lists.
    assert_eq!(names("gave_none"), ["李党员"]);
    assert_eq!(names("received_none"), ["周党员"]);

    let lecture = id_of(&json_of(app.create_meeting(token, &json!({"org_unit_id": w.branch_a, "kind": "party_lecture", "title": "党课", "starts_at": "2026-06-01T01:00:00Z"})).await, 201).await);
    assert_problem(app.criticism_matrix(token, &lecture).await, 409).await;
    assert_problem(
        app.criticism_matrix(&w.member_b.token, &r.meeting).await,
        404,
    )
    .await;
}

/// Give `unit` a committee in office since 2020 with `members` on it: the 支委会 rule applies
/// only to a branch with a committee.
async fn with_committee(app: &TestApp, token: &str, unit: &str, members: &[&str]) {
    let term = json_of(
        app.post_as(
            token,
            &format!("/api/v1/org-units/{unit}/committee-terms"),
            &json!({"started_on": "2020-01-01", "length_years": 5, "seats": 5}),
        )
        .await,
        201,
    )
    .await;
    let list: Vec<serde_json::Value> = members
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let post = if i == 0 { "secretary" } else { "member" };
            json!({"person_id": p, "post": post, "from_on": "2020-01-01"})
        })
        .collect();
    let path = format!("/api/v1/committee-terms/{}/members", id_of(&term));
    json_of(app.put_as(token, &path, &json!(list)).await, 200).await;
}

/// Hold a meeting of `kind` on `day` with the given attendance (statuses by person).
async fn held(
    app: &TestApp,
    token: &str,
    unit: &str,
    kind: &str,
    day: &str,
    attendance: serde_json::Value,
) {
    let meeting = json_of(app.create_meeting(token, &json!({"org_unit_id": unit, "kind": kind, "title": kind, "starts_at": format!("{day}T02:00:00Z")})).await, 201).await;
    let id = id_of(&meeting);
    json_of(app.put_attendance(token, &id, &attendance).await, 200).await;
    let etag = format!("\"{}\"", meeting["version"].as_i64().unwrap() + 1);
    json_of(
        app.update_meeting(token, &id, &etag, &json!({"status": "held"}))
            .await,
        200,
    )
    .await;
}

#[tokio::test]
async fn compliance_names_exactly_the_missed_periods() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // The branches were entered today but existed long before: every period of 2025 is due.
    for branch in [&w.branch_a, &w.branch_b] {
        json_of(
            app.update_org_unit(
                &w.admin.token,
                branch,
                &json!({"established_on": "2020-01-01"}),
            )
            .await,
            200,
        )
        .await;
    }
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;
    let zhou = id_of(
        &json_of(
            app.create_person(
                token,
                &json!({"org_unit_id": w.branch_a, "name": "周党员", "kind": "member"}),
            )
            .await,
            201,
        )
        .await,
    );
    with_committee(
        &app,
        token,
        &w.branch_a,
        &[&r.secretary_person, &r.member_person],
    )
    .await;
    let everyone = json!([
        {"person_id": r.secretary_person, "status": "present"},
        {"person_id": r.member_person, "status": "present"},
        {"person_id": zhou, "status": "leave", "reason": "出差"},
        {"person_id": r.guest, "status": "present"},
    ]);
    // One member of three present (the guest does not count toward the quorum).
    let too_few = json!([
        {"person_id": r.secretary_person, "status": "present"},
        {"person_id": r.member_person, "status": "absent", "reason": "未请假"},
        {"person_id": zhou, "status": "leave", "reason": "出差"},
        {"person_id": r.guest, "status": "present"},
    ]);
    held(
        &app,
        token,
        &w.branch_a,
        "general_assembly",
        "2025-02-10",
        everyone.clone(),
    )
    .await;
    held(
        &app,
        token,
        &w.branch_a,
        "general_assembly",
        "2025-05-10",
        too_few,
    )
    .await;
    held(
        &app,
        token,
        &w.branch_a,
        "committee_meeting",
        "2025-01-15",
        everyone.clone(),
    )
    .await;
    held(
        &app,
        token,
        &w.branch_a,
        "committee_meeting",
        "2025-02-15",
        everyone.clone(),
    )
    .await;
    held(
        &app,
        token,
        &w.branch_a,
        "party_lecture",
        "2025-11-20",
        everyone.clone(),
    )
    .await;
    held(
        &app,
        token,
        &w.branch_a,
        "organizational_life",
        "2025-12-28",
        everyone.clone(),
    )
    .await;
    // A scheduled meeting that never took place counts for nothing.
    json_of(app.create_meeting(token, &json!({"org_unit_id": w.branch_a, "kind": "party_lecture", "title": "未开的党课", "starts_at": "2025-03-01T02:00:00Z"})).await, 201).await;

    let report = json_of(
        app.meeting_compliance(&w.reviewer.token, &w.committee, 2025)
            .await,
        200,
    )
    .await;
    let units = report["units"].as_array().unwrap();
    let names: Vec<&str> = units.iter().map(|u| u["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["第一党支部", "第二党支部"],
        "the committee itself has no rule"
    );
    let rule = |unit: usize, kind: &str| {
        units[unit]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["meeting_kind"] == kind)
            .unwrap()
            .clone()
    };
    // The quorum of Art. 11 governs votes, not whether a 党员大会 took place: the one with
    // few present meets its quarter.
    let assembly = rule(0, "general_assembly");
    assert_eq!(assembly["missed"], json!(["2025-Q3", "2025-Q4"]));
    assert_eq!(
        (
            assembly["periods_required"].as_i64(),
            assembly["periods_met"].as_i64()
        ),
        (Some(4), Some(2))
    );
    let committee = rule(0, "committee_meeting");
    assert_eq!(committee["periods_met"], 2);
    assert_eq!(
        committee["missed"],
        json!([
            "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10",
            "2025-11", "2025-12"
        ])
    );
    assert_eq!(
        rule(0, "party_lecture")["missed"],
        json!(["2025-Q1", "2025-Q2", "2025-Q3"])
    );
    assert_eq!(rule(0, "organizational_life")["missed"], json!([]));
    assert_eq!(rule(1, "organizational_life")["missed"], json!(["2025"]));

    // The rules are data: an admin makes 支委会 quarterly, and the report follows.
    let change = json!({"applies_to": "branch", "period": "quarter", "min_meetings": 1});
    assert_problem(
        app.put_meeting_rule(token, "committee_meeting", &change)
            .await,
        403,
    )
    .await;
    json_of(
        app.put_meeting_rule(&w.admin.token, "committee_meeting", &change)
            .await,
        200,
    )
    .await;
    let report = json_of(app.meeting_compliance(token, &w.branch_a, 2025).await, 200).await;
    let committee = report["units"][0]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["meeting_kind"] == "committee_meeting")
        .unwrap()
        .clone();
    assert_eq!(
        committee["missed"],
        json!(["2025-Q2", "2025-Q3", "2025-Q4"])
    );

    // The current year lists the running period as pending, not missed; future ones not at all.
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive();
    let year = chrono::Datelike::year(&today);
    let quarter = (chrono::Datelike::month(&today) - 1) / 3 + 1;
    let now = json_of(app.meeting_compliance(token, &w.branch_a, year).await, 200).await;
    let lecture = now["units"][0]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["meeting_kind"] == "party_lecture")
        .unwrap()
        .clone();
    let missed: Vec<String> = (1..quarter).map(|q| format!("{year}-Q{q}")).collect();
    assert_eq!(lecture["missed"], json!(missed));
    assert_eq!(lecture["pending"], json!([format!("{year}-Q{quarter}")]));
    assert_eq!(lecture["periods_required"], quarter);
    assert_problem(app.meeting_compliance(token, &w.branch_a, 1900).await, 422).await;
    assert_problem(
        app.meeting_compliance(&w.member_b.token, &w.branch_a, 2025)
            .await,
        404,
    )
    .await;
}

/// The periods a unit owes, per rule: (required, missed, pending).
fn owed(report: &serde_json::Value, kind: &str) -> (i64, serde_json::Value, serde_json::Value) {
    let rule = report["units"][0]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["meeting_kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} rule in {report}"))
        .clone();
    (
        rule["periods_required"].as_i64().unwrap(),
        rule["missed"].clone(),
        rule["pending"].clone(),
    )
}

/// A unit owes no period that ended before it existed: counted from the day it was created,
/// or from its founding date when one is given.
#[tokio::test]
async fn compliance_counts_a_unit_from_when_it_existed() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive();
    let (year, month) = (
        chrono::Datelike::year(&today),
        chrono::Datelike::month(&today),
    );
    let quarter = (month - 1) / 3 + 1;
    let secretary = json_of(
        app.create_person(
            token,
            &json!({"org_unit_id": w.branch_a, "name": "王书记", "kind": "member"}),
        )
        .await,
        201,
    )
    .await;
    with_committee(&app, token, &w.branch_a, &[&id_of(&secretary)]).await;

    // Created now: nothing of last year is due, and this year only the running periods.
    let last_year = json_of(
        app.meeting_compliance(token, &w.branch_a, year - 1).await,
        200,
    )
    .await;
    assert_eq!(last_year["units"][0]["counted_from"], today.to_string());
    for kind in [
        "general_assembly",
        "committee_meeting",
        "party_lecture",
        "organizational_life",
    ] {
        assert_eq!(owed(&last_year, kind), (0, json!([]), json!([])), "{kind}");
    }
    let this_year = json_of(app.meeting_compliance(token, &w.branch_a, year).await, 200).await;
    assert_eq!(
        owed(&this_year, "committee_meeting"),
        (1, json!([]), json!([format!("{year}-{month:02}")]))
    );
    assert_eq!(
        owed(&this_year, "general_assembly"),
        (1, json!([]), json!([format!("{year}-Q{quarter}")]))
    );
    assert_eq!(
        owed(&this_year, "organizational_life"),
        (1, json!([]), json!([year.to_string()]))
    );

    // Founded in the middle of May last year: from May, and the second quarter, on.
    json_of(
        app.update_org_unit(
            token,
            &w.branch_a,
            &json!({"established_on": format!("{}-05-20", year - 1)}),
        )
        .await,
        200,
    )
    .await;
    let last_year = json_of(
        app.meeting_compliance(token, &w.branch_a, year - 1).await,
        200,
    )
    .await;
    assert_eq!(
        last_year["units"][0]["counted_from"],
        format!("{}-05-20", year - 1)
    );
    let months: Vec<String> = (5..=12).map(|m| format!("{}-{m:02}", year - 1)).collect();
    assert_eq!(
        owed(&last_year, "committee_meeting"),
        (8, json!(months), json!([]))
    );
    let quarters: Vec<String> = (2..=4).map(|q| format!("{}-Q{q}", year - 1)).collect();
    assert_eq!(
        owed(&last_year, "general_assembly"),
        (3, json!(quarters.clone()), json!([]))
    );
    assert_eq!(
        owed(&last_year, "party_lecture"),
        (3, json!(quarters), json!([]))
    );
    assert_eq!(
        owed(&last_year, "organizational_life"),
        (1, json!([(year - 1).to_string()]), json!([]))
    );
    // This year it owes every period begun by today.
    let this_year = json_of(app.meeting_compliance(token, &w.branch_a, year).await, 200).await;
    let months: Vec<String> = (1..month).map(|m| format!("{year}-{m:02}")).collect();
    assert_eq!(
        owed(&this_year, "committee_meeting"),
        (
            i64::from(month),
            json!(months),
            json!([format!("{year}-{month:02}")])
        )
    );
    // Two years back, it did not exist yet.
    let before = json_of(
        app.meeting_compliance(token, &w.branch_a, year - 2).await,
        200,
    )
    .await;
    assert_eq!(
        owed(&before, "committee_meeting"),
        (0, json!([]), json!([]))
    );
}
