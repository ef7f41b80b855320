//! The English names of the plan-wide views.

use crate::ui::text::plan_views::PlanViewTexts;

pub const PLAN_VIEWS_EN: PlanViewTexts = PlanViewTexts {
    changes: "Changes",
    nav_label: "The plan's views",
    overview: "Overview",
    list: "Priority list",
    matrix: "Matrix",
    budget: "Budget scenario",
    handlingsplan: "Action plan",
    follow_up: "Follow-up",
    follow_up_report: "Follow-up report",
    decision_brief: "Decision brief",
    share: "Share and export",
    compare: "Recalculate with our figures",
};
