//! Background work of every instance, started with the server and stopped with it. A job
//! uses the store and the domain, never the HTTP layer; any number of instances may run it
//! (what one does twice is harmless, or it is claimed with `FOR UPDATE SKIP LOCKED`).

pub mod accounts;
pub mod deliveries;
pub mod housekeeping;
pub mod reminders;
pub mod seal;
