//! The English texts of the plan view "Action plan" (handlingsplan), and of the pager it shares
//! with "Follow-up".

use super::count;
use crate::ui::text::handlingsplan::HandlingsplanTexts;

pub const HANDLINGSPLAN_EN: HandlingsplanTexts = HandlingsplanTexts {
    intro: "What has been decided becomes activities, grouped under the plan's goals as in an action plan. Change the activity, period, responsible and status straight in the list; everything is saved automatically. The year's outcome is written in the Follow-up view.",
    no_goals: "The plan has no goals yet. Every activity is therefore shown under other work; goals are added on the plan's overview.",
    status_summary: "Activities by status:",
    activity_legend: "Activity",
    untitled: "(activity without a name)",
    title_label: "Activity",
    period_label: "Period",
    responsible_label: "Responsible",
    status_label: "Status",
    note: "Note:",
    from_initiative: "From the initiative:",
    add: "Add activity",
    add_under: |goal| format!("under {goal}"),
    remove: "Remove the activity",
    confirm_remove: |title| format!("Remove the activity “{title}” from the action plan?"),
    remove_outcomes: |n| match n {
        0 => "The activity has no outcome written.".to_string(),
        1 => "The activity has an outcome for 1 year; it is removed with the activity.".to_string(),
        n => format!("The activity has outcomes for {n} years; they are removed with the activity."),
    },
    confirm_remove_button: |title| format!("Yes, remove the activity “{title}”"),
    removed: |title| format!("The activity “{title}” was removed."),
    group_empty: "No activities in the group yet.",
    group_count: |n| count(n, "activity", "activities"),
    page_nav: |group| format!("Pages of {group}"),
    page_status: |s| format!("Showing {}–{} of {}", s.from, s.to, s.total),
    page_previous: "Previous page",
    page_next: "Next page",
    continued: "(cont.)",
    plan_pages: "the action plan",
    index_label: "Goals in the action plan",
    index_where: |n, first, last| {
        let activities = count(n, "activity", "activities");
        if first == last {
            format!("{activities}, page {first}")
        } else {
            format!("{activities}, pages {first}–{last}")
        }
    },
};
