//! People: the members and guests of a unit who attend meetings and speak (a visiting leader
//! with a `title` such as 市长), optionally linked to a user account; registered one by one or
//! imported from the unit's member list.

use utoipa_actix_web::service_config::ServiceConfig;

mod handlers;
mod import;
mod standing;

pub use handlers::{MAX_NAME_CHARS, MAX_TITLE_CHARS};
pub use standing::MAX_NOTE_CHARS as MAX_STANDING_NOTE_CHARS;

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(handlers::create_person)
        .service(handlers::list_people)
        .service(handlers::get_person)
        .service(handlers::update_person)
        .service(handlers::delete_person)
        .service(import::import_people)
        .service(standing::get_standing)
        .service(standing::record_standing);
}
