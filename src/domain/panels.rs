//! Panels: named groups of experts, each responsible for a set of experts'-review measurements.
//! A measurement belongs to at most one panel of a cycle, so every review item has one panel.
use std::collections::HashMap;

use super::framework::{Framework, Source};

/// The default mapping (product.md). Codes of the built-in edition.
pub const DEFAULT_PANELS: [(&str, &[&str]); 4] = [
    ("Policy & leadership", &["3.1.1.a", "3.1.2.a", "3.1.3.a"]),
    (
        "Coordination & partnerships",
        &["3.2.1.a", "3.2.2.a", "3.2.2.b", "3.3.5.a"],
    ),
    ("Inclusion & resources", &["2.1.4.a", "2.1.4.b", "3.3.2.a", "3.3.3.a"]),
    (
        "Learning culture & quality",
        &[
            "1.3.3.a", "2.2.1.b", "2.3.1.b", "2.3.2.a", "2.5.1.a", "2.6.1.a", "2.6.3.a",
        ],
    ),
];

/// The default panels for an edition: the product's mapping, restricted to the edition's
/// experts'-review measurements. An edition with other codes gets panels for what matches.
pub fn default_panels(framework: &Framework) -> Vec<(String, Vec<String>)> {
    DEFAULT_PANELS
        .iter()
        .map(|(name, codes)| {
            let codes = codes
                .iter()
                .filter(|c| {
                    framework
                        .measurement(c)
                        .is_some_and(|m| m.source == Source::ExpertReview)
                })
                .map(|c| (*c).to_owned())
                .collect();
            ((*name).to_owned(), codes)
        })
        .collect()
}

/// Checks a panel's new measurement list against the edition and the cycle's other panels
/// (`others`: measurement code → the panel that has it).
pub fn check_measurements(
    framework: &Framework,
    codes: &[String],
    panel_id: i32,
    others: &HashMap<String, (i32, String)>,
) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::with_capacity(codes.len());
    for code in codes {
        match framework.measurement(code) {
            None => {
                return Err(crate::tr!(
                    "error-panel-measurement-unknown",
                    code = code.as_str(),
                    edition = framework.edition.as_str()
                ));
            }
            Some(m) if m.source != Source::ExpertReview => {
                return Err(crate::tr!("error-panel-measurement-statistic", code = code.as_str()));
            }
            Some(_) => {}
        }
        if let Some((other, name)) = others.get(code)
            && *other != panel_id
        {
            return Err(crate::tr!(
                "error-panel-measurement-taken",
                code = code.as_str(),
                panel = name.as_str()
            ));
        }
        if out.contains(code) {
            return Err(crate::tr!("error-panel-measurement-twice", code = code.as_str()));
        }
        out.push(code.clone());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::framework::KEY_FEATURES_2013;

    #[test]
    fn default_panels_cover_every_experts_review_measurement_once() {
        let fw = Framework::from_toml(KEY_FEATURES_2013).unwrap();
        let panels = default_panels(&fw);
        let mut all: Vec<&str> = panels.iter().flat_map(|(_, c)| c.iter().map(String::as_str)).collect();
        all.sort_unstable();
        let mut expected: Vec<&str> = fw
            .measurements()
            .filter(|m| m.source == Source::ExpertReview)
            .map(|m| m.code.as_str())
            .collect();
        expected.sort_unstable();
        assert_eq!(all, expected);
    }

    #[test]
    fn measurement_lists_are_checked() {
        let fw = Framework::from_toml(KEY_FEATURES_2013).unwrap();
        let mut others = HashMap::new();
        others.insert("3.1.1.a".to_owned(), (1, "Policy & leadership".to_owned()));
        let s = |v: &[&str]| v.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(check_measurements(&fw, &s(&["3.1.1.a"]), 1, &others).is_ok());
        assert!(
            check_measurements(&fw, &s(&["3.1.1.a"]), 2, &others)
                .unwrap_err()
                .contains("already belongs")
        );
        assert!(
            check_measurements(&fw, &s(&["1.1.1.a"]), 2, &others)
                .unwrap_err()
                .contains("statistic")
        );
        assert!(
            check_measurements(&fw, &s(&["9.9.9.a"]), 2, &others)
                .unwrap_err()
                .contains("not a measurement")
        );
        assert!(
            check_measurements(&fw, &s(&["3.2.1.a", "3.2.1.a"]), 2, &others)
                .unwrap_err()
                .contains("twice")
        );
    }
}
