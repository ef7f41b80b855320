//! Calendar years of an initiative: its year index t is calendar year start year + t
//! (docs/domain.md §5.5). What the analysis step, the yearly table and the follow-up show.

use super::cashflow::{calendar_year, MAX_HORIZON_YEARS};
use crate::core::model::{Initiative, Plan};

/// The calendar years that the initiative's years `first..=last` (0 = its start year) are
/// counted in, the last cut at the horizon as in the cash flow; None when no year counts (a
/// first year past the horizon or after the last). What the analysis step shows next to a
/// benefit's, an investment's or the running cost's years.
pub fn calendar_span(
    plan: &Plan,
    initiative: &Initiative,
    first: u32,
    last: u32,
) -> Option<(i32, i32)> {
    let last = last.min(plan.params.horizon_years.value.min(MAX_HORIZON_YEARS));
    (first <= last).then(|| {
        (
            calendar_year(initiative.start_year, first),
            calendar_year(initiative.start_year, last),
        )
    })
}

/// The calendar years the running cost is counted in (see [`calendar_span`]).
pub fn running_calendar_years(plan: &Plan, initiative: &Initiative) -> Option<(i32, i32)> {
    let costs = &initiative.analysis.costs;
    calendar_span(
        plan,
        initiative,
        costs.running_first_year,
        costs.running_last_year,
    )
}
