//! The English texts of an initiative's years in the analysis step (docs/domain.md §5.5).

use crate::ui::text::years::YearTexts;

pub const YEARS_EN: YearTexts = YearTexts {
    start_year: "Start year",
    start_year_hint: |first, last| {
        format!("The calendar year that is the initiative's year 0: investments, running cost and benefits are counted from it. A year within the plan's period, {first}–{last}.")
    },
    running_first_year: "First year (0 = start year)",
    running_last_year: "Last year",
    running_years: |first, last| format!("The running cost is counted {}.", span(first, last)),
    running_years_none: "The running cost is not counted in any year within the calculation period.",
    running_years_hint: "Years are counted from the start year, which is year 0, and lie within the calculation period.",
    benefit_years: |first, last| format!("The benefit is counted {}.", span(first, last)),
    benefit_years_none: "The benefit is not counted in any year within the calculation period.",
    investment_year: |year| format!("The investment is counted in {year}."),
    investment_year_none: "The year lies after the calculation period; the investment is not counted.",
    npv_note: |year| {
        format!("The net present value is calculated from each initiative's own start year and discounted to {year}, the plan's first year, so that initiatives starting in different years can be compared and added up.")
    },
    not_a_year: "Enter a whole year in digits.",
    outside_period: |first, last| {
        format!("The start year must lie within the plan's period, {first}–{last}.")
    },
    outside_horizon: |horizon| {
        format!("The year must lie within the calculation period, year 0–{horizon} counted from the start year.")
    },
    first_after_last: |last| format!("The first year cannot be after the last year ({last})."),
    last_before_first: |first| format!("The last year cannot be before the first year ({first})."),
    gone: "The initiative no longer exists; the change was not saved.",
};

/// "in 2027–2029", or "in 2027" for a single year.
fn span(first: i32, last: i32) -> String {
    if first == last {
        format!("in {first}")
    } else {
        format!("in {first}–{last}")
    }
}
