//! The English texts of the plan's prioritisation criteria as edited on the overview.

use crate::ui::text::criteria::CriteriaTexts;

pub const CRITERIA_EN: CriteriaTexts = CriteriaTexts {
    legend: |name| format!("Criterion: {name}"),
    rubric_legend: |name| format!("What each rating means for {name}"),
    rubric_hint: "The texts are shown at each level when an initiative is rated.",
    rubric_label: |level| format!("Rating {level}"),
    empty_name: "Enter a name for the criterion.",
    duplicate_name: "The plan already has a criterion with that name.",
    empty_rubric: "Enter what the rating means.",
    gone: "The criterion is no longer in the plan.",
    confirm_title: |name| format!("Remove the criterion “{name}”?"),
    ratings: |n| {
        match n {
        0 => "No initiative has a rating on the criterion.".to_string(),
        1 => "1 initiative has a rating on the criterion. It is removed with the criterion, and the initiative's weighted score is recalculated.".to_string(),
        n => format!("{n} initiatives have a rating on the criterion. They are removed with the criterion, and the initiatives' weighted scores are recalculated."),
    }
    },
    confirm_remove: |name| format!("Yes, remove the criterion “{name}”"),
    removed: |name| format!("The criterion “{name}” was removed."),
    added: |name| format!("The criterion “{name}” was added."),
};
