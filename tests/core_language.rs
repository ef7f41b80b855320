//! The two UI languages in the core: number format, number input and CSV follow the language
//! they are given; Swedish stays exactly as before.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::calc::numfmt::{self, Language};
use beredning::core::calc::numparse::normalise_in;
use beredning::core::calc::parse_number;
use beredning::core::format::csv::{number_in, to_csv_in};
use beredning::core::format::problem::{Expected, Found, Place, Problem, ProblemKind};
use beredning::core::format::sheets::{Cell, Sheet};
use beredning::ui::text::texts;

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

fn message_en(place: &str, kind: ProblemKind) -> String {
    let problem = if place.is_empty() {
        Problem::whole_file(kind)
    } else {
        Problem::new(Place::parse(place), kind)
    };
    texts(EN).import_messages().message(&problem)
}

#[test]
fn import_messages_in_english_name_the_place_and_write_figures_the_english_way() {
    let wrong = |expected, found: &str| ProblemKind::WrongType {
        expected,
        found: Found::Number(found.into()),
    };
    assert_eq!(
        message_en("plan.initiatives[0].title", wrong(Expected::Text, "5")),
        "initiative 1: title must be text, but the file has the number 5."
    );
    assert_eq!(
        message_en(
            "plan.initiatives[1].analysis.risks[0].probability",
            wrong(Expected::WholeNumber, "2.5")
        ),
        "initiative 2, risk 1: probability must be a whole number, but the file has the number 2.5."
    );
    assert_eq!(
        message_en(
            "plan.initiatives[1].analysis.benefits[1].kind.realised_share_percent",
            ProblemKind::OutOfRange {
                min: 0.0,
                max: 100.0,
                found: 1250.5,
            }
        ),
        "initiative 2, benefit 2: share expected to be realised must be 0–100% (the file has 1,250.5)."
    );
    assert_eq!(
        message_en(
            "",
            ProblemKind::TooLarge {
                bytes: 12_000_000,
                limit: 10 * 1024 * 1024,
            }
        ),
        "The file is too large (11.5\u{a0}MB). A plan file may be at most 10\u{a0}MB."
    );
    assert_eq!(
        message_en(
            "plan.initiatives",
            ProblemKind::MissingField {
                field: "initiatives".into()
            }
        ),
        "the plan: list of initiatives is missing, but is required."
    );
}

#[test]
fn english_tables_format_their_values_the_english_way() {
    let en = texts(EN);
    assert_eq!(
        (en.walk().number_range)(1000.5, 2000.0),
        "Enter a value between 1,000.5 and 2,000."
    );
    assert_eq!(
        (en.budget().summary)(1, 1_500_000.0, 2_000_000.0, "Weighted score", "71.3"),
        "The proposal: 1 initiative costing 1,500,000\u{a0}kr of 2,000,000\u{a0}kr. Total weighted score: 71.3."
    );
    assert_eq!(
        (en.list().breakdown_part)("Benefit", 4, 12.5, 9.375),
        "Benefit: rating 4, weight 12.5% → 9.38 points"
    );
    assert_eq!(
        (en.matrix().point_label)(
            "A",
            "score 71.3",
            "cost 1,000\u{a0}kr",
            1234.0,
            "Quick wins"
        ),
        "A: score 71.3, cost 1,000\u{a0}kr, freed time 1,234 h/year, quick wins"
    );
    assert!((en.followup().ledger_formula)(456.789).contains("456.79 kr/h"));
    assert_eq!(
        (en.import().merge_counts)(1, 2, 3),
        "1 new initiative is added, 2 identical, 3 conflicts."
    );
}
