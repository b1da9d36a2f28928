//! The tamper-evident record: the sealed audit chain, signed checkpoints, the digest of a
//! finalized meeting, verification naming what was changed behind the service's back, and late
//! entries (补录) shown.

use std::process::{Command, Stdio};

use ed25519_dalek::pkcs8::EncodePrivateKey;
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::{Signature, SigningKey, Verifier, VerifyingKey};
use futures_util::future::join_all;
use serde_json::{Value, json};
use sqlx::ConnectOptions;

use crate::helpers::{TEST_CHECKPOINT_SEED, TestApp, assert_problem, id_of, json_of, scratch_dir};
use crate::world::{BranchRecords, World};

async fn verification(app: &TestApp, token: &str) -> Value {
    json_of(app.get_as(token, "/api/v1/audit/verification").await, 200).await
}

async fn checkpoint_now(app: &TestApp, admin: &str) -> Value {
    let response = app
        .request(
            reqwest::Method::POST,
            "/api/v1/audit/checkpoints",
            Some(admin),
            None,
        )
        .await;
    json_of(response, 200).await
}

async fn check_kept(app: &TestApp, token: &str, kept: &Value) -> Value {
    json_of(
        app.post_as(token, "/api/v1/audit/verification", kept).await,
        200,
    )
    .await
}

/// Change a row of an append-only table as someone with direct access to the database would:
/// the table's owner switches the guard off, writes, and switches it on again.
async fn behind_the_back(app: &TestApp, table: &str, trigger: &str, update: &str) {
    let mut tx = app.pool.begin().await.unwrap();
    for sql in [
        format!("alter table {table} disable trigger {trigger}"),
        update.to_owned(),
        format!("alter table {table} enable trigger {trigger}"),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// The id and seal number of the audit event `action` on `entity`.
async fn sealed_event(app: &TestApp, entity: &str, action: &str) -> (String, i64) {
    let (id, seq): (uuid::Uuid, i64) = sqlx::query_as(
        "select e.id, s.seq from audit_events e join audit_seals s on s.event_id = e.id
         where e.entity_id = $1::uuid and e.action = $2 order by e.id limit 1",
    )
    .bind(entity)
    .bind(action)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    (id.to_string(), seq)
}

#[tokio::test]
async fn verification_names_exactly_the_audit_event_and_the_meeting_changed_behind_its_back() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let token = &w.secretary_a.token;

    // Before finalizing there is no digest; finalizing stores one, in the answer, the meeting,
    // the minutes' footer and the sealed trail alike.
    let held = json_of(app.get_meeting(token, &r.meeting).await, 200).await;
    assert_eq!(held["record_digest"], Value::Null);
    let finalized = json_of(app.finalize_meeting(token, &r.meeting).await, 200).await;
    let digest = finalized["record_digest"].as_str().unwrap().to_owned();
    assert_eq!(digest.len(), 64);
    assert!(
        digest
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    let read = json_of(app.get_meeting(token, &r.meeting).await, 200).await;
    assert_eq!(read["record_digest"], digest.as_str());
    let minutes = app
        .minutes_md(token, &r.meeting)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        minutes.contains(&format!("定稿记录摘要（SHA-256）：{digest}")),
        "{minutes}"
    );
    let trail = json_of(
        app.audit_events(
            token,
            &format!("?entity_id={}&entity_type=meeting", r.meeting),
        )
        .await,
        200,
    )
    .await;
    let finalize = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "finalize")
        .unwrap();
    assert_eq!(finalize["after"]["record_digest"], digest.as_str());

    // Admins and reviewers verify; members and secretaries do not.
    assert_problem(
        app.get_as(&w.member_a.token, "/api/v1/audit/verification")
            .await,
        403,
    )
    .await;
    assert_problem(app.get_as(token, "/api/v1/audit/verification").await, 403).await;
    let clean = verification(&app, &w.reviewer.token).await;
    assert_eq!(clean["intact"], true, "{clean}");
    let events: i64 = sqlx::query_scalar("select count(*) from audit_events")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(clean["chain"]["sealed"], events, "every event is sealed");
    assert_eq!(clean["chain"]["first_mismatch"], Value::Null);
    assert_eq!(clean["meetings"]["checked"], 1);
    assert_eq!(clean["meetings"]["first_mismatch"], Value::Null);

    // Someone with database access rewrites a speech's audit event and a finalized speech.
    let (event, event_seq) = sealed_event(&app, &r.speech, "create").await;
    behind_the_back(
        &app,
        "audit_events",
        "audit_events_no_update_or_delete",
        &format!(
            "update audit_events set after = jsonb_set(after, '{{title}}', '\"改过的标题\"')
             where id = '{event}'"
        ),
    )
    .await;
    sqlx::query("update speeches set content = content || '（补写的一句）' where id = $1::uuid")
        .bind(&r.speech)
        .execute(&app.pool)
        .await
        .unwrap();

    let report = verification(&app, &w.admin.token).await;
    assert_eq!(report["intact"], false);
    let chain = &report["chain"];
    assert_eq!(
        chain["first_mismatch"]["event_id"],
        event.as_str(),
        "{report}"
    );
    assert_eq!(chain["first_mismatch"]["seq"], event_seq);
    assert_eq!(chain["first_mismatch"]["problem"], "changed");
    assert_eq!(
        chain["mismatches"].as_array().unwrap().len(),
        1,
        "only that event: {report}"
    );
    let meetings = &report["meetings"];
    assert_eq!(meetings["first_mismatch"]["meeting_id"], r.meeting.as_str());
    assert_eq!(meetings["first_mismatch"]["problem"], "record_changed");
    assert_eq!(meetings["first_mismatch"]["stored_digest"], digest.as_str());
    assert_ne!(
        meetings["first_mismatch"]["computed_digest"],
        digest.as_str()
    );
    assert_eq!(meetings["mismatches"].as_array().unwrap().len(), 1);

    // The reviewer above both branches is named them too; a reviewer of the other branch
    // learns that the record is not intact, but nothing of this branch's records.
    let above = verification(&app, &w.reviewer.token).await;
    assert_eq!(
        above["meetings"]["first_mismatch"]["meeting_id"],
        r.meeting.as_str()
    );
    assert_eq!(above["chain"]["first_mismatch"]["event_id"], event.as_str());
    let body = json!({
        "username": "reviewer.b", "display_name": "乙支部督导", "password": "reviewer b passphrase",
        "org_unit_id": w.branch_b, "role": "reviewer"
    });
    json_of(app.create_user(&w.admin.token, &body).await, 201).await;
    let other = app
        .login_ok("reviewer.b", "reviewer b passphrase")
        .await
        .access_token;
    let elsewhere = verification(&app, &other).await;
    assert_eq!(elsewhere["intact"], false);
    assert_eq!(
        elsewhere["meetings"]["first_mismatch"],
        Value::Null,
        "{elsewhere}"
    );
    assert_eq!(elsewhere["meetings"]["mismatches"], json!([]));
    assert_eq!(elsewhere["meetings"]["outside_reach"], 1);
    assert_eq!(elsewhere["chain"]["first_mismatch"], Value::Null);
    assert_eq!(elsewhere["chain"]["outside_reach"], 1);
    assert!(!elsewhere.to_string().contains(&r.meeting), "{elsewhere}");

    // Putting in the new record's digest does not hide it: the sealed trail holds the old one.
    let computed = meetings["first_mismatch"]["computed_digest"]
        .as_str()
        .unwrap()
        .to_owned();
    sqlx::query("update meetings set record_digest = $2 where id = $1::uuid")
        .bind(&r.meeting)
        .bind(&computed)
        .execute(&app.pool)
        .await
        .unwrap();
    let report = verification(&app, &w.admin.token).await;
    assert_eq!(
        report["meetings"]["first_mismatch"]["problem"], "digest_replaced",
        "{report}"
    );

    // The command line says the same, and fails.
    let key_dir = scratch_dir("checkpoint-key");
    std::fs::create_dir_all(&key_dir).unwrap();
    let key = key_dir.join("key.pem");
    let pem = SigningKey::from_bytes(&TEST_CHECKPOINT_SEED)
        .to_pkcs8_pem(LineEnding::LF)
        .unwrap();
    std::fs::write(&key, pem.as_bytes()).unwrap();
    let url = app.pool.connect_options().to_url_lossy().to_string();
    let mut command = Command::new(env!("CARGO_BIN_EXE_minutebook"));
    for (name, _) in std::env::vars() {
        if name.starts_with("MINUTEBOOK_") || name == "DATABASE_URL" {
            command.env_remove(name);
        }
    }
    command
        .args(["audit", "verify"])
        .env("DATABASE_URL", url)
        .env("MINUTEBOOK_CHECKPOINT_KEY", &key)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    let output = tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains(&format!("audit event {event}")) && said.contains(&r.meeting),
        "{said}"
    );
    let printed: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        printed["chain"]["first_mismatch"]["event_id"],
        event.as_str()
    );
    assert_eq!(
        printed["meetings"]["first_mismatch"]["meeting_id"],
        r.meeting.as_str()
    );
    std::fs::remove_dir_all(key_dir).unwrap();
}

#[tokio::test]
async fn a_checkpoint_kept_earlier_still_vouches_for_the_history_before_a_later_tampering() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let admin = &w.admin.token;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;

    // Only admins sign on demand; the answer is the exported form, checkable without the
    // service: an Ed25519 signature over the RFC 8785 JSON of format, head, seq, signed_at.
    assert_problem(
        app.request(
            reqwest::Method::POST,
            "/api/v1/audit/checkpoints",
            Some(&w.reviewer.token),
            None,
        )
        .await,
        403,
    )
    .await;
    let kept = checkpoint_now(&app, admin).await;
    let events: i64 = sqlx::query_scalar("select count(*) from audit_events")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(kept["seq"], events);
    let public = json_of(app.get("/api/v1/audit/public-key").await, 200).await;
    assert_eq!(kept["public_key"], public["public_key"]);
    assert!(
        public["pem"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN PUBLIC KEY-----")
    );
    let key: [u8; 32] = hex::decode(kept["public_key"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let signature: [u8; 64] = hex::decode(kept["signature"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let signed = serde_jcs::to_vec(&json!({
        "format": kept["format"], "head": kept["head"], "seq": kept["seq"],
        "signed_at": kept["signed_at"],
    }))
    .unwrap();
    VerifyingKey::from_bytes(&key)
        .unwrap()
        .verify(&signed, &Signature::from_bytes(&signature))
        .expect("the checkpoint's signature holds");
    let listed = json_of(
        app.get_as(&w.reviewer.token, "/api/v1/audit/checkpoints")
            .await,
        200,
    )
    .await;
    assert_eq!(listed["items"][0], kept);

    // More happens; a second checkpoint covers it.
    let speech = id_of(
        &json_of(
            app.create_speech(
                &w.secretary_a.token,
                &r.meeting,
                &json!({"speaker_id": r.member_person, "kind": "response", "content": "虚心接受批评。"}),
            )
            .await,
            201,
        )
        .await,
    );
    let later = checkpoint_now(&app, admin).await;
    assert!(later["seq"].as_i64().unwrap() > kept["seq"].as_i64().unwrap());
    let (event, event_seq) = sealed_event(&app, &speech, "create").await;
    assert!(event_seq > kept["seq"].as_i64().unwrap());

    // That newer event is changed behind the service's back.
    behind_the_back(
        &app,
        "audit_events",
        "audit_events_no_update_or_delete",
        &format!(
            "update audit_events set after = jsonb_set(after, '{{content}}', '\"拒不接受批评。\"')
             where id = '{event}'"
        ),
    )
    .await;

    let forged = {
        let mut forged = kept.clone();
        forged["head"] = json!("ab".repeat(32));
        forged
    };
    let report = check_kept(&app, &w.reviewer.token, &json!([kept, later, forged])).await;
    assert_eq!(report["intact"], false);
    assert_eq!(
        report["chain"]["first_mismatch"]["event_id"],
        event.as_str()
    );
    let verdicts = report["kept"].as_array().unwrap();
    assert_eq!(verdicts[0]["holds"], true, "{report}");
    assert_eq!(verdicts[0]["problem"], Value::Null);
    assert_eq!(verdicts[1]["holds"], false);
    assert_eq!(verdicts[1]["problem"], "not_on_chain");
    assert_eq!(verdicts[2]["problem"], "bad_signature");
    // The stored copy of the later checkpoint is named too; the earlier one still holds.
    assert_eq!(report["checkpoints"]["first_mismatch"]["seq"], later["seq"]);
    assert_eq!(
        report["checkpoints"]["mismatches"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "{report}"
    );

    // A copy that is not as exported is refused, naming the field.
    let mut malformed = kept.clone();
    malformed["head"] = json!("not hex");
    let problem = assert_problem(
        app.post_as(
            &w.reviewer.token,
            "/api/v1/audit/verification",
            &json!([kept, malformed]),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "/1/head", "{problem}");

    // Rewriting the chain's own seals after the change (with the new content) makes the chain
    // consistent again, but not the signed checkpoint that covers it.
    let seals: Vec<(i64, Vec<u8>)> =
        sqlx::query_as("select seq, seal from audit_seals where seq >= $1 order by seq")
            .bind(event_seq)
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert!(!seals.is_empty());
    let mut prev: Vec<u8> = sqlx::query_scalar("select prev from audit_seals where seq = $1")
        .bind(event_seq)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    for (seq, _) in &seals {
        let event = sqlx::query_as::<
            _,
            (
                uuid::Uuid,
                chrono::DateTime<chrono::Utc>,
                Option<uuid::Uuid>,
                String,
                String,
                uuid::Uuid,
                Option<uuid::Uuid>,
                Option<Value>,
                Option<Value>,
                Option<String>,
            ),
        >(
            "select e.id, e.occurred_at, e.actor_id, e.action, e.entity_type, e.entity_id,
                    e.org_unit_id, e.before, e.after, e.request_id
             from audit_seals s join audit_events e on e.id = s.event_id where s.seq = $1",
        )
        .bind(seq)
        .fetch_one(&app.pool)
        .await
        .unwrap();
        let row = minutebook::seal::chain::EventRow {
            id: event.0,
            occurred_at: event.1,
            actor_id: event.2,
            action: event.3,
            entity_type: event.4,
            entity_id: event.5,
            org_unit_id: event.6,
            before: event.7,
            after: event.8,
            request_id: event.9,
        };
        let seal = minutebook::seal::chain::link(&prev, *seq, &row.canonical().unwrap());
        behind_the_back(
            &app,
            "audit_seals",
            "audit_seals_no_update_or_delete",
            &format!(
                "update audit_seals set prev = '\\x{}', seal = '\\x{}' where seq = {seq}",
                hex::encode(&prev),
                hex::encode(seal)
            ),
        )
        .await;
        sqlx::query("update audit_chain_head set seal = $1 where seq = $2")
            .bind(&seal[..])
            .bind(seq)
            .execute(&app.pool)
            .await
            .unwrap();
        prev = seal.to_vec();
    }
    let report = check_kept(&app, &w.reviewer.token, &json!([kept, later])).await;
    assert_eq!(report["chain"]["first_mismatch"], Value::Null, "{report}");
    assert_eq!(report["intact"], false);
    assert_eq!(report["kept"][0]["holds"], true);
    assert_eq!(report["kept"][1]["problem"], "not_on_chain");
    assert_eq!(report["checkpoints"]["first_mismatch"]["seq"], later["seq"]);
}

#[tokio::test]
async fn two_instances_sealing_at_once_build_one_unbroken_chain() {
    let one = TestApp::spawn().await;
    let two = one.second_instance().await;
    let w = World::build(&one).await;
    let token = &w.secretary_a.token;

    // Writers on both instances, and sealers on both (their own every few seconds, and on
    // demand, several at a time) while the events are being written.
    let writes = (0..40).map(|i| {
        let app = if i % 2 == 0 { &one } else { &two };
        let body = json!({"org_unit_id": w.branch_a, "kind": "theme_day",
            "title": format!("主题党日{i}"), "starts_at": "2026-07-01T01:00:00Z"});
        async move { json_of(app.create_meeting(token, &body).await, 201).await }
    });
    let sealers = (0..6).map(|i| {
        let pool = if i % 2 == 0 {
            one.pool.clone()
        } else {
            two.pool.clone()
        };
        async move {
            let mut sealed = 0;
            for _ in 0..10 {
                sealed += minutebook::seal::chain::seal_pending(&pool, true)
                    .await
                    .unwrap();
                tokio::time::sleep(std::time::Duration::from_millis(15)).await;
            }
            sealed
        }
    });
    let (_, sealed) = tokio::join!(join_all(writes), join_all(sealers));
    let admin = &w.admin.token;
    checkpoint_now(&two, admin).await;

    let events: i64 = sqlx::query_scalar("select count(*) from audit_events")
        .fetch_one(&one.pool)
        .await
        .unwrap();
    let (seals, distinct, first, last): (i64, i64, i64, i64) = sqlx::query_as(
        "select count(*), count(distinct event_id), min(seq), max(seq) from audit_seals",
    )
    .fetch_one(&one.pool)
    .await
    .unwrap();
    assert_eq!((seals, distinct, first, last), (events, events, 1, events));
    assert!(sealed.iter().sum::<usize>() as i64 <= events);
    // Every seal builds on the one before it.
    let broken: i64 = sqlx::query_scalar(
        "select count(*) from audit_seals s join audit_seals p on p.seq = s.seq - 1
         where s.prev <> p.seal",
    )
    .fetch_one(&one.pool)
    .await
    .unwrap();
    assert_eq!(broken, 0);
    for app in [&one, &two] {
        let report = verification(app, admin).await;
        assert_eq!(report["intact"], true, "{report}");
        assert_eq!(report["chain"]["sealed"], events);
        assert_eq!(report["chain"]["pending"], 0);
    }
}

#[tokio::test]
async fn entries_made_long_after_the_meeting_are_shown_as_late_with_the_day_they_were_entered() {
    let base = TestApp::spawn().await;
    let app = base
        .instance_configured(|settings| {
            settings.late_entry_days = minutebook::domain::late_entry::DEFAULT_GRACE_DAYS
        })
        .await;
    let w = World::build(&app).await;
    let token = &w.secretary_a.token;
    let person = id_of(
        &json_of(
            app.create_person(
                token,
                &json!({"org_unit_id": w.branch_a, "name": "李党员", "kind": "member"}),
            )
            .await,
            201,
        )
        .await,
    );
    let now = chrono::Utc::now();
    let today = now
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
        .to_string();
    let meeting_at = |days_ago: i64| {
        let starts = now - chrono::Duration::days(days_ago);
        json!({"org_unit_id": w.branch_a, "kind": "group_meeting", "title": "党小组会",
            "starts_at": starts.to_rfc3339(),
            "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339()})
    };
    let long_ago = id_of(&json_of(app.create_meeting(token, &meeting_at(30)).await, 201).await);
    let recent = id_of(&json_of(app.create_meeting(token, &meeting_at(2)).await, 201).await);

    let mut answers = Vec::new();
    for meeting in [&long_ago, &recent] {
        let attendance = json_of(
            app.put_attendance(
                token,
                meeting,
                &json!([{"person_id": person, "status": "present"}]),
            )
            .await,
            200,
        )
        .await;
        let speech = json_of(
            app.create_speech(
                token,
                meeting,
                &json!({"speaker_id": person, "kind": "report", "content": "汇报学习情况。"}),
            )
            .await,
            201,
        )
        .await;
        let item = json_of(
            app.create_item(
                token,
                &json!({"org_unit_id": w.branch_a, "meeting_id": meeting, "problem": "学习不够",
                    "measure": "每周学习", "owner_id": person, "due_on": "2027-01-31"}),
            )
            .await,
            201,
        )
        .await;
        answers.push((attendance, speech, item));
    }
    let (attendance, speech, item) = &answers[0];
    assert_eq!(attendance[0]["late_entered_on"], today.as_str());
    assert_eq!(speech["late_entered_on"], today.as_str());
    assert_eq!(item["late_entered_on"], today.as_str());
    // The same on reading again, in lists too.
    let read = json_of(app.get_speech(token, id_of(speech).as_str()).await, 200).await;
    assert_eq!(read["late_entered_on"], today.as_str());
    let listed = json_of(app.list_speeches(token, &long_ago).await, 200).await;
    assert_eq!(listed["items"][0]["late_entered_on"], today.as_str());
    let items = json_of(
        app.list_items(token, &format!("?meeting_id={long_ago}"))
            .await,
        200,
    )
    .await;
    assert_eq!(items["items"][0]["late_entered_on"], today.as_str());
    let read = json_of(app.get_attendance(token, &long_ago).await, 200).await;
    assert_eq!(read[0]["late_entered_on"], today.as_str());
    // Within the week after the meeting, nothing is late.
    let (attendance, speech, item) = &answers[1];
    assert_eq!(attendance[0]["late_entered_on"], Value::Null);
    assert_eq!(speech["late_entered_on"], Value::Null);
    assert_eq!(item["late_entered_on"], Value::Null);

    // The minutes say so beside each late entry, and only there.
    let day = chrono::NaiveDate::parse_from_str(&today, "%Y-%m-%d").unwrap();
    let mark = format!(
        "（补录，{}年{}月{}日录入）",
        chrono::Datelike::year(&day),
        chrono::Datelike::month(&day),
        chrono::Datelike::day(&day)
    );
    let minutes = app.minutes_md(token, &long_ago).await.text().await.unwrap();
    assert_eq!(minutes.matches(&mark).count(), 3, "{minutes}");
    let minutes = app.minutes_md(token, &recent).await.text().await.unwrap();
    assert!(!minutes.contains("补录"), "{minutes}");

    // The grace period is a setting: with 60 days, the month-old meeting's entries are in time.
    let lenient = app
        .instance_configured(|settings| settings.late_entry_days = 60)
        .await;
    let read = json_of(
        lenient
            .get_speech(token, id_of(&answers[0].1).as_str())
            .await,
        200,
    )
    .await;
    assert_eq!(read["late_entered_on"], Value::Null);
}
