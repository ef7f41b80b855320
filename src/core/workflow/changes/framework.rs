//! Goals and criteria compared by id.

use super::types::{added_removed, Named, PlanChanges, Renamed, WeightChange};
use crate::core::Framework;

pub(super) fn compare(old: &Framework, new: &Framework, changes: &mut PlanChanges) {
    let goal = |g: &crate::core::model::Goal| Named {
        id: g.id.clone(),
        name: g.name.clone(),
    };
    (changes.goals_added, changes.goals_removed) = added_removed(&old.goals, &new.goals, goal);
    for n in &new.goals {
        if let Some(o) = old.goals.iter().find(|g| g.id == n.id) {
            if o.name != n.name {
                changes.goals_renamed.push(Renamed {
                    id: n.id.clone(),
                    old: o.name.clone(),
                    new: n.name.clone(),
                });
            }
        }
    }
    let criterion = |c: &crate::core::model::Criterion| Named {
        id: c.id.clone(),
        name: c.name.clone(),
    };
    (changes.criteria_added, changes.criteria_removed) =
        added_removed(&old.criteria, &new.criteria, criterion);
    for n in &new.criteria {
        let Some(o) = old.criteria.iter().find(|c| c.id == n.id) else {
            continue;
        };
        if o.name != n.name {
            changes.criteria_renamed.push(Renamed {
                id: n.id.clone(),
                old: o.name.clone(),
                new: n.name.clone(),
            });
        }
        if o.weight != n.weight {
            changes.criteria_weights.push(WeightChange {
                id: n.id.clone(),
                name: n.name.clone(),
                old: o.weight,
                new: n.weight,
            });
        }
    }
}
