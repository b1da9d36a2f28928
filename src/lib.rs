//! minutebook: a REST backend for the records of Party branch meetings.
//!
//! The modules are layers, and dependencies run one way, from the top of this list down
//! (checked by `.ci/layers.py`; README, "Layout"):
//!
//! - [`cli`] — the commands; above everything. [`admin`], [`config`], [`demo`], [`telemetry`]
//!   serve the commands: administrators, settings, demo data, logs.
//! - HTTP: [`startup`], [`state`], [`edge`], [`bearer`], [`openapi`], [`routes`] — the
//!   application, what handlers share, the checks every request passes, the caller from its
//!   bearer token, the document, one module per resource; [`webapp`] serves the web client's
//!   files. A resource never uses another one.
//! - [`jobs`] — background work (housekeeping, sealing the audit trail, the day's reminders);
//!   uses the store, never HTTP.
//! - [`store`] — per aggregate: the record, its SQL, its lookups within a caller's reach.
//! - [`auth`], [`audit`], [`notify`], [`seal`], [`search`], [`export`] — reach and roles,
//!   tokens and passwords; notifications, written with the change they report; the audit
//!   trail and its seals, checkpoints, record digests and verification;
//!   the search index; minutes documents.
//! - [`storage`] — attachments' bytes, on the local disk or an S3-compatible store;
//!   knows nothing else of the crate.
//! - [`error`], [`db`] — the one error type; the pool and the local cluster.
//! - [`domain`] — enums, pure state machines, input that parses once; knows nothing else.

pub mod admin;
pub mod audit;
pub mod auth;
pub mod bearer;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod edge;
pub mod error;
pub mod export;
pub mod jobs;
pub mod mail;
pub mod notify;
pub mod openapi;
pub mod roster;
pub mod routes;
pub mod seal;
pub mod search;
pub mod startup;
pub mod state;
pub mod storage;
pub mod store;
pub mod telemetry;
pub mod webapp;
pub mod webhook;

/// The migrations in `migrations/`, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();
