//! Discounting to the plan's base year, so that initiatives starting in different years can be
//! compared and summed (docs/domain.md §5.6).
//!
//! Each initiative is first calculated from its own start year, as Inera's template does
//! ([`cash_flow`]); its present values are then moved to the plan's base year, the first year of
//! the plan's period. An initiative that starts two years after the base year thus keeps its NPV
//! at its own start, and is worth that NPV ÷ (1 + r)² in the plan.

use super::cashflow::{cash_flow, key_figures_by, CashFlow, KeyFigures, Variant};
use super::usable::finite_or_zero;
use crate::core::model::{Initiative, Plan};

/// The calendar year every figure that compares or sums initiatives is discounted to.
pub fn base_year(plan: &Plan) -> i32 {
    plan.period.start_year
}

/// What an amount valued in `from` is worth in `to`: 1 / (1 + r)^(from − to). Moving forward
/// (a start year before the base year, as after a plan's revision) compounds. A rate that has no
/// meaning as a discount rate gives 1, as in `discount_factor`.
pub fn shift_factor(rate_percent: f64, from: i32, to: i32) -> f64 {
    let base = 1.0 + rate_percent / 100.0;
    if !rate_percent.is_finite() || base <= 0.0 {
        return 1.0;
    }
    let years = i64::from(from) - i64::from(to);
    let exponent = i32::try_from(years).unwrap_or(if years < 0 { i32::MIN } else { i32::MAX });
    finite_or_zero(1.0 / base.powi(exponent))
}

/// The flow with every present value moved to `year`. Undiscounted figures (rows' amounts,
/// totals, payback) and the benefit-cost ratio do not change.
pub fn discounted_to(mut flow: CashFlow, rate_percent: f64, year: i32) -> CashFlow {
    let factor = shift_factor(rate_percent, flow.discounted_to, year);
    flow.npv *= factor;
    flow.npv_cash_only *= factor;
    flow.pv_benefits *= factor;
    flow.pv_costs *= factor;
    for row in &mut flow.rows {
        row.discount_factor *= factor;
        row.present_value *= factor;
    }
    flow.discounted_to = year;
    flow
}

/// The initiative's calculation as the plan shows it: years from its own start year, present
/// values at the plan's base year.
pub fn in_plan(plan: &Plan, initiative: &Initiative, v: Variant) -> CashFlow {
    let flow = cash_flow(initiative, &plan.params, v);
    discounted_to(
        flow,
        plan.params.discount_rate_percent.value,
        base_year(plan),
    )
}

/// Expected, low and high as the plan shows them (see [`in_plan`]).
pub fn key_figures_in_plan(plan: &Plan, initiative: &Initiative) -> KeyFigures {
    key_figures_by(initiative, |v| in_plan(plan, initiative, v))
}
