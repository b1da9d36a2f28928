//! Where attachments' bytes live: the local disk under the data folder, or an S3-compatible
//! object store, behind one interface (the `object_store` crate for both). Files are stored
//! under their SHA-256 (`files/ab/abcd…`), so one file uploaded twice is stored once; their
//! thumbnails beside them (`thumbnails/ab/abcd….jpg`). An upload is streamed to a temporary
//! object (`tmp/<uuid>`), hashed on the way, and copied to its hash only once it is whole.
//! Uses nothing else of the crate.

mod image;
mod name;

use std::fmt::Display;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures_util::stream::{BoxStream, Stream, StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::local::LocalFileSystem;
use object_store::path::Path as Key;
use object_store::prefix::PrefixStore;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use sha2::{Digest, Sha256};

pub use self::image::{for_print, thumbnail};
pub use self::name::file_name;

/// The types an attachment may have (media type, the extension it is saved with): photos
/// and scans, PDF, Office documents. Nothing a browser would run as a page.
pub const ALLOWED: &[(&str, &str)] = &[
    ("image/jpeg", "jpg"),
    ("image/png", "png"),
    ("image/webp", "webp"),
    ("image/heic", "heic"),
    ("application/pdf", "pdf"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
];

/// Bytes looked at to decide a file's type. Office documents are ZIP packages whose type
/// shows only in the names of their first few entries, some kilobytes in.
const SNIFF_BYTES: usize = 64 * 1024;
/// Bytes sent to the store at once (S3's smallest multipart part), and so the most an upload
/// holds in memory besides the sniffed head.
const PART_BYTES: usize = 5 * 1024 * 1024;
/// Parts in flight to the store at once.
const PARTS_IN_FLIGHT: usize = 2;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("no stored file {0}")]
    NotFound(String),
    #[error("`{0}` is not a SHA-256 in lowercase hex")]
    InvalidHash(String),
    #[error("the range starts past the end of the file ({total_size} bytes)")]
    RangeNotSatisfiable { total_size: u64 },
    #[error("the file has {size} bytes, more than the {max} asked for")]
    TooLarge { size: u64, max: u64 },
    #[error("storage configuration: {0}")]
    Config(String),
    #[error("storage: {0}")]
    Backend(#[source] object_store::Error),
    #[error("storage: {0}")]
    Io(#[from] std::io::Error),
}

impl From<object_store::Error> for StorageError {
    fn from(e: object_store::Error) -> Self {
        match e {
            object_store::Error::NotFound { path, .. } => StorageError::NotFound(path),
            other => StorageError::Backend(other),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PutError {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("files of type {} are not accepted", detected.as_deref().unwrap_or("unknown"))]
    Unsupported { detected: Option<String> },
    #[error("the file is empty")]
    Empty,
    #[error("reading the upload: {0}")]
    Body(String),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl From<object_store::Error> for PutError {
    fn from(e: object_store::Error) -> Self {
        PutError::Storage(e.into())
    }
}

/// A file as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub sha256: String,
    pub size: u64,
    pub media_type: &'static str,
    pub extension: &'static str,
}

/// A stored file's bytes, or a range of them, as they are read.
pub struct Fetched {
    /// The size of the whole file, whatever the range.
    pub total_size: u64,
    /// The bytes served: the range asked for (its end clamped to the file's), or all.
    pub range: Range<u64>,
    pub body: BoxStream<'static, Result<Bytes, StorageError>>,
}

#[derive(Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    /// The folder of the local store: what to fsync.
    local_root: Option<PathBuf>,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Storage({})", self.store)
    }
}

impl Storage {
    /// The store `url` names: none → local files under `<data_dir>/attachments`;
    /// `file:///abs/dir` → local files there; `s3://bucket[/prefix][?key=value&…]` → an
    /// S3-compatible store, configured from the usual `AWS_*` variables (`AWS_ENDPOINT_URL`,
    /// `AWS_REGION`, `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`,
    /// `AWS_ALLOW_HTTP`, …) and then from the query's keys, which take the same names
    /// without `aws_` (`endpoint`, `region`, `allow_http`, …).
    pub fn open(url: Option<&str>, data_dir: &Path) -> Result<Storage, StorageError> {
        let url = url.map(str::trim).filter(|u| !u.is_empty());
        let Some(url) = url else {
            return Self::local(&data_dir.join("attachments"));
        };
        let parsed = url::Url::parse(url)
            .map_err(|e| StorageError::Config(format!("`{url}` is not a URL: {e}")))?;
        match parsed.scheme() {
            "file" => {
                let dir = parsed.to_file_path().map_err(|()| {
                    StorageError::Config(format!("`{url}` does not name an absolute folder"))
                })?;
                Self::local(&dir)
            }
            "s3" => Self::s3(&parsed),
            other => Err(StorageError::Config(format!(
                "storage URLs are file:// or s3://, not {other}://"
            ))),
        }
    }

    fn local(dir: &Path) -> Result<Storage, StorageError> {
        std::fs::create_dir_all(dir)?;
        let root = dir.canonicalize()?;
        let store = LocalFileSystem::new_with_prefix(&root)?;
        Ok(Storage {
            store: Arc::new(store),
            local_root: Some(root),
        })
    }

    fn s3(url: &url::Url) -> Result<Storage, StorageError> {
        let bucket = url
            .host_str()
            .filter(|b| !b.is_empty())
            .ok_or_else(|| StorageError::Config("an s3:// URL names its bucket".into()))?;
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
        for (name, value) in url.query_pairs() {
            let name = name.to_ascii_lowercase();
            let key: AmazonS3ConfigKey = name
                .parse()
                .or_else(|_| format!("aws_{name}").parse())
                .map_err(|_| StorageError::Config(format!("unknown S3 option `{name}`")))?;
            builder = builder.with_config(key, value);
        }
        let s3 = builder.build()?;
        let prefix = url.path().trim_matches('/');
        let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
            Arc::new(s3)
        } else {
            let prefix = Key::parse(prefix)
                .map_err(|e| StorageError::Config(format!("the prefix `{prefix}`: {e}")))?;
            Arc::new(PrefixStore::new(s3, prefix))
        };
        Ok(Storage {
            store,
            local_root: None,
        })
    }

    /// Stream `body` in, up to `limit` bytes: its type is decided from its first bytes
    /// against [`ALLOWED`], its SHA-256 computed on the way, and it is stored under that hash
    /// (replacing the same bytes if they are there). Nothing is left behind when this fails;
    /// the file is durable when it succeeds. The body need not be `Send` (an HTTP server's
    /// request body often is not): it is read where this future runs.
    pub async fn put<S, E>(&self, mut body: S, limit: u64) -> Result<Stored, PutError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
        E: Display,
    {
        // The head first: a file of a type we refuse never reaches the store.
        let mut head = Vec::new();
        let mut ended = false;
        let kind = loop {
            if let Some(kind) = sniff(&head, ended || head.len() >= SNIFF_BYTES)? {
                break kind;
            }
            match body.next().await {
                Some(chunk) => {
                    let chunk = chunk.map_err(|e| PutError::Body(e.to_string()))?;
                    if (head.len() + chunk.len()) as u64 > limit {
                        return Err(PutError::TooLarge { limit });
                    }
                    head.extend_from_slice(&chunk);
                }
                None => ended = true,
            }
        };

        let temporary = Key::from(format!("tmp/{}", uuid::Uuid::now_v7()));
        let upload = self.store.put_multipart(&temporary).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_BYTES);
        let mut hasher = Sha256::new();
        let mut size = head.len() as u64;
        hasher.update(&head);
        writer.write(&head);
        drop(head);
        let streamed: Result<(), PutError> = async {
            while let Some(chunk) = body.next().await {
                let chunk = chunk.map_err(|e| PutError::Body(e.to_string()))?;
                size += chunk.len() as u64;
                if size > limit {
                    return Err(PutError::TooLarge { limit });
                }
                hasher.update(&chunk);
                writer.wait_for_capacity(PARTS_IN_FLIGHT).await?;
                writer.write(&chunk);
            }
            Ok(())
        }
        .await;
        if let Err(e) = streamed {
            // Removes the partial file (local) or the parts uploaded so far (S3).
            if let Err(abort) = writer.abort().await {
                tracing::warn!(error = %abort, "an aborted upload was not cleaned up");
            }
            return Err(e);
        }
        writer.finish().await?;

        let sha256 = hex::encode(hasher.finalize());
        let stored = self.settle(&temporary, &file_key(&sha256)).await;
        if let Err(e) = self.store.delete(&temporary).await {
            tracing::warn!(error = %e, key = %temporary, "a temporary upload was not removed");
        }
        stored?;
        Ok(Stored {
            sha256,
            size,
            media_type: kind.0,
            extension: kind.1,
        })
    }

    /// Put the finished temporary object under its hash and make it durable. An object already
    /// there (the same bytes) is replaced, not kept: its time becomes now, so the orphan sweep,
    /// which removes only files older than an hour that no row names, cannot take it from
    /// under the row this upload is about to write.
    async fn settle(&self, temporary: &Key, key: &Key) -> Result<(), StorageError> {
        match &self.local_root {
            Some(root) => {
                let from = root.join(temporary.as_ref());
                // The data reaches the disk before it has the name that says it is whole.
                sync_file(from).await?;
                self.store.copy(temporary, key).await?;
                let to = root.join(key.as_ref());
                sync_file(to.clone()).await?;
                // The new name, and the folder of its first two hex digits if new.
                let folder = to.parent().map(Path::to_path_buf);
                if let Some(folder) = folder {
                    sync_file(folder.clone()).await?;
                    if let Some(files) = folder.parent() {
                        sync_file(files.to_path_buf()).await?;
                    }
                }
                Ok(())
            }
            None => Ok(self.store.copy(temporary, key).await?),
        }
    }

    /// The bytes of a stored file, whole or the `range` of them, streamed.
    pub async fn get(
        &self,
        sha256: &str,
        range: Option<Range<u64>>,
    ) -> Result<Fetched, StorageError> {
        let key = file_key(check_hash(sha256)?);
        let options = match range {
            None => GetOptions::default(),
            Some(range) => {
                let total_size = self.store.head(&key).await?.size;
                if range.start >= total_size || range.start >= range.end {
                    return Err(StorageError::RangeNotSatisfiable { total_size });
                }
                GetOptions {
                    range: Some(GetRange::Bounded(range.start..range.end.min(total_size))),
                    ..GetOptions::default()
                }
            }
        };
        let got = self.store.get_opts(&key, options).await?;
        Ok(Fetched {
            total_size: got.meta.size,
            range: got.range.clone(),
            body: got.into_stream().map_err(StorageError::from).boxed(),
        })
    }

    /// A small stored file whole (a photo to embed in the minutes); more than `max` bytes is
    /// an error.
    pub async fn read(&self, sha256: &str, max: u64) -> Result<Vec<u8>, StorageError> {
        let key = file_key(check_hash(sha256)?);
        let size = self.store.head(&key).await?.size;
        if size > max {
            return Err(StorageError::TooLarge { size, max });
        }
        Ok(self.store.get(&key).await?.bytes().await?.to_vec())
    }

    pub async fn put_thumbnail(&self, sha256: &str, jpeg: Bytes) -> Result<(), StorageError> {
        let key = thumbnail_key(check_hash(sha256)?);
        self.store.put(&key, PutPayload::from(jpeg)).await?;
        if let Some(root) = &self.local_root {
            let path = root.join(key.as_ref());
            sync_file(path.clone()).await?;
            if let Some(folder) = path.parent() {
                sync_file(folder.to_path_buf()).await?;
            }
        }
        Ok(())
    }

    pub async fn get_thumbnail(&self, sha256: &str) -> Result<Option<Bytes>, StorageError> {
        let key = thumbnail_key(check_hash(sha256)?);
        match self.store.get(&key).await {
            Ok(got) => Ok(Some(got.bytes().await?)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Remove a stored file and its thumbnail; either missing is fine.
    pub async fn delete(&self, sha256: &str) -> Result<(), StorageError> {
        let sha256 = check_hash(sha256)?;
        for key in [file_key(sha256), thumbnail_key(sha256)] {
            match self.store.delete(&key).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    /// Every stored file: its hash and when it was last written.
    pub async fn list(&self) -> Result<Vec<(String, DateTime<Utc>)>, StorageError> {
        let prefix = Key::from("files");
        let mut listed = self.store.list(Some(&prefix));
        let mut files = Vec::new();
        while let Some(meta) = listed.next().await {
            let meta = meta?;
            // Anything else in the folder is not ours to report.
            if let Some(name) = meta.location.filename().filter(|n| is_hash(n)) {
                files.push((name.to_owned(), meta.last_modified));
            }
        }
        files.sort();
        Ok(files)
    }
}

impl Storage {
    /// The temporary objects of uploads that never finished (the service was stopped in
    /// the middle) and were last written before `before`; removed if `remove`. How many.
    /// On S3 the parts of an unfinished multipart upload are not objects: a lifecycle rule
    /// that aborts incomplete multipart uploads cleans those.
    pub async fn stale_uploads(
        &self,
        before: DateTime<Utc>,
        remove: bool,
    ) -> Result<usize, StorageError> {
        if let Some(root) = &self.local_root {
            // On disk, a part-written upload is a staging file (`tmp/<id>#1`) that the
            // store's own listing skips: look at the folder itself.
            let folder = root.join("tmp");
            return tokio::task::spawn_blocking(move || {
                let entries = match std::fs::read_dir(&folder) {
                    Ok(entries) => entries,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
                    Err(e) => return Err(e),
                };
                let mut stale = 0;
                for entry in entries {
                    let entry = entry?;
                    let modified: DateTime<Utc> = entry.metadata()?.modified()?.into();
                    if entry.file_type()?.is_file() && modified < before {
                        stale += 1;
                        if remove {
                            std::fs::remove_file(entry.path())?;
                        }
                    }
                }
                Ok(stale)
            })
            .await
            .map_err(|e| StorageError::Io(std::io::Error::other(e)))?
            .map_err(StorageError::Io);
        }
        let prefix = Key::from("tmp");
        let stale: Vec<_> = self
            .store
            .list(Some(&prefix))
            .try_filter(|meta| std::future::ready(meta.last_modified < before))
            .try_collect()
            .await?;
        if remove {
            for meta in &stale {
                match self.store.delete(&meta.location).await {
                    Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                    Err(e) => return Err(e.into()),
                }
            }
        }
        Ok(stale.len())
    }
}

/// The type of a file from its head: `Some` allowed type, an error for a refused one, `None`
/// to read on. `complete`: no more bytes will come (the whole file, or enough of it).
fn sniff(head: &[u8], complete: bool) -> Result<Option<(&'static str, &'static str)>, PutError> {
    let detected = infer::get(head).map(|t| t.mime_type());
    // infer calls HEIC by its container's name.
    let detected = detected.map(|t| if t == "image/heif" { "image/heic" } else { t });
    if let Some(found) = detected.and_then(|t| ALLOWED.iter().find(|(m, _)| *m == t)) {
        return Ok(Some(*found));
    }
    // infer looks at the third and fourth entries only; Word, WPS and LibreOffice order them
    // differently, so any entry named in the head decides.
    if detected == Some("application/zip")
        && let Some(office) = office_by_entries(head)
    {
        return Ok(Some(office));
    }
    // A ZIP may yet prove an Office document once the names of its first entries are in.
    let decided = complete || detected.is_some_and(|t| t != "application/zip");
    if !decided {
        return Ok(None);
    }
    if head.is_empty() {
        return Err(PutError::Empty);
    }
    Err(PutError::Unsupported {
        detected: detected.map(str::to_owned),
    })
}

/// The Office document a ZIP's head shows by the names of its entries (`word/…`, `xl/…`,
/// `ppt/…`), read from each local file header (`PK\x03\x04`, name length at 26, name at 30).
fn office_by_entries(head: &[u8]) -> Option<(&'static str, &'static str)> {
    const HEADER: &[u8] = b"PK\x03\x04";
    let mut at = 0;
    while let Some(found) = head[at..].windows(HEADER.len()).position(|w| w == HEADER) {
        let start = at + found;
        let name_length = head
            .get(start + 26..start + 28)
            .map(|b| usize::from(u16::from_le_bytes([b[0], b[1]])))?;
        let name = head.get(start + 30..start + 30 + name_length)?;
        let media_type = if name.starts_with(b"word/") {
            Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        } else if name.starts_with(b"xl/") {
            Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        } else if name.starts_with(b"ppt/") {
            Some("application/vnd.openxmlformats-officedocument.presentationml.presentation")
        } else {
            None
        };
        if let Some(media_type) = media_type {
            return ALLOWED.iter().find(|(m, _)| *m == media_type).copied();
        }
        at = start + HEADER.len();
    }
    None
}

fn is_hash(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn check_hash(sha256: &str) -> Result<&str, StorageError> {
    if is_hash(sha256) {
        Ok(sha256)
    } else {
        Err(StorageError::InvalidHash(sha256.chars().take(80).collect()))
    }
}

fn file_key(sha256: &str) -> Key {
    Key::from(format!("files/{}/{sha256}", &sha256[..2]))
}

fn thumbnail_key(sha256: &str) -> Key {
    Key::from(format!("thumbnails/{}/{sha256}.jpg", &sha256[..2]))
}

/// fsync a file or a folder (its entries), on the blocking pool.
async fn sync_file(path: PathBuf) -> Result<(), StorageError> {
    tokio::task::spawn_blocking(move || std::fs::File::open(&path)?.sync_all())
        .await
        .map_err(|e| StorageError::Io(std::io::Error::other(e)))??;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing_decides_from_the_first_bytes() {
        let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
        assert_eq!(sniff(pdf, false).unwrap(), Some(("application/pdf", "pdf")));
        // An ELF header (64 bytes): x86-64, an executable.
        let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0".to_vec();
        elf.resize(64, 0);
        assert!(matches!(
            sniff(&elf, false),
            Err(PutError::Unsupported { detected: Some(t) }) if t == "application/x-executable"
        ));
        // An iPhone photo's first box: HEIF with the HEVC brand, i.e. HEIC.
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\0\x08free";
        assert_eq!(sniff(heic, false).unwrap(), Some(("image/heic", "heic")));
        // Too few bytes to tell, and more to come: read on.
        assert_eq!(sniff(b"<!DO", false).unwrap(), None);
        assert!(matches!(
            sniff(b"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", true),
            Err(PutError::Unsupported { .. })
        ));
        assert!(matches!(sniff(b"", true), Err(PutError::Empty)));
    }

    #[test]
    fn an_office_document_is_known_by_any_of_its_first_entries() {
        // As WPS writes them: the document's own parts come after five others.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        for name in [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/app.xml",
            "docProps/core.xml",
            "docProps/custom.xml",
            "xl/workbook.xml",
        ] {
            zip.start_file(name, options).unwrap();
            std::io::Write::write_all(&mut zip, b"<x/>").unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        let found = sniff(&bytes, true).unwrap().unwrap();
        assert_eq!(found.1, "xlsx");
    }

    #[test]
    fn a_zip_waits_to_be_known_as_an_office_document() {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("notes.txt", options).unwrap();
        std::io::Write::write_all(&mut zip, b"not an office document").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert_eq!(sniff(&bytes[..bytes.len() / 2], false).unwrap(), None);
        assert!(matches!(
            sniff(&bytes, true),
            Err(PutError::Unsupported { detected: Some(t) }) if t == "application/zip"
        ));
    }

    #[test]
    fn a_word_document_is_one() {
        let mut docx = Vec::new();
        docx_rs::Docx::new()
            .add_paragraph(
                docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text("会议材料")),
            )
            .build()
            .pack(std::io::Cursor::new(&mut docx))
            .unwrap();
        assert_eq!(sniff(&docx, true).unwrap(), Some(ALLOWED[5]));
    }

    #[test]
    fn hashes_are_checked_before_they_name_a_key() {
        assert!(check_hash("../../etc/passwd").is_err());
        assert!(check_hash(&"A".repeat(64)).is_err());
        assert!(check_hash(&"a".repeat(64)).is_ok());
        assert_eq!(
            file_key(&"ab".repeat(32)).as_ref(),
            format!("files/ab/{}", "ab".repeat(32))
        );
    }
}
