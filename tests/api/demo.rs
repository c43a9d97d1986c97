//! The demo fills an empty database through the workflow; after its full cycles, a city user's
//! whole reachable surface (pages, API, e-mail) is scanned for reviewer identity.
use std::collections::BTreeSet;

use lcreview::demo::{self, Outcome};
use lcreview::domain::user::Role;
use lcreview::store;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{TestApp, json_of};
use crate::pages::{crawl, dev_app, sign_in};

/// Who reviewed: every expert's name, e-mail address and user id.
struct Reviewers {
    names: Vec<String>,
    emails: Vec<String>,
    ids: BTreeSet<i64>,
}

impl Reviewers {
    async fn of(app: &TestApp) -> Reviewers {
        let experts: Vec<_> = store::users::list(&app.db)
            .await
            .unwrap()
            .into_iter()
            .filter(|u| u.role == Role::Expert)
            .collect();
        Reviewers {
            names: experts.iter().map(|u| u.name.clone()).collect(),
            emails: experts.iter().map(|u| u.email.clone()).collect(),
            ids: experts.iter().map(|u| i64::from(u.id)).collect(),
        }
    }

    /// Names and e-mail addresses, in the text as served (also HTML- or JSON-escaped forms).
    fn leaks_in(&self, where_: &str, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for needle in self.names.iter().chain(&self.emails) {
            let escaped = needle.replace('&', "&amp;").replace('\'', "&#39;");
            if text.contains(needle.as_str()) || text.contains(&escaped) {
                out.push(format!("{where_}: contains {needle}"));
            }
        }
        out
    }

    /// In JSON, any field that names a person (by its key) and holds an expert's id.
    fn id_leaks_in(&self, where_: &str, v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    let personal = [
                        "expert", "reviewer", "rater", "moderat", "actor", "user", "chair", "member", "by",
                    ]
                    .iter()
                    .any(|p| k.to_lowercase().contains(p));
                    if personal {
                        let mut ids = Vec::new();
                        collect_ints(v, &mut ids);
                        for id in ids.into_iter().filter(|i| self.ids.contains(i)) {
                            out.push(format!("{where_}: field `{k}` holds reviewer id {id}"));
                        }
                    }
                    self.id_leaks_in(where_, v, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| self.id_leaks_in(where_, i, out)),
            _ => {}
        }
    }
}

fn collect_ints(v: &Value, out: &mut Vec<i64>) {
    match v {
        Value::Number(n) => out.extend(n.as_i64()),
        Value::Array(items) => items.iter().for_each(|i| collect_ints(i, out)),
        Value::Object(map) => map.values().for_each(|i| collect_ints(i, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_demo_fills_an_empty_database_through_the_workflow_and_a_city_sees_no_reviewer() {
    let app = dev_app().await;
    let Outcome::Loaded(summary) = demo::load(&app.app).await.expect("the demo loads") else {
        panic!("the database was empty");
    };
    assert_eq!(summary.cities, 24);
    assert_eq!(summary.experts, 30);
    assert_eq!(summary.published_cycles, 3);
    assert!(summary.revised_items > 0, "{summary:?}");
    assert!(summary.moderated_items > 0, "{summary:?}");
    // A restart of `serve --demo` leaves it as it is.
    assert_eq!(demo::load(&app.app).await.unwrap(), Outcome::AlreadyLoaded);

    let cycles = store::cycles::list(&app.db, None).await.unwrap();
    let states: Vec<_> = cycles.iter().map(|c| c.state.as_str()).collect();
    assert_eq!(states.iter().filter(|s| **s == "published").count(), 3, "{states:?}");
    assert_eq!(states.iter().filter(|s| **s == "reviewing").count(), 1, "{states:?}");
    let regions: BTreeSet<_> = store::cities::list(&app.db, None)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|c| c.region)
        .collect();
    assert_eq!(regions.len(), 5, "{regions:?}");

    let users = store::users::list(&app.db).await.unwrap();
    let cork = store::cities::list(&app.db, None)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.name == "Cork")
        .expect("Cork");
    let other = store::cities::list(&app.db, None)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.name == "Espoo")
        .expect("Espoo");
    let coordinator = users
        .iter()
        .find(|u| u.city_id == Some(cork.id))
        .expect("Cork's coordinator");
    let reviewers = Reviewers::of(&app).await;
    let mut leaks = Vec::new();

    // The profile: the three published cycles with a score and a statement for each of the 18
    // measurements; the cycle in review is not there. JSON, CSV and the page agree.
    let token = store::tokens::issue(&app.db, None, coordinator.id, None).await.unwrap();
    let profile = json_of(
        app.get(&format!("/api/v1/cities/{}/profile", cork.id), Some(&token))
            .await,
    )
    .await;
    let published = profile["cycles"].as_array().expect("cycles");
    assert_eq!(published.len(), 3, "{profile}");
    // Every measurement over time, oldest cycle first: 18 experts'-review series of three scores.
    let series = profile["series"].as_object().expect("series");
    let scored: Vec<_> = series
        .values()
        .filter(|points| points.as_array().is_some_and(|p| p.iter().all(|x| x["score"].is_u64())))
        .collect();
    assert_eq!(scored.len(), 18, "{series:?}");
    assert!(scored.iter().all(|p| p.as_array().is_some_and(|p| p.len() == 3)));
    let ids: Vec<i64> = series["3.1.1.a"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["cycle_id"].as_i64().unwrap())
        .collect();
    assert!(ids[0] < ids[1] && ids[1] < ids[2], "oldest first: {ids:?}");
    // The statistics have their series too, and the secretariat verified the published ones.
    assert!(
        series.values().any(|points| points
            .as_array()
            .is_some_and(|p| p.len() == 3 && p.iter().all(|x| x["values"].is_object()))),
        "{series:?}"
    );
    assert!(published.iter().all(|c| {
        c["statistics"]
            .as_object()
            .is_some_and(|st| !st.is_empty() && st.values().all(|v| v["verification"] == "verified"))
    }));
    for c in published {
        let scores = c["scores"].as_array().expect("scores");
        assert_eq!(scores.len(), 18, "{c}");
        assert!(
            scores
                .iter()
                .all(|s| s["feedback"].as_str().is_some_and(|f| !f.is_empty()))
        );
    }
    let csv_text = app
        .get(&format!("/api/v1/cities/{}/profile.csv", cork.id), Some(&token))
        .await
        .text()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {headers:?}"))
    };
    let (measurement_col, score_col) = (col("measurement"), col("score"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let scored: Vec<_> = rows.iter().filter(|r| !r[score_col].is_empty()).collect();
    assert_eq!(scored.len(), 54, "{csv_text}");
    let (b, _) = sign_in(&app, coordinator.id).await;
    let page = b
        .get(app.url(&format!("/cities/{}/profile", cork.id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for c in published {
        for s in c["scores"].as_array().unwrap() {
            let code = s["measurement"].as_str().unwrap();
            let score = s["score"].as_i64().unwrap().to_string();
            assert!(
                scored
                    .iter()
                    .any(|r| &r[measurement_col] == code && r[score_col] == score),
                "CSV lacks {code} = {score}"
            );
            assert!(page.contains(code), "the page lacks {code}");
            assert!(
                page.contains(s["feedback"].as_str().unwrap()),
                "the page lacks the statement of {code}"
            );
        }
    }
    assert!(page.contains("<svg"), "the page has its chart");
    assert!(page.contains("Over time"), "and the city's scores over time");
    assert!(
        page.contains("Each area of focus, cycle by cycle") && page.contains("class=\"trend\""),
        "small charts per area of focus"
    );
    // Cork answered its feedback in at least one cycle, and has an open question about a figure of
    // the cycle in review.
    let answered = entity::action_plan::Entity::find()
        .filter(entity::action_plan::Column::CityId.eq(cork.id))
        .all(&app.db)
        .await
        .unwrap();
    assert!(!answered.is_empty());
    let review = cycles.iter().find(|c| c.state.as_str() == "reviewing").unwrap();
    let checks = json_of(
        app.get(
            &format!("/api/v1/cycles/{}/submissions/{}/checks", review.id, cork.id),
            Some(&token),
        )
        .await,
    )
    .await;
    assert!(
        checks["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["status"] == "queried"),
        "{checks}"
    );
    // The page's download links work for the signed-in reader, with the API's content.
    let page_csv = b
        .get(app.url(&format!("/cities/{}/profile.csv", cork.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(page_csv.status(), StatusCode::OK);
    assert_eq!(page_csv.text().await.unwrap(), csv_text);
    let page_json: Value = b
        .get(app.url(&format!("/cities/{}/profile.json", cork.id)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(page_json, profile);
    for suffix in ["profile.csv", "profile.json"] {
        let r = b
            .get(app.url(&format!("/cities/{}/{suffix}", other.id)))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{suffix} of another city");
    }
    assert!(
        !page.contains("GNLC review 2026"),
        "the cycle in review is not on the profile"
    );

    // Another city's profile does not exist for this user.
    let r = app
        .get(&format!("/api/v1/cities/{}/profile", other.id), Some(&token))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let r = b
        .get(app.url(&format!("/cities/{}/profile", other.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // Every page the city user can reach by following links.
    let pages = crawl(&app, &b, 300).await;
    for p in &pages {
        leaks.extend(reviewers.leaks_in(&p.path, &p.body));
    }
    let profile_path = format!("/cities/{}/profile", cork.id);
    assert!(
        pages.iter().any(|p| p.path == profile_path),
        "the city's home links its profile"
    );

    // Every API read, with every id the city could try: its own objects and others'.
    let items = entity::review_item::Entity::find().all(&app.db).await.unwrap();
    let own_item = items.iter().find(|i| i.city_id == cork.id).expect("an item of Cork");
    let other_item = items.iter().find(|i| i.city_id == other.id).expect("an item of Espoo");
    let expert = *reviewers.ids.iter().next().unwrap();
    let mut paths = vec![
        "/api/v1/me".to_owned(),
        "/api/v1/me/items".to_owned(),
        "/api/v1/me/panels".to_owned(),
        "/api/v1/me/history".to_owned(),
        "/api/v1/network/series".to_owned(),
        "/api/v1/cities".to_owned(),
        "/api/v1/cycles".to_owned(),
        "/api/v1/experts".to_owned(),
        "/api/v1/users".to_owned(),
        format!("/api/v1/users/{expert}"),
        format!("/api/v1/experts/{expert}/profile"),
        format!("/api/v1/experts/{expert}/conflicts"),
    ];
    for city in [cork.id, other.id] {
        paths.push(format!("/api/v1/cities/{city}"));
        paths.push(format!("/api/v1/cities/{city}/profile"));
        paths.push(format!("/api/v1/cities/{city}/profile.csv"));
    }
    for c in &cycles {
        for suffix in ["", "/agreement", "/assignment", "/items", "/guidance", "/ratings.csv"] {
            paths.push(format!("/api/v1/cycles/{}{suffix}", c.id));
        }
        for city in [cork.id, other.id] {
            paths.push(format!("/api/v1/cycles/{}/submissions/{city}", c.id));
            paths.push(format!("/api/v1/cycles/{}/submissions/{city}/checks", c.id));
            paths.push(format!("/api/v1/cities/{city}/actions/{}", c.id));
        }
    }
    for item in [own_item.id, other_item.id] {
        for suffix in ["", "/rating", "/consensus", "/feedback", "/comments"] {
            paths.push(format!("/api/v1/items/{item}{suffix}"));
        }
    }
    for path in &paths {
        let r = app.get(path, Some(&token)).await;
        assert!(!r.status().is_server_error(), "{path}: {}", r.status());
        let body = r.text().await.unwrap();
        leaks.extend(reviewers.leaks_in(path, &body));
        if let Ok(v) = serde_json::from_str::<Value>(&body) {
            reviewers.id_leaks_in(path, &v, &mut leaks);
        }
    }

    // Every e-mail written to the city's users.
    let mail = entity::outbox::Entity::find().all(&app.db).await.unwrap();
    let to_city: Vec<_> = mail
        .iter()
        .filter(|m| m.to_address == coordinator.email.as_str())
        .collect();
    let kinds: std::collections::BTreeSet<&str> = to_city.iter().map(|m| m.kind.as_str()).collect();
    assert_eq!(
        to_city.iter().filter(|m| m.kind == "published").count(),
        3,
        "one publication notice per published cycle"
    );
    assert!(
        ["invitation", "cycle_opened", "submission_receipt"]
            .iter()
            .all(|k| kinds.contains(k)),
        "{kinds:?}"
    );
    for m in to_city {
        leaks.extend(reviewers.leaks_in(&format!("e-mail {}", m.subject), &m.body_text));
        leaks.extend(reviewers.leaks_in(&format!("e-mail {}", m.subject), &m.body_html));
    }
    assert!(
        leaks.is_empty(),
        "reviewer identity reached a city user:\n{}",
        leaks.join("\n")
    );

    // The scan itself can fail: the secretariat's view of the same data does name reviewers.
    let sec = users
        .iter()
        .find(|u| u.email.as_str() == demo::SECRETARIAT_EMAIL)
        .unwrap();
    let sec_token = store::tokens::issue(&app.db, None, sec.id, None).await.unwrap();
    let body = app.get("/api/v1/users", Some(&sec_token)).await.text().await.unwrap();
    assert!(!reviewers.leaks_in("secretariat", &body).is_empty());

    // The network view: for the secretariat only; every city counted once per measurement, and
    // no city named anywhere on it.
    let latest = cycles
        .iter()
        .filter(|c| c.state.as_str() == "published")
        .max_by_key(|c| c.id)
        .unwrap();
    let histogram = store::profile::histogram(&app.db, latest).await.unwrap();
    assert_eq!(histogram.len(), 18);
    assert!(
        histogram.iter().all(|(_, counts)| counts.iter().sum::<usize>() == 24),
        "{histogram:?}"
    );
    let (sb, _) = sign_in(&app, sec.id).await;
    let network = sb.get(app.url("/network")).send().await.unwrap().text().await.unwrap();
    assert!(network.contains("Cities per consensus score"), "{network}");
    assert!(network.contains("The network over time") && network.contains("class=\"trend\""));
    // Over time in the API: three cycles, oldest first, every city counted once per measurement.
    let over_time = json_of(app.get("/api/v1/network/series", Some(&sec_token)).await).await;
    assert_eq!(over_time["cycles"].as_array().unwrap().len(), 3, "{over_time}");
    let series = over_time["series"].as_object().unwrap();
    assert_eq!(series.len(), 18);
    for points in series.values() {
        let points = points.as_array().unwrap();
        assert_eq!(points.len(), 3);
        for p in points {
            let n: u64 = p["counts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_u64().unwrap())
                .sum();
            assert_eq!(n, 24, "{p}");
        }
    }
    let text = over_time.to_string();
    for city in store::cities::list(&app.db, None).await.unwrap() {
        assert!(!text.contains(&city.name), "the network series names {}", city.name);
    }
    assert_eq!(
        app.get("/api/v1/network/series", Some(&token)).await.status(),
        StatusCode::FORBIDDEN
    );
    for city in store::cities::list(&app.db, None).await.unwrap() {
        assert!(!network.contains(&city.name), "the network view names {}", city.name);
    }
    let r = b.get(app.url("/network")).send().await.unwrap();
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "a city user is refused the network view"
    );
}

#[tokio::test]
async fn the_demo_refuses_a_database_that_holds_other_data() {
    let app = TestApp::spawn().await;
    app.secretariat().await;
    let err = demo::load(&app.app).await.expect_err("refused");
    assert!(err.to_string().contains("empty database"), "{err}");
    assert!(
        store::cities::list(&app.db, None).await.unwrap().is_empty(),
        "nothing was written"
    );
}
