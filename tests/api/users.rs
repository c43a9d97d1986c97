use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of};

#[tokio::test]
async fn the_secretariat_invites_a_user_and_issues_a_token_that_works() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let r = app
        .create_user(
            &sec,
            &json!({"email": "Expert.One@Example.org", "name": "Expert One", "role": "expert"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let user = json_of(r).await;
    insta::assert_json_snapshot!("created_expert", user, {".id" => "[id]"});

    let r = app.issue_token(&sec, &user["id"].to_string()).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let token = json_of(r).await["token"].as_str().unwrap().to_owned();
    let me = json_of(app.me(&token).await).await;
    assert_eq!(me, user);

    // Only the hash is stored.
    let stored = entity::api_token::Entity::find().all(&app.db).await.unwrap();
    assert!(stored.iter().all(|t| t.token_hash != token && t.token_hash.len() == 64));
}

#[tokio::test]
async fn a_city_user_is_bound_to_an_existing_city() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let city = app.city(&sec, "Hangzhou", "CN").await;
    let r = app
        .create_user(
            &sec,
            &json!({"email": "c@hz.example.cn", "name": "Li", "role": "city", "city_id": city}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(json_of(r).await["city_id"], city);

    let missing_city = app
        .create_user(&sec, &json!({"email": "d@hz.example.cn", "name": "Li", "role": "city"}))
        .await;
    assert_invalid(missing_city, "city_id").await;
    let unknown_city = app
        .create_user(
            &sec,
            &json!({"email": "d@hz.example.cn", "name": "Li", "role": "city", "city_id": 9999}),
        )
        .await;
    assert_invalid(unknown_city, "city_id").await;
    let expert_with_city = app
        .create_user(
            &sec,
            &json!({"email": "e@hz.example.cn", "name": "Li", "role": "expert", "city_id": city}),
        )
        .await;
    assert_invalid(expert_with_city, "city_id").await;
}

#[tokio::test]
async fn duplicate_emails_conflict_whatever_their_case() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let body = json!({"email": "same@example.org", "name": "A", "role": "expert"});
    assert_eq!(app.create_user(&sec, &body).await.status(), StatusCode::CREATED);
    let again = json!({"email": "SAME@example.org", "name": "B", "role": "expert"});
    assert_error(
        app.create_user(&sec, &again).await,
        StatusCode::CONFLICT,
        "duplicate_email",
    )
    .await;
}

#[tokio::test]
async fn bad_input_is_a_4xx_naming_the_field() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    assert_invalid(
        app.create_user(&sec, &json!({"email": "not-an-email", "name": "A", "role": "expert"}))
            .await,
        "email",
    )
    .await;
    assert_invalid(
        app.create_user(&sec, &json!({"email": "a@example.org", "name": "  ", "role": "expert"}))
            .await,
        "name",
    )
    .await;
    assert_invalid(
        app.create_user(&sec, &json!({"email": "a@example.org", "name": "A", "role": "admin"}))
            .await,
        "role",
    )
    .await;
    assert_invalid(
        app.create_user(&sec, &json!({"email": "a@example.org", "role": "expert"}))
            .await,
        "name",
    )
    .await;
    assert_invalid(
        app.create_user(
            &sec,
            &json!({"email": "a@example.org", "name": "A", "role": "expert", "extra": 1}),
        )
        .await,
        "extra",
    )
    .await;
    assert_invalid(
        app.create_user(&sec, &json!({"email": 5, "name": "A", "role": "expert"}))
            .await,
        "email",
    )
    .await;

    let malformed = app
        .post_raw("/api/v1/users", &sec, "application/json", "{\"email\": ")
        .await;
    assert_error(malformed, StatusCode::BAD_REQUEST, "malformed_json").await;
    let empty = app.post_raw("/api/v1/users", &sec, "application/json", "").await;
    assert_error(empty, StatusCode::BAD_REQUEST, "missing_body").await;
    let form = app
        .post_raw("/api/v1/users", &sec, "application/x-www-form-urlencoded", "email=a")
        .await;
    assert_error(form, StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type").await;
    let huge = format!(
        "{{\"email\": \"a@example.org\", \"name\": \"{}\", \"role\": \"expert\"}}",
        "x".repeat(1_100_000)
    );
    let too_large = app.post_raw("/api/v1/users", &sec, "application/json", huge).await;
    assert_error(too_large, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large").await;

    // Nothing was written by any of these.
    assert_eq!(entity::user::Entity::find().all(&app.db).await.unwrap().len(), 1);
}

#[tokio::test]
async fn only_the_secretariat_manages_users() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let (expert_id, expert) = app.seed_user("x@example.org", Role::Expert, None).await;
    let body = json!({"email": "new@example.org", "name": "N", "role": "expert"});

    assert_error(
        app.post("/api/v1/users", None, Some(&body)).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
    assert_error(
        app.create_user(&expert, &body).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // Authorization is checked before the body: a bad body from a non-secretariat caller is still 403.
    assert_error(
        app.post_raw("/api/v1/users", &expert, "application/json", "{").await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // A person issues their own tokens; someone else's is the secretariat's.
    assert_eq!(
        app.issue_token(&expert, &expert_id.to_string()).await.status(),
        StatusCode::CREATED
    );
    let (other_id, _) = app.seed_user("other@example.org", Role::Expert, None).await;
    assert_error(
        app.issue_token(&expert, &other_id.to_string()).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.get("/api/v1/users", Some(&expert)).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    // The expert still reads their own account.
    assert_eq!(json_of(app.me(&expert).await).await["role"], "expert");
    assert_eq!(app.get("/api/v1/users", Some(&sec)).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn tokens_for_unknown_or_malformed_users_are_404() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    assert_error(app.issue_token(&sec, "4242").await, StatusCode::NOT_FOUND, "not_found").await;
    assert_error(app.issue_token(&sec, "abc").await, StatusCode::NOT_FOUND, "not_found").await;
    assert_error(app.issue_token(&sec, "-1").await, StatusCode::NOT_FOUND, "not_found").await;
    assert_error(
        app.get("/api/v1/users/99999999999", Some(&sec)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn every_change_is_in_the_audit_log() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let city = app.city(&sec, "Cork", "IE").await;
    let user = json_of(
        app.create_user(&sec, &json!({"email": "e@example.org", "name": "E", "role": "expert"}))
            .await,
    )
    .await;
    let token = json_of(app.issue_token(&sec, &user["id"].to_string()).await).await["token"]
        .as_str()
        .unwrap()
        .to_owned();

    use entity::audit_log::{Column, Entity};
    let entries = Entity::find()
        .filter(Column::Action.ne("framework.load"))
        .all(&app.db)
        .await
        .unwrap();
    let actions: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.action.as_str(), e.object_type.as_str()))
        .collect();
    assert!(actions.contains(&("city.create", "city")), "{actions:?}");
    assert!(actions.contains(&("user.create", "user")), "{actions:?}");
    assert!(actions.contains(&("token.issue", "api_token")), "{actions:?}");
    let city_entry = entries.iter().find(|e| e.action == "city.create").unwrap();
    assert_eq!(city_entry.object_id, city.to_string());
    assert!(city_entry.actor_user_id.is_some());
    assert!(city_entry.after.as_deref().unwrap().contains("Cork"));
    // The token itself never reaches the log.
    assert!(
        entries
            .iter()
            .all(|e| !e.after.as_deref().unwrap_or("").contains(&token))
    );
}
