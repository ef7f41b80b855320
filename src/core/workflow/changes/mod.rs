//! What changed between two states of a plan: a fastställd version and the plan now, or two
//! versions (docs/domain.md §6). Initiatives, activities, goals and criteria are matched by id,
//! so a renamed item is one change, not a removal and an addition. Bookkeeping fields
//! (`modified`, `last_exported`, `versions`, `change_summary`) are not compared: they change
//! without the plan's content changing.

mod figures;
mod framework;
mod initiatives;
mod summary;
mod types;

pub use summary::{replacing_loses_text, write_summary};
pub use types::*;

use crate::core::Plan;

/// What changed from `old` to `new`. Lists follow the newer plan's order, removals the older's.
pub fn plan_changes(old: &Plan, new: &Plan) -> PlanChanges {
    let mut changes = PlanChanges::default();
    initiatives::compare(old, new, &mut changes);
    initiatives::compare_activities(old, new, &mut changes);
    framework::compare(&old.framework, &new.framework, &mut changes);
    changes.figures = figures::moved(old, new);
    changes
}
