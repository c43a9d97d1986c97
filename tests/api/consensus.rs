//! Reconciliation through the API: a cycle with deliberately disagreeing ratings goes through a
//! revision round and moderation to a consensus with a statement on every item, then publishes.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_error, assert_invalid, json_of};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

#[tokio::test]
async fn disagreement_goes_through_revision_and_moderation_to_publication() {
    let app = TestApp::spawn_with(|s| s.auth.dev_login = true).await;
    let c = crate::helpers::one_panel_cycle(&app, &[5, 5, 5], 3, Some(0), true).await;
    let (sec, cycle) = (c.sec.clone(), c.cycle);
    let experts: Vec<(i32, String)> = c.experts.iter().map(|e| (e.0, e.1.clone())).collect();
    let ids: Vec<i32> = experts.iter().map(|e| e.0).collect();

    let items: Vec<i64> = json_of(app.get("/api/v1/me/items", Some(&experts[0].1)).await)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(items.len(), 3);
    let rate = |token: &str, item: i64, score: i64| {
        let token = token.to_owned();
        let app = &app;
        async move {
            app.put(
                &format!("/api/v1/items/{item}/rating"),
                Some(&token),
                &json!({"score": score, "justification": J, "submit": true}),
            )
            .await
        }
    };
    // Item 0 agrees (4, 4, 5); items 1 and 2 disagree (1, 3, 5).
    for (item, scores) in [(items[0], [4, 4, 5]), (items[1], [1, 3, 5]), (items[2], [1, 3, 5])] {
        for (e, s) in experts.iter().zip(scores) {
            assert_eq!(rate(&e.1, item, s).await.status(), StatusCode::OK);
        }
    }
    let queue = |status: Option<&str>| {
        let path = match status {
            Some(s) => format!("/api/v1/cycles/{cycle}/items?status={s}"),
            None => format!("/api/v1/cycles/{cycle}/items"),
        };
        let app = &app;
        let sec = sec.clone();
        async move { json_of(app.get(&path, Some(&sec)).await).await }
    };
    let before: Vec<Value> = queue(None).await.as_array().unwrap().clone();
    let status_of = |list: &[Value], id: i64| {
        list.iter().find(|i| i["id"] == id).unwrap()["status"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(status_of(&before, items[0]), "agreed");
    assert_eq!(status_of(&before, items[1]), "disagreement");
    // Only chairs and the secretariat see the queue.
    assert_error(
        app.get(&format!("/api/v1/cycles/{cycle}/items"), Some(&experts[1].1))
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_eq!(
        app.get(&format!("/api/v1/cycles/{cycle}/items"), Some(&experts[0].1))
            .await
            .status(),
        StatusCode::OK
    );

    // Reconciling: item 0 gets its consensus (agreed, 4); items 1 and 2 go to a revision round.
    assert_eq!(
        app.transition(&sec, cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let after = queue(None).await;
    let item0 = after.as_array().unwrap().iter().find(|i| i["id"] == items[0]).unwrap();
    assert_eq!(item0["consensus"], json!({"score": 4, "method": "agreed"}));
    // In the revision round a reviewer sees the others' first-round ratings and the median.
    let view = json_of(
        app.get(&format!("/api/v1/items/{}", items[1]), Some(&experts[1].1))
            .await,
    )
    .await;
    assert_eq!(view["round"], 2);
    assert_eq!(view["median"], 3);
    assert_eq!(view["others"].as_array().unwrap().len(), 2);
    // Agreed items take no more ratings.
    assert_error(
        rate(&experts[0].1, items[0], 5).await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    // Item 1: revised to 3, 3, 4 (agreed after revision). Item 2: everyone keeps 1, 3, 5.
    for (n, (e, s)) in experts.iter().zip([3, 3, 4]).enumerate() {
        assert_eq!(rate(&e.1, items[1], s).await.status(), StatusCode::OK);
        if n == 0 {
            // Having revised, the first reviewer still sees the others' standing ratings (from
            // the first round, as they have not revised yet), not an empty list.
            let view = json_of(app.get(&format!("/api/v1/items/{}", items[1]), Some(&e.1)).await).await;
            let others = view["others"].as_array().unwrap();
            assert_eq!(others.len(), 2, "{view}");
            assert!(others.iter().all(|o| o["round"] == 1), "{view}");
        }
    }
    for (e, s) in experts.iter().zip([1, 3, 5]) {
        assert_eq!(rate(&e.1, items[2], s).await.status(), StatusCode::OK);
    }
    let after = queue(None).await;
    let find = |id: i64| {
        after
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        find(items[1])["consensus"],
        json!({"score": 3, "method": "agreed_after_revision"})
    );
    assert_eq!(find(items[2])["status"], "moderation");
    assert_eq!(queue(Some("moderation")).await.as_array().unwrap().len(), 1);

    // Moderation: only for the item in moderation, by the chair or the secretariat, with a rationale.
    let moderate = |token: &str, item: i64, body: Value| {
        let app = &app;
        let token = token.to_owned();
        async move {
            app.post(&format!("/api/v1/items/{item}/consensus"), Some(&token), Some(&body))
                .await
        }
    };
    let good = json!({"score": 2, "rationale": "The evidence supports a fair rating: plans exist, results are thin."});
    assert_error(
        moderate(&sec, items[1], good.clone()).await,
        StatusCode::CONFLICT,
        "not_in_moderation",
    )
    .await;
    assert_error(
        moderate(&experts[1].1, items[2], good.clone()).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // The chair reviewed the item: the secretariat moderates it, not the chair.
    assert_error(
        moderate(&experts[0].1, items[2], good.clone()).await,
        StatusCode::FORBIDDEN,
        "own_item",
    )
    .await;
    assert_invalid(
        moderate(&sec, items[2], json!({"score": 9, "rationale": "x".repeat(20)})).await,
        "score",
    )
    .await;
    assert_invalid(
        moderate(&sec, items[2], json!({"score": 2, "rationale": "short"})).await,
        "rationale",
    )
    .await;
    assert_eq!(moderate(&sec, items[2], good).await.status(), StatusCode::OK);
    assert_eq!(
        queue(None)
            .await
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == items[2])
            .unwrap()["consensus"],
        json!({"score": 2, "method": "moderated"})
    );

    // The pages: the chair's queue, an item with every round anonymised, the statement editor; the
    // secretariat's dashboard; a reviewer who does not chair is refused.
    {
        use crate::pages::{hidden, sign_in};
        let (chair, _) = sign_in(&app, experts[0].0).await;
        let page = chair
            .get(app.url(&format!("/cycles/{cycle}/reconcile?sort=spread")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("moderated") && page.contains("agreed") && page.contains("missing"),
            "{page}"
        );
        let page = chair
            .get(app.url(&format!("/reconcile/items/{}", items[2])))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("Reviewer A") && page.contains("Reviewer C") && !page.contains("r1@example.org"),
            "{page}"
        );
        let csrf = hidden(&page, "csrf_token");
        let r = chair
            .post(app.url(&format!("/reconcile/items/{}/feedback", items[2])))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("statement", "Publish the strategy's yearly results."),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let (other, _) = sign_in(&app, experts[1].0).await;
        assert_eq!(
            other
                .get(app.url(&format!("/cycles/{cycle}/reconcile")))
                .send()
                .await
                .unwrap()
                .status(),
            StatusCode::FORBIDDEN
        );
        let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
        let (secb, _) = sign_in(&app, sec_id).await;
        let page = secb
            .get(app.url(&format!("/cycles/{cycle}/agreement")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains("Krippendorff") && page.contains("<svg"), "{page}");
    }

    // Publication needs a statement on every item.
    let body = assert_error(
        app.transition(&sec, cycle, "published").await,
        StatusCode::CONFLICT,
        "illegal_transition",
    )
    .await;
    assert!(
        body["error"]["message"].as_str().unwrap().contains("feedback"),
        "{body}"
    );
    for (i, item) in items.iter().enumerate() {
        let who = if i == 0 { &experts[0].1 } else { &sec };
        let r = app
            .put(
                &format!("/api/v1/items/{item}/feedback"),
                Some(who),
                &json!({"statement": "Keep the council's yearly review public."}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_invalid(
        app.put(
            &format!("/api/v1/items/{}/feedback", items[0]),
            Some(&sec),
            &json!({"statement": "  "}),
        )
        .await,
        "statement",
    )
    .await;
    assert_error(
        app.put(
            &format!("/api/v1/items/{}/feedback", items[0]),
            Some(&experts[2].1),
            &json!({"statement": "x"}),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    // Agreement statistics.
    let a = json_of(app.get(&format!("/api/v1/cycles/{cycle}/agreement"), Some(&sec)).await).await;
    assert!(a["krippendorff_alpha_ordinal"]["first_round"].is_number(), "{a}");
    assert!(a["krippendorff_alpha_ordinal"]["final"].is_number(), "{a}");
    assert!(a["exact_agreement"].is_number() && a["per_panel"].is_object() && a["per_measurement"].is_object());
    // Expert 0 rated 4, 3, 1 against consensus 4, 3, 2: mean deviation −1/3, absolute 1/3.
    let dev = &a["per_expert"][ids[0].to_string()];
    assert_eq!(dev["items"], 3);
    assert!((dev["mean_signed"].as_f64().unwrap() + 1.0 / 3.0).abs() < 1e-9, "{dev}");
    assert!(
        (dev["mean_absolute"].as_f64().unwrap() - 1.0 / 3.0).abs() < 1e-9,
        "{dev}"
    );
    // The chair reads the statistics, without anyone's deviation; a reviewer who is not a chair
    // is refused.
    let chair_view = json_of(
        app.get(&format!("/api/v1/cycles/{cycle}/agreement"), Some(&experts[0].1))
            .await,
    )
    .await;
    assert_eq!(
        chair_view["krippendorff_alpha_ordinal"],
        a["krippendorff_alpha_ordinal"]
    );
    assert!(chair_view.get("per_expert").is_none(), "{chair_view}");
    assert_error(
        app.get(&format!("/api/v1/cycles/{cycle}/agreement"), Some(&experts[1].1))
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    // Before publication the city sees nothing of the review.
    let profile_path = format!("/api/v1/cities/{}/profile", c.city);
    let before = json_of(app.get(&profile_path, Some(&c.coordinator)).await).await;
    assert_eq!(before["cycles"], json!([]));

    assert_eq!(app.transition(&sec, cycle, "published").await.status(), StatusCode::OK);

    // The city's users are told by e-mail.
    let told: Vec<_> = entity::outbox::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "published")
        .collect();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].to_address, "coord@cork.example.org");

    // The city's profile: every score at once, with label, method and statement; no reviewer.
    let profile = json_of(app.get(&profile_path, Some(&c.coordinator)).await).await;
    let cycles = profile["cycles"].as_array().unwrap();
    assert_eq!(cycles.len(), 1);
    assert!(cycles[0]["published_at"].is_string());
    let scores: Vec<(String, i64, String, String)> = cycles[0]["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["measurement"].as_str().unwrap().to_owned(),
                s["score"].as_i64().unwrap(),
                s["label"].as_str().unwrap().to_owned(),
                s["method"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        scores
            .iter()
            .map(|s| (s.1, s.2.as_str(), s.3.as_str()))
            .collect::<Vec<_>>(),
        [
            (4, "Very good", "agreed"),
            (3, "Good", "agreed_after_revision"),
            (2, "Fair", "moderated")
        ]
    );
    let text = profile.to_string();
    for (_, _, email) in &c.experts {
        assert!(!text.contains(email.as_str()), "a reviewer's e-mail on the profile");
    }
    assert!(
        !text.contains("Test expert") && !text.contains("Reviewer"),
        "no reviewer on the profile"
    );
    // The CSV says the same.
    let csv_text = app
        .get(&format!("{profile_path}.csv"), Some(&c.coordinator))
        .await
        .text()
        .await
        .unwrap();
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    // The score rows (the statistics follow, one row each, without a score).
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).filter(|r| !r[4].is_empty()).collect();
    assert_eq!(rows.len(), 3);
    for (row, s) in rows.iter().zip(&scores) {
        assert_eq!(
            (&row[3], row[4].parse::<i64>().unwrap(), &row[5], &row[6]),
            (s.0.as_str(), s.1, s.2.as_str(), s.3.as_str())
        );
    }
    // The profile page, as the coordinator reads it.
    {
        let me = json_of(app.me(&c.coordinator).await).await;
        let (b, _) = crate::pages::sign_in(&app, me["id"].as_i64().unwrap() as i32).await;
        let page = b
            .get(app.url(&format!("/cities/{}/profile", c.city)))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("Very good") && page.contains("<svg") && page.contains("Keep the council"),
            "{page}"
        );
        assert!(c.experts.iter().all(|(_, _, e)| !page.contains(e.as_str())));
    }
    // Others: an expert may not read profiles; another city's user does not find this one.
    assert_error(
        app.get(&profile_path, Some(&experts[0].1)).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let other = app.city(&sec, "Limerick", "IE").await;
    let (_, other_user) = app.seed_user("c@limerick.example.org", Role::City, Some(other)).await;
    assert_error(
        app.get(&profile_path, Some(&other_user)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}
