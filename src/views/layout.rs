//! The page shell: head, skip link, navigation, main landmark, footer.
use std::sync::LazyLock;

use maud::{DOCTYPE, Markup, html};
use sha2::{Digest, Sha256};

/// The one stylesheet, compiled in.
pub const STYLESHEET: &str = include_str!("style.css");

/// The stylesheet's URL carries a digest of its content, so it can be cached for a long time and
/// still be fetched anew whenever it changes.
pub static STYLESHEET_URL: LazyLock<String> = LazyLock::new(|| {
    let digest = hex::encode(Sha256::digest(STYLESHEET.as_bytes()));
    format!("/static/style.css?v={}", &digest[..12])
});

pub fn page(title: &str, content: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · lcreview" }
                link rel="stylesheet" href=(STYLESHEET_URL.as_str());
            }
            body {
                a class="skip-link" href="#main" { "Skip to content" }
                header class="site-header" {
                    a class="brand" href="/" { "lcreview" }
                    nav aria-label="Main" {
                        ul {
                            li { a href="/" { "Home" } }
                            li { a href="/framework" { "Framework" } }
                            li { a href="/api/openapi.json" { "API" } }
                        }
                    }
                }
                main id="main" tabindex="-1" { (content) }
                footer class="site-footer" {
                    p {
                        "lcreview runs the expert review of learning cities' reports against the UNESCO "
                        "Global Network of Learning Cities' Key Features of Learning Cities. "
                        "Cities are compared only with their own earlier cycles, never ranked."
                    }
                }
            }
        }
    }
}
