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

/// Trimmed one-line text of 1 to `max_chars` characters (counted as characters, not bytes),
/// or a 422 naming `field` (a JSON pointer such as `/name`).
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
    if text.chars().count() > max_chars {
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
        assert_eq!(
            required_text("/name", "  第一支部 ", 4).unwrap(),
            "第一支部"
        );
        assert!(required_text("/name", "第一党支部", 4).is_err());
        assert!(required_text("/name", "   ", 4).is_err());
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
