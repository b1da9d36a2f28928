//! The life of a rectification item (整改事项), as a pure function of its status and a move.
//! The handlers lock the item's row, ask [`next`] where a move leads, and write the new status
//! only if the row is still in the status the move leaves.

crate::text_enum!(
    /// `open` → `in_progress` (first progress update) → `submitted` → `verified`, and
    /// `submitted` → `in_progress` when returned.
    ItemStatus {
        Open = "open",
        InProgress = "in_progress",
        Submitted = "submitted",
        Verified = "verified",
    }
);

/// What someone does to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The owner (or a secretary) reports progress.
    Progress,
    /// The owner (or a secretary) submits it for verification.
    Submit,
    /// Someone who did not own it verifies it (销号).
    Verify,
    /// Someone who did not own it sends it back.
    Return,
}

impl Move {
    pub const ALL: [Move; 4] = [Move::Progress, Move::Submit, Move::Verify, Move::Return];

    /// The name of the move in the audit trail.
    pub fn action(self) -> &'static str {
        match self {
            Move::Progress => "progress",
            Move::Submit => "submit",
            Move::Verify => "verify",
            Move::Return => "return",
        }
    }
}

/// Where `mv` takes an item that is `from`; `None` when the move is not allowed.
pub fn next(from: ItemStatus, mv: Move) -> Option<ItemStatus> {
    use ItemStatus::*;
    match (from, mv) {
        (Open | InProgress, Move::Progress) => Some(InProgress),
        (InProgress, Move::Submit) => Some(Submitted),
        (Submitted, Move::Verify) => Some(Verified),
        (Submitted, Move::Return) => Some(InProgress),
        _ => None,
    }
}

/// Whether an item that is `status` may get another owner. Not once submitted: the verifier
/// judges the work of the owner who submitted it. Not once verified: a verified item is final.
pub fn owner_may_change(status: ItemStatus) -> bool {
    matches!(status, ItemStatus::Open | ItemStatus::InProgress)
}

#[cfg(test)]
mod tests {
    use super::ItemStatus::*;
    use super::*;

    #[test]
    fn every_status_and_move() {
        let statuses = [Open, InProgress, Submitted, Verified];
        #[rustfmt::skip]
        let table = [
            // from         progress          submit           verify          return
            (Open,       [Some(InProgress), None,            None,           None]),
            (InProgress, [Some(InProgress), Some(Submitted), None,           None]),
            (Submitted,  [None,             None,            Some(Verified), Some(InProgress)]),
            (Verified,   [None,             None,            None,           None]),
        ];
        assert_eq!(table.map(|(from, _)| from), statuses);
        for (from, expected) in table {
            for (mv, to) in Move::ALL.into_iter().zip(expected) {
                assert_eq!(next(from, mv), to, "{from:?} {mv:?}");
            }
        }
    }

    #[test]
    fn the_owner_changes_only_before_submission() {
        assert!(owner_may_change(Open));
        assert!(owner_may_change(InProgress));
        assert!(!owner_may_change(Submitted));
        assert!(!owner_may_change(Verified));
    }
}
