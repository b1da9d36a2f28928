//! What text the service accepts, and how writers make stored text safe for their format.
//!
//! Two kinds of text field:
//! - one line (titles, names, locations, agenda items, reasons): no control characters and no
//!   line or paragraph separators at all;
//! - long texts (speech content, summaries, problems, measures, notes): tab, LF and CR LF
//!   allowed; every other control character (a form feed pasted from Word, a bare CR, NUL,
//!   U+007F–U+009F) is refused.
//!
//! The documents (.docx, .ics, .md) cannot carry control characters either, so their writers
//! pass stored text through [`one_line`] or [`long_lines`] as well: rows stored before these
//! rules still give valid documents.

use std::borrow::Cow;

use super::Invalid;

// The rules below as regular expressions, for the OpenAPI document: each matches exactly the
// text its function accepts (tests hold them together). Only `\\uXXXX` escapes, which JSON
// Schema (ECMA-262), Python and Rust read alike. The first class is what `str::trim` removes
// (Unicode White_Space); the second a visible character: neither that nor a control.

/// [`required_text`]: one line, with a visible character, no control character.
pub const ONE_LINE_PATTERN: &str = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$";
/// [`required_long_text`]: tab, LF and CR LF allowed, no other control character.
pub const LONG_TEXT_PATTERN: &str = "^[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?[\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$";
/// A text kept exactly as sent (a speech): [`check_long_text`], with a visible character.
pub const EXACT_LONG_TEXT_PATTERN: &str = "^(?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000](?:[^\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]|\\u000d\\u000a)*$";
/// Something other than whitespace.
pub const NOT_BLANK_PATTERN: &str = "[^\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

/// Trimmed one-line text of at most `max_chars` characters as sent (counted as characters,
/// not bytes, before trimming, as the document's `maxLength` counts), not blank, or a 422
/// naming `field` (a JSON pointer such as `/name`).
pub fn required_text(field: &str, raw: &str, max_chars: usize) -> Result<String, Invalid> {
    let text = non_empty_within(field, raw, max_chars)?;
    if let Some(c) = text.chars().find(|&c| breaks_a_line(c)) {
        return Err(Invalid::new(
            field,
            format!(
                "must be one line without control characters (found U+{:04X})",
                c as u32
            ),
        ));
    }
    Ok(text.to_owned())
}

/// Trimmed long text of 1 to `max_chars` characters: tab, LF and CR LF allowed, no other
/// control character.
pub fn required_long_text(field: &str, raw: &str, max_chars: usize) -> Result<String, Invalid> {
    let text = non_empty_within(field, raw, max_chars)?;
    check_long_text(field, text)?;
    Ok(text.to_owned())
}

/// Only the characters of a long text, for text stored exactly as sent (a speech).
pub fn check_long_text(field: &str, text: &str) -> Result<(), Invalid> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\t' | '\n' => true,
            '\r' => chars.peek() == Some(&'\n'),
            c => !c.is_control(),
        };
        if !allowed {
            return Err(Invalid::new(
                field,
                format!(
                    "must not contain control characters other than tab and line breaks \
                     (LF or CR LF); found U+{:04X}",
                    c as u32
                ),
            ));
        }
    }
    Ok(())
}

fn non_empty_within<'a>(field: &str, raw: &'a str, max_chars: usize) -> Result<&'a str, Invalid> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(Invalid::new(field, "must not be empty"));
    }
    // Counted as sent, so that the limit is the `maxLength` a client checks before sending.
    if raw.chars().count() > max_chars {
        return Err(Invalid::new(
            field,
            format!("must be at most {max_chars} characters"),
        ));
    }
    Ok(text)
}

/// A control character, or a Unicode line or paragraph separator.
fn breaks_a_line(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Stored text as one line for a writer: every control character or separator becomes a space.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if text.chars().any(breaks_a_line) {
        Cow::Owned(
            text.chars()
                .map(|c| if breaks_a_line(c) { ' ' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// Stored long text as lines for a writer: split at LF, CR LF or a bare CR, with every other
/// control character but tab dropped.
pub fn long_lines(text: &str) -> impl Iterator<Item = Cow<'_, str>> {
    text.split('\n')
        .flat_map(|line| line.split('\r'))
        .map(|line| {
            if line.chars().any(|c| c.is_control() && c != '\t') {
                Cow::Owned(
                    line.chars()
                        .filter(|&c| !c.is_control() || c == '\t')
                        .collect(),
                )
            } else {
                Cow::Borrowed(line)
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_and_trims() {
        assert_eq!(required_text("/name", " 第一支部 ", 6).unwrap(), "第一支部");
        assert!(required_text("/name", "第一党支部", 4).is_err());
        assert!(required_text("/name", "   ", 4).is_err());
        // The limit counts what was sent, spaces around included (the document's maxLength).
        assert!(required_text("/name", "  第一支部 ", 6).is_err());
    }

    /// Texts on every edge of the rules: whitespace of every kind around and inside, control
    /// characters, line breaks, separators.
    const SAMPLES: &[&str] = &[
        "",
        " ",
        "\t",
        "\n",
        "\r\n",
        "\u{3000}",
        "\u{a0}",
        "\u{85}",
        "\u{2028}",
        "\u{feff}",
        "a",
        " a ",
        "\ta\n",
        "\r\na\r\n",
        "\u{3000}第一支部\u{3000}",
        "a b",
        "a\u{3000}b",
        "a\tb",
        "a\nb",
        "a\r\nb",
        "a\rb",
        "a\r",
        "\ra",
        "a\r\r\nb",
        "a\u{c}b",
        "a\u{0}b",
        "a\u{7f}b",
        "a\u{85}b",
        "a\u{a0}b",
        "a\u{2028}b",
        "a\u{1b}[31mb",
        "\u{c}a",
        "a\u{c}",
        "\u{feff}",
        "一、\t问题\r\n二、措施\n三、",
        "2026年度组织生活会（第一次）",
        "a\n\n",
        "\u{1f}",
        "\u{9f}",
        "\u{200b}",
        "x\u{2029}",
        "\u{2029}x\u{2029}",
    ];

    fn matches(pattern: &str, text: &str) -> bool {
        regex::Regex::new(pattern).unwrap().is_match(text)
    }

    #[test]
    fn the_patterns_match_exactly_what_the_rules_accept() {
        for &text in SAMPLES {
            assert_eq!(
                matches(ONE_LINE_PATTERN, text),
                required_text("/f", text, 1000).is_ok(),
                "one line: {text:?}"
            );
            assert_eq!(
                matches(LONG_TEXT_PATTERN, text),
                required_long_text("/f", text, 1000).is_ok(),
                "long text: {text:?}"
            );
            assert_eq!(
                matches(EXACT_LONG_TEXT_PATTERN, text),
                !text.trim().is_empty() && check_long_text("/f", text).is_ok(),
                "exact long text: {text:?}"
            );
            assert_eq!(
                matches(NOT_BLANK_PATTERN, text),
                !text.trim().is_empty(),
                "not blank: {text:?}"
            );
        }
    }

    #[test]
    fn one_line_fields_refuse_every_control_character() {
        for bad in [
            "三楼\r会议室",
            "标题\n# 注入",
            "a\tb",
            "a\u{c}b",
            "a\u{0}b",
            "a\u{85}b",
            "a\u{2028}b",
        ] {
            let err = required_text("/location", bad, 200).unwrap_err();
            assert!(err.to_string().starts_with("/location: "), "{bad:?}: {err}");
        }
        assert!(required_text("/title", "2026年度组织生活会（第一次）", 200).is_ok());
    }

    #[test]
    fn long_texts_allow_tab_and_line_breaks_only() {
        assert!(required_long_text("/summary", "一、\t问题\r\n二、措施\n三、", 100).is_ok());
        for bad in ["a\u{c}b", "a\rb", "a\u{0}b", "a\u{1b}[31mb", "a\u{7f}b"] {
            let err = check_long_text("/content", bad).unwrap_err();
            assert!(err.to_string().starts_with("/content: "), "{bad:?}: {err}");
        }
    }

    #[test]
    fn writers_get_text_without_control_characters() {
        assert_eq!(one_line("三楼\r\nSUMMARY:FAKE"), "三楼  SUMMARY:FAKE");
        assert!(matches!(one_line("三楼会议室"), Cow::Borrowed(_)));
        let lines: Vec<_> = long_lines("一\u{c}二\r\n三\r四\t五\n").collect();
        assert_eq!(lines, ["一二", "", "三", "四\t五", ""]);
    }
}
