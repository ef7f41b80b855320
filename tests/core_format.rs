//! The stored and exported form: round trip, version handling, migration mechanism.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::content::example::example_plan;
use beredning::core::format::{self, FormatError, FORMAT_ID, FORMAT_VERSION, MIGRATIONS};
use beredning::core::CriterionRole;
use proptest::prelude::*;
use serde_json::{json, Value};

#[test]
fn example_plan_round_trips_compact_and_pretty() {
    let plan = example_plan();
    for pretty in [false, true] {
        let text = format::to_json(&plan, None, pretty);
        assert_eq!(format::from_json(&text), Ok(plan.clone()));
    }
}

#[test]
fn file_carries_format_identifier_and_version_first() {
    let text = format::to_json(&example_plan(), Some("2024-05-01T10:00:00.000Z"), true);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], FORMAT_ID);
    assert_eq!(value["format_version"], FORMAT_VERSION);
    assert_eq!(value["exported"], "2024-05-01T10:00:00.000Z");
    assert!(text.find("\"format\"").unwrap() < text.find("\"plan\"").unwrap());
}

#[test]
fn migration_chain_matches_the_current_version() {
    assert_eq!(MIGRATIONS.len() as u32 + 1, FORMAT_VERSION);
}

#[test]
fn version_1_fixture_still_opens() {
    let text = include_str!("fixtures/plan-v1.json");
    let plan = format::from_json(text).expect("v1 fixture opens");
    assert_eq!(plan.name, "Fixtur version 1");
    assert_eq!(plan.initiatives.len(), 1);
    assert_eq!(plan.framework.goals.len(), 1);
}

#[test]
fn missing_optional_fields_take_their_defaults() {
    let text = json!({
        "format": FORMAT_ID, "format_version": 1, "app_version": "0.0.1",
        "plan": { "id": "p", "name": "Minimal" }
    })
    .to_string();
    let plan = format::from_json(&text).unwrap();
    assert_eq!(plan.params.uplift.value, 1.54);
    assert!(plan.initiatives.is_empty());
}

#[test]
fn newer_version_is_refused_by_number() {
    let text =
        json!({"format": FORMAT_ID, "format_version": FORMAT_VERSION + 1, "plan": {}}).to_string();
    assert_eq!(
        format::from_json(&text),
        Err(FormatError::TooNew(FORMAT_VERSION + 1))
    );
}

#[test]
fn other_json_is_not_taken_for_a_plan() {
    let text = json!({"format": "something-else", "format_version": 1}).to_string();
    assert_eq!(
        format::from_json(&text),
        Err(FormatError::WrongFormat("something-else".into()))
    );
    assert_eq!(
        format::from_json("[1,2]"),
        Err(FormatError::WrongFormat(String::new()))
    );
    let no_version = json!({"format": FORMAT_ID}).to_string();
    assert_eq!(
        format::from_json(&no_version),
        Err(FormatError::MissingVersion)
    );
    assert!(matches!(
        format::from_json("{\"format\": "),
        Err(FormatError::NotJson(_))
    ));
}

fn rename_title_to_name(mut v: Value) -> Result<Value, FormatError> {
    let plan = v["plan"]
        .as_object_mut()
        .ok_or(FormatError::Invalid("plan".into()))?;
    if let Some(title) = plan.remove("title") {
        plan.insert("name".into(), title);
    }
    Ok(v)
}

fn add_marker(mut v: Value) -> Result<Value, FormatError> {
    v["plan"]["organisation"] = json!({"name": "migrerad", "kind": "kommun"});
    Ok(v)
}

#[test]
fn every_older_version_walks_the_whole_chain() {
    let steps: &[format::MigrationStep] = &[rename_title_to_name, add_marker];
    let v1 =
        json!({"format": FORMAT_ID, "format_version": 1, "plan": {"id": "a", "title": "Gammal"}});
    let out = format::migrate(v1, steps).unwrap();
    assert_eq!(out["format_version"], 3);
    assert_eq!(out["plan"]["name"], "Gammal");
    assert_eq!(out["plan"]["organisation"]["name"], "migrerad");

    let v2 =
        json!({"format": FORMAT_ID, "format_version": 2, "plan": {"id": "a", "title": "Kvar"}});
    let out = format::migrate(v2, steps).unwrap();
    assert_eq!(
        out["plan"]["title"], "Kvar",
        "version 2 skips the first step"
    );
    assert_eq!(out["plan"]["organisation"]["name"], "migrerad");

    let v4 = json!({"format": FORMAT_ID, "format_version": 4, "plan": {}});
    assert_eq!(format::migrate(v4, steps), Err(FormatError::TooNew(4)));
    let v0 = json!({"format": FORMAT_ID, "format_version": 0, "plan": {}});
    assert_eq!(
        format::migrate(v0, steps),
        Err(FormatError::UnknownVersion(0))
    );
}

proptest! {
    #[test]
    fn reading_arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = format::from_json(&text);
    }

    #[test]
    fn any_names_survive_the_round_trip(name in "\\PC{0,60}", org in "\\PC{0,40}", title in "\\PC{0,80}") {
        let mut plan = example_plan();
        plan.name = name;
        plan.organisation.name = org;
        plan.initiatives[0].title = title;
        let text = format::to_json(&plan, None, false);
        prop_assert_eq!(format::from_json(&text), Ok(plan));
    }
}

#[test]
fn a_version_1_plan_gets_roles_for_skrs_criteria_by_name() {
    let mut v1 = serde_json::to_value(beredning::core::content::example::example_plan())
        .expect("the example serialises");
    let criteria = v1["framework"]["criteria"]
        .as_array_mut()
        .expect("the example has criteria");
    for c in criteria.iter_mut() {
        c.as_object_mut()
            .expect("a criterion is an object")
            .remove("role");
    }
    criteria[0]["name"] = json!("  GENOMFÖRBARHET ");
    criteria[1]["name"] = json!("Vår egen fråga");
    let file =
        json!({"format": FORMAT_ID, "format_version": 1, "app_version": "0.1.0", "plan": v1});
    let plan = format::from_json(&file.to_string()).expect("a version 1 file opens");
    let roles: Vec<_> = plan.framework.criteria.iter().map(|c| c.role).collect();
    assert_eq!(
        roles,
        vec![
            Some(CriterionRole::Effort),
            None,
            Some(CriterionRole::Benefit),
            Some(CriterionRole::Cost),
            Some(CriterionRole::StrategicFit),
        ]
    );
}

#[test]
fn the_version_1_fixture_migrates_its_criteria() {
    let plan = format::from_json(include_str!("fixtures/plan-v1.json")).expect("v1 opens");
    let nytta = plan
        .framework
        .criteria
        .iter()
        .find(|c| c.name == "Nytta")
        .expect("the fixture has Nytta");
    assert_eq!(nytta.role, Some(CriterionRole::Benefit));
    assert_eq!(
        format::from_json(include_str!("fixtures/plan-v2.json")).expect("v2 opens"),
        plan,
        "the v2 fixture is the v1 fixture as this version writes it"
    );
}

#[test]
fn a_roles_key_is_what_serde_writes() {
    for role in CriterionRole::ALL {
        assert_eq!(serde_json::to_value(role).ok(), Some(json!(role.key())));
    }
}
