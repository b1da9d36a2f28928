//! The tamper-evident record. Every audit event is sealed into a SHA-256 chain ([`chain`]);
//! the chain's head is signed now and then as a checkpoint with a key kept outside the
//! database ([`checkpoint`]); every finalized meeting carries a digest of its whole record
//! ([`record`]); and [`verify`] recomputes all three and names the first thing that does not
//! match.
//!
//! Everything hashed is first written in one byte form: RFC 8785 canonical JSON (keys sorted,
//! no insignificant space, numbers and strings in one spelling), with times as RFC 3339 in UTC
//! with six fraction digits (`2026-11-30T08:00:00.123456Z`, PostgreSQL's precision). The same
//! rows always give the same bytes, whoever computes them.

pub mod chain;
pub mod checkpoint;
pub mod record;
pub mod verify;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// A time as the canonical forms write it.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The RFC 8785 canonical JSON of `value`.
pub fn canonical(value: &impl Serialize) -> anyhow::Result<Vec<u8>> {
    Ok(serde_jcs::to_vec(value)?)
}

pub fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize().into()
}
