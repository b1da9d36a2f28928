use std::collections::HashSet;
use std::sync::LazyLock;

/// A password that meets the policy: 12 to 128 characters, not a well-known password, no
/// composition rules (NIST SP 800-63B).
#[derive(Clone)]
pub struct Password(String);

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 128;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

impl Password {
    pub fn parse(raw: String) -> Result<Self, String> {
        let chars = raw.chars().count();
        if chars < MIN_PASSWORD_CHARS {
            return Err(format!(
                "must be at least {MIN_PASSWORD_CHARS} characters (got {chars})"
            ));
        }
        if chars > MAX_PASSWORD_CHARS {
            return Err(format!("must be at most {MAX_PASSWORD_CHARS} characters"));
        }
        if COMMON.contains(raw.to_lowercase().as_str()) {
            return Err("is one of the most common passwords; choose another".into());
        }
        Ok(Password(raw))
    }

    /// A random one-time password for a reset: 20 characters from letters and digits that are
    /// hard to mistake for each other when read out or copied by hand (about 115 bits).
    pub fn generate() -> Self {
        use rand::Rng;
        const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        let mut rng = rand::rng();
        let raw: String = (0..20)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        Password::parse(raw).expect("a random 20-character password meets the policy")
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

// Never print a password, not even in a debug log.
impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_counted_in_characters() {
        assert!(Password::parse("短密码短密码短密码短密".into()).is_err()); // 11 characters
        assert!(Password::parse("短密码短密码短密码短密码".into()).is_ok()); // 12 characters, 36 bytes
        assert!(Password::parse("a".repeat(128) + "b").is_err());
        assert!(Password::parse(String::new()).is_err());
        assert!(Password::parse("correct horse battery".into()).is_ok());
    }

    #[test]
    fn common_passwords_are_refused_in_any_case() {
        for common in [
            "password1234",
            "PassWord1234",
            "1q2w3e4r5t6y",
            "qwertyuiop123",
        ] {
            let err = Password::parse(common.into()).unwrap_err();
            assert!(err.contains("common"), "{common}: {err}");
        }
    }

    #[test]
    fn generated_passwords_meet_the_policy_and_differ() {
        let a = Password::generate();
        let b = Password::generate();
        assert_eq!(a.expose().chars().count(), 20);
        assert!(Password::parse(a.expose().to_owned()).is_ok());
        assert_ne!(a.expose(), b.expose());
    }

    #[test]
    fn debug_hides_the_secret() {
        let p = Password::parse("a very secret phrase".into()).unwrap();
        assert_eq!(format!("{p:?}"), "Password(***)");
    }
}
