//! The English texts of the plan view "Share and export", and the headers of the exported
//! tables in English.

use crate::ui::text::share::ShareTexts;

pub const SHARE_EN: ShareTexts = ShareTexts {
    intro: "Export the plan to keep a backup or to share it with another municipality or region, or take the plan's tables out to a spreadsheet program.",

    json_heading: "Export the whole plan",
    json_about: |format, version| {
        format!("The plan is saved as a JSON file in the format {format}, version {version}. The file holds everything in the plan: goals and prioritisation criteria, the calculation parameters with source and year, every initiative with its whole history from need to decision and follow-up, and the action plan's activities with their outcomes.")
    },
    json_use: "Another municipality or region can import the file in Beredning, as a new plan or merged with a plan of its own, and recalculate it with its own parameters. The file is also your backup: plans kept only in the browser disappear if the browser's data is cleared.",
    json_button: "Export the plan (JSON)",
    last_exported: |date| format!("Last exported: {date}"),
    never_exported: "Not exported yet",
    json_done: |file| format!("The plan was saved as {file}."),
    save_failed: "The file could not be saved: the browser did not allow the download. The plan is unchanged.",
    file_fallback: "plan",

    tables_heading: "Tables for spreadsheets",
    tables_body: "The CSV files use English settings, like the rest of the page: a comma between columns and a decimal point, UTF-8 with a byte order mark so that Excel reads the characters right. In Excel with Swedish settings, switch Beredning to Swedish before exporting to get semicolons and decimal commas. Amounts are in kronor and time in hours, without a unit in the cell, so that they can be calculated with.",
    csv_group: "Tables as CSV",
    csv_ranked: "The priority list (CSV)",
    csv_handlingsplan: "The action plan (CSV)",
    csv_followup: "The follow-up (CSV)",
    csv_done: |file| format!("The table was saved as {file}."),
    xlsx_body: "The Excel file holds all three tables, one per sheet. It is made in the background and can take a few seconds for a large plan.",
    xlsx_button: "Everything as Excel (XLSX)",
    xlsx_working: "Making the Excel file…",
    xlsx_done: |file| format!("The Excel file was saved as {file}."),
    xlsx_unavailable: "The Excel file could not be made: the part of Beredning that writes Excel files could not be fetched. Check the network connection and try again, or use the CSV files. The plan is unchanged.",
    xlsx_failed: "The Excel file could not be made. Try again, or use the CSV files. The plan is unchanged.",

    sheet_ranked: "Priority list",
    sheet_handlingsplan: "Action plan",
    sheet_followup: "Follow-up",
    ranked_columns: [
        "Rank",
        "Initiative",
        "Stage",
        "Goals",
        "Weighted score",
        "Net present value (kr)",
        "Freed time (h/year)",
        "Investment (kr)",
        "Running cost a year (kr)",
        "Highest risk (1–25)",
        "Must-pass requirements",
        "Net present value without freed time (kr)",
    ],
    handlingsplan_columns: ["Goal", "Activity", "Period", "Responsible", "Status"],
    outcome_year: |year| format!("Outcome {year}"),
    followup_columns: [
        "Initiative",
        "Benefit",
        "Benefit class",
        "Unit",
        "Benefit owner",
        "Baseline",
        "Target value",
    ],
    expected_year: |year| format!("Expected {year}"),
    realised_year: |year| format!("Outcome {year}"),
    unit_kronor: "kr",
    unit_hours: "h",
};
