//! The budget scenario as the forum sees it: every initiative with its status in the proposal,
//! and the forum's own selection set beside it. Built on [`super::budget`], so the view only
//! formats.

use std::collections::{HashMap, HashSet};

use super::budget::{candidates, evaluate, select, BudgetInput, Objective, Selection};
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
        .map(|c| (c.initiative_id.clone(), c))
        .collect();
    let lines = rows(plan)
        .into_iter()
        .map(|row| {
            let (value, investment, running, status) = match items.get(&row.initiative_id) {
                Some(c) => {
                    let status = if chosen.contains(row.initiative_id.as_str()) {
                        Status::Chosen
                    } else {
                        Status::LeftOut
                    };
                    (Some(c.value), c.investment, c.running, status)
                }
                None => {
                    let value = match objective {
                        Objective::Score => row.score,
                        Objective::Npv => Some(row.npv),
                    };
                    let status = if !row.missing_gates.is_empty() {
                        Status::Blocked
                    } else if row.score.is_none() {
                        Status::Unscored
                    } else {
                        Status::NoValue
                    };
                    let (inv, run) = (non_negative(row.investment), non_negative(row.running_cost));
                    (value, inv, run, status)
                }
            };
            Line {
                id: row.initiative_id,
                title: row.title,
                value,
                investment,
                running,
                status,
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
        only_proposal,
        only_forum,
    }
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
        assert_eq!(titles(Status::LeftOut), ["Gemensamt"]);
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
    }

    #[test]
    fn a_selection_within_budget_is_not_over() {
        let plan = example_plan();
        let budget = BudgetInput {
            investment_budget: 2_000_000.0,
            running_budget: Some(100_000.0),
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
