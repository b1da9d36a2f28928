//! Speeches: their kinds, and how their lines are counted (the unit the minutes are bounded in).

crate::text_enum!(
    /// The kind of speech.
    SpeechKind {
        /// 讲话
        Remarks = "remarks",
        /// 报告
        Report = "report",
        /// 剖析发言 / 对照检查
        SelfCriticism = "self_criticism",
        /// 批评意见: needs `target_person_id`
        Criticism = "criticism",
        /// 表态发言
        Response = "response",
        /// 点评
        Comment = "comment",
        /// 党课讲稿
        Lecture = "lecture",
        Other = "other",
    }
);

/// Lines of a speech: its line feeds, plus one.
pub fn line_count(content: &str) -> i64 {
    content.bytes().filter(|&b| b == b'\n').count() as i64 + 1
}
