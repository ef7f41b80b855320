//! Every user-facing string, in one place so that English can be added as a second table.
//! Views never hold Swedish literals; they read [`Texts`] through [`t`].

mod about;
mod analysis;
mod app;
mod brief;
mod budget;
mod compare;
mod figures;
mod followup;
mod handlingsplan;
mod import;
mod import_messages;
mod labels;
mod list;
mod matrix;
mod plan_views;
mod share;
mod walkthrough;

pub use about::{AboutTexts, ABOUT_SV};
pub use analysis::{AnalysisTexts, ANALYSIS_SV};
pub use app::{Texts, SV};
pub use brief::{BriefTexts, BRIEF_SV};
pub use budget::{BudgetTexts, BUDGET_SV};
pub use compare::{CompareTexts, COMPARE_SV};
pub use figures::{FigureTexts, FIGURES_SV};
pub use followup::{FollowUpTexts, FOLLOWUP_SV};
pub use handlingsplan::{HandlingsplanTexts, HANDLINGSPLAN_SV};
pub use import::{ImportTexts, IMPORT_SV};
pub use import_messages::{ImportMessagesTexts, IMPORT_MESSAGES_SV};
pub use list::{ListTexts, LIST_SV};
pub use matrix::{MatrixTexts, MATRIX_SV};
pub use plan_views::{PlanViewTexts, PLAN_VIEWS_SV};
pub use share::{ShareTexts, SHARE_SV};
pub use walkthrough::{WalkTexts, WALK_SV};

use crate::core::format::problem::Problem;

/// The texts of the current language. Only Swedish exists today.
pub fn t() -> &'static Texts {
    &SV
}

/// What is wrong with an imported file, as a sentence in the current language.
pub fn problem_message(problem: &Problem) -> String {
    t().import_messages.message(problem)
}
