//! The English texts of the plan view "Changes" (Ändringar), mirroring `ui/text/changes.rs`.

use crate::ui::text::changes::ChangesTexts;

pub static CHANGES_EN: ChangesTexts = ChangesTexts {
    intro: "What has changed in the plan since an adopted version, or between two adopted versions: initiatives, decisions, activities, goals and prioritisation criteria, and the key figures that moved. The list can be printed for the forum.",
    from_label: "Compare from",
    to_label: "To",
    now: "The plan as it is now",
    version_option: |date, forum, in_force| {
        if in_force {
            format!("Adopted {date}, {forum} (in force)")
        } else {
            format!("Adopted {date}, {forum}")
        }
    },
    print: "Print / save as PDF",
    print_hint: "Opens the browser's print dialog; choose \u{201c}Save as PDF\u{201d} for a file. The app's menu and buttons are not printed.",
    compared: |from, to, date| format!("From: {from} · To: {to} · prepared {date}"),
    no_version: "The plan has no adopted version to compare with yet.",
    no_version_how: "Once the forum has adopted the plan, record the decision under Adopted versions on the plan's overview: date, forum and decision reference. The plan is then kept as it was, and this view shows what has changed since the decision.",
    no_version_link: "Go to Adopted versions on the overview",
    nothing: "Nothing has changed between the chosen versions.",
    same_side: "You are comparing a version with itself. Choose another version to compare with.",

    initiatives_heading: "Initiatives",
    initiatives_added: |n| format!("Initiatives added ({n})"),
    initiatives_removed: |n| format!("Initiatives removed ({n})"),
    initiatives_changed: |n| format!("Initiatives changed ({n})"),
    decisions_heading: "Decisions",
    decision: |outcome, date| {
        if date.is_empty() {
            outcome.to_string()
        } else {
            format!("{outcome} {date}")
        }
    },
    activities_heading: "Activities",
    activities_added: |n| format!("Activities added ({n})"),
    activities_removed: |n| format!("Activities removed ({n})"),
    activity_status: |n| format!("Activities with a new status ({n})"),
    activities_renamed: |n| format!("Activities renamed ({n})"),
    framework_heading: "Goals and prioritisation criteria",
    goals_added: |n| format!("Goals added ({n})"),
    goals_removed: |n| format!("Goals removed ({n})"),
    goals_renamed: |n| format!("Goals renamed ({n})"),
    criteria_added: |n| format!("Prioritisation criteria added ({n})"),
    criteria_removed: |n| format!("Prioritisation criteria removed ({n})"),
    criteria_renamed: |n| format!("Prioritisation criteria renamed ({n})"),
    criteria_weights: |n| format!("Weights changed ({n})"),
    figures_heading: "Key figures that changed",
    figures_hint: "Each version is calculated with its own prioritisation criteria and parameters. The net present value is discounted to the plan's first year.",
    figures_caption: "Rank, weighted score and net present value, before → after",
    col_initiative: "Initiative",
    col_rank: "Rank",
    col_score: "Weighted score",
    col_npv: "Net present value",
    old_new: |old, new| format!("{old} → {new}"),
    changed: "changed",
    missing: "–",

    field_title: "Title",
    field_start_year: "Start year",
    field_stage: "Stage",
    field_problem: "Problem and need",
    field_owner: "Business owner",
    field_score: |criterion| format!("Rating: {criterion}"),
    field_goals: "Goals and strategy areas (number of goals)",
    field_benefits: "Benefits (number)",
    field_costs: "Costs",
    field_risks: "Risks (number)",
    field_readiness: "Readiness",
    field_need_details: "Other details of the need",

    summary_heading: "Summary for the decision brief",
    summary_label: "Updated since the previous version",
    summary_hint: "The text is saved in the plan and included in the decision brief. Write it yourself, or fill in a short summary of the comparison above and edit it.",
    summary_prefill: "Fill in from the comparison",
    summary_confirm_title: "Replace the text you have written?",
    summary_confirm_body: "The text is replaced by a summary of the comparison above. You can undo right afterwards.",
    summary_confirm_yes: "Replace the text",
    summary_prefilled: |_| "The text was filled in from the comparison.".to_string(),
};
