use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use futures_util::future::join_all;
use jsonwebtoken::{EncodingKey, Header, encode};
use serde_json::{Value, json};

use crate::helpers::{TEST_JWT_SECRET, TestApp, assert_problem, json_of};
use crate::world::{PASSWORD, World};

#[tokio::test]
async fn login_returns_a_working_token_pair() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let tokens = app.login_ok("Member.A", PASSWORD).await; // usernames ignore case
    assert_eq!(tokens.token_type, "Bearer");
    assert_eq!(tokens.expires_in, 900);
    assert_eq!(
        URL_SAFE_NO_PAD.decode(&tokens.refresh_token).unwrap().len(),
        32
    );

    let me = json_of(app.me(&tokens.access_token).await, 200).await;
    assert_eq!(me["id"], w.member_a.id);
    assert_eq!(me["username"], "member.a");
    assert_eq!(me["is_admin"], false);
    assert_eq!(
        me["memberships"],
        json!([{"org_unit_id": w.branch_a, "org_unit_name": "第一党支部", "role": "member"}])
    );
}

#[tokio::test]
async fn an_unknown_user_and_a_wrong_password_get_the_same_answer() {
    let app = TestApp::spawn().await;
    World::build(&app).await;
    let wrong = app.login("member.a", "not the password at all").await;
    assert_eq!(wrong.headers()["www-authenticate"], "Bearer");
    let wrong = assert_problem(wrong, 401).await;
    let unknown = assert_problem(
        app.login("nobody.here", "not the password at all").await,
        401,
    )
    .await;
    assert_eq!(wrong, unknown);
    // Malformed bodies are refused before any password work.
    assert_problem(
        app.request(
            reqwest::Method::POST,
            "/api/v1/auth/login",
            None,
            Some(&json!({"username": "member.a"})),
        )
        .await,
        422,
    )
    .await;
}

/// A token of `claims`, signed with `secret`.
fn forge(claims: &Value, secret: &str) -> String {
    encode(
        &Header::default(),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

fn claims_for(user: &str) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({
        "iss": "minutebook", "aud": "minutebook-api", "sub": user,
        "iat": now, "exp": now + 600, "typ": "access", "generation": 0
    })
}

#[tokio::test]
async fn every_token_attack_is_refused_with_401() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let good = claims_for(&w.member_a.id);
    // Sanity: the forger makes tokens the service accepts, so each refusal below is the
    // service's doing.
    assert_eq!(app.me(&forge(&good, TEST_JWT_SECRET)).await.status(), 200);

    let with = |key: &str, value: Value| {
        let mut claims = good.clone();
        claims[key] = value;
        forge(&claims, TEST_JWT_SECRET)
    };
    let without = |key: &str| {
        let mut claims = good.clone();
        claims.as_object_mut().unwrap().remove(key);
        forge(&claims, TEST_JWT_SECRET)
    };
    let now = chrono::Utc::now().timestamp();
    let header_none = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&good).unwrap());
    let cases: Vec<(&str, Option<String>)> = vec![
        ("no token", None),
        ("garbage", Some("not-a-jwt".into())),
        ("empty", Some(String::new())),
        ("alg none", Some(format!("{header_none}.{payload}."))),
        (
            "wrongly signed",
            Some(forge(&good, "another secret that is at least 32 bytes")),
        ),
        ("expired", Some(with("exp", json!(now - 60)))),
        ("wrong audience", Some(with("aud", json!("another-api")))),
        ("wrong issuer", Some(with("iss", json!("someone-else")))),
        ("no audience", Some(without("aud"))),
        ("no issuer", Some(without("iss"))),
        ("no subject", Some(without("sub"))),
        ("no expiry", Some(without("exp"))),
        ("another type", Some(with("typ", json!("refresh")))),
        ("no type", Some(without("typ"))),
        (
            "unknown user",
            Some(with("sub", json!(uuid::Uuid::now_v7().to_string()))),
        ),
        ("old generation", Some(with("generation", json!(-1)))),
        (
            "refresh token as bearer",
            Some(w.member_a.refresh_token.clone()),
        ),
    ];
    for (case, token) in cases {
        let mut request = app.client.get(app.url("/api/v1/me"));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 401, "{case}");
        assert_eq!(response.headers()["www-authenticate"], "Bearer", "{case}");
        assert_problem(response, 401).await;
    }
    // A scheme other than Bearer.
    let basic = app
        .client
        .get(app.url("/api/v1/me"))
        .basic_auth("member.a", Some(PASSWORD))
        .send()
        .await
        .unwrap();
    assert_problem(basic, 401).await;
}

#[tokio::test]
async fn refresh_rotates_and_reuse_revokes_the_chain() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let first = w.member_a.refresh_token.clone();
    let second = json_of(app.refresh(&first).await, 200).await;
    let second_refresh = second["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(second_refresh, first);
    assert_eq!(
        app.me(second["access_token"].as_str().unwrap())
            .await
            .status(),
        200
    );

    // The spent token again: refused, and the whole chain with it.
    assert_problem(app.refresh(&first).await, 401).await;
    assert_problem(app.refresh(&second_refresh).await, 401).await;

    // Another login of the same user is a separate chain and still works.
    let other = app.login_ok("member.a", PASSWORD).await;
    assert_eq!(app.refresh(&other.refresh_token).await.status(), 200);
    assert_problem(app.refresh("made-up-token").await, 401).await;
}

#[tokio::test]
async fn logout_ends_the_chain() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    assert_eq!(app.logout(&w.member_a.refresh_token).await.status(), 204);
    assert_problem(app.refresh(&w.member_a.refresh_token).await, 401).await;
    // Unknown tokens answer the same.
    assert_eq!(app.logout("never-issued").await.status(), 204);
}

#[tokio::test]
async fn changing_the_password_ends_every_login() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let second_login = app.login_ok("member.a", PASSWORD).await;
    let new_password = "a brand new passphrase";

    let wrong = assert_problem(
        app.change_password(&w.member_a.token, "not my password!", new_password)
            .await,
        422,
    )
    .await;
    assert_eq!(wrong["errors"][0]["field"], "/current_password");
    let weak = assert_problem(
        app.change_password(&w.member_a.token, PASSWORD, "password1234")
            .await,
        422,
    )
    .await;
    assert_eq!(weak["errors"][0]["field"], "/new_password");

    assert_eq!(
        app.change_password(&w.member_a.token, PASSWORD, new_password)
            .await
            .status(),
        204
    );
    for token in [&w.member_a.token, &second_login.access_token] {
        assert_problem(app.me(token).await, 401).await;
    }
    for refresh in [&w.member_a.refresh_token, &second_login.refresh_token] {
        assert_problem(app.refresh(refresh).await, 401).await;
    }
    assert_problem(app.login("member.a", PASSWORD).await, 401).await;
    let fresh = app.login_ok("member.a", new_password).await;
    assert_eq!(app.me(&fresh.access_token).await.status(), 200);
}

#[tokio::test]
async fn disabling_a_user_ends_its_logins_and_tokens() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let disabled = json_of(
        app.update_user(
            &w.secretary_a.token,
            &w.member_a.id,
            &json!({"disabled": true}),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(disabled["disabled"], true);
    assert_problem(app.me(&w.member_a.token).await, 401).await;
    assert_problem(app.refresh(&w.member_a.refresh_token).await, 401).await;
    assert_problem(app.login("member.a", PASSWORD).await, 401).await;

    json_of(
        app.update_user(
            &w.secretary_a.token,
            &w.member_a.id,
            &json!({"disabled": false}),
        )
        .await,
        200,
    )
    .await;
    app.login_ok("member.a", PASSWORD).await;
    // Nobody disables themselves, and only admins change admins.
    assert_problem(
        app.update_user(
            &w.secretary_a.token,
            &w.secretary_a.id,
            &json!({"disabled": true}),
        )
        .await,
        403,
    )
    .await;
}

#[tokio::test]
async fn removing_the_last_membership_ends_the_refresh_chains() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    assert_eq!(
        app.remove_member(&w.secretary_a.token, &w.branch_a, &w.member_a.id)
            .await
            .status(),
        204
    );
    assert_problem(app.refresh(&w.member_a.refresh_token).await, 401).await;
    // With no membership the user reaches nothing.
    let units = json_of(app.list_org_units(&w.member_a.token, "").await, 200).await;
    assert_eq!(units["items"], json!([]));
    assert_problem(app.get_org_unit(&w.member_a.token, &w.branch_a).await, 404).await;
}

#[tokio::test]
async fn repeated_failures_for_one_account_are_throttled() {
    let app = TestApp::spawn().await;
    World::build(&app).await;
    for _ in 0..5 {
        assert_problem(app.login("member.a", "wrong password, again").await, 401).await;
    }
    let throttled = app.login("member.a", PASSWORD).await;
    let retry_after: u64 = throttled.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry_after), "{retry_after}");
    assert_problem(throttled, 429).await;
    // Other accounts from the same address still log in.
    app.login_ok("member.b", PASSWORD).await;
}

#[tokio::test]
async fn repeated_failures_from_one_address_are_throttled() {
    let app = TestApp::spawn().await;
    World::build(&app).await;
    for i in 0..20 {
        assert_problem(
            app.login(&format!("guess{i}"), "wrong password, again")
                .await,
            401,
        )
        .await;
    }
    assert_problem(app.login("member.b", PASSWORD).await, 429).await;
}

#[tokio::test]
async fn unknown_fields_cannot_make_anyone_admin() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let before = app.snapshot().await;
    let sneaky = json!({"display_name": "我", "is_admin": true});
    assert_problem(
        app.update_user(&w.secretary_a.token, &w.member_a.id, &sneaky)
            .await,
        422,
    )
    .await;
    let create = json!({
        "username": "sneaky", "display_name": "x", "password": "a long enough passphrase",
        "org_unit_id": w.branch_a, "is_admin": true
    });
    let body = assert_problem(app.create_user(&w.secretary_a.token, &create).await, 422).await;
    assert!(
        body["detail"].as_str().unwrap().contains("is_admin"),
        "{body}"
    );
    assert_eq!(app.snapshot().await, before);
}

/// How many of `responses` have each status, as (401s, 429s, others).
fn tally(statuses: &[u16]) -> (usize, usize, usize) {
    let count = |s| statuses.iter().filter(|&&x| x == s).count();
    let (unauthorized, throttled) = (count(401), count(429));
    (
        unauthorized,
        throttled,
        statuses.len() - unauthorized - throttled,
    )
}

#[tokio::test]
async fn parallel_wrong_passwords_are_evaluated_no_more_than_the_limit() {
    let app = TestApp::spawn().await;
    World::build(&app).await;
    let attempts = (0..30).map(|i| {
        let app = &app;
        async move {
            let password = format!("wrong password number {i}");
            app.login("member.a", &password).await.status().as_u16()
        }
    });
    let statuses = join_all(attempts).await;
    assert_eq!(tally(&statuses), (5, 25, 0), "{statuses:?}");
    // Only evaluated attempts count against the address: other accounts still log in.
    app.login_ok("member.b", PASSWORD).await;
}

#[tokio::test]
async fn a_burst_including_the_right_password_does_not_get_past_the_limit() {
    let app = TestApp::spawn().await;
    World::build(&app).await;
    let wrong = join_all((0..40).map(|i| {
        let app = &app;
        async move {
            let password = format!("wrong password number {i}");
            app.login("member.a", &password).await.status().as_u16()
        }
    }));
    // The right password arrives while the wrong ones are in flight, once the limit has been
    // reached.
    let right = async {
        loop {
            let counted: Option<i32> = sqlx::query_scalar(
                "select failures from login_throttle where key = 'account:member.a'",
            )
            .fetch_optional(&app.pool)
            .await
            .unwrap();
            if counted.is_some_and(|n| n >= 5) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        }
        app.login("member.a", PASSWORD).await.status().as_u16()
    };
    let (wrong, right) = tokio::join!(wrong, right);
    assert_eq!(right, 429, "the right password got past the limit");
    assert_eq!(tally(&wrong), (5, 35, 0), "{wrong:?}");
}

#[tokio::test]
async fn a_successful_login_does_not_count_against_the_limits() {
    let app = TestApp::spawn().await;
    World::build(&app).await;
    for _ in 0..4 {
        assert_problem(app.login("member.a", "wrong password, again").await, 401).await;
    }
    // Many successful logins from one address block neither the account nor the address.
    for _ in 0..25 {
        app.login_ok("member.a", PASSWORD).await;
    }
    assert_problem(app.login("member.a", "wrong password, again").await, 401).await;
    assert_problem(app.login("member.a", PASSWORD).await, 429).await;
}

#[tokio::test]
async fn a_reset_password_works_once_and_must_be_changed_before_anything_else() {
    let app = TestApp::spawn().await;
    let w = World::build(&app).await;
    let second_login = app.login_ok("member.a", PASSWORD).await;
    let response = app
        .reset_password(&w.secretary_a.token, &w.member_a.id)
        .await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    let reset = json_of(response, 200).await;
    let one_time = reset["one_time_password"].as_str().unwrap().to_owned();
    assert!(one_time.chars().count() >= 16, "{one_time}");
    assert!(minutebook::domain::Password::parse(one_time.clone()).is_ok());
    assert_eq!(reset["password_change_required"], true);

    // Every login of the user has ended, and the old password is gone.
    for token in [&w.member_a.token, &second_login.access_token] {
        assert_problem(app.me(token).await, 401).await;
    }
    for refresh in [&w.member_a.refresh_token, &second_login.refresh_token] {
        assert_problem(app.refresh(refresh).await, 401).await;
    }
    assert_problem(app.login("member.a", PASSWORD).await, 401).await;

    // The one-time password logs in, and the answer says a new password is needed.
    let pending = json_of(app.login("member.a", &one_time).await, 200).await;
    assert_eq!(pending["password_change_required"], true);
    let token = pending["access_token"].as_str().unwrap().to_owned();
    let me = json_of(app.me(&token).await, 200).await;
    assert_eq!(me["password_change_required"], true);
    for path in [
        "/api/v1/org-units".to_owned(),
        format!("/api/v1/org-units/{}", w.branch_a),
        "/api/v1/meetings".to_owned(),
        "/api/v1/rectification-items?owner=me".to_owned(),
    ] {
        let problem = assert_problem(app.get_as(&token, &path).await, 403).await;
        assert!(
            problem["detail"].as_str().unwrap().contains("/me/password"),
            "{path}: {problem}"
        );
    }
    assert_problem(
        app.post_as(&token, "/api/v1/me/calendar-token", &json!({}))
            .await,
        403,
    )
    .await;
    // Refreshing keeps the state, and says so.
    let refreshed = json_of(
        app.refresh(pending["refresh_token"].as_str().unwrap())
            .await,
        200,
    )
    .await;
    assert_eq!(refreshed["password_change_required"], true);
    let token = refreshed["access_token"].as_str().unwrap().to_owned();

    // The new password must not be the one the secretary saw.
    let same = assert_problem(app.change_password(&token, &one_time, &one_time).await, 422).await;
    assert_eq!(same["errors"][0]["field"], "/new_password");
    let new_password = "my own new passphrase";
    assert_eq!(
        app.change_password(&token, &one_time, new_password)
            .await
            .status(),
        204
    );
    assert_problem(app.login("member.a", &one_time).await, 401).await;
    let fresh = json_of(app.login("member.a", new_password).await, 200).await;
    assert_eq!(fresh["password_change_required"], false);
    let token = fresh["access_token"].as_str().unwrap();
    assert_eq!(
        json_of(app.me(token).await, 200).await["password_change_required"],
        false
    );
    json_of(app.get_as(token, "/api/v1/org-units").await, 200).await;
    json_of(app.get_as(token, "/api/v1/meetings").await, 200).await;

    // The reset is in the trail of the user's unit, for its secretary.
    let query = format!("?entity_type=user&entity_id={}", w.member_a.id);
    let trail = json_of(app.audit_events(&w.secretary_a.token, &query).await, 200).await;
    let resets: Vec<_> = trail["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "reset_password")
        .collect();
    assert_eq!(resets.len(), 1, "{trail}");
    assert_eq!(resets[0]["org_unit_id"], w.branch_a.as_str());
    assert_eq!(resets[0]["actor_id"], w.secretary_a.id.as_str());
    assert!(!trail.to_string().contains(&one_time));
}
