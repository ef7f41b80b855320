//! The English texts of the plan's goals and of what each criterion measures.

use super::count;
use crate::ui::text::goals::GoalTexts;

pub const GOALS_EN: GoalTexts = GoalTexts {
    intro: "The plan's own goals. Initiatives are linked to them in the analysis, and the action plan's activities are grouped under them in this order.",
    legend: |n, name| format!("Goal {n}: {name}"),
    name_label: "Name",
    kind_label: "Kind of goal",
    description_label: "Description",
    kind_inriktningsmal: "Policy goal (inriktningsmål)",
    kind_effektmal: "Impact goal",
    kind_strategiskt_mal: "Strategic goal",
    move_up: "Move up",
    move_down: "Move down",
    remove: "Remove",
    add_heading: "Add a goal",
    add_name_label: "Name of the new goal",
    add_kind_label: "Kind of the new goal",
    add: "Add goal",
    added: |name| format!("The goal “{name}” was added."),
    empty_name: "Enter a name for the goal.",
    duplicate_name: "The plan already has a goal with that name.",
    gone: "The goal is no longer in the plan.",
    initiative_gone: "The initiative is no longer in the plan.",
    links: |l| {
        format!(
            "The goal has {} and {} linked to it.",
            count(l.initiatives, "initiative", "initiatives"),
            count(l.activities, "activity", "activities")
        )
    },
    no_links: "No initiatives or activities are linked to the goal.",
    move_links_label: "Move the links to",
    move_to_outside: "Other work (no goal)",
    confirm_remove: |name| format!("Remove the goal “{name}”"),
    cancel: "Cancel",
    removed: |name| format!("The goal “{name}” was removed."),
    role_label: |name| format!("What {name} measures"),
    role_hint: "The matrix's Effort axis follows the criterion that measures feasibility, whatever it is called.",
    role_none: "None of SKR's criteria",
    role_urgency: "Urgency",
    role_effort: "Feasibility (effort)",
    role_benefit: "Benefit",
    role_cost: "Cost",
    role_strategic_fit: "Strategic fit",
};
