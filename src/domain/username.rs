/// A login name: 3 to 64 ASCII letters, digits, `.`, `_` or `-`, starting with a letter or
/// digit. Unique without regard to case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        let len = raw.chars().count();
        if !(3..=64).contains(&len) {
            return Err("must be 3 to 64 characters".into());
        }
        if !raw.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return Err("must start with a letter or a digit".into());
        }
        if !raw
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        {
            return Err("may contain only ASCII letters, digits, '.', '_' and '-'".into());
        }
        Ok(Username(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Username {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_names() {
        for name in ["admin", "zhang.san", "li_si-2", "  wang5  "] {
            assert!(Username::parse(name).is_ok(), "{name}");
        }
        assert_eq!(Username::parse(" admin ").unwrap().as_str(), "admin");
    }

    #[test]
    fn rejects_bad_names() {
        for name in [
            "",
            "ab",
            "-admin",
            "张三",
            "a b c",
            "x;drop",
            &"a".repeat(65),
        ] {
            assert!(Username::parse(name).is_err(), "{name}");
        }
    }
}
