//! The published JSON Schema (public/beredning-plan.schema.json): it is what the core types
//! generate today, it accepts the files the app writes, and it refuses values the app refuses.
//! Needs the `schema` feature: `cargo test --features schema --test core_schema`.
#![cfg(all(feature = "schema", not(target_arch = "wasm32")))]

use beredning::core::content::example::example_plan;
use beredning::core::format::import::import_text;
use beredning::core::format::schema::{plan_file_schema, schema_id, SCHEMA_PATH};
use beredning::core::format::{self, FORMAT_ID, FORMAT_VERSION};
use serde_json::{json, Value};

const REGENERATE: &str =
    "regenerate it with `cargo run --features schema --bin write_schema` and commit the file";

fn published() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} cannot be read ({e}): {REGENERATE}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{SCHEMA_PATH} is not JSON ({e}): {REGENERATE}"))
}

/// The JSON pointer of the first place where `a` and `b` differ, for a readable failure.
fn first_difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                (Some(p), Some(q)) => first_difference(p, q, &format!("{at}/{k}")),
                _ => Some(format!("{at}/{k}")),
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{at}/{i}"))),
        _ if a == b => None,
        _ => Some(at.to_string()),
    }
}

#[test]
fn the_published_schema_is_what_the_types_generate() {
    let generated = plan_file_schema().unwrap_or_else(|e| panic!("{e}"));
    let published = published();
    if let Some(place) = first_difference(&generated, &published, "") {
        panic!("{SCHEMA_PATH} is out of date with the core types (first difference at {place:?}): {REGENERATE}");
    }
}

#[test]
fn the_schema_names_the_format_and_its_version() {
    let schema = published();
    assert_eq!(schema["$id"], json!(schema_id()));
    assert_eq!(
        schema["$id"],
        json!(format!("urn:beredning:beredning-plan:{FORMAT_VERSION}"))
    );
    assert_eq!(
        schema["$schema"],
        json!("https://json-schema.org/draft/2020-12/schema")
    );
    let title = schema["title"].as_str().unwrap_or_default();
    assert!(title.contains(FORMAT_ID), "title: {title}");
    assert_eq!(schema["properties"]["format"]["const"], json!(FORMAT_ID));
    assert_eq!(
        schema["properties"]["format_version"]["const"],
        json!(FORMAT_VERSION)
    );
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&published())
        .unwrap_or_else(|e| panic!("{SCHEMA_PATH} is not a valid JSON Schema: {e}"))
}

/// Every error as "instance path: message", empty when the file is valid.
fn errors(file: &Value) -> Vec<String> {
    validator()
        .iter_errors(file)
        .map(|e| format!("{}: {e}", e.instance_path().as_str()))
        .collect()
}

fn example_export() -> Value {
    let text = format::to_json(&example_plan(), Some("2024-05-01T10:00:00.000Z"), true);
    serde_json::from_str(&text).expect("the app's own export is JSON")
}

/// The fixture of the current format version: the published schema describes that version
/// (older files are migrated before they are read, so they need not match it).
/// The newest fixture brought to the current version by the migration chain, as the app reads
/// it: the current version has no fixture file of its own.
fn fixture() -> Value {
    let file = serde_json::from_str(include_str!("fixtures/plan-v2.json")).expect("JSON");
    format::migrate(file, format::MIGRATIONS).expect("the fixture migrates")
}

#[test]
fn the_example_plan_as_exported_is_valid() {
    let file = example_export();
    assert!(
        !file["plan"]["initiatives"].as_array().unwrap().is_empty(),
        "the example has initiatives to check"
    );
    assert_eq!(errors(&file), Vec::<String>::new());
}

#[test]
fn the_current_version_fixture_is_valid() {
    assert_eq!(fixture()["format_version"], json!(FORMAT_VERSION));
    assert_eq!(errors(&fixture()), Vec::<String>::new());
}

#[test]
fn a_stored_plan_without_export_time_is_valid() {
    let text = format::to_json(&example_plan(), None, false);
    let file: Value = serde_json::from_str(&text).unwrap();
    assert!(file.get("exported").is_none());
    assert_eq!(errors(&file), Vec::<String>::new());
}

const SCORE: &str = "/plan/initiatives/0/scores/c1";
const INVESTMENT: &str = "/plan/initiatives/0/analysis/costs/investments/0/amount/expected";
const SHARE: &str = "/plan/initiatives/0/analysis/benefits/0/kind/realised_share_percent";
const PROBABILITY: &str = "/plan/initiatives/0/analysis/risks/0/probability";
const UPLIFT: &str = "/plan/params/uplift/value";

/// The fixture with one value replaced; fails if the place does not exist, so that a change to
/// the fixture cannot make these tests pass without checking anything.
fn fixture_with(pointer: &str, value: Value) -> Value {
    let mut file = fixture();
    let slot = file
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the fixture has no {pointer}"));
    *slot = value;
    file
}

/// Refused, and the error is reported on the way to the changed value (not just at the root).
fn assert_refused_at(file: &Value, pointer: &str) {
    let found = errors(file);
    assert!(!found.is_empty(), "{pointer}: accepted");
    let located = validator().iter_errors(file).any(|e| {
        let at = e.instance_path().as_str().to_string();
        !at.is_empty() && pointer.starts_with(&at)
    });
    assert!(located, "{pointer}: errors elsewhere: {found:?}");
}

#[test]
fn the_bounds_themselves_are_accepted() {
    for (pointer, value) in [
        (SCORE, json!(5)),
        (SCORE, json!(1)),
        (INVESTMENT, json!(0)),
        (SHARE, json!(100)),
        (SHARE, json!(0)),
        (PROBABILITY, json!(5)),
        (UPLIFT, json!(3)),
    ] {
        let file = fixture_with(pointer, value.clone());
        assert_eq!(errors(&file), Vec::<String>::new(), "{pointer} = {value}");
    }
}

#[test]
fn values_the_app_refuses_are_invalid() {
    for (pointer, value) in [
        (SCORE, json!(7)),
        (SCORE, json!(0)),
        (INVESTMENT, json!(-1)),
        (SHARE, json!(150)),
        (PROBABILITY, json!(0)),
        (UPLIFT, json!(3.5)),
        ("/plan/initiatives/0/stage", json!("okand")),
        (
            "/plan/initiatives/0/analysis/benefits/0/kind/class",
            json!("annan"),
        ),
        ("/format", json!("annat-format")),
        ("/format_version", json!(FORMAT_VERSION + 1)),
    ] {
        assert_refused_at(&fixture_with(pointer, value), pointer);
    }
}

#[test]
fn a_negative_amount_anywhere_in_the_example_is_invalid() {
    let mut file = example_export();
    let running = "/plan/initiatives/0/analysis/costs/running_per_year/expected";
    *file
        .pointer_mut(running)
        .expect("the example has a running cost") = json!(-200);
    assert_refused_at(&file, running);
}

#[test]
fn a_plan_without_a_name_is_invalid() {
    let mut file = fixture();
    let removed = file["plan"].as_object_mut().unwrap().remove("name");
    assert!(removed.is_some());
    assert_refused_at(&file, "/plan/name");
}

#[test]
fn years_outside_2000_to_2100_are_invalid_where_the_app_means_calendar_years() {
    for pointer in [
        "/plan/period/start_year",
        "/plan/params/monthly_salary/year",
    ] {
        assert_refused_at(&fixture_with(pointer, json!(1999)), pointer);
    }
    let mut file = fixture();
    file["plan"]["activities"][0]["outcomes"] = json!([{ "year": 2101, "text": "Klart" }]);
    assert_refused_at(&file, "/plan/activities/0/outcomes/0/year");
}

/// Realised freed time is hours and never negative; realised kronor may be (a benefit can turn
/// out a cost).
#[test]
fn a_negative_realised_value_is_invalid_only_for_freed_time() {
    let benefit = "/plan/initiatives/0/analysis/benefits/0";
    let mut file = fixture();
    let slot = file
        .pointer_mut(benefit)
        .expect("the fixture has a benefit");
    slot["realised"] = json!([{ "year": 2024, "value": -40 }]);
    assert_eq!(slot["kind"]["class"], json!("frigjord_tid"));
    assert_refused_at(&file, &format!("{benefit}/realised/0/value"));

    file.pointer_mut(benefit).unwrap()["kind"] =
        json!({ "class": "ekonomisk", "kronor_per_year": { "expected": 1000 } });
    assert_eq!(errors(&file), Vec::<String>::new());
}

/// The fixture with a readiness rating of `score` for ownership (the fixture has none).
fn fixture_with_rating(score: u64) -> Value {
    let mut file = fixture();
    file["plan"]["initiatives"][0]["analysis"]["readiness"] =
        json!({ "ownership": { "score": score } });
    file
}

/// The schema and the import give the same verdict on valid files and on each kind of refused
/// value, so the schema says what the app accepts, no more and no less.
#[test]
fn the_schema_and_the_import_agree() {
    let mut cases = vec![
        ("the fixture".to_string(), fixture()),
        ("the example".to_string(), example_export()),
        ("rating 0".to_string(), fixture_with_rating(0)),
        ("rating 6".to_string(), fixture_with_rating(6)),
    ];
    for (pointer, value) in [
        (SCORE, json!(5)),
        (SCORE, json!(7)),
        (SCORE, json!(0)),
        (INVESTMENT, json!(0)),
        (INVESTMENT, json!(-1)),
        (SHARE, json!(100)),
        (SHARE, json!(150)),
        (PROBABILITY, json!(0)),
        (UPLIFT, json!(3)),
        (UPLIFT, json!(3.5)),
        ("/plan/params/monthly_salary/year", json!(1999)),
        ("/plan/initiatives/0/stage", json!("okand")),
        ("/format", json!("annat-format")),
    ] {
        cases.push((format!("{pointer} = {value}"), fixture_with(pointer, value)));
    }
    for (case, file) in cases {
        let by_schema = errors(&file).is_empty();
        let by_import = import_text(&file.to_string()).is_ok();
        assert_eq!(
            by_schema, by_import,
            "{case}: schema valid = {by_schema}, import ok = {by_import}"
        );
    }
}
