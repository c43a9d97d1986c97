//! Secretariat pages: users and cities.
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::read::City;
use crate::read::User;

/// What the invite form shows again after a refusal: the values typed, and what was wrong.
#[derive(Default)]
pub struct UserForm {
    pub email: String,
    pub name: String,
    pub role: String,
    pub city_id: String,
    pub error: Option<String>,
    /// The field the error concerns (`email`, `name`, `role`, `city_id`), shown beside it.
    pub error_field: String,
}

/// A refusal beside the field it concerns, and the attributes that tie the field to it.
fn beside(error: Option<&String>, error_field: &str, field: &str) -> Markup {
    html! {
        @if let Some(e) = error.filter(|_| error_field == field) {
            p class="field-error alert" id=(format!("{field}-error")) { (e) }
        }
    }
}

pub fn users(shell: &Shell, csrf: &str, users: &[User], cities: &[City], form: &UserForm) -> Markup {
    let city_name = |id: Option<i32>| {
        id.and_then(|id| cities.iter().find(|c| c.id == id))
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    page(
        shell,
        "Users",
        html! {
            h1 { "Users" }
            // A refused invitation is said at the top too, where the page opens, with a link to the
            // form below (the list may be long).
            @if let Some(error) = &form.error {
                div class="alert" { "The invitation was not sent: " (error) " " a href="#invite" { "Go to the form" } }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                caption class="muted" { (users.len()) " account(s)" }
                thead { tr { th scope="col" { "Name" } th scope="col" { "E-mail" } th scope="col" { "Role" } th scope="col" { "City" } th scope="col" { "Status" } } }
                tbody {
                    @for u in users {
                        tr {
                            td { (u.name) }
                            td { (u.email) }
                            td { (u.role.label()) }
                            td { (city_name(u.city_id)) }
                            td {
                                @if u.disabled { "Disabled " } @else { "Active " }
                                form method="post" action=(format!("/admin/users/{}/{}", u.id, if u.disabled { "enable" } else { "disable" })) class="inline" {
                                    (csrf_field(csrf))
                                    button type="submit" class="button secondary" {
                                        @if u.disabled { "Enable" } @else { "Disable" }
                                    }
                                }
                            }
                        }
                    }
                }
            } }
            h2 id="invite" { "Invite a person" }
            p class="muted" { "They sign in with their institution's account; its verified e-mail address must be the one given here." }
            @if let Some(error) = form.error.as_ref().filter(|_| !["email", "name", "role", "city_id"].contains(&form.error_field.as_str())) {
                div class="alert" role="alert" { (error) }
            }
            form method="post" action="/admin/users" class="form" {
                (csrf_field(csrf))
                @let bad = |f: &str| (form.error.is_some() && form.error_field == f).then_some("true");
                @let described = |f: &str| (form.error.is_some() && form.error_field == f).then(|| format!("{f}-error"));
                div { label for="email" { "E-mail" } (beside(form.error.as_ref(), &form.error_field, "email"))
                      input type="email" id="email" name="email" required value=(form.email) aria-invalid=[bad("email")] aria-describedby=[described("email")]; }
                div { label for="name" { "Name" } (beside(form.error.as_ref(), &form.error_field, "name"))
                      input type="text" id="name" name="name" required value=(form.name) aria-invalid=[bad("name")] aria-describedby=[described("name")]; }
                div {
                    label for="role" { "Role" }
                    (beside(form.error.as_ref(), &form.error_field, "role"))
                    select id="role" name="role" aria-invalid=[bad("role")] aria-describedby=[described("role")] {
                        @for (value, label) in [("expert", "Expert"), ("city", "City coordinator"), ("secretariat", "Secretariat")] {
                            option value=(value) selected[form.role == value] { (label) }
                        }
                    }
                }
                div {
                    label for="city_id" { "City " span class="hint" { "(city coordinators only)" } }
                    (beside(form.error.as_ref(), &form.error_field, "city_id"))
                    select id="city_id" name="city_id" aria-invalid=[bad("city_id")] aria-describedby=[described("city_id")] {
                        option value="" { "—" }
                        @for c in cities {
                            option value=(c.id) selected[form.city_id == c.id.to_string()] { (c.name) " (" (c.country) ")" }
                        }
                    }
                }
                div { button type="submit" class="button" { "Invite" } }
            }
        },
    )
}

#[derive(Default)]
pub struct CityForm {
    pub name: String,
    pub country: String,
    pub region: String,
    pub languages: String,
    pub error: Option<String>,
}

pub fn cities(shell: &Shell, csrf: &str, cities: &[City], form: &CityForm) -> Markup {
    page(
        shell,
        "Cities",
        html! {
            h1 { "Cities" }
            @if let Some(error) = &form.error {
                div class="alert" { "The city was not registered: " (error) " " a href="#register" { "Go to the form" } }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                caption class="muted" { (cities.len()) " cities, by name" }
                thead { tr { th scope="col" { "Name" } th scope="col" { "Country" } th scope="col" { "Region" } th scope="col" { "Languages" } th scope="col" { "Institutions" } } }
                tbody {
                    @for c in cities {
                        tr {
                            td { (c.name) } td { (c.country) } td { (c.region.clone().unwrap_or_default()) } td { (crate::format::language_names(&c.languages)) }
                            td { (c.institutions.len()) " " a href=(format!("/cities/{}/institutions", c.id)) { "view or change" } }
                        }
                    }
                }
            } }
            h2 id="register" { "Register a city" }
            @if let Some(error) = &form.error { div class="alert" role="alert" { (error) } }
            form method="post" action="/admin/cities" class="form" {
                (csrf_field(csrf))
                div { label for="name" { "Name" } input type="text" id="name" name="name" required value=(form.name); }
                div { label for="country" { "Country " span class="hint" { "(ISO 3166-1 alpha-2, e.g. CN)" } } input type="text" id="country" name="country" required maxlength="2" value=(form.country); }
                div { label for="region" { "Region " span class="hint" { "(optional)" } } input type="text" id="region" name="region" value=(form.region); }
                div { label for="languages" { "Report languages " span class="hint" { "(ISO 639-1, comma-separated, e.g. en, fr)" } } input type="text" id="languages" name="languages" required value=(form.languages); }
                div { button type="submit" class="button" { "Register" } }
            }
        },
    )
}

/// The form of a city's institutions: one per line.
pub struct InstitutionsView<'a> {
    pub city_id: i32,
    pub city: &'a str,
    pub institutions: String,
    pub back: &'a str,
    pub csrf: &'a str,
    pub error: Option<&'a str>,
}

pub fn institutions(shell: &Shell, v: &InstitutionsView) -> Markup {
    page(
        shell,
        &format!("Institutions of {}", v.city),
        html! {
            p class="muted" { a href=(v.back) { "Back" } }
            h1 { "Institutions of " (v.city) }
            p { "The city government and the partner institutions your report names. An expert who works for one of them does not review the city: this is one of the conflicts of interest the assignment respects, also after it is made." }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            form method="post" class="form" {
                (csrf_field(v.csrf))
                div { label for="institutions" { "Institutions " span class="hint" { "(one per line)" } }
                      textarea dir="auto" id="institutions" name="institutions" rows="8" { (v.institutions) } }
                div { button type="submit" class="button" { "Save" } }
            }
        },
    )
}
