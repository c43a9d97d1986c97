//! The audit log, for the secretariat.
use maud::{Markup, html};

use super::layout::{Shell, page};
use crate::read::{AuditEntry, AuditFilter as Filter};

pub fn audit(
    shell: &Shell,
    entries: &[AuditEntry],
    names: &crate::read::AuditNames,
    filter: &Filter,
    page_no: u64,
    more: bool,
) -> Markup {
    let person = |id: i32| match names.users.get(&id) {
        Some(name) => format!("{name} (user {id})"),
        None => format!("user {id}"),
    };
    let query = |p: u64| {
        serde_html_form::to_string([
            ("object_type", filter.object_type.clone().unwrap_or_default()),
            ("object_id", filter.object_id.clone().unwrap_or_default()),
            ("action", filter.action.clone().unwrap_or_default()),
            ("actor", filter.actor.map(|a| a.to_string()).unwrap_or_default()),
            ("page", p.to_string()),
        ])
        .unwrap_or_default()
    };
    page(
        shell,
        "Audit log",
        html! {
            h1 { "Audit log" }
            p class="muted" { "Who did what to which object, and when. Append-only." }
            form method="get" action="/audit" class="filters" {
                label { "Object type " input type="text" name="object_type" value=(filter.object_type.clone().unwrap_or_default()); }
                label { "Object id " input type="text" name="object_id" value=(filter.object_id.clone().unwrap_or_default()); }
                label { "Action " input type="text" name="action" value=(filter.action.clone().unwrap_or_default()); }
                label { "Actor (user id) " input type="text" name="actor" value=(filter.actor.map(|a| a.to_string()).unwrap_or_default()); }
                button type="submit" class="button secondary" { "Filter" }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data audit" {
                thead { tr { th scope="col" { "When (UTC)" } th scope="col" { "Actor" } th scope="col" { "Action" } th scope="col" { "Object" } th scope="col" { "Before" } th scope="col" { "After" } } }
                tbody {
                    @for e in entries {
                        tr {
                            td { (e.at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()) }
                            td {
                                @match e.actor { Some(a) => { (person(a)) }, None => { "command line" } }
                                @if let Some(i) = e.token_issued_by { br; span class="muted" { "with a token issued by " (person(i)) } }
                            }
                            td { code { (e.action) } }
                            td {
                                @match names.object(&e.object_type, &e.object_id) {
                                    Some(name) => { strong { (name) } br; span class="muted" { (e.object_type) " " (e.object_id) } }
                                    None => { (e.object_type) " " (e.object_id) }
                                }
                            }
                            td { @if let Some(b) = &e.before { details { summary { "show" } pre { (b) } } } }
                            td { @if let Some(a) = &e.after { details { summary { "show" } pre { (a) } } } }
                        }
                    }
                }
            } }
            nav aria-label="Pages" class="pager" {
                @if page_no > 0 { a href=(format!("/audit?{}", query(page_no - 1))) { "← Newer" } " " }
                @if more { a href=(format!("/audit?{}", query(page_no + 1))) { "Older →" } }
            }
        },
    )
}
