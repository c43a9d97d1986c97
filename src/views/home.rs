//! The start page: a welcome for visitors, and a home page for each role.
use maud::{Markup, html};

use super::layout::{Shell, page};
use crate::read::City;
use crate::tr;

/// What the start page needs to say.
pub struct HomeView<'a> {
    pub edition_title: &'a str,
    pub measurement_count: usize,
    pub expert_review_count: usize,
}

pub fn welcome(shell: &Shell, view: &HomeView) -> Markup {
    page(
        shell,
        &tr!("home-welcome-title"),
        html! {
            h1 { (tr!("home-welcome-heading")) }
            p class="lead" { (tr!("home-welcome-lead")) }
            p { a class="button" href="/signin" { (tr!("home-sign-in")) } }
            section aria-labelledby="framework-heading" {
                h2 id="framework-heading" { (tr!("home-framework")) }
                p {
                    (tr!("home-framework-before-link")) " " a href="/framework" { (view.edition_title) }
                    (tr!("home-framework-after-link", measurements = view.measurement_count, expert_review = view.expert_review_count))
                }
            }
            section aria-labelledby="api-heading" {
                h2 id="api-heading" { (tr!("home-api")) }
                p {
                    (tr!("home-api-before-link")) " " a href="/api/openapi.json" { (tr!("home-api-link")) }
                    (tr!("home-api-after-link")) " " code { "Authorization: Bearer …" } (tr!("home-api-end"))
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
        &tr!("home-secretariat-title"),
        html! {
            h1 { (tr!("home-secretariat-title")) }
            p class="lead" { (tr!("home-secretariat-lead")) }
            ul {
                li { a href="/cycles" { (tr!("home-secretariat-cycles")) } (tr!("home-secretariat-cycles-text")) }
                li { a href="/network" { (tr!("home-secretariat-network")) } (tr!("home-secretariat-network-text")) }
                li { a href="/admin/users" { (tr!("home-secretariat-users")) } (tr!("home-secretariat-users-text", count = view.users)) }
                li { a href="/admin/cities" { (tr!("home-secretariat-cities")) } (tr!("home-secretariat-cities-text", count = view.cities)) }
                li { a href="/framework" { (tr!("home-secretariat-framework")) } (tr!("home-secretariat-framework-text")) }
            }
        },
    )
}

/// A cycle the city takes part in, and its report's state there.
pub struct CityCycle {
    pub cycle_id: i32,
    pub name: String,
    pub cycle_state: String,
    pub report_state: String,
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
        &tr!("home-city-title"),
        html! {
            @match city {
                Some(c) => {
                    h1 { (c.name) }
                    p class="lead" { (tr!("home-city-lead")) }
                    dl class="facts" {
                        dt { (tr!("home-city-country")) } dd { (c.country) }
                        @if let Some(region) = &c.region { dt { (tr!("home-city-region")) } dd { (region) } }
                        dt { (tr!("home-city-languages")) } dd { (crate::format::language_names(&c.languages)) }
                        dt { (tr!("home-city-institutions")) } dd {
                            @if c.institutions.is_empty() { (tr!("home-city-institutions-none")) } @else { (c.institutions.join(&tr!("home-institutions-separator"))) }
                            " " a href=(format!("/cities/{}/institutions", c.id)) { (tr!("home-city-institutions-change")) }
                        }
                    }
                    @if !cycles.is_empty() {
                        h2 { (tr!("home-city-next")) }
                        ul class="next-steps" {
                            @for cy in cycles.iter().filter(|cy| cy.urgent) {
                                li class="urgent" { strong { (tr!("home-city-cycle-name", cycle = cy.name.as_str())) " " } (cy.next) " " a href=(format!("/cycles/{}/reports/{}", cy.cycle_id, c.id)) { (tr!("home-city-open-report")) } }
                            }
                            @for cy in cycles.iter().filter(|cy| !cy.urgent) {
                                li { strong { (tr!("home-city-cycle-name", cycle = cy.name.as_str())) " " } (cy.next)
                                    @if cy.published { " " a href=(format!("/cities/{}/letter/{}", c.id, cy.cycle_id)) { (tr!("home-city-letter")) } }
                                }
                            }
                        }
                    }
                    p { a class="button secondary" href=(format!("/cities/{}/profile", c.id)) { (tr!("home-city-profile")) } }
                    h2 { (tr!("home-city-reports")) }
                    @if cycles.is_empty() {
                        p { (tr!("home-city-no-reports")) }
                    } @else {
                        div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("home-table-scroll")) { table class="data" {
                            thead { tr { th scope="col" { (tr!("home-col-review-cycle")) } th scope="col" { (tr!("home-col-cycle")) } th scope="col" { (tr!("home-col-your-report")) } } }
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
                    h1 { (tr!("home-city-title")) }
                    p { (tr!("home-city-unbound")) }
                }
            }
        },
    )
}
