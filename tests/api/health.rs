use reqwest::StatusCode;

use crate::helpers::{TestApp, json_of};

#[tokio::test]
async fn healthz_answers_when_the_database_does() {
    let app = TestApp::spawn().await;
    let r = app.get("/healthz", None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await, serde_json::json!({"status": "ok"}));
}

#[tokio::test]
async fn openapi_documents_every_route_with_full_paths() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/openapi.json", None).await;
    assert_eq!(r.status(), StatusCode::OK);
    let doc = json_of(r).await;
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with('3')),
        "{}",
        doc["openapi"]
    );
    assert!(doc.get("servers").is_none(), "no servers prefix");
    let paths = doc["paths"].as_object().expect("paths");
    for (path, method) in [
        ("/healthz", "get"),
        ("/api/v1/framework", "get"),
        ("/api/v1/framework/editions", "get"),
        ("/api/v1/users", "post"),
        ("/api/v1/users", "get"),
        ("/api/v1/users/{id}", "get"),
        ("/api/v1/users/{id}/tokens", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/cities", "post"),
        ("/api/v1/cities", "get"),
        ("/api/v1/cities/{id}", "get"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} is not documented"
        );
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
}

/// The whole document, as reviewed: a change to any path, field, status or description shows up
/// in the diff of this snapshot (accept it with `cargo insta review` when it is intended).
#[tokio::test]
async fn the_openapi_document_is_as_reviewed() {
    let app = TestApp::spawn().await;
    let doc = json_of(app.get("/api/openapi.json", None).await).await;
    insta::assert_json_snapshot!("openapi", doc);
}

#[tokio::test]
async fn unknown_routes_are_404_in_the_right_format() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/v1/nothing-here", None).await;
    crate::helpers::assert_error(r, StatusCode::NOT_FOUND, "not_found").await;
    let page = app.get("/nothing-here", None).await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    assert!(page.text().await.unwrap().contains("<html"));
}

#[tokio::test]
async fn responses_carry_security_headers_and_a_request_id() {
    let app = TestApp::spawn().await;
    let r = app.get("/framework", None).await;
    let h = r.headers();
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    assert!(h.get("content-security-policy").is_some());
    assert!(h.get("x-request-id").is_some());
}

#[tokio::test]
async fn the_stylesheet_is_cacheable() {
    let app = TestApp::spawn().await;
    let page = app.get("/framework", None).await.text().await.unwrap();
    let href = page
        .split("href=\"")
        .find_map(|s| s.strip_prefix("/static/style.css"))
        .and_then(|s| s.split('"').next())
        .expect("the page links the stylesheet");
    let r = app.get(&format!("/static/style.css{href}"), None).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("max-age"));
}
