//! The English texts of the plan view "Follow-up report".

use crate::ui::text::report::ReportTexts;

pub const REPORT_EN: ReportTexts = ReportTexts {
    source_label: "Report for",
    source_meta: |version| format!("The report is based on the version: {version}."),
    intro: "The follow-up report sums up a year for the management team: what each activity gave, what the benefits came to compared with what was expected, what the freed time was used for and which deviations there are. The report is ready to print on A4.",
    year_label: "Follow-up year",
    print: "Print / save as PDF",
    print_hint: "Opens the browser's print dialog; choose “Save as PDF” for a file. The app's menu and buttons are not printed.",
    prepared: |org, plan, year, date| format!("{org} · {plan} · follow-up of {year} · drawn up {date}"),

    section_activities: "Activities by policy goal",
    activities_hint: "Activities whose period starts after the year are left out.",
    goal_caption: |goal, year| format!("{goal}: outcome {year}"),
    other_goal: "Other",
    col_activity: "Activity",
    col_period: "Period",
    col_outcome: "Outcome",
    no_outcome: "No outcome recorded",
    no_activities: |year| format!("No activities to follow up for {year}."),

    section_benefits: "Benefits realisation by benefit class",
    benefits_hint: "Expected and outcome in the benefit's own unit: kronor for economic benefit, hours for freed time, a described result for qualitative benefit.",
    class_caption: |class, year| format!("{class} {year}"),
    col_benefit: "Benefit (initiative)",
    col_owner: "Benefit owner",
    col_expected: "Expected",
    col_realised: "Outcome",
    col_missing: "Missing",
    missing_owner: "Benefit owner",
    missing_outcome: |year| format!("Outcome {year}"),
    no_owner: "–",
    total: "Total",
    no_benefits: |year| format!("No benefits expected or followed up for {year}."),

    section_ledger: "Freed time: from plan to kronor",

    section_deviations: "Deviations",
    deviations_caption: |year| format!("Deviations {year}"),
    col_deviation: "Deviation",
    col_what: "Activity or benefit",
    col_detail: "Detail",
    dev_late: "Delayed",
    dev_stopped: "Cancelled",
    dev_below: "Below expected",
    dev_late_detail: |period, status| format!("Period {period}, status {status}"),
    dev_stopped_detail: |period| format!("Period {period}"),
    dev_below_detail: |expected, realised| format!("Expected {expected}, outcome {realised}"),
    no_deviations: |year| format!("No deviations in {year}."),
};
