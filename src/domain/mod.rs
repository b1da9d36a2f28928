//! Types that parse client or operator input once, so the rest of the code can trust them, and
//! the status moves of meetings and rectification items as pure functions.

pub mod meeting;
pub mod outline;
mod password;
pub mod rectification;
mod text;
mod username;

pub use password::Password;
pub use text::{check_long_text, long_lines, one_line, required_long_text, required_text};
pub use username::Username;
