//! The comparison the view shows: which two plans, what changed from the one to the other
//! (`core::workflow::changes`), and the criterion names a rating refers to by id.

use std::sync::Arc;

use crate::core::workflow::changes::{plan_changes, PlanChanges};
use crate::core::Plan;

#[derive(Clone, PartialEq)]
pub struct Compared {
    /// What is compared, as the choices name them.
    pub from: String,
    pub to: String,
    /// Both sides are the same choice: nothing can have changed.
    pub same: bool,
    pub changes: Arc<PlanChanges>,
    /// Criterion names by id, the newer plan's first, for the ratings that changed.
    criteria: Vec<(String, String)>,
}

impl Compared {
    pub fn new(old: &Plan, new: &Plan, from: String, to: String, same: bool) -> Self {
        let criteria = new
            .framework
            .criteria
            .iter()
            .chain(&old.framework.criteria)
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect();
        Self {
            from,
            to,
            same,
            changes: Arc::new(plan_changes(old, new)),
            criteria,
        }
    }

    /// The name of the criterion with `id`; empty when neither plan has it.
    pub fn criterion(&self, id: &str) -> &str {
        self.criteria
            .iter()
            .find(|(k, _)| k == id)
            .map_or("", |(_, name)| name.as_str())
    }
}

/// The plan's content as the comparison reads it: without the summary text, the times and the
/// versions, which change while the content does not. A memo of this wakes the comparison only
/// when the content changed, not on every keystroke in the summary.
pub fn content(plan: &Plan) -> Arc<Plan> {
    Arc::new(Plan {
        modified: String::new(),
        last_exported: None,
        versions: Vec::new(),
        change_summary: String::new(),
        ..plan.clone()
    })
}
