//! Authentication and authorisation: passwords, tokens, login throttling, and the access
//! module that decides reach.

pub mod access;
pub mod accounts;
pub mod caller;
pub mod jwt;
pub mod password;
pub mod refresh;
pub mod throttle;

pub use access::{Permission, Role};
pub use caller::{AccountHolder, AuthUser};
