//! Meetings: one sitting of a unit, from `scheduled` through `held` to `finalized` (or
//! `cancelled`). Once finalized, the meeting, its attendance and its speeches are read-only.

use utoipa_actix_web::service_config::ServiceConfig;

mod handlers;
mod records;

pub use records::{
    CreateMeeting, MAX_AGENDA_ITEM_CHARS, MAX_AGENDA_ITEMS, MAX_LOCATION_CHARS, MAX_SUMMARY_CHARS,
    MAX_TITLE_CHARS, MeetingQuery, REPORTING_YEARS, TAG, UpdateMeeting,
};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(handlers::create_meeting)
        .service(handlers::list_meetings)
        .service(handlers::get_meeting)
        .service(handlers::update_meeting)
        .service(handlers::delete_meeting)
        .service(handlers::finalize_meeting);
}
