//! Import of good files: round trips, every stored fixture version, migration, and fields this
//! version does not know (kept out, but reported with their places).
#![cfg(not(target_arch = "wasm32"))]

mod core_import_support;

use beredning::core::content::example::example_plan;
use beredning::core::content::example::large_plan;
use beredning::core::format::import::{import_text_migrating, MAX_PROBLEMS};
use beredning::core::format::problem::{Place, Problem, ProblemKind, Segment};
use beredning::core::format::{self, FormatError, MigrationStep, FORMAT_VERSION};
use beredning::ui::text::problem_message;
use core_import_support::*;
use serde_json::{json, Value};

#[test]
fn the_example_plan_round_trips_exactly() {
    let plan = example_plan();
    for pretty in [true, false] {
        let text = format::to_json(&plan, Some("2024-05-01T10:00:00.000Z"), pretty);
        let imported = accepted(&text);
        assert_eq!(imported.plan, plan);
        assert_eq!(imported.source_version, FORMAT_VERSION);
        assert_eq!(imported.app_version, format::APP_VERSION);
        assert_eq!(
            imported.exported.as_deref(),
            Some("2024-05-01T10:00:00.000Z")
        );
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    }
}

#[test]
fn a_large_generated_plan_round_trips_exactly() {
    let plan = large_plan(1_000);
    let text = format::to_json(&plan, None, true);
    assert!(text.len() > 2_000_000, "{} bytes", text.len());
    let imported = accepted(&text);
    assert_eq!(imported.plan, plan);
    assert_eq!(imported.exported, None);
    assert!(imported.warnings.is_empty());
}

/// Every `tests/fixtures/plan-v*.json` must keep importing: a new format version adds the file
/// of the version before it (the current version's file is the app's own export).
#[test]
fn every_fixture_version_imports() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(version) = name
            .strip_prefix("plan-v")
            .and_then(|rest| rest.strip_suffix(".json"))
        else {
            continue;
        };
        let version: u32 = version.parse().expect("plan-v<number>.json");
        let bytes = std::fs::read(&path).expect("readable fixture");
        let imported = match beredning::core::format::import::import_bytes(&bytes) {
            Ok(imported) => imported,
            Err(problems) => panic!("{name}: {problems:?}"),
        };
        assert_eq!(imported.source_version, version, "{name}");
        assert!(!imported.plan.name.is_empty(), "{name}");
        seen.push(version);
    }
    let current = format::to_json(&example_plan(), None, true);
    let imported = beredning::core::format::import::import_bytes(current.as_bytes())
        .expect("the app's own export imports");
    seen.push(imported.source_version);
    seen.sort_unstable();
    assert_eq!(seen, (1..=FORMAT_VERSION).collect::<Vec<_>>());
}

#[test]
fn the_version_1_fixture_keeps_its_content() {
    let imported = accepted(include_str!("fixtures/plan-v1.json"));
    assert_eq!(imported.plan.name, "Fixtur version 1");
    assert_eq!(imported.plan.initiatives.len(), 1);
    assert_eq!(imported.plan.initiatives[0].scores.get("c1"), Some(&4));
    assert_eq!(
        imported.exported.as_deref(),
        Some("2024-01-10T08:00:00.000Z")
    );
}

/// A pretend version 2 that renamed the plan's `title` to `name`.
fn rename_title(mut value: Value) -> Result<Value, FormatError> {
    let plan = value
        .get_mut("plan")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| FormatError::Invalid("no plan".into()))?;
    let title = plan
        .remove("title")
        .ok_or_else(|| FormatError::Invalid("no title".into()))?;
    plan.insert("name".into(), title);
    Ok(value)
}

#[test]
fn older_files_are_migrated_before_they_are_checked() {
    let steps: &[MigrationStep] = &[rename_title];
    let mut v1 = example_value();
    v1["format_version"] = json!(1);
    let name = v1["plan"]["name"].take();
    let plan = v1["plan"].as_object_mut().unwrap();
    plan.remove("name");
    plan.insert("title".into(), name.clone());
    plan.insert("retired".into(), json!(true));
    let imported = match import_text_migrating(&v1.to_string(), steps) {
        Ok(imported) => imported,
        Err(problems) => panic!("{problems:?}"),
    };
    assert_eq!(imported.source_version, 1);
    assert_eq!(imported.plan, example_plan());
    // What the migrated file still holds that the app does not know is reported as usual.
    assert_eq!(
        imported.warnings,
        vec![Problem::new(
            Place::parse("plan.retired"),
            ProblemKind::UnknownField {
                field: "retired".into()
            }
        )]
    );
    // A version-2 file under the same chain is read as current.
    let v2 = example_with("format_version", json!(2));
    assert_eq!(import_text_migrating(&v2, steps).unwrap().source_version, 2);
    // Checks apply to the migrated plan.
    let mut bad = v1.clone();
    bad["plan"]["framework"]["criteria"][0]["weight"] = json!(-1);
    let problems = import_text_migrating(&bad.to_string(), steps).unwrap_err();
    assert_eq!(
        problems[0].place,
        Place::parse("plan.framework.criteria[0].weight")
    );
}

#[test]
fn a_migration_that_fails_is_reported_with_the_files_version() {
    let steps: &[MigrationStep] = &[rename_title];
    // Version 1 without the field the step needs.
    let problems =
        import_text_migrating(&example_with("format_version", json!(1)), steps).unwrap_err();
    assert_eq!(
        problems,
        vec![Problem::whole_file(ProblemKind::MigrationFailed {
            from: 1
        })]
    );
    assert_eq!(
        problem_message(&problems[0]),
        "Filen är skriven i den äldre formatversionen 1 och kunde inte uppgraderas till den \
         nuvarande."
    );
}

#[test]
fn unknown_fields_are_warnings_with_their_places() {
    let mut v = example_value();
    v["comment"] = json!("från Västerås");
    v["plan"]["initiatives"][0]["priority"] = json!("hög");
    let kind = &mut v["plan"]["initiatives"][1]["analysis"]["benefits"][1]["kind"];
    kind["verified_by"] = json!("ekonom");
    kind["time"]["cases_per_year"]["median"] = json!(100);
    let imported = accepted(&v.to_string());
    assert_eq!(imported.plan, example_plan());
    let unknown = |place: &str, field: &str| {
        Problem::new(
            Place::parse(place),
            ProblemKind::UnknownField {
                field: field.into(),
            },
        )
    };
    // In file order: the compact text sorts keys, so "comment" comes before "plan".
    assert_eq!(
        imported.warnings,
        vec![
            unknown("comment", "comment"),
            unknown("plan.initiatives[0].priority", "priority"),
            unknown(
                "plan.initiatives[1].analysis.benefits[1].kind.time.cases_per_year.median",
                "median"
            ),
            unknown(
                "plan.initiatives[1].analysis.benefits[1].kind.verified_by",
                "verified_by"
            ),
        ]
    );
    let messages: Vec<String> = imported.warnings.iter().map(problem_message).collect();
    assert_eq!(
        messages,
        [
            "filen: fältet \"comment\" känns inte igen och tas inte med.",
            "initiativ 1: fältet \"priority\" känns inte igen och tas inte med.",
            "initiativ 2, nytta 2, ärenden per år: fältet \"median\" känns inte igen och tas inte \
             med.",
            "initiativ 2, nytta 2: fältet \"verified_by\" känns inte igen och tas inte med.",
        ]
    );
}

/// Fields unknown inside a benefit class and elsewhere are found in different ways; listed
/// together, they are still in file order, also where they lie among one object's keys.
#[test]
fn unknown_fields_inside_and_outside_benefit_classes_are_listed_in_file_order() {
    let mut v = example_value();
    let initiative = &mut v["plan"]["initiatives"][0];
    initiative["aa_first"] = json!(1);
    initiative["zz_last"] = json!(1);
    let benefit = &mut initiative["analysis"]["benefits"][0];
    // The compact text sorts keys: "ida" comes just before "kind", "kinda" just after it.
    benefit["ida"] = json!(1);
    benefit["kinda"] = json!(1);
    benefit["kind"]["extra"] = json!(1);
    v["plan"]["initiatives"][1]["aa_next"] = json!(1);
    let imported = accepted(&v.to_string());
    let found: Vec<&Place> = imported.warnings.iter().map(|w| &w.place).collect();
    let benefit = "plan.initiatives[0].analysis.benefits[0]";
    let expected = [
        "plan.initiatives[0].aa_first".to_string(),
        format!("{benefit}.ida"),
        format!("{benefit}.kind.extra"),
        format!("{benefit}.kinda"),
        "plan.initiatives[0].zz_last".to_string(),
        "plan.initiatives[1].aa_next".to_string(),
    ];
    let expected: Vec<Place> = expected.iter().map(|p| Place::parse(p)).collect();
    assert_eq!(found, expected.iter().collect::<Vec<_>>());
}

/// Adds `extra` to every object below `value` (map entries such as scores excepted, where a new
/// key is a new entry, not an unknown field), recording each place in order.
fn add_everywhere(value: &mut Value, path: &mut Vec<Segment>, places: &mut Vec<Place>) {
    match value {
        Value::Object(map) => {
            let is_map = matches!(path.last(), Some(Segment::Field(f)) if f == "scores");
            for (key, child) in map.iter_mut() {
                path.push(Segment::Field(key.clone()));
                add_everywhere(child, path, places);
                path.pop();
            }
            if !is_map {
                map.insert("zz_extra".into(), json!(1));
                let mut place = path.clone();
                place.push(Segment::Field("zz_extra".into()));
                places.push(Place(place));
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                path.push(Segment::Index(i));
                add_everywhere(child, path, places);
                path.pop();
            }
        }
        _ => {}
    }
}

/// Guards the way unknown fields are found: a field added to any object anywhere in the plan,
/// inside benefit classes and time bases included, is reported.
#[test]
fn an_unknown_field_in_any_object_is_reported() {
    let mut v = serde_json::to_value(large_plan(5)).unwrap();
    let mut places = Vec::new();
    add_everywhere(
        &mut v,
        &mut vec![Segment::Field("plan".into())],
        &mut places,
    );
    let text =
        json!({"format": "beredning-plan", "format_version": 1, "app_version": "0.1.0", "plan": v})
            .to_string();
    let imported = accepted(&text);
    assert_eq!(imported.plan, large_plan(5));
    assert!(places.len() > MAX_PROBLEMS, "{} objects", places.len());
    // The first ones listed are distinct places where a field was added, and the count of
    // the rest makes up the whole.
    let warned: Vec<&Place> = imported.warnings[..MAX_PROBLEMS]
        .iter()
        .map(|w| &w.place)
        .collect();
    for (i, place) in warned.iter().enumerate() {
        assert!(places.contains(place), "{place}");
        assert!(!warned[..i].contains(place), "{place} twice");
    }
    assert_eq!(
        imported.warnings[MAX_PROBLEMS].kind,
        ProblemKind::Omitted {
            count: places.len() - MAX_PROBLEMS
        }
    );
}

/// The import's reader, without its checks, gives what serde_json gives: the same plan, and for
/// a file serde refuses the same error.
#[test]
fn the_import_reader_reads_as_serde_json_does() {
    use beredning::core::format::import::read_envelope;
    use beredning::core::format::Envelope;
    let plan = large_plan(20);
    let text = format::to_json(&plan, None, false);
    let read = read_envelope(&text).map(|e| e.plan);
    assert_eq!(read.as_ref().ok(), Some(&plan));
    let unknown = example_text().replacen("\"title\":", "\"zz\": [1, {\"a\": 2}], \"title\":", 1);
    assert_eq!(
        read_envelope(&unknown).map(|e| e.plan).ok(),
        serde_json::from_str::<Envelope>(&unknown)
            .map(|e| e.plan)
            .ok()
    );
    for bad in [
        example_with(
            "plan.initiatives[1].analysis.benefits[1].kind.class",
            json!("annan"),
        ),
        example_with("plan.period.start_year", json!("2020")),
        example_without("plan.initiatives[1].title"),
        format!("{} x", example_text()),
    ] {
        let ours = read_envelope(&bad).err().map(|e| e.to_string());
        let theirs = serde_json::from_str::<Envelope>(&bad)
            .err()
            .map(|e| e.to_string());
        assert!(ours.is_some());
        assert_eq!(ours, theirs);
    }
}
