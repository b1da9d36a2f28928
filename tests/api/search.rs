use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_problem, etag_of, json_of};
use crate::world::{BranchRecords, World};

async fn hits(app: &TestApp, token: &str, q: &str) -> Vec<Value> {
    let query = format!("?q={}", urlencode(q));
    json_of(app.search(token, &query).await, 200).await["items"]
        .as_array()
        .unwrap()
        .clone()
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn words_of_the_sample_speech_find_it_with_a_marked_snippet() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let r = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    for word in ["视野", "整改", "脱贫攻坚", "凝聚力"] {
        let found = hits(&app, &w.member_a.token, word).await;
        let speech = found
            .iter()
            .find(|h| h["id"] == r.speech)
            .unwrap_or_else(|| panic!("{word}: {found:?}"));
        assert_eq!(speech["type"], "speech");
        assert_eq!(speech["meeting_id"], r.meeting);
        let snippet = speech["snippet"].as_str().unwrap();
        assert!(
            snippet.contains(&format!("<mark>{word}</mark>")),
            "{word}: {snippet}"
        );
        assert!(speech["score"].as_f64().unwrap() > 0.0);
    }
    // Words the text lacks find nothing, even where their characters occur apart.
    for absent in ["区块链", "视察", "野心"] {
        assert!(
            hits(&app, &w.member_a.token, absent).await.is_empty(),
            "{absent}"
        );
    }
    // Every word must occur.
    assert!(!hits(&app, &w.member_a.token, "视野 整改").await.is_empty());
    assert!(
        hits(&app, &w.member_a.token, "视野 区块链")
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn search_sees_only_what_is_in_reach_and_follows_edits() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    // The other branch finds nothing of branch A's speech; the committee's reviewer does.
    assert!(hits(&app, &w.member_b.token, "视野").await.is_empty());
    assert!(!hits(&app, &w.reviewer.token, "视野").await.is_empty());
    let unit_b = format!("?q=%E8%A7%86%E9%87%8E&org_unit_id={}", w.branch_b);
    assert_problem(app.search(&w.member_a.token, &unit_b).await, 404).await;

    // Meetings and items are found by their own words, and types filter.
    let meeting_hits = hits(&app, &w.member_a.token, "相互批评").await;
    assert!(
        meeting_hits
            .iter()
            .any(|h| h["type"] == "meeting" && h["id"] == a.meeting),
        "{meeting_hits:?}"
    );
    let item = json_of(app.create_item(&w.secretary_a.token, &json!({
        "org_unit_id": w.branch_a, "problem": "调查研究不深入", "measure": "每季度下基层调研一次",
        "owner_id": a.member_person, "due_on": "2027-01-01"
    })).await, 201).await;
    let item_id = item["id"].as_str().unwrap();
    json_of(
        app.add_item_update(&w.member_a.token, item_id, &json!({"note": "已赴社区走访"}))
            .await,
        201,
    )
    .await;
    let found = json_of(
        app.search(
            &w.member_a.token,
            &format!("?q={}&types=rectification_item", urlencode("走访")),
        )
        .await,
        200,
    )
    .await;
    let ids: Vec<&str> = found["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [item_id], "progress notes are searched");
    let both = hits(&app, &w.member_a.token, "调研").await;
    assert!(
        both.iter().any(|h| h["id"] == item_id) && both.iter().any(|h| h["id"] == a.speech),
        "{both:?}"
    );

    // An edit re-indexes in the same transaction: the old word is gone, the new one found.
    let etag = etag_of(&app.get_speech(&w.secretary_a.token, &a.speech).await);
    json_of(
        app.update_speech(
            &w.secretary_a.token,
            &a.speech,
            &etag,
            &json!({"content": "一、加强理论武装\n坚持学用结合。"}),
        )
        .await,
        200,
    )
    .await;
    assert!(
        !hits(&app, &w.member_a.token, "视野")
            .await
            .iter()
            .any(|h| h["id"] == a.speech)
    );
    assert!(
        hits(&app, &w.member_a.token, "理论武装")
            .await
            .iter()
            .any(|h| h["id"] == a.speech)
    );

    for bad in ["?q=", "?q=%EF%BC%8C%E3%80%82", "?q=a&types=memo"] {
        let response = app.search(&w.member_a.token, bad).await;
        assert!(matches!(response.status().as_u16(), 400 | 422), "{bad}");
    }
}

#[tokio::test]
async fn reindex_rebuilds_the_index_from_the_records() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let a = BranchRecords::build(&app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    for table in ["speeches", "meetings", "rectification_items"] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "update {table} set search_vector = ''"
        )))
        .execute(&app.pool)
        .await
        .unwrap();
    }
    assert!(hits(&app, &w.member_a.token, "视野").await.is_empty());
    let url = sqlx::ConnectOptions::to_url_lossy(app.pool.connect_options().as_ref()).to_string();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_minutebook"))
            .arg("reindex")
            .env("DATABASE_URL", url)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("indexed 3 speeches, 1 meetings"),
        "{stderr}"
    );
    assert!(
        hits(&app, &w.member_a.token, "视野")
            .await
            .iter()
            .any(|h| h["id"] == a.speech)
    );
}

#[tokio::test]
async fn demo_data_gives_a_newcomer_a_living_system() {
    let app = TestApp::spawn().await;
    let url = sqlx::ConnectOptions::to_url_lossy(app.pool.connect_options().as_ref()).to_string();
    let run = |url: String| async move {
        tokio::task::spawn_blocking(move || {
            std::process::Command::new(env!("CARGO_BIN_EXE_minutebook"))
                .arg("demo-data")
                .env("DATABASE_URL", url)
                .env("RUST_LOG", "warn")
                .output()
                .unwrap()
        })
        .await
        .unwrap()
    };
    let output = run(url.clone()).await;
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("demo.member1") && printed.contains(minutebook::demo::DEMO_PASSWORD),
        "{printed}"
    );

    let member = app
        .login_ok("demo.member1", minutebook::demo::DEMO_PASSWORD)
        .await
        .access_token;
    let meetings = json_of(app.list_meetings(&member, "?limit=200").await, 200).await;
    let kinds: std::collections::BTreeSet<&str> = meetings["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "committee_meeting",
        "general_assembly",
        "party_lecture",
        "theme_day",
        "organizational_life",
    ] {
        assert!(kinds.contains(kind), "{kind}: {kinds:?}");
    }
    let found = hits(&app, &member, "视野").await;
    assert!(
        found.iter().any(|h| h["type"] == "speech"),
        "the sample speech is searchable"
    );
    let statuses: Vec<String> =
        sqlx::query_scalar("select distinct status from rectification_items order by 1")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(statuses, ["in_progress", "open", "submitted", "verified"]);
    // Every speaker is on the meeting's attendance list, the visiting leader as a guest who
    // attended (列席), and the sample speech carries no reprint notice.
    let unlisted: i64 = sqlx::query_scalar(
        "select count(*) from speeches s where not exists (select 1 from attendance a
             where a.meeting_id = s.meeting_id and a.person_id = s.speaker_id)",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(unlisted, 0);
    let (kind, status, title, reprint): (String, String, Option<String>, bool) = sqlx::query_as(
        "select p.kind, a.status, s.title, s.content like '%本文系%'
         from speeches s join people p on p.id = s.speaker_id
         join attendance a on a.meeting_id = s.meeting_id and a.person_id = s.speaker_id
         where s.content like '%视野%'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((kind.as_str(), status.as_str()), ("guest", "present"));
    assert_eq!(
        title.as_deref(),
        Some("在市政府办机关第一党支部组织生活会上的讲话")
    );
    assert!(!reprint);
    // Twice is refused, clearly.
    let again = run(url).await;
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already"));
}
