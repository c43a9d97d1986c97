//! Experts, panels and assignment through the pages.
use lcreview::domain::user::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{full_report, json_of};
use crate::pages::{dev_app, sign_in};

#[tokio::test]
async fn profiles_panels_and_assignment_through_the_pages() {
    let app = dev_app().await;
    let sec_token = app.secretariat().await;
    let cork = app.city(&sec_token, "Cork", "IE").await;
    let (sec_id, _) = app.seed_user("head@example.org", Role::Secretariat, None).await;
    let mut experts = Vec::new();
    for i in 0..4 {
        experts.push(app.seed_user(&format!("e{i}@example.org"), Role::Expert, None).await.0);
    }

    // Each expert fills in their profile; one declares a conflict with Cork.
    for (i, id) in experts.iter().enumerate() {
        let (b, csrf) = sign_in(&app, *id).await;
        let r = b
            .post(app.url("/profile"))
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("country", if i == 3 { "IE" } else { "BR" }),
                ("city_id", ""),
                ("institution", "<i>Uni</i>"),
                ("languages", "en, pt"),
                ("expertise", "3.1"),
                ("expertise", "3.2"),
                ("capacity", "4"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
        if i == 0 {
            let r = b
                .post(app.url("/profile/conflicts"))
                .form(&[
                    ("csrf_token", csrf.as_str()),
                    ("city_id", &cork.to_string()),
                    ("reason", "I advised Cork."),
                ])
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), StatusCode::SEE_OTHER);
            let page = b.get(app.url("/profile")).send().await.unwrap().text().await.unwrap();
            assert!(page.contains("I advised Cork.") && page.contains("&lt;i&gt;Uni&lt;/i&gt;"));
        }
    }
    // A bad profile is refused with the reason and the input kept.
    let (b, csrf) = sign_in(&app, experts[1]).await;
    let r = b
        .post(app.url("/profile"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("country", "ZZ"),
            ("languages", "en"),
            ("capacity", "4"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("country"));

    // The secretariat opens a cycle (API, for brevity) and sets the first panel on its page.
    let cycle = json_of(
        app.create_cycle(
            &sec_token,
            &json!({"name": "2026", "city_ids": [cork], "panel_size": 2}),
        )
        .await,
    )
    .await;
    let cycle_id = cycle["id"].as_i64().unwrap();
    let panel = cycle["panels"][0]["id"].as_i64().unwrap();
    let (sec, sec_csrf) = sign_in(&app, sec_id).await;
    let mut form: Vec<(String, String)> = vec![
        ("csrf_token".into(), sec_csrf.clone()),
        ("chair".into(), experts[1].to_string()),
    ];
    for id in &experts {
        form.push(("members".into(), id.to_string()));
    }
    for m in ["3.1.1.a", "3.1.2.a", "3.1.3.a"] {
        form.push(("measurements".into(), m.into()));
    }
    let r = sec
        .post(app.url(&format!("/cycles/{cycle_id}/panels/{panel}")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{}", r.text().await.unwrap());
    // Other panels keep no measurement, so that only this one is assigned.
    for p in cycle["panels"].as_array().unwrap().iter().skip(1) {
        let r = app
            .update_panel(
                &sec_token,
                cycle_id,
                p["id"].as_i64().unwrap(),
                &json!({"members": [], "measurements": []}),
            )
            .await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    app.transition(&sec_token, cycle_id, "collecting").await;
    let (_, coord) = app.seed_user("c@cork.example.org", Role::City, Some(cork)).await;
    let mut report = full_report("en");
    report["narratives"]
        .as_object_mut()
        .unwrap()
        .retain(|k, _| k.starts_with("3.1."));
    assert_eq!(
        app.save_submission(&coord, cycle_id, cork.into(), &report)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(app.submit(&coord, cycle_id, cork.into()).await.status(), StatusCode::OK);

    // Run on the page: the table names the experts; 0 (declared conflict) and 3 (Irish) are out.
    let r = sec
        .post(app.url(&format!("/cycles/{cycle_id}/assignment/run")))
        .form(&[("csrf_token", sec_csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let page = sec
        .get(app.url(&format!("/cycles/{cycle_id}/assignment")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Proposal (not yet in force)") && page.contains("<svg"),
        "{page}"
    );
    assert!(
        page.contains("Test expert"),
        "expert names are shown to the secretariat"
    );
    // Why this expert: the panel's area of focus (3.1) is in their expertise.
    assert!(
        page.contains("(expertise: 3.1, 1 of 1 areas of focus; affinity 6 of 10)"),
        "{page}"
    );

    // Changing the bundle to a conflicted expert is refused, naming the constraint.
    let bundle = format!("/cycles/{cycle_id}/assignment/{cork}/{panel}");
    assert_eq!(sec.get(app.url(&bundle)).send().await.unwrap().status(), StatusCode::OK);
    let r = sec
        .post(app.url(&bundle))
        .form(&[
            ("csrf_token", sec_csrf.as_str()),
            ("experts", &experts[0].to_string()),
            ("experts", &experts[1].to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("conflict"));

    // Confirm, then review can start.
    let r = sec
        .post(app.url(&format!("/cycles/{cycle_id}/assignment/confirm")))
        .form(&[("csrf_token", sec_csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let in_force = json_of(
        app.get(&format!("/api/v1/cycles/{cycle_id}/assignment"), Some(&sec_token))
            .await,
    )
    .await;
    assert_eq!(in_force["bundles"][0]["experts"], json!([experts[1], experts[2]]));
    assert_eq!(
        app.transition(&sec_token, cycle_id, "reviewing").await.status(),
        StatusCode::OK
    );

    // Experts cannot reach the secretariat's pages.
    let (expert, _) = sign_in(&app, experts[2]).await;
    for path in [
        format!("/cycles/{cycle_id}/assignment"),
        "/admin/experts".into(),
        format!("/cycles/{cycle_id}/panels/{panel}"),
    ] {
        assert_eq!(
            expert.get(app.url(&path)).send().await.unwrap().status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
}
