//! argon2id password hashes as PHC strings, computed on the blocking pool.
//!
//! One hash costs about 19 MiB and tens of milliseconds of CPU, so it never runs on an async
//! worker, and a semaphore bounds how many run at once: a login storm queues instead of
//! exhausting memory or starving other requests.

use std::sync::LazyLock;

use anyhow::Context;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use crate::domain::Password;

/// Concurrent hashes: ~19 MiB each.
const MAX_CONCURRENT_HASHES: usize = 4;

static HASHING: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(MAX_CONCURRENT_HASHES));

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::DEFAULT)
}

/// Hash `password` with a fresh random salt.
pub async fn hash(password: &Password) -> anyhow::Result<String> {
    let password = password.expose().to_owned();
    run_blocking(move || {
        hasher()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
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
    run_blocking(move || {
        let parsed = PasswordHash::new(&phc)
            .map_err(|e| anyhow::anyhow!("a stored hash is malformed: {e}"))?;
        Ok(hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
}

async fn run_blocking<T: Send + 'static>(
    work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let _permit = HASHING
        .acquire()
        .await
        .context("the hashing semaphore closed")?;
    tokio::task::spawn_blocking(work)
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
