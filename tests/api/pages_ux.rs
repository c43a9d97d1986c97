//! Pages people work with all day: the secretariat's export of every rating, the city's results
//! letter and its next step, and confirmation before a mass action.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{json_of, my_item_ids, one_panel_cycle, page_of};
use crate::pages::{dev_app, sign_in};

const J: &str = "The report gives concrete evidence: a strategy, a budget line and yearly progress reviews.";

#[tokio::test]
async fn the_secretariat_exports_every_rating_and_the_city_prints_its_letter() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let items = my_item_ids(&app, &c.experts[0].1).await;
    // One justification starts like a spreadsheet formula.
    for (n, (_, token, _)) in c.experts.iter().enumerate() {
        for item in &items {
            let words = if n == 0 {
                format!("=HYPERLINK(\"x\") {J}")
            } else {
                J.to_owned()
            };
            let r = app
                .put(
                    &format!("/api/v1/items/{item}/rating"),
                    Some(token),
                    &json!({"score": 4, "justification": words, "submit": true}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    }
    // The export: every rating with its reviewer's id, name and e-mail; formulas neutralised.
    let path = format!("/api/v1/cycles/{}/ratings.csv", c.cycle);
    let r = app.get(&path, Some(&c.sec)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header[..8],
        [
            "city",
            "country",
            "panel",
            "measurement",
            "round",
            "reviewer_id",
            "reviewer_name",
            "reviewer_email"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), items.len() * c.experts.len());
    for (_, _, email) in &c.experts {
        assert_eq!(rows.iter().filter(|r| &r[7] == email.as_str()).count(), items.len());
    }
    assert!(
        rows.iter().any(|r| r[13].starts_with("'=HYPERLINK")),
        "a formula stays text"
    );
    assert!(rows.iter().all(|r| &r[0] == "Cork" && &r[8] == "4" && &r[11] == "true"));
    // Nobody else: experts and cities are refused whatever the cycle.
    for token in [&c.experts[0].1, &c.coordinator] {
        assert_eq!(app.get(&path, Some(token)).await.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(
        app.get("/api/v1/cycles/999/ratings.csv", Some(&c.sec)).await.status(),
        StatusCode::NOT_FOUND
    );
    // The same from the cycle page, for a signed-in secretariat.
    let (s_id, _) = app.seed_user("head@unesco.example.org", Role::Secretariat, None).await;
    let (sb, _) = sign_in(&app, s_id).await;
    let (status, body) = page_of(&sb, &app, &format!("/cycles/{}/ratings.csv", c.cycle)).await;
    assert_eq!((status, body), (StatusCode::OK, csv));

    // Published: the city's home says so and links the letter; the letter lists every score and
    // statement; another city's is not there.
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    for item in &items {
        let r = app
            .put(
                &format!("/api/v1/items/{item}/feedback"),
                Some(&c.sec),
                &json!({"statement": format!("Statement for item {item}.")}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    // The queue finds items by city and orders them.
    let (_, queue) = page_of(
        &sb,
        &app,
        &format!("/cycles/{}/reconcile?city=co&sort=measurement", c.cycle),
    )
    .await;
    assert!(queue.contains(&format!("{} item(s) shown", items.len())), "{queue}");
    let (_, none) = page_of(&sb, &app, &format!("/cycles/{}/reconcile?city=zzz", c.cycle)).await;
    assert!(none.contains("0 item(s) shown"));
    assert_eq!(
        app.transition(&c.sec, c.cycle, "published").await.status(),
        StatusCode::OK
    );
    let coord = app
        .seed_user("second@cork.example.org", Role::City, Some(c.city as i32))
        .await
        .0;
    let (cb, _) = sign_in(&app, coord).await;
    let (_, home) = page_of(&cb, &app, "/").await;
    let letter = format!("/cities/{}/letter/{}", c.city, c.cycle);
    assert!(
        home.contains("The results are published") && home.contains(&letter),
        "{home}"
    );
    let (status, body) = page_of(&cb, &app, &letter).await;
    assert_eq!(status, StatusCode::OK);
    for item in &items {
        assert!(body.contains(&format!("Statement for item {item}.")));
    }
    assert!(body.contains("4 Very good"));
    for (_, _, email) in &c.experts {
        assert!(!body.contains(email.as_str()));
    }
    let espoo = app.city(&c.sec, "Espoo", "FI").await;
    let other = app
        .seed_user("coord@espoo.example.org", Role::City, Some(espoo))
        .await
        .0;
    let (ob, _) = sign_in(&app, other).await;
    assert_eq!(page_of(&ob, &app, &letter).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        page_of(&cb, &app, &format!("/cities/{}/letter/999", c.city)).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn error_pages_know_who_is_signed_in() {
    let app = dev_app().await;
    let (expert, _) = app.seed_user("expert@example.org", Role::Expert, None).await;
    let (b, _) = sign_in(&app, expert).await;
    for (path, status) in [
        ("/admin/users", StatusCode::FORBIDDEN),
        ("/cycles/999/reports/1", StatusCode::NOT_FOUND),
        ("/no/such/page", StatusCode::NOT_FOUND),
    ] {
        let (got, body) = page_of(&b, &app, path).await;
        assert_eq!(got, status, "{path}");
        assert!(
            body.contains("Test expert") && body.contains("Sign out"),
            "{path}: {body}"
        );
        assert!(
            !body.contains("href=\"/signin\""),
            "{path}: no sign-in link for the signed in"
        );
    }
    // Someone not signed in still gets the sign-in link.
    let anonymous = crate::pages::browser();
    let (got, body) = page_of(&anonymous, &app, "/no/such/page").await;
    assert_eq!(got, StatusCode::NOT_FOUND);
    assert!(body.contains("href=\"/signin\""));
}

#[tokio::test]
async fn people_read_names_and_only_the_actions_the_state_allows() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let (s_id, _) = app.seed_user("head@unesco.example.org", Role::Secretariat, None).await;
    let (sb, csrf) = sign_in(&app, s_id).await;
    // The audit log names people and objects, with the ids beside them.
    let (_, audit) = page_of(&sb, &app, "/audit").await;
    assert!(audit.contains("<strong>Review 2026</strong>"), "the cycle by its name");
    assert!(audit.contains("<strong>Cork</strong>"), "the city by its name");
    assert!(audit.contains("Test secretariat (user "), "the actor by name");
    // In review the assignment is neither run nor confirmed again: the page says why instead.
    let (_, assignment) = page_of(&sb, &app, &format!("/cycles/{}/assignment", c.cycle)).await;
    assert!(!assignment.contains("Run the assignment") && !assignment.contains("Confirm this proposal"));
    assert!(assignment.contains("run and confirmed while reports are collected"));
    // A refusal names the field in words.
    let r = sb
        .post(app.url(&format!("/cycles/{}/extensions", c.cycle)))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("user_id", &c.experts[0].0.to_string()),
            ("until", "not a date"),
            ("zone", "UTC"),
        ])
        .send()
        .await
        .unwrap();
    let body = r.text().await.unwrap();
    assert!(!body.contains("user_id:") && !body.contains("until:"), "{body}");
}

#[tokio::test]
async fn the_secretariat_finds_cities_and_acts_on_a_selection_after_confirming() {
    let app = dev_app().await;
    let sec = app.secretariat().await;
    let names = ["Cork", "Espoo", "Porto", "Turku"];
    let mut ids = Vec::new();
    for (name, country) in names.iter().zip(["IE", "FI", "PT", "FI"]) {
        ids.push(app.city(&sec, name, country).await);
    }
    let cycle = json_of(
        app.create_cycle(&sec, &json!({"name": "Review 2026", "city_ids": ids}))
            .await,
    )
    .await;
    let cycle_id = cycle["id"].as_i64().unwrap();
    assert_eq!(
        app.transition(&sec, cycle_id, "collecting").await.status(),
        StatusCode::OK
    );
    let mut coordinators = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let (_, token) = app
            .seed_user(&format!("coord{i}@example.org"), Role::City, Some(*id))
            .await;
        coordinators.push(token);
    }
    // Porto submits (a narrative for every measurement of the cycle).
    let full = crate::helpers::full_report("en");
    assert_eq!(
        app.save_submission(&coordinators[2], cycle_id, i64::from(ids[2]), &full)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        app.submit(&coordinators[2], cycle_id, i64::from(ids[2])).await.status(),
        StatusCode::OK
    );

    let (s_id, _) = app.seed_user("head@unesco.example.org", Role::Secretariat, None).await;
    let (sb, csrf) = sign_in(&app, s_id).await;
    // Search and filter.
    let (_, found) = page_of(&sb, &app, &format!("/cycles/{cycle_id}?q=es&report=&sort=name")).await;
    assert!(
        found.contains("<td>Espoo (FI)</td>")
            && !found.contains("<td>Turku (FI)</td>")
            && found.contains("1 of 4 cities shown")
    );
    let (_, drafts) = page_of(&sb, &app, &format!("/cycles/{cycle_id}?report=draft")).await;
    assert!(drafts.contains("3 of 4 cities shown") && !drafts.contains("<td>Porto (PT)</td>"));

    // Remind Espoo, Turku and Porto: asks first, then reminds those whose report is not in.
    let outbox = || async { entity::outbox::Entity::find().all(&app.db).await.unwrap() };
    use sea_orm::EntityTrait;
    let before = outbox().await.len();
    let chosen: Vec<String> = [ids[1], ids[3], ids[2]].iter().map(i32::to_string).collect();
    let mut fields: Vec<(&str, &str)> = chosen.iter().map(|c| ("city_ids", c.as_str())).collect();
    fields.extend([("csrf_token", csrf.as_str()), ("action", "remind"), ("message", "")]);
    let r = sb
        .post(app.url(&format!("/cycles/{cycle_id}/reports/bulk")))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let confirm = r.text().await.unwrap();
    assert!(confirm.contains("Please confirm") && confirm.contains("Espoo") && confirm.contains("Turku"));
    assert_eq!(outbox().await.len(), before, "nothing sent before confirming");
    fields.push(("confirm", "yes"));
    let r = sb
        .post(app.url(&format!("/cycles/{cycle_id}/reports/bulk")))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let sent: Vec<_> = outbox().await.into_iter().skip(before).collect();
    assert_eq!(
        sent.iter().filter(|m| m.kind == "report_reminder").count(),
        2,
        "Espoo and Turku, not Porto"
    );
    let (_, flashed) = page_of(&sb, &app, &format!("/cycles/{cycle_id}")).await;
    assert!(
        flashed.contains("Reminded: Espoo, Turku."),
        "in the selection's order of the register"
    );

    // Return Porto and Cork: Porto's goes back with the message; Cork's was never submitted.
    let mut fields: Vec<(&str, String)> = vec![
        ("csrf_token", csrf.clone()),
        ("city_ids", ids[2].to_string()),
        ("city_ids", ids[0].to_string()),
        ("action", "return".into()),
        ("message", "Please add the evidence links.".into()),
        ("confirm", "yes".into()),
    ];
    let r = sb
        .post(app.url(&format!("/cycles/{cycle_id}/reports/bulk")))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, flashed) = page_of(&sb, &app, &format!("/cycles/{cycle_id}")).await;
    assert!(
        flashed.contains("Returned: Porto.") && flashed.contains("Not returned: Cork"),
        "{flashed}"
    );
    let report = json_of(app.get_submission(&coordinators[2], cycle_id, i64::from(ids[2])).await).await;
    assert_eq!(report["state"], "returned");
    // Nothing selected: said so, nothing done.
    fields.retain(|(k, _)| *k != "city_ids");
    let r = sb
        .post(app.url(&format!("/cycles/{cycle_id}/reports/bulk")))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_refused_invitation_is_explained_beside_its_field_with_what_was_typed() {
    let app = dev_app().await;
    let (s_id, _) = app.seed_user("head@unesco.example.org", Role::Secretariat, None).await;
    let (sb, csrf) = sign_in(&app, s_id).await;
    let invite = |email: &'static str, name: &'static str| {
        let (sb, csrf, app) = (&sb, csrf.clone(), &app);
        async move {
            let r = sb
                .post(app.url("/admin/users"))
                .form(&[
                    ("csrf_token", csrf.as_str()),
                    ("email", email),
                    ("name", name),
                    ("role", "expert"),
                    ("city_id", ""),
                ])
                .send()
                .await
                .unwrap();
            (r.status(), r.text().await.unwrap())
        }
    };
    let (status, body) = invite("not-an-address", "Aïssatou Diop").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"email-error\""), "the error beside the e-mail field");
    assert!(body.contains("aria-describedby=\"email-error\"") && body.contains("aria-invalid=\"true\""));
    assert!(
        body.contains("value=\"Aïssatou Diop\"") && body.contains("value=\"not-an-address\""),
        "typed input kept"
    );
    assert!(
        body.contains("href=\"#invite\""),
        "and said at the top, with a link to the form"
    );
    // The same address twice: beside the e-mail too.
    assert_eq!(
        invite("aissatou@example.org", "Aïssatou Diop").await.0,
        StatusCode::SEE_OTHER
    );
    let (status, body) = invite("aissatou@example.org", "Another Person").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"email-error\""), "{body}");
}

#[tokio::test]
async fn the_secretariat_closes_the_round_of_selected_items_after_confirming() {
    let app = dev_app().await;
    let c = one_panel_cycle(&app, &[5, 5, 5], 3, None, true).await;
    let items = my_item_ids(&app, &c.experts[0].1).await;
    // Items 0 and 1 disagree (1, 3, 5); item 2 agrees.
    for (n, (_, token, _)) in c.experts.iter().enumerate() {
        for (i, item) in items.iter().enumerate() {
            let score = if i < 2 { [1, 3, 5][n] } else { 4 };
            let r = app
                .put(
                    &format!("/api/v1/items/{item}/rating"),
                    Some(token),
                    &json!({"score": score, "justification": J, "submit": true}),
                )
                .await;
            assert_eq!(r.status(), StatusCode::OK);
        }
    }
    assert_eq!(
        app.transition(&c.sec, c.cycle, "reconciling").await.status(),
        StatusCode::OK
    );
    let (s_id, _) = app.seed_user("head@unesco.example.org", Role::Secretariat, None).await;
    let (sb, csrf) = sign_in(&app, s_id).await;
    let (_, queue) = page_of(&sb, &app, &format!("/cycles/{}/reconcile", c.cycle)).await;
    assert_eq!(
        queue.matches("name=\"item_ids\"").count(),
        2,
        "only items in a revision round can be selected"
    );
    let close = format!("/cycles/{}/close-round", c.cycle);
    let item0 = items[0].to_string();
    let r = sb
        .post(app.url(&close))
        .form(&[("csrf_token", csrf.as_str()), ("item_ids", item0.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("The revision round of the 1 selected item(s) closes now")
    );
    let stage = |id: i64| {
        let app = &app;
        let sec = c.sec.clone();
        async move { json_of(app.get(&format!("/api/v1/items/{id}"), Some(&sec)).await).await["stage"].clone() }
    };
    assert_eq!(stage(items[0]).await, "revision", "nothing closes before confirming");
    let r = sb
        .post(app.url(&close))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("item_ids", item0.as_str()),
            ("confirm", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(stage(items[0]).await, "moderation", "still apart with nobody revising");
    assert_eq!(stage(items[1]).await, "revision", "the other stays open");
}
