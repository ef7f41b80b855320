//! The English texts for importing a plan file: the picker on the plan list, the problems, the
//! preview, the merge step and the notices afterwards.

use super::words::plural;
use crate::ui::text::import::ImportTexts;

pub const IMPORT_EN: ImportTexts = ImportTexts {
    title: "Import a plan",
    section_title: "Import a plan",
    section_intro: "Has another municipality or region shared a plan with you, or have you received a proposal as a file? Choose the file here. You see what it contains before anything is saved.",
    file_label: "Plan file (JSON, at most 10 MB)",
    file_hint: "The file is checked first. Files larger than 10 MB are not accepted.",
    drop_zone_label: "Drop a plan file here",
    drop_idle: "You can also drag a plan file here and drop it.",
    drop_active: "Drop the file now to import it.",
    reading: "Reading the file…",
    read_failed: "The file could not be read. Try again or choose the file once more.",
    no_file_dropped: "What you dropped was not a file. Drag a plan file (JSON) here.",

    nothing_title: "No file to import",
    nothing_body: "Choose a plan file under “Import a plan” in the list of your plans.",

    problems_title: "The file could not be imported",
    file_name: "File:",
    problems_intro: "This needs to be corrected in the file:",
    nothing_changed: "Nothing has been changed in your saved plans.",

    preview_title: "Import the plan?",
    preview_intro: "The file has been checked. Nothing has been saved yet.",
    preview_caption: "The plan in the file",
    row_name: "Name",
    row_organisation: "Organisation",
    row_period: "Period",
    row_exported: "Exported",
    row_versions: "Version",
    row_initiatives: "Initiatives",
    row_activities: "Activities",
    row_goals: "Goals",
    not_exported: "unknown",
    versions: |app, format| format!("Beredning {app}, file format {format}"),
    migrated: |n| format!("(migrated from version {n})"),
    warnings_title: "Information that is not included",
    warnings_intro: "The file contains information that this version of Beredning does not know. It is not included:",
    params_differ: |plan| {
        format!("The plan's calculation parameters differ from yours (in {plan}). After the import you can compare the key figures under “Recalculate with our figures”.")
    },
    mode_legend: "How do you want to import the plan?",
    mode_new: "As a new plan",
    mode_merge: "Merge with an existing plan",
    merge_target: "Plan to merge with",
    merge_no_plans: "You have no plans to merge with.",
    id_taken: "A plan with the same id already exists here. The imported plan gets a new id, so both are kept.",
    name_taken: "You already have a plan with the same name. The name is kept and both are shown in the list.",
    submit: "Import",
    cancel: "Cancel and go back to the plans",

    merge_title: |plan| format!("Merge with {plan}"),
    merge_counts: |added, identical, conflicts| {
        format!(
            "{added} new {} added, {identical} identical, {conflicts} {}.",
            plural(added, "initiative is", "initiatives are"),
            plural(conflicts, "conflict", "conflicts")
        )
    },
    added_title: "Initiatives that are added",
    goals_missing_title: "Goals that are added to your plan",
    unknown_criteria_title: "Criteria your plan does not have",
    unknown_criteria_intro: "Incoming initiatives are rated on criteria that your plan does not have. The ratings come along but do not count in your plan.",
    copy_suffix: "(imported)",
    conflicts_title: "Conflicts",
    conflicts_intro: "These initiatives are in both plans but differ. Choose which version applies.",
    no_conflicts: "No conflicts: none of your initiatives is changed.",
    mine: "Your version:",
    theirs: "Their version:",
    keep_mine: "Keep mine",
    take_theirs: "Take theirs",
    keep_both: "Keep both",
    merge_outcome: |s| {
        format!(
            "After the merge: {} added, {} replaced by their version, {} of yours kept unchanged and {} kept in both versions (theirs with the suffix “(imported)”).",
            s.added, s.replaced, s.kept, s.duplicated
        )
    },
    merge_submit: "Merge",
    merge_back: "Back",
    target_gone: "The plan to merge with no longer exists. Choose another plan.",

    imported_notice: "The plan was imported:",
    imported_new_id: "It was given a new id, because the id in the file was already used here or could not be used.",
    imported_same_name: "You now have two plans with the same name.",
    compare_link: "Recalculate with our figures",
    merged_notice: "The plan has been merged:",
    merged_counts: |s| {
        format!(
            "{} {} added, {} replaced by their version, {} of yours kept and {} in both versions.",
            s.added,
            plural(s.added, "initiative", "initiatives"),
            s.replaced,
            s.kept,
            s.duplicated
        )
    },
    undo_merge: "Undo the merge",
    merge_undone: "The merge has been undone. The plan is as it was before the import:",
};
