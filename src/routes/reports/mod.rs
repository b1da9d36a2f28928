//! Reports for secretaries and reviewers: rectification, 三会一课 compliance, the criticism
//! matrix of a life meeting, the admissions voted in a year, and the ledgers (台账) as
//! spreadsheets.

mod admissions;
mod committee_terms;
mod compliance;
mod criticism;
mod ledgers;
mod rectification;
mod tag;

pub use compliance::{MAX_DESCRIPTION_CHARS, MIN_MEETINGS, RulePeriod, YEARS};
pub use tag::TAG;

use utoipa_actix_web::service_config::ServiceConfig;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(rectification::rectification_report)
        .service(criticism::criticism_matrix)
        .service(compliance::meeting_compliance)
        .service(committee_terms::committee_term_report)
        .service(compliance::list_rules)
        .service(compliance::put_rule)
        .service(admissions::admissions_report)
        .service(ledgers::rectification_ledger)
        .service(ledgers::meeting_ledger);
}
