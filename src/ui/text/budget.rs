//! Texts of the plan view "Budgetscenario".

pub struct BudgetTexts {
    pub intro: &'static str,
}

pub const BUDGET_SV: BudgetTexts = BudgetTexts { intro: "" };
