//! The start page: a welcome for visitors, and a home page for each role.
use maud::{Markup, html};

use super::layout::{Shell, page};
use crate::read::City;

/// What the start page needs to say.
pub struct HomeView<'a> {
    pub edition_title: &'a str,
    pub measurement_count: usize,
    pub expert_review_count: usize,
}

pub fn welcome(shell: &Shell, view: &HomeView) -> Markup {
    page(
        shell,
        "Welcome",
        html! {
            h1 { "Expert review of learning cities" }
            p class="lead" {
                "lcreview runs the peer review of learning cities' reports: the secretariat opens review "
                "cycles, cities submit their reports, independent experts rate the qualitative measurements "
                "on a five-point scale, reconcile their disagreements, and each city reads its consensus "
                "scores and feedback on its own profile."
            }
            p { a class="button" href="/signin" { "Sign in" } }
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

pub struct SecretariatHome {
    pub users: usize,
    pub cities: usize,
}

pub fn secretariat(shell: &Shell, view: &SecretariatHome) -> Markup {
    page(
        shell,
        "Secretariat",
        html! {
            h1 { "Secretariat" }
            p class="lead" { "Run the review: cycles, people, cities, and publication." }
            ul {
                li { a href="/cycles" { "Review cycles" } ": open a cycle, follow reports, assignment, ratings and reconciliation, and publish." }
                li { a href="/network" { "The network" } ": cities per state and how published scores are spread, without ranking." }
                li { a href="/admin/users" { "Users" } " — " (view.users) " account(s); invite experts, city coordinators and colleagues." }
                li { a href="/admin/cities" { "Cities" } " — " (view.cities) " registered." }
                li { a href="/framework" { "The framework" } " the review follows." }
            }
        },
    )
}

/// A cycle the city takes part in, and its report's state there.
pub struct CityCycle {
    pub cycle_id: i32,
    pub name: String,
    pub cycle_state: &'static str,
    pub report_state: &'static str,
    /// What the city has to do next in this cycle, in words.
    pub next: String,
    /// The next step is the city's to take (write, or resubmit).
    pub urgent: bool,
    /// The results are on the profile (the results letter can be printed).
    pub published: bool,
}

fn city_id(city: Option<&City>) -> i32 {
    city.map_or(0, |c| c.id)
}

pub fn city(shell: &Shell, city: Option<&City>, cycles: &[CityCycle]) -> Markup {
    page(
        shell,
        "Your city",
        html! {
            @match city {
                Some(c) => {
                    h1 { (c.name) }
                    p class="lead" { "City coordinator's page" }
                    dl class="facts" {
                        dt { "Country" } dd { (c.country) }
                        @if let Some(region) = &c.region { dt { "Region" } dd { (region) } }
                        dt { "Report languages" } dd { (crate::format::language_names(&c.languages)) }
                        dt { "Institutions" } dd {
                            @if c.institutions.is_empty() { "none recorded" } @else { (c.institutions.join("; ")) }
                            " " a href=(format!("/cities/{}/institutions", c.id)) { "Change" }
                        }
                    }
                    @if !cycles.is_empty() {
                        h2 { "What to do next" }
                        ul class="next-steps" {
                            @for cy in cycles.iter().filter(|cy| cy.urgent) {
                                li class="urgent" { strong { (cy.name) ": " } (cy.next) " " a href=(format!("/cycles/{}/reports/{}", cy.cycle_id, c.id)) { "Open the report" } }
                            }
                            @for cy in cycles.iter().filter(|cy| !cy.urgent) {
                                li { strong { (cy.name) ": " } (cy.next)
                                    @if cy.published { " " a href=(format!("/cities/{}/letter/{}", c.id, cy.cycle_id)) { "The results letter" } }
                                }
                            }
                        }
                    }
                    p { a class="button secondary" href=(format!("/cities/{}/profile", c.id)) { "Your city's profile: published results" } }
                    h2 { "Your reports" }
                    @if cycles.is_empty() {
                        p { "When a review cycle opens, your city's report appears here to write and submit; published scores and feedback appear on your city's profile." }
                    } @else {
                        div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                            thead { tr { th scope="col" { "Review cycle" } th scope="col" { "Cycle" } th scope="col" { "Your report" } } }
                            tbody {
                                @for c in cycles {
                                    tr {
                                        td { a href=(format!("/cycles/{}/reports/{}", c.cycle_id, city_id(city))) { (c.name) } }
                                        td { (c.cycle_state) }
                                        td { (c.report_state) }
                                    }
                                }
                            }
                        } }
                    }
                }
                None => {
                    h1 { "Your city" }
                    p { "Your account is not bound to a city. Please contact the secretariat." }
                }
            }
        },
    )
}
