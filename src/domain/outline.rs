//! The headings of a speech, as Chinese documents number them: `一、…` (level 1),
//! `（一）…` (level 2) and `1.` / `1、` (level 3), each at the start of a line.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Heading {
    /// 1 for `一、`, 2 for `（一）`, 3 for `1.` or `1、`.
    pub level: u8,
    /// The heading line up to its first full stop, at most [`MAX_HEADING_CHARS`] characters.
    pub text: String,
}

pub const MAX_HEADING_CHARS: usize = 100;

const CHINESE_NUMERALS: &str = "一二三四五六七八九十百零〇两";

/// The headings of `content`, in order.
pub fn outline(content: &str) -> Vec<Heading> {
    content
        .lines()
        .filter_map(|line| {
            let line = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
            let level = heading_level(line)?;
            Some(Heading {
                level,
                text: heading_text(line.trim_end()),
            })
        })
        .collect()
}

fn heading_level(line: &str) -> Option<u8> {
    // 一、  二十一、
    let numerals = line
        .chars()
        .take_while(|c| CHINESE_NUMERALS.contains(*c))
        .count();
    if numerals > 0 && line.chars().nth(numerals) == Some('、') {
        return Some(1);
    }
    // （一）  (一)
    let mut chars = line.chars();
    if matches!(chars.next(), Some('（' | '(')) {
        let rest: String = chars.collect();
        let numerals = rest
            .chars()
            .take_while(|c| CHINESE_NUMERALS.contains(*c))
            .count();
        if numerals > 0 && matches!(rest.chars().nth(numerals), Some('）' | ')')) {
            return Some(2);
        }
    }
    // 1.  1、  1．  — but not a decimal such as 1.5
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits <= 3 {
        let mut after = line.chars().skip(digits);
        if let Some('.' | '、' | '．') = after.next() {
            let next = after.next();
            if next.is_some_and(|c| !c.is_ascii_digit() && !c.is_whitespace()) || next == Some(' ')
            {
                return Some(3);
            }
        }
    }
    None
}

fn heading_text(line: &str) -> String {
    let end = line.find('。').unwrap_or(line.len());
    line[..end].chars().take(MAX_HEADING_CHARS).collect()
}

/// `n` in Chinese numerals as a document numbers its 一、 headings: 一 … 十, 十一, 二十, 九十九,
/// 一百 and on (a meeting holds at most 50 decisions).
pub fn numeral(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=19 => format!(
            "十{}",
            if n == 10 {
                String::new()
            } else {
                numeral(n % 10)
            }
        ),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            if n.is_multiple_of(10) {
                String::new()
            } else {
                numeral(n % 10)
            }
        ),
        _ => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", numeral(rest)),
                // 一百一十, not 一百十.
                10..=19 => format!("一{}", numeral(rest)),
                _ => numeral(rest),
            };
            format!("{}百{tail}", numeral(n / 100))
        }
    }
}

/// Length in characters (Unicode scalar values), not bytes.
pub fn char_count(content: &str) -> i32 {
    content.chars().count() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../tests/fixtures/speech-branch-life-meeting.txt");

    #[test]
    fn the_sample_speech_has_three_numbered_sections() {
        let headings = outline(SAMPLE);
        let texts: Vec<&str> = headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "一、强化思想引领，做政治上的明白人",
                "二、强化实践历练，做工作上的实干家",
                "三、强化自我约束，做人民满意的公务员"
            ]
        );
        assert!(headings.iter().all(|h| h.level == 1));
        assert_eq!(char_count(SAMPLE), SAMPLE.chars().count() as i32);
        assert!(
            char_count(SAMPLE) < SAMPLE.len() as i32,
            "counted in characters, not bytes"
        );
    }

    #[test]
    fn numerals_number_headings_the_outline_reads_as_level_one() {
        let cases = [
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (21, "二十一"),
            (50, "五十"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
        ];
        for (n, text) in cases {
            assert_eq!(numeral(n), text, "{n}");
            let heading = format!("{}、关于表彰的决议", numeral(n));
            assert_eq!(outline(&heading)[0].level, 1, "{heading}");
        }
    }

    #[test]
    fn three_levels_and_no_false_headings() {
        let text = "开场白\n一、总体情况\n（一）学习方面。存在不足\n(二)工作方面\n1. 学习不够深入\n2、调研不够\n  3．整改不彻底\n1.5亿元的项目\n一要加强学习\n十二、其他\n2025年工作";
        let headings = outline(text);
        let pairs: Vec<(u8, String)> = headings.into_iter().map(|h| (h.level, h.text)).collect();
        assert_eq!(
            pairs,
            [
                (1, "一、总体情况".to_owned()),
                (2, "（一）学习方面".to_owned()),
                (2, "(二)工作方面".to_owned()),
                (3, "1. 学习不够深入".to_owned()),
                (3, "2、调研不够".to_owned()),
                (3, "3．整改不彻底".to_owned()),
                (1, "十二、其他".to_owned()),
            ]
        );
    }
}
