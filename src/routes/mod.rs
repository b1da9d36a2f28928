//! One file per resource; each has a `configure` that registers its handlers.

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
    };
}

pub mod attendance;
pub mod audit_events;
pub mod auth;
pub mod calendar;
pub mod exports;
pub mod health;
pub mod list;
pub mod me;
pub mod meetings;
pub mod members;
pub mod metrics;
pub mod org_units;
pub mod people;
pub mod rectification;
pub mod reports;
pub mod search;
pub mod speeches;
pub mod users;
pub mod versioning;

use utoipa_actix_web::scope;
use utoipa_actix_web::service_config::ServiceConfig;

/// The prefix of the API proper.
pub const API_PREFIX: &str = "/api/v1";

/// Every route of the service. The OpenAPI document is collected from exactly these.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.configure(health::configure)
        .configure(metrics::configure)
        .configure(calendar::configure_feed)
        .service(
            scope::scope(API_PREFIX)
                .configure(auth::configure)
                .configure(me::configure)
                .configure(org_units::configure)
                .configure(members::configure)
                .configure(users::configure)
                .configure(people::configure)
                .configure(meetings::configure)
                .configure(attendance::configure)
                .configure(speeches::configure)
                .configure(audit_events::configure)
                .configure(rectification::configure)
                .configure(reports::configure)
                .configure(search::configure)
                .configure(exports::configure)
                .configure(calendar::configure_api),
        );
}
