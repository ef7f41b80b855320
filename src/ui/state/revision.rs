//! Adding a plan revised into next year's plan next to the plan it came from, and taking it away
//! again (docs/domain.md §6). The previous plan is never touched.

use leptos::prelude::*;

use super::app_state::AppState;
use super::notice::Notice;
use crate::core::Plan;

impl AppState {
    /// Adds `plan`, a revision, right after the plan it was revised from, saves it at once (a new
    /// plan must survive a reload) and offers to undo it.
    pub fn insert_revision(&self, plan: Plan) {
        let Some(from) = plan.revised_from.clone() else {
            return;
        };
        let at = self
            .plans
            .with_untracked(|plans| plans.iter().position(|s| s.id == from.plan_id))
            .map(|i| i + 1);
        let plan_id = plan.id.clone();
        self.insert_plan(plan, at);
        self.notice.set(Some(Notice::Revised {
            plan_id,
            from_id: from.plan_id,
            from_name: from.name,
        }));
    }

    /// Removes the plan the latest revision created and saves at once; returns the id of the
    /// plan it was revised from, None when there is no revision to undo.
    pub fn undo_revision(&self) -> Option<String> {
        let Some(Notice::Revised {
            plan_id, from_id, ..
        }) = self.notice.get_untracked()
        else {
            return None;
        };
        self.notice.set(None);
        self.plans
            .update(|plans| plans.retain(|slot| slot.id != plan_id));
        self.mark_dirty(&plan_id);
        self.flush();
        Some(from_id)
    }
}
