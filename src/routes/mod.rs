//! One file per resource; each has a `configure` that registers its handlers.

pub mod attachments;
pub mod attendance;
pub mod audit_events;
pub mod auth;
pub mod calendar;
pub mod committee;
pub mod decisions;
pub mod exports;
pub mod list;
pub mod me;
pub mod meetings;
pub mod members;
pub mod notifications;
pub mod operations;
pub mod org_units;
pub mod people;
pub mod rectification;
pub mod reports;
pub mod search;
pub mod speeches;
pub mod users;
pub mod verification;
pub mod versioning;
pub mod webhooks;

use utoipa_actix_web::scope;
use utoipa_actix_web::service_config::ServiceConfig;

/// The enums stored as text, with the table and column whose CHECK constraint must name
/// exactly their values: the Rust enum is the source, a test holds the schema to it.
pub const STORED_ENUMS: &[(&str, &str, &[&str])] = &[
    ("org_units", "kind", crate::domain::OrgUnitKind::VALUES),
    ("memberships", "role", crate::auth::Role::VALUES),
    ("people", "kind", crate::store::people::PersonKind::VALUES),
    (
        "meetings",
        "kind",
        crate::domain::meeting::MeetingKind::VALUES,
    ),
    (
        "meetings",
        "status",
        crate::domain::meeting::MeetingStatus::VALUES,
    ),
    ("attendance", "status", attendance::AttendanceStatus::VALUES),
    ("speeches", "kind", speeches::SpeechKind::VALUES),
    (
        "rectification_items",
        "status",
        rectification::ItemStatus::VALUES,
    ),
    (
        "meeting_rules",
        "kind",
        crate::domain::meeting::MeetingKind::VALUES,
    ),
    (
        "meeting_rules",
        "applies_to",
        crate::domain::OrgUnitKind::VALUES,
    ),
    ("meeting_rules", "period", reports::RulePeriod::VALUES),
    (
        "notifications",
        "kind",
        crate::domain::notification::NotificationKind::VALUES,
    ),
    (
        "notifications",
        "entity_type",
        notifications::NotifiedRecord::VALUES,
    ),
    ("webhooks", "kind", webhooks::WebhookKind::VALUES),
    ("attachments", "kind", attachments::AttachmentKind::VALUES),
    ("deliveries", "status", webhooks::DeliveryStatus::VALUES),
    (
        "standing_changes",
        "standing",
        crate::domain::standing::PartyStanding::VALUES,
    ),
    (
        "committee_members",
        "post",
        crate::domain::standing::CommitteePost::VALUES,
    ),
    (
        "decisions",
        "kind",
        crate::domain::vote::DecisionKind::VALUES,
    ),
    (
        "decisions",
        "method",
        crate::domain::vote::VotingMethod::VALUES,
    ),
    (
        "decision_opinions",
        "vote",
        crate::domain::vote::Vote::VALUES,
    ),
    ("decision_votes", "vote", crate::domain::vote::Vote::VALUES),
];

/// The prefix of the API proper.
pub const API_PREFIX: &str = "/api/v1";

/// Every route of the service. The OpenAPI document is collected from exactly these.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.configure(operations::configure)
        .configure(calendar::configure_feed)
        .service(
            scope::scope(API_PREFIX)
                .configure(auth::configure)
                .configure(me::configure)
                .configure(notifications::configure)
                .configure(webhooks::configure)
                .configure(org_units::configure)
                .configure(committee::configure)
                .configure(members::configure)
                .configure(users::configure)
                .configure(people::configure)
                .configure(meetings::configure)
                .configure(attendance::configure)
                .configure(speeches::configure)
                .configure(decisions::configure)
                .configure(audit_events::configure)
                .configure(verification::configure)
                .configure(rectification::configure)
                .configure(reports::configure)
                .configure(search::configure)
                .configure(exports::configure)
                .configure(attachments::configure)
                .configure(calendar::configure_api),
        );
}
