//! The English texts of the plan's adopted versions (docs/domain.md §6).

use super::decimal;
use crate::ui::text::versions::VersionTexts;

pub static VERSIONS_EN: VersionTexts = VersionTexts {
    heading: "Adopted versions",
    none: "The plan has no adopted version yet.",
    in_force: |date, forum, reference| {
        format!("Version in force: {}", decided_by(date, forum, reference))
    },
    decided: |date, forum, reference| {
        let text = decided_by(date, forum, reference);
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    },
    changed: "The plan has changes since the version in force.",
    unchanged: "No changes since the version in force.",
    show_changes: "Show the changes",
    form_heading: "Adopt the plan",
    form_intro: "Record the decision. The plan is saved as it is now and cannot be changed afterwards.",
    decided_on: "Date of decision",
    decided_on_hint: "YYYY-MM-DD",
    forum: "Deciding forum",
    forum_hint: "For example Kommunstyrelsen (the municipal executive board) or Regionstyrelsen (the regional executive board).",
    reference: "Decision reference (optional)",
    note: "Note (optional)",
    submit: "Adopt",
    recorded: |date, forum| format!("The plan was adopted on {date} by {forum}."),
    list_heading: "All adopted versions",
    initiatives: |n| format!("Initiatives in the version ({n})"),
    space: |plan, versions| {
        format!(
            "The plan takes {} MB and its versions {} MB of the browser's storage.",
            decimal(plan, if plan < 0.1 { 2 } else { 1 }),
            decimal(versions, if versions < 0.1 { 2 } else { 1 })
        )
    },
    broken: |date, forum, missing| {
        let why = if missing { "missing" } else { "damaged" };
        format!(
            "The version adopted on {date} by {forum} could not be read: it is {why} in the browser's storage. The rest of the plan can be used, and what is stored of the version is left as it is. If the version is in an exported file, you can import that file."
        )
    },
    remove: "Remove version",
    confirm_remove: |name| format!("Remove the version {name}?"),
    confirm_body: "The version and its content are removed from the plan. You can undo straight afterwards.",
    removed: |name| format!("The version {name} was removed."),
    date_missing: "Enter the date the plan was adopted.",
    date_invalid: "Enter the date as YYYY-MM-DD, for example 2019-05-12.",
    date_in_future: "The date cannot be later than today.",
    forum_missing: "Enter who adopted the plan, for example Kommunstyrelsen.",
};

fn decided_by(date: &str, forum: &str, reference: &str) -> String {
    if reference.is_empty() {
        format!("adopted on {date} by {forum}.")
    } else {
        format!("adopted on {date} by {forum}, {reference}.")
    }
}
