/// A login name: 3 to 64 ASCII letters, digits, `.`, `_` or `-`, starting with a letter or
/// digit. Unique without regard to case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

pub const MIN_USERNAME_CHARS: usize = 3;
pub const MAX_USERNAME_CHARS: usize = 64;
/// [`Username::parse`] as a regular expression, for the OpenAPI document (with `maxLength`
/// [`MAX_USERNAME_CHARS`]): whitespace around (trimmed), then a letter or digit and 2 to 63
/// more of letters, digits, `.`, `_`, `-`.
pub const USERNAME_PATTERN: &str = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[A-Za-z0-9][A-Za-z0-9._-]{2,63}[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$";

impl Username {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let too_long = raw.chars().count() > MAX_USERNAME_CHARS;
        let raw = raw.trim();
        let len = raw.chars().count();
        // Counted as sent too, as the document's `maxLength` counts.
        if too_long || !(MIN_USERNAME_CHARS..=MAX_USERNAME_CHARS).contains(&len) {
            return Err(format!(
                "must be {MIN_USERNAME_CHARS} to {MAX_USERNAME_CHARS} characters"
            ));
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
            &format!(" {}", "a".repeat(64)),
        ] {
            assert!(Username::parse(name).is_err(), "{name}");
        }
    }

    #[test]
    fn the_pattern_matches_exactly_what_parse_accepts() {
        let pattern = regex::Regex::new(USERNAME_PATTERN).unwrap();
        for name in [
            "",
            "ab",
            "abc",
            " abc ",
            "\tabc\n",
            "\u{3000}abc",
            "-abc",
            "_abc",
            ".abc",
            "a-b",
            "a_b.c",
            "a b",
            "张三",
            "abc!",
            "x;drop",
            "ABC123",
            &"a".repeat(64),
            &"a".repeat(65),
            "a\u{200b}bc",
        ] {
            let fits = pattern.is_match(name) && name.chars().count() <= MAX_USERNAME_CHARS;
            assert_eq!(fits, Username::parse(name).is_ok(), "{name:?}");
        }
    }
}
