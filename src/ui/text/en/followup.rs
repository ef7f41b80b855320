//! The English texts of the plan view "Follow-up".

use super::words::plural;
use crate::core::calc::numfmt::{number_in, Language::English};
use crate::ui::text::followup::FollowUpTexts;

pub const FOLLOWUP_EN: FollowUpTexts = FollowUpTexts {
    intro: "The follow-up is the plan's benefits realisation. Follow the plan up year by year: what each activity delivered and what each benefit turned out to be in reality, compared with what was expected. Economic benefit, freed time and qualitative benefit are kept apart.",
    year_label: "Follow-up year",
    year_hint: "Outcomes are recorded per calendar year.",

    section_totals: "Total per benefit class",
    totals_caption: |year| format!("Expected and outcome {year} per benefit class"),
    col_class: "Benefit class",
    col_expected: "Expected",
    col_realised: "Outcome",
    col_share: "Share of expected",
    qualitative_count: |n| format!("{n} {}", plural(n, "benefit", "benefits")),
    qualitative_results: |n| format!("{n} with an outcome"),
    totals_hint: "Freed time is reported in hours before the share expected to be realised; what the time was worth in kronor is shown below.",

    section_ledger: "Freed time: from plan to kronor",
    ledger_caption: |year| format!("Freed time {year}, step by step"),
    ledger_step: "Step",
    ledger_planned: "Expected freed time",
    ledger_freed: "Freed time according to the outcome",
    ledger_redeployed: "Redeployed time (recorded)",
    ledger_kronor: "Realised value (redeployed time × hourly cost)",
    ledger_not_recorded: "Not recorded",
    ledger_why: "Freed time is not money. Region Västmanland's digitalisation strategy points out that freed time added up from less time spent on many small cases can be hard to realise: a few minutes per case are spread over many employees and become a gain only when the time is gathered and used for something else. That is why freed time is reported apart from economic benefit, and only the redeployed part is converted into kronor.",
    ledger_how: "How is this calculated?",
    ledger_formula: |hourly| {
        format!(
            "Redeployed time is the sum of the hours recorded as redeployed during the year, below; it is not derived from the analysis's expected share. Realised value = redeployed time × hourly cost {} kr/h (average monthly salary / working hours per month × on-cost, the plan's parameters).",
            number_in(English, hourly, 2)
        )
    },

    section_benefits: "Benefits: expected and outcome",
    benefits_hint: "Benefits of initiatives that have been prioritised or entered in the action plan. Enter the year's outcome in the benefit's own unit: kronor for an economic benefit, hours for freed time. An empty box removes the year's outcome.",
    no_benefits: "No benefits to follow up yet: no initiative is prioritised or entered in the action plan.",
    benefit_legend: "Benefit",
    benefit_untitled: "(benefit without a name)",
    initiative: "Initiative",
    class: "Benefit class",
    owner: "Benefit owner",
    owner_missing: "No benefit owner given – a benefit without a benefit owner is seldom followed up.",
    baseline_target: "Baseline → target value",
    measure: "Measured by",
    expected: |year| format!("Expected {year}"),
    not_expected: "No benefit expected this year",
    realised_label: |year| format!("Outcome {year}"),
    result_label: |year| format!("Outcome {year}"),
    comment_label: |year| format!("Comment on the outcome {year}"),
    comment_hint: "Saved together with the year's outcome.",
    unit_kr: "kr",
    unit_h: "h",

    section_activities: "The activities' outcomes",
    activities_hint: "Write what each activity delivered during the year, as in the action plan's follow-up table. An empty box removes the year's outcome.",
    activity_legend: "Activity",
    outcome_label: |year| format!("Outcome {year}"),
    period_status: |period, status| format!("Period: {period} · Status: {status}"),
    earlier_outcomes: "Earlier years:",
    page_status: |s| {
        format!(
            "Page {} of {}: showing {}–{} of {}",
            s.page, s.pages, s.from, s.to, s.total
        )
    },

    rd_heading: "Recorded redeployment",
    rd_hint: "Freed time becomes a gain only when it is used for something else. Record for the year how many hours were actually redeployed and to what; only what is recorded is converted into kronor.",
    rd_caption: |year| format!("Redeployed time {year}"),
    rd_none: |year| format!("No redeployed time is recorded for {year}."),
    rd_col_hours: "Hours",
    rd_col_used: "Used for",
    rd_col_initiative: "Initiative",
    rd_col_actions: "Actions",
    rd_legend_add: |year| format!("Record redeployed time {year}"),
    rd_legend_edit: "Change the record",
    rd_hours: "Redeployed hours",
    rd_used: "What the time was used for",
    rd_initiative: "Initiative (optional)",
    rd_no_initiative: "No particular initiative",
    rd_used_missing: "Write what the time was used for.",
    rd_add: "Record",
    rd_save: "Save the change",
    rd_cancel_edit: "Cancel the change",
    rd_edit_button: "Change",
    rd_remove_button: "Remove",
    rd_edit: |what| format!("Change: {what}"),
    rd_remove: |what| format!("Remove: {what}"),
    rd_removed: |what| format!("The record “{what}” was removed."),
};
