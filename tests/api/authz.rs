//! The authorization matrix: every route of the JSON API and every page, tried by every kind of
//! caller, against what the rules (`../shared/spec/product.md`, `api-v1.md`, `src/domain/visibility.rs`)
//! say each may do. One scenario, two cities; the ids in the paths point at city A's objects.
//!
//! The test collects every mismatch and fails listing them all; an unexpected allow (a caller got
//! past authorization where the rules refuse) is listed first, as CRITICAL.
//!
//! What counts as what:
//! - allow: a 2xx; or a 409 or 422, which are state and validation refusals that the contract puts
//!   after authentication and visibility, so the caller was let through; for pages also a redirect
//!   that is not to the sign-in page (post/redirect/get after a successful form).
//! - 401: the API without a token. Pages send an anonymous visitor to `/signin?next=…` instead.
//! - 403: the caller's role may never do this, whether or not the object exists.
//! - 404: the caller may do this kind of thing, but may not know that this object exists.
//! - 403 or 404: both refusals are right by the rules (the role may not do it *and* may not see the
//!   object), and the rules do not say which of the two comes first.
//!
//! Writes are chosen so that the outcome for the next caller does not depend on them: a write that
//! would change the scenario is refused on state (409) even for those allowed, or re-sends the data
//! that is there (the same profile, the same bundle), or touches objects no other row reads (a new
//! user, city, cycle; a spare account disabled then enabled; a conflict with a city outside the cycle).
use std::collections::BTreeSet;
use std::time::Instant;

use lcreview::domain::user::Role;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, full_report, json_of};
use crate::pages::{browser, dev_app, sign_in};

/// The callers, in the order of the table's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Actor {
    Anonymous,
    /// A coordinator of city A.
    CityA,
    /// A coordinator of city B (also in the cycle).
    CityB,
    /// An expert of the panel, assigned to city A's bundle (a reviewer of A's items).
    PanelExpert,
    /// An expert on no panel of the cycle, assigned nothing.
    OtherExpert,
    /// A panel member who declared a conflict of interest with city A: assigned to B, not to A.
    ConflictedExpert,
    /// The panel's chair, a member not assigned to A's bundle.
    Chair,
    Secretariat,
    // The chairs-and-late-conflicts matrix (`chairs_and_late_conflicts_are_held_to_the_rules`):
    /// Chairs panel 1 and reviews city A's bundle of it; has not rated yet.
    ReviewingChair,
    /// Chairs panel 2 and declared a conflict with city A.
    ConflictedChair,
    /// Reviewed city A on panel 1, then declared a conflict with it mid-review.
    LateConflicted,
}

const ACTORS: [Actor; 8] = [
    Actor::Anonymous,
    Actor::CityA,
    Actor::CityB,
    Actor::PanelExpert,
    Actor::OtherExpert,
    Actor::ConflictedExpert,
    Actor::Chair,
    Actor::Secretariat,
];

/// The expected outcome of one request by one caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    /// Got past authorization: 2xx, 409, 422, or (pages) a redirect elsewhere than sign-in.
    Allow,
    /// 401 (API, no token).
    Unauth,
    /// Pages, not signed in: a redirect to `/signin?next=…`.
    SignIn,
    /// 403.
    Forbidden,
    /// 404.
    Hidden,
    /// 403 or 404.
    Refused,
    /// Refused (403, 404), or a 2xx that does not contain city A's narrative.
    Withheld,
    /// Let through, without any co-reviewer's justification of the open round (`BLIND_MARKER`).
    Blind,
}

/// Marks a co-reviewer's justification that a chair who reviews must not see before rating.
const BLIND_MARKER: &str = "BLIND-7c1e";

use Expect::{Allow as A, Forbidden as F, Hidden as H, Refused as R, SignIn as S, Unauth as U, Withheld as W};

/// Marks every narrative of city A's report, to see where it leaks.
const NARRATIVE_MARKER: &str = "CORK-NARRATIVE-7f3a";
const JUSTIFICATION: &str =
    "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Api,
    Page,
}

enum Body {
    None,
    Json(Value),
    /// Form fields; the caller's CSRF token is added when sent.
    Form(Vec<(&'static str, String)>),
}

struct Row {
    kind: Kind,
    /// `METHOD /path/{template}`, as in the OpenAPI document for the API.
    route: &'static str,
    path: String,
    body: Body,
    /// One per actor, in the order of the scenario's callers.
    expect: Vec<Expect>,
}

fn api(expect: [Expect; 8], route: &'static str, path: impl Into<String>, body: Body) -> Row {
    Row {
        kind: Kind::Api,
        route,
        path: path.into(),
        body,
        expect: expect.to_vec(),
    }
}

fn page(expect: [Expect; 8], route: &'static str, path: impl Into<String>, body: Body) -> Row {
    Row {
        kind: Kind::Page,
        route,
        path: path.into(),
        body,
        expect: expect.to_vec(),
    }
}

fn form(fields: &[(&'static str, &str)]) -> Body {
    Body::Form(fields.iter().map(|(k, v)| (*k, (*v).to_owned())).collect())
}

/// A caller's credentials: an API token and a signed-in browser with its session's CSRF token.
struct Caller {
    actor: Actor,
    token: Option<String>,
    browser: reqwest::Client,
    csrf: String,
}

/// The scenario's ids.
struct Ids {
    cycle: i64,
    panel: i64,
    city_a: i64,
    city_b: i64,
    /// A city outside the cycle, for conflict declarations that change nothing the rows read.
    city_d: i64,
    item_a: i64,
    item_b: i64,
    panel_expert: i32,
    second_reviewer: i32,
    other_expert: i32,
    conflicted: i32,
    chair: i32,
    /// An account no one uses: the one the secretariat disables and enables again.
    spare: i32,
    /// A token of an account no caller uses: the one revoked.
    holder_token: i32,
    report_version_a: i64,
}

struct Scenario {
    app: TestApp,
    ids: Ids,
    callers: Vec<Caller>,
}

async fn ok(r: reqwest::Response, what: &str) -> Value {
    let status = r.status();
    let text = r.text().await.expect("body");
    assert!(status.is_success(), "{what}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// A cycle of two cities (A = Cork, IE; B = Porto, PT), both reports submitted, one panel in use
/// (Policy & leadership: 3.1.1.a, 3.1.2.a, 3.1.3.a) with k = 2, members: the panel expert, a second
/// reviewer, the conflicted expert and the chair. Bundles in force: A = {panel expert, second
/// reviewer}, B = {second reviewer, conflicted expert}; the chair reviews nothing. Left collecting.
async fn scenario() -> Scenario {
    let app = dev_app().await;
    let (sec_id, sec) = app
        .seed_user("secretariat@unesco.example.org", Role::Secretariat, None)
        .await;
    let city_a = i64::from(app.city(&sec, "Cork", "IE").await);
    let city_b = i64::from(app.city(&sec, "Porto", "PT").await);
    let city_d = i64::from(app.city(&sec, "Espoo", "FI").await);

    let mut experts = Vec::new();
    for name in ["panel", "second", "other", "conflicted", "chair"] {
        let (id, token) = app
            .seed_user(&format!("{name}@experts.example.org"), Role::Expert, None)
            .await;
        ok(
            app.put(
                &format!("/api/v1/experts/{id}/profile"),
                Some(&sec),
                &json!({"country": "BR", "languages": ["en"], "expertise": ["3.1"], "capacity": 3}),
            )
            .await,
            "profile",
        )
        .await;
        experts.push((id, token));
    }
    let [
        (panel_expert, panel_token),
        (second, _),
        (other, other_token),
        (conflicted, conflicted_token),
        (chair, chair_token),
    ] = <[(i32, String); 5]>::try_from(experts).expect("five experts");
    let (spare, _) = app.seed_user("spare@experts.example.org", Role::Expert, None).await;
    let (holder, _) = app.seed_user("holder@experts.example.org", Role::Expert, None).await;
    let holder_token = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::api_token::Entity::find()
            .filter(entity::api_token::Column::UserId.eq(holder))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    ok(
        app.post(
            &format!("/api/v1/experts/{conflicted}/conflicts"),
            Some(&conflicted_token),
            Some(&json!({"city_id": city_a, "reason": "I advised Cork's learning city strategy."})),
        )
        .await,
        "conflict",
    )
    .await;

    let c = ok(
        app.create_cycle(
            &sec,
            &json!({"name": "Review 2026", "city_ids": [city_a, city_b], "panel_size": 2}),
        )
        .await,
        "cycle",
    )
    .await;
    let cycle = c["id"].as_i64().expect("cycle id");
    let panels: Vec<(i64, Vec<String>)> = c["panels"]
        .as_array()
        .expect("panels")
        .iter()
        .map(|p| {
            let codes = p["measurements"]
                .as_array()
                .map(|m| m.iter().filter_map(|c| c.as_str().map(str::to_owned)).collect())
                .unwrap_or_default();
            (p["id"].as_i64().unwrap_or(0), codes)
        })
        .collect();
    let panel = panels
        .iter()
        .find(|(_, m)| m.iter().any(|c| c == "3.1.1.a"))
        .expect("the Policy & leadership panel")
        .0;
    ok(
        app.update_panel(
            &sec,
            cycle,
            panel,
            &json!({"members": [panel_expert, second, conflicted, chair], "chair": chair}),
        )
        .await,
        "panel",
    )
    .await;
    for (p, _) in panels.iter().filter(|(p, _)| *p != panel) {
        ok(
            app.update_panel(&sec, cycle, *p, &json!({"members": [], "measurements": []}))
                .await,
            "other panels",
        )
        .await;
    }
    ok(app.transition(&sec, cycle, "collecting").await, "collecting").await;

    let (city_a_user, city_a_token) = app
        .seed_user("coord@cork.example.org", Role::City, Some(city_a as i32))
        .await;
    let (city_b_user, city_b_token) = app
        .seed_user("coord@porto.example.org", Role::City, Some(city_b as i32))
        .await;
    let mut report_version_a = 0;
    for (city, token, marker) in [
        (city_a, &city_a_token, NARRATIVE_MARKER),
        (city_b, &city_b_token, "Porto"),
    ] {
        let mut report = full_report("en");
        if let Some(n) = report["narratives"].as_object_mut() {
            n.retain(|k, _| k.starts_with("3.1."));
            for (code, v) in n.iter_mut() {
                v["text"] = json!(format!(
                    "{marker}: what the city does for {code}: plans, budgets and results."
                ));
            }
        }
        ok(app.save_submission(token, cycle, city, &report).await, "report").await;
        let saved = ok(app.submit(token, cycle, city).await, "submit").await;
        if city == city_a {
            report_version_a = saved["version"].as_i64().unwrap_or(0);
        }
    }

    // The assignment: run, then set both bundles by hand, then confirm.
    ok(
        app.post(&format!("/api/v1/cycles/{cycle}/assignment/run"), Some(&sec), None)
            .await,
        "run",
    )
    .await;
    for (city, members) in [(city_a, [panel_expert, second]), (city_b, [second, conflicted])] {
        ok(
            app.put(
                &format!("/api/v1/cycles/{cycle}/assignment/bundles/{city}/{panel}"),
                Some(&sec),
                &json!({"experts": members}),
            )
            .await,
            "bundle",
        )
        .await;
    }
    let in_force = ok(
        app.post(&format!("/api/v1/cycles/{cycle}/assignment/confirm"), Some(&sec), None)
            .await,
        "confirm",
    )
    .await;
    let bundle = |city: i64| -> BTreeSet<i64> {
        in_force["bundles"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|b| b["city_id"] == city && b["panel_id"] == panel)
            .flat_map(|b| b["experts"].as_array().into_iter().flatten().filter_map(Value::as_i64))
            .collect()
    };
    assert_eq!(
        bundle(city_a),
        BTreeSet::from([i64::from(panel_expert), i64::from(second)])
    );
    assert_eq!(
        bundle(city_b),
        BTreeSet::from([i64::from(second), i64::from(conflicted)])
    );

    let items = lcreview::store::ratings::items_of_cycle(&app.db, cycle as i32)
        .await
        .expect("items");
    let item = |city: i64| {
        i64::from(
            items
                .iter()
                .find(|i| i64::from(i.city_id) == city && i.measurement == "3.1.1.a")
                .expect("an item of 3.1.1.a")
                .id,
        )
    };
    let (item_a, item_b) = (item(city_a), item(city_b));

    let mut callers = vec![Caller {
        actor: Actor::Anonymous,
        token: None,
        browser: browser(),
        csrf: "no-session".into(),
    }];
    for (actor, id, token) in [
        (Actor::CityA, city_a_user, city_a_token),
        (Actor::CityB, city_b_user, city_b_token),
        (Actor::PanelExpert, panel_expert, panel_token),
        (Actor::OtherExpert, other, other_token),
        (Actor::ConflictedExpert, conflicted, conflicted_token),
        (Actor::Chair, chair, chair_token),
        (Actor::Secretariat, sec_id, sec),
    ] {
        let (b, csrf) = sign_in(&app, id).await;
        callers.push(Caller {
            actor,
            token: Some(token),
            browser: b,
            csrf,
        });
    }
    assert_eq!(callers.iter().map(|c| c.actor).collect::<Vec<_>>(), ACTORS);
    Scenario {
        app,
        ids: Ids {
            cycle,
            panel,
            city_a,
            city_b,
            city_d,
            item_a,
            item_b,
            panel_expert,
            second_reviewer: second,
            other_expert: other,
            conflicted,
            chair,
            spare,
            holder_token,
            report_version_a,
        },
        callers,
    }
}

/// Rows for the collecting phase (assignment confirmed, review not started): experts read a city's
/// report "only once reviewing" (api-v1: Reports; visibility.rs `report_access`), whatever route
/// carries it.
#[rustfmt::skip]
fn collecting_rows(ids: &Ids) -> Vec<Row> {
    let Ids { cycle, panel, city_a, item_a, .. } = *ids;
    vec![
        //    anon cityA cityB panel other confl chair sec
        api( [U,   A,    H,    H,    H,    H,    H,    A], "GET /api/v1/cycles/{id}/submissions/{city_id}",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}"), Body::None),
        page([S,   A,    H,    H,    H,    H,    H,    A], "GET /cycles/{id}/reports/{city}",
            format!("/cycles/{cycle}/reports/{city_a}"), Body::None),
        // The item carries the city's narrative: before review its reviewers and its chair may not
        // read it (found by this matrix; fixed in `Actor::item_access`).
        api( [U,   H,    H,    W,    H,    H,    W,    A], "GET /api/v1/items/{id}",
            format!("/api/v1/items/{item_a}"), Body::None),
        // The same through the reviewer's page.
        page([S,   H,    H,    W,    H,    H,    R,    R], "GET /reviews/{cycle}/{city}/{panel}",
            format!("/reviews/{cycle}/{city_a}/{panel}"), Body::None),
    ]
}

/// Every API route and every page, in review.
#[rustfmt::skip]
fn review_rows(ids: &Ids) -> Vec<Row> {
    let Ids {
        cycle, panel, city_a, city_b, city_d, item_a, item_b, panel_expert: pe, second_reviewer, other_expert,
        conflicted, chair, spare, holder_token, report_version_a,
    } = *ids;
    let profile = json!({"country": "BR", "languages": ["en"], "expertise": ["3.1"], "capacity": 3});
    let profile_form = || form(&[
        ("country", "BR"), ("city_id", ""), ("institution", ""), ("languages", "en"), ("expertise", "3.1"),
        ("capacity", "3"),
    ]);
    let mut report = full_report("en");
    if let Some(n) = report["narratives"].as_object_mut() {
        n.retain(|k, _| k.starts_with("3.1."));
    }
    report["version"] = json!(report_version_a);
    let version_a = report_version_a.to_string();
    let members = [pe, second_reviewer, conflicted, chair];
    let members_form = || {
        let mut f: Vec<(&'static str, String)> = members.iter().map(|m| ("members", m.to_string())).collect();
        f.push(("chair", chair.to_string()));
        f.extend(["3.1.1.a", "3.1.2.a", "3.1.3.a"].map(|c| ("measurements", c.to_owned())));
        Body::Form(f)
    };
    let (d, pe_s, second_s) = (city_d.to_string(), pe.to_string(), second_reviewer.to_string());
    let other_s = other_expert.to_string();
    let conflict_with_d = || form(&[("city_id", &d), ("reason", "Consulted for Espoo in 2024.")]);
    let statement = "Cork has a clear strategy; publish yearly progress.";
    let rationale = "The panel weighed the evidence carefully.";

    vec![
        //    anon cityA cityB panel other confl chair sec
        // ---- JSON API: public ----
        api( [A,   A,    A,    A,    A,    A,    A,    A], "GET /healthz", "/healthz", Body::None),
        api( [A,   A,    A,    A,    A,    A,    A,    A], "GET /api/openapi.json", "/api/openapi.json", Body::None),
        // ---- Framework: anyone signed in ----
        api( [U,   A,    A,    A,    A,    A,    A,    A], "GET /api/v1/framework", "/api/v1/framework", Body::None),
        api( [U,   A,    A,    A,    A,    A,    A,    A], "GET /api/v1/framework/editions",
            "/api/v1/framework/editions", Body::None),
        // ---- Users: the secretariat; /me for anyone signed in ----
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/users", "/api/v1/users",
            Body::Json(json!({"email": "invited-api@example.org", "name": "Invited Api", "role": "expert"}))),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/users", "/api/v1/users", Body::None),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/users/{id}",
            format!("/api/v1/users/{pe}"), Body::None),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/users/{id}/tokens",
            format!("/api/v1/users/{spare}/tokens"), Body::None),
        api( [U,   A,    A,    A,    A,    A,    A,    A], "GET /api/v1/me", "/api/v1/me", Body::None),
        api( [U,   A,    A,    A,    A,    A,    A,    A], "GET /api/v1/me/tokens", "/api/v1/me/tokens", Body::None),
        // Another person's token: the secretariat revokes it; for anyone else it does not exist.
        api( [U,   H,    H,    H,    H,    H,    H,    A], "DELETE /api/v1/tokens/{id}",
            format!("/api/v1/tokens/{holder_token}"), Body::None),
        api( [U,   A,    A,    A,    A,    A,    A,    A], "PUT /api/v1/me/preferences", "/api/v1/me/preferences",
            Body::Json(json!({"time_zone": "UTC"}))),
        // ---- Cities: the register is the secretariat's; a city reads its own; experts may not ----
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cities", "/api/v1/cities",
            Body::Json(json!({"name": "Lyon", "country": "FR", "languages": ["fr"]}))),
        api( [U,   A,    A,    F,    F,    F,    F,    A], "GET /api/v1/cities", "/api/v1/cities", Body::None),
        api( [U,   A,    H,    F,    F,    F,    F,    A], "GET /api/v1/cities/{id}",
            format!("/api/v1/cities/{city_a}"), Body::None),
        // A city's institutions: its users and the secretariat (the list as it is: none).
        api( [U,   A,    H,    F,    F,    F,    F,    A], "PUT /api/v1/cities/{id}/institutions",
            format!("/api/v1/cities/{city_a}/institutions"), Body::Json(json!({"institutions": []}))),
        // ---- Experts: the secretariat and the expert themself; other experts 404; cities 403 ----
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/experts", "/api/v1/experts", Body::None),
        api( [U,   F,    F,    A,    H,    H,    H,    A], "GET /api/v1/experts/{user_id}/profile",
            format!("/api/v1/experts/{pe}/profile"), Body::None),
        // The same profile again.
        api( [U,   F,    F,    A,    H,    H,    H,    A], "PUT /api/v1/experts/{user_id}/profile",
            format!("/api/v1/experts/{pe}/profile"), Body::Json(profile.clone())),
        api( [U,   F,    F,    A,    H,    H,    H,    A], "GET /api/v1/experts/{user_id}/conflicts",
            format!("/api/v1/experts/{pe}/conflicts"), Body::None),
        // A conflict with a city outside the cycle.
        api( [U,   F,    F,    A,    H,    H,    H,    A], "POST /api/v1/experts/{user_id}/conflicts",
            format!("/api/v1/experts/{pe}/conflicts"),
            Body::Json(json!({"city_id": city_d, "reason": "I worked for Espoo's adult education centre."}))),
        // ---- Cycles: the secretariat (visibility.rs cycle_access) ----
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cycles", "/api/v1/cycles",
            Body::Json(json!({"name": "Another cycle", "city_ids": [city_d]}))),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/cycles", "/api/v1/cycles", Body::None),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/cycles/{id}",
            format!("/api/v1/cycles/{cycle}"), Body::None),
        // The same name again: nothing changes.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "PATCH /api/v1/cycles/{id}",
            format!("/api/v1/cycles/{cycle}"), Body::Json(json!({"name": "Review 2026"}))),
        // The round has no deadline: 422 for the secretariat (nobody needs an extension).
        api( [U,   F,    F,    F,    F,    F,    F,    A], "PUT /api/v1/cycles/{id}/extensions/{user_id}",
            format!("/api/v1/cycles/{cycle}/extensions/{pe}"), Body::Json(json!({"until": "2099-01-01T00:00:00Z"}))),
        // No extension to withdraw: 404 for the secretariat.
        api( [U,   F,    F,    F,    F,    F,    F,    H], "DELETE /api/v1/cycles/{id}/extensions/{user_id}",
            format!("/api/v1/cycles/{cycle}/extensions/{pe}"), Body::None),
        // In review, not reconciling: 409 for the secretariat.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cycles/{id}/close-round",
            format!("/api/v1/cycles/{cycle}/close-round"), Body::None),
        // In review: 409 for the secretariat.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "PUT /api/v1/cycles/{id}/panels/{panel_id}",
            format!("/api/v1/cycles/{cycle}/panels/{panel}"), Body::Json(json!({"members": members, "chair": chair}))),
        // Backwards: 409 for the secretariat.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cycles/{id}/transition",
            format!("/api/v1/cycles/{cycle}/transition"), Body::Json(json!({"to": "collecting"}))),
        // ---- Reports: the city's users and the secretariat; assigned experts once reviewing ----
        api( [U,   A,    H,    A,    H,    H,    H,    A], "GET /api/v1/cycles/{id}/submissions/{city_id}",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}"), Body::None),
        // Writing: the city's own users (409 now: not collecting); who may read but not write 403,
        // who may not even read 404 (visibility.rs may_write_report).
        api( [U,   A,    H,    F,    H,    H,    H,    F], "PUT /api/v1/cycles/{id}/submissions/{city_id}",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}"), Body::Json(report.clone())),
        api( [U,   A,    H,    F,    H,    H,    H,    F], "POST /api/v1/cycles/{id}/submissions/{city_id}/submit",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}/submit"), Body::None),
        // Returning: the secretariat (409 now: not collecting).
        api( [U,   F,    R,    F,    R,    R,    R,    A], "POST /api/v1/cycles/{id}/submissions/{city_id}/return",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}/return"),
            Body::Json(json!({"message": "Please add evidence links."}))),
        // The figures' checks: whoever reads the report; deciding is the secretariat's, answering
        // the city's own users' (409 now: nothing asked).
        api( [U,   A,    H,    A,    H,    H,    H,    A], "GET /api/v1/cycles/{id}/submissions/{city_id}/checks",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}/checks"), Body::None),
        api( [U,   F,    R,    F,    R,    R,    R,    A], "PUT /api/v1/cycles/{id}/submissions/{city_id}/checks/{measurement}",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}/checks/1.1.1.a"), Body::Json(json!({"status": "verified"}))),
        api( [U,   A,    H,    F,    H,    H,    H,    F], "POST /api/v1/cycles/{id}/submissions/{city_id}/checks/{measurement}/answer",
            format!("/api/v1/cycles/{cycle}/submissions/{city_a}/checks/1.1.1.a/answer"), Body::Json(json!({"answer": "It is right."}))),
        // ---- Assignment: the secretariat ----
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/cycles/{id}/assignment",
            format!("/api/v1/cycles/{cycle}/assignment"), Body::None),
        // Run and confirm while collecting only: 409 now.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cycles/{id}/assignment/run",
            format!("/api/v1/cycles/{cycle}/assignment/run"), Body::None),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cycles/{id}/assignment/confirm",
            format!("/api/v1/cycles/{cycle}/assignment/confirm"), Body::None),
        // The bundle as it is.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "PUT /api/v1/cycles/{id}/assignment/bundles/{city_id}/{panel_id}",
            format!("/api/v1/cycles/{cycle}/assignment/bundles/{city_a}/{panel}"),
            Body::Json(json!({"experts": [pe, second_reviewer]}))),
        // An expert with no bundle: 422 for the secretariat, nothing changes.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cycles/{id}/assignment/withdraw",
            format!("/api/v1/cycles/{cycle}/assignment/withdraw"), Body::Json(json!({"expert_id": other_expert}))),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/cycles/{id}/remind",
            format!("/api/v1/cycles/{cycle}/remind"), Body::None),
        // ---- The outbox and the templates: the secretariat's (message 1 is not failed: 409) ----
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/outbox", "/api/v1/outbox", Body::None),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/outbox/{id}/retry", "/api/v1/outbox/1/retry",
            Body::None),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/mail/templates", "/api/v1/mail/templates",
            Body::None),
        // ---- Rating: an item is seen by its reviewers, its panel's chair and the secretariat; by
        // anyone else, whatever the role, 404 (visibility.rs item_access). Only reviewers rate ----
        api( [U,   A,    A,    A,    A,    A,    A,    A], "GET /api/v1/me/items", "/api/v1/me/items", Body::None),
        api( [U,   H,    H,    A,    H,    H,    A,    A], "GET /api/v1/items/{id}",
            format!("/api/v1/items/{item_a}"), Body::None),
        // A draft: no one else sees it.
        api( [U,   H,    H,    A,    H,    H,    F,    F], "PUT /api/v1/items/{id}/rating",
            format!("/api/v1/items/{item_a}/rating"),
            Body::Json(json!({"score": 4, "justification": JUSTIFICATION, "submit": false}))),
        // Reopening a submitted rating: the secretariat's (422 here: that expert does not review it).
        api( [U,   F,    F,    F,    F,    F,    F,    A], "POST /api/v1/items/{id}/reopen",
            format!("/api/v1/items/{item_a}/reopen"),
            Body::Json(json!({"user_id": other_expert, "reason": "The reviewer asked to correct a typo."}))),
        // ---- Consensus: the panel's chair or the secretariat ----
        api( [U,   F,    F,    F,    F,    F,    A,    A], "GET /api/v1/cycles/{id}/items",
            format!("/api/v1/cycles/{cycle}/items"), Body::None),
        // Not in moderation: 409 for those allowed.
        api( [U,   H,    H,    F,    H,    H,    A,    A], "POST /api/v1/items/{id}/consensus",
            format!("/api/v1/items/{item_a}/consensus"), Body::Json(json!({"score": 3, "rationale": rationale}))),
        api( [U,   H,    H,    F,    H,    H,    A,    A], "PUT /api/v1/items/{id}/feedback",
            format!("/api/v1/items/{item_a}/feedback"), Body::Json(json!({"statement": statement}))),
        // api-v1.md puts this route under "Consensus (panel chair or secretariat)"; a chair reads
        // their own panels' figures from reconciliation on (403 while reviewing; their panels only
        // after, checked in loose_ends.rs); the per-expert deviation is the secretariat's only.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/cycles/{id}/agreement",
            format!("/api/v1/cycles/{cycle}/agreement"), Body::None),
        // ---- The workspace: scoring guidance (the cycle's experts read, the secretariat writes),
        // an item's discussion (whoever sees the item; closed in review: 409), the caller's own
        // chaired panels and history (empty lists for those who have none) ----
        api( [U,   F,    F,    A,    H,    A,    A,    A], "GET /api/v1/cycles/{id}/guidance",
            format!("/api/v1/cycles/{cycle}/guidance"), Body::None),
        api( [U,   F,    F,    F,    F,    F,    F,    A], "PUT /api/v1/cycles/{id}/guidance/{measurement}",
            format!("/api/v1/cycles/{cycle}/guidance/3.1.1.a"), Body::Json(json!({"levels": []}))),
        api( [U,   H,    H,    A,    H,    H,    A,    A], "GET /api/v1/items/{id}/comments",
            format!("/api/v1/items/{item_a}/comments"), Body::None),
        api( [U,   H,    H,    A,    H,    H,    A,    A], "POST /api/v1/items/{id}/comments",
            format!("/api/v1/items/{item_a}/comments"), Body::Json(json!({"body": "Is the budget line recurrent?"}))),
        api( [U,   A,    A,    A,    A,    A,    A,    A], "GET /api/v1/me/panels", "/api/v1/me/panels", Body::None),
        api( [U,   A,    A,    A,    A,    A,    A,    A], "GET /api/v1/me/history", "/api/v1/me/history", Body::None),
        // A city's action plan is for a published cycle only (none yet: 404 for its readers).
        api( [U,   H,    H,    F,    F,    F,    F,    H], "GET /api/v1/cities/{id}/actions/{cycle_id}",
            format!("/api/v1/cities/{city_a}/actions/{cycle}"), Body::None),
        api( [U,   H,    H,    F,    F,    F,    F,    H], "PUT /api/v1/cities/{id}/actions/{cycle_id}",
            format!("/api/v1/cities/{city_a}/actions/{cycle}"), Body::Json(json!({"actions": {}}))),
        // Every rating with its reviewer's identity: the secretariat's alone.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/cycles/{id}/ratings.csv",
            format!("/api/v1/cycles/{cycle}/ratings.csv"), Body::None),
        // The network over time: anonymous, the secretariat's.
        api( [U,   F,    F,    F,    F,    F,    F,    A], "GET /api/v1/network/series",
            "/api/v1/network/series", Body::None),
        // ---- City profile: that city's users and the secretariat ----
        api( [U,   A,    H,    F,    F,    F,    F,    A], "GET /api/v1/cities/{id}/profile",
            format!("/api/v1/cities/{city_a}/profile"), Body::None),
        api( [U,   A,    H,    F,    F,    F,    F,    A], "GET /api/v1/cities/{id}/profile.csv",
            format!("/api/v1/cities/{city_a}/profile.csv"), Body::None),
        // ---- City B's report and item: the conflicted expert reviews B ----
        api( [U,   H,    A,    H,    H,    A,    H,    A], "GET /api/v1/cycles/{id}/submissions/{city_id}",
            format!("/api/v1/cycles/{cycle}/submissions/{city_b}"), Body::None),
        api( [U,   H,    H,    H,    H,    A,    A,    A], "GET /api/v1/items/{id}",
            format!("/api/v1/items/{item_b}"), Body::None),

        //    anon cityA cityB panel other confl chair sec
        // ---- Pages: public ----
        page([A,   A,    A,    A,    A,    A,    A,    A], "GET /", "/", Body::None),
        page([A,   A,    A,    A,    A,    A,    A,    A], "GET /framework", "/framework", Body::None),
        page([A,   A,    A,    A,    A,    A,    A,    A], "GET /static/style.css", "/static/style.css", Body::None),
        page([A,   A,    A,    A,    A,    A,    A,    A], "GET /static/review.js", "/static/review.js", Body::None),
        // ---- Pages: administration, the secretariat's (403 for every other role, whatever the id) ----
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /admin/users", "/admin/users", Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /admin/users", "/admin/users",
            form(&[("email", "invited-page@example.org"), ("name", "Invited Page"), ("role", "expert"), ("city_id", "")])),
        // The spare account: disabled, then enabled again.
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /admin/users/{id}/disable",
            format!("/admin/users/{spare}/disable"), form(&[])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /admin/users/{id}/enable",
            format!("/admin/users/{spare}/enable"), form(&[])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /admin/cities", "/admin/cities", Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /admin/cities", "/admin/cities",
            form(&[("name", "Turku"), ("country", "FI"), ("region", ""), ("languages", "fi, sv")])),
        // A city's institutions: its users and the secretariat.
        page([S,   A,    H,    F,    F,    F,    F,    A], "GET /cities/{id}/institutions",
            format!("/cities/{city_a}/institutions"), Body::None),
        page([S,   A,    H,    F,    F,    F,    F,    A], "POST /cities/{id}/institutions",
            format!("/cities/{city_a}/institutions"), form(&[("institutions", "")])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /admin/experts", "/admin/experts", Body::None),
        // The administration's view of an expert (the expert's own is /profile).
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /admin/experts/{id}",
            format!("/admin/experts/{pe}"), Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /admin/experts/{id}",
            format!("/admin/experts/{pe}"), profile_form()),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /admin/experts/{id}/conflicts",
            format!("/admin/experts/{pe}/conflicts"), conflict_with_d()),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /audit", "/audit", Body::None),
        // The e-mail the service sends: the secretariat's. Message 1 is not failed (a redirect with
        // the refusal for the secretariat).
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /outbox", "/outbox", Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /outbox/{id}/retry", "/outbox/1/retry", form(&[])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /mail/templates", "/mail/templates", Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /mail/templates/{kind}", "/mail/templates/reminder", Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /mail/templates/{kind}/html",
            "/mail/templates/reminder/html", Body::None),
        // Everyone's own settings (saved as they are).
        page([S,   A,    A,    A,    A,    A,    A,    A], "GET /settings", "/settings", Body::None),
        page([S,   A,    A,    A,    A,    A,    A,    A], "POST /settings", "/settings",
            form(&[("language", ""), ("time_zone", "UTC"), ("mail_digest", "immediate")])),
        // The language switcher: a signed-in person's choice is kept on their profile (a form);
        // anyone's, signed in or not, in a cookie (a link).
        page([S,   A,    A,    A,    A,    A,    A,    A], "POST /language", "/language", form(&[("language", "en")])),
        page([A,   A,    A,    A,    A,    A,    A,    A], "GET /language/{code}", "/language/en", Body::None),
        // Published scores across the network, anonymous: the secretariat's (no league table for others).
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /network", "/network", Body::None),
        // ---- Pages: an expert's own profile (other roles have none) ----
        page([S,   F,    F,    A,    A,    A,    A,    F], "GET /profile", "/profile", Body::None),
        page([S,   F,    F,    A,    A,    A,    A,    F], "POST /profile", "/profile", profile_form()),
        page([S,   F,    F,    A,    A,    A,    A,    F], "POST /profile/conflicts", "/profile/conflicts",
            conflict_with_d()),
        // ---- Pages: cycles, panels and assignment, the secretariat's ----
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /cycles", "/cycles", Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles", "/cycles",
            form(&[("name", "A cycle from the page"), ("city_ids", &d), ("panel_size", "3"), ("submission", ""),
                   ("review", ""), ("reconciliation", "")])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /cycles/{id}", format!("/cycles/{cycle}"), Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/transition",
            format!("/cycles/{cycle}/transition"), form(&[("to", "collecting")])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/remind",
            format!("/cycles/{cycle}/remind"), form(&[])),
        // The cycle's settings as they are; an extension the round cannot take (no deadline: 422);
        // none to withdraw (404); no round to close in review (409); an expert with no bundle (422).
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/edit",
            format!("/cycles/{cycle}/edit"), form(&[("name", "Review 2026")])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/extensions",
            format!("/cycles/{cycle}/extensions"), form(&[("user_id", &pe_s), ("until", "2099-01-01T00:00"), ("zone", "UTC")])),
        page([S,   F,    F,    F,    F,    F,    F,    H], "POST /cycles/{id}/extensions/{user}/remove",
            format!("/cycles/{cycle}/extensions/{pe}/remove"), form(&[])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/close-round",
            format!("/cycles/{cycle}/close-round"), form(&[])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/assignment/withdraw",
            format!("/cycles/{cycle}/assignment/withdraw"), form(&[("expert_id", &other_s)])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /cycles/{id}/panels/{panel}",
            format!("/cycles/{cycle}/panels/{panel}"), Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/panels/{panel}",
            format!("/cycles/{cycle}/panels/{panel}"), members_form()),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /cycles/{id}/assignment",
            format!("/cycles/{cycle}/assignment"), Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/assignment/run",
            format!("/cycles/{cycle}/assignment/run"), form(&[])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/assignment/confirm",
            format!("/cycles/{cycle}/assignment/confirm"), form(&[])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /cycles/{id}/assignment/{city}/{panel}",
            format!("/cycles/{cycle}/assignment/{city_a}/{panel}"), Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/assignment/{city}/{panel}",
            format!("/cycles/{cycle}/assignment/{city_a}/{panel}"),
            form(&[("experts", &pe_s), ("experts", &second_s)])),
        // ---- Pages: reports, as in the API ----
        page([S,   A,    H,    A,    H,    H,    H,    A], "GET /cycles/{id}/reports/{city}",
            format!("/cycles/{cycle}/reports/{city_a}"), Body::None),
        page([S,   A,    H,    F,    H,    H,    H,    F], "POST /cycles/{id}/reports/{city}",
            format!("/cycles/{cycle}/reports/{city_a}"),
            form(&[("language", "en"), ("version", &version_a), ("action", "save"),
                   ("n.3.1.1.a.text", "Changed after submission.")])),
        page([S,   F,    R,    F,    R,    R,    R,    A], "POST /cycles/{id}/reports/{city}/return",
            format!("/cycles/{cycle}/reports/{city_a}/return"), form(&[("message", "Please add evidence links.")])),
        page([S,   F,    R,    F,    R,    R,    R,    A], "POST /cycles/{id}/reports/{city}/checks/{code}",
            format!("/cycles/{cycle}/reports/{city_a}/checks/1.1.1.a"), form(&[("status", "verified")])),
        page([S,   A,    H,    F,    H,    H,    H,    F], "POST /cycles/{id}/reports/{city}/checks/{code}/answer",
            format!("/cycles/{cycle}/reports/{city_a}/checks/1.1.1.a/answer"), form(&[("answer", "It is right.")])),
        // ---- Pages: reviewing. A bundle's page is its reviewers' workspace ----
        page([S,   H,    H,    A,    H,    H,    R,    R], "GET /reviews/{cycle}/{city}/{panel}",
            format!("/reviews/{cycle}/{city_a}/{panel}"), Body::None),
        page([S,   H,    H,    H,    H,    A,    R,    R], "GET /reviews/{cycle}/{city}/{panel}",
            format!("/reviews/{cycle}/{city_b}/{panel}"), Body::None),
        page([S,   H,    H,    A,    H,    H,    F,    F], "POST /items/{id}/rating",
            format!("/items/{item_a}/rating"),
            form(&[("score", "4"), ("justification", JUSTIFICATION), ("confidence", ""), ("action", "save"),
                   ("version", "0")])),
        // ---- Pages: reconciliation, the panel's chair and the secretariat ----
        page([S,   F,    F,    F,    F,    F,    A,    A], "GET /cycles/{id}/reconcile",
            format!("/cycles/{cycle}/reconcile"), Body::None),
        page([S,   H,    H,    F,    H,    H,    A,    A], "GET /reconcile/items/{id}",
            format!("/reconcile/items/{item_a}"), Body::None),
        page([S,   H,    H,    F,    H,    H,    A,    A], "POST /reconcile/items/{id}/moderate",
            format!("/reconcile/items/{item_a}/moderate"), form(&[("score", "3"), ("rationale", rationale)])),
        page([S,   H,    H,    F,    H,    H,    A,    A], "POST /reconcile/items/{id}/feedback",
            format!("/reconcile/items/{item_a}/feedback"), form(&[("statement", statement)])),
        // Reopening a submitted rating: the secretariat's (422 here: that expert does not review it).
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /reconcile/items/{id}/reopen",
            format!("/reconcile/items/{item_a}/reopen"),
            form(&[("user_id", &other_s), ("reason", "The reviewer asked to correct a typo.")])),
        // The dashboard names each expert with their deviation from the consensus: the secretariat's.
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /cycles/{id}/agreement",
            format!("/cycles/{cycle}/agreement"), Body::None),
        // ---- Pages: the workspace ----
        page([S,   F,    F,    A,    A,    A,    A,    F], "GET /history", "/history", Body::None),
        page([S,   F,    F,    A,    H,    A,    A,    A], "GET /cycles/{id}/guidance",
            format!("/cycles/{cycle}/guidance"), Body::None),
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/guidance/{code}",
            format!("/cycles/{cycle}/guidance/3.1.1.a"), form(&[("level_5", "")])),
        page([S,   H,    H,    A,    H,    H,    F,    F], "POST /items/{id}/draft",
            format!("/items/{item_a}/draft"),
            form(&[("score", "4"), ("justification", JUSTIFICATION), ("confidence", ""), ("version", "0")])),
        page([S,   H,    H,    A,    H,    H,    A,    A], "POST /items/{id}/comments",
            format!("/items/{item_a}/comments"), form(&[("body", "Is the budget line recurrent?")])),
        // A mass action on the selected cities: asks first (200), for the secretariat only.
        page([S,   F,    F,    F,    F,    F,    F,    A], "POST /cycles/{id}/reports/bulk",
            format!("/cycles/{cycle}/reports/bulk"), form(&[("city_ids", &city_a.to_string()), ("action", "remind"), ("message", "")])),
        page([S,   F,    F,    F,    F,    F,    F,    A], "GET /cycles/{id}/ratings.csv",
            format!("/cycles/{cycle}/ratings.csv"), Body::None),
        page([S,   H,    H,    F,    F,    F,    F,    H], "POST /cities/{id}/actions/{cycle}",
            format!("/cities/{city_a}/actions/{cycle}"), form(&[("a.3.1.1.a", "We will publish the council's yearly review.")])),
        // A results letter is a published cycle's: none yet (404 for those who read the profile).
        page([S,   H,    H,    F,    F,    F,    F,    H], "GET /cities/{id}/letter/{cycle}",
            format!("/cities/{city_a}/letter/{cycle}"), Body::None),
        // ---- Pages: a city's profile, as in the API ----
        page([S,   A,    H,    F,    F,    F,    F,    A], "GET /cities/{id}/profile",
            format!("/cities/{city_a}/profile"), Body::None),
    ]
}

struct Outcome {
    status: StatusCode,
    location: String,
    body: String,
}

async fn perform(app: &TestApp, caller: &Caller, row: &Row) -> Outcome {
    let method_name = row.route.split(' ').next().unwrap_or("GET");
    let method = Method::from_bytes(method_name.as_bytes()).expect("method");
    let url = app.url(&row.path);
    let mut req = match row.kind {
        Kind::Api => {
            let mut req = app.client.request(method, url);
            if let Some(t) = &caller.token {
                req = req.bearer_auth(t);
            }
            req
        }
        Kind::Page => caller.browser.request(method, url),
    };
    req = match &row.body {
        Body::None => req,
        Body::Json(v) => req.json(v),
        Body::Form(fields) => {
            let mut all: Vec<(&str, &str)> = vec![("csrf_token", caller.csrf.as_str())];
            all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
            req.form(&all)
        }
    };
    let r = req.send().await.expect("request");
    let status = r.status();
    let location = r
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let body = r.text().await.unwrap_or_default();
    Outcome { status, location, body }
}

/// Whether the caller got past authorization.
fn let_through(kind: Kind, o: &Outcome) -> bool {
    let s = o.status;
    s.is_success()
        || s == StatusCode::CONFLICT
        || s == StatusCode::UNPROCESSABLE_ENTITY
        || (kind == Kind::Page && s.is_redirection() && !o.location.starts_with("/signin"))
}

fn meets(expect: Expect, kind: Kind, o: &Outcome) -> bool {
    let s = o.status;
    match expect {
        Expect::Allow => let_through(kind, o),
        Expect::Unauth => s == StatusCode::UNAUTHORIZED,
        Expect::SignIn => s.is_redirection() && o.location.starts_with("/signin?next="),
        Expect::Forbidden => s == StatusCode::FORBIDDEN,
        Expect::Hidden => s == StatusCode::NOT_FOUND,
        Expect::Refused => s == StatusCode::FORBIDDEN || s == StatusCode::NOT_FOUND,
        Expect::Withheld => {
            s == StatusCode::FORBIDDEN
                || s == StatusCode::NOT_FOUND
                || (s.is_success() && !o.body.contains(NARRATIVE_MARKER))
        }
        Expect::Blind => let_through(kind, o) && !o.body.contains(BLIND_MARKER),
    }
}

/// Runs the rows, each by every caller in column order, and sorts the mismatches into critical and other.
async fn run(s: &Scenario, phase: &str, rows: &[Row], critical: &mut Vec<String>, other: &mut Vec<String>) {
    run_as(&s.app, &s.callers, phase, rows, critical, other).await;
}

async fn run_as(
    app: &TestApp,
    callers: &[Caller],
    phase: &str,
    rows: &[Row],
    critical: &mut Vec<String>,
    other: &mut Vec<String>,
) {
    // AUTHZ_TRACE=1 prints every outcome.
    let trace = std::env::var("AUTHZ_TRACE").is_ok();
    for row in rows {
        assert_eq!(
            row.expect.len(),
            callers.len(),
            "{}: one expectation per caller",
            row.route
        );
        for (caller, expect) in callers.iter().zip(row.expect.iter().copied()) {
            let o = perform(app, caller, row).await;
            if trace {
                eprintln!(
                    "[{phase}] {:<60} {:<16} {} {}",
                    row.path,
                    format!("{:?}", caller.actor),
                    o.status.as_u16(),
                    o.location
                );
            }
            if meets(expect, row.kind, &o) {
                continue;
            }
            let got = if o.location.is_empty() {
                o.status.as_u16().to_string()
            } else {
                format!("{} → {}", o.status.as_u16(), o.location)
            };
            let leaked = (expect == Expect::Withheld && o.body.contains(NARRATIVE_MARKER))
                || (expect == Expect::Blind && o.body.contains(BLIND_MARKER));
            let line = format!(
                "[{phase}] {} ({}) as {:?}: expected {expect:?}, got {got}{}",
                row.route,
                row.path,
                caller.actor,
                if leaked {
                    " with what it must not show in it"
                } else {
                    ""
                },
            );
            if expect != Expect::Allow && (let_through(row.kind, &o) || leaked) {
                critical.push(format!("CRITICAL unexpected allow: {line}"));
            } else {
                other.push(line);
            }
        }
    }
}

/// Every route of the OpenAPI document has a row.
async fn missing_api_routes(app: &TestApp, rows: &[Row]) -> Vec<String> {
    let doc = json_of(app.get("/api/openapi.json", None).await).await;
    let covered: BTreeSet<&str> = rows.iter().filter(|r| r.kind == Kind::Api).map(|r| r.route).collect();
    let mut missing = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in ["get", "put", "post", "delete", "patch"] {
            if item.get(method).is_some() {
                let route = format!("{} {path}", method.to_uppercase());
                if !covered.contains(route.as_str()) {
                    missing.push(route);
                }
            }
        }
    }
    missing
}

#[tokio::test]
async fn every_route_refuses_whom_the_rules_refuse() {
    let started = Instant::now();
    let s = scenario().await;
    let built = started.elapsed();
    let (mut critical, mut other) = (Vec::new(), Vec::new());

    let collecting = collecting_rows(&s.ids);
    run(&s, "collecting", &collecting, &mut critical, &mut other).await;

    let sec = s.callers[7].token.clone().expect("secretariat token");
    ok(s.app.transition(&sec, s.ids.cycle, "reviewing").await, "reviewing").await;
    let review = review_rows(&s.ids);
    run(&s, "reviewing", &review, &mut critical, &mut other).await;

    let missing = missing_api_routes(&s.app, &review).await;
    let requests = (collecting.len() + review.len()) * ACTORS.len();
    eprintln!(
        "authorization matrix: {} API rows, {} page rows, {} collecting-phase rows, {} actors: {requests} requests; \
         scenario {built:.1?}, total {:.1?}",
        review.iter().filter(|r| r.kind == Kind::Api).count(),
        review.iter().filter(|r| r.kind == Kind::Page).count(),
        collecting.len(),
        ACTORS.len(),
        started.elapsed(),
    );
    assert!(
        missing.is_empty(),
        "API routes without a row in the matrix: {missing:#?}"
    );
    let total = critical.len() + other.len();
    critical.extend(other);
    assert!(
        critical.is_empty(),
        "{total} authorization mismatch(es):\n{}",
        critical.join("\n")
    );
}

/// The second matrix: the callers the blind rule and the conflicts bind beyond ordinary reviewers. A
/// cycle of one city (A = Cork) with two panels in use, k = 2: panel 1 (the 3.1 measurements)
/// chaired by an expert who also reviews A's bundle; panel 2 (the 3.2 measurements) chaired by an
/// expert who declared a conflict with A; and an expert of A's panel-1 bundle who declared a conflict
/// mid-review (taken off, refilled by a spare member who then rates, with a marked justification).
#[tokio::test]
#[rustfmt::skip]
async fn chairs_and_late_conflicts_are_held_to_the_rules() {
    let app = dev_app().await;
    let (_, sec) = app.seed_user("secretariat@unesco.example.org", Role::Secretariat, None).await;
    let city_a = i64::from(app.city(&sec, "Cork", "IE").await);
    let mut experts = Vec::new();
    for name in ["rchair", "late", "spare", "cchair", "p2a", "p2b"] {
        let (id, token) = app.seed_user(&format!("{name}@experts.example.org"), Role::Expert, None).await;
        ok(app.put(&format!("/api/v1/experts/{id}/profile"), Some(&sec),
            &json!({"country": "BR", "languages": ["en"], "expertise": ["3.1", "3.2"], "capacity": 3})).await, "profile").await;
        experts.push((id, token));
    }
    let [(rchair, rchair_t), (late, late_t), (spare, spare_t), (cchair, cchair_t), (p2a, _), (p2b, _)] =
        <[(i32, String); 6]>::try_from(experts).expect("six experts");
    ok(app.post(&format!("/api/v1/experts/{cchair}/conflicts"), Some(&cchair_t),
        Some(&json!({"city_id": city_a, "reason": "I chaired Cork's learning festival."}))).await, "conflict").await;
    let c = ok(app.create_cycle(&sec, &json!({"name": "Review 2026", "city_ids": [city_a], "panel_size": 2})).await, "cycle").await;
    let cycle = c["id"].as_i64().unwrap();
    let panel_of = |code: &str| {
        c["panels"].as_array().unwrap().iter()
            .find(|p| p["measurements"].as_array().unwrap().iter().any(|m| m == code))
            .map(|p| p["id"].as_i64().unwrap())
            .unwrap()
    };
    let (p1, p2) = (panel_of("3.1.1.a"), panel_of("3.2.1.a"));
    ok(app.update_panel(&sec, cycle, p1, &json!({"members": [rchair, late, spare], "chair": rchair})).await, "panel 1").await;
    ok(app.update_panel(&sec, cycle, p2, &json!({"members": [cchair, p2a, p2b], "chair": cchair})).await, "panel 2").await;
    for p in c["panels"].as_array().unwrap().iter().map(|p| p["id"].as_i64().unwrap()).filter(|p| *p != p1 && *p != p2) {
        ok(app.update_panel(&sec, cycle, p, &json!({"members": [], "measurements": []})).await, "others").await;
    }
    ok(app.transition(&sec, cycle, "collecting").await, "collecting").await;
    let (_, coord) = app.seed_user("coord@cork.example.org", Role::City, Some(city_a as i32)).await;
    let mut report = full_report("en");
    if let Some(n) = report["narratives"].as_object_mut() {
        n.retain(|k, _| k.starts_with("3.1.") || k.starts_with("3.2.") || k == "3.3.5.a");
    }
    ok(app.save_submission(&coord, cycle, city_a, &report).await, "report").await;
    ok(app.submit(&coord, cycle, city_a).await, "submit").await;
    ok(app.post(&format!("/api/v1/cycles/{cycle}/assignment/run"), Some(&sec), None).await, "run").await;
    for (panel, members) in [(p1, [rchair, late]), (p2, [p2a, p2b])] {
        ok(app.put(&format!("/api/v1/cycles/{cycle}/assignment/bundles/{city_a}/{panel}"), Some(&sec),
            &json!({"experts": members})).await, "bundle").await;
    }
    ok(app.post(&format!("/api/v1/cycles/{cycle}/assignment/confirm"), Some(&sec), None).await, "confirm").await;
    ok(app.transition(&sec, cycle, "reviewing").await, "reviewing").await;
    let items = lcreview::store::ratings::items_of_cycle(&app.db, cycle as i32).await.unwrap();
    let item = |panel: i64| i64::from(items.iter().find(|i| i64::from(i.panel_id) == panel).unwrap().id);
    let (p1a, p2a_item) = (item(p1), item(p2));
    // The late conflict: off at once, refilled by the spare member, who rates with a marked text.
    let r = ok(app.post(&format!("/api/v1/experts/{late}/conflicts"), Some(&late_t),
        Some(&json!({"city_id": city_a, "reason": "Cork's council just hired me."}))).await, "late conflict").await;
    assert_eq!(r["removed_from"].as_array().unwrap().len(), 1, "{r}");
    ok(app.put(&format!("/api/v1/items/{p1a}/rating"), Some(&spare_t),
        &json!({"score": 4, "justification": format!("{BLIND_MARKER}: {JUSTIFICATION}"), "submit": true})).await, "spare rates").await;

    let mut callers = Vec::new();
    for (actor, id, token) in [
        (Actor::ReviewingChair, rchair, rchair_t),
        (Actor::ConflictedChair, cchair, cchair_t),
        (Actor::LateConflicted, late, late_t),
    ] {
        let (b, csrf) = sign_in(&app, id).await;
        callers.push(Caller { actor, token: Some(token), browser: b, csrf });
    }
    let row = |kind: Kind, expect: [Expect; 3], route: &'static str, path: String, body: Body| Row {
        kind, route, path, body, expect: expect.to_vec(),
    };
    use Kind::{Api as Ap, Page as Pg};
    let statement = "Cork has a clear strategy; publish yearly progress.";
    let rationale = "The panel weighed the evidence carefully.";
    let rows = vec![
        //                  rchair cchair late
        row(Ap, [W,     H,     H], "GET /api/v1/cycles/{id}/submissions/{city_id}", format!("/api/v1/cycles/{cycle}/submissions/{city_a}"), Body::None),
        // The chair who reviews reads the item, without the others' ratings: they have not rated.
        row(Ap, [Expect::Blind, H, H], "GET /api/v1/items/{id}", format!("/api/v1/items/{p1a}"), Body::None),
        row(Ap, [A,     H,     H], "PUT /api/v1/items/{id}/rating", format!("/api/v1/items/{p1a}/rating"),
            Body::Json(json!({"score": 3, "justification": "A draft.", "submit": false}))),
        row(Ap, [H,     H,     H], "GET /api/v1/items/{id}", format!("/api/v1/items/{p2a_item}"), Body::None),
        // Each chair reads their queue (the conflicted one without city A's items; see integrity.rs).
        row(Ap, [Expect::Blind, A, F], "GET /api/v1/cycles/{id}/items", format!("/api/v1/cycles/{cycle}/items"), Body::None),
        // Moderation of one's own item: 403 own_item; the conflicted chair may not know the item.
        row(Ap, [F,     H,     H], "POST /api/v1/items/{id}/consensus", format!("/api/v1/items/{p1a}/consensus"),
            Body::Json(json!({"score": 3, "rationale": rationale}))),
        row(Ap, [A,     H,     H], "PUT /api/v1/items/{id}/feedback", format!("/api/v1/items/{p1a}/feedback"),
            Body::Json(json!({"statement": statement}))),
        row(Ap, [H,     H,     H], "POST /api/v1/items/{id}/consensus", format!("/api/v1/items/{p2a_item}/consensus"),
            Body::Json(json!({"score": 3, "rationale": rationale}))),
        row(Ap, [H,     H,     H], "PUT /api/v1/items/{id}/feedback", format!("/api/v1/items/{p2a_item}/feedback"),
            Body::Json(json!({"statement": statement}))),
        // Pages.
        row(Pg, [Expect::Blind, R, H], "GET /reviews/{cycle}/{city}/{panel}", format!("/reviews/{cycle}/{city_a}/{p1}"), Body::None),
        row(Pg, [H,     R,     H], "GET /reviews/{cycle}/{city}/{panel}", format!("/reviews/{cycle}/{city_a}/{p2}"), Body::None),
        row(Pg, [W,     H,     H], "GET /cycles/{id}/reports/{city}", format!("/cycles/{cycle}/reports/{city_a}"), Body::None),
        row(Pg, [Expect::Blind, A, F], "GET /cycles/{id}/reconcile", format!("/cycles/{cycle}/reconcile"), Body::None),
        row(Pg, [Expect::Blind, H, H], "GET /reconcile/items/{id}", format!("/reconcile/items/{p1a}"), Body::None),
        row(Pg, [H,     H,     H], "GET /reconcile/items/{id}", format!("/reconcile/items/{p2a_item}"), Body::None),
        row(Pg, [F,     H,     H], "POST /reconcile/items/{id}/moderate", format!("/reconcile/items/{p1a}/moderate"),
            form(&[("score", "3"), ("rationale", rationale)])),
        row(Pg, [A,     H,     H], "POST /reconcile/items/{id}/feedback", format!("/reconcile/items/{p1a}/feedback"),
            form(&[("statement", statement)])),
        row(Pg, [H,     H,     H], "POST /reconcile/items/{id}/feedback", format!("/reconcile/items/{p2a_item}/feedback"),
            form(&[("statement", statement)])),
    ];
    let (mut critical, mut other) = (Vec::new(), Vec::new());
    run_as(&app, &callers, "chairs and late conflicts", &rows, &mut critical, &mut other).await;
    let total = critical.len() + other.len();
    critical.extend(other);
    assert!(critical.is_empty(), "{total} authorization mismatch(es):\n{}", critical.join("\n"));
    // The refill kept the bundle full without the late-conflicted expert.
    let a = json_of(app.get(&format!("/api/v1/cycles/{cycle}/assignment"), Some(&sec)).await).await;
    let b1: Vec<i64> = a["bundles"].as_array().unwrap().iter().find(|b| b["panel_id"] == p1).unwrap()["experts"]
        .as_array().unwrap().iter().map(|e| e.as_i64().unwrap()).collect();
    assert_eq!(b1, vec![i64::from(rchair), i64::from(spare)]);
}
