//! Request cost (issue 18): the same request on a cycle of 10 cities and on one of 100 runs the same
//! number of SQL statements (counted by the pool's metric callback, told in `X-Db-Statements`), and
//! a rating costs a handful, in three round trips (`X-Db-Round-Trips`).
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, full_report, json_of};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

fn header(r: &reqwest::Response, name: &str) -> u32 {
    r.headers()
        .get(name)
        .unwrap_or_else(|| panic!("the {name} header"))
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

fn statements(r: &reqwest::Response) -> u32 {
    header(r, "x-db-statements")
}

/// A cycle of `n` cities, one panel (the 3.1 measurements), two experts reviewing every city;
/// what each step of it costs, by name.
async fn costs(n: usize) -> Vec<(&'static str, u32)> {
    let app = TestApp::spawn_with(|s| {
        s.server.statement_count_header = true;
        s.auth.dev_login = true;
    })
    .await;
    let sec = app.secretariat().await;
    let mut cities = Vec::new();
    for i in 0..n {
        let id = app.city(&sec, &format!("City {i:03}"), "IE").await;
        let (coord_id, coord) = app
            .seed_user(&format!("coord{i}@example.org"), Role::City, Some(id))
            .await;
        cities.push((i64::from(id), coord, coord_id));
    }
    let mut experts = Vec::new();
    for i in 0..2 {
        let (id, token) = app.seed_user(&format!("e{i}@example.org"), Role::Expert, None).await;
        let r = app
            .put(
                &format!("/api/v1/experts/{id}/profile"),
                Some(&token),
                &json!({"country": "BR", "languages": ["en"], "expertise": ["3.1"], "capacity": 200}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        experts.push((id, token));
    }
    let ids: Vec<i64> = cities.iter().map(|c| c.0).collect();
    let c = json_of(
        app.create_cycle(&sec, &json!({"name": "Cost", "city_ids": ids, "panel_size": 2}))
            .await,
    )
    .await;
    let cycle = c["id"].as_i64().unwrap();
    let panels: Vec<i64> = c["panels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    let members: Vec<i32> = experts.iter().map(|e| e.0).collect();
    app.update_panel(
        &sec,
        cycle,
        panels[0],
        &json!({"members": members, "chair": members[0]}),
    )
    .await;
    for p in &panels[1..] {
        app.update_panel(
            &sec,
            cycle,
            *p,
            &json!({"members": [], "chair": null, "measurements": []}),
        )
        .await;
    }
    assert_eq!(app.transition(&sec, cycle, "collecting").await.status(), StatusCode::OK);
    let mut report = full_report("en");
    report["narratives"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| k.starts_with("3.1."));
    for (city, coord, _) in &cities {
        assert_eq!(
            app.save_submission(coord, cycle, *city, &report).await.status(),
            StatusCode::OK
        );
        assert_eq!(app.submit(coord, cycle, *city).await.status(), StatusCode::OK);
    }
    let mut out = Vec::new();
    for step in ["run", "confirm"] {
        let r = app
            .post(&format!("/api/v1/cycles/{cycle}/assignment/{step}"), Some(&sec), None)
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        if step == "run" {
            out.push(("running the assignment", statements(&r)));
        }
    }
    assert_eq!(app.transition(&sec, cycle, "reviewing").await.status(), StatusCode::OK);

    let r = app.get("/api/v1/me/items", Some(&experts[0].1)).await;
    out.push(("my items", statements(&r)));
    let items: Vec<i64> = json_of(r)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(items.len(), 3 * n);
    let mut rating_costs = Vec::new();
    let mut rating_trips = Vec::new();
    for item in &items {
        for (_, token) in &experts {
            let r = app
                .put(
                    &format!("/api/v1/items/{item}/rating"),
                    Some(token),
                    &json!({"score": 4, "justification": J, "submit": true}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::OK);
            rating_costs.push(statements(&r));
            rating_trips.push(header(&r, "x-db-round-trips"));
        }
    }
    // The first rating reads the cycle's panels into the node's cache; the others find them there.
    out.push((
        "a rating (the most any took after the first)",
        rating_costs[1..].iter().copied().max().unwrap_or(0),
    ));
    out.push((
        "a rating's round trips (the most any took after the first)",
        rating_trips[1..].iter().copied().max().unwrap_or(0),
    ));
    let r = app.get_cycle(&sec, cycle).await;
    out.push(("the cycle", statements(&r)));
    let r = app.get(&format!("/api/v1/cycles/{cycle}/items"), Some(&sec)).await;
    out.push(("the queue in review", statements(&r)));
    let r = app.transition(&sec, cycle, "reconciling").await;
    assert_eq!(r.status(), StatusCode::OK);
    out.push(("settling every item", statements(&r)));
    let r = app
        .get(&format!("/api/v1/cycles/{cycle}/items"), Some(&experts[0].1))
        .await;
    out.push(("the chair's queue", statements(&r)));
    let r = app.get(&format!("/api/v1/cycles/{cycle}/agreement"), Some(&sec)).await;
    out.push(("agreement", statements(&r)));
    for item in &items {
        let r = app
            .put(
                &format!("/api/v1/items/{item}/feedback"),
                Some(&sec),
                &json!({"statement": "Keep the council's yearly review public."}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    let r = app.transition(&sec, cycle, "published").await;
    assert_eq!(r.status(), StatusCode::OK);
    out.push(("publication", statements(&r)));
    let r = app
        .get(&format!("/api/v1/cities/{}/profile", cities[0].0), Some(&cities[0].1))
        .await;
    out.push(("a city's profile", statements(&r)));
    // The same profile as a page, signed in with a session cookie.
    let (coordinator, _) = crate::pages::sign_in(&app, cities[0].2).await;
    let r = coordinator
        .get(app.url(&format!("/cities/{}/profile", cities[0].0)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    out.push(("a city's profile page", statements(&r)));
    let r = app.get("/api/v1/network/series", Some(&sec)).await;
    assert_eq!(r.status(), StatusCode::OK);
    out.push(("the network over time", statements(&r)));
    let r = app
        .get(
            &format!("/api/v1/cycles/{cycle}/submissions/{}/checks", cities[0].0),
            Some(&sec),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    out.push(("a report's figure checks", statements(&r)));
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (b, _) = crate::pages::sign_in(&app, sec_id).await;
    for (name, path) in [
        ("the cycle page", format!("/cycles/{cycle}")),
        ("the network page", "/network".to_owned()),
        ("the reconciliation page", format!("/cycles/{cycle}/reconcile")),
        ("the assignment page", format!("/cycles/{cycle}/assignment")),
    ] {
        let r = b.get(app.url(&path)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        out.push((name, statements(&r)));
    }
    out
}

#[tokio::test]
async fn lists_and_cycle_wide_steps_cost_the_same_for_10_and_100_cities() {
    let small = costs(10).await;
    let large = costs(100).await;
    let table: Vec<String> = small
        .iter()
        .zip(&large)
        .map(|((name, a), (_, b))| format!("{name}: {a} statements for 10 cities, {b} for 100"))
        .collect();
    eprintln!("{}", table.join("\n"));
    let grown: Vec<&String> = small
        .iter()
        .zip(&large)
        .zip(&table)
        .filter(|(((_, a), (_, b)), _)| a != b)
        .map(|(_, line)| line)
        .collect();
    assert!(grown.is_empty(), "these grow with the cycle:\n{grown:#?}");
    // Before the write, two: the token with its user; the item with its cycle, the report's state
    // and whether the caller reviews it. Then the write in one round trip: on SQLite a batch of
    // the upsert, the version row and the audit entry (between BEGIN and COMMIT), on PostgreSQL
    // one statement.
    let cost = |name: &str| small.iter().find(|(n, _)| n.starts_with(name)).unwrap().1;
    let postgres = std::env::var("TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres"));
    assert_eq!(
        cost("a rating (the most"),
        if postgres { 3 } else { 5 },
        "a rating's statements"
    );
    assert_eq!(cost("a rating's round trips"), 3, "a rating's round trips");
    // A page finds its session with the session's user in one statement, as the API finds a token
    // with its owner; the page reads one thing more than the API's profile, the action plans.
    assert_eq!(
        cost("a city's profile page"),
        cost("a city's profile") + 1,
        "the profile page's statements"
    );
}

/// PostgreSQL: reading requests have a pool of their own, so a city's profile answers while every
/// connection of the main pool is held by a writer. (SQLite has one pool by design: nothing to show.)
#[tokio::test]
async fn reads_are_not_queued_behind_writers_on_postgres() {
    let app = TestApp::spawn_with(|s| {
        s.database.max_connections = 1;
        s.database.read_connections = 1;
        s.database.acquire_timeout_secs = 2;
    })
    .await;
    if app.db.get_database_backend() != sea_orm::DbBackend::Postgres {
        return;
    }
    let sec = app.secretariat().await;
    let city = app.city(&sec, "Cork", "IE").await;
    let (_, coordinator) = app.seed_user("coord@cork.example.org", Role::City, Some(city)).await;
    // The service's main pool has one connection (the test's handle shares it): a writer takes it
    // and keeps it.
    let held = sea_orm::TransactionTrait::begin(&app.db).await.unwrap();
    let r = app
        .get(&format!("/api/v1/cities/{city}/profile"), Some(&coordinator))
        .await;
    assert_eq!(r.status(), StatusCode::OK, "{}", r.text().await.unwrap());
    held.rollback().await.unwrap();
}
