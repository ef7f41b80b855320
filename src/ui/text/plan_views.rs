//! Texts of the plan-wide views: navigation and view names. Each view's own texts live in the
//! file named after it (list, matrix, budget, handlingsplan, followup, brief).

use crate::ui::shell::route::PlanView;

pub struct PlanViewTexts {
    pub nav_label: &'static str,
    pub overview: &'static str,
    pub list: &'static str,
    pub matrix: &'static str,
    pub budget: &'static str,
    pub handlingsplan: &'static str,
    pub follow_up: &'static str,
    pub follow_up_report: &'static str,
    pub changes: &'static str,
    pub decision_brief: &'static str,
    pub share: &'static str,
    pub compare: &'static str,
}

pub const PLAN_VIEWS_SV: PlanViewTexts = PlanViewTexts {
    nav_label: "Planens vyer",
    overview: "Översikt",
    list: "Prioriteringslista",
    matrix: "Matris",
    budget: "Budgetscenario",
    handlingsplan: "Handlingsplan",
    follow_up: "Uppföljning",
    follow_up_report: "Uppföljningsrapport",
    changes: "Ändringar",
    decision_brief: "Beslutsunderlag",
    share: "Dela och exportera",
    compare: "Räkna om med våra siffror",
};

impl PlanViewTexts {
    pub fn name(&self, view: PlanView) -> &'static str {
        match view {
            PlanView::List => self.list,
            PlanView::Matrix => self.matrix,
            PlanView::Budget => self.budget,
            PlanView::Handlingsplan => self.handlingsplan,
            PlanView::FollowUp => self.follow_up,
            PlanView::FollowUpReport => self.follow_up_report,
            PlanView::Changes => self.changes,
            PlanView::DecisionBrief => self.decision_brief,
            PlanView::Share => self.share,
            PlanView::Compare => self.compare,
        }
    }
}
