//! Sign-in pages.
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::read::User;

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
    page(
        shell,
        "Sign in",
        html! {
            h1 { "Sign in" }
            @if view.signed_out {
                div class="flash" role="status" { "You have signed out." }
            }
            p { "lcreview accounts are created by the secretariat. Sign in with the account of your institution." }
            @if view.providers.is_empty() && view.dev_users.is_none() {
                div class="alert" {
                    "No sign-in provider is configured. An administrator adds one under "
                    code { "[[auth.providers]]" } " in the configuration."
                }
            }
            div class="providers" {
                @for (id, name) in &view.providers {
                    a class="button" href=(format!("/auth/{id}/start?{}", serde_html_form::to_string([("next", view.next)]).unwrap_or_default())) {
                        "Sign in with " (name)
                    }
                }
            }
            @if let Some(users) = &view.dev_users {
                section aria-labelledby="dev-heading" {
                    h2 id="dev-heading" { "Dev sign-in" }
                    p class="muted" {
                        "This server runs with " code { "auth.dev_login" } " on: choose any user to explore "
                        "lcreview as them. Never on a server others can reach."
                    }
                    @if users.is_empty() {
                        p { "There is no user yet. Create one with "
                            code { "lcreview admin create-user" } "." }
                    } @else {
                        form method="post" action="/auth/dev" class="form" {
                            (csrf_field(view.csrf))
                            input type="hidden" name="next" value=(view.next);
                            div {
                                label for="user_id" { "User" }
                                select id="user_id" name="user_id" {
                                    @for u in users {
                                        option value=(u.id) { (u.name) " — " (u.role.label()) " — " (u.email) }
                                    }
                                }
                            }
                            div { button type="submit" class="button" { "Sign in" } }
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
        "Not invited",
        html! {
            h1 { "You are not invited yet" }
            p {
                "You signed in with " (provider) ", but no lcreview account matches your verified e-mail "
                "address. Accounts are created by the secretariat: ask them to invite you with the address "
                "your institution's account uses, then sign in again."
            }
            p { a href="/signin" { "Back to sign-in" } }
        },
    )
}

pub fn account_disabled(shell: &Shell) -> Markup {
    page(
        shell,
        "Account disabled",
        html! {
            h1 { "Your account is disabled" }
            p { "The secretariat has disabled this lcreview account. If you think this is a mistake, ask them to enable it again." }
            p { a href="/signin" { "Back to sign-in" } }
        },
    )
}

pub fn already_linked(shell: &Shell, provider: &str) -> Markup {
    page(
        shell,
        "Another account",
        html! {
            h1 { "Your lcreview account uses another " (provider) " account" }
            p {
                "The lcreview account with your e-mail address is already linked to a different " (provider) " account. "
                "Sign in with that one. If you have lost access to it, ask the secretariat: they can link your account again."
            }
            p { a href="/signin" { "Back to sign-in" } }
        },
    )
}
