//! The two UI languages in the core: number format, number input and CSV follow the language
//! they are given; Swedish stays exactly as before.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::calc::numfmt::{self, Language};
use beredning::core::calc::numparse::normalise_in;
use beredning::core::calc::parse_number;
use beredning::core::format::csv::{number_in, to_csv_in};
use beredning::core::format::sheets::{Cell, Sheet};

const EN: Language = Language::English;
const SV: Language = Language::Swedish;

#[test]
fn english_numbers_group_with_commas_and_use_a_decimal_point() {
    assert_eq!(numfmt::number_in(EN, 1_234_567.5, 1), "1,234,567.5");
    assert_eq!(numfmt::number_in(EN, -1234.0, 0), "\u{2212}1,234");
    assert_eq!(numfmt::kronor_in(EN, 1234.4), "1,234\u{a0}kr");
    assert_eq!(numfmt::percent_in(EN, 3.5, 1), "3.5%");
    assert_eq!(numfmt::percent_in(EN, 3.0, 1), "3%");
    assert_eq!(numfmt::decimal_in(EN, 1.50, 2), "1.5");
    assert_eq!(numfmt::decimal_in(EN, 1000.0, 2), "1,000");
    assert_eq!(numfmt::field_in(EN, 2025.0, 0, true), "2025");
}

#[test]
fn swedish_numbers_are_unchanged_and_equal_to_the_plain_functions() {
    assert_eq!(
        numfmt::number_in(SV, 1_234_567.5, 1),
        "1\u{a0}234\u{a0}567,5"
    );
    assert_eq!(numfmt::kronor_in(SV, 1234.0), numfmt::kronor(1234.0));
    assert_eq!(numfmt::percent_in(SV, 3.5, 1), "3,5\u{a0}%");
    assert_eq!(numfmt::decimal_in(SV, 1.50, 2), numfmt::decimal(1.5, 2));
    assert_eq!(numfmt::field_in(SV, 2025.0, 0, true), "2025");
    assert_eq!(numfmt::field_in(SV, 2025.0, 0, false), "2\u{a0}025");
}

fn parse_en(text: &str) -> Option<f64> {
    parse_number(&normalise_in(EN, text)).ok()
}

#[test]
fn english_input_reads_comma_grouping_and_keeps_reading_swedish_notation() {
    assert_eq!(parse_en("1,234.5"), Some(1234.5));
    assert_eq!(parse_en("1,234"), Some(1234.0));
    assert_eq!(parse_en("1,234,567 kr"), Some(1_234_567.0));
    assert_eq!(parse_en("-1,000"), Some(-1000.0));
    assert_eq!(parse_en("3.5%"), Some(3.5));
    // Swedish notation typed in the English UI still means what it says.
    assert_eq!(parse_en("1 234,5"), Some(1234.5));
    assert_eq!(parse_en("2,5"), Some(2.5));
    // Bad grouping stays refused rather than guessed.
    assert_eq!(parse_en("12,34,567"), None);
    assert_eq!(parse_en("1,234.5,6"), None);
    assert_eq!(parse_en("1.234,5"), None);
}

#[test]
fn swedish_input_is_not_rewritten() {
    assert_eq!(normalise_in(SV, "1,234"), "1,234");
    assert_eq!(parse_number(&normalise_in(SV, "1,234")), Ok(1.234));
    assert_eq!(parse_number(&normalise_in(SV, "1 234,5")), Ok(1234.5));
}

#[test]
fn english_csv_uses_commas_and_a_decimal_point_and_keeps_the_bom() {
    let sheet = Sheet {
        name: "x".into(),
        columns: vec!["Title".into(), "Amount".into()],
        rows: vec![
            vec![Cell::Text("a,b".into()), Cell::Number(693_344.94)],
            vec![Cell::Text("a;b".into()), Cell::Number(-1.5)],
        ],
    };
    let expected = "\u{feff}Title,Amount\r\n\"a,b\",693344.94\r\na;b,-1.5\r\n";
    assert_eq!(to_csv_in(EN, &sheet), expected);
    assert_eq!(number_in(SV, 0.1), "0,1");
}

#[test]
fn the_first_visit_follows_the_browser_swedish_unless_english_comes_first() {
    assert_eq!(Language::from_preferences(["en-GB", "sv"]), EN);
    assert_eq!(Language::from_preferences(["sv-SE", "en"]), SV);
    assert_eq!(Language::from_preferences(["de-DE", "en-US"]), EN);
    assert_eq!(Language::from_preferences(["fi-FI"]), SV);
    assert_eq!(Language::from_preferences([]), SV);
    assert_eq!(Language::from_tag("EN"), Some(EN));
}
