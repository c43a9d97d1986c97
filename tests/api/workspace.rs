//! The reviewer's and the chair's workspace: a revision round starts from one's own words, drafts
//! are kept short and as typed, a conflict keeps the text; scoring guidance; the anonymous
//! discussion of a disagreement; the chair's panels and statement editor; an expert's history.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::helpers::{OnePanelCycle, TestApp, assert_error, json_of, my_item_ids, one_panel_cycle, page_of};
use crate::pages::{dev_app, sign_in};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

async fn rate(app: &TestApp, token: &str, item: i64, score: i64, text: &str) -> reqwest::Response {
    app.put(
        &format!("/api/v1/items/{item}/rating"),
        Some(token),
        &json!({"score": score, "justification": text, "submit": true}),
    )
    .await
}

/// The panel in use and the review page of Cork's bundle.
async fn panel_of(app: &TestApp, c: &OnePanelCycle) -> i64 {
    let cycle = json_of(app.get_cycle(&c.sec, c.cycle).await).await;
    cycle["panels"]
        .as_array()
        .expect("panels")
        .iter()
        .find(|p| !p["members"].as_array().is_some_and(Vec::is_empty))
        .and_then(|p| p["id"].as_i64())
        .expect("the panel in use")
}

#[tokio::test]
async fn a_revision_starts_from_ones_own_words_and_drafts_keep_what_was_typed() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let panel = panel_of(&app, &c).await;
    let items = my_item_ids(&app, &c.experts[0].1).await;
    let review = format!("/reviews/{}/{}/{panel}", c.cycle, c.city);
    let (b, csrf) = sign_in(&app, c.experts[1].0).await;

    // A draft is kept however short, through the page's autosave, which answers with the version.
    let r = b
        .post(app.url(&format!("/items/{}/draft", items[0])))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("score", "3"),
            ("justification", "Half a thought"),
            ("confidence", ""),
            ("version", "0"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let saved: Value = r.json().await.unwrap();
    assert_eq!(saved["submitted"], false);
    let v1 = saved["version"].as_i64().unwrap();
    // Without a score the server keeps nothing, and says why (the script keeps it in the browser).
    let r = b
        .post(app.url(&format!("/items/{}/draft", items[0])))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("score", ""),
            ("justification", "x"),
            ("confidence", ""),
            ("version", &v1.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_error(r, StatusCode::UNPROCESSABLE_ENTITY, "invalid_field").await;
    // Without the CSRF token, nothing.
    let r = b
        .post(app.url(&format!("/items/{}/draft", items[0])))
        .form(&[("score", "3"), ("justification", "x"), ("version", &v1.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The page shows the draft, with its version, and no browser-side minimum on the text.
    let (status, page) = page_of(&b, &app, &review).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Half a thought"));
    assert!(!page.contains("minlength"), "a draft may be shorter than a submission");
    assert!(page.contains("/static/review.js?v="), "the autosave script");
    // The narrative carries its language and its own direction (an Arabic report reads right to left).
    assert!(page.contains("class=\"narrative\" dir=\"auto\" lang=\"en\""), "{page}");

    // The same rating changed elsewhere (another tab, the API): the stale form is refused with 409,
    // its typed text kept in the form and the saved version shown beside it.
    let r = app
        .put(
            &format!("/api/v1/items/{}/rating", items[0]),
            Some(&c.experts[1].1),
            &json!({"score": 2, "justification": "Changed in another tab.", "submit": false}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let typed = "Typed in the first tab, kept after the refusal.";
    let r = b
        .post(app.url(&format!("/items/{}/rating", items[0])))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("score", "4"),
            ("justification", typed),
            ("confidence", ""),
            ("action", "save"),
            ("version", &v1.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let page = r.text().await.unwrap();
    assert!(page.contains(typed), "the typed text stays");
    assert!(page.contains("Changed in another tab."), "the saved version beside it");
    assert!(page.contains("The version saved now"));
    // The autosave gets the same refusal as JSON.
    let r = b
        .post(app.url(&format!("/items/{}/draft", items[0])))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("score", "4"),
            ("justification", typed),
            ("confidence", ""),
            ("version", &v1.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // Everyone submits; item 0 disagrees (1, 3, 5), so it goes to a revision round.
    for (n, (_, token, _)) in c.experts.iter().enumerate() {
        let score = [1, 3, 5][n];
        for (i, item) in items.iter().enumerate() {
            let s = if i == 0 { score } else { 4 };
            let words = format!("{J} Reviewer {n} on item {i}.");
            assert_eq!(rate(&app, token, *item, s, &words).await.status(), StatusCode::OK);
        }
    }
    let (_, home) = page_of(&b, &app, "/").await;
    assert!(home.contains("First ratings"), "{home}");
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );

    // Home and heading say it is a revision round; the form starts from one's own rating of round
    // 1 (score and words), shown apart; the reviewer sees their own letter.
    let (_, home) = page_of(&b, &app, "/").await;
    assert!(home.contains("Revision (round 2)"), "{home}");
    let (_, page) = page_of(&b, &app, &review).await;
    assert!(page.contains("Revision (round 2)"));
    assert!(page.contains("Your rating of round 1: 3 Good"), "{page}");
    let own = format!("{J} Reviewer 1 on item 0.");
    let textarea = page
        .split(&format!("id=\"j-{}\"", items[0]))
        .nth(1)
        .expect("the item's form");
    assert!(
        textarea.split("</textarea>").next().is_some_and(|t| t.contains(&own)),
        "prefilled with round 1's words"
    );
    assert!(page.contains("value=\"3\" checked"), "round 1's score chosen");
    assert!(page.contains("(you are Reviewer "), "{page}");
    assert!(page.contains("(round 1, not revised yet)") || page.contains("Reviewer "));
    // Nobody else's e-mail on the page.
    for (_, _, email) in &c.experts {
        assert!(!page.contains(email.as_str()));
    }
}

#[tokio::test]
async fn the_secretariat_writes_scoring_guidance_that_reviewers_read_beside_the_form() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let panel = panel_of(&app, &c).await;
    let path = format!("/api/v1/cycles/{}/guidance", c.cycle);
    let g = json_of(app.get(&path, Some(&c.experts[0].1)).await).await;
    let first = &g.as_array().expect("measurements")[0];
    let code = first["measurement"].as_str().unwrap().to_owned();
    let levels = first["levels"].as_array().unwrap();
    assert_eq!(
        levels.iter().map(|l| l["score"].as_i64().unwrap()).collect::<Vec<_>>(),
        [5, 4, 3, 2, 1]
    );
    assert!(
        levels
            .iter()
            .all(|l| l["custom"] == false && !l["text"].as_str().unwrap().is_empty())
    );
    assert_eq!(levels[0]["label"], "Excellent");

    let put = format!("{path}/{code}");
    let custom = "Strategy adopted by the council, funded, with a yearly public review.";
    let r = app
        .put(&put, Some(&c.sec), &json!({"levels": [{"score": 5, "text": custom}]}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let body = json_of(r).await;
    assert_eq!(body["levels"][0]["text"], custom);
    assert_eq!(body["levels"][0]["custom"], true);
    assert_eq!(body["levels"][1]["custom"], false);
    // Bad input names its field; an unknown measurement does not exist; only the secretariat writes.
    assert_error(
        app.put(&put, Some(&c.sec), &json!({"levels": [{"score": 6, "text": "x"}]}))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_error(
        app.put(
            &put,
            Some(&c.sec),
            &json!({"levels": [{"score": 4, "text": "a"}, {"score": 4, "text": "b"}]}),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(
        app.put(&format!("{path}/9.9.9.z"), Some(&c.sec), &json!({"levels": []}))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.put(&put, Some(&c.experts[0].1), &json!({"levels": []}))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    // Cities may not read it; an expert on no panel of the cycle does not know the cycle.
    assert_eq!(
        app.get(&path, Some(&c.coordinator)).await.status(),
        StatusCode::FORBIDDEN
    );
    let (_, outsider) = app.seed_user("outsider@example.org", Role::Expert, None).await;
    assert_eq!(app.get(&path, Some(&outsider)).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/api/v1/cycles/9999/guidance", Some(&c.sec)).await.status(),
        StatusCode::NOT_FOUND
    );

    // Beside the rating form, and on the cycle's guidance page.
    let (b, _) = sign_in(&app, c.experts[0].0).await;
    let (_, page) = page_of(&b, &app, &format!("/reviews/{}/{}/{panel}", c.cycle, c.city)).await;
    assert!(page.contains("What each score means for this measurement"));
    assert!(page.contains(custom));
    let (status, page) = page_of(&b, &app, &format!("/cycles/{}/guidance", c.cycle)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(custom) && !page.contains("<textarea"),
        "experts read, do not edit"
    );
    // The secretariat edits it on the page; an empty level goes back to the default.
    let (s, _) = app.seed_user("head@unesco.example.org", Role::Secretariat, None).await;
    let (sb, scsrf) = sign_in(&app, s).await;
    let (_, page) = page_of(&sb, &app, &format!("/cycles/{}/guidance", c.cycle)).await;
    assert!(page.contains("<textarea"));
    let r = sb
        .post(app.url(&format!("/cycles/{}/guidance/{code}", c.cycle)))
        .form(&[
            ("csrf_token", scsrf.as_str()),
            ("level_5", ""),
            ("level_1", "No strategy, or none the report shows."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let g = json_of(app.get(&path, Some(&c.sec)).await).await;
    let levels = &g[0]["levels"];
    assert_eq!(levels[0]["custom"], false);
    assert_eq!(levels[4]["text"], "No strategy, or none the report shows.");
    // Every change is in the audit log.
    let audited = entity::audit_log::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(audited.iter().filter(|a| a.action == "cycle.guidance").count(), 2);
    // An expert's page form is refused.
    let (eb, ecsrf) = sign_in(&app, c.experts[0].0).await;
    let r = eb
        .post(app.url(&format!("/cycles/{}/guidance/{code}", c.cycle)))
        .form(&[("csrf_token", ecsrf.as_str()), ("level_5", "mine")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn reviewers_and_the_chair_discuss_anonymously_then_the_chair_writes_every_statement() {
    let app = dev_app().await;
    // Three reviewers; the fourth member chairs the panel and reviews nothing (capacity 0).
    let c = one_panel_cycle(&app, &[5, 5, 5, 0], 3, Some(3), true).await;
    let panel = panel_of(&app, &c).await;
    let items = my_item_ids(&app, &c.experts[0].1).await;
    assert_eq!(items.len(), 3);
    let chair = &c.experts[3];
    let comments = |item: i64| format!("/api/v1/items/{item}/comments");

    // Before reconciliation the first ratings stay independent: no discussion.
    assert_error(
        app.post(
            &comments(items[2]),
            Some(&c.experts[0].1),
            Some(&json!({"body": "Too early?"})),
        )
        .await,
        StatusCode::CONFLICT,
        "discussion_closed",
    )
    .await;
    // Items 0 and 1 agree (4, 4, 5); item 2 disagrees (1, 3, 5).
    for (n, (_, token, _)) in c.experts[..3].iter().enumerate() {
        for (i, item) in items.iter().enumerate() {
            let s = if i == 2 { [1, 3, 5][n] } else { [4, 4, 5][n] };
            assert_eq!(rate(&app, token, *item, s, J).await.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    // Agreed items take no discussion.
    assert_error(
        app.post(
            &comments(items[0]),
            Some(&c.experts[0].1),
            Some(&json!({"body": "Agreed anyway."})),
        )
        .await,
        StatusCode::CONFLICT,
        "discussion_closed",
    )
    .await;

    let outbox_before = entity::outbox::Entity::find().all(&app.db).await.unwrap().len();
    let first = "Is the 2027 budget line evidence of a strategy, or a plan?";
    let r = app
        .post(
            &comments(items[2]),
            Some(&c.experts[0].1),
            Some(&json!({"body": first})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let mine = json_of(r).await;
    assert_eq!(mine["author"], "You");
    assert_eq!(mine["mine"], true);
    assert_eq!(mine["round"], 2);
    // Bad input: too short, unknown fields.
    assert_error(
        app.post(
            &comments(items[2]),
            Some(&c.experts[0].1),
            Some(&json!({"body": " x "})),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_field",
    )
    .await;
    assert_eq!(
        app.post(
            &comments(items[2]),
            Some(&c.experts[0].1),
            Some(&json!({"body": "ok ok", "author": 1}))
        )
        .await
        .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Co-reviewers and the chair read it by the writer's letter; the chair answers as the chair.
    let seen = json_of(app.get(&comments(items[2]), Some(&c.experts[1].1)).await).await;
    assert_eq!(seen["open"], true);
    let label = seen["comments"][0]["author"].as_str().unwrap().to_owned();
    assert!(label.starts_with("Reviewer "), "{seen}");
    assert_eq!(seen["comments"][0]["body"], first);
    let by_chair = json_of(app.get(&comments(items[2]), Some(&chair.1)).await).await;
    assert_eq!(by_chair["comments"][0]["author"], label.as_str());
    let r = app
        .post(
            &comments(items[2]),
            Some(&chair.1),
            Some(&json!({"body": "A plan: look for the council's decision."})),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let seen = json_of(app.get(&comments(items[2]), Some(&c.experts[0].1)).await).await;
    assert_eq!(seen["comments"][1]["author"], "The panel's chair");
    // Nobody else: the city, an expert outside the item, whatever the id.
    assert_eq!(
        app.get(&comments(items[2]), Some(&c.coordinator)).await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, outsider) = app.seed_user("outsider@example.org", Role::Expert, None).await;
    assert_eq!(
        app.get(&comments(items[2]), Some(&outsider)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post(
            &comments(items[2]),
            Some(&outsider),
            Some(&json!({"body": "Let me in."}))
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&comments(99_999), Some(&c.sec)).await.status(),
        StatusCode::NOT_FOUND
    );
    // No identity in what anyone reads: no e-mail, no id.
    for (_, token, _) in &c.experts {
        let body = app.get(&comments(items[2]), Some(token)).await.text().await.unwrap();
        for (id, _, email) in &c.experts {
            assert!(!body.contains(email.as_str()), "{body}");
            assert!(!body.contains(&format!("\"author_id\":{id}")), "{body}");
        }
    }
    // Everyone concerned is told, once per comment, by e-mail naming the writer's part only.
    let outbox = entity::outbox::Entity::find().all(&app.db).await.unwrap();
    let told: Vec<_> = outbox[outbox_before..].iter().filter(|m| m.kind == "comment").collect();
    // First comment: the two other reviewers and the chair; the chair's: the three reviewers.
    assert_eq!(told.len(), 6, "{told:#?}");
    assert!(
        !told
            .iter()
            .any(|m| m.to_address == c.experts[0].2 && m.body_text.contains(first))
    );
    for m in &told {
        for (_, _, email) in &c.experts {
            assert!(m.to_address == *email || !m.body_text.contains(email.as_str()));
        }
        // The greeting names the recipient; nothing after it names anyone.
        let after_greeting = m.body_text.split_once('\n').map_or("", |(_, rest)| rest);
        assert!(!after_greeting.contains("Test expert"), "no name in {}", m.body_text);
    }
    assert!(
        told.iter()
            .any(|m| m.to_address == chair.2 && m.body_text.contains("/reconcile/items/"))
    );
    // Audited.
    let audited = entity::audit_log::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(audited.iter().filter(|a| a.action == "item.comment").count(), 2);

    // The pages: the reviewer's review page and the chair's item page show the discussion.
    let (rb, rcsrf) = sign_in(&app, c.experts[1].0).await;
    let (_, page) = page_of(&rb, &app, &format!("/reviews/{}/{}/{panel}", c.cycle, c.city)).await;
    assert!(page.contains(first) && page.contains("The panel's chair"));
    let r = rb
        .post(app.url(&format!("/items/{}/comments", items[2])))
        .form(&[
            ("csrf_token", rcsrf.as_str()),
            ("body", "Agreed: a plan, not yet a strategy."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(r.headers()["location"].to_str().unwrap().starts_with("/reviews/"));

    // The chair's home: their panel with its items by status, what waits for them.
    let (cb, ccsrf) = sign_in(&app, chair.0).await;
    let (_, home) = page_of(&cb, &app, "/").await;
    assert!(home.contains("Panels you chair"), "{home}");
    assert!(home.contains("Agreed: <strong>2</strong>"), "{home}");
    assert!(home.contains("Write statements (2 to write)"), "{home}");
    let panels = json_of(app.get("/api/v1/me/panels", Some(&chair.1)).await).await;
    assert_eq!(panels[0]["without_statement"], 2);
    assert_eq!(panels[0]["panel_id"], panel);
    assert_eq!(
        json_of(app.get("/api/v1/me/panels", Some(&c.experts[0].1)).await).await,
        json!([])
    );
    assert_eq!(
        json_of(app.get("/api/v1/me/panels", Some(&c.coordinator)).await).await,
        json!([])
    );

    // The statement editor walks the panel's items: next and previous, "save and go to the next".
    let start = panels[0]["first_without_statement"].as_i64().unwrap();
    let (_, page) = page_of(&cb, &app, &format!("/reconcile/items/{start}")).await;
    assert!(page.contains(" of 3 of the panel"), "{page}");
    assert!(page.contains("The city's report for this measurement"));
    let (_, disputed) = page_of(&cb, &app, &format!("/reconcile/items/{}", items[2])).await;
    assert!(
        disputed.contains(first) && disputed.contains("Add the comment"),
        "the discussion beside it"
    );
    let r = cb
        .post(app.url(&format!("/reconcile/items/{start}/feedback")))
        .form(&[
            ("csrf_token", ccsrf.as_str()),
            ("statement", "Publish the strategy's yearly results."),
            ("then", "next"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let next = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        next.ends_with("#statement") && !next.contains(&format!("/{start}#")),
        "{next}"
    );
    let next_id: i64 = next
        .trim_start_matches("/reconcile/items/")
        .trim_end_matches("#statement")
        .parse()
        .unwrap();
    let r = cb
        .post(app.url(&format!("/reconcile/items/{next_id}/feedback")))
        .form(&[
            ("csrf_token", ccsrf.as_str()),
            ("statement", "Keep the council's yearly review public."),
            ("then", "next"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], format!("/reconcile/items/{next_id}").as_str());
    let panels = json_of(app.get("/api/v1/me/panels", Some(&chair.1)).await).await;
    assert_eq!(panels[0]["without_statement"], 0);

    // Item 2 is settled by the revision round (everyone moves to 3), gets its statement; published.
    for (_, token, _) in &c.experts[..3] {
        assert_eq!(rate(&app, token, items[2], 3, J).await.status(), StatusCode::OK);
    }
    let r = app
        .put(
            &format!("/api/v1/items/{}/feedback", items[2]),
            Some(&chair.1),
            &json!({"statement": "A plan: adopt it."}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK, "{}", r.text().await.unwrap());
    // The discussion is closed now, and stays readable.
    let seen = json_of(app.get(&comments(items[2]), Some(&c.experts[0].1)).await).await;
    assert_eq!(seen["open"], false);
    assert_eq!(seen["comments"].as_array().unwrap().len(), 3);

    // An expert's history is empty until publication, then lists their own ratings only.
    assert_eq!(
        json_of(app.get("/api/v1/me/history", Some(&c.experts[0].1)).await).await,
        json!([])
    );
    let r = app.transition(&c.sec, c.cycle, "published").await;
    assert_eq!(r.status(), StatusCode::OK, "{}", r.text().await.unwrap());
    let past = json_of(app.get("/api/v1/me/history", Some(&c.experts[0].1)).await).await;
    let past = past.as_array().unwrap();
    assert_eq!(past.len(), 3);
    let last = past
        .iter()
        .find(|p| p["measurement"].as_str() == past[0]["measurement"].as_str())
        .unwrap();
    assert!(last["consensus"].is_u64());
    let revised = past.iter().find(|p| p["round"] == 2).expect("the revised item");
    assert_eq!(
        (revised["score"].as_i64(), revised["consensus"].as_i64()),
        (Some(3), Some(3))
    );
    assert_eq!(
        json_of(app.get("/api/v1/me/history", Some(&chair.1)).await).await,
        json!([])
    );
    assert_eq!(
        json_of(app.get("/api/v1/me/history", Some(&c.coordinator)).await).await,
        json!([])
    );
    let (hb, _) = sign_in(&app, c.experts[0].0).await;
    let (status, page) = page_of(&hb, &app, "/history").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Review 2026") && page.contains(J));
    let (sb, _) = sign_in(&app, {
        let (id, _) = app.seed_user("head@unesco.example.org", Role::Secretariat, None).await;
        id
    })
    .await;
    assert_eq!(page_of(&sb, &app, "/history").await.0, StatusCode::FORBIDDEN);
}
