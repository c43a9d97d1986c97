use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of};

#[tokio::test]
async fn the_secretariat_registers_and_reads_cities() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let r = app
        .create_city(&sec, &json!({"name": " Yeonsu-gu ", "country": "kr", "region": "Asia and the Pacific", "languages": ["ko", "EN"]}))
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let city = json_of(r).await;
    insta::assert_json_snapshot!("created_city", city, {".id" => "[id]", ".created_at" => "[time]"});
    let id = city["id"].to_string();
    assert_eq!(json_of(app.get_city(&sec, &id).await).await, city);
    let list = json_of(app.list_cities(&sec).await).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn bad_cities_are_refused_naming_the_field() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let city = |name: &str, country: &str, languages: serde_json::Value| json!({"name": name, "country": country, "languages": languages});
    assert_invalid(app.create_city(&sec, &city("A", "XX", json!(["en"]))).await, "country").await;
    assert_invalid(
        app.create_city(&sec, &city("A", "France", json!(["en"]))).await,
        "country",
    )
    .await;
    assert_invalid(app.create_city(&sec, &city("A", "FR", json!([]))).await, "languages").await;
    assert_invalid(
        app.create_city(&sec, &city("A", "FR", json!(["english"]))).await,
        "languages",
    )
    .await;
    assert_invalid(
        app.create_city(&sec, &city("A", "FR", json!(["fr", "FR"]))).await,
        "languages",
    )
    .await;
    assert_invalid(app.create_city(&sec, &city("", "FR", json!(["fr"]))).await, "name").await;
    assert_invalid(app.create_city(&sec, &city("A", "FR", json!("fr"))).await, "languages").await;
    assert_invalid(
        app.create_city(&sec, &json!({"name": "A", "languages": ["fr"]})).await,
        "country",
    )
    .await;

    assert!(app.city(&sec, "Lyon", "FR").await > 0);
    let dup = app.create_city(&sec, &city("Lyon", "fr", json!(["fr"]))).await;
    assert_error(dup, StatusCode::CONFLICT, "duplicate_city").await;
    // The same name in another country is another city.
    assert!(app.city(&sec, "Lyon", "BE").await > 0);
}

#[tokio::test]
async fn a_city_user_sees_only_their_own_city() {
    let app = TestApp::spawn().await;
    let sec = app.secretariat().await;
    let cork = app.city(&sec, "Cork", "IE").await;
    let limerick = app.city(&sec, "Limerick", "IE").await;
    let (_, coordinator) = app.seed_user("coord@cork.example.org", Role::City, Some(cork)).await;
    let (_, expert) = app.seed_user("expert@example.org", Role::Expert, None).await;

    assert_eq!(
        app.get_city(&coordinator, &cork.to_string()).await.status(),
        StatusCode::OK
    );
    // Another city, and a city that does not exist, look the same: 404.
    assert_error(
        app.get_city(&coordinator, &limerick.to_string()).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get_city(&coordinator, "777").await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get_city(&coordinator, "cork").await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let listed = json_of(app.list_cities(&coordinator).await).await;
    let ids: Vec<i64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [i64::from(cork)]);

    // Experts do not browse the register; city users do not register cities.
    assert_error(
        app.get_city(&expert, &cork.to_string()).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(app.list_cities(&expert).await, StatusCode::FORBIDDEN, "forbidden").await;
    let body = json!({"name": "Galway", "country": "IE", "languages": ["en"]});
    assert_error(
        app.create_city(&coordinator, &body).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.get("/api/v1/cities", None).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    )
    .await;
}
