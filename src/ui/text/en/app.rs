//! The English texts of the shell, the plan list and a plan's overview, and the English root.

use super::about::ABOUT_EN;
use super::accessibility::ACCESSIBILITY_EN;
use super::backup::BACKUP_EN;
use super::brief::BRIEF_EN;
use super::compare::COMPARE_EN;
use super::conflict::CONFLICT_EN;
use super::criteria::CRITERIA_EN;
use super::figures::FIGURES_EN;
use super::goals::GOALS_EN;
use super::handlingsplan::HANDLINGSPLAN_EN;
use super::joint::JOINT_EN;
use super::lens::LENS_EN;
use super::plan_views::PLAN_VIEWS_EN;
use super::proposal::PROPOSAL_EN;
use super::report::REPORT_EN;
use super::rescue::RESCUE_EN;
use super::revision::REVISION_EN;
use super::samverkan::SAMVERKAN_EN;
use super::share::SHARE_EN;
use super::undo::UNDO_EN;
use super::update::UPDATE_EN;
use super::versions::VERSIONS_EN;
use super::years::YEARS_EN;
use crate::ui::text::analysis::ANALYSIS_SV;
use crate::ui::text::app::Texts;
use crate::ui::text::budget::BUDGET_SV;
use crate::ui::text::followup::FOLLOWUP_SV;
use crate::ui::text::import::IMPORT_SV;
use crate::ui::text::import_messages::IMPORT_MESSAGES_SV;
use crate::ui::text::list::LIST_SV;
use crate::ui::text::matrix::MATRIX_SV;
use crate::ui::text::walkthrough::WALK_SV;

pub const EN: Texts = Texts {
    app_name: "Beredning",
    app_tagline: "From need to decision and realised benefit",
    skip_to_content: "Skip to content",
    nav_label: "Main menu",
    nav_plans: "Plans",
    nav_about: "About Beredning",
    nav_accessibility: "Accessibility statement",
    footer_label: "Footer",
    lazy_loading: "Loading the page …",
    lazy_failed: "This part of Beredning could not be loaded. Check the network connection and try again. Your plans and everything you have typed are still here.",
    lazy_retry: "Try again",
    nav_samverkan: "Collaboration",
    footer_data_note: "Your plans are saved only in this browser. Export them regularly.",
    other_language: "Svenska",
    language_switch_hint: "Switch the language to Swedish",

    save_saved: "Saved",
    save_saving: "Saving…",
    save_failed: "Could not save – export the plan",
    save_failed_quota: "Could not save: the browser's storage is full – export the plan",
    save_memory_only: "Not saved: the browser blocks storage – export the plan",
    save_status_label: "Save status",
    other_tab_changed: "The plans were changed in another tab. The list has been updated.",

    plans_title: "Your plans",
    plans_intro: "The plans are kept in this browser. Open a plan to work on it, or create a new one.",
    plans_empty: "You have no plans yet. Create a plan below or restore the example plan.",
    plans_table_caption: "Plans in this browser",
    col_name: "Name",
    col_organisation: "Organisation",
    col_period: "Period",
    col_initiatives: "Initiatives",
    col_modified: "Last changed",
    col_actions: "Actions",
    open: "Open",
    rename: "Rename",
    duplicate: "Duplicate",
    delete: "Delete",
    cancel: "Cancel",
    save: "Save",
    undo: "Undo",
    new_name_label: "New name for",
    copy_suffix: "(copy)",
    confirm_delete_title: "Delete the plan?",
    confirm_delete_body: "The plan is removed from this browser. You can undo straight afterwards.",
    confirm_delete_yes: "Yes, delete",
    deleted_notice: "The plan was deleted:",
    dismiss: "Close",
    name_required: "Enter a name.",
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
    template_blank: "Empty plan (standard criteria, no goals)",
    template_national: "National digitalisation strategy (2017): five sub-goals",
    template_vastmanland: "Region Västmanland: four strategic goals",
    template_example: "Copy of the example plan",
    created_notice: "The plan was created:",

    plan_not_found: "The plan is not in this browser. It may have been deleted.",
    back_to_plans: "Back to the plans",
    section_goals: "Goals",
    section_criteria: "Prioritisation criteria",
    section_params: "Calculation parameters",
    section_initiatives: "Initiatives",
    section_handlingsplan: "Action plan",
    no_goals: "The plan has no goals yet.",
    no_initiatives: "The plan has no initiatives yet.",
    no_activities: "No activities.",
    outside_goals: "Ongoing development work outside the plan's goals",
    col_title: "Title",
    col_stage: "Stage",
    col_weight: "Weight",
    col_description: "Description",
    col_parameter: "Parameter",
    col_value: "Value",
    col_source: "Source",
    col_year: "Year",
    col_activity: "Activity",
    col_responsible: "Responsible",
    col_status: "Status",
    col_outcome: "Outcome",
    param_salary: "Average monthly salary",
    param_uplift: "On-cost (holiday, payroll charges, insurance)",
    param_hours: "Working hours per month",
    param_rate: "Discount rate",
    param_horizon: "Calculation period",
    param_price_year: "Price year",
    years_unit: "years",
    kr_per_month: "kr/month",

    about: &ABOUT_EN,
    update: &UPDATE_EN,
    accessibility: &ACCESSIBILITY_EN,
    not_found_title: "Page not found",
    not_found_body: "The address does not lead to any page in Beredning.",

    walk: &WALK_SV,
    analysis: &ANALYSIS_SV,
    figures: &FIGURES_EN,
    plan_views: &PLAN_VIEWS_EN,
    report: &REPORT_EN,
    list: &LIST_SV,
    lens: &LENS_EN,
    matrix: &MATRIX_SV,
    budget: &BUDGET_SV,
    handlingsplan: &HANDLINGSPLAN_EN,
    goals: &GOALS_EN,
    rescue: &RESCUE_EN,
    samverkan: &SAMVERKAN_EN,
    backup: &BACKUP_EN,
    conflict: &CONFLICT_EN,
    history: &UNDO_EN,
    criteria: &CRITERIA_EN,
    followup: &FOLLOWUP_SV,
    brief: &BRIEF_EN,
    import: &IMPORT_SV,
    import_messages: &IMPORT_MESSAGES_SV,
    share: &SHARE_EN,
    joint: &JOINT_EN,
    proposal: &PROPOSAL_EN,
    compare: &COMPARE_EN,
    years: &YEARS_EN,
    revision: &REVISION_EN,
    versions: &VERSIONS_EN,
    no_title: "(initiative without a title)",
    new_initiative_title: "New initiative",
    new_initiative_label: "Title of the new initiative",
    new_initiative_submit: "Start the preparation",
    params_hint: "The plan's own assumptions. Each value is shown with its source and year, so that a plan shared with another municipality carries its assumptions with it.",
    param_value: "value",
    param_source: "source",
    param_year: "year",
    hourly_cost_now: "Hourly cost with these parameters:",
    add_criterion: "Add criterion",
    remove_criterion: "Remove the criterion",
    new_criterion_name: "New criterion",
    new_criterion_rubric: ["Very low", "Low", "Medium", "High", "Very high"],
    open_handlingsplan: "Open the action plan to see and change the activities",
    criteria_hint: "The plan's own criteria and weights. When they change, every initiative's score is recalculated at once; a score never depends on other initiatives.",
    criterion_name_label: |n| format!("Name of criterion {n}"),
    criterion_weight_label: |name| format!("Weight of {name}"),
    weight_share: "Share of total weight",
    col_score: "Weighted score",
    col_gates: "Must-pass requirements",
    gates_all_met: "Met",
    gates_missing: "Missing:",

    org_region: "Region",
    org_kommun: "Municipality",
    org_annan: "Other organisation",
    stage_behov: "Need",
    stage_analys: "Analysis",
    stage_beslut: "Decision",
    stage_handlingsplan: "Action plan",
    stage_uppfoljning: "Follow-up",
    stage_avslutad: "Closed",
    status_ny: "New",
    status_beslutad: "Decided",
    status_pagar: "In progress",
    status_genomford: "Completed",
    status_avbruten: "Cancelled",
};
