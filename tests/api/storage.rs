//! The attachments' storage: real files through the local store and an S3-compatible one
//! (moto's server), and `minutebook storage check` against a real database.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures_util::{StreamExt, TryStreamExt, stream};
use minutebook::storage::{PutError, Storage, StorageError, Stored};
use serde_json::{Value, json};
use sqlx::ConnectOptions;

use crate::helpers::{TestApp, fresh_database, id_of, json_of, scratch_dir, test_pool};
use crate::world::World;

/// A real photo: a JPEG the image crate encodes, with enough detail not to be tiny.
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([
            (x * 7 % 256) as u8,
            (y * 13 % 256) as u8,
            ((x ^ y) % 256) as u8,
        ])
    });
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

/// A real one-page PDF (a text line in Helvetica), its cross-reference table computed.
pub fn pdf() -> Vec<u8> {
    let content = "BT /F1 24 Tf 72 720 Td (Sign-in sheet, branch meeting) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// `bytes` as an upload arrives: in chunks.
fn body(
    bytes: &[u8],
    chunk: usize,
) -> impl futures_util::Stream<Item = Result<Bytes, String>> + Unpin + Send + use<> {
    let chunks: Vec<Result<Bytes, String>> = bytes
        .chunks(chunk)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    stream::iter(chunks)
}

async fn fetch(storage: &Storage, sha256: &str, range: Option<std::ops::Range<u64>>) -> Vec<u8> {
    let fetched = storage.get(sha256, range).await.unwrap();
    let parts: Vec<Bytes> = fetched.body.try_collect().await.unwrap();
    parts.concat()
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Every file under `dir`, whatever its name.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn local() -> (Storage, PathBuf) {
    let dir = scratch_dir("storage");
    let url = format!("file://{}", dir.display());
    std::fs::create_dir_all(&dir).unwrap();
    (
        Storage::open(Some(&url), Path::new("/nonexistent")).unwrap(),
        dir,
    )
}

/// The round trip every store must pass: a photo and a PDF back byte for byte, ranges of
/// them, the same content stored once, deleting.
async fn round_trip(storage: &Storage) {
    let photo = jpeg(900, 600);
    let stored = storage.put(body(&photo, 8192), 20 << 20).await.unwrap();
    assert_eq!(
        stored,
        Stored {
            sha256: sha256_hex(&photo),
            size: photo.len() as u64,
            media_type: "image/jpeg",
            extension: "jpg"
        }
    );
    assert_eq!(fetch(storage, &stored.sha256, None).await, photo);
    assert_eq!(storage.read(&stored.sha256, 20 << 20).await.unwrap(), photo);

    let document = pdf();
    let stored_pdf = storage.put(body(&document, 100), 20 << 20).await.unwrap();
    assert_eq!(stored_pdf.media_type, "application/pdf");
    assert_eq!(stored_pdf.extension, "pdf");
    assert_eq!(fetch(storage, &stored_pdf.sha256, None).await, document);

    // Ranges, as HTTP Range asks for them: the end is exclusive here, and clamped.
    let fetched = storage.get(&stored.sha256, Some(100..1100)).await.unwrap();
    assert_eq!(fetched.total_size, photo.len() as u64);
    assert_eq!(fetched.range, 100..1100);
    let bytes: Vec<Bytes> = fetched.body.try_collect().await.unwrap();
    assert_eq!(bytes.concat(), &photo[100..1100]);
    let last = photo.len() as u64 - 10;
    assert_eq!(
        fetch(storage, &stored.sha256, Some(last..u64::MAX)).await,
        &photo[last as usize..]
    );
    assert!(matches!(
        storage.get(&stored.sha256, Some(photo.len() as u64..u64::MAX)).await,
        Err(StorageError::RangeNotSatisfiable { total_size }) if total_size == photo.len() as u64
    ));
    assert!(matches!(
        storage.read(&stored.sha256, 100).await,
        Err(StorageError::TooLarge { .. })
    ));

    // The same bytes again: the same file, once.
    let again = storage.put(body(&photo, 65536), 20 << 20).await.unwrap();
    assert_eq!(again, stored);
    let listed: Vec<String> = storage
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|(h, _)| h)
        .collect();
    let mut expected = vec![stored.sha256.clone(), stored_pdf.sha256.clone()];
    expected.sort();
    assert_eq!(listed, expected);

    // A thumbnail beside it; deleting takes both, and deleting again is fine.
    let small = minutebook::storage::thumbnail(&photo, "image/jpeg").unwrap();
    storage
        .put_thumbnail(&stored.sha256, Bytes::from(small.clone()))
        .await
        .unwrap();
    assert_eq!(
        storage
            .get_thumbnail(&stored.sha256)
            .await
            .unwrap()
            .unwrap(),
        small
    );
    assert_eq!(
        storage.get_thumbnail(&stored_pdf.sha256).await.unwrap(),
        None
    );
    storage.delete(&stored.sha256).await.unwrap();
    assert!(matches!(
        storage.get(&stored.sha256, None).await,
        Err(StorageError::NotFound(_))
    ));
    assert_eq!(storage.get_thumbnail(&stored.sha256).await.unwrap(), None);
    storage.delete(&stored.sha256).await.unwrap();
    let listed: Vec<String> = storage
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|(h, _)| h)
        .collect();
    assert_eq!(listed, vec![stored_pdf.sha256.clone()]);
    assert!(matches!(
        storage.get("../../etc/passwd", None).await,
        Err(StorageError::InvalidHash(_))
    ));
}

#[tokio::test]
async fn the_local_store_keeps_files_byte_for_byte_under_their_hash() {
    let (storage, dir) = local();
    round_trip(&storage).await;
    // Content-addressed on disk, and no temporary left.
    let document = pdf();
    let hash = sha256_hex(&document);
    assert_eq!(
        files_under(&dir),
        vec![dir.join("files").join(&hash[..2]).join(&hash)]
    );
    assert_eq!(
        std::fs::read(dir.join("files").join(&hash[..2]).join(&hash)).unwrap(),
        document
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn without_a_url_files_go_under_the_data_folder() {
    let data_dir = scratch_dir("storage-data");
    let storage = Storage::open(None, &data_dir).unwrap();
    let document = pdf();
    let stored = storage.put(body(&document, 1000), 1 << 20).await.unwrap();
    let path = data_dir
        .join("attachments/files")
        .join(&stored.sha256[..2])
        .join(&stored.sha256);
    assert_eq!(std::fs::read(path).unwrap(), document);
    std::fs::remove_dir_all(data_dir).unwrap();
}

#[tokio::test]
async fn executables_pages_and_drawings_are_refused_and_leave_nothing() {
    let (storage, dir) = local();
    // A real executable (this test binary), whatever name it came under.
    let executable = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    let executable = &executable[..executable.len().min(1 << 20)];
    let html =
        b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n";
    let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
    let bare_svg = br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#;
    let zip = {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("evil.exe", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, &executable[..4096]).unwrap();
        zip.finish().unwrap().into_inner()
    };
    let cases: [(&[u8], Option<&str>); 5] = [
        (executable, Some("application/x-executable")),
        (html, Some("text/html")),
        (svg, Some("text/xml")),
        (bare_svg, None),
        (&zip, Some("application/zip")),
    ];
    for (bytes, detected) in cases {
        match storage.put(body(bytes, 4096), 20 << 20).await {
            Err(PutError::Unsupported { detected: got }) => {
                assert_eq!(got.as_deref(), detected)
            }
            other => panic!("{detected:?}: {other:?}"),
        }
    }
    assert!(matches!(
        storage.put(body(b"", 10), 20 << 20).await,
        Err(PutError::Empty)
    ));
    assert_eq!(files_under(&dir), Vec::<PathBuf>::new());
    std::fs::remove_dir_all(dir).unwrap();
}

/// A JPEG that never ends, counting the chunks read from it.
fn endless_photo(
    pulled: Arc<AtomicUsize>,
) -> impl futures_util::Stream<Item = Result<Bytes, String>> + Unpin + Send {
    let head = Bytes::from(jpeg(64, 64));
    let filler = Bytes::from(vec![0x55u8; 64 * 1024]);
    stream::iter(std::iter::once(head).chain(std::iter::repeat(filler))).map(move |chunk| {
        pulled.fetch_add(1, Ordering::SeqCst);
        Ok(chunk)
    })
}

#[tokio::test]
async fn an_upload_over_the_limit_stops_early_and_leaves_nothing() {
    let (storage, dir) = local();
    let pulled = Arc::new(AtomicUsize::new(0));
    let limit = 6 << 20; // past one part of 5 MiB, so one was written before the refusal
    match storage.put(endless_photo(pulled.clone()), limit).await {
        Err(PutError::TooLarge { limit: l }) => assert_eq!(l, limit),
        other => panic!("{other:?}"),
    }
    // It read just past the limit, not on to the end (there is none).
    assert_eq!(
        pulled.load(Ordering::SeqCst),
        1 + limit as usize / (64 * 1024)
    );
    assert_eq!(files_under(&dir), Vec::<PathBuf>::new());

    // A limit the head alone exceeds.
    let photo = jpeg(300, 300);
    assert!(matches!(
        storage
            .put(body(&photo, photo.len()), photo.len() as u64 - 1)
            .await,
        Err(PutError::TooLarge { .. })
    ));
    // Exactly the limit is fine.
    storage
        .put(body(&photo, 1000), photo.len() as u64)
        .await
        .unwrap();

    // A body that breaks off midway leaves nothing either.
    let broken = stream::iter(vec![
        Ok(Bytes::from(jpeg(200, 200))),
        Err("connection reset".to_owned()),
    ]);
    let (other, other_dir) = local();
    assert!(matches!(
        other.put(broken, 20 << 20).await,
        Err(PutError::Body(e)) if e == "connection reset"
    ));
    assert_eq!(files_under(&other_dir), Vec::<PathBuf>::new());
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::remove_dir_all(other_dir).unwrap();
}

/// A moto S3 server on a free port, stopped when dropped.
struct Moto {
    child: Child,
    endpoint: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn moto() -> Moto {
    // The CI's virtual environment has it (.ci/run installs moto[server]); MOTO_SERVER may
    // name another.
    let program = std::env::var("MOTO_SERVER").unwrap_or_else(|_| {
        format!(
            "{}/target/ci-venv/bin/moto_server",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(&program)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {program} (pip install 'moto[server]'): {e}"));
    let moto = Moto {
        child,
        endpoint: format!("http://127.0.0.1:{port}"),
    };
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if client
            .get(format!("{}/moto-api/", moto.endpoint))
            .send()
            .await
            .is_ok()
        {
            return moto;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("moto_server did not start on {}", moto.endpoint);
}

#[tokio::test]
async fn an_s3_store_keeps_files_byte_for_byte_and_leaves_nothing_of_refusals() {
    let moto = moto().await;
    // moto takes any credentials; the bucket is made as a client would.
    let created = reqwest::Client::new()
        .put(format!("{}/minutes", moto.endpoint))
        .send()
        .await
        .unwrap();
    assert!(created.status().is_success(), "{}", created.status());
    let options = format!(
        "endpoint={}&region=us-east-1&access_key_id=test&secret_access_key=test&allow_http=true",
        moto.endpoint
    );
    let storage = Storage::open(
        Some(&format!("s3://minutes/branch-a?{options}")),
        Path::new("/x"),
    )
    .unwrap();
    round_trip(&storage).await;

    let pulled = Arc::new(AtomicUsize::new(0));
    assert!(matches!(
        storage.put(endless_photo(pulled), 6 << 20).await,
        Err(PutError::TooLarge { .. })
    ));
    let html = b"<!DOCTYPE html><html><script>alert(1)</script></html>";
    assert!(matches!(
        storage.put(body(html, 10), 1 << 20).await,
        Err(PutError::Unsupported { .. })
    ));

    // Everything in the bucket, seen from outside the prefix: only the PDF the round trip
    // kept, under the prefix, and no temporary.
    let whole = Storage::open(Some(&format!("s3://minutes?{options}")), Path::new("/x")).unwrap();
    assert_eq!(whole.list().await.unwrap(), vec![]);
    let everything = object_store::aws::AmazonS3Builder::new()
        .with_bucket_name("minutes")
        .with_endpoint(&moto.endpoint)
        .with_region("us-east-1")
        .with_access_key_id("test")
        .with_secret_access_key("test")
        .with_allow_http(true)
        .build()
        .unwrap();
    let keys: Vec<String> = object_store::ObjectStore::list(&everything, None)
        .map_ok(|meta| meta.location.to_string())
        .try_collect()
        .await
        .unwrap();
    let hash = sha256_hex(&pdf());
    assert_eq!(keys, vec![format!("branch-a/files/{}/{hash}", &hash[..2])]);
    // Nor a multipart upload left open (the refused one had sent a part).
    let open = reqwest::Client::new()
        .get(format!("{}/minutes?uploads", moto.endpoint))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(open.contains("ListMultipartUploadsResult"), "{open}");
    assert!(!open.contains("<UploadId>"), "{open}");
}

/// The binary with a clean environment.
fn minutebook() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_minutebook"));
    for (key, _) in std::env::vars() {
        if key.starts_with("MINUTEBOOK_") || key == "DATABASE_URL" {
            command.env_remove(key);
        }
    }
    command.env("RUST_LOG", "warn").stdin(Stdio::null());
    command
}

async fn run(mut command: Command) -> Output {
    tokio::task::spawn_blocking(move || command.output().expect("running minutebook"))
        .await
        .unwrap()
}

#[tokio::test]
async fn storage_check_finds_orphan_files_and_attachments_without_their_file() {
    let options = fresh_database().await;
    let app = TestApp::spawn_on(test_pool(options.clone()).await).await;
    let world = World::build(&app).await;
    let meeting = json!({
        "org_unit_id": world.branch_a, "kind": "committee_meeting", "title": "支委会",
        "starts_at": "2026-05-01T01:00:00Z"
    });
    let meeting = id_of(
        &json_of(
            app.create_meeting(&world.secretary_a.token, &meeting).await,
            201,
        )
        .await,
    );

    let (storage, dir) = local();
    let kept = storage.put(body(&pdf(), 4096), 1 << 20).await.unwrap();
    let old_orphan = storage
        .put(body(&jpeg(40, 40), 4096), 1 << 20)
        .await
        .unwrap();
    let new_orphan = storage
        .put(body(&jpeg(50, 50), 4096), 1 << 20)
        .await
        .unwrap();
    let old_path = dir
        .join("files")
        .join(&old_orphan.sha256[..2])
        .join(&old_orphan.sha256);
    std::fs::File::options()
        .write(true)
        .open(&old_path)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(2 * 3600))
        .unwrap();
    // What a service stopped in the middle of an upload leaves: a part-written temporary
    // file, an old one and one that may still be in progress.
    std::fs::create_dir_all(dir.join("tmp")).unwrap();
    let broken_off = dir.join("tmp/01a22d18-8196-715a-92c5-c7c9f8bea452#1");
    std::fs::write(&broken_off, jpeg(30, 30)).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&broken_off)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(3 * 3600))
        .unwrap();
    let in_progress = dir.join("tmp/01a22d18-8196-715a-92c5-c7c9f8bea453#1");
    std::fs::write(&in_progress, jpeg(30, 30)).unwrap();
    let missing_hash = "ab".repeat(32);
    let mut ids = Vec::new();
    for sha256 in [&kept.sha256, &missing_hash] {
        let id = uuid::Uuid::now_v7();
        sqlx::query(
            "insert into attachments (id, org_unit_id, meeting_id, kind, file_name, media_type,
                                      size_bytes, sha256, uploaded_by)
             values ($1, $2::text::uuid, $3::text::uuid, 'sign_in_sheet', '签到表.pdf',
                     'application/pdf', 100, $4, $5::text::uuid)",
        )
        .bind(id)
        .bind(&world.branch_a)
        .bind(&meeting)
        .bind(sha256)
        .bind(&world.secretary_a.id)
        .execute(&app.pool)
        .await
        .unwrap();
        ids.push(id);
    }

    let check = |delete: bool| {
        let mut command = minutebook();
        command
            .args(["storage", "check"])
            .env("DATABASE_URL", options.to_url_lossy().to_string())
            .env(
                "MINUTEBOOK_STORAGE_URL",
                format!("file://{}", dir.display()),
            );
        if delete {
            command.arg("--delete-orphans");
        }
        run(command)
    };
    let output = check(false).await;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!output.status.success(), "{stderr}");
    assert!(stderr.contains(&ids[1].to_string()), "{stderr}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["files"], 3);
    assert_eq!(report["attachments"], 2);
    assert_eq!(report["orphans"].as_array().unwrap().len(), 1, "{report}");
    assert_eq!(report["orphans"][0]["sha256"], old_orphan.sha256);
    assert_eq!(report["in_flight"].as_array().unwrap().len(), 1, "{report}");
    assert_eq!(report["in_flight"][0]["sha256"], new_orphan.sha256);
    assert_eq!(
        report["missing"],
        json!([{ "sha256": missing_hash, "attachment_ids": [ids[1]] }])
    );
    assert_eq!(report["deleted_orphans"], 0);
    assert_eq!(report["stale_uploads"], 1);
    assert!(old_path.exists());
    assert!(broken_off.exists());

    // Deleting the old orphan only; the row without a file still fails the check.
    let output = check(true).await;
    assert!(!output.status.success());
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["deleted_orphans"], 1);
    assert!(!old_path.exists());
    assert!(!broken_off.exists());
    assert!(in_progress.exists());
    let listed: Vec<String> = storage
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|(h, _)| h)
        .collect();
    let mut expected = vec![kept.sha256.clone(), new_orphan.sha256.clone()];
    expected.sort();
    assert_eq!(listed, expected);

    // With the row gone, the check passes.
    sqlx::query("delete from attachments where id = $1")
        .bind(ids[1])
        .execute(&app.pool)
        .await
        .unwrap();
    let output = check(false).await;
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::remove_dir_all(dir).unwrap();
}
