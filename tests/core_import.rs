//! Import of a plan file: every way a file can be wrong is refused before anything is stored,
//! with its kind, its place and its Swedish message.
#![cfg(not(target_arch = "wasm32"))]

mod core_import_support;

use beredning::core::content::example::large_plan;
use beredning::core::format::import::{
    check_size, import_bytes, MAX_DEPTH, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_STRING_CHARS,
};
use beredning::core::format::problem::{Expected, Found, Place, Problem, ProblemKind};
use beredning::core::format::FORMAT_VERSION;
use beredning::ui::text::problem_message;
use core_import_support::*;
use serde_json::{json, Value};

fn texts(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

// --- Size, text and syntax -------------------------------------------------------------------

#[test]
fn a_file_over_the_size_cap_is_refused_before_reading() {
    assert_eq!(check_size(MAX_FILE_BYTES), Ok(()));
    let problem = check_size(13_107_200).unwrap_err();
    assert_eq!(
        problem,
        Problem::whole_file(ProblemKind::TooLarge {
            bytes: 13_107_200,
            limit: MAX_FILE_BYTES
        })
    );
    assert_eq!(
        problem_message(&problem),
        "Filen är för stor (12,5\u{a0}MB). En planfil får vara högst 10\u{a0}MB."
    );
    // One byte over is still said to be over, not "10 MB".
    let just_over = check_size(MAX_FILE_BYTES + 1).unwrap_err();
    assert_eq!(
        problem_message(&just_over),
        "Filen är för stor (10,1\u{a0}MB). En planfil får vara högst 10\u{a0}MB."
    );
    let big = vec![b' '; MAX_FILE_BYTES as usize + 1];
    assert!(matches!(
        import_bytes(&big).unwrap_err()[..],
        [Problem {
            kind: ProblemKind::TooLarge { .. },
            ..
        }]
    ));
}

#[test]
fn bytes_that_are_not_utf8_are_refused() {
    let mut bytes = example_text().into_bytes();
    bytes[40] = 0xff;
    let problems = import_bytes(&bytes).unwrap_err();
    assert_eq!(problems, vec![Problem::whole_file(ProblemKind::NotUtf8)]);
    assert_eq!(
        problem_message(&problems[0]),
        "Filen är inte en textfil i UTF-8, så den kan inte vara en planfil från Beredning. \
         Välj den JSON-fil som exporterades."
    );
    // UTF-16, as some editors save: also not UTF-8.
    assert_eq!(
        import_bytes(&[0xff, 0xfe, b'{', 0, b'}', 0]).unwrap_err(),
        vec![Problem::whole_file(ProblemKind::NotUtf8)]
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(example_text().into_bytes());
    assert!(import_bytes(&bytes).is_ok());
    assert!(
        beredning::core::format::import::import_text(&format!("\u{feff}{}", example_text()))
            .is_ok()
    );
}

#[test]
fn an_empty_file_is_refused() {
    for text in ["", "  \n\t", "\u{feff}"] {
        refused_with(text, "", ProblemKind::Empty, "Filen är tom.");
    }
    assert_eq!(
        import_bytes(b"").unwrap_err(),
        vec![Problem::whole_file(ProblemKind::Empty)]
    );
}

#[test]
fn text_that_is_not_json_is_refused_with_its_line() {
    refused_with(
        "Hej!",
        "",
        ProblemKind::NotJson { line: 1, column: 1 },
        "Filen är inte en giltig JSON-fil: den blir felaktig på rad 1, tecken 1.",
    );
    refused_with(
        "{\n  \"format\": \"beredning-plan\",\n  \"plan\" {}\n}",
        "",
        ProblemKind::NotJson {
            line: 3,
            column: 10,
        },
        "Filen är inte en giltig JSON-fil: den blir felaktig på rad 3, tecken 10.",
    );
    // Anything after the plan is not JSON either.
    let trailing = format!("{}\n}}", example_text());
    assert!(matches!(
        problems(&trailing)[..],
        [Problem {
            kind: ProblemKind::NotJson { .. },
            ..
        }]
    ));
}

#[test]
fn a_cut_off_file_is_told_apart_from_a_broken_one() {
    let text = example_text();
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) || text[..cut].ends_with('\n') {
        cut += 1;
    }
    let prefix = &text[..cut];
    let line = prefix.matches('\n').count() + 1;
    refused_with(
        prefix,
        "",
        ProblemKind::Truncated { line },
        &format!(
            "Filen tar slut mitt i (på rad {line}) – den har troligen klippts av. Exportera \
             planen på nytt eller be avsändaren skicka filen igen."
        ),
    );
}

#[test]
fn a_number_beyond_any_figure_is_refused_at_its_place() {
    let text = example_value()
        .to_string()
        .replacen("\"weight\":", "\"weight\":1e400,\"x\":", 1);
    refused_with(
        &text,
        "plan.framework.criteria[0].weight",
        ProblemKind::NumberTooLarge,
        "kriterium 1: vikt är ett för stort tal.",
    );
}

// --- Format and version ----------------------------------------------------------------------

#[test]
fn json_that_is_not_a_plan_is_refused() {
    let not_plan =
        "Filen är inte en plan från Beredning: den saknar formatangivelsen \"beredning-plan\".";
    for text in ["[1, 2]", "{}", "\"beredning-plan\"", "{\"format\": 1}"] {
        let found = problems(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].kind, ProblemKind::WrongFormat { found: None });
        assert_eq!(problem_message(&found[0]), not_plan);
    }
    refused_with(
        &json!({"format": "annan-app", "format_version": 1}).to_string(),
        "format",
        ProblemKind::WrongFormat {
            found: Some("annan-app".into()),
        },
        "Filen är inte en plan från Beredning: den anger formatet \"annan-app\" i stället för \
         \"beredning-plan\".",
    );
}

#[test]
fn the_format_version_must_be_there_and_known() {
    let mut v = example_value();
    v.as_object_mut().unwrap().remove("format_version");
    refused_with(
        &v.to_string(),
        "",
        ProblemKind::MissingVersion,
        "Filen saknar en giltig formatversion, så den kan inte läsas säkert.",
    );
    refused_with(
        &example_with("format_version", json!("1")),
        "format_version",
        ProblemKind::MissingVersion,
        "Filen saknar en giltig formatversion, så den kan inte läsas säkert.",
    );
    refused_with(
        &example_with("format_version", json!(0)),
        "format_version",
        ProblemKind::UnknownVersion { version: 0 },
        "Filen anger formatversion 0, som inte finns.",
    );
    refused_with(
        &example_with("format_version", json!(FORMAT_VERSION + 1)),
        "format_version",
        ProblemKind::TooNew {
            version: u64::from(FORMAT_VERSION) + 1,
        },
        &format!(
            "Filen är skriven i formatversion {}, som är nyare än den här versionen av Beredning \
             kan läsa (version {FORMAT_VERSION}). Uppdatera Beredning, eller be avsändaren om en \
             fil i version {FORMAT_VERSION}.",
            FORMAT_VERSION + 1
        ),
    );
    let huge = example_value().to_string().replacen(
        &format!("\"format_version\":{FORMAT_VERSION}"),
        "\"format_version\":99999999999999999999",
        1,
    );
    assert!(matches!(
        problems(&huge)[..],
        [Problem {
            kind: ProblemKind::MissingVersion,
            ..
        }]
    ));
}

// --- Types and fields ------------------------------------------------------------------------

#[test]
fn a_wrong_type_is_named_in_plain_words() {
    refused_with(
        &example_with("plan.initiatives[0].title", json!(5)),
        "plan.initiatives[0].title",
        ProblemKind::WrongType {
            expected: Expected::Text,
            found: Found::Number("5".into()),
        },
        "initiativ 1: titel ska vara en text, men filen har talet 5.",
    );
    refused_with(
        &example_with("plan.framework.criteria[2].weight", json!("hög")),
        "plan.framework.criteria[2].weight",
        ProblemKind::WrongType {
            expected: Expected::Number,
            found: Found::Text("hög".into()),
        },
        "kriterium 3: vikt ska vara ett tal, men filen har texten \"hög\".",
    );
    refused_with(
        &example_with(
            "plan.initiatives[0].analysis.risks[0].probability",
            json!(2.5),
        ),
        "plan.initiatives[0].analysis.risks[0].probability",
        ProblemKind::WrongType {
            expected: Expected::WholeNumber,
            found: Found::Number("2.5".into()),
        },
        "initiativ 1, risk 1: sannolikhet ska vara ett heltal, men filen har talet 2,5.",
    );
    refused_with(
        &example_with("plan.initiatives", json!({})),
        "plan.initiatives",
        ProblemKind::WrongType {
            expected: Expected::List,
            found: Found::Object,
        },
        "planen: initiativen ska vara en lista, men filen har en grupp av fält.",
    );
    refused_with(
        &example_with("plan.initiatives[1].need.verified", Value::Null),
        "plan.initiatives[1].need.verified",
        ProblemKind::WrongType {
            expected: Expected::TrueFalse,
            found: Found::Null,
        },
        "initiativ 2, behov: verifierat behov ska vara sant eller falskt (true eller false), \
         men filen har ett tomt värde (null).",
    );
}

#[test]
fn a_wrong_type_inside_a_benefit_class_is_found_at_its_field() {
    let place = "plan.initiatives[1].analysis.benefits[1].kind.realised_share_percent";
    refused_with(
        &example_with(place, json!("mycket")),
        place,
        ProblemKind::WrongType {
            expected: Expected::Number,
            found: Found::Text("mycket".into()),
        },
        "initiativ 2, nytta 2: andel som förväntas realiseras ska vara ett tal, men filen har texten \"mycket\".",
    );
    let place = "plan.initiatives[0].analysis.benefits[0].kind.time.cases_per_year.high";
    refused_with(
        &example_with(place, json!(true)),
        place,
        ProblemKind::WrongType {
            expected: Expected::Number,
            found: Found::Bool(true),
        },
        "initiativ 1, nytta 1, ärenden per år: högsta värde ska vara ett tal, men filen har \
         värdet true.",
    );
}

#[test]
fn a_word_outside_the_allowed_set_lists_the_allowed_ones() {
    refused_with(
        &example_with("plan.initiatives[0].stage", json!("klar")),
        "plan.initiatives[0].stage",
        ProblemKind::UnknownChoice {
            found: "klar".into(),
            allowed: texts(&[
                "behov",
                "analys",
                "beslut",
                "handlingsplan",
                "uppfoljning",
                "avslutad",
            ]),
        },
        "initiativ 1: steg har värdet \"klar\", som Beredning inte känner till. Tillåtna värden \
         är \"behov\", \"analys\", \"beslut\", \"handlingsplan\", \"uppfoljning\", \"avslutad\".",
    );
    let class = "plan.initiatives[0].analysis.benefits[0].kind.class";
    refused_with(
        &example_with(class, json!("social")),
        class,
        ProblemKind::UnknownChoice {
            found: "social".into(),
            allowed: texts(&["ekonomisk", "frigjord_tid", "kvalitativ"]),
        },
        "initiativ 1, nytta 1: nyttoklass har värdet \"social\", som Beredning inte känner till. \
         Tillåtna värden är \"ekonomisk\", \"frigjord_tid\", \"kvalitativ\".",
    );
    let basis = "plan.initiatives[0].analysis.benefits[0].kind.time.basis";
    refused_with(
        &example_with(basis, json!("veckor")),
        basis,
        ProblemKind::UnknownChoice {
            found: "veckor".into(),
            allowed: texts(&["cases", "hours"]),
        },
        "initiativ 1, nytta 1: beräkningsgrund har värdet \"veckor\", som Beredning inte känner \
         till. Tillåtna värden är \"cases\", \"hours\".",
    );
    refused_with(
        &example_with("plan.initiatives[0].stage", json!(5)),
        "plan.initiatives[0].stage",
        ProblemKind::WrongType {
            expected: Expected::Choice,
            found: Found::Number("5".into()),
        },
        "initiativ 1: steg ska vara ett av de tillåtna orden, men filen har talet 5.",
    );
}

#[test]
fn a_word_outside_the_allowed_set_in_a_list_is_not_named_twice() {
    // An item of a list has no field name of its own: the message must not read "värdet har
    // värdet".
    let place = "plan.initiatives[0].need.target_groups[1]";
    refused_with(
        &example_with(place, json!("alla")),
        place,
        ProblemKind::UnknownChoice {
            found: "alla".into(),
            allowed: texts(&[
                "invanare",
                "medarbetare",
                "patienter",
                "resenarer",
                "foretag",
                "andra_organisationer",
            ]),
        },
        "initiativ 1, behov, målgrupp 2: \"alla\" är inte ett värde som Beredning känner till. \
         Tillåtna värden är \"invanare\", \"medarbetare\", \"patienter\", \"resenarer\", \
         \"foretag\", \"andra_organisationer\".",
    );
}

#[test]
fn a_missing_required_field_is_named() {
    refused_with(
        &example_without("plan.initiatives[0].title"),
        "plan.initiatives[0].title",
        ProblemKind::MissingField {
            field: "title".into(),
        },
        "initiativ 1: titel saknas, men måste finnas.",
    );
    refused_with(
        &example_without("plan.initiatives[0].analysis.benefits[0].kind.time.minutes_per_case"),
        "plan.initiatives[0].analysis.benefits[0].kind.time.minutes_per_case",
        ProblemKind::MissingField {
            field: "minutes_per_case".into(),
        },
        "initiativ 1, nytta 1: minuter per ärende saknas, men måste finnas.",
    );
    refused_with(
        &example_without("plan.initiatives[1].analysis.benefits[1].kind.realised_share_percent"),
        "plan.initiatives[1].analysis.benefits[1].kind.realised_share_percent",
        ProblemKind::MissingField {
            field: "realised_share_percent".into(),
        },
        "initiativ 2, nytta 2: andel som förväntas realiseras saknas, men måste finnas.",
    );
    refused_with(
        &example_without("plan"),
        "plan",
        ProblemKind::MissingField {
            field: "plan".into(),
        },
        "filen: planen saknas, men måste finnas.",
    );
    refused_with(
        &example_without("app_version"),
        "app_version",
        ProblemKind::MissingField {
            field: "app_version".into(),
        },
        "filen: appversion saknas, men måste finnas.",
    );
}

#[test]
fn a_key_twice_in_an_object_is_refused_once() {
    let text = example_text();
    let title = "\"title\": \"Digital signering och ankomstregistrering för socialjouren\",";
    assert!(text.contains(title));
    let twice = text.replacen(title, &format!("{title} \"title\": \"Annan titel\","), 1);
    refused_with(
        &twice,
        "plan.initiatives[0].title",
        ProblemKind::DuplicateKey {
            key: "title".into(),
        },
        "initiativ 1: titel finns två gånger. Bara en får finnas.",
    );
}

#[test]
fn a_key_twice_in_a_map_is_refused_although_serde_would_keep_the_last() {
    let twice = example_text().replacen("\"scores\": {", "\"scores\": { \"ex-9\": 1,", 1);
    refused_with(
        &twice,
        "plan.initiatives[0].scores.ex-9",
        ProblemKind::DuplicateKey { key: "ex-9".into() },
        "initiativ 1: bedömningen på kriteriet \"ex-9\" finns två gånger. Bara en får finnas.",
    );
}

#[test]
fn nesting_beyond_the_limit_is_refused_without_exhausting_the_stack() {
    assert_eq!(MAX_DEPTH, 32);
    // The problem text sits at depth 5, so the 28th nested array is the 33rd level.
    let place = format!("plan.initiatives[0].need.problem{}", "[0]".repeat(27));
    let message = "initiativ 1, behov, post 1 i \"problem\", post 1, post 1, post 1, …: värdet \
                   ligger inbäddat i fler än 32 nivåer, vilket en plan aldrig gör.";
    for levels in [40, 5_000] {
        let deep = format!("{}1{}", "[".repeat(levels), "]".repeat(levels));
        let text = example_value().to_string().replacen(
            "\"problem\":",
            &format!("\"problem\":{deep},\"x\":"),
            1,
        );
        refused_with(
            &text,
            &place,
            ProblemKind::TooDeep { limit: MAX_DEPTH },
            message,
        );
    }
}

#[test]
fn a_text_beyond_the_limit_is_refused_counted_in_characters() {
    assert_eq!(MAX_STRING_CHARS, 20_000);
    let place = "plan.initiatives[0].title";
    refused_with(
        &example_with(place, json!("x".repeat(20_001))),
        place,
        ProblemKind::StringTooLong {
            chars: 20_001,
            limit: 20_000,
        },
        "initiativ 1: titel har 20\u{a0}001 tecken, men högst 20\u{a0}000 tecken är tillåtna.",
    );
    // 20 000 two-byte characters are 40 000 bytes but within the limit.
    accepted(&example_with(place, json!("å".repeat(20_000))));
}

// --- Ranges ----------------------------------------------------------------------------------

#[test]
fn a_realised_share_outside_0_to_100_is_refused() {
    let mut v = example_value();
    v["plan"]["initiatives"][2]["analysis"]["benefits"] =
        v["plan"]["initiatives"][1]["analysis"]["benefits"].clone();
    v["plan"]["initiatives"][2]["analysis"]["benefits"][1]["kind"]["realised_share_percent"] =
        json!(140);
    refused_with(
        &v.to_string(),
        "plan.initiatives[2].analysis.benefits[1].kind.realised_share_percent",
        ProblemKind::OutOfRange {
            min: 0.0,
            max: 100.0,
            found: 140.0,
        },
        "initiativ 3, nytta 2: andel som förväntas realiseras måste vara 0–100 % (filen har 140).",
    );
}

fn out_of_range(path: &str, value: Value, min: f64, max: f64, found: f64, message: &str) {
    refused_with(
        &example_with(path, value),
        path,
        ProblemKind::OutOfRange { min, max, found },
        message,
    );
}

fn negative(path: &str, found: f64, message: &str) {
    refused_with(
        &example_with(path, json!(found)),
        path,
        ProblemKind::Negative { found },
        message,
    );
}

#[test]
fn scores_and_ratings_outside_their_steps_are_refused() {
    let score = "plan.initiatives[0].scores.ex-5";
    let worded = |n: &str| {
        format!("initiativ 1: bedömningen på kriteriet \"ex-5\" måste vara 1–5 (filen har {n}).")
    };
    out_of_range(score, json!(0), 1.0, 5.0, 0.0, &worded("0"));
    out_of_range(score, json!(6), 1.0, 5.0, 6.0, &worded("6"));
    // Beyond what the type holds: worded with the score's own range all the same.
    out_of_range(score, json!(300), 1.0, 5.0, 300.0, &worded("300"));
    out_of_range(
        "plan.initiatives[0].analysis.risks[0].probability",
        json!(7),
        1.0,
        5.0,
        7.0,
        "initiativ 1, risk 1: sannolikhet måste vara 1–5 (filen har 7).",
    );
    out_of_range(
        "plan.initiatives[4].analysis.risks[0].consequence",
        json!(0),
        1.0,
        5.0,
        0.0,
        "initiativ 5, risk 1: konsekvens måste vara 1–5 (filen har 0).",
    );
    out_of_range(
        "plan.initiatives[0].analysis.readiness.competence.score",
        json!(6),
        0.0,
        5.0,
        6.0,
        "initiativ 1, digital kompetens: bedömning måste vara 0–5 (filen har 6).",
    );
    // 0 is "not yet rated", the default of every new initiative.
    accepted(&example_with(
        "plan.initiatives[0].analysis.readiness.competence.score",
        json!(0),
    ));
}

#[test]
fn negative_amounts_and_weights_are_refused() {
    negative(
        "plan.framework.criteria[1].weight",
        -1.0,
        "kriterium 2: vikt får inte vara mindre än 0 (filen har \u{2212}1).",
    );
    negative(
        "plan.initiatives[0].analysis.costs.investments[0].amount.expected",
        -5.0,
        "initiativ 1, investering 1, belopp: förväntat värde får inte vara mindre än 0 (filen har \
         \u{2212}5).",
    );
    negative(
        "plan.initiatives[1].analysis.costs.running_per_year.low",
        -1.0,
        "initiativ 2, driftkostnad per år: lägsta värde får inte vara mindre än 0 (filen har \
         \u{2212}1).",
    );
    negative(
        "plan.initiatives[1].analysis.benefits[0].kind.kronor_per_year.high",
        -1000.5,
        "initiativ 2, nytta 1, kronor per år: högsta värde får inte vara mindre än 0 (filen har \
         \u{2212}1\u{a0}000,5).",
    );
    negative(
        "plan.initiatives[0].analysis.benefits[0].kind.time.minutes_per_case.expected",
        -15.0,
        "initiativ 1, nytta 1, minuter per ärende: förväntat värde får inte vara mindre än 0 \
         (filen har \u{2212}15).",
    );
    negative(
        "plan.initiatives[1].decisions[0].budget",
        -1.0,
        "initiativ 2, beslut 1: budget får inte vara mindre än 0 (filen har \u{2212}1).",
    );
    negative(
        "plan.params.monthly_salary.value",
        -40000.0,
        "medelmånadslön: värde får inte vara mindre än 0 (filen har \u{2212}40\u{a0}000).",
    );
}

#[test]
fn years_and_parameters_outside_the_forms_ranges_are_refused() {
    out_of_range(
        "plan.period.start_year",
        json!(1999),
        2000.0,
        2100.0,
        1999.0,
        "planen: första år måste vara 2000–2100 (filen har 1999).",
    );
    out_of_range(
        "plan.initiatives[0].analysis.costs.investments[0].year",
        json!(-1),
        0.0,
        50.0,
        -1.0,
        "initiativ 1, investering 1: år måste vara 0–50 (filen har \u{2212}1).",
    );
    out_of_range(
        "plan.initiatives[0].analysis.benefits[0].first_year",
        json!(99),
        0.0,
        50.0,
        99.0,
        "initiativ 1, nytta 1: första år måste vara 0–50 (filen har 99).",
    );
    out_of_range(
        "plan.activities[18].outcomes[0].year",
        json!(3000),
        2000.0,
        2100.0,
        3000.0,
        "aktivitet 19, utfall 1: år måste vara 2000–2100 (filen har 3000).",
    );
    out_of_range(
        "plan.params.uplift.value",
        json!(5),
        1.0,
        3.0,
        5.0,
        "påslag: värde måste vara 1–3 (filen har 5).",
    );
    out_of_range(
        "plan.params.discount_rate_percent.value",
        json!(25.5),
        0.0,
        20.0,
        25.5,
        "diskonteringsränta: värde måste vara 0–20 % (filen har 25,5).",
    );
    out_of_range(
        "plan.params.monthly_salary.year",
        json!(1990),
        2000.0,
        2100.0,
        1990.0,
        "medelmånadslön: år måste vara 2000–2100 (filen har 1990).",
    );
    let mut v = example_value();
    v["plan"]["period"] = json!({"start_year": 2021, "end_year": 2019});
    refused_with(
        &v.to_string(),
        "plan.period.end_year",
        ProblemKind::EndsBeforeStart {
            start: 2021,
            end: 2019,
        },
        "planen: sista år (2019) är före första år (2021).",
    );
}

#[test]
fn the_year_range_is_the_one_plans_are_created_with() {
    use beredning::core::format::import::validate::YEAR;
    use beredning::core::model::plan::parse_year;
    assert!(parse_year(&YEAR.min.to_string()).is_ok());
    assert!(parse_year(&YEAR.max.to_string()).is_ok());
    assert!(parse_year(&(YEAR.min - 1.0).to_string()).is_err());
    assert!(parse_year(&(YEAR.max + 1.0).to_string()).is_err());
}

// --- Ids that cannot be used in an address ---------------------------------------------------

#[test]
fn ids_that_would_break_addresses_are_refused() {
    let text = example_with("plan.initiatives[1].id", json!("../x/<b>"));
    refused_with(
        &text,
        "plan.initiatives[1].id",
        ProblemKind::UnusableId {
            id: "../x/<b>".into(),
        },
        "initiativ 2: id \"../x/<b>\" går inte att använda: ett id får bara innehålla bokstäverna \
         a–z och A–Z, siffror, bindestreck och understreck, och högst 100 tecken.",
    );
    let text = example_with("plan.activities[0].id", json!(""));
    refused_with(
        &text,
        "plan.activities[0].id",
        ProblemKind::UnusableId { id: String::new() },
        "aktivitet 1: id \"\" går inte att använda: ett id får bara innehålla bokstäverna a–z och \
         A–Z, siffror, bindestreck och understreck, och högst 100 tecken.",
    );
}

// --- Duplicate ids ---------------------------------------------------------------------------

fn duplicate(path: &str, id: &str, first: &str, message: &str) {
    let text = example_with(&format!("{path}.id"), json!(id));
    refused_with(
        &text,
        &format!("{path}.id"),
        ProblemKind::DuplicateId {
            id: id.into(),
            first: Place::parse(&format!("{first}.id")),
        },
        message,
    );
}

#[test]
fn ids_used_twice_are_refused_naming_both_places() {
    duplicate(
        "plan.initiatives[3]",
        "ex-25",
        "plan.initiatives[0]",
        "initiativ 4: id \"ex-25\" används redan av initiativ 1. Varje id får bara användas en \
         gång.",
    );
    duplicate(
        "plan.initiatives[1].analysis.benefits[1]",
        "ex-29",
        "plan.initiatives[1].analysis.benefits[0]",
        "initiativ 2, nytta 2: id \"ex-29\" används redan av initiativ 2, nytta 1. Varje id får \
         bara användas en gång.",
    );
    duplicate(
        "plan.framework.goals[1]",
        "ex-1",
        "plan.framework.goals[0]",
        "mål 2: id \"ex-1\" används redan av mål 1. Varje id får bara användas en gång.",
    );
    duplicate(
        "plan.framework.criteria[4]",
        "ex-5",
        "plan.framework.criteria[0]",
        "kriterium 5: id \"ex-5\" används redan av kriterium 1. Varje id får bara användas en gång.",
    );
    let first_activity = example_value()["plan"]["activities"][0]["id"].clone();
    duplicate(
        "plan.activities[2]",
        first_activity.as_str().unwrap(),
        "plan.activities[0]",
        &format!(
            "aktivitet 3: id {first_activity} används redan av aktivitet 1. Varje id får bara \
             användas en gång."
        ),
    );
}

#[test]
fn risks_and_decisions_used_twice_are_refused() {
    let mut v = example_value();
    let risk = v["plan"]["initiatives"][0]["analysis"]["risks"][0].clone();
    v["plan"]["initiatives"][0]["analysis"]["risks"] = json!([risk.clone(), risk.clone()]);
    let decision = v["plan"]["initiatives"][1]["decisions"][0].clone();
    v["plan"]["initiatives"][1]["decisions"] = json!([decision.clone(), decision.clone()]);
    let found = problems(&v.to_string());
    let risk_id = risk["id"].as_str().unwrap().to_string();
    let decision_id = decision["id"].as_str().unwrap().to_string();
    assert_eq!(
        found,
        vec![
            Problem::new(
                Place::parse("plan.initiatives[0].analysis.risks[1].id"),
                ProblemKind::DuplicateId {
                    id: risk_id.clone(),
                    first: Place::parse("plan.initiatives[0].analysis.risks[0].id"),
                }
            ),
            Problem::new(
                Place::parse("plan.initiatives[1].decisions[1].id"),
                ProblemKind::DuplicateId {
                    id: decision_id.clone(),
                    first: Place::parse("plan.initiatives[1].decisions[0].id"),
                }
            ),
        ]
    );
    assert_eq!(
        problem_message(&found[0]),
        format!(
            "initiativ 1, risk 2: id \"{risk_id}\" används redan av initiativ 1, risk 1. Varje id \
             får bara användas en gång."
        )
    );
    assert_eq!(
        problem_message(&found[1]),
        format!(
            "initiativ 2, beslut 2: id \"{decision_id}\" används redan av initiativ 2, beslut 1. \
             Varje id får bara användas en gång."
        )
    );
}

// --- Several problems ------------------------------------------------------------------------

#[test]
fn every_problem_is_listed_in_file_order() {
    let mut v = example_value();
    v["plan"]["activities"][1]["id"] = v["plan"]["activities"][0]["id"].clone();
    v["plan"]["initiatives"][3]["scores"]["ex-6"] = json!(9);
    v["plan"]["framework"]["criteria"][0]["weight"] = json!(-2);
    let places: Vec<String> = problems(&v.to_string())
        .iter()
        .map(|p| p.place.to_string())
        .collect();
    assert_eq!(
        places,
        [
            "plan.framework.criteria[0].weight",
            "plan.initiatives[3].scores.ex-6",
            "plan.activities[1].id",
        ]
    );
}

#[test]
fn the_list_is_cut_at_the_cap_with_a_count_of_the_rest() {
    let mut plan = large_plan(60);
    for i in &mut plan.initiatives {
        i.analysis.costs.running_per_year.expected = -1.0;
    }
    let text = beredning::core::format::to_json(&plan, None, true);
    let found = problems(&text);
    assert_eq!(found.len(), MAX_PROBLEMS + 1);
    assert_eq!(
        found[0].place,
        Place::parse("plan.initiatives[0].analysis.costs.running_per_year.expected")
    );
    assert_eq!(
        found[MAX_PROBLEMS - 1].place,
        Place::parse("plan.initiatives[49].analysis.costs.running_per_year.expected")
    );
    assert_eq!(
        found[MAX_PROBLEMS],
        Problem::whole_file(ProblemKind::Omitted { count: 10 })
    );
    assert_eq!(
        problem_message(&found[MAX_PROBLEMS]),
        "Ytterligare 10 problem i filen visas inte här."
    );
}

#[test]
fn shape_problems_and_range_problems_are_reported_together() {
    let text = example_with("plan.initiatives[0].scores.ex-5", json!(0)).replacen(
        "\"scores\":{",
        "\"scores\":{\"ex-9\":1,",
        1,
    );
    let kinds: Vec<ProblemKind> = problems(&text).into_iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            ProblemKind::DuplicateKey { key: "ex-9".into() },
            ProblemKind::OutOfRange {
                min: 1.0,
                max: 5.0,
                found: 0.0
            },
        ]
    );
}
