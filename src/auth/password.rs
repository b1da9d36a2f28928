//! argon2id password hashes as PHC strings, computed on the blocking pool.
//!
//! One hash costs about 19 MiB and tens of milliseconds of CPU, so it never runs on an async
//! worker, and a semaphore bounds how many run at once: a login storm queues instead of
//! exhausting memory or starving other requests. The 19 MiB work areas are allocated once per
//! slot and reused: freshly allocated, each hash's area would be kept by the allocator and the
//! process would grow with every burst of logins (reachable without an account, since failed
//! logins hash too). Memory for hashing is therefore at most `MAX_CONCURRENT_HASHES` areas.

use std::sync::{LazyLock, Mutex};

use anyhow::Context;
use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::RngCore;
use tokio::sync::Semaphore;

use crate::domain::Password;

/// Concurrent hashes: ~19 MiB each.
const MAX_CONCURRENT_HASHES: usize = 4;

static HASHING: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(MAX_CONCURRENT_HASHES));

/// Work areas of finished hashes, for the next ones (never more than the permits).
static AREAS: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());

/// Bytes of salt in new hashes (the PHC recommendation).
const SALT_BYTES: usize = 16;

/// Hash `password` with a fresh random salt.
pub async fn hash(password: &Password) -> anyhow::Result<String> {
    let password = password.expose().to_owned();
    run_blocking(move |area| {
        let mut salt = [0u8; SALT_BYTES];
        rand::rng().fill_bytes(&mut salt);
        let params = Params::DEFAULT;
        let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
        compute(
            Algorithm::Argon2id,
            Version::V0x13,
            &params,
            &password,
            &salt,
            &mut out,
            area,
        )?;
        let phc = PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(&params)
                .map_err(|e| anyhow::anyhow!("encoding argon2 params: {e}"))?,
            salt: Some(Salt::new(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?),
            hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("output: {e}"))?),
        };
        Ok(phc.to_string())
    })
    .await
}

/// Whether `password` matches `phc`; with no hash (an unknown user) it still spends one
/// verification against a dummy hash, so the answer takes as long and says the same.
pub async fn verify_or_dummy(password: String, phc: Option<String>) -> anyhow::Result<bool> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    match phc {
        Some(phc) => verify(password, phc).await,
        None => {
            let dummy = DUMMY
                .get_or_try_init(|| async {
                    let random = uuid::Uuid::new_v4().to_string();
                    hash(&Password::parse(random).map_err(anyhow::Error::msg)?).await
                })
                .await?;
            verify(password, dummy.clone()).await.map(|_| false)
        }
    }
}

/// Whether `password` matches the PHC string `phc`.
pub async fn verify(password: String, phc: String) -> anyhow::Result<bool> {
    run_blocking(move |area| {
        let parsed = PasswordHash::new(&phc)
            .map_err(|e| anyhow::anyhow!("a stored hash is malformed: {e}"))?;
        let algorithm = Algorithm::try_from(parsed.algorithm.as_str())
            .map_err(|e| anyhow::anyhow!("a stored hash names an unknown algorithm: {e}"))?;
        let version = parsed
            .version
            .map(Version::try_from)
            .transpose()
            .map_err(|e| anyhow::anyhow!("a stored hash has an unknown version: {e}"))?
            .unwrap_or_default();
        let params = Params::try_from(&parsed)
            .map_err(|e| anyhow::anyhow!("a stored hash has bad params: {e}"))?;
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            anyhow::bail!("a stored hash lacks its salt or output");
        };
        let mut out = vec![0u8; expected.len()];
        compute(
            algorithm,
            version,
            &params,
            &password,
            salt.as_ref(),
            &mut out,
            area,
        )?;
        // `Output`'s equality is constant-time.
        Ok(Output::new(&out).is_ok_and(|actual| actual == expected))
    })
    .await
}

/// One argon2 computation in `area` (grown only for a hash whose cost exceeds the default).
fn compute(
    algorithm: Algorithm,
    version: Version,
    params: &Params,
    password: &str,
    salt: &[u8],
    out: &mut [u8],
    area: &mut Vec<Block>,
) -> anyhow::Result<()> {
    let blocks = params.block_count();
    if area.len() < blocks {
        area.resize(blocks, Block::default());
    }
    Argon2::new(algorithm, version, params.clone())
        .hash_password_into_with_memory(password.as_bytes(), salt, out, &mut area[..blocks])
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

async fn run_blocking<T: Send + 'static>(
    work: impl FnOnce(&mut Vec<Block>) -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let _permit = HASHING
        .acquire()
        .await
        .context("the hashing semaphore closed")?;
    tokio::task::spawn_blocking(move || {
        let mut area = AREAS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop()
            .unwrap_or_default();
        let result = work(&mut area);
        // Keep only areas of the default size, so one costly foreign hash is not kept.
        if area.len() == Params::DEFAULT.block_count() {
            AREAS.lock().unwrap_or_else(|e| e.into_inner()).push(area);
        }
        result
    })
    .await
    .context("the hashing task failed")?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_default_params_and_verify() {
        let password = Password::parse("correct horse battery staple".into()).unwrap();
        let phc = hash(&password).await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(
            verify("correct horse battery staple".into(), phc.clone())
                .await
                .unwrap()
        );
        assert!(
            !verify("correct horse battery stapl".into(), phc)
                .await
                .unwrap()
        );
    }
}
