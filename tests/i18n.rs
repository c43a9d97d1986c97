//! The catalogues and the code agree: every catalogue parses, the six languages have the same keys
//! with the same placeables, every key the code asks for exists and every key is asked for, the
//! framework's translations cover it, and no user-facing English is left in the code.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use fluent_syntax::ast;
use proc_macro2::{Delimiter, TokenStream, TokenTree};

const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p, extension));
        } else if p.extension().is_some_and(|x| x == extension) {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The placeables' variables of a pattern, selectors and variants included.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

/// A language's catalogue: file name → key → its variables. Parse errors are collected.
fn catalogue(language: &str, errors: &mut Vec<String>) -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let mut out = BTreeMap::new();
    for path in files(&root().join("src/i18n/locales").join(language), "ftl") {
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    errors.push(format!("{}: {e:?}", path.display()));
                }
                r
            }
        };
        let mut keys = BTreeMap::new();
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    match &m.value {
                        Some(p) => variables(p, &mut vars),
                        None => errors.push(format!("{}: `{}` has no value", path.display(), m.id.name)),
                    }
                    if keys.insert(m.id.name.to_owned(), vars).is_some() {
                        errors.push(format!("{}: `{}` twice", path.display(), m.id.name));
                    }
                }
                ast::Entry::Junk { content } => {
                    errors.push(format!("{}: unreadable: {content}", path.display()));
                }
                _ => {}
            }
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        out.insert(name, keys);
    }
    out
}

/// The literal keys the code asks for: `tr!("key"…)`, `t("key")`, `t_args("key", …)`.
fn keys_in_code() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    // The layer's own documentation and tests name example keys.
    let layer = [root().join("src/i18n/mod.rs"), root().join("src/i18n/tests.rs")];
    for path in files(&root().join("src"), "rs")
        .into_iter()
        .filter(|p| !layer.contains(p))
    {
        let text = std::fs::read_to_string(&path).unwrap();
        for opener in ["tr!(", "t(", "t_args("] {
            let mut rest = text.as_str();
            while let Some(i) = rest.find(opener) {
                // `t(` must be the function, not the end of another name (`split(`).
                let before = rest[..i].chars().next_back();
                rest = &rest[i + opener.len()..];
                if opener != "tr!(" && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // rustfmt may put the key on the next line.
                let Some(quoted) = rest.trim_start().strip_prefix('"') else {
                    continue;
                };
                if let Some(end) = quoted.find('"') {
                    let key = &quoted[..end];
                    if !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                        out.insert(key.to_owned(), path.display().to_string());
                    }
                }
            }
        }
    }
    out
}

#[test]
fn the_six_catalogues_have_the_same_keys_and_placeables() {
    let mut errors = Vec::new();
    let english = catalogue("en", &mut errors);
    assert!(!english.is_empty(), "no English catalogue");
    let mut all_keys = BTreeSet::new();
    for keys in english.values() {
        for k in keys.keys() {
            if !all_keys.insert(k.clone()) {
                errors.push(format!("`{k}` is in two English files"));
            }
        }
    }
    for language in LANGUAGES.iter().filter(|l| **l != "en") {
        let other = catalogue(language, &mut errors);
        for (file, keys) in &english {
            let Some(theirs) = other.get(file) else {
                errors.push(format!("{language}: no {file}"));
                continue;
            };
            for (key, vars) in keys {
                match theirs.get(key) {
                    None => errors.push(format!("{language}/{file}: `{key}` is missing")),
                    Some(v) if v != vars => {
                        errors.push(format!("{language}/{file}: `{key}` uses {v:?}, English uses {vars:?}"));
                    }
                    Some(_) => {}
                }
            }
            for key in theirs.keys().filter(|k| !keys.contains_key(*k)) {
                errors.push(format!("{language}/{file}: `{key}` is not in English"));
            }
        }
        for file in other.keys().filter(|f| !english.contains_key(*f)) {
            errors.push(format!("{language}: {file} has no English file"));
        }
    }
    assert!(errors.is_empty(), "{} problems:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn every_key_is_used_and_every_used_key_exists() {
    let mut errors = Vec::new();
    let english = catalogue("en", &mut errors);
    let defined: BTreeSet<String> = english.values().flat_map(|k| k.keys().cloned()).collect();
    let used = keys_in_code();
    let missing: Vec<String> = used
        .iter()
        .filter(|(k, _)| !defined.contains(*k))
        .map(|(k, file)| format!("{k} (asked for in {file})"))
        .collect();
    let unused: Vec<&String> = defined.iter().filter(|k| !used.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys the code asks for that no catalogue has:\n{}",
        missing.join("\n")
    );
    assert!(unused.is_empty(), "keys no code asks for:\n{unused:?}");
}

#[test]
fn the_framework_translations_cover_the_edition() {
    let english: toml::Table =
        toml::from_str(&std::fs::read_to_string(root().join("config/frameworks/key-features-2013.toml")).unwrap())
            .unwrap();
    let mut titles = BTreeSet::new();
    let mut measurements = BTreeSet::new();
    for area in english["areas"].as_array().unwrap() {
        titles.insert(area["code"].as_str().unwrap().to_owned());
        for fa in area["focus_areas"].as_array().unwrap() {
            titles.insert(fa["code"].as_str().unwrap().to_owned());
            for f in fa["features"].as_array().unwrap() {
                titles.insert(f["code"].as_str().unwrap().to_owned());
                for m in f["measurements"].as_array().unwrap() {
                    measurements.insert(m["code"].as_str().unwrap().to_owned());
                }
            }
        }
    }
    assert_eq!(measurements.len(), 60);
    for language in LANGUAGES.iter().filter(|l| **l != "en") {
        let path = root().join(format!("config/frameworks/key-features-2013.{language}.toml"));
        let t: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(t["language"].as_str(), Some(*language));
        let theirs: BTreeSet<String> = t["titles"].as_table().unwrap().keys().cloned().collect();
        assert_eq!(theirs, titles, "{language}: titles");
        let theirs: BTreeSet<String> = t["measurements"].as_table().unwrap().keys().cloned().collect();
        assert_eq!(theirs, measurements, "{language}: measurements");
        for (code, m) in t["measurements"].as_table().unwrap() {
            assert!(
                m.get("name")
                    .and_then(|n| n.as_str())
                    .is_some_and(|n| !n.trim().is_empty()),
                "{language}: {code} has no name"
            );
            assert!(
                m.get("definition")
                    .and_then(|n| n.as_str())
                    .is_some_and(|n| !n.trim().is_empty()),
                "{language}: {code} has no definition"
            );
        }
    }
}

// ---- No English left in the code ---------------------------------------------------------------

/// Where user-facing text is written: views, pages, sign-in, error pages, e-mails, the use cases'
/// refusals.
fn text_files() -> Vec<PathBuf> {
    let src = root().join("src");
    let mut out = Vec::new();
    for dir in ["views", "web/pages", "web/auth", "app"] {
        out.extend(files(&src.join(dir), "rs"));
    }
    out.push(src.join("web/error.rs"));
    out.push(src.join("mail/templates.rs"));
    out
}

/// Attributes whose values are not text (maud's `name="value"`).
const NOT_TEXT_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "name",
    "type",
    "href",
    "action",
    "method",
    "rel",
    "for",
    "autocomplete",
    "role",
    "pattern",
    "inputmode",
    "enctype",
    "lang",
    "dir",
    "content",
    "charset",
    "style",
    "target",
    "scope",
    "form",
    "list",
    "step",
    "min",
    "max",
    "src",
    "headers",
    "rows",
    "cols",
    "hreflang",
    "viewBox",
    "d",
    "fill",
    "stroke",
    "value",
    "accept",
    "spellcheck",
    "translate",
    "loading",
    "referrerpolicy",
    "sizes",
    "media",
    "colspan",
    "rowspan",
    "minlength",
    "maxlength",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "x2",
    "y1",
    "y2",
    "points",
    "transform",
    "preserveAspectRatio",
    "xmlns",
    "focusable",
];

/// Macros and calls whose strings are for operators and programmers, not people: logs, panics,
/// internal errors, test assertions, the catalogue's own keys.
const NOT_TEXT_CALLS: &[&str] = &[
    "tracing",
    "info",
    "warn",
    "debug",
    "error",
    "trace",
    "instrument",
    "anyhow",
    "bail",
    "ensure",
    "context",
    "with_context",
    "expect",
    "panic",
    "unreachable",
    "todo",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "tr",
    "t",
    "t_args",
    "internal",
    "include_str",
    "concat",
    "env",
    "matches",
    "format_args",
    "write",
    "writeln",
    "Internal",
    "header",
    "from_static",
];

/// Text a person reads: at least two words of letters, or one capitalised word.
fn looks_like_english(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ".,:;!?()'\"«»“”…—–".contains(c)))
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '\''))
        .collect();
    if words.len() >= 2 {
        return true;
    }
    let t = text.trim();
    t.len() >= 3
        && t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && t.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

fn literal_text(repr: &str) -> Option<String> {
    let s = repr.strip_prefix('r').map_or(repr, |r| r.trim_matches('#'));
    let s = s.strip_prefix('"')?.strip_suffix('"')?;
    Some(s.to_owned())
}

fn scan(tokens: TokenStream, file: &str, found: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            // `#[…]` (attributes, doc comments) and `#[cfg(test)] mod tests { … }`.
            TokenTree::Punct(p) if p.as_char() == '#' => {
                // `#![…]` (inner attributes, `//!` comments) is skipped like `#[…]`.
                if matches!(tokens.get(i + 1), Some(TokenTree::Punct(b)) if b.as_char() == '!') {
                    i += 1;
                }
                if let Some(TokenTree::Group(g)) = tokens.get(i + 1) {
                    let is_test = g.stream().to_string().replace(' ', "").starts_with("cfg(test)");
                    i += 2;
                    if is_test {
                        // Skip the item the attribute is on, up to and including its body.
                        while i < tokens.len() {
                            let end = matches!(&tokens[i], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)
                                || matches!(&tokens[i], TokenTree::Punct(p) if p.as_char() == ';');
                            i += 1;
                            if end {
                                break;
                            }
                        }
                    }
                    continue;
                }
            }
            TokenTree::Ident(id) if NOT_TEXT_CALLS.contains(&id.to_string().as_str()) => {
                // `name!(…)`, `name(…)`, `path::name!(…)`: skip the call's arguments.
                let mut j = i + 1;
                if matches!(tokens.get(j), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    j += 1;
                }
                if matches!(tokens.get(j), Some(TokenTree::Punct(p)) if p.as_char() == ':') {
                    // `tracing::info!`: the path goes on; the next identifier decides.
                    i += 1;
                    continue;
                }
                if matches!(tokens.get(j), Some(TokenTree::Group(_))) {
                    i = j + 1;
                    continue;
                }
            }
            TokenTree::Group(g) => scan(g.stream(), file, found),
            TokenTree::Literal(l) => {
                let repr = l.to_string();
                if let Some(text) = literal_text(&repr) {
                    let attribute = i >= 2
                        && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '=')
                        && match &tokens[i - 2] {
                            TokenTree::Ident(a) => NOT_TEXT_ATTRIBUTES.contains(&a.to_string().as_str()),
                            TokenTree::Literal(_) => false,
                            _ => false,
                        };
                    // `data-…="…"` and `aria-hidden="true"`: the name's last part.
                    let data_attribute = i >= 4
                        && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.as_char() == '=')
                        && matches!(&tokens[i - 3], TokenTree::Punct(p) if p.as_char() == '-')
                        && matches!(&tokens[i - 4], TokenTree::Ident(a) if a == "data");
                    if !attribute && !data_attribute && looks_like_english(&text) {
                        let line = l.span().start().line;
                        found.push(format!("{file}:{line}: {repr}"));
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// What may stay: `file: literal` lines in `tests/i18n_allowed.txt`, each with its reason there.
fn allowed() -> BTreeSet<String> {
    std::fs::read_to_string(root().join("tests/i18n_allowed.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_user_facing_english_is_left_in_the_code() {
    let allowed = allowed();
    let mut found = Vec::new();
    for path in text_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let tokens = TokenStream::from_str(&text).unwrap();
        let file = path.strip_prefix(root()).unwrap().display().to_string();
        scan(tokens, &file, &mut found);
    }
    let left: Vec<&String> = found
        .iter()
        .filter(|f| {
            // `file:line: literal` is allowed as `file: literal` (lines move).
            let mut parts = f.splitn(3, ':');
            let (file, _, literal) = (parts.next(), parts.next(), parts.next());
            !allowed.contains(&format!("{}:{}", file.unwrap_or_default(), literal.unwrap_or_default()))
        })
        .collect();
    assert!(
        left.is_empty(),
        "{} strings look like English text; move them to the catalogues (src/i18n/locales):\n{}",
        left.len(),
        left.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_scanner_finds_english_and_passes_the_rest() {
    let code = r##"
        //! A module's documentation is not text on a page.
        fn view() -> Markup {
            html! { h1 { "Review cycles" } p class="hint muted" { (tr!("cycles-hint")) } a href="/x y" {} }
        }
        fn log() { tracing::info!(user = 1, "signed in twice"); let e = anyhow::anyhow!("no such thing here"); }
        #[cfg(test)]
        mod tests { fn t() { assert_eq!(1, 1, "Some English"); let s = "More English here"; } }
        fn more() -> String { format!("{} items were kept", 3) }
        fn single() -> &'static str { "Save" }
    "##;
    let mut found = Vec::new();
    scan(TokenStream::from_str(code).unwrap(), "x.rs", &mut found);
    let literals: Vec<&str> = found.iter().map(|f| f.split(": ").nth(1).unwrap_or_default()).collect();
    assert_eq!(
        literals,
        vec!["\"Review cycles\"", "\"{} items were kept\"", "\"Save\""],
        "{found:?}"
    );
}
