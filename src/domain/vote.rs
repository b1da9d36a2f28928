//! How a branch's vote is counted (issue 17), by 《中国共产党支部工作条例（试行）》 Art. 11
//! and 《中国共产党发展党员工作细则》 Art. 21 and 33:
//!
//! - only full members vote (a probationary member has no vote: Party Constitution Art. 7);
//! - the members due to attend with a vote (应到会有表决权的党员) are the branch's full members
//!   on the meeting's day, less those left out with the superior organisation's approval;
//! - a vote may be held only when more than half of them are present;
//! - a motion passes when the votes in favour exceed half of those due to attend — not half
//!   of those present; exactly half does not pass;
//! - a full member who cannot attend but gave a written opinion before the meeting is counted
//!   in the votes (not in the quorum).
//!
//! Pure: the service computes these from its records and never takes them from a client.

crate::text_enum!(
    /// What a decision is about.
    DecisionKind {
        /// 接收预备党员 (one candidate per vote)
        Admission = "admission",
        /// 预备党员转正 (one candidate per vote)
        Confirmation = "confirmation",
        /// 延长预备期
        Extension = "extension",
        /// 取消预备党员资格
        Cancellation = "cancellation",
        /// 表彰
        Commendation = "commendation",
        /// 处分建议
        Discipline = "discipline",
        /// 选举
        Election = "election",
        Other = "other",
    }
);

impl DecisionKind {
    pub fn label(self) -> &'static str {
        match self {
            DecisionKind::Admission => "接收预备党员",
            DecisionKind::Confirmation => "预备党员转正",
            DecisionKind::Extension => "延长预备期",
            DecisionKind::Cancellation => "取消预备党员资格",
            DecisionKind::Commendation => "表彰",
            DecisionKind::Discipline => "处分建议",
            DecisionKind::Election => "选举",
            DecisionKind::Other => "其他",
        }
    }

    /// Decisions about one person's membership: a candidate is required, and only one.
    pub fn needs_candidate(self) -> bool {
        matches!(
            self,
            DecisionKind::Admission
                | DecisionKind::Confirmation
                | DecisionKind::Extension
                | DecisionKind::Cancellation
        )
    }
}

crate::text_enum!(
    /// How a motion was voted.
    VotingMethod {
        /// 举手表决
        ShowOfHands = "show_of_hands",
        /// 无记名投票
        SecretBallot = "secret_ballot",
    }
);

impl VotingMethod {
    pub fn label(self) -> &'static str {
        match self {
            VotingMethod::ShowOfHands => "举手表决",
            VotingMethod::SecretBallot => "无记名投票",
        }
    }
}

crate::text_enum!(
    /// One vote.
    Vote {
        /// 赞成
        InFavour = "in_favour",
        /// 反对
        Against = "against",
        /// 弃权
        Abstaining = "abstaining",
    }
);

/// The counts of one vote, as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Full members of the branch on the meeting's day.
    pub full_members: u32,
    /// Of them, left out of the due count with approval (long illness, abroad, …).
    pub excluded: u32,
    /// Full members due to attend who are present.
    pub present: u32,
    /// Full members due to attend, absent, whose written opinion is counted.
    pub written: u32,
    pub in_favour: u32,
    pub against: u32,
    pub abstaining: u32,
}

/// What the rules make of a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    /// 应到会有表决权的党员.
    pub due: u32,
    /// 实到会有表决权的党员.
    pub present: u32,
    /// More than half of those due are present: the vote may be held.
    pub quorum: bool,
    /// The quorum held and the votes in favour exceed half of those due.
    pub passed: bool,
    /// The rule that decided, in words (Chinese, as the minutes print it).
    pub reason: String,
}

/// A count that cannot be, with the rule it breaks (in words, for a 422).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Impossible {
    #[error(
        "{excluded} members are left out of the due count, but the branch has only {full_members} full members"
    )]
    MoreExcludedThanMembers { excluded: u32, full_members: u32 },
    #[error("{present} voting members are counted present, but only {due} are due to attend")]
    MorePresentThanDue { present: u32, due: u32 },
    #[error(
        "{written} written opinions are counted, but only {absent} members due to attend are absent (a written opinion counts for an absent member only)"
    )]
    MoreWrittenThanAbsent { written: u32, absent: u32 },
    #[error(
        "{votes} votes are counted, but only {voters} can vote: the voting members present and the written opinions"
    )]
    MoreVotesThanVoters { votes: u32, voters: u32 },
}

/// More than half of `of`: `n * 2 > of` (exactly half is not more than half).
pub fn more_than_half(n: u32, of: u32) -> bool {
    u64::from(n) * 2 > u64::from(of)
}

/// Judge a vote's count; a count that cannot be is refused with the rule it breaks.
pub fn judge(count: &Count) -> Result<Judgement, Impossible> {
    let Count {
        full_members,
        excluded,
        present,
        written,
        in_favour,
        against,
        abstaining,
    } = *count;
    let due = full_members
        .checked_sub(excluded)
        .ok_or(Impossible::MoreExcludedThanMembers {
            excluded,
            full_members,
        })?;
    let absent = due
        .checked_sub(present)
        .ok_or(Impossible::MorePresentThanDue { present, due })?;
    if written > absent {
        return Err(Impossible::MoreWrittenThanAbsent { written, absent });
    }
    let votes = u64::from(in_favour) + u64::from(against) + u64::from(abstaining);
    let voters = present + written;
    if votes > u64::from(voters) {
        return Err(Impossible::MoreVotesThanVoters {
            votes: u32::try_from(votes).unwrap_or(u32::MAX),
            voters,
        });
    }
    let quorum = due > 0 && more_than_half(present, due);
    let passed = quorum && more_than_half(in_favour, due);
    let left_out = if excluded > 0 {
        format!("（经批准不计入{excluded}人）")
    } else {
        String::new()
    };
    let attendance = format!("应到会有表决权的党员{due}人{left_out}，实到{present}人");
    let reason = if !quorum {
        format!("{attendance}，未超过应到会有表决权党员的半数，不能进行表决")
    } else {
        let written_note = if written > 0 {
            format!("（含书面意见{written}份）")
        } else {
            String::new()
        };
        let votes = format!("赞成{in_favour}票{written_note}、反对{against}票、弃权{abstaining}票");
        if passed {
            format!("{attendance}，超过半数；{votes}，赞成票超过应到会有表决权党员的半数，通过")
        } else {
            format!(
                "{attendance}，超过半数；{votes}，赞成票未超过应到会有表决权党员的半数（须至少{}票），未通过",
                due / 2 + 1
            )
        }
    };
    Ok(Judgement {
        due,
        present,
        quorum,
        passed,
        reason,
    })
}

/// A branch committee (支委会) may meet only with more than half of its members present.
pub fn committee_quorum(members: u32, present: u32) -> bool {
    members > 0 && more_than_half(present, members)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(full: u32, excluded: u32, present: u32, written: u32, votes: [u32; 3]) -> Count {
        Count {
            full_members: full,
            excluded,
            present,
            written,
            in_favour: votes[0],
            against: votes[1],
            abstaining: votes[2],
        }
    }

    #[test]
    fn the_counting_rule_at_its_edges() {
        // (case, count, quorum, passed)
        let cases = [
            (
                "a clear majority",
                count(12, 0, 10, 0, [9, 1, 0]),
                true,
                true,
            ),
            (
                "exactly half in favour does not pass",
                count(12, 0, 10, 0, [6, 3, 1]),
                true,
                false,
            ),
            (
                "one more than half passes",
                count(12, 0, 10, 0, [7, 3, 0]),
                true,
                true,
            ),
            (
                "half of those due, not of those present",
                count(12, 0, 7, 0, [6, 1, 0]),
                true,
                false,
            ),
            (
                "present exactly half: no quorum",
                count(12, 0, 6, 0, [6, 0, 0]),
                false,
                false,
            ),
            (
                "present one more than half: a quorum",
                count(12, 0, 7, 0, [7, 0, 0]),
                true,
                true,
            ),
            (
                "a written opinion pushes the count over",
                count(12, 0, 7, 1, [7, 0, 0]),
                true,
                true,
            ),
            (
                "written opinions do not make a quorum",
                count(12, 0, 6, 3, [9, 0, 0]),
                false,
                false,
            ),
            (
                "excluded members lower the due count",
                count(14, 2, 7, 0, [7, 0, 0]),
                true,
                true,
            ),
            (
                "without the exclusions the meeting cannot vote",
                count(14, 0, 7, 0, [7, 0, 0]),
                false,
                false,
            ),
            (
                "odd due count: half is not a whole vote",
                count(11, 0, 6, 0, [6, 0, 0]),
                true,
                true,
            ),
            (
                "odd due count, five of eleven",
                count(11, 0, 6, 0, [5, 1, 0]),
                true,
                false,
            ),
            ("nobody due", count(0, 0, 0, 0, [0, 0, 0]), false, false),
        ];
        for (case, count, quorum, passed) in cases {
            let judged = judge(&count).unwrap_or_else(|e| panic!("{case}: {e}"));
            assert_eq!(
                (judged.quorum, judged.passed),
                (quorum, passed),
                "{case}: {judged:?}"
            );
        }
    }

    #[test]
    fn counts_that_cannot_be_are_refused_with_their_rule() {
        assert!(matches!(
            judge(&count(5, 6, 0, 0, [0, 0, 0])),
            Err(Impossible::MoreExcludedThanMembers { .. })
        ));
        assert!(matches!(
            judge(&count(10, 2, 9, 0, [0, 0, 0])),
            Err(Impossible::MorePresentThanDue { present: 9, due: 8 })
        ));
        // Written opinions come from absent members only.
        assert!(matches!(
            judge(&count(10, 0, 9, 2, [0, 0, 0])),
            Err(Impossible::MoreWrittenThanAbsent {
                written: 2,
                absent: 1
            })
        ));
        // A probationary member counted as a voter shows as one vote too many.
        assert!(matches!(
            judge(&count(10, 0, 6, 1, [6, 1, 1])),
            Err(Impossible::MoreVotesThanVoters {
                votes: 8,
                voters: 7
            })
        ));
        let refusal = judge(&count(10, 0, 6, 1, [6, 1, 1]))
            .unwrap_err()
            .to_string();
        assert!(
            refusal.contains("8 votes") && refusal.contains("only 7"),
            "{refusal}"
        );
    }

    #[test]
    fn the_reason_says_the_rule_that_decided() {
        let passed = judge(&count(12, 1, 8, 1, [7, 1, 1])).unwrap();
        assert_eq!(
            passed.reason,
            "应到会有表决权的党员11人（经批准不计入1人），实到8人，超过半数；赞成7票（含书面意见1份）、反对1票、弃权1票，赞成票超过应到会有表决权党员的半数，通过"
        );
        let failed = judge(&count(12, 0, 10, 0, [6, 4, 0])).unwrap();
        assert!(
            failed.reason.ends_with("（须至少7票），未通过"),
            "{}",
            failed.reason
        );
        let no_quorum = judge(&count(12, 0, 6, 0, [6, 0, 0])).unwrap();
        assert!(
            no_quorum.reason.ends_with("不能进行表决"),
            "{}",
            no_quorum.reason
        );
    }

    #[test]
    fn a_committee_meets_with_more_than_half_of_its_members() {
        assert!(!committee_quorum(5, 2));
        assert!(committee_quorum(5, 3));
        assert!(!committee_quorum(4, 2));
        assert!(committee_quorum(4, 3));
        assert!(!committee_quorum(0, 0));
    }
}
