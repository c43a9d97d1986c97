//! The secretariat's view of the e-mail the service sends (the outbox, the templates), and each
//! person's own settings (language, time zone, digest).
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::read::{Message, OutboxEntry, User};
use crate::tr;

fn when(t: Option<time::OffsetDateTime>) -> String {
    crate::format::deadline(t, None)
}

/// An outbox status (`app::outbox::STATUSES`) in the reader's language; the code itself stays in
/// links and the filter's values.
pub fn outbox_status(status: &str) -> String {
    match status {
        "pending" => tr!("admin-outbox-status-pending"),
        "sending" => tr!("admin-outbox-status-sending"),
        "sent" => tr!("admin-outbox-status-sent"),
        "failed" => tr!("admin-outbox-status-failed"),
        "held" => tr!("admin-outbox-status-held"),
        "digested" => tr!("admin-outbox-status-digested"),
        other => other.to_owned(),
    }
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
        &tr!("admin-outbox-title"),
        html! {
            h1 { (tr!("admin-outbox-title")) }
            p class="muted" {
                (tr!("admin-outbox-intro")) " "
                a href="/mail/templates" { (tr!("admin-outbox-templates-link")) } (tr!("admin-outbox-templates-after"))
            }
            ul class="counts" {
                @for (s, n) in counts { li { a href=(format!("/outbox?status={s}")) { (tr!("admin-outbox-count-of", status = outbox_status(s), count = *n)) } } }
            }
            form method="get" action="/outbox" class="filters" {
                label for="status" { (tr!("admin-status")) " " }
                select id="status" name="status" {
                    option value="" { (tr!("admin-outbox-all")) }
                    @for s in statuses { option value=(s) selected[status == Some(*s)] { (outbox_status(s)) } }
                }
                " "
                button type="submit" class="button secondary" { (tr!("admin-outbox-filter")) }
            }
            @if entries.is_empty() {
                p class="muted" { (tr!("admin-outbox-none")) }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("admin-table-scroll")) { table class="data" {
                    caption class="muted" { (tr!("admin-outbox-count", count = entries.len())) }
                    thead { tr {
                        th scope="col" { (tr!("admin-outbox-queued")) } th scope="col" { (tr!("admin-outbox-to")) } th scope="col" { (tr!("admin-outbox-subject")) }
                        th scope="col" { (tr!("admin-outbox-kind")) } th scope="col" { (tr!("admin-status")) } th scope="col" { (tr!("admin-outbox-sent")) }
                    } }
                    tbody {
                        @for e in entries {
                            tr {
                                td { (when(Some(e.created_at))) }
                                td { (e.to) }
                                td { (e.subject) }
                                td { code { (e.kind) } }
                                td {
                                    (outbox_status(&e.status))
                                    @if e.attempts > 0 { " " (tr!("admin-outbox-attempts", count = e.attempts)) }
                                    @if let Some(err) = &e.last_error { details { summary { (tr!("admin-outbox-why")) } pre { (err) } } }
                                    @if e.status == "failed" {
                                        form method="post" action=(format!("/outbox/{}/retry", e.id)) class="inline" {
                                            (csrf_field(csrf))
                                            button type="submit" class="button secondary" { (tr!("admin-outbox-send-again")) }
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
        &tr!("admin-templates-title"),
        html! {
            h1 { (tr!("admin-templates-title")) }
            p class="muted" { (tr!("admin-templates-intro")) }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("admin-table-scroll")) { table class="data" {
                thead { tr { th scope="col" { (tr!("admin-outbox-kind")) } th scope="col" { (tr!("admin-templates-subject")) } } }
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
            p { a href="/mail/templates" { (tr!("admin-templates-all")) } }
            h1 { (m.subject) }
            p class="muted" { (tr!("admin-template-to", to = m.to.as_str())) " · " (tr!("admin-template-kind")) " " code { (m.kind) } }
            h2 { (tr!("admin-template-plain")) }
            pre class="mail" { (m.text) }
            p { a href=(format!("/mail/templates/{}/html", m.kind)) { (tr!("admin-template-html")) } }
        },
    )
}

/// The form of a person's settings.
pub fn settings(shell: &Shell, csrf: &str, user: &User, zones: &[String], error: Option<&str>) -> Markup {
    let languages = [
        ("", tr!("settings-language-browser")),
        ("ar", tr!("settings-language-ar")),
        ("zh", tr!("settings-language-zh")),
        ("en", tr!("settings-language-en")),
        ("fr", tr!("settings-language-fr")),
        ("ru", tr!("settings-language-ru")),
        ("es", tr!("settings-language-es")),
    ];
    let language = user.language.clone().unwrap_or_default();
    let zone = user.time_zone.clone().unwrap_or_else(|| "UTC".into());
    page(
        shell,
        &tr!("settings-title"),
        html! {
            h1 { (tr!("settings-title")) }
            @if let Some(e) = error { div class="alert" role="alert" { (e) } }
            form method="post" action="/settings" class="form" {
                (csrf_field(csrf))
                div {
                    label for="language" { (tr!("settings-language")) }
                    select id="language" name="language" {
                        @for (code, name) in languages {
                            option value=(code) lang=[(!code.is_empty()).then_some(code)] selected[language == code] { (name) }
                        }
                    }
                }
                div {
                    label for="time_zone" { (tr!("settings-time-zone")) " " span class="hint" { (tr!("settings-time-zone-hint")) } }
                    select id="time_zone" name="time_zone" {
                        @for z in zones { option value=(z) selected[*z == zone] { (z) } }
                    }
                }
                fieldset {
                    legend { (tr!("settings-digest-legend")) }
                    label { input type="radio" name="mail_digest" value="immediate" checked[!user.mail_digest]; " " (tr!("settings-digest-immediate")) }
                    label { input type="radio" name="mail_digest" value="daily" checked[user.mail_digest]; " " (tr!("settings-digest-daily")) }
                }
                div { button type="submit" class="button" { (tr!("settings-save")) } }
            }
            p { a href="/tokens" { (tr!("settings-tokens-title")) } }
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
        &tr!("settings-tokens-title"),
        html! {
            h1 { (tr!("settings-tokens-title")) }
            p class="muted" { (tr!("settings-tokens-intro")) }
            @if let Some(e) = error { div class="alert" role="alert" { (e) } }
            @if let Some(secret) = new_secret {
                div class="flash" role="status" {
                    p { strong { (tr!("settings-tokens-new-secret")) } }
                    pre class="secret" { (secret) }
                }
            }
            @if tokens.is_empty() {
                p { (tr!("settings-tokens-none")) }
            } @else {
                div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("settings-table-scroll")) { table class="data" {
                    thead { tr { th scope="col" { (tr!("settings-tokens-label")) } th scope="col" { (tr!("settings-tokens-created")) } th scope="col" { (tr!("settings-tokens-last-used")) } th scope="col" { (tr!("settings-tokens-expires")) } th scope="col" { "" } } }
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
                                        button type="submit" class="button secondary" { (tr!("settings-tokens-revoke")) }
                                    }
                                }
                            }
                        }
                    }
                } }
            }
            h2 { (tr!("settings-tokens-new-heading")) }
            form method="post" action="/tokens" class="form" {
                (csrf_field(csrf))
                div { label for="label" { (tr!("settings-tokens-what-for")) } input type="text" id="label" name="label" maxlength="100"; }
                div { label for="days" { (tr!("settings-tokens-days")) " " span class="hint" { (tr!("settings-tokens-days-hint")) } }
                      input type="number" id="days" name="days" min="1" max="365" value="90"; }
                div { button type="submit" class="button" { (tr!("settings-tokens-create")) } }
            }
        },
    )
}
