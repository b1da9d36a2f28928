//! argon2id password hashes as PHC strings, computed on the blocking pool.
//!
//! One hash costs about 19 MiB and tens of milliseconds of CPU, so it never runs on an async
//! worker, and a semaphore bounds how many run at once: a login storm queues instead of
//! exhausting memory or starving other requests. Memory for hashing is therefore at most one
//! 19 MiB work area per permit (reachable without an account, since failed logins hash too).
//! While other hashes wait or run, a finished area is handed to the next one (mapping and
//! zeroing a fresh one costs about a third of a login's CPU); when the last one ends, the areas
//! are freed, and since main.rs has large allocations mapped on their own, freed means given
//! back.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex};

use anyhow::Context;
use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::RngCore;
use tokio::sync::Semaphore;

use crate::domain::Password;

/// Concurrent hashes at most: ~19 MiB each.
const MAX_CONCURRENT_HASHES: usize = 4;

/// One hash per core, up to the maximum: more at once would not finish sooner, only hold
/// more memory (the benchmark's logins kept four areas, 76 MiB, on two cores).
static HASHING: LazyLock<Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    Semaphore::new(cores.clamp(1, MAX_CONCURRENT_HASHES))
});

/// Work areas kept for the next hash while a burst of logins lasts.
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
    let wanted = Wanted::new();
    let permit = HASHING
        .acquire()
        .await
        .context("the hashing semaphore closed")?;
    // The permit goes with the hash: a request dropped meanwhile must not free it while the
    // hash (and its area) still runs.
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let mut area = AREAS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop()
            .unwrap_or_default();
        let result = work(&mut area);
        let mut areas = AREAS.lock().unwrap_or_else(|e| e.into_inner());
        if !wanted.end() {
            // The burst is over: give the areas back (main.rs maps them on their own).
            areas.clear();
        } else if area.len() == Params::DEFAULT.block_count() {
            // A burst of logins: the next hash takes this area over.
            areas.push(area);
        }
        result
    })
    .await
    .context("the hashing task failed")?
}

/// Hashes waiting or running.
static WANTED: AtomicUsize = AtomicUsize::new(0);

/// One hash counted in [`WANTED`] from its request until it ends (or its request is dropped).
/// The count goes down under the areas' lock, so that of two hashes ending together the later
/// one sees the other.
struct Wanted;

impl Wanted {
    fn new() -> Self {
        WANTED.fetch_add(1, Ordering::SeqCst);
        Wanted
    }

    /// The hash ended (the caller holds the areas' lock): whether another is still wanted.
    fn end(self) -> bool {
        std::mem::forget(self);
        WANTED.fetch_sub(1, Ordering::SeqCst) > 1
    }
}

impl Drop for Wanted {
    /// A request dropped before its hash ran: when it was the last one wanted, the areas kept
    /// for it would wait for the next login.
    fn drop(&mut self) {
        let mut areas = AREAS.lock().unwrap_or_else(|e| e.into_inner());
        if WANTED.fetch_sub(1, Ordering::SeqCst) == 1 {
            areas.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A burst of hashes reuses work areas while it lasts and leaves none behind.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_burst_of_hashes_gives_its_work_areas_back() {
        let password = Password::parse("a burst of logins".into()).unwrap();
        let hashes: Vec<_> = (0..6)
            .map(|_| {
                let password = password.clone();
                tokio::spawn(async move { hash(&password).await })
            })
            .collect();
        for hash in hashes {
            let phc = hash.await.unwrap().unwrap();
            assert!(verify("a burst of logins".into(), phc).await.unwrap());
        }
        // Other tests may hash at the same time: wait until nothing is, then nothing is kept.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let kept = AREAS.lock().unwrap().len();
            if WANTED.load(Ordering::SeqCst) == 0 && kept == 0 {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{kept} work areas kept after the burst"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}
