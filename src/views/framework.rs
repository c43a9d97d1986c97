//! The framework as a readable document: areas → areas of focus → key features → measurements.
use maud::{Markup, html};

use super::layout::{Shell, page};
use crate::domain::framework::{Framework, Measurement, Source};
use crate::tr;
use crate::views::words;

fn source_badge(source: Source) -> Markup {
    let class = match source {
        Source::Official => "badge badge-official",
        Source::Survey => "badge badge-survey",
        Source::OfficialOrSurvey => "badge badge-mixed",
        Source::ExpertReview => "badge badge-expert",
    };
    html! { span class=(class) { (words::source(source)) } }
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
                        dt { (tr!("framework-unit")) } dd { (unit) }
                    }
                    @if !m.breakdowns.is_empty() {
                        dt { (tr!("framework-reported-by")) } dd { (m.breakdowns.join(", ")) }
                    }
                }
            }
            @if m.source == Source::ExpertReview {
                p class="note" { (tr!("framework-rated-by-experts")) }
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
                (tr!(
                    "framework-lead",
                    areas = fw.areas.len(),
                    focus_areas = fw.focus_areas().count(),
                    features = fw.features().count(),
                    measurements = fw.measurements().count(),
                    expert = count(Source::ExpertReview),
                    official = count(Source::Official),
                    survey = count(Source::Survey),
                    either = count(Source::OfficialOrSurvey),
                ))
            }
            p { (tr!("framework-objective")) }
            section aria-labelledby="scale-heading" class="scale" {
                h2 id="scale-heading" { (tr!("framework-scale")) }
                ol class="scale-list" {
                    @for level in &fw.scale {
                        // The scale's words in the reader's language (the loader keeps the file's
                        // labels equal to the domain's 5 … 1).
                        li { span class="score" { (level.value) } " " (crate::domain::score::Score::try_from(i64::from(level.value)).map_or_else(|_| level.label.clone(), words::score)) }
                    }
                }
            }
            nav aria-labelledby="toc-heading" class="toc" {
                h2 id="toc-heading" { (tr!("framework-contents")) }
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
