//! The budget scenario: which ranked initiatives give the most for a given investment budget
//! (and, optionally, a yearly running-cost budget). Working down the ranked list until the money
//! runs out can leave a large part of the budget unused; the forum should see what the best
//! combination would be, and compare its own choice with it.

use std::collections::HashSet;

use super::knapsack::{self, Item};
use crate::core::calc::base_year::in_plan;
use crate::core::calc::cashflow::Variant;
use crate::core::calc::gates::can_prioritise;
use crate::core::calc::score::weighted_score;
use crate::core::calc::usable::non_negative;
use crate::core::model::initiative::Initiative;
use crate::core::Plan;

/// What the selection maximises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Objective {
    /// The sum of weighted scores: what the forum's own criteria value.
    Score,
    /// The sum of expected NPVs: ASEK's view under a fixed budget.
    Npv,
}

/// The budgets, in kronor. Negative or NaN budgets count as zero; an infinite one as no limit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetInput {
    /// Total investment available, undiscounted.
    pub investment_budget: f64,
    /// Total of the yearly running costs the organisation can carry, if it is a constraint.
    pub running_budget: Option<f64>,
}

/// How the selection was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// Dynamic programming over costs rounded up to a unit (also reported when everything fits,
    /// which is what the table would find).
    ExactDynamicProgramming,
    /// Value per budget share with local improvement, for problems too large for a table.
    Greedy,
}

/// The proposed combination.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    /// Chosen initiative ids, in plan order.
    pub chosen: Vec<String>,
    /// Candidates that were not chosen, in plan order. Initiatives that are not candidates at
    /// all (a gate missing, score incomplete, no positive value) are in neither list.
    pub left_out: Vec<String>,
    pub total_value: f64,
    pub total_investment: f64,
    pub total_running: f64,
    /// True only when the combination is guaranteed to be the best possible: the table's unit
    /// divided every cost exactly. With coarser rounding the result still fits the budget but
    /// may leave a better combination unfound.
    pub exact: bool,
    pub method: Method,
}

/// One initiative as the budget scenario sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetItem {
    pub initiative_id: String,
    pub value: f64,
    /// Expected investment within the horizon, undiscounted.
    pub investment: f64,
    /// Expected running cost a year.
    pub running: f64,
}

fn value_of(plan: &Plan, i: &Initiative, objective: Objective, npv: f64) -> Option<f64> {
    let value = match objective {
        Objective::Score => weighted_score(i, &plan.framework.criteria).total?,
        Objective::Npv => npv,
    };
    value.is_finite().then_some(value)
}

fn figures(plan: &Plan, i: &Initiative, objective: Objective) -> (Option<f64>, f64, f64) {
    let flow = in_plan(plan, i, Variant::Expected);
    let running = i
        .analysis
        .costs
        .running_per_year
        .pick(Variant::Expected, true);
    (
        value_of(plan, i, objective, flow.npv),
        non_negative(flow.investment_total),
        non_negative(running),
    )
}

/// The initiatives the scenario chooses among, in plan order: those that pass every gate, have
/// a complete score and a positive value (an item worth nothing or less never helps a total).
pub fn candidates(plan: &Plan, objective: Objective) -> Vec<BudgetItem> {
    plan.initiatives
        .iter()
        .filter(|i| can_prioritise(i, &plan.framework))
        .filter(|i| weighted_score(i, &plan.framework.criteria).total.is_some())
        .filter_map(|i| {
            let (value, investment, running) = figures(plan, i, objective);
            let value = value.filter(|v| *v > 0.0)?;
            Some(BudgetItem {
                initiative_id: i.id.clone(),
                value,
                investment,
                running,
            })
        })
        .collect()
}

fn budget_of(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.max(0.0)
    }
}

/// The combination of candidates with the largest total value within the budgets. Items that
/// cost nothing are always chosen; the rest go to an exact table when it is small enough, and
/// to a greedy search otherwise (and whenever the greedy search finds more than a table with
/// coarse rounding). The result always fits both budgets.
pub fn select(plan: &Plan, input: &BudgetInput, objective: Objective) -> Selection {
    let all = candidates(plan, objective);
    let budget = budget_of(input.investment_budget);
    let running = input
        .running_budget
        .map(budget_of)
        .filter(|r| r.is_finite());
    let items: Vec<Item> = all
        .iter()
        .map(|c| Item {
            value: c.value,
            cost: c.investment,
            running: c.running,
        })
        .collect();

    let free = |it: &Item| it.cost == 0.0 && (running.is_none() || it.running == 0.0);
    let fits_alone = |it: &Item| it.cost <= budget && running.is_none_or(|r| it.running <= r);
    let open: Vec<usize> = (0..items.len())
        .filter(|&k| !free(&items[k]) && fits_alone(&items[k]))
        .collect();
    let open_items: Vec<Item> = open.iter().map(|&k| items[k]).collect();
    let everything: Vec<usize> = (0..open_items.len()).collect();

    let (picked, exact, method) = if knapsack::fits(&open_items, &everything, budget, running) {
        (everything, true, Method::ExactDynamicProgramming)
    } else {
        let table = match running {
            Some(_) if open_items.len() > MAX_TWO_BUDGET_ITEMS => None,
            _ => knapsack::dynamic(&open_items, budget, running),
        };
        let greedy = knapsack::greedy(&open_items, budget, running);
        match table {
            Some((chosen, exact))
                if knapsack::value(&open_items, &chosen)
                    >= knapsack::value(&open_items, &greedy) =>
            {
                (chosen, exact, Method::ExactDynamicProgramming)
            }
            _ => (greedy, false, Method::Greedy),
        }
    };
    let mut inside: Vec<bool> = items.iter().map(free).collect();
    for k in picked {
        if let Some(&index) = open.get(k) {
            inside[index] = true;
        }
    }
    let exact = exact && ensure_fits(&items, &mut inside, budget, running);
    report(&all, &items, &inside, exact, method)
}

/// With two budgets the table has three dimensions; beyond this many candidates it would have to
/// be so coarse that the greedy search is the better tool.
const MAX_TWO_BUDGET_ITEMS: usize = 60;

/// A last check in real kronor: rounding in sums must not let a selection exceed a budget. Drops
/// the least valuable items until it fits; false when anything had to be dropped.
fn ensure_fits(items: &[Item], inside: &mut [bool], budget: f64, running: Option<f64>) -> bool {
    let mut untouched = true;
    loop {
        let chosen: Vec<usize> = (0..items.len()).filter(|&k| inside[k]).collect();
        if knapsack::fits(items, &chosen, budget, running) {
            return untouched;
        }
        let worst = chosen
            .iter()
            .copied()
            .min_by(|&p, &q| items[p].value.total_cmp(&items[q].value));
        match worst {
            Some(k) => inside[k] = false,
            None => return false,
        }
        untouched = false;
    }
}

fn report(
    all: &[BudgetItem],
    items: &[Item],
    inside: &[bool],
    exact: bool,
    method: Method,
) -> Selection {
    let mut selection = Selection {
        chosen: Vec::new(),
        left_out: Vec::new(),
        total_value: 0.0,
        total_investment: 0.0,
        total_running: 0.0,
        exact,
        method,
    };
    for ((candidate, item), &chosen) in all.iter().zip(items).zip(inside) {
        if chosen {
            selection.chosen.push(candidate.initiative_id.clone());
            selection.total_value += item.value;
            selection.total_investment += item.cost;
            selection.total_running += item.running;
        } else {
            selection.left_out.push(candidate.initiative_id.clone());
        }
    }
    selection
}

/// (value, investment, running) of any set of initiatives, such as the forum's own choice, so it
/// can be set beside the proposal. Unknown and repeated ids are ignored; gates are not checked,
/// since the forum may choose what it likes. An incomplete score adds 0 to a score total, and a
/// negative NPV counts as it is, because that is what the choice really gives.
pub fn evaluate(plan: &Plan, ids: &[String], objective: Objective) -> (f64, f64, f64) {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut totals = (0.0, 0.0, 0.0);
    for id in ids {
        if !seen.insert(id.as_str()) {
            continue;
        }
        let Some(i) = plan.initiative(id) else {
            continue;
        };
        let (value, investment, running) = figures(plan, i, objective);
        totals.0 += value.unwrap_or(0.0);
        totals.1 += investment;
        totals.2 += running;
    }
    totals
}
