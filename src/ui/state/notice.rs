//! What the header and notices tell the person about their plans: whether the last save
//! worked, what just happened (with an undo where it can be undone), and a file read but not yet
//! stored.

use crate::core::format::import::document::Read;
use crate::core::format::import::Imported;
use crate::core::format::merge::MergeSummary;
use crate::core::format::problem::Problem;
use crate::core::format::proposal::ProposalFile;
use crate::core::Plan;
use crate::persistence::StoreError;

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    Failed(StoreError),
    /// Storage is blocked: everything lives in memory until the tab closes.
    MemoryOnly,
}

/// A message with an optional undo, shown until dismissed or replaced.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    Deleted {
        plan: Box<Plan>,
        index: usize,
    },
    Created {
        name: String,
    },
    OtherTab,
    /// A file imported as a new plan; says why its id or name may look different.
    Imported {
        plan_id: String,
        name: String,
        new_id: bool,
        same_name: bool,
        params_differ: bool,
    },
    /// A merge, with the plan as it was before, so that undo restores it exactly.
    Merged {
        previous: Box<Plan>,
        summary: MergeSummary,
    },
    /// After an undone merge: confirms that the plan is back as it was before the import.
    MergeUndone {
        plan_id: String,
        name: String,
    },
    /// A plan revised into next year's plan, `plan_id`, from `from_id` (named `from_name`);
    /// undo removes the new plan.
    Revised {
        plan_id: String,
        from_id: String,
        from_name: String,
    },
}

impl Notice {
    /// A notice of an import, a merge or its undo: the import's own notice shows it.
    pub fn is_import(&self) -> bool {
        matches!(
            self,
            Notice::Imported { .. } | Notice::Merged { .. } | Notice::MergeUndone { .. }
        )
    }
}

/// A file that was read and checked but not stored: nothing is written until the user confirms
/// on the import page, and a reload forgets it.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    /// Shared, so that showing the preview never copies a large plan.
    pub result: Result<std::sync::Arc<Imported>, Vec<Problem>>,
}

/// A proposal file that was read and checked, shown until the user adds it to a plan.
pub type PendingProposal = std::sync::Arc<Read<ProposalFile>>;
