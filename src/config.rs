//! Settings that are more than a flag: the JWT secret, the first administrator's password, the
//! origins allowed to call from a browser, the service's public address, the fonts of the
//! Word minutes and where the key that signs audit checkpoints is kept.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use rand::RngCore;

use crate::domain::Password;
use crate::export::docx::Fonts;

pub const JWT_SECRET_VAR: &str = "MINUTEBOOK_JWT_SECRET";
pub const ADMIN_PASSWORD_VAR: &str = "MINUTEBOOK_ADMIN_PASSWORD";
pub const JWT_SECRET_FILE: &str = "jwt-secret";
pub const MIN_JWT_SECRET_BYTES: usize = 32;
pub const CORS_ORIGINS_VAR: &str = "MINUTEBOOK_CORS_ORIGINS";
pub const PUBLIC_URL_VAR: &str = "MINUTEBOOK_PUBLIC_URL";
pub const CHECKPOINT_KEY_VAR: &str = "MINUTEBOOK_CHECKPOINT_KEY";
pub const CHECKPOINT_KEY_FILE: &str = "checkpoint-key.pem";
pub const LATE_ENTRY_DAYS_VAR: &str = "MINUTEBOOK_LATE_ENTRY_DAYS";
pub const CHECKPOINT_EVERY_VAR: &str = "MINUTEBOOK_CHECKPOINT_EVERY";

/// The file of the Ed25519 key that signs audit checkpoints: `MINUTEBOOK_CHECKPOINT_KEY`, else
/// `<data_dir>/checkpoint-key.pem`. Outside the database on purpose: whoever can rewrite the
/// database must not be able to sign. Instances sharing a database should share the key.
pub fn checkpoint_key_path(given: Option<&Path>, data_dir: &Path) -> PathBuf {
    given
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| data_dir.join(CHECKPOINT_KEY_FILE))
}

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

/// The origins whose pages may call the API from a browser (CORS), as browsers send them in
/// `Origin`: `scheme://host[:port]`, lower case, without a default port.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorsOrigins(Vec<String>);

impl CorsOrigins {
    /// A comma-separated list; empty (the default) allows no other origin. Each entry must be a
    /// bare http(s) origin: a path, a wildcard or a typo is refused at start, not silently
    /// never matched.
    pub fn parse(raw: &str) -> anyhow::Result<Self> {
        let mut origins = Vec::new();
        for entry in raw.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let origin = parse_origin(entry).with_context(|| {
                format!(
                    "{CORS_ORIGINS_VAR}: {entry:?} is not an origin such as https://app.example.org"
                )
            })?;
            if !origins.contains(&origin) {
                origins.push(origin);
            }
        }
        Ok(CorsOrigins(origins))
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn parse_origin(entry: &str) -> anyhow::Result<String> {
    let url = url::Url::parse(entry)?;
    if !matches!(url.scheme(), "http" | "https") {
        bail!("only http and https origins exist for browsers");
    }
    // An origin has nothing after the authority; a lone trailing "/" is what a URL bar shows.
    let bare = url.path() == "/" && url.query().is_none();
    if !bare || url.fragment().is_some() || !url.username().is_empty() || url.password().is_some() {
        bail!("an origin has no path, query, fragment or user");
    }
    Ok(url.origin().ascii_serialization())
}

/// Where clients reach the service (`MINUTEBOOK_PUBLIC_URL`), when it sits behind a proxy or
/// under a path: the base of the absolute addresses it hands out (calendar feeds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicUrl(url::Url);

impl PublicUrl {
    /// An absolute http(s) URL; `https://example.org/minutebook` and `…/minutebook/` are the
    /// same base.
    pub fn parse(raw: &str) -> anyhow::Result<Self> {
        let invalid = || {
            format!(
                "{PUBLIC_URL_VAR} must be an absolute http(s) URL such as https://minutebook.example.org, not {raw:?}"
            )
        };
        let mut url = url::Url::parse(raw.trim()).with_context(invalid)?;
        if !matches!(url.scheme(), "http" | "https")
            || url.host().is_none()
            || url.query().is_some()
            || url.fragment().is_some()
            || !url.username().is_empty()
            || url.password().is_some()
        {
            bail!(invalid());
        }
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(PublicUrl(url))
    }

    /// `path` (relative, no leading "/") under the base.
    pub fn join(&self, path: &str) -> String {
        format!("{}{}", self.0, path.trim_start_matches('/'))
    }
}

/// `MINUTEBOOK_PUBLIC_URL`, where an empty value counts as unset.
pub fn public_url_from(raw: Option<&str>) -> anyhow::Result<Option<PublicUrl>> {
    raw.map(str::trim)
        .filter(|raw| !raw.is_empty())
        .map(PublicUrl::parse)
        .transpose()
}

/// The fonts of the Word minutes: body (仿宋), headings (黑体), second-level headings (楷体),
/// title and page numbers (宋体).
pub const FONT_VARS: [&str; 4] = [
    "MINUTEBOOK_FONT_BODY",
    "MINUTEBOOK_FONT_HEADING",
    "MINUTEBOOK_FONT_SUBHEADING",
    "MINUTEBOOK_FONT_TITLE",
];

/// The fonts of the Word minutes from `lookup` (the environment, in the service): each
/// variable unset or empty keeps its default; a name is one line of at most 64 characters.
pub fn minutes_fonts(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Fonts> {
    let mut fonts = Fonts::default();
    let slots = [
        &mut fonts.body,
        &mut fonts.heading,
        &mut fonts.subheading,
        &mut fonts.title,
    ];
    for (var, slot) in FONT_VARS.into_iter().zip(slots) {
        let Some(name) = lookup(var).map(|v| v.trim().to_owned()) else {
            continue;
        };
        if name.is_empty() {
            continue;
        }
        if name.chars().count() > 64 || name.chars().any(char::is_control) {
            bail!("{var} must be a font name of at most 64 characters on one line");
        }
        *slot = name;
    }
    Ok(fonts)
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
    fn minutes_fonts_default_and_can_be_set() {
        assert_eq!(minutes_fonts(|_| None).unwrap(), Fonts::default());
        let set = minutes_fonts(|var| match var {
            "MINUTEBOOK_FONT_TITLE" => Some(" 方正小标宋简体 ".into()),
            "MINUTEBOOK_FONT_BODY" => Some(String::new()),
            _ => None,
        })
        .unwrap();
        assert_eq!(set.title, "方正小标宋简体");
        assert_eq!(set.body, "仿宋");
        assert_eq!(set.heading, "黑体");
        let refused =
            minutes_fonts(|var| (var == "MINUTEBOOK_FONT_HEADING").then(|| "黑体\u{1}".to_owned()));
        assert!(refused.is_err());
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(JwtSecret::parse(&"x".repeat(31)).is_err());
        assert!(JwtSecret::parse(&"x".repeat(32)).is_ok());
    }

    #[test]
    fn cors_origins_are_bare_origins_as_browsers_send_them() {
        let origins = CorsOrigins::parse(
            " https://App.Example.org/ ,http://localhost:5173,,https://x.org:443,https://app.example.org",
        )
        .unwrap();
        assert_eq!(
            origins.as_slice(),
            [
                "https://app.example.org",
                "http://localhost:5173",
                "https://x.org"
            ]
        );
        assert!(CorsOrigins::parse("").unwrap().is_empty());
        assert!(CorsOrigins::parse(" , ").unwrap().is_empty());
        for bad in [
            "*",
            "app.example.org",
            "https://app.example.org/path",
            "https://app.example.org?x=1",
            "https://user@app.example.org",
            "ftp://app.example.org",
            "null",
        ] {
            let err = CorsOrigins::parse(bad).unwrap_err();
            assert!(
                format!("{err:#}").contains(CORS_ORIGINS_VAR),
                "{bad}: {err:#}"
            );
        }
    }

    #[test]
    fn the_public_url_is_an_absolute_http_url_used_as_a_base() {
        let url = PublicUrl::parse("https://minutebook.example.org").unwrap();
        assert_eq!(
            url.join("calendar/t.ics"),
            "https://minutebook.example.org/calendar/t.ics"
        );
        let under = PublicUrl::parse("https://example.org/minutebook").unwrap();
        assert_eq!(
            under.join("/calendar/t.ics"),
            "https://example.org/minutebook/calendar/t.ics"
        );
        assert_eq!(
            under,
            PublicUrl::parse("https://example.org/minutebook/").unwrap()
        );
        for bad in [
            "minutebook.example.org",
            "/minutebook",
            "ftp://example.org",
            "https://example.org/?a=1",
            "https://u:p@example.org",
            "mailto:x@example.org",
        ] {
            let err = PublicUrl::parse(bad).unwrap_err();
            assert!(err.to_string().contains(PUBLIC_URL_VAR), "{bad}: {err}");
        }
        assert_eq!(public_url_from(Some(" ")).unwrap(), None);
        assert_eq!(public_url_from(None).unwrap(), None);
    }

    #[test]
    fn the_checkpoint_key_lives_in_the_data_folder_unless_given() {
        let data = Path::new("/srv/mb");
        assert_eq!(
            checkpoint_key_path(None, data),
            Path::new("/srv/mb/checkpoint-key.pem")
        );
        assert_eq!(
            checkpoint_key_path(Some(Path::new("")), data),
            Path::new("/srv/mb/checkpoint-key.pem")
        );
        assert_eq!(
            checkpoint_key_path(Some(Path::new("/etc/mb/key.pem")), data),
            Path::new("/etc/mb/key.pem")
        );
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
