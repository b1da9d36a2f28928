//! Access tokens: HS256 JWTs keyed with the UTF-8 bytes of `MINUTEBOOK_JWT_SECRET`, so other
//! services holding the secret can verify them.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::config::JwtSecret;

pub const ISSUER: &str = "minutebook";
pub const AUDIENCE: &str = "minutebook-api";
/// The type claim: refresh tokens are opaque, but the check keeps any other JWT signed with
/// the same secret (by a sibling service, say) from passing as an access token.
pub const ACCESS_TOKEN_TYPE: &str = "access";
/// Lifetime of an access token, in seconds.
pub const ACCESS_TOKEN_SECONDS: i64 = 15 * 60;
/// Clock skew tolerated on `exp`, in seconds.
const LEEWAY_SECONDS: u64 = 5;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// The user id.
    pub sub: Uuid,
    pub exp: i64,
    pub iat: i64,
    pub typ: String,
    /// The user's token generation when issued; a token of an older one is refused.
    pub generation: i32,
}

pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
}

impl Keys {
    pub fn new(secret: &JwtSecret) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = LEEWAY_SECONDS;
        Keys {
            encoding: EncodingKey::from_secret(secret.as_bytes()),
            decoding: DecodingKey::from_secret(secret.as_bytes()),
            validation,
        }
    }

    /// A fresh access token for `user_id` at its current token `generation`.
    pub fn issue(&self, user_id: Uuid, generation: i32) -> anyhow::Result<String> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            sub: user_id,
            exp: now + ACCESS_TOKEN_SECONDS,
            iat: now,
            typ: ACCESS_TOKEN_TYPE.into(),
            generation,
        };
        Ok(jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &self.encoding,
        )?)
    }

    /// The claims of a valid access token; `None` for anything else (the reason goes to the
    /// debug log only: clients learn nothing from it).
    pub fn verify(&self, token: &str) -> Option<Claims> {
        match jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation) {
            Ok(data) if data.claims.typ == ACCESS_TOKEN_TYPE => Some(data.claims),
            Ok(_) => {
                tracing::debug!("refused a token of another type");
                None
            }
            Err(e) => {
                tracing::debug!(error = %e, "refused a token");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::new(&JwtSecret::parse("0123456789abcdef0123456789abcdef").unwrap())
    }

    #[test]
    fn issued_tokens_verify() {
        let keys = keys();
        let id = Uuid::now_v7();
        let claims = keys.verify(&keys.issue(id, 0).unwrap()).unwrap();
        assert_eq!(claims.sub, id);
        assert_eq!(claims.exp - claims.iat, ACCESS_TOKEN_SECONDS);
    }

    #[test]
    fn tokens_from_another_secret_fail() {
        let other = Keys::new(&JwtSecret::parse("another secret of at least 32 bytes!").unwrap());
        assert!(
            keys()
                .verify(&other.issue(Uuid::now_v7(), 0).unwrap())
                .is_none()
        );
    }
}
