//! The yearly follow-up report and the freed-time ledger with recorded redeployment, on
//! hand-made plans whose figures are computed by hand in the comments.

use beredning::core::model::initiative::{
    Benefit, BenefitKind, Estimate, RealisedValue, Stage, TimeBasis,
};
use beredning::core::model::redeployment::{self, RedeploymentInput};
use beredning::core::portfolio::followup_report::{
    follow_up_report, period_years, BenefitClass, Deviation, Missing,
};
use beredning::core::portfolio::freed_time_ledger;
use beredning::core::{Activity, ActivityStatus, Goal, GoalKind, Plan, Redeployment, YearOutcome};

const NOW: &str = "2019-01-01T00:00:00.000Z";

fn goal(id: &str, name: &str, kind: GoalKind) -> Goal {
    Goal {
        id: id.into(),
        name: name.into(),
        kind,
        description: String::new(),
        area_id: None,
    }
}

fn activity(id: &str, goal: Option<&str>, period: &str, status: ActivityStatus) -> Activity {
    let mut a = Activity::new(id.into(), goal.map(str::to_string));
    a.title = format!("Aktivitet {id}");
    a.period = period.into();
    a.status = status;
    a
}

fn outcome(a: &mut Activity, year: i32, text: &str) {
    a.outcomes.push(YearOutcome {
        year,
        text: text.into(),
    });
}

fn realised(b: &mut Benefit, year: i32, value: f64, comment: &str) {
    b.realised.push(RealisedValue {
        year,
        value,
        comment: comment.into(),
    });
}

fn record(id: &str, year: i32, hours: f64) -> Redeployment {
    Redeployment {
        id: id.into(),
        year,
        hours,
        used_for: format!("Användning {id}"),
        initiative_id: None,
    }
}

/// A 2019–2021 plan with two inriktningsmål and an effektmål, default parameters (hourly cost
/// 40 000 / 142 × 1,54 = 433,802 816 9 kr/h) and one initiative in the handlingsplan, starting
/// 2019, with a cash benefit of 100 000 kr a year, 1 000 freed hours a year (half expected to
/// be realised) and a qualitative benefit, all from year 1 (2020).
fn plan() -> Plan {
    let mut p = Plan::blank("p".into(), "Plan", NOW);
    p.period.start_year = 2019;
    p.period.end_year = 2021;
    p.framework.goals = vec![
        goal("g1", "Kompetens", GoalKind::Inriktningsmal),
        goal("g2", "Tillgänglighet", GoalKind::Inriktningsmal),
        goal("e1", "Effekt", GoalKind::Effektmal),
    ];
    let mut i = p.new_initiative("i1".into(), "E-tjänst", NOW);
    i.stage = Stage::Handlingsplan;
    let mut cash = Benefit::new(
        "b-cash".into(),
        "Lägre licenskostnad",
        BenefitKind::Ekonomisk {
            kronor_per_year: Estimate::new(100_000.0),
        },
    );
    cash.owner = "Ekonomichef".into();
    let freed = Benefit::new(
        "b-time".into(),
        "Mindre handläggning",
        BenefitKind::FrigjordTid {
            time: TimeBasis::Hours {
                hours_per_year: Estimate::new(1_000.0),
            },
            realised_share_percent: 50.0,
            use_of_time: "Hembesök".into(),
        },
    );
    let mut quality = Benefit::new(
        "b-q".into(),
        "Nöjdare invånare",
        BenefitKind::Kvalitativ {
            description: "Bättre service".into(),
        },
    );
    quality.owner = "Kvalitetschef".into();
    quality.target = "NKI 75".into();
    i.analysis.benefits = vec![cash, freed, quality];
    p.initiatives.push(i);
    // Another initiative only proposed: never in the follow-up.
    let mut idea = p.new_initiative("i2".into(), "Idé", NOW);
    idea.analysis.benefits = vec![Benefit::new(
        "b-idea".into(),
        "Idé",
        BenefitKind::Ekonomisk {
            kronor_per_year: Estimate::new(9_999.0),
        },
    )];
    p.initiatives.push(idea);
    p
}

fn plan_with_activities() -> Plan {
    let mut p = plan();
    let mut a1 = activity("a1", Some("g1"), "2019", ActivityStatus::Genomford);
    outcome(&mut a1, 2019, "Klart");
    let a2 = activity("a2", Some("g1"), "2019–2020", ActivityStatus::Pagar);
    let mut a3 = activity("a3", Some("g2"), "2019", ActivityStatus::Avbruten);
    outcome(&mut a3, 2019, "Avbröts i maj");
    let a4 = activity("a4", None, "Löpande", ActivityStatus::Pagar);
    let a5 = activity("a5", Some("e1"), "2019", ActivityStatus::Beslutad);
    let a6 = activity("a6", Some("g2"), "2021", ActivityStatus::Ny);
    let a7 = activity(
        "a7",
        Some("gone"),
        "2018–2019 (med fortsättning)",
        ActivityStatus::Ny,
    );
    p.activities = vec![a1, a2, a3, a4, a5, a6, a7];
    p
}

// ---------------------------------------------------------------- ledger

#[test]
fn the_ledger_says_nothing_is_recorded_rather_than_computing_a_share() {
    let mut p = plan();
    realised(&mut p.initiatives[0].analysis.benefits[1], 2020, 800.0, "");
    let l = freed_time_ledger(&p, 2020);
    assert_eq!(l.planned_hours, 1_000.0);
    assert_eq!(l.freed_hours, 800.0);
    // Before, 800 × 50 % = 400 h was shown as redeployed; now nothing is, until recorded.
    assert_eq!(l.redeployed_hours, None);
    assert_eq!(l.realised_kronor, None);
    assert_eq!(l.records, 0);
}

#[test]
fn recorded_redeployment_gives_the_realised_kronor() {
    let mut p = plan();
    realised(&mut p.initiatives[0].analysis.benefits[1], 2020, 800.0, "");
    p.redeployments = vec![
        record("r1", 2020, 120.0),
        record("r2", 2020, 30.0),
        record("r3", 2021, 999.0),
    ];
    let l = freed_time_ledger(&p, 2020);
    assert_eq!(l.redeployed_hours, Some(150.0));
    assert_eq!(l.records, 2);
    // 150 h × 40 000 / 142 × 1,54 = 150 × 433,802 816 9 = 65 070,42 kr.
    let kronor = l.realised_kronor.unwrap_or(f64::NAN);
    assert!((kronor - 65_070.42).abs() < 0.01, "{kronor}");
    // A year with a record of zero hours is recorded: 0, not "nothing recorded".
    p.redeployments.push(record("r4", 2019, 0.0));
    assert_eq!(freed_time_ledger(&p, 2019).redeployed_hours, Some(0.0));
    assert_eq!(freed_time_ledger(&p, 2019).realised_kronor, Some(0.0));
    // A corrupt record (from a file) counts as nothing, never NaN or negative.
    p.redeployments.push(record("r5", 2021, f64::NAN));
    p.redeployments.push(record("r6", 2021, -50.0));
    assert_eq!(freed_time_ledger(&p, 2021).redeployed_hours, Some(999.0));
}

#[test]
fn a_record_is_checked_per_field_added_edited_and_removed() {
    let typed = |hours: &str, used: &str| RedeploymentInput {
        hours: hours.into(),
        used_for: used.into(),
        initiative_id: Some(String::new()),
    };
    let errors = typed("", " ").check("r".into(), 2020).unwrap_err();
    assert!(errors.hours.is_some() && errors.used_for_missing);
    let errors = typed("-5", "Hembesök").check("r".into(), 2020).unwrap_err();
    assert!(errors.hours.is_some() && !errors.used_for_missing);
    let errors = typed("12,5", "").check("r".into(), 2020).unwrap_err();
    assert!(errors.hours.is_none() && errors.used_for_missing);
    let ok = typed("1 234,5", " Hembesök ").check("r".into(), 2020);
    assert_eq!(
        ok,
        Ok(Redeployment {
            id: "r".into(),
            year: 2020,
            hours: 1_234.5,
            used_for: "Hembesök".into(),
            initiative_id: None,
        })
    );

    let mut list = vec![record("a", 2020, 1.0), record("b", 2020, 2.0)];
    redeployment::put(&mut list, record("c", 2021, 3.0));
    redeployment::put(&mut list, record("a", 2020, 10.0));
    assert_eq!(
        list.iter().map(|r| r.hours).collect::<Vec<_>>(),
        vec![10.0, 2.0, 3.0]
    );
    assert_eq!(redeployment::in_year(&list, 2020).count(), 2);
    assert_eq!(
        redeployment::remove(&mut list, "b"),
        Some("Användning b".into())
    );
    assert_eq!(redeployment::remove(&mut list, "b"), None);
    assert_eq!(list.len(), 2);
}

#[test]
fn older_files_without_records_read_as_none_recorded() {
    let text = std::fs::read_to_string("tests/fixtures/plan-v2.json").unwrap_or_default();
    let plan = beredning::core::format::from_json(&text).expect("the v2 fixture reads");
    assert!(plan.redeployments.is_empty());
    let mut p = plan;
    p.redeployments.push(record("r", 2020, 4.0));
    let text = beredning::core::format::to_json(&p, None, false);
    let back = beredning::core::format::from_json(&text).expect("reads back");
    assert_eq!(back.redeployments, p.redeployments);
}

// ---------------------------------------------------------------- report

#[test]
fn periods_are_read_for_their_first_and_last_year() {
    assert_eq!(period_years("2019"), Some((2019, 2019)));
    assert_eq!(
        period_years("2018–2019 (med fortsättning)"),
        Some((2018, 2019))
    );
    assert_eq!(period_years("2021-2019"), Some((2019, 2021)));
    assert_eq!(period_years("Löpande"), None);
    assert_eq!(period_years("v. 12345"), None);
}

#[test]
fn activities_are_grouped_per_inriktningsmal_with_the_years_outcome() {
    let p = plan_with_activities();
    let r = follow_up_report(&p, 2019);
    let shape: Vec<(Option<&str>, Vec<&str>)> = r
        .goals
        .iter()
        .map(|g| {
            (
                g.goal_id.as_deref(),
                g.rows.iter().map(|row| row.activity_id.as_str()).collect(),
            )
        })
        .collect();
    // a6 (2021) is not due in 2019; the effektmål's a5 and a7 (goal gone) and a4 go to Övrigt.
    assert_eq!(
        shape,
        vec![
            (Some("g1"), vec!["a1", "a2"]),
            (Some("g2"), vec!["a3"]),
            (None, vec!["a4", "a5", "a7"]),
        ]
    );
    assert_eq!(r.goals[0].name, "Kompetens");
    assert_eq!(r.goals[0].rows[0].outcome.as_deref(), Some("Klart"));
    assert_eq!(r.goals[0].rows[0].period, "2019");
    assert_eq!(r.goals[0].rows[1].outcome, None);
    // In 2021 a6 is due and shown under its goal.
    let later = follow_up_report(&p, 2021);
    assert!(later
        .goals
        .iter()
        .any(|g| g.rows.iter().any(|row| row.activity_id == "a6")));
}

#[test]
fn a_plan_without_inriktningsmal_groups_by_its_goals() {
    let mut p = plan_with_activities();
    for g in &mut p.framework.goals {
        g.kind = GoalKind::Effektmal;
    }
    let r = follow_up_report(&p, 2019);
    let ids: Vec<Option<&str>> = r.goals.iter().map(|g| g.goal_id.as_deref()).collect();
    assert_eq!(ids, vec![Some("g1"), Some("g2"), Some("e1"), None]);
}

#[test]
fn deviations_name_late_and_stopped_activities_and_benefits_below_target() {
    let mut p = plan_with_activities();
    let b = &mut p.initiatives[0].analysis.benefits;
    realised(&mut b[0], 2020, 80_000.0, "Ett avtal kvar");
    realised(&mut b[1], 2020, 1_200.0, "");
    let r = follow_up_report(&p, 2019);
    let late: Vec<&str> = r
        .deviations
        .iter()
        .filter_map(|d| match d {
            Deviation::Late { title, .. } => Some(title.as_str()),
            _ => None,
        })
        .collect();
    // a1 is Genomförd, a3 Avbruten, a4 has no year, a2 runs to 2020 and a6 to 2021: late in
    // 2019 are a5 (2019, Beslutad) and a7 (2018–2019, Ny).
    assert_eq!(late, vec!["Aktivitet a5", "Aktivitet a7"]);
    assert!(r
        .deviations
        .iter()
        .any(|d| matches!(d, Deviation::Stopped { title, .. } if title == "Aktivitet a3")));
    assert!(
        !r.deviations
            .iter()
            .any(|d| matches!(d, Deviation::BelowTarget { .. })),
        "no benefits expected in 2019"
    );

    let r = follow_up_report(&p, 2020);
    // In 2020 a2 (2019–2020, Pågår) is late as well.
    assert!(r
        .deviations
        .iter()
        .any(|d| matches!(d, Deviation::Late { title, .. } if title == "Aktivitet a2")));
    let below: Vec<(BenefitClass, f64, f64)> = r
        .deviations
        .iter()
        .filter_map(|d| match d {
            Deviation::BelowTarget {
                class,
                expected,
                realised,
                ..
            } => Some((*class, *expected, *realised)),
            _ => None,
        })
        .collect();
    // 80 000 of 100 000 kr is below; 1 200 of 1 000 h is above.
    assert_eq!(below, vec![(BenefitClass::Ekonomisk, 100_000.0, 80_000.0)]);
}

#[test]
fn benefit_realisation_per_class_with_owners_and_what_is_missing() {
    let mut p = plan_with_activities();
    let b = &mut p.initiatives[0].analysis.benefits;
    realised(&mut b[0], 2020, 80_000.0, "");
    realised(&mut b[0], 2020, 90_000.0, "rättat");
    let r = follow_up_report(&p, 2020);
    let classes: Vec<BenefitClass> = r.classes.iter().map(|c| c.class).collect();
    assert_eq!(classes, BenefitClass::ALL.to_vec());
    let cash = &r.classes[0];
    assert_eq!(cash.lines.len(), 1, "the proposed idea is not followed up");
    assert_eq!(
        (cash.expected_total, cash.realised_total),
        (100_000.0, 90_000.0)
    );
    assert_eq!(cash.lines[0].owner, "Ekonomichef");
    assert!(cash.lines[0].missing.is_empty());
    assert_eq!(cash.lines[0].comment, "rättat");
    let time = &r.classes[1];
    assert_eq!((time.expected_total, time.realised_total), (1_000.0, 0.0));
    assert_eq!(
        time.lines[0].missing,
        vec![Missing::Owner, Missing::Outcome]
    );
    let quality = &r.classes[2];
    assert_eq!(quality.lines[0].expected, None, "not priced");
    assert_eq!(quality.lines[0].target, "NKI 75");
    assert_eq!(quality.lines[0].missing, vec![Missing::Outcome]);

    // A described result completes the qualitative benefit; 2019 expects nothing, so no lines.
    realised(
        &mut p.initiatives[0].analysis.benefits[2],
        2020,
        0.0,
        "NKI 78",
    );
    let r = follow_up_report(&p, 2020);
    assert!(r.classes[2].lines[0].missing.is_empty());
    assert_eq!(r.classes[2].lines[0].comment, "NKI 78");
    assert!(follow_up_report(&p, 2019)
        .classes
        .iter()
        .all(|c| c.lines.is_empty()));
}

#[test]
fn the_report_carries_the_ledger_and_the_years_records() {
    let mut p = plan();
    realised(&mut p.initiatives[0].analysis.benefits[1], 2020, 800.0, "");
    let mut r1 = record("r1", 2020, 200.0);
    r1.initiative_id = Some("i1".into());
    let mut r2 = record("r2", 2020, 40.0);
    r2.initiative_id = Some("gone".into());
    p.redeployments = vec![r1, r2, record("r3", 2021, 5.0)];
    let r = follow_up_report(&p, 2020);
    // Planned 1 000 h → freed 800 h → redeployed 240 h → 240 × 433,802 816 9 = 104 112,68 kr.
    assert_eq!(
        (r.ledger.planned_hours, r.ledger.freed_hours),
        (1_000.0, 800.0)
    );
    assert_eq!(r.ledger.redeployed_hours, Some(240.0));
    assert!((r.ledger.realised_kronor.unwrap_or(0.0) - 104_112.68).abs() < 0.01);
    let titles: Vec<(&str, Option<&str>)> = r
        .redeployments
        .iter()
        .map(|(rec, title)| (rec.id.as_str(), title.as_deref()))
        .collect();
    assert_eq!(titles, vec![("r1", Some("E-tjänst")), ("r2", None)]);
}

#[test]
fn an_empty_plan_gives_an_empty_report() {
    let p = Plan::blank("e".into(), "Tom", NOW);
    let r = follow_up_report(&p, 2024);
    assert!(r.goals.is_empty() && r.deviations.is_empty() && r.redeployments.is_empty());
    assert!(r.classes.iter().all(|c| c.lines.is_empty()));
    assert_eq!(r.ledger.redeployed_hours, None);
}
