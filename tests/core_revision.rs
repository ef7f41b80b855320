//! Revising a plan into next year's plan: every carry-over rule, on hand-made plans.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use beredning::core::format::{from_json, to_json};
use beredning::core::model::initiative::{
    Benefit, BenefitKind, Decision, DecisionOutcome, Estimate, RealisedValue,
};
use beredning::core::model::FixedVersion;
use beredning::core::portfolio::activity_groups::{
    activity_groups, all_status_counts, closed_in_previous_plans, handlingsplan_groups,
    status_counts,
};
use beredning::core::workflow::revision::{
    confirm_params_reviewed, next_period, revise_into_next_year, revised_name, RevisionError,
};
use beredning::core::workflow::walkthrough::record_decision;
use beredning::core::{
    Activity, ActivityStatus, Goal, GoalKind, Initiative, Period, Plan, Stage, YearOutcome,
};

const THEN: &str = "2019-03-01T08:00:00.000Z";
const NOW: &str = "2020-02-10T09:00:00.000Z";

fn activity(id: &str, goal: Option<&str>, status: ActivityStatus, outcome: &str) -> Activity {
    Activity {
        title: format!("Aktivitet {id}"),
        period: "2019".into(),
        responsible: "Regionen".into(),
        status,
        outcomes: vec![YearOutcome {
            year: 2019,
            text: outcome.into(),
        }],
        ..Activity::new(id.into(), goal.map(Into::into))
    }
}

/// A 2019–2021 plan followed up for 2019: one goal, an activity of each status (two outside the
/// goals), an initiative in follow-up with a realised value and one still in analysis.
fn plan() -> Plan {
    let mut plan = Plan::blank("old".into(), "Handlingsplan 2019–2021", THEN);
    plan.period = Period {
        start_year: 2019,
        end_year: 2021,
    };
    plan.last_exported = Some(THEN.into());
    plan.framework.goals.push(Goal {
        id: "g1".into(),
        name: "Främja samverkan".into(),
        kind: GoalKind::Inriktningsmal,
        description: String::new(),
        area_id: None,
    });
    plan.framework.lens = Some("lens-2017".into());
    plan.params.monthly_salary.value = 41_000.0;
    plan.activities = vec![
        activity("a-ny", Some("g1"), ActivityStatus::Ny, ""),
        activity(
            "a-besl",
            Some("g1"),
            ActivityStatus::Beslutad,
            "Beslutad i KS",
        ),
        activity("a-pag", None, ActivityStatus::Pagar, "Halvvägs"),
        activity(
            "a-klar",
            Some("g1"),
            ActivityStatus::Genomford,
            "Klart i oktober",
        ),
        activity(
            "a-avbr",
            None,
            ActivityStatus::Avbruten,
            "Ersatt av nationell tjänst",
        ),
    ];
    let mut followed = Initiative::new("i-follow".into(), "E-arkiv", THEN);
    followed.stage = Stage::Uppfoljning;
    followed.start_year = 2019;
    let mut benefit = Benefit::new(
        "b1".into(),
        "Lägre arkivkostnad",
        BenefitKind::Ekonomisk {
            kronor_per_year: Estimate::new(100_000.0),
        },
    );
    benefit.realised.push(RealisedValue {
        year: 2019,
        value: 80_000.0,
        comment: "Första året".into(),
    });
    followed.analysis.benefits.push(benefit);
    let mut analysed = Initiative::new("i-analys".into(), "Chattbot", THEN);
    analysed.stage = Stage::Analys;
    analysed.start_year = 2020;
    plan.initiatives = vec![followed, analysed];
    plan
}

fn revised() -> Plan {
    revise_into_next_year(&plan(), "new".into(), NOW).expect("2019–2021 can be revised")
}

fn ids(groups: &[beredning::core::portfolio::activity_groups::ActivityGroup]) -> Vec<&str> {
    groups
        .iter()
        .flat_map(|g| g.activity_ids.iter().map(String::as_str))
        .collect()
}

#[test]
fn the_period_moves_one_year_on_and_keeps_its_length() {
    let new = revised();
    assert_eq!((new.period.start_year, new.period.end_year), (2020, 2022));
    let two_years = Period {
        start_year: 2018,
        end_year: 2019,
    };
    assert_eq!(
        next_period(two_years).map(|p| (p.start_year, p.end_year)),
        Ok((2019, 2020))
    );
}

#[test]
fn initiatives_keep_their_start_years_so_amounts_stay_in_their_calendar_years() {
    let new = revised();
    let starts: Vec<i32> = new.initiatives.iter().map(|i| i.start_year).collect();
    assert_eq!(starts, vec![2019, 2020]);
}

#[test]
fn a_period_past_2100_is_refused() {
    let mut old = plan();
    old.period = Period {
        start_year: 2099,
        end_year: 2100,
    };
    assert_eq!(
        revise_into_next_year(&old, "new".into(), NOW),
        Err(RevisionError::PastLastYear)
    );
}

#[test]
fn the_new_plan_has_its_own_id_and_times_and_is_not_yet_exported() {
    let new = revised();
    assert_eq!(new.id, "new");
    assert_eq!((new.created.as_str(), new.modified.as_str()), (NOW, NOW));
    assert_eq!(new.last_exported, None);
    assert_eq!(new.name, "Handlingsplan 2019–2021", "the caller names it");
}

#[test]
fn framework_lens_criteria_organisation_and_parameters_are_the_same() {
    let (old, new) = (plan(), revised());
    assert_eq!(new.framework, old.framework);
    assert_eq!(new.framework.lens.as_deref(), Some("lens-2017"));
    assert_eq!(new.params, old.params);
    assert_eq!(new.organisation, old.organisation);
}

#[test]
fn parameters_are_flagged_with_the_year_they_were_set_for_until_confirmed() {
    let mut new = revised();
    assert_eq!(new.params_to_review, Some(2019));
    // Revised again without going through them: they still date from 2019.
    let again = revise_into_next_year(&new, "newer".into(), NOW).expect("revisable");
    assert_eq!(again.params_to_review, Some(2019));
    confirm_params_reviewed(&mut new, "2020-02-11T09:00:00.000Z");
    assert_eq!(new.params_to_review, None);
    assert_eq!(new.modified, "2020-02-11T09:00:00.000Z");
    let after_review = revise_into_next_year(&new, "newer".into(), NOW).expect("revisable");
    assert_eq!(after_review.params_to_review, Some(2020));
}

#[test]
fn open_activities_are_carried_over_with_their_history() {
    let (old, new) = (plan(), revised());
    for id in ["a-ny", "a-besl", "a-pag"] {
        let before = old
            .activities
            .iter()
            .find(|a| a.id == id)
            .expect("in the old plan");
        let after = new
            .activities
            .iter()
            .find(|a| a.id == id)
            .expect("carried over");
        assert_eq!(after, before, "{id} is carried over unchanged");
        assert!(after.in_handlingsplan());
    }
    let shown = handlingsplan_groups(&new);
    assert_eq!(ids(&shown), vec!["a-ny", "a-besl", "a-pag"]);
}

#[test]
fn closed_activities_stay_in_the_follow_up_record_but_leave_the_handlingsplan() {
    let new = revised();
    for (id, status, outcome) in [
        ("a-klar", ActivityStatus::Genomford, "Klart i oktober"),
        (
            "a-avbr",
            ActivityStatus::Avbruten,
            "Ersatt av nationell tjänst",
        ),
    ] {
        let a = new.activities.iter().find(|a| a.id == id).expect("kept");
        assert!(a.closed_in_previous_plan, "{id} is marked");
        assert!(!a.in_handlingsplan());
        assert_eq!(a.status, status);
        assert_eq!(a.outcomes[0].text, outcome);
    }
    assert_eq!(
        (
            closed_in_previous_plans(&plan()),
            closed_in_previous_plans(&new)
        ),
        (0, 2)
    );
    let (record, shown) = (activity_groups(&new), handlingsplan_groups(&new));
    assert_eq!(
        ids(&record),
        vec!["a-ny", "a-besl", "a-klar", "a-pag", "a-avbr"]
    );
    let plan_ids = ids(&shown);
    assert!(!plan_ids.contains(&"a-klar") && !plan_ids.contains(&"a-avbr"));
}

#[test]
fn status_counts_are_the_new_handlingsplan_s() {
    let (old, new) = (plan(), revised());
    let count = |p: &Plan, s: ActivityStatus| {
        all_status_counts(p)
            .into_iter()
            .find(|(x, _)| *x == s)
            .map(|(_, n)| n)
    };
    assert_eq!(count(&old, ActivityStatus::Genomford), Some(1));
    assert_eq!(count(&new, ActivityStatus::Genomford), Some(0));
    assert_eq!(count(&new, ActivityStatus::Avbruten), Some(0));
    assert_eq!(count(&new, ActivityStatus::Pagar), Some(1));
    let shown: Vec<ActivityStatus> = status_counts(&new).into_iter().map(|(s, _)| s).collect();
    assert_eq!(
        shown,
        vec![
            ActivityStatus::Ny,
            ActivityStatus::Beslutad,
            ActivityStatus::Pagar
        ]
    );
}

#[test]
fn initiatives_are_carried_over_in_their_stage_with_realised_values() {
    let (old, new) = (plan(), revised());
    assert_eq!(new.initiatives, old.initiatives);
    let followed = new.initiative("i-follow").expect("same id");
    assert_eq!(followed.stage, Stage::Uppfoljning);
    assert_eq!(followed.analysis.benefits[0].realised[0].value, 80_000.0);
    assert_eq!(
        new.initiative("i-analys").map(|i| i.stage),
        Some(Stage::Analys)
    );
}

#[test]
fn the_new_plan_names_the_plan_it_was_revised_from() {
    let new = revised();
    let from = new.revised_from.expect("set");
    assert_eq!(from.plan_id, "old");
    assert_eq!(from.name, "Handlingsplan 2019–2021");
    assert_eq!((from.period.start_year, from.period.end_year), (2019, 2021));
    assert_eq!(
        from.version_id, None,
        "the old plan had no fastställd version"
    );
}

#[test]
fn the_old_plan_is_unchanged() {
    let old = plan();
    let _ = revise_into_next_year(&old, "new".into(), NOW);
    assert_eq!(old, plan());
}

#[test]
fn a_name_with_the_old_period_gets_the_new_one() {
    let old = Period {
        start_year: 2019,
        end_year: 2021,
    };
    let new = Period {
        start_year: 2020,
        end_year: 2022,
    };
    assert_eq!(
        revised_name("Handlingsplan 2019–2021", old, new).as_deref(),
        Some("Handlingsplan 2020–2022")
    );
    assert_eq!(
        revised_name("Plan 2019-2021 (utkast)", old, new).as_deref(),
        Some("Plan 2020-2022 (utkast)")
    );
    assert_eq!(revised_name("Digital agenda", old, new), None);
    assert_eq!(revised_name("Plan 2018–2021", old, new), None);
}

#[test]
fn revising_twice_keeps_what_the_first_revision_closed() {
    let mut new = revised();
    if let Some(a) = new.activities.iter_mut().find(|a| a.id == "a-pag") {
        a.status = ActivityStatus::Genomford;
    }
    let third = revise_into_next_year(&new, "third".into(), NOW).expect("revisable");
    assert_eq!(
        (third.period.start_year, third.period.end_year),
        (2021, 2023)
    );
    let shown = handlingsplan_groups(&third);
    assert_eq!(ids(&shown), vec!["a-ny", "a-besl"]);
    assert_eq!(
        activity_groups(&third)
            .iter()
            .map(|g| g.activity_ids.len())
            .sum::<usize>(),
        5
    );
    assert_eq!(
        third.revised_from.map(|f| f.plan_id).as_deref(),
        Some("new")
    );
}

#[test]
fn the_revision_travels_in_the_file_and_older_files_read_as_not_revised() {
    let new = revised();
    let back = from_json(&to_json(&new, None, false)).expect("readable");
    assert_eq!(back, new);
    let plain = to_json(&plan(), None, false);
    assert!(
        !plain.contains("closed_in_previous_plan"),
        "absent when false"
    );
    assert!(!plain.contains("revised_from") && !plain.contains("params_to_review"));
    let old = from_json(&plain).expect("readable");
    assert_eq!(old.revised_from, None);
    assert!(old.activities.iter().all(Activity::in_handlingsplan));
}

#[test]
fn prioritising_again_adds_an_activity_instead_of_reopening_a_closed_one() {
    let mut new = revised();
    if let Some(a) = new.activities.iter_mut().find(|a| a.id == "a-klar") {
        a.initiative_id = Some("i-analys".into());
    }
    if let Some(i) = new.initiative_mut("i-analys") {
        i.need.verified = true;
        i.analysis.owner = "Hälso- och sjukvården".into();
        i.analysis.financing_plan = "Ur driftbudgeten".into();
        i.analysis.goal_ids = vec!["g1".into()];
    }
    let decision = Decision {
        id: "d1".into(),
        outcome: DecisionOutcome::Prioriterad,
        date: "2020-03-01".into(),
        forum: "Ledningsgruppen".into(),
        reason: String::new(),
        responsible: "Regionen".into(),
        period: "2020".into(),
        budget: None,
    };
    record_decision(&mut new, "i-analys", decision, "a-new".into()).expect("recorded");
    let klar = new
        .activities
        .iter()
        .find(|a| a.id == "a-klar")
        .expect("kept");
    assert_eq!(
        (klar.status, klar.period.as_str()),
        (ActivityStatus::Genomford, "2019")
    );
    let added = new
        .activities
        .iter()
        .find(|a| a.id == "a-new")
        .expect("added");
    assert!(added.in_handlingsplan());
    assert_eq!(added.status, ActivityStatus::Beslutad);
}

#[test]
fn the_fixed_versions_travel_with_the_new_plan_which_names_the_latest() {
    let mut old = plan();
    for (id, day) in [("v1", "2019-05-12"), ("v2", "2019-11-20")] {
        let mut decided = plan();
        decided.versions.clear();
        old.versions.push(FixedVersion {
            id: id.into(),
            decided_on: day.into(),
            forum: "Regionala ledningsgruppen".into(),
            reference: format!("RLG {day}"),
            note: String::new(),
            plan: Arc::new(decided),
        });
    }
    let new = revise_into_next_year(&old, "new".into(), NOW).expect("revisable");
    assert_eq!(new.versions, old.versions);
    assert!(
        Arc::ptr_eq(&new.versions[1].plan, &old.versions[1].plan),
        "shared, not copied"
    );
    assert_eq!(
        new.revised_from.and_then(|f| f.version_id).as_deref(),
        Some("v2")
    );
}
