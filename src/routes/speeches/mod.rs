//! Speeches: what one person said at a meeting, in order. Positions run 1..n without gaps;
//! inserting, moving or deleting one shifts the others in the same transaction.

use utoipa_actix_web::service_config::ServiceConfig;

mod handlers;
mod records;

pub use records::{
    CreateSpeech, MAX_CONTENT_CHARS, MAX_MEETING_CHARS, MAX_MEETING_LINES,
    MAX_SPEECHES_PER_MEETING, MAX_TITLE_CHARS, Speaker, Speech, SpeechKind, SpeechQuery, TAG,
    UpdateSpeech,
};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(handlers::create_speech)
        .service(handlers::list_speeches)
        .service(handlers::list_speakers)
        .service(handlers::get_speech)
        .service(handlers::update_speech)
        .service(handlers::delete_speech);
}
