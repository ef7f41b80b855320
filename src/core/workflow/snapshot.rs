//! A plan as kept by undo and redo (`history`): its initiatives are shared with the snapshot it
//! was taken next to wherever they are unchanged, so 50 steps of a 1 000-initiative plan hold the
//! initiatives a change touched, not 50 copies of every initiative.

use std::collections::HashMap;
use std::sync::Arc;

use crate::core::model::initiative::Initiative;
use crate::core::Plan;

#[derive(Debug, Clone)]
pub struct PlanSnapshot {
    /// The plan without its initiatives.
    rest: Plan,
    initiatives: Vec<Arc<Initiative>>,
}

impl PlanSnapshot {
    /// Keeps `plan`, sharing each initiative equal to the one with the same id in `like`.
    pub fn take(mut plan: Plan, like: Option<&PlanSnapshot>) -> Self {
        let known: HashMap<&str, &Arc<Initiative>> = like
            .map(|l| l.initiatives.iter().map(|i| (i.id.as_str(), i)).collect())
            .unwrap_or_default();
        let initiatives = std::mem::take(&mut plan.initiatives)
            .into_iter()
            .map(|initiative| match known.get(initiative.id.as_str()) {
                Some(shared) if ***shared == initiative => Arc::clone(shared),
                _ => Arc::new(initiative),
            })
            .collect();
        Self {
            rest: plan,
            initiatives,
        }
    }

    /// The plan as it was taken.
    pub fn restore(&self) -> Plan {
        let mut plan = self.rest.clone();
        plan.initiatives = self.initiatives.iter().map(|i| (**i).clone()).collect();
        plan
    }

    /// How many initiatives this snapshot shares with `other` (for tests and measurements).
    pub fn shared_with(&self, other: &PlanSnapshot) -> usize {
        self.initiatives
            .iter()
            .filter(|i| other.initiatives.iter().any(|o| Arc::ptr_eq(i, o)))
            .count()
    }
}
