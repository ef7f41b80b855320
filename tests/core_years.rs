//! Calculations that follow each initiative's own years: its start year, its running cost's
//! first and last year, calendar years in the yearly table and the follow-up, a revised plan,
//! and the discounting convention of docs/domain.md §5.6. Figures are computed by hand (and
//! checked with Python) in the comments.
#![cfg(not(target_arch = "wasm32"))]

use beredning::core::calc::base_year::{base_year, in_plan, shift_factor};
use beredning::core::calc::{cash_flow, investment_by_year, Variant};
use beredning::core::format::{self, migrations::initiative_years};
use beredning::core::model::initiative::{
    Benefit, BenefitKind, Estimate, Initiative, Investment, TimeBasis,
};
use beredning::core::model::YearError;
use beredning::core::portfolio::{expected_in_year, totals};
use beredning::core::{Decision, Plan};
use serde_json::{json, Value};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

/// The worked example of docs/domain.md §5.11: 2 000 cases × 15 minutes, fully realised,
/// 300 000 kr in year 0, benefit in years 1–5, no running cost.
fn worked_example(start_year: i32) -> Initiative {
    let mut i = Initiative::new("i".into(), "Signering", "2024-01-01");
    i.start_year = start_year;
    let mut b = Benefit::new(
        "b".into(),
        "Tid",
        BenefitKind::FrigjordTid {
            time: TimeBasis::Cases {
                cases_per_year: Estimate::new(2_000.0),
                minutes_per_case: Estimate::new(15.0),
            },
            realised_share_percent: 100.0,
            use_of_time: String::new(),
        },
    );
    b.first_year = 1;
    b.last_year = 5;
    i.analysis.benefits = vec![b];
    i.analysis.costs.investments = vec![Investment {
        year: 0,
        amount: Estimate::new(300_000.0),
    }];
    i
}

/// A plan for 2019–2021 (r = 3 %, horizon 5) holding `initiatives`, all prioritised so that the
/// follow-up counts them.
fn plan(initiatives: Vec<Initiative>) -> Plan {
    let mut plan = Plan::blank("p".into(), "Plan", "2024-01-01");
    plan.period.start_year = 2019;
    plan.period.end_year = 2021;
    plan.initiatives = initiatives
        .into_iter()
        .map(|mut i| {
            i.decisions.push(Decision {
                id: "d".into(),
                outcome: beredning::core::model::initiative::DecisionOutcome::Prioriterad,
                date: "2019-02-01".into(),
                forum: String::new(),
                reason: String::new(),
                responsible: String::new(),
                period: String::new(),
                budget: None,
            });
            i
        })
        .collect();
    plan
}

const WORKED_NPV: f64 = 693_344.94;

#[test]
fn the_worked_example_holds_when_the_initiative_starts_in_the_plans_first_year() {
    let p = plan(vec![worked_example(2019)]);
    let flow = in_plan(&p, &p.initiatives[0], Variant::Expected);
    assert!(close(flow.npv, WORKED_NPV, 0.01), "{}", flow.npv);
    assert_eq!(flow.payback_year, Some(2));
    assert_eq!(flow.discounted_to, 2019);
    let years: Vec<i32> = flow.rows.iter().map(|r| r.calendar_year).collect();
    assert_eq!(years, vec![2019, 2020, 2021, 2022, 2023, 2024]);
}

#[test]
fn a_later_start_keeps_the_npv_at_its_own_start_and_is_discounted_to_the_base_year() {
    let p = plan(vec![worked_example(2019), worked_example(2021)]);
    let later = &p.initiatives[1];
    // At its own start (year 0 = 2021) the figures are the worked example's.
    let own = cash_flow(later, &p.params, Variant::Expected);
    assert!(close(own.npv, WORKED_NPV, 0.01), "{}", own.npv);
    assert_eq!(own.discounted_to, 2021);
    assert_eq!(own.payback_year, Some(2));
    // In the plan, two years later than the base year 2019: 693 344,94 / 1,03² = 653 544,10.
    let shown = in_plan(&p, later, Variant::Expected);
    assert_eq!(base_year(&p), 2019);
    assert_eq!(shown.discounted_to, 2019);
    assert!(close(shown.npv, 653_544.10, 0.01), "{}", shown.npv);
    // The present values in the table add up to the NPV shown, and the first row is 2021's.
    let sum: f64 = shown.rows.iter().map(|r| r.present_value).sum();
    assert!(close(sum, shown.npv, 1e-6));
    assert_eq!(shown.rows[0].calendar_year, 2021);
    assert!(close(
        shown.rows[0].present_value,
        -300_000.0 / 1.0609,
        1e-6
    ));
    // The ratio of discounted benefits to costs does not depend on the year discounted to.
    let ratio = |f: &beredning::core::calc::CashFlow| f.benefit_cost_ratio.unwrap_or(f64::NAN);
    assert!(close(ratio(&own), ratio(&shown), 1e-12));
    assert!(close(ratio(&own), 993_344.94 / 300_000.0, 1e-6));
}

#[test]
fn shifting_to_an_earlier_or_later_year_discounts_or_compounds() {
    assert!(close(shift_factor(3.0, 2021, 2019), 1.0 / 1.0609, 1e-12));
    assert!(close(shift_factor(3.0, 2019, 2020), 1.03, 1e-12));
    assert_eq!(shift_factor(3.0, 2020, 2020), 1.0);
    // A meaningless rate leaves the figures where they are.
    assert_eq!(shift_factor(-100.0, 2025, 2019), 1.0);
    assert_eq!(shift_factor(f64::NAN, 2025, 2019), 1.0);
}

#[test]
fn the_running_cost_counts_only_from_its_first_to_its_last_year() {
    let mut i = Initiative::new("i".into(), "Drift", "2024-01-01");
    i.start_year = 2020;
    i.analysis.costs.running_per_year = Estimate::new(10_000.0);
    i.analysis.costs.running_first_year = 2;
    i.analysis.costs.running_last_year = 3;
    let p = plan(vec![i]);
    let flow = cash_flow(&p.initiatives[0], &p.params, Variant::Expected);
    let running: Vec<f64> = flow.rows.iter().map(|r| r.running_cost).collect();
    assert_eq!(running, vec![0.0, 0.0, 10_000.0, 10_000.0, 0.0, 0.0]);
    // −10 000 / 1,03² − 10 000 / 1,03³ = −18 577,38 at the start year 2020.
    assert!(close(flow.npv, -18_577.38, 0.01), "{}", flow.npv);
    // A last year past the horizon is cut at the horizon (year 5).
    let mut long = p.initiatives[0].clone();
    long.analysis.costs.running_last_year = 40;
    let flow = cash_flow(&long, &p.params, Variant::Expected);
    assert_eq!(flow.rows.len(), 6);
    assert_eq!(flow.rows[5].running_cost, 10_000.0);
}

#[test]
fn investment_by_year_gives_each_calendar_years_costs() {
    let mut i = worked_example(2020);
    i.analysis.costs.investments.push(Investment {
        year: 2,
        amount: Estimate {
            expected: 50_000.0,
            low: None,
            high: Some(80_000.0),
        },
    });
    i.analysis.costs.running_per_year = Estimate::new(5_000.0);
    i.analysis.costs.running_first_year = 1;
    i.analysis.costs.running_last_year = 2;
    let p = plan(vec![i]);
    let years = investment_by_year(&p.initiatives[0], &p.params, Variant::Expected);
    let rows: Vec<(i32, f64, f64)> = years
        .iter()
        .map(|y| (y.calendar_year, y.investment, y.running_cost))
        .collect();
    assert_eq!(
        rows,
        vec![
            (2020, 300_000.0, 0.0),
            (2021, 0.0, 5_000.0),
            (2022, 50_000.0, 5_000.0),
            (2023, 0.0, 0.0),
            (2024, 0.0, 0.0),
            (2025, 0.0, 0.0),
        ]
    );
    // The low case takes the high cost, as the cash flow does.
    let low = investment_by_year(&p.initiatives[0], &p.params, Variant::Low);
    assert_eq!(low[2].investment, 80_000.0);
    // The cash flow's rows agree with it year by year.
    let flow = cash_flow(&p.initiatives[0], &p.params, Variant::Expected);
    for (row, y) in flow.rows.iter().zip(&years) {
        assert_eq!(
            (row.calendar_year, row.investment, row.running_cost),
            (y.calendar_year, y.investment, y.running_cost)
        );
    }
}

#[test]
fn follow_up_years_line_up_with_the_initiatives_own_years() {
    // Benefit in years 1–5 of an initiative starting 2020: expected 2021–2025.
    let p = plan(vec![worked_example(2020)]);
    let i = &p.initiatives[0];
    let b = &i.analysis.benefits[0];
    assert_eq!(expected_in_year(&p, i, b, 2020), None);
    assert!(close(
        expected_in_year(&p, i, b, 2021).unwrap_or(f64::NAN),
        500.0,
        1e-9
    ));
    assert!(expected_in_year(&p, i, b, 2025).is_some());
    assert_eq!(expected_in_year(&p, i, b, 2026), None, "past the horizon");
    assert_eq!(totals(&p, 2020).expected_freed_hours, 0.0);
    assert!(close(totals(&p, 2025).expected_freed_hours, 500.0, 1e-9));
}

#[test]
fn a_revised_plan_keeps_every_initiatives_figures_in_their_calendar_years() {
    let before = plan(vec![worked_example(2019), worked_example(2020)]);
    let mut after = before.clone();
    after.period.start_year = 2020;
    after.period.end_year = 2022;
    for (old, new) in before.initiatives.iter().zip(&after.initiatives) {
        let a = in_plan(&before, old, Variant::Expected);
        let b = in_plan(&after, new, Variant::Expected);
        let years = |f: &beredning::core::calc::CashFlow| {
            f.rows
                .iter()
                .map(|r| (r.calendar_year, r.net))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            years(&a),
            years(&b),
            "same amounts in the same calendar years"
        );
        // Only the base year moved, one year later: every present value compounds by 1,03.
        assert!(close(b.npv, a.npv * 1.03, 1e-6));
        let b_first = &before.initiatives[0].analysis.benefits[0];
        for year in 2019..=2026 {
            assert_eq!(
                expected_in_year(&before, old, b_first, year),
                expected_in_year(&after, new, b_first, year)
            );
        }
    }
    // The initiative that started in the old first year now starts before the new period, and
    // is worth its own-start NPV compounded one year: 693 344,94 × 1,03 = 714 145,29.
    let moved = in_plan(&after, &after.initiatives[0], Variant::Expected);
    assert!(close(moved.npv, 714_145.29, 0.01), "{}", moved.npv);
}

#[test]
fn a_start_year_is_set_only_within_the_plans_period() {
    let mut p = plan(vec![worked_example(2019)]);
    assert_eq!(p.set_start_year("i", "2021", "t1"), Ok(2021));
    assert_eq!(p.initiatives[0].start_year, 2021);
    assert_eq!(p.initiatives[0].modified, "t1");
    let kept = p.clone();
    for (text, error) in [
        (
            "2018",
            YearError::OutsidePeriod {
                first: 2019,
                last: 2021,
            },
        ),
        (
            "2022",
            YearError::OutsidePeriod {
                first: 2019,
                last: 2021,
            },
        ),
        ("tjugo", YearError::NotAYear),
        ("", YearError::NotAYear),
        ("2020,5", YearError::NotAYear),
    ] {
        assert_eq!(p.set_start_year("i", text, "t2"), Err(error), "{text:?}");
        assert_eq!(p, kept, "a refused year changes nothing: {text:?}");
    }
    assert_eq!(p.set_start_year("gone", "2020", "t2"), Err(YearError::Gone));
    assert_eq!(p, kept);
}

#[test]
fn running_cost_years_are_set_only_within_the_horizon_and_in_order() {
    let mut p = plan(vec![worked_example(2019)]);
    p.initiatives[0].analysis.costs.running_first_year = 1;
    p.initiatives[0].analysis.costs.running_last_year = 5;
    assert_eq!(p.set_running_first_year("i", "2", "t1"), Ok(2));
    assert_eq!(p.set_running_last_year("i", "4", "t1"), Ok(4));
    let kept = p.clone();
    let horizon = YearError::OutsideHorizon { horizon: 5 };
    assert_eq!(p.set_running_last_year("i", "6", "t2"), Err(horizon));
    assert_eq!(p.set_running_first_year("i", "6", "t2"), Err(horizon));
    assert_eq!(p.set_running_first_year("i", "-1", "t2"), Err(horizon));
    assert_eq!(
        p.set_running_first_year("i", "5", "t2"),
        Err(YearError::FirstAfterLast { last: 4 })
    );
    assert_eq!(
        p.set_running_last_year("i", "1", "t2"),
        Err(YearError::LastBeforeFirst { first: 2 })
    );
    assert_eq!(
        p.set_running_last_year("i", "tre", "t2"),
        Err(YearError::NotAYear)
    );
    assert_eq!(p, kept, "refused years change nothing");
    let costs = &p.initiatives[0].analysis.costs;
    assert_eq!((costs.running_first_year, costs.running_last_year), (2, 4));
}

#[test]
fn a_new_initiative_starts_in_the_plans_first_year_and_pays_running_costs_to_the_horizon() {
    let mut p = plan(Vec::new());
    p.params.horizon_years.value = 8;
    let i = p.new_initiative("n".into(), "Ny", "t");
    assert_eq!(i.start_year, 2019);
    assert_eq!(
        (
            i.analysis.costs.running_first_year,
            i.analysis.costs.running_last_year
        ),
        (1, 8)
    );
}

#[test]
fn the_example_plan_has_initiatives_starting_after_its_first_year() {
    let p = beredning::core::content::example::example_plan();
    let later: Vec<i32> = p
        .initiatives
        .iter()
        .map(|i| i.start_year)
        .filter(|y| *y > p.period.start_year)
        .collect();
    assert!(!later.is_empty());
    assert!(p
        .initiatives
        .iter()
        .all(|i| (p.period.start_year..=p.period.end_year).contains(&i.start_year)));
}

fn migrated(text: &str) -> Plan {
    format::from_json(text).expect("the fixture reads")
}

#[test]
fn older_plans_start_in_their_first_year_and_pay_running_costs_to_the_horizon() {
    for text in [
        include_str!("fixtures/plan-v1.json"),
        include_str!("fixtures/plan-v2.json"),
    ] {
        let p = migrated(text);
        let i = &p.initiatives[0];
        // Period 2024–2026, horizon 6.
        assert_eq!(i.start_year, 2024);
        let costs = &i.analysis.costs;
        assert_eq!((costs.running_first_year, costs.running_last_year), (1, 6));
        // As before the change: 20 000 kr a year from year 1 (2025) to the horizon (2030).
        let rows = investment_by_year(i, &p.params, Variant::Expected);
        let running: Vec<(i32, f64)> = rows
            .iter()
            .map(|y| (y.calendar_year, y.running_cost))
            .collect();
        assert_eq!(
            running,
            (2024..=2030)
                .map(|y| (y, if y == 2024 { 0.0 } else { 20_000.0 }))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_migration_keeps_what_is_there_and_fills_in_what_is_missing() {
    let doc = json!({
        "plan": {
            "period": {"start_year": 2030, "end_year": 2032},
            "params": {"horizon_years": {"value": 7}},
            "initiatives": [
                {"id": "a"},
                {"id": "b", "start_year": 2031, "analysis": {"costs": {"running_last_year": 3}}},
                "not an object"
            ]
        }
    });
    let out = initiative_years(doc).expect("migrates");
    let a = &out["plan"]["initiatives"][0];
    assert_eq!(a["start_year"], 2030);
    assert_eq!(a["analysis"]["costs"]["running_first_year"], 1);
    assert_eq!(a["analysis"]["costs"]["running_last_year"], 7);
    let b = &out["plan"]["initiatives"][1];
    assert_eq!(b["start_year"], 2031);
    assert_eq!(b["analysis"]["costs"]["running_last_year"], 3);
    assert_eq!(out["plan"]["initiatives"][2], "not an object");
    // Without a period or horizon, a blank plan's defaults: 2025 and 5 years.
    let bare = initiative_years(json!({"plan": {"initiatives": [{"id": "c"}]}})).expect("ok");
    assert_eq!(bare["plan"]["initiatives"][0]["start_year"], 2025);
    assert_eq!(
        bare["plan"]["initiatives"][0]["analysis"]["costs"]["running_last_year"],
        5
    );
    assert_eq!(
        initiative_years(Value::Null).expect("nothing to do"),
        Value::Null
    );
}

#[test]
fn the_start_year_and_running_years_are_kept_in_the_file() {
    let mut p = plan(vec![worked_example(2020)]);
    p.initiatives[0].analysis.costs.running_first_year = 2;
    p.initiatives[0].analysis.costs.running_last_year = 3;
    let text = format::to_json(&p, None, false);
    let back = format::from_json(&text).expect("reads");
    assert_eq!(back.initiatives[0].start_year, 2020);
    assert_eq!(
        back.initiatives[0].analysis.costs,
        p.initiatives[0].analysis.costs
    );
}

#[test]
fn calendar_spans_follow_the_start_year_and_stop_at_the_horizon() {
    use beredning::core::calc::calendar::{calendar_span, running_calendar_years};
    let mut p = plan(vec![worked_example(2020)]);
    let i = p.initiatives[0].clone();
    assert_eq!(calendar_span(&p, &i, 1, 5), Some((2021, 2025)));
    assert_eq!(calendar_span(&p, &i, 0, 0), Some((2020, 2020)));
    assert_eq!(
        calendar_span(&p, &i, 2, 9),
        Some((2022, 2025)),
        "cut at the horizon"
    );
    assert_eq!(calendar_span(&p, &i, 6, 9), None, "past the horizon");
    assert_eq!(calendar_span(&p, &i, 3, 2), None, "last before first");
    p.initiatives[0].analysis.costs.running_first_year = 2;
    p.initiatives[0].analysis.costs.running_last_year = 3;
    assert_eq!(
        running_calendar_years(&p, &p.initiatives[0]),
        Some((2022, 2023))
    );
}

#[test]
fn an_imported_start_year_or_running_year_out_of_range_is_a_problem_at_its_place() {
    use beredning::core::format::import::import_text;
    use beredning::core::format::problem::{ProblemKind, Segment};
    let p = plan(vec![worked_example(2020)]);
    let mut file: Value = serde_json::from_str(&format::to_json(&p, None, false)).expect("JSON");
    file["plan"]["initiatives"][0]["start_year"] = json!(1990);
    file["plan"]["initiatives"][0]["analysis"]["costs"]["running_last_year"] = json!(80);
    let Err(problems) = import_text(&file.to_string()) else {
        panic!("refused")
    };
    let at = |field: &str| {
        problems
            .iter()
            .find(|pr| matches!(pr.place.0.last(), Some(Segment::Field(f)) if f == field))
    };
    let start = at("start_year").expect("the start year is named");
    assert!(matches!(
        start.kind,
        ProblemKind::OutOfRange { min, max, found } if min == 2000.0 && max == 2100.0 && found == 1990.0
    ));
    let last = at("running_last_year").expect("the running cost's last year is named");
    assert!(matches!(
        last.kind,
        ProblemKind::OutOfRange { max, found, .. } if max == 50.0 && found == 80.0
    ));
}
