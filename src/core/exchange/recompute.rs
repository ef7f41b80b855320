//! "Räkna om med våra siffror": an imported plan's key figures under its own parameters and
//! under ours, side by side, so plans from different organisations become comparable.

use crate::core::{CalcParams, Plan};

/// Which calculation parameter differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKey {
    MonthlySalary,
    Uplift,
    HoursPerMonth,
    DiscountRate,
    Horizon,
    PriceYear,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParamDiff {
    pub key: ParamKey,
    pub theirs: f64,
    pub ours: f64,
}

/// One initiative's key figures both ways.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub id: String,
    pub title: String,
    pub npv_theirs: f64,
    pub npv_ours: f64,
    pub freed_value_theirs: f64,
    pub freed_value_ours: f64,
    pub rank_theirs: Option<usize>,
    pub rank_ours: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comparison {
    pub diffs: Vec<ParamDiff>,
    pub rows: Vec<FigureRow>,
}

pub fn compare(plan: &Plan, ours: &CalcParams) -> Comparison {
    let _ = (plan, ours);
    Comparison::default()
}

/// Replaces the plan's parameters with ours (values, sources and years).
pub fn adopt(plan: &mut Plan, ours: &CalcParams) {
    plan.params = ours.clone();
}
