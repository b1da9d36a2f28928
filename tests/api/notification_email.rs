//! Notifications by email (issue 15): with an SMTP server configured, a notification also goes
//! by email to each recipient who gave an address and did not turn email off — once, in
//! Chinese, plain and HTML — and a temporary refusal is retried.

use std::time::Duration;

use mail_parser::MessageParser;
use minutebook::config::PublicUrl;
use minutebook::mail::Mailer;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, id_of, json_of};
use crate::mail::alternatives;
use crate::smtp_receiver::SmtpReceiver;
use crate::world::{BranchRecords, World};

const FROM: &str = "党支部会议记录 <noreply@dangjian.example.cn>";

async fn emailing(receiver: &SmtpReceiver) -> TestApp {
    let mailer = Mailer::from_url(&receiver.url(), FROM, Duration::from_secs(3)).unwrap();
    TestApp::spawn_with_settings(|s| {
        s.deliveries.mailer = Some(mailer);
        s.public_url = Some(PublicUrl::parse("https://dangjian.example.cn/").unwrap());
    })
    .await
}

async fn set_email(app: &TestApp, token: &str, body: Value) -> Value {
    json_of(app.patch_as(token, "/api/v1/me", &body).await, 200).await
}

fn item(r: &BranchRecords, problem: &str) -> Value {
    json!({
        "org_unit_id": r.unit, "meeting_id": r.meeting, "problem": problem,
        "measure": "每月精读一篇原文并撰写心得", "owner_id": r.member_person, "due_on": "2027-03-31"
    })
}

#[tokio::test]
async fn a_notification_is_emailed_once_to_those_who_take_email() {
    let receiver = SmtpReceiver::start().await;
    let app = emailing(&receiver).await;
    let w = World::build(&app).await;
    // The member gives an address; the reviewer gives one but turns email off.
    let me = set_email(
        &app,
        &w.member_a.token,
        json!({"email": " member.a@example.cn "}),
    )
    .await;
    assert_eq!(me["email"], "member.a@example.cn");
    assert_eq!(me["email_notifications"], true);
    assert_eq!(me["email_delivery"], true, "this service sends email");
    set_email(
        &app,
        &w.reviewer.token,
        json!({"email": "reviewer@example.cn", "email_notifications": false}),
    )
    .await;
    let refused = assert_problem(
        app.patch_as(
            &w.secretary_a.token,
            "/api/v1/me",
            &json!({"email": "not an address"}),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "/email");
    let mine = json_of(app.get_as(&w.member_a.token, "/api/v1/me").await, 200).await;
    assert_eq!(mine["email"], "member.a@example.cn");

    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let created = app
        .create_item(&w.secretary_a.token, &item(&r, "理论学习不够系统深入"))
        .await;
    let id = id_of(&json_of(created, 201).await);
    // A submission tells the secretary (no address) and the reviewer (email off): no email.
    let progress = json!({"note": "已学习", "progress_percent": 50});
    json_of(
        app.add_item_update(&w.member_a.token, &id, &progress).await,
        201,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &id).await, 200).await;

    // The meeting scheduled by BranchRecords, and the assignment: two emails to the member.
    let received = receiver.wait_for(2, Duration::from_secs(15)).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let received = receiver.received().len().max(received.len());
    assert_eq!(
        received, 2,
        "one email per notification of the member, none to others"
    );
    let all = receiver.received();
    let assigned = all
        .iter()
        .find(|m| {
            let parsed = MessageParser::default().parse(&m.data).unwrap();
            parsed.subject() == Some("您有一项新的整改事项：理论学习不够系统深入")
        })
        .expect("the assignment by email");
    assert_eq!(assigned.to, ["member.a@example.cn"]);
    let (plain, html) = alternatives(assigned);
    let link = format!("https://dangjian.example.cn/#/items/{id}");
    for part in [&plain, &html] {
        assert!(part.contains("问题：理论学习不够系统深入"), "{part}");
        assert!(part.contains(&link), "{part}");
    }

    // Turned off, nothing more comes; the app still tells.
    set_email(
        &app,
        &w.member_a.token,
        json!({"email_notifications": false}),
    )
    .await;
    json_of(
        app.return_item(&w.secretary_a.token, &id, "请补充").await,
        200,
    )
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(receiver.received().len(), 2);
}

#[tokio::test]
async fn a_temporary_refusal_of_an_email_is_retried() {
    let receiver = SmtpReceiver::start().await;
    receiver.refuse_next(1, 451);
    let app = emailing(&receiver).await;
    let w = World::build(&app).await;
    set_email(
        &app,
        &w.member_a.token,
        json!({"email": "member.a@example.cn"}),
    )
    .await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let received = receiver.wait_for(1, Duration::from_secs(15)).await;
    assert_eq!(received.len(), 1);
    assert_eq!(receiver.refused(), 1);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let (status, attempts): (String, i32) = sqlx::query_as(
            "select status, attempts from deliveries where channel = 'email' and entity_id = $1::uuid",
        )
        .bind(&r.meeting)
        .fetch_one(&app.pool)
        .await
        .unwrap();
        if status == "delivered" {
            assert_eq!(attempts, 2);
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{status} after {attempts}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
