//! The budget scenario as the forum sees it: every initiative with its status in the proposal,
//! and the forum's own selection set beside it. Built on [`super::budget`], so the view only
//! formats.

use std::collections::{HashMap, HashSet};

use super::budget::{
    candidates, evaluate, prioritised_items, select, BudgetInput, Objective, Selection,
};
use super::table::rows;
use crate::core::calc::usable::non_negative;
use crate::core::model::initiative::DecisionOutcome;
use crate::core::Plan;

/// Where an initiative stands in the proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Chosen,
    /// A candidate that did not fit (or gave less than what was chosen instead).
    LeftOut,
    /// A must-pass requirement is missing.
    Blocked,
    /// The score is incomplete, so there is no value to maximise.
    Unscored,
    /// Worth nothing or less under this objective (typically a negative NPV).
    NoValue,
    /// Rejected (*avslagen*): never proposed.
    Rejected,
    /// Already prioritised, and left out of the proposal by the user's choice.
    PrioritisedApart,
}

/// One initiative as the scenario shows it, in ranking order.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: String,
    pub title: String,
    /// None when the objective is the score and the score is incomplete.
    pub value: Option<f64>,
    pub investment: f64,
    pub running: f64,
    pub status: Status,
    /// The decision in force is *prioriterad*; shown as such whether kept in or left out.
    pub prioritised: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub selection: Selection,
    pub lines: Vec<Line>,
}

impl Proposal {
    pub fn with_status(&self, status: Status) -> Vec<Line> {
        self.lines
            .iter()
            .filter(|l| l.status == status)
            .cloned()
            .collect()
    }
}

pub fn propose(plan: &Plan, input: &BudgetInput, objective: Objective) -> Proposal {
    let selection = select(plan, input, objective);
    let chosen: HashSet<&str> = selection.chosen.iter().map(String::as_str).collect();
    let items: HashMap<String, _> = candidates(plan, objective)
        .into_iter()
        .chain(prioritised_items(plan, objective))
        .map(|c| (c.initiative_id.clone(), c))
        .collect();
    let lines = rows(plan)
        .into_iter()
        .map(|row| {
            let status = if chosen.contains(row.initiative_id.as_str()) {
                Status::Chosen
            } else if row.rejected {
                Status::Rejected
            } else if row.prioritised {
                Status::PrioritisedApart
            } else if items.contains_key(&row.initiative_id) {
                Status::LeftOut
            } else if !row.missing_gates.is_empty() {
                Status::Blocked
            } else if row.score.is_none() {
                Status::Unscored
            } else {
                Status::NoValue
            };
            let (value, investment, running) = match items.get(&row.initiative_id) {
                Some(c) if objective != Objective::Score || row.score.is_some() => {
                    (Some(c.value), c.investment, c.running)
                }
                _ => {
                    let value = match objective {
                        Objective::Score => row.score,
                        Objective::Npv | Objective::NpvPerKrona => Some(row.npv),
                        Objective::NpvCashOnly => Some(row.npv_cash_only),
                    };
                    let (inv, run) = (non_negative(row.investment), non_negative(row.running_cost));
                    (value, inv, run)
                }
            };
            Line {
                id: row.initiative_id,
                title: row.title,
                value,
                investment,
                running,
                status,
                prioritised: row.prioritised,
            }
        })
        .collect();
    Proposal { selection, lines }
}

/// The forum's selection beside the proposal.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub count: usize,
    pub value: f64,
    pub investment: f64,
    pub running: f64,
    /// How far the selection exceeds the investment budget; 0 when within it.
    pub over_investment: f64,
    /// The same for the running-cost budget, when one is set.
    pub over_running: Option<f64>,
    /// The largest amount by which one calendar year's investment exceeds the yearly limit,
    /// when one is set; 0 when every year is within it.
    pub over_yearly: Option<f64>,
    /// Titles chosen by the proposal but not by the forum, in ranking order.
    pub only_proposal: Vec<String>,
    /// Titles chosen by the forum but not by the proposal, in ranking order.
    pub only_forum: Vec<String>,
}

pub fn compare(
    plan: &Plan,
    proposal: &Proposal,
    input: &BudgetInput,
    forum: &[String],
    objective: Objective,
) -> Comparison {
    let (value, investment, running) = evaluate(plan, forum, objective);
    let over_yearly = input.yearly_investment_limit.map(|limit| {
        yearly_of(plan, forum)
            .into_iter()
            .map(|(_, amount)| (amount - limit.max(0.0)).max(0.0))
            .fold(0.0, f64::max)
    });
    let in_forum: HashSet<&str> = forum.iter().map(String::as_str).collect();
    let mut only_proposal = Vec::new();
    let mut only_forum = Vec::new();
    let mut count = 0;
    for line in &proposal.lines {
        let forum_has = in_forum.contains(line.id.as_str());
        count += usize::from(forum_has);
        match (line.status == Status::Chosen, forum_has) {
            (true, false) => only_proposal.push(line.title.clone()),
            (false, true) => only_forum.push(line.title.clone()),
            _ => {}
        }
    }
    let over = |total: f64, limit: f64| (total - limit.max(0.0)).max(0.0);
    Comparison {
        count,
        value,
        investment,
        running,
        over_investment: over(investment, input.investment_budget),
        over_running: input.running_budget.map(|r| over(running, r)),
        over_yearly,
        only_proposal,
        only_forum,
    }
}

/// The investment of a set of initiatives per calendar year (unknown and repeated ids ignored).
fn yearly_of(plan: &Plan, ids: &[String]) -> Vec<(i32, f64)> {
    let wanted: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut years: Vec<(i32, f64)> = Vec::new();
    let items = super::budget::items_of(plan, Objective::Npv);
    for item in items
        .iter()
        .filter(|c| wanted.contains(c.initiative_id.as_str()))
    {
        for &(year, amount) in &item.by_year {
            match years.iter_mut().find(|(y, _)| *y == year) {
                Some((_, sum)) => *sum += amount,
                None => years.push((year, amount)),
            }
        }
    }
    years
}

/// Where the forum's selection starts: what the forum has already prioritised, so the
/// comparison is meaningful before anything is ticked.
pub fn prioritised(plan: &Plan) -> Vec<String> {
    plan.initiatives
        .iter()
        .filter(|i| {
            i.current_decision()
                .is_some_and(|d| d.outcome == DecisionOutcome::Prioriterad)
        })
        .map(|i| i.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::example::example_plan;

    fn input(budget: f64) -> BudgetInput {
        BudgetInput {
            investment_budget: budget,
            running_budget: None,
            ..Default::default()
        }
    }

    #[test]
    fn example_plan_at_600_000_kr() {
        let plan = example_plan();
        let p = propose(&plan, &input(600_000.0), Objective::Score);
        let titles = |s| -> Vec<String> {
            p.with_status(s)
                .into_iter()
                .map(|l| l.title.split(' ').next().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(titles(Status::Chosen), ["Digital", "Digitala"]);
        // The shared library system is already prioritised: by default it is kept apart.
        assert!(titles(Status::LeftOut).is_empty());
        assert_eq!(titles(Status::PrioritisedApart), ["Gemensamt"]);
        assert!(p.lines.iter().any(|l| l.prioritised));
        // The mobile coverage lacks both gates and a score: the gates are named first.
        assert_eq!(titles(Status::Blocked), ["Gemensamt", "Kartläggning"]);
        assert!(titles(Status::Unscored).is_empty());
        assert_eq!(p.selection.total_value, 135.0);
        assert_eq!(p.selection.total_investment, 550_000.0);
        assert_eq!(p.selection.total_running, 40_000.0);
        assert!(p.selection.exact);

        let forum = prioritised(&plan);
        assert_eq!(forum.len(), 1);
        let c = compare(&plan, &p, &input(600_000.0), &forum, Objective::Score);
        assert_eq!((c.count, c.value, c.investment), (1, 67.5, 1_500_000.0));
        assert_eq!(c.over_investment, 900_000.0);
        assert_eq!(c.over_running, None);
        assert_eq!(c.only_proposal.len(), 2);
        assert_eq!(c.only_forum.len(), 1);

        // Kept in, its 1,5 million kronor use more than the budget, so nothing else fits.
        let kept = BudgetInput {
            keep_prioritised: true,
            ..input(600_000.0)
        };
        let p = propose(&plan, &kept, Objective::Score);
        assert_eq!(titles_of(&p, Status::Chosen), ["Gemensamt"]);
        assert_eq!(p.selection.kept_prioritised.len(), 1);
        assert_eq!(p.selection.total_investment, 1_500_000.0);
    }

    fn titles_of(p: &Proposal, s: Status) -> Vec<String> {
        p.with_status(s)
            .into_iter()
            .map(|l| l.title.split(' ').next().unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn a_selection_within_budget_is_not_over() {
        let plan = example_plan();
        let budget = BudgetInput {
            investment_budget: 2_000_000.0,
            running_budget: Some(100_000.0),
            ..Default::default()
        };
        let p = propose(&plan, &budget, Objective::Npv);
        let forum: Vec<String> = p.selection.chosen.clone();
        let c = compare(&plan, &p, &budget, &forum, Objective::Npv);
        assert_eq!(c.over_investment, 0.0);
        assert_eq!(c.over_running, Some(0.0));
        assert!(c.only_proposal.is_empty() && c.only_forum.is_empty());
        assert_eq!(c.value, p.selection.total_value);
    }
}
