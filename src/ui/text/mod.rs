//! Every user-facing string, in one place so that English can be added as a second table.
//! Views never hold Swedish literals; they read [`Texts`] through [`t`].
//!
//! Each area has a struct of texts and one `const` table per language (`LIST_SV`), so a
//! language that leaves a text out does not compile. Three kinds of entries:
//! - a fixed text is a `&'static str` field: `t().save`;
//! - a text with values is a `fn` field with typed arguments, called as `(t().list.count)(3, 10)`.
//!   The table gives it as a closure that formats the values the language's way (the Swedish
//!   tables use `core::calc::numfmt`), so a missing or misnamed value is a compile error, not
//!   a `{placeholder}` left in the page;
//! - an enum's label is a method that matches every variant to a fixed-text field
//!   (`t().stage(s)`): a new variant does not compile until every language names it.

mod about;
mod accessibility;
mod analysis;
mod app;
mod backup;
mod brief;
mod budget;
mod compare;
mod conflict;
mod criteria;
mod figures;
mod followup;
mod goals;
mod handlingsplan;
mod import;
mod import_messages;
mod joint;
mod labels;
mod lens;
mod list;
mod matrix;
mod pager;
mod plan_views;
mod proposal;
mod report;
mod rescue;
mod revision;
mod samverkan;
mod share;
mod undo;
mod update;
mod versions;
mod walkthrough;
mod years;

pub use about::{AboutTexts, ABOUT_SV};
pub use accessibility::StatementSection;
pub use analysis::{AnalysisTexts, ANALYSIS_SV};
pub use app::{Texts, SV};
pub use brief::{BriefTexts, BRIEF_SV};
pub use budget::{BudgetTexts, BUDGET_SV};
pub use compare::{CompareTexts, COMPARE_SV};
pub use criteria::{CriteriaTexts, CRITERIA_SV};
pub use figures::{FigureTexts, FIGURES_SV};
pub use followup::{FollowUpTexts, FOLLOWUP_SV};
pub use goals::{GoalTexts, GOALS_SV};
pub use handlingsplan::{HandlingsplanTexts, HANDLINGSPLAN_SV};
pub use import::{ImportTexts, IMPORT_SV};
pub use import_messages::{ImportMessagesTexts, IMPORT_MESSAGES_SV};
pub use joint::{JointTexts, JOINT_SV};
pub use lens::{LensTexts, LENS_SV};
pub use list::{ListTexts, LIST_SV};
pub use matrix::{MatrixTexts, MATRIX_SV};
pub use pager::PageSpan;
pub use plan_views::{PlanViewTexts, PLAN_VIEWS_SV};
pub use proposal::{ProposalTexts, PROPOSAL_SV};
pub use report::{ReportTexts, REPORT_SV};
pub use revision::{RevisionTexts, REVISION_SV};
pub use share::{ShareTexts, SHARE_SV};
pub use versions::{VersionTexts, VERSIONS_SV};
pub use walkthrough::{WalkTexts, WALK_SV};

use crate::core::format::problem::Problem;
use crate::core::format::shared::OpenError;

/// The texts of the current language. Only Swedish exists today.
pub fn t() -> &'static Texts {
    &SV
}

/// What is wrong with an imported file, as a sentence in the current language.
pub fn problem_message(problem: &Problem) -> String {
    t().import_messages.message(problem)
}

/// Why a link could not be opened, as sentences: the link's own fault, or every problem with
/// what it carries.
pub fn open_error_messages(error: &OpenError) -> Vec<String> {
    match error {
        OpenError::Link(link) => vec![t().joint.link_error(link)],
        OpenError::Problems(problems) => problems.iter().map(problem_message).collect(),
    }
}
