//! One initiative as the portfolio views list it: everything the ranked list, the matrix, the
//! budget and the exports show of it, computed once per plan change.

use crate::core::calc::gates::Gate;
use crate::core::model::initiative::{Stage, TargetGroup};
use crate::core::model::LensArea;

/// One initiative as the prioritisation list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PortfolioRow {
    pub initiative_id: String,
    pub title: String,
    pub stage: Stage,
    /// As stored on the initiative, so a row can be filtered on any goal it names.
    pub goal_ids: Vec<String>,
    /// The proposing unit, trimmed so that it matches the choices of [`units`].
    pub unit: String,
    pub target_groups: Vec<TargetGroup>,
    /// The areas of the plan's lens the initiative sits under, directly or through the mapping
    /// table (`Framework::areas_under_lens`).
    pub areas: Vec<LensArea>,
    /// The weighted score rounded to six decimals, as in the ranking, so the list never shows a
    /// lower score above a higher one. None while the score is incomplete.
    pub score: Option<f64>,
    /// The place in [`crate::core::calc::rank`]; None when a gate is missing, the score is
    /// incomplete or the initiative is rejected, because such an initiative is not ranked.
    pub rank: Option<usize>,
    /// Expected-variant net present value, freed time included.
    pub npv: f64,
    /// The same without the value of freed time (docs/domain.md §5.6).
    pub npv_cash_only: f64,
    /// Hours freed in the year with most freed time (before the realisation share), the figure
    /// people quote as "hours a year".
    pub freed_hours: f64,
    /// Expected investment within the horizon, undiscounted: what a budget line must hold.
    pub investment: f64,
    /// Expected running cost a year.
    pub running_cost: f64,
    /// Probability × consequence of the worst risk, 1–25.
    pub highest_risk: Option<u8>,
    /// Must-pass requirements still missing, in [`Gate::ALL`] order.
    pub missing_gates: Vec<Gate>,
    /// The decision in force is *avslagen*: never ranked, listed after the ranked rows.
    pub rejected: bool,
    /// The decision in force is *prioriterad*: marked as already decided.
    pub prioritised: bool,
}
