//! minutebook: a REST backend for the records of Party branch meetings.

pub mod admin;
pub mod audit;
pub mod auth;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod edge;
pub mod error;
pub mod export;
pub mod jobs;
pub mod openapi;
pub mod routes;
pub mod search;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;

/// The migrations in `migrations/`, embedded in the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();
