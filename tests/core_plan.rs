//! Plans, templates, the example plan and number formatting.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use beredning::core::calc::numfmt;
use beredning::core::content::example::{example_plan, EXAMPLE_PLAN_ID, INRIKTNINGSMAL};
use beredning::core::content::templates::{Start, Template};
use beredning::core::model::ids::SequentialIds;
use beredning::core::model::plan::{parse_year, PlanError};
use beredning::core::{ActivityStatus, Organisation, Period, Plan, Stage};
use proptest::prelude::*;

fn goal_names(plan: &Plan) -> Vec<&str> {
    plan.framework
        .goals
        .iter()
        .map(|g| g.name.as_str())
        .collect()
}

#[test]
fn example_has_the_four_inriktningsmal_of_seed_002_in_order() {
    let plan = example_plan();
    assert_eq!(plan.id, EXAMPLE_PLAN_ID);
    assert_eq!(goal_names(&plan), INRIKTNINGSMAL.to_vec());
    assert_eq!(plan.organisation.name, "Region Västmanland");
    assert_eq!((plan.period.start_year, plan.period.end_year), (2019, 2021));
}

#[test]
fn example_activities_are_as_the_document_gives_them() {
    let plan = example_plan();
    let under = |goal: usize| -> Vec<_> {
        let id = &plan.framework.goals[goal].id;
        plan.activities
            .iter()
            .filter(|a| a.goal_id.as_ref() == Some(id))
            .collect()
    };
    // Seed 002: four activities under goal 1, two under goal 2, one under goal 3, three under
    // goal 4; and bilaga 2's seven rows carried over from 2018–2019: two under goal 1, three
    // under goal 2, two under goal 3.
    assert_eq!(under(0).len(), 4 + 2);
    assert_eq!(under(1).len(), 2 + 3);
    assert_eq!(under(2).len(), 1 + 2);
    assert_eq!(under(3).len(), 3);
    let lika = plan
        .activities
        .iter()
        .find(|a| a.title == "Erbjuda kommunövergripande analys av LIKA Skola")
        .unwrap();
    assert_eq!(
        (lika.period.as_str(), lika.responsible.as_str(), lika.status),
        ("2019", "Region Västmanland", ActivityStatus::Ny)
    );
    let broadband = &under(2)[0];
    assert!(broadband
        .title
        .starts_with("Digital informationstjänst om bredband"));
    assert_eq!(broadband.status, ActivityStatus::Pagar);
    let mapping = under(3)
        .into_iter()
        .find(|a| a.title.starts_with("Kartlägga befintliga IT-lösningar"))
        .unwrap();
    assert_eq!(mapping.responsible, "Respektive kommun");
    let conference = under(1)
        .into_iter()
        .find(|a| a.title.starts_with("Arrangera presidiekonferens"))
        .unwrap();
    assert_eq!(
        conference.responsible, "",
        "the document leaves Ansvarig empty"
    );
    let followed_up = plan
        .activities
        .iter()
        .find(|a| !a.outcomes.is_empty())
        .unwrap();
    assert_eq!(followed_up.outcomes[0].year, 2018);
    assert!(followed_up.outcomes[0].text.contains("LIKA Socialtjänst"));
}

#[test]
fn example_initiatives_span_stages_and_carry_figures() {
    let plan = example_plan();
    let stages: BTreeSet<Stage> = plan.initiatives.iter().map(|i| i.stage).collect();
    assert!(stages.len() >= 4, "stages: {stages:?}");
    assert!(plan.initiatives.iter().all(|i| !i.need.problem.is_empty()));
    let with_benefits = plan
        .initiatives
        .iter()
        .filter(|i| !i.analysis.benefits.is_empty())
        .count();
    assert!(with_benefits >= 3);
    let decided = plan
        .initiatives
        .iter()
        .find(|i| !i.decisions.is_empty())
        .unwrap();
    let activity = plan
        .activities
        .iter()
        .find(|a| a.initiative_id.as_deref() == Some(decided.id.as_str()));
    assert!(
        activity.is_some(),
        "the prioritised initiative has its activity"
    );
    let ids: BTreeSet<&str> = plan.initiatives.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        plan.initiatives.len(),
        "initiative ids are unique"
    );
}

#[test]
fn example_is_the_same_every_time() {
    assert_eq!(example_plan(), example_plan());
}

#[test]
fn templates_give_their_goals_and_the_default_criteria() {
    let mut ids = SequentialIds::new("t");
    let national = Template::NationalStrategy.create(&mut ids, "N", "now");
    assert_eq!(
        goal_names(&national),
        [
            "Digital kompetens",
            "Digital trygghet",
            "Digital innovation",
            "Digital ledning",
            "Digital infrastruktur"
        ]
    );
    let vm = Template::Vastmanland.create(&mut ids, "V", "now");
    assert_eq!(
        goal_names(&vm),
        [
            "Ökad tillgänglighet",
            "Ökad resurseffektivitet",
            "Ökad kvalitet",
            "Ökad förmåga till insikter, analys och kunskapsbildning"
        ]
    );
    let blank = Template::Blank.create(&mut ids, "B", "now");
    assert!(blank.framework.goals.is_empty());
    for plan in [&national, &vm, &blank] {
        let names: Vec<_> = plan
            .framework
            .criteria
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Angelägenhet",
                "Genomförbarhet",
                "Nytta",
                "Kostnad",
                "Strategisk koppling"
            ]
        );
        assert!(plan
            .framework
            .criteria
            .iter()
            .all(|c| c.rubric.len() == 5 && c.weight > 0.0));
    }
    assert_ne!(national.id, vm.id);
}

#[test]
fn start_keys_round_trip_and_example_copy_gets_a_new_id() {
    for start in Start::ALL {
        assert_eq!(Start::from_key(start.key()), Some(start));
    }
    let mut ids = SequentialIds::new("n");
    let copy = Start::ExampleCopy.create(
        &mut ids,
        "Vår kopia",
        Organisation::default(),
        Period::starting(2025),
        "now",
    );
    assert_ne!(copy.id, EXAMPLE_PLAN_ID);
    assert_eq!(copy.name, "Vår kopia");
    assert_eq!(copy.organisation.name, "Region Västmanland");
    assert_eq!(
        copy.initiatives,
        example_plan().initiatives,
        "inner ids are kept for a later merge"
    );
    let blank = Start::Template(Template::Blank).create(
        &mut ids,
        "Tom",
        Organisation {
            name: "Sala kommun".into(),
            ..Default::default()
        },
        Period::starting(2026),
        "now",
    );
    assert_eq!(
        (blank.organisation.name.as_str(), blank.period.end_year),
        ("Sala kommun", 2028)
    );
}

#[test]
fn rename_trims_and_refuses_empty() {
    let mut plan = example_plan();
    assert_eq!(plan.rename("   ", "t1"), Err(PlanError::EmptyName));
    assert_eq!(plan.name, example_plan().name);
    plan.rename("  Ny plan ", "t2").unwrap();
    assert_eq!(
        (plan.name.as_str(), plan.modified.as_str()),
        ("Ny plan", "t2")
    );
}

#[test]
fn duplicate_gets_new_identity_and_forgets_export() {
    let mut plan = example_plan();
    plan.last_exported = Some("x".into());
    let copy = plan.duplicate(&mut SequentialIds::new("d"), "Kopia", "t");
    assert_eq!(
        (
            copy.id.as_str(),
            copy.name.as_str(),
            copy.last_exported.as_deref()
        ),
        ("d-1", "Kopia", None)
    );
    assert_eq!(copy.initiatives, plan.initiatives);
}

#[test]
fn years_and_periods_are_checked_per_field() {
    assert_eq!(parse_year(" 2024 "), Ok(2024));
    assert_eq!(parse_year("20x4"), Err(PlanError::YearInvalid));
    assert_eq!(parse_year("1999"), Err(PlanError::YearInvalid));
    assert_eq!(
        Period::parse("2024", "2026"),
        Ok(Period {
            start_year: 2024,
            end_year: 2026
        })
    );
    assert_eq!(
        Period::parse("2026", "2024"),
        Err((None, Some(PlanError::YearOrder)))
    );
    assert_eq!(
        Period::parse("x", ""),
        Err((Some(PlanError::YearInvalid), Some(PlanError::YearInvalid)))
    );
}

#[test]
fn swedish_number_format() {
    assert_eq!(numfmt::kronor(1_234_567.4), "1\u{a0}234\u{a0}567\u{a0}kr");
    assert_eq!(numfmt::kronor(-300_000.0), "\u{2212}300\u{a0}000\u{a0}kr");
    assert_eq!(numfmt::kronor(-0.2), "0\u{a0}kr");
    assert_eq!(numfmt::percent(3.5, 2), "3,5\u{a0}%");
    assert_eq!(numfmt::percent(3.0, 2), "3\u{a0}%");
    assert_eq!(numfmt::decimal(1.54, 4), "1,54");
    assert_eq!(numfmt::number(433.8028, 2), "433,80");
    assert_eq!(numfmt::number(f64::NAN, 0), "–");
    assert_eq!(numfmt::number(999.0, 0), "999");
    assert_eq!(numfmt::number(1000.0, 0), "1\u{a0}000");
}

proptest! {
    #[test]
    fn grouped_numbers_read_back(value in -1.0e12f64..1.0e12) {
        let text = numfmt::number(value, 2).replace('\u{a0}', "").replace('\u{2212}', "-").replace(',', ".");
        let back: f64 = text.parse().unwrap();
        prop_assert!((back - value).abs() <= 0.005 + value.abs() * 1e-12);
    }

    #[test]
    fn period_parse_never_panics(a in ".{0,8}", b in ".{0,8}") {
        if let Ok(p) = Period::parse(&a, &b) {
            prop_assert!(p.start_year <= p.end_year);
        }
    }
}
