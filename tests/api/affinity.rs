//! What the assignment weighs besides expertise: the region an expert knows, the language they read
//! natively, the city's previous reviewers (preferred or avoided), with weights per cycle, each
//! term explained on the assignment page.
use std::collections::BTreeSet;

use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_error, assert_invalid, full_report, json_of, page_of};
use crate::pages::{dev_app, sign_in};

/// A number for unique names within one test app.
fn next_id() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// An expert from Brazil with expertise in 3.1, reading French and English, plus `extra` on their profile.
async fn expert(app: &TestApp, sec: &str, n: usize, extra: Value) -> i32 {
    let (id, _) = app
        .seed_user(&format!("expert{n}@example.org"), Role::Expert, None)
        .await;
    let mut body = json!({"country": "BR", "languages": ["fr", "en"], "expertise": ["3.1"], "capacity": 5});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    let r = app
        .put(&format!("/api/v1/experts/{id}/profile"), Some(sec), &body)
        .await;
    assert_eq!(r.status(), StatusCode::OK, "{}", r.text().await.unwrap());
    id
}

/// A cycle of `city` with k = 2 and one panel in use (the 3.1 measurements) whose members are
/// `experts`, the city's report submitted in `language`: collecting, ready for the solver.
async fn cycle(app: &TestApp, sec: &str, city: i64, experts: &[i32], affinity: Option<Value>, language: &str) -> i64 {
    let mut body = json!({"name": format!("Cycle {}", next_id()), "city_ids": [city], "panel_size": 2});
    if let Some(a) = affinity {
        body["affinity"] = a;
    }
    let c = json_of(app.create_cycle(sec, &body).await).await;
    let id = c["id"].as_i64().unwrap();
    let panels: Vec<i64> = c["panels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    let r = app
        .update_panel(
            sec,
            id,
            panels[0],
            &json!({"members": experts, "measurements": ["3.1.1.a", "3.1.2.a", "3.1.3.a"]}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    for p in &panels[1..] {
        app.update_panel(sec, id, *p, &json!({"members": [], "measurements": []}))
            .await;
    }
    assert_eq!(app.transition(sec, id, "collecting").await.status(), StatusCode::OK);
    let email = format!("coord{}@city.example.org", next_id());
    let (_, coordinator) = app.seed_user(&email, Role::City, Some(city as i32)).await;
    let mut report = full_report(language);
    report["narratives"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| k.starts_with("3.1."));
    assert_eq!(
        app.save_submission(&coordinator, id, city, &report).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&coordinator, id, city).await.status(), StatusCode::OK);
    id
}

/// Runs the solver; the experts of the one bundle proposed.
async fn run(app: &TestApp, sec: &str, cycle: i64) -> BTreeSet<i64> {
    let r = app
        .post(&format!("/api/v1/cycles/{cycle}/assignment/run"), Some(sec), None)
        .await;
    let body = json_of(r).await;
    body["bundles"][0]["experts"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"))
        .iter()
        .map(|e| e.as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn region_and_native_language_decide_between_equal_experts_and_are_explained() {
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let dakar = json_of(
        app.create_city(
            &sec,
            &json!({"name": "Dakar", "country": "SN", "region": "Africa", "languages": ["fr", "wo"]}),
        )
        .await,
    )
    .await["id"]
        .as_i64()
        .unwrap();
    // Equal in expertise; the first and the last have nothing more (and the first would win a tie).
    let plain = expert(&app, &sec, 0, json!({})).await;
    let knows_africa = expert(&app, &sec, 1, json!({"regions": ["Africa"]})).await;
    let native_french = expert(&app, &sec, 2, json!({"native_languages": ["fr"]})).await;
    let other = expert(
        &app,
        &sec,
        3,
        json!({"regions": ["Arab States"], "native_languages": ["en"]}),
    )
    .await;
    let members = [plain, knows_africa, native_french, other];
    let cycle = cycle(&app, &sec, dakar, &members, None, "fr").await;

    // Default weights (expertise 6, region 2, native language 2): 8 of 10 against 6.
    let chosen = run(&app, &sec, cycle).await;
    assert_eq!(
        chosen,
        BTreeSet::from([i64::from(knows_africa), i64::from(native_french)])
    );
    let got = json_of(app.get_cycle(&sec, cycle).await).await;
    assert_eq!(
        got["affinity"],
        json!({"weights": {"expertise": 6, "region": 2, "native_language": 2, "continuity": 2}, "continuity": "off"})
    );

    // The page says why, term by term, in the reader's language.
    let (staff_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (b, _) = sign_in(&app, staff_id).await;
    let (status, page) = page_of(&b, &app, &format!("/cycles/{cycle}/assignment")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("(expertise: 3.1, 1 of 1 areas of focus; knows the region (Africa); affinity 8 of 10)"),
        "{page}"
    );
    assert!(
        page.contains("(expertise: 3.1, 1 of 1 areas of focus; reads French natively; affinity 8 of 10)"),
        "{page}"
    );
    let french = b
        .get(app.url(&format!("/cycles/{cycle}/assignment")))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The secretariat's own session chose no language: the browser's is used.
    assert!(
        french.contains("connaît la région (Afrique)") && french.contains("langue maternelle : français"),
        "{french}"
    );

    // Weights are the cycle's: without the region, native French alone stands out; the region is
    // no longer given as a reason.
    let r = app
        .patch_cycle(&sec, cycle, &json!({"affinity": {"weights": {"region": 0}}}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let body = json_of(r).await;
    assert_eq!(body["affinity"]["weights"]["region"], 0);
    assert_eq!(body["affinity"]["weights"]["native_language"], 2);
    let chosen = run(&app, &sec, cycle).await;
    assert!(chosen.contains(&i64::from(native_french)), "{chosen:?}");
    let (_, page) = page_of(&b, &app, &format!("/cycles/{cycle}/assignment")).await;
    assert!(!page.contains("knows the region"), "{page}");

    // Bad rules are refused, naming the part.
    for (body, field) in [
        (
            json!({"affinity": {"weights": {"expertise": 11}}}),
            "affinity.weights.expertise",
        ),
        (
            json!({"affinity": {"weights": {"continuity": -1}}}),
            "affinity.weights.continuity",
        ),
        (json!({"affinity": {"continuity": "sometimes"}}), "affinity.continuity"),
    ] {
        assert_invalid(app.patch_cycle(&sec, cycle, &body).await, field).await;
    }
    let r = app
        .patch_cycle(&sec, cycle, &json!({"affinity": {"weight": {"region": 1}}}))
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Once the assignment is confirmed, the rule that made it stays.
    let r = app
        .post(&format!("/api/v1/cycles/{cycle}/assignment/confirm"), Some(&sec), None)
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let r = app
        .patch_cycle(&sec, cycle, &json!({"affinity": {"continuity": "prefer"}}))
        .await;
    assert_error(r, StatusCode::CONFLICT, "cycle_state").await;
}

#[tokio::test]
async fn regions_and_native_languages_are_checked_and_kept_when_not_sent() {
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let (id, token) = app.seed_user("e@example.org", Role::Expert, None).await;
    let path = format!("/api/v1/experts/{id}/profile");
    let base = json!({"country": "BR", "languages": ["fr", "en"], "expertise": ["3.1"], "capacity": 5});
    let with = |extra: Value| {
        let mut b = base.clone();
        b.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        b
    };
    assert_invalid(
        app.put(&path, Some(&token), &with(json!({"regions": ["Oceania"]})))
            .await,
        "regions",
    )
    .await;
    assert_invalid(
        app.put(&path, Some(&token), &with(json!({"native_languages": ["ar"]})))
            .await,
        "native_languages",
    )
    .await;
    let r = app
        .put(
            &path,
            Some(&token),
            &with(json!({"regions": ["africa", "Arab States"], "native_languages": ["fr"]})),
        )
        .await;
    let body = json_of(r).await;
    assert_eq!(body["regions"], json!(["Africa", "Arab States"]));
    assert_eq!(body["native_languages"], json!(["fr"]));
    // A client of the first contract sends neither: both stay, less a language no longer read.
    let r = app
        .put(
            &path,
            Some(&sec),
            &json!({"country": "BR", "languages": ["en"], "expertise": ["3.1"], "capacity": 5}),
        )
        .await;
    let body = json_of(r).await;
    assert_eq!(body["regions"], json!(["Africa", "Arab States"]));
    assert_eq!(body["native_languages"], json!([]));
    // The profile page shows and saves them too.
    let (b, csrf) = crate::pages::sign_in(&app, id).await;
    let (_, page) = page_of(&b, &app, "/profile").await;
    assert!(page.contains(r#"value="Africa" checked"#), "{page}");
    let r = b
        .post(app.url("/profile"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("country", "BR"),
            ("languages", "fr, en"),
            ("native_languages", "fr"),
            ("regions", "Latin America and the Caribbean"),
            ("expertise", "3.1"),
            ("capacity", "5"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
    let body = json_of(app.get(&path, Some(&token)).await).await;
    assert_eq!(body["regions"], json!(["Latin America and the Caribbean"]));
    assert_eq!(body["native_languages"], json!(["fr"]));
    let r = b
        .post(app.url("/profile"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("country", "BR"),
            ("languages", "en"),
            ("native_languages", "fr"),
            ("expertise", "3.1"),
            ("capacity", "5"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("languages read natively"));
}

#[tokio::test]
async fn continuity_prefers_or_avoids_the_previous_cycles_reviewers() {
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let cork = i64::from(app.city(&sec, "Cork", "IE").await);
    let mut members = Vec::new();
    for n in 0..4 {
        members.push(expert(&app, &sec, n, json!({})).await);
    }
    // The first cycle: all equal, two of them review Cork.
    let first = cycle(&app, &sec, cork, &members, None, "en").await;
    let before = run(&app, &sec, first).await;
    let r = app
        .post(&format!("/api/v1/cycles/{first}/assignment/confirm"), Some(&sec), None)
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let others: BTreeSet<i64> = members
        .iter()
        .map(|m| i64::from(*m))
        .filter(|m| !before.contains(m))
        .collect();

    // The next cycle prefers them, for comparability...
    let next = cycle(&app, &sec, cork, &members, Some(json!({"continuity": "prefer"})), "en").await;
    assert_eq!(run(&app, &sec, next).await, before);
    let (staff_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let (b, _) = sign_in(&app, staff_id).await;
    let (_, page) = page_of(&b, &app, &format!("/cycles/{next}/assignment")).await;
    assert!(
        page.contains("reviewed this city in its previous cycle; affinity 7 of 10)"),
        "{page}"
    );
    let (_, page) = page_of(&b, &app, &format!("/cycles/{next}")).await;
    assert!(
        page.contains("expertise 6, region 2, native language 2; previous reviewers: Preferred, for comparability (2)"),
        "{page}"
    );
    // ... or avoids them, for fresh eyes.
    let r = app
        .patch_cycle(&sec, next, &json!({"affinity": {"continuity": "avoid"}}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(run(&app, &sec, next).await, others);
    let (_, page) = page_of(&b, &app, &format!("/cycles/{next}/assignment")).await;
    assert!(page.contains("new to this city; affinity 7 of 10)"), "{page}");
}
