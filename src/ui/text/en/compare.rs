//! The English texts of the plan view "Recalculate with our figures".

use crate::ui::text::compare::CompareTexts;

pub const COMPARE_EN: CompareTexts = CompareTexts {
    price_years: |theirs, ours, differ| {
        if differ {
            format!("Price year: the plan's amounts are in {theirs} prices, your parameters give price year {ours}. The amounts are not converted to the same price year (the plan has no price index), so the columns mix two years' prices. Compare the difference in net present value with care.")
        } else {
            format!("Price year: {theirs} in both. The amounts are in the same year's prices.")
        }
    },
    title: "Recalculate with our figures",
    intro: "A plan from another organisation carries its assumptions with it: salary, on-cost, working hours, discount rate, calculation period and price year. Here the plan's initiatives are recalculated with the parameters of one of your own plans, so that the key figures can be compared with yours.",
    choose_label: "Compare with the parameters of",
    choose_hint: "Our parameters are taken from the plan you choose. Nothing changes until you choose to use them.",
    no_other_plan: "There is no other plan in this browser to take your parameters from. Create or import a plan with your own parameters first.",

    params_heading: "The parameters side by side",
    params_caption: |ours| format!("Calculation parameters: this plan's and ours (from {ours})"),
    col_theirs_value: "The plan's value",
    col_theirs_source: "The plan's source and year",
    col_ours_value: "Our value",
    col_ours_source: "Our source and year",
    col_difference: "Comparison",
    differs: "Differs",
    same: "Same",
    hourly: "Hourly cost (calculated)",
    hourly_source: "Average monthly salary ÷ working hours × on-cost",
    n_differ: |n| format!("{n} of six parameters differ."),
    one_differs: "One of six parameters differs.",
    all_equal: |ours| {
        format!("The parameters' values are the same in this plan and in {ours}, so the key figures are the same with both.")
    },
    sources_differ: "Sources or years differ, but no values.",

    figures_heading: "Key figures by initiative",
    figures_caption: "Key figures by initiative with the plan's and with our parameters",
    figures_explained: &[
        "The net present value is the expected one, with the value of freed time, as in the priority list.",
        "The value of freed time is the value of the time expected to be realised in the year when it is largest.",
        "The rank is the initiative's place by net present value among the initiatives that have amounts to calculate with. The weighted score does not depend on the parameters, so it is the order by net present value that can change.",
    ],
    col_initiative: "Initiative",
    col_npv_theirs: "Net present value, the plan's parameters",
    col_npv_ours: "Net present value, our parameters",
    col_freed_theirs: "Value of freed time (kr/year), the plan's parameters",
    col_freed_ours: "Value of freed time (kr/year), our parameters",
    col_rank_theirs: "Rank by net present value, the plan's parameters",
    col_rank_ours: "Rank by net present value, our parameters",
    rank_of: |rank, of| format!("{rank} of {of}"),
    no_rank: "– (no amounts)",
    total: "Total",
    no_initiatives: "The plan has no initiatives to recalculate.",
    pager_label: "Key figures by initiative",

    decide_heading: "Which parameters should the plan have?",
    adopt: "Use our parameters",
    keep: "Keep the plan's own parameters",
    adopted: |ours| {
        format!("The plan's parameters have been replaced by the parameters of {ours}, with sources and years. Every key figure in the plan is now calculated with them.")
    },
    kept: "The plan's own parameters are kept. Nothing has changed.",
    undo: "Undo",
    undone: "The plan's own parameters are restored.",
    per_month: "kr/month",
    hours_unit: "h",
    kr_per_hour: "kr/h",
    years: "years",
    not_given: "–",
};
