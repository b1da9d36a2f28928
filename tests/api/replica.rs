//! The read replica: a real streaming standby (`pg_basebackup -R`) of a primary of the test's
//! own. Where a read ran is read from the standby's own statement log (`log_statement = all`),
//! not from the service's word for it.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use calamine::{Reader, Xlsx};
use minutebook::db::PoolSettings;
use minutebook::db::cluster::{Durability, LocalCluster};
use minutebook::db::replica::Replica;
use serde_json::{Value, json};
use sqlx::{Connection, PgConnection};

use crate::helpers::{TestApp, etag_of, json_of, scratch_dir, test_pool};
use crate::world::{BranchRecords, World};

/// How long a read waits for the standby here (the service's default is 500 ms).
const MAX_WAIT: Duration = Duration::from_millis(500);

/// A throwaway cluster stopped and deleted when the test ends, passes or fails.
struct Discarded(LocalCluster);

impl Drop for Discarded {
    fn drop(&mut self) {
        self.0.discard();
    }
}

struct Setup {
    app: TestApp,
    standby: Option<Discarded>,
    standby_log: PathBuf,
    _primary: Discarded,
}

impl Setup {
    /// A primary with the service's database, its standby (logging every statement), and the
    /// service on the primary reading from the standby.
    async fn start() -> Setup {
        let primary = LocalCluster::start(&scratch_dir("primary"), Durability::Throwaway)
            .await
            .expect("starting the primary");
        // Should the test binary die without unwinding, the watcher still removes both.
        primary
            .remove_when_process_exits(std::process::id())
            .unwrap();
        let primary = Discarded(primary);
        let mut admin = PgConnection::connect_with(&primary.0.connect_options("postgres"))
            .await
            .unwrap();
        sqlx::query("create database minutebook")
            .execute(&mut admin)
            .await
            .unwrap();
        // As in production (throwaway clusters turn it off): commits are flushed, and sent to
        // the standby, before they are acknowledged, and reads wait for the flush position.
        for statement in [
            "alter system set synchronous_commit = on",
            "select pg_reload_conf()",
        ] {
            sqlx::query(statement).execute(&mut admin).await.unwrap();
        }
        admin.close().await.unwrap();
        let pool = test_pool(primary.0.connect_options("minutebook")).await;
        minutebook::MIGRATOR.run(&pool).await.unwrap();

        let wanted = scratch_dir("standby");
        let dir = match primary.0.base_backup(&wanted).await {
            Ok(dir) => dir,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&wanted);
                panic!("a base backup of the primary: {e:#}");
            }
        };
        let conf = dir.join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf).unwrap();
        text.push_str("\nlog_statement = 'all'\n");
        std::fs::write(&conf, text).unwrap();
        let standby = match LocalCluster::start(&dir, Durability::Throwaway).await {
            Ok(standby) => standby,
            Err(e) => {
                let log = std::fs::read_to_string(dir.join("server.log")).unwrap_or_default();
                let _ = std::fs::remove_dir_all(&dir);
                panic!("starting the standby: {e:#}\n{log}");
            }
        };
        standby
            .remove_when_process_exits(std::process::id())
            .unwrap();
        let standby = Discarded(standby);
        let settings = PoolSettings {
            max_connections: 5,
            acquire_timeout: Duration::from_secs(2),
            ..PoolSettings::default()
        };
        let replica =
            Replica::connect_with(standby.0.connect_options("minutebook"), &settings, MAX_WAIT)
                .await
                .expect("connecting to the standby");
        let app = TestApp::spawn_configured(pool, |s| s.replica = Some(replica)).await;
        Setup {
            app,
            standby_log: dir.join("server.log"),
            standby: Some(standby),
            _primary: primary,
        }
    }

    /// A superuser session on the standby.
    async fn standby_session(&self) -> PgConnection {
        let standby = &self.standby.as_ref().unwrap().0;
        PgConnection::connect_with(&standby.connect_options("minutebook"))
            .await
            .unwrap()
    }

    /// What the standby has logged since `from` bytes of its log, and where that ends.
    fn logged_since(&self, from: u64) -> (String, u64) {
        let bytes = std::fs::read(&self.standby_log).unwrap();
        let new = String::from_utf8_lossy(&bytes[from as usize..]).into_owned();
        (new, bytes.len() as u64)
    }

    fn log_end(&self) -> u64 {
        log_len(&self.standby_log)
    }

    /// Run `request` and return its response with the statements the standby logged meanwhile.
    async fn on_standby<F: Future<Output = reqwest::Response>>(
        &self,
        request: F,
    ) -> (reqwest::Response, String) {
        let from = self.log_end();
        let response = request.await;
        (response, self.logged_since(from).0)
    }

    async fn reads_counted(&self, db: &str, reason: &str) -> u64 {
        let metrics = self.app.metrics().await;
        let series = format!("minutebook_db_reads_total{{db=\"{db}\",reason=\"{reason}\"}} ");
        metrics
            .lines()
            .find_map(|line| line.strip_prefix(&series))
            .map_or(0, |n| n.trim().parse().unwrap())
    }
}

fn log_len(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

/// The statements the SQL of each endpoint is known by in a log.
const SEARCH_SQL: &str = "plainto_tsquery('simple', $3)";
const REPORT_SQL: &str = "group by grouping sets";
const LEDGER_SQL: &str = "left join users v on v.id = i.verified_by";
const MINUTES_SQL: &str = "from speeches s join people p on p.id = s.speaker_id";

async fn search(app: &TestApp, token: &str, word: &str) -> reqwest::Response {
    let q: String = url_encode(word);
    app.search(token, &format!("?q={q}")).await
}

fn url_encode(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

async fn ledger(app: &TestApp, token: &str, unit: &str) -> reqwest::Response {
    let path = format!("/api/v1/org-units/{unit}/ledgers/rectification.xlsx");
    app.get_as(token, &path).await
}

/// Every cell of the ledger's first sheet, as text.
async fn ledger_cells(response: reqwest::Response) -> Vec<String> {
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a readable .xlsx");
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();
    range.cells().map(|(_, _, c)| c.to_string()).collect()
}

fn titles(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn heavy_reads_come_from_the_standby_and_never_miss_a_users_own_write() {
    let started = Instant::now();
    let mut s = Setup::start().await;
    let app = &s.app;
    let w = World::build(app).await;
    let r = BranchRecords::build(app, &w.secretary_a, &w.member_a, &w.branch_a).await;
    let secretary = &w.secretary_a.token;
    let item = json_of(app.create_item(secretary, &json!({
        "org_unit_id": w.branch_a, "meeting_id": r.meeting, "problem": "档案管理不规范", "measure": "月底前完成整理归档",
        "owner_id": r.member_person, "due_on": "2027-01-01"
    })).await, 201).await;
    assert_eq!(item["problem"], "档案管理不规范");

    // 1. Search, a report, a ledger and the minutes run their SQL on the standby; a plain
    //    read of a meeting does not touch it.
    let (found, logged) = s.on_standby(search(app, secretary, "档案")).await;
    let found = json_of(found, 200).await;
    assert!(
        titles(&found).iter().any(|t| t.contains("档案管理不规范")),
        "{found}"
    );
    assert!(
        logged.contains(SEARCH_SQL),
        "the standby did not run the search:\n{logged}"
    );
    let (report, logged) = s
        .on_standby(app.rectification_report(secretary, &w.branch_a))
        .await;
    assert_eq!(json_of(report, 200).await["total"], 1);
    assert!(
        logged.contains(REPORT_SQL),
        "the standby did not run the report:\n{logged}"
    );
    let (sheet, logged) = s.on_standby(ledger(app, secretary, &w.branch_a)).await;
    assert!(
        ledger_cells(sheet)
            .await
            .iter()
            .any(|c| c == "档案管理不规范")
    );
    assert!(
        logged.contains(LEDGER_SQL),
        "the standby did not run the ledger:\n{logged}"
    );
    let (minutes, logged) = s.on_standby(app.minutes_md(secretary, &r.meeting)).await;
    assert_eq!(minutes.status(), 200);
    assert!(minutes.text().await.unwrap().contains("档案管理不规范"));
    assert!(
        logged.contains(MINUTES_SQL),
        "the standby did not build the minutes:\n{logged}"
    );
    let (meeting, logged) = s.on_standby(app.get_meeting(secretary, &r.meeting)).await;
    let meeting_etag = etag_of(&meeting);
    json_of(meeting, 200).await;
    assert!(
        !logged.contains("execute") && !logged.contains("statement:"),
        "a meeting was read on the standby:\n{logged}"
    );
    // The other reports, the other ledger and the Word minutes run there too: nothing they
    // do is a write a standby would refuse.
    let branch = &w.branch_a;
    for path in [
        format!("/api/v1/reports/meeting-compliance?org_unit_id={branch}&year=2026"),
        format!("/api/v1/reports/committee-terms?org_unit_id={branch}"),
        format!("/api/v1/reports/admissions?org_unit_id={branch}&year=2026"),
        format!("/api/v1/org-units/{branch}/ledgers/meetings.xlsx?year=2026"),
        format!("/api/v1/meetings/{}/minutes.docx", r.meeting),
    ] {
        let (response, logged) = s.on_standby(app.get_as(secretary, &path)).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            logged.contains("execute"),
            "{path} did not read on the standby:\n{logged}"
        );
    }
    let on_standby = s.reads_counted("replica", "caught_up").await;
    assert_eq!(on_standby, 9);

    // 2. With replay paused the standby misses the secretary's next writes; their own search,
    //    report and ledger show them at once all the same (from the primary, after the wait).
    let mut standby = s.standby_session().await;
    sqlx::query("select pg_wal_replay_pause()")
        .execute(&mut standby)
        .await
        .unwrap();
    while sqlx::query_scalar::<_, String>("select pg_get_wal_replay_pause_state()")
        .fetch_one(&mut standby)
        .await
        .unwrap()
        != "paused"
    {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let renamed = json_of(
        app.update_meeting(
            secretary,
            &r.meeting,
            &meeting_etag,
            &json!({"title": "2026年度组织生活会暨防汛工作部署"}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(renamed["title"], "2026年度组织生活会暨防汛工作部署");
    json_of(app.create_item(secretary, &json!({
        "org_unit_id": w.branch_a, "meeting_id": r.meeting, "problem": "防汛物资台账不全", "measure": "汛前补齐台账",
        "owner_id": r.member_person, "due_on": "2027-02-01"
    })).await, 201).await;
    // The standby indeed has neither.
    let stale: String = sqlx::query_scalar("select title from meetings where id = $1::uuid")
        .bind(&r.meeting)
        .fetch_one(&mut standby)
        .await
        .unwrap();
    assert_eq!(stale, "2026年度组织生活会");

    let before = s.reads_counted("primary", "lagging").await;
    let waited = Instant::now();
    let (found, logged) = s.on_standby(search(app, secretary, "防汛")).await;
    let found = json_of(found, 200).await;
    let titles = titles(&found);
    assert!(
        titles.contains(&"2026年度组织生活会暨防汛工作部署".to_owned()),
        "{found}"
    );
    assert!(
        titles.iter().any(|t| t.contains("防汛物资台账不全")),
        "{found}"
    );
    assert!(
        !logged.contains(SEARCH_SQL),
        "searched the lagging standby:\n{logged}"
    );
    assert!(waited.elapsed() >= MAX_WAIT, "{:?}", waited.elapsed());
    let (report, logged) = s
        .on_standby(app.rectification_report(secretary, &w.branch_a))
        .await;
    assert_eq!(json_of(report, 200).await["total"], 2);
    assert!(!logged.contains(REPORT_SQL), "{logged}");
    let (sheet, logged) = s.on_standby(ledger(app, secretary, &w.branch_a)).await;
    assert!(
        ledger_cells(sheet)
            .await
            .iter()
            .any(|c| c == "防汛物资台账不全")
    );
    assert!(!logged.contains(LEDGER_SQL), "{logged}");
    let (minutes, logged) = s.on_standby(app.minutes_md(secretary, &r.meeting)).await;
    let text = minutes.text().await.unwrap();
    assert!(text.contains("暨防汛工作部署") && text.contains("防汛物资台账不全"));
    assert!(!logged.contains(MINUTES_SQL), "{logged}");
    assert_eq!(s.reads_counted("primary", "lagging").await, before + 4);

    // Replay resumed, the standby serves again, and has the new version.
    sqlx::query("select pg_wal_replay_resume()")
        .execute(&mut standby)
        .await
        .unwrap();
    standby.close().await.unwrap();
    let (found, logged) = s.on_standby(search(app, secretary, "防汛")).await;
    assert_eq!(
        json_of(found, 200).await["items"].as_array().unwrap().len(),
        2
    );
    assert!(
        logged.contains(SEARCH_SQL),
        "the standby did not take the search back:\n{logged}"
    );

    // 3. The standby gone, the same reads answer from the primary.
    drop(s.standby.take());
    let found = json_of(search(app, secretary, "防汛").await, 200).await;
    assert_eq!(found["items"].as_array().unwrap().len(), 2);
    let report = json_of(app.rectification_report(secretary, &w.branch_a).await, 200).await;
    assert_eq!(report["total"], 2);
    assert!(
        ledger_cells(ledger(app, secretary, &w.branch_a).await)
            .await
            .len()
            > 1
    );
    assert_eq!(app.minutes_md(secretary, &r.meeting).await.status(), 200);
    assert!(s.reads_counted("primary", "unreachable").await >= 4);
    eprintln!("replica test took {:?}", started.elapsed());
}
