//! Beyond the review: a city's self-assessment. A narrative may carry the city's own rating; a
//! reviewer reads it only once their own rating is in (it must not anchor them); the profile shows
//! it beside the consensus.
use reqwest::StatusCode;
use serde_json::json;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{TestApp, assert_error, assert_invalid, full_report, json_of, one_panel_submitted};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

#[tokio::test]
async fn a_citys_own_rating_reaches_reviewers_after_theirs_and_the_profile_after_publication() {
    let app = TestApp::spawn_with(|s| s.auth.dev_login = true).await;
    let c = one_panel_submitted(&app, &[5, 5], 2, None, &["en"]).await;
    // The report is submitted; return it so the city can add its own ratings (and try a bad one).
    let r = app
        .return_report(&c.sec, c.cycle, c.city, "Please add your own ratings.")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let mut report = full_report("en");
    if let Some(n) = report["narratives"].as_object_mut() {
        n.retain(|k, _| k.starts_with("3.1."));
    }
    let current = json_of(app.get_submission(&c.coordinator, c.cycle, c.city).await).await;
    report["version"] = current["version"].clone();
    report["narratives"]["3.1.1.a"]["self_score"] = json!(6);
    assert_invalid(
        app.save_submission(&c.coordinator, c.cycle, c.city, &report).await,
        "narratives.3.1.1.a.self_score",
    )
    .await;
    report["narratives"]["3.1.1.a"]["self_score"] = json!(4);
    // Statistics done properly: checked by unit and total, a source where the framework allows
    // either, "not available" with a reason instead of a number.
    for (code, stat, key) in [
        (
            "1.1.1.a",
            json!({"year": 2025, "values": {"Total": 120.0}}),
            "statistics.1.1.1.a.values.Total",
        ),
        (
            "1.1.1.a",
            json!({"year": 2025, "values": {"Male": 97.1, "Female": 95.8, "Total": 99.0}}),
            "statistics.1.1.1.a.values.Total",
        ),
        (
            "1.2.4.a",
            json!({"year": 2025, "values": {"Total": 2.5}}),
            "statistics.1.2.4.a.source",
        ),
        (
            "1.2.4.a",
            json!({"year": 2025, "values": {"Total": 2.5}, "source": "rumour"}),
            "statistics.1.2.4.a.source",
        ),
        (
            "1.1.2.a",
            json!({"not_available": {"reason": "No"}}),
            "statistics.1.1.2.a.not_available.reason",
        ),
    ] {
        let mut bad = report.clone();
        bad["statistics"][code] = stat;
        assert_invalid(app.save_submission(&c.coordinator, c.cycle, c.city, &bad).await, key).await;
    }
    report["statistics"]["1.2.4.a"] =
        json!({"year": 2025, "values": {"Total": 2.5}, "source": "survey", "provider": "Cork City Council"});
    report["statistics"]["1.1.2.a"] = json!({"not_available": {"reason": "No municipal election since 2019."}});
    let saved = json_of(app.save_submission(&c.coordinator, c.cycle, c.city, &report).await).await;
    assert_eq!(saved["narratives"]["3.1.1.a"]["self_score"], 4);
    // The same through the report editor: shown selected, changed from the page.
    let me = json_of(app.get("/api/v1/me", Some(&c.coordinator)).await).await;
    let (b, csrf) = crate::pages::sign_in(&app, me["id"].as_i64().unwrap() as i32).await;
    let editor_path = format!("/cycles/{}/reports/{}", c.cycle, c.city);
    let editor = b.get(app.url(&editor_path)).send().await.unwrap().text().await.unwrap();
    let select = editor.split("id=\"s-3.1.1.a\"").nth(1).expect("the self-rating field");
    assert!(
        select
            .split("</select>")
            .next()
            .unwrap()
            .contains("value=\"4\" selected"),
        "{select}"
    );
    let version = crate::pages::hidden(&editor, "version");
    let mut fields: Vec<(String, String)> = vec![
        ("csrf_token".into(), csrf.clone()),
        ("version".into(), version),
        ("language".into(), "en".into()),
        ("action".into(), "save".into()),
        ("n.3.1.1.a.self".into(), "5".into()),
    ];
    for (code, n) in report["narratives"].as_object().unwrap() {
        fields.push((format!("n.{code}.text"), n["text"].as_str().unwrap().to_owned()));
    }
    let r = b.post(app.url(&editor_path)).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let saved = json_of(app.get_submission(&c.coordinator, c.cycle, c.city).await).await;
    assert_eq!(saved["narratives"]["3.1.1.a"]["self_score"], 5);
    report["version"] = saved["version"].clone();
    assert_eq!(
        app.save_submission(&c.coordinator, c.cycle, c.city, &report)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.submit(&c.coordinator, c.cycle, c.city).await.status(),
        StatusCode::OK
    );

    for path in ["assignment/run", "assignment/confirm"] {
        let r = app
            .post(&format!("/api/v1/cycles/{}/{path}", c.cycle), Some(&c.sec), None)
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reviewing").await.status(),
        StatusCode::OK
    );
    let items = json_of(app.get("/api/v1/me/items", Some(&c.experts[0].1)).await).await;
    let item = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["measurement"] == "3.1.1.a")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/items/{item}");
    // Before their own rating, a reviewer does not see it; the secretariat does.
    let before = json_of(app.get(&path, Some(&c.experts[0].1)).await).await;
    assert!(before["narrative"].get("self_score").is_none(), "{before}");
    assert_eq!(
        json_of(app.get(&path, Some(&c.sec)).await).await["narrative"]["self_score"],
        4
    );
    // A draft is not enough; the submitted rating is.
    let rate = |token: &str, submit: bool| {
        let (app, path, token) = (&app, format!("{path}/rating"), token.to_owned());
        async move {
            app.put(
                &path,
                Some(&token),
                &json!({"score": 3, "justification": J, "submit": submit}),
            )
            .await
        }
    };
    assert_eq!(rate(&c.experts[0].1, false).await.status(), StatusCode::OK);
    assert!(
        json_of(app.get(&path, Some(&c.experts[0].1)).await).await["narrative"]
            .get("self_score")
            .is_none()
    );
    assert_eq!(rate(&c.experts[0].1, true).await.status(), StatusCode::OK);
    assert_eq!(
        json_of(app.get(&path, Some(&c.experts[0].1)).await).await["narrative"]["self_score"],
        4
    );
    // The other reviewer still does not.
    assert!(
        json_of(app.get(&path, Some(&c.experts[1].1)).await).await["narrative"]
            .get("self_score")
            .is_none()
    );

    // Every item rated alike, reconciled, a statement each, published: the profile carries it.
    let all: Vec<i64> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    for (_, token, _) in &c.experts {
        for id in &all {
            let r = app
                .put(
                    &format!("/api/v1/items/{id}/rating"),
                    Some(token),
                    &json!({"score": 3, "justification": J, "submit": true}),
                )
                .await;
            assert!(r.status() == StatusCode::OK || r.status() == StatusCode::CONFLICT);
        }
    }
    // The secretariat verifies one figure while the experts review.
    let r = app
        .put(
            &format!("/api/v1/cycles/{}/submissions/{}/checks/1.2.4.a", c.cycle, c.city),
            Some(&c.sec),
            &json!({"status": "verified"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    for id in &all {
        let r = app
            .put(
                &format!("/api/v1/items/{id}/feedback"),
                Some(&c.sec),
                &json!({"statement": "Keep going."}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "published").await.status(),
        StatusCode::OK
    );
    let profile = json_of(
        app.get(&format!("/api/v1/cities/{}/profile", c.city), Some(&c.coordinator))
            .await,
    )
    .await;
    let scores = profile["cycles"][0]["scores"].as_array().unwrap();
    let own = scores.iter().find(|s| s["measurement"] == "3.1.1.a").unwrap();
    assert_eq!((own["score"].as_i64(), own["self_score"].as_i64()), (Some(3), Some(4)));
    assert!(
        scores
            .iter()
            .filter(|s| s["measurement"] != "3.1.1.a")
            .all(|s| s["self_score"].is_null())
    );
    let stats = &profile["cycles"][0]["statistics"];
    // Guidance stays as the review used it once the cycle is published.
    assert_error(
        app.put(
            &format!("/api/v1/cycles/{}/guidance/3.1.1.a", c.cycle),
            Some(&c.sec),
            &json!({"levels": [{"score": 4, "text": "Too late."}]}),
        )
        .await,
        StatusCode::CONFLICT,
        "cycle_state",
    )
    .await;
    // The profile says which figures the secretariat verified.
    assert_eq!(stats["1.2.4.a"]["verification"], "verified");
    assert_eq!(stats["1.1.2.a"]["verification"], "unchecked");
    assert_eq!(stats["1.2.4.a"]["source"], "survey");
    assert_eq!(stats["1.2.4.a"]["provider"], "Cork City Council");
    assert_eq!(stats["1.1.2.a"]["not_available"], "No municipal election since 2019.");
    // The city answers its feedback with an action plan; only its own users write it.
    let actions = format!("/api/v1/cities/{}/actions/{}", c.city, c.cycle);
    let plan = json!({"actions": {"3.1.1.a": "We will publish the council's yearly review.", "3.1.2.a": "  "}});
    let r = app.put(&actions, Some(&c.coordinator), &plan).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        json_of(r).await,
        json!({"actions": {"3.1.1.a": "We will publish the council's yearly review."}})
    );
    assert_invalid(
        app.put(&actions, Some(&c.coordinator), &json!({"actions": {"9.9.9.z": "x"}}))
            .await,
        "actions.9.9.9.z",
    )
    .await;
    assert_eq!(
        app.put(&actions, Some(&c.sec), &plan).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.put(&actions, Some(&c.experts[0].1), &plan).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        json_of(app.get(&actions, Some(&c.sec)).await).await["actions"]["3.1.1.a"],
        "We will publish the council's yearly review."
    );
    let espoo = app.city(&c.sec, "Espoo", "FI").await;
    let (_, other) = app
        .seed_user(
            "coord@espoo.example.org",
            lcreview::domain::user::Role::City,
            Some(espoo),
        )
        .await;
    assert_eq!(app.get(&actions, Some(&other)).await.status(), StatusCode::NOT_FOUND);
    // From the profile page too.
    let profile_page = b
        .get(app.url(&format!("/cities/{}/profile", c.city)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(profile_page.contains("Your action plan for Review 2026"));
    assert!(
        profile_page.contains("The city's own rating: 4 Very good"),
        "{profile_page}"
    );
    let r = b
        .post(app.url(&format!("/cities/{}/actions/{}", c.city, c.cycle)))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("a.3.1.1.a", "We will publish the council's yearly review."),
            ("a.3.1.2.a", "A learning festival every spring."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        json_of(app.get(&actions, Some(&c.sec)).await).await["actions"]["3.1.2.a"],
        "A learning festival every spring."
    );
    let plan = json!({"actions": {"3.1.1.a": "We will publish the council's yearly review."}});
    assert_eq!(
        app.put(&actions, Some(&c.coordinator), &plan).await.status(),
        StatusCode::OK
    );

    // The next cycle: its reviewers read the last result and the action plan beside the new narrative.
    let next = json_of(
        app.create_cycle(
            &c.sec,
            &json!({"name": "Review 2027", "city_ids": [c.city], "panel_size": 2}),
        )
        .await,
    )
    .await;
    let next_id = next["id"].as_i64().unwrap();
    let panels: Vec<i64> = next["panels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    let members: Vec<i32> = c.experts.iter().map(|e| e.0).collect();
    assert_eq!(
        app.update_panel(&c.sec, next_id, panels[0], &json!({"members": members}))
            .await
            .status(),
        StatusCode::OK
    );
    for p in &panels[1..] {
        app.update_panel(&c.sec, next_id, *p, &json!({"members": [], "measurements": []}))
            .await;
    }
    assert_eq!(
        app.transition(&c.sec, next_id, "collecting").await.status(),
        StatusCode::OK
    );
    let mut report = full_report("en");
    if let Some(n) = report["narratives"].as_object_mut() {
        n.retain(|k, _| k.starts_with("3.1."));
    }
    assert_eq!(
        app.save_submission(&c.coordinator, next_id, c.city, &report)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.submit(&c.coordinator, next_id, c.city).await.status(),
        StatusCode::OK
    );
    for path in ["assignment/run", "assignment/confirm"] {
        let r = app
            .post(&format!("/api/v1/cycles/{next_id}/{path}"), Some(&c.sec), None)
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        app.transition(&c.sec, next_id, "reviewing").await.status(),
        StatusCode::OK
    );
    let mine = json_of(app.get("/api/v1/me/items", Some(&c.experts[0].1)).await).await;
    let new_item = mine
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["measurement"] == "3.1.1.a" && i["cycle_id"] == next_id)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let view = json_of(
        app.get(&format!("/api/v1/items/{new_item}"), Some(&c.experts[0].1))
            .await,
    )
    .await;
    assert_eq!(view["previous"]["cycle_id"], c.cycle);
    assert_eq!(view["previous"]["score"], 3);
    assert_eq!(view["previous"]["feedback"], "Keep going.");
    assert_eq!(
        view["previous"]["actions"],
        "We will publish the council's yearly review."
    );
    let other_item = mine
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["measurement"] == "3.1.2.a" && i["cycle_id"] == next_id)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let view = json_of(
        app.get(&format!("/api/v1/items/{other_item}"), Some(&c.experts[0].1))
            .await,
    )
    .await;
    assert!(view["previous"]["actions"].is_null(), "no answer given: {view}");

    let csv = app
        .get(&format!("/api/v1/cities/{}/profile.csv", c.city), Some(&c.coordinator))
        .await
        .text()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header[8..],
        [
            "self_score",
            "year",
            "values",
            "source",
            "provider",
            "not_available",
            "verification"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |code: &str| {
        rows.iter()
            .find(|r| &r[3] == code)
            .unwrap_or_else(|| panic!("{code} in {csv}"))
    };
    assert_eq!((&row("3.1.1.a")[4], &row("3.1.1.a")[8]), ("3", "4"));
    assert_eq!(&row("1.2.4.a")[10], "Total=2.5");
    assert_eq!(
        (&row("1.2.4.a")[11], &row("1.2.4.a")[12]),
        ("survey", "Cork City Council")
    );
    assert_eq!(&row("1.1.2.a")[13], "No municipal election since 2019.");
    assert_eq!(&row("1.1.2.a")[14], "unchecked");
    assert_eq!(&row("1.2.4.a")[14], "verified");
    assert_eq!(&row("1.1.1.a")[10], "Female=95.8; Male=97.1; Total=96.5");
}

#[tokio::test]
async fn the_secretariat_verifies_or_queries_each_figure_and_the_city_answers() {
    let app = TestApp::spawn_with(|s| s.auth.dev_login = true).await;
    let c = one_panel_submitted(&app, &[5, 5], 2, None, &["en"]).await;
    let checks = format!("/api/v1/cycles/{}/submissions/{}/checks", c.cycle, c.city);
    let figure = format!("{checks}/1.1.1.a");
    let listed = json_of(app.get(&checks, Some(&c.coordinator)).await).await;
    assert_eq!(
        listed,
        json!({"figures": [{"measurement": "1.1.1.a", "status": "unchecked"}]})
    );
    // Only the secretariat checks; others are refused, unknown figures are not found, bad words are 422.
    let verify = json!({"status": "verified"});
    assert_eq!(
        app.put(&figure, Some(&c.coordinator), &verify).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.put(&figure, Some(&c.experts[0].1), &verify).await.status(),
        StatusCode::NOT_FOUND
    );
    for code in ["9.9.9.z", "3.1.1.a"] {
        assert_eq!(
            app.put(&format!("{checks}/{code}"), Some(&c.sec), &verify)
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
    }
    assert_invalid(
        app.put(&format!("{checks}/1.1.2.a"), Some(&c.sec), &verify).await,
        "measurement",
    )
    .await;
    assert_invalid(
        app.put(&figure, Some(&c.sec), &json!({"status": "fine"})).await,
        "status",
    )
    .await;
    assert_invalid(
        app.put(&figure, Some(&c.sec), &json!({"status": "query", "question": "  "}))
            .await,
        "question",
    )
    .await;
    // Nothing to answer before a question.
    let answer = format!("{figure}/answer");
    assert_error(
        app.post(&answer, Some(&c.coordinator), Some(&json!({"answer": "It is right."})))
            .await,
        StatusCode::CONFLICT,
        "no_query",
    )
    .await;

    let r = app.put(&figure, Some(&c.sec), &verify).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(r).await["status"], "verified");
    let question = "Is the 2025 rate the census figure? The total looks high.";
    let r = app
        .put(&figure, Some(&c.sec), &json!({"status": "query", "question": question}))
        .await;
    assert_eq!(json_of(r).await["status"], "queried");
    // The city's users are told, and the message names no one of the secretariat.
    let asked: Vec<entity::outbox::Model> = entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Kind.eq("figure_query"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].to_address, "coord@cork.example.org");
    assert!(asked[0].body_text.contains(question), "{}", asked[0].body_text);

    // The city answers: not the secretariat; words required; a corrected figure checked like a draft's.
    assert_eq!(
        app.post(&answer, Some(&c.sec), Some(&json!({"answer": "x"})))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_invalid(
        app.post(&answer, Some(&c.coordinator), Some(&json!({"answer": " "})))
            .await,
        "answer",
    )
    .await;
    assert_invalid(
        app.post(
            &answer,
            Some(&c.coordinator),
            Some(&json!({"answer": "Corrected.", "statistic": {"year": 2025, "values": {"Total": 120.0}}})),
        )
        .await,
        "statistics.1.1.1.a.values.Total",
    )
    .await;
    let before = json_of(app.get_submission(&c.coordinator, c.cycle, c.city).await).await;
    let corrected = json!({"year": 2024, "values": {"Male": 97.1, "Female": 95.8, "Total": 96.4}});
    let r = app
        .post(
            &answer,
            Some(&c.coordinator),
            Some(&json!({"answer": "The census figure is for 2024; corrected.", "statistic": corrected})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let after = json_of(r).await;
    // Written into the locked report, which stays submitted.
    assert_eq!(after["state"], "submitted");
    assert_eq!(after["statistics"]["1.1.1.a"]["year"], 2024);
    assert_eq!(after["version"].as_i64(), before["version"].as_i64().map(|v| v + 1));
    // Answering twice: the second answer replaces the first while the question is open.
    let r = app
        .post(
            &answer,
            Some(&c.coordinator),
            Some(&json!({"answer": "The census figure is for 2024; corrected."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    // Another city's user cannot see this report, so cannot answer about it.
    let espoo = app.city(&c.sec, "Espoo", "FI").await;
    let (_, other) = app
        .seed_user(
            "coord@espoo.example.org",
            lcreview::domain::user::Role::City,
            Some(espoo),
        )
        .await;
    assert_eq!(
        app.post(&answer, Some(&other), Some(&json!({"answer": "x"})))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let listed = json_of(app.get(&checks, Some(&c.sec)).await).await;
    assert_eq!(listed["figures"][0]["status"], "answered");
    assert_eq!(listed["figures"][0]["question"], question);
    assert_eq!(
        listed["figures"][0]["answer"],
        "The census figure is for 2024; corrected."
    );
    let told: Vec<entity::outbox::Model> = entity::outbox::Entity::find()
        .filter(entity::outbox::Column::Kind.eq("figure_answered"))
        .all(&app.db)
        .await
        .unwrap();
    // Each answer is told: the first and the one that replaced it.
    assert_eq!(told.len(), 2);
    assert!(told.iter().all(|m| m.body_text.contains("corrected")));

    // The same from the pages: the secretariat queries, the city answers with a corrected value.
    let sec_id = json_of(app.get("/api/v1/me", Some(&c.sec)).await).await["id"]
        .as_i64()
        .unwrap() as i32;
    let (sb, scsrf) = crate::pages::sign_in(&app, sec_id).await;
    let report_path = format!("/cycles/{}/reports/{}", c.cycle, c.city);
    let (status, page) = crate::helpers::page_of(&sb, &app, &report_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Checking the figures"), "{page}");
    assert!(page.contains("Answered, to be checked again"));
    let r = sb
        .post(app.url(&format!("{report_path}/checks/1.1.1.a")))
        .form(&[
            ("csrf_token", scsrf.as_str()),
            ("status", "query"),
            ("question", "Which survey gives the male rate?"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // Without the CSRF token: refused.
    let r = sb
        .post(app.url(&format!("{report_path}/checks/1.1.1.a")))
        .form(&[("status", "verified")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let me = json_of(app.get("/api/v1/me", Some(&c.coordinator)).await).await;
    let (cb, ccsrf) = crate::pages::sign_in(&app, me["id"].as_i64().unwrap() as i32).await;
    let (_, page) = crate::helpers::page_of(&cb, &app, &report_path).await;
    assert!(page.contains("Questions from the secretariat about your figures"));
    assert!(
        page.contains("The secretariat asks about 1 figure(s) of this report"),
        "said at the top"
    );
    assert!(page.contains("Which survey gives the male rate?"));
    assert!(!page.contains("Checking the figures"));
    let r = cb
        .post(app.url(&format!("{report_path}/checks/1.1.1.a/answer")))
        .form(&[
            ("csrf_token", ccsrf.as_str()),
            ("answer", "The labour force survey."),
            ("year", "2024"),
            ("v.Male", "97,3"),
            ("v.Female", "95.8"),
            ("v.Total", "96.4"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let saved = json_of(app.get_submission(&c.coordinator, c.cycle, c.city).await).await;
    assert_eq!(saved["statistics"]["1.1.1.a"]["values"]["Male"], 97.3);
    // An unreadable number is refused on the page and changes nothing.
    let r = cb
        .post(app.url(&format!("{report_path}/checks/1.1.1.a/answer")))
        .form(&[("csrf_token", ccsrf.as_str()), ("answer", "Again."), ("v.Male", "lots")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Verified again; then nothing is open to answer, and a later change shows.
    let r = sb
        .post(app.url(&format!("{report_path}/checks/1.1.1.a")))
        .form(&[("csrf_token", scsrf.as_str()), ("status", "verified")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        json_of(app.get(&checks, Some(&c.coordinator)).await).await["figures"][0]["status"],
        "verified"
    );
    assert_error(
        app.post(&answer, Some(&c.coordinator), Some(&json!({"answer": "More."})))
            .await,
        StatusCode::CONFLICT,
        "no_query",
    )
    .await;
    let r = app
        .return_report(&c.sec, c.cycle, c.city, "Please check 1.1.1.a.")
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let mut report = json_of(app.get_submission(&c.coordinator, c.cycle, c.city).await).await;
    report["statistics"]["1.1.1.a"]["values"]["Total"] = json!(96.5);
    assert_eq!(
        app.save_submission(&c.coordinator, c.cycle, c.city, &report)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        json_of(app.get(&checks, Some(&c.sec)).await).await["figures"][0]["status"],
        "changed"
    );
    // The cycle page counts each report's figures by where they stand.
    let (_, cycle_page) = crate::helpers::page_of(&sb, &app, &format!("/cycles/{}", c.cycle)).await;
    assert!(cycle_page.contains("1 to check"), "{cycle_page}");
    // Every decision and answer is in the audit log.
    let audited = entity::audit_log::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(audited.iter().filter(|a| a.action == "figure.check").count(), 4);
    assert_eq!(audited.iter().filter(|a| a.action == "figure.answer").count(), 3);
}
