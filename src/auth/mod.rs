//! Authentication: password hashing now; tokens and the access module arrive with accounts.

pub mod password;
