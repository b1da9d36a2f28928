//! A small organisation to test access against: one committee with two branches, each with a
//! secretary and a member, and a reviewer at the committee. Later resources add their own
//! records to it and their endpoints to the cross-branch matrix.

use minutebook::domain::{Password, Username};
use serde_json::json;

use crate::helpers::{TestApp, id_of, json_of};

pub const PASSWORD: &str = "a shared test passphrase";

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub username: String,
    pub token: String,
    pub refresh_token: String,
}

pub struct World {
    pub admin: Actor,
    pub committee: String,
    pub branch_a: String,
    pub branch_b: String,
    pub secretary_a: Actor,
    pub member_a: Actor,
    pub secretary_b: Actor,
    pub member_b: Actor,
    /// Reviewer at the committee: reaches both branches.
    pub reviewer: Actor,
}

impl World {
    pub async fn build(app: &TestApp) -> World {
        let admin_id = minutebook::admin::create_admin(
            &app.pool,
            &Username::parse("root").unwrap(),
            "Root",
            &Password::parse(PASSWORD.into()).unwrap(),
        )
        .await
        .unwrap();
        let admin = actor(app, admin_id.to_string(), "root").await;
        let unit = |name: &'static str, kind: &'static str, parent: Option<String>| {
            let token = admin.token.clone();
            async move {
                let body = json!({"name": name, "kind": kind, "parent_id": parent});
                id_of(&json_of(app.create_org_unit(&token, &body).await, 201).await)
            }
        };
        let committee = unit("市直机关党委", "committee", None).await;
        let branch_a = unit("第一党支部", "branch", Some(committee.clone())).await;
        let branch_b = unit("第二党支部", "branch", Some(committee.clone())).await;
        let user =
            |username: &'static str, name: &'static str, unit: String, role: &'static str| {
                let token = admin.token.clone();
                async move {
                    let body = json!({
                        "username": username, "display_name": name, "password": PASSWORD,
                        "org_unit_id": unit, "role": role
                    });
                    let id = id_of(&json_of(app.create_user(&token, &body).await, 201).await);
                    actor(app, id, username).await
                }
            };
        World {
            secretary_a: user("secretary.a", "王书记", branch_a.clone(), "secretary").await,
            member_a: user("member.a", "李党员", branch_a.clone(), "member").await,
            secretary_b: user("secretary.b", "赵书记", branch_b.clone(), "secretary").await,
            member_b: user("member.b", "钱党员", branch_b.clone(), "member").await,
            reviewer: user("reviewer", "孙督导", committee.clone(), "reviewer").await,
            admin,
            committee,
            branch_a,
            branch_b,
        }
    }
}

async fn actor(app: &TestApp, id: String, username: &str) -> Actor {
    let tokens = app.login_ok(username, PASSWORD).await;
    Actor {
        id,
        username: username.to_owned(),
        token: tokens.access_token,
        refresh_token: tokens.refresh_token,
    }
}
