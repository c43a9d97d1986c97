//! The layers import only downwards: web → app → domain and store → entity, with read models and
//! views beside. A test that reads the source files and fails on an import a layer must not make, so
//! a shortcut shows up in review instead of in a bug.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What a layer (a folder or a file under `src/`, or another crate) must not name.
struct Rule {
    layer: &'static str,
    files: Vec<PathBuf>,
    forbidden: &'static [&'static str],
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The modules of this crate (`crate::x`) and the other crates (`sea_orm::…`, `use axum…`) a source
/// text names, outside comments.
fn names(source: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // `crate::{a, b::c}`: each top-level name in the group.
                let inner = group.split('}').next().unwrap_or("");
                for part in inner.split(',') {
                    let name: String = part
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.insert(format!("crate::{name}"));
                    }
                }
            } else {
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.insert(format!("crate::{name}"));
                }
            }
        }
        for krate in [
            "sea_orm",
            "sea_orm_migration",
            "axum",
            "axum_extra",
            "maud",
            "entity",
            "utoipa",
            "lettre",
        ] {
            let path = format!("{krate}::");
            let used = code
                .match_indices(&path)
                .any(|(i, _)| i == 0 || !code[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':'))
                || code.trim_start().starts_with(&format!("use {krate};"));
            if used {
                out.insert(krate.to_owned());
            }
        }
    }
    out
}

/// Every import of `files` that `forbidden` names: (file, name).
fn violations(rule: &Rule) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for f in &rule.files {
        let source = std::fs::read_to_string(f).unwrap_or_default();
        for name in names(&source) {
            if rule.forbidden.contains(&name.as_str()) {
                out.push((f.display().to_string(), name));
            }
        }
    }
    out
}

fn src(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn each_layer_imports_only_what_is_below_it() {
    let rules = vec![
        Rule {
            layer: "domain (pure rules)",
            files: rust_files(&src("src/domain")),
            forbidden: &[
                "crate::web",
                "crate::app",
                "crate::store",
                "crate::read",
                "crate::views",
                "crate::mail",
                "crate::startup",
                "crate::worker",
                "crate::config",
                "entity",
                "sea_orm",
                "axum",
                "axum_extra",
                "maud",
                "utoipa",
                "lettre",
            ],
        },
        Rule {
            layer: "translation (catalogues, the reader's language, dates and numbers)",
            files: rust_files(&src("src/i18n")),
            forbidden: &[
                "crate::web",
                "crate::app",
                "crate::store",
                "crate::read",
                "crate::views",
                "crate::mail",
                "crate::startup",
                "entity",
                "sea_orm",
                "axum",
                "maud",
            ],
        },
        Rule {
            layer: "read models",
            files: rust_files(&src("src/read")),
            forbidden: &[
                "crate::web",
                "crate::app",
                "crate::store",
                "crate::views",
                "crate::mail",
                "crate::startup",
                "entity",
                "sea_orm",
                "axum",
                "maud",
            ],
        },
        Rule {
            layer: "views",
            files: rust_files(&src("src/views")),
            forbidden: &[
                "crate::store",
                "crate::app",
                "crate::web",
                "crate::startup",
                "entity",
                "sea_orm",
            ],
        },
        Rule {
            layer: "store",
            files: rust_files(&src("src/store")),
            forbidden: &[
                "crate::web",
                "crate::views",
                "crate::app",
                "crate::mail",
                "crate::startup",
                "crate::worker",
                "axum",
                "maud",
            ],
        },
        Rule {
            layer: "application",
            files: rust_files(&src("src/app")),
            forbidden: &[
                "crate::web",
                "crate::views",
                "crate::startup",
                "crate::worker",
                "axum",
                "maud",
                "utoipa",
            ],
        },
        Rule {
            layer: "web",
            files: rust_files(&src("src/web")),
            forbidden: &["crate::startup", "crate::worker", "crate::demo", "entity"],
        },
        Rule {
            layer: "migrations",
            files: rust_files(&src("migration/src")),
            forbidden: &["entity"],
        },
    ];
    let mut found = Vec::new();
    for rule in &rules {
        assert!(!rule.files.is_empty(), "no source files for the {} layer", rule.layer);
        for (file, name) in violations(rule) {
            found.push(format!("{}: {file} imports {name}", rule.layer));
        }
    }
    assert!(found.is_empty(), "imports across layers:\n{}", found.join("\n"));
}

#[test]
fn the_checker_sees_imports_in_their_usual_forms() {
    let source = "use crate::{domain::score::Score, store::StoreError};\n\
                  use sea_orm::ConnectionTrait;\n\
                  // crate::web in a comment does not count\n\
                  fn f() { let _ = crate::views::layout::page; }\n\
                  use maud::html;\n\
                  let x = my_entity::thing; // not the entity crate\n";
    let found = names(source);
    for expected in ["crate::domain", "crate::store", "crate::views", "sea_orm", "maud"] {
        assert!(found.contains(expected), "{expected} in {found:?}");
    }
    assert!(!found.contains("crate::web"), "{found:?}");
    assert!(!found.contains("entity"), "{found:?}");
    let rule = Rule {
        layer: "a test",
        files: vec![src("src/web/mod.rs")],
        forbidden: &["axum"],
    };
    assert!(
        !violations(&rule).is_empty(),
        "the web layer does use axum: the checker must see it"
    );
}
