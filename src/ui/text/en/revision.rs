//! The English texts of revising a plan into next year's plan (docs/domain.md §6).

use super::count;
use crate::ui::text::revision::RevisionTexts;

pub const REVISION_EN: RevisionTexts = RevisionTexts {
    heading: "Revise for next year",
    intro: "Together with the follow-up, the action plan is revised into next year's plan. The revision becomes a new plan with the period moved one year ahead and the same goals, criteria, strategies and parameters. Activities that are new, decided or in progress come along, with their outcomes; completed and cancelled activities stay in the follow-up but not in the new action plan. The initiatives come along at their stage with every outcome. This plan is not changed.",
    button: |first, last| format!("Revise to {first}–{last}"),
    past_last_year: "The plan cannot be revised: the period would end after 2100.",
    new_name: |name, year| format!("{name} (revision {year})"),
    revised_from: "Revised from",
    from_period: |first, last| format!("({first}–{last})"),
    from_not_here: "(not in this browser)",
    created_notice: |from| format!("The plan was created as a revision of {from}. The earlier plan remains unchanged."),
    undo: "Undo the revision (remove the new plan)",
    undo_gone: "The new plan has been changed since the revision; remove it from the list of plans if you do not want it.",
    params_review: |year| format!("The parameters are those of {year} – review them."),
    params_review_hint: "The plan is revised from the previous year's plan. Check the average monthly salary, on-cost, discount rate and price year, with source and year, before new calculations are used.",
    params_reviewed: "The parameters have been reviewed",
    closed_in_previous_plan: "From an earlier plan, not in the action plan",
    closed_in_follow_up: |n| {
        format!(
            "{} from an earlier plan {} in the follow-up.",
            count(n, "completed or cancelled activity", "completed or cancelled activities"),
            if n == 1 { "remains" } else { "remain" }
        )
    },
    open_follow_up: "Open the follow-up",
};
