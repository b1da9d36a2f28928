//! Types that parse client or operator input once, so the rest of the code can trust them, and
//! the status moves of meetings and rectification items as pure functions.

/// Declares a string enum stored as text: serde and OpenAPI names in snake_case, and the
/// conversions to and from the column.
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, as stored; the database's CHECK on the column names the same
            /// (`routes::STORED_ENUMS`, checked by a test). Not every enum is stored.
            #[allow(dead_code)]
            pub const VALUES: &'static [&'static str] = &[$($text),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(raw: String) -> std::result::Result<Self, String> {
                match raw.as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(format!("unknown {} {raw}", stringify!($name))),
                }
            }
        }
        // Read from a text column, also by sqlx's checked queries (`kind as "kind: …"`).
        impl sqlx::Type<sqlx::Postgres> for $name {
            fn type_info() -> sqlx::postgres::PgTypeInfo {
                <String as sqlx::Type<sqlx::Postgres>>::type_info()
            }
            fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Postgres>>::compatible(ty)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Postgres> for $name {
            fn decode(
                value: sqlx::postgres::PgValueRef<'r>,
            ) -> std::result::Result<Self, sqlx::error::BoxDynError> {
                let raw = <String as sqlx::Decode<sqlx::Postgres>>::decode(value)?;
                Ok(Self::try_from(raw)?)
            }
        }
    };
}

pub mod committee;
pub mod email;
pub mod late_entry;
pub mod meeting;
pub mod notification;
mod number;
mod org_unit;
pub mod outline;
mod password;
pub mod rectification;
pub mod speech;
pub mod standing;
mod text;
mod username;
pub mod vote;

use std::fmt;

pub use number::{optional_whole, whole};
pub use org_unit::OrgUnitKind;
pub use password::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, Password};
pub use text::{
    EXACT_LONG_TEXT_PATTERN, LONG_TEXT_PATTERN, NOT_BLANK_PATTERN, ONE_LINE_PATTERN,
    check_long_text, long_lines, one_line, required_long_text, required_text,
};
pub use username::{MAX_USERNAME_CHARS, MIN_USERNAME_CHARS, USERNAME_PATTERN, Username};

/// A status move refused, as a sentence a person can act on: "an in_progress item cannot be
/// verified; only a submitted item can be". `allowed` are the statuses the move leaves.
fn refused_move(thing: &str, status: &str, done: &str, allowed: &[&str]) -> String {
    let mut message = format!("{} {status} {thing} cannot be {done}", article(status));
    if let Some((first, rest)) = allowed.split_first() {
        let mut which = format!("{} {first}", article(first));
        if let Some((last, middle)) = rest.split_last() {
            for status in middle {
                which.push_str(&format!(", {status}"));
            }
            which.push_str(&format!(" or {last}"));
        }
        message.push_str(&format!("; only {which} {thing} can be"));
    }
    message
}

/// "a" or "an" before a lower-case status word (they all sound as they are spelt).
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Input that breaks a rule: the field (a JSON pointer such as `/title`) and what is wrong.
/// The HTTP layer answers it as a 422; the domain knows nothing of that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub field: String,
    pub message: String,
}

impl Invalid {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        Invalid {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for Invalid {}
