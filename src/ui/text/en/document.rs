//! The English texts of the decision document (docs/domain.md §2.9). The Swedish names of the
//! document's parts are glossed where a Swedish reader of the English version looks for them.

use crate::core::calc::numfmt::{kronor_in, number_in, Language};
use crate::ui::text::document::{ranks, titles, DocumentTexts};

const EN: Language = Language::English;

pub const DOCUMENT_EN: DocumentTexts = DocumentTexts {
    title: |plan| format!("Decision document: {plan}"),
    choice_legend: "Which initiatives are proposed?",
    choice_line: "The highest ranked, above a line",
    choice_chosen: "An own selection",
    line_label: "Number of initiatives above the line",
    line_hint: |n| format!("{n} initiatives are ranked."),
    chosen_legend: "Initiatives in the proposal",
    use_forum: "Use the forum's selection from the budget scenario",
    use_forum_hint: "The selection in the budget scenario, or the initiatives already prioritised.",
    edit_own_words: "Write in your own words",
    own_words_hint: "The text is kept with the plan. Empty the field to use the app's proposal again.",
    reset_text: "Restore the proposal",
    export_word: "Export for Word",
    export_done: |file| format!("The document was saved as {file}."),
    export_hint: "A file Word opens with its headings and tables, to edit the document before it goes to the forum.",

    summary: "Summary",
    decision: "Proposed decision",
    matter: "The matter",
    goals: "The plan's goals",
    preparation: "Preparation and ranking",
    criteria: "Criteria and weights",
    changes: "Updated from the previous version",
    economy: "Financial consequences",
    consequences: "Impact assessments",
    equality: "Equality, accessibility and target groups",
    children: "Children's rights (UN Convention on the Rights of the Child)",
    safe: "Safe digitalisation",
    risks: "Risks",
    readiness: "Readiness: the four success factors",
    strategy: "National digitalisation strategy and Agenda 2030",
    initiatives: "Proposed initiatives",

    summary_text: |d| {
        if d.proposed.is_empty() {
            return format!("The document proposes none of the plan's {} initiatives.", d.considered);
        }
        format!(
            "The document proposes {} of the plan's {} initiatives. The investment totals {} and the running cost {} a year. The net present value is {} with the value of freed time and {} without freed time (discounted to {}). The initiatives free about {} hours a year, which are not money in the budget until the time is put to other use.",
            d.totals.count,
            d.considered,
            kronor_in(EN, d.totals.investment),
            kronor_in(EN, d.totals.running),
            kronor_in(EN, d.totals.npv),
            kronor_in(EN, d.totals.npv_cash_only),
            d.base_year,
            number_in(EN, d.totals.freed_hours, 0)
        )
    },
    decision_text: |d, forum| {
        if d.proposed.is_empty() {
            return format!("{forum} is proposed to decide not to prioritise any initiatives now.");
        }
        let which = if d.proposed.iter().all(|p| p.rank.is_some()) {
            format!("initiatives {} of the ranking: {}", ranks(d, "and"), titles(d, "and"))
        } else {
            titles(d, "and")
        };
        format!(
            "{forum} is proposed to decide to prioritise {which}, with a total investment of {} and a running cost of {} a year.",
            kronor_in(EN, d.totals.investment),
            kronor_in(EN, d.totals.running)
        )
    },
    forum_fallback: "The decision forum",
    matter_intro: |plan, org, from, to| format!("The matter concerns {plan} for {org}, plan period {from}–{to}."),
    no_goals: "The plan has no goals.",
    goal_line: |goal, n| match n {
        0 => format!("{goal}: no proposed initiative contributes"),
        1 => format!("{goal}: 1 proposed initiative contributes"),
        n => format!("{goal}: {n} proposed initiatives contribute"),
    },
    preparation_text: |d| {
        let choice = match d.line {
            Some(n) => format!("The document proposes the {n} highest ranked."),
            None if d.proposed.iter().all(|p| p.rank.is_some()) && d.proposed.len() == d.ranked => {
                "The document proposes every ranked initiative.".to_string()
            }
            None => format!("The document proposes an own selection of {} initiatives.", d.proposed.len()),
        };
        format!(
            "The initiatives were prepared step by step: need, analysis of benefits, costs and risks, must-pass requirements and scoring against the plan's criteria. Of the plan's {} initiatives, {} meet every must-pass requirement and are fully scored; they are ranked by weighted score, then by net present value. {choice}",
            d.considered, d.ranked
        )
    },
    criteria_caption: "Criteria with weight and share of the weighted score",
    col_criterion: "Criterion",
    col_weight: "Weight",
    col_share: "Share",
    economy_intro: "The proposed initiatives' costs and benefits per year, undiscounted. Freed time is shown apart: it becomes money in the budget only when the time is put to other use.",
    by_year_caption: "Finances per year of the proposed initiatives",
    col_year: "Year",
    col_investment: "Investment",
    col_running: "Running cost",
    col_cash_benefit: "Economic benefit",
    col_cash_net: "Net in the budget",
    col_freed_hours: "Freed time (h)",
    col_freed_value: "Value of freed time",
    investment_total: "Total investment",
    running_total: "Running cost a year",
    npv_with_freed: |year| format!("Net present value with freed time (discounted to {year})"),
    npv_cash_only: "Net present value without freed time",
    params_caption: "The plan's parameters with source and year",
    consequences_intro: "The consequences as described in the walkthrough of each proposed initiative.",
    col_initiative: "Initiative",
    target_groups: "Target groups",
    equality_considerations: "Women and men, age and disability",
    participation: "User participation",
    not_answered: "Not answered",
    children_text: "The walkthrough does not yet ask about consequences for children. Consequences for children have not been assessed for the proposed initiatives.",
    col_personal_data: "Personal data",
    col_security: "Information security classification",
    col_legal: "Legal and ethical questions",
    safe_caption: "Safe digitalisation per initiative",
    risks_caption: "Risks per initiative, highest first",
    col_risk: "Risk",
    col_risk_score: "Probability × consequence",
    col_mitigation: "Mitigation",
    no_risks: "No risks given",
    readiness_caption: "Readiness per initiative, 1 (very low) to 5 (very high)",
    rating: |n| format!("{n} of 5"),
    not_rated: "Not rated",
    strategy_caption: "Strategy areas and Agenda 2030 per initiative",
    col_areas: "Strategy areas",
    col_agenda: "Agenda 2030",
    none_linked: "None given",
    nothing_proposed: "No initiatives are proposed.",
    more_sections: |n| format!("A further {n} proposed initiatives are in the tables above but not shown one by one."),
    unranked_mark: "not ranked",
};
