//! The page shell: head, skip link, navigation, main landmark, footer.
use std::sync::LazyLock;

use maud::{DOCTYPE, Markup, html};
use sha2::{Digest, Sha256};

use crate::domain::user::Role;
use crate::i18n::{self, Locale};
use crate::tr;
use crate::views::words;

/// The one stylesheet, compiled in.
pub const STYLESHEET: &str = include_str!("style.css");

/// The stylesheet's URL carries a digest of its content, so it can be cached for a long time and
/// still be fetched anew whenever it changes.
pub static STYLESHEET_URL: LazyLock<String> = LazyLock::new(|| {
    let digest = hex::encode(Sha256::digest(STYLESHEET.as_bytes()));
    format!("/static/style.css?v={}", &digest[..12])
});

/// The review page's script (drafts kept as typed, the leave-page warning): the page works without it.
pub const SCRIPT: &str = include_str!("review.js");

pub static SCRIPT_URL: LazyLock<String> = LazyLock::new(|| {
    let digest = hex::encode(Sha256::digest(SCRIPT.as_bytes()));
    format!("/static/review.js?v={}", &digest[..12])
});

/// Who is looking at a page, as the shell shows it: their name and role, the CSRF token for the
/// sign-out form, and a one-time message.
#[derive(Default)]
pub struct Shell {
    pub user: Option<ShellUser>,
    pub flash: Option<String>,
}

pub struct ShellUser {
    pub name: String,
    pub role: Role,
    pub csrf_token: String,
}

/// The navigation each role sees.
fn nav_links(role: Option<Role>) -> Vec<(&'static str, String)> {
    match role {
        Some(Role::Secretariat) => vec![
            ("/", tr!("nav-home")),
            ("/cycles", tr!("nav-cycles")),
            ("/network", tr!("nav-network")),
            ("/admin/users", tr!("nav-users")),
            ("/admin/experts", tr!("nav-experts")),
            ("/admin/cities", tr!("nav-cities")),
            ("/outbox", tr!("nav-outbox")),
            ("/audit", tr!("nav-audit")),
            ("/framework", tr!("nav-framework")),
        ],
        Some(Role::Expert) => vec![
            ("/", tr!("nav-home")),
            ("/history", tr!("nav-history")),
            ("/profile", tr!("nav-profile")),
            ("/framework", tr!("nav-framework")),
        ],
        Some(Role::City) | None => vec![("/", tr!("nav-home")), ("/framework", tr!("nav-framework"))],
    }
}

/// The six languages, each named in itself; the reader's is marked. Signed in, a choice is kept
/// on their profile (a form, with its CSRF token); a visitor's in a cookie (a link).
fn language_switcher(shell: &Shell) -> Markup {
    let current = i18n::current();
    html! {
        nav class="languages" aria-label=(tr!("layout-languages")) {
            @if let Some(user) = &shell.user {
                form method="post" action="/language" class="inline" {
                    (csrf_field(&user.csrf_token))
                    @for l in Locale::ALL {
                        button type="submit" name="language" value=(l.code()) class="link-button"
                            lang=(l.code()) dir=(l.dir()) aria-current=[(l == current).then_some("true")] { (l.autonym()) }
                    }
                }
            } @else {
                @for l in Locale::ALL {
                    a href={ "/language/" (l.code()) } lang=(l.code()) dir=(l.dir()) hreflang=(l.code())
                        aria-current=[(l == current).then_some("true")] { (l.autonym()) }
                }
            }
        }
    }
}

/// A hidden field with the form's CSRF token: every state-changing form includes it.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf_token" value=(token); }
}

pub fn page(shell: &Shell, title: &str, content: Markup) -> Markup {
    let locale = i18n::current();
    html! {
        (DOCTYPE)
        html lang=(locale.code()) dir=(locale.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · lcreview" }
                link rel="stylesheet" href=(STYLESHEET_URL.as_str());
                // No icon: saying so spares every browser a request that would only find a 404.
                link rel="icon" href="data:,";
            }
            body {
                a class="skip-link" href="#main" { (tr!("layout-skip")) }
                header class="site-header" {
                    a class="brand" href="/" { "lcreview" }
                    nav aria-label=(tr!("layout-main-nav")) {
                        ul {
                            @for (href, label) in nav_links(shell.user.as_ref().map(|u| u.role)) {
                                li { a href=(href) { (label) } }
                            }
                        }
                    }
                    div class="account" {
                        @if let Some(user) = &shell.user {
                            span class="who" { bdi { (user.name) } " · " (words::role(user.role)) }
                            " "
                            a href="/settings" { (tr!("layout-settings")) }
                            form method="post" action="/signout" class="inline" {
                                (csrf_field(&user.csrf_token))
                                button type="submit" class="link-button" { (tr!("layout-sign-out")) }
                            }
                        } @else {
                            a href="/signin" { (tr!("layout-sign-in")) }
                        }
                    }
                    (language_switcher(shell))
                }
                main id="main" tabindex="-1" {
                    @if let Some(message) = &shell.flash {
                        div class="flash" role="status" { (message) }
                    }
                    (content)
                }
                footer class="site-footer" {
                    p { (tr!("layout-footer")) }
                    @if locale != Locale::En {
                        p class="hint" { (tr!("framework-unofficial")) }
                    }
                }
            }
        }
    }
}

/// A confirmation step before an irreversible or mass action, which works without script: the
/// action's form again, with its fields and `confirm=yes`, and a way back.
pub struct Confirm<'a> {
    pub title: String,
    /// What will happen, one consequence per line.
    pub consequences: Vec<String>,
    pub action: String,
    /// The first form's fields, carried over.
    pub fields: Vec<(&'a str, String)>,
    pub button: String,
    pub cancel: String,
    pub csrf: &'a str,
}

pub fn confirm(shell: &Shell, c: &Confirm) -> Markup {
    page(
        shell,
        &c.title,
        html! {
            h1 { (c.title) }
            div class="alert" role="alert" {
                p { strong { (tr!("confirm-warning")) } }
                ul { @for line in &c.consequences { li { (line) } } }
            }
            form method="post" action=(c.action) class="form" {
                (csrf_field(c.csrf))
                @for (name, value) in &c.fields { input type="hidden" name=(name) value=(value); }
                input type="hidden" name="confirm" value="yes";
                div {
                    button type="submit" class="button" { (c.button) }
                    " "
                    a class="button secondary" href=(c.cancel) { (tr!("confirm-cancel")) }
                }
            }
        },
    )
}
