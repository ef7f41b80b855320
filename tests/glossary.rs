//! The UI follows docs/glossary.md: one Swedish term per concept. The glossary's §9 lists the
//! synonyms that were retired from the UI texts; this test fails when one of them appears again
//! in a text under `src/ui/text/` (string literals only, so comments and identifiers may still
//! name them). The list holds only words that have no legitimate use in a UI text; words that
//! are right for another concept (*drift*, *ägare*, *mål*, *inriktningsmål* as a goal kind) are
//! left to review, as the glossary says.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// Retired synonyms (lower case), each matched as a whole word or phrase, with the term to use.
const RETIRED: &[(&str, &str)] = &[
    ("plats", "rang"),
    ("platsen", "rangen"),
    ("platser", "rang"),
    ("placering", "rang"),
    ("placeringen", "rangen"),
    ("löpande kostnad", "driftkostnad"),
    ("löpande kostnaden", "driftkostnaden"),
    ("löpande kostnader", "driftkostnader"),
    ("löpande kostnaderna", "driftkostnaderna"),
    ("utgångsläge", "utgångsvärde"),
    ("kassaflöde", "nyttor och kostnader per år"),
    ("nytta/kostnad", "nyttokostnadskvot"),
    ("återbetalning", "återbetalningsår"),
    ("nnv utan frigjord tid", "nettonuvärde utan frigjord tid"),
    ("ska realiseras", "förväntas realiseras"),
    ("andel realiserad", "andel som förväntas realiseras"),
    ("realiseringsgrad", "andel som förväntas realiseras"),
    ("uppföljt värde", "utfall"),
    ("uppföljda värden", "utfall"),
    ("realiserade värden", "utfall"),
    ("frigjorda timmar", "frigjord tid (h/år)"),
    ("betyg", "bedömning"),
    ("poängsatt", "bedömd"),
    ("poängsatta", "bedömda"),
    ("poängsätt", "bedöm"),
    ("mognad", "förmåga"),
    ("nyttotyp", "nyttoklass"),
    (
        "förslagsställande enhet",
        "förvaltning eller verksamhet som föreslår",
    ),
    ("planens inriktningsmål", "planens mål"),
    ("utanför inriktningsmålen", "utanför planens mål"),
];

/// The string literals of a Rust source, without its comment lines.
fn literals(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                // A char literal or a lifetime: skip an escaped or plain char literal.
                let mut ahead = chars.clone();
                match (ahead.next(), ahead.next()) {
                    (Some('\\'), _) => {
                        chars.next();
                        chars.next();
                        while chars.next().is_some_and(|c| c != '\'') {}
                    }
                    (Some(_), Some('\'')) => {
                        chars.next();
                        chars.next();
                    }
                    _ => {}
                }
            }
            '"' => {
                let mut text = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => text.push(c),
                    }
                }
                out.push(text);
            }
            _ => {}
        }
    }
    out
}

/// Whether `term` occurs in `text` as a whole word or phrase (no letter right before or after).
fn has_word(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    text.match_indices(term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

fn text_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            text_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn retired_in(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for literal in literals(source) {
        for (term, instead) in RETIRED {
            if has_word(&literal, term) {
                found.push(format!("“{term}” (use “{instead}”) in \"{literal}\""));
            }
        }
    }
    found
}

#[test]
fn ui_texts_use_the_glossarys_terms() {
    let mut files = Vec::new();
    text_files(Path::new("src/ui/text"), &mut files);
    assert!(files.len() > 10, "the UI texts were found");
    let mut found = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap_or_default();
        for hit in retired_in(&source) {
            found.push(format!("{}: {hit}", file.display()));
        }
    }
    assert!(
        found.is_empty(),
        "retired terms in UI texts (see docs/glossary.md §9):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_a_retired_term_and_spares_longer_words() {
    let source = r#"
        // A comment may say "Plats" and "betyg".
        const A: &str = "Instabil: plats 1–2";
        const B: &str = "Återbetalningsår och rangordnade initiativ, bedömning \"4\"";
        const C: char = '"';
        const D: &str = "Löpande kostnad per år";
    "#;
    let found = retired_in(source);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("“plats”"));
    assert!(found[1].starts_with("“löpande kostnad”"));
    assert!(!has_word("återbetalningsår", "återbetalning"));
    assert!(has_word("Återbetalning: år 2", "återbetalning"));
    assert!(!has_word("platsbrist", "plats"));
}
