//! The data layer: one module per aggregate, with its SQL and its lookups within a caller's
//! reach. Handlers of every resource (and the exports) look records up here, never in each
//! other. Knows no HTTP.

pub mod attachments;
pub mod committee;
pub mod decisions;
pub mod idempotency;
pub mod meetings;
pub mod people;
pub mod rectification;
pub mod speeches;
pub mod users;
pub mod votes;
