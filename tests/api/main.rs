//! Integration tests: the real HTTP app, the real binary, a real PostgreSQL.

mod cli;
mod errors;
mod health;
mod helpers;
mod openapi;
