//! The budget scenario: which ranked initiatives give the most for a given investment budget
//! (and, optionally, a yearly running-cost budget and an investment limit per calendar year).
//! Working down the ranked list until the money runs out can leave a large part of the budget
//! unused; the forum should see what the best combination would be, and compare its own choice
//! with it.
//!
//! Rejected (*avslagen*) initiatives are never proposed. Already prioritised ones are either kept
//! in the proposal (their costs count against the limits) or left out of it (their money is
//! already decided), as the user chooses (docs/domain.md §2.6, §5.9).

use std::collections::HashSet;

use super::knapsack::{self, Item};
use super::multi::{self, Limits, Load};
use crate::core::calc::base_year::in_plan;
use crate::core::calc::cashflow::{investment_by_calendar_year, Variant};
use crate::core::calc::gates::can_prioritise;
use crate::core::calc::score::weighted_score;
use crate::core::calc::usable::non_negative;
use crate::core::model::initiative::Initiative;
use crate::core::Plan;

/// What the selection maximises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Objective {
    /// The sum of weighted scores: what the forum's own criteria value. A sum of 0–100 indices,
    /// so it favours many small initiatives over one large one.
    Score,
    /// The sum of expected NPVs, freed time included.
    Npv,
    /// The sum of expected NPVs without freed time: what reaches a budget line.
    NpvCashOnly,
    /// NPV (freed time included) per invested krona: candidates taken in that order while they
    /// fit, as ASEK ranks under a fixed budget (docs/domain.md §5.9). The value is the NPV.
    NpvPerKrona,
}

impl Objective {
    pub const ALL: [Objective; 4] = [
        Objective::Score,
        Objective::Npv,
        Objective::NpvCashOnly,
        Objective::NpvPerKrona,
    ];
}

/// The budgets, in kronor. Negative or NaN budgets count as zero; an infinite one as no limit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetInput {
    /// Total investment available, undiscounted.
    pub investment_budget: f64,
    /// Total of the yearly running costs the organisation can carry, if it is a constraint.
    pub running_budget: Option<f64>,
    /// The most that may be invested in any one calendar year, if that is a constraint.
    pub yearly_investment_limit: Option<f64>,
    /// Already prioritised initiatives: true keeps them in the proposal whatever they give (their
    /// costs count against the budgets), false leaves them out of it.
    pub keep_prioritised: bool,
}

impl Default for BudgetInput {
    /// No money, no other limit, prioritised initiatives left out.
    fn default() -> Self {
        Self {
            investment_budget: 0.0,
            running_budget: None,
            yearly_investment_limit: None,
            keep_prioritised: false,
        }
    }
}

/// How the selection was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// Dynamic programming over costs rounded up to a unit (also reported when everything fits,
    /// which is what the table would find).
    ExactDynamicProgramming,
    /// Value per budget share with local improvement, for problems too large for a table.
    Greedy,
    /// Branch and bound in real kronor, used when there is a limit per calendar year.
    Search,
    /// Down the list by NPV per invested krona, skipping what does not fit.
    RatioOrder,
}

/// The proposed combination.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    /// Chosen initiative ids, in plan order; includes the prioritised ones kept in.
    pub chosen: Vec<String>,
    /// Candidates that were not chosen, in plan order. Initiatives that are not candidates at
    /// all (a gate missing, score incomplete, no positive value, rejected, prioritised and left
    /// out) are in neither list.
    pub left_out: Vec<String>,
    /// Already prioritised initiatives kept in the proposal by the user's choice, in plan order.
    pub kept_prioritised: Vec<String>,
    pub total_value: f64,
    pub total_investment: f64,
    pub total_running: f64,
    /// The chosen investment per calendar year, in year order.
    pub investment_by_year: Vec<(i32, f64)>,
    /// True only when the combination is guaranteed to be the best possible: the table's unit
    /// divided every cost exactly, or the search finished. With coarser rounding the result
    /// still fits the budget but may leave a better combination unfound. Always false for
    /// [`Objective::NpvPerKrona`], whose order is a rule, not a search for the best.
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
    /// Expected investment per calendar year, from `calc::investment_by_calendar_year`.
    pub by_year: Vec<(i32, f64)>,
}

fn value_of(plan: &Plan, i: &Initiative, objective: Objective) -> (Option<f64>, f64) {
    // Present values at the plan's base year, as everywhere initiatives are compared
    // (docs/domain.md §5.6).
    let flow = in_plan(plan, i, Variant::Expected);
    let value = match objective {
        Objective::Score => weighted_score(i, &plan.framework.criteria).total,
        Objective::Npv | Objective::NpvPerKrona => Some(flow.npv),
        Objective::NpvCashOnly => Some(flow.npv_cash_only),
    };
    (
        value.filter(|v| v.is_finite()),
        non_negative(flow.investment_total),
    )
}

fn item(plan: &Plan, i: &Initiative, objective: Objective) -> (Option<f64>, BudgetItem) {
    let (value, investment) = value_of(plan, i, objective);
    let running = i
        .analysis
        .costs
        .running_per_year
        .pick(Variant::Expected, true);
    let by_year = investment_by_calendar_year(i, &plan.params, Variant::Expected)
        .into_iter()
        .map(|(y, a)| (y, non_negative(a)))
        .filter(|(_, a)| *a > 0.0)
        .collect();
    let item = BudgetItem {
        initiative_id: i.id.clone(),
        value: value.unwrap_or(0.0),
        investment,
        running: non_negative(running),
        by_year,
    };
    (value, item)
}

/// The initiatives the scenario chooses among, in plan order: those that pass every gate, have
/// a complete score and a positive value (an item worth nothing or less never helps a total),
/// are not rejected and have no prioritisation in force (those are handled by
/// [`BudgetInput::keep_prioritised`]).
pub fn candidates(plan: &Plan, objective: Objective) -> Vec<BudgetItem> {
    plan.initiatives
        .iter()
        .filter(|i| !i.is_rejected() && !i.is_prioritised())
        .filter(|i| can_prioritise(i, &plan.framework))
        .filter(|i| weighted_score(i, &plan.framework.criteria).total.is_some())
        .filter_map(|i| match item(plan, i, objective) {
            (Some(v), item) if v > 0.0 => Some(item),
            _ => None,
        })
        .collect()
}

/// Every initiative of the plan as the scenario sees it, candidate or not, in plan order.
pub(super) fn items_of(plan: &Plan, objective: Objective) -> Vec<BudgetItem> {
    plan.initiatives
        .iter()
        .map(|i| item(plan, i, objective).1)
        .collect()
}

/// The already prioritised initiatives, in plan order, with whatever value they give (0 for an
/// incomplete score): kept in the proposal when the user chooses so.
pub fn prioritised_items(plan: &Plan, objective: Objective) -> Vec<BudgetItem> {
    plan.initiatives
        .iter()
        .filter(|i| i.is_prioritised())
        .map(|i| item(plan, i, objective).1)
        .collect()
}

fn budget_of(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.max(0.0)
    }
}

/// The calendar years any item invests in, in order: the slots of the yearly limit.
fn years_of(items: &[&BudgetItem]) -> Vec<i32> {
    let mut years: Vec<i32> = items
        .iter()
        .flat_map(|c| c.by_year.iter().map(|(y, _)| *y))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

fn load(c: &BudgetItem, years: &[i32]) -> Load {
    Load {
        value: c.value,
        cost: c.investment,
        running: c.running,
        by_year: years
            .iter()
            .map(|y| {
                c.by_year
                    .iter()
                    .filter(|(year, _)| year == y)
                    .map(|(_, a)| a)
                    .sum()
            })
            .collect(),
    }
}

/// The combination with the largest total value within every limit; see [`choose`]. Already
/// prioritised initiatives kept in by [`BudgetInput::keep_prioritised`] are in it whatever they
/// cost, and the others share what they leave.
pub fn select(plan: &Plan, input: &BudgetInput, objective: Objective) -> Selection {
    let all = candidates(plan, objective);
    let kept = if input.keep_prioritised {
        prioritised_items(plan, objective)
    } else {
        Vec::new()
    };
    let everyone: Vec<&BudgetItem> = kept.iter().chain(&all).collect();
    let years = years_of(&everyone);
    let yearly = input
        .yearly_investment_limit
        .map(budget_of)
        .filter(|l| l.is_finite());
    let kept_loads: Vec<Load> = kept.iter().map(|c| load(c, &years)).collect();
    let used = |f: fn(&Load) -> f64| kept_loads.iter().map(f).sum::<f64>();
    let limits = Limits {
        budget: budget_of(input.investment_budget) - used(|l| l.cost),
        running: input
            .running_budget
            .map(budget_of)
            .filter(|r| r.is_finite())
            .map(|r| r - used(|l| l.running)),
        yearly: match yearly {
            Some(limit) => (0..years.len())
                .map(|slot| limit - kept_loads.iter().map(|l| l.by_year[slot]).sum::<f64>())
                .collect(),
            None => Vec::new(),
        },
    };
    let loads: Vec<Load> = all.iter().map(|c| load(c, &years)).collect();
    let (inside, exact, method) = choose(&loads, &limits, objective);
    let mut selection = report(&kept, &all, &inside, exact, method);
    let position = |id: &String| plan.initiatives.iter().position(|i| i.id == *id);
    selection.chosen.sort_by_cached_key(position);
    selection.left_out.sort_by_cached_key(position);
    selection
}

/// Chooses among `loads` within `limits`: down the list by NPV per krona for that objective;
/// branch and bound when there is a limit per calendar year; otherwise the knapsack table
/// (or its greedy fallback), as before there were yearly limits.
fn choose(loads: &[Load], limits: &Limits, objective: Objective) -> (Vec<bool>, bool, Method) {
    let to_inside = |chosen: &[usize]| {
        let mut inside = vec![false; loads.len()];
        for &k in chosen {
            inside[k] = true;
        }
        inside
    };
    if objective == Objective::NpvPerKrona {
        return (
            to_inside(&multi::ratio_order(loads, limits)),
            false,
            Method::RatioOrder,
        );
    }
    if !limits.yearly.is_empty() {
        let (chosen, finished) = multi::exact_search(loads, limits);
        let mut inside = to_inside(&chosen);
        let untouched = multi::ensure_fits_all(loads, &mut inside, limits);
        return (inside, finished && untouched, Method::Search);
    }
    let items: Vec<Item> = loads
        .iter()
        .map(|l| Item {
            value: l.value,
            cost: l.cost,
            running: l.running,
        })
        .collect();
    let (inside, exact, greedy) = knapsack::select(
        &items,
        limits.budget.max(0.0),
        limits.running.map(|r| r.max(0.0)),
    );
    let method = if greedy {
        Method::Greedy
    } else {
        Method::ExactDynamicProgramming
    };
    (inside, exact, method)
}

fn report(
    kept: &[BudgetItem],
    all: &[BudgetItem],
    inside: &[bool],
    exact: bool,
    method: Method,
) -> Selection {
    let mut selection = Selection {
        chosen: Vec::new(),
        left_out: Vec::new(),
        kept_prioritised: kept.iter().map(|c| c.initiative_id.clone()).collect(),
        total_value: 0.0,
        total_investment: 0.0,
        total_running: 0.0,
        investment_by_year: Vec::new(),
        exact,
        method,
    };
    let chosen_ids: HashSet<&str> = kept
        .iter()
        .chain(all.iter().zip(inside).filter(|(_, &i)| i).map(|(c, _)| c))
        .map(|c| c.initiative_id.as_str())
        .collect();
    let mut by_year: Vec<(i32, f64)> = Vec::new();
    for c in kept.iter().chain(all) {
        if !chosen_ids.contains(c.initiative_id.as_str()) {
            selection.left_out.push(c.initiative_id.clone());
            continue;
        }
        selection.chosen.push(c.initiative_id.clone());
        selection.total_value += c.value;
        selection.total_investment += c.investment;
        selection.total_running += c.running;
        for &(year, amount) in &c.by_year {
            match by_year.iter_mut().find(|(y, _)| *y == year) {
                Some((_, sum)) => *sum += amount,
                None => by_year.push((year, amount)),
            }
        }
    }
    by_year.sort_by_key(|(y, _)| *y);
    selection.investment_by_year = by_year;
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
        let (value, item) = item(plan, i, objective);
        totals.0 += value.unwrap_or(0.0);
        totals.1 += item.investment;
        totals.2 += item.running;
    }
    totals
}
