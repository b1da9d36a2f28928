//! Settings that are more than a flag: the JWT secret and the first administrator's password.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::{Context, bail};
use rand::RngCore;

use crate::domain::Password;

pub const JWT_SECRET_VAR: &str = "MINUTEBOOK_JWT_SECRET";
pub const ADMIN_PASSWORD_VAR: &str = "MINUTEBOOK_ADMIN_PASSWORD";
pub const JWT_SECRET_FILE: &str = "jwt-secret";
pub const MIN_JWT_SECRET_BYTES: usize = 32;

/// The HS256 key: the UTF-8 bytes of `MINUTEBOOK_JWT_SECRET`, so other services holding the
/// secret can verify tokens.
#[derive(Clone)]
pub struct JwtSecret(Vec<u8>);

impl JwtSecret {
    pub fn parse(raw: &str) -> anyhow::Result<Self> {
        if raw.len() < MIN_JWT_SECRET_BYTES {
            bail!(
                "{JWT_SECRET_VAR} must be at least {MIN_JWT_SECRET_BYTES} bytes (it has {}); generate one with `openssl rand -hex 32`",
                raw.len()
            );
        }
        Ok(JwtSecret(raw.as_bytes().to_vec()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The secret from the environment; failing that, in the zero-config local mode, the one
    /// kept in `<data_dir>/jwt-secret` (created on first use, mode 0600). Instances sharing a
    /// database server must share the secret, so there it has to be given.
    pub fn load(from_env: Option<&str>, local_data_dir: Option<&Path>) -> anyhow::Result<Self> {
        if let Some(raw) = from_env.filter(|raw| !raw.is_empty()) {
            return JwtSecret::parse(raw);
        }
        let Some(data_dir) = local_data_dir else {
            bail!(
                "{JWT_SECRET_VAR} is required when DATABASE_URL is set (every instance must use the same one; at least {MIN_JWT_SECRET_BYTES} bytes)"
            );
        };
        let path = data_dir.join(JWT_SECRET_FILE);
        std::fs::create_dir_all(data_dir)
            .with_context(|| format!("creating {}", data_dir.display()))?;
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let fresh: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
        {
            Ok(mut file) => {
                file.write_all(fresh.as_bytes())
                    .and_then(|_| file.sync_all())
                    .with_context(|| format!("writing {}", path.display()))?;
                tracing::info!(path = %path.display(), "generated a JWT secret");
                JwtSecret::parse(&fresh)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let kept = std::fs::read_to_string(&path)
                    .with_context(|| format!("reading {}", path.display()))?;
                JwtSecret::parse(kept.trim())
                    .with_context(|| format!("the secret kept in {} is unusable", path.display()))
            }
            Err(e) => Err(e).with_context(|| format!("creating {}", path.display())),
        }
    }
}

impl std::fmt::Debug for JwtSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JwtSecret(***)")
    }
}

/// `MINUTEBOOK_ADMIN_PASSWORD`, checked against the password policy when set.
pub fn admin_password_from_env() -> anyhow::Result<Option<Password>> {
    match std::env::var(ADMIN_PASSWORD_VAR) {
        // Compose files and shells often pass an unset variable through as empty.
        Ok(raw) if raw.is_empty() => Ok(None),
        Ok(raw) => Password::parse(raw)
            .map(Some)
            .map_err(|e| anyhow::anyhow!("{ADMIN_PASSWORD_VAR} {e}")),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(e) => Err(e).context(ADMIN_PASSWORD_VAR),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn short_secrets_are_refused() {
        assert!(JwtSecret::parse(&"x".repeat(31)).is_err());
        assert!(JwtSecret::parse(&"x".repeat(32)).is_ok());
    }

    #[test]
    fn url_mode_requires_a_secret() {
        assert!(JwtSecret::load(None, None).is_err());
    }

    #[test]
    fn local_secret_is_generated_once_and_private() {
        let dir = std::env::temp_dir().join(format!("minutebook-secret-{}", uuid::Uuid::now_v7()));
        let first = JwtSecret::load(None, Some(&dir)).unwrap();
        let second = JwtSecret::load(None, Some(&dir)).unwrap();
        assert_eq!(first.as_bytes(), second.as_bytes());
        assert_eq!(first.as_bytes().len(), 64);
        let mode = std::fs::metadata(dir.join(JWT_SECRET_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
