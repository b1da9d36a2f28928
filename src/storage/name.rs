//! The name a downloaded attachment is saved under: the client's, made harmless.

/// Longest name kept, in characters (what most file systems allow).
const MAX_CHARS: usize = 255;

/// The client's file name made safe to store and to offer for download: no folders (the
/// last component of `/` and `\` paths), no control, invisible-formatting or bidi-override
/// characters (which can disguise `exe.pdf` as `fdp.exe`), no leading dots (hidden files),
/// at most 255 characters with the extension kept, and the extension that of the detected
/// type (a `.jpg` that is a PDF is saved as `.pdf`). Nothing left: `附件.<ext>`.
pub fn file_name(raw: &str, extension: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !is_invisible(*c))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    // The stem: the name without an extension of its own, if it has one.
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty() && !ext.is_empty() && ext.len() <= 10 && !ext.contains(' ') =>
        {
            stem
        }
        _ => cleaned,
    };
    let stem = stem.trim_end_matches(['.', ' ']).trim();
    let stem = if stem.is_empty() { "附件" } else { stem };
    let room = MAX_CHARS - 1 - extension.chars().count();
    let stem: String = stem.chars().take(room).collect();
    format!("{}.{extension}", stem.trim_end())
}

/// Characters that change how text is shown without being seen: bidi embeddings, overrides
/// and isolates, zero-width ones, the BOM.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn folders_are_dropped() {
        assert_eq!(file_name("../../etc/passwd", "pdf"), "passwd.pdf");
        assert_eq!(
            file_name("C:\\Users\\张三\\签到表.jpg", "jpg"),
            "签到表.jpg"
        );
        assert_eq!(file_name("a/b\\..\\会议照片.png", "png"), "会议照片.png");
        assert_eq!(file_name("../", "pdf"), "附件.pdf");
    }

    #[test]
    fn the_extension_is_the_detected_type() {
        assert_eq!(file_name("学习材料.jpg", "pdf"), "学习材料.pdf");
        assert_eq!(file_name("报告", "docx"), "报告.docx");
        assert_eq!(file_name("IMG_0001.JPG", "jpg"), "IMG_0001.jpg");
        assert_eq!(file_name("v1.2 草案.docx", "docx"), "v1.2 草案.docx");
    }

    #[test]
    fn hidden_control_and_bidi_characters_go() {
        assert_eq!(file_name(".htaccess", "pdf"), "htaccess.pdf");
        assert_eq!(file_name("...", "pdf"), "附件.pdf");
        assert_eq!(file_name("invoice\u{202E}fdp.exe", "pdf"), "invoicefdp.pdf");
        assert_eq!(file_name("a\r\nb\0c.png", "png"), "abc.png");
        assert_eq!(file_name("\u{200B}\u{FEFF}", "png"), "附件.png");
        assert_eq!(file_name("", "jpg"), "附件.jpg");
    }

    #[test]
    fn long_names_are_cut_keeping_the_extension() {
        let name = file_name(&format!("{}.pdf", "长".repeat(400)), "pdf");
        assert_eq!(name.chars().count(), 255);
        assert!(name.ends_with("长.pdf"));
    }
}
