//! English texts of the plan list once the plans are read.

use crate::ui::text::plan_list::PlanListTexts;

pub const PLAN_LIST_EN: PlanListTexts = PlanListTexts {
    rename: "Rename",
    duplicate: "Duplicate",
    delete: "Delete",
    save: "Save",
    new_name_label: "New name for",
    confirm_delete_title: "Delete the plan?",
    confirm_delete_body: "The plan is removed from this browser. You can undo straight afterwards.",
    confirm_delete_yes: "Yes, delete",
    deleted_notice: "The plan was deleted:",
    restore_example: "Restore the example plan",
    restore_example_hint: "The example plan is Region Västmanland's action plan (handlingsplan) 2019–2021 with a few initiatives.",
    create_title: "Create a new plan",
    create_name: "Name of the plan",
    create_organisation: "Organisation",
    create_org_kind: "Type of organisation",
    create_start_year: "First year",
    create_end_year: "Last year",
    create_template: "Start from",
    create_submit: "Create plan",
    year_invalid: "Enter a year between 2000 and 2100.",
    year_order: "The last year cannot be before the first year.",
    plans_empty: "You have no plans yet. Create a plan below or restore the example plan.",
    other_tab_changed: "The plans were changed in another tab. The list has been updated.",
};
