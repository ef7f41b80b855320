//! Fastställda versions: recording a decision, the version in force, changes since, removal,
//! and versions in the file (migration from older files, refusal of inconsistent ones).

use beredning::core::content::example::example_plan;
use beredning::core::format::import::import_text;
use beredning::core::format::problem::{Place, ProblemKind};
use beredning::core::format::{self, migrations::fixed_versions, FORMAT_VERSION};
use beredning::core::workflow::versions::{
    changed_since, check_meta, fix_version, is_date, remove_version, version_in_force,
    VersionError, VersionMeta,
};
use beredning::core::Plan;
use beredning::ui::text::problem_message;
use serde_json::{json, Value};

const NOW: &str = "2019-06-01T08:00:00.000Z";

fn meta(date: &str, forum: &str) -> VersionMeta {
    VersionMeta {
        decided_on: date.into(),
        forum: forum.into(),
        reference: "KS 2019-05-12 § 45".into(),
        note: String::new(),
    }
}

fn plan() -> Plan {
    let mut plan = Plan::blank("p1".into(), "Plan", "2019-01-01T08:00:00.000Z");
    plan.initiatives
        .push(plan.new_initiative("i1".into(), "E-arkiv", "2019-01-01T08:00:00.000Z"));
    plan
}

#[test]
fn fixing_keeps_the_plan_as_decided_without_its_versions() {
    let mut plan = plan();
    let first = fix_version(&mut plan, &meta("2019-05-12", "Kommunstyrelsen"), NOW).unwrap();
    let second = fix_version(&mut plan, &meta("2019-05-20", " Regionstyrelsen "), NOW).unwrap();
    assert_eq!(plan.versions.len(), 2);
    assert_eq!(plan.modified, NOW);
    let v = &plan.versions[1];
    assert_eq!(v.id, second);
    assert_eq!(v.forum, "Regionstyrelsen");
    assert_eq!(v.reference, "KS 2019-05-12 § 45");
    assert!(v.plan.versions.is_empty(), "versions never nest");
    assert_eq!(v.plan.initiatives, plan.initiatives);
    assert_ne!(first, second);
}

#[test]
fn ids_are_unique_even_for_decisions_on_the_same_day() {
    let mut plan = plan();
    let ids: Vec<String> = (0..3)
        .map(|_| fix_version(&mut plan, &meta("2019-05-12", "KS"), NOW).unwrap())
        .collect();
    assert_eq!(ids, ["v-2019-05-12", "v-2019-05-12-2", "v-2019-05-12-3"]);
}

#[test]
fn an_empty_or_wrong_date_or_forum_is_refused_and_nothing_changes() {
    let mut plan = plan();
    let before = plan.clone();
    let err = fix_version(&mut plan, &meta(" ", ""), NOW).unwrap_err();
    assert_eq!(err.decided_on, Some(VersionError::DateMissing));
    assert_eq!(err.forum, Some(VersionError::ForumMissing));
    let err = fix_version(&mut plan, &meta("2019-02-30", "KS"), NOW).unwrap_err();
    assert_eq!(err.decided_on, Some(VersionError::DateInvalid));
    assert_eq!(err.forum, None);
    let err = fix_version(&mut plan, &meta("2019-06-02", "KS"), NOW).unwrap_err();
    assert_eq!(err.decided_on, Some(VersionError::DateInFuture));
    assert_eq!(plan, before);
    assert!(check_meta(&meta("2019-06-01", "KS"), NOW).is_ok());
}

#[test]
fn dates_are_checked_as_calendar_dates() {
    for good in ["2019-05-12", "2020-02-29", "2000-01-01"] {
        assert!(is_date(good), "{good}");
    }
    for bad in [
        "2019-5-12",
        "2019-02-29",
        "2019-13-01",
        "12/05/2019",
        "",
        "1999-01-01",
    ] {
        assert!(!is_date(bad), "{bad}");
    }
}

#[test]
fn the_version_in_force_is_the_latest_decided() {
    let mut plan = plan();
    assert!(version_in_force(&plan).is_none());
    fix_version(&mut plan, &meta("2019-05-12", "A"), NOW).unwrap();
    fix_version(&mut plan, &meta("2019-01-10", "B"), NOW).unwrap();
    assert_eq!(version_in_force(&plan).unwrap().forum, "A");
    fix_version(&mut plan, &meta("2019-05-12", "C"), NOW).unwrap();
    assert_eq!(version_in_force(&plan).unwrap().forum, "C");
}

#[test]
fn changes_since_are_content_not_times() {
    let mut plan = plan();
    fix_version(&mut plan, &meta("2019-05-12", "KS"), NOW).unwrap();
    let v = plan.versions[0].clone();
    assert!(!changed_since(&plan, &v));
    plan.modified = "2020-01-01T00:00:00.000Z".into();
    plan.last_exported = Some("2020-01-01T00:00:00.000Z".into());
    fix_version(&mut plan, &meta("2019-05-13", "KS"), NOW).unwrap();
    assert!(
        !changed_since(&plan, &v),
        "times and versions are not content"
    );
    plan.initiatives[0].title = "E-arkiv 2".into();
    assert!(changed_since(&plan, &v));
    let mut other = v.plan.as_ref().clone();
    other.params.uplift.value += 0.1;
    other.versions = plan.versions.clone();
    assert!(changed_since(&other, &v));
}

#[test]
fn removing_a_version_keeps_the_others() {
    let mut plan = plan();
    let a = fix_version(&mut plan, &meta("2019-05-12", "KS"), NOW).unwrap();
    fix_version(&mut plan, &meta("2019-05-13", "RS"), NOW).unwrap();
    assert_eq!(
        remove_version(&mut plan, &a, NOW).as_deref(),
        Some("2019-05-12 KS")
    );
    assert_eq!(plan.versions.len(), 1);
    assert_eq!(plan.versions[0].forum, "RS");
    assert!(remove_version(&mut plan, "nothing", NOW).is_none());
}

#[test]
fn older_files_get_an_empty_list_of_versions() {
    for text in [
        include_str!("fixtures/plan-v1.json"),
        include_str!("fixtures/plan-v2.json"),
        include_str!("fixtures/plan-v3.json"),
    ] {
        let imported = import_text(text).expect("older file imports");
        assert!(imported.plan.versions.is_empty());
        assert!(imported.source_version < FORMAT_VERSION);
    }
    let v3: Value = serde_json::from_str(include_str!("fixtures/plan-v3.json")).unwrap();
    assert!(v3.pointer("/plan/versions").is_none());
    let migrated = fixed_versions(v3).unwrap();
    assert_eq!(migrated.pointer("/plan/versions"), Some(&json!([])));
    let kept = fixed_versions(json!({"plan": {"versions": [1]}})).unwrap();
    assert_eq!(kept.pointer("/plan/versions"), Some(&json!([1])));
}

#[test]
fn versions_travel_in_the_file() {
    let mut plan = example_plan();
    plan.modified = NOW.into();
    fix_version(&mut plan, &meta("2019-05-12", "Kommunstyrelsen"), NOW).unwrap();
    let text = format::to_json(&plan, None, true);
    let imported = import_text(&text).expect("own export imports");
    assert_eq!(imported.plan, plan);
}

/// A file with one version, changed by `edit`, then imported: its problems.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<(Place, ProblemKind, String)> {
    let mut plan = example_plan();
    plan.modified = NOW.into();
    fix_version(&mut plan, &meta("2019-05-12", "Kommunstyrelsen"), NOW).unwrap();
    let mut value: Value = serde_json::from_str(&format::to_json(&plan, None, false)).unwrap();
    edit(&mut value);
    match import_text(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .map(|p| {
                let message = problem_message(&p);
                (p.place, p.kind, message)
            })
            .collect(),
    }
}

#[test]
fn duplicate_version_ids_are_refused_by_place() {
    let problems = problems_after(|v| {
        let versions = v
            .pointer_mut("/plan/versions")
            .unwrap()
            .as_array_mut()
            .unwrap();
        let copy = versions[0].clone();
        versions.push(copy);
    });
    // The example's own 2018–2019 version, the one fixed here, and the copy.
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, Place::parse("plan.versions[2].id"));
    assert!(matches!(problems[0].1, ProblemKind::DuplicateId { .. }));
    assert!(
        problems[0].2.contains("fastställd version 3"),
        "{}",
        problems[0].2
    );
    assert!(
        problems[0].2.contains("fastställd version 1"),
        "{}",
        problems[0].2
    );
}

#[test]
fn a_version_newer_than_the_plan_is_refused() {
    let problems = problems_after(|v| {
        v["plan"]["versions"][0]["decided_on"] = json!("2019-06-02");
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, Place::parse("plan.versions[0].decided_on"));
    assert!(problems[0].2.contains("2019-06-02"), "{}", problems[0].2);
    let problems = problems_after(|v| {
        v["plan"]["versions"][0]["decided_on"] = json!("maj 2019");
    });
    assert!(matches!(problems[0].1, ProblemKind::NotADate { .. }));
}

#[test]
fn a_version_that_is_not_a_valid_plan_is_refused_where_it_fails() {
    let problems = problems_after(|v| {
        v["plan"]["versions"][0]["plan"]["period"]["end_year"] = json!(2001);
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        problems[0].0,
        Place::parse("plan.versions[0].plan.period.end_year")
    );
    assert!(
        problems[0].2.contains("fastställd version 1"),
        "{}",
        problems[0].2
    );
    let problems = problems_after(|v| {
        let inner = v["plan"]["versions"][0].clone();
        v["plan"]["versions"][0]["plan"]["versions"] = json!([inner]);
    });
    assert!(problems.iter().any(|p| p.1 == ProblemKind::NestedVersions
        && p.0 == Place::parse("plan.versions[0].plan.versions")));
    let problems = problems_after(|v| {
        v["plan"]["versions"][0]["plan"]["initiatives"] = json!("inga");
    });
    assert!(!problems.is_empty());
}

#[test]
fn nothing_is_refused_in_a_consistent_file() {
    assert!(problems_after(|_| {}).is_empty());
}
