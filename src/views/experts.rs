//! Experts' profile and conflicts pages (the expert's own, or the secretariat's for any expert),
//! the secretariat's list of experts, and the panel page.
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::framework::Framework;
use crate::read::City;
use crate::read::{Cycle, Panel};
use crate::read::{DeclaredConflict, Profile};

#[derive(Default, Clone)]
pub struct ProfileForm {
    pub country: String,
    pub city_id: String,
    pub institution: String,
    pub languages: String,
    pub expertise: Vec<String>,
    pub capacity: String,
}

impl From<&Profile> for ProfileForm {
    fn from(p: &Profile) -> Self {
        ProfileForm {
            country: p.country.clone(),
            city_id: p.city_id.map(|c| c.to_string()).unwrap_or_default(),
            institution: p.institution.clone().unwrap_or_default(),
            languages: p.languages.join(", "),
            expertise: p.expertise.clone(),
            capacity: p.capacity.to_string(),
        }
    }
}

pub struct ProfileView<'a> {
    pub name: &'a str,
    /// Where the forms post: `/profile` or `/admin/experts/ID`.
    pub base: &'a str,
    pub form: ProfileForm,
    pub conflicts: &'a [DeclaredConflict],
    pub cities: &'a [City],
    /// The secretariat chooses cities from the register; an expert names them.
    pub whole_register: bool,
    pub framework: &'a Framework,
    pub csrf: &'a str,
    pub error: Option<&'a str>,
}

pub fn profile(shell: &Shell, v: &ProfileView) -> Markup {
    let city_name = |id: i32| {
        v.cities
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    page(
        shell,
        "Expert profile",
        html! {
            h1 { "Profile of " (v.name) }
            p class="muted" { "Used to assign reports: your languages, your areas of expertise, how many bundles you can take, and where you come from (you never review your own city or, unless the cycle allows it, your own country)." }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            form method="post" action=(v.base) class="form" {
                (csrf_field(v.csrf))
                div { label for="country" { "Country " span class="hint" { "(ISO 3166-1 alpha-2, e.g. BR)" } }
                      input type="text" id="country" name="country" maxlength="2" required value=(v.form.country); }
                @if v.whole_register {
                    div {
                        label for="city_id" { "Home city " span class="hint" { "(if it is in the network)" } }
                        select id="city_id" name="city_id" {
                            option value="" { "—" }
                            @for c in v.cities { option value=(c.id) selected[v.form.city_id == c.id.to_string()] { (c.name) " (" (c.country) ")" } }
                        }
                    }
                } @else {
                    div {
                        label for="city" { "Home city " span class="hint" { "(if it is in the network; add the country code if two cities share its name: Cork, IE)" } }
                        input type="text" id="city" name="city" value=(v.form.city_id.parse::<i32>().ok().map(&city_name).unwrap_or_else(|| v.form.city_id.clone()));
                    }
                }
                div { label for="institution" { "Institution" } input type="text" id="institution" name="institution" value=(v.form.institution); }
                div { label for="languages" { "Languages you read " span class="hint" { "(ISO 639-1, comma-separated, e.g. en, pt)" } }
                      input type="text" id="languages" name="languages" required value=(v.form.languages); }
                fieldset {
                    legend { "Areas of expertise" }
                    @for fa in v.framework.focus_areas() {
                        div {
                            input type="checkbox" id=(format!("x-{}", fa.code)) name="expertise" value=(fa.code) checked[v.form.expertise.contains(&fa.code)];
                            " " label for=(format!("x-{}", fa.code)) class="inline-label" { (fa.code) " " (fa.title) }
                        }
                    }
                }
                div { label for="capacity" { "Capacity " span class="hint" { "(bundles per cycle)" } }
                      input type="number" id="capacity" name="capacity" min="0" max="500" required value=(v.form.capacity); }
                div { button type="submit" class="button" { "Save the profile" } }
            }
            h2 { "Conflicts of interest" }
            @if v.conflicts.is_empty() { p { "None declared." } }
            ul { @for c in v.conflicts { li { strong { (city_name(c.city_id)) } ": " (c.reason) } } }
            form method="post" action=(format!("{}/conflicts", v.base)) class="form" {
                (csrf_field(v.csrf))
                @if v.whole_register {
                    div {
                        label for="conflict_city" { "City" }
                        select id="conflict_city" name="city_id" required {
                            @for c in v.cities { option value=(c.id) { (c.name) " (" (c.country) ")" } }
                        }
                    }
                } @else {
                    div { label for="conflict_city" { "City " span class="hint" { "(its name; add the country code if two share it)" } }
                          input type="text" id="conflict_city" name="city" required; }
                }
                div { label for="reason" { "Why" } textarea dir="auto" id="reason" name="reason" rows="2" required {} }
                div { button type="submit" class="button secondary" { "Declare a conflict" } }
            }
        },
    )
}

pub fn list(shell: &Shell, experts: &[(i32, String, String, Option<Profile>)]) -> Markup {
    page(
        shell,
        "Experts",
        html! {
            h1 { "Experts" }
            div class="table-scroll" tabindex="0" role="region" aria-label="Table (scrolls sideways on a narrow screen)" { table class="data" {
                thead { tr { th scope="col" { "Name" } th scope="col" { "E-mail" } th scope="col" { "Country" } th scope="col" { "Languages" } th scope="col" { "Expertise" } th scope="col" { "Capacity" } } }
                tbody {
                    @for (id, name, email, p) in experts {
                        tr {
                            td { a href=(format!("/admin/experts/{id}")) { (name) } }
                            td { (email) }
                            @match p {
                                Some(p) => { td { (p.country) } td { (crate::format::language_names(&p.languages)) } td { (p.expertise.join(", ")) } td { (p.capacity) } }
                                None => { td colspan="4" class="muted" { "no profile yet" } }
                            }
                        }
                    }
                }
            } }
        },
    )
}

pub struct PanelView<'a> {
    pub cycle: &'a Cycle,
    pub panel: &'a Panel,
    /// (user id, name) of every expert.
    pub experts: &'a [(i32, String)],
    pub framework: &'a Framework,
    pub checked_members: &'a [i32],
    pub chair: Option<i32>,
    pub measurements: &'a [String],
    pub csrf: &'a str,
    pub error: Option<&'a str>,
}

pub fn panel(shell: &Shell, v: &PanelView) -> Markup {
    use crate::domain::framework::Source;
    let editable = v.cycle.state.panels_editable();
    page(
        shell,
        &v.panel.name,
        html! {
            p class="muted" { a href=(format!("/cycles/{}", v.cycle.id)) { (v.cycle.name) } " › Panel" }
            h1 { (v.panel.name) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            @if !editable { p class="flash" { "Panels are fixed once review starts." } }
            form method="post" class="form" {
                (csrf_field(v.csrf))
                fieldset {
                    legend { "Members" }
                    @for (id, name) in v.experts {
                        div {
                            input type="checkbox" id=(format!("m-{id}")) name="members" value=(id) checked[v.checked_members.contains(id)] disabled[!editable];
                            " " label for=(format!("m-{id}")) class="inline-label" { (name) }
                        }
                    }
                }
                div {
                    label for="chair" { "Chair " span class="hint" { "(a member; writes the feedback statements)" } }
                    select id="chair" name="chair" disabled[!editable] {
                        option value="" { "—" }
                        @for (id, name) in v.experts { option value=(id) selected[v.chair == Some(*id)] { (name) } }
                    }
                }
                fieldset {
                    legend { "Measurements (experts' review)" }
                    @for m in v.framework.measurements().filter(|m| m.source == Source::ExpertReview) {
                        div {
                            input type="checkbox" id=(format!("q-{}", m.code)) name="measurements" value=(m.code.as_str()) checked[v.measurements.iter().any(|c| c == m.code.as_str())] disabled[!editable];
                            " " label for=(format!("q-{}", m.code)) class="inline-label" { (m.code) " " (m.name) }
                        }
                    }
                }
                @if editable { div { button type="submit" class="button" { "Save the panel" } } }
            }
        },
    )
}
