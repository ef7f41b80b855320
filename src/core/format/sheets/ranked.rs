//! The prioritisation list as a sheet: the rows of [`crate::core::portfolio::rows`], in rank
//! order with the unranked last, so the file shows the same figures as the list on screen.

use super::{shown, Cell, Sheet};
use crate::core::calc::Gate;
use crate::core::model::initiative::Stage;
use crate::core::portfolio::rows;
use crate::core::Plan;

/// What the caller's language calls things.
pub struct RankedLabels<'a> {
    pub sheet: &'a str,
    /// Rank, title, stage, goals, weighted score, net present value, freed hours a year,
    /// investment, running cost a year, highest risk, must-pass requirements, and net present
    /// value without freed time (docs/domain.md §5.6), so the file keeps cash apart.
    pub columns: [&'a str; 12],
    pub untitled: &'a str,
    /// Shown in the last column when no must-pass requirement is missing.
    pub gates_met: &'a str,
    pub stage: &'a dyn Fn(Stage) -> &'a str,
    pub gate: &'a dyn Fn(Gate) -> &'a str,
}

pub fn ranked_sheet(plan: &Plan, labels: &RankedLabels) -> Sheet {
    let goal_name = |id: &str| {
        plan.framework
            .goals
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.name.trim())
    };
    let rows = rows(plan)
        .into_iter()
        .map(|r| {
            let goals: Vec<&str> = r.goal_ids.iter().filter_map(|id| goal_name(id)).collect();
            let gates = if r.missing_gates.is_empty() {
                labels.gates_met.to_string()
            } else {
                let missing: Vec<&str> =
                    r.missing_gates.iter().map(|g| (labels.gate)(*g)).collect();
                missing.join(", ")
            };
            vec![
                r.rank.map_or(Cell::Empty, |p| Cell::Number(p as f64)),
                Cell::text(shown(&r.title, labels.untitled)),
                Cell::text((labels.stage)(r.stage)),
                Cell::text_or_empty(&goals.join("; ")),
                r.score.map_or(Cell::Empty, Cell::number),
                Cell::amount(r.npv),
                Cell::amount(r.freed_hours),
                Cell::amount(r.investment),
                Cell::amount(r.running_cost),
                r.highest_risk
                    .map_or(Cell::Empty, |s| Cell::Number(f64::from(s))),
                Cell::text(gates),
                Cell::amount(r.npv_cash_only),
            ]
        })
        .collect();
    Sheet {
        name: labels.sheet.to_string(),
        columns: labels.columns.iter().map(|c| c.to_string()).collect(),
        rows,
    }
}
