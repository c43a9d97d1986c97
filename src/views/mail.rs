//! The secretariat's view of the e-mail the service sends (the outbox, the templates), and each
//! person's own settings (language, time zone, digest).
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::read::{Message, OutboxEntry, User};

fn when(t: Option<time::OffsetDateTime>) -> String {
    crate::format::deadline(t, None)
}

/// The outbox page: counts by state, a filter, and the messages, each failed one with "Send again".
pub fn outbox(
    shell: &Shell,
    csrf: &str,
    entries: &[OutboxEntry],
    counts: &[(String, usize)],
    statuses: &[&str],
    status: Option<&str>,
) -> Markup {
    page(
        shell,
        "Outbox",
        html! {
            h1 { "Outbox" }
            p class="muted" {
                "Every e-mail the service sends: to whom, when, and what failed. A message that failed every attempt can be sent again. "
                a href="/mail/templates" { "See every message as it reads" } "."
            }
            ul class="counts" {
                @for (s, n) in counts { li { a href=(format!("/outbox?status={s}")) { (s) ": " (n) } } }
            }
            form method="get" action="/outbox" class="filters" {
                label for="status" { "Status " }
                select id="status" name="status" {
                    option value="" { "all" }
                    @for s in statuses { option value=(s) selected[status == Some(*s)] { (s) } }
                }
                " "
                button type="submit" class="button secondary" { "Filter" }
            }
            @if entries.is_empty() {
                p class="muted" { "No message." }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                    caption class="muted" { (entries.len()) " message(s), newest first" }
                    thead { tr {
                        th scope="col" { "Queued (UTC)" } th scope="col" { "To" } th scope="col" { "Subject" }
                        th scope="col" { "Kind" } th scope="col" { "Status" } th scope="col" { "Sent (UTC)" }
                    } }
                    tbody {
                        @for e in entries {
                            tr {
                                td { (when(Some(e.created_at))) }
                                td { (e.to) }
                                td { (e.subject) }
                                td { code { (e.kind) } }
                                td {
                                    (e.status)
                                    @if e.attempts > 0 { " (" (e.attempts) " attempt(s))" }
                                    @if let Some(err) = &e.last_error { details { summary { "Why" } pre { (err) } } }
                                    @if e.status == "failed" {
                                        form method="post" action=(format!("/outbox/{}/retry", e.id)) class="inline" {
                                            (csrf_field(csrf))
                                            button type="submit" class="button secondary" { "Send again" }
                                        }
                                    }
                                }
                                td { (when(e.sent_at)) }
                            }
                        }
                    }
                } }
            }
        },
    )
}

/// Every template, rendered with sample data.
pub fn templates(shell: &Shell, previews: &[Message]) -> Markup {
    page(
        shell,
        "E-mail templates",
        html! {
            h1 { "E-mail templates" }
            p class="muted" { "Every message the service sends, as its recipient reads it (sample data; dates in the recipient's time zone with UTC beside)." }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                thead { tr { th scope="col" { "Kind" } th scope="col" { "Subject (sample)" } } }
                tbody {
                    @for m in previews {
                        tr {
                            td { a href=(format!("/mail/templates/{}", m.kind)) { code { (m.kind) } } }
                            td { (m.subject) }
                        }
                    }
                }
            } }
        },
    )
}

/// One template, rendered with sample data: its subject and plain text, and a link to its HTML.
pub fn template(shell: &Shell, m: &Message) -> Markup {
    page(
        shell,
        &m.subject,
        html! {
            p { a href="/mail/templates" { "← All templates" } }
            h1 { (m.subject) }
            p class="muted" { "To: " (m.to) " · kind " code { (m.kind) } }
            h2 { "Plain text" }
            pre class="mail" { (m.text) }
            p { a href=(format!("/mail/templates/{}/html", m.kind)) { "The HTML version" } }
        },
    )
}

/// The form of a person's settings.
pub fn settings(shell: &Shell, csrf: &str, user: &User, zones: &[String], error: Option<&str>) -> Markup {
    let languages = [
        ("", "The browser's language"),
        ("ar", "العربية (Arabic)"),
        ("zh", "中文 (Chinese)"),
        ("en", "English"),
        ("fr", "Français (French)"),
        ("ru", "Русский (Russian)"),
        ("es", "Español (Spanish)"),
    ];
    let language = user.language.clone().unwrap_or_default();
    let zone = user.time_zone.clone().unwrap_or_else(|| "UTC".into());
    page(
        shell,
        "My settings",
        html! {
            h1 { "My settings" }
            @if let Some(e) = error { div class="alert" role="alert" { (e) } }
            form method="post" action="/settings" class="form" {
                (csrf_field(csrf))
                div {
                    label for="language" { "Language" }
                    select id="language" name="language" {
                        @for (code, name) in languages {
                            option value=(code) lang=[(!code.is_empty()).then_some(code)] selected[language == code] { (name) }
                        }
                    }
                }
                div {
                    label for="time_zone" { "Time zone " span class="hint" { "(deadlines are shown in it, with UTC beside)" } }
                    select id="time_zone" name="time_zone" {
                        @for z in zones { option value=(z) selected[*z == zone] { (z) } }
                    }
                }
                fieldset {
                    legend { "Reminders and assignment changes by e-mail" }
                    label { input type="radio" name="mail_digest" value="immediate" checked[!user.mail_digest]; " One message per event" }
                    label { input type="radio" name="mail_digest" value="daily" checked[user.mail_digest]; " One summary a day" }
                }
                div { button type="submit" class="button" { "Save" } }
            }
            p { a href="/tokens" { "My API tokens" } }
        },
    )
}

/// A person's API tokens: the live ones (never their secrets), a form for a new one, and a new
/// token's secret once, right after it is made.
pub fn tokens(
    shell: &Shell,
    csrf: &str,
    tokens: &[crate::read::ApiToken],
    new_secret: Option<&str>,
    error: Option<&str>,
) -> Markup {
    page(
        shell,
        "My API tokens",
        html! {
            h1 { "My API tokens" }
            p class="muted" { "A token lets a script use the JSON API as you (Authorization: Bearer …). Each expires; revoke one you no longer use." }
            @if let Some(e) = error { div class="alert" role="alert" { (e) } }
            @if let Some(secret) = new_secret {
                div class="flash" role="status" {
                    p { strong { "Your new token. Copy it now: it is shown only once." } }
                    pre class="secret" { (secret) }
                }
            }
            @if tokens.is_empty() {
                p { "No live token." }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                    thead { tr { th scope="col" { "Label" } th scope="col" { "Created" } th scope="col" { "Last used" } th scope="col" { "Expires" } th scope="col" { "" } } }
                    tbody {
                        @for t in tokens {
                            tr {
                                td { (t.label.clone().unwrap_or_else(|| "—".into())) }
                                td { (when(Some(t.created_at))) }
                                td { (when(t.last_used_at)) }
                                td { (when(t.expires_at)) }
                                td {
                                    form method="post" action=(format!("/tokens/{}/revoke", t.id)) class="inline" {
                                        (csrf_field(csrf))
                                        button type="submit" class="button secondary" { "Revoke" }
                                    }
                                }
                            }
                        }
                    }
                } }
            }
            h2 { "A new token" }
            form method="post" action="/tokens" class="form" {
                (csrf_field(csrf))
                div { label for="label" { "What it is for" } input type="text" id="label" name="label" maxlength="100"; }
                div { label for="days" { "Days until it expires " span class="hint" { "(1 to 365)" } }
                      input type="number" id="days" name="days" min="1" max="365" value="90"; }
                div { button type="submit" class="button" { "Create the token" } }
            }
        },
    )
}
