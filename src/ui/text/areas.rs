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
    about: about::AboutTexts = about::ABOUT_SV, en::about::ABOUT_EN;
    update: update::UpdateTexts = update::UPDATE_SV, en::update::UPDATE_EN;
    accessibility: accessibility::AccessibilityTexts = accessibility::ACCESSIBILITY_SV, en::accessibility::ACCESSIBILITY_EN;
    walk: walkthrough::WalkTexts = walkthrough::WALK_SV, en::walkthrough::WALK_EN;
    analysis: analysis::AnalysisTexts = analysis::ANALYSIS_SV, en::analysis::ANALYSIS_EN;
    figures: figures::FigureTexts = figures::FIGURES_SV, en::figures::FIGURES_EN;
    plan_views: plan_views::PlanViewTexts = plan_views::PLAN_VIEWS_SV, en::plan_views::PLAN_VIEWS_EN;
    report: report::ReportTexts = report::REPORT_SV, en::report::REPORT_EN;
    list: list::ListTexts = list::LIST_SV, en::list::LIST_EN;
    lens: lens::LensTexts = lens::LENS_SV, en::lens::LENS_EN;
    matrix: matrix::MatrixTexts = matrix::MATRIX_SV, en::matrix::MATRIX_EN;
    budget: budget::BudgetTexts = budget::BUDGET_SV, en::budget::BUDGET_EN;
    handlingsplan: handlingsplan::HandlingsplanTexts = handlingsplan::HANDLINGSPLAN_SV, en::handlingsplan::HANDLINGSPLAN_EN;
    goals: goals::GoalTexts = goals::GOALS_SV, en::goals::GOALS_EN;
    overview: overview::OverviewTexts = overview::OVERVIEW_SV, en::overview::OVERVIEW_EN;
    plan_list: plan_list::PlanListTexts = plan_list::PLAN_LIST_SV, en::plan_list::PLAN_LIST_EN;
    rescue: rescue::RescueTexts = rescue::RESCUE_SV, en::rescue::RESCUE_EN;
    samverkan: samverkan::SamverkanTexts = samverkan::SAMVERKAN_SV, en::samverkan::SAMVERKAN_EN;
    backup: backup::BackupTexts = backup::BACKUP_SV, en::backup::BACKUP_EN;
    conflict: conflict::ConflictTexts = conflict::CONFLICT_SV, en::conflict::CONFLICT_EN;
    history: undo::UndoTexts = undo::UNDO_SV, en::undo::UNDO_EN;
    criteria: criteria::CriteriaTexts = criteria::CRITERIA_SV, en::criteria::CRITERIA_EN;
    followup: followup::FollowUpTexts = followup::FOLLOWUP_SV, en::followup::FOLLOWUP_EN;
    brief: brief::BriefTexts = brief::BRIEF_SV, en::brief::BRIEF_EN;
    document: document::DocumentTexts = document::DOCUMENT_SV, en::document::DOCUMENT_EN;
    import: import::ImportTexts = import::IMPORT_SV, en::import::IMPORT_EN;
    import_messages: import_messages::ImportMessagesTexts = import_messages::IMPORT_MESSAGES_SV, en::import_messages::IMPORT_MESSAGES_EN;
    share: share::ShareTexts = share::SHARE_SV, en::share::SHARE_EN;
    joint: joint::JointTexts = joint::JOINT_SV, en::joint::JOINT_EN;
    proposal: proposal::ProposalTexts = proposal::PROPOSAL_SV, en::proposal::PROPOSAL_EN;
    compare: compare::CompareTexts = compare::COMPARE_SV, en::compare::COMPARE_EN;
    years: years::YearTexts = years::YEARS_SV, en::years::YEARS_EN;
    revision: revision::RevisionTexts = revision::REVISION_SV, en::revision::REVISION_EN;
    print: print::PrintTexts = print::PRINT_SV, en::print::PRINT_EN;
    versions: versions::VersionTexts = versions::VERSIONS_SV, en::versions::VERSIONS_EN;
    changes: changes::ChangesTexts = changes::CHANGES_SV, en::changes::CHANGES_EN;
}
