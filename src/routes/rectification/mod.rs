//! Rectification items (整改事项): a problem found, the measure to fix it, an owner and a
//! deadline, followed from `open` through `in_progress` and `submitted` until someone other
//! than the owner verifies it (销号) — or returns it.

use utoipa_actix_web::service_config::ServiceConfig;

mod items;
mod lifecycle;
mod records;

pub use records::{
    CreateItem, Decision, ItemQuery, ItemStatus, MAX_ITEMS_PER_MEETING, MAX_TEXT_CHARS, NewUpdate,
    OWNER_PATTERN, PROGRESS_PERCENT, ProgressUpdate, RectificationItem, TAG, UpdateItem,
};

pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(items::create_item)
        .service(items::list_items)
        .service(items::get_item)
        .service(items::update_item)
        .service(lifecycle::add_update)
        .service(lifecycle::list_updates)
        .service(lifecycle::submit_item)
        .service(lifecycle::verify_item)
        .service(lifecycle::return_item)
        .service(items::carry_over);
}
