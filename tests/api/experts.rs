use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of};

fn profile() -> serde_json::Value {
    json!({"country": "BR", "institution": "Universidade de São Paulo", "languages": ["pt", "en"],
           "expertise": ["3.1", "3.2"], "capacity": 6})
}

#[tokio::test]
async fn experts_keep_their_profile_and_the_secretariat_may_too() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let (id, expert) = app.seed_user("ana@usp.example.br", Role::Expert, None).await;
    let path = format!("/api/v1/experts/{id}/profile");
    assert_error(app.get(&path, Some(&expert)).await, StatusCode::NOT_FOUND, "not_found").await;

    let r = app.put(&path, Some(&expert), &profile()).await;
    assert_eq!(r.status(), StatusCode::OK);
    let saved = json_of(r).await;
    insta::assert_json_snapshot!("expert_profile", saved, {".user_id" => "[id]"});
    assert_eq!(json_of(app.get(&path, Some(&sec)).await).await, saved);

    // The secretariat changes it; the GET body can be sent back as it is.
    let mut changed = saved.clone();
    changed["capacity"] = json!(2);
    assert_eq!(json_of(app.put(&path, Some(&sec), &changed).await).await["capacity"], 2);
    let listed = json_of(app.get("/api/v1/experts", Some(&sec)).await).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn profiles_are_validated_and_private() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let city = app.city(&sec, "Cork", "IE").await;
    let (id, expert) = app.seed_user("ana@usp.example.br", Role::Expert, None).await;
    let (_, other) = app.seed_user("bo@example.org", Role::Expert, None).await;
    let (_, coordinator) = app.seed_user("c@cork.example.org", Role::City, Some(city)).await;
    let path = format!("/api/v1/experts/{id}/profile");
    for (patch, field) in [
        (json!({"country": "XX"}), "country"),
        (json!({"languages": []}), "languages"),
        (json!({"expertise": ["9.9"]}), "expertise"),
        (json!({"capacity": -1}), "capacity"),
        (json!({"city_id": 4242}), "city_id"),
    ] {
        let mut body = profile();
        body.as_object_mut().unwrap().extend(patch.as_object().unwrap().clone());
        assert_invalid(app.put(&path, Some(&expert), &body).await, field).await;
    }
    // Another expert's profile does not exist for this expert; city users have no access at all.
    assert_error(
        app.put(&path, Some(&other), &profile()).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.put(&path, Some(&coordinator), &profile()).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.get("/api/v1/experts", Some(&expert)).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // Only experts have profiles.
    let (sec_id, _) = app.seed_user("s2@example.org", Role::Secretariat, None).await;
    assert_error(
        app.put(&format!("/api/v1/experts/{sec_id}/profile"), Some(&sec), &profile())
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn conflicts_are_declared_by_the_expert_or_the_secretariat() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let cork = app.city(&sec, "Cork", "IE").await;
    let lyon = app.city(&sec, "Lyon", "FR").await;
    let (id, expert) = app.seed_user("ana@usp.example.br", Role::Expert, None).await;
    let (_, other) = app.seed_user("bo@example.org", Role::Expert, None).await;
    let path = format!("/api/v1/experts/{id}/conflicts");
    let r = app
        .post(
            &path,
            Some(&expert),
            Some(&json!({"city_id": cork, "reason": "I advised Cork's council in 2025."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = app
        .post(
            &path,
            Some(&sec),
            Some(&json!({"city_id": lyon, "reason": "Former employee of the city."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let dup = app
        .post(&path, Some(&sec), Some(&json!({"city_id": lyon, "reason": "Again."})))
        .await;
    assert_error(dup, StatusCode::CONFLICT, "duplicate_conflict").await;
    assert_invalid(
        app.post(&path, Some(&expert), Some(&json!({"city_id": 4242, "reason": "x"})))
            .await,
        "city_id",
    )
    .await;
    assert_invalid(
        app.post(&path, Some(&expert), Some(&json!({"city_id": cork, "reason": " "})))
            .await,
        "reason",
    )
    .await;
    assert_error(
        app.post(&path, Some(&other), Some(&json!({"city_id": cork, "reason": "x"})))
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let list = json_of(app.get(&path, Some(&expert)).await).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
}
