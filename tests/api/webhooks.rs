//! Webhooks (issue 15): a unit's receivers get each of its notifications once, in their
//! platform's format and signed as documented; failures are retried with backoff; addresses
//! of this machine are refused unless allowed; a slow receiver stalls nobody.

use std::collections::BTreeMap;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{NaiveDate, Utc};
use futures_util::future::join_all;
use hmac::{Hmac, Mac};
use minutebook::config::PublicUrl;
use minutebook::notify::reminders::create_for_day;
use serde_json::{Value, json};
use sha2::Sha256;

use crate::helpers::{TestApp, assert_problem, etag_of, id_of, json_of};
use crate::receiver::{Receiver, Reply};
use crate::world::{BranchRecords, World};

const ZONE: chrono_tz::Tz = chrono_tz::Asia::Shanghai;
const SECRET: &str = "a generic webhook secret";
const WAIT: Duration = Duration::from_secs(15);

fn today() -> NaiveDate {
    Utc::now().with_timezone(&ZONE).date_naive()
}

fn item(r: &BranchRecords, due_on: NaiveDate, problem: &str) -> Value {
    json!({
        "org_unit_id": r.unit, "meeting_id": r.meeting, "problem": problem,
        "measure": "每月精读一篇原文并撰写心得", "owner_id": r.member_person, "due_on": due_on
    })
}

async fn add_webhook(app: &TestApp, token: &str, unit: &str, body: Value) -> Value {
    let path = format!("/api/v1/org-units/{unit}/webhooks");
    json_of(app.post_as(token, &path, &body).await, 201).await
}

fn hmac(key: &[u8], message: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

/// The generic signature by the documented algorithm: `sha256=` and the hex HMAC-SHA256 of
/// `"{X-Minutebook-Timestamp}.{body}"` under the secret.
fn generic_signature(secret: &str, timestamp: &str, body: &[u8]) -> String {
    let mut signed = format!("{timestamp}.").into_bytes();
    signed.extend_from_slice(body);
    format!("sha256={}", hex::encode(hmac(secret.as_bytes(), &signed)))
}

/// Every delivery in a webhook's log.
async fn log_of(app: &TestApp, token: &str, hook: &str) -> Vec<Value> {
    let path = format!("/api/v1/webhooks/{hook}/deliveries?limit=200");
    let page = json_of(app.get_as(token, &path).await, 200).await;
    page["items"].as_array().unwrap().clone()
}

/// Wait until the webhook's log has no pending delivery.
async fn settled(app: &TestApp, token: &str, hook: &str) -> Vec<Value> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let log = log_of(app, token, hook).await;
        if log.iter().all(|d| d["status"] != "pending") || tokio::time::Instant::now() > deadline {
            return log;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn each_event_of_a_unit_reaches_its_webhook_once_signed() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let receiver = Receiver::start().await;
    let hook = add_webhook(
        &app,
        &w.secretary_a.token,
        &w.branch_a,
        json!({"name": "支部接收端", "kind": "generic", "url": format!("{}/hook", receiver.base),
               "secret": SECRET}),
    )
    .await;
    // The secret is write-only.
    assert_eq!(hook["has_secret"], true);
    assert!(hook.get("secret").is_none(), "{hook}");
    let hook_id = id_of(&hook);

    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let due = today() + chrono::Duration::days(30);
    let created = app
        .create_item(&w.secretary_a.token, &item(&r, due, "理论学习不够系统深入"))
        .await;
    let id = id_of(&json_of(created, 201).await);
    let progress = json!({"note": "已学习", "progress_percent": 50});
    json_of(
        app.add_item_update(&w.member_a.token, &id, &progress).await,
        201,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &id).await, 200).await;
    json_of(
        app.return_item(&w.secretary_a.token, &id, "请补充记录")
            .await,
        200,
    )
    .await;
    json_of(app.submit_item(&w.member_a.token, &id).await, 200).await;
    json_of(
        app.verify_item(&w.reviewer.token, &id, "整改到位").await,
        200,
    )
    .await;
    json_of(
        app.finalize_meeting(&w.secretary_a.token, &r.meeting).await,
        200,
    )
    .await;
    let next = json_of(
        app.create_meeting(
            &w.secretary_a.token,
            &json!({"org_unit_id": w.branch_a, "kind": "party_lecture", "title": "专题党课",
                    "starts_at": "2027-01-10T06:00:00Z"}),
        )
        .await,
        201,
    )
    .await;
    let next_id = id_of(&next);
    let moved = app
        .update_meeting(
            &w.secretary_a.token,
            &next_id,
            "\"1\"",
            &json!({"starts_at": "2027-01-11T06:00:00Z"}),
        )
        .await;
    let etag = etag_of(&moved);
    json_of(moved, 200).await;
    let cancelled = app
        .update_meeting(
            &w.secretary_a.token,
            &next_id,
            &etag,
            &json!({"status": "cancelled"}),
        )
        .await;
    json_of(cancelled, 200).await;
    // Another branch's events go to its own webhooks, not to this one.
    let rb = BranchRecords::build(&app, &w.secretary_b, &w.member_b, &w.branch_b).await;

    let expected: BTreeMap<(String, String), usize> = [
        ("meeting_scheduled", &r.meeting, 1),
        ("item_assigned", &id, 1),
        ("item_submitted", &id, 2),
        ("item_returned", &id, 1),
        ("item_verified", &id, 1),
        ("minutes_finalized", &r.meeting, 1),
        ("meeting_scheduled", &next_id, 1),
        ("meeting_moved", &next_id, 1),
        ("meeting_cancelled", &next_id, 1),
    ]
    .into_iter()
    .map(|(event, record, n)| ((event.to_owned(), record.to_string()), n))
    .collect();
    let total: usize = expected.values().sum();
    let received = receiver.wait_for(total, WAIT).await;
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for request in &received {
        assert_eq!(request.target, "/hook");
        let body = request.json();
        *seen
            .entry((
                body["event"].as_str().unwrap().to_owned(),
                body["record"]["id"].as_str().unwrap().to_owned(),
            ))
            .or_default() += 1;
        // Signed as documented; a tampered body or another time does not verify.
        let timestamp = request.header("X-Minutebook-Timestamp");
        assert_eq!(
            request.header("X-Minutebook-Signature"),
            generic_signature(SECRET, timestamp, &request.body)
        );
        let mut tampered = request.body.clone();
        tampered.push(b' ');
        assert_ne!(
            request.header("X-Minutebook-Signature"),
            generic_signature(SECRET, timestamp, &tampered)
        );
        let sent: i64 = timestamp.parse().unwrap();
        assert!((Utc::now().timestamp() - sent).abs() < 60);
        assert_eq!(body["sent_at"].as_i64(), Some(sent));
    }
    assert_eq!(
        seen, expected,
        "one delivery per event, none for branch B ({})",
        rb.meeting
    );

    let returned = received
        .iter()
        .map(|r| r.json())
        .find(|b| b["event"] == "item_returned")
        .unwrap();
    assert_eq!(returned["title"], "整改事项被退回");
    let text = returned["text"].as_str().unwrap();
    assert!(text.contains("问题：理论学习不够系统深入"), "{text}");
    assert!(text.contains("说明：请补充记录"), "{text}");
    assert_eq!(returned["record"]["type"], "rectification_item");

    // The log: each delivered at its first attempt with the receiver's answer.
    let log = settled(&app, &w.secretary_a.token, &hook_id).await;
    assert_eq!(log.len(), total);
    for delivery in &log {
        assert_eq!(delivery["status"], "delivered", "{delivery}");
        assert_eq!(delivery["attempts"], 1);
        assert_eq!(delivery["last_status"], 200);
        assert_eq!(
            delivery["response_excerpt"],
            r#"{"errcode":0,"errmsg":"ok"}"#
        );
    }
    // The webhook and its log are its unit's secretaries' business only.
    let path = format!("/api/v1/webhooks/{hook_id}/deliveries");
    assert_problem(app.get_as(&w.member_a.token, &path).await, 403).await;
    assert_problem(app.get_as(&w.secretary_b.token, &path).await, 404).await;
}

#[tokio::test]
async fn wecom_dingtalk_and_feishu_get_their_own_formats_and_signatures() {
    let app = TestApp::spawn_with_settings(|s| {
        s.public_url = Some(PublicUrl::parse("https://dangjian.example.cn/").unwrap());
    })
    .await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let receiver = Receiver::start().await;
    let ding_secret = "SECb8bd2ec4eba5fd9e5ed8d3bc9d35bd2d02d6a9a5ff1c6deb1f1e3e3dd6fc69d8";
    let feishu_secret = "qYbXvRa2mPn7tK4wLz9cDf";
    for (name, kind, path, secret) in [
        (
            "企业微信群",
            "wecom",
            "/cgi-bin/webhook/send?key=693a91f6-7xxx",
            None,
        ),
        (
            "钉钉群",
            "dingtalk",
            "/robot/send?access_token=t0k",
            Some(ding_secret),
        ),
        (
            "飞书群",
            "feishu",
            "/open-apis/bot/v2/hook/2a6d0f3e94a14c5b",
            Some(feishu_secret),
        ),
    ] {
        let hook = add_webhook(
            &app,
            &w.secretary_a.token,
            &w.branch_a,
            json!({"name": name, "kind": kind, "url": format!("{}{path}", receiver.base),
                   "secret": secret}),
        )
        .await;
        assert_eq!(hook["has_secret"], secret.is_some());
        // The tokens in the address are not shown back.
        let shown = hook["url"].as_str().unwrap();
        assert!(
            !shown.contains("693a91f6-7xxx") && !shown.contains("2a6d0f3e94a14c5b"),
            "{shown}"
        );
    }
    let created = app
        .create_item(&w.secretary_a.token, &item(&r, today(), "组织生活不规范"))
        .await;
    let id = id_of(&json_of(created, 201).await);
    let link = format!("https://dangjian.example.cn/#/items/{id}");
    let received = receiver.wait_for(3, WAIT).await;
    assert_eq!(received.len(), 3);
    let to = |prefix: &str| {
        received
            .iter()
            .find(|r| r.target.starts_with(prefix))
            .unwrap()
    };

    // 企业微信: markdown with the link.
    let wecom = to("/cgi-bin/webhook/send").json();
    assert_eq!(wecom["msgtype"], "markdown");
    let content = wecom["markdown"]["content"].as_str().unwrap();
    assert!(content.starts_with("**新的整改事项**"), "{content}");
    assert!(content.contains("问题：组织生活不规范"), "{content}");
    assert!(
        content.ends_with(&format!("[查看详情]({link})")),
        "{content}"
    );

    // 钉钉: the URL carries timestamp and sign = base64 HMAC-SHA256("{ts}\n{secret}").
    let ding = to("/robot/send");
    let url = url::Url::parse(&format!("http://x{}", ding.target)).unwrap();
    let query: BTreeMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query["access_token"], "t0k");
    let ts = &query["timestamp"];
    let expected = STANDARD.encode(hmac(
        ding_secret.as_bytes(),
        format!("{ts}\n{ding_secret}").as_bytes(),
    ));
    assert_eq!(query["sign"], expected);
    let body = ding.json();
    assert_eq!(body["msgtype"], "markdown");
    assert_eq!(body["markdown"]["title"], "新的整改事项");

    // 飞书: timestamp and sign in the body, sign = base64 HMAC-SHA256 keyed "{ts}\n{secret}".
    let feishu = to("/open-apis/bot/v2/hook/").json();
    let ts = feishu["timestamp"].as_str().unwrap();
    let expected = STANDARD.encode(hmac(format!("{ts}\n{feishu_secret}").as_bytes(), b""));
    assert_eq!(feishu["sign"], expected);
    assert_eq!(feishu["msg_type"], "post");
    let post = &feishu["content"]["post"]["zh_cn"];
    assert_eq!(post["title"], "新的整改事项");
    let lines = post["content"].as_array().unwrap();
    assert_eq!(lines[0][0]["text"], "问题：组织生活不规范");
    assert_eq!(lines.last().unwrap()[0]["href"], link.as_str());
}

#[tokio::test]
async fn a_receiver_answering_500_three_times_gets_the_fourth_attempt() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let receiver = Receiver::start().await;
    receiver.reply_next([Reply::Status(500), Reply::Status(500), Reply::Status(500)]);
    let hook = add_webhook(
        &app,
        &w.secretary_a.token,
        &w.branch_a,
        json!({"name": "接收端", "kind": "generic", "url": format!("{}/hook", receiver.base),
               "secret": SECRET}),
    )
    .await;
    json_of(
        app.create_item(&w.secretary_a.token, &item(&r, today(), "问题一"))
            .await,
        201,
    )
    .await;
    let received = receiver.wait_for(4, WAIT).await;
    assert_eq!(
        received.len(),
        4,
        "three failures and the fourth attempt, no more"
    );
    let events: Vec<Value> = received.iter().map(|r| r.json()["event"].clone()).collect();
    assert!(events.iter().all(|e| e == "item_assigned"));
    let log = settled(&app, &w.secretary_a.token, &id_of(&hook)).await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["status"], "delivered");
    assert_eq!(log[0]["attempts"], 4);
    assert_eq!(log[0]["last_status"], 200);
}

#[tokio::test]
async fn a_delivery_still_failing_after_its_time_is_marked_failed_and_visible() {
    let app = TestApp::spawn_with_settings(|s| {
        s.deliveries.give_up_after = Duration::from_millis(800);
    })
    .await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let receiver = Receiver::start().await;
    receiver.reply_next((0..100).map(|_| Reply::Status(503)));
    let hook = add_webhook(
        &app,
        &w.secretary_a.token,
        &w.branch_a,
        json!({"name": "接收端", "kind": "generic", "url": format!("{}/hook", receiver.base),
               "secret": SECRET}),
    )
    .await;
    json_of(
        app.create_item(&w.secretary_a.token, &item(&r, today(), "问题一"))
            .await,
        201,
    )
    .await;
    let log = settled(&app, &w.secretary_a.token, &id_of(&hook)).await;
    assert_eq!(log[0]["status"], "failed", "{}", log[0]);
    assert!(log[0]["attempts"].as_i64().unwrap() >= 2, "{}", log[0]);
    let error = log[0]["last_error"].as_str().unwrap();
    assert!(
        error.starts_with("gave up after") && error.contains("503"),
        "{error}"
    );
    assert_eq!(log[0]["next_attempt_at"], Value::Null);
    let tried = receiver.received().len();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        receiver.received().len(),
        tried,
        "a failed delivery is not tried again"
    );
}

#[tokio::test]
async fn an_address_of_this_machine_is_refused_unless_allowed() {
    let strict = TestApp::spawn_with_settings(|s| {
        s.deliveries.allow_private_webhooks = false;
    })
    .await;
    let w = World::build(&strict).await;
    let receiver = Receiver::start().await;
    let path = format!("/api/v1/org-units/{}/webhooks", w.branch_a);
    let port = receiver.base.rsplit(':').next().unwrap();
    for url in [
        format!("{}/hook", receiver.base),
        format!("http://localhost:{port}/hook"),
        format!("http://[::1]:{port}/hook"),
        "http://169.254.169.254/latest/meta-data".to_owned(),
        "ftp://example.cn/hook".to_owned(),
        "https://user:pw@example.cn/hook".to_owned(),
    ] {
        let body = json!({"name": "内网", "kind": "generic", "url": url, "secret": SECRET});
        let refused = assert_problem(
            strict.post_as(&w.secretary_a.token, &path, &body).await,
            422,
        )
        .await;
        assert_eq!(refused["errors"][0]["field"], "/url", "{url}: {refused}");
    }
    // A generic webhook must sign; nothing was stored by the refusals.
    let unsigned = json!({"name": "x", "kind": "generic", "url": "https://example.cn/h"});
    let refused = assert_problem(
        strict.post_as(&w.secretary_a.token, &path, &unsigned).await,
        422,
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "/secret");
    let listed = json_of(strict.get_as(&w.secretary_a.token, &path).await, 200).await;
    assert_eq!(listed, json!([]));

    // Saved where it is allowed, it is still refused when this instance sends to it.
    let intranet = strict.instance_configured(|_| {}).await;
    let hook = add_webhook(
        &intranet,
        &w.secretary_a.token,
        &w.branch_a,
        json!({"name": "内网", "kind": "generic", "url": format!("{}/hook", receiver.base),
               "secret": SECRET}),
    )
    .await;
    let test = format!("/api/v1/webhooks/{}/test", id_of(&hook));
    let tried = json_of(
        strict
            .post_as(&w.secretary_a.token, &test, &json!({}))
            .await,
        200,
    )
    .await;
    assert_eq!(tried["status"], "failed");
    let error = tried["last_error"].as_str().unwrap();
    assert!(
        error.contains("127.0.0.1") && error.contains("private"),
        "{error}"
    );
    // Where it is allowed, the test message arrives.
    let sent = json_of(
        intranet
            .post_as(&w.secretary_a.token, &test, &json!({}))
            .await,
        200,
    )
    .await;
    assert_eq!(sent["status"], "delivered", "{sent}");
    let received = receiver.wait_for(1, WAIT).await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].json()["event"], "test");
    assert_eq!(received[0].json()["title"], "测试消息");
}

#[tokio::test]
async fn a_hanging_receiver_stalls_no_other_and_redirects_are_not_followed() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let (hanging, prompt, redirecting, elsewhere) = (
        Receiver::start().await,
        Receiver::start().await,
        Receiver::start().await,
        Receiver::start().await,
    );
    hanging.reply_next([Reply::Hang]);
    redirecting.reply_next([Reply::Redirect(format!("{}/moved", elsewhere.base))]);
    let mut hooks = Vec::new();
    for (name, receiver) in [
        ("挂起", &hanging),
        ("正常", &prompt),
        ("跳转", &redirecting),
    ] {
        let hook = add_webhook(
            &app,
            &w.secretary_a.token,
            &w.branch_a,
            json!({"name": name, "kind": "wecom", "url": format!("{}/send?key=k", receiver.base)}),
        )
        .await;
        hooks.push(id_of(&hook));
    }
    let started = tokio::time::Instant::now();
    json_of(
        app.create_item(&w.secretary_a.token, &item(&r, today(), "问题一"))
            .await,
        201,
    )
    .await;
    assert_eq!(prompt.wait_for(1, WAIT).await.len(), 1);
    // The tests' timeout is 3 s: the prompt receiver did not wait for the hanging one.
    assert!(
        started.elapsed() < Duration::from_millis(2500),
        "{:?}",
        started.elapsed()
    );

    // The redirect is recorded as a failure, and its target never called.
    let log = settled(&app, &w.secretary_a.token, &hooks[2]).await;
    assert_eq!(log[0]["status"], "failed");
    assert_eq!(log[0]["last_status"], 302);
    assert!(
        log[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("redirects are not followed")
    );
    assert!(elsewhere.received().is_empty());

    // The hanging receiver timed out and got the delivery again.
    let log = settled(&app, &w.secretary_a.token, &hooks[0]).await;
    assert_eq!(log[0]["status"], "delivered", "{}", log[0]);
    assert_eq!(log[0]["attempts"], 2);
    assert_eq!(hanging.received().len(), 2);
}

#[tokio::test]
async fn two_instances_send_each_reminder_once() {
    let app = TestApp::spawn().await;
    let second = app.second_instance().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let receiver = Receiver::start().await;
    let day = today();
    let mut items = Vec::new();
    for (days, problem) in [
        (7, "七天后到期"),
        (1, "明天到期"),
        (-1, "昨天到期"),
        (-7, "逾期七天"),
    ] {
        let body = item(&r, day + chrono::Duration::days(days), problem);
        items.push(id_of(
            &json_of(app.create_item(&w.secretary_a.token, &body).await, 201).await,
        ));
    }
    // The webhook comes after the assignments: only reminders reach it.
    let hook = add_webhook(
        &app,
        &w.secretary_a.token,
        &w.branch_a,
        json!({"name": "群", "kind": "dingtalk", "url": format!("{}/robot/send?access_token=t", receiver.base)}),
    )
    .await;
    let rules = crate::notifications::default_rules(ZONE);
    // Both instances' pools create the day's reminders, several times at once, while both
    // instances' dispatchers send.
    let runs = (0..4).map(|i| {
        let pool = if i % 2 == 0 {
            app.pool.clone()
        } else {
            second.pool.clone()
        };
        async move { create_for_day(&pool, day, rules).await.unwrap() }
    });
    join_all(runs).await;
    let received = receiver.wait_for(4, WAIT).await;
    let mut titles: Vec<String> = received
        .iter()
        .map(|r| r.json()["markdown"]["title"].as_str().unwrap().to_owned())
        .collect();
    titles.sort();
    let mut expected = vec![
        "整改事项即将到期",
        "整改事项明天到期",
        "整改事项已逾期",
        "整改事项逾期未完成，请督办",
    ];
    expected.sort();
    assert_eq!(titles, expected);
    let log = settled(&app, &w.secretary_a.token, &id_of(&hook)).await;
    assert_eq!(log.len(), 4);
    assert!(
        log.iter()
            .all(|d| d["status"] == "delivered" && d["attempts"] == 1)
    );
}

#[tokio::test]
async fn secretaries_keep_their_units_webhooks() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let receiver = Receiver::start().await;
    let path = format!("/api/v1/org-units/{}/webhooks", w.branch_a);
    let body = json!({"name": "群", "kind": "generic", "url": format!("{}/h", receiver.base),
                      "secret": SECRET});
    assert_problem(app.post_as(&w.member_a.token, &path, &body).await, 403).await;
    assert_problem(app.post_as(&w.secretary_b.token, &path, &body).await, 404).await;
    assert_problem(app.get_as(&w.member_a.token, &path).await, 403).await;
    let hook = add_webhook(&app, &w.secretary_a.token, &w.branch_a, body.clone()).await;
    let one = format!("/api/v1/webhooks/{}", id_of(&hook));
    assert_eq!(
        json_of(app.get_as(&w.secretary_a.token, &one).await, 200).await,
        hook
    );
    assert_problem(app.get_as(&w.secretary_b.token, &one).await, 404).await;
    assert_problem(
        app.patch_as(&w.secretary_b.token, &one, &json!({"enabled": false}))
            .await,
        404,
    )
    .await;
    assert_problem(app.delete_as(&w.member_a.token, &one).await, 403).await;

    // A generic webhook cannot lose its secret; it can be turned off, and then not tested.
    let refused = assert_problem(
        app.patch_as(&w.secretary_a.token, &one, &json!({"secret": null}))
            .await,
        422,
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "/secret");
    let off = json_of(
        app.patch_as(
            &w.secretary_a.token,
            &one,
            &json!({"enabled": false, "name": "停用的群"}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(off["enabled"], false);
    assert_eq!(off["name"], "停用的群");
    let test = format!("{one}/test");
    assert_problem(
        app.post_as(&w.secretary_a.token, &test, &json!({})).await,
        409,
    )
    .await;
    // Events while it is off are not sent to it.
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    assert!(
        receiver
            .wait_for(1, Duration::from_millis(700))
            .await
            .is_empty(),
        "{}",
        r.meeting
    );

    // Audited, with the secret left out.
    let audit = json_of(
        app.get_as(
            &w.secretary_a.token,
            &format!("/api/v1/audit-events?entity_id={}", id_of(&hook)),
        )
        .await,
        200,
    )
    .await;
    let text = audit.to_string();
    assert!(!text.contains(SECRET), "{text}");
    assert!(audit["items"].as_array().unwrap().len() >= 2, "{audit}");

    // At most ten per unit.
    for n in 1..10 {
        let more = json!({"name": format!("群{n}"), "kind": "wecom", "url": format!("{}/h{n}", receiver.base)});
        add_webhook(&app, &w.secretary_a.token, &w.branch_a, more).await;
    }
    let eleventh = json!({"name": "多余", "kind": "wecom", "url": format!("{}/h", receiver.base)});
    assert_problem(
        app.post_as(&w.secretary_a.token, &path, &eleventh).await,
        409,
    )
    .await;

    assert_eq!(
        app.delete_as(&w.secretary_a.token, &one)
            .await
            .status()
            .as_u16(),
        204
    );
    assert_problem(app.get_as(&w.secretary_a.token, &one).await, 404).await;
}
