//! The English texts of the key figures and their formulas ("How is this calculated?").

use super::{decimal, kronor, number, percent};
use crate::ui::text::figures::FigureTexts;

pub const FIGURES_EN: FigureTexts = FigureTexts {
    title: "Key figures",
    how: "How is this calculated?",
    hourly_cost: "Hourly cost",
    hourly_formula: |salary, hours, uplift, result| {
        format!(
            "Average monthly salary {} kr ÷ {} working hours per month × on-cost {} = {} kr/h (Inera's benefit calculation).",
            number(salary, 0),
            decimal(hours, 2),
            decimal(uplift, 4),
            number(result, 2)
        )
    },
    freed_hours: "Freed time",
    freed_hours_formula: |result| {
        format!(
            "Cases a year × minutes saved per case ÷ 60, or hours a year, summed over the benefits: {} h a year.",
            decimal(result, 1)
        )
    },
    freed_value: "Value of freed time (share expected to be realised)",
    freed_value_formula: "Hours a year × hourly cost × share expected to be realised:",
    freed_value_note: "Freed time is not money in the budget: it becomes a benefit only when the time is used for something else. It is therefore kept apart from economic benefit.",
    cash_benefit: "Economic benefit",
    cash_benefit_formula: "Lower costs or higher income in kronor a year, summed over the benefits.",
    investment: "Investment (total)",
    npv: "Net present value (NPV)",
    npv_formula: |horizon, rate, price_year| {
        format!(
            "NPV = Σ (benefit − cost) ÷ (1 + r)^t for year t = 0 … {horizon}, with discount rate r = {}. The benefit covers economic benefit and the value of freed time, all in {price_year} prices.",
            percent(rate, 2)
        )
    },
    npv_discounted_to: |year| format!("discounted to {year}, the plan's first year"),
    npv_base_formula: |start, own, base, rate, shown| {
        if start == base {
            format!("The initiative starts in {start}, the plan's first year, and the present value is calculated to that year.")
        } else {
            format!(
                "The initiative starts in {start}; year t = 0 is {start}, and the NPV at the start year is {}. So that it can be compared and added up with the plan's other initiatives, it is discounted to the plan's first year, {base}: {} ÷ (1 + {})^({start} − {base}) = {}.",
                kronor(own),
                kronor(own),
                percent(rate, 2),
                kronor(shown)
            )
        }
    },
    npv_cash_only: "Net present value without freed time",
    npv_cash_only_formula: "The same calculation with economic benefit only: what shows in the budget.",
    npv_range: |low, high| {
        format!(
            "Uncertainty range: {} (low: low benefits, high costs) to {} (high).",
            kronor(low),
            kronor(high)
        )
    },
    payback: "Payback year",
    payback_year: |year, index| format!("{year} (year {index})"),
    payback_never: "within the calculation period: no",
    payback_formula: "The first year in which the cumulative net (benefit − cost, undiscounted) rises above zero.",
    bcr: "Benefit-cost ratio",
    bcr_none: "–",
    bcr_formula: |benefits, costs| {
        format!(
            "Discounted benefits {} ÷ discounted costs {}.",
            kronor(benefits),
            kronor(costs)
        )
    },
    per_year: "a year",
    hours_unit: "h",
    kr_per_hour: "kr/h",
    table_title: "Benefits and costs by year",
    col_year: "Year",
    col_cash: "Economic benefit",
    col_freed_hours: "Freed time (h/year)",
    col_freed_value: "Value of freed time (kr/year)",
    col_investment: "Investment",
    col_running: "Running cost",
    col_net: "Net",
    col_cumulative: "Cumulative net",
    col_pv: |year| format!("Present value ({year})"),
    figure: "Key figure",
    value: "Value",
};
