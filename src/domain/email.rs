//! A user's email address, as the API takes it: a plain `local@domain` — the local part dot
//! atoms of the characters RFC 5322 allows unquoted, the domain DNS labels — so that every
//! address accepted can be written into an SMTP envelope as it is. Spaces around are trimmed.

/// The longest address (RFC 5321's path limit less the brackets), counted before trimming.
pub const MAX_EMAIL_CHARS: usize = 254;

/// What [`plain_address`] accepts (before the length), for the document.
pub const EMAIL_PATTERN: &str = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$";

/// `raw` trimmed, if it is a plain address of at most [`MAX_EMAIL_CHARS`] characters.
pub fn plain_address(raw: &str) -> Option<&str> {
    if raw.chars().count() > MAX_EMAIL_CHARS {
        return None;
    }
    let address = raw.trim();
    let (local, domain) = address.split_once('@')?;
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c);
    let atoms_ok = local
        .split('.')
        .all(|atom| !atom.is_empty() && atom.chars().all(atext));
    let label_ok = |label: &str| {
        let bytes = label.as_bytes();
        (1..=63).contains(&bytes.len())
            && bytes
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
            && bytes[0] != b'-'
            && bytes[bytes.len() - 1] != b'-'
    };
    (atoms_ok && domain.split('.').all(label_ok)).then_some(address)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pattern_matches_exactly_what_is_accepted() {
        let pattern = regex::Regex::new(EMAIL_PATTERN).unwrap();
        for raw in [
            "wang.fang@example.org",
            " wang.fang@example.org\u{3000}",
            "a@b",
            "o'neil+党@example.org",
            "x!#$%&'*+/=?^_`{|}~-@a-b.c",
            "a..b@example.org",
            ".a@example.org",
            "a.@example.org",
            "a@-example.org",
            "a@example-.org",
            "a@example..org",
            "a@",
            "@b",
            "ab",
            "a b@c",
            "\"quoted\"@example.org",
            "a@[127.0.0.1]",
            "王芳@example.org",
            "a@例子.中国",
            &format!("a@{}", "b".repeat(63)),
            &format!("a@{}", "b".repeat(64)),
            &format!("{}@b.c", "a".repeat(250)),
            &format!("{}@b.c", "a".repeat(251)),
        ] {
            let fits = pattern.is_match(raw) && raw.chars().count() <= MAX_EMAIL_CHARS;
            assert_eq!(fits, plain_address(raw).is_some(), "{raw:?}");
        }
        assert_eq!(plain_address("  a@b.c "), Some("a@b.c"));
    }
}
