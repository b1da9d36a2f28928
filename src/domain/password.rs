/// A password that meets the policy: 12 to 128 characters, no composition rules (NIST 800-63B).
#[derive(Clone)]
pub struct Password(String);

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 128;

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
        Ok(Password(raw))
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
        assert!(Password::parse("a".repeat(128)).is_ok());
        assert!(Password::parse("a".repeat(129)).is_err());
        assert!(Password::parse(String::new()).is_err());
    }

    #[test]
    fn debug_hides_the_secret() {
        let p = Password::parse("a very secret phrase".into()).unwrap();
        assert_eq!(format!("{p:?}"), "Password(***)");
    }
}
