//! Secretariat pages: users and cities.
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::user::Role;
use crate::i18n::format::count;
use crate::read::City;
use crate::read::User;
use crate::tr;
use crate::views::words;

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
    let title = tr!("admin-users-title");
    page(
        shell,
        &title,
        html! {
            h1 { (title) }
            // A refused invitation is said at the top too, where the page opens, with a link to the
            // form below (the list may be long).
            @if let Some(error) = &form.error {
                div class="alert" { (tr!("admin-users-not-sent", error = error.as_str())) " " a href="#invite" { (tr!("admin-go-to-form")) } }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("admin-table-scroll")) { table class="data" {
                caption class="muted" { (tr!("admin-users-count", count = users.len())) }
                thead { tr { th scope="col" { (tr!("admin-name")) } th scope="col" { (tr!("admin-email")) } th scope="col" { (tr!("admin-role")) } th scope="col" { (tr!("admin-city")) } th scope="col" { (tr!("admin-status")) } } }
                tbody {
                    @for u in users {
                        tr {
                            td { (u.name) }
                            td { (u.email) }
                            td { (words::role(u.role)) }
                            td { (city_name(u.city_id)) }
                            td {
                                @if u.disabled { (tr!("admin-user-disabled")) " " } @else { (tr!("admin-user-active")) " " }
                                form method="post" action=(format!("/admin/users/{}/{}", u.id, if u.disabled { "enable" } else { "disable" })) class="inline" {
                                    (csrf_field(csrf))
                                    button type="submit" class="button secondary" {
                                        @if u.disabled { (tr!("admin-user-enable")) } @else { (tr!("admin-user-disable")) }
                                    }
                                }
                            }
                        }
                    }
                }
            } }
            h2 id="invite" { (tr!("admin-invite-heading")) }
            p class="muted" { (tr!("admin-invite-hint")) }
            @if let Some(error) = form.error.as_ref().filter(|_| !["email", "name", "role", "city_id"].contains(&form.error_field.as_str())) {
                div class="alert" role="alert" { (error) }
            }
            form method="post" action="/admin/users" class="form" {
                (csrf_field(csrf))
                @let bad = |f: &str| (form.error.is_some() && form.error_field == f).then_some("true");
                @let described = |f: &str| (form.error.is_some() && form.error_field == f).then(|| format!("{f}-error"));
                div { label for="email" { (tr!("admin-email")) } (beside(form.error.as_ref(), &form.error_field, "email"))
                      input type="email" id="email" name="email" required value=(form.email) aria-invalid=[bad("email")] aria-describedby=[described("email")]; }
                div { label for="name" { (tr!("admin-name")) } (beside(form.error.as_ref(), &form.error_field, "name"))
                      input type="text" id="name" name="name" required value=(form.name) aria-invalid=[bad("name")] aria-describedby=[described("name")]; }
                div {
                    label for="role" { (tr!("admin-role")) }
                    (beside(form.error.as_ref(), &form.error_field, "role"))
                    select id="role" name="role" aria-invalid=[bad("role")] aria-describedby=[described("role")] {
                        @for (value, role) in [("expert", Role::Expert), ("city", Role::City), ("secretariat", Role::Secretariat)] {
                            option value=(value) selected[form.role == value] { (words::role(role)) }
                        }
                    }
                }
                div {
                    label for="city_id" { (tr!("admin-city")) " " span class="hint" { (tr!("admin-city-hint")) } }
                    (beside(form.error.as_ref(), &form.error_field, "city_id"))
                    select id="city_id" name="city_id" aria-invalid=[bad("city_id")] aria-describedby=[described("city_id")] {
                        option value="" { "—" }
                        @for c in cities {
                            option value=(c.id) selected[form.city_id == c.id.to_string()] { (c.name) " (" (c.country) ")" }
                        }
                    }
                }
                div { button type="submit" class="button" { (tr!("admin-invite-button")) } }
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
    let title = tr!("admin-cities-title");
    page(
        shell,
        &title,
        html! {
            h1 { (title) }
            @if let Some(error) = &form.error {
                div class="alert" { (tr!("admin-cities-not-registered", error = error.as_str())) " " a href="#register" { (tr!("admin-go-to-form")) } }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("admin-table-scroll")) { table class="data" {
                caption class="muted" { (tr!("admin-cities-count", count = cities.len())) }
                thead { tr { th scope="col" { (tr!("admin-name")) } th scope="col" { (tr!("admin-country")) } th scope="col" { (tr!("admin-region")) } th scope="col" { (tr!("admin-languages")) } th scope="col" { (tr!("admin-institutions")) } } }
                tbody {
                    @for c in cities {
                        tr {
                            td { (c.name) } td { (c.country) } td { (c.region.clone().unwrap_or_default()) } td { (crate::format::language_names(&c.languages)) }
                            td { (count(c.institutions.len())) " " a href=(format!("/cities/{}/institutions", c.id)) { (tr!("admin-institutions-view")) } }
                        }
                    }
                }
            } }
            h2 id="register" { (tr!("admin-register-heading")) }
            @if let Some(error) = &form.error { div class="alert" role="alert" { (error) } }
            form method="post" action="/admin/cities" class="form" {
                (csrf_field(csrf))
                div { label for="name" { (tr!("admin-name")) } input type="text" id="name" name="name" required value=(form.name); }
                div { label for="country" { (tr!("admin-country")) " " span class="hint" { (tr!("admin-country-hint")) } } input type="text" id="country" name="country" required maxlength="2" value=(form.country); }
                div { label for="region" { (tr!("admin-region")) " " span class="hint" { (tr!("admin-optional")) } } input type="text" id="region" name="region" value=(form.region); }
                div { label for="languages" { (tr!("admin-report-languages")) " " span class="hint" { (tr!("admin-report-languages-hint")) } } input type="text" id="languages" name="languages" required value=(form.languages); }
                div { button type="submit" class="button" { (tr!("admin-register-button")) } }
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
    let title = tr!("admin-institutions-title", city = v.city);
    page(
        shell,
        &title,
        html! {
            p class="muted" { a href=(v.back) { (tr!("admin-back")) } }
            h1 { (title) }
            p { (tr!("admin-institutions-intro")) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            form method="post" class="form" {
                (csrf_field(v.csrf))
                div { label for="institutions" { (tr!("admin-institutions")) " " span class="hint" { (tr!("admin-institutions-hint")) } }
                      textarea dir="auto" id="institutions" name="institutions" rows="8" { (v.institutions) } }
                div { button type="submit" class="button" { (tr!("admin-save")) } }
            }
        },
    )
}
