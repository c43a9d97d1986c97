//! Sign-in pages.
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::read::User;
use crate::tr;
use crate::views::words;

pub struct SigninView<'a> {
    /// (id, display name) of each configured provider.
    pub providers: Vec<(&'a str, &'a str)>,
    /// The users to choose from, when dev sign-in is on.
    pub dev_users: Option<Vec<User>>,
    pub csrf: &'a str,
    pub next: &'a str,
    pub signed_out: bool,
}

pub fn signin(shell: &Shell, view: &SigninView) -> Markup {
    let title = tr!("auth-signin-title");
    page(
        shell,
        &title,
        html! {
            h1 { (title) }
            @if view.signed_out {
                div class="flash" role="status" { (tr!("auth-signed-out")) }
            }
            p { (tr!("auth-signin-intro")) }
            @if view.providers.is_empty() && view.dev_users.is_none() {
                div class="alert" {
                    (tr!("auth-no-provider-before")) " "
                    code { "[[auth.providers]]" } " " (tr!("auth-no-provider-after"))
                }
            }
            div class="providers" {
                @for (id, name) in &view.providers {
                    a class="button" href=(format!("/auth/{id}/start?{}", serde_html_form::to_string([("next", view.next)]).unwrap_or_default())) {
                        (tr!("auth-signin-with", provider = *name))
                    }
                }
            }
            @if let Some(users) = &view.dev_users {
                section aria-labelledby="dev-heading" {
                    h2 id="dev-heading" { (tr!("auth-dev-heading")) }
                    p class="muted" {
                        (tr!("auth-dev-before")) " " code { "auth.dev_login" } " " (tr!("auth-dev-after"))
                    }
                    @if users.is_empty() {
                        p { (tr!("auth-dev-no-user-before")) " "
                            code { "lcreview admin create-user" } (tr!("auth-dev-no-user-after")) }
                    } @else {
                        form method="post" action="/auth/dev" class="form" {
                            (csrf_field(view.csrf))
                            input type="hidden" name="next" value=(view.next);
                            div {
                                label for="user_id" { (tr!("auth-dev-user")) }
                                select id="user_id" name="user_id" {
                                    @for u in users {
                                        option value=(u.id) { (u.name) " — " (words::role(u.role)) " — " (u.email) }
                                    }
                                }
                            }
                            div { button type="submit" class="button" { (tr!("auth-sign-in")) } }
                        }
                    }
                }
            }
        },
    )
}

pub fn not_invited(shell: &Shell, provider: &str) -> Markup {
    page(
        shell,
        &tr!("auth-not-invited-title"),
        html! {
            h1 { (tr!("auth-not-invited-heading")) }
            p { (tr!("auth-not-invited-text", provider = provider)) }
            p { a href="/signin" { (tr!("auth-back-to-signin")) } }
        },
    )
}

pub fn account_disabled(shell: &Shell) -> Markup {
    page(
        shell,
        &tr!("auth-disabled-title"),
        html! {
            h1 { (tr!("auth-disabled-heading")) }
            p { (tr!("auth-disabled-text")) }
            p { a href="/signin" { (tr!("auth-back-to-signin")) } }
        },
    )
}

pub fn already_linked(shell: &Shell, provider: &str) -> Markup {
    page(
        shell,
        &tr!("auth-linked-title"),
        html! {
            h1 { (tr!("auth-linked-heading", provider = provider)) }
            p { (tr!("auth-linked-text", provider = provider)) }
        p { a href="/signin" { (tr!("auth-back-to-signin")) } }
        },
    )
}
