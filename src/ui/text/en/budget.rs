//! The English texts of the plan view "Budget scenario".

use super::words::plural;
use crate::core::calc::numfmt::{kronor_in, Language::English};
use crate::ui::text::budget::BudgetTexts;

pub const BUDGET_EN: BudgetTexts = BudgetTexts {
    intro: "Enter how much there is to invest. Beredning proposes the combination of initiatives that gives the most within the budget, and you can compare the proposal with the forum's own selection.",
    state_note: "The budget, the objective and the forum's selection are not saved in the plan. They are kept while the tab is open.",
    inputs_heading: "Budget and objective",
    investment_label: "Investment budget",
    running_label: "Budget for running costs per year (optional)",
    running_hint: "Leave empty if running costs do not limit the selection.",
    kr: "kr",
    kr_per_year: "kr/year",
    objective_legend: "Choose the initiatives that give the highest total of",
    objective_score: "Weighted score",
    objective_npv: "Net present value",
    proposal_heading: "Proposal",
    no_budget: "Enter an investment budget and the proposal is shown here.",
    summary: |n, investment, budget, objective, value| {
        format!(
            "The proposal: {n} {} costing {} of {}. Total {}: {value}.",
            plural(n, "initiative", "initiatives"),
            kronor_in(English, investment),
            kronor_in(English, budget),
            objective.to_lowercase()
        )
    },
    summary_running: |running, budget| {
        format!(
            "Running costs: {} per year of {}.",
            kronor_in(English, running),
            kronor_in(English, budget)
        )
    },
    method_all_fit: "Every initiative that can be chosen fits in the budget, so all are included.",
    method_exact: "Method: exact. The proposal is the combination that gives the highest total within the budget. Beredning tries the combinations by dynamic programming (the knapsack method) and counts the costs in a unit that divides every amount evenly, so no combination is missed.",
    method_rounded: "Method: approximate. To keep the calculation fast, the costs were rounded up to a coarser unit before the combinations were tried. The proposal keeps within the budget, but a slightly better combination may exist.",
    method_greedy: "Method: approximate. With this many initiatives and so large a budget, an exact calculation would take too long. The initiatives were chosen by the most value per krona of budget, and then swaps were tried one for one. The proposal keeps within the budget, but a better combination may exist.",
    chosen_caption: "Proposed initiatives",
    left_out_caption: "Can be chosen but do not fit in the proposal",
    none_chosen: "No initiative fits in the budget.",
    none_left_out: "No initiative that can be chosen is left out.",
    cannot_choose: |n| {
        format!(
            "{n} {} cannot be chosen by Beredning (a must-pass requirement is missing, the score is incomplete or the value is not positive). The forum can still include them in its selection below.",
            plural(n, "initiative", "initiatives")
        )
    },
    col_initiative: "Initiative",
    col_investment: "Investment",
    col_running: "Running cost per year",
    col_status: "In the proposal",
    total: "Total",
    total_of: |objective| format!("Total {}", objective.to_lowercase()),
    remaining: "Left of the investment budget:",
    status_chosen: "Yes",
    status_left_out: "No, does not fit",
    status_blocked: "Cannot be chosen: a must-pass requirement is missing",
    status_unscored: "Cannot be chosen: the score is incomplete",
    status_no_value: "Cannot be chosen: the value is not positive",
    forum_heading: "Compare with the forum's selection",
    forum_intro: "Tick the initiatives the forum wants to include. At first, the initiatives that already have the decision Prioritised are ticked.",
    forum_caption: "The forum's selection",
    forum_col: "The forum's selection",
    forum_from_proposal: "Start from the proposal",
    compare_caption: "The proposal and the forum's selection side by side",
    col_proposal: "The proposal",
    col_forum: "The forum's selection",
    row_count: "Number of initiatives",
    row_within: "Within budget",
    yes: "Yes",
    over_investment: |amount| {
        format!(
            "No, {} over the investment budget",
            kronor_in(English, amount)
        )
    },
    over_running: |amount| {
        format!(
            "No, {} per year over the budget for running costs",
            kronor_in(English, amount)
        )
    },
    only_proposal: "Only in the proposal:",
    only_forum: "Only in the forum's selection:",
    same_selection: "The forum's selection is the same as the proposal.",
    unscored_in_forum: "Initiatives without a complete score count as 0 points in the forum's total.",
    page_status: |s| {
        format!(
            "Page {} of {}: initiatives {}–{} of {}",
            s.page, s.pages, s.from, s.to, s.total
        )
    },
    how_body: &[
        "Beredning chooses among initiatives that meet every must-pass requirement, have a complete score and a positive value. The value is the weighted score or the expected net present value, depending on what you have chosen.",
        "The investment is the sum of the initiative's expected investments over the calculation period, without discounting. The running cost is the cost per year.",
        "The proposal is the combination that gives the highest total value without the investments together exceeding the investment budget and, if you have entered one, without the running costs together exceeding the budget for running costs. Going down the ranking until the money runs out can leave a large part of the budget unused; that is why combinations are tried.",
        "Initiatives without a cost are always included. An initiative that on its own costs more than the budget cannot be chosen.",
        "With a highest investment per calendar year, no year of the proposal may invest more than that. An investment's year counts as the first year of the plan period plus the investment's year in the calculation.",
        "Initiatives with the decision Rejected are never proposed. Initiatives with the decision Prioritised are marked as already prioritised; you choose whether they are counted in the proposal (their costs are then taken from the budget) or kept outside it.",
    ],
    objective_npv_cash: "Net present value without freed time",
    objective_npv_per_krona: "Net present value ratio (net present value per invested krona)",
    objective_score_note: "The weighted score is an index from 0 to 100 for every initiative, whatever its size. A total of indices therefore favours many small initiatives over one large one: two small initiatives with 60 points each give more than one large one with 100. The total shows what the forum's criteria value, not what the budget yields in kronor.",
    objective_npv_note: "The net present value includes the value of freed time. Freed time becomes a real gain only if the time is used for something else.",
    objective_npv_cash_note: "Only economic benefit counts, not freed time: what reaches a budget line.",
    objective_npv_per_krona_note: "This is how Swedish practice (the ASEK guidelines of Trafikverket, the Swedish Transport Administration) ranks when the budget is fixed: the initiatives are taken in order of net present value per invested krona as long as they fit, and an initiative that does not fit is skipped. The total is the net present value with freed time. The order is a rule, so another combination can give a higher net present value; choose Net present value to see it.",
    yearly_label: "Highest investment per calendar year (optional)",
    yearly_hint: "Applies to each calendar year on its own. Leave empty if only the total budget limits the selection.",
    keep_prioritised_label: "Count initiatives already prioritised in the proposal",
    keep_prioritised_hint: "Ticked: initiatives with the decision Prioritised are always in the proposal and their costs are taken from the budget. Not ticked: they are kept outside the proposal as already decided.",
    summary_yearly: |years, limit| {
        let parts: Vec<String> = years
            .iter()
            .map(|(year, amount)| format!("{year}: {}", kronor_in(English, *amount)))
            .collect();
        let list = if parts.is_empty() {
            "none".to_string()
        } else {
            parts.join(", ")
        };
        match limit {
            Some(l) => format!(
                "Investment per calendar year: {list} (at most {} a year).",
                kronor_in(English, l)
            ),
            None => format!("Investment per calendar year: {list}."),
        }
    },
    method_search: "Method: exact. With a limit per calendar year, the combinations are tried by branch and bound in whole kronor, so no better combination is missed.",
    method_search_stopped: "Method: approximate. With this many initiatives the search was stopped after a while. The proposal keeps within every limit, but a better combination may exist.",
    method_ratio: "Method: net present value ratio. The initiatives were taken in order of net present value per invested krona as long as they fitted within the limits; an initiative that did not fit was skipped.",
    status_rejected: "Cannot be chosen: rejected",
    status_prioritised_apart: "Already prioritised, outside the proposal",
    prioritised_mark: " (already prioritised)",
    over_yearly: |amount| {
        format!(
            "No, {} over the limit per calendar year",
            kronor_in(English, amount)
        )
    },
};
