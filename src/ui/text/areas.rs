//! Each area's texts, chosen by the root table's language. The areas are methods rather than
//! fields of the root so that an area's tables are reached only from the code that shows them:
//! the texts of a view fetched on demand then travel in that view's wasm chunk, not in the first
//! download (docs/performance.md). A language without an area's table does not compile.

use super::app::Texts;
use super::*;
use crate::core::calc::numfmt::Language;

/// `name: Type = swedish::TABLE, english::TABLE;` → `Texts::name(&self) -> &'static Type`.
macro_rules! areas {
    ($($name:ident: $ty:ty = $sv:path, $en:path;)*) => {
        impl Texts {
            $(
                pub fn $name(&self) -> &'static $ty {
                    match self.language {
                        Language::Swedish => &$sv,
                        Language::English => &$en,
                    }
                }
            )*
        }
    };
}

areas! {
    about: about::AboutTexts = about::ABOUT_SV, about::ABOUT_SV;
    update: update::UpdateTexts = update::UPDATE_SV, update::UPDATE_SV;
    accessibility: accessibility::AccessibilityTexts = accessibility::ACCESSIBILITY_SV, accessibility::ACCESSIBILITY_SV;
    walk: walkthrough::WalkTexts = walkthrough::WALK_SV, en::walkthrough::WALK_EN;
    analysis: analysis::AnalysisTexts = analysis::ANALYSIS_SV, en::analysis::ANALYSIS_EN;
    figures: figures::FigureTexts = figures::FIGURES_SV, figures::FIGURES_SV;
    plan_views: plan_views::PlanViewTexts = plan_views::PLAN_VIEWS_SV, plan_views::PLAN_VIEWS_SV;
    report: report::ReportTexts = report::REPORT_SV, report::REPORT_SV;
    list: list::ListTexts = list::LIST_SV, en::list::LIST_EN;
    lens: lens::LensTexts = lens::LENS_SV, lens::LENS_SV;
    matrix: matrix::MatrixTexts = matrix::MATRIX_SV, en::matrix::MATRIX_EN;
    budget: budget::BudgetTexts = budget::BUDGET_SV, en::budget::BUDGET_EN;
    handlingsplan: handlingsplan::HandlingsplanTexts = handlingsplan::HANDLINGSPLAN_SV, handlingsplan::HANDLINGSPLAN_SV;
    goals: goals::GoalTexts = goals::GOALS_SV, goals::GOALS_SV;
    rescue: rescue::RescueTexts = rescue::RESCUE_SV, rescue::RESCUE_SV;
    samverkan: samverkan::SamverkanTexts = samverkan::SAMVERKAN_SV, samverkan::SAMVERKAN_SV;
    backup: backup::BackupTexts = backup::BACKUP_SV, backup::BACKUP_SV;
    conflict: conflict::ConflictTexts = conflict::CONFLICT_SV, conflict::CONFLICT_SV;
    history: undo::UndoTexts = undo::UNDO_SV, undo::UNDO_SV;
    criteria: criteria::CriteriaTexts = criteria::CRITERIA_SV, criteria::CRITERIA_SV;
    followup: followup::FollowUpTexts = followup::FOLLOWUP_SV, en::followup::FOLLOWUP_EN;
    brief: brief::BriefTexts = brief::BRIEF_SV, brief::BRIEF_SV;
    document: document::DocumentTexts = document::DOCUMENT_SV, en::document::DOCUMENT_EN;
    import: import::ImportTexts = import::IMPORT_SV, en::import::IMPORT_EN;
    import_messages: import_messages::ImportMessagesTexts = import_messages::IMPORT_MESSAGES_SV, en::import_messages::IMPORT_MESSAGES_EN;
    share: share::ShareTexts = share::SHARE_SV, share::SHARE_SV;
    joint: joint::JointTexts = joint::JOINT_SV, joint::JOINT_SV;
    proposal: proposal::ProposalTexts = proposal::PROPOSAL_SV, proposal::PROPOSAL_SV;
    compare: compare::CompareTexts = compare::COMPARE_SV, compare::COMPARE_SV;
    years: years::YearTexts = years::YEARS_SV, years::YEARS_SV;
    revision: revision::RevisionTexts = revision::REVISION_SV, revision::REVISION_SV;
    print: print::PrintTexts = print::PRINT_SV, en::print::PRINT_EN;
    versions: versions::VersionTexts = versions::VERSIONS_SV, versions::VERSIONS_SV;
    changes: changes::ChangesTexts = changes::CHANGES_SV, en::changes::CHANGES_EN;
}
