//! The status of a meeting, as a pure function of its status and a move. The handlers lock the
//! meeting's row, ask [`next`] where a move leads, and write the new status only if the row is
//! still in the status the move leaves.

crate::text_enum!(
    /// The kind of meeting.
    MeetingKind {
        /// 支部党员大会
        GeneralAssembly = "general_assembly",
        /// 支委会
        CommitteeMeeting = "committee_meeting",
        /// 党小组会
        GroupMeeting = "group_meeting",
        /// 党课
        PartyLecture = "party_lecture",
        /// 组织生活会
        OrganizationalLife = "organizational_life",
        /// 民主生活会
        DemocraticLife = "democratic_life",
        /// 主题党日
        ThemeDay = "theme_day",
        Other = "other",
    }
);

crate::text_enum!(
    /// `scheduled` → `held` → `finalized`, or `scheduled` → `cancelled`.
    MeetingStatus {
        Scheduled = "scheduled",
        Held = "held",
        Finalized = "finalized",
        Cancelled = "cancelled",
    }
);

/// What a secretary does to a meeting's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// It took place: by `PATCH {"status": "held"}` or by recording its first speech.
    Hold,
    Cancel,
    /// Its minutes become read-only.
    Finalize,
}

impl Move {
    pub const ALL: [Move; 3] = [Move::Hold, Move::Cancel, Move::Finalize];

    /// What the meeting is once moved, for messages: "cannot be finalized".
    pub fn done(self) -> &'static str {
        match self {
            Move::Hold => "held",
            Move::Cancel => "cancelled",
            Move::Finalize => "finalized",
        }
    }
}

/// Why `mv` is refused for a meeting that is `from`, naming the statuses it is allowed from.
pub fn refusal(from: MeetingStatus, mv: Move) -> String {
    let allowed: Vec<&str> = MeetingStatus::VALUES
        .iter()
        .filter(|status| {
            MeetingStatus::try_from(status.to_string()).is_ok_and(|s| next(s, mv).is_some())
        })
        .copied()
        .collect();
    super::refused_move("meeting", from.as_str(), mv.done(), &allowed)
}

/// Where `mv` takes a meeting that is `from`; `None` when the move is not allowed.
pub fn next(from: MeetingStatus, mv: Move) -> Option<MeetingStatus> {
    use MeetingStatus::*;
    match (from, mv) {
        (Scheduled, Move::Hold) => Some(Held),
        (Scheduled, Move::Cancel) => Some(Cancelled),
        (Held, Move::Finalize) => Some(Finalized),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::MeetingStatus::*;
    use super::*;

    #[test]
    fn every_status_and_move() {
        #[rustfmt::skip]
        let table = [
            // from        hold        cancel           finalize
            (Scheduled, [Some(Held), Some(Cancelled), None]),
            (Held,      [None,       None,            Some(Finalized)]),
            (Finalized, [None,       None,            None]),
            (Cancelled, [None,       None,            None]),
        ];
        for (from, expected) in table {
            for (mv, to) in Move::ALL.into_iter().zip(expected) {
                assert_eq!(next(from, mv), to, "{from:?} {mv:?}");
            }
        }
    }

    #[test]
    fn refusals_are_sentences() {
        assert_eq!(
            refusal(Scheduled, Move::Finalize),
            "a scheduled meeting cannot be finalized; only a held meeting can be"
        );
        assert_eq!(
            refusal(Held, Move::Cancel),
            "a held meeting cannot be cancelled; only a scheduled meeting can be"
        );
    }
}
