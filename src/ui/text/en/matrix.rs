//! The English texts of the plan view "Matrix".

use crate::core::calc::numfmt::{decimal_in, kronor_in, number_in, Language::English};
use crate::ui::text::matrix::MatrixTexts;

pub const MATRIX_EN: MatrixTexts = MatrixTexts {
    intro: "Every fully rated initiative is shown as a bubble: higher value further up, higher cost or effort further to the right. The bubble's area corresponds to freed time per year. Initiatives that lack a must-pass requirement are shown with a dashed border. Choose a bubble to open the initiative.",
    value_legend: "Value",
    value_score: "Weighted score",
    value_npv: "Net present value",
    cost_legend: "Cost or effort",
    cost_cost: "Cost: investment and running cost over the calculation period",
    cost_effort: |name| format!("Effort: 6 minus the rating on {name}"),
    effort_missing: "Effort can be chosen when one of the plan's criteria measures feasibility (chosen under Prioritisation criteria in the plan's overview).",
    chart_title: |value, cost| {
        format!(
            "Matrix: {} against {}",
            value.to_lowercase(),
            cost.to_lowercase()
        )
    },
    chart_desc: |value, cost| {
        format!("The lines split at the median of each axis: value {value}, cost or effort {cost}. A value exactly at the median counts as low.")
    },
    skip_chart: "Skip the chart and go to the table",
    chart_heading: "The initiatives in the matrix",
    axis_score: "Weighted score (0–100)",
    axis_npv: "Net present value, kr",
    axis_cost: "Cost over the calculation period, kr",
    axis_effort: "Effort (1 = easy, 5 = hard)",
    quadrant_quick_win: "Quick wins",
    quadrant_big_bet: "Major projects",
    quadrant_filler: "Fill-ins",
    quadrant_question: "Reconsider",
    quadrant_quick_win_hint: "high value, low cost",
    quadrant_big_bet_hint: "high value, high cost",
    quadrant_filler_hint: "low value, low cost",
    quadrant_question_hint: "low value, high cost",
    label_score: |v| format!("score {}", decimal_in(English, v, 1)),
    label_npv: |v| format!("net present value {}", kronor_in(English, v)),
    label_cost: |v| format!("cost {}", kronor_in(English, v)),
    label_effort: |v| format!("effort {} out of 5", decimal_in(English, v, 0)),
    point_label: |title, value, cost, hours, quadrant| {
        format!(
            "{title}: {value}, {cost}, freed time {} h/year, {}",
            number_in(English, hours, 0),
            quadrant.to_lowercase()
        )
    },
    blocked: "blocked, a must-pass requirement is missing",
    hours_unit: "h/year",
    effort_of: |effort| format!("{} out of 5", decimal_in(English, effort, 1)),
    table_caption: "The matrix's data as a table",
    col_number: "No.",
    col_initiative: "Initiative",
    col_hours: "Freed time (h/year)",
    col_quadrant: "Quadrant",
    page_status: |s| {
        format!(
            "Page {} of {}: initiatives {}–{} of {}",
            s.page, s.pages, s.from, s.to, s.total
        )
    },
    unscored: "Not shown because the initiative is not fully rated:",
    not_placed: "Cannot be placed with this choice:",
    empty: "No initiative is fully rated yet. Rate the initiatives in the walkthrough's Prioritisation step, and they are shown here.",
    how_body: &[
        "Value is either the weighted score (0–100, from the plan's criteria and weights) or the net present value, including the value of freed time, over the calculation period at the plan's discount rate.",
        "Cost is the investments plus the running cost per year times the number of years in the calculation period, without discounting: what the budget has to carry. Effort is 6 minus the rating on the criterion that measures feasibility, whatever it is called, so that 1 means easy and 5 hard.",
        "The quadrants are split at the median of the initiatives shown, on each axis separately. Half of the initiatives therefore fall on each side of each line; a value exactly at the median counts as low. The median moves when initiatives are added, so the quadrant says how an initiative compares with the others in the plan, not with a fixed limit.",
        "The bubble's area is proportional to the freed time per year (the year with the most freed time, before the share expected to be realised). Initiatives without freed time get a minimum size so that they are visible.",
        "Initiatives that lack a must-pass requirement are shown with a dashed border: they cannot be prioritised until the requirement is met.",
    ],
};
