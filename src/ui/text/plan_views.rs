//! Texts of the plan-wide views: navigation and view names. Each view's own texts live in the
//! file named after it (list, matrix, budget, handlingsplan, followup, brief).

use crate::ui::shell::route::PlanView;

pub struct PlanViewTexts {
    pub nav_label: &'static str,
    pub overview: &'static str,
    pub names: [&'static str; 8],
}

pub const PLAN_VIEWS_SV: PlanViewTexts = PlanViewTexts {
    nav_label: "Planens vyer",
    overview: "Översikt",
    names: [
        "Prioriteringslista",
        "Matris",
        "Budgetscenario",
        "Handlingsplan",
        "Uppföljning",
        "Beslutsunderlag",
        "Dela och exportera",
        "Räkna om med våra siffror",
    ],
};

impl PlanViewTexts {
    pub fn name(&self, view: PlanView) -> &'static str {
        self.names[view as usize]
    }
}
