//! A plan as the plan list shows it. The list is the first screen; it is drawn from these
//! before the plans themselves are read (their reading lives in a chunk fetched after the first
//! screen, docs/performance.md), so each save keeps a summary in the storage's small index.

use super::plan::Plan;

/// The plan list's line for one plan.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanSummary {
    pub id: String,
    pub name: String,
    /// `None` where an older version's index did not record it: the cell stays empty until the
    /// plan is read.
    pub organisation: Option<String>,
    pub period: Option<(i32, i32)>,
    pub initiatives: Option<usize>,
    pub modified: String,
    pub last_exported: Option<String>,
}

impl PlanSummary {
    pub fn of(plan: &Plan) -> Self {
        Self {
            id: plan.id.clone(),
            name: plan.name.clone(),
            organisation: Some(plan.organisation.name.clone()),
            period: Some((plan.period.start_year, plan.period.end_year)),
            initiatives: Some(plan.initiatives.len()),
            modified: plan.modified.clone(),
            last_exported: plan.last_exported.clone(),
        }
    }
}
