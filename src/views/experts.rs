//! Experts' profile and conflicts pages (the expert's own, or the secretariat's for any expert),
//! the secretariat's list of experts, and the panel page.
use crate::domain::city::REGIONS;
use crate::views::words;
use maud::{Markup, html};

use super::layout::{Shell, csrf_field, page};
use crate::domain::framework::Framework;
use crate::read::City;
use crate::read::{Cycle, Panel};
use crate::read::{DeclaredConflict, Profile};
use crate::tr;

#[derive(Default, Clone)]
pub struct ProfileForm {
    pub country: String,
    pub city_id: String,
    pub institution: String,
    pub languages: String,
    pub expertise: Vec<String>,
    pub capacity: String,
    pub regions: Vec<String>,
    pub native_languages: String,
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
            regions: p.regions.clone(),
            native_languages: p.native_languages.join(", "),
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
        &tr!("experts-profile-title"),
        html! {
            h1 { (tr!("experts-profile-heading", name = v.name)) }
            p class="muted" { (tr!("experts-profile-intro")) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            form method="post" action=(v.base) class="form" {
                (csrf_field(v.csrf))
                div { label for="country" { (tr!("experts-country")) " " span class="hint" { (tr!("experts-country-hint")) } }
                      input type="text" id="country" name="country" maxlength="2" required value=(v.form.country); }
                @if v.whole_register {
                    div {
                        label for="city_id" { (tr!("experts-home-city")) " " span class="hint" { (tr!("experts-home-city-hint")) } }
                        select id="city_id" name="city_id" {
                            option value="" { "—" }
                            @for c in v.cities { option value=(c.id) selected[v.form.city_id == c.id.to_string()] { (c.name) " (" (c.country) ")" } }
                        }
                    }
                } @else {
                    div {
                        label for="city" { (tr!("experts-home-city")) " " span class="hint" { (tr!("experts-home-city-named-hint")) } }
                        input type="text" id="city" name="city" value=(v.form.city_id.parse::<i32>().ok().map(&city_name).unwrap_or_else(|| v.form.city_id.clone()));
                    }
                }
                div { label for="institution" { (tr!("experts-institution")) } input type="text" id="institution" name="institution" value=(v.form.institution); }
                div { label for="languages" { (tr!("experts-languages-read")) " " span class="hint" { (tr!("experts-languages-hint")) } }
                      input type="text" id="languages" name="languages" required value=(v.form.languages); }
                div { label for="native_languages" { (tr!("experts-native-languages")) " " span class="hint" { (tr!("experts-native-languages-hint")) } }
                      input type="text" id="native_languages" name="native_languages" value=(v.form.native_languages); }
                fieldset {
                    legend { (tr!("experts-regions-legend")) }
                    @for (i, r) in REGIONS.iter().enumerate() {
                        div {
                            input type="checkbox" id=(format!("region-{i}")) name="regions" value=(r) checked[v.form.regions.iter().any(|x| x == r)];
                            " " label for=(format!("region-{i}")) class="inline-label" { (words::region(r)) }
                        }
                    }
                }
                fieldset {
                    legend { (tr!("experts-expertise-legend")) }
                    @for fa in v.framework.focus_areas() {
                        div {
                            input type="checkbox" id=(format!("x-{}", fa.code)) name="expertise" value=(fa.code) checked[v.form.expertise.contains(&fa.code)];
                            " " label for=(format!("x-{}", fa.code)) class="inline-label" { (fa.code) " " (fa.title) }
                        }
                    }
                }
                div { label for="capacity" { (tr!("experts-capacity")) " " span class="hint" { (tr!("experts-capacity-hint")) } }
                      input type="number" id="capacity" name="capacity" min="0" max="500" required value=(v.form.capacity); }
                div { button type="submit" class="button" { (tr!("experts-save-profile")) } }
            }
            h2 { (tr!("experts-conflicts-heading")) }
            @if v.conflicts.is_empty() { p { (tr!("experts-conflicts-none")) } }
            ul { @for c in v.conflicts { li { strong { (city_name(c.city_id)) } ": " (c.reason) } } }
            form method="post" action=(format!("{}/conflicts", v.base)) class="form" {
                (csrf_field(v.csrf))
                @if v.whole_register {
                    div {
                        label for="conflict_city" { (tr!("experts-city")) }
                        select id="conflict_city" name="city_id" required {
                            @for c in v.cities { option value=(c.id) { (c.name) " (" (c.country) ")" } }
                        }
                    }
                } @else {
                    div { label for="conflict_city" { (tr!("experts-city")) " " span class="hint" { (tr!("experts-conflict-city-hint")) } }
                          input type="text" id="conflict_city" name="city" required; }
                }
                div { label for="reason" { (tr!("experts-why")) } textarea dir="auto" id="reason" name="reason" rows="2" required {} }
                div { button type="submit" class="button secondary" { (tr!("experts-declare")) } }
            }
        },
    )
}

pub fn list(shell: &Shell, experts: &[(i32, String, String, Option<Profile>)]) -> Markup {
    let title = tr!("experts-list-title");
    page(
        shell,
        &title,
        html! {
            h1 { (title) }
            div class="table-scroll" tabindex="0" role="region" aria-label=(tr!("experts-table-scroll")) { table class="data" {
                thead { tr { th scope="col" { (tr!("experts-col-name")) } th scope="col" { (tr!("experts-col-email")) } th scope="col" { (tr!("experts-country")) } th scope="col" { (tr!("experts-col-languages")) } th scope="col" { (tr!("experts-col-expertise")) } th scope="col" { (tr!("experts-capacity")) } } }
                tbody {
                    @for (id, name, email, p) in experts {
                        tr {
                            td { a href=(format!("/admin/experts/{id}")) { (name) } }
                            td { (email) }
                            @match p {
                                Some(p) => { td { (p.country) } td { (crate::format::language_names(&p.languages)) } td { (p.expertise.join(", ")) } td { (crate::i18n::format::number(f64::from(p.capacity), 0)) } }
                                None => { td colspan="4" class="muted" { (tr!("experts-no-profile")) } }
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
            p class="muted" { a href=(format!("/cycles/{}", v.cycle.id)) { (v.cycle.name) } " › " (tr!("experts-panel-crumb")) }
            h1 { (v.panel.name) }
            @if let Some(e) = v.error { div class="alert" role="alert" { (e) } }
            @if !editable { p class="flash" { (tr!("experts-panels-fixed")) } }
            form method="post" class="form" {
                (csrf_field(v.csrf))
                fieldset {
                    legend { (tr!("experts-members")) }
                    @for (id, name) in v.experts {
                        div {
                            input type="checkbox" id=(format!("m-{id}")) name="members" value=(id) checked[v.checked_members.contains(id)] disabled[!editable];
                            " " label for=(format!("m-{id}")) class="inline-label" { (name) }
                        }
                    }
                }
                div {
                    label for="chair" { (tr!("experts-chair")) " " span class="hint" { (tr!("experts-chair-hint")) } }
                    select id="chair" name="chair" disabled[!editable] {
                        option value="" { "—" }
                        @for (id, name) in v.experts { option value=(id) selected[v.chair == Some(*id)] { (name) } }
                    }
                }
                fieldset {
                    legend { (tr!("experts-measurements")) }
                    @for m in v.framework.measurements().filter(|m| m.source == Source::ExpertReview) {
                        div {
                            input type="checkbox" id=(format!("q-{}", m.code)) name="measurements" value=(m.code.as_str()) checked[v.measurements.iter().any(|c| c == m.code.as_str())] disabled[!editable];
                            " " label for=(format!("q-{}", m.code)) class="inline-label" { (m.code) " " (m.name) }
                        }
                    }
                }
                @if editable { div { button type="submit" class="button" { (tr!("experts-save-panel")) } } }
            }
        },
    )
}
