//! SKR's must-pass requirements (ska-krav): an initiative that fails any of them is not scored
//! against the others, however good its figures look.

use crate::core::{Framework, Initiative};

/// One must-pass requirement of SKR's beredningsprocess.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    VerifiedNeed,
    NamedOwner,
    FinancingPlan,
    GoalLink,
}

impl Gate {
    /// In SKR's order, which is also the order the UI lists them in.
    pub const ALL: [Gate; 4] = [
        Gate::VerifiedNeed,
        Gate::NamedOwner,
        Gate::FinancingPlan,
        Gate::GoalLink,
    ];
}

/// Whether one requirement is met. Whitespace-only text counts as missing, and a goal link
/// counts only if the goal still exists, since a goal deleted from the framework links nothing.
pub fn gate_met(gate: Gate, i: &Initiative, framework: &Framework) -> bool {
    let analysis = &i.analysis;
    match gate {
        Gate::VerifiedNeed => i.need.verified,
        Gate::NamedOwner => !analysis.owner.trim().is_empty(),
        Gate::FinancingPlan => !analysis.financing_plan.trim().is_empty(),
        Gate::GoalLink => analysis
            .goal_ids
            .iter()
            .any(|id| framework.goal(id).is_some()),
    }
}

/// The requirements still to meet, in [`Gate::ALL`] order, so the UI can list what to do next.
pub fn missing_gates(i: &Initiative, framework: &Framework) -> Vec<Gate> {
    Gate::ALL
        .into_iter()
        .filter(|g| !gate_met(*g, i, framework))
        .collect()
}

/// Whether the initiative may take part in the ranking at all.
pub fn can_prioritise(i: &Initiative, framework: &Framework) -> bool {
    Gate::ALL.into_iter().all(|g| gate_met(g, i, framework))
}
