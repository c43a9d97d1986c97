//! The audit log, for the secretariat.
use maud::{Markup, html};

use super::layout::{Shell, page};
use crate::read::{AuditEntry, AuditFilter as Filter};
use crate::tr;

pub fn audit(
    shell: &Shell,
    entries: &[AuditEntry],
    names: &crate::read::AuditNames,
    filter: &Filter,
    page_no: u64,
    more: bool,
) -> Markup {
    let person = |id: i32| match names.users.get(&id) {
        Some(name) => tr!("audit-user-named", name = name.as_str(), id = id.to_string()),
        None => tr!("audit-user", id = id.to_string()),
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
        &tr!("audit-title"),
        html! {
            h1 { (tr!("audit-title")) }
            p class="muted" { (tr!("audit-intro")) }
            form method="get" action="/audit" class="filters" {
                label { (tr!("audit-filter-object-type")) " " input type="text" name="object_type" value=(filter.object_type.clone().unwrap_or_default()); }
                label { (tr!("audit-filter-object-id")) " " input type="text" name="object_id" value=(filter.object_id.clone().unwrap_or_default()); }
                label { (tr!("audit-filter-action")) " " input type="text" name="action" value=(filter.action.clone().unwrap_or_default()); }
                label { (tr!("audit-filter-actor")) " " input type="text" name="actor" value=(filter.actor.map(|a| a.to_string()).unwrap_or_default()); }
                button type="submit" class="button secondary" { (tr!("audit-filter")) }
            }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("audit-table-scroll")) { table class="data audit" {
                thead { tr {
                    th scope="col" { (tr!("audit-col-when")) } th scope="col" { (tr!("audit-col-actor")) } th scope="col" { (tr!("audit-col-action")) }
                    th scope="col" { (tr!("audit-col-object")) } th scope="col" { (tr!("audit-col-before")) } th scope="col" { (tr!("audit-col-after")) }
                } }
                tbody {
                    @for e in entries {
                        tr {
                            td { (e.at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()) }
                            td {
                                @match e.actor { Some(a) => { (person(a)) }, None => { (tr!("audit-command-line")) } }
                                @if let Some(i) = e.token_issued_by { br; span class="muted" { (tr!("audit-token-issued-by", person = person(i))) } }
                            }
                            td { code { (e.action) } }
                            td {
                                @match names.object(&e.object_type, &e.object_id) {
                                    Some(name) => { strong { (name) } br; span class="muted" { (e.object_type) " " (e.object_id) } }
                                    None => { (e.object_type) " " (e.object_id) }
                                }
                            }
                            td { @if let Some(b) = &e.before { details { summary { (tr!("audit-show")) } pre { (b) } } } }
                            td { @if let Some(a) = &e.after { details { summary { (tr!("audit-show")) } pre { (a) } } } }
                        }
                    }
                }
            } }
            nav aria-label=(tr!("audit-pages")) class="pager" {
                @if page_no > 0 { a href=(format!("/audit?{}", query(page_no - 1))) { (tr!("audit-newer")) } " " }
                @if more { a href=(format!("/audit?{}", query(page_no + 1))) { (tr!("audit-older")) } }
            }
        },
    )
}
