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

    /// What the item is once moved, for messages: "cannot be verified".
    pub fn done(self) -> &'static str {
        match self {
            Move::Progress => "updated",
            Move::Submit => "submitted",
            Move::Verify => "verified",
            Move::Return => "returned",
        }
    }

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

/// Why `mv` is refused for an item that is `from`, naming the statuses it is allowed from.
pub fn refusal(from: ItemStatus, mv: Move) -> String {
    let allowed: Vec<&str> = ItemStatus::VALUES
        .iter()
        .filter(|status| {
            ItemStatus::try_from(status.to_string()).is_ok_and(|s| next(s, mv).is_some())
        })
        .copied()
        .collect();
    super::refused_move("item", from.as_str(), mv.done(), &allowed)
}

/// Why the owner of an item that is `status` cannot change.
pub fn owner_change_refusal(status: ItemStatus) -> String {
    format!(
        "the owner of {} {} item cannot change; only before it is submitted",
        super::article(status.as_str()),
        status.as_str()
    )
}

/// Whether an item that is `status` may get another owner. Not once submitted: the verifier
/// judges the work of the owner who submitted it. Not once verified: a verified item is final.
/// 逾期: due before `today` (in the service's time zone) and not yet verified. Every list,
/// report, minutes and ledger marks overdue items by this one rule.
pub fn overdue(due_on: chrono::NaiveDate, status: ItemStatus, today: chrono::NaiveDate) -> bool {
    due_on < today && status != ItemStatus::Verified
}

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
    fn refusals_are_sentences() {
        assert_eq!(
            refusal(InProgress, Move::Verify),
            "an in_progress item cannot be verified; only a submitted item can be"
        );
        assert_eq!(
            refusal(Open, Move::Return),
            "an open item cannot be returned; only a submitted item can be"
        );
        assert_eq!(
            refusal(Verified, Move::Progress),
            "a verified item cannot be updated; only an open or in_progress item can be"
        );
        assert_eq!(
            refusal(Open, Move::Submit),
            "an open item cannot be submitted; only an in_progress item can be"
        );
        assert_eq!(
            owner_change_refusal(Submitted),
            "the owner of a submitted item cannot change; only before it is submitted"
        );
        for from in [Open, InProgress, Submitted, Verified] {
            for mv in Move::ALL {
                let message = refusal(from, mv);
                assert!(
                    !message.contains("a o")
                        && !message.contains("a i")
                        && !message.contains("an s"),
                    "{message}"
                );
                assert!(
                    message.contains(&format!(" cannot be {}", mv.done())),
                    "{message}"
                );
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
