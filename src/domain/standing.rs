//! A person's party standing (政治面貌) and posts on the branch committee (issue 17).

crate::text_enum!(
    /// Party standing on a day. Only a full member votes (Party Constitution Art. 7).
    PartyStanding {
        /// 正式党员
        FullMember = "full_member",
        /// 预备党员 (probation starts on the change's `effective_on`)
        ProbationaryMember = "probationary_member",
        /// 发展对象
        DevelopmentCandidate = "development_candidate",
        /// 入党积极分子
        Activist = "activist",
        /// 非党员 (also: no longer a member of the branch)
        NonMember = "non_member",
    }
);

impl PartyStanding {
    /// As the minutes and reports print it.
    pub fn label(self) -> &'static str {
        match self {
            PartyStanding::FullMember => "正式党员",
            PartyStanding::ProbationaryMember => "预备党员",
            PartyStanding::DevelopmentCandidate => "发展对象",
            PartyStanding::Activist => "入党积极分子",
            PartyStanding::NonMember => "非党员",
        }
    }

    /// A party member of the branch (full or probationary): counted in 应到/实到.
    pub fn is_member(self) -> bool {
        matches!(
            self,
            PartyStanding::FullMember | PartyStanding::ProbationaryMember
        )
    }
}

crate::text_enum!(
    /// A post on the branch committee (支部委员会).
    CommitteePost {
        /// 书记
        Secretary = "secretary",
        /// 副书记
        DeputySecretary = "deputy_secretary",
        /// 组织委员
        Organization = "organization",
        /// 宣传委员
        Publicity = "publicity",
        /// 纪检委员
        Discipline = "discipline",
        /// 青年委员
        Youth = "youth",
        /// 妇女委员
        Women = "women",
        /// 委员
        Member = "member",
    }
);

impl CommitteePost {
    pub fn label(self) -> &'static str {
        match self {
            CommitteePost::Secretary => "书记",
            CommitteePost::DeputySecretary => "副书记",
            CommitteePost::Organization => "组织委员",
            CommitteePost::Publicity => "宣传委员",
            CommitteePost::Discipline => "纪检委员",
            CommitteePost::Youth => "青年委员",
            CommitteePost::Women => "妇女委员",
            CommitteePost::Member => "委员",
        }
    }
}

/// A branch with fewer than this many full members has no committee, only a secretary
/// (支部工作条例 Art. 8).
pub const COMMITTEE_FROM_FULL_MEMBERS: u32 = 7;
