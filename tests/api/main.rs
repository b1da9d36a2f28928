//! Integration tests: the real HTTP app, the real binary, a real PostgreSQL.

mod access_matrix;
mod audit;
mod auth;
mod cli;
mod contract;
mod cors;
mod errors;
mod exports;
mod health;
mod helpers;
mod instances;
mod meetings;
mod openapi;
mod org_units;
mod people;
mod record_integrity;
mod rectification;
mod reports;
mod schema;
mod search;
mod speeches;
mod users;
mod webapp;
mod world;
