//! The English texts of the plan view "Beslutsunderlag" (the decision brief).

use super::{decimal, kronor, percent};
use crate::ui::text::brief::BriefTexts;

pub const BRIEF_EN: BriefTexts = BriefTexts {
    intro: "A brief for the deciding forum: the plan's assumptions, the ranking with key figures and a short section on each proposed initiative.",
    print: "Print / save as PDF",
    print_hint: "Choose “Save as PDF” in the print dialog to get a file. The header, menu and buttons are not printed.",
    prepared: |org, from, to, date| format!("{org} · plan period {from}–{to} · prepared {date}"),

    section_params: "Assumptions of the calculations",
    params_caption: "The plan's parameters with source and year",
    hourly: "Hourly cost",
    hourly_source: "Calculated: average monthly salary / working hours per month × on-cost",
    per_month: "kr/month",
    years: "years",

    section_ranking: "Ranked initiatives",
    ranking_hint: "Initiatives that meet every must-pass requirement and are fully rated, ordered by weighted score and then by net present value. The score depends only on the initiative's own rating, never on other initiatives.",
    ranking_caption: "Ranking with key figures",
    col_rank: "Rank",
    col_initiative: "Initiative",
    col_score: "Weighted score",
    col_npv: "Net present value",
    col_freed: "Freed time (h/year)",
    col_investment: "Investment",
    col_risk: "Highest risk",
    col_gates: "Must-pass requirements",
    gates_met: "Met",
    no_risk: "None given",
    no_ranked: "No initiative is ranked yet: an initiative is ranked when every must-pass requirement is met and every criterion is rated.",
    not_ranked_heading: "Not ranked",
    more_ranked: |n| {
        format!("A further {n} ranked initiatives are in the plan's priority list; the brief covers the 25 ranked highest.")
    },
    more_unranked: |n| format!("A further {n} initiatives are not ranked."),
    missing_gates: |gates| format!("must-pass requirements missing: {gates}"),
    not_scored: "not fully rated",

    section_matrix: "Score and investment",
    matrix_title: "Weighted score against investment for the ranked initiatives",
    matrix_desc: "Each point is an initiative, marked with its rank. Higher up means a higher score, further to the right a larger investment. The same values are in the table Ranking with key figures.",
    axis_investment: "Investment (kr)",
    axis_score: "Weighted score",

    section_proposals: "Proposed initiatives",
    need: "Need",
    current_situation: "Current situation",
    proposed_by: "Proposed by",
    target_groups: "Target groups",
    goals: "Contributes to goals",
    benefits: "Benefits",
    no_benefits: "No benefits given.",
    per_year: |value| format!("{} a year", kronor(value)),
    hours_per_year: |hours, share, value| {
        format!(
            "{}\u{a0}h a year ({} expected to be realised, worth {} a year)",
            decimal(hours, 1),
            percent(share, 1),
            kronor(value)
        )
    },
    realised_share: "share expected to be realised",
    owner: "benefit owner",
    costs: "Costs and key figures",
    investment_total: "Total investment",
    running: "Running cost a year",
    npv: |years, rate, base_year| {
        format!(
            "Net present value ({years} years, {} discount rate, discounted to {base_year})",
            percent(rate, 2)
        )
    },
    npv_cash_only: "Net present value without freed time",
    payback: "Payback year",
    payback_year: |year, index| format!("{year} (year {index})"),
    payback_none: "within the calculation period: no",
    bcr: "Benefit-cost ratio",
    payback_cash_only: "Payback year without freed time",
    bcr_cash_only: "Benefit-cost ratio without freed time",
    with_freed_time_note: "The net present value, payback year and benefit-cost ratio without a qualifier count the value of freed time; the rows without freed time show only economic benefit, what reaches a budget line.",
    risks: "Risks",
    no_risks: "No risks given.",
    risk_line: |p, c, score| format!("probability {p} × consequence {c} = {score}"),
    gates: "Must-pass requirements",
    initiative_owner: "Business owner",
    financing: "Financing and management",
    score: "Rating per criterion",
    score_line: |name, score, points| {
        let score = score.map_or_else(|| "–".to_string(), |s| s.to_string());
        format!("{name}: {score} of 5 ({} points)", decimal(points, 2))
    },
    decision: "Decision in force",
};
