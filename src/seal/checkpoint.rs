//! Checkpoints: the chain's length and head, signed with an Ed25519 key that lives in a file,
//! not in the database. Someone who can rewrite the database can recompute every seal, but
//! cannot sign a new head; a reviewer who keeps an exported checkpoint can later show that the
//! history up to it is still the same.
//!
//! What is signed is the RFC 8785 JSON of `{"format", "head", "seq", "signed_at"}` exactly as
//! the exported checkpoint shows them, so any Ed25519 tool can check a copy.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use chrono::{DateTime, Utc};
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey, KeypairBytes};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::PgPool;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::Result;
use crate::seal::{canonical, timestamp};

/// The `format` of a checkpoint: what is signed and how.
pub const FORMAT: &str = "minutebook-checkpoint/1";

/// The key checkpoints are signed with.
#[derive(Clone)]
pub struct CheckpointKey(SigningKey);

impl std::fmt::Debug for CheckpointKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CheckpointKey(public {})", self.public_hex())
    }
}

impl CheckpointKey {
    pub fn from_seed(seed: [u8; 32]) -> Self {
        CheckpointKey(SigningKey::from_bytes(&seed))
    }

    /// The key kept at `path` as PKCS#8 PEM; created there on first use (mode 0600) when the
    /// file does not exist.
    pub fn load_or_create(path: &Path) -> anyhow::Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let mut seed = [0u8; 32];
        rand::rng().fill_bytes(&mut seed);
        let fresh = CheckpointKey::from_seed(seed);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
        {
            Ok(mut file) => {
                // PKCS#8 v1 (the seed alone), the form OpenSSL and other tools read.
                let seed = KeypairBytes {
                    secret_key: seed,
                    public_key: None,
                };
                let pem = seed
                    .to_pkcs8_pem(LineEnding::LF)
                    .map_err(|e| anyhow::anyhow!("encoding the checkpoint key: {e}"))?;
                file.write_all(pem.as_bytes())
                    .and_then(|_| file.sync_all())
                    .with_context(|| format!("writing {}", path.display()))?;
                tracing::info!(path = %path.display(), public_key = %fresh.public_hex(),
                    "generated the key that signs audit checkpoints");
                Ok(fresh)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let pem = std::fs::read_to_string(path)
                    .with_context(|| format!("reading {}", path.display()))?;
                let key = SigningKey::from_pkcs8_pem(&pem).map_err(|e| {
                    anyhow::anyhow!(
                        "{} is not an Ed25519 private key in PKCS#8 PEM: {e}",
                        path.display()
                    )
                })?;
                Ok(CheckpointKey(key))
            }
            Err(e) => Err(e).with_context(|| format!("creating {}", path.display())),
        }
    }

    pub fn public_key(&self) -> [u8; 32] {
        self.0.verifying_key().to_bytes()
    }

    pub fn public_hex(&self) -> String {
        hex::encode(self.public_key())
    }

    /// The public key as SubjectPublicKeyInfo PEM, as `openssl pkey -pubin` reads it.
    pub fn public_pem(&self) -> anyhow::Result<String> {
        self.0
            .verifying_key()
            .to_public_key_pem(LineEnding::LF)
            .map_err(|e| anyhow::anyhow!("encoding the public key: {e}"))
    }
}

/// A checkpoint as exported: everything needed to check it without the service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "format": "minutebook-checkpoint/1", "seq": 0,
    "head": "0000000000000000000000000000000000000000000000000000000000000000",
    "signed_at": "2026-11-30T08:00:00.000000Z",
    "signature": "0022f8b9cc10f797c11225ba0d7662008aaaf0fc4e24525d91df0cfccfada507cc4473abfa2f6eeb2c4832f463a40c88a36f20706f4facba7c14b0a9e45c0b09",
    "public_key": "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c"
}))]
pub struct Checkpoint {
    /// `minutebook-checkpoint/1`.
    #[schema(pattern = "^minutebook-checkpoint/1$")]
    pub format: String,
    /// How many events the chain held: the head is the seal of event number `seq`.
    #[schema(minimum = 0)]
    #[serde(deserialize_with = "crate::domain::whole")]
    pub seq: i64,
    /// The seal at `seq` (hex; 64 zeros for an empty chain).
    #[schema(pattern = "^[0-9a-f]{64}$")]
    pub head: String,
    /// When it was signed: RFC 3339 in UTC with six fraction digits, as signed.
    #[schema(pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z$")]
    pub signed_at: String,
    /// Ed25519 signature (hex) of the RFC 8785 JSON of `format`, `head`, `seq`, `signed_at`.
    #[schema(pattern = "^[0-9a-f]{128}$")]
    pub signature: String,
    /// The Ed25519 public key that signed it (hex).
    #[schema(pattern = "^[0-9a-f]{64}$")]
    pub public_key: String,
}

/// The bytes a checkpoint's signature covers.
pub fn signed_bytes(seq: i64, head: &str, signed_at: &str) -> anyhow::Result<Vec<u8>> {
    canonical(&json!({"format": FORMAT, "head": head, "seq": seq, "signed_at": signed_at}))
}

impl Checkpoint {
    fn sign(key: &CheckpointKey, seq: i64, head: &[u8; 32], at: DateTime<Utc>) -> Result<Self> {
        let head = hex::encode(head);
        let signed_at = timestamp(at);
        let signature = key.0.sign(&signed_bytes(seq, &head, &signed_at)?);
        Ok(Checkpoint {
            format: FORMAT.into(),
            seq,
            head,
            signed_at,
            signature: hex::encode(signature.to_bytes()),
            public_key: key.public_hex(),
        })
    }

    /// Whether the signature is that of `public_key` over the other fields. Says nothing of
    /// whether the key is one to trust, nor of the chain.
    pub fn signature_holds(&self) -> bool {
        let key = hex::decode(&self.public_key)
            .ok()
            .and_then(|k| <[u8; 32]>::try_from(k).ok())
            .and_then(|k| VerifyingKey::from_bytes(&k).ok());
        let signature = hex::decode(&self.signature)
            .ok()
            .and_then(|s| <[u8; 64]>::try_from(s).ok())
            .map(|s| Signature::from_bytes(&s));
        let (Some(key), Some(signature)) = (key, signature) else {
            return false;
        };
        self.format == FORMAT
            && signed_bytes(self.seq, &self.head, &self.signed_at)
                .is_ok_and(|bytes| key.verify(&bytes, &signature).is_ok())
    }

    /// The head as bytes, when it is 64 hex digits.
    pub fn head_bytes(&self) -> Option<[u8; 32]> {
        hex::decode(&self.head).ok()?.try_into().ok()
    }
}

/// Sign the chain's head as it is now and keep the checkpoint. The caller seals first.
pub async fn write(pool: &PgPool, key: &CheckpointKey) -> Result<Checkpoint> {
    let mut tx = pool.begin().await?;
    // Shared: no sealer moves the head between reading and signing it.
    let head = sqlx::query!("select seq, seal from audit_chain_head for share")
        .fetch_one(&mut *tx)
        .await?;
    let seal = crate::seal::chain::hash32(&head.seal)
        .ok_or_else(|| anyhow::anyhow!("the chain's head is not 32 bytes"))?;
    let now = Utc::now();
    // What the database keeps: microseconds.
    let at = DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now);
    let checkpoint = Checkpoint::sign(key, head.seq, &seal, at)?;
    let signature = hex::decode(&checkpoint.signature).map_err(anyhow::Error::from)?;
    sqlx::query!(
        "insert into audit_checkpoints (id, seq, head, signed_at, signature, public_key)
         values ($1, $2, $3, $4, $5, $6)",
        Uuid::now_v7(),
        head.seq,
        &seal[..],
        at,
        signature,
        &key.public_key()[..]
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(checkpoint)
}

/// Write a checkpoint if the chain grew since the last one and that one is older than
/// `every` (another instance may have written it). The periodic job's step.
pub async fn write_if_due(pool: &PgPool, key: &CheckpointKey, every: Duration) -> Result<bool> {
    let due: bool = sqlx::query_scalar!(
        r#"select coalesce((select c.seq <> h.seq and c.signed_at < now() - make_interval(secs => $1)
                            from audit_checkpoints c order by c.signed_at desc, c.id desc limit 1),
                           h.seq > 0) as "due!"
           from audit_chain_head h"#,
        every.as_secs_f64()
    )
    .fetch_one(pool)
    .await?;
    if due {
        write(pool, key).await?;
    }
    Ok(due)
}

/// A stored checkpoint, in its exported form.
pub struct StoredCheckpoint {
    pub id: Uuid,
    pub checkpoint: Checkpoint,
}

/// Stored checkpoints, newest first, after the one with id `before` (for paging).
pub async fn list(
    pool: &PgPool,
    before: Option<Uuid>,
    limit: i64,
) -> Result<Vec<StoredCheckpoint>> {
    let rows = sqlx::query!(
        "select id, seq, head, signed_at, signature, public_key from audit_checkpoints
         where $1::uuid is null or id < $1
         order by id desc limit $2",
        before,
        limit
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| StoredCheckpoint {
            id: r.id,
            checkpoint: Checkpoint {
                format: FORMAT.into(),
                seq: r.seq,
                head: hex::encode(&r.head),
                signed_at: timestamp(r.signed_at),
                signature: hex::encode(&r.signature),
                public_key: hex::encode(&r.public_key),
            },
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_key_is_created_once_private_and_signs_checkable_checkpoints() {
        let dir = std::env::temp_dir().join(format!("mb-checkpoint-key-{}", Uuid::now_v7()));
        let path = dir.join("checkpoint-key.pem");
        let first = CheckpointKey::load_or_create(&path).unwrap();
        let again = CheckpointKey::load_or_create(&path).unwrap();
        assert_eq!(first.public_key(), again.public_key());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let pem = std::fs::read_to_string(&path).unwrap();
        assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"), "{pem}");

        let at = DateTime::from_timestamp_micros(1_800_000_000_123_456).unwrap();
        let checkpoint = Checkpoint::sign(&first, 3, &[9; 32], at).unwrap();
        assert_eq!(checkpoint.signed_at, "2027-01-15T08:00:00.123456Z");
        assert!(checkpoint.signature_holds());
        let mut moved = checkpoint.clone();
        moved.seq = 4;
        assert!(!moved.signature_holds());
        let mut other = checkpoint.clone();
        other.public_key = CheckpointKey::from_seed([1; 32]).public_hex();
        assert!(!other.signature_holds());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
