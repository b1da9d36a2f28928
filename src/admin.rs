//! Administrator accounts: the `create-admin` command and the first start on an empty database.

use anyhow::{Context, bail};
use rand::distr::{Alphanumeric, SampleString};
use sqlx::PgPool;
use std::io::Write;
use uuid::Uuid;

use crate::auth::password;
use crate::domain::{Password, Username};

/// The account created on the first start of an empty database.
pub const FIRST_ADMIN: &str = "admin";
const GENERATED_PASSWORD_CHARS: usize = 24;

/// Create an administrator; refuses if the username is taken (whatever its case).
pub async fn create_admin(
    pool: &PgPool,
    username: &Username,
    display_name: &str,
    password: &Password,
) -> anyhow::Result<Uuid> {
    let hash = password::hash(password).await?;
    let id = insert_admin(pool, username, display_name, &hash).await?;
    match id {
        Some(id) => Ok(id),
        None => bail!("a user named {username} already exists"),
    }
}

/// On an empty database, create `admin` with `password`, or with a random password that is
/// printed once to stderr. Several instances starting at once create it only once.
pub async fn create_first_admin(pool: &PgPool, password: Option<Password>) -> anyhow::Result<()> {
    let any_user: bool = sqlx::query_scalar!(r#"select exists (select 1 from users) as "exists!""#)
        .fetch_one(pool)
        .await
        .context("checking for existing users")?;
    if any_user {
        return Ok(());
    }
    let (password, generated) = match password {
        Some(p) => (p, false),
        None => {
            let raw = Alphanumeric.sample_string(&mut rand::rng(), GENERATED_PASSWORD_CHARS);
            (Password::parse(raw).map_err(anyhow::Error::msg)?, true)
        }
    };
    let username = Username::parse(FIRST_ADMIN).map_err(anyhow::Error::msg)?;
    let hash = password::hash(&password).await?;
    let created = insert_admin(pool, &username, "Administrator", &hash).await?;
    if created.is_some() {
        tracing::info!(username = FIRST_ADMIN, "created the first administrator");
        if generated {
            // A closed stderr loses the line; it must not stop the service from starting.
            let _ = writeln!(
                std::io::stderr(),
                "minutebook: created user `{FIRST_ADMIN}` with password {}  (shown once; change it after logging in)",
                password.expose()
            );
        }
    }
    Ok(())
}

/// Insert an administrator unless the username is taken; `None` when it was.
async fn insert_admin(
    pool: &PgPool,
    username: &Username,
    display_name: &str,
    password_hash: &str,
) -> anyhow::Result<Option<Uuid>> {
    let id = sqlx::query_scalar!(
        "insert into users (id, username, display_name, password_hash, is_admin)
         values ($1, $2, $3, $4, true)
         on conflict (lower(username)) do nothing
         returning id",
        Uuid::now_v7(),
        username.as_str(),
        display_name,
        password_hash
    )
    .fetch_optional(pool)
    .await
    .context("creating the administrator")?;
    Ok(id)
}
