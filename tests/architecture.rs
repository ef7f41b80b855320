//! The layout's invariants, checked on the source tree itself so that they stay true as the
//! code grows (ARCHITECTURE.md states them for people):
//! - no file imports a file that imports it back;
//! - the core never names a web type or the UI;
//! - UI texts take their values as typed function arguments, never by `.replace("{…}")`;
//! - ARCHITECTURE.md names every folder under `src/`;
//! - comments cite documents that a clone contains, never issue numbers;
//! - removals ask in the app's own dialog, never the browser's `window.confirm`.
#![cfg(not(target_arch = "wasm32"))]

mod architecture_support;

use std::collections::{BTreeMap, BTreeSet};

use architecture_support::{code_of, modules, uses_of, Module};

/// Every pair of files that import each other, as "a ↔ b".
fn import_cycles(mods: &BTreeMap<Vec<String>, Module>) -> Vec<String> {
    let edges: BTreeMap<&str, BTreeSet<String>> = mods
        .values()
        .map(|m| (m.file.as_str(), uses_of(m, mods)))
        .collect();
    let mut cycles = Vec::new();
    for (a, targets) in &edges {
        for b in targets {
            if a < &b.as_str() && edges.get(b.as_str()).is_some_and(|t| t.contains(*a)) {
                cycles.push(format!("{a} ↔ {b}"));
            }
        }
    }
    cycles
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let mods = modules();
    assert!(
        mods.len() > 50,
        "the walk found only {} modules",
        mods.len()
    );
    let cycles = import_cycles(&mods);
    assert!(cycles.is_empty(), "import circles:\n{}", cycles.join("\n"));
}

#[test]
fn the_checker_sees_a_circle() {
    let mods = architecture_support::fixture_modules(&[
        ("src/a.rs", "use crate::b::thing;\npub fn a() {}"),
        ("src/b.rs", "pub fn thing() { crate::a::a() }"),
        ("src/c.rs", "mod tests { use super::*; }\nuse crate::a;"),
    ]);
    assert_eq!(
        import_cycles(&mods),
        vec!["src/a.rs ↔ src/b.rs".to_string()]
    );
}

#[test]
fn the_core_never_names_the_browser_or_the_ui() {
    let forbidden = [
        "leptos",
        "web_sys",
        "wasm_bindgen",
        "js_sys",
        "gloo",
        "crate::ui",
        "crate::persistence",
    ];
    let mut found = Vec::new();
    for m in modules()
        .values()
        .filter(|m| m.file.starts_with("src/core/"))
    {
        for word in forbidden {
            if code_of(&m.text).contains(word) {
                found.push(format!("{}: {word}", m.file));
            }
        }
    }
    assert!(
        found.is_empty(),
        "web or UI names in the core:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_view_asks_with_the_browsers_confirm() {
    let found: Vec<String> = modules()
        .values()
        .filter(|m| {
            let code = code_of(&m.text);
            code.contains("confirm_with_message") || code.contains(".confirm(")
        })
        .map(|m| m.file.clone())
        .collect();
    assert!(found.is_empty(), "window.confirm in:\n{}", found.join("\n"));
}

#[test]
fn ui_texts_take_values_as_arguments() {
    let found: Vec<String> = modules()
        .values()
        .filter(|m| m.file.starts_with("src/ui/") && m.text.contains(".replace(\"{"))
        .map(|m| m.file.clone())
        .collect();
    assert!(
        found.is_empty(),
        "`.replace(\"{{` in:\n{}",
        found.join("\n")
    );
}

#[test]
fn architecture_md_names_every_folder_under_src() {
    let doc = std::fs::read_to_string("ARCHITECTURE.md").unwrap_or_default();
    let missing: Vec<String> = architecture_support::folders("src")
        .into_iter()
        .filter(|f| !doc.contains(&format!("{}/", f.trim_start_matches("src/"))))
        .collect();
    assert!(
        missing.is_empty(),
        "folders ARCHITECTURE.md leaves out:\n{}",
        missing.join("\n")
    );
}

#[test]
fn comments_cite_what_the_repository_contains() {
    let domain = std::fs::read_to_string("docs/domain.md").unwrap_or_default();
    let mut found = Vec::new();
    for m in modules().values() {
        for (n, line) in m.text.lines().enumerate() {
            let lower = line.to_lowercase();
            let Some(comment) = lower.find("//").map(|i| &lower[i..]) else {
                continue;
            };
            let issue_number = comment
                .match_indices("issue ")
                .any(|(i, w)| comment[i + w.len()..].starts_with(|c: char| c.is_ascii_digit()));
            let bare_domain = comment.contains("domain.md") && !comment.contains("docs/domain.md");
            // "seed 002" names a source document; docs/domain.md must say which.
            let unknown_seed = comment.match_indices("seed ").any(|(i, w)| {
                let number: String = comment[i + w.len()..].chars().take(3).collect();
                number.len() == 3
                    && number.chars().all(|c| c.is_ascii_digit())
                    && !domain.contains(&format!("seed {number}"))
            });
            if issue_number || bare_domain || unknown_seed {
                found.push(format!("{}:{}: {}", m.file, n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "comments citing what a clone lacks:\n{}",
        found.join("\n")
    );
}

#[test]
fn pages_hold_no_swedish_literals() {
    let folders = [
        "src/ui/pages/",
        "src/ui/widgets/",
        "src/ui/shell/",
        "src/ui/state/",
    ];
    let mut found = Vec::new();
    for m in modules().values() {
        if !folders.iter().any(|f| m.file.starts_with(f)) || m.file.ends_with("/tests.rs") {
            continue;
        }
        // Unit tests sit at the end of a file and may name the example plan's own data.
        let code = m.text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            let before_comment = line.split("//").next().unwrap_or_default();
            let literals = before_comment.split('"').skip(1).step_by(2);
            if literals
                .into_iter()
                .any(|s| s.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']))
            {
                found.push(format!("{}:{}: {}", m.file, n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Swedish text outside ui::text:\n{}",
        found.join("\n")
    );
}
