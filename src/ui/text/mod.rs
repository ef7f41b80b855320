//! Every user-facing string, in Swedish and English. Views never hold literals; they read
//! [`Texts`] through [`t`], which gives the table of the current [`language`].
//!
//! Each area has a struct of texts and one `const` table per language (`LIST_SV`, `LIST_EN`),
//! so a language that leaves a text out does not compile. Three kinds of entries:
//! - a fixed text is a `&'static str` field: `t().save`;
//! - a text with values is a `fn` field with typed arguments, called as `(t().list().count)(3, 10)`.
//!   The table gives it as a closure that formats the values the language's way (the Swedish
//!   tables use `core::calc::numfmt`), so a missing or misnamed value is a compile error, not
//!   a `{placeholder}` left in the page;
//! - an enum's label is a method that matches every variant to a fixed-text field
//!   (`t().stage(s)`): a new variant does not compile until every language names it.
//!
//! An area's English table lives in `en/<area>.rs` as `pub const FOO_EN: FooTexts` with every
//! field (translated per the glossary's English column, docs/glossary.md). Fixed texts are plain
//! strings; value texts format with the English helpers of `en/mod.rs` (`kronor`, `number`,
//! `percent`, `decimal`, `count`: "1,234 kr", "3.5%", "3 initiatives"), never the Swedish
//! `numfmt::kronor`. The `foo` field of `EN` in `en/app.rs` points at `&FOO_EN`;
//! `tests/text_languages.rs` fails while it points at a Swedish table, or while an area with a
//! `_SV` table has no `_EN` twin. A text an enum or an error needs is a field of the table, never
//! a literal in an `impl`, so that each language words it.
//!
//! The language is chosen once per mount ([`set_language`]): switching re-mounts the whole
//! shell (see `ui/shell/app.rs`), so no view has to track the language as a signal.

mod about;
mod accessibility;
mod analysis;
mod app;
mod areas;
mod backup;
mod brief;
mod budget;
mod changes;
mod compare;
mod conflict;
mod criteria;
mod document;
mod en;
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
pub mod num;
mod overview;
mod pager;
mod plan_list;
mod plan_views;
mod print;
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
pub use document::{DocumentTexts, DOCUMENT_SV};
pub use en::EN;
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

use std::sync::atomic::{AtomicBool, Ordering};

pub use crate::core::calc::numfmt::Language;

/// Whether the UI is in English. A plain flag rather than a signal: the language changes only
/// by re-mounting the shell, so nothing needs to be told.
static ENGLISH: AtomicBool = AtomicBool::new(false);

/// The current UI language.
pub fn language() -> Language {
    if ENGLISH.load(Ordering::Relaxed) {
        Language::English
    } else {
        Language::Swedish
    }
}

/// Sets the language [`t`] reads from now on; the caller re-mounts what shows texts.
pub fn set_language(lang: Language) {
    ENGLISH.store(lang == Language::English, Ordering::Relaxed);
}

/// The texts of a language.
pub fn texts(lang: Language) -> &'static Texts {
    match lang {
        Language::Swedish => &SV,
        Language::English => &EN,
    }
}

/// The texts of the current language.
pub fn t() -> &'static Texts {
    texts(language())
}

/// What is wrong with an imported file, as a sentence in the current language.
pub fn problem_message(problem: &Problem) -> String {
    t().import_messages().message(problem)
}

/// Why a link could not be opened, as sentences: the link's own fault, or every problem with
/// what it carries.
pub fn open_error_messages(error: &OpenError) -> Vec<String> {
    match error {
        OpenError::Link(link) => vec![t().joint().link_error(link)],
        OpenError::Problems(problems) => problems.iter().map(problem_message).collect(),
    }
}
