//! Both UI languages are complete: every text area with a Swedish table has an English twin, and
//! the English root points at English tables only. The compiler already refuses a table that
//! leaves out a field; this refuses an English UI that borrows a Swedish table.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn text_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/text")
}

/// The names `NAME` of every `pub const NAME_SV` or `pub static NAME_SV` in `code`.
fn swedish_tables(code: &str) -> Vec<String> {
    code.lines()
        .filter_map(|line| {
            let rest = line
                .trim_start()
                .strip_prefix("pub const ")
                .or_else(|| line.trim_start().strip_prefix("pub static "))?;
            let name = rest.split(':').next()?.trim();
            name.strip_suffix("_SV").map(str::to_string)
        })
        .collect()
}

#[test]
fn the_english_root_names_no_swedish_table() {
    let path = text_dir().join("en/app.rs");
    let code = fs::read_to_string(&path).unwrap_or_default();
    assert!(!code.is_empty(), "{} could not be read", path.display());
    let swedish: Vec<String> = code
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .filter(|(_, line)| {
            line.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word.ends_with("_SV"))
        })
        .map(|(n, line)| format!("en/app.rs:{}: {}", n + 1, line.trim()))
        .collect();
    assert!(
        swedish.is_empty(),
        "the English UI still shows Swedish tables; write their English twins:\n{}",
        swedish.join("\n")
    );
}

#[test]
fn every_swedish_table_has_an_english_twin() {
    let mut missing = Vec::new();
    let mut areas = 0;
    let entries = fs::read_dir(text_dir()).map(|d| d.flatten().collect::<Vec<_>>());
    for entry in entries.unwrap_or_default() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        let code = fs::read_to_string(&path).unwrap_or_default();
        for name in swedish_tables(&code) {
            areas += 1;
            let english = fs::read_to_string(text_dir().join("en").join(file)).unwrap_or_default();
            if !english.contains(&format!("{name}_EN:")) {
                missing.push(format!("{name}_SV in {file} has no {name}_EN in en/{file}"));
            }
        }
    }
    // The checker must see the tables it checks: a renamed folder or a changed declaration
    // style would otherwise pass by finding nothing.
    assert!(
        areas >= 30,
        "found only {areas} Swedish tables under src/ui/text"
    );
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_checker_sees_a_table_in_either_declaration() {
    let code = "pub const LIST_SV: ListTexts = ListTexts {\npub static UNDO_SV: UndoTexts = x;\nconst X: u8 = 1;";
    assert_eq!(swedish_tables(code), ["LIST", "UNDO"]);
}
