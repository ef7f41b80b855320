#![cfg(not(target_arch = "wasm32"))]
//! Cash kept apart (payback year and benefit-cost ratio without freed time), the budget
//! scenario's objectives and limits against brute force, and decisions respected: rejected
//! initiatives are never ranked or proposed, prioritised ones kept in or left out by choice,
//! and the stage rules of the decision step and the handlingsplan.

use beredning::core::calc::{cash_flow, investment_by_calendar_year, rank, Variant};
use beredning::core::content::example::example_plan;
use beredning::core::model::activity::ActivityStatus;
use beredning::core::model::initiative::{
    Benefit, BenefitKind, Decision, DecisionOutcome, Estimate, Initiative, Investment, Stage,
    TimeBasis,
};
use beredning::core::portfolio::scenario::{propose, Status};
use beredning::core::portfolio::*;
use beredning::core::workflow::stage::set_activity_status;
use beredning::core::workflow::walkthrough::Step;
use beredning::core::Plan;
use proptest::prelude::*;

const START: i32 = 2025;

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

/// A plan with one goal ("g") and one criterion ("c"), taken from the example so the test does
/// not depend on how a goal or criterion is written out; no discounting unless a test sets it.
fn empty_plan() -> Plan {
    let example = example_plan();
    let mut plan = Plan::blank("p".into(), "Budget", "2025-01-01");
    plan.period.start_year = START;
    let mut goal = example.framework.goals[0].clone();
    goal.id = "g".into();
    let mut criterion = example.framework.criteria[0].clone();
    criterion.id = "c".into();
    criterion.weight = 1.0;
    plan.framework.goals = vec![goal];
    plan.framework.criteria = vec![criterion];
    plan.params.discount_rate_percent.value = 0.0;
    plan.params.horizon_years.value = 5;
    plan
}

fn with_years(mut b: Benefit, first: u32, last: u32) -> Benefit {
    b.first_year = first;
    b.last_year = last;
    b
}

fn economic(kronor: f64, first: u32, last: u32) -> Benefit {
    let kind = BenefitKind::Ekonomisk {
        kronor_per_year: Estimate::new(kronor),
    };
    with_years(Benefit::new("e".into(), "Ekonomisk", kind), first, last)
}

fn freed(hours_per_year: f64, first: u32, last: u32) -> Benefit {
    let kind = BenefitKind::FrigjordTid {
        time: TimeBasis::Hours {
            hours_per_year: Estimate::new(hours_per_year),
        },
        realised_share_percent: 100.0,
        use_of_time: String::new(),
    };
    with_years(Benefit::new("f".into(), "Tid", kind), first, last)
}

fn decision(outcome: DecisionOutcome) -> Decision {
    Decision {
        id: "d".into(),
        outcome,
        date: "2025-03-01".into(),
        forum: "Strategigruppen".into(),
        reason: String::new(),
        responsible: String::new(),
        period: String::new(),
        budget: None,
    }
}

/// One generated initiative: its score (1–5), cash NPV, freed hours (valued by the plan's
/// hourly cost), two investments with their years, running cost, and decision.
#[derive(Clone, Debug)]
struct Spec {
    score: u8,
    cash: i32,
    hours: u32,
    invest: [(u32, u32); 2],
    running: u32,
    outcome: Option<DecisionOutcome>,
}

impl Spec {
    fn cost(&self) -> f64 {
        self.invest
            .iter()
            .map(|(a, _)| f64::from(*a) * 1_000.0)
            .sum()
    }
}

/// With no discounting, the cash NPV is exactly `cash` thousand kronor: the economic benefit in
/// year 0 pays the investments back plus `cash`, and the running cost is matched by as much
/// economic benefit from year 1.
fn initiative(k: usize, spec: &Spec) -> Initiative {
    let mut i = Initiative::new(
        format!("i{k:02}"),
        &format!("Initiativ {k:02}"),
        "2025-01-01",
    );
    i.need.verified = true;
    i.analysis.owner = "Verksamhetsägare".into();
    i.analysis.financing_plan = "Driftbudget".into();
    i.analysis.goal_ids = vec!["g".into()];
    i.scores.insert("c".into(), spec.score);
    let running = f64::from(spec.running) * 1_000.0;
    i.analysis.benefits = vec![
        economic(f64::from(spec.cash) * 1_000.0 + spec.cost(), 0, 0),
        economic(running, 1, 5),
        freed(f64::from(spec.hours), 0, 0),
    ];
    i.analysis.costs.investments = spec
        .invest
        .iter()
        .map(|(amount, year)| Investment {
            year: *year,
            amount: Estimate::new(f64::from(*amount) * 1_000.0),
        })
        .collect();
    i.analysis.costs.running_per_year = Estimate::new(running);
    i.decisions = spec.outcome.map(decision).into_iter().collect();
    i
}

fn plan_of(specs: &[Spec]) -> Plan {
    let mut plan = empty_plan();
    plan.initiatives = specs
        .iter()
        .enumerate()
        .map(|(k, s)| initiative(k, s))
        .collect();
    plan
}

// ---------------------------------------------------------------- cash kept apart

/// docs/domain.md §5.11's investment and freed time, plus 100 000 kr of economic benefit a
/// year: with freed time the money is back in year 1, in cash only in year 4 (year 3 ends at
/// exactly 0, which is not payback).
#[test]
fn cash_only_payback_and_benefit_cost_ratio_by_hand() {
    let mut plan = empty_plan();
    plan.params.discount_rate_percent.value = 3.0;
    let mut i = Initiative::new("x".into(), "X", "2025-01-01");
    i.analysis.costs.investments = vec![Investment {
        year: 0,
        amount: Estimate::new(300_000.0),
    }];
    i.analysis.benefits = vec![economic(100_000.0, 1, 5), freed(500.0, 1, 5)];
    let flow = cash_flow(&i, &plan.params, Variant::Expected);
    assert_eq!(flow.payback_year, Some(1));
    assert_eq!(flow.payback_year_cash_only, Some(4));
    // Σ_{t=1..5} 1/1,03^t = 4,579707…; freed time 500 h × 433,8028… kr/h = 216 901,41 kr a year.
    let annuity: f64 = (1..=5).map(|t| 1.03_f64.powi(-t)).sum();
    assert!(near(annuity, 4.579_707_1), "{annuity}");
    let cash_ratio = flow.benefit_cost_ratio_cash_only.unwrap_or(f64::NAN);
    assert!(
        near(cash_ratio, 100_000.0 * annuity / 300_000.0),
        "{cash_ratio}"
    );
    assert!((cash_ratio - 1.5266).abs() < 1e-4);
    let ratio = flow.benefit_cost_ratio.unwrap_or(f64::NAN);
    assert!((ratio - 4.8377).abs() < 1e-4, "{ratio}");

    // No cost: neither ratio is defined; no cash benefit: no cash payback.
    i.analysis.costs.investments.clear();
    let flow = cash_flow(&i, &plan.params, Variant::Expected);
    assert_eq!(flow.benefit_cost_ratio_cash_only, None);
    assert_eq!(flow.benefit_cost_ratio, None);
    i.analysis.benefits = vec![freed(500.0, 1, 5)];
    i.analysis.costs.running_per_year = Estimate::new(1.0);
    let flow = cash_flow(&i, &plan.params, Variant::Expected);
    assert_eq!(flow.payback_year, Some(1));
    assert_eq!(flow.payback_year_cash_only, None);
    assert_eq!(flow.benefit_cost_ratio_cash_only, Some(0.0));
}

#[test]
fn investment_per_calendar_year_counts_from_the_plans_first_year() {
    let plan = empty_plan();
    let mut i = Initiative::new("x".into(), "X", "2025-01-01");
    i.analysis.costs.investments = [(100.0, 2), (50.0, 0), (25.0, 2), (7.0, 9)]
        .map(|(a, y)| Investment {
            year: y,
            amount: Estimate::new(a),
        })
        .to_vec();
    // Year 9 is after the five-year horizon and is left out, as in the cash flow.
    assert_eq!(
        investment_by_calendar_year(&i, &plan.params, Variant::Expected),
        [(2025, 50.0), (2027, 125.0)]
    );
}

// ---------------------------------------------------------------- brute force

/// The value an objective maximises, read from the spec (not from the library).
fn value_of(spec: &Spec, objective: Objective, hourly: f64) -> f64 {
    let cash = f64::from(spec.cash) * 1_000.0;
    match objective {
        Objective::Score => f64::from(spec.score - 1) / 4.0 * 100.0,
        Objective::Npv | Objective::NpvPerKrona => cash + f64::from(spec.hours) * hourly,
        Objective::NpvCashOnly => cash,
    }
}

fn by_year(spec: &Spec) -> Vec<(i32, f64)> {
    let mut years: Vec<(i32, f64)> = Vec::new();
    for (amount, year) in spec.invest {
        if amount == 0 {
            continue;
        }
        let y = START + year as i32;
        match years.iter_mut().find(|(yy, _)| *yy == y) {
            Some((_, a)) => *a += f64::from(amount) * 1_000.0,
            None => years.push((y, f64::from(amount) * 1_000.0)),
        }
    }
    years
}

/// Whether `free` (the optional items) fit beside `fixed` (kept in whatever they cost): each
/// limit holds, or the optional items add nothing to it.
fn feasible(fixed: &[&Spec], free: &[&Spec], input: &BudgetInput) -> bool {
    let sum = |set: &[&Spec], f: &dyn Fn(&Spec) -> f64| set.iter().map(|s| f(s)).sum::<f64>();
    let within = |add: f64, fixed: f64, limit: f64| add <= 0.0 || add + fixed <= limit;
    let cost = |s: &Spec| s.cost();
    let running = |s: &Spec| f64::from(s.running) * 1_000.0;
    let mut ok = within(sum(free, &cost), sum(fixed, &cost), input.investment_budget);
    if let Some(r) = input.running_budget {
        ok &= within(sum(free, &running), sum(fixed, &running), r);
    }
    if let Some(limit) = input.yearly_investment_limit {
        for year in START..START + 6 {
            let in_year = |s: &Spec| {
                by_year(s)
                    .iter()
                    .filter(|(y, _)| *y == year)
                    .map(|(_, a)| a)
                    .sum::<f64>()
            };
            ok &= within(sum(free, &in_year), sum(fixed, &in_year), limit);
        }
    }
    ok
}

fn is_prioritised(s: &Spec) -> bool {
    s.outcome == Some(DecisionOutcome::Prioriterad)
}

/// (fixed, optional): what must be in the proposal, and what may be chosen.
fn split(
    specs: &[Spec],
    input: &BudgetInput,
    objective: Objective,
    hourly: f64,
) -> (Vec<usize>, Vec<usize>) {
    let fixed = (0..specs.len())
        .filter(|&k| input.keep_prioritised && is_prioritised(&specs[k]))
        .collect();
    let open = (0..specs.len())
        .filter(|&k| {
            specs[k].outcome.is_none() || specs[k].outcome == Some(DecisionOutcome::Vilande)
        })
        .filter(|&k| value_of(&specs[k], objective, hourly) > 0.0)
        .collect();
    (fixed, open)
}

/// The best total of the optional items' values over every subset that fits.
fn brute_force(specs: &[Spec], input: &BudgetInput, objective: Objective, hourly: f64) -> f64 {
    let (fixed, open) = split(specs, input, objective, hourly);
    let fixed: Vec<&Spec> = fixed.iter().map(|&k| &specs[k]).collect();
    let mut best = 0.0_f64;
    for mask in 0u32..(1 << open.len()) {
        let chosen: Vec<&Spec> = open
            .iter()
            .enumerate()
            .filter(|(bit, _)| mask & (1 << bit) != 0)
            .map(|(_, &k)| &specs[k])
            .collect();
        if feasible(&fixed, &chosen, input) {
            best = best.max(chosen.iter().map(|s| value_of(s, objective, hourly)).sum());
        }
    }
    best
}

/// ASEK's rule written out again: by NPV per invested krona (no investment first, then plan
/// order on ties), each taken when it still fits.
fn ratio_walk(specs: &[Spec], input: &BudgetInput, hourly: f64) -> Vec<usize> {
    let (fixed, mut open) = split(specs, input, Objective::NpvPerKrona, hourly);
    let ratio = |k: usize| {
        let cost = specs[k].cost();
        let npv = value_of(&specs[k], Objective::NpvPerKrona, hourly);
        if cost > 0.0 {
            npv / cost
        } else {
            f64::INFINITY
        }
    };
    open.sort_by(|&p, &q| ratio(q).total_cmp(&ratio(p)).then(p.cmp(&q)));
    let fixed_specs: Vec<&Spec> = fixed.iter().map(|&k| &specs[k]).collect();
    let mut taken: Vec<usize> = Vec::new();
    for k in open {
        let mut trial: Vec<&Spec> = taken.iter().map(|&t| &specs[t]).collect();
        trial.push(&specs[k]);
        if feasible(&fixed_specs, &trial, input) {
            taken.push(k);
        }
    }
    taken.extend(fixed);
    taken.sort_unstable();
    taken
}

fn spec() -> impl Strategy<Value = Spec> {
    let outcome = prop_oneof![
        6 => Just(None),
        1 => Just(Some(DecisionOutcome::Avslagen)),
        1 => Just(Some(DecisionOutcome::Prioriterad)),
        1 => Just(Some(DecisionOutcome::Vilande)),
    ];
    (
        1u8..=5,
        -30i32..120,
        0u32..300,
        (0u32..80, 0u32..4),
        (0u32..80, 0u32..4),
        0u32..6,
        outcome,
    )
        .prop_map(|(score, cash, hours, a, b, running, outcome)| Spec {
            score,
            cash,
            hours,
            invest: [a, b],
            running,
            outcome,
        })
}

fn input() -> impl Strategy<Value = BudgetInput> {
    (
        0u32..300,
        prop::option::of(0u32..15),
        prop::option::of(0u32..120),
        any::<bool>(),
    )
        .prop_map(|(budget, running, yearly, keep)| BudgetInput {
            investment_budget: f64::from(budget) * 1_000.0,
            running_budget: running.map(|r| f64::from(r) * 1_000.0),
            yearly_investment_limit: yearly.map(|y| f64::from(y) * 1_000.0),
            keep_prioritised: keep,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    #[test]
    fn every_objective_and_limit_against_brute_force(
        specs in prop::collection::vec(spec(), 0..=10),
        input in input(),
    ) {
        let plan = plan_of(&specs);
        let hourly = beredning::core::calc::hourly_cost(&plan.params);
        let index = |id: &str| id.trim_start_matches('i').parse::<usize>().unwrap_or(usize::MAX);
        for objective in Objective::ALL {
            let s = select(&plan, &input, objective);
            let chosen: Vec<usize> = s.chosen.iter().map(|id| index(id)).collect();
            let (fixed, open) = split(&specs, &input, objective, hourly);
            // Rejected never, prioritised exactly when kept in.
            for &k in &chosen {
                prop_assert!(specs[k].outcome != Some(DecisionOutcome::Avslagen));
                prop_assert!(!is_prioritised(&specs[k]) || input.keep_prioritised);
            }
            for &k in &fixed {
                prop_assert!(chosen.contains(&k), "kept {k} missing under {objective:?}");
            }
            let free: Vec<&Spec> = chosen.iter().filter(|k| !fixed.contains(k)).map(|&k| &specs[k]).collect();
            let fixed_specs: Vec<&Spec> = fixed.iter().map(|&k| &specs[k]).collect();
            prop_assert!(feasible(&fixed_specs, &free, &input), "{objective:?} does not fit");
            prop_assert!(free.iter().all(|s| open.iter().any(|&k| std::ptr::eq(&specs[k], *s))));
            let got: f64 = free.iter().map(|s| value_of(s, objective, hourly)).sum();
            prop_assert_eq!(s.kept_prioritised.len(), fixed.len());
            let best = brute_force(&specs, &input, objective, hourly);
            prop_assert!(got <= best + 1e-6, "{objective:?}: {got} > best {best}");
            match objective {
                Objective::NpvPerKrona => {
                    prop_assert_eq!(s.method, Method::RatioOrder);
                    prop_assert_eq!(&chosen, &ratio_walk(&specs, &input, hourly));
                }
                _ => {
                    prop_assert!(s.exact, "{objective:?} not exact: {:?}", s.method);
                    prop_assert!(near(got, best), "{objective:?}: {got} ≠ best {best}");
                }
            }
            let per_year: f64 = s.investment_by_year.iter().map(|(_, a)| a).sum();
            prop_assert!(near(per_year, s.total_investment));
        }
    }
}

#[test]
fn the_ratio_order_can_leave_npv_that_the_best_combination_takes() {
    // X gives 3 kr per krona, Y 2: down the list X is taken first and Y no longer fits, although
    // Y alone gives far more NPV within the same budget.
    let spec = |cash, invest| Spec {
        score: 3,
        cash,
        hours: 0,
        invest,
        running: 0,
        outcome: None,
    };
    let plan = plan_of(&[spec(30, [(10, 0), (0, 0)]), spec(200, [(50, 0), (50, 1)])]);
    let input = BudgetInput {
        investment_budget: 100_000.0,
        ..Default::default()
    };
    let ratio = select(&plan, &input, Objective::NpvPerKrona);
    assert_eq!(ratio.chosen, ["i00"]);
    assert_eq!(ratio.total_value, 30_000.0);
    assert_eq!(ratio.method, Method::RatioOrder);
    let best = select(&plan, &input, Objective::Npv);
    assert_eq!(best.chosen, ["i01"]);
    assert_eq!(
        best.investment_by_year,
        [(2025, 50_000.0), (2026, 50_000.0)]
    );

    // At most 45 000 kr a year: Y's 50 000 kr in 2025 no longer fits, so X is the best.
    let limited = BudgetInput {
        yearly_investment_limit: Some(45_000.0),
        ..input
    };
    let s = select(&plan, &limited, Objective::Npv);
    assert_eq!(s.chosen, ["i00"]);
    assert_eq!(s.method, Method::Search);
    assert!(s.exact);
    assert_eq!(s.investment_by_year, [(2025, 10_000.0)]);
}

// ---------------------------------------------------------------- decisions respected

#[test]
fn rejected_initiatives_are_neither_ranked_nor_proposed() {
    let specs: Vec<Spec> = (0..4)
        .map(|k| Spec {
            score: 5 - k as u8,
            cash: 50,
            hours: 0,
            invest: [(10, 0), (0, 0)],
            running: 0,
            outcome: None,
        })
        .collect();
    let mut plan = plan_of(&specs);
    plan.initiatives[0].decisions = vec![decision(DecisionOutcome::Avslagen)];
    plan.initiatives[1].decisions = vec![decision(DecisionOutcome::Prioriterad)];

    let ranked: Vec<String> = rank(&plan).into_iter().map(|r| r.initiative_id).collect();
    assert_eq!(ranked, ["i01", "i02", "i03"]);

    let rows = rows(&plan);
    let rejected = rows.iter().find(|r| r.initiative_id == "i00");
    assert!(rejected.is_some_and(|r| r.rejected && r.rank.is_none()));
    assert!(rows
        .iter()
        .any(|r| r.initiative_id == "i01" && r.prioritised));
    // Shown apart: after every other row of the rankable part, whatever the sort.
    for (key, dir) in [
        (SortKey::Rank, SortDir::Asc),
        (SortKey::Score, SortDir::Desc),
        (SortKey::Title, SortDir::Asc),
    ] {
        let order = filtered_order(&rows, &Filter::default(), key, dir);
        let (open, _) = split_blocked_positions(&rows, &order);
        let last = open.last().and_then(|&k| rows.get(k));
        assert!(last.is_some_and(|r| r.initiative_id == "i00"), "{key:?}");
        let (open, _) = split_blocked(&rows);
        assert!(open.last().is_some_and(|r| r.rejected));
    }

    for keep in [false, true] {
        let input = BudgetInput {
            investment_budget: 1e9,
            keep_prioritised: keep,
            ..Default::default()
        };
        for objective in Objective::ALL {
            let p = propose(&plan, &input, objective);
            assert!(!p.selection.chosen.contains(&"i00".to_string()));
            assert!(!p.selection.left_out.contains(&"i00".to_string()));
            let line = |id: &str| {
                p.lines
                    .iter()
                    .find(|l| l.id == id)
                    .map(|l| (l.status, l.prioritised))
            };
            assert_eq!(line("i00"), Some((Status::Rejected, false)));
            let prioritised = if keep {
                Status::Chosen
            } else {
                Status::PrioritisedApart
            };
            assert_eq!(line("i01"), Some((prioritised, true)));
        }
    }
}

#[test]
fn opening_the_decision_step_does_not_move_the_stage() {
    assert_eq!(Step::Decision.stage(), Stage::Analys);
    assert_eq!(Step::Priority.stage(), Stage::Analys);
    assert_eq!(Step::Need.stage(), Stage::Behov);
}

#[test]
fn a_done_activity_brings_its_initiative_to_follow_up() {
    let mut plan = example_plan();
    let Some(activity) = plan
        .activities
        .iter()
        .find(|a| a.initiative_id.is_some())
        .cloned()
    else {
        panic!("the example has an activity from an initiative");
    };
    let initiative_id = activity.initiative_id.clone().unwrap_or_default();
    let stage = |plan: &Plan| plan.initiative(&initiative_id).map(|i| i.stage);
    assert!(stage(&plan) < Some(Stage::Uppfoljning));

    assert!(set_activity_status(
        &mut plan,
        &activity.id,
        ActivityStatus::Pagar
    ));
    assert!(stage(&plan) < Some(Stage::Uppfoljning));
    assert!(set_activity_status(
        &mut plan,
        &activity.id,
        ActivityStatus::Genomford
    ));
    assert_eq!(stage(&plan), Some(Stage::Uppfoljning));
    // Never moved back: a closed initiative stays closed; back to Pågår keeps follow-up.
    assert!(set_activity_status(
        &mut plan,
        &activity.id,
        ActivityStatus::Pagar
    ));
    assert_eq!(stage(&plan), Some(Stage::Uppfoljning));
    if let Some(i) = plan.initiative_mut(&initiative_id) {
        i.stage = Stage::Avslutad;
    }
    assert!(set_activity_status(
        &mut plan,
        &activity.id,
        ActivityStatus::Genomford
    ));
    assert_eq!(stage(&plan), Some(Stage::Avslutad));
    assert!(!set_activity_status(
        &mut plan,
        "no-such-activity",
        ActivityStatus::Genomford
    ));
}
