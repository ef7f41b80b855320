#![cfg(not(target_arch = "wasm32"))]
//! The plan as a whole: prioritisation list, budget scenario, weight sensitivity, follow-up.

use std::collections::BTreeMap;

use beredning::core::calc::{hourly_cost, rank, Gate};
use beredning::core::content::example::example_plan;
use beredning::core::model::initiative::{
    Benefit, BenefitKind, Decision, DecisionOutcome, Estimate, Initiative, Investment,
    RealisedValue, Risk, Stage, TargetGroup, TimeBasis,
};
use beredning::core::portfolio::*;
use beredning::core::{Criterion, Goal, GoalKind, Plan};
use proptest::prelude::*;

// ---------------------------------------------------------------- helpers

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn criterion(id: &str, weight: f64) -> Criterion {
    Criterion {
        id: id.into(),
        name: id.into(),
        weight,
        description: String::new(),
        rubric: Vec::new(),
        inverted_wording: false,
        role: None,
    }
}

/// A plan with one goal and the given criteria, no initiatives.
fn plan_with(criteria: Vec<Criterion>) -> Plan {
    let mut plan = Plan::blank("p".into(), "Test", "2025-01-01");
    plan.framework.goals = vec![Goal {
        id: "g1".into(),
        name: "Mål".into(),
        kind: GoalKind::Inriktningsmal,
        description: String::new(),
        area_id: None,
    }];
    plan.framework.criteria = criteria;
    plan
}

/// An initiative that passes every gate, with the given scores on criteria c1, c2, ….
fn ready(id: &str, title: &str, scores: &[u8]) -> Initiative {
    let mut i = Initiative::new(id.into(), title, "2025-01-01");
    i.need.verified = true;
    i.analysis.owner = "Ägare".into();
    i.analysis.financing_plan = "Budget".into();
    i.analysis.goal_ids = vec!["g1".into()];
    i.scores = scores
        .iter()
        .enumerate()
        .map(|(k, s)| (format!("c{}", k + 1), *s))
        .collect::<BTreeMap<_, _>>();
    i
}

fn benefit(kind: BenefitKind, first: u32, last: u32) -> Benefit {
    let mut b = Benefit::new("b".into(), "b", kind);
    b.first_year = first;
    b.last_year = last;
    b
}

fn cash(kronor: f64, first: u32, last: u32) -> Benefit {
    benefit(
        BenefitKind::Ekonomisk {
            kronor_per_year: Estimate::new(kronor),
        },
        first,
        last,
    )
}

fn hours(hours: f64, share: f64, first: u32, last: u32) -> Benefit {
    benefit(
        BenefitKind::FrigjordTid {
            time: TimeBasis::Hours {
                hours_per_year: Estimate::new(hours),
            },
            realised_share_percent: share,
            use_of_time: String::new(),
        },
        first,
        last,
    )
}

fn realised(year: i32, value: f64) -> RealisedValue {
    RealisedValue {
        year,
        value,
        comment: String::new(),
    }
}

/// An initiative whose NPV is exactly `value` and whose investment is exactly `cost`: both in
/// year 0, where nothing is discounted.
fn priced(id: &str, value: f64, cost: f64, running: f64) -> Initiative {
    let mut i = ready(id, id, &[3]);
    // The running cost is matched by an equal cash benefit each year, so it leaves the NPV.
    i.analysis.benefits = vec![cash(value + cost, 0, 0), cash(running, 1, 5)];
    i.analysis.costs.investments = vec![Investment {
        year: 0,
        amount: Estimate::new(cost),
    }];
    i.analysis.costs.running_per_year = Estimate::new(running);
    i
}

fn priced_plan(items: &[(f64, f64, f64)]) -> Plan {
    let mut plan = plan_with(vec![criterion("c1", 1.0)]);
    plan.initiatives = items
        .iter()
        .enumerate()
        .map(|(k, &(v, c, r))| priced(&format!("i{k:02}"), v, c, r))
        .collect();
    plan
}

/// The best total value over all subsets within both budgets.
fn brute_force(items: &[(f64, f64, f64)], budget: f64, running: Option<f64>) -> f64 {
    let usable: Vec<_> = items.iter().filter(|it| it.0 > 0.0).collect();
    let mut best = 0.0_f64;
    for mask in 0u32..(1 << usable.len()) {
        let (mut v, mut c, mut r) = (0.0, 0.0, 0.0);
        for (k, it) in usable.iter().enumerate() {
            if mask & (1 << k) != 0 {
                v += it.0;
                c += it.1;
                r += it.2;
            }
        }
        if c <= budget && running.is_none_or(|limit| r <= limit) {
            best = best.max(v);
        }
    }
    best
}

// ---------------------------------------------------------------- table

#[test]
fn example_rows_carry_the_figures_and_agree_with_the_ranking() {
    let plan = example_plan();
    let rows = rows(&plan);
    assert_eq!(rows.len(), plan.initiatives.len());
    for entry in rank(&plan) {
        let row = rows
            .iter()
            .find(|r| r.initiative_id == entry.initiative_id)
            .unwrap();
        assert_eq!(row.rank, Some(entry.rank));
        assert_eq!(row.score, Some(entry.score));
        assert_eq!(row.npv, entry.npv);
    }
    // Ranked first in rank order, then the unranked by title.
    let ranks: Vec<_> = rows.iter().map(|r| r.rank).collect();
    assert_eq!(ranks, vec![Some(1), Some(2), Some(3), None, None]);
    assert!(rows[3].title < rows[4].title);

    let signing = &plan.initiatives[0];
    let row = rows.iter().find(|r| r.initiative_id == signing.id).unwrap();
    assert!(close(row.npv, 693_344.939_194_307, 1e-6));
    assert!(close(row.freed_hours, 500.0, 1e-9));
    assert_eq!(row.investment, 300_000.0);
    assert_eq!(row.running_cost, 0.0);
    assert_eq!(row.highest_risk, Some(6));
    assert_eq!(row.stage, Stage::Analys);
    assert_eq!(
        row.unit,
        "Socialjouren, Västerås stad och Fagersta kommun".to_string()
    );

    let archive = rows
        .iter()
        .find(|r| r.title.starts_with("Gemensamt e-arkiv"))
        .unwrap();
    assert_eq!(
        archive.missing_gates,
        vec![Gate::NamedOwner, Gate::FinancingPlan]
    );
    assert_eq!(archive.rank, None);
    assert_eq!(archive.highest_risk, Some(16));
    assert_eq!(archive.investment, 2_000_000.0);
    assert_eq!(archive.running_cost, 350_000.0);

    let library = rows.iter().find(|r| r.title.contains("biblio")).unwrap();
    assert_eq!(library.investment, 1_500_000.0);
    assert!(close(library.freed_hours, 2_000.0, 1e-9));
    assert_eq!(library.highest_risk, None);

    let (ranked, blocked) = split_blocked(&rows);
    assert_eq!(ranked.len(), 3);
    assert_eq!(blocked.len(), 2);
    assert!(blocked.iter().all(|r| !r.missing_gates.is_empty()));
}

fn row(id: &str, title: &str, rank: Option<usize>, score: Option<f64>, npv: f64) -> PortfolioRow {
    PortfolioRow {
        initiative_id: id.into(),
        title: title.into(),
        stage: Stage::Analys,
        goal_ids: Vec::new(),
        unit: String::new(),
        target_groups: Vec::new(),
        areas: Vec::new(),
        score,
        rank,
        npv,
        npv_cash_only: 0.0,
        freed_hours: 0.0,
        investment: 0.0,
        running_cost: 0.0,
        highest_risk: None,
        missing_gates: Vec::new(),
        rejected: false,
        prioritised: false,
    }
}

fn ids(rows: &[PortfolioRow]) -> Vec<&str> {
    rows.iter().map(|r| r.initiative_id.as_str()).collect()
}

#[test]
fn missing_values_sort_last_both_ways_and_ties_keep_rank_then_title() {
    let mut rows = vec![
        row("a", "Beta", None, None, 5.0),
        row("b", "alfa", Some(2), Some(50.0), 5.0),
        row("c", "Gamma", Some(1), Some(70.0), f64::NAN),
        row("d", "Delta", None, Some(50.0), 1.0),
    ];
    sort(&mut rows, SortKey::Score, SortDir::Desc);
    assert_eq!(ids(&rows), ["c", "b", "d", "a"]);
    sort(&mut rows, SortKey::Score, SortDir::Asc);
    assert_eq!(ids(&rows), ["b", "d", "c", "a"]);
    sort(&mut rows, SortKey::Rank, SortDir::Desc);
    assert_eq!(ids(&rows), ["b", "c", "a", "d"]);
    sort(&mut rows, SortKey::Rank, SortDir::Asc);
    assert_eq!(ids(&rows), ["c", "b", "a", "d"]);
    // NaN NPV sorts as missing; the equal 5.0s keep rank order (b ranked, a not).
    sort(&mut rows, SortKey::Npv, SortDir::Desc);
    assert_eq!(ids(&rows), ["b", "a", "d", "c"]);
    sort(&mut rows, SortKey::Npv, SortDir::Asc);
    assert_eq!(ids(&rows), ["d", "b", "a", "c"]);
    // Title: case-insensitive.
    sort(&mut rows, SortKey::Title, SortDir::Asc);
    assert_eq!(ids(&rows), ["b", "a", "d", "c"]);
    sort(&mut rows, SortKey::Title, SortDir::Desc);
    assert_eq!(ids(&rows), ["c", "d", "a", "b"]);
    // All equal stages: pure tie-break, rank first then title.
    sort(&mut rows, SortKey::Stage, SortDir::Desc);
    assert_eq!(ids(&rows), ["c", "b", "a", "d"]);
}

#[test]
fn every_key_sorts_without_panicking_and_is_a_permutation() {
    let plan = example_plan();
    let base = rows(&plan);
    let keys = [
        SortKey::Rank,
        SortKey::Title,
        SortKey::Stage,
        SortKey::Score,
        SortKey::Npv,
        SortKey::FreedHours,
        SortKey::Investment,
        SortKey::HighestRisk,
    ];
    for key in keys {
        for dir in [SortDir::Asc, SortDir::Desc] {
            let mut sorted = base.clone();
            sort(&mut sorted, key, dir);
            let mut a = ids(&sorted);
            let mut b = ids(&base);
            a.sort();
            b.sort();
            assert_eq!(a, b);
        }
    }
    let mut by_risk = base.clone();
    sort(&mut by_risk, SortKey::HighestRisk, SortDir::Desc);
    let risks: Vec<_> = by_risk.iter().map(|r| r.highest_risk).collect();
    assert_eq!(&risks[..2], &[Some(16), Some(6)]);
    assert!(risks[2..].iter().all(Option::is_none));
    let mut by_stage = base.clone();
    sort(&mut by_stage, SortKey::Stage, SortDir::Asc);
    assert!(by_stage.windows(2).all(|w| w[0].stage <= w[1].stage));
}

#[test]
fn swedish_letters_sort_after_z() {
    let mut plan = plan_with(Vec::new());
    for (k, unit) in [
        "Örebro",
        " Åre ",
        "Ängelholm",
        "avdelning",
        "Arvika",
        "Åre",
        "",
    ]
    .iter()
    .enumerate()
    {
        let mut i = ready(&format!("i{k}"), unit, &[]);
        i.need.proposing_unit = (*unit).into();
        plan.initiatives.push(i);
    }
    assert_eq!(
        units(&plan),
        ["Arvika", "avdelning", "Åre", "Ängelholm", "Örebro"]
    );
    let mut rows = rows(&plan);
    sort(&mut rows, SortKey::Title, SortDir::Asc);
    let titles: Vec<_> = rows.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "",
            " Åre ",
            "Arvika",
            "avdelning",
            "Åre",
            "Ängelholm",
            "Örebro"
        ]
    );
}

#[test]
fn filters_combine_and_the_default_shows_everything() {
    let plan = example_plan();
    let rows = rows(&plan);
    assert!(Filter::default().is_empty());
    assert_eq!(apply(&rows, &Filter::default()).len(), rows.len());

    let by_stage = Filter {
        stage: Some(Stage::Analys),
        ..Filter::default()
    };
    assert_eq!(apply(&rows, &by_stage).len(), 2);

    let goal = plan.framework.goals[0].id.clone();
    let by_goal = Filter {
        goal_id: Some(goal.clone()),
        ..Filter::default()
    };
    let titles: Vec<_> = apply(&rows, &by_goal)
        .iter()
        .map(|r| r.title.clone())
        .collect();
    assert_eq!(titles.len(), 2);

    let by_unit = Filter {
        unit: Some("  Arkivnätverket i länet ".into()),
        ..Filter::default()
    };
    assert_eq!(apply(&rows, &by_unit).len(), 1);

    let by_group = Filter {
        target_group: Some(TargetGroup::Foretag),
        ..Filter::default()
    };
    assert_eq!(apply(&rows, &by_group).len(), 1);
    let both = Filter {
        target_group: Some(TargetGroup::Invanare),
        stage: Some(Stage::Analys),
        ..Filter::default()
    };
    let mut matching = apply(&rows, &both);
    assert_eq!(matching.len(), 2);
    // Filtered references sort too, and split.
    sort(&mut matching, SortKey::Investment, SortDir::Desc);
    assert_eq!(matching[0].investment, 2_000_000.0);
    let (ranked, blocked) = split_blocked(matching.iter().copied());
    assert_eq!((ranked.len(), blocked.len()), (1, 1));
    assert_eq!(units(&plan).len(), 5);
}

#[test]
fn positions_follow_the_same_filter_sort_and_split_as_the_rows() {
    let plan = example_plan();
    let rows = rows(&plan);
    let analys = Filter {
        stage: Some(Stage::Analys),
        ..Filter::default()
    };
    for filter in [Filter::default(), analys] {
        for key in [SortKey::Rank, SortKey::Title, SortKey::Investment] {
            for dir in [SortDir::Asc, SortDir::Desc] {
                let order = filtered_order(&rows, &filter, key, dir);
                let mut expected = apply(&rows, &filter);
                sort(&mut expected, key, dir);
                let by_position: Vec<&str> = order
                    .iter()
                    .map(|&i| rows[i].initiative_id.as_str())
                    .collect();
                let by_row: Vec<&str> = expected.iter().map(|r| r.initiative_id.as_str()).collect();
                assert_eq!(by_position, by_row, "{key:?} {dir:?}");

                let (ranked, blocked) = split_blocked_positions(&rows, &order);
                let (want_ranked, want_blocked) = split_blocked(expected.iter().copied());
                let at = |list: &[usize]| -> Vec<String> {
                    list.iter()
                        .map(|&i| rows[i].initiative_id.clone())
                        .collect()
                };
                let of = |list: &[&PortfolioRow]| -> Vec<String> {
                    list.iter().map(|r| r.initiative_id.clone()).collect()
                };
                assert_eq!(at(&ranked), of(&want_ranked));
                assert_eq!(at(&blocked), of(&want_blocked));
            }
        }
    }
    // The example has 3 ranked and 2 blocked; a position past the end is dropped, not a panic.
    let order = filtered_order(&rows, &Filter::default(), SortKey::Rank, SortDir::Asc);
    let (ranked, blocked) = split_blocked_positions(&rows, &[order.as_slice(), &[99]].concat());
    assert_eq!((ranked, blocked.len()), (vec![0, 1, 2], 2));
}

#[test]
fn corrupt_figures_do_not_panic() {
    let mut plan = plan_with(vec![criterion("c1", f64::NAN), criterion("c2", 1e308)]);
    let mut i = ready("x", "X", &[5, 0]);
    i.analysis.costs.running_per_year = Estimate::new(f64::INFINITY);
    i.analysis.costs.investments = vec![Investment {
        year: 0,
        amount: Estimate::new(f64::MAX),
    }];
    i.analysis.benefits = vec![cash(f64::MAX, 0, 4), hours(f64::NAN, f64::NAN, 1, 1)];
    i.analysis.risks = vec![Risk {
        id: "r".into(),
        description: String::new(),
        probability: 255,
        consequence: 0,
        mitigation: String::new(),
    }];
    plan.initiatives = vec![i.clone(), ready("y", "Y", &[1, 5])];
    let mut rows = rows(&plan);
    for key in [SortKey::Npv, SortKey::Investment, SortKey::Score] {
        sort(&mut rows, key, SortDir::Desc);
    }
    let _ = sensitivity(&plan);
    for objective in [Objective::Score, Objective::Npv] {
        for budget in [f64::NAN, -1.0, 0.0, 1e6, f64::INFINITY] {
            let s = select(
                &plan,
                &BudgetInput {
                    investment_budget: budget,
                    running_budget: Some(f64::NAN),
                    ..Default::default()
                },
                objective,
            );
            assert!(s.total_investment.is_finite());
        }
    }
    let _ = totals(&plan, 2026);
    let _ = freed_time_ledger(&plan, i32::MIN);
}

// ---------------------------------------------------------------- budget

#[test]
fn the_best_combination_beats_working_down_the_list() {
    // Value per kronor puts A first, but B + C give more for the same budget.
    let plan = priced_plan(&[
        (100.0, 600_000.0, 0.0),
        (75.0, 500_000.0, 0.0),
        (75.0, 500_000.0, 0.0),
    ]);
    let input = BudgetInput {
        investment_budget: 1_000_000.0,
        running_budget: None,
        ..Default::default()
    };
    let s = select(&plan, &input, Objective::Npv);
    assert_eq!(s.chosen, ["i01", "i02"]);
    assert_eq!(s.left_out, ["i00"]);
    assert_eq!(s.total_value, 150.0);
    assert_eq!(s.total_investment, 1_000_000.0);
    assert!(s.exact);
    assert_eq!(s.method, Method::ExactDynamicProgramming);
    assert_eq!(
        evaluate(&plan, &["i00".into()], Objective::Npv),
        (100.0, 600_000.0, 0.0)
    );
}

#[test]
fn running_budget_changes_the_choice() {
    let plan = priced_plan(&[
        (100.0, 600_000.0, 50_000.0),
        (75.0, 500_000.0, 80_000.0),
        (75.0, 500_000.0, 80_000.0),
    ]);
    let input = BudgetInput {
        investment_budget: 1_000_000.0,
        running_budget: Some(100_000.0),
        ..Default::default()
    };
    let s = select(&plan, &input, Objective::Npv);
    assert_eq!(s.chosen, ["i00"]);
    assert_eq!(s.total_running, 50_000.0);
    assert!(s.exact);
}

#[test]
fn free_items_are_always_chosen_and_worthless_ones_never() {
    let mut plan = priced_plan(&[(10.0, 0.0, 0.0), (-5.0, 0.0, 0.0), (20.0, 1_000.0, 0.0)]);
    let mut blocked = priced("blocked", 1_000.0, 0.0, 0.0);
    blocked.analysis.owner = " ".into();
    let mut unscored = priced("unscored", 1_000.0, 0.0, 0.0);
    unscored.scores.clear();
    plan.initiatives.push(blocked);
    plan.initiatives.push(unscored);

    let ids: Vec<_> = candidates(&plan, Objective::Npv)
        .into_iter()
        .map(|c| c.initiative_id)
        .collect();
    assert_eq!(ids, ["i00", "i02"]);

    let zero = BudgetInput {
        investment_budget: 0.0,
        running_budget: None,
        ..Default::default()
    };
    let s = select(&plan, &zero, Objective::Npv);
    assert_eq!(s.chosen, ["i00"]);
    assert_eq!(s.left_out, ["i02"]);
    assert_eq!(s.total_value, 10.0);

    let all = BudgetInput {
        investment_budget: f64::INFINITY,
        running_budget: Some(f64::INFINITY),
        ..Default::default()
    };
    let s = select(&plan, &all, Objective::Score);
    // A negative NPV does not stop a candidate when the objective is the score: one criterion
    // scored 3 of 5 gives 50 points each.
    assert_eq!(s.chosen, ["i00", "i01", "i02"]);
    assert_eq!(s.total_value, 150.0);
    assert!(s.exact);
}

#[test]
fn evaluate_ignores_unknown_and_repeated_ids_but_not_gates() {
    let mut plan = priced_plan(&[(10.0, 1_000.0, 5.0), (-4.0, 2_000.0, 0.0)]);
    plan.initiatives[1].analysis.owner.clear();
    let chosen = ["i00", "i01", "i00", "nope"].map(String::from);
    assert_eq!(
        evaluate(&plan, &chosen, Objective::Npv),
        (6.0, 3_000.0, 5.0)
    );
    assert_eq!(evaluate(&plan, &[], Objective::Score), (0.0, 0.0, 0.0));
}

#[test]
fn large_problems_stay_within_budget() {
    // Odd costs in kronor and many items force a coarse unit or the greedy search.
    let items: Vec<(f64, f64, f64)> = (0..300)
        .map(|k| {
            let k = f64::from(k);
            (
                1.0 + (k * 7.0) % 13.0,
                12_345.67 * (1.0 + k % 17.0),
                999.5 * (k % 5.0),
            )
        })
        .collect();
    let plan = priced_plan(&items);
    for running in [None, Some(50_000.0)] {
        let input = BudgetInput {
            investment_budget: 5_000_000.0,
            running_budget: running,
            ..Default::default()
        };
        let s = select(&plan, &input, Objective::Npv);
        assert!(s.total_investment <= 5_000_000.0);
        assert!(running.is_none_or(|r| s.total_running <= r));
        assert_eq!(s.chosen.len() + s.left_out.len(), 300);
        assert!(!s.chosen.is_empty());
        if running.is_some() {
            assert_eq!(s.method, Method::Greedy);
            assert!(!s.exact);
        }
        let (v, c, r) = evaluate(&plan, &s.chosen, Objective::Npv);
        assert!(close(v, s.total_value, 1e-6));
        assert!(close(c, s.total_investment, 1e-3));
        assert!(close(r, s.total_running, 1e-6));
    }
}

proptest! {
    #[test]
    fn dp_equals_brute_force_on_whole_thousands(
        items in prop::collection::vec((-20i32..100, 0u32..60, 0u32..8), 0..=12),
        budget in 0u32..400,
    ) {
        let items: Vec<(f64, f64, f64)> = items
            .into_iter()
            .map(|(v, c, r)| (f64::from(v), f64::from(c) * 1_000.0, f64::from(r) * 1_000.0))
            .collect();
        let plan = priced_plan(&items);
        let budget = f64::from(budget) * 1_000.0;
        let input = BudgetInput { investment_budget: budget, running_budget: None, ..Default::default() };
        let s = select(&plan, &input, Objective::Npv);
        prop_assert!(s.exact);
        prop_assert_eq!(s.method, Method::ExactDynamicProgramming);
        prop_assert!(s.total_investment <= budget);
        prop_assert!(close(s.total_value, brute_force(&items, budget, None), 1e-9));

        let running = Some(15_000.0);
        let input = BudgetInput { investment_budget: budget, running_budget: running, ..Default::default() };
        let s = select(&plan, &input, Objective::Npv);
        prop_assert!(s.total_investment <= budget);
        prop_assert!(s.total_running <= 15_000.0);
        prop_assert!(s.exact);
        prop_assert!(close(s.total_value, brute_force(&items, budget, running), 1e-9));
    }

    #[test]
    fn any_costs_give_a_feasible_selection_and_exact_means_optimal(
        items in prop::collection::vec((0.5f64..1e6, 0.0f64..5e6, 0.0f64..1e5), 0..=10),
        budget in 0.0f64..2e7,
        running in prop::option::of(0.0f64..3e5),
    ) {
        let plan = priced_plan(&items);
        // The value is read back from the cash flow, so use the candidates' own figures.
        let cands = candidates(&plan, Objective::Npv);
        let triples: Vec<_> = cands.iter().map(|c| (c.value, c.investment, c.running)).collect();
        let input = BudgetInput { investment_budget: budget, running_budget: running, ..Default::default() };
        let s = select(&plan, &input, Objective::Npv);
        prop_assert!(s.total_investment <= budget);
        prop_assert!(running.is_none_or(|r| s.total_running <= r));
        let best = brute_force(&triples, budget, running);
        prop_assert!(s.total_value <= best + 1e-6);
        if s.exact {
            prop_assert!(close(s.total_value, best, 1e-6));
        }
    }
}

// ---------------------------------------------------------------- sensitivity

fn two_criteria_plan(w1: f64, w2: f64) -> Plan {
    let mut plan = plan_with(vec![criterion("c1", w1), criterion("c2", w2)]);
    plan.initiatives = vec![
        ready("x", "X", &[5, 1]),
        ready("y", "Y", &[1, 5]),
        ready("z", "Z", &[5, 5]),
        ready("unscored", "U", &[5]),
    ];
    plan.initiatives[3].scores.clear();
    plan
}

#[test]
fn a_twenty_percent_weight_change_that_flips_an_order_is_flagged() {
    // Base: X = 1/2.1 ≈ 47.6, Y = 1.1/2.1 ≈ 52.4. With c1 × 1.2: X = 1.2/2.3 ≈ 52.2 > Y.
    let plan = two_criteria_plan(1.0, 1.1);
    let s = sensitivity(&plan);
    let summary: Vec<_> = s
        .iter()
        .map(|e| {
            (
                e.initiative_id.as_str(),
                e.base_rank,
                e.min_rank,
                e.max_rank,
                e.unstable,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("z", 1, 1, 1, false),
            ("y", 2, 2, 3, true),
            ("x", 3, 2, 3, true),
        ]
    );
}

#[test]
fn an_order_that_holds_under_twenty_percent_is_stable() {
    // X = 1/3 ≈ 33, Y = 2/3 ≈ 67; the closest scenario (c1 × 1.2, c2 × 0.8) is far from a flip.
    let plan = two_criteria_plan(1.0, 2.0);
    let s = sensitivity(&plan);
    assert_eq!(s.len(), 3);
    assert!(s.iter().all(|e| !e.unstable && e.min_rank == e.max_rank));
    let order: Vec<_> = s.iter().map(|e| e.initiative_id.as_str()).collect();
    assert_eq!(order, ["z", "y", "x"]);
    assert!(sensitivity(&plan_with(Vec::new())).is_empty());
}

#[test]
fn sensitivity_base_ranks_are_the_ranking() {
    let plan = example_plan();
    let base: Vec<_> = sensitivity(&plan)
        .into_iter()
        .map(|s| (s.initiative_id, s.base_rank))
        .collect();
    let ranking: Vec<_> = rank(&plan)
        .into_iter()
        .map(|e| (e.initiative_id, e.rank))
        .collect();
    assert_eq!(base, ranking);
}

proptest! {
    #[test]
    fn rows_and_sensitivity_rank_exactly_as_calc_rank(
        weights in prop::collection::vec(prop_oneof![Just(0.0), 0.1f64..10.0, Just(-1.0)], 1..4),
        inits in prop::collection::vec((prop::collection::vec(0u8..=5, 3), 0.0f64..1e5, any::<bool>()), 0..12),
    ) {
        let criteria = weights
            .iter()
            .enumerate()
            .map(|(k, w)| criterion(&format!("c{}", k + 1), *w))
            .collect();
        let mut plan = plan_with(criteria);
        plan.initiatives = inits
            .iter()
            .enumerate()
            .map(|(k, (scores, cost, blocked))| {
                let mut i = priced(&format!("i{k}"), 1_000.0, *cost, 0.0);
                i.title = format!("T{}", k % 3);
                i.scores = scores
                    .iter()
                    .enumerate()
                    .map(|(c, s)| (format!("c{}", c + 1), *s))
                    .collect();
                i.need.verified = !blocked;
                i
            })
            .collect();
        let ranking: Vec<_> = rank(&plan).into_iter().map(|e| (e.initiative_id, e.rank)).collect();
        let base: Vec<_> = sensitivity(&plan).into_iter().map(|s| (s.initiative_id, s.base_rank)).collect();
        prop_assert_eq!(&base, &ranking);
        let mut from_rows: Vec<_> = rows(&plan)
            .into_iter()
            .filter_map(|r| Some((r.initiative_id, r.rank?)))
            .collect();
        from_rows.sort_by_key(|e| e.1);
        prop_assert_eq!(&from_rows, &ranking);
    }
}

// ---------------------------------------------------------------- follow-up

#[test]
fn example_follow_up_of_the_library() {
    let plan = example_plan();
    // 2020 is year index 1 of a plan starting 2019; only the prioritised library counts.
    let t = totals(&plan, 2020);
    assert_eq!(t.expected_cash, 450_000.0);
    assert_eq!(t.realised_cash, 380_000.0);
    // 60 000 loans × 2 minutes = 2 000 h.
    assert!(close(t.expected_freed_hours, 2_000.0, 1e-9));
    assert_eq!(t.realised_freed_hours, 0.0);
    assert_eq!((t.qualitative_count, t.qualitative_with_results), (0, 0));

    // Year 0 has no benefits; year index 6 is past the five-year horizon.
    assert_eq!(totals(&plan, 2019), ClassTotals::default());
    assert_eq!(totals(&plan, 2025), ClassTotals::default());
    assert_eq!(totals(&plan, 2024).expected_cash, 450_000.0);

    let ledger = freed_time_ledger(&plan, 2020);
    assert!(close(ledger.planned_hours, 2_000.0, 1e-9));
    assert_eq!(ledger.freed_hours, 0.0);
    // Nothing is recorded as redeployed in the example: the ledger says so, it does not guess.
    assert_eq!(ledger.redeployed_hours, None);
    assert_eq!(ledger.realised_kronor, None);
}

#[test]
fn expected_values_follow_the_benefit_years_and_the_horizon() {
    let plan = example_plan();
    let lib = &plan.initiatives[1];
    let library = &lib.analysis.benefits;
    // Year index 0 (2019) is before the first benefit year.
    assert_eq!(expected_in_year(&plan, lib, &library[0], 2019), None);
    assert_eq!(
        expected_in_year(&plan, lib, &library[0], 2021),
        Some(450_000.0)
    );
    // 60 000 loans × 2 minutes = 2 000 hours a year.
    assert!(close(
        expected_in_year(&plan, lib, &library[1], 2021).unwrap_or(f64::NAN),
        2_000.0,
        1e-9
    ));
    assert_eq!(
        expected_in_year(&plan, lib, &library[1], 2025),
        None,
        "past the horizon"
    );
    let quality = benefit(
        BenefitKind::Kvalitativ {
            description: "Nöjdare".into(),
        },
        0,
        1,
    );
    assert_eq!(expected_in_year(&plan, lib, &quality, 2020), Some(0.0));
    assert_eq!(expected_in_year(&plan, lib, &quality, 2021), None);
}

fn decided(mut i: Initiative, outcome: DecisionOutcome) -> Initiative {
    i.decisions.push(Decision {
        id: "d".into(),
        outcome,
        date: "2025-02-01".into(),
        forum: String::new(),
        reason: String::new(),
        responsible: String::new(),
        period: String::new(),
        budget: None,
    });
    i
}

#[test]
fn hand_made_follow_up_keeps_the_classes_apart() {
    let mut plan = plan_with(Vec::new());
    plan.period.start_year = 2025;

    let mut a = ready("a", "A", &[]);
    let mut time = hours(1_000.0, 60.0, 1, 3);
    time.realised = vec![
        realised(2026, 500.0),
        realised(2026, 800.0),
        realised(2027, 900.0),
    ];
    let mut money = cash(100_000.0, 1, 3);
    money.realised = vec![realised(2026, 90_000.0)];
    let mut measured = benefit(
        BenefitKind::Kvalitativ {
            description: "Nöjdare".into(),
        },
        1,
        3,
    );
    measured.realised = vec![realised(2026, 4.2)];
    let unmeasured = benefit(
        BenefitKind::Kvalitativ {
            description: "Tryggare".into(),
        },
        1,
        3,
    );
    a.analysis.benefits = vec![time, money, measured, unmeasured];
    let a = decided(a, DecisionOutcome::Prioriterad);

    // Rejected: its expected figures are not the plan's.
    let mut rejected = ready("r", "R", &[]);
    rejected.analysis.benefits = vec![cash(1e6, 0, 5)];
    let rejected = decided(rejected, DecisionOutcome::Avslagen);

    // A need without decision but with a recorded value: the value still counts.
    let mut early = ready("e", "E", &[]);
    let mut found = cash(5_000.0, 0, 0);
    found.realised = vec![realised(2026, 1_000.0), realised(2030, f64::NAN)];
    early.analysis.benefits = vec![found];

    plan.initiatives = vec![a, rejected, early];
    assert!(!in_follow_up(&plan.initiatives[1]));
    assert!(in_follow_up(&plan.initiatives[2]));

    let t = totals(&plan, 2026);
    assert_eq!(
        t,
        ClassTotals {
            expected_cash: 100_000.0,
            realised_cash: 91_000.0,
            expected_freed_hours: 1_000.0,
            realised_freed_hours: 800.0,
            qualitative_count: 2,
            qualitative_with_results: 1,
        }
    );
    // Year index 0: only the early need's cash benefit applies.
    assert_eq!(totals(&plan, 2025).expected_cash, 5_000.0);
    assert_eq!(totals(&plan, 2030).realised_cash, 0.0);

    let ledger = freed_time_ledger(&plan, 2026);
    assert_eq!(ledger.planned_hours, 1_000.0);
    assert_eq!(ledger.freed_hours, 800.0);
    // Redeployed hours are what the user records, never freed hours × the expected share.
    assert_eq!(ledger.redeployed_hours, None);
    assert_eq!(ledger.realised_kronor, None);
    plan.redeployments = vec![beredning::core::Redeployment {
        id: "r".into(),
        year: 2026,
        hours: 480.0,
        used_for: "Hembesök".into(),
        initiative_id: None,
    }];
    let ledger = freed_time_ledger(&plan, 2026);
    assert_eq!(ledger.redeployed_hours, Some(480.0));
    // 40 000 / 142 × 1,54 = 433,80 kr/h; 480 h × 433,80 ≈ 208 225 kr.
    let rate = hourly_cost(&plan.params);
    assert!(close(rate, 433.802_816_9, 1e-6));
    let kronor = ledger.realised_kronor.unwrap_or(f64::NAN);
    assert!(close(kronor, 480.0 * rate, 1e-6));
    assert!(close(kronor, 208_225.352, 1e-3));

    // Stage alone is enough when there is no decision record.
    let mut staged = ready("s", "S", &[]);
    staged.stage = Stage::Handlingsplan;
    assert!(in_follow_up(&staged));
    staged.stage = Stage::Beslut;
    assert!(!in_follow_up(&staged));
}

// ---------------------------------------------------------------- scale

/// The example's five initiatives repeated to a thousand, with the first score varied so that
/// ranks differ: 600 ranked, 400 blocked or unscored.
fn thousand() -> Plan {
    let mut plan = example_plan();
    let template = plan.initiatives.clone();
    plan.initiatives = (0..1_000)
        .map(|k| {
            let mut i = template[k % template.len()].clone();
            i.id = format!("i{k}");
            i.title = format!("{} {k}", i.title);
            if let Some(c) = i.scores.values_mut().next() {
                *c = (k % 5) as u8 + 1;
            }
            i
        })
        .collect();
    plan
}

#[test]
fn a_thousand_initiatives_go_through_every_step() {
    let plan = thousand();
    let mut rows = rows(&plan);
    sort(&mut rows, SortKey::Npv, SortDir::Desc);
    let filter = Filter {
        stage: Some(Stage::Analys),
        ..Filter::default()
    };
    assert_eq!(apply(&rows, &filter).len(), 400);
    assert_eq!(rank(&plan).len(), 600);
    assert_eq!(sensitivity(&plan).len(), 600);
    let s = select(
        &plan,
        &BudgetInput {
            investment_budget: 50_000_000.0,
            running_budget: None,
            ..Default::default()
        },
        Objective::Score,
    );
    assert!(s.total_investment <= 50_000_000.0);
}
