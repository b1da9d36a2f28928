//! Integration tests: the real HTTP app, the real binary, a real PostgreSQL.

mod access_matrix;
mod auth;
mod cli;
mod errors;
mod health;
mod helpers;
mod openapi;
mod org_units;
mod users;
mod world;
