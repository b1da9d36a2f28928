//! Decisions of a meeting and how they are counted (issue 17): party standing on the meeting's
//! day, the quorum and the majority of the 支部工作条例 Art. 11, written opinions, exclusions,
//! and every refusal with its rule.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::world::World;

/// A branch with named members: each is a member of `w.branch_a`.
struct Branch<'a> {
    app: &'a TestApp,
    token: String,
    unit: String,
    people: HashMap<String, String>,
}

impl<'a> Branch<'a> {
    async fn new(app: &'a TestApp, w: &World, names: &[&str]) -> Branch<'a> {
        let mut branch = Branch {
            app,
            token: w.secretary_a.token.clone(),
            unit: w.branch_a.clone(),
            people: HashMap::new(),
        };
        for name in names {
            let body = json!({"org_unit_id": branch.unit, "name": name, "kind": "member"});
            let id = id_of(&json_of(app.create_person(&branch.token, &body).await, 201).await);
            branch.people.insert(name.to_string(), id);
        }
        branch
    }

    fn id(&self, name: &str) -> &str {
        &self.people[name]
    }

    async fn standing(&self, name: &str, standing: &str, day: &str) -> Value {
        let body = json!({"standing": standing, "effective_on": day});
        json_of(self.record_standing(name, &body).await, 201).await
    }

    async fn record_standing(&self, name: &str, body: &Value) -> reqwest::Response {
        let path = format!("/api/v1/people/{}/standing", self.id(name));
        self.app.post_as(&self.token, &path, body).await
    }

    /// A 支部党员大会 on `day` (09:00 in Shanghai) with `present` present and the rest of
    /// `absent` absent.
    async fn assembly(&self, day: &str, present: &[&str], absent: &[&str]) -> String {
        let body = json!({
            "org_unit_id": self.unit, "kind": "general_assembly", "title": "支部党员大会",
            "starts_at": format!("{day}T01:00:00Z"),
        });
        let meeting = id_of(&json_of(self.app.create_meeting(&self.token, &body).await, 201).await);
        let mut list: Vec<Value> = present
            .iter()
            .map(|n| json!({"person_id": self.id(n), "status": "present"}))
            .collect();
        list.extend(
            absent
                .iter()
                .map(|n| json!({"person_id": self.id(n), "status": "leave", "reason": "因公出差"})),
        );
        json_of(
            self.app
                .put_attendance(&self.token, &meeting, &json!(list))
                .await,
            200,
        )
        .await;
        meeting
    }

    async fn decide(&self, meeting: &str, body: &Value) -> reqwest::Response {
        let path = format!("/api/v1/meetings/{meeting}/decisions");
        self.app.post_as(&self.token, &path, body).await
    }
}

fn motion(favour: u32, against: u32, abstaining: u32) -> Value {
    json!({"kind": "other", "motion": "表决事项", "method": "show_of_hands",
           "in_favour": favour, "against": against, "abstaining": abstaining})
}

fn names(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix}{i:02}")).collect()
}

#[tokio::test]
async fn a_branch_meeting_admits_a_probationary_member_by_the_rules() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    // Nine full members present, three full members absent (one left out with approval, one
    // with a written opinion), a probationary member present, and the candidate.
    let here = names("党员", 9);
    let mut all: Vec<&str> = here.iter().map(String::as_str).collect();
    all.extend(["赵住院", "钱书面", "孙缺席", "李预备", "王小明"]);
    let b = Branch::new(&app, &w, &all).await;
    b.standing("李预备", "probationary_member", "2026-03-01")
        .await;
    b.standing("王小明", "development_candidate", "2026-01-10")
        .await;
    let mut present: Vec<&str> = here.iter().map(String::as_str).collect();
    present.extend(["李预备", "王小明"]);
    let meeting = b
        .assembly("2026-11-20", &present, &["赵住院", "钱书面", "孙缺席"])
        .await;

    // The meeting answers who may vote beside its attendance summary.
    let m = json_of(app.get_meeting(&b.token, &meeting).await, 200).await;
    assert_eq!(
        m["voting_summary"],
        json!({"full_members": 12, "full_present": 9, "probationary_members": 1, "probationary_present": 1})
    );

    let body = json!({
        "kind": "admission", "motion": "讨论接收王小明同志为中共预备党员",
        "candidate_ids": [b.id("王小明")], "method": "secret_ballot",
        "in_favour": 9, "against": 1, "abstaining": 0,
        "written_opinions": [{"person_id": b.id("钱书面"), "vote": "in_favour"}],
        "exclusions": [{"person_id": b.id("赵住院"), "reason": "因病长期住院", "approval": "经机关党委批准"}]
    });
    let response = b.decide(&meeting, &body).await;
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let decision = json_of(response, 201).await;
    assert_eq!(
        location,
        format!("/api/v1/decisions/{}", decision["id"].as_str().unwrap())
    );
    let j = &decision["judgement"];
    assert_eq!(
        (
            &j["full_members"],
            &j["excluded"],
            &j["due"],
            &j["present"],
            &j["written"]
        ),
        (&json!(12), &json!(1), &json!(11), &json!(9), &json!(1))
    );
    assert_eq!(j["probationary_present"], 1);
    assert_eq!((&j["quorum"], &j["passed"]), (&json!(true), &json!(true)));
    let reason = j["reason"].as_str().unwrap();
    assert!(
        reason.contains("应到会有表决权的党员11人（经批准不计入1人），实到9人")
            && reason.contains("含书面意见1份")
            && reason.ends_with("通过"),
        "{reason}"
    );
    assert_eq!(decision["candidates"][0]["name"], "王小明");
    assert_eq!(decision["written_opinions"][0]["name"], "钱书面");
    assert_eq!(decision["exclusions"][0]["approval"], "经机关党委批准");
    let id = decision["id"].as_str().unwrap().to_owned();

    // Audited with the service's judgement.
    let events = json_of(
        app.audit_events(&b.token, &format!("?entity_type=decision&entity_id={id}"))
            .await,
        200,
    )
    .await;
    assert_eq!(events["items"][0]["after"]["judgement"]["passed"], true);

    // The admission makes 王小明 a probationary member from the meeting's day; the vote is
    // still counted with the standings as they were when the meeting opened.
    let change = json_of(
        b.record_standing(
            "王小明",
            &json!({"standing": "probationary_member", "effective_on": "2026-11-20", "decision_id": id}),
        )
        .await,
        201,
    )
    .await;
    assert_eq!(change["meeting_id"].as_str(), Some(meeting.as_str()));
    let again = json_of(
        app.get_as(&b.token, &format!("/api/v1/decisions/{id}"))
            .await,
        200,
    )
    .await;
    assert_eq!(again["judgement"], decision["judgement"]);
    let history = json_of(
        app.get_as(
            &b.token,
            &format!("/api/v1/people/{}/standing", b.id("王小明")),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(history["standing"], "probationary_member");
    assert_eq!(history["probation_started_on"], "2026-11-20");
    assert_eq!(history["changes"].as_array().unwrap().len(), 2);
    assert_eq!(history["changes"][1]["meeting_title"], "支部党员大会");

    // Recording the vote marked the meeting held. Finalized: the judgement is kept and the
    // decision locked.
    let held = json_of(app.get_meeting(&b.token, &meeting).await, 200).await;
    assert_eq!(held["status"], "held");
    json_of(app.finalize_meeting(&b.token, &meeting).await, 200).await;
    let kept: Value = sqlx::query_scalar("select judgement from decisions where id = $1::uuid")
        .bind(&id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(kept["passed"], true);
    assert_problem(
        app.put_as(&b.token, &format!("/api/v1/decisions/{id}"), &body)
            .await,
        409,
    )
    .await;
    assert_problem(b.decide(&meeting, &motion(1, 0, 0)).await, 409).await;
    // A standing recorded late for the meeting's day no longer moves a finalized count.
    b.standing(&here[0], "probationary_member", "2026-11-19")
        .await;
    let after = json_of(
        app.get_as(&b.token, &format!("/api/v1/decisions/{id}"))
            .await,
        200,
    )
    .await;
    assert_eq!(after["judgement"], decision["judgement"]);
}

#[tokio::test]
async fn the_counting_rule_at_its_edges_through_the_service() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let ten = names("党员", 10);
    let mut all: Vec<&str> = ten.iter().map(String::as_str).collect();
    all.extend(["预备甲", "明日转正"]);
    let b = Branch::new(&app, &w, &all).await;
    b.standing("预备甲", "probationary_member", "2026-01-01")
        .await;
    // Probationary on the meeting's day, full member from the day after.
    b.standing("明日转正", "probationary_member", "2025-06-01")
        .await;
    b.standing("明日转正", "full_member", "2026-10-02").await;
    let refs: Vec<&str> = ten.iter().map(String::as_str).collect();
    let judged = |meeting: String, body: Value| {
        let b = &b;
        async move { json_of(b.decide(&meeting, &body).await, 201).await["judgement"].clone() }
    };

    // (case, present full members, body, due, quorum, passed)
    let all_ten = b
        .assembly(
            "2026-10-01",
            &[refs.clone(), vec!["预备甲", "明日转正"]].concat(),
            &[],
        )
        .await;
    let j = judged(all_ten.clone(), motion(5, 5, 0)).await;
    assert_eq!(
        (j["due"].as_u64(), j["present"].as_u64()),
        (Some(10), Some(10)),
        "明日转正 is not a voter yet"
    );
    assert_eq!(
        (j["quorum"].as_bool(), j["passed"].as_bool()),
        (Some(true), Some(false)),
        "exactly half in favour does not pass: {j}"
    );
    assert!(j["reason"].as_str().unwrap().contains("须至少6票"), "{j}");
    let j = judged(all_ten.clone(), motion(6, 4, 0)).await;
    assert_eq!(j["passed"], true);

    // Five of ten present: exactly half is no quorum, whatever the votes.
    let half = b.assembly("2026-10-05", &refs[..5], &refs[5..]).await;
    let j = judged(half.clone(), motion(5, 0, 0)).await;
    assert_eq!(
        (j["quorum"].as_bool(), j["passed"].as_bool()),
        (Some(false), Some(false))
    );
    assert!(
        j["reason"].as_str().unwrap().contains("不能进行表决"),
        "{j}"
    );

    // Six present, five in favour: short of six; a written opinion in favour makes six.
    let six = b.assembly("2026-10-06", &refs[..6], &refs[6..]).await;
    assert_eq!(judged(six.clone(), motion(5, 1, 0)).await["passed"], false);
    let mut body = motion(6, 0, 0);
    body["written_opinions"] = json!([{"person_id": b.id(&ten[9]), "vote": "in_favour"}]);
    let j = judged(six.clone(), body).await;
    assert_eq!(
        (j["passed"].as_bool(), j["written"].as_u64()),
        (Some(true), Some(1))
    );

    // Eleven full members by then (明日转正 confirmed): five present are no quorum of eleven,
    // but leaving two out with approval makes nine due, and five of nine are.
    let five = b.assembly("2026-10-07", &refs[..5], &refs[5..]).await;
    assert_eq!(judged(five.clone(), motion(5, 0, 0)).await["quorum"], false);
    let mut body = motion(5, 0, 0);
    body["exclusions"] = json!([
        {"person_id": b.id(&ten[8]), "reason": "出国半年以上", "approval": "经上级党组织批准"},
        {"person_id": b.id(&ten[9]), "reason": "长期卧床", "approval": "经上级党组织批准"},
    ]);
    let j = judged(five.clone(), body).await;
    assert_eq!(
        (
            j["due"].as_u64(),
            j["quorum"].as_bool(),
            j["passed"].as_bool()
        ),
        (Some(9), Some(true), Some(true))
    );

    // The day after the meeting 明日转正 is a full member: a vote then counts eleven.
    let next = b
        .assembly(
            "2026-10-02",
            &[refs.clone(), vec!["明日转正"]].concat(),
            &[],
        )
        .await;
    let j = judged(next, motion(6, 0, 0)).await;
    assert_eq!(
        (j["due"].as_u64(), j["present"].as_u64()),
        (Some(11), Some(11))
    );
    assert_eq!(j["passed"], true, "six of eleven in favour pass");
}

#[tokio::test]
async fn counts_that_cannot_be_are_refused_with_their_rule_and_change_nothing() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let six = names("党员", 6);
    let mut all: Vec<&str> = six.iter().map(String::as_str).collect();
    all.extend(["预备甲", "对象甲", "对象乙", "缺席甲"]);
    let b = Branch::new(&app, &w, &all).await;
    b.standing("预备甲", "probationary_member", "2026-01-01")
        .await;
    b.standing("对象甲", "development_candidate", "2026-01-01")
        .await;
    b.standing("对象乙", "development_candidate", "2026-01-01")
        .await;
    let mut present: Vec<&str> = six.iter().map(String::as_str).collect();
    present.extend(["预备甲", "对象甲", "对象乙"]);
    let meeting = b.assembly("2026-11-02", &present, &["缺席甲"]).await;
    let before = app.snapshot().await;

    let with = |patch: Value| {
        let mut body = json!({
            "kind": "admission", "motion": "接收对象甲为预备党员", "candidate_ids": [b.id("对象甲")],
            "method": "secret_ballot", "in_favour": 6, "against": 0, "abstaining": 0
        });
        for (k, v) in patch.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    // (case, body, field, words in the detail)
    let cases = [
        (
            "more votes than voters",
            with(json!({"in_favour": 6, "against": 1})),
            "/in_favour",
            "probationary members present have no vote",
        ),
        (
            "a probationary member's written opinion",
            with(json!({"written_opinions": [{"person_id": b.id("预备甲"), "vote": "in_favour"}]})),
            "/written_opinions/0/person_id",
            "probationary member has no vote",
        ),
        (
            "a probationary member's named vote",
            with(
                json!({"kind": "other", "candidate_ids": [], "method": "show_of_hands", "votes": [{"person_id": b.id("预备甲"), "vote": "in_favour"}]}),
            ),
            "/votes/0/person_id",
            "probationary member has no vote",
        ),
        (
            "an admission by show of hands",
            with(json!({"method": "show_of_hands"})),
            "/method",
            "secret ballot",
        ),
        (
            "two candidates in one admission",
            with(json!({"candidate_ids": [b.id("对象甲"), b.id("对象乙")]})),
            "/candidate_ids",
            "one candidate per vote",
        ),
        (
            "an admission without its candidate",
            with(json!({"candidate_ids": []})),
            "/candidate_ids",
            "names its candidate",
        ),
        (
            "admitting a full member",
            with(json!({"candidate_ids": [b.id(&six[0])]})),
            "/candidate_ids/0",
            "development candidate",
        ),
        (
            "confirming a development candidate",
            with(json!({"kind": "confirmation"})),
            "/candidate_ids/0",
            "probationary member",
        ),
        (
            "a written opinion of a member present",
            with(json!({"written_opinions": [{"person_id": b.id(&six[0]), "vote": "in_favour"}]})),
            "/written_opinions/0/person_id",
            "absent member only",
        ),
        (
            "leaving out a member present",
            with(
                json!({"exclusions": [{"person_id": b.id(&six[0]), "reason": "出国", "approval": "批准"}]}),
            ),
            "/exclusions/0/person_id",
            "was present",
        ),
        (
            "naming voters of a secret ballot",
            with(json!({"votes": [{"person_id": b.id(&six[0]), "vote": "in_favour"}]})),
            "/votes",
            "secret ballot",
        ),
        (
            "fewer in favour than the written opinions in favour",
            with(
                json!({"in_favour": 0, "written_opinions": [{"person_id": b.id("缺席甲"), "vote": "in_favour"}]}),
            ),
            "/in_favour",
            "written opinions",
        ),
        (
            "named votes that do not add up",
            with(
                json!({"kind": "other", "candidate_ids": [], "method": "show_of_hands", "votes": [{"person_id": b.id(&six[0]), "vote": "in_favour"}]}),
            ),
            "/in_favour",
            "make 1",
        ),
        (
            "a person of another branch",
            with(
                json!({"written_opinions": [{"person_id": "019a1b2c-0000-7000-8000-000000000999", "vote": "in_favour"}]}),
            ),
            "/written_opinions/0/person_id",
            "not a member",
        ),
        (
            "a blank motion",
            with(json!({"motion": "  "})),
            "/motion",
            "",
        ),
        (
            "a count out of range",
            with(json!({"against": 100001})),
            "/against",
            "at most",
        ),
    ];
    for (case, body, field, words) in cases {
        let problem = assert_problem(b.decide(&meeting, &body).await, 422).await;
        assert_eq!(problem["errors"][0]["field"], field, "{case}: {problem}");
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.contains(words), "{case}: {detail}");
    }
    assert_eq!(
        app.snapshot().await,
        before,
        "a refused decision changes nothing"
    );

    // A list corrected after the vote that leaves the count impossible is shown, and blocks
    // finalizing until the decision is corrected.
    let decision = json_of(b.decide(&meeting, &with(json!({}))).await, 201).await;
    let fewer: Vec<Value> = six[..5]
        .iter()
        .map(|n| json!({"person_id": b.id(n), "status": "present"}))
        .collect();
    json_of(
        app.put_attendance(&b.token, &meeting, &json!(fewer)).await,
        200,
    )
    .await;
    let shown = json_of(
        app.get_as(
            &b.token,
            &format!("/api/v1/decisions/{}", decision["id"].as_str().unwrap()),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(shown["judgement"]["passed"], false);
    assert_eq!(
        shown["judgement"]["quorum"], true,
        "five of six still make a quorum"
    );
    assert!(
        shown["judgement"]["problem"]
            .as_str()
            .unwrap()
            .contains("6 votes"),
        "{shown}"
    );
    let problem = assert_problem(app.finalize_meeting(&b.token, &meeting).await, 409).await;
    assert!(
        problem["detail"].as_str().unwrap().contains("decision 1"),
        "{problem}"
    );
}

#[tokio::test]
async fn decisions_and_standings_are_out_of_reach_of_another_branch() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let b = Branch::new(&app, &w, &["党员甲", "党员乙", "党员丙"]).await;
    let meeting = b
        .assembly("2026-11-03", &["党员甲", "党员乙"], &["党员丙"])
        .await;
    let decision = json_of(b.decide(&meeting, &motion(2, 0, 0)).await, 201).await;
    let id = decision["id"].as_str().unwrap();
    let person = b.id("党员甲");
    let other = &w.secretary_b.token;
    let before = app.snapshot().await;
    for response in [
        app.get_as(other, &format!("/api/v1/meetings/{meeting}/decisions"))
            .await,
        app.post_as(
            other,
            &format!("/api/v1/meetings/{meeting}/decisions"),
            &motion(1, 0, 0),
        )
        .await,
        app.get_as(other, &format!("/api/v1/decisions/{id}")).await,
        app.put_as(other, &format!("/api/v1/decisions/{id}"), &motion(1, 0, 0))
            .await,
        app.request_with(
            reqwest::Method::DELETE,
            &format!("/api/v1/decisions/{id}"),
            Some(other),
            None,
            &[("if-match", "*")],
        )
        .await,
        app.get_as(other, &format!("/api/v1/people/{person}/standing"))
            .await,
        app.post_as(
            other,
            &format!("/api/v1/people/{person}/standing"),
            &json!({"standing": "full_member", "effective_on": "2026-01-01"}),
        )
        .await,
    ] {
        assert_problem(response, 404).await;
    }
    // A member of the branch reads but does not write.
    let member = &w.member_a.token;
    json_of(
        app.get_as(member, &format!("/api/v1/meetings/{meeting}/decisions"))
            .await,
        200,
    )
    .await;
    assert_problem(
        app.post_as(
            member,
            &format!("/api/v1/meetings/{meeting}/decisions"),
            &motion(1, 0, 0),
        )
        .await,
        403,
    )
    .await;
    assert_eq!(app.snapshot().await, before);
    // Only a 支部党员大会's votes are counted by the branch's rules.
    let body = json!({"org_unit_id": b.unit, "kind": "committee_meeting", "title": "支委会",
                      "starts_at": "2026-11-03T01:00:00Z"});
    let committee = id_of(&json_of(app.create_meeting(&b.token, &body).await, 201).await);
    let problem = assert_problem(b.decide(&committee, &motion(1, 0, 0)).await, 409).await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("general_assembly"),
        "{problem}"
    );

    // The secretary corrects and deletes; the list answers the roll it counted.
    let path = format!("/api/v1/decisions/{id}");
    let corrected = json_of(app.put_as(&b.token, &path, &motion(1, 1, 0)).await, 200).await;
    assert_eq!(
        (
            corrected["version"].as_i64(),
            corrected["judgement"]["passed"].as_bool()
        ),
        (Some(2), Some(false))
    );
    let list = json_of(
        app.get_as(&b.token, &format!("/api/v1/meetings/{meeting}/decisions"))
            .await,
        200,
    )
    .await;
    assert_eq!(list["roll"].as_array().unwrap().len(), 3);
    assert_eq!(list["voting_summary"]["full_present"], 2);
    let response = app
        .request_with(
            reqwest::Method::DELETE,
            &path,
            Some(&b.token),
            None,
            &[("if-match", "\"2\"")],
        )
        .await;
    assert_eq!(response.status(), 204);
    assert_problem(app.get_as(&b.token, &path).await, 404).await;
}

#[tokio::test]
async fn a_standing_change_is_checked_and_kept_once_a_day() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let b = Branch::new(&app, &w, &["党员甲", "党员乙", "对象甲"]).await;
    let guest = id_of(
        &json_of(
            app.create_person(
                &b.token,
                &json!({"org_unit_id": b.unit, "name": "来宾", "kind": "guest"}),
            )
            .await,
            201,
        )
        .await,
    );
    b.standing("对象甲", "development_candidate", "2026-02-01")
        .await;
    let meeting = b
        .assembly("2026-11-04", &["党员甲", "党员乙", "对象甲"], &[])
        .await;
    let admission = json!({"kind": "admission", "motion": "接收对象甲", "candidate_ids": [b.id("对象甲")],
                           "method": "secret_ballot", "in_favour": 1, "against": 1, "abstaining": 0});
    let failed = json_of(b.decide(&meeting, &admission).await, 201).await;
    assert_eq!(
        failed["judgement"]["passed"], false,
        "one of two is not more than half"
    );
    let failed_id = failed["id"].as_str().unwrap();

    let cases = [
        (
            "a day in the future",
            "对象甲",
            json!({"standing": "activist", "effective_on": "2099-01-01"}),
            422,
            "/effective_on",
        ),
        (
            "before the founding",
            "对象甲",
            json!({"standing": "activist", "effective_on": "1900-01-01"}),
            422,
            "/effective_on",
        ),
        (
            "the same day twice",
            "对象甲",
            json!({"standing": "activist", "effective_on": "2026-02-01"}),
            409,
            "",
        ),
        (
            "by a motion that failed",
            "对象甲",
            json!({"standing": "probationary_member", "effective_on": "2026-11-04", "decision_id": failed_id}),
            422,
            "/decision_id",
        ),
        (
            "by a decision about someone else",
            "党员甲",
            json!({"standing": "probationary_member", "effective_on": "2026-11-04", "decision_id": failed_id}),
            422,
            "/decision_id",
        ),
    ];
    for (case, name, body, status, field) in cases {
        let problem = assert_problem(b.record_standing(name, &body).await, status).await;
        if !field.is_empty() {
            assert_eq!(problem["errors"][0]["field"], field, "{case}: {problem}");
        }
    }
    let unknown = json!({"standing": "probationary_member", "effective_on": "2026-11-04",
                         "decision_id": "019a1b2c-0000-7000-8000-000000000999"});
    let problem = assert_problem(b.record_standing("对象甲", &unknown).await, 422).await;
    assert_eq!(problem["errors"][0]["field"], "/decision_id");
    let problem = assert_problem(
        app.post_as(
            &b.token,
            &format!("/api/v1/people/{guest}/standing"),
            &json!({"standing": "full_member", "effective_on": "2026-01-01"}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "/standing");

    // The same candidate is not voted on twice at one meeting: the failed vote is corrected.
    let again = assert_problem(b.decide(&meeting, &admission).await, 422).await;
    assert_eq!(again["errors"][0]["field"], "/candidate_ids/0", "{again}");
    // A passed admission: probation starts on the meeting's day, and only as a probationary member.
    let mut corrected = admission.clone();
    corrected["in_favour"] = json!(2);
    corrected["against"] = json!(0);
    let path = format!("/api/v1/decisions/{failed_id}");
    let passed = json_of(app.put_as(&b.token, &path, &corrected).await, 200).await;
    assert_eq!(passed["judgement"]["passed"], true);
    let id = passed["id"].as_str().unwrap();
    for (body, field) in [
        (
            json!({"standing": "full_member", "effective_on": "2026-11-04", "decision_id": id}),
            "/standing",
        ),
        (
            json!({"standing": "probationary_member", "effective_on": "2026-11-05", "decision_id": id}),
            "/effective_on",
        ),
    ] {
        let problem = assert_problem(b.record_standing("对象甲", &body).await, 422).await;
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    json_of(b.record_standing("对象甲", &json!({"standing": "probationary_member", "effective_on": "2026-11-04", "decision_id": id})).await, 201).await;
    // The decision that made a change says so, and stays as voted: neither changed nor deleted.
    let shown = json_of(app.get_as(&b.token, &path).await, 200).await;
    assert_eq!(shown["standing_recorded"], true);
    assert_eq!(passed["standing_recorded"], false);
    let problem = assert_problem(app.put_as(&b.token, &path, &admission).await, 409).await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("party standing"),
        "{problem}"
    );
    let response = app
        .request_with(
            reqwest::Method::DELETE,
            &format!("/api/v1/decisions/{id}"),
            Some(&b.token),
            None,
            &[("if-match", "*")],
        )
        .await;
    assert_problem(response, 409).await;
}
