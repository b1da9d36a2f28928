//! The branch committee (issue 17): terms with their due dates, extensions and members; the
//! term report; the reminder 6 months before a term ends; and the compliance report by the
//! branch's own rules (支委会 only with a committee and its quorum, annual meetings by the
//! year they report on).

use chrono::{Months, NaiveDate, Utc};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::notifications::default_rules;
use crate::world::{Actor, BranchRecords, World};

const ZONE: chrono_tz::Tz = chrono_tz::Asia::Shanghai;

fn today() -> NaiveDate {
    Utc::now().with_timezone(&ZONE).date_naive()
}

fn terms_of(unit: &str) -> String {
    format!("/api/v1/org-units/{unit}/committee-terms")
}

async fn new_term(app: &TestApp, actor: &Actor, unit: &str, body: Value) -> Value {
    json_of(app.post_as(&actor.token, &terms_of(unit), &body).await, 201).await
}

async fn patch_term(
    app: &TestApp,
    actor: &Actor,
    term: &str,
    etag: &str,
    body: &Value,
) -> reqwest::Response {
    app.request_with(
        Method::PATCH,
        &format!("/api/v1/committee-terms/{term}"),
        Some(&actor.token),
        Some(body),
        &[("If-Match", etag)],
    )
    .await
}

async fn put_members(app: &TestApp, actor: &Actor, term: &str, body: &Value) -> reqwest::Response {
    app.put_as(
        &actor.token,
        &format!("/api/v1/committee-terms/{term}/members"),
        body,
    )
    .await
}

async fn person(app: &TestApp, actor: &Actor, unit: &str, name: &str, kind: &str) -> String {
    let body = json!({"org_unit_id": unit, "name": name, "kind": kind});
    id_of(&json_of(app.create_person(&actor.token, &body).await, 201).await)
}

/// The field a 422 names first.
async fn refused_field(response: reqwest::Response) -> String {
    let problem = assert_problem(response, 422).await;
    problem["errors"][0]["field"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_term_keeps_its_dates_extension_members_and_vacancies() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let sec = &w.secretary_a;
    // Started 5 years and a day ago, for 3 years: long overdue, whatever today is.
    let started = today().checked_sub_months(Months::new(60)).unwrap();
    let term = new_term(
        &app,
        sec,
        &w.branch_a,
        json!({"started_on": started, "length_years": 3, "seats": 5}),
    )
    .await;
    let id = id_of(&term);
    let due = started.checked_add_months(Months::new(36)).unwrap();
    assert_eq!(term["due_on"], due.to_string());
    assert_eq!(term["ends_on"], due.to_string());
    assert_eq!(term["status"], "overdue");
    assert_eq!(term["vacant_seats"], 5);
    assert_eq!(
        term["vacant_posts"],
        json!([{"post": "secretary", "label": "书记"}])
    );

    // The committee: the secretary as 书记, the member as 组织委员.
    let zhou = person(&app, sec, &w.branch_a, "周党员", "member").await;
    let members = json!([
        {"person_id": r.member_person, "post": "organization", "from_on": started},
        {"person_id": r.secretary_person, "post": "secretary", "from_on": started},
        {"person_id": zhou, "post": "publicity", "from_on": started, "until_on": started},
    ]);
    let term = json_of(put_members(&app, sec, &id, &members).await, 200).await;
    let listed: Vec<(&str, &str, bool)> = term["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap(),
                m["post_label"].as_str().unwrap(),
                m["current"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("王书记", "书记", true),
            ("李党员", "组织委员", true),
            ("周党员", "宣传委员", false)
        ]
    );
    assert_eq!(term["vacant_seats"], 3, "{term}");
    assert_eq!(term["vacant_posts"], json!([]));
    assert_eq!(term["version"], 2);

    // An extension more than a year past the due date is refused with the rule, changing
    // nothing; a year exactly is taken.
    let before = app.snapshot().await;
    let too_long = due
        .checked_add_months(Months::new(12))
        .unwrap()
        .succ_opt()
        .unwrap();
    let response = patch_term(
        &app,
        sec,
        &id,
        "\"2\"",
        &json!({
            "extended_until": too_long, "extension_approval": "市直机关党委组〔2026〕12号"
        }),
    )
    .await;
    let problem = assert_problem(response, 422).await;
    assert_eq!(
        problem["errors"][0]["field"], "/extended_until",
        "{problem}"
    );
    let rule = problem["errors"][0]["message"].as_str().unwrap();
    assert!(rule.contains("at most one year"), "{rule}");
    let without_approval = patch_term(
        &app,
        sec,
        &id,
        "\"2\"",
        &json!({"extended_until": due.succ_opt()}),
    )
    .await;
    assert_eq!(refused_field(without_approval).await, "/extension_approval");
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused change changed something"
    );
    let year = due.checked_add_months(Months::new(12)).unwrap();
    let missing = app
        .request(
            Method::PATCH,
            &format!("/api/v1/committee-terms/{id}"),
            Some(&sec.token),
            Some(&json!({"seats": 4})),
        )
        .await;
    assert_problem(missing, 428).await;
    let response = patch_term(
        &app,
        sec,
        &id,
        "\"2\"",
        &json!({
            "extended_until": year, "extension_approval": "市直机关党委组〔2026〕12号"
        }),
    )
    .await;
    assert_eq!(etag_of(&response), "\"3\"");
    let term = json_of(response, 200).await;
    assert_eq!(term["ends_on"], year.to_string());
    // Past even the extension: still overdue.
    assert_eq!(term["status"], "overdue");
    assert_problem(
        patch_term(&app, sec, &id, "\"2\"", &json!({"seats": 4})).await,
        412,
    )
    .await;

    // The election meeting must be one of the branch.
    let other = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;
    let theirs = patch_term(
        &app,
        sec,
        &id,
        "*",
        &json!({"election_meeting_id": other.meeting}),
    )
    .await;
    assert_eq!(refused_field(theirs).await, "/election_meeting_id");
    let ours = patch_term(
        &app,
        sec,
        &id,
        "*",
        &json!({"election_meeting_id": r.meeting}),
    )
    .await;
    assert_eq!(json_of(ours, 200).await["election_meeting_id"], r.meeting);

    // A new committee takes office: the old term ends that day, both audited.
    let next = new_term(
        &app,
        sec,
        &w.branch_a,
        json!({"started_on": today(), "length_years": 5, "seats": 7}),
    )
    .await;
    assert_eq!(next["status"], "in_office");
    let old = json_of(
        app.get_as(&w.reviewer.token, &format!("/api/v1/committee-terms/{id}"))
            .await,
        200,
    )
    .await;
    assert_eq!(old["ended_on"], today().to_string());
    assert_eq!(old["status"], "ended");
    assert_eq!(old["vacant_seats"], 0);
    let list = json_of(
        app.get_as(&w.member_a.token, &terms_of(&w.branch_a)).await,
        200,
    )
    .await;
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [next["id"].as_str().unwrap(), id.as_str()]);
    let events = json_of(
        app.audit_events(&w.secretary_a.token, "?entity_type=committee_term&limit=50")
            .await,
        200,
    )
    .await;
    let actions: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["entity_id"] == id.as_str())
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    let mut sorted = actions.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        ["create", "members", "update", "update", "update"],
        "{actions:?}"
    );
    // Nobody writes into a term starting before the one in office.
    let earlier = app
        .post_as(
            &sec.token,
            &terms_of(&w.branch_a),
            &json!({"started_on": started, "length_years": 3, "seats": 5}),
        )
        .await;
    assert_eq!(refused_field(earlier).await, "/started_on");
}

#[tokio::test]
async fn a_committee_list_is_refused_for_each_broken_rule_naming_the_entry() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let sec = &w.secretary_a;
    let started = NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
    let term = new_term(
        &app,
        sec,
        &w.branch_a,
        json!({"started_on": started, "length_years": 3, "seats": 3}),
    )
    .await;
    let id = id_of(&term);
    // An activist since before the term: no party member on from_on. Admitted a probationary
    // member later on: a member from then on.
    let activist = person(&app, sec, &w.branch_a, "吴积极", "member").await;
    sqlx::query(
        "insert into standing_changes (id, person_id, org_unit_id, standing, effective_on)
         values (gen_random_uuid(), $1::uuid, $2::uuid, 'activist', '2020-01-01'),
                (gen_random_uuid(), $1::uuid, $2::uuid, 'probationary_member', '2025-01-01')",
    )
    .bind(uuid::Uuid::parse_str(&activist).unwrap())
    .bind(uuid::Uuid::parse_str(&w.branch_a).unwrap())
    .execute(&app.pool)
    .await
    .unwrap();
    let theirs = person(&app, &w.secretary_b, &w.branch_b, "外支部党员", "member").await;
    let s =
        |p: &str, post: &str, from: &str| json!({"person_id": p, "post": post, "from_on": from});
    let (me, member) = (r.secretary_person.as_str(), r.member_person.as_str());
    let before = app.snapshot().await;
    for (list, field) in [
        (
            json!([
                s(me, "secretary", "2024-06-20"),
                s(me, "member", "2024-06-20")
            ]),
            "/1/person_id",
        ),
        (
            json!([
                s(me, "secretary", "2024-06-20"),
                s(member, "secretary", "2025-01-01")
            ]),
            "/1/post",
        ),
        (json!([s(me, "secretary", "2024-06-19")]), "/0/from_on"),
        (json!([s(&r.guest, "member", "2024-06-20")]), "/0/person_id"),
        (
            json!([s(&activist, "member", "2024-06-20")]),
            "/0/person_id",
        ),
        (json!([s(&theirs, "member", "2024-06-20")]), "/0/person_id"),
        (
            json!([{"person_id": me, "post": "secretary", "from_on": "2024-06-20", "until_on": "2024-06-19"}]),
            "/0/until_on",
        ),
        (
            json!([
                s(me, "secretary", "2024-06-20"),
                s(member, "member", "2024-06-20"),
                s(&activist, "member", "2025-01-01"),
                s(&r.guest, "member", "2025-01-01")
            ]),
            "",
        ),
    ] {
        let response = put_members(&app, sec, &id, &list).await;
        assert_eq!(refused_field(response).await, field, "{list}");
    }
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused list changed something"
    );
    // One 书记 after another, and the activist once a probationary member: taken.
    let list = json!([
        {"person_id": me, "post": "secretary", "from_on": "2024-06-20", "until_on": "2024-12-31"},
        s(member, "secretary", "2025-01-01"),
        s(&activist, "member", "2025-01-01"),
    ]);
    let term = json_of(put_members(&app, sec, &id, &list).await, 200).await;
    assert_eq!(term["members"].as_array().unwrap().len(), 3);
    // Only a branch has a committee; only the branch's secretaries write it.
    let at_committee = app
        .post_as(
            &w.admin.token,
            &terms_of(&w.committee),
            &json!({"started_on": "2024-01-01", "length_years": 5, "seats": 9}),
        )
        .await;
    assert_eq!(refused_field(at_committee).await, "id");
    let by_member = app
        .post_as(
            &w.member_a.token,
            &terms_of(&w.branch_a),
            &json!({"started_on": "2024-01-01", "length_years": 3, "seats": 5}),
        )
        .await;
    assert_problem(by_member, 403).await;
    let four = app.post_as(&sec.token, &terms_of(&w.branch_a), &json!({"started_on": "2024-01-01", "length_years": 4, "seats": 5, "ended_on": "2024-06-20"})).await;
    assert_eq!(refused_field(four).await, "/length_years");
    let future = app
        .post_as(
            &sec.token,
            &terms_of(&w.branch_a),
            &json!({"started_on": today().succ_opt(), "length_years": 3, "seats": 5}),
        )
        .await;
    assert_eq!(refused_field(future).await, "/started_on");
}

#[tokio::test]
async fn another_branchs_secretary_finds_no_term_of_ours() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let term = new_term(
        &app,
        &w.secretary_a,
        &w.branch_a,
        json!({"started_on": "2024-06-20", "length_years": 3, "seats": 5}),
    )
    .await;
    let id = id_of(&term);
    for actor in [&w.secretary_b, &w.member_b] {
        assert_problem(
            app.get_as(&actor.token, &format!("/api/v1/committee-terms/{id}"))
                .await,
            404,
        )
        .await;
        assert_problem(app.get_as(&actor.token, &terms_of(&w.branch_a)).await, 404).await;
        assert_problem(
            patch_term(&app, actor, &id, "*", &json!({"seats": 3})).await,
            404,
        )
        .await;
    }
    // The reviewer above reads it, but writes nothing.
    json_of(
        app.get_as(&w.reviewer.token, &format!("/api/v1/committee-terms/{id}"))
            .await,
        200,
    )
    .await;
    assert_problem(
        patch_term(&app, &w.reviewer, &id, "*", &json!({"seats": 3})).await,
        403,
    )
    .await;
}

#[tokio::test]
async fn the_term_report_says_where_each_branchs_committee_stands() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let admin = &w.admin;
    let branch = |name: &'static str| {
        let (token, parent) = (admin.token.clone(), w.committee.clone());
        let app = &app;
        async move {
            let body = json!({"name": name, "kind": "branch", "parent_id": parent});
            id_of(&json_of(app.create_org_unit(&token, &body).await, 201).await)
        }
    };
    let (branch_c, branch_d) = (branch("第三党支部").await, branch("第四党支部").await);
    let today = today();
    let ago = |months: u32| today.checked_sub_months(Months::new(months)).unwrap();
    // A: due in 3 months. B: overdue by a month. C: extended, 10 months to go. D: no
    // committee, but 7 full members (and one probationary, who does not count).
    let a = new_term(
        &app,
        admin,
        &w.branch_a,
        json!({"started_on": ago(33), "length_years": 3, "seats": 3}),
    )
    .await;
    let b = new_term(
        &app,
        admin,
        &w.branch_b,
        json!({"started_on": ago(37), "length_years": 3, "seats": 3}),
    )
    .await;
    let c = new_term(
        &app,
        admin,
        &branch_c,
        json!({"started_on": ago(38), "length_years": 3, "seats": 3}),
    )
    .await;
    let c_due: NaiveDate = c["due_on"].as_str().unwrap().parse().unwrap();
    let extended = c_due.checked_add_months(Months::new(12)).unwrap();
    json_of(
        patch_term(
            &app,
            admin,
            &id_of(&c),
            "*",
            &json!({"extended_until": extended, "extension_approval": "上级党委批复"}),
        )
        .await,
        200,
    )
    .await;
    let secretary_a = person(&app, admin, &w.branch_a, "王书记", "member").await;
    json_of(
        put_members(
            &app,
            admin,
            &id_of(&a),
            &json!([{"person_id": secretary_a, "post": "secretary", "from_on": ago(33)}]),
        )
        .await,
        200,
    )
    .await;
    let mut last = String::new();
    for n in 0..8 {
        last = person(&app, admin, &branch_d, &format!("党员{n}"), "member").await;
    }
    sqlx::query(
        "insert into standing_changes (id, person_id, org_unit_id, standing, effective_on)
         values (gen_random_uuid(), $1::uuid, $2::uuid, 'probationary_member', '2026-01-01')",
    )
    .bind(uuid::Uuid::parse_str(&last).unwrap())
    .bind(uuid::Uuid::parse_str(&branch_d).unwrap())
    .execute(&app.pool)
    .await
    .unwrap();

    let path = format!(
        "/api/v1/reports/committee-terms?org_unit_id={}",
        w.committee
    );
    let report = json_of(app.get_as(&w.reviewer.token, &path).await, 200).await;
    // By name: the order of names is the database's collation.
    let names = |key: &str| -> Vec<String> {
        let mut names: Vec<String> = report[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names("due_within_6_months"), ["第一党支部"]);
    assert_eq!(names("overdue"), ["第二党支部"]);
    assert_eq!(names("extended"), ["第三党支部"]);
    assert_eq!(names("without_committee"), ["第四党支部"]);
    // A has its 书记 but two empty seats; B and C have nobody.
    let mut vacant = names("with_vacancies");
    vacant.sort();
    let mut expected = ["第一党支部", "第二党支部", "第三党支部"];
    expected.sort();
    assert_eq!(vacant, expected);
    let entry = |key: &str, name: &str| -> Value {
        report[key]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == name)
            .unwrap()
            .clone()
    };
    let a_vacant = entry("with_vacancies", "第一党支部");
    assert_eq!(a_vacant["vacant_seats"], 2);
    assert_eq!(a_vacant["vacant_posts"], json!([]));
    let b_vacant = entry("with_vacancies", "第二党支部");
    assert_eq!(b_vacant["vacant_posts"][0]["label"], "书记");
    assert_eq!(b_vacant["term_id"], b["id"]);
    let statuses: std::collections::BTreeMap<&str, &Value> = report["branches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["name"].as_str().unwrap(), &b["term"]["status"]))
        .collect();
    assert_eq!(
        statuses,
        [
            ("第一党支部", &json!("due_within_6_months")),
            ("第二党支部", &json!("overdue")),
            ("第三党支部", &json!("extended")),
            ("第四党支部", &Value::Null),
        ]
        .into_iter()
        .collect()
    );
    let branch_named = |name: &str| -> Value {
        report["branches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["name"] == name)
            .unwrap()
            .clone()
    };
    let d = branch_named("第四党支部");
    assert_eq!(
        (
            d["full_members"].as_i64(),
            d["probationary_members"].as_i64()
        ),
        (Some(7), Some(1))
    );
    assert_eq!(d["committee_required"], true);
    assert_eq!(branch_named("第一党支部")["committee_required"], false);
    assert_eq!(report["as_of"], today.to_string());
    // A branch's secretary sees its own branch, not the committee above.
    let own = format!("/api/v1/reports/committee-terms?org_unit_id={}", w.branch_a);
    let mine = json_of(app.get_as(&w.secretary_a.token, &own).await, 200).await;
    assert_eq!(mine["branches"].as_array().unwrap().len(), 1);
    assert_problem(app.get_as(&w.secretary_a.token, &path).await, 404).await;
}

#[tokio::test]
async fn the_secretary_and_the_reviewer_above_are_reminded_once_six_months_before_the_end() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // Secretaries are reminded by their account: the world's are linked to none of the
    // branch's people, and need not be.
    let term = new_term(
        &app,
        &w.secretary_a,
        &w.branch_a,
        json!({"started_on": "2023-06-20", "length_years": 3, "seats": 5}),
    )
    .await;
    let id = id_of(&term);
    let rules = default_rules(ZONE);
    let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap();
    let count = || async {
        let rows: Vec<(uuid::Uuid,)> = sqlx::query_as(
            "select user_id from notifications
             where kind = 'committee_term_due' and entity_id = $1::uuid order by user_id",
        )
        .bind(uuid::Uuid::parse_str(&id).unwrap())
        .fetch_all(&app.pool)
        .await
        .unwrap();
        rows.into_iter()
            .map(|(u,)| u.to_string())
            .collect::<Vec<_>>()
    };
    minutebook::notify::reminders::create_for_day(&app.pool, day(12, 19), rules)
        .await
        .unwrap();
    assert!(count().await.is_empty(), "a day early");
    minutebook::notify::reminders::create_for_day(&app.pool, day(12, 20), rules)
        .await
        .unwrap();
    minutebook::notify::reminders::create_for_day(&app.pool, day(12, 20), rules)
        .await
        .unwrap();
    let mut expected = vec![w.secretary_a.id.clone(), w.reviewer.id.clone()];
    expected.sort();
    assert_eq!(
        count().await,
        expected,
        "the secretary and the reviewer above, once each"
    );
    let mine = json_of(
        app.get_as(&w.reviewer.token, "/api/v1/me/notifications")
            .await,
        200,
    )
    .await;
    let reminder = mine["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "committee_term_due")
        .unwrap()
        .clone();
    assert_eq!(reminder["entity_type"], "committee_term");
    assert_eq!(reminder["reminder_on"], "2025-12-20");
    let message = reminder["message"].as_str().unwrap();
    assert!(
        message.contains("第一党支部") && message.contains("2026-06-20"),
        "{message}"
    );
    // An extension moves the reminder with the end.
    json_of(
        patch_term(
            &app,
            &w.secretary_a,
            &id,
            "*",
            &json!({"extended_until": "2026-12-20", "extension_approval": "批复"}),
        )
        .await,
        200,
    )
    .await;
    minutebook::notify::reminders::create_for_day(
        &app.pool,
        NaiveDate::from_ymd_opt(2026, 6, 20).unwrap(),
        rules,
    )
    .await
    .unwrap();
    assert_eq!(count().await.len(), 4);
}

/// Hold a meeting of `kind` on `day` (a date) with `attendance`; answers its id.
async fn held(
    app: &TestApp,
    token: &str,
    unit: &str,
    kind: &str,
    day: &str,
    extra: Value,
    attendance: Value,
) -> String {
    let mut body = json!({"org_unit_id": unit, "kind": kind, "title": format!("{kind} {day}"),
                          "starts_at": format!("{day}T02:00:00Z")});
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    let meeting = json_of(app.create_meeting(token, &body).await, 201).await;
    let id = id_of(&meeting);
    json_of(app.put_attendance(token, &id, &attendance).await, 200).await;
    let etag = etag_of(&app.get_meeting(token, &id).await);
    json_of(
        app.update_meeting(token, &id, &etag, &json!({"status": "held"}))
            .await,
        200,
    )
    .await;
    id
}

#[tokio::test]
async fn compliance_follows_the_branchs_committee_and_the_year_reported_on() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    for branch in [&w.branch_a, &w.branch_b] {
        let body = json!({"established_on": "2020-01-01"});
        json_of(
            app.update_org_unit(&w.admin.token, branch, &body).await,
            200,
        )
        .await;
    }
    // People of its own (the world's branch records hold a 组织生活会 of their own).
    let token = &w.secretary_a.token;
    let me = person(&app, &w.secretary_a, &w.branch_a, "王书记", "member").await;
    let member = person(&app, &w.secretary_a, &w.branch_a, "李党员", "member").await;
    let zhou = person(&app, &w.secretary_a, &w.branch_a, "周党员", "member").await;
    let guest = person(&app, &w.secretary_a, &w.branch_a, "张市长", "guest").await;
    let (me, member) = (me.as_str(), member.as_str());
    // Branch A's committee from March 2025: three members.
    let term = new_term(
        &app,
        &w.secretary_a,
        &w.branch_a,
        json!({"started_on": "2025-03-01", "length_years": 3, "seats": 3}),
    )
    .await;
    let committee = json!([
        {"person_id": me, "post": "secretary", "from_on": "2025-03-01"},
        {"person_id": member, "post": "organization", "from_on": "2025-03-01"},
        {"person_id": zhou, "post": "publicity", "from_on": "2025-03-01"},
    ]);
    json_of(
        put_members(&app, &w.secretary_a, &id_of(&term), &committee).await,
        200,
    )
    .await;
    let with = |present: &[&str], absent: &[&str]| {
        let mut list: Vec<Value> = present
            .iter()
            .map(|p| json!({"person_id": p, "status": "present"}))
            .collect();
        list.extend(
            absent
                .iter()
                .map(|p| json!({"person_id": p, "status": "absent", "reason": "未请假"})),
        );
        Value::Array(list)
    };
    // Two of three: the quorum. One of three (and a guest): below it.
    held(
        &app,
        token,
        &w.branch_a,
        "committee_meeting",
        "2025-03-10",
        json!({}),
        with(&[me, member], &[&zhou]),
    )
    .await;
    let thin = held(
        &app,
        token,
        &w.branch_a,
        "committee_meeting",
        "2025-04-10",
        json!({}),
        with(&[me, &guest], &[member, &zhou]),
    )
    .await;
    // The 2025年度组织生活会, held in February 2026.
    held(
        &app,
        token,
        &w.branch_a,
        "organizational_life",
        "2026-02-15",
        json!({"reporting_year": 2025}),
        with(&[me, member], &[]),
    )
    .await;

    let report = json_of(
        app.meeting_compliance(&w.reviewer.token, &w.committee, 2025)
            .await,
        200,
    )
    .await;
    let units = report["units"].as_array().unwrap();
    let rule = |unit: usize, kind: &str| {
        units[unit]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["meeting_kind"] == kind)
            .unwrap()
            .clone()
    };
    let a = rule(0, "committee_meeting");
    assert_eq!(a["not_applicable"], json!(["2025-01", "2025-02"]), "{a}");
    assert_eq!(
        (a["periods_required"].as_i64(), a["periods_met"].as_i64()),
        (Some(10), Some(2))
    );
    assert_eq!(
        a["flagged"],
        json!([{"meeting_id": thin, "title": "committee_meeting 2025-04-10", "day": "2025-04-10", "committee_size": 3, "present": 1}])
    );
    // Branch B has no committee: no 支委会 is owed, none missed.
    let b = rule(1, "committee_meeting");
    assert_eq!(
        (
            b["periods_required"].as_i64(),
            b["missed"].as_array().unwrap().len()
        ),
        (Some(0), 0)
    );
    assert_eq!(b["not_applicable"].as_array().unwrap().len(), 12);
    // The annual meeting counts for the year it reports on, not the year held.
    assert_eq!(rule(0, "organizational_life")["periods_met"], 1);
    assert_eq!(rule(1, "organizational_life")["missed"], json!(["2025"]));
    let next = json_of(app.meeting_compliance(token, &w.branch_a, 2026).await, 200).await;
    let life = next["units"][0]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["meeting_kind"] == "organizational_life")
        .unwrap()
        .clone();
    assert_eq!(life["periods_met"], 0, "{life}");
    // Members today, and the committee.
    assert_eq!(
        (
            units[0]["full_members"].as_i64(),
            units[0]["probationary_members"].as_i64()
        ),
        (Some(3), Some(0))
    );
    assert_eq!(
        (
            units[0]["has_committee"].as_bool(),
            units[1]["has_committee"].as_bool()
        ),
        (Some(true), Some(false))
    );

    // Only an annual meeting reports on a year, and only on the year held or the one before.
    let lecture = json!({"org_unit_id": w.branch_a, "kind": "party_lecture", "title": "党课",
                         "starts_at": "2026-02-15T02:00:00Z", "reporting_year": 2025});
    assert_eq!(
        refused_field(app.create_meeting(token, &lecture).await).await,
        "/reporting_year"
    );
    let life = json!({"org_unit_id": w.branch_a, "kind": "organizational_life", "title": "组织生活会",
                      "starts_at": "2026-02-15T02:00:00Z", "reporting_year": 2024});
    assert_eq!(
        refused_field(app.create_meeting(token, &life).await).await,
        "/reporting_year"
    );
    let life = json!({"org_unit_id": w.branch_a, "kind": "organizational_life", "title": "组织生活会",
                      "starts_at": "2026-02-15T02:00:00Z"});
    let meeting = json_of(app.create_meeting(token, &life).await, 201).await;
    assert_eq!(meeting["reporting_year"], Value::Null);
    let id = id_of(&meeting);
    let changed = json_of(
        app.update_meeting(token, &id, "\"1\"", &json!({"reporting_year": 2025}))
            .await,
        200,
    )
    .await;
    assert_eq!(changed["reporting_year"], 2025);
    let kind = app
        .update_meeting(token, &id, "\"2\"", &json!({"kind": "party_lecture"}))
        .await;
    assert_eq!(refused_field(kind).await, "/reporting_year");
    let cleared = json_of(
        app.update_meeting(
            token,
            &id,
            "\"2\"",
            &json!({"kind": "party_lecture", "reporting_year": null}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(cleared["reporting_year"], Value::Null);
}
