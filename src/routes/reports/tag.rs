//! The group of the reports in the API document.

pub const TAG: &str = "reports";
