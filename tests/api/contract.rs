//! The document as a contract for requests: every request-body example works against the real
//! service, and every limit the document declares is the one the server enforces.

use std::collections::BTreeSet;

use minutebook::domain::{
    EXACT_LONG_TEXT_PATTERN, LONG_TEXT_PATTERN, MAX_PASSWORD_CHARS, MAX_USERNAME_CHARS,
    MIN_PASSWORD_CHARS, MIN_USERNAME_CHARS, NOT_BLANK_PATTERN, ONE_LINE_PATTERN, Password,
    USERNAME_PATTERN, Username,
};
use minutebook::routes::{
    attachments, attendance, committee, decisions, list, meetings, notifications, org_units,
    people, rectification, reports, search, speeches, users, verification, versioning, webhooks,
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, id_of, json_of};

// The ids the examples name (`019a1b2c-0000-7000-8000-0000000000NN`), standing for records
// the test creates.
const COMMITTEE: &str = "019a1b2c-0000-7000-8000-000000000000";
const BRANCH: &str = "019a1b2c-0000-7000-8000-000000000001";
const USER: &str = "019a1b2c-0000-7000-8000-000000000010";
const PERSON: &str = "019a1b2c-0000-7000-8000-000000000020";
const PERSON2: &str = "019a1b2c-0000-7000-8000-000000000021";
const PERSON3: &str = "019a1b2c-0000-7000-8000-000000000022";
const MEETING: &str = "019a1b2c-0000-7000-8000-000000000030";
const SPEECH: &str = "019a1b2c-0000-7000-8000-000000000040";
const ITEM: &str = "019a1b2c-0000-7000-8000-000000000050";
const WEBHOOK: &str = "019a1b2c-0000-7000-8000-0000000000a0";
const DECISION: &str = "019a1b2c-0000-7000-8000-000000000060";
const TERM: &str = "019a1b2c-0000-7000-8000-0000000000c0";

/// Every operation that takes a body, in the order the test sends their examples (an example
/// may need what an earlier one made: the login needs the user of `POST /users`).
const PLAN: &[(&str, &str)] = &[
    ("PUT", "/api/v1/meeting-rules/{kind}"),
    ("POST", "/api/v1/org-units"),
    ("PATCH", "/api/v1/org-units/{id}"),
    ("POST", "/api/v1/users"),
    ("PATCH", "/api/v1/users/{id}"),
    ("PUT", "/api/v1/org-units/{id}/members/{user_id}"),
    ("PUT", "/api/v1/org-units/{id}/notification-settings"),
    ("POST", "/api/v1/auth/login"),
    ("POST", "/api/v1/auth/refresh"),
    ("POST", "/api/v1/auth/logout"),
    ("PUT", "/api/v1/me/password"),
    ("PATCH", "/api/v1/me"),
    ("POST", "/api/v1/people"),
    ("PATCH", "/api/v1/people/{id}"),
    ("POST", "/api/v1/meetings"),
    ("PATCH", "/api/v1/meetings/{id}"),
    ("PUT", "/api/v1/meetings/{id}/attendance"),
    ("POST", "/api/v1/meetings/{id}/speeches"),
    ("PATCH", "/api/v1/speeches/{id}"),
    ("POST", "/api/v1/rectification-items"),
    ("PATCH", "/api/v1/rectification-items/{id}"),
    ("POST", "/api/v1/rectification-items/{id}/updates"),
    ("POST", "/api/v1/rectification-items/{id}/return"),
    ("POST", "/api/v1/rectification-items/{id}/verify"),
    ("POST", "/api/v1/audit/verification"),
    ("POST", "/api/v1/org-units/{id}/webhooks"),
    ("PATCH", "/api/v1/webhooks/{id}"),
    ("PUT", "/api/v1/org-units/{id}/attachment-quota"),
    // The world's decision becomes the example's admission, then gives way to the new one
    // (a candidate is decided on once a meeting).
    ("PUT", "/api/v1/decisions/{id}"),
    ("POST", "/api/v1/meetings/{id}/decisions"),
    ("POST", "/api/v1/people/{id}/standing"),
    // The term in office first; then a new one, which ends it.
    ("PATCH", "/api/v1/committee-terms/{id}"),
    ("PUT", "/api/v1/committee-terms/{id}/members"),
    ("POST", "/api/v1/org-units/{id}/committee-terms"),
];

/// The records the examples' ids stand for.
struct World {
    admin: String,
    ids: Vec<(&'static str, String)>,
}

impl World {
    async fn build(app: &TestApp) -> World {
        let password = "a contract test passphrase";
        minutebook::admin::create_admin(
            &app.pool,
            &Username::parse("root").unwrap(),
            "Root",
            &Password::parse(password.into()).unwrap(),
        )
        .await
        .unwrap();
        let admin = app.login_ok("root", password).await.access_token;
        let created = |response| async move { id_of(&json_of(response, 201).await) };
        let committee = created(
            app.create_org_unit(
                &admin,
                &json!({"name": "市政府办机关党委", "kind": "committee"}),
            )
            .await,
        )
        .await;
        let branch = created(
            app.create_org_unit(
                &admin,
                &json!({"name": "机关第一党支部", "kind": "branch", "parent_id": committee}),
            )
            .await,
        )
        .await;
        let user = created(
            app.create_user(
                &admin,
                &json!({"username": "wang.fang", "display_name": "王芳",
                        "password": "wang fang's passphrase", "org_unit_id": branch}),
            )
            .await,
        )
        .await;
        let person = |name: &'static str| {
            let (admin, branch) = (admin.clone(), branch.clone());
            async move {
                let body = json!({"org_unit_id": branch, "name": name, "kind": "member"});
                created(app.create_person(&admin, &body).await).await
            }
        };
        let (person1, person2) = (person("王芳").await, person("刘洋").await);
        let person3 = person("张伟").await;
        let meeting = created(
            app.create_meeting(
                &admin,
                // A 支部党员大会: the one kind of meeting whose decisions are recorded.
                &json!({"org_unit_id": branch, "kind": "general_assembly",
                        "title": "支部党员大会", "starts_at": "2026-12-20T09:30:00+08:00"}),
            )
            .await,
        )
        .await;
        // Speakers are on the attendance list first.
        let listed = app
            .put_attendance(
                &admin,
                &meeting,
                &json!([{"person_id": person1, "status": "present"},
                        {"person_id": person2, "status": "present"}]),
            )
            .await;
        assert_eq!(listed.status(), 200);
        let speech = created(
            app.create_speech(
                &admin,
                &meeting,
                &json!({"speaker_id": person1, "kind": "remarks", "content": "同志们：……"}),
            )
            .await,
        )
        .await;
        let item = created(
            app.create_item(
                &admin,
                &json!({"org_unit_id": branch, "meeting_id": meeting, "problem": "学习不够深入",
                        "measure": "每月精读一篇原文", "owner_id": person1, "due_on": "2027-03-31"}),
            )
            .await,
        )
        .await;
        let webhook = created(
            app.post_as(
                &admin,
                &format!("/api/v1/org-units/{branch}/webhooks"),
                &json!({"name": "支部企业微信群", "kind": "wecom",
                        "url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"}),
            )
            .await,
        )
        .await;
        // 张伟 is a development candidate, whom the meeting admits.
        let standing = json!({"standing": "development_candidate", "effective_on": "2026-11-01"});
        let path = format!("/api/v1/people/{person3}/standing");
        json_of(app.post_as(&admin, &path, &standing).await, 201).await;
        let vote = json!({"kind": "other", "motion": "审议支部年度工作计划", "method": "show_of_hands",
                          "in_favour": 1, "against": 0, "abstaining": 0});
        let path = format!("/api/v1/meetings/{meeting}/decisions");
        let decision = created(app.post_as(&admin, &path, &vote).await).await;
        let term = created(
            app.post_as(
                &admin,
                &format!("/api/v1/org-units/{branch}/committee-terms"),
                &json!({"started_on": "2024-06-20", "length_years": 3, "seats": 5}),
            )
            .await,
        )
        .await;
        World {
            admin,
            ids: vec![
                (DECISION, decision),
                (COMMITTEE, committee),
                (BRANCH, branch),
                (USER, user),
                (PERSON, person1),
                (PERSON2, person2),
                (PERSON3, person3),
                (MEETING, meeting),
                (SPEECH, speech),
                (ITEM, item),
                (WEBHOOK, webhook),
                (TERM, term),
            ],
        }
    }

    /// `text` with each example id replaced by the id of the record it stands for.
    fn real(&self, text: &str) -> String {
        self.ids
            .iter()
            .fold(text.to_owned(), |text, (example, real)| {
                text.replace(example, real)
            })
    }
}

/// The example of an operation's JSON body: the operation's own, else its schema's.
fn body_example(doc: &Value, operation: &Value) -> Option<Value> {
    let content = &operation["requestBody"]["content"]["application/json"];
    if !content["example"].is_null() {
        return Some(content["example"].clone());
    }
    let schema = &content["schema"];
    let schema = match schema["$ref"].as_str() {
        Some(reference) => &doc["components"]["schemas"][reference.rsplit('/').next().unwrap()],
        None => schema,
    };
    (!schema["example"].is_null()).then(|| schema["example"].clone())
}

/// The path with its parameters filled: `{id}` names the record of the path's resource.
fn path_of(world: &World, template: &str) -> String {
    let id = match template.split('/').nth(3) {
        Some("org-units") => BRANCH,
        Some("users") => USER,
        Some("people") => PERSON,
        Some("meetings") => MEETING,
        Some("speeches") => SPEECH,
        Some("rectification-items") => ITEM,
        Some("webhooks") => WEBHOOK,
        Some("decisions") => DECISION,
        Some("committee-terms") => TERM,
        _ => "",
    };
    world.real(
        &template
            .replace("{id}", id)
            .replace("{user_id}", USER)
            .replace("{kind}", "party_lecture"),
    )
}

#[tokio::test]
async fn every_request_body_example_is_accepted_by_the_service() {
    let app = TestApp::spawn().await;
    let world = World::build(&app).await;
    let doc = app.openapi().await;

    // Every operation with a body is in the plan: a new one needs an example that works.
    let mut with_body = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            if operation["requestBody"]["content"]
                .get("application/json")
                .is_some()
            {
                with_body.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let planned: BTreeSet<_> = PLAN
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(with_body, planned, "the operations that take a body");

    // The login, refresh and password change of the example user (`POST /users`).
    let (username, password) = {
        let login = body_example(&doc, &doc["paths"]["/api/v1/auth/login"]["post"]).unwrap();
        let text = |f: &str| login[f].as_str().unwrap().to_owned();
        (text("username"), text("password"))
    };
    for &(method, template) in PLAN {
        let operation = &doc["paths"][template][method.to_lowercase()];
        let at = format!("{method} {template}");
        let example = body_example(&doc, operation).unwrap_or_else(|| panic!("{at}: no example"));
        let mut body: Value = serde_json::from_str(&world.real(&example.to_string())).unwrap();
        let mut token = world.admin.clone();
        match template {
            "/api/v1/auth/refresh" | "/api/v1/auth/logout" => {
                let fresh = app.login_ok(&username, &password).await.refresh_token;
                body["refresh_token"] = json!(fresh);
            }
            "/api/v1/me/password" => {
                token = app.login_ok(&username, &password).await.access_token;
            }
            "/api/v1/meetings/{id}/decisions" => {
                let decision = path_of(&world, "/api/v1/decisions/{id}");
                let response = app
                    .request_with(
                        Method::DELETE,
                        &decision,
                        Some(&world.admin),
                        None,
                        &[("If-Match", "*")],
                    )
                    .await;
                assert_eq!(response.status(), 204);
            }
            "/api/v1/rectification-items/{id}/return"
            | "/api/v1/rectification-items/{id}/verify" => {
                // Only a submitted item is returned or verified.
                let submit = path_of(&world, "/api/v1/rectification-items/{id}/submit");
                let response = app
                    .request(Method::POST, &submit, Some(&world.admin), None)
                    .await;
                json_of(response, 200).await;
            }
            _ => {}
        }
        // A required If-Match: `*`, any current version.
        let if_match = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|p| p["name"] == "If-Match" && p["required"] == true);
        let headers: &[(&str, &str)] = if if_match { &[("If-Match", "*")] } else { &[] };
        let response = app
            .request_with(
                method.parse().unwrap(),
                &path_of(&world, template),
                Some(&token),
                Some(&body),
                headers,
            )
            .await;
        let status = response.status();
        let answer = response.text().await.unwrap();
        assert!(
            status.is_success(),
            "{at}: the example {example} was answered {status}: {answer}"
        );
    }

    // Bodies that are files: their text examples (a CSV member list) are taken too.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(example) = operation["requestBody"]["content"]["text/csv"]["example"].as_str()
            else {
                continue;
            };
            let response = app
                .client
                .request(
                    method.to_uppercase().parse().unwrap(),
                    app.url(&path_of(&world, path)),
                )
                .bearer_auth(&world.admin)
                .header("Content-Type", "text/csv")
                .body(example.to_owned())
                .send()
                .await
                .unwrap();
            let status = response.status();
            let answer = response.text().await.unwrap();
            assert!(
                status.is_success(),
                "{method} {path}: the CSV example was answered {status}: {answer}"
            );
        }
    }
}

/// Where a limit is declared, what it is and its value.
type Declared = BTreeSet<(String, &'static str, String)>;

/// A value as the document's JSON writes it.
fn j(value: impl serde::Serialize) -> String {
    serde_json::to_string(&value).unwrap()
}

/// What the document declares of `keys` at every request body schema and parameter, by place:
/// `Schema.property`, `Schema` (a schema of its own), `query limit`, `header Idempotency-Key`.
fn declared(doc: &Value) -> Declared {
    const KEYS: &[&str] = &[
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
    ];
    fn limits(out: &mut Declared, place: &str, schema: &Value) {
        for key in KEYS {
            if let Some(value) = schema.get(*key) {
                out.insert((place.to_owned(), key, value.to_string()));
            }
        }
    }
    let schemas = &doc["components"]["schemas"];
    let mut out = Declared::new();
    let mut bodies = BTreeSet::new();
    for item in doc["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                let place = format!(
                    "{} {}",
                    parameter["in"].as_str().unwrap(),
                    parameter["name"].as_str().unwrap()
                );
                limits(&mut out, &place, &parameter["schema"]);
                limits(&mut out, &place, &parameter["schema"]["items"]);
            }
            let body = &operation["requestBody"]["content"]["application/json"]["schema"];
            if let Some(reference) = body["$ref"].as_str() {
                bodies.insert(reference.rsplit('/').next().unwrap().to_owned());
            }
        }
    }
    // The body schemas and the schemas they refer to.
    let mut todo: Vec<String> = bodies.into_iter().collect();
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let schema = &schemas[&name];
        limits(&mut out, &name, schema);
        let mut refer = |schema: &Value| {
            let text = schema.to_string();
            for part in text.split("#/components/schemas/").skip(1) {
                todo.push(part.split('"').next().unwrap().to_owned());
            }
        };
        refer(&schema["items"]);
        for (field, property) in schema["properties"].as_object().into_iter().flatten() {
            let place = format!("{name}.{field}");
            limits(&mut out, &place, property);
            limits(&mut out, &place, &property["items"]);
            refer(property);
        }
    }
    out
}

fn text(out: &mut Declared, place: &str, max: usize, pattern: &str) {
    out.insert((place.into(), "minLength", j(1)));
    out.insert((place.into(), "maxLength", j(max)));
    out.insert((place.into(), "pattern", j(pattern)));
}

fn range(out: &mut Declared, place: &str, min: i64, max: i64) {
    out.insert((place.into(), "minimum", j(min)));
    out.insert((place.into(), "maximum", j(max)));
}

/// The server's own constants, each where the document must declare it.
fn enforced() -> Declared {
    let mut out = Declared::new();
    let out_ = &mut out;
    for schema in ["CreateMeeting", "UpdateMeeting"] {
        text(
            out_,
            &format!("{schema}.title"),
            meetings::MAX_TITLE_CHARS,
            ONE_LINE_PATTERN,
        );
        let location = format!("{schema}.location");
        text(
            out_,
            &location,
            meetings::MAX_LOCATION_CHARS,
            ONE_LINE_PATTERN,
        );
        let summary = format!("{schema}.summary");
        text(
            out_,
            &summary,
            meetings::MAX_SUMMARY_CHARS,
            LONG_TEXT_PATTERN,
        );
        let agenda = (format!("{schema}.agenda"), "maxItems");
        out_.insert((agenda.0, agenda.1, j(meetings::MAX_AGENDA_ITEMS)));
    }
    text(
        out_,
        "AgendaItem",
        meetings::MAX_AGENDA_ITEM_CHARS,
        ONE_LINE_PATTERN,
    );
    let reason = "AttendanceEntry.reason";
    text(out_, reason, attendance::MAX_REASON_CHARS, ONE_LINE_PATTERN);
    out_.insert((
        "AttendanceList".into(),
        "maxItems",
        j(attendance::MAX_ENTRIES),
    ));
    for schema in ["CreatePerson", "UpdatePerson"] {
        let name = format!("{schema}.name");
        text(out_, &name, people::MAX_NAME_CHARS, ONE_LINE_PATTERN);
        let title = format!("{schema}.title");
        text(out_, &title, people::MAX_TITLE_CHARS, ONE_LINE_PATTERN);
    }
    for schema in ["CreateOrgUnit", "UpdateOrgUnit"] {
        let name = format!("{schema}.name");
        text(out_, &name, org_units::MAX_NAME_CHARS, ONE_LINE_PATTERN);
    }
    for schema in ["CreateUser", "UpdateUser"] {
        let name = format!("{schema}.display_name");
        text(out_, &name, users::MAX_DISPLAY_NAME_CHARS, ONE_LINE_PATTERN);
    }
    out_.insert((
        "CreateUser.username".into(),
        "minLength",
        j(MIN_USERNAME_CHARS),
    ));
    out_.insert((
        "CreateUser.username".into(),
        "maxLength",
        j(MAX_USERNAME_CHARS),
    ));
    out_.insert(("CreateUser.username".into(), "pattern", j(USERNAME_PATTERN)));
    for place in ["CreateUser.password", "PasswordChange.new_password"] {
        out_.insert((place.into(), "minLength", j(MIN_PASSWORD_CHARS)));
        out_.insert((place.into(), "maxLength", j(MAX_PASSWORD_CHARS)));
    }
    for schema in ["CreateSpeech", "UpdateSpeech"] {
        let title = format!("{schema}.title");
        text(out_, &title, speeches::MAX_TITLE_CHARS, ONE_LINE_PATTERN);
        let content = format!("{schema}.content");
        text(
            out_,
            &content,
            speeches::MAX_CONTENT_CHARS,
            EXACT_LONG_TEXT_PATTERN,
        );
        let most = speeches::MAX_SPEECHES_PER_MEETING;
        range(out_, &format!("{schema}.position"), 1, most);
    }
    for place in [
        "CreateItem.problem",
        "CreateItem.measure",
        "UpdateItem.problem",
        "UpdateItem.measure",
        "NewUpdate.note",
        "Decision.note",
    ] {
        text(
            out_,
            place,
            rectification::MAX_TEXT_CHARS,
            LONG_TEXT_PATTERN,
        );
    }
    let percent = rectification::PROGRESS_PERCENT;
    let (low, high) = (*percent.start() as i64, *percent.end() as i64);
    range(out_, "NewUpdate.progress_percent", low, high);
    text(
        out_,
        "RuleChange.description",
        reports::MAX_DESCRIPTION_CHARS,
        ONE_LINE_PATTERN,
    );
    for schema in ["CreateMeeting", "UpdateMeeting"] {
        let years = meetings::REPORTING_YEARS;
        let place = format!("{schema}.reporting_year");
        range(out_, &place, *years.start() as i64, *years.end() as i64);
    }
    let approval = "CommitteeTermChange.extension_approval";
    text(
        out_,
        approval,
        committee::MAX_APPROVAL_CHARS,
        ONE_LINE_PATTERN,
    );
    let most = committee::MAX_MEMBERS;
    out_.insert(("CommitteeMemberList".into(), "maxItems", j(most)));
    for schema in ["NewCommitteeTerm", "CommitteeTermChange"] {
        let seats = minutebook::domain::committee::SEATS;
        let place = format!("{schema}.seats");
        range(out_, &place, *seats.start() as i64, *seats.end() as i64);
    }
    let meetings = reports::MIN_MEETINGS;
    let (low, high) = (*meetings.start() as i64, *meetings.end() as i64);
    range(out_, "RuleChange.min_meetings", low, high);
    let description = "RuleChange.description";
    text(
        out_,
        description,
        reports::MAX_DESCRIPTION_CHARS,
        ONE_LINE_PATTERN,
    );
    text(
        out_,
        "DecisionInput.motion",
        decisions::MAX_MOTION_CHARS,
        LONG_TEXT_PATTERN,
    );
    for field in ["reason", "approval"] {
        let place = format!("ExclusionInput.{field}");
        text(out_, &place, decisions::MAX_NOTE_CHARS, ONE_LINE_PATTERN);
    }
    for field in ["in_favour", "against", "abstaining"] {
        let place = format!("DecisionInput.{field}");
        range(out_, &place, 0, decisions::MAX_VOTES as i64);
    }
    for field in ["written_opinions", "exclusions", "votes"] {
        let place = format!("DecisionInput.{field}");
        out_.insert((place, "maxItems", j(decisions::MAX_NAMED)));
    }
    let candidates = ("DecisionInput.candidate_ids".into(), "maxItems");
    out_.insert((candidates.0, candidates.1, j(decisions::MAX_CANDIDATES)));
    let note = "StandingChangeInput.note";
    text(
        out_,
        note,
        people::MAX_STANDING_NOTE_CHARS,
        ONE_LINE_PATTERN,
    );
    for (field, days) in [
        ("due_soon_days", notifications::DUE_SOON_DAYS),
        ("escalate_after_days", notifications::ESCALATE_AFTER_DAYS),
    ] {
        let place = format!("NewUnitNotificationSettings.{field}");
        range(out_, &place, *days.start() as i64, *days.end() as i64);
    }
    let quota = "NewAttachmentQuota.quota_bytes";
    out_.insert((quota.into(), "minimum", j(attachments::MIN_QUOTA_BYTES)));
    out_.insert(("query name".into(), "minLength", j(1)));
    let most = attachments::MAX_FILE_NAME_CHARS;
    out_.insert(("query name".into(), "maxLength", j(most)));
    let email = minutebook::domain::email::MAX_EMAIL_CHARS;
    out_.insert(("MyPreferences.email".into(), "maxLength", j(email)));
    let pattern = minutebook::domain::email::EMAIL_PATTERN;
    out_.insert(("MyPreferences.email".into(), "pattern", j(pattern)));
    for schema in ["NewWebhook", "WebhookChange"] {
        let name = format!("{schema}.name");
        text(out_, &name, webhooks::MAX_NAME_CHARS, ONE_LINE_PATTERN);
        for (field, max) in [
            ("url", webhooks::MAX_URL_CHARS),
            ("secret", webhooks::MAX_SECRET_CHARS),
        ] {
            out_.insert((format!("{schema}.{field}"), "minLength", j(1)));
            out_.insert((format!("{schema}.{field}"), "maxLength", j(max)));
        }
    }
    let years = reports::YEARS;
    range(
        out_,
        "query year",
        *years.start() as i64,
        *years.end() as i64,
    );

    // Checkpoint copies sent for checking.
    let copies = "KeptCheckpoints";
    out_.insert((copies.into(), "minItems", j(1)));
    out_.insert((copies.into(), "maxItems", j(verification::MAX_KEPT)));
    for (field, pattern) in [
        ("format", verification::FORMAT_PATTERN),
        ("head", verification::HEX32_PATTERN),
        ("public_key", verification::HEX32_PATTERN),
        ("signature", verification::HEX64_PATTERN),
        ("signed_at", verification::SIGNED_AT_PATTERN),
    ] {
        out_.insert((format!("Checkpoint.{field}"), "pattern", j(pattern)));
    }
    out_.insert(("Checkpoint.seq".into(), "minimum", j(0)));

    // Parameters.
    out_.insert(("query limit".into(), "minimum", j(list::MIN_LIMIT)));
    out_.insert(("query cursor".into(), "pattern", j(list::CURSOR_PATTERN)));
    out_.insert(("query ids".into(), "pattern", j(list::IDS_PATTERN)));
    out_.insert(("query ids".into(), "maxLength", j(list::MAX_IDS_CHARS)));
    out_.insert((
        "query owner".into(),
        "pattern",
        j(rectification::OWNER_PATTERN),
    ));
    out_.insert(("query q".into(), "minLength", j(1)));
    out_.insert(("query q".into(), "maxLength", j(search::MAX_QUERY_CHARS)));
    out_.insert(("query q".into(), "pattern", j(NOT_BLANK_PATTERN)));
    let key = "header Idempotency-Key";
    out_.insert((key.into(), "minLength", j(1)));
    out_.insert((key.into(), "maxLength", j(versioning::MAX_KEY_CHARS)));
    out_.insert((key.into(), "pattern", j(versioning::KEY_PATTERN)));
    out
}

/// The document states the server's limits, from the constants the server checks with, and no
/// other: a limit changed on one side only, or declared without a constant behind it, fails.
#[test]
fn the_declared_limits_are_the_ones_the_server_enforces() {
    let doc: Value = serde_json::from_str(&minutebook::openapi::document_json()).unwrap();
    let declared = declared(&doc);
    let enforced = enforced();
    let missing: Vec<_> = enforced.difference(&declared).collect();
    let unexplained: Vec<_> = declared.difference(&enforced).collect();
    assert!(
        missing.is_empty() && unexplained.is_empty(),
        "enforced but not declared: {missing:#?}\ndeclared but not enforced by a constant: {unexplained:#?}"
    );
}

/// The server refuses what the declared limits refuse: one past each maxLength and maximum is
/// a 422 naming the field, the limit itself passes.
#[tokio::test]
async fn one_past_a_declared_limit_is_refused_and_the_limit_is_not() {
    let app = TestApp::spawn().await;
    let world = World::build(&app).await;
    let doc = app.openapi().await;
    let title = &doc["components"]["schemas"]["CreateMeeting"]["properties"]["title"];
    let max = title["maxLength"].as_u64().unwrap() as usize;
    for (length, status) in [(max, 201), (max + 1, 422)] {
        let body = json!({"org_unit_id": world.real(BRANCH), "kind": "party_lecture",
                          "title": "党".repeat(length), "starts_at": "2026-12-01T09:00:00+08:00"});
        let response = app.create_meeting(&world.admin, &body).await;
        let answer = json_of(response, status).await;
        if status == 422 {
            assert_eq!(answer["errors"][0]["field"], "/title", "{answer}");
        }
    }
    let percent = &doc["components"]["schemas"]["NewUpdate"]["properties"]["progress_percent"];
    let max = percent["maximum"].as_i64().unwrap();
    let path = world.real(&format!("/api/v1/rectification-items/{ITEM}/updates"));
    // 100.0 is the integer 100 to JSON Schema, and so to the server.
    for (value, status) in [
        (json!(max), 201),
        (json!(max as f64), 201),
        (json!(max + 1), 422),
    ] {
        let body = json!({"note": "进展", "progress_percent": value});
        let response = app
            .request(Method::POST, &path, Some(&world.admin), Some(&body))
            .await;
        let answer = json_of(response, status).await;
        if status == 422 {
            assert_eq!(
                answer["errors"][0]["field"], "/progress_percent",
                "{answer}"
            );
        } else {
            assert_eq!(answer["progress_percent"], max, "{answer}");
        }
    }
}

/// A query array as generated clients send it (`types=a&types=b`, the OpenAPI default) or in
/// one comma-separated value: the same filter.
#[tokio::test]
async fn search_types_may_repeat_or_be_comma_separated() {
    let app = TestApp::spawn().await;
    let world = World::build(&app).await;
    // 党员大会: of the title of the world's meeting, in no speech or item.
    let q = "?q=%E5%85%9A%E5%91%98%E5%A4%A7%E4%BC%9A";
    let mut found = Vec::new();
    for types in ["meeting&types=speech", "meeting,speech", "speech"] {
        let query = format!("{q}&types={types}");
        let page = json_of(app.search(&world.admin, &query).await, 200).await;
        let mut kinds: Vec<String> = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|hit| hit["type"].as_str().unwrap().to_owned())
            .collect();
        kinds.dedup();
        found.push(kinds);
    }
    assert_eq!(found, [vec!["meeting"], vec!["meeting"], vec![]]);
    let query = format!("{q}&types=meeting&types=minutes");
    let wrong = json_of(app.search(&world.admin, &query).await, 422).await;
    assert_eq!(wrong["errors"][0]["field"], "types", "{wrong}");
}
