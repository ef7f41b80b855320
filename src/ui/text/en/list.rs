//! The English texts of the plan view "Priority list".

use super::words::plural;
use crate::core::calc::numfmt::{decimal_in, percent_in, Language::English};
use crate::ui::text::list::ListTexts;

pub const LIST_EN: ListTexts = ListTexts {
    intro: "Every initiative in the plan, ranked by weighted score. Sort by any column, filter \
            and try other weights. Initiatives that do not meet the must-pass requirements are \
            not ranked and are shown separately.",

    weights_legend: "Weights",
    weights_hint: "The weights are the plan's own and are saved. When you change a weight, the \
                   list is ranked again at once. Only the proportions between the weights matter.",
    weight_label: |name| format!("Weight of {name}"),

    filters_legend: "Filter",
    filter_stage: "Stage",
    filter_goal: "Goal",
    filter_unit: "Department",
    filter_target: "Target group",
    all: "All",
    count: |shown, total| {
        format!(
            "Showing {shown} of {total} {}.",
            plural(total, "initiative", "initiatives")
        )
    },
    sorted_by: |column, direction| format!("Sorted by {column}, {direction}."),
    ascending: "ascending",
    descending: "descending",
    sort_by: "Sort by ",

    ranked_caption: "Ranked initiatives",
    col_rank: "Rank",
    col_title: "Initiative",
    col_stage: "Stage",
    col_goals: "Goals",
    col_score: "Weighted score",
    col_npv: "Net present value",
    col_hours: "Freed time (h/year)",
    col_investment: "Investment",
    col_risk: "Highest risk",
    col_gates: "Must-pass requirements",
    col_sensitivity: "Sensitivity",
    col_missing: "Missing must-pass requirements",
    none: "–",
    not_scored: "Not rated",
    risk_of: |score| format!("{score} out of 25"),
    gates_met: "Met",
    empty_ranked: "No initiative that meets the must-pass requirements matches the filters.",

    breakdown_summary: "Score per criterion",
    breakdown_for: |title| format!(" for {title}"),
    breakdown_part: |name, score, share, points| {
        format!(
            "{name}: rating {score}, weight {} → {} points",
            percent_in(English, share, 1),
            decimal_in(English, points, 2)
        )
    },
    breakdown_unscored: |name, share| {
        format!(
            "{name}: not rated, weight {}",
            percent_in(English, share, 1)
        )
    },
    breakdown_total: |total| format!("Total: {} points", decimal_in(English, total, 2)),
    breakdown_incomplete: "The total is missing until every criterion with a weight is rated.",
    breakdown_formula: "Each criterion gives its share of the weight times (rating − 1) / 4, so \
                        rating 5 on every criterion gives 100 points.",

    stable: "Stable",
    unstable: |min, max| format!("Unstable: rank {min}–{max}"),
    sensitivity_heading: "How certain is the ranking?",
    sensitivity_body: "The Sensitivity column shows whether an initiative's rank changes when \
                       one criterion weight at a time is lowered or raised by 20%. Stable means \
                       that the rank holds in all these cases. Unstable means that the rank \
                       depends on how the weights are set: the range shows which ranks the \
                       initiative can get. Discuss an unstable rank in the forum before the \
                       decision.",
    sensitivity_summary: |unstable, ranked| {
        format!(
            "{unstable} of {ranked} ranked {} {} an unstable rank.",
            plural(ranked, "initiative", "initiatives"),
            if unstable == 1 { "has" } else { "have" }
        )
    },

    blocked_heading: "Do not meet the must-pass requirements",
    blocked_intro: "These initiatives are not ranked until every must-pass requirement is met. \
                    The column shows what is missing.",
    blocked_none: "Every initiative shown meets the must-pass requirements.",
    ranked_note: "The net present value includes the value of freed time; the net present value without freed time is in the decision brief and the export. Initiatives with the decision Rejected are not ranked and are shown last. Initiatives with the decision Prioritised are marked as already prioritised.",
    rank_rejected: "Rejected",
    prioritised_mark: " (already prioritised)",

    previous: |n| format!("Previous {n}"),
    next: |n| format!("Next {n}"),
    page_of: |page, pages| format!("Page {page} of {pages}"),
    pager_label: |table| format!("Pages: {table}"),
};
