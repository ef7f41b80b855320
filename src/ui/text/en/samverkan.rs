//! The English texts of the collaboration view: several organisations' plans side by side.

use super::{count, decimal, kronor};
use crate::ui::text::samverkan::SamverkanTexts;

pub const SAMVERKAN_EN: SamverkanTexts = SamverkanTexts {
    title: "Collaboration",
    intro: "Put several plans side by side – your own and those other municipalities and regions have shared – and see which initiatives meet the same need, even when they have different names. Similarity is judged on the title, the problem and current situation, the target groups and the national areas. Confirm or dismiss each suggestion; your choices are saved in this browser.",
    choose_legend: "Plans to compare",
    choose_hint: "Choose at least two plans. Initiatives in the same plan are not compared with each other.",
    plan_option: |name, organisation, n| {
        let initiatives = count(n, "initiative", "initiatives");
        if organisation.is_empty() {
            format!("{name} ({initiatives})")
        } else {
            format!("{name} – {organisation} ({initiatives})")
        }
    },
    too_few: "Choose at least two plans to see which initiatives overlap.",
    none_found: "No overlapping initiatives were found in the chosen plans.",
    result_summary: |groups, pairs| {
        format!(
            "{} with {}.",
            count(groups, "group", "groups"),
            count(pairs, "match", "matches")
        )
    },
    group_caption: |n, strength| format!("Group {n} – {strength}"),
    col_organisation: "Organisation",
    col_plan: "Plan",
    col_initiative: "Initiative",
    col_stage: "Stage",
    col_investment: "Investment",
    col_npv: "Net present value",
    col_decision: "Decision",
    no_decision: "No decision",
    money: kronor,
    matches_heading: "Why they belong together",
    member: |title, organisation| format!("{title} ({organisation})"),
    pair_title: |a, b| format!("{a} and {b}"),
    score: |score, strength| format!("Similarity {} of 100 ({strength})", decimal(score * 100.0, 0)),
    shared_words: |words| format!("Words in common: {words}"),
    shared_words_title: "(the words are in both titles)",
    shared_groups: |groups| format!("Same target group: {groups}"),
    shared_areas: |areas| format!("Same national area: {areas}"),
    confirmed: "Confirmed by you",
    confirm: "Confirm",
    dismiss: "Dismiss",
    undo_choice: "Undo the choice",
    dismissed_heading: "Dismissed suggestions",
    dismissed_hint: "You have dismissed these suggestions. Bring one back if it does concern the same need after all.",
    restore: "Bring back",
    choice_failed: "The choice could not be saved in the browser. It holds until you close the tab.",
    choice_confirmed_status: |a, b| format!("Confirmed that {a} and {b} concern the same need."),
    choice_dismissed_status: |a, b| format!("Dismissed the suggestion {a} and {b}."),
    choice_cleared_status: |a, b| format!("The suggestion {a} and {b} is unjudged again."),
    strong: "strong",
    likely: "likely",
    groups_label: "Overlapping initiatives",
    page_status: |s| format!("Showing groups {}–{} of {}", s.from, s.to, s.total),
};
