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

/// The records of one branch: its people and a held meeting with attendance and speeches.
#[derive(Debug, Clone)]
pub struct BranchRecords {
    pub unit: String,
    /// The secretary's person record (linked to its account).
    pub secretary_person: String,
    pub member_person: String,
    /// A visiting leader registered as a guest of the branch.
    pub guest: String,
    pub meeting: String,
    /// The guest's remarks (the sample speech), at position 1.
    pub speech: String,
}

impl BranchRecords {
    pub async fn build(
        app: &TestApp,
        secretary: &Actor,
        member: &Actor,
        unit: &str,
    ) -> BranchRecords {
        let token = &secretary.token;
        let person = |body: serde_json::Value| async move {
            id_of(&json_of(app.create_person(token, &body).await, 201).await)
        };
        let secretary_person = person(json!({"org_unit_id": unit, "name": "王书记", "title": "支部书记", "kind": "member", "user_id": secretary.id})).await;
        let member_person = person(
            json!({"org_unit_id": unit, "name": "李党员", "kind": "member", "user_id": member.id}),
        )
        .await;
        let guest = person(
            json!({"org_unit_id": unit, "name": "张市长", "title": "市长", "kind": "guest"}),
        )
        .await;
        let meeting = id_of(&json_of(app.create_meeting(token, &json!({
            "org_unit_id": unit, "kind": "organizational_life", "title": "2026年度组织生活会",
            "starts_at": "2026-11-20T01:30:00Z", "location": "三楼会议室",
            "host_id": secretary_person, "recorder_id": member_person,
            "agenda": ["通报整改落实情况", "个人对照检查", "相互批评"]
        })).await, 201).await);
        json_of(
            app.put_attendance(
                token,
                &meeting,
                &json!([
                    {"person_id": secretary_person, "status": "present"},
                    {"person_id": member_person, "status": "present"},
                    {"person_id": guest, "status": "present"},
                ]),
            )
            .await,
            200,
        )
        .await;
        let speech = id_of(&json_of(app.create_speech(token, &meeting, &json!({
            "speaker_id": guest, "kind": "remarks", "title": "在市政府办机关第一党支部组织生活会上的讲话",
            "content": crate::helpers::SAMPLE_SPEECH
        })).await, 201).await);
        json_of(app.create_speech(token, &meeting, &json!({
            "speaker_id": member_person, "kind": "self_criticism", "content": "一、存在的问题\n学习不够深入。"
        })).await, 201).await;
        json_of(app.create_speech(token, &meeting, &json!({
            "speaker_id": secretary_person, "kind": "criticism", "target_person_id": member_person,
            "content": "希望李党员加强理论学习。"
        })).await, 201).await;
        BranchRecords {
            unit: unit.to_owned(),
            secretary_person,
            member_person,
            guest,
            meeting,
            speech,
        }
    }
}
