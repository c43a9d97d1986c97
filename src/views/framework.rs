//! The framework as a readable document: areas → areas of focus → key features → measurements.
use maud::{Markup, html};

use super::layout::{Shell, page};
use crate::domain::framework::{Framework, Measurement, Source};

fn source_badge(source: Source) -> Markup {
    let class = match source {
        Source::Official => "badge badge-official",
        Source::Survey => "badge badge-survey",
        Source::OfficialOrSurvey => "badge badge-mixed",
        Source::ExpertReview => "badge badge-expert",
    };
    html! { span class=(class) { (source.label()) } }
}

fn measurement(m: &Measurement) -> Markup {
    html! {
        article class="measurement" id=(format!("m-{}", m.code)) {
            h5 {
                span class="code" { (m.code) } " " (m.name) " " (source_badge(m.source))
            }
            p { (m.definition) }
            @if m.unit.is_some() || !m.breakdowns.is_empty() {
                dl class="facts" {
                    @if let Some(unit) = &m.unit {
                        dt { "Unit" } dd { (unit) }
                    }
                    @if !m.breakdowns.is_empty() {
                        dt { "Reported by" } dd { (m.breakdowns.join(", ")) }
                    }
                }
            }
            @if m.source == Source::ExpertReview {
                p class="note" { "Rated by a panel of independent experts on the scale below." }
            }
        }
    }
}

pub fn framework(shell: &Shell, fw: &Framework) -> Markup {
    let count = |s| fw.measurements().filter(|m| m.source == s).count();
    page(
        shell,
        &fw.title,
        html! {
            h1 { (fw.title) }
            p class="lead" {
                (fw.areas.len()) " areas, " (fw.focus_areas().count()) " areas of focus, "
                (fw.features().count()) " key features and " (fw.measurements().count()) " possible measurements. "
                (count(Source::ExpertReview)) " of them are judged by experts' review; the others are statistics "
                "the city reports (" (count(Source::Official)) " official data, " (count(Source::Survey))
                " survey results, " (count(Source::OfficialOrSurvey)) " either)."
            }
            p {
                "The framework's objective is not to make distinctions between cities: each city's progress is "
                "seen in the context of its own history, and compared only with its own earlier reviews."
            }
            section aria-labelledby="scale-heading" class="scale" {
                h2 id="scale-heading" { "The rating scale" }
                ol class="scale-list" {
                    @for level in &fw.scale {
                        li { span class="score" { (level.value) } " " (level.label) }
                    }
                }
            }
            nav aria-labelledby="toc-heading" class="toc" {
                h2 id="toc-heading" { "Contents" }
                ol {
                    @for area in &fw.areas {
                        li {
                            a href=(format!("#area-{}", area.code)) { (area.code) ". " (area.title) }
                            ol {
                                @for fa in &area.focus_areas {
                                    li { a href=(format!("#focus-{}", fa.code)) { (fa.code) " " (fa.title) } }
                                }
                            }
                        }
                    }
                }
            }
            @for area in &fw.areas {
                section class="area" id=(format!("area-{}", area.code)) aria-labelledby=(format!("area-{}-h", area.code)) {
                    h2 id=(format!("area-{}-h", area.code)) { (area.code) ". " (area.title) }
                    @for fa in &area.focus_areas {
                        section class="focus-area" id=(format!("focus-{}", fa.code)) {
                            h3 { (fa.code) " " (fa.title) }
                            @for feature in &fa.features {
                                section class="feature" id=(format!("feature-{}", feature.code)) {
                                    h4 { span class="code" { (feature.code) } " " (feature.title) }
                                    @for m in &feature.measurements { (measurement(m)) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}
