use maud::{Markup, html};

use super::layout::page;

/// What the start page needs to say.
pub struct HomeView<'a> {
    pub edition_title: &'a str,
    pub measurement_count: usize,
    pub expert_review_count: usize,
}

pub fn home(view: &HomeView) -> Markup {
    page(
        "Welcome",
        html! {
            h1 { "Expert review of learning cities" }
            p class="lead" {
                "lcreview runs the peer review of learning cities' reports: the secretariat opens review "
                "cycles, cities submit their reports, independent experts rate the qualitative measurements "
                "on a five-point scale, reconcile their disagreements, and each city reads its consensus "
                "scores and feedback on its own profile."
            }
            section aria-labelledby="framework-heading" {
                h2 id="framework-heading" { "The framework" }
                p {
                    "Reviews follow " a href="/framework" { (view.edition_title) } ": "
                    (view.measurement_count) " measurements, of which " (view.expert_review_count)
                    " are rated by experts' review."
                }
            }
            section aria-labelledby="api-heading" {
                h2 id="api-heading" { "For scripts" }
                p {
                    "The JSON API is described in its " a href="/api/openapi.json" { "OpenAPI document" }
                    ". Calls authenticate with a personal token: " code { "Authorization: Bearer …" } "."
                }
            }
        },
    )
}
