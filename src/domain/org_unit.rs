//! Org units: the levels of the Party organisation.

crate::text_enum!(
    /// The level of a unit.
    OrgUnitKind {
        /// 党委 / 党总支
        Committee = "committee",
        /// 党支部
        Branch = "branch",
        /// 党小组
        Group = "group",
    }
);
